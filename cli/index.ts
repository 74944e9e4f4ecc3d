// `assay` CLI entry: argument parsing, exit code, stream routing. Commands live in ./commands/.
import { Command, CommanderError } from 'commander';
import { VERSION } from '../src/core/version.js';
import { err } from './output.js';
import { registerCommands } from './commands/index.js';

// A closed stdout (e.g. `| head`) is an infrastructure failure of the requested document: exit 3, quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exitCode = 3;
  else throw e;
});

const program = new Command();
program
  .name('assay')
  .description('Policy-as-code gate for AI agents and MCP tool calls')
  .version(VERSION, '-V, --version')
  .showHelpAfterError(false)
  .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
  .addHelpText(
    'after',
    `
Exit codes:
  0  pass
  1  gate failed (policy findings or failing tests)
  2  config, input or usage error
  3  infrastructure error (judge/provider/network unavailable, reports not writable, internal)
  4  would block (sandbox / proxy dry-run)`,
  );
await registerCommands(program, process.argv.slice(2));

// Usage errors exit 2 E_INVALID_ARGS, never commander's default 1 (06 §6).
function overrideExits(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) overrideExits(sub);
}
overrideExits(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
      process.exitCode = 0;
    } else {
      err('Run: assay --help for usage');
      err('reason: E_INVALID_ARGS');
      process.exitCode = 2;
    }
  } else {
    err(`error E_INTERNAL: ${(e as Error)?.message ?? String(e)}`);
    err('Next: Report a bug with run.json and the log');
    process.exitCode = 3;
  }
}
