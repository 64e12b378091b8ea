"""The ``claimsift`` command line, run as ``python -m claimsift`` in a subprocess."""

from __future__ import annotations

import csv
import glob
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import claimsift
import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def run(*args, cwd=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "claimsift", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )


def read_any(path) -> list:
    """Rows of a .parquet, .jsonl or .csv output, as dicts."""
    path = str(path)
    if path.endswith(".parquet"):
        return pq.read_table(path).to_pylist()
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f]
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def bad_inputs(tmp_path):
    """Five records: 2 .txt (one not UTF-8) and 3 JSONL lines (one bad, one without text)."""
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "good.txt").write_text("Over 1,700 people died in 2020. Officials said so.", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 prices rose 5%.".encode("latin-1"))
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_bytes(
        b'{"id": "j1", "text": "Sales fell by $3bn last year.", "source": "wire"}\n'
        b'{"id": "j2", "text": "unterminated\n'
        b'{"id": "j3", "body": "the text is under another field"}\n'
    )
    return [str(folder), str(jsonl)]


def test_version():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"claimsift {claimsift.__version__}"


def test_no_command_prints_help():
    r = run()
    assert r.returncode == 2 and "extract" in r.stderr


def test_extract_seeds_default_claims_parquet(tmp_path):
    out = tmp_path / "claims.parquet"
    r = run("extract", SEEDS, "-o", out)
    assert r.returncode == 0, r.stderr
    t = pq.read_table(out)
    assert {"doc_index", "doc_id", "value", "unit", "sentence"} <= set(t.column_names)
    assert set(t["doc_id"].to_pylist()) <= set(SEED_IDS)
    assert "5 documents, 0 failed" in r.stderr and "MB/s" in r.stderr
    assert "\r" not in r.stderr  # no progress bar when stderr is not a terminal
    assert not (tmp_path / "claims.errors.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["claims.parquet"]  # no temporary file left


@pytest.mark.parametrize("suffix", ["parquet", "jsonl", "csv"])
def test_extract_seeds_documents_and_global_doc_index(tmp_path, suffix):
    out = tmp_path / f"docs.{suffix}"
    r = run("extract", SEEDS, "-o", out, "--table", "documents", "--batch-size", "2", "--threads", "1")
    assert r.returncode == 0, r.stderr
    rows = read_any(out)
    assert [row["doc_id"] for row in rows] == SEED_IDS
    assert [int(row["doc_index"]) for row in rows] == list(range(len(SEED_IDS)))  # global across batches
    assert all(row["error"] in (None, "") for row in rows)


def test_extract_sentences_match_pipeline_process(tmp_path):
    out = tmp_path / "s.jsonl"
    r = run("extract", SEEDS, "-o", out, "--table", "sentences", "--batch-size", "3", "--no-progress")
    assert r.returncode == 0, r.stderr
    got = read_any(out)
    recs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    want = claimsift.Pipeline().process(recs).to_arrow()["sentences"].to_pylist()
    assert len(got) == len(want) > 0
    assert [(g["doc_id"], g["start_char"], g["end_char"], g["text"]) for g in got] == [
        (w["doc_id"], w["start_char"], w["end_char"], w["text"]) for w in want
    ]
    assert [g["doc_index"] for g in got] == [w["doc_index"] for w in want]


@pytest.mark.parametrize("suffix", ["parquet", "jsonl", "csv"])
def test_bad_records_are_rows_and_exit_status_is_1(tmp_path, bad_inputs, suffix):
    out = tmp_path / f"out.{suffix}"
    r = run("extract", *bad_inputs, "-o", out, "--all", "--batch-size", "2")
    assert r.returncode == 1, r.stderr
    assert "5 documents, 3 failed" in r.stderr
    names = {"documents", "sentences", "mentions", "numbers", "claims"}
    written = {p.name for p in tmp_path.glob(f"out.*.{suffix}")} - {"out.errors.jsonl"}
    assert written == {f"out.{n}.{suffix}" for n in names}
    docs = read_any(tmp_path / f"out.documents.{suffix}")
    assert len(docs) == 5  # counts in = rows out
    assert [d["doc_id"] for d in docs] == ["good", "latin1", "j1", "news:2", "j3"]
    errors = {d["doc_id"]: d["error"] for d in docs if d["error"] not in (None, "")}
    assert set(errors) == {"latin1", "news:2", "j3"}
    assert "not UTF-8" in errors["latin1"]
    assert "news.jsonl:2: invalid JSON" in errors["news:2"]  # no id: file stem and line number
    assert "missing text field 'text'" in errors["j3"]
    assert {d["source"] for d in docs if d["doc_id"] == "j1"} == {"wire"}  # metadata flows through
    # a field first seen in a later batch is still there
    assert [d["body"] for d in docs if d["doc_id"] == "j3"] == ["the text is under another field"]
    # failed documents have no rows in the other tables
    for name in ("sentences", "claims", "mentions", "numbers"):
        rows = read_any(tmp_path / f"out.{name}.{suffix}")
        assert not {row["doc_id"] for row in rows} & set(errors)
    sents = read_any(tmp_path / f"out.sentences.{suffix}")
    assert {row["doc_id"] for row in sents} == {"good", "j1"}
    # the errors file: record id + message
    with open(tmp_path / "out.errors.jsonl", encoding="utf-8") as f:
        err_rows = [json.loads(line) for line in f]
    assert {e["doc_id"]: e["error"] for e in err_rows} == errors
    assert not list(tmp_path.glob(".*partial"))


def test_claims_output_of_bad_inputs_parses(tmp_path, bad_inputs):
    out = tmp_path / "claims.csv"
    r = run("extract", *bad_inputs, "-o", out)
    assert r.returncode == 1
    rows = read_any(out)
    with open(out, encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    assert header[:3] == ["doc_index", "doc_id", "claim_index"]
    assert not {row["doc_id"] for row in rows} & {"latin1", "news:2", "j3"}
    pacsv = pytest.importorskip("pyarrow.csv")
    assert pacsv.read_csv(out).num_rows == len(rows)


def test_custom_fields_csv_and_parquet_inputs(tmp_path):
    csv_in = tmp_path / "in.csv"
    csv_in.write_text('key,body,year\nk1,"Prices rose 3%.",2020\nk2,"Nothing.",2021\n', encoding="utf-8")
    pq_in = tmp_path / "in.parquet"
    pq.write_table(pa.table({"key": ["p1"], "body": ["Up 2 points."], "year": [2022]}), pq_in)
    out = tmp_path / "docs.parquet"
    r = run(
        "extract",
        csv_in,
        pq_in,
        "-o",
        out,
        "--table",
        "documents",
        "--text-field",
        "body",
        "--id-field",
        "key",
    )
    assert r.returncode == 0, r.stderr
    t = pq.read_table(out)
    assert t["doc_id"].to_pylist() == ["k1", "k2", "p1"]
    assert t["year"].to_pylist() in (["2020", "2021", "2022"], [2020, 2021, 2022])


def test_empty_input_writes_an_empty_table_with_columns(tmp_path):
    src = tmp_path / "empty.jsonl"
    src.write_text("", encoding="utf-8")
    out = tmp_path / "c.parquet"
    r = run("extract", src, "-o", out)
    assert r.returncode == 0, r.stderr
    t = pq.read_table(out)
    assert t.num_rows == 0 and "value" in t.column_names


def test_usage_errors_exit_2(tmp_path):
    r = run("extract", tmp_path / "missing.txt", "-o", tmp_path / "o.parquet")
    assert r.returncode == 2 and "missing.txt" in r.stderr
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    r = run("extract", tmp_path / "a.txt", "-o", tmp_path / "o.docx")  # .xlsx is a format since issue 14
    assert r.returncode == 2 and "output format" in r.stderr
    r = run("extract", tmp_path / "a.txt", "-o", tmp_path / "o.parquet", "--lang", "xx")
    assert r.returncode == 2 and "error" in r.stderr
    csv_in = tmp_path / "b.csv"
    csv_in.write_text("id,body\n1,x\n", encoding="utf-8")
    r = run("extract", csv_in, "-o", tmp_path / "o.parquet")
    assert r.returncode == 2 and "no column 'text'" in r.stderr
    assert not (tmp_path / "o.parquet").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_gazetteer_flag(tmp_path):
    pa = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "a.txt").write_text("Microsoft’s staff and the IDF met. Over 1,700 died.", encoding="utf-8")
    gaz = tmp_path / "g.json"
    gaz.write_text(
        json.dumps(
            [
                {"id": "ms", "name": "Microsoft"},
                {"id": "idf", "name": "Israel Defense Forces", "aliases": ["IDF"]},
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "o.parquet"
    r = run("extract", tmp_path / "a.txt", "-o", out, "--table", "mentions", "--gazetteer", gaz)
    assert r.returncode == 0, r.stderr
    rows = pa.read_table(out).to_pylist()
    assert [(m["text"], m["entity_id"]) for m in rows] == [("Microsoft", "ms"), ("IDF", "idf")]
    # the binary form written by Gazetteer.save loads too
    binary = tmp_path / "g.bin"
    claimsift.Gazetteer.from_path(gaz).save(binary)
    r = run(
        "extract",
        tmp_path / "a.txt",
        "-o",
        tmp_path / "o2.parquet",
        "--table",
        "mentions",
        "--gazetteer",
        binary,
    )
    assert r.returncode == 0, r.stderr
    assert pa.read_table(tmp_path / "o2.parquet").num_rows == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    r = run("extract", tmp_path / "a.txt", "-o", tmp_path / "o3.parquet", "--gazetteer", bad)
    assert r.returncode == 2 and "cannot load gazetteer" in r.stderr


def test_tokens_command(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Microsoft’s GPT-4 deal. It cost $10bn.\n\nNew paragraph.", encoding="utf-8")
    r = run("tokens", p)
    assert r.returncode == 0, r.stderr
    assert "3 sentences" in r.stdout
    assert "'GPT-4'" in r.stdout and "paragraph 1" in r.stdout
    r2 = subprocess.run(
        [sys.executable, "-m", "claimsift", "tokens", "-"],
        input=p.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert r2.stdout == r.stdout


def test_compare_seeds_text(tmp_path):
    r = run("compare", SEEDS)
    assert r.returncode == 0, r.stderr
    assert "killed" in r.stdout and "5 documents compared" in r.stderr


COMPARE_ROWS = [
    {
        "id": "a",
        "date": "2023-09-09",
        "outlet": "wire.example",
        "text": "At least 2,012 people were killed in the Zarbania earthquake near Velmar, the Zarbanian Interior Ministry said.",
    },
    {
        "id": "b",
        "date": "2023-09-10",
        "outlet": "daily.example",
        "text": "The Zarbania earthquake near Velmar has killed 2,122 people, the Zarbanian Interior Ministry said on Sunday.",
    },
    {
        "id": "c",
        "date": "not a date",
        "outlet": "blog.example",
        "text": "Rescuers in Zarbania searched the rubble near Velmar after the earthquake killed 2,122 people.",
    },
]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".jsonl", ".txt", ".html"])
def test_compare_jsonl_fields_and_outputs(tmp_path, suffix):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in COMPARE_ROWS), encoding="utf-8")
    out = tmp_path / f"cmp{suffix}"
    r = run("compare", str(src), "-o", str(out), "--date-field", "date", "--outlet-field", "outlet")
    assert r.returncode == 0, r.stderr
    assert "'not a date' is not an ISO date" in r.stderr
    assert out.exists() and not list(tmp_path.glob(".claimsift-*"))
    if suffix == ".jsonl":
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        killed = [x for x in rows if x["measure"] == "killed"]
        assert {x["doc_id"] for x in killed} == {"a", "b", "c"}
        assert {x["outlet"] for x in killed} == {"wire.example", "daily.example", "blog.example"}
        assert {x["status"] for x in killed} == {"agree"}
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        t = pq.read_table(out)
        assert "doc_id" in t.column_names and t.num_rows >= 3


def test_compare_bad_inputs(tmp_path):
    r = run("compare", str(tmp_path / "missing.jsonl"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run("compare", str(SEEDS), "-o", str(tmp_path / "x.docx"))
    assert r.returncode == 2 and "output format" in r.stderr
    # a file that is not UTF-8 is a failed record, not a crash; the others are compared
    folder = tmp_path / "texts"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"caf\xe9 \xff 3 people")
    r = run("compare", str(folder))
    assert r.returncode == 1, r.stderr
    assert "bad" in r.stderr and "not UTF-8" in r.stderr and "Traceback" not in r.stderr
    assert "2 documents compared" in r.stderr
    # the output may not overwrite an input
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(COMPARE_ROWS[0]) + "\n", encoding="utf-8")
    r = run("compare", str(src), "-o", str(src))
    assert r.returncode == 2 and "also an input" in r.stderr


def _big_jsonl(path, n):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    "sig", [pytest.param(signal.SIGINT, id="SIGINT"), pytest.param(signal.SIGTERM, id="SIGTERM")]
)
def test_interrupt_leaves_no_output(tmp_path, sig):
    src = tmp_path / "big.jsonl"
    _big_jsonl(src, 20_000)
    out = tmp_path / "out" / "claims.parquet"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimsift", "extract", str(src), "-o", str(out), "--all"]
        + ["--batch-size", "10", "--threads", "1"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not glob.glob(str(out.parent / ".*.partial")):  # writing has begun
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert os.listdir(out.parent) == []  # neither final outputs nor temporary files


def test_atomic_replace_keeps_old_output_until_success(tmp_path, bad_inputs):
    out = tmp_path / "docs.jsonl"
    out.write_text("old\n", encoding="utf-8")
    r = run("extract", *bad_inputs, "-o", out, "--table", "documents")
    assert r.returncode == 1
    assert len(read_any(out)) == 5
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0o600


def _run_in_pty(code: str) -> tuple:
    """Run ``python -c code`` with stderr on a pseudo-terminal; returns (exit status, stderr bytes)."""
    pty = pytest.importorskip("pty")
    fcntl = pytest.importorskip("fcntl")
    termios = pytest.importorskip("termios")
    import struct

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    buf = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        buf += chunk
    os.close(master)
    return proc.wait(timeout=60), buf


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")
@pytest.mark.parametrize("mode", ["tqdm", "plain", "off"])
def test_progress_on_a_terminal(tmp_path, mode):
    if mode == "tqdm":
        pytest.importorskip("tqdm")
    src = tmp_path / "in.jsonl"
    _big_jsonl(src, 300)
    argv = ["extract", str(src), "-o", str(tmp_path / "c.parquet"), "--batch-size", "20"]
    if mode == "off":
        argv.append("--no-progress")
    block = "sys.modules['tqdm'] = None\n" if mode == "plain" else ""  # as if tqdm were not installed
    code = f"import sys\n{block}from claimsift.cli import main\nsys.exit(main({argv!r}))"
    status, err = _run_in_pty(code)
    assert status == 0, err
    text = err.decode("utf-8", "replace")
    assert "300 documents, 0 failed" in text  # the summary
    if mode == "off":
        assert "\r" not in text.replace("\r\n", "\n")
    else:
        assert "docs/s" in text and "MB/s" in text
        assert text.count("\r") > 2


@pytest.mark.parametrize("suffix", ["parquet", "jsonl", "csv"])
def test_metadata_columns_that_appear_or_change_type_later(tmp_path, suffix):
    src = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "One.", "year": 2020},
        {"id": "b", "text": "Two.", "year": 2021.5, "tags": ["x", "y"]},
        {"id": "c", "text": "Three.", "year": "unknown", "extra": None},
        {"id": "d", "text": "Four.", "extra": {"k": 1}},
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / f"docs.{suffix}"
    r = run("extract", src, "-o", out, "--table", "documents", "--batch-size", "1")
    assert r.returncode == 0, r.stderr
    rows = read_any(out)
    assert [row["doc_id"] for row in rows] == ["a", "b", "c", "d"]
    years = [row.get("year") for row in rows]
    if suffix == "parquet":
        assert years == ["2020", "2021.5", "unknown", None]  # int -> float64 -> string
        assert rows[1]["tags"] == '["x", "y"]' and rows[3]["extra"] == '{"k": 1}'
        assert rows[0]["tags"] is None
    elif suffix == "csv":
        assert years == ["2020", "2021.5", "unknown", ""]
        assert rows[3]["extra"] == '{"k": 1}'
    else:
        assert years == [2020, 2021.5, "unknown", None]
