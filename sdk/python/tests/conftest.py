"""Shared fixtures. The real CLI comes from $ASSAY_CLI, else from this repository (dist/, or the
TypeScript sources under tsx while `.test-from-source` exists at the repository root). Tests that need it
skip when there is none, unless ASSAY_SDK_REQUIRE_CLI=1 (set by .ci/run), which makes that a failure."""
from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from _helpers import SRC, repo_cli

# An installed package (pip install ./sdk/python, as .ci/run does) is what the suite tests; without one it
# tests the sources.
if importlib.util.find_spec("assay") is None and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


@pytest.fixture(scope="session")
def cli_command() -> str:
    """A command line that starts the real Assay CLI."""
    cmd = os.environ.get("ASSAY_CLI") or repo_cli()
    if not cmd:
        if os.environ.get("ASSAY_SDK_REQUIRE_CLI") == "1":
            pytest.fail("no Assay CLI (set ASSAY_CLI) and ASSAY_SDK_REQUIRE_CLI=1")
        pytest.skip("no Assay CLI: set ASSAY_CLI, or build dist/ / install node_modules in the repository")
    return cmd
