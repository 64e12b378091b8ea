"""The Arrow tables: docs/schema.md is their one description, and every consumer takes them directly."""

from __future__ import annotations

import re
from pathlib import Path

import claimsift
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DOC = ROOT / "docs" / "schema.md"
TABLES = ("documents", "sentences", "tokens", "mentions", "numbers", "claims")

ENTITIES = [
    {"id": "brad_smith", "name": "Brad Smith", "type": "PERSON", "aliases": ["Smith"]},
    {"id": "ministry", "name": "Ministry of Health", "type": "ORG", "aliases": ["Health Ministry"]},
]
RECORDS = [
    {
        "id": "wire-1",
        "text": "The Health Ministry said at least 1,200 people were killed. Prices rose 5% in 2024.",
        "outlet": "Wire",
    },
    {
        "id": "blog-7",
        "text": "Smith said the firm earned $2 million, up from $1.5 million.",
        "outlet": "Blog",
    },
]


def documented() -> dict[str, list[tuple[str, str, bool]]]:
    """Table name -> [(column, type, nullable)] from the markdown tables of docs/schema.md."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    current = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\w+)\s*$", line)
        if m:
            current = m.group(1) if m.group(1) in TABLES else None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if current and len(cells) == 4 and cells[0].startswith("`"):
            out.setdefault(current, []).append((cells[0].strip("`"), cells[1], cells[2] == "yes"))
    return out


def type_name(t) -> str:
    import pyarrow as pa

    if pa.types.is_list(t):
        return f"list<{type_name(t.value_type)}>"
    return {"int64": "int64", "double": "double", "string": "string", "bool": "bool"}[str(t)]


@pytest.fixture(scope="module")
def tables():
    gaz = claimsift.Gazetteer(ENTITIES)
    return claimsift.Pipeline(gazetteer=gaz).process(RECORDS, tokens=True)


def test_schema_doc_matches_every_table(tables):
    pa = pytest.importorskip("pyarrow")
    doc = documented()
    assert set(doc) == set(TABLES)
    for name in TABLES:
        schema = pa.table(getattr(tables, name)).schema
        got = [(f.name, type_name(f.type), f.nullable) for f in schema]
        assert got == doc[name], name
        assert schema.metadata[b"claimsift.offset_unit"] == b"char"
        assert schema.metadata[b"claimsift.schema_version"] == b"2"


def test_design_rules(tables):
    pa = pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    reserved = {
        r[0]
        for r in duckdb.sql(
            "select keyword_name from duckdb_keywords() where keyword_category = 'reserved'"
        ).fetchall()
    }
    for name in TABLES:
        schema = pa.table(getattr(tables, name)).schema
        assert schema.names[:2] == ["doc_index", "doc_id"], name
        assert not [c for c in schema.names if c.lower() in reserved], name
        assert not [f.name for f in schema if pa.types.is_unsigned_integer(f.type)], name
        if name != "documents":
            assert "sentence_index" in schema.names, name


def test_doc_id_names_and_indexes_through_the_capsule(tables):
    pa = pytest.importorskip("pyarrow")
    claims = pa.table(tables.claims).to_pylist()  # no to_arrow(): doc_id comes through the stream
    sents = pa.table(tables.sentences).to_pylist()
    texts = [r["text"] for r in RECORDS]
    assert {c["doc_id"] for c in claims} == {"wire-1", "blog-7"}
    for c in claims:
        text = texts[c["doc_index"]]
        assert text[c["start_char"] : c["end_char"]] == c["text"]
        assert text[c["num_start_char"] : c["num_end_char"]] == c["num_text"]
        s = next(
            s
            for s in sents
            if s["doc_index"] == c["doc_index"] and s["sentence_index"] == c["sentence_index"]
        )
        assert s["text"] == c["sentence"] == text[c["sentence_start_char"] : c["sentence_end_char"]]
        assert len(c["entity_ids"]) == len(c["entity_names"])
        assert len(c["attribution_ids"]) == len(c["attribution_names"])
    killed = next(c for c in claims if c["value"] == 1200)
    assert killed["entity_ids"] == ["ministry"] and killed["entity_names"] == ["Ministry of Health"]
    mentions = pa.table(tables.mentions).to_pylist()
    smith = next(m for m in mentions if m["text"] == "Smith")
    assert (smith["entity_id"], smith["entity_name"], smith["doc_id"]) == (
        "brad_smith",
        "Brad Smith",
        "blog-7",
    )
    assert smith["entity_names"] == ["Brad Smith"] and smith["sentence_index"] == 0
    toks = pa.table(tables.tokens).to_pylist()
    assert [t["token_index"] for t in toks if t["doc_index"] == 0][:3] == [0, 1, 2]
    assert {t["sentence_index"] for t in toks if t["doc_index"] == 0} == {0, 1}


def test_offsets_are_signed(tables):
    pl = pytest.importorskip("polars")
    df = pl.DataFrame(tables.claims)
    shifted = (df["start_char"] - 100).to_list()
    assert min(shifted) < 0  # a uint64 column would have wrapped to ~1.8e19


def test_every_consumer_takes_every_table_directly(tables):
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    for name in TABLES:
        t = getattr(tables, name)
        n = t.num_rows
        assert n > 0, name
        assert pa.table(t).num_rows == n
        assert pl.DataFrame(t).shape == (n, len(t.column_names))
        s = pl.from_arrow(t)  # polars reads a foreign stream as a struct Series
        frame = s.struct.unnest() if isinstance(s, pl.Series) else s
        assert frame.columns == t.column_names
        df = pd.DataFrame(t)
        assert list(df.columns) == t.column_names and len(df) == n
        assert df["doc_index"].dtype.kind == "i"
        assert len(duckdb.sql("select doc_id, doc_index from t").fetchall()) == n
    claims = tables.claims  # noqa: F841 - DuckDB finds the Python variable by name
    rows = duckdb.sql(
        "select doc_id, value, unit from claims where unit = 'USD' and value >= 2e6 order by value"
    ).fetchall()
    assert rows == [("blog-7", 2_000_000.0, "USD")]
    meta = tables.to_pandas()["documents"]
    assert list(meta["outlet"]) == ["Wire", "Blog"]


def test_arrow_table_rows_without_dependencies(tables):
    rows = tables.claims.to_pylist()
    assert rows == list(tables.claims)
    assert isinstance(rows[0]["notes"], list) and isinstance(rows[0]["entity_ids"], list)
    assert tables["claims"] is not None and tables.claims.metadata["claimsift.offset_unit"] == "char"
    with pytest.raises(KeyError):
        tables["nope"]
