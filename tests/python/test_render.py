"""Notebook HTML: claims and entities marked inline, checked in a real browser (headless Chromium).

CI needs Chromium: ``apt-get update && apt-get install -y chromium`` (Debian). Without a chromium
binary the screenshot tests skip, saying so.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib

import claimsift
import pytest
from claimsift import _render
from claimsift._render import CLAIM_COLORS, claim_html, claims_html, comparison_html, doc_html

TEXT = (
    "The Israel–Hamas war has killed over 1,700 Israeli and 47,000 Palestinian people, costing $10 million."
)


class FakeClaim:
    """Claim-shaped object (so the tests do not depend on the state of the Rust extractor)."""

    def __init__(self, text, num, **kw):
        self.start = text.index(num)
        self.end = self.start + len(num)
        self.text = num
        self.sentence = text
        self.sentence_start = 0
        self.sentence_end = len(text)
        self.value = kw.pop("value", 1.0)
        self.unit = kw.pop("unit", "count")
        self.bound = kw.pop("bound", "=")
        self.change = None
        self.vague = False
        for k in ("value_max", "qualifier", "counted", "counted_modifier", "attribution", "time"):
            setattr(self, k, kw.pop(k, None))
        self.entity_ids = kw.pop("entity_ids", [])
        self.notes = []


class FakeMention:
    def __init__(self, text, word, typ, eid):
        self.start = text.index(word)
        self.end = self.start + len(word)
        self.text = word
        self.type = typ
        self.ids = [eid]
        self.id = eid
        self.name = word


class FakeDoc:
    def __init__(self, text, claims, mentions=()):
        self.text = text
        self.claims = list(claims)
        self.mentions = list(mentions)


def fake_doc(with_claims=True):
    claims = (
        [
            FakeClaim(TEXT, "over 1,700", value=1700, bound=">", counted="deaths", attribution="<officials>"),
            FakeClaim(TEXT, "47,000", value=47000, counted="Palestinian people"),
            FakeClaim(TEXT, "$10 million", value=1e7, unit="USD"),
        ]
        if with_claims
        else []
    )
    mentions = [FakeMention(TEXT, "Israel", "GPE", "israel"), FakeMention(TEXT, "Hamas", "ORG", "hamas")]
    return FakeDoc(TEXT, claims, mentions)


def test_doc_html_marks_and_escapes():
    h = doc_html(fake_doc())
    assert h.count('class="cs-claim"') == 3
    assert h.count('class="cs-entity"') == 2
    assert "&lt;officials&gt;" in h and "<officials>" not in h
    assert "attribution: &lt;officials&gt;" in h
    assert "cs-legend" in h
    assert 'title="&gt; 1,700 count' in h


def test_overlaps_claims_win_and_nest():
    text = "Microsoft paid 5 Microsoft engineers."
    c = FakeClaim(text, "5 Microsoft", value=5)
    inside = FakeMention(text, "Microsoft engineers", "ORG", "x")  # crosses the claim's end: dropped
    nested = FakeMention(text, "Microsoft", "ORG", "microsoft")  # the first one: outside the claim
    h = doc_html(FakeDoc(text, [c], [inside, nested]))
    assert h.count('class="cs-claim"') == 1
    m2 = FakeMention(text, "5 Microsoft", "ORG", "y")
    m2.start += 2  # "Microsoft" inside the claim: nested
    m2.text = "Microsoft"
    h = doc_html(FakeDoc(text, [c], [m2]))
    assert h.index('class="cs-claim"') < h.index('class="cs-entity"') < h.index("</mark>")


def test_code_point_offsets_real_doc():
    text = "“Quoted” — officials said 1,700 people died 😀 and 47,000 were hurt."
    doc = claimsift.Pipeline()(text)
    h = doc_html(doc)
    for c in doc.claims:
        assert text[c.start : c.end] == c.text
        assert f">{c.text}<" in h or c.text in h


def test_claim_and_claims_and_comparison_html():
    d = fake_doc()
    h = claim_html(d.claims[0])
    assert "cs-claim" in h and "deaths" in h
    h = claims_html(d.claims)
    assert h.count("<tr>") == 4
    cmp = claimsift.compare(
        {
            "a": "The Velmar earthquake in Zarbania killed 47,000 people, Zarbanian officials said.",
            "b": "Zarbanian officials said the Velmar earthquake in Zarbania killed 47,000 people.",
        }
    )
    h = comparison_html(cmp)
    assert "47,000" in h and "<table" in h


def test_repr_html_hooks():
    doc = claimsift.Pipeline()("Over 1,700 people died.")
    assert "cs-doc" in doc._repr_html_()
    for c in doc.claims:
        assert "cs-claim" in c._repr_html_()


# --------------------------------------------------------------------------------------------
# real browser


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def _read_png(path):
    """Decode an 8-bit RGB/RGBA PNG (what Chromium writes) with zlib: (width, height, rows of pixels)."""
    with open(path, "rb") as fh:
        data = fh.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    i = 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x : x + 3]) for x in range(0, stride, bpp)])
        prev = line
    return w, h, rows


def _screenshot(html, tmp_path, name):
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium binary on PATH (CI: apt-get update && apt-get install -y chromium)")
    page = tmp_path / f"{name}.html"
    page.write_text(f"<!doctype html><meta charset='utf-8'><body style='background:#fff'>{html}</body>",
                    encoding="utf-8")  # fmt: skip
    png = tmp_path / f"{name}.png"
    cmd = [exe, "--no-sandbox", "--headless", "--disable-gpu", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'profile'}", "--force-device-scale-factor=1",
           f"--screenshot={png}", "--window-size=900,400", page.as_uri()]  # fmt: skip
    subprocess.run(cmd, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert png.exists(), "chromium wrote no screenshot"
    return _read_png(png)


def _count(rows, hex_colour, tol=2):
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        1
        for row in rows
        for p in row
        if abs(p[0] - r) <= tol and abs(p[1] - g) <= tol and abs(p[2] - b) <= tol
    )


def test_browser_shows_highlights(tmp_path):
    w, h, rows = _screenshot(doc_html(fake_doc()), tmp_path, "with")
    assert (w, h) == (900, 400)
    count = _count(rows, CLAIM_COLORS["count"])
    money = _count(rows, CLAIM_COLORS["currency"])
    ent = _count(rows, _render.ENTITY_COLORS["GPE"])
    assert count > 500, count  # two count claims, each a filled box of some 60x20 px
    assert money > 200, money
    assert ent > 100, ent
    # the same text without claims: no claim colour on the page
    _, _, rows2 = _screenshot(doc_html(fake_doc(with_claims=False)), tmp_path, "without")
    assert _count(rows2, CLAIM_COLORS["count"]) == 0
    assert _count(rows2, CLAIM_COLORS["currency"]) == 0
    assert _count(rows2, _render.ENTITY_COLORS["GPE"]) > 100


# --------------------------------------------------------------------------------------------
# Jupyter's own styles, labels, public to_html

#: What JupyterLab (and nbconvert's lab template) apply to every table in an output cell.
JUPYTER_CSS = """
<style>
.jp-RenderedHTMLCommon table { border-collapse: collapse; border-spacing: 0; border: none; color: var(--jp-ui-font-color1);
  font-size: var(--jp-ui-font-size1); table-layout: fixed; margin-left: auto; margin-right: auto; }
