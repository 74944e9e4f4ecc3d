// Parsing `expected`: tagged and legacy forms, `$ref`, and every load-time refusal
// (vacuous, ineffective, not executable), with regexes, schemas and policies compiled here.
import * as path from 'node:path';
import { parseYamlSource, type KeyPath, type Position } from '../util/yaml-source.js';
import { compileSchema, schemaAssertsNothing, type SchemaValidator } from './json-schema.js';
import { isObj, LoadContext, pathText, type Obj } from './load-context.js';
import { mapInner, readNamedFile, type TestScope } from './load-files.js';
import { parseArgsValid, parseSequenceValid } from './load-expected-policy.js';
import { compileRe2 } from './regex.js';
import { EXPECTED_KINDS, type ExpectedSpec, type PinnedTool } from './types.js';

export interface ExpectedResult {
  spec?: ExpectedSpec;
  /** The block as written, after `$ref` resolution (fingerprint input). */
  raw: unknown;
  pos: Position;
}

const KIND_FIELDS: Record<string, readonly string[]> = {
  must_contain: ['type', 'must_contain'],
  must_not_contain: ['type', 'must_not_contain'],
  regex_match: ['type', 'pattern', 'flags'],
  regex_not_match: ['type', 'pattern', 'flags'],
  json_schema: ['type', 'json_schema', 'schema_file'],
  semantic_similarity_to: ['type', 'semantic_similarity_to', 'min_score', 'thresholding'],
  faithfulness: ['type', 'min_score', 'rubric_version', 'thresholding'],
  relevance: ['type', 'min_score', 'rubric_version', 'thresholding'],
  args_valid: ['type', 'policy', 'schema'],
  sequence_valid: ['type', 'policy', 'sequence', 'rules'],
  tool_blocklist: ['type', 'blocked'],
  tool_description_integrity: ['type', 'pinned_tools'],
  tool_output_valid: ['type', 'schemas'],
  tool_collision_detect: ['type', 'trusted_servers'],
  sequence: ['type', 'sequence'],
  $ref: ['type', 'path'],
};
/** Aliases accepted but not advertised in "allowed" lists. */
const KIND_ALIASES: Record<string, readonly string[]> = { semantic_similarity_to: ['text', 'threshold'] };
const LEGACY_KEYS = ['must_contain', 'sequence', 'schema', '$ref'] as const;


type Scope = TestScope;

export function parseExpected(ctx: LoadContext, value: unknown, P: KeyPath, scope: Scope): ExpectedResult {
  const pos = ctx.pos(P);
  if (value === null) {
    ctx.error(P, `${scope.prefix}expected block checks nothing (empty)`);
    return { raw: value, pos };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      ctx.error(P, `${scope.prefix}expected block checks nothing (empty list)`);
      return { raw: value, pos };
    }
    if (value.length > 1) {
      ctx.error(P, `${scope.prefix}only one expected block is supported (found ${value.length})`);
      return { raw: value, pos };
    }
    return parseExpected(ctx, value[0], [...P, 0], scope);
  }
  const block = ctx.mapping(value, P);
  if (!block) return { raw: value, pos };
  if ('type' in block) return parseTagged(ctx, block, P, scope, pos);
  return parseLegacy(ctx, block, P, scope, pos);
}

function parseTagged(ctx: LoadContext, block: Obj, P: KeyPath, scope: Scope, pos: Position): ExpectedResult {
  const type = block.type;
  if (typeof type !== 'string') {
    ctx.error([...P, 'type'], `${pathText([...P, 'type'])}: expected a string`);
    return { raw: block, pos };
  }
  if (type === 'judge_criteria') {
    ctx.error([...P, 'type'], `${scope.prefix}judge_criteria is not executable: use faithfulness or relevance`);
    return { raw: block, pos };
  }
  const fields = KIND_FIELDS[type];
  if (!fields) {
    const known = EXPECTED_KINDS.filter((k) => k !== 'judge_criteria').join(', ');
    ctx.error([...P, 'type'], `${scope.prefix}unknown expected type "${type}" (known: ${known})`);
    return { raw: block, pos };
  }
  ctx.checkKeys(block, P, fields, { accepted: KIND_ALIASES[type] });
  if (type === '$ref') {
    const ref = ctx.string(block.path, [...P, 'path'], { nonEmpty: true });
    if (ref === undefined) return { raw: block, pos };
    return parseRef(ctx, ref, [...P, 'path'], scope, pos);
  }
  if (type === 'sequence') return { spec: parseSequenceValid(ctx, { sequence: block.sequence }, P, scope), raw: block, pos };
  return { spec: parseKind(ctx, type, block, P, scope), raw: block, pos };
}

