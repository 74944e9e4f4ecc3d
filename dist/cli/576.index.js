export const id = 576;
export const ids = [576];
export const modules = {

/***/ 8576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HG: () => (/* reexport */ Explainer),
  Ib: () => (/* binding */ explainTest),
  G1: () => (/* binding */ explainTraces),
  f5: () => (/* reexport */ explanationDocument),
  hT: () => (/* binding */ readRunInputs),
  Gm: () => (/* reexport */ renderExplanation)
});

// UNUSED EXPORTS: isNotable, renderHtml, renderMarkdown, renderTerminal

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/coverage/read-calls.ts
var read_calls = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/core/eval/bind.ts
var bind = __webpack_require__(8847);
// EXTERNAL MODULE: ./src/core/eval/evaluate.ts + 5 modules
var evaluate = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/core/eval/load.ts + 8 modules
var load = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 7 modules
var policy = __webpack_require__(7278);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
;// CONCATENATED MODULE: ./src/core/explain/explain.ts

const ref = (r) => (r ? { file: r.file, line: r.line, col: r.col } : undefined);
function stageOf(d) {
    switch (d.code) {
        case 'E_TOOL_DRIFT':
            return 'tool_pins';
        case 'E_RATE_LIMIT':
            return 'limits';
        case 'E_TOOL_DENIED':
            return 'deny';
        case 'E_TOOL_NOT_ALLOWED':
            return 'allow';
        case 'E_APPROVAL_REQUIRED':
            return 'approval';
        case 'E_SEQUENCE_VIOLATION':
            return 'sequence';
        case 'E_ARG_SCHEMA':
        case 'E_SCHEMA_COMPILE':
            return 'schema';
        case 'E_TOOL_UNCONSTRAINED':
            return 'unconstrained';
        default:
            return d.rule?.startsWith('schemas.') ? 'schema' : 'unconstrained';
    }
}
const ORDER = ['tool_pins', 'limits', 'deny', 'allow', 'sequence', 'schema', 'unconstrained'];
/** The checks a call passed before the deciding one (only those this policy has). */
function passedBefore(p, name, stage, pinned) {
    const out = [];
    const t = p.tools;
    for (const s of ORDER) {
        if (s === stage)
            break;
        if (s === 'tool_pins' && pinned)
            out.push({ rule_id: `tool_pins.${name}`, rule_type: s, passed: true, explanation: 'tool identity matches its pin' });
        if (s === 'limits' && p.limits)
            out.push({ rule_id: 'limits', rule_type: s, passed: true, explanation: 'within the per-entry limits' });
        if (s === 'deny' && (t.deny.entries.length || t.denyClasses.entries.length)) {
            out.push({ rule_id: 'tools.deny', rule_type: s, passed: true, explanation: 'no deny pattern or class matches' });
        }
        if (s === 'allow' && (t.allow !== null || t.allowClasses !== null)) {
            const e = t.allow?.entries.find((x) => x.matcher.test(name));
            const classes = p.toolClasses.get(name) ?? [];
            const c = t.allowClasses?.entries.find((x) => classes.includes(x.cls));
            const id = e ? `tools.allow[${e.index}]=${e.pattern}` : c ? `tools.allow_classes[${c.index}]=${c.cls}` : 'tools.allow';
            const r = ref(e?.ref ?? c?.ref);
            out.push({ rule_id: id, rule_type: s, passed: true, explanation: e ? `matches allow pattern ${JSON.stringify(e.pattern)}` : 'allowed by class', ...(r ? { context: { rule_source: r } } : {}) });
        }
        if (s === 'sequence' && p.sequences.length)
            out.push({ rule_id: 'sequences', rule_type: s, passed: true, explanation: 'no sequence rule would be violated by this call' });
    }
    return out;
}
function decidingEvaluation(d, stage) {
    const r = ref(d.ruleRef);
    const context = {};
    if (r)
        context.rule_source = r;
    if (d.violations?.length)
        context.violations = d.violations;
    if (d.code)
        context.code = d.code;
    let explanation = d.reason;
    if (d.violations?.length)
        explanation += ': ' + d.violations.map((v) => `${v.path || '/'} ${v.message}`).join('; ');
    return { rule_id: d.rule ?? stage, rule_type: stage, passed: d.decision !== 'deny', explanation, ...(Object.keys(context).length ? { context } : {}) };
}
function definitionsOf(entry) {
    const defs = entry.meta['tool_definitions'];
    if (!Array.isArray(defs))
        return undefined;
    const map = new Map();
    for (const d of defs)
        if (d && typeof d === 'object' && typeof d.name === 'string')
            map.set(d.name, d);
    return map;
}
function sequenceEvaluation(p, s, prefix = '') {
    const r = ref(p.sequences[s.index]?.ref);
    return {
        rule_id: s.rule,
        rule_type: 'sequence',
        passed: s.status !== 'violated',
        explanation: prefix + (s.reason ?? (s.status === 'held' ? 'held' : s.status)),
        context: { status: s.status, spanned: s.spanned, ...(r ? { rule_source: r } : {}) },
    };
}
class Explainer {
    policy;
    policyDisplay;
    steps = [];
    violations = [];
    blocking = new Set();
    entries = 0;
    constructor(policy, policyDisplay) {
        this.policy = policy;
        this.policyDisplay = policyDisplay;
    }
    /** Explain one complete entry. */
    add(entry) {
        const p = this.policy;
        this.entries++;
        const session = p.newSession();
        const defs = p.toolPins.size ? definitionsOf(entry) : undefined;
        const calls = entry.tool_calls;
        calls.forEach((call, i) => {
            const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
            const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index }, { incremental: true });
            const stage = stageOf(d);
            const pinned = p.toolPins.has(call.tool_name) && definition !== undefined;
            const evals = [...passedBefore(p, call.tool_name, stage, pinned), decidingEvaluation(d, stage)];
            const outcomes = p.sequences.length ? session.finish() : [];
            for (const s of outcomes) {
                if (d.code === 'E_SEQUENCE_VIOLATION' && d.rule === s.rule)
                    continue;
                if (s.status === 'violated' && s.call_index === call.index)
                    evals.push(sequenceEvaluation(p, s));
                else if (s.status === 'held' && s.spanned.includes(call.index))
                    evals.push(sequenceEvaluation(p, s));
            }
            const verdict = d.decision === 'deny' ? 'blocked' : d.decision === 'allow_with_warning' ? 'warning' : 'allowed';
            if (verdict === 'blocked' && d.rule)
                this.blocking.add(d.rule);
            for (const e of evals)
                if (!e.passed && e.rule_type === 'sequence')
                    this.blocking.add(e.rule_id);
            const rs = ref(d.ruleRef);
            this.steps.push({
                index: this.steps.length,
                entry: entry.key,
                call_index: call.index,
                tool: call.tool_name,
                args: (0,safe_text/* safeDeep */.Oh)(call.args),
                verdict,
                code: d.code,
                rule: d.rule,
                reason: d.reason,
                source: { file: call.pos.file, line: call.pos.line },
                ...(rs ? { rule_source: rs } : {}),
                rules_evaluated: evals,
            });
            if (i === calls.length - 1)
                this.attachEnd(entry, session.finish(), this.steps[this.steps.length - 1]);
        });
        if (calls.length === 0 && p.sequences.length)
            this.attachEnd(entry, session.finish(), undefined);
    }
    attachEnd(entry, outcomes, last) {
        for (const s of outcomes) {
            if (s.status !== 'violated' || s.call_index !== null)
                continue;
            const r = ref(this.policy.sequences[s.index]?.ref);
            this.violations.push({ entry: entry.key, rule_id: s.rule_id, rule: s.rule, reason: s.reason ?? 'violated', ...(r ? { rule_source: r } : {}) });
            this.blocking.add(s.rule);
            last?.rules_evaluated.push(sequenceEvaluation(this.policy, s, 'end of entry: '));
        }
    }
    result(traceFiles) {
        const steps = this.steps;
        const blocked = steps.filter((s) => s.verdict === 'blocked');
        const out = {
            policy_name: this.policy.name,
            policy_version: this.policy.version,
            policy_file: this.policyDisplay,
            trace_files: traceFiles,
            total_steps: steps.length,
            allowed_steps: steps.filter((s) => s.verdict === 'allowed').length,
            blocked_steps: blocked.length,
            warning_steps: steps.filter((s) => s.verdict === 'warning').length,
            steps,
            blocking_rules: [...this.blocking].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
            entries: this.entries,
            entry_violations: this.violations,
        };
        if (blocked.length)
            out.first_block_index = blocked[0].index;
        return out;
    }
}
/** The explanation as JSON (02 §4.8 shape plus additive keys), steps filtered by --blocked-only. */
function explanationDocument(e, opts = {}) {
    const steps = opts.blockedOnly ? e.steps.filter(isNotable) : e.steps;
    const doc = {
        policy_name: e.policy_name,
        policy_version: e.policy_version,
        policy_file: e.policy_file,
        trace_files: e.trace_files,
        total_steps: e.total_steps,
        allowed_steps: e.allowed_steps,
        blocked_steps: e.blocked_steps,
        warning_steps: e.warning_steps,
    };
    if (e.first_block_index !== undefined)
        doc.first_block_index = e.first_block_index;
    doc.steps = steps;
    doc.blocking_rules = e.blocking_rules;
    doc.entries = e.entries;
    doc.entry_violations = e.entry_violations;
    return doc;
}
/** Blocked, or carrying a failed rule (end-of-entry violations): shown under --blocked-only. */
function isNotable(s) {
    return s.verdict === 'blocked' || s.rules_evaluated.some((r) => !r.passed);
}

