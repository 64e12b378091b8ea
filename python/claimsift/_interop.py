"""Lazy interop with pyarrow, polars and pandas. Nothing here is imported at package import."""

from __future__ import annotations

from typing import Any, Mapping


def _module_name(obj: Any) -> str:
    return type(obj).__module__.split(".")[0]


def split_input(data: Any, *, text_field: str = "text", id_field: str | None = "id"):
    """Split ``data`` into (texts, ids or None, metadata columns as dict of lists or None).

    Accepts a list/iterable of str (or of dicts), a pyarrow Array/ChunkedArray/Table/RecordBatch,
    a polars Series/DataFrame, or a pandas Series/DataFrame. Missing or non-str texts are passed
    through unchanged: the native side turns them into error rows.
    """
    mod = _module_name(data)
    if isinstance(data, str):
        raise TypeError("data must be a collection of texts or a table, not a single str")
    if mod == "pyarrow":
        import pyarrow as pa

        if isinstance(data, (pa.Array, pa.ChunkedArray)):
            return data.to_pylist(), None, None
        if isinstance(data, pa.RecordBatch):
            data = pa.Table.from_batches([data])
        return _from_columns(data.column_names, lambda c: data.column(c).to_pylist(), text_field, id_field)
    if mod == "polars":
        import polars as pl

        if isinstance(data, pl.Series):
            return data.to_list(), None, None
        return _from_columns(list(data.columns), lambda c: data.get_column(c).to_list(), text_field, id_field)
    if mod == "pandas":
        import pandas as pd

        if isinstance(data, pd.Series):
            return [None if _isna(v) else v for v in data.tolist()], None, None
        return _from_columns(
            [str(c) for c in data.columns],
            lambda c: [None if _isna(v) else v for v in data[c].tolist()],
            text_field,
            id_field,
        )
    if isinstance(data, Mapping):
        # A dict of columns: {"text": [...], "id": [...], "outlet": [...]}. (Iterating it would
        # process the column names as documents.)
        cols = [str(k) for k in data]
        values = {}
        for k, v in data.items():
            if isinstance(v, (str, bytes)) or not hasattr(v, "__len__"):
                raise TypeError(
                    f"a dict given to process() must map column names to columns (lists or arrays); "
                    f"column {k!r} is a {type(v).__name__}"
                )
            values[str(k)] = v.tolist() if hasattr(v, "tolist") else list(v)
        lengths = {k: len(v) for k, v in values.items()}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"the columns of a dict given to process() differ in length: {lengths}")
        return _from_columns(cols, lambda c: values[c], text_field, id_field)
    if hasattr(data, "__arrow_c_stream__"):
        import pyarrow as pa

        return split_input(pa.table(data), text_field=text_field, id_field=id_field)
    items = list(data)
    if items and all(isinstance(x, dict) for x in items):
        cols: list[str] = []
        for x in items:
            for k in x:
                if k not in cols:
                    cols.append(k)
        return _from_columns(cols, lambda c: [x.get(c) for x in items], text_field, id_field)
    return items, None, None


def _isna(v: Any) -> bool:
    """None, NaN, pandas.NA and NaT count as a missing text."""
    if v is None or (isinstance(v, float) and v != v):
        return True
    return type(v).__name__ in ("NAType", "NaTType")


def _from_columns(columns, get, text_field, id_field):
    if text_field not in columns:
        raise KeyError(f"text field {text_field!r} not found; columns are {columns}")
    texts = get(text_field)
    ids = None
    if id_field is not None and id_field in columns:
        ids = [None if v is None else str(v) for v in get(id_field)]
    meta = {c: get(c) for c in columns if c not in (text_field, id_field)}
    return texts, ids, (meta or None)


#: Columns of ``documents`` read from the page that metadata of the same name replaces.
_PAGE_COLUMNS = ("date", "outlet")


def _page_value(v: Any) -> str:
    """A metadata date or outlet as the page columns hold it: dates as ISO ``YYYY-MM-DD``."""
    iso = getattr(v, "isoformat", None)
    if iso is not None and not isinstance(v, str):
        return str(iso())[:10]
    return str(v)


def add_meta(tables: dict, meta) -> dict:
    """Add the input's metadata columns to ``documents`` (``doc_id`` is already in every table)."""
    import pyarrow as pa

    if not meta:
        return tables
    out = dict(tables)
    t = out["documents"]
    for k, vals in meta.items():
        if k in _PAGE_COLUMNS and k in t.column_names:
            # The user's metadata wins over what the page states; the page fills gaps.
            page = t[k].to_pylist()
            merged = [p if _isna(v) else _page_value(v) for v, p in zip(vals, page)]
            t = t.set_column(t.schema.get_field_index(k), k, pa.array(merged, type=pa.string()))
            continue
        try:
            arr = pa.array(vals)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arr = pa.array([None if v is None else str(v) for v in vals], type=pa.string())
        t = t.append_column(k, arr)
    out["documents"] = t
    return out
