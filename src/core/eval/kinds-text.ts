// Kinds over the entry's text: must_contain, must_not_contain, regex_match,
// regex_not_match, json_schema.
import type { TraceEntry } from '../trace/types.js';
import { failed, passed, type KindOutcome } from './kind-result.js';
import { tryTest } from './regex.js';
import type { ExpectedSpec } from './types.js';

type Spec<K extends ExpectedSpec['kind']> = Extract<ExpectedSpec, { kind: K }>;

export function mustContain(spec: Spec<'must_contain'>, entry: TraceEntry): KindOutcome {
  const missing = spec.values.filter((s) => !entry.text.includes(s));
  if (missing.length === 0) return passed();
  return failed({ message: `missing substring: ${missing[0]}`, missing });
}

export function mustNotContain(spec: Spec<'must_not_contain'>, entry: TraceEntry): KindOutcome {
  const present = spec.values.filter((s) => entry.text.includes(s));
  if (present.length === 0) return passed();
  return failed({ message: `forbidden substring present: ${present[0]}`, present });
}

export function regex(spec: Spec<'regex_match' | 'regex_not_match'>, entry: TraceEntry): KindOutcome {
  const matched = tryTest(spec.regex, entry.text);
  if (typeof matched !== 'boolean') return failed({ message: `pattern cannot be checked: ${matched.unchecked}`, pattern: spec.pattern });
  const want = spec.kind === 'regex_match';
  if (matched === want) return passed();
  return failed({ message: want ? `pattern did not match: ${spec.pattern}` : `pattern matched: ${spec.pattern}`, pattern: spec.pattern });
}

export function jsonSchema(spec: Spec<'json_schema'>, entry: TraceEntry): KindOutcome {
  let value: unknown;
  try {
    value = JSON.parse(entry.text);
  } catch {
    return failed({ message: 'json_schema failed: response is not valid JSON' });
  }
  const violations = spec.validator.validate(value);
  if (violations.length === 0) return passed();
  return failed({ message: `json_schema failed: ${violations.length} validation errors`, errors: violations });
}
