"""Helpers shared by the tests (paths, the real CLI, subprocess pytest runs)."""
from __future__ import annotations

import importlib.metadata
import os
import shlex
import shutil
import sys
from pathlib import Path
from typing import Dict, List, Optional

SDK = Path(__file__).resolve().parents[1]
SRC = SDK / "src"
REPO = SDK.parents[1]
EXAMPLE = SDK / "examples" / "pytest-project"


def repo_cli() -> Optional[str]:
    node = shutil.which("node")
    if node is None:
        return None
    tsx = REPO / "node_modules" / "tsx" / "dist" / "esm" / "index.mjs"
    dist = REPO / "dist" / "cli" / "index.js"
    from_source = (REPO / ".test-from-source").exists() or os.environ.get("ASSAY_TEST_FROM_SOURCE") == "1"
    if (from_source or not dist.exists()) and tsx.exists():
        return shlex.join([node, "--import", str(tsx), str(REPO / "cli" / "index.ts")])
    if dist.exists():
        return shlex.join([node, str(dist)])
    return None


def plugin_installed() -> bool:
    return any(ep.name == "assay" and ep.value == "assay.pytest_plugin" for ep in importlib.metadata.entry_points(group="pytest11"))


def pytest_argv(extra: List[str]) -> List[str]:
    """`python -m pytest` for a subprocess, loading the plugin from the sources when it is not installed."""
    load = [] if plugin_installed() else ["-p", "assay.pytest_plugin"]
    return [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *load, *extra]


def subprocess_env(cli: Optional[str]) -> Dict[str, str]:
    env = dict(os.environ)
    if not plugin_installed():
        env["PYTHONPATH"] = os.pathsep.join([str(SRC), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])])
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("PYTEST_XDIST_WORKER", None)
    if cli is None:
        env.pop("ASSAY_CLI", None)
    else:
        env["ASSAY_CLI"] = cli
    return env
