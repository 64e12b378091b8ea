"""A user's script, written from the README's quick start: checked by ``mypy --strict`` and pyright
(tests/python/test_typing.py). Not a test module itself (no ``test_`` prefix); it also runs."""

from __future__ import annotations

from typing import Any, Iterator, Optional

import claimsift
from claimsift import BoundSymbol, ChangeDirection, Claim, Doc, Tables

texts = [
    "The Israel-Hamas conflict has resulted in over 1,700 Israeli and 47,000 Palestinian deaths, "
    "according to officials from both sides.",
    "At least 1,200 Israelis were killed, the ministry said.",
]
text = texts[0]

words: list[str] = [t.text for t in claimsift.tokenize(text)][:6]
sentences: list[str] = [s.text for s in claimsift.split_sentences(text)]

for c in claimsift.extract_claims(text):
    bound: BoundSymbol = c.bound
    change: Optional[ChangeDirection] = c.change
    value: float = c.value
    counted: Optional[str] = c.counted
    print(c.text, value, c.unit, bound, change, counted, c.attribution)

gaz = claimsift.Gazetteer(
    [
        {"id": "israel", "name": "Israel", "type": "GPE", "aliases": [], "demonyms": ["Israeli", "Israelis"]},
        {"id": "hamas", "name": "Hamas", "type": "ORG", "aliases": []},
    ]
)
nlp = claimsift.Pipeline(gazetteer=gaz)
doc: Doc = nlp(text)
first: Claim = doc.claims[0]
ids: list[str] = first.entity_ids
html: str = doc.to_html() + first.to_html()
three = doc[0:3]
one = doc[0]
span = doc.char_span(0, 3)
sent_text: str = first.sent.text
print(len(three), one.text, span, sent_text, len(html))

for d, meta in nlp.pipe(((t, {"id": i}) for i, t in enumerate(texts)), as_tuples=True):
    n_claims: int = len(d.claims)
    record_id: int = meta["id"]
    print(record_id, n_claims)

docs: Iterator[Doc] = nlp.pipe(texts, n_process=1)
batch: list[Doc] = nlp.process_batch(texts)
tables: Tables = nlp.process(
    [{"id": str(i), "text": t} for i, t in enumerate(texts)], text_field="text", id_field="id"
)
rows: list[dict[str, Any]] = tables.claims.to_pylist()
frames: dict[str, Any] = tables.to_arrow()
print(sum(1 for _ in docs), len(batch), len(rows), sorted(frames))

# --- BEGIN compare (README lines; enabled by COMPARE_TYPED in test_typing.py once the coordinator's
# --- typed claimsift.compare function and Comparison class land) ---
cmp = claimsift.compare(nlp.pipe(texts))
print(cmp)
cmp2 = claimsift.compare({"rt": doc, "tempo": batch[1]}, meta={"rt": {"outlet": "RT", "date": "2025-01-17"}})
print(cmp2.disagreements)
records: list[dict[str, Any]] = cmp2.to_records()
# --- END compare ---
