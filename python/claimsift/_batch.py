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
    "n_tokens",
    "n_sentences",
    "n_mentions",
    "n_numbers",
    "n_claims",
    "error",
)

_DOC_PREFIX = re.compile(r"^document (\d+): ")


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
    for rec in batch:
        rec = {text_field: rec} if isinstance(rec, str) else dict(rec)
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
                v = json.dumps(v, ensure_ascii=False, default=str)
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
            col = pc.add(t.column(i), pa.scalar(offset, pa.uint64()))
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
