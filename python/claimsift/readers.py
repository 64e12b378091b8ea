"""Streaming readers: records from folders of ``.txt``, JSONL, CSV and Parquet files.

Every reader yields one ``dict`` per input record, lazily, with bounded memory::

    {id_field: ..., text_field: ..., <other fields as metadata>}

and a record that cannot be read is still yielded, with ``text_field`` set to None and an
``"error"`` key holding the reason (bytes that are not UTF-8, a JSON line that does not parse, a
missing or non-str text field). The stream never stops on a bad record, so the number of records
out is the number of records in; :meth:`claimsift.Pipeline.process` turns such records into
``documents`` rows with an ``error``.

A record's id is its ``id_field`` (any JSON/CSV/Parquet scalar), the file stem for a ``.txt`` file,
or ``"<file stem>:<line or row number>"`` where the record has none.

>>> import claimsift.readers as r
>>> next(iter(r.iter_batches(range(5), 2)))
[0, 1]

Nothing here imports pyarrow unless a Parquet file is read.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import sys
from typing import Any, Iterable, Iterator

__all__ = ["FORMATS", "detect_format", "iter_batches", "iter_paths", "read_texts"]

#: Input formats and the file suffixes that select them.
FORMATS = {
    "txt": (".txt",),
    "jsonl": (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    "csv": (".csv", ".csv.gz"),
    "parquet": (".parquet", ".pq"),
}

_PARQUET_BATCH_ROWS = 1024


def detect_format(path: str | os.PathLike) -> str:
    """The input format of a file from its name (``txt``, ``jsonl``, ``csv`` or ``parquet``)."""
    name = os.fspath(path).lower()
    for fmt, suffixes in FORMATS.items():
        if name.endswith(suffixes):
            return fmt
    raise ValueError(
        f"cannot tell the format of {os.fspath(path)!r} from its name; "
        f"expected one of {', '.join(s for v in FORMATS.values() for s in v)} (or pass format=)"
    )


def iter_paths(path_or_paths: Any, format: str | None = None) -> Iterator[tuple[str, str]]:
    """``(path, format)`` for each input: a folder gives its files sorted by name (its ``.txt``
    files, or the files of ``format`` when given); a file is taken as it is."""
    if isinstance(path_or_paths, (str, os.PathLike)):
        path_or_paths = [path_or_paths]
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {sorted(FORMATS)}")
    for p in path_or_paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            suffixes = FORMATS[format or "txt"]
            for name in sorted(os.listdir(p)):
                full = os.path.join(p, name)
                if name.lower().endswith(suffixes) and os.path.isfile(full):
                    yield full, format or "txt"
        elif os.path.exists(p):
            yield p, format or detect_format(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p!r}")


def read_texts(
    path_or_paths: Any,
    *,
    text_field: str = "text",
    id_field: str = "id",
    format: str | None = None,
) -> Iterator[dict]:
    """Stream records from files and folders, one dict per record.

    Args:
        path_or_paths: a path or a list of paths: a folder of ``.txt`` files (id = file stem, files
            sorted by name), a ``.txt`` file, JSON Lines (``.jsonl``, ``.ndjson``, optionally
            ``.gz``), CSV (``.csv``, ``.csv.gz``; header row; fields of any size) or Parquet
            (``.parquet``; read a batch of rows at a time).
        text_field: the field holding the text (JSONL, CSV, Parquet); also the key the text is
            yielded under.
        id_field: the field holding the record id; also the key the id is yielded under.
        format: force one input format (``txt``, ``jsonl``, ``csv``, ``parquet``) instead of
            guessing it from each file name; for a folder, read its files of that format.

    Yields:
        dict: ``{id_field: id, text_field: text or None, **metadata}``, plus ``"error"`` (a message)
        for a record that could not be read. A CSV or Parquet file without the text column raises
        ``KeyError`` (every row of it would fail: the field name is wrong).
    """
    for path, fmt in iter_paths(path_or_paths, format):
        if fmt == "txt":
            yield _read_txt(path, text_field, id_field)
        elif fmt == "jsonl":
            yield from _read_jsonl(path, text_field, id_field)
        elif fmt == "csv":
            yield from _read_csv(path, text_field, id_field)
        else:
            yield from _read_parquet(path, text_field, id_field)


def iter_batches(records: Iterable[Any], batch_size: int) -> Iterator[list]:
    """Lists of up to ``batch_size`` items from any iterable, lazily."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    it = iter(records)
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk:
            return
        yield chunk


