// `assay generate` (docs/authoring.md): a policy learned from behaviour. Runtime events give the
// runtime policy document; tool-call traces give a least-privilege v2 tool policy. Exactly one
// source: one run (`-i`) or a profile of many runs (`--profile`).
import { UsageError, type Diagnostic } from '../errors.js';
import type { TraceInput } from '../coverage/read-calls.js';
import type { Profile } from '../profile/model.js';
import { toolStatOf } from '../profile/update.js';
import type { InputKind } from './input-kind.js';
import { observe } from './observe.js';
import { runtimePolicyFromEvents, runtimePolicyFromProfile, runtimePolicyText, type ProfileEntryStats, type RuntimeKind } from './runtime-policy.js';
import { DEFAULT_STABILITY, type StabilityMethod, type StabilityOptions } from './stability.js';
import { buildToolPolicy, toolPolicyText, type ObservedTool } from './tool-policy.js';
import { DEFAULT_ENTROPY_THRESHOLD } from './heuristics.js';

export { DEFAULT_STABILITY, placeEntry, wilsonLowerBound, laplace, type StabilityOptions, type StabilityMethod, type Placement } from './stability.js';
export { parseRuntimeEvents, RUNTIME_EVENT_TYPES, type RuntimeEvents } from './runtime-events.js';
export { runtimePolicyFromEvents, runtimePolicyFromProfile, runtimePolicyText, type RuntimePolicyDoc } from './runtime-policy.js';
export { buildToolPolicy, toolPolicyText, escapeRegex, TRAVERSAL_PATTERN } from './tool-policy.js';
export { ToolStatsBuilder, mergeToolStat, type ToolStat, type ArgStat } from './tool-stats.js';
export { sniffText, sniffFile, type InputKind } from './input-kind.js';
export { observe, type Observations } from './observe.js';
export { judgePath, judgeDest, shannonBits, dangerousPattern, DANGEROUS_TOOL_PATTERNS, DEFAULT_ENTROPY_THRESHOLD } from './heuristics.js';
export { emitYaml, pathKey, commentText } from './yaml-emit.js';

export interface GenerateOptions {
  input?: TraceInput;
  profile?: { profile: Profile; display: string };
  kind?: 'auto' | InputKind;
  name?: string;
  format?: 'yaml' | 'json';
  heuristics?: boolean;
  entropyThreshold?: number;
  stability?: Partial<StabilityOptions>;
  strict?: boolean;
  /** `_meta.generated_at` of runtime documents, from the caller's clock (reproducible mode aware). */
  generatedAt: string;
}

export interface GenerateResult {
  kind: InputKind;
  text: string;
  /** Unique keys (runtime) or tools considered. */
  unique: number;
  /** Events (runtime) or calls read; profile: hits over all runs. */
  events: number;
  allow: number;
  needs_review: number;
  deny: number;
  warnings: Diagnostic[];
}

const usage = (m: string): UsageError => new UsageError('E_INVALID_ARGS', m, { source: 'cli' });

/** Range checks (bad args → 2 E_INVALID_ARGS). */
export function checkGenerateOptions(o: { entropyThreshold?: number; stability?: Partial<StabilityOptions> }): StabilityOptions {
  const s: StabilityOptions = { ...DEFAULT_STABILITY, ...o.stability };
  const inUnit = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!inUnit(s.minStability)) throw usage(`--min-stability must be in [0, 1] (got ${s.minStability})`);
  if (!inUnit(s.reviewThreshold)) throw usage(`--review-threshold must be in [0, 1] (got ${s.reviewThreshold})`);
  if (s.reviewThreshold > s.minStability) throw usage(`--review-threshold (${s.reviewThreshold}) must not exceed --min-stability (${s.minStability})`);
  if (!(Number.isFinite(s.alpha) && s.alpha > 0)) throw usage(`--alpha must be > 0 (got ${s.alpha})`);
  if (!(Number.isFinite(s.wilsonZ) && s.wilsonZ > 0)) throw usage(`--wilson-z must be > 0 (got ${s.wilsonZ})`);
  if (!(Number.isSafeInteger(s.minRuns) && s.minRuns >= 0)) throw usage(`--min-runs must be a non-negative integer (got ${s.minRuns})`);
  if (s.method !== 'laplace' && s.method !== 'wilson') throw usage(`--stability-method must be laplace or wilson (got ${String(s.method as StabilityMethod)})`);
  const e = o.entropyThreshold ?? DEFAULT_ENTROPY_THRESHOLD;
  if (!(Number.isFinite(e) && e > 0)) throw usage(`--entropy-threshold must be > 0 (got ${e})`);
  return s;
}

