"""Where the SDK finds the CLI: the argument, ASSAY_CLI (a shell-split command line), PATH, node_modules/.bin."""
from __future__ import annotations

import os
import stat
import sys

import pytest

from assay import AssayCliNotFoundError, find_cli, run_cli


def executable(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\necho from-$0 \"$@\"\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_the_cli_argument_wins_and_strings_are_shell_split(tmp_path):
    env = {"ASSAY_CLI": "ignored", "PATH": ""}
    assert find_cli("node '/opt/my tools/cli.js'", env=env) == ["node", "/opt/my tools/cli.js"]
    assert find_cli(["node", "x.js"], env=env) == ["node", "x.js"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX shell quoting")
def test_assay_cli_is_a_command_line_split_like_a_shell(tmp_path):
    env = {"ASSAY_CLI": 'node --import "/a b/tsx.mjs" /repo/cli/index.ts', "PATH": ""}
    assert find_cli(env=env, cwd=str(tmp_path)) == ["node", "--import", "/a b/tsx.mjs", "/repo/cli/index.ts"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX executables")
def test_path_then_node_modules_bin_walking_up(tmp_path):
    bin_dir = tmp_path / "bin"
    on_path = executable(bin_dir / "assay")
    project = tmp_path / "project"
    local = executable(project / "node_modules" / ".bin" / "assay")
    deep = project / "packages" / "agent" / "tests"
    deep.mkdir(parents=True)
    assert find_cli(env={"PATH": str(bin_dir)}, cwd=str(deep)) == [str(on_path)]
    assert find_cli(env={"ASSAY_CLI": "  ", "PATH": str(tmp_path / "empty")}, cwd=str(deep)) == [str(local)]


def test_no_cli_is_a_typed_error(tmp_path):
    with pytest.raises(AssayCliNotFoundError) as e:
        find_cli(env={"PATH": str(tmp_path)}, cwd=str(tmp_path))
    assert e.value.reason_code == "E_PATH_NOT_FOUND" and e.value.exit_code is None and "ASSAY_CLI" in (e.value.next_step or "")


def test_a_cli_that_cannot_start_is_a_typed_error(tmp_path):
    with pytest.raises(AssayCliNotFoundError) as e:
        run_cli(["--version"], cli=[str(tmp_path / "missing-binary")])
    assert e.value.reason_code == "E_PATH_NOT_FOUND"


def test_run_cli_passes_arguments_and_turns_colour_off(tmp_path):
    script = tmp_path / "echo.py"
    script.write_text("import os, sys\nprint(sys.argv[1:], os.environ.get('NO_COLOR'), 'FORCE_COLOR' in os.environ)\nsys.exit(3)\n")
    r = run_cli(["validate", "a b"], cli=[sys.executable, str(script)], env={**os.environ, "FORCE_COLOR": "1"})
    assert r.exit_code == 3
    assert r.stdout.strip() == "['validate', 'a b'] 1 False"