function parseLegacy(ctx: LoadContext, block: Obj, P: KeyPath, scope: Scope, pos: Position): ExpectedResult {
  const keys = Object.keys(block);
  const legacy = keys.filter((k) => (LEGACY_KEYS as readonly string[]).includes(k));
  const others = keys.filter((k) => !(LEGACY_KEYS as readonly string[]).includes(k));
  if (keys.length === 0) {
    ctx.error(P, `${scope.prefix}expected block checks nothing (empty)`);
    return { raw: block, pos };
  }
  if (legacy.length > 1) {
    ctx.error(P, `${scope.prefix}ambiguous legacy expected block (keys: ${legacy.join(', ')})`);
    return { raw: block, pos };
  }
  if (others.length > 0) {
    const hint = others.find((k) => k in KIND_FIELDS && k !== '$ref' && k !== 'sequence');
    const more = hint ? ` (did you mean "type: ${hint}"?)` : '';
    ctx.error([...P, others[0]!], `${scope.prefix}unrecognized expected key(s) [${others.join(', ')}]${more}`, { atKey: true });
    return { raw: block, pos };
  }
  const key = legacy[0]!;
  switch (key) {
    case 'must_contain':
      return { spec: parseKind(ctx, 'must_contain', block, P, scope), raw: block, pos };
    case 'sequence':
      return { spec: parseSequenceValid(ctx, { sequence: block.sequence }, P, scope), raw: block, pos };
    case 'schema':
      return { spec: parseKind(ctx, 'args_valid', { schema: block.schema }, P, scope), raw: block, pos };
    default: {
      const ref = ctx.string(block.$ref, [...P, '$ref'], { nonEmpty: true });
      if (ref === undefined) return { raw: block, pos };
      return parseRef(ctx, ref, [...P, '$ref'], scope, pos);
    }
  }
}

/** `$ref: <path>`: the expected block stored in another YAML file (deprecated). */
function parseRef(ctx: LoadContext, ref: string, at: KeyPath, scope: Scope, pos: Position): ExpectedResult {
  if (ctx.opts.denyDeprecations) {
    ctx.error(at, `${scope.prefix}$ref expected blocks are deprecated (--deny-deprecations)`);
    return { raw: { $ref: ref }, pos };
  }
  ctx.warn('W_CFG_REF_DEPRECATED', at, `${scope.prefix}$ref expected blocks are deprecated; run "assay migrate" to inline "${ref}"`);
  const file = readNamedFile(ctx, scope, at, ref, '$ref');
  if (!file) return { raw: { $ref: ref }, pos };
  const head = `${scope.prefix}$ref "${ref}"`;
  const parsed = parseYamlSource(file.text, file.resolved.display, 'E_CFG_PARSE');
  if (!parsed.source) {
    mapInner(ctx, at, head, parsed.errors);
    return { raw: { $ref: ref }, pos };
  }
  const value = parsed.source.value;
  if (isObj(value) && ('$ref' in value || value.type === '$ref')) {
    ctx.error(at, `${head}: nested $ref is not supported`);
    return { raw: value, pos };
  }
  // Parse the referenced block in its own file (own positions), then report its errors here.
  const sub = new LoadContext(parsed.source, file.resolved.display, path.dirname(file.resolved.abs), ctx.opts, file.text, ctx.memo);
  const inner = parseExpected(sub, value, [], scope);
  mapInner(ctx, at, head, sub.diagnostics);
  return { spec: inner.spec, raw: value, pos };
}

