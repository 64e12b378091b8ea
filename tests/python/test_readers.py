"""claimsift.readers: records from .txt folders, JSONL, CSV and Parquet; bad records kept as errors."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import types

import pytest
from claimsift.readers import detect_format, iter_batches, read_texts


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_folder_of_txt_sorted_by_name_with_stems_as_ids(tmp_path):
    _write(tmp_path / "b.txt", b"second")
    _write(tmp_path / "a.txt", "\ufefffirst \u2019".encode())  # BOM dropped
    _write(tmp_path / "notes.md", b"ignored")
    recs = list(read_texts(tmp_path))
    assert recs == [{"id": "a", "text": "first \u2019"}, {"id": "b", "text": "second"}]


def test_single_txt_and_custom_field_names(tmp_path):
    p = _write(tmp_path / "story.txt", b"Over 1,700 people died.")
    assert list(read_texts(p, text_field="body", id_field="key")) == [
        {"key": "story", "body": "Over 1,700 people died."}
    ]


def test_undecodable_txt_is_an_error_record_and_the_stream_goes_on(tmp_path):
    _write(tmp_path / "a.txt", b"bad \xff\xfe bytes")
    _write(tmp_path / "b.txt", b"good")
    recs = list(read_texts(tmp_path))
    assert len(recs) == 2
    assert recs[0]["id"] == "a" and recs[0]["text"] is None and "not UTF-8" in recs[0]["error"]
    assert recs[1] == {"id": "b", "text": "good"}


JSONL_LINES = [
    b'{"id": 1, "text": "one", "source": "x", "tags": ["a"]}',
    b"{not json",
    b"",
    b'{"id": "m", "body": "no text field"}',
    b'{"id": "n", "text": 5}',
    b'{"text": "no id"}',
    b"[1, 2]",
    b'{"id": "u", "text": "caf\xff"}',
    b'{"id": "z", "text": null}',
]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_every_line_is_a_record(tmp_path, gz):
    data = b"\n".join(JSONL_LINES) + b"\n"
    if gz:
        path = _write(tmp_path / "news.jsonl.gz", gzip.compress(data))
    else:
        path = _write(tmp_path / "news.jsonl", data)
    recs = list(read_texts(path))
    assert len(recs) == len([line for line in JSONL_LINES if line.strip()])  # blank lines are no records
    assert recs[0] == {"id": 1, "text": "one", "source": "x", "tags": ["a"]}
    assert recs[1]["id"] == "news:2" and recs[1]["text"] is None and "invalid JSON" in recs[1]["error"]
    assert recs[2]["id"] == "m" and recs[2]["text"] is None
    assert "missing text field 'text'" in recs[2]["error"] and recs[2]["body"] == "no text field"
    assert recs[3]["text"] is None and "is int, not str" in recs[3]["error"]
    assert recs[4] == {"text": "no id", "id": "news:6"}
    assert recs[5]["text"] is None and "must be an object" in recs[5]["error"]
    assert recs[6]["id"] == "news:8" and "not UTF-8" in recs[6]["error"]
    assert recs[7]["id"] == "z" and "is null" in recs[7]["error"]
    assert all(("error" in r) == (r["text"] is None) for r in recs)


def test_csv_large_multiline_fields_and_bad_rows(tmp_path):
    big = "word " * 100_000  # over the csv module's default 128 KiB field limit
    data = (
        f'id,text,source\r\n1,"{big}",a\r\n2,"two\nlines",b\r\n,no id,c\r\n'
    ).encode() + b"4,caf\xff,d\r\n"
    path = _write(tmp_path / "t.csv", data)
    recs = list(read_texts(path))
    assert len(recs) == 4
    assert recs[0] == {"id": "1", "text": big, "source": "a"}
    assert recs[1] == {"id": "2", "text": "two\nlines", "source": "b"}
    assert recs[2]["id"] == "t:5" and recs[2]["text"] == "no id"  # line number of the row
    assert recs[3]["id"] == "4" and recs[3]["text"] is None and "UTF-8" in recs[3]["error"]
    assert recs[3]["source"] == "d"


def test_csv_without_the_text_column_raises(tmp_path):
    path = _write(tmp_path / "t.csv", b"id,body\n1,x\n")
    with pytest.raises(KeyError, match="no column 'text'"):
        list(read_texts(path))
    assert list(read_texts(path, text_field="body")) == [{"id": "1", "body": "x"}]


def test_parquet_streams_by_batches(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import claimsift.readers as readers

    n = 2500
    texts = [f"Text {i}." if i % 7 else None for i in range(n)]
    ids = [f"r{i}" if i % 11 else None for i in range(n)]
    path = str(tmp_path / "t.parquet")
    pq.write_table(pa.table({"id": ids, "text": texts, "year": list(range(n))}), path, row_group_size=1000)

    seen = []
    real = pq.ParquetFile

    class Spy(real):
        def iter_batches(self, *a, **k):
            for b in super().iter_batches(*a, **k):
                seen.append(b.num_rows)
                yield b

    monkeypatch.setattr(pq, "ParquetFile", Spy)
    monkeypatch.setattr(readers, "_PARQUET_BATCH_ROWS", 100)
    gen = read_texts(path)
    first = next(gen)
    assert first == {
        "id": "t:0",
        "text": None,
        "year": 0,
        "error": f"{path}: row 0: text field 'text' is null",
    }
    assert seen == [100]  # only the first batch was read
    rest = list(gen)
    assert len(rest) + 1 == n and sum(seen) == n
    assert rest[0] == {"id": "r1", "text": "Text 1.", "year": 1}
    assert sum(r["text"] is None for r in [first, *rest]) == len([t for t in texts if t is None])


def test_parquet_without_the_text_column_raises(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = str(tmp_path / "t.parquet")
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), path)
    with pytest.raises(KeyError, match="no column 'text'"):
        list(read_texts(path))


def test_several_inputs_and_format_override(tmp_path):
    a = _write(tmp_path / "a.txt", b"A")
    b = _write(tmp_path / "b.data", b'{"id": "x", "text": "B"}\n')
    with pytest.raises(ValueError, match="cannot tell the format"):
        list(read_texts([a, b]))
    assert [r["text"] for r in read_texts([b], format="jsonl")] == ["B"]
    folder = tmp_path / "shards"
    folder.mkdir()
    _write(folder / "2.jsonl", b'{"text": "two"}\n')
    _write(folder / "1.jsonl", b'{"text": "one"}\n')
    _write(folder / "x.txt", b"not read: format is jsonl")
    assert [r["text"] for r in read_texts(folder, format="jsonl")] == ["one", "two"]
    assert [r["text"] for r in read_texts([a, str(folder / "1.jsonl")])] == ["A", "one"]


def test_missing_input_and_laziness(tmp_path):
    gen = read_texts(tmp_path / "nope.txt")
    assert isinstance(gen, types.GeneratorType)  # nothing is opened until iterated
    with pytest.raises(FileNotFoundError):
        next(gen)


def test_detect_format():
    assert detect_format("x.JSONL.gz") == "jsonl"
    assert detect_format("x.ndjson") == "jsonl"
    assert detect_format("x.csv") == "csv"
    assert detect_format("x.pq") == "parquet"
    assert detect_format("dir/x.txt") == "txt"


def test_iter_batches():
    assert list(iter_batches(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(iter_batches([], 3)) == []
    with pytest.raises(ValueError):
        list(iter_batches([1], 0))


def test_records_feed_pipeline_process(tmp_path):
    """counts in = rows out: every record, good or bad, is one row of ``documents``."""
    pytest.importorskip("pyarrow")
    import claimsift

    path = _write(tmp_path / "n.jsonl", b"\n".join(JSONL_LINES))
    recs = list(read_texts(path))
    for r in recs:
        r.pop("error", None)
    docs = claimsift.Pipeline().process(recs).to_arrow()["documents"]
    assert docs.num_rows == len(recs)
    assert docs["error"].null_count == sum(r["text"] is not None for r in recs)


def test_import_claimsift_stays_light():
    code = (
        "import sys, claimsift, claimsift.readers, claimsift.cli, claimsift.dask\n"
        "mods = ('pyarrow', 'polars', 'pandas', 'dask', 'tqdm', 'distributed')\n"
        "heavy = [m for m in mods if m in sys.modules]\n"
        "print(json.dumps(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []
