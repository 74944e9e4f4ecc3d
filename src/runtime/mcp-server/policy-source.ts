// Where a tool call's policy comes from: the `policy` argument jailed under --policy-root, or the
// server's --policy. The bytes are read here (main thread) so the size cap applies before any parsing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findUtf8Problem } from '../../core/util/read-text.js';
import { ToolFailure } from './evaluate.js';

export interface PolicyText {
  /** Canonical (real) path: the cache key together with the bytes' digest. */
  canonical: string;
  /** Display name used inside the worker (never returned in payloads). */
  file: string;
  text: string;
}

const PATH_MAX = 4096;

function within(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function read(real: string, file: string, maxBytes: number): PolicyText {
  let st: fs.Stats;
  try {
    st = fs.statSync(real);
  } catch {
    throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
  }
  if (!st.isFile()) throw new ToolFailure('E_POLICY_READ', 'Policy path is not a regular file');
  if (st.size > maxBytes) throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy file too large', { max_bytes: maxBytes });
  let buf: Buffer;
  try {
    buf = fs.readFileSync(real);
  } catch {
    throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
  }
  if (buf.length > maxBytes) throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy file too large', { max_bytes: maxBytes });
  // Never decode invalid UTF-8 to U+FFFD (it would silently change a deny pattern): refuse the policy.
  const bad = findUtf8Problem(buf);
  if (bad) throw new ToolFailure('E_POLICY_PARSE', 'Policy YAML is invalid', { line: bad.line, column: bad.col });
  return { canonical: real, file, text: buf.toString('utf8') };
}

/** Resolve and read the policy for one call. */
export function policyText(arg: string | undefined, o: { root: string; defaultPolicy?: string; maxPolicyBytes: number }): PolicyText {
  if (arg === undefined) {
    if (o.defaultPolicy === undefined) throw new ToolFailure('E_INVALID_REQUEST', 'no policy given and the server has no --policy');
    let real: string;
    try {
      real = fs.realpathSync(o.defaultPolicy);
    } catch {
      throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy file not found');
    }
    return read(real, path.basename(o.defaultPolicy), o.maxPolicyBytes);
  }
  if (arg === '') throw new ToolFailure('E_INVALID_REQUEST', 'empty policy path');
  if (Buffer.byteLength(arg, 'utf8') > PATH_MAX) throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy path too long');
  if (arg.includes('\0')) throw new ToolFailure('E_INVALID_REQUEST', 'policy path contains a NUL byte');
  // Absolute paths and root/prefix components (`/x`, `C:`, `\\server`) are refused outright.
  if (path.isAbsolute(arg) || /^[A-Za-z]:/.test(arg) || arg.startsWith('\\')) {
    throw new ToolFailure('E_PERMISSION_DENIED', 'policy path must be relative to the policy root');
  }
  const joined = path.resolve(o.root, arg);
  if (!within(o.root, joined)) throw new ToolFailure('E_PERMISSION_DENIED', 'policy path leaves the policy root');
  let real: string;
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(o.root);
  } catch {
    throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy root not found');
  }
  try {
    real = fs.realpathSync(joined);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy file not found');
    }
    throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
  }
  if (!within(realRoot, real)) throw new ToolFailure('E_PERMISSION_DENIED', 'policy path resolves outside the policy root');
  return read(real, path.basename(arg), o.maxPolicyBytes);
}
