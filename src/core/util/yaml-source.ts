// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.
import { parseAllDocuments, LineCounter, isMap, isSeq, isScalar, isPair, isAlias, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../errors.js';

export type KeyPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  file: string;
  /** Plain JS value of the document (`undefined` for an empty document). */
  value: unknown;
  /** Position of the value at `path` (the nearest existing ancestor when the path is absent). */
  posOf(path: KeyPath): Position;
  /** Position of the key of the map entry at `path` (for "unknown key" messages); falls back to posOf. */
  keyPosOf(path: KeyPath): Position;
}

export interface YamlParseResult {
  source?: YamlSource;
  errors: Diagnostic[];
}

/** Column in code points, from a UTF-16 based line/col pair. */
function toPosition(lc: LineCounter, text: string, offset: number): Position {
  const p = lc.linePos(offset);
  const lineStart = lc.lineStarts[p.line - 1] ?? 0;
  const prefix = text.slice(lineStart, offset);
  return { line: p.line, col: [...prefix].length + 1 };
}

export function parseYamlSource(text: string, file: string, code: string): YamlParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  const errors: Diagnostic[] = [];
  let docs: Document.Parsed[];
  try {
    const all = parseAllDocuments(text, {
      lineCounter,
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      merge: true,
      prettyErrors: false,
    });
    docs = Array.isArray(all) ? all : [];
  } catch (e) {
    errors.push({ code, severity: 'error', message: `YAML syntax error: ${(e as Error).message}`, file, line: 1, col: 1, source: 'config' });
    return { errors };
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const pos = toPosition(lineCounter, text, second.range[0]);
    errors.push({ code, severity: 'error', message: 'YAML syntax error: only one document per file is allowed', file, ...pos, source: 'config' });
  }
  const doc = docs[0];
  if (!doc) return { errors, source: makeSource(file, undefined, undefined, lineCounter, text) };
  for (const err of doc.errors) {
    const pos = toPosition(lineCounter, text, err.pos[0]);
    const msg = err.message.split('\n')[0] ?? err.message;
    errors.push({ code, severity: 'error', message: `YAML syntax error: ${msg}`, file, ...pos, source: 'config' });
  }
  if (errors.length) return { errors };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    errors.push({ code, severity: 'error', message: `YAML syntax error: ${(e as Error).message}`, file, line: 1, col: 1, source: 'config' });
    return { errors };
  }
  return { errors, source: makeSource(file, value, doc, lineCounter, text) };
}

function makeSource(file: string, value: unknown, doc: Document.Parsed | undefined, lc: LineCounter, text: string): YamlSource {
  const resolve = (path: KeyPath, wantKey: boolean): Position => {
    let node: unknown = doc?.contents;
    let pos: Position = { line: 1, col: 1 };
    if (node && (node as Node).range) pos = toPosition(lc, text, (node as Node).range![0]);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (isAlias(node) && doc) node = node.resolve(doc);
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg));
        if (pair) {
          next = pair.value;
          keyNode = pair.key;
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg];
      }
      if (next === undefined && keyNode === undefined) return pos;
      const last = i === path.length - 1;
      const target = last && wantKey && keyNode ? keyNode : (next ?? keyNode);
      const r = (target as Node | null)?.range;
      if (r) pos = toPosition(lc, text, r[0]);
      else if (keyNode && (keyNode as Node).range) pos = toPosition(lc, text, (keyNode as Node).range![0]);
      node = next;
    }
    return pos;
  };
  return {
    file,
    value,
    posOf: (path) => resolve(path, false),
    keyPosOf: (path) => resolve(path, true),
  };
}
