// Recording every `tools/call` of an @modelcontextprotocol/sdk Client. Typed structurally, so this
// module does not load the MCP SDK: any object with a compatible `callTool` can be wrapped.
import type { AssayRecorder } from './recorder.js';

export interface CallToolParams {
  name: string;
  arguments?: Record<string, unknown>;
  [key: string]: unknown;
}

/** What wrapMcpClient needs of a client: `Client` from `@modelcontextprotocol/sdk/client/index.js` fits. */
export interface McpToolClient {
  callTool(params: CallToolParams, ...rest: unknown[]): Promise<unknown>;
}

const WRAPPED = Symbol.for('assay.sdk.wrappedCallTool');

/** The text of a tool result's text content items (what an `isError` result says went wrong). */
function errorText(result: { content?: unknown }): string {
  const parts = Array.isArray(result.content)
    ? result.content.flatMap((c: unknown) => (c && typeof c === 'object' && (c as { type?: unknown }).type === 'text' && typeof (c as { text?: unknown }).text === 'string' ? [(c as { text: string }).text] : []))
    : [];
  return parts.length ? parts.join('\n') : 'tool returned isError';
}

/**
 * Make `client.callTool` record each call to `recorder`: the tool name, its arguments, and the result,
 * or the error (a thrown protocol error, re-thrown; or an `isError: true` result, returned as is, whose
 * text becomes `error`). Returns the same client; wrapping twice records once.
 */
export function wrapMcpClient<C extends McpToolClient>(client: C, recorder: AssayRecorder, opts: { testId?: string } = {}): C {
  const holder = client as unknown as Record<PropertyKey, unknown> & McpToolClient;
  if (holder[WRAPPED]) return client;
  const original = client.callTool.bind(client);
  const testId = opts.testId;
  holder.callTool = async (params: CallToolParams, ...rest: unknown[]): Promise<unknown> => {
    const base = { tool: params.name, args: params.arguments ?? {}, ...(testId !== undefined ? { testId } : {}) };
    let result: unknown;
    try {
      result = await original(params, ...rest);
    } catch (e) {
      recorder.record({ ...base, error: e instanceof Error ? e.message : String(e) });
      throw e;
    }
    const isError = !!result && typeof result === 'object' && (result as { isError?: unknown }).isError === true;
    recorder.record({ ...base, result, ...(isError ? { error: errorText(result as { content?: unknown }) } : {}) });
    return result;
  };
  Object.defineProperty(holder, WRAPPED, { value: true });
  return client;
}
