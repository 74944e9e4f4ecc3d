// validate's eval-config branch: load the config with every diagnostic (the eval area owns the rules).
import type { EvalValidation, FileRef } from '../src/core/gate/validate.js';
import { collectEvalConfig } from '../src/core/eval/index.js';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function validateEvalHook(opts: { replayStrict: boolean; denyDeprecations: boolean; baseline?: string }) {
  return async (config: FileRef): Promise<EvalValidation> => {
    const bytes = readFileSync(config.path);
    const r = collectEvalConfig(bytes.toString('utf8'), config.display, dirname(config.path), { denyDeprecations: opts.denyDeprecations }, bytes);
    return { diagnostics: r.diagnostics, findings: [], policies: [] };
  };
}
