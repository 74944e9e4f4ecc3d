// The CLI proper (loaded by ./index.ts unless the run only asks for the version): argument parsing, exit
// code, stream routing. Commands live in ./commands/.
import { Command, CommanderError } from 'commander';
import { AssayError } from '../src/core/errors.js';
import { VERSION } from '../src/core/version.js';
import { err, guardStdio, reportError, writeHelpOut } from './output.js';
import { registerCommands } from './commands/index.js';

// stdout write errors arrive as events after a command returned: they decide the exit code at exit
// (help into a closed pipe 0, any artefact 3 E_IO_ERROR; docs/reports.md).
guardStdio();

const program = new Command();
program
  .name('assay')
  .description('Policy-as-code gate for AI agents and MCP tool calls')
  .version(VERSION, '-V, --version')
  .showHelpAfterError(false)
  .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: writeHelpOut })
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

// Usage errors exit 2 E_INVALID_ARGS, never commander's default 1.
function overrideExits(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) overrideExits(sub);
}
overrideExits(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0)) {
      process.exitCode = 0;
    } else {
      // `commander.help` with a non-zero code: no subcommand was given (`assay`, `assay evidence`); the
      // help went to stderr. An empty command in CI must not pass, so this is a usage error like any other.
      if (e.code === 'commander.help') err('error: missing command');
      err('Run: assay --help');
      err('reason: E_INVALID_ARGS');
      process.exitCode = 2;
    }
  } else if (e instanceof AssayError) {
    // A typed error that escaped a command (e.g. an option parsed before its try): its own exit code.
    process.exitCode = reportError(e, { json: wantsJson(process.argv.slice(2)) });
  } else {
    err(`error E_INTERNAL: ${(e as Error)?.message ?? String(e)}`);
    err('Next: Report a bug with run.json and the log');
    process.exitCode = 3;
  }
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || a === '-fjson' || ((a === '--format' || a === '-f') && argv[i + 1] === 'json'));
}
