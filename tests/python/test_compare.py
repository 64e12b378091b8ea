"""claimsift.compare: the same measure across documents (grouping runs in Rust).

Every text here is written for these tests (fictional places where a real one is not needed)."""

from __future__ import annotations

import pathlib
import pickle
import subprocess
import sys

import claimsift
import pytest
from claimsift import Comparison, MeasureGroup, Pipeline, compare

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def seed_texts() -> dict:
    return {p.stem[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def group_of(cmp: Comparison, doc_id: str, text: str) -> MeasureGroup:
    hits = [g for g in cmp.groups for e in g.entries if e.doc_id == doc_id and e.text == text]
    assert len(hits) == 1, (doc_id, text, [g.label for g in hits])
    return hits[0]


# --------------------------------------------------------------------------------------------
# seeds


@pytest.fixture(scope="module")
def seed_cmp() -> Comparison:
    return compare(seed_texts())


def test_seed_gaza_tolls_side_by_side_israeli_toll_apart(seed_cmp):
    g = group_of(seed_cmp, "000", "47,000")
    assert g.measure == "killed" and g.unit_class == "count"
    assert group_of(seed_cmp, "002", "at least 61,827") is g
    assert group_of(seed_cmp, "000", "over 1,700") is not g
    # seed 001's figure stands in a teaser for another article ("Editor's Choice"): left out
    assert not [e for g in seed_cmp.groups for e in g.entries if e.text == "At Least 65,502"]
    with_teasers = compare(seed_texts(), off_article=True)
    assert [e for g in with_teasers.groups for e in g.entries if e.text == "At Least 65,502"]
    # undated, the rising tolls conflict
    assert g.status == "disagree" and g.disagree
    assert g.reasons and any("killed" in r for r in g.reasons)


def test_seed_trend_with_dates():
    meta = {
        "000": {"outlet": "RT", "date": "2025-01-17"},
        "001": {"outlet": "Tempo", "date": "2025-09-26"},
        "002": {"outlet": "PressTV", "date": "2025-08-12"},
        "004": {"outlet": "JTA", "date": "2025-09-26"},
    }
    cmp = compare(seed_texts(), meta=meta)
    g = group_of(cmp, "000", "47,000")
    assert g.status == "trend" and not g.disagree
    assert {e.outlet for e in g.entries} == {"RT", "PressTV"}
    assert any("rising" in r for r in g.reasons)


def test_seed_cloud_usage_figures_are_flagged(seed_cmp):
    # "the IDF's cloud usage increased by 60%" against "the Israeli military's reliance on
    # Microsoft's cloud services surged more than 200-fold": one measure, two factors that conflict
    g = group_of(seed_cmp, "000", "60%")
    assert g is group_of(seed_cmp, "002", "more than 200-fold")
    assert g.measure == "usage" and g.unit_class == "relative"
    assert g.status == "disagree" and g.disagree


def test_seed_non_tolls_are_not_tolls(seed_cmp):
    deaths = group_of(seed_cmp, "000", "47,000")
    for doc, text in [
        ("000", "19,000 hours"),
        ("000", "around $10 million"),
        ("002", "155,275"),
        ("002", "at least 10,000"),
    ]:
        assert group_of(seed_cmp, doc, text) is not deaths
    assert group_of(seed_cmp, "002", "155,275").measure == "injured"
    assert group_of(seed_cmp, "002", "at least 10,000").measure == "missing"


# --------------------------------------------------------------------------------------------
# the key: measure, scope, period, role, story


QUAKE = {
    "wire": "An earthquake struck Zarbania on Friday. At least 2,012 people were killed and 2,059 were "
    "injured, the Zarbanian Interior Ministry said. In Velmar province, 1,293 people died.",
    "daily": "The death toll from the Zarbania earthquake rose to 2,122 on Sunday, with 2,421 injured, "
    "the Zarbanian Interior Ministry said. The toll in Velmar province reached 1,351.",
    "tabloid": "Zarbania earthquake: the Zarbanian Interior Ministry now says 2,681 people died and 2,501 were "
    "injured. The 1998 Velmar earthquake killed 4,000 people.",
}
QUAKE_META = {
    "wire": {"outlet": "Wire", "date": "2023-09-09"},
    "daily": {"outlet": "Daily", "date": "2023-09-10"},
    "tabloid": {"outlet": "Tabloid", "date": "2023-09-11"},
}


@pytest.fixture(scope="module")
def quake() -> Comparison:
    return compare(QUAKE, meta=QUAKE_META)


def test_national_and_province_tolls_apart(quake):
    national = group_of(quake, "wire", "At least 2,012")
    assert group_of(quake, "daily", "2,122") is national
    assert group_of(quake, "tabloid", "2,681") is national
    province = group_of(quake, "wire", "1,293")
    assert province is not national and province.scope == "velmar"
    assert group_of(quake, "daily", "1,351") is province
    assert national.status == "trend" and province.status == "trend"


def test_background_figures_stay_out(quake):
    national = group_of(quake, "wire", "At least 2,012")
    old = group_of(quake, "tabloid", "4,000")
    assert old is not national and old.period == "1998"


def test_injured_is_its_own_measure(quake):
    inj = group_of(quake, "wire", "2,059")
    assert inj.measure == "injured"
    assert group_of(quake, "daily", "2,421") is inj
    assert inj is not group_of(quake, "wire", "At least 2,012")


def test_unrelated_stories_never_share_groups():
    docs = {
        "a": "An earthquake in Zarbania killed 1,200 people on Friday, the Zarbanian Interior Ministry said.",
        "b": "An earthquake in Brazuland killed 1,200 people on Monday, the Brazulian civil defence agency said.",
    }
    cmp = compare(docs, meta={"a": {"date": "2015-04-26"}, "b": {"date": "2021-08-15"}})
    assert not cmp.shared().groups
    assert len(cmp.stories) == 2
    # a user-given story wins over everything else
    cmp = compare(
        {"a": QUAKE["wire"], "b": QUAKE["daily"]}, meta={"a": {"story": "s1"}, "b": {"story": "s2"}}
    )
    assert not cmp.shared().groups
    assert compare({"a": QUAKE["wire"], "b": QUAKE["daily"]}, stories=False).shared().groups


def test_periods_split_periodic_measures():
    docs = {
        "a": "The Canadian unemployment rate rose to 14.7% in April from 4.4% in March, Statistics Canada said.",
        "b": "Canadian unemployment hit 14.7% in April, up from 4.4% in March, Statistics Canada said.",
    }
    cmp = compare(docs, meta={"a": {"date": "2020-05-08"}, "b": {"date": "2020-05-08"}})
    periods = sorted(g.period for g in cmp.shared())
    assert periods == ["2020-03", "2020-04"]
    assert all(g.status == "agree" for g in cmp.shared())


def test_forecasts_are_not_counts():
    docs = {
        "a": "Quorvex reported revenue of $7.87 billion on Tuesday, Quorvex chief Dana Holt said in Austin.",
        "b": "Analysts had expected Quorvex revenue of $7.93 billion, Quorvex chief Dana Holt said in Austin.",
    }
    cmp = compare(docs)
    a = group_of(cmp, "a", "$7.87 billion")
    b = group_of(cmp, "b", "$7.93 billion")
    assert a is not b and b.role == "forecast"


def test_bounds_conflict_rules():
    def status(x: str, y: str) -> str:
        docs = {
            "a": f"The Zarbania earthquake near Velmar killed {x} people, Zarbanian officials said.",
            "b": f"The Zarbania earthquake near Velmar killed {y} people, Zarbanian officials said.",
        }
        (g,) = compare(docs, meta={"a": {"date": "2023-09-09"}, "b": {"date": "2023-09-09"}}).shared()
        return g.status

    assert status("at least 300", "350") == "agree"
    assert status("more than 300", "250") == "disagree"
    assert status("about 300", "320") == "agree"
    assert status("about 300", "340") == "disagree"
    assert status("47,000", "47,200") == "agree"  # rounding of a round figure
    assert status("up to 50", "45") == "agree"


def test_currencies_never_meet():
    docs = {
        "a": "Velmar FC paid a fee of €222 million for the Zarbanian forward, the Velmar club said.",
        "b": "Velmar FC paid a fee of £198 million for the Zarbanian forward, the Velmar club said.",
    }
    cmp = compare(docs)
    assert group_of(cmp, "a", "€222 million") is not group_of(cmp, "b", "£198 million")


def test_fire_is_never_fired():
    docs = {
        "a": "The Camp Fire Relief Fund in Velmar said 85 volunteers fired up the grills in Zarbania.",
        "b": "Firefighters in Velmar said the wildfire in Zarbania fired 85 embers per minute.",
    }
    cmp = compare(docs)
    for g in cmp.groups:
        assert g.measure != "killed"


# --------------------------------------------------------------------------------------------
# inputs, outputs, API


def test_input_forms_agree():
    nlp = claimsift.Pipeline()
    as_texts = compare(QUAKE, meta=QUAKE_META)
    as_docs = compare({k: nlp(v) for k, v in QUAKE.items()}, meta=QUAKE_META)
    as_tuples = compare(nlp.pipe(((t, {"id": k, **QUAKE_META[k]}) for k, t in QUAKE.items()), as_tuples=True))
    sig = [(g.label, g.status, [(e.doc_id, e.text) for e in g.entries]) for g in as_texts.groups]
    assert sig == [(g.label, g.status, [(e.doc_id, e.text) for e in g.entries]) for g in as_docs.groups]
    assert sig == [(g.label, g.status, [(e.doc_id, e.text) for e in g.entries]) for g in as_tuples.groups]
    as_list = compare(list(QUAKE.values()))
    assert as_list.doc_ids == ["0", "1", "2"]


def test_bad_inputs_raise_clearly():
    with pytest.raises(TypeError, match="not one str"):
        compare("a single text")
    with pytest.raises(TypeError, match="not str or claimsift.Doc"):
        compare({"a": 3})
    with pytest.raises(TypeError):
        compare(42)
    with pytest.raises(claimsift.ConfigError, match="ISO date"):
        compare(QUAKE, meta={"wire": {"date": "9 Sept"}})
    with pytest.raises(TypeError, match="mapping"):
        compare(QUAKE, meta={"wire": "2023-09-09"})
    with pytest.raises(ValueError, match="duplicate"):
        compare([(claimsift.Pipeline()("x 5"), {"id": "a"}), (claimsift.Pipeline()("y 6"), {"id": "a"})])
    assert len(compare({})) == 0


def test_records_and_frames(quake):
    recs = quake.to_records()
    assert recs and all(QUAKE[r["doc_id"]][r["start"] : r["end"]] == r["text"] for r in recs)
    for key in ("group", "status", "unit_class", "low", "high", "base_value", "measure", "scope", "period"):
        assert key in recs[0]
    pl = pytest.importorskip("polars")
    df = quake.to_polars()
    assert isinstance(df, pl.DataFrame) and df.height == len(recs)
    assert "killed" in quake.to_text()
    assert "<table" in quake._repr_html_()


def test_comparator_merges_and_pickles():
    nlp = claimsift.Pipeline()
    whole = claimsift._claimsift.Comparator()
    parts = [claimsift._claimsift.Comparator(), claimsift._claimsift.Comparator()]
    for i, (k, t) in enumerate(QUAKE.items()):
        whole.add(nlp(t), k, date=QUAKE_META[k]["date"])
        parts[min(i, 1)].add(nlp(t), k, date=QUAKE_META[k]["date"])
    restored = pickle.loads(pickle.dumps(parts[1]))
    parts[0].merge(restored)
    assert parts[0].n_docs == 3
    a, b = whole.finish(), parts[0].finish()
    assert a["groups"] == b["groups"]
    with pytest.raises(ValueError, match="finished"):
        whole.finish()
    with pytest.raises(claimsift.SerializationError):
        claimsift._claimsift.Comparator().__setstate__(b"not json")


def test_determinism_doc_order():
    a = compare(QUAKE, meta=QUAKE_META)
    b = compare(dict(reversed(list(QUAKE.items()))), meta=QUAKE_META)

    def key(c: Comparison) -> list:
        return sorted((g.label, g.status, sorted((e.doc_id, e.text) for e in g.entries)) for g in c.groups)

    assert key(a) == key(b)


def test_claim_fields():
    (c,) = claimsift.extract_claims("Morocco's death toll rose to 2,122 on Sunday.")
    assert (c.measure, c.scope, c.time_ref, c.role) == ("killed", "morocco", "weekday:6", None)
    d = c.to_dict()
    assert d["measure"] == "killed" and d["scope_text"] == "Morocco"


def test_import_is_light():
    code = "import sys, claimsift; claimsift.compare; print('polars' in sys.modules, 'pandas' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False False"


def test_the_same_fact_in_several_languages_is_one_group():
    texts = {
        "en": "The earthquake in Zarbania killed at least 1,700 people, the Zarbanian Interior Ministry "
        "said. Another 2,345 people were injured.",
        "de": "Bei dem Erdbeben in Zarbanien sind nach Angaben des zarbanischen Innenministeriums "
        "mindestens 1.700 Menschen getötet worden. 2.345 Menschen wurden verletzt.",
        "fr": "Le séisme au Zarbania a fait au moins 1 700 morts et 2 345 blessés, selon le ministère "
        "zarbanien de l'Intérieur.",
        "es": "El terremoto en Zarbania dejó al menos 1.700 muertos y 2.345 heridos, según el "
        "Ministerio del Interior zarbanio.",
    }
    nlp = Pipeline(lang="auto")
    cmp = compare({k: nlp(t) for k, t in texts.items()})
    killed = [g for g in cmp.groups if g.measure == "killed"]
    assert len(killed) == 1 and killed[0].status == "agree"
    assert {e.lang for e in killed[0].entries} == {"en", "de", "fr", "es"}
    assert {e.doc_id for e in killed[0].entries} == set(texts)
    injured = [g for g in cmp.groups if g.measure == "injured"]
    assert len(injured) == 1 and len(injured[0].entries) == 4
    assert all(r["lang"] for r in cmp.to_records())


def test_a_movement_is_compared_as_its_two_figures():
    texts = {
        "a": "Zarbania's government in Velmar raised the statutory pension age from 61 to 63.",
        "b": "Unions in Velmar, Zarbania, marched against a reform to lift the pension age from 61 to 63.",
        "c": "The Velmar reform raises Zarbania's pension age to 63.",
    }
    cmp = claimsift.compare(texts)
    by_part = {}
    for g in cmp.groups:
        for e in g.entries:
            # each part's offsets slice its own words out of the document
            assert texts[e.doc_id][e.start : e.end] == e.text
            by_part.setdefault(e.part, set()).add((g.label, e.value))
    assert {v for _, v in by_part["from"]} == {61.0}
    assert {v for _, v in by_part["to"]} == {63.0}
    start = [g for g in cmp.shared() if g.role == "previous"]
    assert [sorted(e.text for e in g.entries) for g in start] == [["from 61", "from 61"]]
    reached = [g for g in cmp.shared() if any(e.text == "63" for e in g.entries)]
    assert len(reached) == 1 and {e.value for e in reached[0].entries} == {63.0}
    rec = [r for r in cmp.to_records() if r["part"] == "from"]
    assert rec and all(r["text"] == "from 61" for r in rec)
