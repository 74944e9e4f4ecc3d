import { describe, expect, it } from 'vitest';
import { compileToolPattern, hasLiteralStar, isUniversalPattern, matchToolPattern } from '../../../src/core/policy/tool-pattern.js';

// , row by row.
describe('tool-name pattern language', () => {
  it.each([
    // no `*`: exactly that name
    ['read_file', 'read_file', true],
    ['read_file', 'read_files', false],
    ['read_file', 'Read_file', false],
    ['', '', true],
    ['', 'x', false],
    // only stars: every name
    ['*', 'anything', true],
    ['*', '', true],
    ['**', 'a.b/c__d', true],
    // pre*
    ['fs.*', 'fs.read', true],
    ['fs.*', 'fs.', true],
    ['fs.*', 'xfs.read', false],
    ['exec**', 'exec_cmd', true],
    // *suf
    ['*_file', 'read_file', true],
    ['*_file', 'read_files', false],
    ['**.exec', 'shell.exec', true],
    // *mid*
    ['*admin*', 'super_admin_tool', true],
    ['*admin*', 'admin', true],
    ['*admin*', 'adm', false],
    // an inner `*` is literal
    ['read_*_file', 'read_*_file', true],
    ['read_*_file', 'read_big_file', false],
    ['*a*b*', 'xa*by', true],
    ['*a*b*', 'xaby', false],
    ['a*b*', 'a*bc', true],
    ['a*b*', 'axbc', false],
    ['*a*b', 'za*b', true],
    // no escapes: backslash is literal
    ['a\\*', 'a\\x', true],
    ['a\\*', 'a*', false],
    // `*` spans dots, slashes, double underscores
    ['mcp__*', 'mcp__server__tool', true],
    ['*/*', 'x/y', true],
  ])('%j matches %j → %s', (pattern, name, expected) => {
    expect(matchToolPattern(pattern, name)).toBe(expected);
  });

  it('classifies patterns', () => {
    expect(compileToolPattern('x').kind).toBe('exact');
    expect(compileToolPattern('**').kind).toBe('any');
    expect(compileToolPattern('x*').kind).toBe('prefix');
    expect(compileToolPattern('*x').kind).toBe('suffix');
    expect(compileToolPattern('*x*').kind).toBe('contains');
    expect(compileToolPattern('*a*b*').text).toBe('a*b');
    expect(isUniversalPattern('***')).toBe(true);
    expect(isUniversalPattern('*a')).toBe(false);
    expect(hasLiteralStar('read_*_file')).toBe(true);
    expect(hasLiteralStar('*read_file*')).toBe(false);
    expect(hasLiteralStar('*')).toBe(false);
  });
});
