// One writer for a run's reports (CLI and action): every file of a run is written into a temporary folder
// beside the target and renamed into place at the end, so a reports folder never mixes two runs and never
// keeps the passing reports of an older run next to a failed or interrupted one. summary.json carries the
// set's id, its status and the list of files it holds; that list is how the next run knows which older
// files are ours to remove (user files in the folder are never touched). See docs/reports.md.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InfraError } from '../errors.js';
import { makeDirs } from '../util/make-dirs.js';

export const SUMMARY_FILE = 'summary.json';
/** Marks temporary folders and files of an unfinished set (`.<name>.assay-tmp-XXXXXX`). */
export const TEMP_MARK = '.assay-tmp-';

export type ReportSetStatus = 'complete' | 'interrupted';

/** What summary.json says about the set it belongs to. */
export interface ReportSetStamp {
  id: string;
  status: ReportSetStatus;
  /** Files of the set, relative to the reports folder, POSIX, sorted. */
  files: readonly string[];
}

export interface ReportSetOptions {
  /** The set's id (reportSetId()). */
  id: string;
  /**
   * Names Assay writes into this folder. An older copy of one of them is removed when the new set does
   * not hold it, even when no older manifest lists it (folders from before manifests existed). A name
   * ending in `/` is a folder that is Assay's alone (e.g. `lint/`): it is emptied before the set moves in.
   */
  ownedNames?: readonly string[];
}

export interface CommitResult {
  /** Absolute paths now in place. */
  committed: string[];
  /** Absolute paths of older Assay files removed. */
  removed: string[];
}

/**
 * The set's id: in reproducible mode a digest of what the run was given (same inputs → same bytes),
 * otherwise of caller-supplied random bytes (core draws no randomness itself).
 */
export function reportSetId(material: string | Uint8Array): string {
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

function ioError(what: string, path: string, e: unknown): InfraError {
  const msg = e instanceof Error ? e.message : String(e);
  return new InfraError('E_IO_ERROR', `cannot write ${what}: ${msg}`, { source: 'unknown', context: { file: path }, nextStepValues: { path } });
}

/** A relative name that stays inside its folder: no `..`, no absolute path, no empty segment. */
function safeName(name: string): boolean {
  if (name === '' || isAbsolute(name) || name.includes('\\') || name.includes('\0')) return false;
  return name.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...listFiles(join(dir, d.name), rel));
    else out.push(rel);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Files listed by the summary.json already in `dir` (empty when absent, unreadable or not ours). */
export function readManifest(dir: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(join(dir, SUMMARY_FILE), 'utf8'));
  } catch {
    return [];
  }
  const files = (doc as { report_set?: { files?: unknown } } | null)?.report_set?.files;
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is string => typeof f === 'string' && safeName(f));
}

/**
 * summary.json text with `status` and `report_set` added before `schema` (which stays last). The summary
 * is small (counts only), so re-serialising it is cheap and keeps the builder's key order.
 */
export function stampSummary(summaryText: string, stamp: ReportSetStamp): string {
  const doc = JSON.parse(summaryText) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (k !== 'schema' && k !== 'status' && k !== 'report_set') out[k] = v;
  out.status = stamp.status;
  out.report_set = { id: stamp.id, files: [...stamp.files] };
  if ('schema' in doc) out.schema = doc.schema;
  return JSON.stringify(out, null, 2) + '\n';
}

function removeFile(path: string, removed: string[]): void {
  try {
    if (lstatSync(path).isDirectory()) return;
  } catch {
    return;
  }
  rmSync(path, { force: true });
  removed.push(path);
}

/** Remove now-empty folders between `path`'s parent and `root` (exclusive). */
function pruneEmptyDirs(path: string, root: string): void {
  for (let d = dirname(path); d !== root && d.startsWith(root + sep); d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
  }
}

/** Remove older Assay files from `dir` that `keep` does not hold (manifest ∪ owned names; never a folder). */
function removeStale(dir: string, manifest: readonly string[], keep: ReadonlySet<string>, owned: readonly string[]): string[] {
  const removed: string[] = [];
  for (const d of owned) {
    if (!d.endsWith('/') || !safeName(d.slice(0, -1))) continue;
    const p = join(dir, d.slice(0, -1));
    if (lstatSync(p, { throwIfNoEntry: false }) === undefined) continue;
    rmSync(p, { recursive: true, force: true });
    removed.push(p);
  }
  const candidates = new Set([...manifest, ...owned.filter(safeName)]);
  for (const name of candidates) {
    if (keep.has(name)) continue;
    const p = join(dir, name);
    removeFile(p, removed);
    if (name.includes('/')) pruneEmptyDirs(p, dir);
  }
  return removed;
}

