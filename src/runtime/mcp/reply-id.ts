// Which request a dropped (over-long) server line answered, from the few bytes kept of each end
// (docs/mcp-wrap.md). Serializers put `id` first (`{"jsonrpc":"2.0","id":7,"result":…}`) or last (the MCP
// SDK: `{"result":…,"jsonrpc":"2.0","id":7}`), so a top-level member is looked for at the start and at
// the very end. Only members at depth 1 count: a nested `"id"` inside the result never matches.
import { isIdToken } from './strict-line.js';

export interface ReplyShape {
  /** The exact top-level id token (a JSON string or integer), when one could be read. */
  idToken?: string;
  /** A top-level `method` was seen: a server request or notification, not a reply. */
  hasMethod: boolean;
}

/** Index after the string starting at `i` (text[i] === '"'), or -1 when it does not end inside `text`. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return -1;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Index after the value starting at `i`, or -1 when it runs past the end of `text`. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; ) {
    const c = text[j]!;
    if (c === '"') {
      j = skipString(text, j);
      if (j < 0) return -1;
      if (depth === 0) return j;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return j;
      depth--;
      if (depth === 0) return j + 1;
    } else if (depth === 0 && (c === ',' || /\s/.test(c))) return j;
    j++;
  }
  return -1;
}

/** Top-level members readable from the start of a line, until the text runs out. */
function scanHead(text: string): ReplyShape {
  const out: ReplyShape = { hasMethod: false };
  let i = skipWs(text, 0);
  if (text[i] !== '{') return out;
  i++;
  for (;;) {
    i = skipWs(text, i);
    if (text[i] !== '"') return out;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return out;
    const key = text.slice(i + 1, keyEnd - 1);
    i = skipWs(text, keyEnd);
    if (text[i] !== ':') return out;
    i = skipWs(text, i + 1);
    const valueEnd = skipValue(text, i);
    if (valueEnd < 0) return out;
    if (key === 'method') out.hasMethod = true;
    if (key === 'id' && out.idToken === undefined) {
      const token = text.slice(i, valueEnd);
      if (isIdToken(token)) out.idToken = token;
    }
    i = skipWs(text, valueEnd);
    if (text[i] !== ',') return out;
    i++;
  }
}

// The last member before the closing brace of the line is a top-level member in valid JSON.
const TAIL_ID = /[{,]\s*"id"\s*:\s*(-?(?:0|[1-9][0-9]*)|"(?:[^"\\]|\\.)*")\s*\}\s*$/;
const TAIL_METHOD = /[{,]\s*"method"\s*:\s*"(?:[^"\\]|\\.)*"\s*\}\s*$/;

/** What the kept edges of a dropped server line say about it. */
export function replyShape(head: Buffer, tail: Buffer): ReplyShape {
  const h = scanHead(head.toString('utf8'));
  const t = tail.toString('utf8');
  const hasMethod = h.hasMethod || TAIL_METHOD.test(t);
  if (h.idToken !== undefined) return { idToken: h.idToken, hasMethod };
  const m = TAIL_ID.exec(t);
  return m ? { idToken: m[1]!, hasMethod } : { hasMethod };
}
