"""Records written by AssayClient, judged by the real Assay CLI."""
from __future__ import annotations

import pytest

from assay import AssayClient, AssayError, coverage, explain, validate

POLICY = """version: "2.0"
name: sdk-test
allow: ["search", "read_file"]
deny: ["shell*"]
enforcement:
  unconstrained_tools: allow
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "policy.yaml").write_text(POLICY)
    return tmp_path


def test_allowed_calls_pass(project, cli_command):
    with AssayClient(project / "ok.jsonl", test_id="ok") as c:
        c.record("search", {"q": "shoes"}, result=["a"])
        c.record("read_file", {"path": "/data/a"}, result="text")
    r = validate("policy.yaml", "ok.jsonl", cli=cli_command, cwd=str(project))
    assert r["passed"] is True and r["exit_code"] == 0 and r["findings"] == []
    assert r["report"]["summary"]["trace"]["calls"] == 2


def test_a_denied_call_is_a_finding_with_its_arguments_and_rule(project, cli_command):
    with AssayClient(project / "bad.jsonl", test_id="bad") as c:
        c.record("search", {"q": "x"})
        c.record("shell_exec", {"cmd": "rm -rf /"}, error="blocked")
    r = validate(project / "policy.yaml", project / "bad.jsonl", cli=cli_command, cwd=str(project))
    assert r["passed"] is False and r["exit_code"] == 1 and r["reason_code"] == "E_POLICY_VIOLATION"
    [f] = [f for f in r["findings"] if f["severity"] == "error"]
    assert (f["code"], f["tool"], f["args"], f["entry"]) == ("E_TOOL_DENIED", "shell_exec", {"cmd": "rm -rf /"}, "bad")
    assert f["rule"].startswith("tools.deny") and f["policy_line"] == 4 and f["line"] == 2

    e = explain("policy.yaml", "bad.jsonl", cli=cli_command, cwd=str(project))
    assert e["exit_code"] == 1 and [(x["tool"], x["verdict"]) for x in e["findings"]] == [("shell_exec", "blocked")]
    assert e["report"]["total_steps"] == 2

    cov = coverage("policy.yaml", "bad.jsonl", cli=cli_command, cwd=str(project))
    assert "overall_pct" in cov["report"] and [x["tool"] for x in cov["findings"] if x["severity"] == "error"] == ["shell_exec"]


def test_a_missing_policy_raises_with_the_reason_code(project, cli_command):
    (project / "t.jsonl").write_text('{"tool":"search"}\n')
    with pytest.raises(AssayError) as e:
        validate("missing.yaml", "t.jsonl", cli=cli_command, cwd=str(project))
    assert e.value.exit_code == 2 and e.value.reason_code == "E_MISSING_CONFIG"
