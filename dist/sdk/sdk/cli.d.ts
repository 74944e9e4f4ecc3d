/** Split a command line like a POSIX shell: quotes group, backslash escapes (not inside single quotes). */
export declare function splitCommand(line: string): string[];
export declare function findCli(cli?: string | string[], env?: NodeJS.ProcessEnv): string[];
export interface CliRun {
    argv: string[];
    exitCode: number;
    stdout: string;
    stderr: string;
}
export declare function runCli(args: string[], opts?: {
    cli?: string | string[];
    cwd?: string;
    env?: NodeJS.ProcessEnv;
}): Promise<CliRun>;
