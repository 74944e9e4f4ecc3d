// tool_pins: a tool's identity is {server_id, tool_name, schema_hash,
// meta_hash} with schema_hash = sha256(JCS(inputSchema ?? null)), meta_hash = sha256(description ?? "").
import { createHash } from 'node:crypto';
import { canonicalize } from '../jcs.js';
import { isPlainObject } from './load-context.js';
import type { ToolPin } from './types.js';

export interface ToolIdentity {
  server_id: string | null;
  tool_name: string;
  schema_hash: string;
  meta_hash: string;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The identity carried by `definition`: either an observed identity (has `schema_hash`) or a tool
 * definition (`meta.tool_definitions` entry or an MCP tools/list record). null when unusable.
 */
export function identityOf(definition: unknown, fallbackName: string): ToolIdentity | null {
  if (!isPlainObject(definition)) return null;
  const d = definition;
  if (typeof d.schema_hash === 'string' || typeof d.meta_hash === 'string') {
    return {
      server_id: typeof d.server_id === 'string' ? d.server_id : null,
      tool_name: typeof d.tool_name === 'string' ? d.tool_name : typeof d.name === 'string' ? d.name : fallbackName,
      schema_hash: typeof d.schema_hash === 'string' ? d.schema_hash : '',
      meta_hash: typeof d.meta_hash === 'string' ? d.meta_hash : '',
    };
  }
  const ti = isPlainObject(d.tool_identity) ? d.tool_identity : undefined;
  const serverId = typeof d.server_id === 'string' ? d.server_id : typeof ti?.server_id === 'string' ? ti.server_id : null;
  const schema = d.input_schema !== undefined ? d.input_schema : d.inputSchema !== undefined ? d.inputSchema : null;
  let schemaHash: string;
  try {
    schemaHash = sha256(canonicalize(schema));
  } catch {
    return null;
  }
  return {
    server_id: serverId,
    tool_name: typeof d.name === 'string' ? d.name : typeof d.tool_name === 'string' ? d.tool_name : fallbackName,
    schema_hash: schemaHash,
    meta_hash: sha256(typeof d.description === 'string' ? d.description : ''),
  };
}

/** Which pinned fields differ (empty = no drift). */
export function pinDrift(pin: ToolPin, id: ToolIdentity): string[] {
  const out: string[] = [];
  if (id.server_id !== pin.server_id) out.push('server_id');
  if (id.tool_name !== pin.tool_name) out.push('tool_name');
  if (id.schema_hash !== pin.schema_hash) out.push('schema_hash');
  if (id.meta_hash !== pin.meta_hash) out.push('meta_hash');
  return out;
}
