"""Compare numeric claims across documents: which figures measure the same thing, and do they agree?

>>> import claimsift
>>> docs = {"a": "Over 1,700 people were killed.", "b": "At least 1,500 died."}
>>> cmp = claimsift.compare(docs)  # doctest: +SKIP

How claims are grouped (every step is recorded in :attr:`MeasureGroup.reasons`):

1. **Unit class** (:func:`unit_class`): ``count``, ``currency:<code>``, ``percent`` (a share),
   ``relative`` (a change stated in percent or ``-fold``, compared as a factor: ``increased by 60%`` is
   x1.6, ``200-fold`` is x200), ``duration`` (compared in hours), ``data_size`` (bytes), otherwise the
   unit itself. Figures in different classes are never grouped (a currency never merges with a count).
2. **Measure**: what is counted, looked up in a documented lexicon of news measures
   (:data:`DEFAULT_LEXICON`; ``killed / deaths / dead / death toll`` → ``deaths`` and so on) by Snowball
   stem. The words come from ``claim.counted`` (with ``counted_stems``) when the extractor filled it;
   otherwise, and in addition, from the claim's sentence around the numeral (the words after it up to
   the clause's end, then the words before it back to the clause's start; see :func:`claim_features`).
   Event measures (deaths, fired, …) outrank plain nouns (employees, calls). Without a lexicon hit the
   head noun after the numeral is the measure; without one either, the claim stays alone.
3. **Change direction** (increase / decrease) and **rate** (``each day``, ``per year``) are part of the
   key.
4. **Splits** inside a key: measures marked ``split_by="modifier"`` (casualties) are split by the
   demonym-like modifier of the counted noun (``1,700 Israeli`` vs ``47,000 Palestinian deaths``);
   measures marked ``split_by="agent"`` (employees fired, money earned, support hours) by the
   organisation that acts (``Microsoft terminated four`` vs ``Google fired 28``). A claim without a
   modifier joins the subgroup whose context (entity ids, capitalised words) it shares most, else stays
   apart.
5. **Duplicate quotes**: the same sentence (normalised) with the same numeral in two documents is put
   in one group, counted once per document and flagged ``duplicate_quote``.

Users extend it with ``lexicon={"evictions": ["evicted", "eviction"]}`` (new or extra words) or replace
the measure with ``key=lambda f: ...`` (gets :class:`ClaimFeatures`, returns a str or None to keep the
default). Grouping is deterministic: documents are processed in sorted id order and groups are sorted.

Disagreement: each figure is an interval in the class's base unit (``=``: the value, widened by the
rounding its trailing zeros imply, ``~``: +/- ``approx`` (10 %), ``>``/``>=``: up to infinity, vague
plurals: their lower bound upwards, ranges: ``[value, value_max]``). Two figures from *different*
documents conflict when their intervals do not overlap. A group whose conflicting figures all come
from dated documents (``meta={doc_id: {"date": ...}}``) and rise (or fall) monotonically with the date
is a ``trend``, not a contradiction.
"""

from __future__ import annotations

import html
import math
import os
import re
import sys
import types
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Mapping

__all__ = [
    "DEFAULT_LEXICON",
    "ClaimEntry",
    "ClaimFeatures",
    "Comparison",
    "Measure",
    "MeasureGroup",
    "claim_features",
    "compare",
    "main_table",
    "unit_class",
]


# --------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class Measure:
    """A lexicon entry: words (any inflection; matched by stem) that name one news measure.

    Attributes:
        name: the measure's key (``deaths``).
        label: a readable label (``deaths / killed``).
        words: words or multi-word phrases (``death toll``, ``kill list``).
        kind: ``event`` (outranks) or ``noun``.
        split_by: ``modifier`` (split by demonym-like modifiers), ``agent`` (by acting organisation)
            or None.
    """

    name: str
    label: str
    words: tuple
    kind: str = "event"
    split_by: str | None = None


DEFAULT_LEXICON: tuple = (
    Measure(
        "deaths",
        "deaths / killed",
        (
            "killed",
            "kill",
            "deaths",
            "death",
            "dead",
            "died",
            "die",
            "fatalities",
            "death toll",
            "toll",
            "lives",
        ),
        split_by="modifier",
    ),
    Measure("injured", "injured / wounded", ("wounded", "injured", "injuries", "hurt"), split_by="modifier"),
    Measure("missing", "missing", ("missing", "unaccounted"), split_by="modifier"),
    Measure(
        "displaced",
        "displaced",
        ("displaced", "displacement", "fled", "homeless", "evacuated"),
        split_by="modifier",
    ),
    Measure(
        "arrested",
        "arrested / detained",
        ("arrested", "arrests", "detained", "detainees", "jailed"),
        split_by="agent",
    ),
    Measure(
        "fired",
        "fired / terminated",
        ("fired", "terminated", "dismissed", "sacked", "laid off", "layoffs", "termination"),
        split_by="agent",
    ),
    Measure(
        "targeted",
        "marked as targets",
        ("kill list", "targeted", "targets", "target", "marked"),
        split_by="modifier",
    ),
    Measure(
        "money_earned",
        "money earned / paid",
        (
            "paid",
            "fee",
            "fees",
            "revenue",
            "earned",
            "earning",
            "earnings",
            "income",
            "worth",
            "contract",
            "deal",
        ),
        split_by="agent",
    ),
    Measure(
        "usage", "usage / reliance", ("usage", "reliance", "rely", "dependence", "consumption", "demand")
    ),
    Measure("support_hours", "hours of support", ("support", "assistance", "engineering")),
    Measure("data_stored", "data stored", ("data", "storage", "stored", "recordings"), kind="noun"),
    Measure("calls", "phone calls", ("phone calls", "calls", "call"), kind="noun"),
    Measure(
        "employees",
        "employees",
        ("employees", "employee", "staff", "workers", "staffers"),
        kind="noun",
        split_by="agent",
    ),
)
"""The default lexicon of news measures. Pass ``lexicon=`` to :func:`compare` to extend it."""

