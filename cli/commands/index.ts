// Every command registers itself here; one file per command. Modules are loaded lazily: a run loads
// only the command it executes (start-up time is paid on every CI step and every proxied server), and
// `--help` or an unknown command loads them all so commander can list or reject them.
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
  evidence: async (argv) => [await (await import('./evidence.js')).loadEvidence(argv)],
};

/** Which loaders a command name needs (`policy` groups validate, generate and migrate). */
const BY_COMMAND: Record<string, string[]> = {
  validate: ['validate'],
  policy: ['validate', 'generate', 'migrate'],
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
  evidence: ['evidence'],
};

/** Register the commands `argv` needs (all of them for help, version, or an unknown command). */
export async function registerCommands(program: Command, argv: readonly string[] = []): Promise<void> {
  const name = argv.find((a) => !a.startsWith('-'));
  const wanted = name !== undefined && name !== 'help' ? BY_COMMAND[name] : undefined;
  const keys = wanted ?? Object.keys(LOADERS);
  const loaded = await Promise.all(keys.map((k) => LOADERS[k]!(argv)));
  for (const regs of loaded) for (const r of regs) r(program);
}
