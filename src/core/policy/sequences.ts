// Sequence rules as incremental trackers with O(rules) state: no per-call history is
// kept, so the same code serves the proxy (probe before admitting a call) and replay (feed every
// call, read the outcome after the last one).
import { RegexBudgetError } from '../regex/re2.js';
import type { Selector, SequenceOutcome, SequenceRule, SequenceStatus } from './types.js';

/** One call as a tracker sees it; `m` tests a selector (memoised per call). */
interface CallView {
  name: string;
  args: unknown;
  /** Reported call index. */
  index: number;
  /** Position among the calls fed to this tracker (windows count these). */
  pos: number;
  m(sel: Selector): boolean;
}

interface Result {
  status: SequenceStatus;
  spanned: number[];
  reason: string | null;
  call_index: number | null;
}

interface RuleState {
  /** Would feeding this call make the rule violated now? (blocking kinds only) */
  wouldViolate(c: CallView): boolean;
  feed(c: CallView): void;
  /** State if the episode ended now; never mutates. */
  result(): Result;
}

const q = (s: string) => JSON.stringify(s);
const held = (spanned: number[]): Result => ({ status: 'held', spanned, reason: null, call_index: null });

/** Kinds that block a call in incremental mode. */
export function isBlockingRule(r: SequenceRule): boolean {
  return (
    r.kind === 'blocklist' ||
    r.kind === 'max_calls' ||
    r.kind === 'before' ||
    r.kind === 'never_after' ||
    (r.kind === 'sequence' && r.strict)
  );
}