function profileKind(p: Profile, asked: 'auto' | InputKind | undefined): InputKind {
  if (asked === 'runtime' || asked === 'tool') return asked;
  const runtime = Object.keys(p.entries.files).length + Object.keys(p.entries.network).length + Object.keys(p.entries.processes).length;
  const tools = Object.keys(p.entries.tools ?? {}).length;
  if (runtime > 0 && tools > 0) throw usage('the profile holds both runtime and tool-call entries: pass --kind runtime or --kind tool');
  return tools > 0 ? 'tool' : 'runtime';
}

export async function generatePolicy(o: GenerateOptions): Promise<GenerateResult> {
  if ((o.input === undefined) === (o.profile === undefined)) throw usage('give exactly one of --input/-i or --profile');
  const stability = checkGenerateOptions(o);
  const name = o.name ?? 'Generated Policy';
  const format = o.format ?? 'yaml';
  const heuristics = o.heuristics ?? false;
  const entropyThreshold = o.entropyThreshold ?? DEFAULT_ENTROPY_THRESHOLD;

  if (o.input) {
    const obs = await observe(o.input, { kind: o.kind ?? 'auto', strict: o.strict ?? false, entropyThreshold });
    if (obs.kind === 'runtime') {
      const r = runtimePolicyFromEvents(obs.events, { name, generatedAt: o.generatedAt, heuristics, entropyThreshold });
      return { kind: 'runtime', text: runtimePolicyText(r.doc, format), unique: r.counts.unique, events: obs.eventCount, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: obs.warnings };
    }
    const r = buildToolPolicy({ tools: obs.stats.tools, calls: obs.stats.calls, entries: obs.stats.entries, source: o.input.display }, { name, heuristics });
    return { kind: 'tool', text: toolPolicyText(r, format), unique: r.counts.unique, events: obs.eventCount, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: obs.warnings };
  }

  const { profile, display } = o.profile!;
  const kind = profileKind(profile, o.kind);
  if (kind === 'runtime') {
    const view = {
      total_runs: profile.total_runs,
      entries: Object.fromEntries(
        (['files', 'network', 'processes'] as RuntimeKind[]).map((k) => [k, new Map<string, ProfileEntryStats>(Object.entries(profile.entries[k]))]),
      ) as Record<RuntimeKind, Map<string, ProfileEntryStats>>,
    };
    const r = runtimePolicyFromProfile(view, { name, generatedAt: o.generatedAt, heuristics, entropyThreshold, stability });
    const hits = (['files', 'network', 'processes'] as RuntimeKind[]).reduce((n, k) => n + Object.values(profile.entries[k]).reduce((m, e) => m + e.hits_total, 0), 0);
    return { kind, text: runtimePolicyText(r.doc, format), unique: r.counts.unique, events: hits, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: [] };
  }
  const tools = new Map<string, ObservedTool>();
  let calls = 0;
  for (const [n, e] of Object.entries(profile.entries.tools ?? {})) {
    const t = toolStatOf(e);
    tools.set(n, t);
    calls += t.calls;
  }
  const r = buildToolPolicy({ tools, calls, source: display, profile: { totalRuns: profile.total_runs, stability } }, { name, heuristics });
  return { kind, text: toolPolicyText(r, format), unique: r.counts.unique, events: calls, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: [] };
}
