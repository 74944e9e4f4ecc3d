// Shared plumbing of the `assay evidence …` commands: limits, reading a bundle (file or stdin) under the
// byte ceiling, and the verify-failure report every bundle-reading command prints.
import { UsageError } from '../../src/core/errors.js';
import { REASON_CODE_VERSION } from '../../src/core/outcome/reason-codes.js';
import { parseLimitsJson, resolveLimits, type EvidenceLimits } from '../../src/core/evidence/limits.js';
import { readBundleFile, readBundleStream, BundleOpenError } from '../../src/core/evidence/source.js';
import { BundleError } from '../../src/core/evidence/verify-error.js';
import { verifyBundleBytes, type VerifyOptions, type VerifyResult } from '../../src/core/evidence/verify.js';
import { err } from '../output.js';
import { fileRef } from '../paths.js';
import { readTextStrict } from '../../src/core/util/read-text.js';

export function usage(message: string): UsageError {
  return new UsageError('E_INVALID_ARGS', message, { source: 'cli' });
}

/** `--limits FILE`: a JSON object with any subset of the eight keys; anything else is a usage error. */
export function loadLimits(file: string | undefined): EvidenceLimits {
  if (file === undefined) return resolveLimits();
  let text: string;
  try {
    text = readTextStrict(file, fileRef(file).display, 'E_INVALID_ARGS', { errorClass: UsageError, source: 'cli' });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw usage(`--limits ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseLimitsJson(text, fileRef(file).display);
}

export interface OpenedBundle {
  /** Path as shown in outputs (repo-relative), `-` for stdin. */
  display: string;
  result: VerifyResult;
}

/** Read (file or `-` = stdin) and verify. Throws BundleError / BundleOpenError. */
export async function openBundle(given: string, limits: EvidenceLimits, opts: Omit<VerifyOptions, 'limits'> = {}): Promise<OpenedBundle> {
  const stdin = given === '-';
  const display = stdin ? '-' : fileRef(given).display;
  const bytes = stdin
    ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-')
    : readBundleFile(fileRef(given).path, limits.max_bundle_bytes, display);
  const result = await verifyBundleBytes(bytes, { ...opts, limits, bundleLabel: display });
  return { display, result };
}

/** Read a bundle's raw bytes (attest needs the exact archive). */
export async function readBundleBytes(given: string, limits: EvidenceLimits): Promise<{ display: string; bytes: Uint8Array }> {
  const stdin = given === '-';
  const display = stdin ? '-' : fileRef(given).display;
  const bytes = stdin
    ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-')
    : readBundleFile(fileRef(given).path, limits.max_bundle_bytes, display);
  return { display, bytes };
}

/** The two stderr lines of a verify failure, then the next step. */
export function printVerifyFailure(e: BundleError, display: string, headline = 'fatal: bundle verification failed'): void {
  if (e instanceof BundleOpenError) {
    err(`fatal: failed to open bundle ${display}`);
    err(`  caused by: ${e.message}`);
  } else {
    err(headline);
    err(`  caused by: ${e.cause}`);
  }
  err(`Next: ${e.nextStep}`);
}

/** The `assay.evidence.verify.v1` document of a verified bundle; `extra` goes after `verified`. */
export function verifiedJson(bundle: string, r: VerifyResult, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'assay.evidence.verify.v1',
    schema_version: 1,
    bundle,
    verified: true,
    ...extra,
    bundle_id: r.bundle_id,
    run_id: r.run_id,
    event_count: r.event_count,
    run_root: r.run_root,
    archive_sha256: r.archive_sha256,
    trailing_bytes: r.trailing_bytes,
  };
}

/** The JSON error fields of a verify failure. */
export function verifyFailureJson(e: BundleError): Record<string, unknown> {
  return {
    exit_code: 2,
    reason_code_version: REASON_CODE_VERSION,
    reason_code: e.reasonCode,
    message: e.message,
    next_step: e.nextStep,
    error: { class: e.errorClass, code: e.code, entry: e.entry, seq: e.seq },
  };
}

export { BundleError };
