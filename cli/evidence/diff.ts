// `assay evidence diff <BASELINE> <CANDIDATE> [--format text|json|markdown] [--fail-on-added]`, or against
// `--baseline-dir DIR --key KEY`, or `--write-baseline [--update-baseline]`.
import type { Command } from 'commander';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripControls } from '../../src/core/render/safe-text.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { readBundleFile, readBundleStream } from '../../src/core/evidence/source.js';
import { diffBundles, diffMarkdown, diffSide, diffText, hasAdditions, type DiffSide } from '../../src/core/evidence/diff.js';
import { verifyBundleBytes } from '../../src/core/evidence/verify.js';
import { writeFileAtomic } from '../../src/core/evidence/writer.js';
import type { EvidenceLimits } from '../../src/core/evidence/limits.js';
import { InfraError } from '../../src/core/errors.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { loadLimits, printVerifyFailure, usage, verifyFailureJson } from './common.js';
import { makeDirs } from '../../src/core/util/make-dirs.js';

interface Flags {
  format: string;
  failOnAdded?: boolean;
  baselineDir?: string;
  key?: string;
  writeBaseline?: boolean;
  updateBaseline?: boolean;
  limits?: string;
  output?: string;
}

export function registerDiff(parent: Command): void {
  parent
    .command('diff')
    .description('Compare the network, filesystem and process subjects of two verified bundles')
    .argument('<BUNDLE...>', 'BASELINE CANDIDATE, or CANDIDATE with --baseline-dir/--key')
    .option('-f, --format <format>', 'text | json | markdown (human = text)', 'text')
    .option('--fail-on-added', 'exit 1 when any category has additions')
    .option('--baseline-dir <dir>', 'directory of stored baselines')
    .option('--key <key>', 'baseline key (the file is <dir>/<key>.tar.gz)')
    .option('--write-baseline', 'verify CANDIDATE and store it as the baseline')
    .option('--update-baseline', 'with --write-baseline: replace an existing baseline')
    .option('--limits <file>', 'JSON object overriding reader limits')
    .option('-o, --output <file>', 'write the JSON/Markdown document here instead of stdout')
    .exitOverride()
    .action(async (bundles: string[], flags: Flags) => {
      process.exitCode = await runDiff(bundles, flags);
    });
}

/** non-empty; no `/`, `\`, `..`, leading `.`, or control characters. */
export function checkBaselineKey(key: string | undefined): string {
  if (key === undefined || key === '') throw usage('--key is required with --baseline-dir (a non-empty name)');
  if (key.includes('/') || key.includes('\\') || key.includes('..') || key.startsWith('.') || /[\u0000-\u001f\u007f-\u009f]/.test(key)) {
    throw usage(`invalid --key ${JSON.stringify(key)}: no "/", "\\", "..", leading "." or control characters`);
  }
  return key;
}

async function readSide(given: string, limits: EvidenceLimits): Promise<{ display: string; bytes: Uint8Array }> {
  const display = given === '-' ? '-' : fileRef(given).display;
  const bytes = given === '-' ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-') : readBundleFile(fileRef(given).path, limits.max_bundle_bytes, display);
  return { display, bytes };
}

async function runDiff(bundles: string[], flags: Flags): Promise<number> {
  let json = flags.format === 'json';
  try {
    const format = flags.format === 'human' ? 'text' : flags.format;
    if (!['text', 'json', 'markdown'].includes(format)) throw usage(`invalid --format "${flags.format}" (allowed: text, human, json, markdown)`);
    json = format === 'json';
    const limits = loadLimits(flags.limits);
    const withDir = flags.baselineDir !== undefined;
    if (flags.updateBaseline && !flags.writeBaseline) throw usage('--update-baseline needs --write-baseline');
    if (flags.writeBaseline && !withDir) throw usage('--write-baseline needs --baseline-dir and --key');
    if (withDir ? bundles.length !== 1 : bundles.length !== 2) {
      throw usage(withDir ? 'with --baseline-dir give exactly one bundle (the candidate)' : 'give BASELINE and CANDIDATE bundles');
    }
    if (!withDir && flags.key !== undefined) throw usage('--key needs --baseline-dir');

    let display = bundles[0]!;
    try {
      if (flags.writeBaseline) {
        const key = checkBaselineKey(flags.key);
        const cand = await readSide(bundles[0]!, limits);
        display = cand.display;
        await verifyBundleBytes(cand.bytes, { limits, bundleLabel: cand.display });
        const target = join(flags.baselineDir!, `${key}.tar.gz`);
        if (existsSync(target) && !flags.updateBaseline) throw usage(`baseline ${fileRef(target).display} exists; pass --update-baseline to replace it`);
        try {
          makeDirs(flags.baselineDir!);
          writeFileAtomic(target, cand.bytes);
        } catch (e) {
          throw new InfraError('E_IO_ERROR', `cannot write ${fileRef(target).display} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { source: 'cli', nextStepValues: { path: target } });
        }
        err(`Baseline written: ${fileRef(target).display}`);
        return 0;
      }
      let basePath: string;
      let candPath: string;
      if (withDir) {
        basePath = join(flags.baselineDir!, `${checkBaselineKey(flags.key)}.tar.gz`);
        candPath = bundles[0]!;
      } else {
        basePath = bundles[0]!;
        candPath = bundles[1]!;
      }
      const sides: DiffSide[] = [];
      for (const p of [basePath, candPath]) {
        const s = await readSide(p, limits);
        display = s.display;
        sides.push(await diffSide(s.bytes, { limits, bundleLabel: s.display }));
      }
      const report = diffBundles(sides[0]!, sides[1]!);
      const exit = flags.failOnAdded && hasAdditions(report) ? 1 : 0;
      const clean = (s: string) => stripControls(s);
      if (format === 'json') emitArtefact(jsonText(report), flags.output);
      else if (format === 'markdown') emitArtefact(diffMarkdown(report, clean), flags.output);
      else err(diffText(report, clean).trimEnd());
      return exit;
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      printVerifyFailure(e, display);
      if (json) emitArtefact(jsonText({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
      return 2;
    }
  } catch (e) {
    return reportError(e, { json });
  }
}
