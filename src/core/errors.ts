// Typed errors of the core. Classify by class and code, never by message text.
import { fillNextStep, type ReasonCode } from './outcome/reason-codes.js';

export type ErrorSource = 'config' | 'trace' | 'policy' | 'cli' | 'provider' | 'network' | 'evidence' | 'baseline' | 'unknown';

export interface ErrorContext {
  file?: string;
  line?: number;
  col?: number;
  [key: string]: unknown;
}

export class AssayError extends Error {
  readonly reasonCode: ReasonCode;
  readonly source: ErrorSource;
  readonly context: ErrorContext;
  readonly nextStep: string;
  /** The values the next step was filled from: a caller that knows more (the run's paths) refills it. */
  readonly nextStepValues: Readonly<Record<string, string | undefined>>;
  /** Further diagnostics collected together with this one (loading reports every error). */
  readonly diagnostics: Diagnostic[];

  constructor(
    reasonCode: ReasonCode,
    message: string,
    opts: { source?: ErrorSource; context?: ErrorContext; nextStepValues?: Record<string, string | undefined>; diagnostics?: Diagnostic[] } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.reasonCode = reasonCode;
    this.source = opts.source ?? 'unknown';
    this.context = opts.context ?? {};
    this.nextStepValues = { ...opts.nextStepValues };
    this.nextStep = fillNextStep(reasonCode, this.nextStepValues);
    this.diagnostics = opts.diagnostics ?? [];
  }
}

export class UsageError extends AssayError {}
export class ConfigError extends AssayError {}
export class InputError extends AssayError {}
export class EvidenceError extends AssayError {}
export class InfraError extends AssayError {}

export type Severity = 'error' | 'warning' | 'note';

/** One problem or remark with a position: `<file>:<line>:<col>: <level> <CODE>: <message>`. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  source?: ErrorSource;
  file?: string;
  line?: number;
  col?: number;
  /** Extra machine-readable context (key path, test id, ...). */
  context?: Record<string, unknown>;
}

export function formatDiagnostic(d: Diagnostic): string {
  let where = '';
  if (d.file !== undefined) {
    where = d.file;
    if (d.line !== undefined) where += `:${d.line}:${d.col ?? 1}`;
    where += ': ';
  }
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

/** Turn the first error diagnostic of a list into a thrown error of the given class. */
export function diagnosticsToError(
  Cls: new (code: ReasonCode, message: string, opts: ConstructorParameters<typeof AssayError>[2]) => AssayError,
  code: ReasonCode,
  diagnostics: Diagnostic[],
  source: ErrorSource,
  nextStepValues?: Record<string, string | undefined>,
): AssayError {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  return new Cls(code, first?.message ?? code, {
    source,
    context: { file: first?.file, line: first?.line, col: first?.col },
    nextStepValues,
    diagnostics,
  });
}
