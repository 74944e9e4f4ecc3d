"""validate/explain/coverage against a stand-in CLI: arguments, result shape, exit codes 2/3 as AssayError."""
from __future__ import annotations

import json
import os
import shlex
import sys

import pytest

from assay import AssayError, coverage, explain, format_finding, validate

FAKE = """
import json, os, sys
with open(os.environ["FAKE_ARGV"], "w") as f:
    json.dump(sys.argv[1:], f)
sys.stdout.write(open(os.environ["FAKE_OUT"]).read())
sys.stderr.write("some text on stderr\\n")
sys.exit(int(os.environ["FAKE_EXIT"]))
"""

DENIED = {
    "schema": "assay.validate_report.v1",
    "ok": False,
    "exit_code": 1,
    "reason_code": "E_POLICY_VIOLATION",
    "diagnostics": [
        {
            "code": "E_TOOL_DENIED",
            "severity": "error",
            "source": "policy",
            "message": "Tool 'shell_exec' denied by tools.deny[0]=shell* (call #1)",
            "context": {
                "file": "trace.jsonl",
                "line": 2,
                "col": 1,
                "entry_key": "t1",
                "tool": "shell_exec",
                "call_index": 1,
                "policy_rule": "tools.deny[0]=shell*",
                "policy_location": {"file": "policy.yaml", "line": 4, "col": 8},
            },
            "fix_steps": ["Remove the call"],
        }
    ],
}


@pytest.fixture
def fake(tmp_path, monkeypatch):
    script = tmp_path / "fake_cli.py"
    script.write_text(FAKE)
    monkeypatch.setenv("ASSAY_CLI", shlex.join([sys.executable, str(script)]))
    monkeypatch.setenv("FAKE_ARGV", str(tmp_path / "argv.json"))

    def respond(doc, exit_code):
        out = tmp_path / "out.json"
        out.write_text(doc if isinstance(doc, str) else json.dumps(doc))
        monkeypatch.setenv("FAKE_OUT", str(out))
        monkeypatch.setenv("FAKE_EXIT", str(exit_code))
        return lambda: json.loads((tmp_path / "argv.json").read_text())

    return respond


def test_validate_passes_the_files_and_flattens_findings(fake, tmp_path):
    argv = fake(DENIED, 1)
    trace = tmp_path / "trace.jsonl"
    trace.write_text('{"tool":"search","args":{"q":"x"}}\n{"tool":"shell_exec","args":{"cmd":"rm -rf /"}}\n')
    r = validate("policy.yaml", str(trace), cwd=str(tmp_path))
    assert argv() == ["validate", "--config", "policy.yaml", "--format", "json", "--no-color", "--trace-file", str(trace)]
    assert r["passed"] is False and r["exit_code"] == 1 and r["reason_code"] == "E_POLICY_VIOLATION"
    assert r["report"] == DENIED
    [f] = r["findings"]
    assert f == {
        "code": "E_TOOL_DENIED",
        "severity": "error",
        "message": "Tool 'shell_exec' denied by tools.deny[0]=shell* (call #1)",
        "tool": "shell_exec",
        "args": {"cmd": "rm -rf /"},  # read back from line 2 of the trace
        "rule": "tools.deny[0]=shell*",
        "policy_file": "policy.yaml",
        "policy_line": 4,
        "policy_col": 8,
        "file": "trace.jsonl",
        "line": 2,
        "col": 1,
        "entry": "t1",
        "call_index": 1,
        "fix_steps": ["Remove the call"],
    }
    text = format_finding(f)
    assert 'args: {"cmd": "rm -rf /"}' in text and "rule: tools.deny[0]=shell* at policy.yaml:4:8" in text and "call: trace.jsonl:2 (entry t1)" in text


def test_validate_passed_with_several_traces_and_strict(fake):
    argv = fake({"schema": "assay.validate_report.v1", "exit_code": 0, "reason_code": None, "diagnostics": []}, 0)
    r = validate("p.yaml", ["a.jsonl", "b.jsonl"], strict=True)
    assert r["passed"] is True and r["findings"] == [] and r["exit_code"] == 0
    assert argv()[-4:] == ["--strict", "--trace-file", "a.jsonl", "b.jsonl"]


def test_exit_2_is_an_assay_error_with_the_reason_code(fake):
    fake(
        {
            "schema": "assay.validate_report.v1",
            "exit_code": 2,
            "reason_code": "E_POLICY_PARSE",
            "next_step": "Run: assay validate --policy p.yaml",
            "diagnostics": [{"code": "E_POLICY_PARSE", "severity": "error", "message": "unknown key \"alow\"", "context": {"file": "p.yaml", "line": 3, "col": 1}}],
        },
        2,
    )
    with pytest.raises(AssayError) as e:
        validate("p.yaml", "t.jsonl")
    err = e.value
    assert (err.reason_code, err.exit_code, err.message) == ("E_POLICY_PARSE", 2, 'unknown key "alow"')
    assert err.next_step == "Run: assay validate --policy p.yaml" and err.diagnostics[0]["context"]["line"] == 3


