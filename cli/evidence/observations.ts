// `assay evidence export --observations FILE`: the events `assay record --events-out` keeps, as the
// one-run profile the profile export maps to bundle events (docs/record.md). The run id is derived from
// the file's bytes, so the same file always gives the same bundle.
import { createHash } from 'node:crypto';
import { ConfigError } from '../../src/core/errors.js';
import { aggregate, parseObservations, profileFromAggregate } from '../../src/core/record/index.js';
import { profileDocument } from '../../src/core/profile/model.js';

export function observationsProfile(text: string, display: string): Record<string, unknown> {
  const parsed = parseObservations(text, display);
  if (parsed.observations.length === 0) {
    const m = `${display}: no assay.observation.v1 event (file_open, net_connect, proc_exec)`;
    throw new ConfigError('E_CFG_PARSE', m, { source: 'config', context: { file: display }, diagnostics: [...parsed.warnings, { code: 'E_CFG_PARSE', severity: 'error', message: m, file: display, source: 'config' }] });
  }
  const runId = `obs_${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
  const agg = aggregate(parsed.observations);
  // Without timestamps in the events, the export needs --time or SOURCE_DATE_EPOCH (as for profiles).
  const p = profileFromAggregate(agg, { name: 'recorded run', runId, fallbackTime: '' });
  const doc = profileDocument(p);
  if (p.created_at === '') {
    delete doc.created_at;
    delete doc.updated_at;
  }
  return doc;
}
