"""Comparison of claims across documents: a thin, typed layer over the Rust comparator.

The grouping itself happens in Rust (``claimsift::compare``, documented in the crate): a claim's
*measure* (what it counts: ``killed``, ``turnout``, ``revenue``), *scope* (of whom or where:
``al haouz``, ``@national``), *period* (``2020-04``, a background ``2008``), *role* (forecast,
increment, an earlier figure), unit class, change and rate make its key, inside a *story* (documents
that share names within a date window, or a user-given ``story``). Each group says why its members
are together (``reasons``) and whether they ``agree``, ``disagree`` or form a ``trend``.

>>> import claimsift
>>> cmp = claimsift.compare(
...     {
...         "a": "Turnout in Ireland's abortion referendum was 64.1 per cent, Dublin officials said.",
...         "b": "Turnout in Ireland's abortion referendum reached 64.5 per cent, Dublin officials said.",
...     }
... )
>>> g = cmp.groups[0]
>>> (g.measure, g.status, [e.value for e in g.entries])
('turnout', 'disagree', [64.1, 64.5])
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator, Literal, Mapping, Optional, Sequence, Union

from ._claimsift import Comparator as _Comparator, Doc

Status = Literal["single", "agree", "trend", "disagree"]
Bound = Literal["=", ">", ">=", "<", "<=", "~"]

__all__ = ["ClaimEntry", "Comparison", "MeasureGroup", "compare", "comparison_from", "main_table"]


@dataclass
class ClaimEntry:
    """One document's figure in a :class:`MeasureGroup` (offsets are ``str`` indices)."""

    doc_id: str
    claim_index: int
    value: float
    value_max: Optional[float]
    unit: str
    bound: str
    vague: bool
    text: str
    num_text: str
    qualifier: Optional[str]
    change: Optional[str]
    counted: Optional[str]
    attribution: Optional[str]
    time: Optional[str]
    sentence: str
    start: Optional[int]
    end: Optional[int]
    sentence_start: Optional[int]
    sentence_end: Optional[int]
    low: float
    high: float
    unit_class: str
    base_unit: str
    base_value: float
    measure: Optional[str] = None
    scope: Optional[str] = None
    period: Optional[str] = None
    role: Optional[str] = None
    revision: bool = False
    #: Which figure of a movement ("from 350 to 413") this is: ``"from"`` (the start, an earlier
    #: figure) or ``"to"`` (the level reached); ``None`` for a figure of its own. ``text``,
    #: ``start``, ``end`` and ``value`` are that part's.
    part: Optional[str] = None
    entity_ids: list = field(default_factory=list)
    outlet: Optional[str] = None
    date: Optional[str] = None
    lang: Optional[str] = None


@dataclass
class MeasureGroup:
    """Figures with one key: the same measure, scope, period and role within one story.

    ``status`` is ``single`` (one document), ``agree``, ``disagree`` or ``trend``; ``disagree`` is
    True only for ``disagree``. ``conflicts`` lists the conflicting pair as
    ``(doc_a, claim_index_a, doc_b, claim_index_b)``. ``spread`` is ``max - min`` of the
    figures' representative points (base unit) and ``ratio`` ``max / min``.
    """

    key: tuple
    label: str
    measure: Optional[str]
    kind: Optional[str]
    unit_class: str
    base_unit: str
    scope: Optional[str]
    period: Optional[str]
    role: Optional[str]
    change: Optional[str]
    rate: Optional[str]
    story: int
    entities: list
    reasons: list
    entries: list
    status: str = "single"
    disagree: bool = False
    conflicts: list = field(default_factory=list)
    spread: Optional[float] = None
    ratio: Optional[float] = None
    min_value: Optional[float] = None
    max_value: Optional[float] = None

    @property
    def doc_ids(self) -> list:
        """Documents with a figure in this group (sorted)."""
        return sorted({e.doc_id for e in self.entries})

    @property
    def n_docs(self) -> int:
        """Number of documents with a figure in this group."""
        return len({e.doc_id for e in self.entries})

    def to_dict(self) -> dict:
        """The group as plain data (entries as dicts)."""
        d = asdict(self)
        d["doc_ids"] = self.doc_ids
        return d


