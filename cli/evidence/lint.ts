// `assay evidence lint <BUNDLE> [--format text|json|sarif] [--fail-on …] [--pack a,b] [--explain ID]
//  [--max-results N] [--output FILE] [--category C] [--limits FILE]`.
import type { Command } from 'commander';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../../src/core/version.js';
import { REASON_CODE_VERSION } from '../../src/core/outcome/reason-codes.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { readBundleFile, readBundleStream } from '../../src/core/evidence/source.js';
import { lintBundleBytes, lintGates } from '../../src/core/evidence/lint/engine.js';
import { loadPacks } from '../../src/core/evidence/lint/load.js';
import { BUILTIN_PACKS, DEFAULT_PACK } from '../../src/core/evidence/packs/index.js';
import { explainRule } from '../../src/core/evidence/lint/explain.js';
import { lintJson, lintSarif, lintText } from '../../src/core/evidence/lint/report.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { parseFailOn, parseFormat } from '../options.js';
import { checkoutRoot, fileRef } from '../paths.js';
import { displayPath } from '../../src/core/util/paths.js';
import { loadLimits, printVerifyFailure, usage, verifyFailureJson } from './common.js';

interface Flags {
  format: string;
  failOn: string;
  pack?: string;
  explain?: string;
  maxResults: string;
  output?: string;
  category: string;
  limits?: string;
}

export function registerLint(parent: Command): void {
  parent
    .command('lint')
    .description('Lint a verified evidence bundle with the built-in rules and packs')
    .argument('[BUNDLE]', 'bundle .tar.gz, or - for stdin')
    .option('-f, --format <format>', 'text | json | sarif', 'text')
    .option('--fail-on <level>', 'error | warn | info | none', 'error')
    .option('--pack <packs>', `comma-separated packs: built-in names (${Object.keys(BUILTIN_PACKS).join(', ')}) or pack files`)
    .option('--explain <rule>', 'explain a rule (no bundle needed)')
    .option('--max-results <n>', 'cap on findings shown (text and JSON)', '500')
    .option('-o, --output <file>', 'write the JSON/SARIF document here instead of stdout')
    .option('--category <name>', 'SARIF category', 'assay-evidence/lint')
    .option('--limits <file>', 'JSON object overriding reader limits')
    .exitOverride()
    .action(async (bundle: string | undefined, flags: Flags) => {
      process.exitCode = await runLint(bundle, flags);
    });
}

export function packConfigDir(): string {
  const xdg = process.env.XDG_CONFIG_HOME;
  return join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.config'), 'assay', 'packs');
}

function packRefs(flag: string | undefined): { refs: string[]; isDefault: boolean } {
  if (flag === undefined) return { refs: [DEFAULT_PACK], isDefault: true };
  const refs = flag.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (refs.length === 0) throw usage('--pack needs at least one pack');
  return { refs, isDefault: false };
}

async function runLint(bundle: string | undefined, flags: Flags): Promise<number> {
  let json = flags.format === 'json';
  try {
    const format = parseFormat(flags.format, ['text', 'json', 'sarif']);
    json = format === 'json';
    const failOn = parseFailOn(flags.failOn);
    if (!/^[0-9]+$/.test(flags.maxResults) || Number(flags.maxResults) < 1) throw usage(`invalid --max-results "${flags.maxResults}" (a positive integer)`);
    const maxResults = Number(flags.maxResults);
    const { refs, isDefault } = packRefs(flags.pack);
    const resolveOpts = { cwd: process.cwd(), configDir: packConfigDir(), display: (abs: string) => displayPath(abs, checkoutRoot(), process.cwd()) };

    if (flags.explain !== undefined) {
      // Built-in packs are always searchable; --pack adds files.
      const all = loadPacks([...new Set([...Object.keys(BUILTIN_PACKS), ...(flags.pack !== undefined ? refs : [])])], resolveOpts).packs;
      const r = explainRule(flags.explain, all);
      if (!r.ok) {
        err(`error: ${r.message}`);
        return 1;
      }
      process.stdout.write(r.text);
      return 0;
    }
    if (bundle === undefined) throw usage('missing BUNDLE (or use --explain RULE_ID)');
    const limits = loadLimits(flags.limits);
    const { packs, warnings } = loadPacks(refs, resolveOpts);
    for (const w of warnings) err(`warning: ${w}`);

    const display = bundle === '-' ? '-' : fileRef(bundle).display;
    let report;
    try {
      const bytes = bundle === '-' ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-') : readBundleFile(fileRef(bundle).path, limits.max_bundle_bytes, display);
      report = await lintBundleBytes(bytes, { packs, limits, maxResults: format === 'sarif' ? null : maxResults, bundleLabel: display });
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      printVerifyFailure(e, display, 'Verification failed: bundle verification failed');
      if (json) emitArtefact(jsonText({ schema: 'assay.error.v1', schema_version: 1, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
      return 2;
    }
    const exit = lintGates(report.findings, failOn) ? 1 : 0;
    if (format === 'text') {
      err(lintText(report, { defaultPack: isDefault }).trimEnd());
    } else if (format === 'json') {
      emitArtefact(jsonText({ ...lintJson(report, VERSION), exit_code: exit, reason_code_version: REASON_CODE_VERSION, reason_code: exit ? 'E_POLICY_VIOLATION' : '' }), flags.output);
      err(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
    } else {
      const s = lintSarif({ report, packs, bundlePath: display, version: VERSION, category: flags.category, exitCode: exit });
      emitArtefact(s.text, flags.output);
      if (s.omitted) err(`warning W_SARIF_TRUNCATED: ${s.omitted} results omitted to fit GitHub code scanning limits`);
      err(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
    }
    return exit;
  } catch (e) {
    return reportError(e, { json });
  }
}
