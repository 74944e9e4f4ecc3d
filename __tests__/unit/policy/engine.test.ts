import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, decideAll, load } from './helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const SCHEMA = { type: 'object', properties: { path: { type: 'string' } } };
const DEF = { name: 'read_file', description: 'Read a file', input_schema: SCHEMA, server_id: 'fs' };
const PIN = { server_id: 'fs', tool_name: 'read_file', schema_hash: sha('{"properties":{"path":{"type":"string"}},"type":"object"}'), meta_hash: sha('Read a file') };
const pinYaml = (p = PIN) =>
  `tool_pins:\n  read_file:\n    server_id: ${p.server_id}\n    tool_name: ${p.tool_name}\n    schema_hash: "${p.schema_hash}"\n    meta_hash: "${p.meta_hash}"\n`;

describe('decision order, row by row', () => {
  it('1. pin drift decides first, before deny', () => {
    const p = load(`tools:\n  deny: [read_file]\n${pinYaml({ ...PIN, meta_hash: '0'.repeat(64) })}`);
    const [d] = decideAll(p, [call('read_file', {}, { definition: DEF })]);
    expect(d).toMatchObject({
      decision: 'deny',
      code: 'E_TOOL_DRIFT',
      tool: 'read_file',
      reason: 'Tool metadata or schema differs from the pinned identity',
      rule: 'tool_pins.read_file',
      element: 'tool_pins',
    });
    expect(d!.ruleRef).toEqual({ file: 'policy.yaml', line: 4, col: 3 });
  });

  it('1. pins: a matching definition passes; replay without definitions does not exercise pins', () => {
    const p = load(`tools:\n  allow: ["*"]\n${pinYaml()}`);
    const s = p.newSession();
    expect(s.decide(call('read_file', {}, { definition: DEF })).code).toBe('E_TOOL_UNCONSTRAINED');
    expect(s.decide(call('read_file', {})).code).toBe('E_TOOL_UNCONSTRAINED');
    expect(s.decide(call('read_file', {}, { definition: null })).reason).toBe('Pinned tool has no definition in this episode (meta.tool_definitions)');
    // An observed identity (proxy tools/list) is compared field by field.
    expect(s.decide(call('read_file', {}, { definition: { ...PIN } })).code).toBe('E_TOOL_UNCONSTRAINED');
    expect(s.decide(call('read_file', {}, { definition: { ...PIN, server_id: 'other' } })).code).toBe('E_TOOL_DRIFT');
    // MCP tools/list spelling (inputSchema) hashes the same.
    expect(s.decide(call('read_file', {}, { definition: { name: 'read_file', description: 'Read a file', inputSchema: SCHEMA, tool_identity: { server_id: 'fs' } } })).code).toBe(
      'E_TOOL_UNCONSTRAINED',
    );
    // Key order of the schema does not matter (JCS).
    const reordered = { properties: { path: { type: 'string' } }, type: 'object' };
    expect(s.decide(call('read_file', {}, { definition: { ...DEF, input_schema: reordered } })).code).toBe('E_TOOL_UNCONSTRAINED');
    expect(s.decide(call('read_file', {}, { definition: { ...DEF, description: 'Read a file!' } })).code).toBe('E_TOOL_DRIFT');
    // Other tools are not pinned.
    expect(s.decide(call('list_dir', {}, { definition: null })).code).toBe('E_TOOL_UNCONSTRAINED');
  });

  it('1. pins at runtime: an unobserved pinned tool is drift (fail-closed)', () => {
    const p = load(`tools:\n  allow: ["*"]\n${pinYaml()}`);
    const s = p.newSession({ runtime: true });
    expect(s.decide(call('read_file', {}))).toMatchObject({ code: 'E_TOOL_DRIFT', reason: 'Pinned tool was not observed in tools/list this session' });
    expect(s.decide(call('read_file', {}, { definition: DEF })).code).toBe('E_TOOL_UNCONSTRAINED');
  });

  it('2. counters move before any deny; over the limit → E_RATE_LIMIT naming the actual tool', () => {
    const p = load('tools:\n  deny: [exec]\nlimits:\n  max_tool_calls_total: 2\n');
    const ds = decideAll(p, [call('exec'), call('exec'), call('read_file'), call('exec')]);
    expect(ds.map((d) => d.code)).toEqual(['E_TOOL_DENIED', 'E_TOOL_DENIED', 'E_RATE_LIMIT', 'E_RATE_LIMIT']);
    expect(ds[2]).toMatchObject({
      decision: 'deny',
      tool: 'read_file',
      reason: 'Session tool-call limit exceeded',
      rule: 'limits.max_tool_calls_total',
      element: 'limits',
    });
    expect(ds[2]!.ruleRef).toEqual({ file: 'policy.yaml', line: 4, col: 3 });
  });

  it('2. pin-denied calls count too; limits come after pins', () => {
    const p = load(`limits:\n  max_tool_calls_total: 1\n${pinYaml({ ...PIN, meta_hash: '0'.repeat(64) })}`);
    const ds = decideAll(p, [call('read_file', {}, { definition: DEF }), call('read_file', {}, { definition: DEF }), call('x')]);
    expect(ds.map((d) => d.code)).toEqual(['E_TOOL_DRIFT', 'E_TOOL_DRIFT', 'E_RATE_LIMIT']);
  });

  it('2. max_requests_total counts tool calls and other client requests', () => {
    const p = load('limits:\n  max_requests_total: 3\n');
    const s = p.newSession({ runtime: true });
    s.noteRequest(); // initialize
    s.noteRequest(); // tools/list
    expect(s.decide(call('a')).code).toBe('E_TOOL_UNCONSTRAINED');
    expect(s.decide(call('a'))).toMatchObject({ code: 'E_RATE_LIMIT', reason: 'Session request limit exceeded', rule: 'limits.max_requests_total' });
  });

  it('3. deny beats allow; by name, class, or both', () => {
    const p = load(`tools:
  allow: ["*"]
  deny: [shell, "exec*"]
  deny_classes: [dangerous]
tool_classes:
  exec_cmd: [dangerous]
  rm: [dangerous, fs]
`);
    const [a, b, c, d] = decideAll(p, [call('shell'), call('exec_cmd'), call('rm'), call('ls')]);
    expect(a).toMatchObject({ code: 'E_TOOL_DENIED', reason: 'Tool is explicitly denylisted by name', rule: 'tools.deny[0]=shell', element: 'tools.deny' });
    expect(b).toMatchObject({ code: 'E_TOOL_DENIED', reason: 'Tool is explicitly denylisted by name and class', rule: 'tools.deny[1]=exec*' });
    expect(c).toMatchObject({ code: 'E_TOOL_DENIED', reason: 'Tool is explicitly denylisted by class', rule: 'tools.deny_classes[0]=dangerous' });
    expect(c!.ruleRef).toEqual({ file: 'policy.yaml', line: 4, col: 18 });
    expect(d!.code).toBe('E_TOOL_UNCONSTRAINED');
  });

  it('4. an allowlist that does not match denies; an empty allowlist denies everything', () => {
    const p = load('tools:\n  allow: [read_file, "fs.*"]\n');
    const ds = decideAll(p, [call('read_file'), call('fs.write'), call('exec')]);
    expect(ds.map((d) => d.code)).toEqual(['E_TOOL_UNCONSTRAINED', 'E_TOOL_UNCONSTRAINED', 'E_TOOL_NOT_ALLOWED']);
    expect(ds[2]).toMatchObject({ decision: 'deny', reason: 'Tool is not in allowlist', rule: 'tools.allow', element: 'tools.allow' });
    expect(ds[2]!.ruleRef).toEqual({ file: 'policy.yaml', line: 2, col: 3 });

    for (const text of ['tools:\n  allow: []\n', 'allow: []\n', 'tools:\n  allow:\n']) {
      const empty = load(text);
      expect(decideAll(empty, [call('read_file'), call(''), call('*')]).map((d) => d.code)).toEqual([
        'E_TOOL_NOT_ALLOWED',
        'E_TOOL_NOT_ALLOWED',
        'E_TOOL_NOT_ALLOWED',
      ]);
    }
  });

  it('4. allow_classes count as an allowlist (name OR class)', () => {
    const p = load('tools:\n  allow: [ping]\n  allow_classes: [read]\ntool_classes:\n  cat: [read]\n');
    expect(decideAll(p, [call('ping'), call('cat'), call('rm')]).map((d) => d.code)).toEqual([
      'E_TOOL_UNCONSTRAINED',
      'E_TOOL_UNCONSTRAINED',
      'E_TOOL_NOT_ALLOWED',
    ]);
    const onlyClasses = load('tools:\n  allow_classes: []\n');
    expect(decideAll(onlyClasses, [call('x')])[0]!).toMatchObject({ code: 'E_TOOL_NOT_ALLOWED', rule: 'tools.allow_classes' });
  });

  it('5. approval_required denies only at runtime; otherwise it is an obligation', () => {
    const p = load('tools:\n  approval_required: ["pay*"]\n  approval_required_classes: [money]\ntool_classes:\n  refund: [money]\n');
    const rt = decideAll(p, [call('pay_invoice'), call('refund'), call('read')], { runtime: true });
    expect(rt.map((d) => d.code)).toEqual(['E_APPROVAL_REQUIRED', 'E_APPROVAL_REQUIRED', 'E_TOOL_UNCONSTRAINED']);
    expect(rt[0]).toMatchObject({
      reason: 'Tool requires approval and this proxy has no approval channel',
      rule: 'tools.approval_required[0]=pay*',
    });
    expect(rt[1]!.rule).toBe('tools.approval_required_classes[0]=money');
    const replay = decideAll(p, [call('pay_invoice')]);
    expect(replay[0]!.decision).toBe('allow_with_warning');
    expect(replay[0]!.obligations).toEqual([{ type: 'approval_required', rule: 'tools.approval_required[0]=pay*' }]);
    const logOnly = decideAll(p, [call('pay_invoice')], { runtime: true, approvals: 'log-only' });
    expect(logOnly[0]!.code).toBe('E_TOOL_UNCONSTRAINED');
    expect(logOnly[0]!.obligations?.[0]!.type).toBe('approval_required');
  });

  it('5. restrict_scope / redact_args obligations ride on allowed calls', () => {
    const p = load(`tools:
  restrict_scope: [read_file]
  restrict_scope_contract: { scope_type: path, scope_value: /workspace, scope_match_mode: prefix }
  redact_args_classes: [secrets]
tool_classes:
  read_file: [secrets]
enforcement:
  unconstrained_tools: allow
`);
    const [d] = decideAll(p, [call('read_file')]);
    expect(d!.decision).toBe('allow');
    expect(d!.obligations).toEqual([
      { type: 'restrict_scope', rule: 'tools.restrict_scope[0]=read_file', contract: { scope_type: 'path', scope_value: '/workspace', scope_match_mode: 'prefix' } },
      { type: 'redact_args', rule: 'tools.redact_args_classes[0]=secrets' },
    ]);
  });

  it('6. incremental only: a call that would violate a sequence rule now is denied', () => {
    const p = load('tools:\n  deny: [nope]\nsequences:\n  - { type: before, first: auth, then: pay }\n');
    const inc = decideAll(p, [call('pay'), call('auth'), call('pay')], { incremental: true });
    expect(inc.map((d) => d.code)).toEqual(['E_SEQUENCE_VIOLATION', 'E_TOOL_UNCONSTRAINED', 'E_TOOL_UNCONSTRAINED']);
    expect(inc[0]).toMatchObject({
      decision: 'deny',
      reason: 'Call would violate sequence rule before:auth->pay',
      rule: 'sequences[0]=before:auth->pay',
      element: 'sequences[0]',
    });
    expect(inc[0]!.ruleRef).toEqual({ file: 'policy.yaml', line: 4, col: 5 });
    const replay = decideAll(p, [call('pay'), call('auth'), call('pay')]);
    expect(replay.map((d) => d.code)).toEqual(['E_TOOL_UNCONSTRAINED', 'E_TOOL_UNCONSTRAINED', 'E_TOOL_UNCONSTRAINED']);
  });

  it('6 before 7: the sequence deny comes before the schema check; earlier denies come before 6', () => {
    const p = load('tools:\n  deny: [pay]\nschemas:\n  send: { type: object, required: [to] }\nsequences:\n  - { type: before, first: auth, then: send }\n  - { type: before, first: auth, then: pay }\n');
    const ds = decideAll(p, [call('send', {}), call('pay')], { incremental: true });
    expect(ds.map((d) => d.code)).toEqual(['E_SEQUENCE_VIOLATION', 'E_TOOL_DENIED']);
  });

  it('7. schema violations deny with value-free violations', () => {
    const p = load('schemas:\n  read_file:\n    type: object\n    properties:\n      path: { type: string, pattern: "^/workspace/" }\n    required: [path]\n    additionalProperties: false\n');
    const [ok, bad] = decideAll(p, [call('read_file', { path: '/workspace/a' }), call('read_file', { path: '/etc/shadow', mode: 'x' })]);
    expect(ok).toMatchObject({ decision: 'allow', code: null, rule: 'schemas.read_file' });
    expect(bad).toMatchObject({ decision: 'deny', code: 'E_ARG_SCHEMA', reason: 'Arguments do not match the tool schema', rule: 'schemas.read_file' });
    expect(bad!.violations).toEqual([
      { path: '/mode', constraint: 'additionalProperties', message: 'must NOT have additional properties' },
      { path: '/path', constraint: 'pattern', message: 'must match pattern "^/workspace/"' },
    ]);
    expect(JSON.stringify(bad!.violations)).not.toContain('/etc/shadow');
    expect(bad!.ruleRef).toEqual({ file: 'policy.yaml', line: 2, col: 3 });
  });

  it('7. an evaluation error is E_SCHEMA_COMPILE: deny with on_error block, allow-with-warning with allow', () => {
    const exploding = {
      get path(): string {
        throw new Error('boom');
      },
    };
    for (const [onError, decision] of [
      ['block', 'deny'],
      ['allow', 'allow_with_warning'],
    ] as const) {
      const p = load(`on_error: ${onError}\nschemas:\n  read_file: { type: object, properties: { path: { type: string } } }\n`);
      expect(decideAll(p, [call('read_file', exploding)])[0]).toMatchObject({
        decision,
        code: 'E_SCHEMA_COMPILE',
        reason: 'Tool schema could not be evaluated',
        rule: 'schemas.read_file',
      });
    }
  });

  it('8. no schema: unconstrained_tools warn (default) / deny / allow', () => {
    const modes = [
      ['', 'allow_with_warning', 'E_TOOL_UNCONSTRAINED', 'Tool has no schema (enforcement: warn)'],
      ['enforcement: { unconstrained_tools: warn }\n', 'allow_with_warning', 'E_TOOL_UNCONSTRAINED', 'Tool has no schema (enforcement: warn)'],
      ['enforcement: { unconstrained_tools: deny }\n', 'deny', 'E_TOOL_UNCONSTRAINED', 'Tool has no schema (enforcement: deny)'],
      ['enforcement: { unconstrained_tools: allow }\n', 'allow', null, 'Tool has no schema (enforcement: allow)'],
    ] as const;
    for (const [yaml, decision, code, reason] of modes) {
      const p = load(`tools: { allow: ["*"] }\n${yaml}`);
      expect(decideAll(p, [call('x')])[0]).toMatchObject({ decision, code, reason, rule: 'enforcement.unconstrained_tools' });
    }
  });

  it('9. otherwise allow (schema satisfied)', () => {
    const p = load('tools: { allow: [a] }\nschemas:\n  a: { type: object }\n');
    expect(decideAll(p, [call('a', {})])[0]).toMatchObject({ decision: 'allow', code: null });
  });

  it('missing args count as {}', () => {
    const p = load('schemas:\n  a: { type: object, required: [x] }\n');
    expect(decideAll(p, [{ tool_name: 'a', args: undefined }])[0]!.violations).toEqual([
      { path: '/x', constraint: 'required', message: "must have required property 'x'" },
    ]);
  });
});

