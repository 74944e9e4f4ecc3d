// `assay init --from-trace F [--heuristics]`: a runtime policy from one run's runtime events
// The implementation is `assay generate`'s (src/core/generate); init only delegates.
import { parseRuntimeEvents as parseEvents, type RuntimeEvents } from '../generate/runtime-events.js';
import { runtimePolicyFromEvents, runtimePolicyText } from '../generate/runtime-policy.js';

export type { RuntimeEvents };

/** Parse runtime-event JSONL. Bad lines are warnings (default); no valid event → E_TRACE_INVALID. */
export function parseRuntimeEvents(text: string, file: string): RuntimeEvents {
  return parseEvents(text, file);
}

export interface RuntimePolicyOptions {
  name?: string;
  /** ISO-8601 time for `_meta.generated_at`, from the caller's clock (reproducible mode aware). */
  generatedAt: string;
  heuristics: boolean;
}

export function runtimePolicyYaml(ev: RuntimeEvents, opts: RuntimePolicyOptions): string {
  const r = runtimePolicyFromEvents(ev, { name: opts.name ?? 'Generated Policy', generatedAt: opts.generatedAt, heuristics: opts.heuristics });
  return runtimePolicyText(r.doc, 'yaml');
}
