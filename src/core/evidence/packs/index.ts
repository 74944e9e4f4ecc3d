// The built-in lint packs, by name.
import { CICD_STARTER_YAML } from './cicd-starter.js';
import { EU_AI_ACT_BASELINE_YAML } from './eu-ai-act-baseline.js';
import { SOC2_BASELINE_YAML } from './soc2-baseline.js';

export const BUILTIN_PACKS: Readonly<Record<string, string>> = Object.freeze({
  'cicd-starter': CICD_STARTER_YAML,
  'eu-ai-act-baseline': EU_AI_ACT_BASELINE_YAML,
  'soc2-baseline': SOC2_BASELINE_YAML,
});

export const DEFAULT_PACK = 'cicd-starter';