;// CONCATENATED MODULE: ./src/core/explain/render.ts
// Renderings of an explanation (02 §4.8): terminal text, Markdown, a self-contained HTML page, JSON.
// Everything from the trace or policy is render-safe (02 §0): controls replaced, secrets redacted,
// bounded on the terminal, then encoded for the sink.


const ICON = { allowed: '✅', warning: '⚠️ ', blocked: '❌' };
const one = (s) => (0,safe_text/* safeBounded */.vn)(s).replace(/[\r\n\t]/g, ' ');
const loc = (r) => (r ? `${one(r.file)}:${r.line}${r.col !== undefined ? `:${r.col}` : ''}` : '—');
function compactJson(v) {
    try {
        return JSON.stringify(v) ?? 'null';
    }
    catch {
        return String(v);
    }
}
function summaryLine(e) {
    const first = e.first_block_index !== undefined ? ` (first block at step ${e.first_block_index})` : '';
    return `${e.total_steps} call(s) in ${e.entries} entr${e.entries === 1 ? 'y' : 'ies'} — ${e.allowed_steps} allowed, ${e.warning_steps} warning, ${e.blocked_steps} blocked${first}`;
}
function shownSteps(e, o) {
    return o.blockedOnly ? e.steps.filter(isNotable) : e.steps;
}
function renderTerminal(e, o = {}) {
    const out = [];
    out.push(`Policy: ${one(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${one(e.policy_file)}`);
    out.push(`Trace: ${e.trace_files.map(one).join(', ')}`);
    if (e.total_steps === 0 && e.entry_violations.length === 0) {
        out.push('', 'Warning: Trace is empty');
        return out.join('\n') + '\n';
    }
    let entry;
    const width = Math.min(32, Math.max(8, ...e.steps.map((s) => [...one(s.tool)].length)));
    for (const s of shownSteps(e, o)) {
        if (s.entry !== entry) {
            entry = s.entry;
            out.push('', `Entry ${one(s.entry === '' ? '(default)' : s.entry)}`);
        }
        const rule = [s.code, s.rule].filter((x) => x).join(' ');
        out.push(`  ${ICON[s.verdict]} #${String(s.index).padEnd(3)} ${one(s.tool).padEnd(width)}  ${s.verdict.padEnd(8)} ${one(rule)}${s.rule_source ? `  (${loc(s.rule_source)})` : ''}`);
        if (s.verdict !== 'allowed')
            out.push(`        ${one(s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason)}`);
        for (const r of s.rules_evaluated)
            if (!r.passed && r.rule_id !== s.rule)
                out.push(`        ✗ ${one(r.rule_id)}: ${one(r.explanation)}`);
        out.push(`        at ${loc(s.source)}`);
        if (o.verbose) {
            out.push(`        args: ${one(compactJson(s.args))}`);
            for (const r of s.rules_evaluated)
                out.push(`        ${r.passed ? '✓' : '✗'} ${r.rule_type.padEnd(13)} ${one(r.rule_id)}: ${one(r.explanation)}`);
        }
    }
    for (const v of e.entry_violations) {
        if (e.steps.some((s) => s.entry === v.entry))
            continue;
        out.push('', `Entry ${one(v.entry)}`, `  ❌ (no calls) ${one(v.rule)}: ${one(v.reason)}${v.rule_source ? `  (${loc(v.rule_source)})` : ''}`);
    }
    out.push('', `Summary: ${summaryLine(e)}`);
    if (e.blocking_rules.length)
        out.push(`Blocking rules: ${e.blocking_rules.map(one).join(', ')}`);
    return out.join('\n') + '\n';
}
/** A Markdown table cell: code span, with `|` escaped so GitHub tables hold. */
function cellCode(s) {
    return (0,safe_text/* markdownCode */.D9)((0,safe_text/* safeText */.Hk)(s)).replace(/\|/g, '\\|');
}
function cellText(s) {
    return (0,safe_text/* escapeMarkdown */.FV)((0,safe_text/* safeText */.Hk)(s));
}
function renderMarkdown(e, o = {}) {
    const out = ['# Policy explanation', ''];
    out.push(`**Policy:** ${cellCode(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${cellCode(e.policy_file)}  `);
    out.push(`**Trace:** ${e.trace_files.map(cellCode).join(', ')}  `);
    out.push(`**Summary:** ${cellText(summaryLine(e))}`, '');
    if (e.total_steps === 0 && e.entry_violations.length === 0) {
        out.push('> Warning: Trace is empty', '');
        return out.join('\n');
    }
    const steps = shownSteps(e, o);
    if (steps.length) {
        out.push('| # | Entry | Tool | Verdict | Rule | Policy line | Trace line | Why |', '|---|---|---|---|---|---|---|---|');
        for (const s of steps) {
            const why = [s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason, ...s.rules_evaluated.filter((r) => !r.passed && r.rule_id !== s.rule).map((r) => `${r.rule_id}: ${r.explanation}`)].join('; ');
            out.push(`| ${s.index} | ${cellText(s.entry)} | ${cellCode(s.tool)} | ${ICON[s.verdict].trim()} ${s.verdict} | ${s.rule ? cellCode([s.code, s.rule].filter((x) => x).join(' ')) : '—'} | ${s.rule_source ? cellCode(loc(s.rule_source)) : '—'} | ${cellCode(loc(s.source))} | ${cellText(why)} |`);
        }
        out.push('');
    }
    if (e.entry_violations.length) {
        out.push('**End-of-entry violations:**', '');
        for (const v of e.entry_violations)
            out.push(`- ${cellText(v.entry)}: ${cellCode(v.rule)} — ${cellText(v.reason)}${v.rule_source ? ` (${cellCode(loc(v.rule_source))})` : ''}`);
        out.push('');
    }
    if (e.blocking_rules.length)
        out.push(`**Blocking rules:** ${e.blocking_rules.map(cellCode).join(', ')}`, '');
    if (o.verbose) {
        out.push('<details><summary>Every rule evaluated</summary>', '');
        for (const s of steps) {
            out.push(`- step ${s.index} ${cellCode(s.tool)} args ${cellCode(compactJson(s.args))}`);
            for (const r of s.rules_evaluated)
                out.push(`  - ${r.passed ? '✓' : '✗'} ${cellCode(r.rule_id)} (${r.rule_type}): ${cellText(r.explanation)}`);
        }
        out.push('', '</details>', '');
    }
    return out.join('\n');
}
const h = (s) => (0,safe_text/* escapeXmlText */.IR)((0,safe_text/* safeText */.Hk)(s));
const CSS = `body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
tr.blocked td{background:#ffebe9}tr.warning td{background:#fff8c5}.meta{color:#57606a}ul{margin:.2rem 0;padding-left:1.2rem}`;
/** One HTML page with inline CSS and no scripts or external resources (a CSP forbids them). */
function renderHtml(list, o = {}) {
    const out = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>Assay explain — ${h(list.map((e) => e.policy_name ?? e.policy_file).join(', '))}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        '<h1>Policy explanation</h1>',
    ];
    for (const e of list)
        htmlSection(out, e, o);
    out.push('</body>', '</html>', '');
    return out.join('\n');
}
function htmlSection(out, e, o) {
    out.push(`<section>`, `<p class="meta">Policy <code>${h(e.policy_name ?? '(unnamed)')}</code> (v${h(e.policy_version)}) — <code>${h(e.policy_file)}</code><br>Trace ${e.trace_files.map((f) => `<code>${h(f)}</code>`).join(', ')}<br>${h(summaryLine(e))}</p>`);
    if (e.total_steps === 0 && e.entry_violations.length === 0)
        out.push('<p><strong>Warning: Trace is empty</strong></p>');
    const steps = shownSteps(e, o);
    if (steps.length) {
        out.push('<table>', '<thead><tr><th>#</th><th>Entry</th><th>Tool</th><th>Verdict</th><th>Rule</th><th>Policy line</th><th>Trace line</th><th>Rules evaluated</th></tr></thead>', '<tbody>');
        for (const s of steps) {
            const rules = s.rules_evaluated
                .filter((r) => o.verbose || !r.passed || r.rule_id === s.rule)
                .map((r) => `<li>${r.passed ? '✓' : '✗'} <code>${h(r.rule_id)}</code>: ${h(r.explanation)}</li>`)
                .join('');
            const args = o.verbose ? `<br><code>${h(compactJson(s.args))}</code>` : '';
            out.push(`<tr class="${s.verdict}"><td>${s.index}</td><td>${h(s.entry)}</td><td><code>${h(s.tool)}</code>${args}</td><td>${ICON[s.verdict].trim()} ${s.verdict}</td><td><code>${h([s.code, s.rule].filter((x) => x).join(' '))}</code></td><td><code>${h(loc(s.rule_source))}</code></td><td><code>${h(loc(s.source))}</code></td><td><ul>${rules}</ul></td></tr>`);
        }
        out.push('</tbody>', '</table>');
    }
    if (e.entry_violations.length) {
        out.push('<h2>End-of-entry violations</h2>', '<ul>');
        for (const v of e.entry_violations)
            out.push(`<li>${h(v.entry)}: <code>${h(v.rule)}</code> — ${h(v.reason)} <code>${h(loc(v.rule_source))}</code></li>`);
        out.push('</ul>');
    }
    if (e.blocking_rules.length)
        out.push(`<p><strong>Blocking rules:</strong> ${e.blocking_rules.map((r) => `<code>${h(r)}</code>`).join(', ')}</p>`);
    out.push('</section>');
}
function renderExplanation(e, format, o = {}) {
    const list = Array.isArray(e) ? e : [e];
    switch (format) {
        case 'json': {
            const docs = list.map((x) => explanationDocument(x, o));
            return JSON.stringify(docs.length === 1 ? docs[0] : { explanations: docs }, null, 2) + '\n';
        }
        case 'markdown':
            return list.map((x) => renderMarkdown(x, o)).join('\n');
        case 'html':
            return renderHtml(list, o);
        default:
            return list.map((x) => renderTerminal(x, o)).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/core/explain/index.ts
// `assay explain` (02 §4.8): a trace against a policy, or `explain <test-id>` from the inputs the last
// run recorded in run.json (config, traces, --policy): the test's bound entry against its policies.












/** Explain every entry of the traces against each policy. */
async function explainTraces(policies, traces, opts = {}) {
    const ex = policies.map((p) => new Explainer(p.policy, p.display));
    const r = await (0,read_calls/* readCalls */.s)(traces, (e) => ex.forEach((x) => x.add(e)), { strict: opts.strict ?? false });
    return { explanations: ex.map((x) => x.result(traces.map((t) => t.display))), stats: r.stats, diagnostics: r.diagnostics };
}
/** The `inputs` a run recorded (02 §5.1). Missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
function readRunInputs(path, display) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        const message = `run report not found: ${display} (run \`assay run\` or \`assay ci\` first, or pass --run)`;
        throw new errors/* InputError */.dz('E_PATH_NOT_FOUND', message, { source: 'cli', context: { file: display }, diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message, file: display, source: 'cli' }] });
    }
    const bad = (why) => new errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: ${why}`, { source: 'config', context: { file: display }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: why, file: display, source: 'config' }] });
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw bad(`run report is not JSON: ${e.message}`);
    }
    const inputs = doc?.inputs;
    if (!inputs || typeof inputs !== 'object')
        throw bad('run report has no "inputs" (written by an older version?)');
    const i = inputs;
    const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
    return {
        config: str(i.config),
        trace_files: Array.isArray(i.trace_files) ? i.trace_files.filter((x) => typeof x === 'string') : [],
        policy: str(i.policy),
    };
}
function unwrap(v) {
    const x = Array.isArray(v) && v.length === 1 ? v[0] : v;
    return x && typeof x === 'object' && !Array.isArray(x) ? x : undefined;
}
/** The policies a test's checks use (args_valid, sequence_valid), as loaded policies. */
function testPolicies(test, configDir, configDisplay) {
    const out = [];
    const x = test.expected;
    if (x?.kind === 'args_valid')
        out.push({ policy: x.policy.policy, display: x.policyFile ?? `${configDisplay} (test '${test.id}' schema)` });
    if (x?.kind === 'sequence_valid') {
        const raw = unwrap(test.raw.expected);
        const pol = raw?.policy;
        if (typeof pol === 'string' && x.policyFile) {
            out.push({ policy: (0,policy/* loadPolicyFile */.n$)((0,external_node_path_.resolve)(configDir, pol), x.policyFile).policy, display: x.policyFile });
        }
        else {
            const rules = Array.isArray(raw?.rules) ? raw.rules : Array.isArray(pol) && pol.every((r) => r && typeof r === 'object') ? pol : [];
            // Inline rules check order only: tools without a schema are not a finding here.
            const value = { version: '2.0', enforcement: { unconstrained_tools: 'allow' }, sequences: rules };
            if (rules.length)
                out.push({ policy: (0,policy/* policyFromValue */.i0)(value, configDisplay).policy, display: `${configDisplay} (test '${test.id}' rules)` });
        }
    }
    return out;
}
/** `explain <test-id>`: the entry bound to the test, against its policies and the run's --policy. */
async function explainTest(testId, inputs, o) {
    const abs = (p) => (0,external_node_path_.resolve)(o.root, p);
    if (inputs.trace_files.length === 0)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'the last run read no trace: nothing to explain (pass --trace and --policy)', { source: 'cli' });
    const traces = inputs.trace_files.map((t) => ({ path: abs(t), display: t }));
    const entries = [];
    const read = await (0,read_calls/* readCalls */.s)(traces, (e) => entries.push(e), { strict: o.strict ?? false });
    const policies = [];
    let entry;
    const cf = inputs.config ? (0,config_kind/* readConfigFile */.RG)(abs(inputs.config), inputs.config) : undefined;
    if (cf?.kind === 'eval') {
        const { config } = (0,load/* loadEvalConfig */.l4)(cf.path, cf.display, o.denyDeprecations ? { denyDeprecations: true } : {});
        const test = config.tests.find((t) => t.id === testId);
        if (!test)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `test "${testId}" is not in ${cf.display} (tests: ${config.tests.map((t) => t.id).join(', ')})`, { source: 'cli' });
        const b = (0,bind/* bindTest */.K1)(test, (0,bind/* buildBindingIndex */.AL)(entries));
        if (!b) {
            throw new errors/* InputError */.dz('E_TRACE_MISS', (0,evaluate/* traceMissMessage */.f7)(test), { source: 'trace', context: { file: inputs.trace_files[0] }, nextStepValues: { 'config.yaml': cf.display, 'trace.jsonl': inputs.trace_files[0] } });
        }
        entry = b.entry;
        policies.push(...testPolicies(test, config.dir, cf.display));
    }
    else {
        if (cf?.kind === 'policy')
            policies.push({ policy: (0,policy/* loadPolicyFile */.n$)(cf.path, cf.display, o.denyDeprecations ? { denyDeprecations: true } : {}).policy, display: cf.display });
        entry = entries.find((e) => e.key === testId || e.binding_id === testId || e.prompt === testId);
        if (!entry)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `no trace entry with id or prompt "${testId}" in ${inputs.trace_files.join(', ')}`, { source: 'cli' });
    }
    policies.push(...(o.extraPolicies ?? []));
    if (inputs.policy)
        policies.push({ policy: (0,policy/* loadPolicyFile */.n$)(abs(inputs.policy), inputs.policy, o.denyDeprecations ? { denyDeprecations: true } : {}).policy, display: inputs.policy });
    const unique = policies.filter((p, i) => policies.findIndex((q) => q.display === p.display) === i);
    if (!unique.length)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `test "${testId}" checks no policy (args_valid, sequence_valid) and the run had no --policy: nothing to explain`, { source: 'cli' });
    const explanations = unique.map((p) => {
        const ex = new Explainer(p.policy, p.display);
        ex.add(entry);
        return ex.result([entry.file]);
    });
    return { explanations, stats: read.stats, diagnostics: read.diagnostics };
}


/***/ })

};
