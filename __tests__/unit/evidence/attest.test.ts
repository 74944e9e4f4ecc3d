// the worked example (RFC 8032 test-1 key over the archive) and every verification check.
import { describe, expect, it } from 'vitest';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { attestBundle, buildStatement, keyId, loadPrivateKey, loadPublicKey, pae, signStatement, verifyAttestation, PAYLOAD_TYPE, LEGACY_PREDICATE_TYPE } from '../../../src/core/evidence/attest.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { UsageError } from '../../../src/core/errors.js';
import { demoEvents, manyEvents } from './helpers.js';

const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const KEY = createPrivateKey({ key: Buffer.from('302e020100300506032b657004220420' + SEED, 'hex'), format: 'der', type: 'pkcs8' });
const PUB = createPublicKey(KEY);
const ARCHIVE = buildBundle(demoEvents()).archive;
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('attest: worked example', () => {
  it('keyid, statement, PAE and signature', async () => {
    expect(Buffer.from(PUB.export({ type: 'spki', format: 'der' })).toString('hex')).toBe('302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    expect(keyId(KEY)).toBe('sha256:06e3fd8fda29bb60ab59557de61edb0aecdb231134be30e75b455f8e1b792fa9');
    const { envelope, statement } = await attestBundle(ARCHIVE, KEY);
    const jcs = canonicalize(statement);
    expect(Buffer.byteLength(jcs)).toBe(655);
    expect(sha(jcs)).toBe('feb0ff6af868077a7ba4353d39a72d2c057dc84d0b14a76391b6b59e0aff4147');
    expect(statement).toMatchObject({
      subject: [{ name: 'sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf', digest: { sha256: 'df2d1468fdef7ed4d9fd3abbad84b3070b6f93ed92a1520f2f582b8bf3dfe9d3' } }],
      predicate: { run: { producer: { git: '' }, time_window: { start: '2026-01-15T09:30:00Z', end: '2026-01-15T09:30:00.250Z' } } },
    });
    const p = pae(PAYLOAD_TYPE, Buffer.from(jcs));
    expect(Buffer.from(p.subarray(0, 43)).toString()).toBe('DSSEv1 28 application/vnd.in-toto+json 655 ');
    expect(sha(p)).toBe('ac0b7415254c2eb3ba285a88075b6346f247d11dbef3914637a77945f3e538c8');
    expect(envelope.signatures).toEqual([
      { keyid: 'sha256:06e3fd8fda29bb60ab59557de61edb0aecdb231134be30e75b455f8e1b792fa9', sig: 'QlTnvmXIN9Sl5buN9NZg2SufFbKtwlsAY2l80xr/huIatygqFbYbccmMF7lqCoQw+C7kt21MtUWOw/46IafODg==' },
    ]);
    expect(Buffer.from(envelope.payload, 'base64').toString()).toBe(jcs);
  });

  it('keys: PKCS#8 Ed25519 only', () => {
    const pem = KEY.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(loadPrivateKey(pem).asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => loadPrivateKey(rsa)).toThrow(UsageError);
    expect(() => loadPrivateKey('garbage')).toThrow(UsageError);
    expect(loadPublicKey(PUB.export({ type: 'spki', format: 'pem' }).toString()).asymmetricKeyType).toBe('ed25519');
  });

  it('refuses to attest a bundle that does not verify', async () => {
    const bad = Buffer.from(ARCHIVE);
    bad[bad.length - 5]! ^= 1;
    await expect(attestBundle(bad, KEY)).rejects.toBeInstanceOf(BundleError);
  });
});

async function check(envelope: unknown, bundle: Uint8Array = ARCHIVE, pub = PUB): Promise<string> {
  try {
    await verifyAttestation(typeof envelope === 'string' ? envelope : JSON.stringify(envelope), pub, bundle);
    return 'OK';
  } catch (e) {
    if (e instanceof BundleError) return e.code;
    throw e;
  }
}

describe('verify --attestation', async () => {
  const { envelope, statement } = await attestBundle(ARCHIVE, KEY);
  const resign = (st: unknown) => signStatement(st, KEY);
  const r = await verifyBundleBytes(ARCHIVE);

  it('accepts the genuine envelope, with or without keyid', async () => {
    expect(await check(envelope)).toBe('OK');
    expect(await check({ ...envelope, signatures: [{ sig: envelope.signatures[0]!.sig }] })).toBe('OK');
    expect(await check({ ...envelope, signatures: [{ keyid: 'sha256:other', sig: 'AAAA' }, envelope.signatures[0]] })).toBe('OK');
  });

  it('checks 1–7 in order', async () => {
    expect(await check('not json')).toBe('AttestationEnvelope');
    expect(await check({ ...envelope, signatures: [] })).toBe('AttestationEnvelope');
    expect(await check({ ...envelope, payload: '%%%' })).toBe('AttestationEnvelope');
    expect(await check({ ...envelope, payloadType: 'application/json' })).toBe('AttestationPayloadType');
    expect(await check({ ...envelope, signatures: [{ ...envelope.signatures[0], keyid: 'sha256:' + '0'.repeat(64) }] })).toBe('AttestationSignature');
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(await check(envelope, ARCHIVE, other)).toBe('AttestationSignature');
    const tampered = { ...envelope, payload: Buffer.from(canonicalize({ ...statement, x: 1 })).toString('base64') };
    expect(await check(tampered)).toBe('AttestationSignature');
    expect(await check(resign({ ...statement, _type: 'https://in-toto.io/Statement/v0.1' }))).toBe('AttestationStatementType');
    expect(await check(resign({ ...statement, predicateType: LEGACY_PREDICATE_TYPE }))).toBe('AttestationLegacyV0');
    expect(await check(resign({ ...statement, predicateType: 'https://example.com/x' }))).toBe('AttestationPredicateType');
    const s0 = (statement.subject as Array<Record<string, unknown>>)[0]!;
    expect(await check(resign({ ...statement, subject: [s0, s0] }))).toBe('AttestationSubject');
    expect(await check(resign({ ...statement, subject: [{ ...s0, digest: { sha256: 'x', sha512: 'y' } }] }))).toBe('AttestationSubject');
    expect(await check(resign({ ...statement, predicate: { ...(statement.predicate as object), schema_version: 2 } }))).toBe('AttestationPredicateType');
  });

  it('checks 8–11: the bundle, its bytes, its id, every predicate field', async () => {
    const bad = Buffer.from(ARCHIVE);
    bad[bad.length - 5]! ^= 1;
    expect(await check(envelope, bad)).toBe('IntegrityGzip');
    // Same members re-packed by another writer: same bundle_id, different bytes.
    const { gzipSync } = await import('node:zlib');
    const { gunzipSync } = await import('node:zlib');
    const repacked = gzipSync(gunzipSync(ARCHIVE), { level: 1 });
    expect(await check(envelope, repacked)).toBe('AttestationSubjectDigest');
    const s0 = (statement.subject as Array<Record<string, unknown>>)[0]!;
    expect(await check(resign({ ...statement, subject: [{ ...s0, name: 'sha256:' + '1'.repeat(64) }] }))).toBe('AttestationSubjectName');
    const wrongRun = JSON.parse(JSON.stringify(statement));
    wrongRun.predicate.run.event_count = 3;
    try {
      await verifyAttestation(JSON.stringify(resign(wrongRun)), PUB, ARCHIVE);
      expect.unreachable();
    } catch (e) {
      expect((e as BundleError).code).toBe('AttestationPredicateMismatch');
      expect((e as BundleError).message).toBe('Predicate field predicate.run.event_count does not match the bundle');
    }
    const extra = JSON.parse(JSON.stringify(statement));
    extra.predicate.run.note = 'x';
    expect(await check(resign(extra))).toBe('AttestationPredicateMismatch');
    // Another bundle entirely.
    expect(await check(envelope, buildBundle(manyEvents(3)).archive)).toBe('AttestationSubjectDigest');
    expect(buildStatement(r)).toEqual(statement);
  });
});
