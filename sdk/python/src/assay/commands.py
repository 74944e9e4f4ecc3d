"""`validate`, `explain` and `coverage`: run the CLI with `--format json` and return its verdict.

Every function returns `{"passed", "findings", "exit_code", "reason_code", "report"}`: `passed` is exit 0,
`findings` a list of flat dicts (see `Finding` in docs/sdk.md), `report` the CLI's whole JSON document.
Exit 2 (config/input/usage) and 3 (infrastructure) raise `AssayError` with the CLI's reason code.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from .cli import CliSpec, run_cli
from .errors import AssayError

PathArg = Union[str, "os.PathLike[str]"]
Traces = Union[PathArg, Sequence[PathArg]]
Result = Dict[str, Any]

# Argument fields of the trace shapes Assay reads, in its alias order (docs/traces.md).
_ARG_KEYS = ("args", "arguments", "params", "parameters", "input")


def _paths(traces: Traces) -> List[str]:
    if isinstance(traces, (str, os.PathLike)):
        return [os.fspath(traces)]
    out = [os.fspath(t) for t in traces]
    if not out:
        raise AssayError("E_INVALID_ARGS", "no trace file given")
    return out


def _resolve_shown(shown: Optional[str], given: List[str], cwd: str) -> Optional[str]:
    """The trace file the CLI names in a finding (relative to cwd or to the checkout root) as a real path."""
    if not shown:
        return None
    direct = os.path.join(cwd, shown)
    if os.path.isfile(direct):
        return direct
    suffix = "/" + shown.replace(os.sep, "/").lstrip("/")
    for g in given:
        full = os.path.abspath(os.path.join(cwd, g))
        if full.replace(os.sep, "/").endswith(suffix) and os.path.isfile(full):
            return full
    return None


def _args_at(path: Optional[str], line: Any) -> Any:
    """The arguments of the call recorded on `line` of `path` (1-based), or None when not one call."""
    if path is None or not isinstance(line, int) or line < 1:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, text in enumerate(f, start=1):
                if n == line:
                    rec = json.loads(text)
                    if isinstance(rec, dict):
                        for k in _ARG_KEYS:
                            if k in rec:
                                return rec[k]
                    return None
    except (OSError, ValueError):
        return None
    return None


def _from_diagnostic(d: Dict[str, Any], given: List[str], cwd: str) -> Dict[str, Any]:
    ctx = d.get("context") or {}
    pol = ctx.get("policy_location") or {}
    tool = ctx.get("tool")
    return {
        "code": d.get("code"),
        "severity": d.get("severity"),
        "message": d.get("message"),
        "tool": tool,
        "args": _args_at(_resolve_shown(ctx.get("file"), given, cwd), ctx.get("line")) if tool is not None else None,
        "rule": ctx.get("policy_rule"),
        "policy_file": pol.get("file"),
        "policy_line": pol.get("line"),
        "policy_col": pol.get("col"),
        "file": ctx.get("file"),
        "line": ctx.get("line"),
        "col": ctx.get("col"),
        "entry": ctx.get("entry_key", ctx.get("test_id")),
        "call_index": ctx.get("call_index"),
        "fix_steps": list(d.get("fix_steps") or []),
    }


def _from_run_finding(f: Dict[str, Any], given: List[str], cwd: str) -> Dict[str, Any]:
    """A finding in run.json form (coverage's `violations`/`warnings`)."""
    loc = f.get("location") or {}
    related = (f.get("related") or [{}])[0]
    level = f.get("level")
    tool = f.get("tool")
    return {
        "code": str(f.get("rule_id", "")).split("/", 1)[-1],
        "severity": "warn" if level == "warning" else level,
        "message": f.get("message"),
        "tool": tool,
        "args": _args_at(_resolve_shown(loc.get("uri"), given, cwd), loc.get("line")) if tool is not None else None,
        "rule": f.get("policy_rule"),
        "policy_file": related.get("uri"),
        "policy_line": related.get("line"),
        "policy_col": related.get("col"),
        "file": loc.get("uri"),
        "line": loc.get("line"),
        "col": loc.get("col"),
        "entry": f.get("entry_key", f.get("test_id")),
        "call_index": f.get("call_index"),
        "fix_steps": [],
    }


def _from_explanation(doc: Dict[str, Any]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for step in doc.get("steps") or []:
        if step.get("verdict") == "allowed":
            continue
        src = step.get("source") or {}
        rs = step.get("rule_source") or {}
        out.append(
            {
                "code": step.get("code"),
                "severity": "error" if step.get("verdict") == "blocked" else "warn",
                "message": step.get("reason"),
                "tool": step.get("tool"),
                "args": step.get("args"),
                "rule": step.get("rule"),
                "policy_file": rs.get("file"),
                "policy_line": rs.get("line"),
                "policy_col": rs.get("col"),
                "file": src.get("file"),
                "line": src.get("line"),
                "col": None,
                "entry": step.get("entry"),
                "call_index": step.get("call_index"),
                "fix_steps": [],
                "verdict": step.get("verdict"),
            }
        )
    for v in doc.get("entry_violations") or []:
        rs = v.get("rule_source") or {}
        out.append(
            {
                "code": "E_SEQUENCE_VIOLATION",
                "severity": "error",
                "message": v.get("reason"),
                "tool": None,
                "args": None,
                "rule": v.get("rule"),
                "policy_file": rs.get("file"),
                "policy_line": rs.get("line"),
                "policy_col": rs.get("col"),
                "file": None,
                "line": None,
                "col": None,
                "entry": v.get("entry"),
                "call_index": None,
                "fix_steps": [],
                "verdict": "blocked",
            }
        )
    return out


def _parse(run_stdout: str) -> Optional[Dict[str, Any]]:
    try:
        doc = json.loads(run_stdout)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _fail(doc: Optional[Dict[str, Any]], exit_code: int, stderr: str) -> AssayError:
    """Exit 2/3 (or anything unexpected) as a typed error, from the CLI's JSON document when it wrote one."""
    if doc is not None and isinstance(doc.get("reason_code"), str):
        diags = [d for d in doc.get("diagnostics") or [] if isinstance(d, dict)]
        first = next((d for d in diags if d.get("severity") == "error"), diags[0] if diags else None)
        message = doc.get("message") or (first or {}).get("message") or doc["reason_code"]
        return AssayError(doc["reason_code"], str(message), exit_code=exit_code, next_step=doc.get("next_step"), diagnostics=diags, report=doc)
    tail = "\n".join(stderr.strip().splitlines()[-5:])
    return AssayError("E_INTERNAL", f"the Assay CLI exited {exit_code} without a JSON report: {tail}", exit_code=exit_code)


def _run(args: List[str], cli: Optional[CliSpec], cwd: Optional[str], env: Optional[Dict[str, str]], timeout: Optional[float]) -> "tuple[Dict[str, Any], int, str]":
    r = run_cli(args, cli=cli, cwd=cwd, env=env, timeout=timeout)
    doc = _parse(r.stdout)
    if r.exit_code not in (0, 1) or doc is None:
        raise _fail(doc, r.exit_code, r.stderr)
    return doc, r.exit_code, r.stderr


def _result(doc: Dict[str, Any], exit_code: int, findings: List[Dict[str, Any]]) -> Result:
    return {"passed": exit_code == 0, "findings": findings, "exit_code": exit_code, "reason_code": doc.get("reason_code"), "report": doc}


def validate(
    policy: PathArg,
    traces: Traces,
    *,
    strict: bool = False,
    extra_args: Iterable[str] = (),
    cli: Optional[CliSpec] = None,
    cwd: Optional[str] = None,
    env: Optional[Dict[str, str]] = None,
    timeout: Optional[float] = None,
) -> Result:
    """`assay validate --config <policy> --trace-file <traces...> --format json`.

    `policy` is a policy file (or an eval config). `passed` is False when any finding is at or above the
    CLI's failure level (exit 1); `findings` lists the policy findings and trace/config diagnostics.
    """
    given = _paths(traces)
    args = ["validate", "--config", os.fspath(policy), "--format", "json", "--no-color", *(["--strict"] if strict else []), *extra_args, "--trace-file", *given]
    doc, code, _ = _run(args, cli, cwd, env, timeout)
    base = os.path.abspath(cwd or os.getcwd())
    findings = [_from_diagnostic(d, given, base) for d in doc.get("diagnostics") or [] if isinstance(d, dict)]
    return _result(doc, code, findings)


def explain(
    policy: PathArg,
    traces: Traces,
    *,
    fail_on: str = "error",
    strict: bool = False,
    extra_args: Iterable[str] = (),
    cli: Optional[CliSpec] = None,
    cwd: Optional[str] = None,
    env: Optional[Dict[str, str]] = None,
    timeout: Optional[float] = None,
) -> Result:
    """`assay explain --policy <policy> --trace <traces...> --format json`: every call's decision.

    `findings` holds the calls that were blocked or warned about (with their arguments and the deciding
    rule); `report` is the explanation (`steps` has every call, allowed ones too).
    """
    given = _paths(traces)
    args = ["explain", "--policy", os.fspath(policy), "--format", "json", "--fail-on", fail_on, *(["--strict"] if strict else []), *extra_args, "--trace", *given]
    doc, code, _ = _run(args, cli, cwd, env, timeout)
    docs = doc.get("explanations") if isinstance(doc.get("explanations"), list) else [doc]
    findings = [f for d in docs if isinstance(d, dict) for f in _from_explanation(d)]
    return _result(doc, code, findings)


def coverage(
    policy: PathArg,
    traces: Traces,
    *,
    min_coverage: Optional[float] = None,
    strict: bool = False,
    extra_args: Iterable[str] = (),
    cli: Optional[CliSpec] = None,
    cwd: Optional[str] = None,
    env: Optional[Dict[str, str]] = None,
    timeout: Optional[float] = None,
) -> Result:
    """`assay coverage --policy <policy> --trace-file <traces...> --format json`.

    `report` carries the percentages (`overall_pct`, `tools`, `rules`); `findings` the calls the policy
    denies or warns about; `passed` is False below `min_coverage` or on a denied call (exit 1).
    """
    given = _paths(traces)
    args = ["coverage", "--policy", os.fspath(policy), "--format", "json", *(["--min-coverage", str(min_coverage)] if min_coverage is not None else []), *(["--strict"] if strict else []), *extra_args, "--trace-file", *given]
    doc, code, _ = _run(args, cli, cwd, env, timeout)
    base = os.path.abspath(cwd or os.getcwd())
    raw = [f for key in ("violations", "warnings") for f in doc.get(key) or [] if isinstance(f, dict)]
    return _result(doc, code, [_from_run_finding(f, given, base) for f in raw])


def format_finding(f: Dict[str, Any]) -> str:
    """One finding as readable lines: code, tool, arguments, rule and where the call and rule are."""
    head = f"{f.get('code')}"
    if f.get("tool") is not None:
        head += f" {f['tool']}"
    lines = [f"{head}: {f.get('message')}"]
    if f.get("args") is not None:
        lines.append(f"    args: {json.dumps(f['args'], ensure_ascii=False, sort_keys=True, default=str)}")
    if f.get("rule") is not None or f.get("policy_file") is not None:
        where = f" at {f['policy_file']}:{f.get('policy_line')}:{f.get('policy_col') or 1}" if f.get("policy_file") else ""
        lines.append(f"    rule: {f.get('rule') or '-'}{where}")
    if f.get("file") is not None:
        call = f"{f['file']}:{f['line']}" if f.get("line") is not None else str(f["file"])
        entry = f" (entry {f['entry']})" if f.get("entry") else ""
        lines.append(f"    call: {call}{entry}")
    return "\n".join(lines)
