"""pytest plugin (entry point `pytest11`): `@pytest.mark.assay`, the `assay_client` fixture, validation
of the recorded calls after each test, JUnit properties and a session summary line (docs/sdk.md).

    @pytest.mark.assay(trace_file="traces/checkout.jsonl", policy="policy.yaml")
    def test_checkout(assay_client):
        agent = Agent(tools=assay_client.wrap(search))
        agent.run("buy shoes")        # the test fails if a recorded call breaks the policy
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Generator, List, Optional

import pytest

from .client import AssayClient
from .commands import format_finding, validate
from .errors import AssayError


@dataclass
class _Counts:
    validated: int = 0
    passed: int = 0
    failed: int = 0
    errors: int = 0
    findings: int = 0
    failures: List[str] = field(default_factory=list)


_COUNTS = pytest.StashKey[_Counts]()
_CLIENT = pytest.StashKey[AssayClient]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("assay", "Assay policy gate")
    group.addoption("--assay-policy", dest="assay_policy", default=None, metavar="FILE", help="policy for tests marked @pytest.mark.assay without policy= (relative to rootdir)")
    group.addoption("--assay-cli", dest="assay_cli", default=None, metavar="COMMAND", help="command line that starts the Assay CLI (default: $ASSAY_CLI, `assay` on PATH, node_modules/.bin/assay)")
    parser.addini("assay_policy", "default policy for @pytest.mark.assay (relative to rootdir)", default=None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "assay(trace_file=None, policy=None, append=False): validate the tool calls in trace_file against policy after the test",
    )
    config.stash[_COUNTS] = _Counts()


def _resolve(config: pytest.Config, path: Any) -> str:
    p = os.fspath(path)
    return p if os.path.isabs(p) else str(config.rootpath / p)


def _marker_value(item: pytest.Item, key: str) -> Any:
    m = item.get_closest_marker("assay")
    if m is None:
        return None
    if key == "trace_file" and m.args:
        return m.args[0]
    return m.kwargs.get(key)


def _policy(item: pytest.Item) -> Optional[str]:
    config = item.config
    given = _marker_value(item, "policy") or config.getoption("assay_policy") or config.getini("assay_policy")
    return _resolve(config, given) if given else None


@pytest.fixture
def assay_client(request: pytest.FixtureRequest) -> Generator[AssayClient, None, None]:
    """An `AssayClient` on the test's trace file: `@pytest.mark.assay(trace_file=...)`, else a file in the
    test's tmp_path. The file starts empty unless the marker says `append=True`; each record carries the
    test's node id as `test_id`."""
    item = request.node
    given = _marker_value(item, "trace_file")
    path = _resolve(item.config, given) if given else str(request.getfixturevalue("tmp_path") / "assay-trace.jsonl")
    client = AssayClient(path, test_id=item.nodeid)
    if not _marker_value(item, "append"):
        client.clear()
    item.stash[_CLIENT] = client
    try:
        yield client
    finally:
        client.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    # Reached only when the test body passed (a failing body raises out of the yield): its own failure
    # is the more useful report, and the trace of a half-run test is rarely meaningful.
    result = yield
    _validate_item(item)
    return result


def _validate_item(item: pytest.Item) -> None:
    marked = item.get_closest_marker("assay") is not None
    client = item.stash.get(_CLIENT, None)
    if not marked and client is None:
        return
    policy = _policy(item)
    if policy is None:
        if marked:
            pytest.fail("assay: no policy: give @pytest.mark.assay(policy=...), --assay-policy or the assay_policy ini option", pytrace=False)
        return  # the fixture alone, no policy anywhere: recording only
    given = _marker_value(item, "trace_file")
    trace = _resolve(item.config, given) if given else (client.path if client is not None else None)
    if trace is None:
        pytest.fail("assay: @pytest.mark.assay needs trace_file=... (or use the assay_client fixture)", pytrace=False)
    counts = item.config.stash[_COUNTS]
    counts.validated += 1
    props = item.user_properties
    try:
        r = validate(policy, trace, cli=item.config.getoption("assay_cli"), cwd=str(item.config.rootpath))
    except AssayError as e:
        counts.errors += 1
        props.append(("assay_exit_code", str(e.exit_code if e.exit_code is not None else "")))
        props.append(("assay_reason_code", e.reason_code))
        text = f"assay: {e.reason_code}: {e.message}"
        if e.next_step:
            text += f"\nNext: {e.next_step}"
        pytest.fail(text, pytrace=False)
        return
    shown = [f for f in r["findings"] if f.get("severity") in ("error", "warn")]
    counts.findings += len(shown)
    props.append(("assay_passed", "true" if r["passed"] else "false"))
    props.append(("assay_exit_code", str(r["exit_code"])))
    props.append(("assay_findings", str(len(shown))))
    for f in shown:
        where = f"{f['policy_file']}:{f['policy_line']}" if f.get("policy_file") else "-"
        props.append(("assay_finding", f"{f.get('code')} tool={f.get('tool') or '-'} rule={f.get('rule') or '-'} policy={where}"))
    if r["passed"]:
        counts.passed += 1
        return
    counts.failed += 1
    counts.failures.append(item.nodeid)
    rel = lambda p: os.path.relpath(p, item.config.rootpath)  # noqa: E731
    head = f"assay: policy validation failed (exit {r['exit_code']}, {r['reason_code']}): {len(shown)} finding(s) in {rel(trace)} against {rel(policy)}"
    pytest.fail("\n".join([head, *(format_finding(f) for f in shown)]), pytrace=False)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    c = config.stash.get(_COUNTS, None)
    if c is None or c.validated == 0:
        return
    terminalreporter.write_sep("-", "assay")
    terminalreporter.write_line(f"assay: {c.validated} validated, {c.passed} passed, {c.failed} failed, {c.errors} errors, {c.findings} findings")


def pytest_report_header(config: pytest.Config) -> Optional[str]:
    policy = config.getoption("assay_policy") or config.getini("assay_policy")
    return f"assay: default policy {policy}" if policy else None