# Words that name the population generically: no modifier (``people killed``).
_GENERIC = {
    "people",
    "person",
    "persons",
    "individuals",
    "civilians",
    "those",
    "others",
    "residents",
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "more",
    "than",
    "some",
    "other",
    "who",
    "were",
    "are",
}
# Verbs of change, skipped when looking for the measure before a numeral.
_CHANGE_UP = {
    "increase",
    "increased",
    "rise",
    "rose",
    "risen",
    "surge",
    "surged",
    "grew",
    "grow",
    "jumped",
    "jump",
    "soared",
    "climbed",
    "doubled",
    "tripled",
    "up",
    "spiked",
}
_CHANGE_DOWN = {
    "decrease",
    "decreased",
    "fell",
    "fall",
    "fallen",
    "drop",
    "dropped",
    "declined",
    "decline",
    "shrank",
    "down",
    "plunged",
    "cut",
}
_CLAUSE_STOP = {".", ";", ":", "!", "?", "(", ")", "—", "–", "\u201c", "\u201d", '"'}
_RELATIVE = {
    "who",
    "which",
    "that",
    "whose",
    "while",
    "when",
    "where",
    "after",
    "before",
    "since",
    "because",
    "as",
}
_COORD = {"and", "or", ","}
_RATE = re.compile(
    r"\b(each|every|per|a)\s+(day|week|month|year|hour)\b|\b(daily|weekly|monthly|annually)\b", re.IGNORECASE
)
_RATE_WORD = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year"}
_TITLE_WORDS = {
    "the",
    "a",
    "an",
    "at",
    "in",
    "on",
    "of",
    "and",
    "or",
    "but",
    "for",
    "with",
    "as",
    "by",
    "to",
    "from",
    "since",
    "after",
    "before",
    "editor",
    "according",
    "moreover",
    "however",
}


_stem_cache: dict = {}


def _stems(text: str) -> list:
    """Word tokens of ``text`` as ``(start, end, text, stem, kind)`` (claimsift.tokenize + Token.stem)."""
    hit = _stem_cache.get(text)
    if hit is None:
        from . import tokenize

        hit = [(t.start, t.end, t.text, t.stem, t.kind) for t in tokenize(text)]
        if len(_stem_cache) > 20000:
            _stem_cache.clear()
        _stem_cache[text] = hit
    return hit


class _Lexicon:
    def __init__(self, measures: Iterable[Measure]):
        self.measures = {m.name: m for m in measures}
        # stem sequence -> measure name; longest first
        self.phrases: list = []
        for m in self.measures.values():
            for w in m.words:
                seq = tuple(s for _, _, _, s, k in _stems(w) if k not in ("punct",))
                if seq:
                    self.phrases.append((seq, m.name))
        self.phrases.sort(key=lambda p: (-len(p[0]), p[0], p[1]))

    def find(self, stems: list) -> list:
        """All (position, length, measure) hits in a stem list, longest first at each position."""
        hits = []
        i = 0
        while i < len(stems):
            for seq, name in self.phrases:
                if tuple(stems[i : i + len(seq)]) == seq:
                    hits.append((i, len(seq), name))
                    i += len(seq) - 1
                    break
            i += 1
        return hits


def _build_lexicon(extra: Any) -> _Lexicon:
    measures = {m.name: m for m in DEFAULT_LEXICON}
    if extra:
        items = extra.items() if isinstance(extra, Mapping) else ((m.name, m) for m in extra)
        for name, spec in items:
            if isinstance(spec, Measure):
                measures[name] = spec
            else:
                words = (spec,) if isinstance(spec, str) else tuple(spec)
                old = measures.get(name)
                if old is not None:
                    measures[name] = Measure(old.name, old.label, old.words + words, old.kind, old.split_by)
                else:
                    measures[name] = Measure(name, name.replace("_", " "), words)
    return _Lexicon(measures.values())


# --------------------------------------------------------------------------------------------
# Units

_DURATION_H = {
    "second": 1 / 3600,
    "minute": 1 / 60,
    "hour": 1.0,
    "day": 24.0,
    "week": 168.0,
    "month": 730.5,
    "year": 8766.0,
    "decade": 87660.0,
    "century": 876600.0,
}
_DATA_B = {
    "bit": 0.125,
    "byte": 1.0,
    "kilobyte": 1e3,
    "megabyte": 1e6,
    "gigabyte": 1e9,
    "terabyte": 1e12,
    "petabyte": 1e15,
    "exabyte": 1e18,
    "gigabit": 1.25e8,
    "megabit": 1.25e5,
}


def unit_class(unit: str | None, change: str | None = None) -> str:
    """The comparable class of a unit: ``count``, ``currency:USD``, ``percent``, ``relative``,
    ``duration``, ``data_size`` or the unit itself.

    >>> unit_class("USD"), unit_class("percent", "increase"), unit_class("terabyte")
    ('currency:USD', 'relative', 'data_size')
    """
    u = (unit or "count").strip()
    low = u.lower().rstrip("s") if u.lower() not in ("bytes",) else "byte"
    if u.lower() in ("count", ""):
        return "count"
    if re.fullmatch(r"[A-Z]{3}", u):
        return f"currency:{u}"
    if low == "fold" or (low == "percent" and change):
        return "relative"
    if low == "percent":
        return "percent"
    if low in _DURATION_H:
        return "duration"
    if low in _DATA_B:
        return "data_size"
    return low


def _to_base(value: float, unit: str | None, change: str | None) -> float:
    u = (unit or "count").lower()
    low = u.rstrip("s") if u != "bytes" else "byte"
    if low == "percent" and change:
        return 1 + value / 100 if change == "increase" else 1 - value / 100
    if low == "fold":
        return value if change != "decrease" else (1 / value if value else math.inf)
    if low in _DURATION_H:
        return value * _DURATION_H[low]
    if low in _DATA_B:
        return value * _DATA_B[low]
    return value


# --------------------------------------------------------------------------------------------
# Records


_CLAIM_FIELDS = (
    "start",
    "end",
    "text",
    "num_start",
    "num_end",
    "num_text",
    "value",
    "value_max",
    "unit",
    "bound",
    "qualifier",
    "vague",
    "change",
    "counted",
    "counted_modifier",
    "counted_stems",
    "attribution",
    "attribution_ids",
    "time",
    "sentence",
    "sentence_start",
    "sentence_end",
    "entity_ids",
    "notes",
)