function parseKind(ctx: LoadContext, kind: string, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  switch (kind) {
    case 'must_contain':
      return parseMustContain(ctx, b, P, scope);
    case 'must_not_contain':
      return parseMustNotContain(ctx, b, P, scope);
    case 'regex_match':
    case 'regex_not_match':
      return parseRegex(ctx, kind, b, P, scope);
    case 'json_schema':
      return parseJsonSchema(ctx, b, P, scope);
    case 'semantic_similarity_to':
      return parseSimilarity(ctx, b, P, scope);
    case 'faithfulness':
    case 'relevance':
      return parseJudge(ctx, kind, b, P, scope);
    case 'args_valid':
      return parseArgsValid(ctx, b, P, scope);
    case 'sequence_valid':
      return parseSequenceValid(ctx, b, P, scope);
    case 'tool_blocklist':
      return parseBlocklist(ctx, b, P, scope);
    case 'tool_description_integrity':
      return parseIntegrity(ctx, b, P);
    case 'tool_output_valid':
      return parseOutputValid(ctx, b, P, scope);
    case 'tool_collision_detect': {
      const trusted = 'trusted_servers' in b && b.trusted_servers !== null ? ctx.stringList(b.trusted_servers, [...P, 'trusted_servers']) : [];
      return trusted ? { kind: 'tool_collision_detect', trusted } : undefined;
    }
    default:
      return undefined;
  }
}

function parseMustContain(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const at = [...P, 'must_contain'];
  let values: string[] | undefined;
  const v = b.must_contain;
  if (v === undefined || v === null) values = [];
  else if (typeof v === 'string') values = [v];
  else if (Array.isArray(v)) values = ctx.stringList(v, at);
  else ctx.error(at, `${pathText(at)}: expected a string or a list of strings`);
  if (!values) return undefined;
  if (values.every((s) => s === '')) {
    ctx.error('must_contain' in b ? at : P, `${scope.prefix}expected block checks nothing (must_contain is empty)`);
    return undefined;
  }
  return { kind: 'must_contain', values };
}

function parseMustNotContain(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const at = [...P, 'must_not_contain'];
  const v = b.must_not_contain;
  const values = v === undefined || v === null ? [] : ctx.stringList(v, at);
  if (!values) return undefined;
  if (values.length === 0) {
    ctx.error('must_not_contain' in b ? at : P, `${scope.prefix}expected block checks nothing (must_not_contain is empty)`);
    return undefined;
  }
  const i = values.indexOf('');
  if (i >= 0) {
    ctx.error([...at, i], `${scope.prefix}expected block is ineffective (must_not_contain holds "", which every text contains)`);
    return undefined;
  }
  return { kind: 'must_not_contain', values };
}

function parseRegex(ctx: LoadContext, kind: 'regex_match' | 'regex_not_match', b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  if (!('pattern' in b)) {
    ctx.error(P, `${pathText(P)}: missing required key "pattern"`);
    return undefined;
  }
  const pattern = ctx.string(b.pattern, [...P, 'pattern']);
  const flags = 'flags' in b && b.flags !== null ? ctx.stringList(b.flags, [...P, 'flags']) : [];
  if (pattern === undefined || !flags) return undefined;
  let ok = true;
  flags.forEach((f, i) => {
    if (f !== 'i' && f !== 'm' && f !== 's') {
      ctx.error([...P, 'flags', i], `${scope.prefix}unknown regex flag "${f}" (allowed: i, m, s)`);
      ok = false;
    }
  });
  if (pattern === '') {
    const why = kind === 'regex_match' ? 'checks nothing (pattern is empty and matches every text)' : 'is ineffective (an empty pattern matches every text, so it always fails)';
    ctx.error([...P, 'pattern'], `${scope.prefix}expected block ${why}`);
    return undefined;
  }
  if (!ok) return undefined;
  const uniq = [...new Set(flags)];
  const compiled = compileRe2(uniq.length ? `(?${uniq.join('')})${pattern}` : pattern);
  if (!compiled.ok) {
    ctx.error([...P, 'pattern'], `${scope.prefix}invalid regex: ${compiled.reason}`);
    return undefined;
  }
  return { kind, pattern, flags: uniq, regex: compiled.re };
}

