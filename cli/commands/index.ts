// Every command registers itself here; one file per command. Modules are loaded lazily: a run loads
// only the command it executes (start-up time is paid on every CI step, every proxied server and every
// coding-agent hook call; docs/startup.md). `assay --help` and an unknown command need only names and
// descriptions, so they get placeholders from CATALOGUE instead of loading every command.
import type { Command } from 'commander';

type Register = (program: Command) => void;
type Loader = (argv: readonly string[]) => Promise<Register[]>;

const LOADERS: Record<string, Loader> = {
  validate: async () => [(await import('./validate.js')).register],
  gate: async () => {
    const m = await import('./gate.js');
    return [m.registerRun, m.registerCi];
  },
  import: async () => [(await import('./import.js')).register],
  init: async () => [(await import('./init.js')).register],
  mcp: async () => [(await import('./mcp.js')).register],
  generate: async () => [(await import('./generate.js')).register],
  profile: async () => [(await import('./profile.js')).register],
  coverage: async () => [(await import('./coverage.js')).register],
  explain: async () => [(await import('./explain.js')).register],
  doctor: async () => [(await import('./doctor.js')).register],
  migrate: async () => [(await import('./migrate.js')).register],
  schema: async () => [(await import('./schema.js')).register],
  record: async () => [(await import('./record.js')).register],
  sandbox: async () => [(await import('./sandbox.js')).register],
  evidence: async (argv) => [await (await import('./evidence.js')).loadEvidence(argv)],
  hook: async () => [(await import('./hook.js')).register],
  completion: async () => [(await import('./completion.js')).register],
};

/** Which loaders a command name needs (`policy` groups validate, generate, migrate and record). */
const BY_COMMAND: Record<string, string[]> = {
  validate: ['validate'],
  policy: ['validate', 'generate', 'migrate', 'record'],
  run: ['gate'],
  ci: ['gate'],
  import: ['import'],
  init: ['init'],
  mcp: ['mcp'],
  'mcp-server': ['mcp'],
  generate: ['generate'],
  profile: ['profile'],
  coverage: ['coverage'],
  explain: ['explain'],
  doctor: ['doctor'],
  migrate: ['migrate'],
  schema: ['schema'],
  record: ['record'],
  sandbox: ['sandbox'],
  evidence: ['evidence'],
  hook: ['hook'],
  // The script lists every command, so it registers them all.
  completion: Object.keys(LOADERS),
};

/**
 * Top-level commands as `assay --help` lists them, in registration order. A test registers every real
 * command and compares, so this cannot drift from the commands themselves.
 */
export const CATALOGUE: ReadonlyArray<readonly [name: string, description: string]> = [
  ['validate', 'Check a policy or eval config (and a trace against it) without running the gate'],
  ['policy', 'Policy commands'],
  ['run', 'Run the gate: eval tests and/or the policy gate over recorded traces'],
  ['ci', 'The CI gate: like run, and writes JUnit, SARIF and the findings baseline'],
  ['import', 'Convert an MCP transcript into a canonical V2 trace (JSONL)'],
  ['init', 'Create a starter eval config, a v2 policy and an example trace (existing files are kept)'],
  ['mcp', 'MCP runtime enforcement'],
  ['mcp-server', 'Serve the policy engine as MCP tools over stdio (check_args, check_sequence, policy_decide, explain_trace, check_coverage)'],
  ['generate', 'Generate a policy from observed behaviour: one run (-i) or a profile (--profile)'],
  ['profile', 'Profiles of many runs: init, update, show (input to generate --profile)'],
  ['coverage', 'How much of the policy a trace exercises: tools, sequence rules, violations'],
  ['explain', 'Explain every call of a trace: decision, rule, and the policy line that decided it'],
  ['doctor', 'Check the setup: Node, config, policy, trace, reports and cache; --fix repairs common mistakes'],
  ['migrate', 'Rewrite legacy v1 policies and v0 eval configs to the current form (backup: <file>.bak)'],
  ['schema', 'Print the JSON Schema (draft 2020-12) of a policy or an eval config'],
  ['record', 'Run a command under observation and write the least-privilege policy it needs (learning mode)'],
  ['sandbox', 'Run a command contained by Landlock (files, TCP ports): assay sandbox --policy P -- <command> [args…]'],
  ['evidence', 'Evidence bundles: export, verify, lint, diff, explore, show, attest'],
  ['hook', "Decide a coding agent's tool calls with the policy (runs as the agent's hook)"],
  ['completion', 'Print a shell completion script: bash, zsh or fish'],
];

/** Every loader, in LOADERS order (help listings, completion scripts). */
export async function registerAllCommands(program: Command, argv: readonly string[] = []): Promise<void> {
  const loaded = await Promise.all(Object.keys(LOADERS).map((k) => LOADERS[k]!(argv)));
  for (const regs of loaded) for (const r of regs) r(program);
}

/**
 * Register what `argv` needs: the named command (`help <name>` too); for `--help`, no command or an
 * unknown one, placeholders that carry only names and descriptions (enough to list or reject them).
 */
export async function registerCommands(program: Command, argv: readonly string[] = []): Promise<void> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  const wanted = name !== undefined ? BY_COMMAND[name] : undefined;
  if (wanted === undefined) {
    for (const [n, d] of CATALOGUE) program.command(n).description(d);
    return;
  }
  const loaded = await Promise.all(wanted.map((k) => LOADERS[k]!(argv)));
  for (const regs of loaded) for (const r of regs) r(program);
}
