"""claimsift inside a spaCy pipeline, and displaCy output for claims.

::

    import spacy
    nlp = spacy.blank("en")             # or any pipeline you already have
    nlp.add_pipe("claimsift")           # found through the `spacy_factories` entry point
    doc = nlp("Over 1,700 people died, officials said.")
    doc._.claims                        # [Over 1,700]: spaCy Spans on spaCy's own tokens
    doc._.claims[0]._.claim.bound       # '>': the claimsift Claim behind the span
    doc.spans["claims"]                 # the same spans, labelled, for displacy style="span"
    spacy.displacy.render(to_displacy(doc), style="ent", manual=True)

The component runs claimsift on ``doc.text`` (so its own tokenizer, sentences and claims) and
maps each claim's character span to spaCy's tokens with ``Doc.char_span(...,
alignment_mode="expand")``: a claim that starts or ends inside a spaCy token covers that whole
token. Each Span's label is the claim's bound and unit (``> count``); ``span._.claim`` is the
:class:`claimsift.Claim` (code-point offsets into ``doc.text``, as spaCy's ``start_char``).

Config (``nlp.add_pipe("claimsift", config={...})``): ``lang`` (claimsift's language code),
``gazetteer`` (a path to an entity file, loaded with :meth:`claimsift.Gazetteer.from_path`),
``dollar`` (the currency of a bare ``$``) and ``spans_key`` (the ``doc.spans`` key, default
``"claims"``). Claim objects are Python objects: ``Doc.to_bytes()`` (msgpack) cannot store them, so
the component keeps them on ``doc.user_data`` only for the life of the Doc; pickle the Doc's
text and re-run, or keep ``[c.to_dict() for c in doc._.claims]``.

spaCy is an optional extra (``pip install 'claimsift[spacy]'``): without it this module still imports
and :func:`to_displacy` works on a :class:`claimsift.Doc`; only the component needs spaCy.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from . import _render
from ._pipeline import Pipeline

__all__ = ["ClaimsiftComponent", "make_claimsift", "to_displacy"]


def to_displacy(doc: Any, *, title: Optional[str] = None, entities: bool = False) -> dict[str, Any]:
    """A displaCy manual-mode dict of a document's claims (and, optionally, entity mentions).

    Args:
        doc: a spaCy ``Doc`` processed by the ``claimsift`` component, or a :class:`claimsift.Doc`.
        title: shown above the text by displaCy.
        entities: also list the entity mentions of a :class:`claimsift.Doc` (label = their type).

    Returns:
        ``{"text", "ents": [{"start", "end", "label"}], "title"}`` with character offsets, sorted
        and non-overlapping, for ``displacy.render(d, style="ent", manual=True)``. Labels are the
        bound and value (``≥ 61,827``) as in the notebook rendering.

    >>> import claimsift
    >>> d = to_displacy(claimsift.Pipeline()("Over 1,700 people died."))
    >>> d["ents"]
    [{'start': 0, 'end': 10, 'label': '> 1,700'}]
    """
    text = doc.text
    ents: list[dict[str, Any]] = []
    ext = getattr(doc, "_", None)
    spans = getattr(ext, "claims", None) if ext is not None and hasattr(ext, "claims") else None
    if spans is not None:  # a spaCy Doc
        for sp in spans:
            c = sp._.claim
            ents.append({"start": sp.start_char, "end": sp.end_char, "label": _render._claim_label(c)})
    else:
        for c in doc.claims:
            ents.append({"start": c.start, "end": c.end, "label": _render._claim_label(c)})
        if entities:
            for m in doc.mentions:
                ents.append({"start": m.start, "end": m.end, "label": (m.type or "ENTITY").upper()})
    ents.sort(key=lambda e: (e["start"], -e["end"]))
    kept: list[dict[str, Any]] = []
    for e in ents:  # displaCy's ent style draws no overlaps: claims come first, so they win
        if not kept or e["start"] >= kept[-1]["end"]:
            kept.append(e)
    return {"text": text, "ents": kept, "title": title}


class ClaimsiftComponent:
    """The spaCy pipeline component (see the module docstring)."""

    def __init__(
        self,
        nlp: Any,
        name: str = "claimsift",
        *,
        lang: str = "en",
        gazetteer: Optional[str] = None,
        dollar: str = "USD",
        spans_key: str = "claims",
    ) -> None:
        from spacy.tokens import Doc, Span

        gaz = None
        if gazetteer:
            from ._gazetteer import Gazetteer

            gaz = Gazetteer.from_path(gazetteer)
        self.name = name
        self.spans_key = spans_key
        self.pipeline = Pipeline(lang=lang, gazetteer=gaz, dollar=dollar)
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)
        if not Doc.has_extension("claimsift_doc"):
            Doc.set_extension("claimsift_doc", default=None)
        if not Span.has_extension("claim"):
            Span.set_extension("claim", default=None)

    def _annotate(self, doc: Any, cdoc: Any) -> Any:
        spans = []
        for c in cdoc.claims:
            span = doc.char_span(c.start, c.end, label=f"{c.bound} {c.unit}", alignment_mode="expand")
            if span is None:  # only whitespace under the claim: cannot happen for claimsift's spans
                continue
            span._.claim = c
            spans.append(span)
        doc._.claims = spans
        doc._.claimsift_doc = cdoc
        doc.spans[self.spans_key] = spans
        return doc

    def __call__(self, doc: Any) -> Any:
        return self._annotate(doc, self.pipeline(doc.text))

    def pipe(self, stream: Iterable[Any], *, batch_size: int = 128) -> Iterator[Any]:
        """Batches of Docs through claimsift's parallel batch (GIL released)."""
        batch: list = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list) -> Iterator[Any]:
        for doc, cdoc in zip(batch, self.pipeline.process_batch([d.text for d in batch])):
            yield self._annotate(doc, cdoc)


try:  # registered when spaCy imports this module through the `spacy_factories` entry point
    from spacy.language import Language
except ImportError:  # pragma: no cover - spaCy is optional; to_displacy works without it
    Language = None

if Language is not None:

    @Language.factory(
        "claimsift",
        default_config={"lang": "en", "gazetteer": None, "dollar": "USD", "spans_key": "claims"},
    )
    def make_claimsift(
        nlp: Any, name: str, lang: str, gazetteer: Optional[str], dollar: str, spans_key: str
    ) -> ClaimsiftComponent:
        """``nlp.add_pipe("claimsift")``: numeric claims as ``doc._.claims`` / ``span._.claim``."""
        return ClaimsiftComponent(
            nlp, name, lang=lang, gazetteer=gazetteer, dollar=dollar, spans_key=spans_key
        )

else:  # pragma: no cover

    def make_claimsift(*args: Any, **kwargs: Any) -> ClaimsiftComponent:
        raise ImportError("the claimsift spaCy component needs spaCy: pip install 'claimsift[spacy]'")
