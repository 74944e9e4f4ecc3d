// `--config` takes a policy or an eval config, told apart by content.
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { decodeUtf8Strict, findUtf8Problem } from '../util/read-text.js';
import { parseYamlSource } from '../util/yaml-source.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;

const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];

export type ConfigKind = 'policy' | 'eval';

export interface ConfigFile {
  kind: ConfigKind;
  /** Path to read (absolute or cwd-relative). */
  path: string;
  /** Path as shown in messages and reports. */
  display: string;
  text: string;
}

/** Read a config-or-policy file: missing → E_MISSING_CONFIG; too big / not a file / YAML error / neither shape → E_CFG_PARSE. */
export function readConfigFile(path: string, display: string): ConfigFile {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
      throw new ConfigError('E_CFG_PARSE', `${display}: config must be a regular file of at most 1 MiB`, {
        source: 'config',
        context: { file: display },
        nextStepValues: { 'config.yaml': display },
      });
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError('E_MISSING_CONFIG', `${display}: config file not found`, {
      source: 'config',
      context: { file: display },
      diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'config file not found', file: display, source: 'config' }],
    });
  }
  if (findUtf8Problem(bytes)) {
    // Invalid UTF-8 is refused before any use; the lossy text only tells which kind of file it is, so
    // the error carries the code of that file's loader.
    let kind: ConfigKind = 'eval';
    try {
      kind = detectKind(bytes.toString('utf8'), display);
    } catch {
      // not classifiable: report it as a config
    }
    decodeUtf8Strict(bytes, display, kind === 'policy' ? 'E_POLICY_PARSE' : 'E_CFG_PARSE', {
      source: kind === 'policy' ? 'policy' : 'config',
      nextStepValues: kind === 'policy' ? { 'policy.yaml': display } : { 'config.yaml': display },
    });
  }
  const text = decodeUtf8Strict(bytes, display, 'E_CFG_PARSE');
  return { kind: detectKind(text, display), path, display, text };
}

export function detectKind(text: string, display: string): ConfigKind {
  const { source, errors } = parseYamlSource(text, display, 'E_CFG_PARSE');
  if (errors.length || !source) {
    const first = errors[0]!;
    throw new ConfigError('E_CFG_PARSE', first.message, {
      source: 'config',
      context: { file: display, line: first.line, col: first.col },
      diagnostics: errors,
      nextStepValues: { 'config.yaml': display },
    });
  }
  const v = source.value;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.includes('tests') || keys.includes('suite')) return 'eval';
    if (keys.some((k) => POLICY_KEYS.includes(k))) return 'policy';
  }
  const message =
    'this file is neither an eval config (with "suite" and "tests") nor a policy (with "tools", "allow", "deny", "constraints", "schemas", "sequences", "enforcement" or "limits")';
  throw new ConfigError('E_CFG_PARSE', message, {
    source: 'config',
    context: { file: display, line: 1, col: 1 },
    diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: display, line: 1, col: 1, source: 'config' }],
    nextStepValues: { 'config.yaml': display },
  });
}
