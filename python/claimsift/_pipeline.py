"""The Pipeline: one configured object; Docs one at a time, streams, or Arrow tables."""

from __future__ import annotations

import itertools
from typing import Any, Iterable, Iterator

from ._claimsift import Doc, Pipeline as _NativePipeline

_TABLES = ("documents", "sentences", "tokens", "mentions", "numbers", "claims")


def _make_pipeline(
    lang: str, gazetteer: Any, claims: bool, dollar: str, boilerplate: str = "mark"
) -> Pipeline:
    return Pipeline(lang=lang, gazetteer=gazetteer, claims=claims, dollar=dollar, boilerplate=boilerplate)


class Pipeline:
    """Tokens, sentences, entity mentions, numbers and claims in one configured object.

    Args:
        lang: language code for stems and number words (see ``claimsift.languages()``).
        gazetteer: a :class:`claimsift.Gazetteer` for entity mentions, or None.
        claims: extract numbers and claims (True) or only tokens, sentences and mentions.
        dollar: the currency a bare ``$`` is read as (each such claim carries a note).
        boilerplate: claims in boilerplate, link lines, teasers for other articles and readers'
            comments are ``"mark"``-ed (the default: ``claim.block`` says where each claim
            stands), ``"drop"``-ped, or ``"keep"``-ed with page structure ignored
            (``claim.block`` is None). Any other value raises :class:`claimsift.ConfigError`.

    >>> nlp = Pipeline()
    >>> doc = nlp("Over 1,700 people died.")
    >>> [s.text for s in doc.sents]
    ['Over 1,700 people died.']
    """

    def __init__(
        self,
        lang: str = "en",
        gazetteer: Any = None,
        *,
        claims: bool = True,
        dollar: str = "USD",
        boilerplate: str = "mark",
    ):
        native_gaz = getattr(gazetteer, "_native", gazetteer)
        self._gazetteer = gazetteer
        self._native = _NativePipeline(
            lang=lang, gazetteer=native_gaz, claims=claims, dollar=dollar, boilerplate=boilerplate
        )

    lang = property(lambda self: self._native.lang, doc="Language code.")
    gazetteer = property(lambda self: self._gazetteer, doc="The gazetteer, or None.")
    claims = property(lambda self: self._native.claims, doc="Whether claims are extracted.")
    dollar = property(lambda self: self._native.dollar, doc="Currency assumed for a bare '$'.")
    boilerplate = property(
        lambda self: self._native.boilerplate,
        doc="What happens to claims outside the article: drop, mark or keep.",
    )

    def __call__(self, text: str) -> Doc:
        """Process one text into a :class:`Doc` (offsets in code points)."""
        return self._native(text)

    def __reduce__(self):  # pickles by value: configuration and gazetteer
        return (_make_pipeline, (self.lang, self._gazetteer, self.claims, self.dollar, self.boilerplate))

    def __repr__(self) -> str:
        return f"Pipeline(lang={self.lang!r}, gazetteer={self._gazetteer!r}, claims={self.claims})"

    def process_batch(
        self, texts: Iterable[str], *, n_threads: int | None = None, errors: str = "raise"
    ) -> list:
        """Process many texts in parallel (GIL released), in input order.

        Args:
            texts: an iterable of str.
            n_threads: threads to use (default: ``CLAIMSIFT_NUM_THREADS`` or the CPU count).
            errors: ``"raise"`` (the first failing document raises, naming its index), ``"skip"``
                (None in its place) or ``"collect"`` (the exception object in its place).
        """
        return self._native.process_batch(texts, n_threads=n_threads, errors=errors)

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 256,
        n_threads: int | None = None,
        as_tuples: bool = False,
        errors: str = "raise",
    ) -> Iterator[Any]:
        """Stream Docs from any iterable, in input order, with bounded memory.

        Texts are read ``batch_size`` at a time and each batch runs in parallel.

        Args:
            texts: an iterable of str, or of ``(text, context)`` pairs when ``as_tuples``.
            batch_size: texts per parallel batch (memory is bounded by it).
            n_threads: threads per batch.
            as_tuples: yield ``(doc, context)``, carrying each record's context through.
            errors: as in :meth:`process_batch`.

        >>> nlp = Pipeline()
        >>> [d.text for d in nlp.pipe(["a", "b"], batch_size=1)]
        ['a', 'b']
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        it = iter(texts)
        while True:
            chunk = list(itertools.islice(it, batch_size))
            if not chunk:
                return
            if as_tuples:
                for item in chunk:
                    if not (isinstance(item, tuple) and len(item) == 2):
                        raise TypeError("with as_tuples=True, each item must be a (text, context) pair")
                docs = self._native.process_batch([t for t, _ in chunk], n_threads=n_threads, errors=errors)
                yield from zip(docs, (c for _, c in chunk))
            else:
                yield from self._native.process_batch(chunk, n_threads=n_threads, errors=errors)

    def process(
        self,
        data: Any,
        *,
        text_field: str = "text",
        id_field: str | None = "id",
        n_threads: int | None = None,
        tokens: bool = False,
    ) -> Tables:
        """The fast path: results as Arrow tables built in Rust, no per-item Python objects.

        Args:
            data: a list/iterable of str; a pyarrow/polars/pandas column; or a table
                (pyarrow Table, polars or pandas DataFrame, list of dicts) with a text column and
                optional id and metadata columns, which flow through to ``documents``.
            text_field: the text column of a table.
            id_field: the id column of a table (optional; ``doc_index`` always exists).
            n_threads: threads (default: ``CLAIMSIFT_NUM_THREADS`` or the CPU count).
            tokens: also fill the (large) ``tokens`` table.

        Returns:
            :class:`Tables`: ``documents``, ``sentences``, ``tokens``, ``mentions``, ``numbers``,
            ``claims``; offsets in code points. A record whose text is missing or not a str is a
            ``documents`` row with an ``error``; every other record is processed.
        """
        from ._interop import split_input

        texts, ids, meta = split_input(data, text_field=text_field, id_field=id_field)
        native = self._native._process_arrow(texts, n_threads=n_threads, tokens=tokens)
        return Tables(native, ids=ids, meta=meta)


class Tables:
    """Output of :meth:`Pipeline.process`: one Arrow table per item type.

    Each attribute (``documents``, ``sentences``, ``tokens``, ``mentions``, ``numbers``,
    ``claims``) is an :class:`ArrowTable` that pyarrow, polars, pandas and DuckDB read through
    the Arrow PyCapsule interface (``pyarrow.table(t)``, ``polars.from_arrow(t)``).
    ``to_arrow()``, ``to_polars()`` and ``to_pandas()`` add ``doc_id`` and metadata columns.
    """

    def __init__(self, native: dict, ids: list | None = None, meta: Any = None):
        self._native = native
        self.ids = ids
        self.meta = meta

    def __getattr__(self, name: str):
        if name in _TABLES:
            return self._native[name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={self._native[k].num_rows}" for k in _TABLES)
        return f"Tables({counts})"

    @property
    def errors(self):
        """Rows of ``documents`` whose record failed (pyarrow Table)."""
        import pyarrow.compute as pc

        docs = self.to_arrow()["documents"]
        return docs.filter(pc.is_valid(docs["error"]))

    def to_arrow(self) -> dict:
        """Dict of pyarrow Tables, with ``doc_id`` (and metadata on ``documents``) added."""
        import pyarrow as pa

        from ._interop import add_ids

        out = {k: pa.table(self._native[k]) for k in _TABLES}
        return add_ids(out, self.ids, self.meta)

    def to_polars(self) -> dict:
        """Dict of polars DataFrames (same columns as :meth:`to_arrow`)."""
        import polars as pl

        return {k: pl.from_arrow(v) for k, v in self.to_arrow().items()}

    def to_pandas(self) -> dict:
        """Dict of pandas DataFrames (same columns as :meth:`to_arrow`)."""
        return {k: v.to_pandas() for k, v in self.to_arrow().items()}
