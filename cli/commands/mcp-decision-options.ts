// The decision flags `mcp wrap` and `mcp proxy` share: the same policy engine, logs and reload, so the same
// spelling and help in both.
import type { Command } from 'commander';
import { WRAP_DEFAULTS } from '../../src/runtime/mcp/options.js';
import { LENIENT_HELP } from '../lenient.js';

/** Add the policy, decision, log and reload options; `name` is the event-source default's command name. */
export function addDecisionOptions(cmd: Command, name: 'mcp-wrap' | 'mcp-proxy', policyHelp: string): Command {
  return cmd
    .option('--policy <file>', policyHelp)
    .option('--deny-deprecations', 'legacy policy forms fail to load')
    .option('--lenient', LENIENT_HELP)
    .option('--dry-run', 'evaluate and log, never block')
    .option('--verbose', 'one stderr line per decision')
    .option('--label <id>', 'server id in tool identities and the default event source', WRAP_DEFAULTS.label)
    .option('--tools-list <mode>', 'filter | keep: drop name-denied tools from tools/list results', 'filter')
    .option('--annotate-tools', 'add tool_identity to each listed tool')
    .option('--deny-structured <mode>', 'auto | always | never: where the deny contract goes', 'auto')
    .option('--approvals <mode>', 'deny | log-only: what tools.approval_required does', 'deny')
    .option('--audit-log <file>', 'append the audit log (NDJSON) here')
    .option('--decision-log <file>', 'append the CloudEvents decision log (NDJSON) here')
    .option('--event-source <uri>', `decision log source (default urn:assay:${name}:<label>)`);
}

/** The reload switch (on by default). */
export function addWatchOptions(cmd: Command): Command {
  return cmd
    .option('--watch-policy', 'reload the policy when its file changes (the default)')
    .option('--no-watch-policy', 'do not reload the policy when its file changes (by default a valid change is applied without dropping the session; an invalid one keeps the current policy)');
}