export class ReportSet {
  readonly id: string;
  /** The reports folder (absolute). */
  readonly dir: string;
  /** The temporary folder beside it that holds the set until commit. */
  readonly tempDir: string;
  private readonly owned: readonly string[];
  /** Absolute target outside `dir` → its temporary file beside it. */
  private readonly external = new Map<string, string>();
  private state: 'open' | 'committed' | 'aborted' = 'open';
  private failure: InfraError | undefined;

  constructor(dir: string, o: ReportSetOptions) {
    this.dir = resolve(dir);
    this.id = o.id;
    this.owned = o.ownedNames ?? [];
    try {
      const st = statSync(this.dir, { throwIfNoEntry: false });
      if (st && !st.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory: ${this.dir}`), { code: 'ENOTDIR' });
      makeDirs(dirname(this.dir));
      let temp: string;
      try {
        temp = mkdtempSync(join(dirname(this.dir), `.${basename(this.dir)}${TEMP_MARK}`));
      } catch (beside) {
        // A writable folder in a read-only parent (`--out-dir .` at a read-only root): stage inside it.
        try {
          makeDirs(this.dir);
          temp = mkdtempSync(join(this.dir, TEMP_MARK));
        } catch {
          throw beside;
        }
      }
      this.tempDir = temp;
    } catch (e) {
      throw ioError('the reports directory', this.dir, e);
    }
  }

  /** The first required report that could not be written (set by fail()). */
  get failed(): InfraError | undefined {
    return this.failure;
  }

  /**
   * Where to write a report: a name relative to the reports folder, or an absolute path (inside the
   * folder it is treated as a name; outside, e.g. `--junit other/j.xml`, it gets a temporary file beside
   * it). Parent folders are created.
   */
  path(nameOrPath: string): string {
    if (this.state !== 'open') throw new Error(`report set ${this.id} is ${this.state}`);
    const rel = this.relName(nameOrPath);
    let p: string;
    if (rel !== undefined) p = join(this.tempDir, rel);
    else {
      const abs = resolve(nameOrPath);
      p = this.external.get(abs) ?? join(dirname(abs), `.${basename(abs)}${TEMP_MARK}${basename(this.tempDir).slice(-6)}`);
      this.external.set(abs, p);
    }
    makeDirs(dirname(p));
    return p;
  }

  /** Write one report; on failure the partial file is removed and an E_IO_ERROR is thrown. */
  write(nameOrPath: string, text: string | Uint8Array): string {
    let p: string | undefined;
    try {
      p = this.path(nameOrPath);
      writeFileSync(p, text);
      return p;
    } catch (e) {
      if (p !== undefined) rmSync(p, { force: true });
      throw e instanceof InfraError ? e : ioError(nameOrPath, nameOrPath, e);
    }
  }

  /** Drop a report from the set (a streamed writer that failed half-way calls this). */
  discard(nameOrPath: string): void {
    const rel = this.relName(nameOrPath);
    if (rel !== undefined) rmSync(join(this.tempDir, rel), { force: true });
    else {
      const abs = resolve(nameOrPath);
      const t = this.external.get(abs);
      if (t !== undefined) rmSync(t, { force: true });
      this.external.delete(abs);
    }
  }

  /** Record that a required report could not be written; the caller rewrites the rest with exit 3. */
  fail(e: unknown, nameOrPath: string): InfraError {
    const err = e instanceof InfraError ? e : ioError(nameOrPath, nameOrPath, e);
    this.failure ??= err;
    this.discard(nameOrPath);
    return err;
  }

  /** Files the set holds so far, relative to the folder (sorted). */
  files(): string[] {
    return listFiles(this.tempDir);
  }

  /** The stamp summary.json carries: this set's id, its status and its files (summary.json included). */
  stamp(status: ReportSetStatus = 'complete'): ReportSetStamp {
    const files = new Set(this.files());
    files.add(SUMMARY_FILE);
    return { id: this.id, status, files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
  }

  /**
   * Put the set in place. An empty or missing folder is replaced by one rename; otherwise the old
   * summary.json goes first (no verdict is left that the files beside it contradict), then each file
   * is renamed in, older Assay files the set does not hold are removed, and the new summary.json comes last.
   */
  commit(): CommitResult {
    if (this.state !== 'open') throw new Error(`report set ${this.id} is ${this.state}`);
    const files = this.files();
    const result: CommitResult = { committed: [], removed: [] };
    try {
      for (const [abs, tmp] of this.external) {
        try {
          statSync(tmp);
        } catch {
          continue;
        }
        renameSync(tmp, abs);
        result.committed.push(abs);
      }
      if (this.isEmptyOrMissing()) {
        rmSync(this.dir, { recursive: true, force: true });
        renameSync(this.tempDir, this.dir);
      } else {
        const manifest = readManifest(this.dir);
        removeFile(join(this.dir, SUMMARY_FILE), []);
        result.removed = removeStale(this.dir, manifest, new Set(files), this.owned);
        for (const f of files) {
          if (f === SUMMARY_FILE) continue;
          const to = join(this.dir, f);
          makeDirs(dirname(to));
          if (lstatSync(to, { throwIfNoEntry: false })?.isDirectory()) rmSync(to, { recursive: true, force: true });
          renameSync(join(this.tempDir, f), to);
        }
        if (files.includes(SUMMARY_FILE)) renameSync(join(this.tempDir, SUMMARY_FILE), join(this.dir, SUMMARY_FILE));
        rmSync(this.tempDir, { recursive: true, force: true });
      }
      result.committed.push(...files.map((f) => join(this.dir, f)));
      this.state = 'committed';
      return result;
    } catch (e) {
      this.abort();
      throw ioError('the reports directory', this.dir, e);
    }
  }

  /** Throw the set away (temporary folder and files); the reports folder is left as it is. */
  abort(): void {
    if (this.state === 'committed') return;
    this.state = 'aborted';
    rmSync(this.tempDir, { recursive: true, force: true });
    for (const tmp of this.external.values()) rmSync(tmp, { force: true });
  }

  private isEmptyOrMissing(): boolean {
    try {
      return readdirSync(this.dir).length === 0 && dirname(this.tempDir) !== this.dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
      throw e;
    }
  }

  /** `nameOrPath` as a name inside the folder, or undefined for a path outside it. */
  private relName(nameOrPath: string): string | undefined {
    if (!isAbsolute(nameOrPath)) {
      if (!safeName(toPosix(nameOrPath))) throw new Error(`not a report name: ${nameOrPath}`);
      return toPosix(nameOrPath);
    }
    const rel = relative(this.dir, resolve(nameOrPath));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return toPosix(rel);
  }
}

/** Open a set for `targetDir` (created at commit). Throws E_IO_ERROR when no temporary folder can be made beside it. */
export function openReportSet(targetDir: string, o: ReportSetOptions): ReportSet {
  return new ReportSet(targetDir, o);
}

/**
 * What an interrupted run leaves (SIGINT/SIGTERM): no file of an older run that Assay wrote, only the
 * given files (run.json and a summary.json saying `"status": "interrupted"`). Written straight into the
 * folder: the process is about to exit and a crash between two renames must not leave the old verdict.
 * Best effort: returns the error instead of throwing.
 */
export function writeInterrupted(
  targetDir: string,
  o: { id: string; ownedNames?: readonly string[]; files: ReadonlyArray<{ name: string; text: string }>; summaryText: string; open?: ReportSet },
): Error | undefined {
  const dir = resolve(targetDir);
  o.open?.abort();
  try {
    makeDirs(dir);
    const manifest = readManifest(dir);
    removeFile(join(dir, SUMMARY_FILE), []);
    const names = [...o.files.map((f) => f.name), SUMMARY_FILE].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    removeStale(dir, manifest, new Set(names), o.ownedNames ?? []);
    for (const f of o.files) {
      if (!safeName(f.name) || f.name === SUMMARY_FILE) continue;
      writeFileSync(join(dir, f.name), f.text);
    }
    writeFileSync(join(dir, SUMMARY_FILE), stampSummary(o.summaryText, { id: o.id, status: 'interrupted', files: names }));
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