function makeState(r: SequenceRule): RuleState {
  switch (r.kind) {
    case 'require': {
      let first = -1;
      return {
        wouldViolate: () => false,
        feed(c) {
          if (first < 0 && c.m(r.tool)) first = c.index;
        },
        result: () =>
          first >= 0
            ? held([first])
            : { status: 'violated', spanned: [], reason: `required tool ${q(r.tool.render)} was never called`, call_index: null },
      };
    }
    case 'blocklist': {
      let at = -1;
      let name = '';
      return {
        wouldViolate: (c) => c.name.includes(r.pattern),
        feed(c) {
          if (at < 0 && c.name.includes(r.pattern)) {
            at = c.index;
            name = c.name;
          }
        },
        result: () =>
          at >= 0
            ? {
                status: 'violated',
                spanned: [at],
                reason: `tool ${q(name)} (call #${at}) matches blocklist pattern ${q(r.pattern)}`,
                call_index: at,
              }
            : held([]),
      };
    }
    case 'before': {
      let a = -1;
      let b = -1;
      let violated = false;
      return {
        wouldViolate: (c) => b < 0 && a < 0 && c.m(r.then) && !c.m(r.first),
        feed(c) {
          if (a < 0 && c.m(r.first)) a = c.index;
          if (b < 0 && c.m(r.then)) {
            b = c.index;
            if (a < 0) violated = true;
          }
        },
        result(): Result {
          if (b < 0) {
            return { status: 'not_exercised', spanned: [], reason: `${q(r.then.render)} never occurred`, call_index: null };
          }
          if (violated) {
            return {
              status: 'violated',
              spanned: a >= 0 ? [b, a] : [b],
              reason:
                a >= 0
                  ? `${q(r.then.render)} (call #${b}) occurred before the first ${q(r.first.render)} (call #${a})`
                  : `${q(r.then.render)} (call #${b}) occurred without a preceding ${q(r.first.render)}`,
              call_index: b,
            };
          }
          return held([a, b]);
        },
      };
    }
    case 'never_after': {
      let t = -1;
      let v = -1;
      return {
        wouldViolate: (c) => t >= 0 && c.m(r.forbidden),
        feed(c) {
          if (t >= 0 && v < 0 && c.m(r.forbidden)) v = c.index;
          if (t < 0 && c.m(r.trigger)) t = c.index;
        },
        result(): Result {
          if (t < 0) {
            return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
          }
          if (v >= 0) {
            return {
              status: 'violated',
              spanned: [t, v],
              reason: `${q(r.forbidden.render)} (call #${v}) occurred after ${q(r.trigger.render)} (call #${t})`,
              call_index: v,
            };
          }
          return held([t]);
        },
      };
    }
    case 'max_calls': {
      let count = 0;
      let first = -1;
      let v = -1;
      return {
        wouldViolate: (c) => count + 1 > r.max && c.m(r.tool),
        feed(c) {
          if (!c.m(r.tool)) return;
          count++;
          if (first < 0) first = c.index;
          if (count > r.max && v < 0) v = c.index;
        },
        result: () =>
          v >= 0
            ? {
                status: 'violated',
                spanned: [v],
                reason: `${q(r.tool.render)} was called ${count} times (max ${r.max}); call #${v} exceeded the limit`,
                call_index: v,
              }
            : held(first >= 0 ? [first] : []),
      };
    }
    case 'eventually': {
      let idx = -1;
      let pos = -1;
      return {
        wouldViolate: () => false,
        feed(c) {
          if (idx < 0 && c.m(r.tool)) {
            idx = c.index;
            pos = c.pos;
          }
        },
        result(): Result {
          if (idx < 0) {
            return {
              status: 'violated',
              spanned: [],
              reason: `${q(r.tool.render)} never occurred (required within the first ${r.within} calls)`,
              call_index: null,
            };
          }
          if (pos >= r.within) {
            return {
              status: 'violated',
              spanned: [idx],
              reason: `${q(r.tool.render)} first occurred at call #${idx}, not within the first ${r.within} calls`,
              call_index: idx,
            };
          }
          return held([idx]);
        },
      };
    }
    case 'after': {
      // Only the earliest unanswered trigger matters: a `then` answering it answers every later
      // pending trigger too (their windows end later), so one slot is exact until the first miss.
      let pendingPos = -1;
      let pendingIdx = -1;
      let firstTrigger = -1;
      let firstAnswer = -1;
      let missed = -1;
      return {
        wouldViolate: () => false,
        feed(c) {
          if (missed >= 0) return;
          if (pendingPos >= 0 && c.pos > pendingPos + r.within) {
            missed = pendingIdx;
            return;
          }
          if (pendingPos >= 0 && c.m(r.then)) {
            if (firstAnswer < 0) firstAnswer = c.index;
            pendingPos = -1;
          }
          if (c.m(r.trigger)) {
            if (firstTrigger < 0) firstTrigger = c.index;
            if (pendingPos < 0) {
              pendingPos = c.pos;
              pendingIdx = c.index;
            }
          }
        },
        result(): Result {
          if (firstTrigger < 0) {
            return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
          }
          const miss = missed >= 0 ? missed : pendingPos >= 0 ? pendingIdx : -1;
          if (miss >= 0) {
            return {
              status: 'violated',
              spanned: [miss],
              reason: `${q(r.then.render)} did not occur within ${r.within} call(s) after ${q(r.trigger.render)} (call #${miss})`,
              call_index: miss,
            };
          }
          return held(firstAnswer >= 0 ? [firstTrigger, firstAnswer] : [firstTrigger]);
        },
      };
    }
    case 'sequence': {
      const k = r.tools.length;
      let next = 0;
      const spanned: number[] = [];
      let vAt = -1;
      let vReason = '';
      return {
        wouldViolate: (c) => r.strict && vAt < 0 && next > 0 && next < k && !c.m(r.tools[next]!),
        feed(c) {
          if (vAt >= 0 || next >= k) return;
          const expected = r.tools[next]!;
          if (c.m(expected)) {
            spanned.push(c.index);
            next++;
            return;
          }
          if (r.strict) {
            if (next > 0) {
              vAt = c.index;
              vReason = `expected ${q(expected.render)} at call #${c.index} but got ${q(c.name)} (strict sequence)`;
            }
            return;
          }
          for (let j = next + 1; j < k; j++) {
            if (c.m(r.tools[j]!)) {
              vAt = c.index;
              vReason = `${q(r.tools[j]!.render)} (call #${c.index}) occurred before ${q(expected.render)}`;
              return;
            }
          }
        },
        result(): Result {
          if (vAt >= 0) return { status: 'violated', spanned: [...spanned, vAt], reason: vReason, call_index: vAt };
          if (next === 0) {
            return { status: 'not_exercised', spanned: [], reason: 'no listed tool occurred', call_index: null };
          }
          if (next < k) {
            return {
              status: 'violated',
              spanned: [...spanned],
              reason: `sequence reached ${q(r.tools[next - 1]!.render)} but ${q(r.tools[next]!.render)} never followed`,
              call_index: null,
            };
          }
          return held([...spanned]);
        },
      };
    }
  }
}

/** Trackers for a list of rules (one per episode in replay, one per session in the proxy). */
// Selector ids depend only on the rules: computed once per policy, not once per episode.
const SELECTOR_IDS = new WeakMap<readonly SequenceRule[], Map<Selector, number>>();

