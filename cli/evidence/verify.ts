// `assay evidence verify [BUNDLE|-] [--format text|json] [--limits FILE] [--attestation F --public-key P.pem]`.
import type { Command } from 'commander';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { parseFormat } from '../options.js';
import { loadLimits, openBundle, printVerifyFailure, usage, verifiedJson, verifyFailureJson } from './common.js';
import { verifyAttestationCli } from './attest.js';

interface Flags {
  format: string;
  limits?: string;
  attestation?: string;
  publicKey?: string;
  output?: string;
}

export function registerVerify(parent: Command): void {
  parent
    .command('verify')
    .description('Verify an evidence bundle (integrity, contract, limits); optionally its attestation')
    .argument('[BUNDLE]', 'bundle .tar.gz, or - for stdin', '-')
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--limits <file>', 'JSON object overriding reader limits')
    .option('--attestation <file>', 'DSSE envelope from `assay evidence attest` to check against the bundle')
    .option('--public-key <file>', 'Ed25519 public key (PEM) for --attestation')
    .option('-o, --output <file>', 'write the JSON document here instead of stdout')
    .exitOverride()
    .action(async (bundle: string, flags: Flags) => {
      process.exitCode = await runVerify(bundle, flags);
    });
}

async function runVerify(bundle: string, flags: Flags): Promise<number> {
  let json = flags.format === 'json';
  try {
    const format = parseFormat(flags.format, ['text', 'json']);
    json = format === 'json';
    if ((flags.attestation === undefined) !== (flags.publicKey === undefined)) throw usage('--attestation and --public-key go together');
    const limits = loadLimits(flags.limits);
    if (flags.attestation !== undefined) {
      return await verifyAttestationCli({ bundle, attestation: flags.attestation, publicKey: flags.publicKey!, limits, json, output: flags.output });
    }
    let opened;
    try {
      opened = await openBundle(bundle, limits);
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      const display = bundle === '-' ? '-' : bundle;
      printVerifyFailure(e, display);
      if (json) {
        emitArtefact(jsonText({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...verifyFailureJson(e) }), flags.output);
      }
      return 2;
    }
    const r = opened.result;
    const where = opened.display === '-' ? 'stdin' : opened.display;
    err(`Bundle verified (${where}): OK`);
    if (r.trailing_bytes > 0) err(`warning: ${r.trailing_bytes} bytes after the gzip member were ignored`);
    if (json) {
      emitArtefact(
        jsonText(verifiedJson(opened.display, r)),
        flags.output,
      );
    }
    return 0;
  } catch (e) {
    return reportError(e, { json });
  }
}
