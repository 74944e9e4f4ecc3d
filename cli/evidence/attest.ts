// `assay evidence attest` and `evidence verify --attestation` (04 §13).
import type { EvidenceLimits } from '../../src/core/evidence/limits.js';

export interface VerifyAttestationArgs {
  bundle: string;
  attestation: string;
  publicKey: string;
  limits: EvidenceLimits;
  json: boolean;
  output?: string;
}

export async function verifyAttestationCli(_args: VerifyAttestationArgs): Promise<number> {
  throw new Error('not implemented yet');
}
