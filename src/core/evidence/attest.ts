// Attestations: an in-toto Statement v1 about the exact archive, signed as its JCS bytes inside a
// DSSE envelope with Ed25519 (node:crypto). Ed25519 is deterministic, so a key and a bundle give one envelope.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { UsageError } from '../errors.js';
import { canonicalize } from '../jcs.js';
import { BundleError, displayMemberPath, type VerifyCode } from './verify-error.js';
import { verifyBundleBytes, type VerifyResult } from './verify.js';
import type { EvidenceLimits } from './limits.js';
import { StrictJsonError, strictParse } from './strict-json.js';
import { jsonEqual } from './lint/match.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://docs.getassay.dev/attestation/evidence-bundle/v1';
export const LEGACY_PREDICATE_TYPE = 'https://assay.dev/attestation/evidence-bundle/v0';
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface Envelope {
  payload: string;
  payloadType: string;
  signatures: Array<{ keyid: string; sig: string }>;
}

/** The predicate derived from a verified bundle. */
export function derivePredicate(r: VerifyResult): Record<string, unknown> {
  const p = r.manifest.producer;
  return {
    schema_version: 1,
    semantic_equivalence: { algorithm: 'assay-run-root-v1', value: r.run_root },
    run: {
      run_id: r.run_id,
      event_count: r.event_count,
      producer: { name: p.name, version: p.version, git: typeof p.git === 'string' ? p.git : '' },
      time_window: { start: r.time_min, end: r.time_max },
    },
  };
}

export function buildStatement(r: VerifyResult): Record<string, unknown> {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: r.bundle_id, digest: { sha256: r.archive_sha256 } }],
    predicateType: PREDICATE_TYPE,
    predicate: derivePredicate(r),
  };
}

/** DSSE pre-authentication encoding: `DSSEv1 <len(type)> <type> <len(payload)> <payload>` (byte lengths). */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const head = Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `, 'utf8');
  return Buffer.concat([head, payload]);
}

/** `sha256:` + hex(sha256(SPKI DER)) of the public half. */
export function keyId(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return 'sha256:' + createHash('sha256').update(der).digest('hex');
}

function keyError(message: string): UsageError {
  return new UsageError('E_INVALID_ARGS', message, { source: 'cli' });
}

/** An Ed25519 private key from PKCS#8 PEM; anything else is refused. */
export function loadPrivateKey(pem: string, what = 'signing key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw keyError(`${what}: not a readable PKCS#8 PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw keyError(`${what}: not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown'})`);
  return key;
}