class Comparison:
    """The result of :func:`compare`: ``groups`` (list of :class:`MeasureGroup`), ``doc_ids``,
    ``meta`` and ``stories`` (which documents tell one story, and the names that linked them)."""

    def __init__(self, groups: list, doc_ids: list, meta: dict, stories: Optional[list] = None):
        self.groups: list = groups
        self.doc_ids: list = doc_ids
        self.meta: dict = meta
        self.stories: list = stories or []

    def __len__(self) -> int:
        return len(self.groups)

    def __iter__(self) -> Iterator[MeasureGroup]:
        return iter(self.groups)

    def __getitem__(self, i: int) -> MeasureGroup:
        return self.groups[i]

    @property
    def disagreements(self) -> list:
        """Groups whose figures conflict."""
        return [g for g in self.groups if g.disagree]

    def shared(self, min_docs: int = 2) -> Comparison:
        """Only the groups with figures from at least ``min_docs`` documents."""
        return Comparison(
            [g for g in self.groups if g.n_docs >= min_docs], self.doc_ids, self.meta, self.stories
        )

    def find(self, measure: str) -> list:
        """Groups of one measure id (``killed``)."""
        return [g for g in self.groups if g.measure == measure]

    def to_records(self) -> list:
        """Long form: one dict per group x figure (``group`` is the group's index)."""
        out = []
        for gi, g in enumerate(self.groups):
            head = {
                "group": gi,
                "label": g.label,
                "measure": g.measure,
                "kind": g.kind,
                "unit_class": g.unit_class,
                "status": g.status,
                "disagree": g.disagree,
                "group_scope": g.scope,
                "group_period": g.period,
                "group_role": g.role,
                "story": g.story,
                "rate": g.rate,
                "entities": list(g.entities),
                "reasons": "; ".join(g.reasons),
                "spread": g.spread,
            }
            for e in g.entries:
                r = dict(head)
                for k, v in asdict(e).items():
                    r[k] = list(v) if isinstance(v, (list, tuple)) else v
                r["low"] = None if math.isinf(e.low) else e.low
                r["high"] = None if math.isinf(e.high) else e.high
                out.append(r)
        return out

    def to_arrow(self) -> Any:
        """Long form as a pyarrow Table."""
        import pyarrow as pa

        recs = self.to_records()
        if not recs:
            return pa.table({k: pa.array([], type=pa.string()) for k in ("label", "doc_id")})
        return pa.Table.from_pylist(recs)

    def to_polars(self) -> Any:
        """Long form as a polars DataFrame."""
        import polars as pl

        return pl.from_arrow(self.to_arrow())

    def to_pandas(self) -> Any:
        """Long form as a pandas DataFrame."""
        return self.to_arrow().to_pandas()

    def __repr__(self) -> str:
        return self.to_text()

    def to_text(self, width: int = 120) -> str:
        """A fixed-width text table: one block per group, one line per document's figure."""
        n_dis = len(self.disagreements)
        lines = [
            f"Comparison: {len(self.groups)} measures over {len(self.doc_ids)} documents, {n_dis} disagree"
        ]
        for gi, g in enumerate(self.groups):
            flag = {"disagree": "DISAGREE", "trend": "trend", "agree": "agree", "single": ""}[g.status]
            lines.append(f"[{gi}] {g.label} ({g.unit_class}) {flag}".rstrip())
            for e in g.entries:
                who = e.doc_id[:22]
                outlet = (e.outlet or "")[:12]
                date = f" {e.date}" if e.date else ""
                rng = "-" + _fmt(e.value_max) if e.value_max is not None else ""
                fig = f"{e.bound} {_fmt(e.value)}{rng} {e.unit}"
                attr = f" <- {e.attribution}" if e.attribution else ""
                rev = " (earlier figure)" if e.revision else ""
                line = f"    {who:<22} {outlet:<12}{date:<11} {fig:<24} {e.text!r}{attr}{rev}"
                lines.append(line if len(line) <= width else line[: width - 1] + "…")
        return "\n".join(lines)

    def to_html(self) -> str:
        """The comparison as an HTML table (what a notebook shows)."""
        from ._render import comparison_html

        return comparison_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def plot(self, ax: Any = None, *, group: Any = None, min_docs: int = 2) -> Any:
        """A chart: one panel per measure, one mark per outlet and figure, bounds drawn (arrows for
        ``>=``/``<=``, bands for ranges and ``~``), dates on the axis when known. Needs matplotlib
        (``pip install 'claimsift[notebook]'``); see :func:`claimsift._plot.plot`."""
        from ._plot import plot as _plot

        return _plot(self, ax, group=group, min_docs=min_docs)


