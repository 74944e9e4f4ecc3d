// `doctor --fix`: an unknown key is renamed to the single known key within edit distance 2.
// The rename is a text edit at the key's position, so comments and formatting stay as they are.
import { ROOT_KEYS } from '../policy/index.js';
import { TOOLS_KEYS } from '../policy/load-tools.js';
import { closestKey } from '../util/unknown-keys.js';
import { parseYamlSource, type KeyPath } from '../util/yaml-source.js';

export interface KeyRename {
  file: string;
  /** Key path of the misspelt key (its last element is the key). */
  path: Array<string | number>;
  from: string;
  to: string;
  line: number;
  col: number;
}

// The edit distance and the single-candidate rule are shared with the loaders' "did you mean".
export { closestKey, editDistance } from '../util/unknown-keys.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const EVAL_ROOT = ['configVersion', 'version', 'suite', 'model', 'settings', 'thresholds', 'otel', 'tests'];
const EVAL_TEST = ['id', 'input', 'expected', 'assertions', 'on_error', 'tags', 'metadata'];
const EVAL_INPUT = ['prompt', 'context'];
const EVAL_SETTINGS = ['parallel', 'timeout_seconds', 'cache', 'seed', 'on_error', 'bail_on_first_failure', 'judge', 'thresholding'];
const EVAL_THRESHOLDS = ['min_score', 'block_on_warn'];
const EVAL_THRESHOLDING = ['mode', 'max_drop', 'min_floor'];

/** Renames for a policy (root and `tools`) or an eval config (root, tests, input, settings, thresholds). */
export function findKeyRenames(text: string, file: string, kind: 'policy' | 'eval'): KeyRename[] {
  const parsed = parseYamlSource(text, file, 'E_CFG_PARSE');
  const src = parsed.source;
  if (!src || !isObj(src.value)) return [];
  const out: KeyRename[] = [];
  const check = (obj: Obj, at: KeyPath, known: readonly string[]): void => {
    const present = Object.keys(obj);
    for (const k of present) {
      if (known.includes(k)) continue;
      const to = closestKey(k, known, present);
      if (to === null) continue;
      const pos = src.keyPosOf([...at, k]);
      out.push({ file, path: [...at, k], from: k, to, line: pos.line, col: pos.col });
    }
  };
  const root = src.value;
  if (kind === 'policy') {
    check(root, [], ROOT_KEYS);
    if (isObj(root.tools)) check(root.tools, ['tools'], TOOLS_KEYS);
  } else {
    check(root, [], EVAL_ROOT);
    if (isObj(root.settings)) {
      check(root.settings, ['settings'], EVAL_SETTINGS);
      if (isObj(root.settings.thresholding)) check(root.settings.thresholding, ['settings', 'thresholding'], EVAL_THRESHOLDING);
    }
    if (isObj(root.thresholds)) check(root.thresholds, ['thresholds'], EVAL_THRESHOLDS);
    if (Array.isArray(root.tests)) {
      root.tests.forEach((t, i) => {
        if (!isObj(t)) return;
        check(t, ['tests', i], EVAL_TEST);
        if (isObj(t.input)) check(t.input, ['tests', i, 'input'], EVAL_INPUT);
      });
    }
  }
  return out;
}

/** Apply renames to the text (each checked against the text at its position; others are skipped). */
export function applyKeyRenames(text: string, renames: readonly KeyRename[]): { text: string; applied: KeyRename[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const lines = body.split('\n');
  const applied: KeyRename[] = [];
  const sorted = [...renames].sort((a, b) => b.line - a.line || b.col - a.col);
  for (const r of sorted) {
    const line = lines[r.line - 1];
    if (line === undefined) continue;
    // Column is in code points; convert to a UTF-16 index.
    let idx = 0;
    for (let cp = 1; cp < r.col && idx < line.length; cp++) idx += line.codePointAt(idx)! > 0xffff ? 2 : 1;
    const rest = line.slice(idx);
    let replaced: string | undefined;
    for (const q of ['', '"', "'"]) {
      const token = `${q}${r.from}${q}`;
      if (rest.startsWith(token)) {
        replaced = line.slice(0, idx) + `${q}${r.to}${q}` + rest.slice(token.length);
        break;
      }
    }
    if (replaced === undefined) continue;
    lines[r.line - 1] = replaced;
    applied.push(r);
  }
  return { text: bom + lines.join('\n'), applied: applied.reverse() };
}
