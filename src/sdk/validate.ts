// `validate()`: run `assay validate --format json` on a policy and traces and return the verdict.
// Exit 0/1 is a verdict; exit 2 (config/input) and 3 (infrastructure) throw AssayCliError with the
// CLI's reason code, the same contract as the Python SDK (docs/sdk.md).
import { runCli } from './cli.js';

/** The CLI could not reach a verdict. Classify by `reasonCode`, never by the message. */
export class AssayCliError extends Error {
  readonly reasonCode: string;
  readonly exitCode: number | null;
  readonly nextStep: string | undefined;
  readonly diagnostics: unknown[];

  constructor(reasonCode: string, message: string, opts: { exitCode?: number | null; nextStep?: string; diagnostics?: unknown[] } = {}) {
    super(`${reasonCode}: ${message}`);
    this.name = 'AssayCliError';
    this.reasonCode = reasonCode;
    this.exitCode = opts.exitCode ?? null;
    this.nextStep = opts.nextStep;
    this.diagnostics = opts.diagnostics ?? [];
  }
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

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function flatten(d: Json): SdkFinding {
  const ctx = obj(d.context);
  const pol = obj(ctx.policy_location);
  const f: SdkFinding = { code: String(d.code), severity: d.severity as SdkFinding['severity'], message: String(d.message) };
  const put = <K extends keyof SdkFinding>(k: K, v: SdkFinding[K] | undefined): void => {
    if (v !== undefined) f[k] = v;
  };
  put('tool', str(ctx.tool));
  put('rule', str(ctx.policy_rule));
  put('policyFile', str(pol.file));
  put('policyLine', num(pol.line));
  put('file', str(ctx.file));
  put('line', num(ctx.line));
  put('entry', str(ctx.entry_key) ?? str(ctx.test_id));
  put('callIndex', num(ctx.call_index));
  return f;
}

export async function validate(policy: string, traces: string | string[], opts: ValidateOptions = {}): Promise<ValidateResult> {
  const files = typeof traces === 'string' ? [traces] : traces;
  if (!files.length) throw new AssayCliError('E_INVALID_ARGS', 'no trace file given');
  const args = ['validate', '--config', policy, '--format', 'json', '--no-color', ...(opts.strict ? ['--strict'] : []), '--trace-file', ...files];
  let run;
  try {
    run = await runCli(args, { ...(opts.cli !== undefined ? { cli: opts.cli } : {}), ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}), ...(opts.env ? { env: opts.env } : {}) });
  } catch (e) {
    // spawn failed: the command does not exist or cannot be executed.
    throw new AssayCliError('E_PATH_NOT_FOUND', `cannot start the Assay CLI: ${(e as Error).message}`, {
      nextStep: 'Set ASSAY_CLI to the command that starts the CLI, or pass the cli option',
    });
  }
  let doc: Json | undefined;
  try {
    const parsed: unknown = JSON.parse(run.stdout);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) doc = parsed as Json;
  } catch {
    doc = undefined;
  }
  const diagnostics = Array.isArray(doc?.diagnostics) ? (doc.diagnostics as unknown[]).map(obj) : [];
  if ((run.exitCode === 0 || run.exitCode === 1) && doc) {
    return { passed: run.exitCode === 0, exitCode: run.exitCode, reasonCode: str(doc.reason_code) ?? null, findings: diagnostics.map(flatten), report: doc };
  }
  if (doc && typeof doc.reason_code === 'string') {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    throw new AssayCliError(doc.reason_code, str(doc.message) ?? str(first?.message) ?? doc.reason_code, { exitCode: run.exitCode, ...(str(doc.next_step) ? { nextStep: str(doc.next_step)! } : {}), diagnostics });
  }
  const tail = run.stderr.trim().split('\n').slice(-5).join('\n');
  throw new AssayCliError('E_INTERNAL', `the Assay CLI exited ${run.exitCode} without a JSON report: ${tail}`, { exitCode: run.exitCode });
}
