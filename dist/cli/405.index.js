export const id = 405;
export const ids = [405];
export const modules = {

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerExplore: () => (/* binding */ registerExplore)
});

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./src/core/evidence/verify.ts
var verify = __webpack_require__(9540);
;// CONCATENATED MODULE: ./src/core/evidence/explore.ts
// `assay evidence explore` / `show`: load a bundle for viewing (full verify unless --no-verify, which
// still applies every limit and strict check), sanitize every displayed value, and render it as text, JSON, a
// self-contained HTML report, or the frames of the interactive terminal view (pure: the CLI does the I/O).

const SUBJECT_CAP = 200;
const PAYLOAD_CAP = 4096;
const INPUT_CAP = 200;
const DEFAULT_MAX_EVENTS = 50_000;
// ESC sequences (CSI, OSC/DCS/SOS/PM/APC strings, two-byte escapes), then every other C0, DEL, C1 and bidi control.
const ESC_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Controls removed, then cut to `max` code points (with `…` when cut). */
function sanitize(s, max = Infinity) {
    const clean = s.replace(ESC_SEQ, '').replace(CONTROLS, '');
    if (max === Infinity)
        return clean;
    const cps = [...clean];
    return cps.length <= max ? clean : cps.slice(0, max).join('') + '…';
}
/** Pretty JSON of an event with every string value and key sanitized, cut at the payload cap. */
function prettyEvent(ev, cap = PAYLOAD_CAP) {
    const clean = (v) => {
        if (typeof v === 'string')
            return sanitize(v);
        if (Array.isArray(v))
            return v.map(clean);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [sanitize(k), clean(x)]));
        return v;
    };
    const text = JSON.stringify(clean(ev), null, 2);
    const cps = [...text];
    return cps.length <= cap ? text : cps.slice(0, cap).join('') + '\n… (truncated)';
}
/** Load a bundle for viewing. Throws BundleError when it fails (verify, or the limits/strict checks of --no-verify). */
async function loadExplore(bytes, opts = {}) {
    const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
    const rows = [];
    let skipped = 0;
    const result = await (0,verify/* verifyBundleBytes */.P)(bytes, {
        limits: opts.limits,
        hashChecks: opts.verify !== false,
        bundleLabel: opts.bundleLabel,
        onEvent: (ev) => {
            if (rows.length >= max) {
                skipped++;
                return;
            }
            rows.push({ seq: ev.assayseq, time: ev.time, type: sanitize(ev.type), subject: typeof ev.subject === 'string' ? sanitize(ev.subject, SUBJECT_CAP) : '', event: ev });
        },
    });
    return { manifest: result.manifest, result, verified: opts.verify !== false, rows, skipped };
}
function filterRows(rows, f) {
    const t = f.type ?? '';
    const q = (f.search ?? '').toLowerCase();
    return rows.filter((r) => (t === '' || r.type.includes(t)) && (q === '' || r.subject.toLowerCase().includes(q)));
}
/** The header lines: Bundle ID, producer, run id, events, first 16 hex of the run root. */
function headerLines(m) {
    const p = m.manifest.producer;
    const root = m.result.run_root.replace(/^sha256:/, '').slice(0, 16);
    const lines = [
        `Bundle ID: ${sanitize(m.manifest.bundle_id, 80)}${m.verified ? '' : '  UNVERIFIED'}`,
        `Producer:  ${sanitize(`${p.name} ${p.version}${typeof p.git === 'string' ? ` (${p.git})` : ''}`, 120)}`,
        `Run ID:    ${sanitize(m.manifest.run_id, 120)}`,
        `Events:    ${m.result.event_count}${m.skipped > 0 ? ` (${m.rows.length} loaded, ${m.skipped} beyond --max-events)` : ''}`,
        `Run root:  ${root}`,
    ];
    return lines;
}
function pad(s, n) {
    const cps = [...s];
    return cps.length >= n ? cps.slice(0, n).join('') : s + ' '.repeat(n - cps.length);
}
function tableLines(rows) {
    const out = [`${pad('SEQ', 7)} ${pad('TIME', 30)} ${pad('TYPE', 34)} SUBJECT`];
    for (const r of rows)
        out.push(`${pad(String(r.seq), 7)} ${pad(r.time, 30)} ${pad(r.type, 34)} ${r.subject}`);
    return out;
}
/** Non-interactive view: the header and the filtered table, or with `seq` the one event. */
function showText(m, opts) {
    const out = headerLines(m);
    out.push('');
    if (opts.seq !== undefined) {
        const row = m.rows.find((r) => r.seq === opts.seq);
        out.push(row === undefined ? `No event with seq ${opts.seq}.` : prettyEvent(row.event));
    }
    else {
        const rows = filterRows(m.rows, opts);
        out.push(...tableLines(rows));
        if (rows.length !== m.rows.length)
            out.push(`(${rows.length} of ${m.rows.length} events match)`);
    }
    return out.join('\n') + '\n';
}
/** `--format json`: `{manifest, events[], verify_mode}` (events raw, as in the bundle). */
function showJson(m, opts) {
    const rows = opts.seq !== undefined ? m.rows.filter((r) => r.seq === opts.seq) : filterRows(m.rows, opts);
    return { manifest: m.manifest, events: rows.map((r) => r.event), verify_mode: m.verified ? 'enabled' : 'disabled' };
}
function initialTui() {
    return { cursor: 0, top: 0, search: '', filter: '', input: 'none', quit: false };
}
/** Decode raw terminal input into keys (arrow/page/home/end escape sequences, printable characters). */
function decodeKeys(data) {
    const keys = [];
    const seqs = [
        ['\u001b[A', 'up'],
        ['\u001b[B', 'down'],
        ['\u001b[5~', 'pageup'],
        ['\u001b[6~', 'pagedown'],
        ['\u001b[H', 'home'],
        ['\u001b[F', 'end'],
        ['\u001b[1~', 'home'],
        ['\u001b[4~', 'end'],
        ['\u001bOH', 'home'],
        ['\u001bOF', 'end'],
        ['\u001bOA', 'up'],
        ['\u001bOB', 'down'],
    ];
    let i = 0;
    outer: while (i < data.length) {
        for (const [s, k] of seqs) {
            if (data.startsWith(s, i)) {
                keys.push(k);
                i += s.length;
                continue outer;
            }
        }
        const c = data[i];
        if (c === '\u001b') {
            // A lone ESC, or an unknown sequence: skip the CSI body so it never types into a field.
            if (data[i + 1] === '[' || data[i + 1] === 'O') {
                let j = i + 2;
                while (j < data.length && !/[@-~]/.test(data[j]))
                    j++;
                i = j + 1;
                continue;
            }
            keys.push('escape');
            i++;
        }
        else if (c === '\u0003') {
            keys.push('ctrl-c');
            i++;
        }
        else if (c === '\r' || c === '\n') {
            keys.push('enter');
            i++;
        }
        else if (c === '\u007f' || c === '\b') {
            keys.push('backspace');
            i++;
        }
        else {
            const cp = data.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            i += ch.length;
            // Input fields ignore controls.
            if (sanitize(ch) !== '')
                keys.push({ char: ch });
        }
    }
    return keys;
}
/** Apply one key. `count` is the number of rows after filtering; `page` the list pane height. */
function tuiReduce(s, key, count, page) {
    const n = { ...s };
    if (key === 'ctrl-c') {
        n.quit = true;
        return n;
    }
    if (n.input !== 'none') {
        const field = n.input;
        if (key === 'enter')
            n.input = 'none';
        else if (key === 'escape') {
            n[field] = '';
            n.input = 'none';
        }
        else if (key === 'backspace')
            n[field] = [...n[field]].slice(0, -1).join('');
        else if (typeof key === 'object' && [...n[field]].length < INPUT_CAP)
            n[field] += key.char;
        n.cursor = 0;
        n.top = 0;
        return n;
    }
    const last = Math.max(0, count - 1);
    if (typeof key === 'object') {
        if (key.char === 'q')
            n.quit = true;
        else if (key.char === 'j')
            n.cursor = Math.min(last, n.cursor + 1);
        else if (key.char === 'k')
            n.cursor = Math.max(0, n.cursor - 1);
        else if (key.char === '/')
            n.input = 'search';
        else if (key.char === 'f')
            n.input = 'filter';
    }
    else if (key === 'down')
        n.cursor = Math.min(last, n.cursor + 1);
    else if (key === 'up')
        n.cursor = Math.max(0, n.cursor - 1);
    else if (key === 'pagedown')
        n.cursor = Math.min(last, n.cursor + 20);
    else if (key === 'pageup')
        n.cursor = Math.max(0, n.cursor - 20);
    else if (key === 'home')
        n.cursor = 0;
    else if (key === 'end')
        n.cursor = last;
    else if (key === 'escape') {
        n.search = '';
        n.filter = '';
        n.cursor = 0;
    }
    n.cursor = Math.min(n.cursor, last);
    if (n.cursor < n.top)
        n.top = n.cursor;
    if (n.cursor >= n.top + page)
        n.top = n.cursor - page + 1;
    return n;
}
/** One frame: header, list pane (SEQ, TIME, TYPE, SUBJECT) with the cursor row marked, detail pane, status line. */
function tuiFrame(m, s, width, height) {
    const rows = filterRows(m.rows, { search: s.search, type: s.filter });
    const header = headerLines(m);
    const listHeight = Math.max(3, Math.floor((height - header.length - 3) / 2));
    const fit = (line) => pad(line, Math.max(10, width));
    const out = header.map(fit);
    out.push(fit(`  ${tableLines([])[0]}`));
    for (let i = 0; i < listHeight; i++) {
        const r = rows[s.top + i];
        if (r === undefined) {
            out.push(fit(''));
            continue;
        }
        const mark = s.top + i === s.cursor ? '> ' : '  ';
        out.push(fit(mark + tableLines([r])[1]));
    }
    const detailHeight = Math.max(1, height - out.length - 1);
    const cur = rows[s.cursor];
    const detail = cur === undefined ? ['(no events match)'] : prettyEvent(cur.event).split('\n');
    for (let i = 0; i < detailHeight; i++)
        out.push(fit(detail[i] ?? ''));
    const status = s.input !== 'none'
        ? `${s.input === 'search' ? 'search' : 'filter type'}: ${s.input === 'search' ? s.search : s.filter}_  (Enter done, Esc clear)`
        : `${rows.length ? s.cursor + 1 : 0}/${rows.length}  j/k move  PgUp/PgDn  Home/End  / search  f filter  Esc clear  q quit` +
            (s.search || s.filter ? `  [search "${s.search}" type "${s.filter}"]` : '');
    out.push(fit(status));
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/evidence/html.ts
// `assay evidence explore --format html`: one self-contained HTML file a reviewer opens in a browser. No external
// assets, a Content-Security-Policy that allows only the inline style and the one inline script (by hash), and
// every archive-controlled value sanitized and HTML-escaped.


function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
const STYLE = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#ffffff; --panel:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 20px 28px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { margin: 0 0 6px; font-size: 22px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
main { padding: 0 28px 40px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; font-size: 13px; color: #fff; }
.badge.ok { background: var(--ok); } .badge.bad { background: var(--bad); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; }
td.nowrap { white-space: nowrap; }
td pre { max-width: 62vw; }
td.mono, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
tr.event:hover { background: #f0f6fc; }
details > summary { cursor: pointer; color: #0969da; }
pre { margin: 6px 0 0; padding: 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 420px; }
.controls { display: flex; gap: 12px; align-items: center; margin: 16px 0 8px; }
input[type=search] { font: inherit; padding: 6px 10px; width: 320px; border: 1px solid var(--line); border-radius: 6px; }
.muted { color: var(--muted); }
footer { padding: 16px 28px; color: var(--muted); border-top: 1px solid var(--line); font-size: 12px; }
`;
// Filters rows by a case-insensitive substring of type or subject; no network, no eval.
const SCRIPT = `
(function () {
  var box = document.getElementById('filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.event'));
  var shown = document.getElementById('shown');
  function apply() {
    var q = box.value.toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var hit = q === '' || (r.getAttribute('data-type') + ' ' + r.getAttribute('data-subject')).toLowerCase().indexOf(q) !== -1;
      r.style.display = hit ? '' : 'none';
      if (hit) n++;
    });
    shown.textContent = String(n);
  }
  box.addEventListener('input', apply);
})();
`;
function scriptHash() {
    return 'sha256-' + (0,external_node_crypto_.createHash)('sha256').update(SCRIPT, 'utf8').digest('base64');
}
/** The report. `bundlePath` is shown as given (repo-relative). */
function exploreHtml(m, opts) {
    const p = m.manifest.producer;
    const counts = new Map();
    for (const r of m.rows)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    const typeRows = [...counts.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([t, n]) => `<tr><td class="mono">${esc(t)}</td><td>${n}</td></tr>`)
        .join('\n');
    const eventRows = m.rows
        .map((r) => `<tr class="event" data-type="${esc(r.type)}" data-subject="${esc(r.subject)}"><td class="mono nowrap">${r.seq}</td><td class="mono nowrap">${esc(sanitize(r.time, 40))}</td><td class="mono">${esc(r.type)}</td><td class="mono">${esc(r.subject)}</td><td><details><summary>event</summary><pre>${esc(prettyEvent(r.event))}</pre></details></td></tr>`)
        .join('\n');
    const badge = m.verified ? '<span class="badge ok">Verified</span>' : '<span class="badge bad">UNVERIFIED</span>';
    const meta = [
        ['Bundle', sanitize(opts.bundlePath, 200)],
        ['Bundle ID', sanitize(m.manifest.bundle_id, 80)],
        ['Run ID', sanitize(m.manifest.run_id, 200)],
        ['Producer', sanitize(`${p.name} ${p.version}${typeof p.git === 'string' ? ` (${p.git})` : ''}`, 200)],
        ['Events', `${m.result.event_count}${m.skipped > 0 ? ` (${m.rows.length} shown, ${m.skipped} beyond --max-events)` : ''}`],
        ['Time range', `${m.result.time_first} … ${m.result.time_last}`],
        ['Run root', m.result.run_root],
        ['Archive sha256', m.result.archive_sha256],
    ];
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash()}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assay evidence: ${esc(sanitize(m.manifest.run_id, 80))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Assay evidence report ${badge}</h1>
<div class="muted">${esc(m.verified ? 'Integrity, contract and limits verified: every content hash, the file digest and the run root match.' : 'Opened with --no-verify: limits and strict JSON were checked, hashes were not.')}</div>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}
</dl>
</header>
<main>
<h2>Event types</h2>
<table id="types"><thead><tr><th>Type</th><th>Events</th></tr></thead><tbody>
${typeRows}
</tbody></table>
<h2>Events</h2>
<div class="controls"><input type="search" id="filter" placeholder="Filter by type or subject" aria-label="Filter events"><span class="muted"><span id="shown">${m.rows.length}</span> of ${m.rows.length} shown</span></div>
<table id="events"><thead><tr><th>Seq</th><th>Time</th><th>Type</th><th>Subject</th><th>Event</th></tr></thead><tbody>
${eventRows}
</tbody></table>
</main>
<footer>Generated by assay ${esc(opts.toolVersion)} (assay evidence explore --format html). Self-contained: no external assets.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/evidence/common.ts
var common = __webpack_require__(6556);
;// CONCATENATED MODULE: ./cli/evidence/explore.ts






function registerExplore(parent) {
    parent
        .command('explore')
        .description('Browse a bundle: interactive terminal view, a listing, JSON, or a self-contained HTML report')
        .argument('<BUNDLE>', 'bundle .tar.gz, or - for stdin')
        .option('--no-verify', 'skip the hash checks (limits and strict JSON still apply); marked UNVERIFIED')
        .option('--max-events <n>', 'load at most N events', String(DEFAULT_MAX_EVENTS))
        .option('--no-tui', 'print a listing instead of the interactive view')
        .option('--type <substr>', 'only events whose type contains this')
        .option('--search <substr>', 'only events whose subject contains this (case-insensitive)')
        .option('--seq <n>', 'show one event')
        .option('-f, --format <format>', 'text | json | html', 'text')
        .option('-o, --output <file>', 'write the JSON/HTML document here instead of stdout')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runExplore(bundle, flags, true);
    });
    parent
        .command('show')
        .description('Print a bundle: header and event table (text, stderr) or JSON (stdout)')
        .argument('<BUNDLE>', 'bundle .tar.gz, or - for stdin')
        .option('--no-verify', 'skip the hash checks (limits and strict JSON still apply); marked UNVERIFIED')
        .option('-f, --format <format>', 'text | json', 'text')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runExplore(bundle, { ...flags, maxEvents: String(DEFAULT_MAX_EVENTS), tui: false }, false);
    });
}
function posInt(v, flag, allowZero = false) {
    if (!/^[0-9]+$/.test(v) || (!allowZero && Number(v) === 0))
        throw (0,common/* usage */.CI)(`invalid ${flag} "${v}"`);
    return Number(v);
}
async function runExplore(bundle, flags, interactive) {
    let json = flags.format === 'json';
    try {
        const allowed = interactive ? ['text', 'json', 'html'] : ['text', 'json'];
        if (!allowed.includes(flags.format))
            throw (0,common/* usage */.CI)(`invalid --format "${flags.format}" (allowed: ${allowed.join(', ')})`);
        json = flags.format === 'json';
        const maxEvents = posInt(flags.maxEvents, '--max-events');
        const seq = flags.seq !== undefined ? posInt(flags.seq, '--seq', true) : undefined;
        const limits = (0,common/* loadLimits */.nj)(flags.limits);
        let display = bundle;
        let model;
        try {
            const src = await (0,common/* readBundleBytes */.GA)(bundle, limits);
            display = src.display;
            model = await loadExplore(src.bytes, { limits, verify: flags.verify !== false, maxEvents, bundleLabel: src.display });
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            (0,common/* printVerifyFailure */.XJ)(e, display);
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...(0,common/* verifyFailureJson */.yG)(e), diagnostics: [] }), flags.output);
            return 2;
        }
        if (model.skipped > 0)
            (0,output/* err */._q)(`warning: ${model.skipped} events beyond --max-events ${maxEvents} were not loaded`);
        if (!model.verified)
            (0,output/* err */._q)('warning: UNVERIFIED (--no-verify): hashes were not checked');
        const filter = { ...(flags.type !== undefined ? { type: sanitize(flags.type, 200) } : {}), ...(flags.search !== undefined ? { search: sanitize(flags.search, 200) } : {}) };
        if (flags.format === 'json') {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)(showJson(model, { ...filter, ...(seq !== undefined ? { seq } : {}) })), flags.output);
            return 0;
        }
        if (flags.format === 'html') {
            (0,output/* emitArtefact */.g9)(exploreHtml(model, { bundlePath: display, toolVersion: version/* VERSION */.x }), flags.output);
            if (flags.output !== undefined)
                (0,output/* err */._q)(`Report written to ${flags.output}`);
            return 0;
        }
        const tty = process.stdout.isTTY === true && process.stdin.isTTY === true;
        if (!interactive || flags.tui === false || !tty || seq !== undefined || bundle === '-') {
            (0,output/* err */._q)(showText(model, { ...filter, ...(seq !== undefined ? { seq } : {}) }).trimEnd());
            return 0;
        }
        await runTui(model, filter);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}
/** The interactive view on raw-mode stdin; draws on the alternate screen of stdout. */
function runTui(model, filter) {
    return new Promise((resolve) => {
        const stdin = process.stdin;
        const out = process.stdout;
        let state = { ...initialTui(), search: filter.search ?? '', filter: filter.type ?? '' };
        const size = () => ({ w: out.columns || 100, h: out.rows || 30 });
        const page = () => Math.max(3, Math.floor((size().h - 8) / 2));
        const paint = () => {
            const { w, h } = size();
            out.write('\u001b[H' + tuiFrame(model, state, w, h).map((l) => l.slice(0, w)).join('\r\n') + '\u001b[J');
        };
        const finish = () => {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.removeListener('data', onData);
            out.removeListener('resize', paint);
            out.write('\u001b[?25h\u001b[?1049l');
            resolve();
        };
        const onData = (buf) => {
            for (const k of decodeKeys(buf.toString('utf8'))) {
                const count = filterRows(model.rows, { search: state.search, type: state.filter }).length;
                state = tuiReduce(state, k, count, page());
                if (state.quit)
                    return finish();
            }
            paint();
        };
        out.write('\u001b[?1049h\u001b[?25l');
        stdin.setRawMode(true);
        stdin.resume();
        stdin.on('data', onData);
        out.on('resize', paint);
        paint();
    });
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileRef),
/* harmony export */   R: () => (/* binding */ checkoutRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3480);
// Paths as users give them → what core reads (absolute) and what reports show (repo-relative POSIX).


function checkoutRoot() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function fileRef(given) {
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(given, checkoutRoot(), process.cwd()) };
}


/***/ }),

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ codePointsInUtf8),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   zx: () => (/* binding */ codePointsInString)
/* harmony export */ });
// UTF-8 checks for trace lines (invalid UTF-8 in JSONL is a bad line).
// The fast path uses node:buffer isUtf8 on whole regions; this file only locates the error for the message.
/** Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, surrogates or > U+10FFFF), or -1. */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        // The second byte has a narrower range for a few lead bytes (overlongs, surrogates, > U+10FFFF).
        let lo = 0x80;
        let hi = 0xbf;
        if (c === 0xe0)
            lo = 0xa0;
        else if (c === 0xed)
            hi = 0x9f;
        else if (c === 0xf0)
            lo = 0x90;
        else if (c === 0xf4)
            hi = 0x8f;
        const c1 = b[i + 1];
        if (c1 === undefined || c1 < lo || c1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const ck = b[i + k];
            if (ck === undefined || ck < 0x80 || ck > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Number of code points in the valid UTF-8 prefix b[0, end). */
function codePointsInUtf8(b, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if ((b[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
/** Number of code points in s[0, end) (UTF-16 index). */
function codePointsInString(s, end) {
    let n = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        // A low surrogate that follows a high surrogate belongs to the same code point.
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
            const p = s.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        n++;
    }
    return n;
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output: relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.

function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
function displayPath(given, root, cwd = root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, given);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return toPosix(rel);
    if (rel === '')
        return '.';
    return toPosix(given);
}
/** Is `p` the folder `root` or below it, lexically, by whole segments (a file named `..a` is inside)? */
function containedIn(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   hr: () => (/* binding */ readTextStrict),
/* harmony export */   kd: () => (/* binding */ findUtf8Problem),
/* harmony export */   rH: () => (/* binding */ utf8Diagnostic)
/* harmony export */ });
/* unused harmony export utf8ProblemMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1578);
// The one way to read a text config (policy, eval config, pack, profile, baseline, sandbox policy):
// bytes are checked as UTF-8 before decoding, so an invalid byte is exit 2 with its file:line:col and
// never a U+FFFD that silently changes a pattern (docs/decisions.md, "Strict input").




const BOM = [0xef, 0xbb, 0xbf];
function hasBom(b) {
    return b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
}
/** Where the first invalid UTF-8 byte is, or null when `bytes` are valid UTF-8. */
function findUtf8Problem(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
        return null;
    const offset = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(bytes);
    if (offset < 0)
        return null; // isUtf8 and the locator disagree only on inputs neither rejects
    let lineStart = hasBom(bytes) ? 3 : 0;
    let line = 1;
    for (let i = lineStart; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const col = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointsInUtf8 */ .NH)(bytes.subarray(lineStart), offset - lineStart) + 1;
    return { offset, line, col, byte: bytes[offset] };
}
function utf8ProblemMessage(p) {
    return `invalid UTF-8: byte 0x${p.byte.toString(16).padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`;
}
/** A diagnostic for invalid UTF-8 in `display`. */
function utf8Diagnostic(p, display, code, source = 'config') {
    return { code, severity: 'error', message: utf8ProblemMessage(p), file: display, line: p.line, col: p.col, source };
}
/**
 * Decode bytes as strict UTF-8 and drop a leading BOM. Invalid UTF-8 throws `errorClass` (ConfigError)
 * with `code` and one diagnostic at the first bad byte.
 */
function decodeUtf8Strict(bytes, display, code, opts = {}) {
    const p = findUtf8Problem(bytes);
    if (p) {
        const source = opts.source ?? 'config';
        const d = utf8Diagnostic(p, display, code, source);
        const Cls = opts.errorClass ?? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL;
        throw new Cls(code, d.message, {
            source,
            context: { file: display, line: p.line, col: p.col },
            diagnostics: [d],
            ...(opts.nextStepValues ? { nextStepValues: opts.nextStepValues } : {}),
        });
    }
    const start = hasBom(bytes) ? 3 : 0;
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}
/**
 * Read a text config file as strict UTF-8 (BOM dropped). File-system errors propagate unchanged (the
 * caller decides what a missing file means); invalid UTF-8 throws as decodeUtf8Strict does.
 */
function readTextStrict(path, display, code, opts = {}) {
    return decodeUtf8Strict(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path), display, code, opts);
}


/***/ })

};
