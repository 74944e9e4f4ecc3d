// `doctor` trace sniff: the first 500 lines, looking for shapes that read as "no tool calls".
// An OpenAI `function_call` (the pre-2024 single-call field) without `tool_calls` is not a tool call
// the reader knows, so a policy would see nothing.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../errors.js';

const SNIFF_LINES = 500;
const SNIFF_BYTES = 4 << 20;

function hasFunctionCallOnly(v: unknown, depth: number): boolean {
  if (depth > 4 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => hasFunctionCallOnly(x, depth + 1));
  const o = v as Record<string, unknown>;
  if ('function_call' in o && o.function_call && typeof o.function_call === 'object' && !Array.isArray(o.tool_calls)) return true;
  return Object.values(o).some((x) => hasFunctionCallOnly(x, depth + 1));
}

export function sniffTrace(path: string, display: string): Diagnostic[] {
  if (/\.json$/i.test(path)) return [];
  let text = '';
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    text = buf.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
  const out: Diagnostic[] = [];
  const lines = text.split('\n').slice(0, SNIFF_LINES);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t.startsWith('{') || !t.includes('function_call')) continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      continue;
    }
    if (hasFunctionCallOnly(v, 0)) {
      out.push({
        code: 'W_TRACE_FUNCTION_CALL',
        severity: 'warning',
        source: 'trace',
        message: 'OpenAI "function_call" without "tool_calls": this call is not read as a tool call, so no policy sees it',
        file: display,
        line: i + 1,
        col: 1,
      });
      if (out.length >= 5) break;
    }
  }
  return out;
}
