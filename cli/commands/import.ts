// `assay import <INPUT>`: MCP transcript → canonical V2 trace; `--init` adds eval.yaml + policy.yaml.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, sep } from 'node:path';
import type { Command } from 'commander';
import { InfraError, InputError, UsageError } from '../../src/core/errors.js';
import { shellCommand } from '../../src/core/outcome/reason-codes.js';
import {
  FORMAT_NAMES,
  MAX_IMPORT_BYTES,
  importInitFiles,
  importMcpTranscript,
  normalizeFormat,
  v2Text,
} from '../../src/core/import/index.js';
import { importOtelTrace } from '../../src/core/import/otel.js';
import { FRAMEWORK_IMPORTERS, frameworkImporter, type FrameworkImporter } from '../../src/core/import/frameworks.js';
import { err, reportError } from '../output.js';
import { makeDirs } from '../../src/core/util/make-dirs.js';

export interface ImportCliOptions {
  format?: string;
  outTrace?: string;
  out?: string;
  episodeId?: string;
  testId?: string;
  prompt?: string;
  init?: boolean;
  /** Where `--init` writes eval.yaml and policy.yaml (default: the working directory). */
  initDir?: string;
}

export function register(program: Command): void {
  program
    .command('import')
    .description('Convert an MCP transcript into a canonical V2 trace (JSONL)')
    .argument('<input>', 'MCP transcript file')
    .option('--format <format>', `transcript format: ${formatList('|')}`, 'inspector')
    .option('--out-trace <path>', 'output trace (default: <input stem>.trace.jsonl beside the input)')
    .option('--out <path>', 'alias of --out-trace')
    .option('--episode-id <id>', 'episode id (default: the input file stem)')
    .option('--test-id <id>', 'binding id stored as meta.test_id')
    .option('--prompt <text>', 'episode prompt (default: "<mcp:session>")')
    .option('--init', 'also write eval.yaml and policy.yaml for the imported session (existing files are kept)')
    .action((input: string, opts: ImportCliOptions) => {
      process.exitCode = runImport(input, opts);
    });
}

/**
 * The alias `assay trace import-mcp --input I --out-trace O`, attached to a `trace` parent
 * command owned elsewhere: `registerTraceImportMcp(program.command('trace'))`.
 */
export function registerTraceImportMcp(trace: Command): void {
  trace
    .command('import-mcp')
    .description('Alias of: assay import <INPUT>')
    .requiredOption('--input <path>', 'MCP transcript file')
    .option('--format <format>', `transcript format: ${formatList('|')}`, 'inspector')
    .option('--out-trace <path>', 'output trace (default: <input stem>.trace.jsonl beside the input)')
    .option('--out <path>', 'alias of --out-trace')
    .option('--episode-id <id>', 'episode id (default: the input file stem)')
    .option('--test-id <id>', 'binding id stored as meta.test_id')
    .option('--prompt <text>', 'episode prompt (default: "<mcp:session>")')
    .option('--init', 'also write eval.yaml and policy.yaml for the imported session (existing files are kept)')
    .action((opts: ImportCliOptions & { input: string }) => {
      const { input, ...rest } = opts;
      process.exitCode = runImport(input, rest);
    });
}

