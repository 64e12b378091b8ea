"""Pronoun and bare-noun attributions resolve to the named source, linked to the gazetteer."""

from __future__ import annotations

from pathlib import Path

import claimsift

ROOT = Path(__file__).resolve().parents[2]


def test_seed_quote_attributed_to_we_resolves_to_brad_smith(seed_texts):
    gaz = claimsift.Gazetteer.from_path(ROOT / "tests" / "data" / "gold" / "entities.json")
    nlp = claimsift.Pipeline(gazetteer=gaz)
    text = next(t for t in seed_texts if "Smith continued" in t)
    doc = nlp(text)
    c = next(c for c in doc.claims if c.text == "more than two decades")
    assert c.attribution == "Smith"
    assert text[c.attribution_start : c.attribution_end] == "Smith"
    assert c.attribution_ids == ["brad_smith"]
    assert any("resolved to" in n and "we" in n for n in c.notes)


def test_previous_sentence_and_bare_noun():
    gaz = claimsift.Gazetteer(
        [
            {"id": "reeves", "name": "Rachel Reeves", "type": "PERSON", "aliases": ["Reeves"]},
            {"id": "moh", "name": "Ministry of Health", "type": "ORG", "aliases": ["Health Ministry"]},
        ]
    )
    nlp = claimsift.Pipeline(gazetteer=gaz)
    text = (
        "Rachel Reeves spoke in Leeds on Tuesday. She said 300,000 jobs were created.\n\n"
        "The Health Ministry updated its count. The ministry said 1,200 people were killed."
    )
    doc = nlp(text)
    jobs = next(c for c in doc.claims if c.value == 300_000)
    assert (jobs.attribution, jobs.attribution_ids) == ("Rachel Reeves", ["reeves"])
    killed = next(c for c in doc.claims if c.value == 1_200)
    assert (killed.attribution, killed.attribution_ids) == ("Health Ministry", ["moh"])
    rows = nlp.process([text]).claims.to_pylist()
    assert {r["attribution"] for r in rows} >= {"Rachel Reeves", "Health Ministry"}
