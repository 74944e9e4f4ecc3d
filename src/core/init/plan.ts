// `assay init`: decide which files to write, then write them.
//
// Existing files: `init` never overwrites without `--force`, and never fails a half-initialised project
// for it either: an existing target is skipped and reported as
// `Skipped <p> (exists)`; the command still succeeds (exit 0) and writes the files that are missing.
// When every target exists, nothing is written and the message says so. `--force` overwrites existing
// targets, except `.gitignore`, which is never overwritten: missing lines are appended to it.
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { InfraError, InputError, UsageError, type Diagnostic } from '../errors.js';
import { readTextStrict } from '../util/read-text.js';
import { projectSchemaFiles, schemaModeline } from '../schemas/index.js';
import { VERSION } from '../version.js';
import { defaultCiProvider, detectProject, type ProjectInfo } from './detect.js';
import { parseRuntimeEvents, runtimePolicyYaml } from './from-trace.js';
import { findPreset, isCommandTool, PATH_TOOLS, presetPolicyYaml, PRESETS, serverPolicyYaml, type PresetName } from './presets.js';
import {
  GITIGNORE_LINES,
  isPinnedActionRef,
  shellLine,
  toolTraceJsonl,
  wrapArgv,
  wrappedClientConfigJson,
  exampleTraceJsonl,
  fromTraceEvalYaml,
  githubWorkflowYaml,
  gitignoreText,
  gitlabCiYaml,
  helloEvalYaml,
  helloTraceJsonl,
  starterEvalYaml,
} from './templates.js';
import { makeDirs } from '../util/make-dirs.js';

export type CiProvider = 'github' | 'gitlab';

export interface InitOptions {
  /** Project root; every file is written below it (except a `--config` pointing elsewhere). */
  dir: string;
  /** Eval config path relative to `dir` (or absolute); default `eval.yaml`. */
  config?: string;
  /** `default` | `hardened` | `dev`; default `default`. */
  preset?: string;
  /** A provider, or `true` for a bare `--ci` (picked from the project). */
  ci?: CiProvider | boolean | string;
  gitignore?: boolean;
  helloTrace?: boolean;
  /** Runtime-event file (already resolved by the caller). */
  fromTrace?: string;
  /** How the user named `fromTrace`, for messages. */
  fromTraceName?: string;
  heuristics?: boolean;
  force?: boolean;
  /** `_meta.generated_at` for `--from-trace` (caller's clock, reproducible mode aware). */
  now?: Date;
  /** Render a dir-relative path for people (e.g. relative to the working directory). Default: as is. */
  display?: (dirRelative: string) => string;
  /** `--action-ref owner/repo@<40-hex sha>`: the Assay action the GitHub workflow pins (required with --ci github). */
  actionRef?: string;
}

export type FileAction = 'create' | 'overwrite' | 'skip' | 'append';

export interface PlannedFile {
  /** Dir-relative POSIX path. */
  path: string;
  /** Full content (for `append`: only the lines to add). */
  content: string;
  action: FileAction;
  /** What the file is, for the text output (e.g. `preset: default`). */
  note?: string;
}

export interface InitPlan {
  files: PlannedFile[];
  project: ProjectInfo;
  /** Display paths of the eval config and the trace the next step validates. */
  configPath: string;
  policyPath: string;
  tracePath?: string;
  /** The recommended next command (no leading "Next: "). */
  next: string;
  /** Hints derived from the project (stderr lines). */
  hints: string[];
  /** Warnings from reading `--from-trace` (bad lines skipped). */
  warnings: Diagnostic[];
  /** For an MCP client config: one pasteable `assay mcp wrap` command per stdio server. */
  wrapCommands: Array<{ server: string; command: string }>;
}

