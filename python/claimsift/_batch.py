"""Shared batch step of the CLI and the Dask helpers: reader records in, pyarrow Tables out."""

from __future__ import annotations

import json
import re
from typing import Any

#: Columns of the ``documents`` table; metadata fields of these names are renamed ``meta_<name>``.
#: (``date`` and ``outlet`` are not here: metadata of those names replaces what the page states.)
DOC_COLUMNS = (
    "doc_index",
    "doc_id",
    "n_chars",
    "n_bytes",
    "n_tokens",
    "n_sentences",
    "n_mentions",
    "n_numbers",
    "n_claims",
    "error",
    "lang",
    "notes",
)

_DOC_PREFIX = re.compile(r"^document (\d+): ")


def json_safe(v: Any) -> Any:
    """``v`` with NaN and infinities replaced by None (JSON has no such numbers), recursively."""
    if isinstance(v, float):
        return v if v == v and v not in (float("inf"), float("-inf")) else None
    if isinstance(v, dict):
        return {k: json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    return v


def json_line(row: Any) -> str:
    """One JSON value, strictly valid (non-finite numbers as null)."""
    try:
        return json.dumps(row, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:
        return json.dumps(json_safe(row), ensure_ascii=False, default=str, allow_nan=False)


def process_records(
    nlp: Any,
    batch: list,
    *,
    text_field: str = "text",
    id_field: str = "id",
    n_threads: int | None = None,
    tokens: bool = False,
    offset: int = 0,
) -> tuple:
    """Process one batch of records (reader dicts, or str); returns (dict of pyarrow Tables, bytes).

    ``doc_index`` is made global (``offset`` + index in the batch), the reader's error message
    replaces the native one for records the reader could not read, and metadata fields that clash
    with the ``documents`` columns are renamed ``meta_<name>``.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    reader_errors: list = []
    rows: list = []
    nbytes = 0
    from collections.abc import Mapping

    for rec in batch:
        # A record that is not a dict (a str, or None / a number / bytes from a bad source) is
        # its text: anything but a str becomes an error row, never a failed batch.
        rec = dict(rec) if isinstance(rec, Mapping) else {text_field: rec}
        err = rec.pop("error", None) if rec.get(text_field) is None else None
        reader_errors.append(err)
        text = rec.get(text_field)
        if isinstance(text, str):
            nbytes += len(text.encode("utf-8", "replace"))
        row = {text_field: text, id_field: rec.get(id_field)}
        for k, v in rec.items():
            if k in (text_field, id_field):
                continue
            if k in DOC_COLUMNS:
                k = f"meta_{k}"
            if isinstance(v, (dict, list, tuple)):
                v = json_line(v)
            elif isinstance(v, (bytes, bytearray)):
                v = bytes(v).decode("utf-8", "replace")
            row[k] = v
        rows.append(row)
    if not rows:
        rows_in: Any = pa.table({text_field: pa.array([], pa.string()), id_field: pa.array([], pa.string())})
    else:
        rows_in = rows
    out = nlp.process(rows_in, text_field=text_field, id_field=id_field, n_threads=n_threads, tokens=tokens)
    tables = out.to_arrow()
    result = {}
    for name, t in tables.items():
        if offset and t.num_rows:
            i = t.schema.get_field_index("doc_index")
            col = pc.add(t.column(i), pa.scalar(offset, pa.int64()))
            t = t.set_column(i, "doc_index", col)
        result[name] = t
    docs = result["documents"]
    native_failed = docs.num_rows and docs["error"].null_count < docs.num_rows
    if native_failed or any(e is not None for e in reader_errors):
        native = docs["error"].to_pylist()
        merged: list = []
        for k, (mine, theirs) in enumerate(zip(reader_errors, native)):
            if mine is not None:
                merged.append(str(mine))
            elif theirs is not None:
                merged.append(_DOC_PREFIX.sub(f"document {offset + k}: ", theirs))
            else:
                merged.append(None)
        i = docs.schema.get_field_index("error")
        result["documents"] = docs.set_column(i, "error", pa.array(merged, type=pa.string()))
    return result, nbytes