describe('name-only decisions (tools/list filtering)', () => {
  const p = load(`tools:
  allow: [read_file, write_file, pay]
  deny: [write_file]
  approval_required: [pay]
schemas:
  read_file: { type: object }
enforcement:
  unconstrained_tools: deny
${pinYaml()}`);

  it('denies what the name alone denies and counts nothing', () => {
    expect(p.nameDecision('write_file').code).toBe('E_TOOL_DENIED');
    expect(p.nameDecision('other').code).toBe('E_TOOL_NOT_ALLOWED');
    expect(p.nameDecision('pay').code).toBe('E_TOOL_UNCONSTRAINED');
    expect(p.nameDecision('pay', undefined, { runtime: true }).code).toBe('E_APPROVAL_REQUIRED');
    expect(p.nameDecision('read_file', DEF).decision).toBe('allow');
    expect(p.nameDecision('read_file', { ...DEF, description: 'x' }).code).toBe('E_TOOL_DRIFT');
  });
});

describe('sessions', () => {
  it('report call indices and which elements were exercised', () => {
    const p = load(`tools:
  allow: [a, b, c]
  deny: [c]
schemas:
  a: { type: object }
  z: { type: object }
limits: { max_tool_calls_total: 100 }
sequences:
  - { type: require, tool: a }
  - { type: never_after, trigger: q, forbidden: a }
`);
    const s = p.newSession();
    const stats = () => Object.fromEntries(s.elementStats().map((e) => [e.element.id, e.exercised]));
    s.decide(call('c')); // denied at step 3: the allowlist is not reached
    expect(stats()).toMatchObject({ 'tools.deny': true, 'tools.allow': false, 'schemas.a': false, limits: true });
    s.decide(call('a'));
    expect(s.calls).toBe(2);
    expect(stats()).toEqual({
      'tools.deny': true,
      'tools.allow': true,
      'schemas.a': true,
      'schemas.z': false,
      'enforcement.unconstrained_tools': false,
      limits: true,
      'sequences[0]': true,
      'sequences[1]': false,
    });
    expect(s.finish().map((o) => [o.rule_id, o.status, o.spanned])).toEqual([
      ['require:a', 'held', [1]],
      ['never_after:q->a', 'not_exercised', []],
    ]);
  });
});

