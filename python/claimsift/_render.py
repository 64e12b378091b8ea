"""HTML rendering for notebooks, in the manner of displaCy: claims and entities marked inline.

``Doc._repr_html_`` calls :func:`doc_html` and ``Claim._repr_html_`` calls :func:`claim_html`.
Every piece of text is escaped; offsets are ``str`` indices (code points). Claims take precedence
over entity mentions: a mention inside a claim is nested in it, a mention that crosses a claim's edge
is not drawn (its entity still shows in the claim's tooltip via ``entity_ids``).
"""

from __future__ import annotations

import html
import math
from typing import Any, Iterable

__all__ = ["CLAIM_COLORS", "ENTITY_COLORS", "claim_html", "claims_html", "comparison_html", "doc_html"]

#: Background colour of a claim, by unit class (see ``claimsift._claimsift.comparable_class``).
CLAIM_COLORS = {
    "count": "#ffd54f",
    "currency": "#81c784",
    "percent": "#64b5f6",
    "relative": "#4fc3f7",
    "duration": "#ce93d8",
    "data_size": "#ffab91",
    "other": "#bdbdbd",
}
#: Background colour of an entity mention, by entity type (upper-cased).
ENTITY_COLORS = {
    "PERSON": "#f8bbd0",
    "PER": "#f8bbd0",
    "ORG": "#b2ebf2",
    "GPE": "#dcedc8",
    "LOC": "#dcedc8",
    "NORP": "#fff9c4",
    "EVENT": "#ffe0b2",
    "PRODUCT": "#d1c4e9",
    "MEDIA": "#ffccbc",
    "UNIT": "#cfd8dc",
    "OTHER": "#e0e0e0",
}

# Jupyter's own table styles (JupyterLab ``.jp-RenderedHTMLCommon td {text-align: right}``, zebra
# rows, no borders; nbconvert's ``.rendered_html``) have a specificity of (0,1,1). Every rule here
# is scoped under ``.cs-render`` with the element and class named ((0,2,2) or more) and the
# properties Jupyter sets are ``!important``, so a comparison renders the same in JupyterLab,
# classic Notebook, nbconvert, VS Code and a bare page (checked in a browser by test_render.py).
_STYLE = (
    "<style>"
    ".cs-render{all:initial;display:block;font-family:sans-serif;color:#222;}"
    ".cs-render .cs-doc{line-height:2.5;font-family:sans-serif;font-size:15px;white-space:pre-wrap;}"
    ".cs-render mark.cs-claim{position:relative;z-index:2;padding:0.2em 0.35em;margin:0 0.1em;"
    "border-radius:0.3em;line-height:1;border:1px solid rgba(0,0,0,0.35);font-weight:600;color:#111;}"
    ".cs-render mark.cs-entity{position:relative;z-index:1;padding:0.05em 0.2em;margin:0 0.05em;"
    "border-radius:0.2em;line-height:1;color:inherit;}"
    ".cs-render mark.cs-claim mark.cs-entity{padding:0 0.1em;}"
    ".cs-render .cs-lbl{font-size:0.68em;font-weight:bold;margin-left:0.4em;vertical-align:middle;}"
    ".cs-render mark.cs-entity .cs-lbl{font-size:0.55em;font-weight:normal;opacity:0.6;"
    "text-transform:uppercase;margin-left:0.3em;}"
    ".cs-render .cs-legend{font-family:sans-serif;font-size:12px;margin:4px 0 8px 0;}"
    ".cs-render .cs-legend span{display:inline-block;padding:1px 6px;margin-right:6px;border-radius:3px;}"
    ".cs-render table.cs-table{border-collapse:collapse!important;font-family:sans-serif;font-size:13px;"
    "table-layout:auto!important;margin:0!important;border:1px solid #ddd!important;}"
    ".cs-render table.cs-table td,.cs-render table.cs-table th{border:1px solid #ddd!important;"
    "padding:3px 6px!important;text-align:left!important;vertical-align:top!important;"
    "white-space:normal!important;max-width:none!important;}"
    ".cs-render table.cs-table caption{text-align:left!important;caption-side:top;padding:2px 0;}"
    ".cs-render table.cs-table tr,.cs-render table.cs-table tbody tr:nth-child(odd),"
    ".cs-render table.cs-table tbody tr:hover{background:transparent!important;}"
    ".cs-render table.cs-table tr.cs-bad,.cs-render table.cs-table tbody tr.cs-bad{background:#ffcdd2!important;}"
    ".cs-render table.cs-table tr.cs-trend,.cs-render table.cs-table tbody tr.cs-trend{background:#fff3e0!important;}"
    ".cs-render table.cs-table tr.cs-ok,.cs-render table.cs-table tbody tr.cs-ok{background:#e8f5e9!important;}"
    "</style>"
)


