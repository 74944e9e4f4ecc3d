// `assay evidence explore --format html`: one self-contained HTML file a reviewer opens in a browser. No external
// assets, a Content-Security-Policy that allows only the inline style and the one inline script (by hash), and
// every archive-controlled value sanitized and HTML-escaped.
import { createHash } from 'node:crypto';
import { prettyEvent, sanitize, type ExploreModel } from './explore.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
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

export function scriptHash(): string {
  return 'sha256-' + createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
}

/** The report. `bundlePath` is shown as given (repo-relative). */
export function exploreHtml(m: ExploreModel, opts: { bundlePath: string; toolVersion: string }): string {
  const p = m.manifest.producer;
  const counts = new Map<string, number>();
  for (const r of m.rows) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const typeRows = [...counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([t, n]) => `<tr><td class="mono">${esc(t)}</td><td>${n}</td></tr>`)
    .join('\n');
  const eventRows = m.rows
    .map(
      (r) =>
        `<tr class="event" data-type="${esc(r.type)}" data-subject="${esc(r.subject)}"><td class="mono nowrap">${r.seq}</td><td class="mono nowrap">${esc(sanitize(r.time, 40))}</td><td class="mono">${esc(r.type)}</td><td class="mono">${esc(r.subject)}</td><td><details><summary>event</summary><pre>${esc(prettyEvent(r.event))}</pre></details></td></tr>`,
    )
    .join('\n');
  const badge = m.verified ? '<span class="badge ok">Verified</span>' : '<span class="badge bad">UNVERIFIED</span>';
  const meta: Array<[string, string]> = [
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
