import { describe, expect, it } from 'vitest';
import { findUnknownKeys, suggestKey } from '../../../src/core/util/unknown-keys.js';

describe('suggestKey', () => {
  const known = ['version', 'tools', 'allow', 'deny', 'constraints', 'schemas'];
  it('the unique nearest key within two edits', () => {
    expect(suggestKey('denny', known)).toBe('deny');
    expect(suggestKey('Deny', known)).toBe('deny');
    expect(suggestKey('constraint', known)).toBe('constraints');
    expect(suggestKey('verison', known)).toBe('version');
  });
  it('nothing when far, or when two keys are equally near', () => {
    expect(suggestKey('policies', known)).toBeNull();
    expect(suggestKey('alny', ['ally', 'alky'])).toBeNull();
  });
  it('short keys allow one edit only', () => {
    expect(suggestKey('max', ['min'])).toBeNull();
    expect(suggestKey('mx', ['max'])).toBe('max');
  });
});

describe('findUnknownKeys', () => {
  it('names each unknown key with its hint and the allowed list', () => {
    expect(findUnknownKeys({ deny: [], denny: [], owner: 'a' }, ['allow', 'deny'], 'at top level')).toEqual([
      { key: 'denny', suggestion: 'deny', message: 'unknown key "denny" at top level; did you mean "deny"? (allowed: allow, deny)' },
      { key: 'owner', suggestion: null, message: 'unknown key "owner" at top level (allowed: allow, deny)' },
    ]);
  });
  it('rule objects also take id, description, title and x-*', () => {
    const obj = { type: 'require', tool: 't', id: 'r1', description: 'd', title: 't', 'x-team': 'a', note: 'n' };
    expect(findUnknownKeys(obj, ['type', 'tool'], 'in sequences[0]', { rule: true }).map((u) => u.key)).toEqual(['note']);
    expect(findUnknownKeys(obj, ['type', 'tool'], 'in sequences[0]').map((u) => u.key)).toEqual(['id', 'description', 'title', 'x-team', 'note']);
  });
  it('accepted aliases are not reported', () => {
    expect(findUnknownKeys({ version: 1 }, ['configVersion'], 'at top level', { accepted: ['version'] })).toEqual([]);
  });
});
