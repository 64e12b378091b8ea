"""Page structure in the binding: ``doc.blocks``, ``doc.date``, ``doc.outlet``, ``Claim.block``,
``Pipeline(boilerplate=...)`` and the Arrow columns. Behaviour is tested in Rust (tests/page.rs);
here: conversion, offsets in code points, errors, pickling, metadata precedence."""

from __future__ import annotations

import datetime
import pickle

import claimsift
import pytest

PAGE = (
    "Sections\n\n"
    "Rents Jump 12% in Leeds\n\n"
    "By Ann Lee, The Leeds Courier\n"
    "Published 7 May 2024\n\n"
    "LEEDS (Reuters) – Rents rose 12% in the year to April, the council’s “housing” report said.\n\n"
    "Advertisement\n\n"
    "Related: Prices Rise 4% in Café Sector\n"
)


def _claims(nlp):
    return [(c.text, c.block) for c in nlp(PAGE).claims]


def test_blocks_are_spans_in_code_points():
    doc = claimsift.Pipeline()(PAGE)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [
        ("boilerplate", "Sections"),
        ("headline", "Rents Jump 12% in Leeds"),
        ("byline", "By Ann Lee, The Leeds Courier"),
        ("dateline", "Published 7 May 2024"),
        ("dateline", "LEEDS (Reuters) –"),
        ("body", "Rents rose 12% in the year to April, the council’s “housing” report said."),
        ("boilerplate", "Advertisement"),
        ("teaser", "Related: Prices Rise 4% in Café Sector"),
    ]
    for b in doc.blocks:
        assert PAGE[b.start : b.end] == b.text == str(b)
        assert b.to_dict() == {
            "start": b.start,
            "end": b.end,
            "text": b.text,
            "kind": b.kind,
            "paragraph": b.paragraph,
        }
    assert [b.off_article for b in doc.blocks] == [True, False, False, False, False, False, True, True]
    assert "teaser" in repr(doc.blocks[-1])


def test_date_and_outlet():
    doc = claimsift.Pipeline()(PAGE)
    assert doc.date == "2024-05-07"
    assert doc.outlet == "Reuters"
    d = doc.to_dict()
    assert d["date"] == "2024-05-07" and d["outlet"] == "Reuters"
    assert [b["kind"] for b in d["blocks"]][:2] == ["boilerplate", "headline"]
    plain = claimsift.Pipeline()("Prices rose 5% on Monday.")
    assert plain.date is None and plain.outlet is None


def test_claims_carry_their_block_in_every_mode():
    assert _claims(claimsift.Pipeline()) == [("12%", "headline"), ("12%", "body"), ("4%", "teaser")]
    assert _claims(claimsift.Pipeline(boilerplate="mark")) == _claims(claimsift.Pipeline())
    assert _claims(claimsift.Pipeline(boilerplate="drop")) == [("12%", "headline"), ("12%", "body")]
    assert _claims(claimsift.Pipeline(boilerplate="keep")) == [("12%", None), ("12%", None), ("4%", None)]
    claim = claimsift.Pipeline()(PAGE).claims[-1]
    assert claim.to_dict()["block"] == "teaser"
    assert [c.block for c in claimsift.extract_claims(PAGE)] == ["headline", "body", "teaser"]


@pytest.mark.parametrize("bad", ["tidy", "DROP", ""])
def test_bad_boilerplate_raises_config_error(bad):
    with pytest.raises(claimsift.ConfigError, match="boilerplate"):
        claimsift.Pipeline(boilerplate=bad)
    with pytest.raises(claimsift.ConfigError):
        claimsift._claimsift.Pipeline(boilerplate=bad)
    with pytest.raises(TypeError):
        claimsift.Pipeline(boilerplate=3)  # type: ignore[arg-type]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pickles(protocol):
    for nlp in (claimsift.Pipeline(boilerplate="drop"), claimsift._claimsift.Pipeline(boilerplate="drop")):
        back = pickle.loads(pickle.dumps(nlp, protocol=protocol))
        assert back.boilerplate == "drop"
        assert back(PAGE).to_dict() == nlp(PAGE).to_dict()
    doc = claimsift.Pipeline()(PAGE)
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert (back.date, back.outlet) == (doc.date, doc.outlet)
    assert [b.to_dict() for b in back.blocks] == [b.to_dict() for b in doc.blocks]
    for b in doc.blocks:
        bb = pickle.loads(pickle.dumps(b, protocol=protocol))
        assert type(bb) is claimsift.Block and bb.to_dict() == b.to_dict()
    c = pickle.loads(pickle.dumps(doc.claims[-1], protocol=protocol))
    assert c.block == "teaser"


def test_arrow_tables_carry_date_outlet_and_block():
    pytest.importorskip("pyarrow")
    nlp = claimsift.Pipeline()
    tables = nlp.process([PAGE, "Prices rose 5% on Monday."]).to_arrow()
    docs = tables["documents"]
    assert docs["date"].to_pylist() == ["2024-05-07", None]
    assert docs["outlet"].to_pylist() == ["Reuters", None]
    assert tables["claims"]["block"].to_pylist() == ["headline", "body", "teaser", "body"]
    dropped = claimsift.Pipeline(boilerplate="drop").process([PAGE]).to_arrow()["claims"]
    assert dropped["block"].to_pylist() == ["headline", "body"]


def test_user_metadata_wins_over_the_page():
    pytest.importorskip("pyarrow")
    nlp = claimsift.Pipeline()
    rows = [
        {"id": "a", "text": PAGE, "date": "2020-01-02", "outlet": "Courier"},
        {"id": "b", "text": PAGE, "date": None, "outlet": None},
        {"id": "c", "text": PAGE, "date": datetime.date(2021, 3, 4), "outlet": "Post"},
    ]
    docs = nlp.process(rows).to_arrow()["documents"]
    assert docs["date"].to_pylist() == ["2020-01-02", "2024-05-07", "2021-03-04"]
    assert docs["outlet"].to_pylist() == ["Courier", "Reuters", "Post"]
    assert docs.column_names.count("date") == 1