function selectorIds(rules: readonly SequenceRule[]): ReadonlyMap<Selector, number> {
  let ids = SELECTOR_IDS.get(rules);
  if (!ids) {
    ids = new Map();
    for (const r of rules) for (const s of selectorsOf(r)) if (!ids.has(s)) ids.set(s, ids.size);
    SELECTOR_IDS.set(rules, ids);
  }
  return ids;
}

export class SequenceTracker {
  private readonly states: RuleState[];
  private readonly blocking: boolean[];
  private readonly blockedCounts: number[];
  private readonly selIds: ReadonlyMap<Selector, number>;
  private readonly memoGen: Int32Array;
  private readonly memoVal: Uint8Array;
  private gen = 0;
  private fed = 0;
  private readonly view: CallView;
  /** A selector's args_match regex could not check an argument (too long for its work bound). */
  private unverifiable: Selector | null = null;

  constructor(readonly rules: readonly SequenceRule[]) {
    this.states = rules.map(makeState);
    this.blocking = rules.map(isBlockingRule);
    this.blockedCounts = rules.map(() => 0);
    this.selIds = selectorIds(rules);
    this.memoGen = new Int32Array(this.selIds.size);
    this.memoVal = new Uint8Array(this.selIds.size);
    const self = this;
    this.view = {
      name: '',
      args: undefined,
      index: 0,
      pos: 0,
      m(sel: Selector): boolean {
        const id = self.selIds.get(sel)!;
        if (self.memoGen[id] === self.gen) return self.memoVal[id] === 1;
        let v: boolean;
        try {
          v = sel.matches(this.name, this.args);
        } catch (e) {
          if (!(e instanceof RegexBudgetError)) throw e;
          // Counted as a match (a forbidding rule then blocks), and flagged so the engine fails closed.
          v = true;
          self.unverifiable = sel;
        }
        self.memoGen[id] = self.gen;
        self.memoVal[id] = v ? 1 : 0;
        return v;
      },
    };
  }

  private load(name: string, args: unknown, index: number): CallView {
    this.gen++;
    const v = this.view;
    v.name = name;
    v.args = args;
    v.index = index;
    v.pos = this.fed;
    return v;
  }

  /** Index (in `rules`) of the first blocking rule this call would violate now, or -1. */
  probe(name: string, args: unknown, index: number): number {
    if (this.rules.length === 0) return -1;
    const v = this.load(name, args, index);
    for (let i = 0; i < this.states.length; i++) {
      if (this.blocking[i] && this.states[i]!.wouldViolate(v)) return i;
    }
    return -1;
  }

  /** Record a call (every call in replay; admitted calls in the proxy). Reuses the probe's memo. */
  feed(name: string, args: unknown, index: number, reuseProbe = false): void {
    if (this.rules.length > 0) {
      const v = reuseProbe && this.view.name === name && this.view.index === index ? this.view : this.load(name, args, index);
      for (const s of this.states) s.feed(v);
    }
    this.fed++;
  }

  /** The selector that could not be checked for the last call (then cleared), or null. */
  takeUnverifiable(): Selector | null {
    const s = this.unverifiable;
    this.unverifiable = null;
    return s;
  }

  noteBlocked(ruleIndex: number): void {
    this.blockedCounts[ruleIndex] = (this.blockedCounts[ruleIndex] ?? 0) + 1;
  }

  outcomes(): SequenceOutcome[] {
    return this.rules.map((r, i) => {
      const res = this.states[i]!.result();
      const o: SequenceOutcome = {
        rule_id: r.ruleId,
        kind: r.kind,
        index: r.index,
        status: res.status,
        spanned: res.spanned,
        reason: res.reason,
        call_index: res.call_index,
        rule: r.rule,
        blocked: this.blockedCounts[i]!,
      };
      if (r.ref) o.ruleRef = r.ref;
      return o;
    });
  }
}

function selectorsOf(r: SequenceRule): Selector[] {
  switch (r.kind) {
    case 'require':
    case 'max_calls':
    case 'eventually':
      return [r.tool];
    case 'blocklist':
      return [];
    case 'before':
      return [r.first, r.then];
    case 'never_after':
      return [r.trigger, r.forbidden];
    case 'after':
      return [r.trigger, r.then];
    case 'sequence':
      return r.tools;
  }
}

/** Replay helper: every call fed in order, outcomes for the complete episode. */
export function evaluateSequenceRules(
  rules: readonly SequenceRule[],
  calls: ReadonlyArray<{ tool_name: string; args?: unknown; index?: number }>,
): SequenceOutcome[] {
  const t = new SequenceTracker(rules);
  calls.forEach((c, i) => t.feed(c.tool_name, c.args, c.index ?? i));
  return t.outcomes();
}