def _claim_dict(c: Any) -> dict:
    if isinstance(c, Mapping):
        d = dict(c)
    elif hasattr(c, "to_dict"):
        d = c.to_dict()
    else:
        d = {k: getattr(c, k, None) for k in _CLAIM_FIELDS}
    for k in _CLAIM_FIELDS:
        d.setdefault(k, None)
    if d["bound"] is None:
        d["bound"] = "="
    if d["unit"] is None:
        d["unit"] = "count"
    for k in ("entity_ids", "attribution_ids", "counted_stems", "notes"):
        v = d.get(k)
        if v is None:
            d[k] = []
        elif isinstance(v, str):
            d[k] = [v]
        else:
            d[k] = list(v)
    return d


@dataclass
class _Rec:
    doc_id: str
    index: int
    c: dict
    text: str | None  # the document's text, when known
    mentions: list  # (start, end, ids, type)
    meta: dict


def _doc_mentions(doc: Any) -> list:
    out = []
    try:
        for m in doc.mentions:
            out.append((m.start, m.end, list(m.ids), m.type))
    except Exception:  # noqa: BLE001 - no gazetteer / older Doc: degrade to no mentions
        return []
    return out


def _records_from_input(data: Any, meta: Mapping | None, pipeline: Any) -> tuple:
    """Normalise any accepted input into (records, doc_ids, meta)."""
    meta = {str(k): dict(v) for k, v in (meta or {}).items()}
    docs: list = []  # (doc_id, Doc-or-None, claims list, text)
    mod = type(data).__module__.split(".")[0]
    if type(data).__name__ == "Tables" or (hasattr(data, "to_arrow") and hasattr(data, "ids")):
        return _records_from_tables(data, meta)
    if mod in ("pyarrow", "polars", "pandas") or hasattr(data, "__arrow_c_stream__"):
        return _records_from_table(data, meta)
    if isinstance(data, Mapping):
        items = [(str(k), v) for k, v in data.items()]
    else:
        items = [(str(i), v) for i, v in enumerate(data)]
    texts = [(k, v) for k, v in items if isinstance(v, str)]
    if texts:
        if pipeline is None:
            from ._pipeline import Pipeline

            pipeline = Pipeline()
        processed = dict(zip([k for k, _ in texts], pipeline.process_batch([v for _, v in texts])))
        items = [(k, processed.get(k, v)) for k, v in items]
    for doc_id, v in items:
        if hasattr(v, "claims") and hasattr(v, "text"):
            docs.append((doc_id, v.claims, v.text, _doc_mentions(v)))
        elif isinstance(v, Mapping) and "claims" in v:
            docs.append((doc_id, v["claims"], v.get("text"), []))
            for k in ("outlet", "date", "title", "url"):
                if k in v:
                    meta.setdefault(doc_id, {}).setdefault(k, v[k])
        else:  # a list of claims (Claim objects or dicts)
            docs.append((doc_id, list(v), None, []))
    recs = []
    for doc_id, claims, text, mentions in docs:
        for i, c in enumerate(claims):
            recs.append(_Rec(doc_id, i, _claim_dict(c), text, mentions, meta.get(doc_id, {})))
    return recs, [d[0] for d in docs], meta


def _records_from_table(table: Any, meta: dict, mentions: Any = None) -> tuple:
    import pyarrow as pa

    mod = type(table).__module__.split(".")[0]
    if mod == "polars":
        table = table.to_arrow()
    elif mod == "pandas":
        table = pa.Table.from_pandas(table, preserve_index=False)
    else:
        table = pa.table(table)
    rows = table.to_pylist()
    idcol = "doc_id" if "doc_id" in table.column_names else "doc_index"
    if idcol not in table.column_names:
        raise KeyError("a claims table needs a doc_id or doc_index column")
    by_doc_mentions: dict = {}
    if mentions is not None:
        for m in pa.table(mentions).to_pylist():
            key = str(m.get("doc_id", m.get("doc_index")))
            ids = m.get("entity_ids") or m.get("ids") or []
            if not ids and (m.get("entity_id") or m.get("id")):
                ids = [m.get("entity_id") or m.get("id")]
            typ = m.get("entity_type", m.get("type"))
            by_doc_mentions.setdefault(key, []).append((m["start"], m["end"], list(ids), typ))
    recs = []
    seen: list = []
    counters: dict = {}
    for r in rows:
        doc_id = str(r[idcol])
        if doc_id not in counters:
            seen.append(doc_id)
            counters[doc_id] = 0
        idx = r.get("claim_index", counters[doc_id])
        counters[doc_id] += 1
        d = dict(r)
        if d.get("normalised_value") is not None:
            d["normalised"] = {"value": d["normalised_value"], "unit": d.get("normalised_unit")}
        if isinstance(d.get("notes"), str):
            d["notes"] = [n for n in d["notes"].split("\n") if n]
        recs.append(
            _Rec(
                doc_id, int(idx), _claim_dict(d), None, by_doc_mentions.get(doc_id, []), meta.get(doc_id, {})
            )
        )
    return recs, seen, meta


def _records_from_tables(tables: Any, meta: dict) -> tuple:
    t = tables.to_arrow()
    docs = t.get("documents")
    if docs is not None and docs.num_rows:
        idcol = "doc_id" if "doc_id" in docs.column_names else "doc_index"
        for row in docs.to_pylist():
            doc_id = str(row[idcol])
            for k in ("outlet", "date", "title", "url", "source"):
                if row.get(k) is not None:
                    meta.setdefault(doc_id, {}).setdefault(k, row[k])
    recs, ids, meta = _records_from_table(t["claims"], meta, t.get("mentions"))
    if docs is not None:
        idcol = "doc_id" if "doc_id" in docs.column_names else "doc_index"
        ids = [str(x) for x in docs.column(idcol).to_pylist()]
    return recs, ids, meta


# --------------------------------------------------------------------------------------------
# Features


