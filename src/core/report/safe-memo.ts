// A bounded memo of render-safe, capped text (safeText ∘ capMessage) for the per-finding hot path: a dense
// trace repeats the same tool name, policy rule, entry key and message head hundreds of thousands of times,
// and the redaction scan is the costliest step of finalizing a finding (docs/findings.md). Pure: the value
// depends only on the key; the memo is cleared when full, so its memory is bounded.
import { safeText } from '../render/safe-text.js';
import { capMessage, MAX_MESSAGE_BYTES } from './message-cap.js';

/** Strings longer than this are computed every time (a long text rarely repeats and would pin memory). */
const MAX_KEY_CHARS = 512;
/** Entries before the memo is cleared: ≤ 2 × 4096 × 512 UTF-16 units (~8 MB) in the worst case. */
const MAX_ENTRIES = 4096;

const memo = new Map<string, string>();

/** safeText(capMessage(s, max)), memoised for short strings. */
export function safeCapped(s: string, max: number = MAX_MESSAGE_BYTES): string {
  // A short string is under any cap we use (≤ 3 UTF-8 bytes per UTF-16 unit): the cap cannot change it.
  if (s.length > MAX_KEY_CHARS || s.length * 3 > max) return safeText(capMessage(s, max));
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const out = safeText(s);
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(s, out);
  return out;
}
