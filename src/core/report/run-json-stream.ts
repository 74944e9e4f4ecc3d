// run.json written as a stream (docs/findings.md): the document of run-json.ts, with `findings` taken from
// the run's FindingsSink spool (every finding, in run.json order) instead of one in-memory array, so its
// size is bounded by the disk. Bytes equal buildRunJson's for the same findings.
import type { GateReport, ReportOptions } from './gate-report.js';
import { runJsonObject, buildRunJson } from './run-json.js';
import { SyncWriter, writeDocWithStreamedArray } from './json-stream.js';
import { FINDINGS_BASELINE_SCHEMA } from './findings-baseline.js';
import type { FindingsSink } from './findings-sink.js';

/** Write run.json to `path` (the report set's path for it). Write failures throw InfraError E_IO_ERROR. */
export function writeRunJsonFile(path: string, r: GateReport, opts: ReportOptions): void {
  const w = new SyncWriter(path);
  try {
    const sink = r.findingSet;
    if (!r.completed || sink === undefined || !sink.hasSpool) {
      w.write(buildRunJson(r, opts));
    } else {
      writeDocWithStreamedArray(w, runJsonObject({ ...r, findings: [] }, opts), 'findings', sink.spooledBytes());
    }
  } finally {
    w.close();
  }
}

/** findings-baseline.json from a sink: the same bytes as buildFindingsBaseline over all findings. */
export function writeFindingsBaselineFile(path: string, sink: FindingsSink, meta: { assayVersion: string; category: string }): void {
  const w = new SyncWriter(path);
  try {
    const doc = { schema: FINDINGS_BASELINE_SCHEMA, assay_version: meta.assayVersion, category: meta.category, findings: [] };
    // prettyAt({fingerprint, rule_id, level}, 2) spelled out: three strings, one entry per fingerprint.
    const items = (function* () {
      for (const e of sink.uniqueFingerprints()) {
        yield `{\n      "fingerprint": ${JSON.stringify(e.fingerprint)},\n      "rule_id": ${JSON.stringify(e.rule_id)},\n      "level": ${JSON.stringify(e.level)}\n    }`;
      }
    })();
    writeDocWithStreamedArray(w, doc, 'findings', items);
  } finally {
    w.close();
  }
}
