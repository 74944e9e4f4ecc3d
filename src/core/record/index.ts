// `assay record` core (docs/record.md): observations → the generate/record document, a sandbox policy
// and a profile. Pure: the caller runs the tracer, resolves symlinks and supplies clock values.
export { parseObservations, observationOf, succeeded, type Observation, type FileAccess, type ParsedObservations } from './observations.js';
export { aggregate, summarizeAccess, tcpPortOf, type Aggregate, type FileStats, type NetStats, type KeyStats, type AggregateOptions } from './aggregate.js';
export { recordDocument, type RecordDocument, type RecordEntry } from './document.js';
export { recordSandboxPolicy, sandboxPolicyText, type RecordedSandboxPolicy, type SandboxPolicyOptions, type Grant } from './sandbox-policy.js';
export { profileFromAggregate } from './profile.js';
