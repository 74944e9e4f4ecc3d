// The planned ruleset as `assay-native exec` arguments. Rule indexes in the helper's status line are
// positions in `ruleOrder`, so a failure can be named without putting a path on the status channel.
import type { Plan } from '../../core/sandbox/plan.js';
import type { NetPlan } from '../../core/sandbox/net.js';

export interface HelperArgsInput {
  plan: Plan;
  net?: NetPlan;
  enforceNet: boolean;
  scopes: { signal: boolean; abstractUnixSocket: boolean };
  seccompBaseline: boolean;
  missingFail: boolean;
  statusFd: number;
  command: readonly string[];
}

export function helperExecArgs(i: HelperArgsInput): { args: string[]; ruleOrder: string[] } {
  const args = ['exec', '--status-fd', String(i.statusFd), '--missing', i.missingFail ? 'fail' : 'skip'];
  const ruleOrder: string[] = [];
  for (const r of i.plan.rules) {
    args.push(`--${r.access}`, r.path);
    ruleOrder.push(r.path);
  }
  if (i.enforceNet && i.net) {
    args.push('--handle-net');
    for (const p of i.net.connectPorts) {
      args.push('--connect-port', String(p));
      ruleOrder.push(`connect:${p}`);
    }
  }
  if (i.net?.bindPorts !== undefined) {
    args.push('--handle-bind');
    for (const p of i.net.bindPorts) {
      args.push('--bind-port', String(p));
      ruleOrder.push(`bind:${p}`);
    }
  }
  if (i.scopes.signal) args.push('--scope', 'signal');
  if (i.scopes.abstractUnixSocket) args.push('--scope', 'abstract-unix');
  if (i.seccompBaseline) args.push('--seccomp-baseline');
  args.push('--', ...i.command);
  return { args, ruleOrder };
}

export interface StatusLine {
  stage: string;
  errno: number;
  errname: string;
  abi: number;
  rule?: number;
}

/** Parse the helper's failure line; undefined for anything else. */
export function parseStatusLine(text: string): StatusLine | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line) return undefined;
  try {
    const o = JSON.parse(line) as Record<string, unknown>;
    if (o.ok !== false || typeof o.stage !== 'string') return undefined;
    return {
      stage: o.stage,
      errno: typeof o.errno === 'number' ? o.errno : 0,
      errname: typeof o.errname === 'string' ? o.errname : 'E?',
      abi: typeof o.abi === 'number' ? o.abi : 0,
      ...(typeof o.rule === 'number' ? { rule: o.rule } : {}),
    };
  } catch {
    return undefined;
  }
}
