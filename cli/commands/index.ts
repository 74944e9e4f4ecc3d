// Every command registers itself here; one file per command.
import type { Command } from 'commander';
import { register as validate } from './validate.js';

type Register = (program: Command) => void;
const registrations: Register[] = [validate];

export function registerCommands(program: Command): void {
  for (const r of registrations) r(program);
}
