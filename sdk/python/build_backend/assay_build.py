"""A minimal PEP 517 / PEP 660 build backend for the pure-Python `assay` package.

Why not setuptools: setuptools before 70.1 cannot build a wheel without the separate `wheel` package,
and the machines this repository is built on may reach no package index. This backend needs only the
standard library (plus `tomli` on Python < 3.11, requested through the PEP 517 hooks), reads the
`[project]` table of pyproject.toml, and writes byte-stable archives. See docs/sdk.md.
"""
from __future__ import annotations

import base64
import hashlib
import io
import os
import sys
import tarfile
import zipfile
from typing import Any, Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
TAG = "py3-none-any"
# Fixed archive timestamps: the same sources give the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    import tomli  # requested by get_requires_for_build_* below

    return tomli


def _project() -> Dict[str, Any]:
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        return _toml().load(f)["project"]


def _extra_requires() -> List[str]:
    return [] if sys.version_info >= (3, 11) else ["tomli>=1.1"]


def get_requires_for_build_wheel(config_settings: Optional[dict] = None) -> List[str]:
    return _extra_requires()


def get_requires_for_build_sdist(config_settings: Optional[dict] = None) -> List[str]:
    return _extra_requires()


def get_requires_for_build_editable(config_settings: Optional[dict] = None) -> List[str]:
    return _extra_requires()


def _dist_name(p: Dict[str, Any]) -> str:
    return str(p["name"]).replace("-", "_").replace(".", "_").lower()


def _metadata(p: Dict[str, Any]) -> str:
    lines = ["Metadata-Version: 2.1", f"Name: {p['name']}", f"Version: {p['version']}"]
    if "description" in p:
        lines.append(f"Summary: {p['description']}")
    lic = p.get("license")
    if isinstance(lic, dict) and "text" in lic:
        lines.append(f"License: {lic['text']}")
    if "requires-python" in p:
        lines.append(f"Requires-Python: {p['requires-python']}")
    for c in p.get("classifiers", []):
        lines.append(f"Classifier: {c}")
    for dep in p.get("dependencies", []):
        lines.append(f"Requires-Dist: {dep}")
    for extra, deps in sorted(p.get("optional-dependencies", {}).items()):
        lines.append(f"Provides-Extra: {extra}")
        for dep in deps:
            lines.append(f'Requires-Dist: {dep}; extra == "{extra}"')
    body = ""
    readme = p.get("readme")
    if isinstance(readme, str):
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(ROOT, readme), encoding="utf-8") as f:
            body = f.read()
    return "\n".join(lines) + "\n\n" + body


def _entry_points(p: Dict[str, Any]) -> str:
    out = []
    for group, eps in sorted(p.get("entry-points", {}).items()):
        out.append(f"[{group}]")
        out.extend(f"{name} = {target}" for name, target in sorted(eps.items()))
        out.append("")
    return "\n".join(out)


def _dist_info_files(p: Dict[str, Any]) -> List[Tuple[str, bytes]]:
    files = [
        ("METADATA", _metadata(p).encode()),
        ("WHEEL", f"Wheel-Version: 1.0\nGenerator: assay_build\nRoot-Is-Purelib: true\nTag: {TAG}\n".encode()),
    ]
    eps = _entry_points(p)
    if eps:
        files.append(("entry_points.txt", eps.encode()))
    return files


def _package_files() -> List[Tuple[str, bytes]]:
    """Every file under src/ except caches, as (archive path, bytes), sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(SRC):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.endswith(".egg-info"))
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo")):
                continue
            full = os.path.join(dirpath, name)
            with open(full, "rb") as f:
                out.append((os.path.relpath(full, SRC).replace(os.sep, "/"), f.read()))
    return out


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def _write_wheel(directory: str, files: List[Tuple[str, bytes]]) -> str:
    p = _project()
    name = _dist_name(p)
    dist_info = f"{name}-{p['version']}.dist-info"
    entries = files + [(f"{dist_info}/{n}", b) for n, b in _dist_info_files(p)]
    record = "\n".join([_record_line(n, b) for n, b in entries] + [f"{dist_info}/RECORD,,", ""])
    entries.append((f"{dist_info}/RECORD", record.encode()))
    filename = f"{name}-{p['version']}-{TAG}.whl"
    with zipfile.ZipFile(os.path.join(directory, filename), "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, data in entries:
            info = zipfile.ZipInfo(arcname, ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return filename


def build_wheel(wheel_directory: str, config_settings: Optional[dict] = None, metadata_directory: Optional[str] = None) -> str:
    return _write_wheel(wheel_directory, _package_files())


def build_editable(wheel_directory: str, config_settings: Optional[dict] = None, metadata_directory: Optional[str] = None) -> str:
    # A .pth file puts src/ on sys.path: edits to the sources take effect without reinstalling.
    return _write_wheel(wheel_directory, [("__editable__.assay.pth", (SRC + "\n").encode())])


def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: Optional[dict] = None) -> str:
    p = _project()
    dist_info = f"{_dist_name(p)}-{p['version']}.dist-info"
    os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
    for name, data in _dist_info_files(p):
        with open(os.path.join(metadata_directory, dist_info, name), "wb") as f:
            f.write(data)
    return dist_info


prepare_metadata_for_build_editable = prepare_metadata_for_build_wheel


def build_sdist(sdist_directory: str, config_settings: Optional[dict] = None) -> str:
    p = _project()
    base = f"{_dist_name(p)}-{p['version']}"
    members: List[Tuple[str, bytes]] = [("PKG-INFO", _metadata(p).encode())]
    for rel in ("pyproject.toml", "README.md", "build_backend/assay_build.py"):
        with open(os.path.join(ROOT, rel), "rb") as f:
            members.append((rel, f.read()))
    members += [("src/" + n, b) for n, b in _package_files()]
    filename = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as t:
        for rel, data in members:
            info = tarfile.TarInfo(f"{base}/{rel}")
            info.size = len(data)
            info.mode = 0o644
            info.mtime = 0
            t.addfile(info, io.BytesIO(data))
    return filename
