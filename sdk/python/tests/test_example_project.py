"""The example project (examples/pytest-project) run by pytest in a subprocess, as a user runs it."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from _helpers import EXAMPLE, pytest_argv, subprocess_env


@pytest.fixture
def example(tmp_path):
    dest = tmp_path / "project"
    shutil.copytree(EXAMPLE, dest, ignore=shutil.ignore_patterns("traces", "__pycache__", "*.xml"))
    return dest


def run(project, cli, *args):
    p = subprocess.run(pytest_argv(list(args)), cwd=project, env=subprocess_env(cli), capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def test_one_test_passes_and_one_fails_with_the_finding(example, cli_command):
    code, out = run(example, cli_command, "--junitxml=junit.xml", "-rA")
    assert code == pytest.ExitCode.TESTS_FAILED, out
    assert "1 failed, 1 passed" in out
    assert "PASSED test_agent.py::test_report_stays_in_policy" in out
    # The finding: tool, argument, rule and policy line, in pytest's own failure output.
    assert "assay: policy validation failed (exit 1, E_POLICY_VIOLATION): 1 finding(s) in traces/leak.jsonl against policy.yaml" in out
    assert "E_ARG_SCHEMA read_file:" in out
    assert 'args: {"path": "/etc/passwd"}' in out
    assert "rule: schemas.read_file at policy.yaml:7:5" in out
    assert "assay: 2 validated, 1 passed, 1 failed, 0 errors, 1 findings" in out
    cases = {c.get("name"): c for c in ET.parse(example / "junit.xml").getroot().iter("testcase")}
    props = {name: [(p.get("name"), p.get("value")) for p in c.iter("property")] for name, c in cases.items()}
    assert ("assay_passed", "true") in props["test_report_stays_in_policy"]
    assert ("assay_finding", "E_ARG_SCHEMA tool=read_file rule=schemas.read_file policy=policy.yaml:7") in props["test_agent_reads_outside_data"]


def test_only_the_passing_test_exits_0(example, cli_command):
    code, out = run(example, cli_command, "-k", "report")
    assert code == pytest.ExitCode.OK, out
    assert "assay: 1 validated, 1 passed, 0 failed, 0 errors, 0 findings" in out


def test_a_missing_cli_fails_the_test_with_the_reason(example, tmp_path):
    code, out = run(example, str(tmp_path / "no-such-cli"), "-k", "report")
    assert code == pytest.ExitCode.TESTS_FAILED, out
    assert "assay: E_PATH_NOT_FOUND: cannot start the Assay CLI" in out
    assert "assay: 1 validated, 0 passed, 0 failed, 1 errors, 0 findings" in out


def test_a_marked_test_without_any_policy_fails(example, cli_command):
    (example / "pytest.ini").write_text("[pytest]\n")
    code, out = run(example, cli_command, "-k", "report")
    assert code == pytest.ExitCode.TESTS_FAILED, out
    assert "assay: no policy" in out
