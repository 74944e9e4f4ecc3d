// `--lenient`: the one switch that turns unknown keys in policies and eval configs from errors into
// warnings (W_POLICY_UNKNOWN_KEY / W_CFG_UNKNOWN_KEY), for migration work. Every command that loads a
// policy or a config adds it the same way (docs/decisions.md, "Strict input").
import type { Command } from 'commander';

export const LENIENT_HELP = 'unknown keys in policies and configs are warnings, not errors (migration aid)';

export function addLenientOption(cmd: Command): Command {
  return cmd.option('--lenient', LENIENT_HELP);
}

export function lenientFlag(flags: { lenient?: unknown }): boolean {
  return flags.lenient === true;
}
