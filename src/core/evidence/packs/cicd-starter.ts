// Built-in pack `cicd-starter`: same ids, severities, checks and version as the reference pack;
// the prose is ours. Shipped as a TS module so the bundled CLI and action never read files next to the code.
export const CICD_STARTER_YAML = `name: cicd-starter
version: "1.0.0"
kind: quality
description: Minimal traceability a CI pipeline's evidence should carry
author: Assay
license: MIT
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: CICD-001
    severity: error
    description: The bundle records at least one event
    help_markdown: |
      An evidence bundle without events proves nothing about the run.

      **Fix:** export evidence after the run (\`assay evidence export\`) and check that the producer emitted events.
    check:
      type: event_count
      min: 1
  - id: CICD-002
    severity: warning
    description: The bundle has a profile lifecycle (assay.profile.started and assay.profile.finished)
    help_markdown: |
      Start and finish events mark the boundaries of the recorded run, so a reviewer can tell a complete
      record from a cut-off one.

      **Fix:** export with \`assay evidence export\`, which always writes both.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: CICD-003
    severity: warning
    description: Some event carries a correlation id (run id or W3C trace context)
    help_markdown: |
      A run id or \`traceparent\` links the evidence to logs and traces of the same run.

      **Fix:** propagate \`traceparent\` into the events, or set a run id.
    check:
      type: event_field_present
      paths_any_of:
        - /assayrunid
        - /run_id
        - /traceparent
        - /tracestate
        - /data/run_id
        - /data/traceparent
        - /data/tracestate
  - id: CICD-004
    severity: info
    description: Some event names the build (build_id or version in its data)
    help_markdown: |
      A build identity ties the evidence to the artifact that was tested.

      **Fix:** add \`build_id\` or \`version\` to the data of an event.
    check:
      type: event_field_present
      paths_any_of:
        - /data/build_id
        - /data/version
`;
