"""The trace recorder: one JSON object per line, appended atomically (docs/sdk.md "Record format")."""
from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import os
import threading
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, Mapping, Optional, TypeVar, Union, overload

F = TypeVar("F", bound=Callable[..., Any])
PathLike = Union[str, "os.PathLike[str]"]


def _jsonable(value: Any) -> Any:
    """Fallback for values json cannot encode: dataclasses as dicts, sets as sorted lists, else str()."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def encode_line(record: Mapping[str, Any]) -> bytes:
    """Compact JSON, UTF-8, one LF-terminated line (newlines inside strings are escaped by JSON)."""
    return (json.dumps(dict(record), ensure_ascii=False, separators=(",", ":"), default=_jsonable) + "\n").encode("utf-8")


def call_args(func: Callable[..., Any], args: tuple, kwargs: Dict[str, Any]) -> Any:
    """The arguments of one call as a JSON object keyed by parameter name (positional ones too)."""
    try:
        bound = inspect.signature(func).bind(*args, **kwargs)
    except (TypeError, ValueError):
        # No signature, or a call the function will reject anyway: keep what was passed.
        return {"args": list(args), **kwargs} if args else dict(kwargs)
    out: Dict[str, Any] = {}
    for name, value in bound.arguments.items():
        if name == "self" and not out:
            continue  # a method wrapped on its class: the instance is not an argument of the tool
        kind = bound.signature.parameters[name].kind
        if kind is inspect.Parameter.VAR_KEYWORD:
            out.update(value)
        elif kind is inspect.Parameter.VAR_POSITIONAL:
            out[name] = list(value)
        else:
            out[name] = value
    return out


class AssayClient:
    """Appends tool-call records to a JSONL trace that `assay validate` reads.

    Each record is written with a single `os.write` of a whole line on an `O_APPEND` descriptor, so lines
    from several threads or processes never interleave; a lock serialises the threads of this process.

    >>> client = AssayClient("traces/run.jsonl", test_id="checkout")
    >>> client.record_trace({"tool": "search", "args": {"q": "shoes"}})
    """

    def __init__(self, path: PathLike, *, test_id: Optional[str] = None, clock: Optional[Callable[[], int]] = None) -> None:
        """`path`: the trace file (created, parent folders too). `test_id`: the group key every record made
        by `record`/`wrap` carries (one trace entry per test id). `clock`: milliseconds for a `timestamp`
        field (default: none, so the same calls give the same bytes)."""
        self.path = os.fspath(path)
        self.test_id = test_id
        self._clock = clock
        self._lock = threading.Lock()
        self._fd: Optional[int] = None

    def _open(self) -> int:
        if self._fd is None:
            parent = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(parent, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        return self._fd

    def record_trace(self, tool_call: Mapping[str, Any]) -> None:
        """Append one record as given (any JSON object; Assay reads `{"tool", "args", ...}` as a call)."""
        if not isinstance(tool_call, Mapping):
            raise TypeError(f"record_trace expects a mapping, got {type(tool_call).__name__}")
        line = encode_line(tool_call)
        with self._lock:
            fd = self._open()
            written = os.write(fd, line)
            # A regular file takes the whole line in one write; a short write means the disk is full.
            if written != len(line):
                raise OSError(f"short write to {self.path}: {written} of {len(line)} bytes")

    def record(
        self,
        tool: str,
        args: Any = None,
        *,
        result: Any = None,
        error: Any = None,
        id: Optional[str] = None,
        test_id: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Append one tool call in Assay's plain record form and return the record written."""
        if not isinstance(tool, str) or not tool:
            raise ValueError("tool must be a non-empty string")
        rec: Dict[str, Any] = {"tool": tool, "args": {} if args is None else args, "result": result, "error": error}
        if id is not None:
            rec["id"] = id
        group = test_id if test_id is not None else self.test_id
        if group is not None:
            rec["test_id"] = group
        if self._clock is not None:
            rec["timestamp"] = int(self._clock())
        self.record_trace(rec)
        return rec

    def wrap(self, func: F, *, tool: Optional[str] = None) -> F:
        """`func` recording each call: its arguments, then its return value or the exception it raised
        (recorded as `"<Type>: <message>"` and re-raised). Coroutine functions are awaited."""
        name = tool or getattr(func, "__name__", None) or "tool"

        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                a = call_args(func, args, kwargs)
                try:
                    out = await func(*args, **kwargs)
                except Exception as e:
                    self.record(name, a, error=f"{type(e).__name__}: {e}")
                    raise
                self.record(name, a, result=out)
                return out

            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            a = call_args(func, args, kwargs)
            try:
                out = func(*args, **kwargs)
            except Exception as e:
                self.record(name, a, error=f"{type(e).__name__}: {e}")
                raise
            self.record(name, a, result=out)
            return out

        return wrapper  # type: ignore[return-value]

    @overload
    def tool(self, func: F) -> F: ...
    @overload
    def tool(self, func: None = None, *, name: Optional[str] = None) -> Callable[[F], F]: ...

    def tool(self, func: Optional[F] = None, *, name: Optional[str] = None) -> Union[F, Callable[[F], F]]:
        """Decorator: `@client.tool` or `@client.tool(name="search")`."""
        if func is not None:
            return self.wrap(func, tool=name)
        return lambda f: self.wrap(f, tool=name)

    @contextmanager
    def recording(self, owner: Any, attribute: str, *, tool: Optional[str] = None) -> Iterator[Callable[..., Any]]:
        """Within the block, `owner.<attribute>` records every call; the original is restored after.

        >>> with client.recording(tools_module, "search"):
        ...     agent.run()                      # every tools_module.search(...) call is recorded
        """
        original = getattr(owner, attribute)
        had_own = isinstance(owner, type) or attribute in getattr(owner, "__dict__", {})
        wrapped = self.wrap(original, tool=tool or attribute)
        setattr(owner, attribute, wrapped)
        try:
            yield wrapped
        finally:
            if had_own or not hasattr(type(owner), attribute):
                setattr(owner, attribute, original)
            else:
                # A method found on the class: drop the instance attribute so the class's is seen again.
                delattr(owner, attribute)

    def clear(self) -> None:
        """Empty the trace file (a fresh recording)."""
        with self._lock:
            self._close_locked()
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            with open(self.path, "wb"):
                pass

    def _close_locked(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    def __enter__(self) -> "AssayClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self._close_locked()
        except Exception:
            pass