@dataclass
class ClaimFeatures:
    """What the grouping looked at for one claim (passed to a custom ``key`` function).

    Attributes:
        doc_id, index: where the claim is.
        claim: the claim's fields as a dict (``Claim.to_dict()`` shape).
        unit_class: see :func:`unit_class`.
        measure: the lexicon measure (or ``head:<stem>`` / None).
        measure_source: where it was found: ``counted``, ``after`` / ``before`` the numeral, ``custom``.
        measure_words: the words that matched.
        modifier: the counted noun's demonym-like modifier stem (``palestinian``), or None.
        agent: the acting organisation (entity id or capitalised word, lower-case), or None.
        change: ``increase`` / ``decrease`` / None (from the claim, else from a change verb).
        rate: ``day`` / ``week`` / … for per-period figures, else None.
        context: entity ids and capitalised word stems of the claim's clause.
        window: the clause words used (for explanations).
    """

    doc_id: str
    index: int
    claim: dict
    unit_class: str
    measure: str | None = None
    measure_source: str | None = None
    measure_words: str | None = None
    modifier: str | None = None
    modifier_text: str | None = None
    agent: str | None = None
    change: str | None = None
    rate: str | None = None
    context: tuple = ()
    window: str = ""


def _clause_tokens(rec: _Rec) -> tuple:
    """Tokens of the claim's sentence, and the index range of the numeral in it."""
    c = rec.c
    sent = c.get("sentence") or ""
    s0 = c.get("sentence_start") or 0
    toks = _stems(sent)
    ns = (c.get("num_start") if c.get("num_start") is not None else c.get("start") or s0) - s0
    ne = (c.get("num_end") if c.get("num_end") is not None else c.get("end") or s0) - s0
    se = (c.get("end") if c.get("end") is not None else ne + s0) - s0
    first = next((i for i, t in enumerate(toks) if t[1] > ns), len(toks))
    last = next((i for i, t in enumerate(toks) if t[0] >= max(ne, se)), len(toks))
    return toks, first, last, s0


def _is_cap(tok: tuple, sent_first: bool) -> bool:
    t = tok[2]
    return (
        bool(t[:1].isupper())
        and not sent_first
        and tok[4] in ("word", "alnum")
        and (t.lower() not in _TITLE_WORDS)
    )


def claim_features(rec: Any, lexicon: _Lexicon | None = None) -> ClaimFeatures:
    """Compute the grouping features of one claim (see the module docstring)."""
    lex = lexicon or _build_lexicon(None)
    c = rec.c
    toks, first, last, s0 = _clause_tokens(rec)
    change = c.get("change")
    # after the numeral: to the clause's end; a coordinated numeral (`1,700 Israeli and 47,000
    # Palestinian deaths`) is stepped over, its words are not this claim's modifier.
    after: list = []
    mod_words: list = []
    coordinated = False
    j = last
    while j < len(toks) and len(after) < 8:
        tok = toks[j]
        low = tok[2].lower()
        if tok[2] in _CLAUSE_STOP or (tok[4] == "punct" and tok[2] not in (",", "-", "’s", "'s")):
            break
        if low in _RELATIVE and after:
            break
        if low in _COORD:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt[4] == "number":
                coordinated = True
                j += 2
                continue
            break
        if tok[4] == "number":
            break
        after.append(tok)
        if not coordinated and not lex.find([tok[3]]):
            mod_words.append(tok)
        j += 1
    before: list = []
    j = first - 1
    while j >= 0 and len(before) < 10:
        tok = toks[j]
        if tok[2] in _CLAUSE_STOP or tok[2] == "," or tok[4] == "punct" and tok[2] not in ("’s", "'s", "-"):
            break
        if tok[4] == "number" or any(ch.isdigit() for ch in tok[2]):
            break
        before.append(tok)
        j -= 1
    clause_start = j + 1
    # counted phrase (from the extractor) first
    counted = c.get("counted") or ""
    cstems = list(c.get("counted_stems") or [])
    ctoks = _stems(counted) if counted else []
    if ctoks and not cstems:
        cstems = [t[3] for t in ctoks]
    cands = []  # (rank, order, name, source, words)
    for order, (src, stems, words) in enumerate(
        (
            ("counted", cstems, [t[2] for t in ctoks] if ctoks else cstems),
            ("after", [t[3] for t in after], [t[2] for t in after]),
            ("before", [t[3] for t in before], [t[2] for t in before]),
        )
    ):
        for pos, n, name in lex.find(stems):
            kind = lex.measures[name].kind
            w = " ".join(words[pos : pos + n])
            if kind != "event" and w[:1].isupper():  # `Local Call` is a name, not calls
                continue
            cands.append((0 if kind == "event" else 1, order, pos, name, src, w))
    f = ClaimFeatures(rec.doc_id, rec.index, c, unit_class(c.get("unit"), change))
    if cands:
        cands.sort(key=lambda x: x[:3])
        _, _, _, f.measure, f.measure_source, f.measure_words = cands[0]
    else:
        heads = [t for t in (ctoks or after) if t[4] in ("word", "alnum") and t[2].lower() not in _GENERIC]
        if heads:
            f.measure = f"head:{heads[0][3]}"
            f.measure_source = "counted" if ctoks else "after"
            f.measure_words = heads[0][2]
    # change direction from a nearby verb when the extractor gave none
    if (
        change is None
        and f.unit_class in ("percent", "relative")
        or (change is None and f.unit_class == "count")
    ):
        words = {t[2].lower() for t in before[:4]}
        if words & _CHANGE_UP and f.unit_class in ("percent", "relative"):
            change = "increase"
        elif words & _CHANGE_DOWN and f.unit_class in ("percent", "relative"):
            change = "decrease"
        if change:
            f.unit_class = unit_class(c.get("unit"), change)
    f.change = change
    # modifier of the counted noun
    mod = c.get("counted_modifier")
    if mod:
        f.modifier, f.modifier_text = _norm_mod(mod), mod
    else:
        src = ctoks if ctoks else mod_words
        if ctoks:  # words of the counted phrase before its lexicon head
            hp = next((i for i, t in enumerate(ctoks) if lex.find([t[3]])), len(ctoks))
            src = ctoks[:hp]
        caps = [t for t in src if t[2][:1].isupper() and t[2].lower() not in _GENERIC]
        if caps:
            f.modifier, f.modifier_text = _norm_mod(caps[0][2]), caps[0][2]
    # agent: nearest organisation before the numeral (entity id of an ORG mention, else a capitalised word)
    agent = None
    abs_first = s0 + (toks[first][0] if first < len(toks) else 0)
    abs_clause = s0 + (toks[clause_start][0] if clause_start < len(toks) else 0)
    orgs = [m for m in rec.mentions if m[1] <= abs_first and m[0] >= abs_clause and m[2]]
    orgs = [m for m in orgs if (m[3] or "").upper() in ("ORG", "ORGANIZATION", "ORGANISATION", "COMPANY")]
    if orgs:
        agent = max(orgs, key=lambda m: m[0])[2][0]
    else:
        for t in ctoks:
            if t[2][:1].isupper() and t[2].lower() not in _GENERIC and not lex.find([t[3]]):
                agent = t[2].lower()
                break
        if agent is None:
            for k, t in enumerate(before):
                if _is_cap(t, clause_start + (len(before) - 1 - k) == 0 and clause_start == 0):
                    agent = t[2].lower()
                    break
    f.agent = agent
    # rate
    rate_text = " ".join(filter(None, [c.get("time") or "", counted, " ".join(t[2] for t in after)]))
    m = _RATE.search(rate_text)
    if m:
        f.rate = (m.group(2) or _RATE_WORD.get((m.group(3) or "").lower())).lower()
    # context
    ctx = set(c.get("entity_ids") or [])
    for k, t in enumerate(toks):
        if _is_cap(t, k == 0) and not lex.find([t[3]]):
            ctx.add(t[3])
    f.context = tuple(sorted(ctx))
    f.window = (
        " ".join(t[2] for t in reversed(before))
        + " ["
        + (c.get("num_text") or "")
        + "] "
        + " ".join(t[2] for t in after)
    )
    return f


