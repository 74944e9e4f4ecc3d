// The profile gate of `generate --profile` ("Profile"; docs/authoring.md "Stability").
import { describe, expect, it } from 'vitest';
import { checkGenerateOptions, DEFAULT_STABILITY, laplace, placeEntry, wilsonLowerBound, type StabilityOptions } from '../../../src/core/generate/index.js';

const at = (o: Partial<StabilityOptions>): StabilityOptions => ({ ...DEFAULT_STABILITY, ...o });

describe('Wilson and Laplace', () => {
  it('match the spec example: 10/10 at z 1.96 → Wilson 0.72, Laplace 0.92', () => {
    expect(wilsonLowerBound(10, 10, 1.96).toFixed(2)).toBe('0.72');
    expect(laplace(10, 10, 1).toFixed(2)).toBe('0.92');
    expect(wilsonLowerBound(9, 10, 1.96).toFixed(2)).toBe('0.60');
    expect(laplace(9, 10, 1).toFixed(2)).toBe('0.83');
    expect(wilsonLowerBound(0, 0, 1.96)).toBe(0);
  });
});

describe('placeEntry', () => {
  it('issue 7: over 10 runs, 9 of 10 is kept and 3 of 10 dropped at --min-stability 0.8 (default method)', () => {
    const o = at({ minStability: 0.8 });
    expect(placeEntry(9, 10, undefined, [], o).placement).toBe('allow');
    expect(placeEntry(3, 10, undefined, [], o).placement).toBe('omit');
  });

  it('--stability-method wilson keeps the spec example: 10/10 → 0.72 < 0.8 → needs_review', () => {
    const v = placeEntry(10, 10, undefined, [], at({ minStability: 0.8, method: 'wilson' }));
    expect(v.placement).toBe('needs_review');
    expect(v.stability).toBe(0.92);
    expect(v.reasons).toEqual(['wilson_lb 0.72 (z=1.96)', 'laplace 0.92 (α=1.0, 10/10)']);
  });

  it('risk comes first, then min-runs, then the gate', () => {
    const o = at({ minStability: 0.5, minRuns: 3 });
    expect(placeEntry(10, 10, 'deny_recommended', ['x'], o).placement).toBe('deny');
    expect(placeEntry(10, 10, 'needs_review', ['x'], o).placement).toBe('needs_review');
    const few = placeEntry(2, 2, undefined, [], o);
    expect(few.placement).toBe('omit');
    expect(few.reasons.at(-1)).toBe('min_runs 3 not met (2 of 2 runs)');
    expect(placeEntry(2, 2, undefined, [], { ...o, newIsRisky: true }).placement).toBe('needs_review');
  });

  it('between the review threshold and min-stability → needs_review; below → omitted unless --new-is-risky', () => {
    const o = at({ minStability: 0.8, reviewThreshold: 0.6 });
    expect(placeEntry(6, 10, undefined, [], o).placement).toBe('omit'); // laplace 7/12 = 0.58
    expect(placeEntry(7, 10, undefined, [], o).placement).toBe('needs_review'); // 8/12 = 0.67
    expect(placeEntry(1, 10, undefined, [], { ...o, newIsRisky: true }).placement).toBe('needs_review');
  });

  it('a boundary value passes (≥)', () => {
    // α = 1, 3/3 → 4/5 = 0.8.
    expect(placeEntry(3, 3, undefined, [], at({ minStability: 0.8 })).placement).toBe('allow');
  });
});

describe('option checks (bad args → E_INVALID_ARGS)', () => {
  const bad: Array<[Partial<StabilityOptions>, string]> = [
    [{ minStability: 1.5 }, '--min-stability must be in [0, 1]'],
    [{ reviewThreshold: -0.1 }, '--review-threshold must be in [0, 1]'],
    [{ minStability: 0.5, reviewThreshold: 0.6 }, 'must not exceed --min-stability'],
    [{ alpha: 0 }, '--alpha must be > 0'],
    [{ wilsonZ: 0 }, '--wilson-z must be > 0'],
    [{ minRuns: 1.5 }, '--min-runs must be a non-negative integer'],
  ];
  for (const [s, msg] of bad) {
    it(msg, () => {
      expect(() => checkGenerateOptions({ stability: s })).toThrow(msg);
      try {
        checkGenerateOptions({ stability: s });
      } catch (e) {
        expect((e as { reasonCode: string }).reasonCode).toBe('E_INVALID_ARGS');
      }
    });
  }
  it('--entropy-threshold must be > 0', () => {
    expect(() => checkGenerateOptions({ entropyThreshold: 0 })).toThrow('--entropy-threshold must be > 0');
  });
});
