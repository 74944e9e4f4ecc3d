"""The in-tree build backend: a complete, byte-stable wheel without setuptools or `wheel`."""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import zipfile

from _helpers import SDK


def backend():
    spec = importlib.util.spec_from_file_location("assay_build", SDK / "build_backend" / "assay_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_wheel_has_the_package_metadata_and_the_pytest_entry_point(tmp_path):
    name = backend().build_wheel(str(tmp_path))
    assert name == "assay-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(tmp_path / name) as z:
        names = z.namelist()
        assert {"assay/__init__.py", "assay/py.typed", "assay/pytest_plugin.py", "assay/client.py"} <= set(names)
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
        meta = z.read("assay-0.1.0.dist-info/METADATA").decode()
        assert "Name: assay\n" in meta and "Requires-Python: >=3.9" in meta and 'Requires-Dist: pytest>=7; extra == "pytest"' in meta
        assert "assay = assay.pytest_plugin" in z.read("assay-0.1.0.dist-info/entry_points.txt").decode()
        for row in z.read("assay-0.1.0.dist-info/RECORD").decode().splitlines():
            path, digest, size = row.rsplit(",", 2)
            if not digest:
                continue
            data = z.read(path)
            assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode() and int(size) == len(data)


def test_builds_are_byte_stable(tmp_path):
    b = backend()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    wa = b.build_wheel(str(tmp_path / "a"))
    wb = b.build_wheel(str(tmp_path / "b"))
    assert (tmp_path / "a" / wa).read_bytes() == (tmp_path / "b" / wb).read_bytes()
    sa = b.build_sdist(str(tmp_path / "a"))
    assert (tmp_path / "a" / sa).stat().st_size > 0 and sa == "assay-0.1.0.tar.gz"


def test_editable_wheel_points_at_the_sources(tmp_path):
    name = backend().build_editable(str(tmp_path))
    with zipfile.ZipFile(tmp_path / name) as z:
        assert z.read("__editable__.assay.pth").decode().strip() == str(SDK / "src")