def _fmt(v: Optional[float]) -> str:
    if v is None:
        return ""
    if math.isinf(v):
        return "inf"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}"


def _date_str(d: Any) -> Optional[str]:
    if d is None:
        return None
    if hasattr(d, "isoformat"):
        return str(d.isoformat())[:10]
    s = str(d).strip()
    return s or None


DocInput = Union[str, Doc]


def _collect(data: Any, meta: Mapping, pipeline: Any) -> tuple:
    """``[(doc_id, Doc)]`` and the merged metadata from any accepted input."""
    items: list = []  # (doc_id, str | Doc, meta or None)
    if isinstance(data, (str, bytes)):
        raise TypeError("compare() takes several documents (a dict, list or iterable), not one str")
    if isinstance(data, Doc):
        raise TypeError("compare() takes several documents (a dict, list or iterable), not one Doc")
    if isinstance(data, Mapping):
        for k, v in data.items():
            items.append((str(k), v, None))
    else:
        try:
            it = iter(data)
        except TypeError:
            raise TypeError(
                f"compare() takes a dict or an iterable of texts or Docs, not {type(data).__name__}"
            ) from None
        for i, v in enumerate(it):
            m = None
            if isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], Mapping):
                v, m = v
            did = str(m["id"]) if m and m.get("id") is not None else str(i)
            items.append((did, v, m))
    seen: set = set()
    for did, _, _ in items:
        if did in seen:
            raise ValueError(f"duplicate document id {did!r}")
        seen.add(did)
    texts = [(n, v) for n, (_, v, _) in enumerate(items) if isinstance(v, str)]
    bad = [(d, v) for d, v, _ in items if not isinstance(v, (str, Doc))]
    if bad:
        d, v = bad[0]
        raise TypeError(f"document {d!r} is {type(v).__name__}, not str or claimsift.Doc")
    docs: list = [v for _, v, _ in items]
    if texts:
        if pipeline is None:
            from ._pipeline import Pipeline

            pipeline = Pipeline()
        processed = pipeline.process_batch([t for _, t in texts])
        for (n, _), d in zip(texts, processed):
            docs[n] = d
    merged: dict = {}
    for (did, _, m), _d in zip(items, docs):
        md = dict(m or {})
        md.pop("id", None)
        md.update(meta.get(did, {}) if meta else {})
        merged[did] = md
    return [(did, d) for (did, _, _), d in zip(items, docs)], merged


def compare(
    data: Union[Mapping[Any, DocInput], Iterable[Any]],
    *,
    meta: Optional[Mapping[str, Mapping[str, Any]]] = None,
    pipeline: Any = None,
    min_docs: int = 1,
    approx: float = 0.1,
    window_days: int = 30,
    stories: bool = True,
    units: Optional[Iterable[str]] = None,
    off_article: bool = False,
) -> Comparison:
    """Group the claims of several documents by what they measure and flag figures that conflict.

    Args:
        data: ``{doc_id: text or Doc}``, a list of texts or Docs (ids are the positions), or any
            iterable of them, including ``Pipeline.pipe(..., as_tuples=True)`` output
            (``(Doc, meta)`` pairs; ``meta["id"]`` is the id when present).
        meta: ``{doc_id: {"outlet": ..., "date": ..., "story": ...}}``. Dates (ISO strings or
            ``date`` objects) resolve relative times ("on Tuesday", "last year") and tell a
            rising toll (``trend``) from a conflict; ``story`` (or ``cluster``) puts documents in
            one story and keeps other stories apart.
        pipeline: the :class:`~claimsift.Pipeline` for texts (default ``Pipeline()``).
        min_docs: drop groups with figures from fewer documents.
        approx: relative width of ``~`` figures (0.1 = +/-10 %).
        window_days: dated documents further apart never share a story.
        stories: False puts all documents in one story (no blocking).
        units: keep only groups of these unit classes (``["count", "currency:USD"]``).
        off_article: also compare figures outside the article (teasers of other articles,
            boilerplate, link lines, comments), which are left out by default.

    Returns:
        :class:`Comparison`.

    Example:
        >>> import claimsift
        >>> cmp = claimsift.compare(["At least 40 people died in the Ahr valley floods in Germany.",
        ...                          "The floods in Germany's Ahr valley killed 42 people."],
        ...                         meta={"0": {"date": "2021-07-15"}, "1": {"date": "2021-07-16"}})
        >>> [(g.measure, g.status) for g in cmp.shared()]
        [('killed', 'agree')]
    """
    meta = dict(meta or {})
    for k, v in meta.items():
        if not isinstance(v, Mapping):
            raise TypeError(f"meta[{k!r}] must be a mapping, not {type(v).__name__}")
    docs, merged = _collect(data, meta, pipeline)
    comparator = _Comparator(
        approx=approx, window_days=window_days, single_story=not stories, off_article=off_article
    )
    for did, d in docs:
        m = merged[did]
        story = m.get("story", m.get("cluster"))
        comparator.add(
            d,
            did,
            outlet=None if m.get("outlet") is None else str(m.get("outlet")),
            date=_date_str(m.get("date")),
            story=None if story is None else str(story),
        )
    out = comparator.finish()
    return _comparison(out, docs, merged, min_docs=min_docs, units=units)


