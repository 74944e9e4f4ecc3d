/** The CLI could not reach a verdict. Classify by `reasonCode`, never by the message. */
export declare class AssayCliError extends Error {
    readonly reasonCode: string;
    readonly exitCode: number | null;
    readonly nextStep: string | undefined;
    readonly diagnostics: unknown[];
    constructor(reasonCode: string, message: string, opts?: {
        exitCode?: number | null;
        nextStep?: string;
        diagnostics?: unknown[];
    });
}
/** One finding or diagnostic of the validate report, flattened. */
export interface SdkFinding {
    code: string;
    severity: 'error' | 'warn' | 'note';
    message: string;
    tool?: string;
    rule?: string;
    policyFile?: string;
    policyLine?: number;
    file?: string;
    line?: number;
    entry?: string;
    callIndex?: number;
}
export interface ValidateResult {
    passed: boolean;
    exitCode: number;
    reasonCode: string | null;
    findings: SdkFinding[];
    /** The CLI's whole `assay.validate_report.v1` document. */
    report: Record<string, unknown>;
}
export interface ValidateOptions {
    /** The command that starts the CLI (a command line or argv); default $ASSAY_CLI, the bundled CLI, `assay`. */
    cli?: string | string[];
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Bad trace lines are errors. */
    strict?: boolean;
}
export declare function validate(policy: string, traces: string | string[], opts?: ValidateOptions): Promise<ValidateResult>;
