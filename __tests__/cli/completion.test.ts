// `assay completion bash|zsh|fish`: scripts generated from the registered commands. The bash script is
// loaded into a real bash and asked to complete; zsh and fish (not installed here) are checked for the
// commands and options they must carry.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { CATALOGUE } from '../../cli/commands/index.js';

function bashComplete(script: string, words: string[]): string[] {
  const dir = tempDir();
  const file = join(dir, 'assay.bash');
  writeFileSync(file, script);
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source "$1"; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _assay; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('assay completion', () => {
  const bash = runCli(['completion', 'bash']);

  it('bash: valid syntax, completes commands, subcommands and options', () => {
    expect(bash.status).toBe(0);
    const syntax = spawnSync('bash', ['-n'], { input: bash.stdout, encoding: 'utf8' });
    expect(syntax.status).toBe(0);
    expect(bashComplete(bash.stdout, ['assay', ''])).toEqual(CATALOGUE.map(([n]) => n));
    expect(bashComplete(bash.stdout, ['assay', 'val'])).toEqual(['validate']);
    expect(bashComplete(bash.stdout, ['assay', 'policy', ''])).toEqual(expect.arrayContaining(['validate', 'generate', 'migrate', 'record']));
    expect(bashComplete(bash.stdout, ['assay', 'evidence', 've'])).toEqual(['verify']);
    expect(bashComplete(bash.stdout, ['assay', 'validate', '--con'])).toEqual(['--config']);
    // An option value between the command and the word does not hide the command.
    expect(bashComplete(bash.stdout, ['assay', 'validate', '--config', 'p.yaml', '--trace-f'])).toEqual(['--trace-file']);
    // A command without subcommands offers no words (bash then completes file names).
    expect(bashComplete(bash.stdout, ['assay', 'validate', 'x'])).toEqual([]);
  });

  it('zsh: a compdef function with every command and its descriptions', () => {
    const r = runCli(['completion', 'zsh']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('#compdef assay\n')).toBe(true);
    expect(r.stdout).toContain('compdef _assay assay');
    for (const [name, description] of CATALOGUE) expect(r.stdout).toContain(`'${name}:${description.split('\n')[0]!.replace(/'/g, `'\\''`)}'`);
    expect(r.stdout).toMatch(/'validate'\) printf '%s\\n' [^\n]*'--config'/);
  });

  it('fish: complete lines for commands, subcommands and options', () => {
    const r = runCli(['completion', 'fish']);
    expect(r.status).toBe(0);
    for (const [name] of CATALOGUE) expect(r.stdout).toContain(`-a '${name}'`);
    expect(r.stdout).toMatch(/^complete -c assay -n '__assay_at '\\''validate'\\''' -l config( -s c)? -r /m);
    expect(r.stdout).toContain(`complete -c assay -n '__assay_at '\\''evidence'\\''' -a 'verify'`);
    expect(r.stdout).toContain(`complete -c assay -n '__assay_at '\\'''\\''' -f`);
  });

  it('an unknown or missing shell is a usage error', () => {
    const r = runCli(['completion', 'powershell']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('E_INVALID_ARGS');
    expect(runCli(['completion']).status).toBe(2);
  });
});