def _comparison(out: dict, docs: Optional[list], merged: dict, *, min_docs: int, units: Any) -> Comparison:
    """A :class:`Comparison` from a finished native comparator. With ``docs`` (``[(id, Doc)]``)
    every entry carries its claim's full context and offsets; without them (a comparator reduced
    from Dask partitions) the entries carry what the comparator kept (text, value, unit, bound,
    change) and None for the rest."""
    claim_dicts: dict = {}

    def claim_dict(di: int, ci: int) -> dict:
        key = (di, ci)
        if key not in claim_dicts:
            claim_dicts[key] = docs[di][1].claims[ci].to_dict()
        return claim_dicts[key]

    keep = set(units) if units is not None else None
    groups = []
    for g in out["groups"]:
        if g["n_docs"] < min_docs or (keep is not None and g["unit_class"] not in keep):
            continue
        entries = []
        for m in g["members"]:
            e = out["entries"][m]
            di = e["doc"]
            if docs is not None:
                c = claim_dict(di, e["claim"])
                did = docs[di][0]
            else:
                c = dict.fromkeys(_CONTEXT_FIELDS)
                c.update({k: e[k] for k in ("text", "value", "value_max", "unit", "bound", "change")})
                c["num_text"], c["sentence"] = e["text"], ""
                did = out["docs"][di]["id"]
            md = merged.get(did, {})
            start, end = c.get("start"), c.get("end")
            part = e.get("part")
            if part is not None and start is not None and end is not None:
                c = dict(c, text=e["text"], value=e["value"], value_max=e["value_max"], bound=e["bound"])
                if part == "from":
                    end = start + len(e["text"])
                else:
                    start = end - len(e["text"])
            elif part is not None:
                c = dict(c, text=e["text"], value=e["value"], value_max=e["value_max"], bound=e["bound"])
            entries.append(
                ClaimEntry(
                    doc_id=did,
                    claim_index=e["claim"],
                    value=float(c["value"]),
                    value_max=c.get("value_max"),
                    unit=c.get("unit") or "count",
                    bound=c.get("bound") or "=",
                    vague=bool(c.get("vague")),
                    text=c["text"],
                    num_text=c["num_text"],
                    qualifier=c.get("qualifier"),
                    change=c.get("change"),
                    counted=c.get("counted"),
                    attribution=c.get("attribution"),
                    time=c.get("time"),
                    sentence=c["sentence"],
                    start=start,
                    end=end,
                    sentence_start=c.get("sentence_start"),
                    sentence_end=c.get("sentence_end"),
                    low=-math.inf if e["low"] is None else e["low"],
                    high=math.inf if e["high"] is None else e["high"],
                    unit_class=e["unit_class"],
                    base_unit=e["base_unit"],
                    base_value=e["base_value"],
                    measure=e["measure"],
                    scope=e["scope"],
                    period=e["period"],
                    role=e["role"],
                    revision=e["revision"],
                    part=part,
                    entity_ids=list(c.get("entity_ids") or []),
                    outlet=(str(md["outlet"]) if md.get("outlet") is not None else out["docs"][di]["outlet"]),
                    date=_date_str(md.get("date")) or out["docs"][di]["date"],
                    lang=out["docs"][di].get("lang"),
                )
            )
        groups.append(_group(g, entries, out))
    ids = [d for d, _ in docs] if docs is not None else [d["id"] for d in out["docs"]]
    return Comparison(groups, sorted(ids), merged, out["stories"])


