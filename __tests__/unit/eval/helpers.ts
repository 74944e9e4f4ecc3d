// Shared helpers for eval tests: configs are written as YAML strings into temp dirs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, type Diagnostic } from '../../../src/core/errors.js';
import { loadEvalConfig, type LoadResult } from '../../../src/core/eval/load.js';
import type { LoadOptions } from '../../../src/core/eval/types.js';
import type { ToolCall, TraceEntry } from '../../../src/core/trace/types.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

/** Dedent a template so YAML columns in tests are what they look like. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface Loaded {
  dir: string;
  result?: LoadResult;
  error?: ConfigError;
}

export function load(configText: string, files: Record<string, string> = {}, opts: LoadOptions = {}): Loaded {
  const dir = tempDir();
  writeFiles(dir, { 'eval.yaml': configText, ...files });
  try {
    return { dir, result: loadEvalConfig(path.join(dir, 'eval.yaml'), 'eval.yaml', { cwd: dir, ...opts }) };
  } catch (e) {
    if (e instanceof ConfigError) return { dir, error: e };
    throw e;
  }
}

/** `line:col: message` of every error diagnostic. */
export function errors(l: Loaded): string[] {
  return (l.error?.diagnostics ?? []).filter((d) => d.severity === 'error').map(fmt);
}

export function warnings(l: Loaded): string[] {
  const diags: Diagnostic[] = l.result?.diagnostics ?? l.error?.diagnostics ?? [];
  return diags.filter((d) => d.severity === 'warning').map((d) => `${d.code} ${fmt(d)}`);
}

function fmt(d: Diagnostic): string {
  return d.line !== undefined ? `${d.line}:${d.col}: ${d.message}` : d.message;
}

export function call(tool_name: string, args: unknown = {}, extra: Partial<ToolCall> = {}, index = 0): ToolCall {
  return { id: `c${index}`, tool_name, args, result: null, error: null, index, ts_ms: 0, pos: { file: 'trace.jsonl', line: index + 1 }, ...extra };
}

export function entry(over: Partial<TraceEntry> = {}): TraceEntry {
  return {
    prompt: 'p',
    text: '',
    model: 'trace',
    meta: {},
    steps: 0,
    first_line: 1,
    file: 'trace.jsonl',
    key: 'p',
    ...over,
    tool_calls: (over.tool_calls ?? []).map((c, i) => ({ ...c, index: i, pos: { file: 'trace.jsonl', line: i + 1 } })),
  };
}
