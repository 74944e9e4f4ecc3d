// The environment filter of the runtime runners, shared by `mcp wrap` (opt-in) and `sandbox`.
// Only variable names are ever reported, never values.

export type EnvMode = 'scrub' | 'strict' | 'passthrough';

export interface EnvFilterOptions {
  mode: EnvMode;
  /** Drop exec-influence variables in every mode. */
  stripExec: boolean;
  /** Patterns kept first (`--env-allow`, `env.allow`). */
  allow: readonly string[];
}

export interface EnvFilterResult {
  env: Record<string, string>;
  passed: string[];
  dropped: string[];
  /** Exec-influence variables removed. */
  execStripped: string[];
  /** Exec-influence variables that passed (named in the banner as a warning). */
  execAllowed: string[];
}

/** Case-sensitive patterns: exact, `P*`, `*S`, `*X*`. */
function matcher(patterns: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const pre: string[] = [];
  const suf: string[] = [];
  const mid: string[] = [];
  for (const p of patterns) {
    const s = p.startsWith('*');
    const e = p.endsWith('*') && p.length > 1;
    if (s && e) mid.push(p.slice(1, -1));
    else if (e) pre.push(p.slice(0, -1));
    else if (s) suf.push(p.slice(1));
    else exact.add(p);
  }
  return (n) => exact.has(n) || pre.some((x) => n.startsWith(x)) || suf.some((x) => n.endsWith(x)) || mid.some((x) => n.includes(x));
}

const SAFE_BASE = matcher(
  'PATH HOME USER SHELL LOGNAME LANG LC_* TERM COLORTERM CLICOLOR CLICOLOR_FORCE NO_COLOR FORCE_COLOR TMPDIR TMP TEMP XDG_* RUST_LOG RUST_BACKTRACE RUST_LIB_BACKTRACE CARGO_HOME CARGO_TARGET_DIR RUSTUP_HOME EDITOR VISUAL PAGER LESS LESSCHARSET TZ'.split(
    ' ',
  ),
);

const SECRET = matcher(
  (
    '*_TOKEN *_SECRET *_KEY *_PASSWORD *_CREDENTIAL* *_API_KEY *_APIKEY *_AUTH *_BEARER AWS_* OPENAI_* ANTHROPIC_* AZURE_* GCP_* GOOGLE_* ' +
    'DIGITALOCEAN_* LINODE_* VULTR_* CLOUDFLARE_* HEROKU_* VERCEL_* NETLIFY_* FLY_* GITHUB_* GITLAB_* BITBUCKET_* CI_* CIRCLE_* TRAVIS_* JENKINS_* ' +
    'BUILDKITE_* CODEBUILD_* DATABASE_URL *_DATABASE_URL *_CONNECTION_STRING *_CONN_STR REDIS_* MONGO_* MYSQL_* POSTGRES_* PGPASSWORD PGUSER ' +
    'SSH_* GPG_* VAULT_* KUBECONFIG DOCKER_* NPM_TOKEN NPM_AUTH_TOKEN YARN_* PIP_* PYPI_* CARGO_REGISTRY_TOKEN GEM_* NUGET_* *_PRIVATE_KEY ' +
    '*_SIGNING_KEY *_ENCRYPTION_KEY SLACK_* DISCORD_* TWILIO_* SENDGRID_* STRIPE_* SENTRY_* DATADOG_* NEWRELIC_* ACTIONS_* INPUT_* *_PAT'
  ).split(' '),
);

