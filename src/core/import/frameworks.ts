// The agent-framework importers by `--format` name (docs/importers.md).
import type { FrameworkImportOptions, FrameworkImportResult } from './framework-common.js';
import { importLangChain } from './langchain.js';
import { importLangfuse } from './langfuse.js';
import { importOpenAiAgents } from './openai-agents.js';

export type { FrameworkImportOptions, FrameworkImportResult } from './framework-common.js';
export { importLangChain, importLangfuse, importOpenAiAgents };

export interface FrameworkImporter {
  /** What the input holds, for messages ("OpenAI Agents SDK spans"). */
  label: string;
  run(text: string, opts: FrameworkImportOptions): FrameworkImportResult;
}

export const FRAMEWORK_IMPORTERS: Readonly<Record<string, FrameworkImporter>> = {
  'openai-agents': { label: 'OpenAI Agents SDK trace', run: importOpenAiAgents },
  langchain: { label: 'LangChain/LangSmith runs', run: importLangChain },
  langfuse: { label: 'Langfuse traces', run: importLangfuse },
};

export function frameworkImporter(format: string): FrameworkImporter | undefined {
  return Object.prototype.hasOwnProperty.call(FRAMEWORK_IMPORTERS, format) ? FRAMEWORK_IMPORTERS[format] : undefined;
}
