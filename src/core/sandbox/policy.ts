// The sandbox policy file (docs/sandbox.md): fs grants and denies, TCP ports, Landlock scopes, env
// allow-list. Strict: duplicate or unknown keys, wrong types, globs and a non-empty `extends` are errors
// (a typo must never silently weaken containment). The generate/record document is accepted too and
// converted (./convert-record.ts).
import { ConfigError, type Diagnostic } from '../errors.js';
import { parseYamlSource, type KeyPath, type YamlSource } from '../util/yaml-source.js';
import { suggestKey, unknownKeyMessage } from '../util/unknown-keys.js';
import { convertRecordDocument, isRecordDocument } from './convert-record.js';

export interface SandboxPolicy {
  /** Display name: the file as given, or the built-in's name. */
  name: string;
  builtin: boolean;
  /** Converted from a generate/record document. */
  converted: boolean;
  fs: { allow: string[]; read: string[]; deny: string[] };
  /** `bind` undefined = bind not restricted; [] = no bind allowed. */
  net: { allow: string[]; deny: string[]; bind?: string[] };
  scopes: { signal: boolean; abstractUnixSocket: boolean };
  env: { allow: string[] };
  /** Notes from a conversion (shown with -v). */
  notes: string[];
}

const CODE = 'E_POLICY_LOAD_FAILED_UNENFORCEABLE';

/** Built-in `mcp-server-minimal`: no grants beyond the baseline, the usual secrets carved out. */
export function builtinMinimalPolicy(): SandboxPolicy {
  return {
    name: 'mcp-server-minimal',
    builtin: true,
    converted: false,
    fs: {
      allow: [],
      read: [],
      deny: ['~/.ssh', '~/.aws', '~/.gnupg', '~/.config/gh', '~/.docker', '~/.kube', '~/.npmrc', '~/.netrc', '/etc/shadow', '/etc/passwd'],
    },
    net: { allow: [], deny: [] },
    scopes: { signal: true, abstractUnixSocket: true },
    env: { allow: [] },
    notes: [],
  };
}

const TOP = ['api_version', 'extends', 'fs', 'net', 'scopes', 'env'] as const;
const FS_KEYS = ['allow', 'read', 'deny'] as const;
const NET_KEYS = ['allow', 'deny', 'bind'] as const;
const SCOPE_KEYS = ['signal', 'abstract_unix_socket'] as const;
const ENV_KEYS = ['allow'] as const;

class Collector {
  readonly diags: Diagnostic[] = [];
  constructor(
    readonly src: YamlSource,
    readonly file: string,
  ) {}
  error(path: KeyPath, message: string, key = false): void {
    const pos = key ? this.src.keyPosOf(path) : this.src.posOf(path);
    this.diags.push({ code: CODE, severity: 'error', message, file: this.file, line: pos.line, col: pos.col, source: 'policy' });
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkKeys(c: Collector, v: Record<string, unknown>, path: KeyPath, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) c.error([...path, k], unknownKeyMessage(k, where, allowed, suggestKey(k, allowed)), true);
  }
}

function stringList(c: Collector, v: unknown, path: KeyPath, globsAreErrors: boolean): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(path, `${path.join('.')} must be a list of strings`);
    return [];
  }
  const out: string[] = [];
  v.forEach((e, i) => {
    if (typeof e !== 'string' && typeof e !== 'number') {
      c.error([...path, i], `${path.join('.')}[${i}] must be a string`);
      return;
    }
    const s = String(e);
    if (globsAreErrors && /[*?[]/.test(s)) {
      c.error([...path, i], `${path.join('.')}[${i}] is a glob; sandbox paths are literal (Landlock grants whole directories)`);
      return;
    }
    if (s === '') {
      c.error([...path, i], `${path.join('.')}[${i}] is empty`);
      return;
    }
    out.push(s);
  });
  return out;
}

/** Parse a sandbox policy (or a generate/record document). Throws ConfigError with every problem found. */
export function parseSandboxPolicy(text: string, file: string): SandboxPolicy {
  const { source, errors } = parseYamlSource(text, file, CODE);
  if (!source || errors.length > 0) throw fail(errors.length ? errors : [{ code: CODE, severity: 'error', message: 'policy could not be parsed', file }], file);
  const root = source.value;
  if (root === undefined || root === null) throw fail([{ code: CODE, severity: 'error', message: 'policy file is empty', file, line: 1, col: 1 }], file);
  if (!isMap(root)) throw fail([{ code: CODE, severity: 'error', message: 'policy must be a mapping', file, line: 1, col: 1 }], file);
  const c = new Collector(source, file);
  if (isRecordDocument(root)) {
    const converted = convertRecordDocument(root, (path, msg) => c.error(path, msg));
    if (c.diags.length) throw fail(c.diags, file);
    return { ...converted, name: file };
  }
  checkKeys(c, root, [], TOP, 'in the sandbox policy');
  const api = root.api_version;
  if (api !== undefined && api !== 'assay/v1' && api !== 1) c.error(['api_version'], 'api_version must be "assay/v1" (or 1)');
  if (root.extends !== undefined && !(Array.isArray(root.extends) && root.extends.length === 0)) {
    c.error(['extends'], 'extends must be empty: sandbox policies do not inherit');
  }
  const sect = (key: string, allowed: readonly string[]): Record<string, unknown> => {
    const v = root[key];
    if (v === undefined || v === null) return {};
    if (!isMap(v)) {
      c.error([key], `${key} must be a mapping`);
      return {};
    }
    checkKeys(c, v, [key], allowed, `in ${key}`);
    return v;
  };
  const fsSec = sect('fs', FS_KEYS);
  const netSec = sect('net', NET_KEYS);
  const scopeSec = sect('scopes', SCOPE_KEYS);
  const envSec = sect('env', ENV_KEYS);
  const bool = (key: string): boolean => {
    const v = scopeSec[key];
    if (v === undefined) return true;
    if (typeof v !== 'boolean') {
      c.error(['scopes', key], `scopes.${key} must be true or false`);
      return true;
    }
    return v;
  };
  const policy: SandboxPolicy = {
    name: file,
    builtin: false,
    converted: false,
    fs: {
      allow: stringList(c, fsSec.allow, ['fs', 'allow'], true),
      read: stringList(c, fsSec.read, ['fs', 'read'], true),
      deny: stringList(c, fsSec.deny, ['fs', 'deny'], true),
    },
    net: {
      allow: stringList(c, netSec.allow, ['net', 'allow'], false),
      deny: stringList(c, netSec.deny, ['net', 'deny'], false),
      ...(netSec.bind !== undefined ? { bind: stringList(c, netSec.bind, ['net', 'bind'], false) } : {}),
    },
    scopes: { signal: bool('signal'), abstractUnixSocket: bool('abstract_unix_socket') },
    env: { allow: stringList(c, envSec.allow, ['env', 'allow'], false) },
    notes: [],
  };
  if (c.diags.length) throw fail(c.diags, file);
  return policy;
}

function fail(diags: Diagnostic[], file: string): ConfigError {
  const first = diags[0]!;
  return new ConfigError(CODE, first.message, { source: 'policy', context: { file, line: first.line, col: first.col }, diagnostics: diags });
}