function posixPath(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** `<input stem>.trace.jsonl` beside the input, spelled relative the way the input was. */
export function defaultOutPath(input: string): string {
  const stem = basename(input, extname(input));
  const dir = dirname(input);
  return dir === '.' ? `${stem}.trace.jsonl` : posixPath(join(dir, `${stem}.trace.jsonl`));
}

/** Run the command; returns the exit code. Human text goes to stderr, nothing to stdout. */
export function runImport(input: string, opts: ImportCliOptions): number {
  if (opts.format === OTEL_FORMAT) return runOtelImport(input, opts);
  const framework = frameworkImporter(opts.format ?? '');
  if (framework) return runFrameworkImport(input, opts, framework);
  try {
    const format = normalizeFormat(opts.format ?? 'inspector');
    if (!format) {
      throw new UsageError('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: ${formatList(', ')})`, {
        source: 'cli',
      });
    }
    if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
      throw new UsageError('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
    }
    for (const [flag, v] of [
      ['--episode-id', opts.episodeId],
      ['--out-trace', opts.outTrace ?? opts.out],
    ] as const) {
      if (v === '') throw new UsageError('E_INVALID_ARGS', `${flag} must not be empty`, { source: 'cli' });
    }
    const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
    const episodeId = opts.episodeId ?? basename(input, extname(input));

    err(`Importing MCP transcript from: ${input}`);
    const text = readInput(input);
    const result = importMcpTranscript(text, {
      format,
      inputName: input,
      episodeId,
      ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
      ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
    });
    err(`Parsed ${result.mcpEvents} MCP events.`);
    for (const note of result.notes) err(`note: ${note}`);
    err(`Generated ${result.lines.length} trace events.`);
    writeOut(outPath, v2Text(result.lines));
    err(`✅ Trace written to: ${outPath}`);

    if (opts.init) {
      const files = importInitFiles(result.tools, opts.prompt);
      const dir = opts.initDir ?? '.';
      for (const [name, content] of [
        ['eval.yaml', files.evalYaml],
        ['policy.yaml', files.policyYaml],
      ] as const) {
        const target = dir === '.' ? name : posixPath(join(dir, name));
        if (existsSync(target)) {
          err(`Skipped ${target} (exists)`);
          continue;
        }
        writeOut(target, content);
        err(`Created ${target}`);
      }
      const cfg = dir === '.' ? 'eval.yaml' : posixPath(join(dir, 'eval.yaml'));
      err(`   Next: ${shellCommand(['assay', 'validate', '--config', cfg, '--trace-file', outPath])}`);
    }
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

/** OpenTelemetry GenAI spans are not an MCP transcript: their own importer (docs/otel.md). */
const OTEL_FORMAT = 'otel';

function formatList(sep: string): string {
  return [...Object.keys(FORMAT_NAMES), OTEL_FORMAT, ...Object.keys(FRAMEWORK_IMPORTERS)].join(sep);
}

function runOtelImport(input: string, opts: ImportCliOptions): number {
  try {
    if (opts.init) throw new UsageError('E_INVALID_ARGS', '--init is not available with --format otel', { source: 'cli' });
    if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
      throw new UsageError('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
    }
    const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
    if (outPath === '' || opts.episodeId === '') throw new UsageError('E_INVALID_ARGS', '--episode-id and --out-trace must not be empty', { source: 'cli' });
    err(`Importing OpenTelemetry spans from: ${input}`);
    const result = importOtelTrace(readInput(input), {
      inputName: input,
      ...(opts.episodeId !== undefined ? { episodeId: opts.episodeId } : {}),
      ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
      ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
    });
    err(`Parsed ${result.spans} spans into ${result.episodes} episode(s) with tools: ${result.tools.join(', ') || '(none)'}.`);
    writeOut(outPath, v2Text(result.lines));
    err(`✅ Trace written to: ${outPath}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

/** Agent-framework traces (OpenAI Agents SDK, LangChain/LangSmith, Langfuse): docs/importers.md. */
function runFrameworkImport(input: string, opts: ImportCliOptions, importer: FrameworkImporter): number {
  try {
    if (opts.init) throw new UsageError('E_INVALID_ARGS', `--init is not available with --format ${opts.format}`, { source: 'cli' });
    if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
      throw new UsageError('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
    }
    const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
    if (outPath === '' || opts.episodeId === '') throw new UsageError('E_INVALID_ARGS', '--episode-id and --out-trace must not be empty', { source: 'cli' });
    err(`Importing ${importer.label} from: ${input}`);
    const result = importer.run(readInput(input), {
      inputName: input,
      ...(opts.episodeId !== undefined ? { episodeId: opts.episodeId } : {}),
      ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
      ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
    });
    err(`Parsed ${result.records} records into ${result.episodes} episode(s) with tools: ${result.tools.join(', ') || '(none)'}.`);
    writeOut(outPath, v2Text(result.lines));
    err(`✅ Trace written to: ${outPath}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

function readInput(input: string): string {
  let bytes: Buffer;
  try {
    const st = statSync(input);
    if (st.isFile() && st.size > MAX_IMPORT_BYTES) {
      throw new InputError('E_TRACE_INVALID', 'import document exceeds 256 MiB', {
        source: 'trace',
        context: { file: input },
        nextStepValues: { 'trace.jsonl': input },
      });
    }
    bytes = readFileSync(input);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('E_TRACE_NOT_FOUND', `cannot open MCP transcript: ${(e as Error).message}`, {
      source: 'trace',
      context: { file: input },
      nextStepValues: { 'trace.jsonl': input },
    });
  }
  try {
    // The decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('E_TRACE_INVALID', 'invalid UTF-8', {
      source: 'trace',
      context: { file: input },
      nextStepValues: { 'trace.jsonl': input },
    });
  }
}

function writeOut(path: string, content: string): void {
  try {
    makeDirs(dirname(path));
    writeFileSync(path, content);
  } catch (e) {
    throw new InfraError('E_IO_ERROR', `cannot write ${path}: ${(e as Error).message}`, {
      source: 'cli',
      context: { file: path },
      nextStepValues: { path },
    });
  }
}