def _norm_mod(s: str) -> str:
    toks = _stems(s)
    words = [t[3] for t in toks if t[4] in ("word", "alnum") and t[2].lower() not in _GENERIC]
    return " ".join(words) if words else s.lower()


# --------------------------------------------------------------------------------------------
# Output


@dataclass
class ClaimEntry:
    """One document's figure in a :class:`MeasureGroup`."""

    doc_id: str
    claim_index: int
    value: float
    value_max: float | None
    unit: str
    bound: str
    vague: bool
    text: str
    num_text: str
    qualifier: str | None
    change: str | None
    counted: str | None
    attribution: str | None
    time: str | None
    sentence: str
    start: int | None
    end: int | None
    sentence_start: int | None
    sentence_end: int | None
    low: float
    high: float
    base_unit: str
    base_value: float | None = None
    modifier: str | None = None
    agent: str | None = None
    entity_ids: list = field(default_factory=list)
    outlet: str | None = None
    date: str | None = None
    duplicate_quote: bool = False
    duplicate_of: list = field(default_factory=list)
    measure_source: str | None = None


@dataclass
class MeasureGroup:
    """Claims about the same measure, one or more per document.

    ``status`` is ``single`` (one document), ``agree``, ``disagree`` or ``trend``; ``disagree`` is True
    only for ``disagree``. ``conflicts`` lists ``(doc_a, index_a, doc_b, index_b)`` pairs whose
    intervals do not overlap. ``spread`` is ``max - min`` of the point values (base unit), and
    ``ratio`` ``max / min``.
    """

    key: tuple
    label: str
    measure: str | None
    unit_class: str
    base_unit: str
    change: str | None
    modifier: str | None
    agent: str | None
    rate: str | None
    entities: list
    reasons: list
    entries: list
    status: str = "single"
    disagree: bool = False
    conflicts: list = field(default_factory=list)
    spread: float | None = None
    ratio: float | None = None
    min_value: float | None = None
    max_value: float | None = None

    @property
    def doc_ids(self) -> list:
        """Documents with a figure in this group (sorted)."""
        return sorted({e.doc_id for e in self.entries})

    @property
    def n_docs(self) -> int:
        return len(self.doc_ids)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["doc_ids"] = self.doc_ids
        return d


_BASE_UNIT = {
    "duration": "hour",
    "data_size": "byte",
    "relative": "factor",
    "percent": "percent",
    "count": "count",
}


class Comparison:
    """The result of :func:`compare`: ``groups`` (list of :class:`MeasureGroup`), ``doc_ids``, ``meta``."""

    def __init__(self, groups: list, doc_ids: list, meta: dict):
        self.groups = groups
        self.doc_ids = doc_ids
        self.meta = meta

    def __len__(self) -> int:
        return len(self.groups)

    def __iter__(self):
        return iter(self.groups)

    def __getitem__(self, i):
        return self.groups[i]

    @property
    def disagreements(self) -> list:
        """Groups whose figures conflict."""
        return [g for g in self.groups if g.disagree]

    def shared(self, min_docs: int = 2) -> Comparison:
        """Only the groups with figures from at least ``min_docs`` documents."""
        return Comparison([g for g in self.groups if g.n_docs >= min_docs], self.doc_ids, self.meta)

    def find(self, measure: str) -> list:
        """Groups of one measure name (``deaths``)."""
        return [g for g in self.groups if g.measure == measure]

    def to_records(self) -> list:
        """Long form: one dict per group x claim."""
        out = []
        for gi, g in enumerate(self.groups):
            for e in g.entries:
                r = {
                    "group": gi,
                    "label": g.label,
                    "measure": g.measure,
                    "unit_class": g.unit_class,
                    "status": g.status,
                    "disagree": g.disagree,
                    "group_modifier": g.modifier,
                    "group_agent": g.agent,
                    "rate": g.rate,
                    "entities": list(g.entities),
                    "reasons": "; ".join(g.reasons),
                    "spread": g.spread,
                }
                for k, v in asdict(e).items():
                    r[k] = list(v) if isinstance(v, (list, tuple)) else v
                r["low"] = None if math.isinf(e.low) else e.low
                r["high"] = None if math.isinf(e.high) else e.high
                out.append(r)
        return out

    def to_arrow(self):
        """Long form as a pyarrow Table."""
        import pyarrow as pa

        recs = self.to_records()
        if not recs:
            return pa.table({k: pa.array([], type=pa.string()) for k in ("label", "doc_id")})
        return pa.Table.from_pylist(recs)

    def to_polars(self):
        """Long form as a polars DataFrame."""
        import polars as pl

        return pl.from_arrow(self.to_arrow())

    def to_pandas(self):
        """Long form as a pandas DataFrame."""
        return self.to_arrow().to_pandas()

    def __repr__(self) -> str:
        return self.to_text()

    def to_text(self, width: int = 110) -> str:
        """A fixed-width text table: one block per group, one line per document's figure."""
        n_dis = len(self.disagreements)
        lines = [
            f"Comparison: {len(self.groups)} measures over {len(self.doc_ids)} documents, {n_dis} disagree"
        ]
        for gi, g in enumerate(self.groups):
            flag = {"disagree": "DISAGREE", "trend": "trend", "agree": "agree", "single": ""}[g.status]
            ents = f" [{', '.join(g.entities[:3])}]" if g.entities else ""
            lines.append(f"[{gi}] {g.label} ({g.unit_class}){ents} {flag}".rstrip())
            for e in g.entries:
                who = e.doc_id if not e.outlet else f"{e.doc_id} {e.outlet}"
                date = f" {e.date}" if e.date else ""
                rng = "-" + _fmt(e.value_max) if e.value_max is not None else ""
                fig = f"{e.bound} {_fmt(e.value)}{rng} {e.unit}"
                extra = " (dup quote)" if e.duplicate_quote else ""
                attr = f" <- {e.attribution}" if e.attribution else ""
                line = f"    {who[:22]:<22}{date:<11} {fig:<24} {e.text!r}{attr}{extra}"
                lines.append(line if len(line) <= width else line[: width - 1] + "…")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from ._render import comparison_html

        return comparison_html(self)


