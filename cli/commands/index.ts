// Every command registers itself here; one file per command.
import type { Command } from 'commander';
import { register as validate } from './validate.js';
import { registerCi, registerRun } from './gate.js';
import { register as importCmd } from './import.js';
import { register as init } from './init.js';
import { register as mcp } from './mcp.js';
import { register as generate } from './generate.js';
import { register as profile } from './profile.js';
import { register as coverage } from './coverage.js';
import { register as explain } from './explain.js';
import { register as doctor } from './doctor.js';
import { register as migrate } from './migrate.js';
import { register as evidence } from './evidence.js';

type Register = (program: Command) => void;
const registrations: Register[] = [validate, registerRun, registerCi, importCmd, init, mcp, generate, profile, coverage, explain, doctor, migrate, evidence];

export function registerCommands(program: Command): void {
  for (const r of registrations) r(program);
}
