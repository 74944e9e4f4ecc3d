// Built-in pack `eu-ai-act-baseline`: same ids, severities, checks and version as the reference
// pack (including the two pointers that never match a wire event, kept for id/digest parity); the prose is ours.
export const EU_AI_ACT_BASELINE_YAML = `name: eu-ai-act-baseline
version: "1.0.0"
kind: compliance
description: Technical record-keeping checks mapped to Article 12 of the EU AI Act (Regulation (EU) 2024/1689)
author: Assay
license: MIT
source_url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
disclaimer: |
  These are technical checks on recorded evidence, mapped to the record-keeping duties of Article 12 of
  Regulation (EU) 2024/1689. Passing them is not legal compliance and is no substitute for the risk
  management, conformity assessment and monitoring the regulation requires. Ask qualified counsel.
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: EU12-001
    severity: error
    description: Events are recorded automatically (the bundle holds at least one event)
    article_ref: "12(1)"
    help_markdown: |
      Article 12(1) asks that high-risk systems technically allow automatic recording of events.
      This check only confirms that the bundle holds at least one recorded event.
    check:
      type: event_count
      min: 1
  - id: EU12-002
    severity: error
    description: Operation can be monitored (some *.started and some *.finished event)
    article_ref: "12(2)(c)"
    help_markdown: |
      Article 12(2)(c) concerns monitoring the system's operation. This check looks for lifecycle events:
      at least one type matching \`*.started\` and one matching \`*.finished\`.
    check:
      type: event_pairs
      start_pattern: "*.started"
      finish_pattern: "*.finished"
  - id: EU12-003
    severity: warning
    description: Events carry identifiers that support post-market monitoring (run, trace or build)
    article_ref: "12(2)(b)"
    help_markdown: |
      Article 12(2)(b) concerns post-market monitoring. This check looks for a run id, trace context or build
      identity in some event.
    check:
      type: event_field_present
      paths_any_of:
        - /run_id
        - /traceparent
        - /trace_state
        - /data/run_id
        - /data/traceparent
        - /data/build_id
        - /data/version
  - id: EU12-004
    severity: warning
    description: Events carry fields that help identify risk situations (decisions, denials, violations)
    article_ref: "12(2)(a)"
    help_markdown: |
      Article 12(2)(a) concerns recording events relevant to situations where the system may present a risk.
      This check looks for decision, denial, violation or risk fields in event data.
    check:
      type: event_field_present
      paths_any_of:
        - /data/policy_decision
        - /data/denied
        - /data/policy_hash
        - /data/config_hash
        - /data/violation
        - /data/risk_level
        - /data/anomaly_detected
`;
