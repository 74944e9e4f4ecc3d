"""Typed errors of the SDK. Classify by class and `reason_code`, never by message text."""
from __future__ import annotations

from typing import Any, Dict, List, Optional


class AssayError(Exception):
    """The CLI could not reach a verdict (exit 2: config/input/usage, exit 3: infrastructure).

    `reason_code` is the CLI's reason code (`E_POLICY_PARSE`, `E_TRACE_NOT_FOUND`, ...); `exit_code` the
    CLI's exit code (None when the CLI never ran); `diagnostics` the CLI's JSON diagnostics
    (`{code, severity, message, context: {file, line, col, ...}}`); `next_step` what to do about it.
    """

    def __init__(
        self,
        reason_code: str,
        message: str,
        *,
        exit_code: Optional[int] = None,
        next_step: Optional[str] = None,
        diagnostics: Optional[List[Dict[str, Any]]] = None,
        report: Optional[Dict[str, Any]] = None,
    ) -> None:
        super().__init__(f"{reason_code}: {message}")
        self.reason_code = reason_code
        self.message = message
        self.exit_code = exit_code
        self.next_step = next_step
        self.diagnostics: List[Dict[str, Any]] = list(diagnostics or [])
        self.report = report


class AssayCliNotFoundError(AssayError):
    """No Assay CLI was found (ASSAY_CLI, PATH, node_modules/.bin)."""