const EXEC_INFLUENCE = matcher(
  (
    // loader
    'LD_PRELOAD LD_LIBRARY_PATH LD_AUDIT LD_DEBUG LD_DEBUG_OUTPUT LD_PROFILE LD_PROFILE_OUTPUT LD_BIND_NOW LD_BIND_NOT LD_DYNAMIC_WEAK ' +
    'LD_HWCAP_MASK LD_ORIGIN_PATH LD_ASSUME_KERNEL LD_POINTER_GUARD LD_PREFER_MAP_32BIT_EXEC LD_SHOW_AUXV LD_USE_LOAD_BIAS LD_VERBOSE LD_WARN DYLD_* ' +
    // python
    'PYTHONPATH PYTHONSTARTUP PYTHONHOME PYTHONUSERBASE PYTHONEXECUTABLE PYTHONWARNINGS PYTHONDONTWRITEBYTECODE PYTHONHASHSEED PYTHONINSPECT ' +
    'PYTHONIOENCODING PYTHONNOUSERSITE PYTHONOPTIMIZE PYTHONUNBUFFERED PYTHONVERBOSE PYTHONMALLOC PYTHONCOERCECLOCALE PYTHONDEVMODE ' +
    'PYTHONFAULTHANDLER PYTHONTRACEMALLOC PYTHONPROFILEIMPORTTIME PYTHONBREAKPOINT ' +
    // node
    'NODE_OPTIONS NODE_PATH NODE_EXTRA_CA_CERTS NODE_REDIRECT_WARNINGS NODE_DEBUG NODE_DEBUG_NATIVE NODE_PENDING_DEPRECATION ' +
    'NODE_PENDING_PIPE_INSTANCES NODE_PRESERVE_SYMLINKS NODE_PRESERVE_SYMLINKS_MAIN NODE_REPL_EXTERNAL_MODULE NODE_REPL_HISTORY ' +
    'NODE_TLS_REJECT_UNAUTHORIZED NODE_V8_COVERAGE ' +
    // ruby, perl, java
    'RUBYOPT RUBYLIB RUBYPATH RUBYSHELL RUBY_GC_* RUBY_THREAD_* PERL5LIB PERL5OPT PERLLIB PERL_MM_OPT PERL_MB_OPT JAVA_TOOL_OPTIONS _JAVA_OPTIONS ' +
    'JAVA_OPTIONS CLASSPATH JDK_JAVA_OPTIONS ' +
    // rust
    'RUSTC_WRAPPER RUSTDOC_WRAPPER RUSTC_WORKSPACE_WRAPPER RUSTFLAGS RUSTDOCFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_ENCODED_RUSTDOCFLAGS ' +
    'CARGO_BUILD_RUSTFLAGS CARGO_BUILD_RUSTDOCFLAGS ' +
    // C/C++ build
    'CC CXX CPP CFLAGS CXXFLAGS CPPFLAGS LDFLAGS LIBS AR AS LD NM OBJCOPY OBJDUMP RANLIB STRIP PKG_CONFIG PKG_CONFIG_PATH PKG_CONFIG_LIBDIR ' +
    'CMAKE_* MAKEFLAGS MFLAGS MAKELEVEL ' +
    // shell
    'BASH_ENV ENV ZDOTDIR CDPATH GLOBIGNORE BASH_XTRACEFD PS4 PROMPT_COMMAND FIGNORE HOSTFILE INPUTRC MAILPATH TIMEFORMAT SHELL EXECIGNORE IFS ' +
    // git, askpass
    'GIT_EXEC_PATH GIT_TEMPLATE_DIR GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_ASKPASS GIT_SSH GIT_SSH_COMMAND SSH_ASKPASS SUDO_ASKPASS ' +
    'GIT_EXTERNAL_DIFF GIT_DIFF_OPTS GIT_PAGER GIT_EDITOR GIT_SEQUENCE_EDITOR'
  ).split(' '),
);

export function isExecInfluence(name: string): boolean {
  return EXEC_INFLUENCE(name);
}

/** Filter `env` (first match wins per variable). Output lists are sorted by name. */
export function filterEnv(env: Record<string, string | undefined>, o: EnvFilterOptions): EnvFilterResult {
  const allow = matcher(o.allow);
  const out: Record<string, string> = {};
  const passed: string[] = [];
  const dropped: string[] = [];
  const execStripped: string[] = [];
  const execAllowed: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined) continue;
    const exec = EXEC_INFLUENCE(name);
    let keep: boolean;
    if (o.mode === 'passthrough') keep = !(exec && o.stripExec);
    else if (allow(name)) keep = true;
    else if (exec && (o.mode === 'strict' || o.stripExec)) keep = false;
    else if (SAFE_BASE(name)) keep = true;
    else if (o.mode === 'strict') keep = false;
    else keep = !SECRET(name);
    if (keep) {
      out[name] = value;
      passed.push(name);
      if (exec) execAllowed.push(name);
    } else {
      dropped.push(name);
      if (exec) execStripped.push(name);
    }
  }
  if (o.mode === 'strict' && out.PATH !== undefined) {
    // Relative PATH entries would resolve against the child's cwd.
    out.PATH = out.PATH.split(':')
      .filter((p) => p.startsWith('/'))
      .join(':');
  }
  return { env: out, passed, dropped, execStripped, execAllowed };
}

/** The one-line banner. */
export function envBanner(mode: EnvMode, r: EnvFilterResult): string {
  const counts = `(${r.passed.length} passed, ${r.dropped.length} removed)`;
  const head = mode === 'scrub' ? `Env: scrubbed ${counts}` : mode === 'strict' ? `Env: strict ${counts}` : `Env: ⚠ passthrough ${counts}, DANGER`;
  const tail = r.execAllowed.length > 0 ? `, ⚠ exec-influence ALLOWED: ${r.execAllowed.join(', ')}` : `, exec-influence stripped: ${r.execStripped.length}`;
  return head + tail;
}
