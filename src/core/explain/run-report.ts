// What `explain <test-id>` reads from the last run's run.json: the inputs it recorded and its result rows.
import { ConfigError, InputError } from '../errors.js';
import { readTextStrict } from '../util/read-text.js';

export interface RunInputs {
  config: string | null;
  trace_files: string[];
  policy: string | null;
  /** Eval baseline the run compared with (absent in older reports). */
  baseline?: string | null;
}

/** One result row as run.json wrote it (only the keys explain reads are typed). */
export interface RunRow {
  test_id: string;
  status: string;
  score: number | null;
  cached?: boolean;
  message: string;
  skip_reason?: string | null;
  error_policy_applied?: string;
  details: {
    metrics?: Record<string, { score?: number | null; passed?: boolean; unstable?: boolean; exercised?: string; details?: unknown }>;
    prompt?: string;
    entry?: { file: string; line: number; by: string };
    assertions?: Array<{ index: number; type: string; passed: boolean; code?: string; message: string }>;
    run_error_kind?: string;
    quarantine?: { status: string; message: string };
    [k: string]: unknown;
  };
}

export interface RunReport {
  inputs: RunInputs;
  rows: RunRow[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** run.json: missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
export function readRunReport(path: string, display: string): RunReport {
  let text: string;
  try {
    text = readTextStrict(path, display, 'E_CFG_PARSE');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const message = `run report not found: ${display} (run \`assay run\` or \`assay ci\` first, or pass --run)`;
    throw new InputError('E_PATH_NOT_FOUND', message, { source: 'cli', context: { file: display }, diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message, file: display, source: 'cli' }] });
  }
  const bad = (why: string): ConfigError =>
    new ConfigError('E_CFG_PARSE', `${display}: ${why}`, { source: 'config', context: { file: display }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: why, file: display, source: 'config' }] });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad(`run report is not JSON: ${(e as Error).message}`);
  }
  const i = isObj(doc) ? doc.inputs : undefined;
  if (!isObj(i)) throw bad('run report has no "inputs" (written by an older version?)');
  const results = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
  const rows = results.filter((r): r is RunRow => isObj(r) && typeof r.test_id === 'string' && typeof r.status === 'string' && isObj(r.details));
  return {
    inputs: {
      config: str(i.config),
      trace_files: Array.isArray(i.trace_files) ? i.trace_files.filter((x): x is string => typeof x === 'string') : [],
      policy: str(i.policy),
      baseline: str(i.baseline),
    },
    rows,
  };
}