/** The file beside the eval config holding the client config with every server wrapped. */
export const WRAPPED_CONFIG_NAME = 'mcp.wrapped.json';

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function planInit(opts: InitOptions): InitPlan {
  const dir = resolve(opts.dir);
  const display = opts.display ?? ((p: string) => p);

  const presetName = opts.preset ?? 'default';
  const preset = findPreset(presetName);
  if (!preset) {
    throw new UsageError('E_INVALID_ARGS', `unknown preset "${presetName}" (available: ${PRESETS.map((p) => p.name).join(', ')})`, {
      source: 'cli',
    });
  }
  if (opts.helloTrace && opts.fromTrace !== undefined) {
    throw new UsageError('E_INVALID_ARGS', '--hello-trace conflicts with --from-trace', { source: 'cli' });
  }
  if (opts.heuristics && opts.fromTrace === undefined) {
    throw new UsageError('E_INVALID_ARGS', '--heuristics needs --from-trace', { source: 'cli' });
  }
  const project = detectProject(dir);
  let ci: CiProvider | undefined;
  if (opts.ci === true) ci = defaultCiProvider(project);
  else if (opts.ci === 'github' || opts.ci === 'gitlab') ci = opts.ci;
  else if (opts.ci !== undefined && opts.ci !== false) {
    throw new UsageError('E_INVALID_ARGS', `unknown --ci provider "${String(opts.ci)}" (available: github, gitlab)`, { source: 'cli' });
  }

  const configRel = toPosix(relative(dir, resolve(dir, opts.config ?? 'eval.yaml')));
  if (configRel === '') throw new UsageError('E_INVALID_ARGS', '--config must name a file', { source: 'cli' });
  const cfgDir = posix.dirname(configRel);
  const beside = (name: string): string => (cfgDir === '.' ? name : posix.join(cfgDir, name));
  const policyRel = beside('policy.yaml');

  const wanted: Array<Omit<PlannedFile, 'action'>> = [];
  let traceRel: string | undefined;
  let warnings: InitPlan['warnings'] = [];
  if (opts.fromTrace !== undefined) {
    const name = opts.fromTraceName ?? opts.fromTrace;
    let text: string;
    try {
      text = readTextStrict(opts.fromTrace, name, 'E_TRACE_INVALID', { errorClass: InputError, source: 'trace', nextStepValues: { 'trace.jsonl': name } });
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError('E_TRACE_NOT_FOUND', `cannot open trace file: ${(e as Error).message}`, {
        source: 'trace',
        context: { file: name },
        nextStepValues: { 'trace.jsonl': name },
      });
    }
    const events = parseRuntimeEvents(text, name);
    warnings = events.warnings;
    const generatedAt = (opts.now ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    wanted.push({ path: configRel, content: fromTraceEvalYaml(), note: 'from trace' });
    wanted.push({
      path: policyRel,
      content: runtimePolicyYaml(events, { generatedAt, heuristics: opts.heuristics === true }),
      note: `runtime policy from ${events.events} event(s)${opts.heuristics ? ', heuristics' : ''}`,
    });
  } else {
    wanted.push({ path: configRel, content: opts.helloTrace ? helloEvalYaml() : starterEvalYaml() });
    // An MCP server whose tools could be read: the policy names them, the example trace calls one of them.
    const serverTools = preset.name !== 'hardened' ? (project.mcpServer?.tools ?? []) : [];
    const exampleTool = serverTools.find((t) => !isCommandTool(t));
    if (exampleTool !== undefined) {
      const tools = serverTools.length;
      wanted.push({ path: policyRel, content: serverPolicyYaml(preset.name as 'default' | 'dev', serverTools), note: `preset: ${preset.name}, ${tools} server tool(s)` });
    } else {
      wanted.push({ path: policyRel, content: presetPolicyYaml(preset.name as PresetName), note: `preset: ${preset.name}` });
    }
    // Always: a trace the starter policy allows, so validate works right after init.
    const exampleRel = beside('traces/example.jsonl');
    const exampleText = exampleTool !== undefined ? toolTraceJsonl(exampleTool, PATH_TOOLS.includes(exampleTool) ? { path: '/app/README.md' } : {}) : exampleTraceJsonl();
    wanted.push({ path: exampleRel, content: exampleText, note: 'example trace' });
    traceRel = exampleRel;
    if (opts.helloTrace) {
      traceRel = beside('traces/hello.jsonl');
      wanted.push({ path: traceRel, content: helloTraceJsonl(), note: 'hello trace' });
    }
  }
  if (opts.actionRef !== undefined && !isPinnedActionRef(opts.actionRef)) {
    throw new UsageError('E_INVALID_ARGS', `--action-ref must be OWNER/REPO@<40-hex commit sha> (got "${opts.actionRef}"): a tag can be moved, a commit cannot`, { source: 'cli' });
  }
  if (ci === 'github') {
    // Never a guessed owner or a movable tag: the user names the action they trust, pinned to a commit.
    if (opts.actionRef === undefined) {
      throw new UsageError(
        'E_INVALID_ARGS',
        '--ci github needs --action-ref OWNER/REPO@<40-hex commit sha>: the Assay action your workflow should run, pinned to a commit (see docs/getting-started.md)',
        { source: 'cli' },
      );
    }
    // The action takes a glob: every trace beside the config is gated.
    const content = githubWorkflowYaml({ config: configRel, policy: policyRel, traces: beside('traces/*.jsonl'), actionRef: opts.actionRef });
    wanted.push({ path: '.github/workflows/assay.yml', content, note: 'GitHub workflow' });
  } else if (ci === 'gitlab') {
    const content = gitlabCiYaml({ config: configRel, policy: policyRel, traces: beside('traces/*.jsonl'), node: project.languages.includes('node'), version: VERSION });
    wanted.push({ path: '.gitlab-ci.yml', content, note: 'GitLab CI job' });
  }
  // An MCP client config: its stdio servers, wrapped with the project's policy.
  const wrapCommands: InitPlan['wrapCommands'] = [];
  const servers = project.mcpClients.flatMap((c) => c.servers);
  if (servers.length) {
    for (const s of servers) {
      if (s.command !== undefined) wrapCommands.push({ server: s.name, command: shellLine(wrapArgv(display(policyRel), { name: s.name, command: s.command, args: s.args })) });
    }
    wanted.push({ path: beside(WRAPPED_CONFIG_NAME), content: wrappedClientConfigJson(join(dir, policyRel), servers), note: `${project.mcpClients[0]!.file} with ${wrapCommands.length} server(s) wrapped` });
  }

  // Editor support (docs/editor-support.md): the YAML files start with a yaml-language-server line pointing
  // at the schemas written beside them. The --from-trace policy is a runtime document: no schema line.
  for (const f of wanted) {
    if (f.path === configRel) f.content = `${schemaModeline('eval', configRel)}\n${f.content}`;
    else if (f.path === policyRel && opts.fromTrace === undefined) f.content = `${schemaModeline('policy', policyRel)}\n${f.content}`;
  }
  for (const s of projectSchemaFiles()) wanted.push({ path: s.path, content: s.content, note: `${s.kind} schema for editors` });
  const files: PlannedFile[] = wanted.map((f) => ({ ...f, action: decide(join(dir, f.path), opts.force === true) }));
  if (opts.gitignore) files.push(planGitignore(dir));

  const configPath = display(configRel);
  const policyPath = display(policyRel);
  const tracePath = traceRel !== undefined ? display(traceRel) : undefined;
  const next = shellLine(['assay', 'validate', `--config=${configPath}`, ...(tracePath !== undefined ? [`--trace-file=${tracePath}`] : []), '--format', 'json']);
  return { files, project, configPath, policyPath, tracePath, next, hints: hintsFor(project, ci, display, policyPath), warnings, wrapCommands };
}

function decide(abs: string, force: boolean): FileAction {
  if (!existsSync(abs)) return 'create';
  return force ? 'overwrite' : 'skip';
}

function planGitignore(dir: string): PlannedFile {
  const abs = join(dir, '.gitignore');
  if (!existsSync(abs)) return { path: '.gitignore', content: gitignoreText(), action: 'create' };
  let current = '';
  try {
    current = readFileSync(abs, 'utf8');
  } catch {
    return { path: '.gitignore', content: '', action: 'skip' };
  }
  const have = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE_LINES.filter((l) => !have.has(l));
  if (!missing.length) return { path: '.gitignore', content: '', action: 'skip' };
  const lead = current === '' || current.endsWith('\n') ? '' : '\n';
  return { path: '.gitignore', content: lead + gitignoreText(missing), action: 'append', note: `+${missing.length} line(s)` };
}

/** One line naming what was detected, e.g. `MCP server (Python: 3 tools), Python, GitHub Actions`. */
export function describeProject(p: ProjectInfo): string {
  const parts: string[] = [];
  for (const c of p.mcpClients) parts.push(`MCP client config ${c.file} (${c.servers.length} server(s): ${c.servers.map((s) => s.name).join(', ') || 'none'})`);
  if (p.mcpServer) {
    const lang = p.mcpServer.language === 'node' ? 'Node.js' : 'Python';
    parts.push(`MCP server (${lang}; ${p.mcpServer.tools.length ? `tools: ${p.mcpServer.tools.join(', ')}` : 'no tool names readable from the sources'})`);
  }
  parts.push(...p.languages.map((l) => (l === 'node' ? 'Node.js' : 'Python')), ...p.ci.map((c) => (c === 'github' ? 'GitHub Actions' : 'GitLab CI')));
  return parts.length ? parts.join(', ') : 'no known project files (other)';
}

function hintsFor(p: ProjectInfo, ci: CiProvider | undefined, display: (p: string) => string, policyPath: string): string[] {
  const hints: string[] = [`Detected: ${describeProject(p)}`];
  if (!ci && p.ci.includes('github')) hints.push('Hint: add a GitHub workflow with --ci github --action-ref (the Assay action pinned to a commit; see docs/getting-started.md)');
  else if (!ci && p.ci.includes('gitlab')) hints.push('Hint: add the GitLab job with: assay init --ci gitlab');
  if (p.mcpServer && !p.mcpServer.tools.length) hints.push('Hint: no tool names could be read from the server sources; the policy allows every tool except command-running ones');
  const own = new Set(['traces/example.jsonl', 'traces/hello.jsonl']);
  const existing = p.traces.filter((t) => !own.has(t));
  if (existing.length) {
    hints.push(`Found ${existing.length} existing trace file(s); gate one with: ${shellLine(['assay', 'validate', `--config=${policyPath}`, `--trace-file=${display(existing[0]!)}`])}`);
  }
  return hints;
}

export interface InitResult {
  created: string[];
  skipped: string[];
}

/** Write the plan. Paths in the result are display paths. A write failure → E_IO_ERROR (exit 3). */
export function applyInitPlan(opts: Pick<InitOptions, 'dir' | 'display'>, plan: InitPlan): InitResult {
  const dir = resolve(opts.dir);
  const display = opts.display ?? ((p: string) => p);
  const created: string[] = [];
  const skipped: string[] = [];
  for (const f of plan.files) {
    const shown = display(f.path);
    if (f.action === 'skip') {
      skipped.push(shown);
      continue;
    }
    const abs = isAbsolute(f.path) ? f.path : join(dir, f.path);
    try {
      makeDirs(dirname(abs));
      if (f.action === 'append') appendFileSync(abs, f.content);
      else {
        if (existsSync(abs) && statSync(abs).isDirectory()) throw new Error(`${shown} is a directory`);
        writeFileSync(abs, f.content);
      }
    } catch (e) {
      throw new InfraError('E_IO_ERROR', `cannot write ${shown}: ${(e as Error).message}`, {
        source: 'cli',
        context: { file: shown },
        nextStepValues: { path: shown },
      });
    }
    created.push(shown);
  }
  return { created, skipped };
}
