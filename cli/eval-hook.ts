// validate's eval-config branch: the environment-facing bits (cwd, cache dir) around the core steps.
import { resolve } from 'node:path';
import type { EvalValidation, FileRef } from '../src/core/gate/validate.js';
import { validateEvalConfig } from '../src/core/gate/validate-eval.js';
import { fileRef } from './paths.js';
import { DEFAULT_CACHE_DIR } from './eval-plugin.js';

export function validateEvalHook(opts: { replayStrict: boolean; denyDeprecations: boolean; lenient?: boolean; baseline?: string }) {
  return (config: FileRef, ctx: { traces: FileRef[]; strict: boolean }): Promise<EvalValidation> =>
    validateEvalConfig(config, {
      traces: ctx.traces,
      strict: ctx.strict,
      replayStrict: opts.replayStrict,
      denyDeprecations: opts.denyDeprecations,
      ...(opts.lenient ? { lenient: true } : {}),
      cwd: process.cwd(),
      cacheDir: resolve(process.cwd(), process.env.ASSAY_CACHE_DIR || DEFAULT_CACHE_DIR),
      ...(opts.baseline ? { baseline: fileRef(opts.baseline) } : {}),
    });
}
