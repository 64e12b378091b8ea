"""Gazetteer binding: constructors, offsets, options, persistence, pickling, batches, gold."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import claimsift
import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="module")
def gold_gazetteer():
    return claimsift.Gazetteer.from_path(GOLD / "entities.json")


def test_list_of_dicts_with_metadata():
    g = claimsift.Gazetteer(
        [
            {
                "id": "ms",
                "name": "Microsoft",
                "type": "ORG",
                "aliases": ["Microsoft Corp."],
                "ticker": "MSFT",
            },
            {"id": "us", "name": "United States", "type": "GPE", "aliases": ["US", "U.S."]},
        ]
    )
    text = "Microsoft’s deal with us and the US, and İstanbul’s U.S. office"
    ms = g.find(text)
    assert [(m.text, m.id) for m in ms] == [("Microsoft", "ms"), ("US", "us"), ("U.S.", "us")]
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert ms[0].type == "ORG" and ms[0].alias == "Microsoft"
    assert g.entity("ms")["meta"] == {"ticker": "MSFT"}
    assert "ms" in g and "nope" not in g and len(g) == 2


def test_dict_of_aliases_and_ambiguity():
    g = claimsift.Gazetteer({"amazon_co": ["Amazon"], "amazon_river": ["Amazon", "Amazon River"]})
    (m,) = g.find("the Amazon is long")
    assert m.ambiguous and sorted(m.ids) == ["amazon_co", "amazon_river"]
    assert [x.text for x in g.find("Amazon River")] == ["Amazon River"]


def test_options_stem_case_overlap():
    g = claimsift.Gazetteer({"pal": ["Palestinian"]}, stem=True)
    assert [m.text for m in g.find("Palestinians protested")] == ["Palestinians"]
    g = claimsift.Gazetteer({"x": ["apple"]}, case="sensitive")
    assert g.find("Apple") == [] and len(g.find("apple")) == 1
    g = claimsift.Gazetteer({"ms": ["Microsoft"], "az": ["Microsoft Azure", "Azure"]})
    assert [m.text for m in g.find("Microsoft Azure")] == ["Microsoft Azure"]
    assert [m.text for m in g.find("Microsoft Azure", overlap="all")] == [
        "Microsoft",
        "Microsoft Azure",
        "Azure",
    ]
    with pytest.raises(ValueError, match="overlap"):
        g.find("x", overlap="sideways")


def test_frames():
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    rows = {"id": ["a", "b"], "name": ["Alpha", "Beta"], "aliases": ["Alf|Al", "Bee"], "pop": [1, 2]}
    for frame in (pd.DataFrame(rows), pl.DataFrame(rows)):
        g = claimsift.Gazetteer(frame)
        assert [m.id for m in g.find("Alf met Bee and Alpha")] == ["a", "b", "a"]
        assert g.entity("a")["meta"]["pop"] == 1


def test_bad_input_raises():
    with pytest.raises(claimsift.GazetteerError):
        claimsift.Gazetteer([{"id": "", "name": "x"}])
    with pytest.raises(claimsift.GazetteerError):
        claimsift.Gazetteer([{"id": "a", "name": "x"}, {"id": "a", "name": "y"}])
    with pytest.raises(TypeError):
        claimsift.Gazetteer(["not a dict"])
    with pytest.raises(OSError):
        claimsift.Gazetteer.from_path(ROOT / "does-not-exist.json")
    with pytest.raises(TypeError, match="int"):
        claimsift.Gazetteer({"a": ["x"]}).find(3)


def test_bytes_round_trip_and_corruption(gold_gazetteer, seed_texts, tmp_path):
    data = gold_gazetteer.to_bytes()
    back = claimsift.Gazetteer.from_bytes(data)
    for t in seed_texts:
        assert [m.to_dict() for m in back.find(t)] == [m.to_dict() for m in gold_gazetteer.find(t)]
    for bad in (b"", b"garbage" * 10, data[: len(data) // 2], data[:-1] + bytes([data[-1] ^ 0xFF])):
        with pytest.raises(claimsift.SerializationError):
            claimsift.Gazetteer.from_bytes(bad)
    with pytest.raises(claimsift.SerializationError):
        claimsift.Gazetteer.from_bytes("not bytes")
    path = tmp_path / "g.bin"
    gold_gazetteer.save(path)
    assert len(claimsift.Gazetteer.load(path)) == len(gold_gazetteer)


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_by_value(gold_gazetteer, seed_texts, protocol):
    back = pickle.loads(pickle.dumps(gold_gazetteer, protocol=protocol))
    assert [m.to_dict() for m in back.find(seed_texts[1])] == [
        m.to_dict() for m in gold_gazetteer.find(seed_texts[1])
    ]
    nlp = claimsift.Pipeline(gazetteer=gold_gazetteer)
    nlp2 = pickle.loads(pickle.dumps(nlp, protocol=protocol))
    assert nlp2(seed_texts[0]).to_dict() == nlp(seed_texts[0]).to_dict()
    m = gold_gazetteer.find(seed_texts[0])[0]
    assert pickle.loads(pickle.dumps(m, protocol=protocol)).to_dict() == m.to_dict()


def test_find_batch(gold_gazetteer, seed_texts):
    single = [[m.to_dict() for m in gold_gazetteer.find(t)] for t in seed_texts]
    batch = gold_gazetteer.find_batch(seed_texts, n_threads=2)
    assert [[m.to_dict() for m in ms] for ms in batch] == single
    res = gold_gazetteer.find_batch(["Gaza", None], errors="collect")
    assert isinstance(res[1], TypeError)


def test_gold_mentions_through_python(gold_gazetteer):
    """Mention F1 on the gold with code-point offsets, end to end through the binding."""
    gold = json.loads((GOLD / "mentions.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for name, items in gold.items():
        text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        want = {(g["start"], g["end"], g["id"]) for g in items}
        got = set()
        for m in gold_gazetteer.find(text):
            assert text[m.start : m.end] == m.text
            for i in m.ids:
                got.add((m.start, m.end, i))
        # an ambiguous alias may carry more ids than the gold's single resolved id
        spans_want = {(s, e) for s, e, _ in want}
        tp += len(want & got)
        fn += len(want - got)
        fp += len({(s, e) for s, e, _ in got} - spans_want)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.97, (tp, fp, fn)


def test_pipeline_links_entities_to_claims(gold_gazetteer, seed_texts):
    nlp = claimsift.Pipeline(gazetteer=gold_gazetteer)
    doc = nlp(seed_texts[0])
    assert doc.mentions and all(doc.text[m.start : m.end] == m.text for m in doc.mentions)
    tables = nlp.process(seed_texts).to_arrow()
    mentions = tables["mentions"].to_pylist()
    assert mentions and all(
        seed_texts[r["doc_index"]][r["start_char"] : r["end_char"]] == r["text"] for r in mentions
    )
    assert {"entity_id", "entity_ids", "entity_type", "alias", "ambiguous"} <= set(
        tables["mentions"].column_names
    )