describe('an args_match regex that cannot check an argument fails closed', () => {
  // `(a+)+$` runs on re2js with a work bound (docs/regex.md); a 2 MB argument is past it.
  const huge = 'a'.repeat(2_000_000) + 'b';
  const policy = (onError = '') =>
    `tools:\n  allow: ["*"]\nenforcement:\n  unconstrained_tools: allow\n${onError}sequences:\n  - type: max_calls\n    tool: {tool: "send", args_match: {to: "(a+)+$"}}\n    max: 5\n`;

  it('replay: the call is denied E_SCHEMA_COMPILE naming the selector; short arguments decide normally', () => {
    const p = load(policy());
    const [big, small] = decideAll(p, [call('send', { to: huge }), call('send', { to: 'aaa' })]);
    expect(big).toMatchObject({ decision: 'deny', code: 'E_SCHEMA_COMPILE' });
    expect(big!.reason).toContain('send[to]');
    expect(small!.decision).toBe('allow');
  });

  it('proxy (incremental): denied and never admitted; on_error: allow makes it a warning', () => {
    const s = load(policy()).newSession();
    expect(s.decide(call('send', { to: huge }), { incremental: true }).decision).toBe('deny');
    const lenient = load(policy('on_error: allow\n')).newSession();
    expect(lenient.decide(call('send', { to: huge }), { incremental: true })).toMatchObject({ decision: 'allow_with_warning', code: 'E_SCHEMA_COMPILE' });
  });
});
