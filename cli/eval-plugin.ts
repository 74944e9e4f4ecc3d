// Bridges the eval engine (src/core/eval) into the gate run. Until eval.yaml support lands in run/ci,
// an eval config is refused with a clear message.
import type { EvalPlugin } from '../src/core/gate/gate-run.js';
import { ConfigError } from '../src/core/errors.js';

export function evalPlugin(_ctx: { flags: Record<string, unknown>; cwd: string; reproducible: boolean }): EvalPlugin {
  return {
    load(config) {
      throw new ConfigError('E_CFG_PARSE', `${config.display}: eval configs in run/ci are not available yet`, { source: 'config' });
    },
  };
}
