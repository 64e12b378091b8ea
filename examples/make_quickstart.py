"""Writes examples/quickstart.ipynb (run from the repo root: ``python examples/make_quickstart.py``)."""

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
        "Run it from the repository root. Offsets everywhere are Python `str` indices."
    ),
    code(
        "import pathlib\n\n"
        "import matplotlib\n\n"
        'matplotlib.use("Agg")  # no window; figures are rendered to images\n'
        "import matplotlib.pyplot as plt\n"
        "from IPython.display import HTML, Image, display\n\n"
        "import claimsift\n\n"
        'SEEDS = pathlib.Path("seeds")\n'
        'texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}\n'
        "# outlets as identified in the gold annotation (tests/data/gold/README.md)\n"
        'meta = {"000": {"outlet": "RT"}, "001": {"outlet": "Tempo"}, "002": {"outlet": "PressTV?"},\n'
        '        "003": {"outlet": "forum"}, "004": {"outlet": "JTA"}}\n'
        "{k: len(v) for k, v in texts.items()}"
    ),
    md("## Tokens\n\nEach token has code-point offsets, a kind and a Snowball stem (used later to match measures)."),
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
        'gazetteer = claimsift.Gazetteer.from_path("tests/data/gold/entities.json")\n'
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
        "from claimsift._render import claims_html, doc_html\n\n"
        'display(HTML(doc_html(docs["000"])))\n'
        'display(HTML(claims_html(docs["002"].claims)))'
    ),
    md(
        "## Comparing the outlets\n\n"
        "`claimsift.compare` groups claims about the same measure across documents: same unit class, "
        "same measure from a documented lexicon (`killed`, `deaths`, `dead` → `deaths`, …), same change "
        "direction, split by modifier (Israeli vs Palestinian deaths) or acting organisation (Microsoft vs "
        "Google firing staff). Each group says why its members were grouped, and whether the figures "
        "conflict beyond their bounds."
    ),
    code("cmp = claimsift.compare(docs, meta=meta)\nprint(cmp.shared(2))"),
    code(
        'deaths = [g for g in cmp.groups if g.measure == "deaths" and g.n_docs > 1][0]\n'
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
        "g = [g for g in claimsift.compare(docs, meta=dated).groups if g.measure == \"deaths\" and g.n_docs > 1][0]\n"
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
    md("## Figures per outlet\n\nThe death tolls and the cloud-usage rise, one bar per outlet."),
    code(
        "import io\n\n"
        "rec = cmp.to_records()\n"
        "groups = [g for g in cmp.groups if g.n_docs > 1 and g.measure in ('deaths', 'usage')]\n"
        "fig, axes = plt.subplots(1, max(1, len(groups)), figsize=(5 * max(1, len(groups)), 3.2))\n"
        "axes = axes if hasattr(axes, '__len__') else [axes]\n"
        "for ax, g in zip(axes, groups):\n"
        "    labels = [f\"{e.outlet or e.doc_id}\\n{e.bound} {e.text}\" for e in g.entries]\n"
        "    values = [e.base_value for e in g.entries]  # counts; factors for changes\n"
        "    ax.bar(range(len(values)), values, color='#ffd54f' if g.unit_class == 'count' else '#4fc3f7')\n"
        "    ax.set_xticks(range(len(values)), labels, fontsize=7)\n"
        "    ax.set_title(f\"{g.label} [{g.status}]\", fontsize=9)\n"
        "    ax.set_ylabel(g.base_unit)\n"
        "    if g.unit_class == 'relative':\n"
        "        ax.set_yscale('log')\n"
        "fig.tight_layout()\n"
        "buf = io.BytesIO()\n"
        "fig.savefig(buf, format='png', dpi=90)\n"
        "plt.close(fig)\n"
        "display(Image(buf.getvalue()))"
    ),
    md(
        "## Extending the grouping\n\n"
        "Add words to a measure (or new measures) with `lexicon=`, or replace the measure with `key=`."
    ),
    code(
        'extra = claimsift.compare(docs, meta=meta, lexicon={"data_stored": ["terabytes"]}, min_docs=1)\n'
        "print(len(extra.groups), 'groups')"
    ),
]

nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                         "language": "python"}})  # fmt: skip
out = pathlib.Path(__file__).with_name("quickstart.ipynb")
nbformat.write(nb, str(out))
print("wrote", out)
