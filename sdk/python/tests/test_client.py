"""AssayClient: the record format, atomic appends from threads and processes, the call wrappers."""
from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import sys
import threading
import types

import pytest

from assay import AssayClient


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_record_trace_appends_compact_lines(tmp_path):
    path = tmp_path / "deep" / "trace.jsonl"
    c = AssayClient(path)
    c.record_trace({"tool": "ToolA", "args": {"q": "x\ny"}})
    c.record_trace({"type": "call_tool", "tool": "ToolB", "test_id": "t1"})
    c.close()
    raw = path.read_bytes()
    assert raw == b'{"tool":"ToolA","args":{"q":"x\\ny"}}\n{"type":"call_tool","tool":"ToolB","test_id":"t1"}\n'
    # A second client on the same file appends rather than truncating.
    with AssayClient(path) as again:
        again.record_trace({"tool": "ToolC"})
    assert [r["tool"] for r in lines(path)] == ["ToolA", "ToolB", "ToolC"]


def test_record_trace_rejects_non_mappings(tmp_path):
    with pytest.raises(TypeError):
        AssayClient(tmp_path / "t.jsonl").record_trace(["tool"])  # type: ignore[arg-type]


def test_record_writes_the_plain_tool_call_form(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path, test_id="t1", clock=lambda: 1234)
    rec = c.record("search", {"q": "shoes"}, result={"hits": 2})
    c.record("pay", error="denied", id="call-9", test_id="other")
    c.close()
    assert rec == {"tool": "search", "args": {"q": "shoes"}, "result": {"hits": 2}, "error": None, "test_id": "t1", "timestamp": 1234}
    assert lines(path)[1] == {"tool": "pay", "args": {}, "result": None, "error": "denied", "id": "call-9", "test_id": "other", "timestamp": 1234}
    with pytest.raises(ValueError):
        c.record("")


def test_values_json_cannot_encode_are_still_recorded(tmp_path):
    path = tmp_path / "t.jsonl"
    with AssayClient(path) as c:
        c.record("t", {"tags": {"b", "a"}, "blob": b"hi", "obj": types.SimpleNamespace()})
    rec = lines(path)[0]
    assert rec["args"]["tags"] == ["a", "b"] and rec["args"]["blob"] == "hi" and rec["args"]["obj"] == "namespace()"


def test_threads_never_interleave_lines(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)
    payload = "x" * 20000  # far above PIPE_BUF: atomicity must not depend on small writes

    def work(n):
        for i in range(100):
            c.record("tool", {"thread": n, "i": i, "pad": payload})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    c.close()
    recs = lines(path)
    assert len(recs) == 800
    assert sorted((r["args"]["thread"], r["args"]["i"]) for r in recs) == [(n, i) for n in range(8) for i in range(100)]


def _append_from_process(path: str, n: int) -> None:
    c = AssayClient(path)
    for i in range(100):
        c.record("tool", {"proc": n, "i": i, "pad": "y" * 20000})
    c.close()


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_processes_appending_to_one_file_never_interleave(tmp_path):
    path = str(tmp_path / "t.jsonl")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_from_process, args=(path, n)) for n in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert all(p.exitcode == 0 for p in procs)
    recs = lines(path)
    assert len(recs) == 400
    assert sorted((r["args"]["proc"], r["args"]["i"]) for r in recs) == [(n, i) for n in range(4) for i in range(100)]


def test_wrap_records_arguments_by_name_and_the_result(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)

    def search(query, limit=3, *rest, **opts):
        return [query] * limit

    wrapped = c.wrap(search)
    assert wrapped("a", 2) == ["a", "a"]
    wrapped("b", 1, "extra", lang="en")
    assert wrapped.__name__ == "search"
    c.close()
    assert lines(path) == [
        {"tool": "search", "args": {"query": "a", "limit": 2}, "result": ["a", "a"], "error": None},
        {"tool": "search", "args": {"query": "b", "limit": 1, "rest": ["extra"], "lang": "en"}, "result": ["b"], "error": None},
    ]


def test_wrap_records_the_error_and_reraises(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)

    @c.tool(name="shell")
    def run(cmd):
        raise PermissionError("no shell")

    with pytest.raises(PermissionError):
        run("ls")
    c.close()
    assert lines(path) == [{"tool": "shell", "args": {"cmd": "ls"}, "result": None, "error": "PermissionError: no shell"}]


def test_tool_decorator_and_coroutines(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)

    @c.tool
    async def fetch(url):
        return {"status": 200}

    assert asyncio.run(fetch("https://x")) == {"status": 200}
    c.close()
    assert lines(path) == [{"tool": "fetch", "args": {"url": "https://x"}, "result": {"status": 200}, "error": None}]


def test_recording_patches_and_restores_module_functions_and_methods(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)
    mod = types.ModuleType("tools")

    def lookup(key):
        return key.upper()

    mod.lookup = lookup

    class Api:
        def get(self, item):
            return item * 2

    api = Api()
    with c.recording(mod, "lookup"), c.recording(api, "get", tool="api.get"):
        assert mod.lookup("k") == "K"
        assert api.get(2) == 4
    assert mod.lookup is lookup and "get" not in vars(api)
    mod.lookup("not recorded")
    with c.recording(Api, "get"):
        Api().get(5)
    assert Api.get.__name__ == "get" and not hasattr(Api.get, "__wrapped__")
    c.close()
    assert lines(path) == [
        {"tool": "lookup", "args": {"key": "k"}, "result": "K", "error": None},
        {"tool": "api.get", "args": {"item": 2}, "result": 4, "error": None},
        {"tool": "get", "args": {"item": 5}, "result": 10, "error": None},
    ]


def test_clear_starts_a_fresh_file(tmp_path):
    path = tmp_path / "t.jsonl"
    c = AssayClient(path)
    c.record("a")
    c.clear()
    c.record("b")
    c.close()
    assert [r["tool"] for r in lines(path)] == ["b"]
    assert os.path.getsize(path) > 0
