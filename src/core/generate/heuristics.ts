// The risk heuristics of `assay generate --heuristics` (also record's step 3): path entropy, hash-like
// segments and sensitive ports; for tool-call traces also the dangerous tool names.
import { compileToolPattern } from '../policy/tool-pattern.js';

export type Risk = 'needs_review' | 'deny_recommended';

export interface Judgement {
  risk?: Risk;
  reasons: string[];
}

export const DEFAULT_ENTROPY_THRESHOLD = 3.8;
/** Above this many bits a path segment is a deny recommendation (the reference's threshold). */
export const ENTROPY_DENY = 4.5;
export const SENSITIVE_PORTS: ReadonlySet<number> = new Set([22, 23, 139, 445, 1433, 3306, 3389, 5432]);
const EXEMPT_PATH_PARTS = ['/proc/', '/sys/', '/run/user/'];

/** Shannon entropy in bits per character (code points). */
export function shannonBits(s: string): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    n++;
  }
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Paths under /proc, /sys, /run/user and shared-library versions are never risky (noise). */
export function isExemptPath(path: string): boolean {
  return EXEMPT_PATH_PARTS.some((p) => path.includes(p)) || path.includes('.so.');
}

/** Entropy and hash checks of one path. */
export function judgePath(path: string, entropyThreshold: number = DEFAULT_ENTROPY_THRESHOLD): Judgement {
  if (isExemptPath(path)) return { reasons: [] };
  const reasons: string[] = [];
  let risk: Risk | undefined;
  let best = 0;
  for (const seg of path.split('/')) {
    if ([...seg].length >= 8) best = Math.max(best, shannonBits(seg));
    if (seg.length >= 32) {
      let hex = 0;
      for (const c of seg) if (/[0-9a-fA-F]/.test(c)) hex++;
      if (hex / seg.length > 0.8) {
        risk = 'needs_review';
        reasons.push('looks like hash');
      }
    }
  }
  if (best > ENTROPY_DENY) {
    risk = 'deny_recommended';
    reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
  } else if (best >= entropyThreshold) {
    risk ??= 'needs_review';
    reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
  }
  return risk ? { risk, reasons } : { reasons };
}

/** The port of `host:port`, `[v6]:port` or a URL authority; NaN when there is none. */
export function portOf(dest: string): number {
  const m = /:(\d{1,5})$/.exec(dest);
  return m ? Number(m[1]) : NaN;
}

/** Sensitive destination ports. */
export function judgeDest(dest: string): Judgement {
  const port = portOf(dest);
  return SENSITIVE_PORTS.has(port) ? { risk: 'needs_review', reasons: [`sensitive port ${port}`] } : { reasons: [] };
}

/**
 * Tool names that run commands or code. A generated policy always denies these patterns; an observed
 * tool that matches one is denied under --heuristics (and allowed, with the pattern dropped, without).
 */
export const DANGEROUS_TOOL_PATTERNS: readonly string[] = [
  'exec*',
  '*.exec',
  '*_exec',
  'shell*',
  '*.shell',
  '*_shell',
  'bash*',
  'powershell*',
  'cmd',
  'spawn*',
  'subprocess*',
  'sudo*',
  'eval',
  'run_command*',
  'terminal*',
  'python_sandbox*',
];

const DANGEROUS = DANGEROUS_TOOL_PATTERNS.map((p) => compileToolPattern(p));

/** The first dangerous pattern a tool name matches, or null. */
export function dangerousPattern(name: string): string | null {
  const m = DANGEROUS.find((p) => p.test(name));
  return m ? m.pattern : null;
}
