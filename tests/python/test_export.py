"""Exports a journalist opens: Excel workbooks, CSV for Excel (BOM), claims joined with metadata."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

pa = pytest.importorskip("pyarrow")

from claimsift import cli  # noqa: E402

RECORDS = [
    {
        "id": "ft-1",
        "text": "The fine was £10 million, up from £4 million.",
        "outlet": "FT",
        "date": "2025-03-01",
    },
    {
        "id": "lm-2",
        "text": "Près de 1 200 personnes… Over 1,200 people were evacuated.",
        "outlet": "Le Monde",
    },
]


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "claimsift", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return p


def test_extract_xlsx_reads_back(tmp_path, corpus):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "claims.xlsx"
    r = run("extract", corpus, "-o", out, "--no-progress")
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["claims"]
    rows = list(wb["claims"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    rec = [dict(zip(header, row)) for row in body]
    assert {"doc_id", "start_char", "end_char", "value", "unit", "bound", "outlet", "date"} <= set(header)
    fine = next(x for x in rec if x["value"] == 10_000_000)
    assert (fine["doc_id"], fine["unit"], fine["outlet"], fine["date"]) == ("ft-1", "GBP", "FT", "2025-03-01")
    assert fine["text"] == "£10 million"
    assert isinstance(fine["entity_ids"], (str, type(None)))  # lists are "a; b" text in Excel
    assert not list(tmp_path.glob(".*partial"))


def test_extract_all_tables_xlsx(tmp_path, corpus):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out.xlsx"
    r = run("extract", corpus, "-o", out, "--all", "--no-progress")
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(tmp_path / "out.sentences.xlsx", read_only=True)
    assert wb.sheetnames == ["sentences"]
    docs = list(openpyxl.load_workbook(tmp_path / "out.documents.xlsx", read_only=True)["documents"].values)
    assert docs[0][:2] == ("doc_index", "doc_id") and len(docs) == 3


def test_csv_bom_for_excel(tmp_path, corpus):
    out = tmp_path / "claims.csv"
    r = run("extract", corpus, "-o", out, "--csv-bom", "--no-progress")
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8: £ survives
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "£10 million" in {r["text"] for r in rows}
    assert rows[0]["outlet"] in ("FT", "Le Monde")
    assert all(not r["notes"].startswith("[") for r in rows)  # lists as "a; b", not JSON
    plain = tmp_path / "plain.csv"
    assert run("extract", corpus, "-o", plain, "--no-progress").returncode == 0
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(plain, encoding="utf-8", newline="") as f:
        assert next(csv.DictReader(f))["notes"].startswith("[")  # default CSV keeps JSON lists


def test_claims_joined_with_document_metadata(tmp_path, corpus):
    out = tmp_path / "claims.jsonl"
    # lm-2 opens in French: the CLI's default --lang auto reads it as French (no claim rules yet).
    assert run("extract", corpus, "-o", out, "--no-progress", "--lang", "en").returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(r["doc_id"], r["outlet"]) for r in rows} == {("ft-1", "FT"), ("lm-2", "Le Monde")}
    out2 = tmp_path / "bare.jsonl"
    assert run("extract", corpus, "-o", out2, "--no-progress", "--no-doc-meta").returncode == 0
    assert "outlet" not in json.loads(out2.read_text(encoding="utf-8").splitlines()[0])


def test_write_table_shared_writer(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    records = [{"doc_id": "a", "start": 0, "end": 5, "value": 1.5, "ids": ["x", "y"]}]
    cli.write_table(records, str(tmp_path / "r.xlsx"), sheet="comparison")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["comparison"]
    assert [c.value for c in ws[1]] == ["doc_id", "start", "end", "value", "ids"]
    assert [c.value for c in ws[2]] == ["a", 0, 5, 1.5, "x; y"]
    cli.write_table(pa.table({"t": ["£"]}), str(tmp_path / "r.csv"), csv_bom=True)
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(cli.CliError, match="suffix"):
        cli.write_table(records, str(tmp_path / "r.docx"))


def test_xlsx_without_openpyxl_is_a_clear_error(tmp_path, corpus, monkeypatch):
    code = (
        "import sys; sys.modules['openpyxl'] = None\n"
        "from claimsift import cli\n"
        f"sys.exit(cli.main(['extract', {str(corpus)!r}, '-o', {str(tmp_path / 'x.xlsx')!r}, '--no-progress']))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "openpyxl" in r.stderr and "claimsift[excel]" in r.stderr
    assert not (tmp_path / "x.xlsx").exists()