function parseJsonSchema(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const hasInline = 'json_schema' in b && b.json_schema !== null && !(typeof b.json_schema === 'string' && b.json_schema.trim() === '');
  const hasFile = 'schema_file' in b && b.schema_file !== null;
  if (!hasInline && !hasFile) {
    ctx.error(P, `${scope.prefix}json_schema needs json_schema or schema_file`);
    return undefined;
  }
  // The reference requires json_schema even next to schema_file; the file wins then (compatible).
  if (hasFile) {
    const at = [...P, 'schema_file'];
    const ref = ctx.string(b.schema_file, at, { nonEmpty: true });
    if (ref === undefined) return undefined;
    const file = readNamedFile(ctx, scope, at, ref, 'schema_file');
    if (!file) return undefined;
    let schema: unknown;
    if (/\.ya?ml$/i.test(ref)) {
      const parsed = parseYamlSource(file.text, file.resolved.display, 'E_CFG_PARSE');
      if (!parsed.source) {
        mapInner(ctx, at, `${scope.prefix}schema_file "${ref}"`, parsed.errors);
        return undefined;
      }
      schema = parsed.source.value;
    } else {
      try {
        schema = JSON.parse(file.text.replace(/^\uFEFF/, ''));
      } catch (e) {
        ctx.error(at, `${scope.prefix}schema_file "${ref}": invalid JSON: ${(e as Error).message}`);
        return undefined;
      }
    }
    const v = compileFor(ctx, at, `${scope.prefix}schema_file "${ref}"`, schema);
    return v ? { kind: 'json_schema', validator: v, schemaFile: file.resolved.display } : undefined;
  }
  const at = [...P, 'json_schema'];
  let schema: unknown = b.json_schema;
  if (typeof schema === 'string') {
    try {
      schema = JSON.parse(schema);
    } catch (e) {
      ctx.error(at, `${scope.prefix}json_schema is not valid JSON: ${(e as Error).message}`);
      return undefined;
    }
  } else if (!isObj(schema) && typeof schema !== 'boolean') {
    ctx.error(at, `${pathText(at)}: expected a JSON Schema (as a JSON string)`);
    return undefined;
  }
  const v = compileFor(ctx, at, `${scope.prefix}json_schema`, schema);
  return v ? { kind: 'json_schema', validator: v } : undefined;
}

function compileFor(ctx: LoadContext, at: KeyPath, head: string, schema: unknown): SchemaValidator | undefined {
  const c = compileSchema(schema);
  if (!c.ok) {
    ctx.error(at, `${head}: invalid schema: ${c.reason}`);
    return undefined;
  }
  return c.validator;
}

function parseMaxDrop(ctx: LoadContext, b: Obj, P: KeyPath): number | undefined {
  if (!('thresholding' in b) || b.thresholding === null) return undefined;
  const at = [...P, 'thresholding'];
  const t = ctx.mapping(b.thresholding, at);
  if (!t) return undefined;
  ctx.checkKeys(t, at, ['max_drop']);
  if (!('max_drop' in t) || t.max_drop === null) return undefined;
  return ctx.number(t.max_drop, [...at, 'max_drop'], { min: 0, max: 2 });
}

function parseSimilarity(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  if ('semantic_similarity_to' in b && 'text' in b) ctx.error([...P, 'text'], `${scope.prefix}give semantic_similarity_to or its alias text, not both`, { atKey: true });
  if ('min_score' in b && 'threshold' in b) ctx.error([...P, 'threshold'], `${scope.prefix}give min_score or its alias threshold, not both`, { atKey: true });
  const refKey = 'semantic_similarity_to' in b ? 'semantic_similarity_to' : 'text';
  if (!(refKey in b)) {
    ctx.error(P, `${pathText(P)}: missing required key "semantic_similarity_to"`);
    return undefined;
  }
  const reference = ctx.string(b[refKey], [...P, refKey]);
  const scoreKey = 'threshold' in b && !('min_score' in b) ? 'threshold' : 'min_score';
  const minScore = scoreKey in b ? ctx.number(b[scoreKey], [...P, scoreKey]) : scope.defaultMinScore;
  const maxDrop = parseMaxDrop(ctx, b, P);
  if (reference === undefined || minScore === undefined) return undefined;
  if (minScore <= -1 + 1e-6) {
    ctx.error([...P, scoreKey], `${scope.prefix}expected block checks nothing (min_score ${minScore} passes every similarity)`);
    return undefined;
  }
  return { kind: 'semantic_similarity_to', reference, minScore, ...(maxDrop !== undefined ? { maxDrop } : {}) };
}

