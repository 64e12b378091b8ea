"""examples/quickstart.ipynb runs top to bottom on a real python3 kernel, from any working directory,
with public imports only."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_quickstart_uses_public_imports_only():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not [w for w in code.replace("claimsift.__file__", "").split() if "claimsift._" in w]
    assert 'pathlib.Path("seeds")' not in code  # found relative to the repository, not the cwd


@pytest.mark.timeout(660)
@pytest.mark.parametrize("where", ["examples", "elsewhere"])
def test_quickstart_notebook_runs(where, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        # Jupyter's working directory is the notebook's folder; "elsewhere" is outside the repository
        resources={"metadata": {"path": str(ROOT / "examples" if where == "examples" else tmp_path)}},
    )
    client.execute()  # raises CellExecutionError if any cell errors
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "Comparison:" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("cs-claim" in o.get("data", {}).get("text/html", "") for o in outputs)
