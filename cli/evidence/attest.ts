// `assay evidence attest --bundle B (--key K.pem | --key-env VAR) [--out F]` and
// `assay evidence verify B --attestation F --public-key P.pem`.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { REASON_CODE_VERSION } from '../../src/core/outcome/reason-codes.js';
import { InfraError, UsageError } from '../../src/core/errors.js';
import type { EvidenceLimits } from '../../src/core/evidence/limits.js';
import { attestBundle, loadPrivateKey, loadPublicKey, verifyAttestation } from '../../src/core/evidence/attest.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { writeFileAtomic } from '../../src/core/evidence/writer.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { loadLimits, printVerifyFailure, readBundleBytes, usage, verifiedJson, verifyFailureJson } from './common.js';
import { readTextStrict } from '../../src/core/util/read-text.js';

interface AttestFlags {
  bundle?: string;
  key?: string;
  keyEnv?: string;
  out?: string;
  predicate?: string;
  limits?: string;
}

export function registerAttest(parent: Command): void {
  parent
    .command('attest')
    .description('Sign an in-toto statement about a verified bundle (DSSE envelope, Ed25519)')
    .option('--bundle <file>', 'bundle .tar.gz to attest')
    .option('--key <file>', 'Ed25519 private key, PKCS#8 PEM')
    .option('--key-env <var>', 'environment variable holding the PEM private key')
    .option('--out <file>', 'write the envelope here (else stdout)')
    .option('--predicate <file>', 'refused: every predicate field is derived from the bundle')
    .option('--limits <file>', 'JSON object overriding reader limits')
    .exitOverride()
    .action(async (flags: AttestFlags) => {
      process.exitCode = await runAttest(flags);
    });
}

function readText(file: string, what: string): string {
  try {
    return readTextStrict(file, fileRef(file).display, 'E_INVALID_ARGS', { errorClass: UsageError, source: 'cli' });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw usage(`${what} ${fileRef(file).display}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

async function runAttest(flags: AttestFlags): Promise<number> {
  try {
    if (flags.predicate !== undefined) throw usage('--predicate is not accepted: every predicate field is derived from the bundle');
    if (flags.bundle === undefined) throw usage('--bundle is required');
    if ((flags.key === undefined) === (flags.keyEnv === undefined)) throw usage('give exactly one of --key FILE or --key-env VAR');
    let pem: string;
    if (flags.key !== undefined) pem = readText(flags.key, 'key');
    else {
      const v = process.env[flags.keyEnv!];
      if (v === undefined || v === '') throw usage(`--key-env ${flags.keyEnv}: the variable is not set`);
      pem = v;
    }
    const key = loadPrivateKey(pem);
    const limits = loadLimits(flags.limits);
    let display = flags.bundle;
    try {
      const src = await readBundleBytes(flags.bundle, limits);
      display = src.display;
      const { envelope } = await attestBundle(src.bytes, key, { limits, bundleLabel: src.display });
      const text = jsonText(envelope);
      if (flags.out !== undefined) {
        try {
          writeFileAtomic(resolve(process.cwd(), flags.out), Buffer.from(text, 'utf8'));
        } catch (e) {
          throw new InfraError('E_IO_ERROR', `cannot write ${flags.out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { source: 'cli', nextStepValues: { path: flags.out } });
        }
        err(`Attestation: ${fileRef(flags.out).display}`);
      } else process.stdout.write(text);
      return 0;
    } catch (e) {
      if (!(e instanceof BundleError)) throw e;
      printVerifyFailure(e, display, 'fatal: the bundle to attest does not verify');
      return 2;
    }
  } catch (e) {
    return reportError(e);
  }
}

export interface VerifyAttestationArgs {
  bundle: string;
  attestation: string;
  publicKey: string;
  limits: EvidenceLimits;
  json: boolean;
  output?: string;
}

/** `verify --attestation`: exit 0 when every check passes, else 2. */
export async function verifyAttestationCli(a: VerifyAttestationArgs): Promise<number> {
  const envelope = readText(a.attestation, 'attestation');
  const key = loadPublicKey(readText(a.publicKey, 'public key'));
  let display = a.bundle;
  try {
    const src = await readBundleBytes(a.bundle, a.limits);
    display = src.display;
    const r = await verifyAttestation(envelope, key, src.bytes, { limits: a.limits, bundleLabel: src.display });
    err(`Bundle verified (${display === '-' ? 'stdin' : display}): OK`);
    err(`Attestation verified (${fileRef(a.attestation).display}): OK`);
    if (a.json) {
      emitArtefact(
        jsonText(verifiedJson(display, r, { attestation: { file: fileRef(a.attestation).display, verified: true } })),
        a.output,
      );
    }
    return 0;
  } catch (e) {
    if (!(e instanceof BundleError)) return reportError(e, { json: a.json });
    printVerifyFailure(e, display, e.errorClass === 'Attestation' ? 'fatal: attestation verification failed' : 'fatal: bundle verification failed');
    if (a.json) {
      emitArtefact(jsonText({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...verifyFailureJson(e), reason_code_version: REASON_CODE_VERSION }), a.output);
    }
    return 2;
  }
}
