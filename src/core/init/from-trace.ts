// `assay init --from-trace F [--heuristics]`: a runtime policy (01 §2.9) from one run's runtime events
// (01 §1.13), with the single-run rules and heuristics of `assay generate` (02 §4.5).
import { InputError, type Diagnostic } from '../errors.js';
import { yamlString } from './yaml-text.js';

export interface RuntimeEvents {
  files: Map<string, number>;
  network: Map<string, number>;
  processes: Map<string, number>;
  events: number;
  warnings: Diagnostic[];
}

/** Parse runtime-event JSONL. Bad lines are warnings (01 §1.1 default); no valid event → E_TRACE_INVALID. */
export function parseRuntimeEvents(text: string, file: string): RuntimeEvents {
  const out: RuntimeEvents = { files: new Map(), network: new Map(), processes: new Map(), events: 0, warnings: [] };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  const warn = (line: number, message: string): void => {
    out.warnings.push({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, file, line, col: 1, source: 'trace' });
  };
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      warn(i + 1, `invalid JSON: ${(e as Error).message}`);
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      warn(i + 1, 'expected a JSON object');
      return;
    }
    const ev = v as Record<string, unknown>;
    if (ev['type'] === 'file_open' && typeof ev['path'] === 'string' && ev['path'] !== '') bump(out.files, ev['path']);
    else if (ev['type'] === 'net_connect' && typeof ev['dest'] === 'string' && ev['dest'] !== '') bump(out.network, ev['dest']);
    else if (ev['type'] === 'proc_exec' && typeof ev['path'] === 'string' && ev['path'] !== '') bump(out.processes, ev['path']);
    else {
      warn(i + 1, 'not a runtime event (file_open with path, net_connect with dest, proc_exec with path)');
      return;
    }
    out.events++;
  });
  if (out.events === 0) {
    throw new InputError('E_TRACE_INVALID', 'no valid runtime event (file_open, net_connect, proc_exec)', {
      source: 'trace',
      context: { file },
      diagnostics: [
        ...out.warnings,
        { code: 'E_TRACE_INVALID', severity: 'error', message: 'no valid runtime event (file_open, net_connect, proc_exec)', file, source: 'trace' },
      ],
    });
  }
  return out;
}

type Risk = 'needs_review' | 'deny_recommended';

interface Judged {
  pattern: string;
  count: number;
  risk?: Risk;
  reasons: string[];
}

const ENTROPY_REVIEW = 3.8;
const ENTROPY_DENY = 4.5;
const SENSITIVE_PORTS = new Set([22, 23, 139, 445, 1433, 3306, 3389, 5432]);

function shannonBits(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...s].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

function judgePath(path: string): { risk?: Risk; reasons: string[] } {
  if (['/proc/', '/sys/', '/run/user/'].some((p) => path.includes(p)) || path.includes('.so.')) return { reasons: [] };
  const reasons: string[] = [];
  let risk: Risk | undefined;
  let best = 0;
  for (const seg of path.split('/')) {
    if ([...seg].length >= 8) best = Math.max(best, shannonBits(seg));
    if (seg.length >= 32) {
      const hex = [...seg].filter((c) => /[0-9a-fA-F]/.test(c)).length;
      if (hex / seg.length > 0.8) {
        risk = 'needs_review';
        reasons.push('looks like hash');
      }
    }
  }
  if (best > ENTROPY_DENY) {
    risk = 'deny_recommended';
    reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
  } else if (best >= ENTROPY_REVIEW) {
    risk ??= 'needs_review';
    reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
  }
  return { risk, reasons };
}

function judgeDest(dest: string): { risk?: Risk; reasons: string[] } {
  const m = /:(\d+)$/.exec(dest);
  const port = m ? Number(m[1]) : NaN;
  return SENSITIVE_PORTS.has(port) ? { risk: 'needs_review', reasons: [`sensitive port ${port}`] } : { reasons: [] };
}

function judgeAll(m: Map<string, number>, heuristics: boolean, judge: (s: string) => { risk?: Risk; reasons: string[] }): Judged[] {
  return [...m.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((pattern) => ({ pattern, count: m.get(pattern)!, ...(heuristics ? judge(pattern) : { reasons: [] }) }));
}

function entryYaml(e: Judged, indent: string): string[] {
  if (e.risk === undefined && e.count === 1) return [`${indent}- ${yamlString(e.pattern)}`];
  const out = [`${indent}- pattern: ${yamlString(e.pattern)}`];
  if (e.count > 1) out.push(`${indent}  count: ${e.count}`);
  if (e.risk) {
    out.push(`${indent}  risk: ${e.risk}`);
    out.push(`${indent}  reasons: [${e.reasons.map(yamlString).join(', ')}]`);
  }
  return out;
}

function section(name: string, keys: [string, string, string], entries: Judged[]): string[] {
  const buckets: [string, Judged[]][] = [
    [keys[0], entries.filter((e) => e.risk === undefined)],
    [keys[1], entries.filter((e) => e.risk === 'needs_review')],
    [keys[2], entries.filter((e) => e.risk === 'deny_recommended')],
  ];
  const body: string[] = [];
  for (const [key, list] of buckets) {
    if (!list.length) continue; // empty lists are omitted (01 §2.9)
    body.push(`  ${key}:`);
    for (const e of list) body.push(...entryYaml(e, '    '));
  }
  return body.length ? [`${name}:`, ...body] : [`${name}: {}`];
}

export interface RuntimePolicyOptions {
  name?: string;
  /** ISO-8601 time for `_meta.generated_at`, from the caller's clock (reproducible mode aware). */
  generatedAt: string;
  heuristics: boolean;
}

export function runtimePolicyYaml(ev: RuntimeEvents, opts: RuntimePolicyOptions): string {
  const lines = [
    '_meta:',
    `  name: ${yamlString(opts.name ?? 'Generated Policy')}`,
    `  generated_at: ${yamlString(opts.generatedAt)}`,
    ...section('files', ['allow', 'needs_review', 'deny'], judgeAll(ev.files, opts.heuristics, judgePath)),
    ...section('network', ['allow_destinations', 'needs_review', 'deny_destinations'], judgeAll(ev.network, opts.heuristics, judgeDest)),
    ...section('processes', ['allow', 'needs_review', 'deny'], judgeAll(ev.processes, opts.heuristics, judgePath)),
  ];
  return lines.join('\n') + '\n';
}
