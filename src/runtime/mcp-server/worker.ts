// Evaluation off the main thread: each tool call is evaluated in a worker thread that is
// terminated when it exceeds ASSAY_MCP_TIMEOUT_MS (E_TIMEOUT) and replaced on the next call. The worker
// runs the same entry file as the CLI with a hidden flag, so it works from the bundle and from sources.
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '../../core/policy/index.js';
import { ToolFailure, cacheKeyOf, legacyBlocklist, checkArgs, checkCoverage, checkSequence, explainTrace, failurePayload, policyDecide, policyFromText, type Payload } from './evaluate.js';
import type { ToolName } from './tools.js';

export interface EvalRequest {
  tool: ToolName;
  args: Record<string, unknown>;
  policy: { canonical: string; file: string; text: string };
}

export interface EvalResult {
  payload: Payload;
  /** Rendered report for format ≠ json. */
  text?: string;
  /** Deprecation notes for the server log (never part of the payload). */
  warnings?: string[];
}

interface WorkerInit {
  assayMcpEvalWorker: true;
  cacheEntries: number;
}

function run(req: EvalRequest, policy: Policy): EvalResult {
  const a = req.args as never;
  switch (req.tool) {
    case 'assay_check_args':
      return { payload: checkArgs(policy, a) };
    case 'assay_check_sequence':
      return { payload: checkSequence(policy, a) };
    case 'assay_policy_decide':
      return { payload: policyDecide(policy, a) };
    case 'assay_explain_trace':
      return explainTrace(policy, a);
    case 'assay_check_coverage':
      return checkCoverage(policy, a);
  }
}

/** Evaluate one request (worker side; also usable in-process). */
export function evaluate(req: EvalRequest, cacheEntries: number): EvalResult {
  try {
    const policy = policyFromText(req.policy.text, req.policy.file, cacheKeyOf(req.policy.canonical, req.policy.text), cacheEntries);
    const r = run(req, policy);
    return legacyBlocklist.has(policy) ? { ...r, warnings: ['legacy root "blocklist:" read as exact-name tools.deny entries; move them to tools.deny'] } : r;
  } catch (e) {
    if (e instanceof ToolFailure) return { payload: failurePayload(e.code, e.message, e.details) };
    return { payload: failurePayload('E_INTERNAL', 'Tool execution failed') };
  }
}

/** Worker side: answer requests until the parent terminates us. */
export function runEvalWorker(): Promise<void> {
  if (isMainThread || !parentPort) return Promise.resolve();
  const init = workerData as WorkerInit;
  const port = parentPort;
  port.on('message', (m: { seq: number; req: EvalRequest }) => {
    port.postMessage({ seq: m.seq, result: evaluate(m.req, init.cacheEntries) });
  });
  port.postMessage({ ready: true });
  return new Promise(() => {
    // the worker lives until terminated
  });
}

/**
 * What the worker runs: the CLI entry itself. A TypeScript entry (development, `tsx cli/index.ts`) needs
 * tsx's loader registered inside the worker, since loader hooks are not inherited by worker threads.
 */
function workerSource(entry: string): [string | URL, { eval?: boolean }] {
  if (!entry.endsWith('.ts')) return [entry, {}];
  // Resolve tsx's ESM API from the entry's location (an eval worker resolves bare names from the cwd).
  let api = 'tsx/esm/api';
  try {
    const pkg = createRequire(entry).resolve('tsx/package.json');
    const exp = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
    if (exp) api = pathToFileURL(join(dirname(pkg), exp.import.default)).href;
  } catch {
    // keep the bare specifier
  }
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return [code, { eval: true }];
}

/** Main side: one worker, one request at a time, a fresh worker after a timeout. */
export class EvalPool {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly entry: string,
    private readonly timeoutMs: number,
    private readonly cacheEntries: number,
    /** Diagnostics hook (the server logs worker failures as JSON lines). */
    private readonly onError?: (e: Error) => void,
  ) {}

  private start(): Promise<Worker> {
    if (this.ready) return this.ready;
    const w = new Worker(workerSource(this.entry)[0], {
      argv: ['mcp-server', '--eval-worker'],
      ...workerSource(this.entry)[1],
      workerData: { assayMcpEvalWorker: true, cacheEntries: this.cacheEntries } satisfies WorkerInit,
      stdout: true,
      stderr: true,
    });
    this.worker = w;
    // Whatever the worker prints must never reach the protocol stream.
    w.stdout.resume();
    w.stderr.resume();
    this.ready = new Promise<Worker>((resolve, reject) => {
      const onMsg = (m: { ready?: boolean }) => {
        if (m && m.ready) {
          w.off('message', onMsg);
          resolve(w);
        }
      };
      w.on('message', onMsg);
      w.once('error', (e) => {
        this.onError?.(e);
        reject(e);
      });
      w.once('exit', () => reject(new Error('evaluation worker exited')));
    });
    this.ready.catch(() => this.reset());
    return this.ready;
  }

  private reset(): void {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (w) void w.terminate();
  }

  run(req: EvalRequest): Promise<EvalResult> {
    const p = this.queue.then(() => this.runOne(req));
    this.queue = p.catch(() => undefined);
    return p;
  }

  private async runOne(req: EvalRequest): Promise<EvalResult> {
    let w: Worker;
    try {
      w = await this.start();
    } catch {
      this.reset();
      return { payload: failurePayload('E_INTERNAL', 'Tool execution failed') };
    }
    const seq = ++this.seq;
    return new Promise<EvalResult>((resolve) => {
      const onMsg = (m: { seq?: number; result?: EvalResult }) => {
        if (m.seq !== seq || !m.result) return;
        clearTimeout(timer);
        w.off('message', onMsg);
        w.off('exit', onExit);
        resolve(m.result);
      };
      const onExit = () => {
        clearTimeout(timer);
        w.off('message', onMsg);
        this.reset();
        resolve({ payload: failurePayload('E_INTERNAL', 'Tool execution failed') });
      };
      const timer = setTimeout(() => {
        w.off('message', onMsg);
        w.off('exit', onExit);
        this.reset();
        resolve({ payload: failurePayload('E_TIMEOUT', 'Tool execution timed out') });
      }, this.timeoutMs);
      w.on('message', onMsg);
      w.once('exit', onExit);
      w.postMessage({ seq, req });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (w) await w.terminate();
  }
}
