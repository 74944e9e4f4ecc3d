// `assay init` core: project detection, presets, templates, the plan of files and writing it.
export { detectProject, defaultCiProvider, type ProjectInfo } from './detect.js';
export { PRESETS, findPreset, presetPolicyYaml, type PresetInfo, type PresetName } from './presets.js';
export { parseRuntimeEvents, runtimePolicyYaml, type RuntimeEvents, type RuntimePolicyOptions } from './from-trace.js';
export {
  GITIGNORE_LINES,
  HELLO_PROMPT,
  STARTER_PROMPT,
  FROM_TRACE_PROMPT,
  exampleTraceJsonl,
  helloTraceJsonl,
  starterEvalYaml,
  helloEvalYaml,
  fromTraceEvalYaml,
  githubWorkflowYaml,
  gitlabCiYaml,
  gitignoreText,
} from './templates.js';
export {
  planInit,
  applyInitPlan,
  type InitOptions,
  type InitPlan,
  type InitResult,
  type PlannedFile,
  type FileAction,
  type CiProvider,
} from './plan.js';
export { yamlString, yamlFlowList } from './yaml-text.js';