def _fmt(v: float | None) -> str:
    if v is None:
        return ""
    if math.isinf(v):
        return "inf"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}"


# --------------------------------------------------------------------------------------------
# Intervals, conflicts, trends


def _interval(c: dict, cls: str, approx: float) -> tuple:
    """(low, high, low_open, high_open) of a claim in its class's base unit."""
    change = c.get("change")
    v = _to_base(float(c["value"]), c.get("unit"), change if cls == "relative" else None)
    vmax = c.get("value_max")
    hi = (
        _to_base(float(vmax), c.get("unit"), change if cls == "relative" else None) if vmax is not None else v
    )
    lo = min(v, hi)
    hi = max(v, hi)
    b = c.get("bound") or "="
    if c.get("vague"):
        b = ">="
    if b == "=" and vmax is None:
        tol = _rounding(float(c["value"])) * (abs(v) / abs(float(c["value"])) if c["value"] else 1)
        return (lo - tol, hi + tol, False, False)
    if b == "~":
        return (lo * (1 - approx), hi * (1 + approx), False, False)
    if b == ">":
        return (lo, math.inf, True, False)
    if b == ">=":
        return (lo, math.inf, False, False)
    if b == "<":
        return (-math.inf, hi, False, True)
    if b == "<=":
        return (-math.inf, hi, False, False)
    return (lo, hi, False, False)


def _rounding(v: float) -> float:
    """Half a unit of the last significant digit of a round integer (47,000 -> 500), else 0."""
    if not float(v).is_integer() or v == 0:
        return 0.0
    n = int(abs(v))
    z = 0
    while n % 10 == 0 and n:
        n //= 10
        z += 1
    return 0.499 * 10**z if z >= 2 else 0.0


def _overlap(a: tuple, b: tuple) -> bool:
    lo, lo_open = (a[0], a[2]) if a[0] > b[0] else (b[0], b[2]) if b[0] > a[0] else (a[0], a[2] or b[2])
    hi, hi_open = (a[1], a[3]) if a[1] < b[1] else (b[1], b[3]) if b[1] < a[1] else (a[1], a[3] or b[3])
    if lo < hi:
        return True
    return lo == hi and not lo_open and not hi_open


def _date_key(d: Any) -> str | None:
    if d is None:
        return None
    if hasattr(d, "isoformat"):
        return d.isoformat()
    s = str(d).strip()
    return s or None


# --------------------------------------------------------------------------------------------
# compare


