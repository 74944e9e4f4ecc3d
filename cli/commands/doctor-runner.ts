// `assay doctor --runner`: the kernel facts of src/runtime/runner-probe.ts as text or JSON. Exit 0
// whatever is missing, unless `--require sandbox` (then 2 with the registered reason).
import { UsageError } from '../../src/core/errors.js';
import { exitCodeFor, fillNextStep, REASON_CODE_VERSION } from '../../src/core/outcome/reason-codes.js';
import { VERSION } from '../../src/core/version.js';
import { assessRunner, gatherRunnerFacts, sandboxRequirement } from '../../src/runtime/runner-probe.js';
import { emitArtefact, err, jsonText, reportError } from '../output.js';
import { parseFormat } from '../options.js';

export interface RunnerDoctorFlags {
  runner?: boolean;
  require?: string;
  nativeHelper?: string;
  format: string;
}

const ICON: Record<string, string> = { ok: '✔', warn: '⚠', missing: '✖', unknown: '○' };

export async function runRunnerDoctor(flags: RunnerDoctorFlags): Promise<number> {
  let json = false;
  try {
    const format = parseFormat(flags.format, ['text', 'json']);
    json = format === 'json';
    if (flags.require !== undefined && flags.require !== 'sandbox') {
      throw new UsageError('E_INVALID_ARGS', `--require knows only "sandbox" (got ${JSON.stringify(flags.require)})`, { source: 'cli' });
    }
    const facts = gatherRunnerFacts(flags.nativeHelper !== undefined ? { nativeHelper: flags.nativeHelper } : {});
    const checks = assessRunner(facts);
    const failed = flags.require === 'sandbox' ? sandboxRequirement(facts) : undefined;
    const exit = failed ? exitCodeFor(failed.code) : 0;
    const nextStep = failed ? fillNextStep(failed.code) : undefined;
    if (json) {
      emitArtefact(
        jsonText({
          schema: 'assay.runner_report.v1',
          schema_version: 1,
          ok: !failed,
          exit_code: exit,
          reason_code_version: REASON_CODE_VERSION,
          reason_code: failed?.code ?? '',
          ...(failed ? { reason: failed.reason, next_step: nextStep } : {}),
          tool: { name: 'assay', version: VERSION },
          arch: facts.probe?.arch ?? process.arch,
          landlock: facts.probe?.landlock ?? null,
          checks,
        }),
      );
    } else {
      err('Assay doctor --runner');
      for (const c of checks) {
        err(`${ICON[c.status]} ${c.id}: ${c.value}`);
        err(`    ${c.status === 'ok' ? 'enables' : 'affects'}: ${c.enables}`);
      }
    }
    if (failed) {
      err(`assay: ${failed.code}: --require sandbox: ${failed.reason}`);
      err(`Next: ${nextStep}`);
    }
    return exit;
  } catch (e) {
    return reportError(e, { json });
  }
}
