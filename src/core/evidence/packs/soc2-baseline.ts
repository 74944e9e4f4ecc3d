// Built-in pack `soc2-baseline`: same ids, severities, checks and version as the reference pack;
// the prose is ours.
export const SOC2_BASELINE_YAML = `name: soc2-baseline
version: "1.0.0"
kind: compliance
description: Evidence invariants mapped to SOC 2 Common Criteria (Security)
author: Assay
license: MIT
disclaimer: |
  These checks look for the presence of evidence that supports SOC 2 Common Criteria controls. They do not
  test whether the controls are effective, and passing them is not a SOC 2 report or attestation.
requires:
  assay_min_version: ">=0.1.0"
rules:
  - id: invariant.accountability
    severity: warning
    description: "CC6.1: the run identifies the system under test (assay.profile.started)"
    article_ref: "CC6.1"
    help_markdown: |
      A profile start event records which system ran and in what context.
    check:
      type: event_type_exists
      pattern: "assay.profile.started"
  - id: invariant.change_lifecycle
    severity: warning
    description: "CC7.2: the recorded run completed (started and finished events)"
    article_ref: "CC7.2"
    help_markdown: |
      A start and a finish event show the recorded change ran to completion.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: invariant.decision_record
    severity: error
    description: "CC8.1: an automated policy decision was recorded (assay.tool.decision)"
    article_ref: "CC8.1"
    help_markdown: |
      A tool decision event shows that an automated gate evaluated the agent's actions and recorded the outcome.
    check:
      type: event_type_exists
      pattern: "assay.tool.decision"
`;
