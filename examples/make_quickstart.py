"""Writes examples/quickstart.ipynb (``python examples/make_quickstart.py``, from any directory).

The notebook uses only public imports and finds the repository's seed articles from wherever it
is opened (Jupyter starts kernels in the notebook's folder, ``examples/``).
"""

from __future__ import annotations

import pathlib

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md(
        "# claimsift quickstart: from news text to comparable claims\n\n"
        "This notebook walks through the five seed articles in `seeds/` (RT, Tempo, a PressTV-like site, a "
        "forum post and JTA), all about Microsoft, the Israeli military and Azure: tokens, sentences, entities, "
        "numeric claims, and finally a comparison of the figures the outlets report.\n\n"
        "Open it from anywhere: the first cell finds `seeds/` by walking up from the working directory, "
        "then next to the installed package (an editable install of this repository). Offsets everywhere "
        "are Python `str` indices."
    ),
    code(
        "import pathlib\n\n"
        "import matplotlib\n\n"
        'matplotlib.use("Agg")  # no window; figures are rendered to images\n'
        "import matplotlib.pyplot as plt\n"
        "from IPython.display import HTML, Image, display\n\n"
        "import claimsift\n\n\n"
        "def repo_path(rel):\n"
        '    """`rel` in this repository: searched upwards from the working directory, then from the package."""\n'
        "    here = pathlib.Path.cwd().resolve()\n"
        "    package_root = pathlib.Path(claimsift.__file__).resolve().parents[2]  # python/claimsift/__init__.py\n"
        "    for base in [here, *here.parents, package_root]:\n"
        "        if (base / rel).exists():\n"
        "            return base / rel\n"
        '    raise FileNotFoundError(f"{rel} not found above {here} or at {package_root}: open the notebook in a "\n'
        '                            "checkout of the claimsift repository")\n\n\n'
        'SEEDS = repo_path("seeds")\n'
        'texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}\n'
        "# outlets as identified in the gold annotation (tests/data/gold/README.md)\n"
        'meta = {"000": {"outlet": "RT"}, "001": {"outlet": "Tempo"}, "002": {"outlet": "PressTV?"},\n'
        '        "003": {"outlet": "forum"}, "004": {"outlet": "JTA"}}\n'
        "{k: len(v) for k, v in texts.items()}"
    ),
    md(
        "## Tokens\n\nEach token has code-point offsets, a kind and a Snowball stem (used later to match measures)."
    ),
    code(
        'snippet = "The Israel-Hamas conflict has resulted in over 1,700 Israeli and 47,000 Palestinian deaths."\n'
        "for t in claimsift.tokenize(snippet)[:12]:\n"
        '    print(f"{t.start:>3}:{t.end:<3} {t.kind:<7} {t.text!r:<14} stem={t.stem!r}")'
    ),
    md("## Sentences"),
    code(
        'sents = claimsift.split_sentences(texts["000"])\n'
        'print(len(sents), "sentences in 000")\n'
        "for s in sents[:4]:\n"
        '    print(f"{s.start:>5}  {s.text[:90]!r}")'
    ),
    md(
        "## Entities\n\n"
        "Entity mentions come from a `claimsift.Gazetteer`: build one from a list of dicts, a dict of "
        "`id -> aliases`, a DataFrame, or a JSON / JSONL / CSV file. Here we load the hand-checked "
        "gazetteer of this story (`tests/data/gold/entities.json`): all-caps aliases such as `US` and `AP` "
        "match case-sensitively, possessives stay out of the span, demonyms are tagged."
    ),
    code(
        'gazetteer = claimsift.Gazetteer.from_path(repo_path("tests/data/gold/entities.json"))\n'
        "print(gazetteer)\n"
        "nlp = claimsift.Pipeline(gazetteer=gazetteer)\n"
        "docs = dict(zip(texts, nlp.process_batch(list(texts.values()))))\n"
        'doc = docs["000"]\n'
        "print(doc)\n"
        'print("mentions:", [(m.text, m.id, m.form) for m in doc.mentions][:10])'
    ),
    md(
        "## Claims\n\n"
        "Each claim has the quantity span, value, unit, bound (`=`, `>`, `>=`, `~`, `<=`), what is counted, "
        "the attribution and the sentence. In a notebook a `Doc` renders with claims (and entities) "
        "highlighted; hover a mark for its fields."
    ),
    code(
        'for c in docs["002"].claims:\n'
        '    print(f"{c.bound:>2} {c.value:>12,.0f} {c.unit:<8} {c.text!r:<22} counted={c.counted!r}")'
    ),
    code(
        'display(HTML(docs["000"].to_html()))  # the same as leaving `docs["000"]` last in a cell\n'
        'display(HTML(docs["002"].claims[0].to_html()))'
    ),
    md(
        "## Comparing the outlets\n\n"
        "`claimsift.compare` groups claims about the same thing across documents: the same story, "
        "the same *measure* (`killed`, `injured`, `revenue`, … from a documented vocabulary), the same "
        "*scope* (Palestinian vs Israeli deaths, a province vs the country), the same period and role "
        "(a forecast is not a count), and the same unit class. Each group says why its members were "
        "grouped, and whether the figures conflict beyond their bounds."
    ),
    code("cmp = claimsift.compare(docs, meta=meta)\nprint(cmp.shared(2))"),
    code(
        'deaths = [g for g in cmp.groups if g.measure == "killed" and g.n_docs > 1][0]\n'
        "for r in deaths.reasons:\n"
        '    print("-", r)'
    ),
    code("cmp.shared(2)  # the HTML table"),
    md(
        "Undated, the three Palestinian death tolls conflict (`= 47,000` vs `>= 65,502`). Tolls rise over "
        "time: given publication dates, a monotone series is labelled a `trend` instead. The dates below are "
        "**illustrative**, not verified publication dates."
    ),
    code(
        "dated = {k: dict(v) for k, v in meta.items()}\n"
        'for k, d in {"000": "2025-01-17", "002": "2025-08-12", "001": "2025-09-26"}.items():\n'
        '    dated[k]["date"] = d\n'
        'g = [g for g in claimsift.compare(docs, meta=dated).groups if g.measure == "killed" and g.n_docs > 1][0]\n'
        "print(g.label, '->', g.status)"
    ),
    md("## As a data frame"),
    code(
        "try:\n"
        "    import polars as pl\n\n"
        "    df = cmp.to_polars()\n"
        '    view = df.select(["label", "doc_id", "outlet", "bound", "value", "unit", "attribution", "status"])\n'
        "except ImportError:\n"
        "    df = cmp.to_pandas()\n"
        '    view = df[["label", "doc_id", "outlet", "bound", "value", "unit", "attribution", "status"]]\n'
        "view.head(12)"
    ),
    md(
        "## Figures per outlet\n\n"
        "`cmp.plot()` draws one panel per shared measure and one mark per outlet and figure. Bounds are "
        "drawn, not hidden: an arrow up for *at least* / *more than*, down for *up to*, a band for *about* and "
        "ranges; with dates, the outlets sit on a time axis."
    ),
    code(
        "import io\n\n"
        "fig = cmp.plot()\n"
        "buf = io.BytesIO()\n"
        "fig.savefig(buf, format='png', dpi=90)\n"
        "plt.close(fig)\n"
        "display(Image(buf.getvalue()))"
    ),
    md(
        "## What each claim measures\n\n"
        "The grouping reads fields every claim carries: `measure`, `scope`, `time_ref` and `role`."
    ),
    code('for c in docs["000"].claims:\n    print(repr(c.text), c.measure, c.scope, c.time_ref, c.role)'),
]

nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                         "language": "python"}})  # fmt: skip
out = pathlib.Path(__file__).with_name("quickstart.ipynb")
nbformat.write(nb, str(out))
print("wrote", out)
