/** One tool call as the recorder writes it. */
export interface ToolCall {
    tool: string;
    args?: unknown;
    result?: unknown;
    error?: unknown;
    /** Call id (Assay defaults it to `call-<index>`). */
    id?: string;
    /** Group key: one trace entry per test id (default: the recorder's). */
    testId?: string;
}
export interface RecorderOptions {
    /** Written as `test_id` on every record without its own. */
    testId?: string;
    /** Milliseconds for a `timestamp` field; without it no timestamp is written (same calls, same bytes). */
    clock?: () => number;
}
export declare function encodeLine(record: Record<string, unknown>): Buffer;
export declare class AssayRecorder {
    readonly path: string;
    readonly testId: string | undefined;
    private readonly clock;
    private fd;
    constructor(path: string, opts?: RecorderOptions);
    private open;
    /** Append one record as given (any JSON object). */
    recordTrace(record: Record<string, unknown>): void;
    /** Append one tool call in the plain record form; returns the record written. */
    record(call: ToolCall): Record<string, unknown>;
    /** `fn` recording each call: `argsOf` maps its arguments to the recorded `args` (default: the first argument). */
    wrap<A extends unknown[], R>(tool: string, fn: (...a: A) => R | Promise<R>, argsOf?: (...a: A) => unknown): (...a: A) => Promise<R>;
    close(): void;
}
