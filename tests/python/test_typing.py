"""The public API is typed: a user's script (typing_example.py) passes ``mypy --strict`` and pyright,
and ``help()`` on every public function and class shows its fields and an example."""

from __future__ import annotations

import doctest
import pydoc
import shutil
import subprocess
import sys
from pathlib import Path

import claimsift
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXAMPLE = HERE / "typing_example.py"

#: Coordinator: set to True once ``claimsift.compare`` is a typed function returning a typed
#: ``Comparison`` (the compare block of typing_example.py is cut out until then).
COMPARE_TYPED = True


def _example(tmp_path: Path) -> Path:
    src = EXAMPLE.read_text(encoding="utf-8")
    if not COMPARE_TYPED:
        start = src.index("# --- BEGIN compare")
        end = src.index("# --- END compare ---")
        src = src[:start] + src[end:]
    out = tmp_path / "user_script.py"
    out.write_text(src, encoding="utf-8")
    return out


def test_example_runs(tmp_path):
    script = _example(tmp_path)
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr


def test_mypy_strict(tmp_path):
    pytest.importorskip("mypy")
    script = _example(tmp_path)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_sees_literal_types(tmp_path):
    """The stubs really are strict: a wrong literal is an error, revealed types are precise."""
    pytest.importorskip("mypy")
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import claimsift\n"
        "c = claimsift.extract_claims('5 dogs')[0]\n"
        "b: int = c.bound\n"
        "reveal_type(c.bound)\n"
        "reveal_type(claimsift.Pipeline().process(['x']))\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "c"),
            str(bad),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 1
    assert "Literal['=', '>', '>=', '<', '<=', '~']" in r.stdout
    assert "claimsift._pipeline.Tables" in r.stdout
    assert "Incompatible types in assignment" in r.stdout


def test_pyright(tmp_path):
    exe = shutil.which("pyright") or str(Path(sys.executable).parent / "pyright")
    if not Path(exe).exists():
        pytest.skip("pyright not installed (pip install pyright; it needs node)")
    script = _example(tmp_path)
    try:
        r = subprocess.run(
            [exe, "--pythonpath", sys.executable, str(script)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=240,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("pyright did not start (it fetches node on first use)")
    if "0 errors" not in r.stdout and "error" not in r.stdout:
        pytest.skip(f"pyright did not run: {r.stdout[-300:]} {r.stderr[-300:]}")
    assert "0 errors" in r.stdout, r.stdout


PUBLIC_FUNCTIONS = [
    "tokenize",
    "split_sentences",
    "extract_claims",
    "tokenize_batch",
    "split_sentences_batch",
    "extract_claims_batch",
    "languages",
    "default_threads",
]


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
def test_help_shows_fields_and_example(name):
    text = pydoc.render_doc(getattr(claimsift, name), renderer=pydoc.plaintext)
    assert ">>>" in text, text
    assert "Returns" in text, text
    if name == "extract_claims":
        for field in ("value", "unit", "bound", "counted", "attribution", "start", "end"):
            assert field in text


@pytest.mark.parametrize("name", ["Claim", "Doc", "Token", "Sentence", "Number", "Pipeline", "Tables"])
def test_help_on_classes(name):
    text = pydoc.render_doc(getattr(claimsift, name), renderer=pydoc.plaintext)
    assert ">>>" in text, text


def _doctests(obj, name):
    finder = doctest.DocTestFinder(recurse=False)
    return finder.find(obj, name, globs={"claimsift": claimsift, "Pipeline": claimsift.Pipeline})


@pytest.mark.parametrize(
    "name", [*PUBLIC_FUNCTIONS, "Claim", "Doc", "Token", "Sentence", "Number", "Tables", "BoundSymbol"]
)
def test_docstring_examples_are_true(name):
    obj = getattr(claimsift, name)
    tests = [t for t in _doctests(obj, name) if t.examples]
    if name == "BoundSymbol":
        tests = [t for t in _doctests(sys.modules["claimsift._types"], "_types") if t.examples]
    assert tests, f"{name} has no example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for t in tests:
        runner.run(t)
    assert runner.failures == 0


def test_pipeline_methods_documented():
    nlp = claimsift.Pipeline
    for meth in ("__call__", "pipe", "process_batch", "process"):
        doc = getattr(nlp, meth).__doc__ or ""
        assert ">>>" in doc, meth
    assert "n_process" in (nlp.pipe.__doc__ or "")


def test_n_process_alias():
    nlp = claimsift.Pipeline()
    assert [d.text for d in nlp.pipe(["a", "b"], n_process=2)] == ["a", "b"]
    assert len(nlp.process_batch(["5 dogs"], n_process=1)[0].claims) == 1
    assert nlp.process(["5 dogs"], n_process=1).claims.num_rows == 1
    with pytest.raises(TypeError, match="n_process"):
        nlp.process_batch(["x"], n_threads=1, n_process=2)
