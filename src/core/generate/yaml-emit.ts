// A small, deterministic YAML emitter for the documents the authoring commands write (generated
// policies, profiles, migrated files). Strings are always double-quoted, so no value (`yes`, `*`, `- x`,
// `a: b`) changes meaning; comments are attached to map keys and list items by path. Same value → same bytes.
import { yamlString } from '../init/yaml-text.js';

export type YamlPath = ReadonlyArray<string | number>;

export interface EmitOptions {
  /** Comment lines placed before the key/item at a path (key: `pathKey(path)`). */
  comments?: ReadonlyMap<string, readonly string[]>;
  /** Comment lines at the top of the document. */
  header?: readonly string[];
}

export function pathKey(path: YamlPath): string {
  return JSON.stringify(path);
}

/** One line of comment text: controls and line breaks can never end the comment early. */
export function commentText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);

function keyText(k: string): string {
  return PLAIN_KEY.test(k) && !RESERVED.has(k.toLowerCase()) ? k : yamlString(k);
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return yamlString(String(v));
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isScalar(v: unknown): boolean {
  return v === null || v === undefined || typeof v !== 'object';
}

export function emitYaml(value: unknown, opts: EmitOptions = {}): string {
  const out: string[] = [];
  for (const h of opts.header ?? []) out.push(h === '' ? '#' : `# ${commentText(h)}`);
  const comments = opts.comments ?? new Map<string, readonly string[]>();
  const hasCommentBelow = (path: YamlPath): boolean => {
    const prefix = pathKey(path).slice(0, -1);
    for (const k of comments.keys()) if (k.startsWith(prefix) && k.length > prefix.length + 1) return true;
    return false;
  };
  const commentLines = (path: YamlPath, indent: string): void => {
    for (const c of comments.get(pathKey(path)) ?? []) out.push(`${indent}# ${commentText(c)}`);
  };
  /** Inline form of a value when it fits on its key's line, else null. */
  const inline = (v: unknown, path: YamlPath): string | null => {
    if (isScalar(v)) return scalar(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every(isScalar) && !hasCommentBelow(path)) {
        const flow = `[${v.map(scalar).join(', ')}]`;
        if (flow.length <= 100) return flow;
      }
      return null;
    }
    if (isMap(v) && Object.keys(v).length === 0) return '{}';
    return null;
  };
  const block = (v: unknown, path: YamlPath, indent: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const p = [...path, i];
        commentLines(p, indent);
        const il = inline(item, p);
        if (il !== null) {
          out.push(`${indent}- ${il}`);
        } else if (isMap(item)) {
          // First key on the dash line, the rest aligned under it.
          const start = out.length;
          block(item, p, indent + '  ');
          const first = out[start];
          if (first !== undefined && first.startsWith(indent + '  ') && !first.startsWith(indent + '  #')) {
            out[start] = `${indent}- ${first.slice(indent.length + 2)}`;
          } else {
            out.splice(start, 0, `${indent}-`);
          }
        } else {
          out.push(`${indent}-`);
          block(item, p, indent + '  ');
        }
      });
      return;
    }
    if (isMap(v)) {
      for (const [k, val] of Object.entries(v)) {
        if (val === undefined) continue;
        const p = [...path, k];
        commentLines(p, indent);
        const il = inline(val, p);
        if (il !== null) out.push(`${indent}${keyText(k)}: ${il}`);
        else {
          out.push(`${indent}${keyText(k)}:`);
          block(val, p, indent + '  ');
        }
      }
      return;
    }
    out.push(`${indent}${scalar(v)}`);
  };
  const top = inline(value, []);
  if (top !== null && !isMap(value)) out.push(top);
  else if (isMap(value) && Object.keys(value).length === 0) out.push('{}');
  else block(value, [], '');
  return out.join('\n') + '\n';
}
