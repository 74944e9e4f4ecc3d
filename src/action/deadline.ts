// The step's overall deadline (docs/action-limits.md): one AbortSignal that every GitHub call listens to,
// measured from the start of the run. It never changes the verdict; it only stops waiting on the network
// so reports and outputs are always written before GitHub's own step timeout could kill the process.

export class Deadline {
  private readonly ac = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private budgetMs = 0;

  constructor(
    private readonly t0: number,
    budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.set(budgetMs);
  }

  /** (Re)arm: the deadline falls `budgetMs` after t0 (the input is read after the clock started). */
  set(budgetMs: number): void {
    if (this.ac.signal.aborted) return;
    this.budgetMs = budgetMs;
    if (this.timer) clearTimeout(this.timer);
    const left = this.t0 + budgetMs - this.now();
    if (left <= 0) {
      this.ac.abort();
      return;
    }
    this.timer = setTimeout(() => this.ac.abort(), left);
    // The deadline alone must not keep a finished run alive.
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.ac.signal;
  }

  get expired(): boolean {
    return this.ac.signal.aborted;
  }

  get seconds(): number {
    return Math.round(this.budgetMs / 100) / 10;
  }

  /** `p`'s value, or `onDeadline()` as soon as the deadline fires first (`p` is then abandoned). */
  race<T>(p: Promise<T>, onDeadline: () => T): Promise<T> {
    if (this.expired) {
      p.catch(() => undefined);
      return Promise.resolve(onDeadline());
    }
    return new Promise<T>((resolve, reject) => {
      const fire = (): void => resolve(onDeadline());
      this.signal.addEventListener('abort', fire, { once: true });
      p.then(
        (v) => {
          this.signal.removeEventListener('abort', fire);
          resolve(v);
        },
        (e: unknown) => {
          this.signal.removeEventListener('abort', fire);
          reject(e);
        },
      );
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** The budget in ms: ASSAY_ACTION_DEADLINE_MS (tests) wins over the input. */
export function deadlineBudgetMs(env: NodeJS.ProcessEnv, inputMs: number, envName: string): number {
  const v = env[envName];
  return v !== undefined && /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : inputMs;
}