.jp-RenderedHTMLCommon thead { border-bottom: var(--jp-border-width) solid var(--jp-border-color1); vertical-align: bottom; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  vertical-align: middle; padding: 0.5em; line-height: normal; white-space: normal; max-width: none; border: none; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: right; }
.jp-RenderedHTMLCommon th { font-weight: bold; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: #f5f5f5; }
.jp-RenderedHTMLCommon tbody tr:hover { background: rgba(66, 165, 245, 0.2); }
.rendered_html td, .rendered_html th { text-align: right; }
</style>
"""


def _in_jupyter(html):
    return f"{JUPYTER_CSS}<div class='jp-RenderedHTMLCommon rendered_html' style='width:880px'>{html}</div>"


def _ink_columns(rows, y0, y1, x0, x1):
    """x positions of dark (text) pixels in a box of the screenshot."""
    return [x for y in range(y0, y1) for x in range(x0, x1) if sum(rows[y][x]) < 200]


def test_jupyter_css_does_not_right_align_cells(tmp_path):
    """A claims table inside JupyterLab's styles: the cell text starts at the left of its cell."""
    d = fake_doc()
    h = claims_html(d.claims)
    _, _, rows = _screenshot(_in_jupyter(h), tmp_path, "jupyter")
    # the "figure" column's first data row: its text must hug the left border of the cell
    ink = _ink_columns(rows, 0, 200, 0, 900)
    assert ink, "nothing drawn"
    # Left-aligned, the leftmost text of the table starts within a few px of the page's left edge
    # (right-aligned cells in a 880px table would push short texts far right).
    assert min(ink) < 40, min(ink)
    # the zebra stripes of Jupyter are not applied over our rows
    assert _count(rows, "#f5f5f5", tol=0) < 500


def test_jupyter_css_selectors_are_beaten_by_specificity():
    """Every cell rule of ours outranks Jupyter's (0,1,1) selectors and sets text-align !important."""
    h = comparison_html_for_fake()
    style = h[h.index("<style>") : h.index("</style>")]
    assert ".cs-render table.cs-table td" in style
    assert "text-align:left!important" in style


def comparison_html_for_fake():
    cmp = claimsift.compare(
        {
            "a": "The Velmar earthquake in Zarbania killed 47,000 people, Zarbanian officials said.",
            "b": "Zarbanian officials said the Velmar earthquake in Zarbania killed 47,000 people.",
        }
    )
    return comparison_html(cmp)


def test_labels_show_bound_and_value_not_unit_class():
    h = doc_html(fake_doc())
    assert '<span class="cs-lbl">&gt; 1,700</span>' in h
    assert '<span class="cs-lbl">= 47,000</span>' in h
    assert '<span class="cs-lbl">= 10,000,000 USD</span>' in h
    assert ">count<" not in h.split("cs-legend")[-1].split("</div>", 1)[-1]  # not as a claim label
    ge = FakeClaim(TEXT, "47,000", value=47000, bound=">=")
    assert "≥ 47,000" in doc_html(FakeDoc(TEXT, [ge]))


def test_claims_drawn_above_entities():
    h = doc_html(fake_doc())
    style = h[h.index("<style>") : h.index("</style>")]
    claim_z = int(style.split("mark.cs-claim{")[1].split("z-index:")[1].split(";")[0])
    ent_z = int(style.split("mark.cs-entity{")[1].split("z-index:")[1].split(";")[0])
    assert claim_z > ent_z


def test_public_to_html():
    doc = claimsift.Pipeline()("Over 1,700 people died.")
    assert doc.to_html() == doc._repr_html_() == doc_html(doc)
    c = doc.claims[0]
    assert c.to_html() == c._repr_html_() == claim_html(c)
    assert "&gt; 1,700" in doc.to_html()


def test_browser_claim_box_over_entity_inside_jupyter(tmp_path):
    """In Jupyter's styles too, claims and entities are drawn, claims in their class colour."""
    _, _, rows = _screenshot(_in_jupyter(doc_html(fake_doc())), tmp_path, "jdoc")
    assert _count(rows, CLAIM_COLORS["count"]) > 500
    assert _count(rows, _render.ENTITY_COLORS["GPE"]) > 50
