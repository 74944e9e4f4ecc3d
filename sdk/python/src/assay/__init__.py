"""Assay for Python: record an agent's tool calls and gate them with an Assay policy.

>>> from assay import AssayClient, validate
>>> client = AssayClient("traces/run.jsonl")
>>> client.record("search", {"q": "shoes"}, result={"hits": 3})
>>> validate("policy.yaml", "traces/run.jsonl")["passed"]
"""
from .cli import find_cli, run_cli
from .client import AssayClient
from .commands import coverage, explain, format_finding, validate
from .errors import AssayCliNotFoundError, AssayError

__version__ = "0.1.0"

__all__ = [
    "AssayClient",
    "AssayError",
    "AssayCliNotFoundError",
    "coverage",
    "explain",
    "find_cli",
    "format_finding",
    "run_cli",
    "validate",
    "__version__",
]
