"""Finding and running the Assay CLI (the npm package `assay`), which holds the policy engine."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence, Union

from .errors import AssayCliNotFoundError

CliSpec = Union[str, Sequence[str]]


@dataclass(frozen=True)
class CliRun:
    """One finished CLI process."""

    argv: List[str]
    exit_code: int
    stdout: str
    stderr: str


def _split(command: str) -> List[str]:
    # ASSAY_CLI is a command line ("node /repo/dist/cli/index.js", "npx assay"), split like a POSIX shell.
    return shlex.split(command, posix=os.name != "nt")


def find_cli(cli: Optional[CliSpec] = None, *, cwd: Optional[str] = None, env: Optional[Mapping[str, str]] = None) -> List[str]:
    """The command that starts the CLI, as an argv prefix. Looked for in this order: the `cli` argument
    (a command line string or a list), `$ASSAY_CLI`, `assay` on PATH, then `node_modules/.bin/assay` in
    `cwd` (default: the working directory) and each of its parents."""
    if cli is not None:
        argv = _split(cli) if isinstance(cli, str) else list(cli)
        if not argv:
            raise AssayCliNotFoundError("E_INVALID_ARGS", "the cli argument is empty")
        return argv
    environ = os.environ if env is None else env
    configured = environ.get("ASSAY_CLI", "").strip()
    if configured:
        return _split(configured)
    on_path = shutil.which("assay", path=environ.get("PATH"))
    if on_path:
        return [on_path]
    start = os.path.abspath(cwd or os.getcwd())
    names = ["assay.cmd", "assay"] if os.name == "nt" else ["assay"]
    d = start
    while True:
        for name in names:
            candidate = os.path.join(d, "node_modules", ".bin", name)
            if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                return [candidate]
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    raise AssayCliNotFoundError(
        "E_PATH_NOT_FOUND",
        f"no Assay CLI: ASSAY_CLI is not set, `assay` is not on PATH, and no node_modules/.bin/assay above {start}",
        next_step="Install it (npm install --save-dev assay), or set ASSAY_CLI to the command that starts it",
    )


def run_cli(
    args: Sequence[str],
    *,
    cli: Optional[CliSpec] = None,
    cwd: Optional[str] = None,
    env: Optional[Mapping[str, str]] = None,
    timeout: Optional[float] = None,
) -> CliRun:
    """Run `<cli> <args>` and collect its output; colour is turned off so output is plain text."""
    base_env = dict(os.environ if env is None else env)
    argv = find_cli(cli, cwd=cwd, env=base_env) + list(args)
    base_env.setdefault("NO_COLOR", "1")
    base_env.pop("FORCE_COLOR", None)
    try:
        p = subprocess.run(
            argv,
            cwd=cwd,
            env=base_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as e:
        raise AssayCliNotFoundError(
            "E_PATH_NOT_FOUND",
            f"cannot start the Assay CLI {argv[0]!r}: {e.strerror}",
            next_step="Check ASSAY_CLI, or install the CLI (npm install --save-dev assay)",
        ) from e
    return CliRun(argv=argv, exit_code=p.returncode, stdout=p.stdout.decode("utf-8", "replace"), stderr=p.stderr.decode("utf-8", "replace"))
