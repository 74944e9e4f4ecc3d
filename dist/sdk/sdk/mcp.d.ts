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
/**
 * Make `client.callTool` record each call to `recorder`: the tool name, its arguments, and the result,
 * or the error (a thrown protocol error, re-thrown; or an `isError: true` result, returned as is, whose
 * text becomes `error`). Returns the same client; wrapping twice records once.
 */
export declare function wrapMcpClient<C extends McpToolClient>(client: C, recorder: AssayRecorder, opts?: {
    testId?: string;
}): C;
