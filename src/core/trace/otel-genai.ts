// What the OpenTelemetry GenAI semantic conventions put on spans, read into prompt, output text, model
// and tool calls (docs/otel.md). Current attribute names first (`gen_ai.input.messages`,
// `gen_ai.output.messages`, `gen_ai.tool.call.arguments`, `gen_ai.tool.call.result`), then the older ones
// instrumentations still emit (`gen_ai.prompt`/`gen_ai.completion` strings, indexed
// `gen_ai.prompt.<n>.content`, `gen_ai.user.message`/`gen_ai.choice` events, `gen_ai.tool.args`).
import { isObject } from './fields.js';
import { parseFunctionArguments } from './normalize-call.js';
import type { OtelSpan } from './otel-spans.js';
import { jsonOrString } from './otel-values.js';

export const OP = 'gen_ai.operation.name';

export function operation(s: OtelSpan): string | undefined {
  const v = s.attrs[OP];
  return typeof v === 'string' ? v : undefined;
}

export function isToolSpan(s: OtelSpan): boolean {
  return operation(s) === 'execute_tool';
}

/** Text of one chat message: semconv `parts: [{type: "text", content}]`, or a provider-style `content`. */
function messageText(m: unknown): string | undefined {
  if (typeof m === 'string') return m;
  if (!isObject(m)) return undefined;
  const parts = Array.isArray(m.parts) ? m.parts : Array.isArray(m.content) ? m.content : undefined;
  if (parts !== undefined) {
    const texts: string[] = [];
    for (const p of parts) {
      if (typeof p === 'string') texts.push(p);
      else if (isObject(p) && (p.type === undefined || p.type === 'text')) {
        const t = p.content ?? p.text;
        if (typeof t === 'string') texts.push(t);
      }
    }
    return texts.length > 0 ? texts.join('\n') : undefined;
  }
  return typeof m.content === 'string' ? m.content : undefined;
}

function role(m: unknown): string | undefined {
  return isObject(m) && typeof m.role === 'string' ? m.role : undefined;
}

/** The last message with `wantRole` (any role when undefined) that has text. */
function lastText(messages: unknown, wantRole: string | undefined): string | undefined {
  const list = jsonOrString(messages);
  if (!Array.isArray(list)) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const m: unknown = list[i];
    if (wantRole !== undefined && role(m) !== wantRole) continue;
    const t = messageText(m);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Indexed attributes `<prefix>.<n>.role` / `<prefix>.<n>.content`: the highest n with the role and text. */
function indexedText(attrs: Record<string, unknown>, prefix: string, wantRole: string | undefined): string | undefined {
  let best = -1;
  let text: string | undefined;
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.content$`);
  for (const k in attrs) {
    const m = re.exec(k);
    if (m === null) continue;
    const n = Number(m[1]);
    const c = attrs[k];
    if (n <= best || typeof c !== 'string') continue;
    if (wantRole !== undefined) {
      const r = attrs[`${prefix}.${n}.role`];
      if (r !== undefined && r !== wantRole) continue;
    }
    best = n;
    text = c;
  }
  return text;
}

/** The user's request recorded on a span, if any. */
export function spanPrompt(s: OtelSpan): string | undefined {
  const a = s.attrs;
  const legacy = a['gen_ai.prompt'];
  if (typeof legacy === 'string') return lastText(legacy, 'user') ?? legacy;
  const fromMessages = lastText(a['gen_ai.input.messages'], 'user');
  if (fromMessages !== undefined) return fromMessages;
  const indexed = indexedText(a, 'gen_ai.prompt', 'user');
  if (indexed !== undefined) return indexed;
  for (let i = s.events.length - 1; i >= 0; i--) {
    const e = s.events[i]!;
    if (e.name === 'gen_ai.user.message') {
      const t = messageText(jsonOrString(e.attrs.content) ?? e.attrs);
      if (t !== undefined) return t;
    }
    if (e.name === 'gen_ai.content.prompt' && typeof e.attrs['gen_ai.prompt'] === 'string') return e.attrs['gen_ai.prompt'];
  }
  return undefined;
}

/** The model's answer recorded on a span, if any. */
export function spanCompletion(s: OtelSpan): string | undefined {
  const a = s.attrs;
  const legacy = a['gen_ai.completion'];
  if (typeof legacy === 'string') return lastText(legacy, 'assistant') ?? legacy;
  const fromMessages = lastText(a['gen_ai.output.messages'], undefined);
  if (fromMessages !== undefined) return fromMessages;
  const indexed = indexedText(a, 'gen_ai.completion', undefined);
  if (indexed !== undefined) return indexed;
  for (let i = s.events.length - 1; i >= 0; i--) {
    const e = s.events[i]!;
    if (e.name === 'gen_ai.choice') {
      const msg = jsonOrString(e.attrs.message);
      const t = messageText(msg);
      if (t !== undefined) return t;
    }
    if (e.name === 'gen_ai.content.completion' && typeof e.attrs['gen_ai.completion'] === 'string') return e.attrs['gen_ai.completion'];
  }
  return undefined;
}

export function spanModel(s: OtelSpan): string | undefined {
  const r = s.attrs['gen_ai.response.model'];
  if (typeof r === 'string') return r;
  const q = s.attrs['gen_ai.request.model'];
  return typeof q === 'string' ? q : undefined;
}

const EXECUTE_TOOL_PREFIX = 'execute_tool ';

/** `gen_ai.tool.name`, else the span name without its conventional `execute_tool ` prefix. */
export function toolName(s: OtelSpan): string {
  const n = s.attrs['gen_ai.tool.name'];
  if (typeof n === 'string' && n !== '') return n;
  return s.name.startsWith(EXECUTE_TOOL_PREFIX) ? s.name.slice(EXECUTE_TOOL_PREFIX.length) : s.name;
}

/** Arguments: a JSON string (unparsable → `{"_raw": …}`, as for OpenAI function arguments) or structured. */
export function toolArgs(s: OtelSpan): unknown {
  const v = s.attrs['gen_ai.tool.call.arguments'] ?? s.attrs['gen_ai.tool.args'];
  return v === undefined ? undefined : parseFunctionArguments(v);
}

export function toolResult(s: OtelSpan): unknown {
  const v = s.attrs['gen_ai.tool.call.result'] ?? s.attrs['gen_ai.tool.result'];
  return v === undefined || v === null ? undefined : jsonOrString(v);
}

/** Span status ERROR, or an `error.type` attribute, is the call's error. */
export function toolError(s: OtelSpan): string | undefined {
  const type = s.attrs['error.type'];
  if (s.statusError !== undefined) return s.statusError !== '' ? s.statusError : typeof type === 'string' ? type : 'error';
  return typeof type === 'string' ? type : undefined;
}

export function toolCallId(s: OtelSpan): string {
  const id = s.attrs['gen_ai.tool.call.id'];
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return s.spanId;
}
