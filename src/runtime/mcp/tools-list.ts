// Server → client tools/list handling: observed tool identities, outputSchema presence,
// name-only filtering of denied tools and optional `tool_identity` annotation.
import { createHash } from 'node:crypto';
import { canonicalize } from '../../core/jcs.js';
import type { DecideOptions, Policy } from '../../core/policy/index.js';

export interface ToolIdentity {
  server_id: string;
  tool_name: string;
  schema_hash: string;
  meta_hash: string;
}

export interface ObservedTool {
  identity: ToolIdentity;
  hasOutputSchema: boolean;
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Identity of one listed tool; null when the record is unusable (no name, non-JSON schema). */
export function toolIdentity(serverId: string, tool: Record<string, unknown>): ToolIdentity | null {
  if (typeof tool.name !== 'string') return null;
  let schema: string;
  try {
    schema = canonicalize(tool.inputSchema === undefined ? null : tool.inputSchema);
  } catch {
    return null;
  }
  return {
    server_id: serverId,
    tool_name: tool.name,
    schema_hash: sha256Hex(schema),
    meta_hash: sha256Hex(typeof tool.description === 'string' ? tool.description : ''),
  };
}

export interface ListingOptions {
  serverId: string;
  filter: boolean;
  annotate: boolean;
  decide: DecideOptions;
}

/**
 * Record identities from a tools/list response object and, when asked, filter/annotate it in place.
 * Returns true when the message was changed (then it must be re-serialized).
 */
export function processToolsList(msg: Record<string, unknown>, observed: Map<string, ObservedTool>, policy: Policy, o: ListingOptions): boolean {
  const result = msg.result;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const tools = (result as Record<string, unknown>).tools;
  if (!Array.isArray(tools)) return false;
  let changed = false;
  const kept: unknown[] = [];
  for (const t of tools) {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      kept.push(t);
      continue;
    }
    const rec = t as Record<string, unknown>;
    const id = toolIdentity(o.serverId, rec);
    if (id) observed.set(id.tool_name, { identity: id, hasOutputSchema: rec.outputSchema !== undefined && rec.outputSchema !== null });
    if (o.filter && typeof rec.name === 'string' && policy.nameDecision(rec.name, id ?? null, o.decide).decision === 'deny') {
      changed = true;
      continue;
    }
    if (o.annotate && id) {
      rec.tool_identity = id;
      changed = true;
    }
    kept.push(rec);
  }
  if (changed) (result as Record<string, unknown>).tools = kept;
  return changed;
}
