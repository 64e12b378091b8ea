"""Run claimsift over a Dask bag or dataframe, one partition at a time, on any Dask cluster.

::

    import dask.bag as db
    import claimsift, claimsift.dask

    bag = db.from_sequence([{"id": "a", "text": "Over 1,700 people died."}], npartitions=1)
    claims = claimsift.dask.extract_claims(bag, claimsift.Pipeline())  # lazy
    claims.compute()                                                    # a pandas DataFrame

Each partition becomes one call of :meth:`claimsift.Pipeline.process` (pandas DataFrame in,
``.to_pandas()[table]`` out); the :class:`~claimsift.Pipeline` travels to the workers by pickle
(by value: its configuration and gazetteer). The result is a Dask dataframe with an explicit
``meta`` (no guessing) and a ``doc_id`` column: the record's ``id_field`` where it has one, else
``"<partition>:<index in partition>"``. ``doc_index`` is the record's global position in the whole
bag or dataframe (partition offsets are counted from each partition's length), and so is the
``document N:`` of an error message. A bad record (``None``, a number, a dict without text) is an
error row of ``documents``, never a failed computation.

Each partition runs with ``n_threads=1`` by default (Dask already runs one task per worker
thread); raise it for few, large partitions.

A bag may hold str, or dicts such as those of :func:`claimsift.readers.read_texts` (a record the
reader could not read keeps its ``error`` message in the ``documents`` table)::

    import dask.bag as db
    from claimsift.readers import read_texts

    bag = db.from_sequence(read_texts("corpus/"), partition_size=1000)

Spark
-----
The same pattern works with PySpark's ``DataFrame.mapInArrow``, which hands each Python worker
an iterator of ``pyarrow.RecordBatch`` and expects record batches back. ``Pipeline.process``
reads a record batch as it is, so::

    import pyarrow as pa
    import claimsift
    from claimsift.dask import table_schema
    from pyspark.sql.pandas.types import from_arrow_schema

    nlp = claimsift.Pipeline()                    # pickled into the closure, by value
    schema = table_schema("claims", signed=True)  # Spark has no unsigned integers

    def claims_of(batches):
        for batch in batches:                     # columns: id, text (and any others)
            t = nlp.process(batch, text_field="text", id_field="id", n_threads=1).to_arrow()["claims"]
            yield from t.cast(schema).to_batches()

    df = spark.read.parquet("news.parquet").select("id", "text")
    claims = df.mapInArrow(claims_of, from_arrow_schema(schema))
    claims.write.parquet("claims.parquet")

(``from_arrow_schema`` needs a recent PySpark; otherwise give the schema as a DDL string.)
``doc_index`` there is the row's index within its Arrow batch; join on ``doc_id``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TABLES", "compare", "extract_claims", "extract_mentions", "extract_table", "table_schema"]

#: Tables that can be extracted.
TABLES = ("claims", "mentions", "numbers", "sentences", "documents", "tokens")


def extract_claims(
    bag_or_ddf: Any,
    pipeline: Any = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    table: str = "claims",
    n_threads: int | None = 1,
    meta: Any = None,
) -> Any:
    """Claims (or another table) of every record of a Dask bag or dataframe, as a Dask dataframe.

    Args:
        bag_or_ddf: a ``dask.bag.Bag`` of str or of dicts (records), or a ``dask.dataframe``
            DataFrame with a text column (a Series of str works too).
        pipeline: the :class:`claimsift.Pipeline` to run (default: ``Pipeline()``).
        text_field: the text field/column.
        id_field: the id field/column (optional; ``doc_id`` falls back to ``"<partition>:<index>"``).
        table: ``claims``, ``mentions``, ``numbers``, ``sentences``, ``documents`` or ``tokens``.
        n_threads: native threads per partition (default 1: Dask supplies the parallelism).
        meta: the output's empty pandas DataFrame, to skip computing it (needed only for the
            ``documents`` table of a bag of dicts, where it is otherwise read from the first record).

    Returns:
        A Dask DataFrame of ``table`` rows, with ``doc_id``; same columns as
        ``Pipeline.process(...).to_pandas()[table]`` (list columns such as ``entity_ids`` as
        ``pd.ArrowDtype(list<string>)``, which Dask keeps as lists).
    """
    return extract_table(
        bag_or_ddf,
        pipeline,
        text_field=text_field,
        id_field=id_field,
        table=table,
        n_threads=n_threads,
        meta=meta,
    )


def compare(
    bag: Any,
    pipeline: Any = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "date",
    outlet_field: str = "outlet",
    story_field: str = "story",
    min_docs: int = 1,
    approx: float = 0.1,
    window_days: int = 30,
    n_threads: int | None = 1,
) -> Any:
    """Compare the claims of a whole Dask bag, partition by partition, and reduce.

    Each partition is processed on its worker into one native ``Comparator`` (records' ``date``,
    ``outlet`` and ``story`` fields are its metadata); the comparators travel back by pickle and
    are merged pairwise (``Bag.reduction``), so no worker holds more than its partition's Docs and
    only the compact figures reach the client, which finishes the comparison. Records that are
    not dicts with a str text are skipped (they have no claims to compare).

    Returns:
        a :class:`claimsift.Comparison`; its entries carry text, value, unit, bound, change,
        measure, scope, period, role, outlet and date (offsets stay with the workers' Docs: None).

    >>> import dask.bag as db, claimsift, claimsift.dask
    >>> recs = [{"id": "a", "date": "2021-07-15", "text": "The floods in Germany killed 40 people, Berlin said."},
    ...         {"id": "b", "date": "2021-07-16", "text": "Floods in Germany have killed 42 people, Berlin said."}]
    >>> cmp = claimsift.dask.compare(db.from_sequence(recs, npartitions=2))
    >>> [(g.measure, g.status, g.n_docs) for g in cmp.shared()]  # 40, then 42 a day later
    [('killed', 'trend', 2)]
    """
    from ._claimsift import Comparator
    from ._compare import comparison_from
    from ._pipeline import Pipeline

    nlp = pipeline if pipeline is not None else Pipeline()
    options = {"approx": approx, "window_days": window_days}

    def partition(records: Any) -> list:
        from collections.abc import Mapping

        recs = [r for r in records if isinstance(r, Mapping) and isinstance(r.get(text_field), str)]
        c = Comparator(**options)
        docs = nlp.process_batch([r[text_field] for r in recs], n_threads=n_threads)
        for r, d in zip(recs, docs):
            meta = {
                k: r.get(f)
                for k, f in (("date", date_field), ("outlet", outlet_field), ("story", story_field))
            }
            c.add(
                d,
                str(r.get(id_field)),
                outlet=None if _isna(meta["outlet"]) else str(meta["outlet"]),
                date=None if _isna(meta["date"]) else meta["date"],
                story=None if _isna(meta["story"]) else str(meta["story"]),
            )
        return [c]

    def combine(parts: Any) -> Any:
        parts = [p for part in parts for p in (part if isinstance(part, list) else [part])]
        first = parts[0] if parts else Comparator(**options)
        for other in parts[1:]:
            first.merge(other)
        return first

    reduced = bag.map_partitions(partition).reduction(combine, combine).compute()
    return comparison_from(reduced, min_docs=min_docs)


def extract_mentions(
    bag_or_ddf: Any,
    pipeline: Any = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    n_threads: int | None = 1,
) -> Any:
    """Entity mentions of every record, as a Dask dataframe (see :func:`extract_claims`)."""
    return extract_table(
        bag_or_ddf, pipeline, text_field=text_field, id_field=id_field, table="mentions", n_threads=n_threads
    )


def extract_table(
    bag_or_ddf: Any,
    pipeline: Any = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    table: str = "claims",
    n_threads: int | None = 1,
    meta: Any = None,
) -> Any:
    """One table of every record of a Dask bag or dataframe (see :func:`extract_claims`)."""
    import dask.bag as db
    import dask.dataframe as dd

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {TABLES}")
    if pipeline is None:
        from . import Pipeline

        pipeline = Pipeline()
    opts: dict[str, Any] = {
        "text_field": text_field,
        "id_field": id_field,
        "table": table,
        "n_threads": n_threads,
    }

    from dask import delayed

    if isinstance(bag_or_ddf, dd.Series):
        bag_or_ddf = bag_or_ddf.to_frame(name=text_field)
    if isinstance(bag_or_ddf, dd.DataFrame):
        ddf = bag_or_ddf
        if text_field not in ddf.columns:
            raise KeyError(f"text column {text_field!r} not found; columns are {list(ddf.columns)}")
        if meta is None:
            meta = _process_frame(ddf._meta_nonempty, pipeline, partition_info=None, **opts).iloc[:0]
        pdfs = ddf.to_delayed()
        offsets = _offsets([delayed(len, pure=True)(p) for p in pdfs])
        parts = [
            delayed(_process_frame, pure=True)(p, pipeline, partition_info={"number": i}, offset=off, **opts)
            for i, (p, off) in enumerate(zip(pdfs, offsets))
        ]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    if isinstance(bag_or_ddf, db.Bag):
        if meta is None:
            sample: list = []
            if table == "documents":  # metadata columns come from the records: look at one
                sample = list(bag_or_ddf.take(1, npartitions=1, warn=False))
            meta = _process_records(sample, 0, pipeline, **opts).iloc[:0]
        # Partitions may be lazy iterators: make each a list once, count it, then process it.
        lists = [delayed(list, pure=True)(part) for part in bag_or_ddf.to_delayed()]
        offsets = _offsets([delayed(len, pure=True)(p) for p in lists])
        parts = [
            delayed(_process_records, pure=True)(part, i, pipeline, offset=off, **opts)
            for i, (part, off) in enumerate(zip(lists, offsets))
        ]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    raise TypeError(f"expected a dask Bag or DataFrame, not {type(bag_or_ddf).__name__}")


def table_schema(table: str = "claims", *, signed: bool = False) -> Any:
    """The pyarrow schema of one output table, with ``doc_id`` (as in ``to_arrow()``).

    ``signed=True`` turns the unsigned integer columns into int64 (for Spark, which has no unsigned
    types). The ``documents`` table's metadata columns depend on the input and are not included.
    """
    import pyarrow as pa

    from . import Pipeline

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {TABLES}")
    t = Pipeline(claims=True).process([{"id": "", "text": ""}], tokens=True).to_arrow()[table]
    schema = t.schema
    if signed:
        schema = pa.schema(
            [
                pa.field(f.name, pa.int64(), f.nullable) if pa.types.is_unsigned_integer(f.type) else f
                for f in schema
            ]
        )
    return schema


# --- partition functions (run on the workers) ----------------------------------------------------


def _offsets(lengths: list) -> list:
    """Delayed global position of each partition's first record: 0, n0, n0 + n1, ..."""
    import operator

    from dask import delayed

    out: list = []
    acc: Any = 0
    for n in lengths:
        out.append(acc)
        acc = delayed(operator.add, pure=True)(acc, n)
    return out


def _finish(tables: dict, table: str, fallback_ids: Any) -> Any:
    """The pandas frame of one table, with ``doc_id`` (from ``fallback_ids`` where missing)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = tables[table]
    if t.num_rows and t["doc_id"].null_count == t.num_rows:  # no ids in the input: make some
        ids = pa.array(fallback_ids, type=pa.string())
        i = t.schema.get_field_index("doc_id")
        t = t.set_column(i, "doc_id", pc.take(ids, t["doc_index"]))
    return t.to_pandas(types_mapper=_list_as_arrow)


def _list_as_arrow(arrow_type: Any) -> Any:
    """List columns (``entity_ids``...) as ``pd.ArrowDtype``: an object column of arrays would be
    turned into strings by Dask's ``dataframe.convert-string`` (on by default)."""
    import pandas as pd
    import pyarrow as pa

    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return pd.ArrowDtype(arrow_type)
    return None


def _process_frame(
    pdf: Any,
    pipeline: Any,
    *,
    text_field: str,
    id_field: str,
    table: str,
    n_threads: int | None,
    partition_info: Any = None,
    offset: int = 0,
) -> Any:
    """One pandas partition in, one pandas table out (``offset``: its first row's global position)."""
    from ._batch import DOC_COLUMNS, process_records

    part = (partition_info or {}).get("number", 0)
    clash = {c: f"meta_{c}" for c in pdf.columns if c in DOC_COLUMNS and c not in (text_field, id_field)}
    if clash:
        pdf = pdf.rename(columns=clash)
    recs = pdf.to_dict(orient="records")
    fallback = [f"{part}:{k}" for k in range(len(pdf))]
    for k, r in enumerate(recs):
        for c, v in r.items():  # pandas' missing values (NaN, NA, NaT) are missing
            if c != text_field and _isna(v):
                r[c] = None
        if _isna(r.get(text_field)):
            r[text_field] = None
        if r.get(id_field) is None:
            r[id_field] = fallback[k]
    tables, _ = process_records(
        pipeline,
        recs,
        text_field=text_field,
        id_field=id_field,
        n_threads=n_threads,
        tokens=table == "tokens",
        offset=offset,
    )
    return _finish(tables, table, fallback)


def _isna(v: Any) -> bool:
    from ._interop import _isna as isna

    try:
        return isna(v)
    except (TypeError, ValueError):
        return False


def _process_records(
    records: Any,
    part: int,
    pipeline: Any,
    *,
    text_field: str,
    id_field: str,
    table: str,
    n_threads: int | None,
    offset: int = 0,
) -> Any:
    """One bag partition (str or dicts) in, one pandas table out (``offset``: its first record's
    global position). Anything that is not a dict (None, a number) is a record with that text,
    which becomes an error row."""
    from collections.abc import Mapping

    from ._batch import process_records

    recs = []
    for k, r in enumerate(records):
        r = dict(r) if isinstance(r, Mapping) else {text_field: r}
        if r.get(id_field) is None:
            r[id_field] = f"{part}:{k}"
        recs.append(r)
    tables, _ = process_records(
        pipeline,
        recs,
        text_field=text_field,
        id_field=id_field,
        n_threads=n_threads,
        tokens=table == "tokens",
        offset=offset,
    )
    return _finish(tables, table, [str(r[id_field]) for r in recs])
