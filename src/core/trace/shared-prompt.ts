// Placeholder prompts: written when a source has no prompt of its own, so many entries may carry the same
// one. They are no identity (docs/traces.md "Entry identity"): the reader does not treat a repeat as a
// duplicate, and a test binds to such a prompt only while one entry carries it.

/** Prompt of an imported MCP session without `--prompt` (also what the reference writes). */
export const MCP_SESSION_PROMPT = '<mcp:session>';
/** Prompt of the default plain-record group (compatible: the reference keys prompt-less tool records so). */
export const DEFAULT_GROUP_PROMPT = 'ignore';

/** Is this V2 episode prompt the import placeholder? Only for episodes the importer marked as its own. */
export function isImportPlaceholder(prompt: string | undefined, meta: Record<string, unknown>): boolean {
  return prompt === MCP_SESSION_PROMPT && meta['source'] === 'mcp_import';
}
