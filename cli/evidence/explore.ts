// `assay evidence explore <BUNDLE> [--no-verify] [--max-events N] [--no-tui] [--type S] [--search S] [--seq N]
//  [--format text|json|html] [-o FILE]` and `assay evidence show <BUNDLE> [--format text|json] [--no-verify]`.
import type { Command } from 'commander';
import { VERSION } from '../../src/core/version.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import {
  DEFAULT_MAX_EVENTS,
  decodeKeys,
  filterRows,
  initialTui,
  loadExplore,
  sanitize,
  showJson,
  showText,
  tuiFrame,
  tuiReduce,
  type ExploreModel,
} from '../../src/core/evidence/explore.js';
import { exploreHtml } from '../../src/core/evidence/html.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { loadLimits, printVerifyFailure, readBundleBytes, usage, verifyFailureJson } from './common.js';

interface Flags {
  verify?: boolean;
  maxEvents: string;
  tui?: boolean;
  type?: string;
  search?: string;
  seq?: string;
  format: string;
  output?: string;
  limits?: string;
}

export function registerExplore(parent: Command): void {
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
    .action(async (bundle: string, flags: Flags) => {
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
    .action(async (bundle: string, flags: Flags) => {
      process.exitCode = await runExplore(bundle, { ...flags, maxEvents: String(DEFAULT_MAX_EVENTS), tui: false }, false);
    });
}

function posInt(v: string, flag: string, allowZero = false): number {
  if (!/^[0-9]+$/.test(v) || (!allowZero && Number(v) === 0)) throw usage(`invalid ${flag} "${v}"`);
  return Number(v);
}

async function runExplore(bundle: string, flags: Flags, interactive: boolean): Promise<number> {
  let json = flags.format === 'json';
  try {
    const allowed = interactive ? ['text', 'json', 'html'] : ['text', 'json'];
    if (!allowed.includes(flags.format)) throw usage(`invalid --format "${flags.format}" (allowed: ${allowed.join(', ')})`);
    json = flags.format === 'json';
    const maxEvents = posInt(flags.maxEvents, '--max-events');
    const seq = flags.seq !== undefined ? posInt(flags.seq, '--seq', true) : undefined;
    const limits = loadLimits(flags.limits);
    let display = bundle;
    let model: ExploreModel;
    try {
      const src = await readBundleBytes(bundle, limits);
      display = src.display;
      model = await loadExplore(src.bytes, { limits, verify: flags.verify !== false, maxEvents, bundleLabel: src.display });
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      printVerifyFailure(e, display);
      if (json) emitArtefact(jsonText({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
      return 2;
    }
    if (model.skipped > 0) err(`warning: ${model.skipped} events beyond --max-events ${maxEvents} were not loaded`);
    if (!model.verified) err('warning: UNVERIFIED (--no-verify): hashes were not checked');
    const filter = { ...(flags.type !== undefined ? { type: sanitize(flags.type, 200) } : {}), ...(flags.search !== undefined ? { search: sanitize(flags.search, 200) } : {}) };
    if (flags.format === 'json') {
      emitArtefact(jsonText(showJson(model, { ...filter, ...(seq !== undefined ? { seq } : {}) })), flags.output);
      return 0;
    }
    if (flags.format === 'html') {
      emitArtefact(exploreHtml(model, { bundlePath: display, toolVersion: VERSION }), flags.output);
      if (flags.output !== undefined) err(`Report written to ${flags.output}`);
      return 0;
    }
    const tty = process.stdout.isTTY === true && process.stdin.isTTY === true;
    if (!interactive || flags.tui === false || !tty || seq !== undefined || bundle === '-') {
      err(showText(model, { ...filter, ...(seq !== undefined ? { seq } : {}) }).trimEnd());
      return 0;
    }
    await runTui(model, filter);
    return 0;
  } catch (e) {
    return reportError(e, { json });
  }
}

/** The interactive view on raw-mode stdin; draws on the alternate screen of stdout. */
function runTui(model: ExploreModel, filter: { type?: string; search?: string }): Promise<void> {
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
    const onData = (buf: Buffer) => {
      for (const k of decodeKeys(buf.toString('utf8'))) {
        const count = filterRows(model.rows, { search: state.search, type: state.filter }).length;
        state = tuiReduce(state, k, count, page());
        if (state.quit) return finish();
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
