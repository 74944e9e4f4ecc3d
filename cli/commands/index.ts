// Every command registers itself here; one file per command.
import type { Command } from 'commander';

type Register = (program: Command) => void;
const registrations: Register[] = [];

export function registerCommands(program: Command): void {
  for (const r of registrations) r(program);
}