#: Claim fields a comparator reduced without its Docs cannot give back.
_CONTEXT_FIELDS = (
    "qualifier",
    "vague",
    "counted",
    "attribution",
    "time",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "entity_ids",
)


def comparison_from(
    comparator: _Comparator, *, min_docs: int = 1, units: Optional[Iterable[str]] = None
) -> Comparison:
    """Finish a :class:`claimsift._claimsift.Comparator` built elsewhere (merged from partitions,
    unpickled) into a :class:`Comparison`. Entries then carry the figure (text, value, unit,
    bound, change), its measure, scope, period and role, and its document's outlet and date;
    offsets and sentence context are None (they stayed with the Docs)."""
    return _comparison(comparator.finish(), None, {}, min_docs=min_docs, units=units)


def _group(g: dict, entries: list, out: dict) -> MeasureGroup:
    counts: dict = {}
    for e in entries:
        for x in dict.fromkeys(e.entity_ids):
            counts[x] = counts.get(x, 0) + 1
    entities = [x for x, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:5]
    points = [
        (e.low + e.high) / 2
        if not (math.isinf(e.low) or math.isinf(e.high))
        else (e.low if not math.isinf(e.low) else e.high)
        for e in entries
    ]
    finite = [p for p in points if not math.isinf(p)]
    conflicts = []
    if g["conflict"] is not None:
        a, b = (out["entries"][i] for i in g["conflict"])
        conflicts.append((out["docs"][a["doc"]]["id"], a["claim"], out["docs"][b["doc"]]["id"], b["claim"]))
    mg = MeasureGroup(
        key=(
            g["story"],
            g["measure"],
            g["unit_class"],
            g["scope"],
            g["period"],
            g["role"],
            g["change"],
            g["per"],
        ),
        label=g["label"],
        measure=g["measure"],
        kind=g["kind"],
        unit_class=g["unit_class"],
        base_unit=g["base_unit"],
        scope=g["scope"],
        period=g["period"],
        role=g["role"],
        change=g["change"],
        rate=g["per"],
        story=g["story"],
        entities=entities,
        reasons=list(g["reasons"]),
        entries=entries,
        status=g["status"],
        disagree=g["status"] == "disagree",
        conflicts=conflicts,
    )
    if finite:
        mg.min_value, mg.max_value = min(finite), max(finite)
        mg.spread = mg.max_value - mg.min_value
        mg.ratio = mg.max_value / mg.min_value if mg.min_value > 0 else None
    return mg


def main_table(
    paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]],
    *,
    meta: Optional[Mapping[str, Mapping[str, Any]]] = None,
    min_docs: int = 2,
    pipeline: Any = None,
    fmt: str = "text",
) -> str:
    """The comparison of a folder (or list) of ``.txt`` files, as text for a terminal.

    Args:
        paths: files and/or folders (a folder contributes its ``*.txt`` files, sorted); a file's id is
            its name without ``.txt``.
        meta: per-document metadata keyed by that id.
        min_docs: only measures reported by at least this many documents (1 shows everything).
        pipeline: as in :func:`compare`.
        fmt: ``text`` (fixed-width table) or ``html``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list = []
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            files.extend(os.path.join(p, n) for n in sorted(os.listdir(p)) if n.endswith(".txt"))
        else:
            files.append(p)
    texts = {}
    for fp in files:
        name = os.path.basename(fp)
        doc_id = name[:-4] if name.endswith(".txt") else name
        with open(fp, encoding="utf-8") as fh:
            texts[doc_id] = fh.read()
    cmp = compare(texts, meta=meta, pipeline=pipeline, min_docs=min_docs)
    if fmt == "html":
        return cmp._repr_html_()
    return cmp.to_text()