# --- one reader per format ---------------------------------------------------------------------


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for suffixes in FORMATS.values():
        for s in sorted(suffixes, key=len, reverse=True):
            if name.lower().endswith(s):
                return name[: -len(s)]
    return os.path.splitext(name)[0]


def _failed(text_field: str, id_field: str, rid: Any, message: str, extra: dict | None = None) -> dict:
    rec = dict(extra or {})
    rec[id_field] = rid
    rec[text_field] = None
    rec["error"] = message
    return rec


def _check_text(rec: dict, text_field: str, id_field: str, where: str) -> dict:
    """Turn a record whose text is missing or not a str into an error record (keeping its fields)."""
    text = rec.get(text_field)
    if isinstance(text, str):
        if _has_surrogates(text):
            return _failed(text_field, id_field, rec[id_field], f"{where}: text is not valid UTF-8", rec)
        return rec
    if text_field not in rec:
        msg = f"{where}: missing text field {text_field!r}"
    elif text is None:
        msg = f"{where}: text field {text_field!r} is null"
    else:
        msg = f"{where}: text field {text_field!r} is {type(text).__name__}, not str"
    return _failed(text_field, id_field, rec[id_field], msg, rec)


def _has_surrogates(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _read_txt(path: str, text_field: str, id_field: str) -> dict:
    rid = _stem(path)
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return _failed(text_field, id_field, rid, f"{path}: not UTF-8 (byte {e.start}: {e.reason})")
    return {id_field: rid, text_field: text}


def _open_binary(path: str):
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_jsonl(path: str, text_field: str, id_field: str) -> Iterator[dict]:
    stem = _stem(path)
    with _open_binary(path) as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            fallback = f"{stem}:{lineno}"
            where = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield _failed(text_field, id_field, fallback, f"{where}: not UTF-8 (byte {e.start})")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                yield _failed(text_field, id_field, fallback, f"{where}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                msg = f"{where}: a JSON line must be an object, not {type(obj).__name__}"
                yield _failed(text_field, id_field, fallback, msg)
                continue
            if obj.get(id_field) is None:
                obj[id_field] = fallback
            yield _check_text(obj, text_field, id_field, where)


def _raise_csv_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _read_csv(path: str, text_field: str, id_field: str) -> Iterator[dict]:
    _raise_csv_field_limit()
    stem = _stem(path)
    with _open_binary(path) as fb:
        # surrogateescape keeps bad bytes (as lone surrogates) so one bad row fails, not the file
        f = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.DictReader(f)
        columns = reader.fieldnames or []
        if text_field not in columns:
            raise KeyError(f"{path}: no column {text_field!r} (columns: {', '.join(columns) or 'none'})")
        for rec in reader:
            row = reader.line_num  # physical line where the row ends
            where = f"{path}:{row}"
            rec.pop(None, None)  # surplus cells of a ragged row
            if rec.get(id_field) in (None, ""):
                rec[id_field] = f"{stem}:{row}"
            bad = [k for k, v in rec.items() if isinstance(v, str) and k != text_field and _has_surrogates(v)]
            for k in bad:
                rec[k] = rec[k].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            yield _check_text(rec, text_field, id_field, where)


def _read_parquet(path: str, text_field: str, id_field: str) -> Iterator[dict]:
    import pyarrow.parquet as pq

    stem = _stem(path)
    pf = pq.ParquetFile(path)
    columns = pf.schema_arrow.names
    if text_field not in columns:
        raise KeyError(f"{path}: no column {text_field!r} (columns: {', '.join(columns) or 'none'})")
    row = 0
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
        for rec in batch.to_pylist():
            if rec.get(id_field) is None:
                rec[id_field] = f"{stem}:{row}"
            yield _check_text(rec, text_field, id_field, f"{path}: row {row}")
            row += 1
