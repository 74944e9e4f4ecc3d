// `--evidence-out`: an evidence bundle of what ran under the sandbox (the command, the env filter by key
// names only, every degradation, the outcome), written by the one evidence writer.
import { createHash } from 'node:crypto';
import { writeBundle, type EventInput } from '../../core/evidence/writer.js';
import type { Plan } from '../../core/sandbox/plan.js';
import { ruleCounts } from '../../core/sandbox/plan.js';
import { VERSION } from '../../core/version.js';
import type { EnvFilterResult, EnvMode } from '../env-filter.js';

export interface Degradation {
  reason_code: 'backend_unavailable' | 'policy_conflict';
  degradation_mode: 'audit_fallback';
  component: 'landlock';
  detail?: string;
}

export interface SandboxEvidenceInput {
  command: readonly string[];
  executable: string | undefined;
  policyName: string;
  contained: boolean;
  abi: number;
  envMode: EnvMode;
  env: EnvFilterResult;
  degradations: readonly Degradation[];
  exitCode: number;
  timedOut: boolean;
  plan: Plan;
  now: () => Date;
}

const PHASE = 'urn:assay:phase:profile';
const SOURCE = 'urn:assay:sandbox';

export function sandboxEvidenceEvents(i: SandboxEvidenceInput): EventInput[] {
  const time = i.now().toISOString();
  const runId = `sandbox_${createHash('sha256').update(`${time}\0${i.command.join('\0')}`).digest('hex').slice(0, 16)}`;
  const out: EventInput[] = [];
  const push = (type: string, subject: string, data: unknown) => {
    const seq = out.length;
    out.push({
      specversion: '1.0',
      type,
      source: SOURCE,
      id: `${runId}:${seq}`,
      time,
      datacontenttype: 'application/json',
      subject,
      assayrunid: runId,
      assayseq: seq,
      assayproducer: 'assay',
      assayproducerversion: VERSION,
      assaygit: 'unknown',
      assaypii: false,
      assaysecrets: false,
      data,
    });
  };
  push('assay.profile.started', PHASE, { profile_name: i.policyName, profile_version: 'sandbox/1', total_runs_aggregated: 1 });
  push('assay.env.filtered', 'env', {
    mode: i.envMode,
    passed_keys: i.env.passed,
    dropped_keys: i.env.dropped,
    counters: { passed: i.env.passed.length, dropped: i.env.dropped.length, exec_stripped: i.env.execStripped.length },
  });
  for (const d of i.degradations) push('assay.sandbox.degraded', 'landlock', d);
  const cmd = i.executable ?? i.command[0] ?? '';
  push('assay.process.exec', cmd, { cmd, hits: 1 });
  const n = ruleCounts(i.plan);
  push('assay.profile.finished', PHASE, {
    files_count: 0,
    network_count: 0,
    processes_count: 1,
    sandbox_degradation_count: i.degradations.length,
    integrity_scope: 'sandbox-run',
    contained: i.contained,
    landlock_abi: i.abi,
    rules: n,
    exit_code: i.exitCode,
    timed_out: i.timedOut,
  });
  return out;
}

export function writeSandboxEvidence(path: string, i: SandboxEvidenceInput): void {
  writeBundle(path, sandboxEvidenceEvents(i));
}
