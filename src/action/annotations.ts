// Annotations within GitHub's budget: 10 per level per step. Per level, operational
// messages first (more than 3 merged into one), then findings (new first, severity, path/line), and when
// findings do not fit the last slot says how many more there are. At `error` level one slot is kept for the
// final failure message. Messages that arrive after the flush use whatever budget is left.
import type { Finding } from '../core/report/finding.js';
import { boundText, safeBounded, safeText } from '../core/render/safe-text.js';
import { ANNOTATION_MESSAGE_MAX, ANNOTATIONS_PER_LEVEL, OPERATIONAL_MERGE_ABOVE } from './constants.js';
import { displayOrder } from './model.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** Where annotations go (the toolkit's error/warning/notice in main.ts; a recorder in tests). */
export interface AnnotationSink {
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void;
  /** Plain log line (for what does not fit). */
  log(message: string): void;
}

export interface OperationalMessage {
  level: AnnotationLevel;
  message: string;
}

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

function findingLevel(f: Finding): AnnotationLevel {
  return f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
}

export class Annotator {
  private readonly used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  constructor(
    private readonly sink: AnnotationSink,
    /** Keep one error slot for the step's failure message. */
    private readonly reserveErrorSlot: boolean,
    private readonly perLevel = ANNOTATIONS_PER_LEVEL,
  ) {}

  capacity(level: AnnotationLevel): number {
    return this.perLevel - (level === 'error' && this.reserveErrorSlot ? 1 : 0);
  }

  remaining(level: AnnotationLevel): number {
    return Math.max(0, this.capacity(level) - this.used[level]);
  }

  private emit(level: AnnotationLevel, message: string, props?: AnnotationProps): void {
    this.used[level]++;
    this.sink.annotate(level, message, props);
  }

  /**
   * Operational messages and findings, within the per-level budget. `totals` are the exact counts when
   * `findings` holds only the top-ranked part of a dense run, so "N more" stays exact.
   */
  flush(operational: readonly OperationalMessage[], findings: readonly Finding[], totals?: Readonly<Record<AnnotationLevel, number>>): void {
    const ordered = displayOrder(findings);
    for (const level of LEVELS) {
      let ops = operational.filter((o) => o.level === level).map((o) => o.message);
      if (ops.length > OPERATIONAL_MERGE_ABOVE) {
        for (const o of ops) this.sink.log(`${level}: ${o}`);
        ops = [`${ops.length} ${level} messages: ${ops.map((o) => boundText(o, 200)).join(' | ')}`];
      }
      for (const o of ops) {
        if (this.remaining(level) > 0) this.emit(level, safeText(o));
        else this.sink.log(`${level}: ${o}`);
      }
      const mine = ordered.filter((f) => findingLevel(f) === level);
      const room = this.remaining(level);
      const fits = mine.length <= room ? mine.length : Math.max(0, room - 1);
      for (const f of mine.slice(0, fits)) {
        this.emit(level, boundText(safeBounded(f.message), ANNOTATION_MESSAGE_MAX), {
          title: f.rule_id,
          ...(f.location.uri !== '' ? { file: f.location.uri, startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.col) } : {}),
        });
      }
      const rest = Math.max(mine.length, totals?.[level] ?? 0) - fits;
      if (rest > 0) {
        if (this.remaining(level) > 0) this.emit(level, `${rest} more ${level} findings: see job summary / SARIF`);
        else this.sink.log(`${rest} more ${level} findings: see job summary / SARIF`);
      }
    }
  }

  /** A message after the flush (artifact upload, baseline save): annotated if budget is left, else logged. */
  late(level: AnnotationLevel, message: string): void {
    if (this.remaining(level) > 0) this.emit(level, safeText(message));
    else this.sink.log(`${level}: ${message}`);
  }
}
