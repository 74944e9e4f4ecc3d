// `assay evidence export (--profile FILE | --decision-log FILE [--session ID]) [--out PATH]
//  [--detail summary|observed|full] [--run-id ID] [--time RFC3339]`.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, InfraError } from '../../src/core/errors.js';
import { VERSION } from '../../src/core/version.js';
import { parseYamlSource } from '../../src/core/util/yaml-source.js';
import { strictParse, StrictJsonError } from '../../src/core/evidence/strict-json.js';
import { profileToEvents, type ExportDetail } from '../../src/core/evidence/export-profile.js';
import { checkRunId } from '../../src/core/evidence/export-profile.js';
// One mapping for `mcp wrap --evidence-out` and this command, so the same log gives the same archive bytes.
import { decisionEvidenceEvents, readDecisionLog } from '../../src/runtime/mcp/evidence.js';
import { writeBundle } from '../../src/core/evidence/writer.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { usage } from './common.js';
import { readTextStrict } from '../../src/core/util/read-text.js';
import { observationsProfile } from './observations.js';

interface Flags {
  profile?: string;
  observations?: string;
  decisionLog?: string;
  session?: string;
  out?: string;
  detail: string;
  runId?: string;
  time?: string;
}

const MAX_INPUT = 256 << 20;

export function registerExport(parent: Command): void {
  parent
    .command('export')
    .description('Write an evidence bundle from a recorded profile or a proxy decision log')
    .option('--profile <file>', 'profile (JSON when .json, else YAML) written by assay record --profile-out')
    .option('--decision-log <file>', 'decision log written by assay mcp wrap --decision-log')
    .option('--observations <file>', 'observation events written by assay record --events-out (docs/record.md)')
    .option('--session <id>', 'session in the decision log (default: the last one)')
    .option('--out <path>', 'bundle path (default assay_evidence_<run_id>.tar.gz)')
    .option('--detail <level>', 'summary | observed | full', 'observed')
    .option('--run-id <id>', 'run id of the bundle')
    .option('--time <rfc3339>', 'event time for profile exports')
    .exitOverride()
    .action((flags: Flags) => {
      process.exitCode = runExport(flags);
    });
}

function readInput(given: string): { text: string; display: string } {
  const ref = fileRef(given);
  if (!existsSync(ref.path)) {
    throw new ConfigError('E_MISSING_CONFIG', `${ref.display}: file not found`, { source: 'config', context: { file: ref.display } });
  }
  try {
    if (statSync(ref.path).size > MAX_INPUT) throw usage(`${ref.display}: larger than ${MAX_INPUT} bytes`);
    return { text: readTextStrict(ref.path, ref.display, 'E_CFG_PARSE'), display: ref.display };
  } catch (e) {
    if (e instanceof Error && 'reasonCode' in e) throw e;
    throw new ConfigError('E_MISSING_CONFIG', `${ref.display}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { source: 'config', context: { file: ref.display } });
  }
}

function parseProfile(text: string, display: string): unknown {
  if (display.toLowerCase().endsWith('.json')) {
    try {
      return strictParse(text.replace(/^\uFEFF/, ''), { maxDepth: 64 }).value;
    } catch (e) {
      const m = `${display}: invalid JSON${e instanceof StrictJsonError ? ` (${e.message})` : ''}`;
      throw new ConfigError('E_CFG_PARSE', m, { source: 'config', context: { file: display } });
    }
  }
  const { source, errors } = parseYamlSource(text, display, 'E_CFG_PARSE');
  if (!source || errors.length > 0) {
    const first = errors[0];
    throw new ConfigError('E_CFG_PARSE', first?.message ?? `${display}: invalid YAML`, {
      source: 'config',
      context: { file: display, line: first?.line, col: first?.col },
      diagnostics: errors,
    });
  }
  return source.value;
}

function runExport(flags: Flags): number {
  try {
    if ([flags.profile, flags.decisionLog, flags.observations].filter((x) => x !== undefined).length !== 1) {
      throw usage('give exactly one of --profile FILE, --decision-log FILE or --observations FILE');
    }
    if (!['summary', 'observed', 'full'].includes(flags.detail)) throw usage(`invalid --detail "${flags.detail}" (allowed: summary, observed, full)`);
    if (flags.session !== undefined && flags.decisionLog === undefined) throw usage('--session needs --decision-log');
    const producer = { version: VERSION, git: 'unknown' };
    let events;
    if (flags.profile !== undefined || flags.observations !== undefined) {
      const { text, display } = readInput((flags.profile ?? flags.observations)!);
      const sde = process.env.SOURCE_DATE_EPOCH;
      const doc = flags.profile !== undefined ? parseProfile(text, display) : observationsProfile(text, display);
      events = profileToEvents(doc, {
        ...producer,
        detail: flags.detail as ExportDetail,
        file: display,
        ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
        ...(flags.time !== undefined ? { time: flags.time } : {}),
        ...(sde !== undefined && sde !== '' ? { sourceDateEpoch: sde } : {}),
      });
    } else {
      if (flags.time !== undefined) throw usage('--time applies to --profile exports (decision times come from the log)');
      const { text, display } = readInput(flags.decisionLog!);
      const log = readDecisionLog(text);
      if (log.source === undefined || log.events.length === 0) {
        throw new ConfigError('E_CFG_PARSE', `${display}: no decision-log events`, { source: 'config', context: { file: display } });
      }
      if (flags.runId !== undefined) checkRunId(flags.runId);
      try {
        events = decisionEvidenceEvents(log.events, {
          source: log.source,
          producerVersion: VERSION,
          git: 'unknown',
          ...(flags.session !== undefined ? { sessionId: flags.session } : {}),
          ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
        });
      } catch (e) {
        if (e instanceof Error && 'reasonCode' in e) throw e;
        throw new ConfigError('E_CFG_PARSE', `${display}: ${(e as Error).message}`, { source: 'config', context: { file: display } });
      }
    }
    const runId = events[0]!.assayrunid;
    const out = flags.out ?? `assay_evidence_${runId}.tar.gz`;
    try {
      writeBundle(resolve(process.cwd(), out), events);
    } catch (e) {
      if (e instanceof BundleError) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new InfraError('E_IO_ERROR', `cannot write ${out} (${code})`, { source: 'cli', nextStepValues: { path: out } });
    }
    err(`Exported evidence bundle to ${fileRef(out).display}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}
