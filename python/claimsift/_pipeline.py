"""The Pipeline: one configured object; Docs one at a time, streams, or Arrow tables."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Literal, Optional, TypeVar, Union, overload

from ._claimsift import ArrowTable, Doc, Pipeline as _NativePipeline
from ._types import ErrorPolicy

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

_C = TypeVar("_C")


def _threads(n_threads: Optional[int], n_process: Optional[int]) -> Optional[int]:
    """``n_process`` is spaCy's name for the same knob (claimsift runs threads, not processes)."""
    if n_process is not None:
        if n_threads is not None and n_threads != n_process:
            raise TypeError("give n_threads or n_process (its spaCy-style alias), not both")
        return n_process
    return n_threads


_TABLES = ("documents", "sentences", "tokens", "mentions", "numbers", "claims")


def _make_pipeline(
    lang: str, gazetteer: Optional[Gazetteer], claims: bool, dollar: str, boilerplate: str = "mark"
) -> Pipeline:
    return Pipeline(lang=lang, gazetteer=gazetteer, claims=claims, dollar=dollar, boilerplate=boilerplate)


class Pipeline:
    """Tokens, sentences, entity mentions, numbers and claims in one configured object.

    Args:
        lang: the texts' language: one of ``claimsift.claim_languages()`` (claim rules exist),
            any of ``claimsift.languages()`` with ``claims=False`` (tokens, sentences, stems),
            or ``"auto"`` to identify each document's language: ``doc.lang`` is then the
            detected one, and a document in a language without claim rules has no claims and
            a note in ``doc.notes`` (never another language's rules). The default stays
            ``"en"`` (deterministic; identification is unreliable on headline-length texts);
            use ``"auto"`` for multilingual corpora. Asking for claims in a language without
            claim rules raises :class:`claimsift.ConfigError` naming those that have them.
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
        gazetteer: Optional[Gazetteer] = None,
        *,
        claims: bool = True,
        dollar: str = "USD",
        boilerplate: str = "mark",
    ) -> None:
        native_gaz = getattr(gazetteer, "_native", gazetteer)
        self._gazetteer = gazetteer
        self._native = _NativePipeline(
            lang=lang, gazetteer=native_gaz, claims=claims, dollar=dollar, boilerplate=boilerplate
        )

    @property
    def lang(self) -> str:
        """Language code, or ``"auto"``."""
        return self._native.lang

    @property
    def gazetteer(self) -> Optional[Gazetteer]:
        """The gazetteer, or None."""
        return self._gazetteer

    @property
    def claims(self) -> bool:
        """Whether claims are extracted."""
        return self._native.claims

    @property
    def dollar(self) -> str:
        """Currency assumed for a bare '$'."""
        return self._native.dollar

    @property
    def boilerplate(self) -> str:
        """What happens to claims outside the article: drop, mark or keep."""
        return self._native.boilerplate

    def __call__(self, text: str) -> Doc:
        """Process one text into a :class:`Doc` (offsets in code points).

        >>> Pipeline()("Over 1,700 people died.").claims[0].value
        1700.0
        """
        return self._native(text)

    def __reduce__(self) -> Any:  # pickles by value: configuration and gazetteer
        return (_make_pipeline, (self.lang, self._gazetteer, self.claims, self.dollar, self.boilerplate))

    def __repr__(self) -> str:
        return f"Pipeline(lang={self.lang!r}, gazetteer={self._gazetteer!r}, claims={self.claims})"

    @overload
    def process_batch(
        self,
        texts: Iterable[str],
        *,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        errors: Literal["raise"] = "raise",
    ) -> list[Doc]: ...
    @overload
    def process_batch(
        self,
        texts: Iterable[str],
        *,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        errors: Literal["skip", "collect"],
    ) -> list[Union[Doc, None, BaseException]]: ...
    def process_batch(
        self,
        texts: Iterable[str],
        *,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        errors: ErrorPolicy = "raise",
    ) -> Any:
        """Process many texts in parallel (GIL released), in input order.

        Args:
            texts: an iterable of str.
            n_threads: threads to use (default: ``CLAIMSIFT_NUM_THREADS`` or the CPU count); more
                than ``claimsift.max_threads()`` (4 x the CPU count, at most 256) are capped.
            n_process: spaCy's name for ``n_threads`` (an alias; claimsift runs threads).
            errors: ``"raise"`` (the first failing document raises, naming its index), ``"skip"``
                (None in its place) or ``"collect"`` (the exception object in its place).

        Returns:
            One :class:`Doc` per text.

        >>> [len(d.claims) for d in Pipeline().process_batch(["5 dogs", "none"])]
        [1, 0]
        """
        n = _threads(n_threads, n_process)
        return self._native.process_batch(texts, n_threads=n, errors=errors)

    @overload
    def pipe(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 256,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        as_tuples: Literal[False] = False,
        errors: Literal["raise"] = "raise",
    ) -> Iterator[Doc]: ...
    @overload
    def pipe(
        self,
        texts: Iterable[tuple[str, _C]],
        *,
        batch_size: int = 256,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        as_tuples: Literal[True],
        errors: Literal["raise"] = "raise",
    ) -> Iterator[tuple[Doc, _C]]: ...
    @overload
    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 256,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        as_tuples: bool = False,
        errors: ErrorPolicy = "raise",
    ) -> Iterator[Any]: ...
    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 256,
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        as_tuples: bool = False,
        errors: ErrorPolicy = "raise",
    ) -> Iterator[Any]:
        """Stream Docs from any iterable, in input order, with bounded memory (as spaCy's ``nlp.pipe``).

        Texts are read ``batch_size`` at a time and each batch runs in parallel.

        Args:
            texts: an iterable of str, or of ``(text, context)`` pairs when ``as_tuples``.
            batch_size: texts per parallel batch (memory is bounded by it).
            n_threads: threads per batch.
            n_process: spaCy's name for ``n_threads`` (an alias; claimsift runs threads).
            as_tuples: yield ``(doc, context)``, carrying each record's context through.
            errors: as in :meth:`process_batch`.

        Returns:
            An iterator of :class:`Doc` (or of ``(Doc, context)`` pairs).

        >>> nlp = Pipeline()
        >>> [d.text for d in nlp.pipe(["a", "b"], batch_size=1)]
        ['a', 'b']
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, int):
            raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        n = _threads(n_threads, n_process)
        it = iter(texts)
        offset = 0  # position of the chunk's first text in the stream: errors name global indices
        while True:
            chunk = list(itertools.islice(it, batch_size))
            if not chunk:
                return
            if as_tuples:
                for k, item in enumerate(chunk):
                    if not (isinstance(item, tuple) and len(item) == 2):
                        raise TypeError(
                            f"with as_tuples=True, each item must be a (text, context) pair; "
                            f"item {offset + k} is {type(item).__name__}"
                        )
                docs = self._native.process_batch(
                    [t for t, _ in chunk], n_threads=n, errors=errors, _offset=offset
                )
                yield from zip(docs, (c for _, c in chunk))
            else:
                yield from self._native.process_batch(chunk, n_threads=n, errors=errors, _offset=offset)
            offset += len(chunk)

    def process(
        self,
        data: Any,
        *,
        text_field: str = "text",
        id_field: Optional[str] = "id",
        n_threads: Optional[int] = None,
        n_process: Optional[int] = None,
        tokens: bool = False,
    ) -> Tables:
        """The fast path: results as Arrow tables built in Rust, no per-item Python objects.

        Args:
            data: a list/iterable of str; a pyarrow/polars/pandas column; or a table
                (pyarrow Table, polars or pandas DataFrame, list of dicts, or a dict of equally
                long columns such as ``{"text": [...], "id": [...], "outlet": [...]}``) with a
                text column and optional id and metadata columns, which flow through to
                ``documents``. Metadata columns may not take the names of the documents
                table's own columns (``doc_id`` is reserved for the id): ``ConfigError``.
            text_field: the text column of a table.
            id_field: the id column of a table (optional; ``doc_index`` always exists).
            n_threads: threads (default: ``CLAIMSIFT_NUM_THREADS`` or the CPU count).
            n_process: spaCy's name for ``n_threads`` (an alias).
            tokens: also fill the (large) ``tokens`` table.

        Returns:
            :class:`Tables`: ``documents``, ``sentences``, ``tokens``, ``mentions``, ``numbers``,
            ``claims``; offsets in code points. A record whose text is missing or not a str is a
            ``documents`` row with an ``error``; every other record is processed. Columns:
            ``docs/schema.md``.

        >>> tables = Pipeline().process([{"id": "a", "text": "Over 1,700 people died."}])
        >>> tables.claims.num_rows, tables.claims.to_pylist()[0]["doc_id"]
        (1, 'a')
        """
        from ._interop import split_input

        texts, ids, meta = split_input(data, text_field=text_field, id_field=id_field)
        if meta:
            from ._batch import DOC_COLUMNS
            from ._claimsift import ConfigError

            clash = [c for c in meta if c in DOC_COLUMNS]
            if clash:
                raise ConfigError(
                    f"metadata column(s) {clash} clash with the documents table's own columns "
                    f"{list(DOC_COLUMNS)}; doc_id is reserved for the id column (set id_field= to "
                    "use a column as the id) - rename them"
                )
        native = self._native._process_arrow(
            texts, n_threads=_threads(n_threads, n_process), tokens=tokens, ids=ids
        )
        return Tables(native, ids=ids, meta=meta)