/** An Ed25519 public key from SPKI PEM (a private key's public half is accepted too). */
export function loadPublicKey(pem: string, what = 'public key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw keyError(`${what}: not a readable PEM public key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw keyError(`${what}: not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown'})`);
  return key;
}

export function signStatement(statement: unknown, key: KeyObject): Envelope {
  const payload = Buffer.from(canonicalize(statement), 'utf8');
  const sig = sign(null, pae(PAYLOAD_TYPE, payload), key);
  return { payload: payload.toString('base64'), payloadType: PAYLOAD_TYPE, signatures: [{ keyid: keyId(key), sig: sig.toString('base64') }] };
}

/** Verify the bundle (failure → its own BundleError), then sign the statement about it. */
export async function attestBundle(bytes: Uint8Array, key: KeyObject, opts: { limits?: Partial<EvidenceLimits>; bundleLabel?: string } = {}): Promise<{ envelope: Envelope; statement: Record<string, unknown>; result: VerifyResult }> {
  const result = await verifyBundleBytes(bytes, opts);
  const statement = buildStatement(result);
  return { envelope: signStatement(statement, key), statement, result };
}


function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The first path (dotted) where `actual` differs from `expected`, walking `expected`'s keys then extras. */
function firstDifference(expected: unknown, actual: unknown, path: string): string | undefined {
  if (isObj(expected) && isObj(actual)) {
    for (const k of Object.keys(expected)) {
      const d = firstDifference(expected[k], actual[k], path ? `${path}.${k}` : k);
      if (d !== undefined) return d;
    }
    for (const k of Object.keys(actual).sort()) if (!(k in expected)) return `${path ? `${path}.` : ''}${displayMemberPath(k)}`;
    return undefined;
  }
  return jsonEqual(expected, actual) ? undefined : path;
}

/**
 * `evidence verify B --attestation F --public-key P`: checks in order, first failure wins. Throws
 * BundleError (Attestation* codes, or the bundle's own code at step 8); resolves with the bundle's result.
 */
export async function verifyAttestation(
  envelopeText: string,
  publicKey: KeyObject,
  bundle: Uint8Array,
  opts: { limits?: Partial<EvidenceLimits>; bundleLabel?: string } = {},
): Promise<VerifyResult> {
  const fail: (code: VerifyCode, message: string) => never = (code, message) => {
    throw new BundleError(code, message, { bundle: opts.bundleLabel });
  };
  // 1. envelope shape
  let env: unknown;
  try {
    env = strictParse(envelopeText.replace(/^\uFEFF/, ''), { maxDepth: 16 }).value;
  } catch (e) {
    fail('AttestationEnvelope', `Envelope is not valid JSON${e instanceof StrictJsonError ? ` (${e.message})` : ''}`);
  }
  if (!isObj(env) || typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures) || env.signatures.length === 0) {
    fail('AttestationEnvelope', 'Envelope needs payload, payloadType and a non-empty signatures list');
  }
  if (!BASE64.test(env.payload)) fail('AttestationEnvelope', 'Envelope payload is not base64');
  const payload = Buffer.from(env.payload, 'base64');
  // 2. payload type
  if (env.payloadType !== PAYLOAD_TYPE) fail('AttestationPayloadType', `payloadType must be ${PAYLOAD_TYPE}`);
  // 3. a signature by this key over PAE
  const kid = keyId(publicKey);
  const message = pae(env.payloadType, payload);
  const ok = env.signatures.some((s) => {
    if (!isObj(s) || typeof s.sig !== 'string' || !BASE64.test(s.sig)) return false;
    if (s.keyid !== undefined && s.keyid !== null && s.keyid !== '' && s.keyid !== kid) return false;
    try {
      return verify(null, message, publicKey, Buffer.from(s.sig, 'base64'));
    } catch {
      return false;
    }
  });
  if (!ok) fail('AttestationSignature', `No signature verifies with key ${kid}`);
  // 4. statement
  let st: unknown;
  try {
    st = strictParse(new TextDecoder('utf-8', { fatal: true }).decode(payload), { maxDepth: 32 }).value;
  } catch {
    fail('AttestationStatementType', 'Payload is not a JSON in-toto statement');
  }
  if (!isObj(st) || st._type !== STATEMENT_TYPE) fail('AttestationStatementType', `Statement _type must be ${STATEMENT_TYPE}`);
  // 5. predicate type
  if (st.predicateType === LEGACY_PREDICATE_TYPE) fail('AttestationLegacyV0', 'Legacy v0 attestations (subject = run root) are not accepted');
  if (st.predicateType !== PREDICATE_TYPE) fail('AttestationPredicateType', `predicateType must be ${PREDICATE_TYPE}`);
  // 6. subject
  const subj = st.subject;
  if (!Array.isArray(subj) || subj.length !== 1 || !isObj(subj[0]) || typeof subj[0].name !== 'string' || !isObj(subj[0].digest)) {
    fail('AttestationSubject', 'Statement needs exactly one subject with a name and a digest');
  }
  const digest = subj[0].digest as Record<string, unknown>;
  if (Object.keys(digest).length !== 1 || typeof digest.sha256 !== 'string') fail('AttestationSubject', 'The subject needs exactly one digest, sha256');
  // 7. predicate schema version
  const pred = st.predicate;
  if (!isObj(pred) || pred.schema_version !== 1) fail('AttestationPredicateType', 'predicate.schema_version must be 1');
  // 8. the bundle itself
  const r = await verifyBundleBytes(bundle, opts);
  // 9–11. binding
  if (digest.sha256 !== r.archive_sha256) fail('AttestationSubjectDigest', 'The bundle bytes do not match the subject digest');
  if (subj[0].name !== r.bundle_id) fail('AttestationSubjectName', 'The subject name is not the bundle_id');
  const diff = firstDifference(derivePredicate(r), pred, 'predicate');
  if (diff !== undefined) fail('AttestationPredicateMismatch', `Predicate field ${diff} does not match the bundle`);
  return r;
}
