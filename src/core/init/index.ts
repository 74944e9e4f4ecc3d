// `assay init` core: project detection, presets, templates, the plan of files and writing it.
export { detectProject, defaultCiProvider, nodeToolNames, pythonToolNames, MCP_CLIENT_FILES, type ProjectInfo, type ProjectKind, type McpClientConfig, type McpServerEntry, type McpServerProject } from './detect.js';
export { PRESETS, COMMAND_TOOL_PATTERNS, PATH_TOOLS, PRESET_FOLDERS, findPreset, isCommandTool, presetPolicyYaml, serverPolicyYaml, type PresetInfo, type PresetName } from './presets.js';
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
  CHECKOUT_PIN,
  GITLAB_NODE_IMAGE,
  isPinnedActionRef,
  shellWord,
  shellLine,
  wrapArgv,
  wrappedClientConfigJson,
  toolTraceJsonl,
} from './templates.js';
export {
  planInit,
  applyInitPlan,
  describeProject,
  WRAPPED_CONFIG_NAME,
  type InitOptions,
  type InitPlan,
  type InitResult,
  type PlannedFile,
  type FileAction,
  type CiProvider,
} from './plan.js';
export { yamlString, yamlFlowList } from './yaml-text.js';