function parseJudge(ctx: LoadContext, kind: 'faithfulness' | 'relevance', b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const minScore = 'min_score' in b ? ctx.number(b.min_score, [...P, 'min_score']) : scope.defaultMinScore;
  const rubricVersion = 'rubric_version' in b && b.rubric_version !== null ? ctx.string(b.rubric_version, [...P, 'rubric_version'], { nonEmpty: true }) : undefined;
  const maxDrop = parseMaxDrop(ctx, b, P);
  if (minScore === undefined) return undefined;
  if ('rubric_version' in b && b.rubric_version !== null && rubricVersion === undefined) return undefined;
  return { kind, minScore, ...(rubricVersion !== undefined ? { rubricVersion } : {}), ...(maxDrop !== undefined ? { maxDrop } : {}) };
}

function parseBlocklist(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  if (!('blocked' in b)) {
    ctx.error(P, `${pathText(P)}: missing required key "blocked"`);
    return undefined;
  }
  const blocked = ctx.stringList(b.blocked, [...P, 'blocked']);
  if (!blocked) return undefined;
  if (blocked.length === 0) {
    ctx.error([...P, 'blocked'], `${scope.prefix}expected block checks nothing (blocked is empty)`);
    return undefined;
  }
  return { kind: 'tool_blocklist', blocked };
}

function parseIntegrity(ctx: LoadContext, b: Obj, P: KeyPath): ExpectedSpec | undefined {
  const at = [...P, 'pinned_tools'];
  if (!('pinned_tools' in b) || b.pinned_tools === null) return { kind: 'tool_description_integrity', pinned: [] };
  if (!Array.isArray(b.pinned_tools)) {
    ctx.error(at, `${pathText(at)}: expected a list`);
    return undefined;
  }
  const pinned: PinnedTool[] = [];
  let ok = true;
  b.pinned_tools.forEach((item, i) => {
    const ip = [...at, i];
    const m = ctx.mapping(item, ip);
    if (!m) return void (ok = false);
    ctx.checkKeys(m, ip, ['name', 'description', 'schema_sha256']);
    const name = 'name' in m ? ctx.string(m.name, [...ip, 'name'], { nonEmpty: true }) : undefined;
    if (!('name' in m)) ctx.error(ip, `${pathText(ip)}: missing required key "name"`);
    const pin: PinnedTool = { name: name ?? '' };
    if ('description' in m && m.description !== null) {
      const d = ctx.string(m.description, [...ip, 'description']);
      if (d === undefined) ok = false;
      else pin.description = d;
    }
    if ('schema_sha256' in m && m.schema_sha256 !== null) {
      const h = ctx.string(m.schema_sha256, [...ip, 'schema_sha256']);
      if (h !== undefined && !/^(sha256:)?[0-9a-f]{64}$/.test(h)) {
        ctx.error([...ip, 'schema_sha256'], `${pathText([...ip, 'schema_sha256'])}: must be 64 lowercase hex characters`);
        ok = false;
      } else if (h === undefined) ok = false;
      else pin.schema_sha256 = h.replace(/^sha256:/, '');
    }
    if (name === undefined) ok = false;
    pinned.push(pin);
  });
  return ok ? { kind: 'tool_description_integrity', pinned } : undefined;
}

function parseOutputValid(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const at = [...P, 'schemas'];
  if (!('schemas' in b) || b.schemas === null) {
    ctx.error(P, `${scope.prefix}tool_output_valid needs schemas`);
    return undefined;
  }
  const m = ctx.mapping(b.schemas, at);
  if (!m) return undefined;
  const schemas: Array<{ tool: string; validator: SchemaValidator }> = [];
  let ok = true;
  for (const [tool, schema] of Object.entries(m)) {
    const v = compileFor(ctx, [...at, tool], `${scope.prefix}schemas.${tool}`, schema);
    if (v) schemas.push({ tool, validator: v });
    else ok = false;
  }
  if (!ok) return undefined;
  if (schemas.every((s) => schemaAssertsNothing(s.validator.schema))) {
    ctx.error(at, `${scope.prefix}expected block checks nothing (schemas assert nothing)`);
    return undefined;
  }
  return { kind: 'tool_output_valid', schemas };
}