class Tables:
    """Output of :meth:`Pipeline.process`: one Arrow table per item type.

    Each attribute is an :class:`ArrowTable` (``documents``, ``sentences``, ``tokens``,
    ``mentions``, ``numbers``, ``claims``) that pyarrow, polars, DuckDB and pandas take directly:
    ``pyarrow.table(t)``, ``polars.from_arrow(t)``, ``duckdb.sql("select * from t")``,
    ``pandas.DataFrame(t)``. Every table carries ``doc_index`` and ``doc_id``; the columns are
    documented in ``docs/schema.md``. ``to_arrow()``, ``to_polars()`` and ``to_pandas()`` also add
    the input's metadata columns to ``documents``.

    >>> tables = Pipeline().process([{"id": "a", "text": "Over 1,700 people died."}])
    >>> row = tables.claims.to_pylist()[0]
    >>> row["doc_id"], row["start_char"], row["end_char"], row["bound"]
    ('a', 0, 10, '>')
    """

    def __init__(
        self, native: dict[str, ArrowTable], ids: Optional[list[Optional[str]]] = None, meta: Any = None
    ) -> None:
        self._native = native
        self.ids = ids
        self.meta = meta

    @property
    def documents(self) -> ArrowTable:
        """One row per input record: counts, and ``error`` (null when the record was processed)."""
        return self._native["documents"]

    @property
    def sentences(self) -> ArrowTable:
        """One row per sentence."""
        return self._native["sentences"]

    @property
    def tokens(self) -> ArrowTable:
        """One row per token (empty unless ``process(..., tokens=True)``)."""
        return self._native["tokens"]

    @property
    def mentions(self) -> ArrowTable:
        """One row per entity mention, with entity ids and names."""
        return self._native["mentions"]

    @property
    def numbers(self) -> ArrowTable:
        """One row per numeric expression of any kind, with its kind and reason."""
        return self._native["numbers"]

    @property
    def claims(self) -> ArrowTable:
        """One row per claim."""
        return self._native["claims"]

    def __getitem__(self, name: str) -> ArrowTable:
        if name not in _TABLES:
            raise KeyError(f"no table {name!r}; tables are {', '.join(_TABLES)}")
        return self._native[name]

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={self._native[k].num_rows}" for k in _TABLES)
        return f"Tables({counts})"

    @property
    def errors(self) -> Any:
        """Rows of ``documents`` whose record failed (pyarrow Table)."""
        import pyarrow.compute as pc

        docs = self.to_arrow()["documents"]
        return docs.filter(pc.is_valid(docs["error"]))

    def to_arrow(self) -> dict[str, Any]:
        """Dict of pyarrow Tables (metadata columns added to ``documents``)."""
        import pyarrow as pa

        from ._interop import add_meta

        out = {k: pa.table(self._native[k]) for k in _TABLES}
        return add_meta(out, self.meta)

    def to_polars(self) -> dict[str, Any]:
        """Dict of polars DataFrames (same columns as :meth:`to_arrow`)."""
        import polars as pl

        return {k: pl.from_arrow(v) for k, v in self.to_arrow().items()}

    def to_pandas(self) -> dict[str, Any]:
        """Dict of pandas DataFrames (same columns as :meth:`to_arrow`)."""
        return {k: v.to_pandas() for k, v in self.to_arrow().items()}
