// `assay/sdk`: record an agent's tool calls (directly or through an MCP client) and validate them.
export { AssayRecorder, encodeLine, type RecorderOptions, type ToolCall } from './recorder.js';
export { wrapMcpClient, type CallToolParams, type McpToolClient } from './mcp.js';
export { validate, AssayCliError, type SdkFinding, type ValidateOptions, type ValidateResult } from './validate.js';
export { findCli, runCli, splitCommand, type CliRun } from './cli.js';