def _norm_sentence(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u2019", "'").replace("\u201c", '"')
    s = s.replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def _quote_key(rec: _Rec) -> tuple | None:
    """The words around the numeral: up to 10 before it and those after it to the clause's end.

    Two claims with the same key in different documents are the same quote (at least 6 words).
    """
    toks, first, last, _ = _clause_tokens(rec)
    if first >= len(toks):
        return None
    after = []
    for t in toks[last:]:
        if t[4] == "punct":
            break
        after.append(t)
    words = [_norm_sentence(t[2]) for t in toks[max(0, first - 10) : last] + after]
    return tuple(words) if len(words) >= 6 else None


def compare(
    data: Any,
    *,
    meta: Mapping | None = None,
    lexicon: Any = None,
    key: Callable[[ClaimFeatures], Any] | None = None,
    pipeline: Any = None,
    min_docs: int = 1,
    approx: float = 0.1,
    units: Iterable[str] | None = None,
) -> Comparison:
    """Group claims about the same measure across documents and flag figures that conflict.

    Args:
        data: a list of :class:`~claimsift.Doc`, a dict ``{doc_id: Doc}``, a list or dict of texts
            (processed with ``pipeline`` or a default :class:`~claimsift.Pipeline`), a dict
            ``{doc_id: [claim or claim dict, ...]}``, :class:`~claimsift.Tables` from
            ``Pipeline.process``, or a claims table (pyarrow/polars/pandas) with ``doc_id`` or
            ``doc_index``. List positions are the ids of list input.
        meta: ``{doc_id: {"outlet": ..., "date": ...}}``, carried into every entry; dates (ISO
            strings or ``date`` objects) turn a monotone series into a ``trend``.
        lexicon: extra measures: ``{"name": ["word", ...]}`` (extends an existing measure or adds
            one) or :class:`Measure` objects.
        key: ``f(ClaimFeatures) -> str | None``: a custom measure key (None keeps the default).
        pipeline: the Pipeline used for texts.
        min_docs: drop groups with figures from fewer documents.
        approx: relative width of ``~`` figures (0.1 = +/-10 %).
        units: keep only claims of these unit classes (``["count", "currency:USD"]``).

    Returns:
        :class:`Comparison`.
    """
    lex = _build_lexicon(lexicon)
    recs, doc_ids, meta = _records_from_input(data, meta, pipeline)
    recs.sort(key=lambda r: (r.doc_id, r.c.get("start") or 0, r.index))
    feats = [claim_features(r, lex) for r in recs]
    if units is not None:
        keep = set(units)
        pairs = [(r, f) for r, f in zip(recs, feats) if f.unit_class in keep]
        recs, feats = [p[0] for p in pairs], [p[1] for p in pairs]
    # base keys
    keys: list = []
    why: list = []
    for f in feats:
        custom = key(f) if key is not None else None
        if custom is not None:
            f.measure, f.measure_source = str(custom), "custom"
        if f.measure is None:
            k = (f.unit_class, f"~{f.doc_id}#{f.index}", f.change or "", f.rate or "")
        else:
            k = (f.unit_class, f.measure, f.change or "", f.rate or "")
        keys.append(k)
        why.append(f)
    # duplicate quotes: same normalised sentence and numeral in different documents share a key
    dup: dict = {}
    for i, r in enumerate(recs):
        qk = _quote_key(r)
        if qk is not None:
            dup.setdefault((qk, r.c.get("value"), r.c.get("unit")), []).append(i)
    dup_of: dict = {}
    for members in dup.values():
        docs = {recs[i].doc_id for i in members}
        if len(docs) > 1:
            for i in members:
                keys[i] = keys[members[0]]
                dup_of[i] = sorted(d for d in docs if d != recs[i].doc_id)
    buckets: dict = {}
    for i, k in enumerate(keys):
        buckets.setdefault(k, []).append(i)
    groups = []
    for k in sorted(buckets):
        for sub, sub_reasons, split_val, split_kind in _split(buckets[k], feats, lex, dup_of):
            groups.append(
                _make_group(
                    k, sub, sub_reasons, split_val, split_kind, recs, feats, lex, dup_of, meta, approx
                )
            )
    groups = [g for g in groups if g.n_docs >= min_docs]
    groups.sort(
        key=lambda g: (-g.n_docs, g.unit_class, g.label, g.entries[0].doc_id, g.entries[0].claim_index)
    )
    return Comparison(groups, sorted(set(doc_ids)), meta)


def _split(members: list, feats: list, lex: _Lexicon, dup_of: dict) -> list:
    """Split one key's members by modifier or agent (for measures that ask for it)."""
    f0 = feats[members[0]]
    m = lex.measures.get(f0.measure or "")
    split_by = m.split_by if m is not None and f0.measure_source != "custom" else None
    if split_by is None:
        return [(members, [], None, None)]
    attr = "modifier" if split_by == "modifier" else "agent"
    subs: dict = {}
    loose = []
    for i in members:
        v = getattr(feats[i], attr)
        if v is None:
            loose.append(i)
        else:
            subs.setdefault(v, []).append(i)
    if len(subs) <= 1:
        reasons = [f"same {attr}: {next(iter(subs))}"] if subs and not loose else []
        return [(members, reasons, next(iter(subs), None), attr)]
    out = {
        v: (
            list(ix),
            [f"split by {attr}: {v!r} (other {attr}s: {', '.join(repr(x) for x in sorted(subs) if x != v)})"],
        )
        for v, ix in subs.items()
    }
    alone = []
    for i in loose:
        ctx = set(feats[i].context)
        scores = []
        for v, (ix, _rs) in out.items():
            shared = set()
            for j in ix:
                shared |= ctx & set(feats[j].context)
            scores.append((len(shared), len(subs[v]), v, sorted(shared)))
        scores.sort(key=lambda s: (-s[0], -s[1], s[2]))
        best = scores[0]
        if best[0] > 0 and (len(scores) == 1 or scores[1][0] < best[0] or scores[1][1] < best[1]):
            out[best[2]][0].append(i)
            out[best[2]][1].append(
                f"{feats[i].doc_id}#{feats[i].index} has no {attr}; joined {best[2]!r} by shared context "
                f"{', '.join(best[3][:4])}"
            )
        else:
            alone.append(i)
    res = [(sorted(ix), rs, v, attr) for v, (ix, rs) in sorted(out.items())]
    if alone:
        res.append((alone, [f"no {attr} and no context shared with one subgroup"], None, attr))
    return res


def _make_group(k, members, sub_reasons, split_val, split_kind, recs, feats, lex, dup_of, meta, approx):
    cls, measure, change, rate = k
    fs = [feats[i] for i in members]
    f0 = fs[0]
    m = lex.measures.get(measure)
    reasons = [f"unit class {cls}"]
    if measure.startswith("~"):
        reasons.append("no measure found (claim kept alone)")
        label = f"{(f0.claim.get('counted') or f0.window.strip())[:40]}"
        measure_name = None
    elif f0.measure_source == "custom":
        reasons.append(f"custom key {measure!r}")
        label = measure
        measure_name = measure
    elif measure.startswith("head:"):
        words = sorted({f.measure_words for f in fs if f.measure_words})
        reasons.append(f"same head noun {measure[5:]!r} ({', '.join(words)})")
        label = words[0] if words else measure[5:]
        measure_name = measure
    else:
        words = sorted({(f.measure_words or "").lower() for f in fs})
        srcs = sorted({f.measure_source for f in fs if f.measure_source})
        reasons.append(
            f"lexicon measure {measure!r} via {', '.join(repr(w) for w in words)} (from {'/'.join(srcs)})"
        )
        label = m.label if m else measure
        measure_name = measure
    if change:
        reasons.append(f"change: {change}")
    if rate:
        reasons.append(f"rate per {rate}")
    reasons.extend(sub_reasons)
    if split_val and split_kind == "modifier":
        surface = sorted(f.modifier_text for f in fs if f.modifier == split_val and f.modifier_text)
        label = f"{label} ({surface[0] if surface else split_val})"
    elif split_val and split_kind == "agent":
        label = f"{label} ({split_val})"
    if rate:
        label = f"{label} per {rate}"
    if change and cls == "relative" and "change" not in label:
        label = f"{label}: {change}"
    dups = sorted({tuple(sorted([feats[i].doc_id] + dup_of[i])) for i in members if i in dup_of})
    for d in dups:
        reasons.append(f"same quote in {', '.join(d)} (counted once per document)")
    # entities: ids shared by most members
    counts: dict = {}
    for f in fs:
        for e in dict.fromkeys(f.claim.get("entity_ids") or []):
            counts[e] = counts.get(e, 0) + 1
    entities = [e for e, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:5]
    shared_ents = [e for e, n in counts.items() if n > 1 and len({f.doc_id for f in fs}) > 1]
    if shared_ents:
        reasons.append(f"shared entities: {', '.join(sorted(shared_ents)[:5])}")
    base = _BASE_UNIT.get(cls, cls.split(":")[-1])
    entries = []
    ivs = []
    for i in members:
        r, f = recs[i], feats[i]
        c = r.c
        iv = _interval(c, cls, approx)
        ivs.append(iv)
        md = meta.get(r.doc_id, {})
        entries.append(
            ClaimEntry(
                doc_id=r.doc_id,
                claim_index=r.index,
                value=float(c["value"]),
                value_max=c.get("value_max"),
                unit=c.get("unit") or "count",
                bound=c.get("bound") or "=",
                vague=bool(c.get("vague")),
                text=c.get("text") or "",
                num_text=c.get("num_text") or "",
                qualifier=c.get("qualifier"),
                change=f.change,
                counted=c.get("counted"),
                attribution=c.get("attribution"),
                time=c.get("time"),
                sentence=c.get("sentence") or "",
                start=c.get("start"),
                end=c.get("end"),
                sentence_start=c.get("sentence_start"),
                sentence_end=c.get("sentence_end"),
                base_value=_to_base(
                    float(c["value"]), c.get("unit"), f.change if cls == "relative" else None
                ),
                low=iv[0],
                high=iv[1],
                base_unit=base,
                modifier=f.modifier,
                agent=f.agent,
                entity_ids=list(c.get("entity_ids") or []),
                outlet=_s(md.get("outlet")),
                date=_date_key(md.get("date")),
                duplicate_quote=i in dup_of,
                duplicate_of=dup_of.get(i, []),
                measure_source=f.measure_source,
            )
        )
    order = sorted(range(len(entries)), key=lambda j: (entries[j].doc_id, entries[j].start or 0))
    entries = [entries[j] for j in order]
    ivs = [ivs[j] for j in order]
    g = MeasureGroup(
        key=k,
        label=label,
        measure=measure_name,
        unit_class=cls,
        base_unit=base,
        change=change or None,
        modifier=split_val if split_kind == "modifier" else _common(f.modifier for f in fs),
        agent=split_val if split_kind == "agent" else _common(f.agent for f in fs),
        rate=rate or None,
        entities=entities,
        reasons=reasons,
        entries=entries,
    )
    _assess(g, ivs)
    return g


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def _common(vals: Iterable) -> str | None:
    s = {v for v in vals if v}
    return next(iter(s)) if len(s) == 1 else None


def _assess(g: MeasureGroup, ivs: list) -> None:
    es = g.entries
    points = [
        (e.low + e.high) / 2
        if not (math.isinf(e.low) or math.isinf(e.high))
        else (e.low if not math.isinf(e.low) else e.high)
        for e in es
    ]
    finite = [p for p in points if not math.isinf(p)]
    if finite:
        g.min_value, g.max_value = min(finite), max(finite)
        g.spread = g.max_value - g.min_value
        g.ratio = g.max_value / g.min_value if g.min_value > 0 else None
    if g.n_docs < 2:
        g.status = "single"
        return
    conflicts = []
    for a in range(len(es)):
        for b in range(a + 1, len(es)):
            if es[a].doc_id != es[b].doc_id and not _overlap(ivs[a], ivs[b]):
                conflicts.append((es[a].doc_id, es[a].claim_index, es[b].doc_id, es[b].claim_index))
    g.conflicts = conflicts
    if not conflicts:
        g.status = "agree"
        g.reasons.append("figures compatible within their bounds")
        return
    # trend: all conflicting entries dated, and point values monotone in date
    involved = {(x[0], x[1]) for x in conflicts} | {(x[2], x[3]) for x in conflicts}
    ent = [(e, p) for e, p in zip(es, points) if (e.doc_id, e.claim_index) in involved]
    if all(e.date for e, _ in ent) and len({e.date for e, _ in ent}) > 1:
        ent.sort(key=lambda x: (x[0].date, x[1]))
        vals = [p for _, p in ent]
        by_date: dict = {}
        for e, _ in ent:
            by_date.setdefault(e.date, []).append((e.doc_id, e.claim_index))
        same_date_conflict = any(
            (c[0], c[1]) in by_date[d] and (c[2], c[3]) in by_date[d] for c in conflicts for d in by_date
        )
        up = all(x <= y for x, y in zip(vals, vals[1:]))
        down = all(x >= y for x, y in zip(vals, vals[1:]))
        if (up or down) and not same_date_conflict:
            g.status = "trend"
            g.reasons.append(
                f"{'rising' if up else 'falling'} with the documents' dates: a trend, not a conflict"
            )
            return
    g.status = "disagree"
    g.disagree = True
    a = conflicts[0]
    g.reasons.append(f"{len(conflicts)} conflicting pair(s), e.g. {a[0]}#{a[1]} vs {a[2]}#{a[3]}")


# --------------------------------------------------------------------------------------------
# CLI support


def main_table(
    paths: Iterable[str] | str,
    *,
    meta: Mapping | None = None,
    min_docs: int = 2,
    lexicon: Any = None,
    pipeline: Any = None,
    fmt: str = "text",
) -> str:
    """The comparison of a folder (or list) of ``.txt`` files, as text for a terminal.

    Args:
        paths: files and/or folders (a folder contributes its ``*.txt`` files, sorted); a file's id is
            its name without ``.txt``.
        meta: per-document metadata keyed by that id.
        min_docs: only measures reported by at least this many documents (1 shows everything).
        lexicon, pipeline: as in :func:`compare`.
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
    cmp = compare(texts, meta=meta, lexicon=lexicon, pipeline=pipeline, min_docs=min_docs)
    if fmt == "html":
        return cmp._repr_html_()
    return cmp.to_text()


def _esc(s: Any) -> str:
    return html.escape("" if s is None else str(s))


class _CallableModule(types.ModuleType):
    """``claimsift.compare`` is this module and also callable: ``claimsift.compare(docs)``."""

    def __call__(self, *args: Any, **kwargs: Any) -> Comparison:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
