"""The hand-written stubs match the compiled module (mypy.stubtest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_stubtest():
    pytest.importorskip("mypy")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            "claimsift._claimsift",
            "--allowlist",
            str(ROOT / "tests" / "stubtest-allowlist.txt"),
            "--ignore-disjoint-bases",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_import_needs_nothing_optional():
    code = (
        "import sys, claimsift; "
        "bad = [m for m in ('pyarrow', 'polars', 'pandas', 'dask', 'tqdm', 'matplotlib') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
