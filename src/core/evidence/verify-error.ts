// Bundle verification errors: one code per failure, grouped in classes, each class mapped to one
// reason code. Messages never carry archive-controlled text except member paths, shown JSON-escaped and cut.
import { EvidenceError } from '../errors.js';
import type { ReasonCode } from '../outcome/reason-codes.js';

export type VerifyErrorClass = 'Integrity' | 'Contract' | 'Limits' | 'Security' | 'Attestation';

const CODES = {
  IntegrityManifestHash: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
  IntegrityEventHash: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
  IntegrityFileSizeMismatch: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
  IntegrityRunRootMismatch: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
  IntegrityGzip: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
  IntegrityTar: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
  IntegrityIo: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
  ContractSchemaVersion: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractFileOrder: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractMissingFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractDuplicateFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractUnexpectedFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractRunIdMismatch: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractBundleIdMismatch: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractSequenceGap: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractSequenceStart: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractInvalidJson: ['Contract', 'E_EVIDENCE_CONTRACT'],
  ContractInvalidEvent: ['Contract', 'E_EVIDENCE_CONTRACT'],
  LimitPathLength: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitFileSize: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitTotalEvents: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitLineBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitJsonDepth: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitBundleBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  LimitDecodeBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
  SecurityPathTraversal: ['Security', 'E_EVIDENCE_PATH_REJECTED'],
  AttestationEnvelope: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationPayloadType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationSignature: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationStatementType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationLegacyV0: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationPredicateType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationSubject: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationSubjectDigest: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationSubjectName: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
  AttestationPredicateMismatch: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
} as const satisfies Record<string, readonly [VerifyErrorClass, ReasonCode]>;

export type VerifyCode = keyof typeof CODES;

/** Reserved by name for enum parity with the reference, never produced. */
export const RESERVED_VERIFY_CODES = ['IntegrityZipBomb', 'ContractMissingManifest', 'ContractTimestampRegression', 'SecurityAbsolutePath'] as const;

export const VERIFY_CODES: readonly VerifyCode[] = Object.keys(CODES) as VerifyCode[];

export function verifyCodeClass(code: VerifyCode): VerifyErrorClass {
  return CODES[code][0];
}

export function verifyCodeReason(code: VerifyCode): ReasonCode {
  return CODES[code][1];
}

/** A verification failure: `code` (e.g. `IntegrityEventHash`), its class and reason code, where it happened. */
export class BundleError extends EvidenceError {
  readonly code: VerifyCode;
  readonly errorClass: VerifyErrorClass;
  /** Member path (already made display-safe) or null. */
  readonly entry: string | null;
  readonly seq: number | null;

  constructor(code: VerifyCode, message: string, where: { entry?: string | null; seq?: number | null; bundle?: string } = {}) {
    super(verifyCodeReason(code), message, {
      source: 'evidence',
      context: { verify_code: code },
      nextStepValues: { bundle: where.bundle },
    });
    this.code = code;
    this.errorClass = verifyCodeClass(code);
    this.entry = where.entry ?? null;
    this.seq = where.seq ?? null;
  }

  /** `<Class>: <message> (<Code>)` — the `caused by:` line of verify's text output. */
  get cause(): string {
    return `${this.errorClass}: ${this.message} (${this.code})`;
  }
}

/**
 * An archive-controlled member path for messages: JSON-escaped with every control and non-ASCII character as
 * `\uXXXX`, cut to 64 bytes.
 */
export function displayMemberPath(raw: Uint8Array | string): string {
  const s = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c === 0x22) piece = '\\"';
    else if (c === 0x5c) piece = '\\\\';
    else if (c < 0x20 || c >= 0x7f) piece = '\\u' + c.toString(16).padStart(4, '0');
    else piece = s[i]!;
    if (out.length + piece.length > 64) break;
    out += piece;
  }
  return out;
}