def test_exit_3_error_document_is_an_assay_error(fake):
    fake({"schema": "assay.error.v1", "exit_code": 3, "reason_code": "E_IO_ERROR", "message": "cannot write x", "next_step": "Check permissions", "diagnostics": []}, 3)
    with pytest.raises(AssayError) as e:
        coverage("p.yaml", "t.jsonl")
    assert (e.value.reason_code, e.value.exit_code, e.value.message) == ("E_IO_ERROR", 3, "cannot write x")


def test_output_that_is_not_a_report_is_an_internal_error(fake):
    fake("Segmentation fault", 139)
    with pytest.raises(AssayError) as e:
        validate("p.yaml", "t.jsonl")
    assert e.value.reason_code == "E_INTERNAL" and e.value.exit_code == 139 and "some text on stderr" in e.value.message
    fake("not json", 1)
    with pytest.raises(AssayError):
        explain("p.yaml", "t.jsonl")


def test_no_trace_is_a_usage_error():
    with pytest.raises(AssayError) as e:
        validate("p.yaml", [])
    assert e.value.reason_code == "E_INVALID_ARGS"


def test_explain_lists_blocked_and_warned_calls(fake):
    step = {"index": 0, "entry": "t1", "call_index": 0, "tool": "search", "args": {"q": "x"}, "verdict": "allowed", "code": None, "rule": None, "reason": "ok", "source": {"file": "t.jsonl", "line": 1}}
    blocked = {**step, "index": 1, "tool": "shell", "args": {"cmd": "ls"}, "verdict": "blocked", "code": "E_TOOL_DENIED", "rule": "tools.deny[0]=shell*", "reason": "denied", "source": {"file": "t.jsonl", "line": 2}, "rule_source": {"file": "p.yaml", "line": 4, "col": 8}}
    warned = {**step, "index": 2, "verdict": "warning", "code": "E_TOOL_UNCONSTRAINED", "source": {"file": "t.jsonl", "line": 3}}
    doc = {"policy_file": "p.yaml", "steps": [step, blocked, warned], "entry_violations": [{"entry": "t2", "rule_id": "sequences[0]", "rule": "sequences[0]=before:a->b", "reason": "b never followed a"}]}
    argv = fake({"explanations": [doc]}, 1)
    r = explain("p.yaml", "t.jsonl", fail_on="warning")
    assert argv() == ["explain", "--policy", "p.yaml", "--format", "json", "--fail-on", "warning", "--trace", "t.jsonl"]
    assert [(f["tool"], f["verdict"], f["severity"], f["code"]) for f in r["findings"]] == [
        ("shell", "blocked", "error", "E_TOOL_DENIED"),
        ("search", "warning", "warn", "E_TOOL_UNCONSTRAINED"),
        (None, "blocked", "error", "E_SEQUENCE_VIOLATION"),
    ]
    assert r["findings"][0]["args"] == {"cmd": "ls"} and r["findings"][0]["policy_line"] == 4


def test_coverage_reads_violations_and_the_threshold(fake):
    doc = {
        "schema": "assay.coverage_report.v1",
        "overall_pct": 50.0,
        "violations": [{"rule_id": "policy/E_TOOL_DENIED", "level": "error", "message": "denied", "tool": "shell", "policy_rule": "tools.deny[0]=shell*", "location": {"uri": "t.jsonl", "line": 2, "col": 1}, "related": [{"uri": "p.yaml", "line": 4, "col": 8, "message": "deny"}]}],
        "warnings": [{"rule_id": "policy/E_TOOL_UNCONSTRAINED", "level": "warning", "message": "unconstrained", "tool": "search", "location": {"uri": "t.jsonl", "line": 1, "col": 1}}],
        "exit_code": 1,
    }
    argv = fake(doc, 1)
    r = coverage("p.yaml", "t.jsonl", min_coverage=80)
    assert argv() == ["coverage", "--policy", "p.yaml", "--format", "json", "--min-coverage", "80", "--trace-file", "t.jsonl"]
    assert r["passed"] is False and r["report"]["overall_pct"] == 50.0
    assert [(f["code"], f["severity"], f["policy_file"]) for f in r["findings"]] == [("E_TOOL_DENIED", "error", "p.yaml"), ("E_TOOL_UNCONSTRAINED", "warn", None)]