def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _claim_class(c: Any) -> str:
    from ._claimsift import comparable_class

    cls = comparable_class(_get(c, "unit"), _get(c, "change"))
    return cls.split(":")[0] if cls.split(":")[0] in CLAIM_COLORS else "other"


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    v = float(v)
    if math.isinf(v):
        return "inf"
    return f"{int(v):,}" if v.is_integer() else f"{v:,.4g}"


def _claim_title(c: Any) -> str:
    parts = [f"{_get(c, 'bound', '=')} {_fmt(_get(c, 'value'))}"]
    if _get(c, "value_max") is not None:
        parts[0] += f"–{_fmt(_get(c, 'value_max'))}"
    parts[0] += f" {_get(c, 'unit', '')}"
    for k in ("counted", "counted_modifier", "change", "qualifier", "attribution", "time"):
        v = _get(c, k)
        if v:
            parts.append(f"{k}: {v}")
    if _get(c, "vague"):
        parts.append("vague")
    ids = _get(c, "entity_ids") or []
    if ids:
        parts.append("entities: " + ", ".join(ids))
    for n in _get(c, "notes") or []:
        parts.append(f"note: {n}")
    return "\n".join(parts)


_BOUND_SIGN = {"=": "=", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}


def _claim_label(c: Any) -> str:
    """The label drawn after a claim: bound and value (``≥ 61,827``, ``≈ 10,000,000 USD``)."""
    bound = _get(c, "bound", "=") or "="
    fig = _fmt(_get(c, "value"))
    if _get(c, "value_max") is not None:
        fig += f"–{_fmt(_get(c, 'value_max'))}"
    unit = _get(c, "unit") or ""
    return f"{_BOUND_SIGN.get(bound, bound)} {fig}" + ("" if unit in ("count", "") else f" {unit}")


def _mention_type(m: Any) -> str:
    t = (_get(m, "type") or "OTHER").upper()
    return t if t in ENTITY_COLORS else "OTHER"


def _spans(text: str, claims: Iterable[Any], mentions: Iterable[Any], offset: int = 0) -> list:
    """Non-crossing spans ``[start, end, kind, label, title, colour, children, legend key]`` local to
    ``text``. Claims are placed first and drawn above entities: a mention inside a claim is nested
    in it (drawn smaller), one that crosses a claim's edge is dropped."""
    n = len(text)
    top = []
    for c in claims:
        s, e = _get(c, "start") - offset, _get(c, "end") - offset
        if 0 <= s < e <= n and not any(s < t[1] and t[0] < e for t in top):
            cls = _claim_class(c)
            top.append([s, e, "claim", _claim_label(c), _claim_title(c), CLAIM_COLORS[cls], [], cls])
    top.sort(key=lambda t: t[0])
    for m in mentions:
        s, e = _get(m, "start") - offset, _get(m, "end") - offset
        if not (0 <= s < e <= n):
            continue
        typ = _mention_type(m)
        ids = _get(m, "ids") or ([_get(m, "id")] if _get(m, "id") else [])
        title = f"{_get(m, 'name') or _get(m, 'text')} ({typ})\nids: {', '.join(i for i in ids if i)}"
        span = [s, e, "entity", typ, title, ENTITY_COLORS[typ], [], typ]
        host = next((t for t in top if t[0] <= s and e <= t[1]), None)
        if host is not None:
            if not any(s < k[1] and k[0] < e for k in host[6]):
                host[6].append(span)
        elif not any(s < t[1] and t[0] < e for t in top):
            top.append(span)
            top.sort(key=lambda t: t[0])
    for t in top:
        t[6].sort(key=lambda k: k[0])
    return top


def _render(text: str, spans: list, base: int = 0) -> str:
    out = []
    pos = base
    for s, e, kind, label, title, colour, children, _ in spans:
        out.append(_e(text[pos:s]))
        inner = _render(text[:e], children, s) if children else _e(text[s:e])
        out.append(
            f'<mark class="cs-{kind}" style="background:{colour}" title="{_e(title)}">{inner}'
            f'<span class="cs-lbl">{_e(label)}</span></mark>'
        )
        pos = e
    out.append(_e(text[pos:]))
    return "".join(out)


def _legend(spans: list) -> str:
    seen = {}
    stack = list(spans)
    while stack:
        t = stack.pop()
        seen[(t[2], t[7])] = t[5]
        stack.extend(t[6])
    if not seen:
        return ""
    items = "".join(
        f'<span style="background:{c}">{_e(kind)}: {_e(label)}</span>'
        for (kind, label), c in sorted(seen.items())
    )
    return f'<div class="cs-legend">{items}</div>'


def _safe_list(obj: Any, name: str) -> list:
    try:
        return list(getattr(obj, name))
    except Exception:  # noqa: BLE001 - e.g. mentions not available: render without them
        return []


