export { AssayRecorder, encodeLine, type RecorderOptions, type ToolCall } from './recorder.js';
export { wrapMcpClient, type CallToolParams, type McpToolClient } from './mcp.js';
export { validate, AssayCliError, type SdkFinding, type ValidateOptions, type ValidateResult } from './validate.js';
export { findCli, runCli, splitCommand, type CliRun } from './cli.js';
