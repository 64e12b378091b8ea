"""Smoke tests of the benchmark scripts on a tiny synthetic corpus (no timings are asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Sales rose 5% to £3bn in 2004, the firm said. Over 1,700 people lost their jobs.",
    "He flew from London to Paris. Then he went to New York, where it rained.",
    "Mr. Smith's company, Acme Inc., earned $12.5m last year.",
]

pytest.importorskip("claimsift")


def _corpus(tmp_path: Path) -> Path:
    p = tmp_path / "tiny.jsonl"
    p.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS)))
    return p


def test_bench_py_writes_rows(tmp_path):
    out = tmp_path / "bench.json"
    cmd = [sys.executable, str(ROOT / "benches" / "bench.py"), "--corpus", str(_corpus(tmp_path))]
    cmd += ["--repeats", "1", "--sections", "tokens,sentences,claims,pipeline", "--no-rust"]
    cmd += ["--threads", "1,2", "--pysbd-docs", "2", "--slow-docs", "2", "--json", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    names = {row["name"] for row in data["rows"]}
    assert "claimsift.tokenize (Token objects)" in names
    assert "claimsift Pipeline().process -> Arrow" in names
    assert all(row["docs"] > 0 and row["mb_s"] > 0 for row in data["rows"])
    assert data["machine"]["nproc"] >= 1
    # a missing peer or feature is skipped with a message, never a crash
    assert "=== goals" in r.stdout


def test_memory_py_small(tmp_path):
    out = tmp_path / "mem.json"
    cmd = [sys.executable, str(ROOT / "benches" / "memory.py"), "--corpus", str(_corpus(tmp_path))]
    cmd += ["--target-gb", "0.00002", "--batch-docs", "4", "--tmpdir", str(tmp_path), "--json", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert data["rows"] and data["rows"][-1]["text_gb"] >= 0.00002
    assert not list(tmp_path.glob("claimsift-mem-*"))  # the generated corpus is deleted


def test_langs_py_prints_a_row_per_language():
    cmd = [sys.executable, str(ROOT / "benches" / "langs.py"), "--docs", "3", "--repeats", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rows = {
        line.split()[0]: line.split()
        for line in r.stdout.splitlines()
        if line[:3].strip() in {"en", "de", "fr", "ru"}
    }
    assert set(rows) >= {"en", "de", "fr", "ru"}
    assert rows["en"][1] == "yes" and rows["de"][1] == "yes" and rows["ru"][1] == "no"
    assert [rows[k][5] for k in ("en", "de", "fr", "ru")] == ["en", "de", "fr", "ru"]  # detected
