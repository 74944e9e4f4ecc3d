// `assay import`: MCP transcripts → canonical V2 JSONL. Pure: text in, lines out.
import { InputError, UsageError, diagnosticsToError } from '../errors.js';
import { readTranscript } from './formats.js';
import { mapToV2 } from './map-v2.js';
import { DiagnosticSink, FORMAT_NAMES, normalizeFormat, type McpFormat } from './message.js';
import { v2Line } from './v2-lines.js';

export { FORMAT_NAMES, normalizeFormat, type McpFormat } from './message.js';
export { DEFAULT_IMPORT_PROMPT } from './map-v2.js';
export { importInitFiles, type ImportInitFiles } from './init-files.js';
export { v2Line, v2Text, type V2Event } from './v2-lines.js';

/** Import documents above this size are refused. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface ImportOptions {
  /** A canonical format or an alias (`mcp-inspector`, `mcp-inspector@v1`, `sse-legacy`). */
  format: McpFormat | string;
  /** The input path as the user gave it; used in diagnostics and notes. */
  inputName: string;
  episodeId: string;
  testId?: string;
  prompt?: string;
}

export interface ImportResult {
  /** Canonical V2 JSONL lines, without newlines. */
  lines: string[];
  /** JSON-RPC messages read from the input. */
  mcpEvents: number;
  /** One message per orphan response (`<input>:<line>:<col>: orphan …`). */
  notes: string[];
  /** Tool names of every tools/call request, sorted, unique. */
  tools: string[];
}

/**
 * Convert one MCP transcript. Every problem is collected first; if any, throws
 * `InputError('E_TRACE_INVALID')` with all of them as diagnostics (`<input>:<line>:<col>`).
 */
export function importMcpTranscript(text: string, opts: ImportOptions): ImportResult {
  const format = normalizeFormat(opts.format);
  if (!format) {
    throw new UsageError('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: ${Object.keys(FORMAT_NAMES).join(', ')})`, {
      source: 'cli',
    });
  }
  const sink = new DiagnosticSink(opts.inputName);
  const { messages, auth } = readTranscript(text, format, sink);
  if (sink.list.length) throw fail(sink, opts.inputName);
  const mapped = mapToV2(messages, auth, opts, sink);
  if (sink.list.length) throw fail(sink, opts.inputName);
  return { lines: mapped.events.map(v2Line), mcpEvents: messages.length, notes: mapped.notes, tools: mapped.tools };
}

function fail(sink: DiagnosticSink, input: string): InputError {
  return diagnosticsToError(InputError, 'E_TRACE_INVALID', sink.list, 'trace', { 'trace.jsonl': input }) as InputError;
}