def doc_html(doc: Any, *, mentions: bool = True, legend: bool = True) -> str:
    """A document with its claims (colour by unit class) and entity mentions (colour by type) marked.

    Each claim is labelled with its bound and value (``≥ 61,827``); each mark has a tooltip
    (``title``) with value, unit, bound, attribution, counted, time and entities. ``Doc.to_html()``
    and ``Doc._repr_html_`` call this.
    """
    text = doc.text
    spans = _spans(text, _safe_list(doc, "claims"), _safe_list(doc, "mentions") if mentions else [])
    body = _render(text, spans)
    leg = _legend(spans) if legend else ""
    return f'{_STYLE}<div class="cs-render">{leg}<div class="cs-doc">{body}</div></div>'


def _sentence_html(c: Any) -> str:
    sent = _get(c, "sentence") or _get(c, "text") or ""
    off = _get(c, "sentence_start")
    if off is None:
        return _e(sent)
    spans = _spans(sent, [c], [], offset=off)
    return _render(sent, spans)


def claim_html(claim: Any) -> str:
    """One claim: its sentence with the claim marked, and its fields."""
    rows = []
    for k in ("text", "value", "value_max", "unit", "bound", "qualifier", "vague", "change", "counted",
              "counted_modifier", "attribution", "time", "entity_ids", "notes"):  # fmt: skip
        v = _get(claim, k)
        if v in (None, [], False, ""):
            continue
        if isinstance(v, list):
            v = ", ".join(map(str, v))
        elif k in ("value", "value_max"):
            v = _fmt(v)
        rows.append(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>")
    return (
        f'{_STYLE}<div class="cs-render"><div class="cs-doc">{_sentence_html(claim)}</div>'
        f'<table class="cs-table">{"".join(rows)}</table></div>'
    )


def claims_html(claims: Iterable[Any]) -> str:
    """A table of claims: figure, counted, attribution, and the sentence with the claim marked."""
    rows = []
    for i, c in enumerate(claims):
        fig = f"{_get(c, 'bound', '=')} {_fmt(_get(c, 'value'))} {_get(c, 'unit', '')}"
        rows.append(
            f"<tr><td>{i}</td><td>{_e(fig)}</td><td>{_e(_get(c, 'counted'))}</td>"
            f"<td>{_e(_get(c, 'attribution'))}</td><td class='cs-doc' style='line-height:2'>"
            f"{_sentence_html(c)}"
            "</td></tr>"
        )
    head = "<tr><th>#</th><th>figure</th><th>counted</th><th>attribution</th><th>sentence</th></tr>"
    return f'{_STYLE}<div class="cs-render"><table class="cs-table">{head}{"".join(rows)}</table></div>'


def comparison_html(cmp: Any) -> str:
    """A :class:`claimsift.Comparison` as a table: one block of rows per measure."""
    rows = []
    for gi, g in enumerate(cmp.groups):
        cls = {"disagree": "cs-bad", "trend": "cs-trend", "agree": "cs-ok"}.get(g.status, "")
        ents = ", ".join(g.entities[:4])
        head = (
            f'<tr class="{cls}"><th colspan="6" title="{_e(chr(10).join(g.reasons))}">[{gi}] {_e(g.label)} '
            f"<small>({_e(g.unit_class)}{'; ' + _e(ents) if ents else ''})</small> — {_e(g.status)}"
            f"{'; spread ' + _e(_fmt(g.spread)) + ' ' + _e(g.base_unit) if g.spread else ''}</th></tr>"
        )
        rows.append(head)
        for e in g.entries:
            who = e.doc_id + (f" ({e.outlet})" if e.outlet else "")
            fig = f"{e.bound} {_fmt(e.value)} {e.unit}"
            dup = " <em>earlier figure</em>" if getattr(e, "revision", False) else ""
            c = {
                "start": e.start,
                "end": e.end,
                "sentence": e.sentence,
                "sentence_start": e.sentence_start,
                "value": e.value,
                "unit": e.unit,
                "bound": e.bound,
                "counted": e.counted,
                "attribution": e.attribution,
                "time": e.time,
                "change": e.change,
            }
            rows.append(
                f"<tr><td>{_e(who)}</td><td>{_e(e.date)}</td><td>{_e(fig)}</td><td>{_e(e.attribution)}</td>"
                f"<td>{_e(e.counted)}</td><td class='cs-doc' style='line-height:2'>"
                f"{_sentence_html(c)}{dup}</td></tr>"
            )
    head = "".join(
        f"<th>{h}</th>" for h in ("document", "date", "figure", "attribution", "counted", "sentence")
    )
    head = f"<tr>{head}</tr>"
    n_dis = sum(1 for g in cmp.groups if g.disagree)
    cap = f"{len(cmp.groups)} measures over {len(cmp.doc_ids)} documents, {n_dis} disagree"
    return (
        f'{_STYLE}<div class="cs-render"><table class="cs-table"><caption>{_e(cap)}</caption>{head}'
        f"{''.join(rows)}</table></div>"
    )
