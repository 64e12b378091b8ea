"""Every class pickles by value, under every protocol, also into a fresh (spawned) process."""

from __future__ import annotations

import multiprocessing as mp
import pickle

import claimsift
import pytest


def _objects(text):
    nlp = claimsift.Pipeline()
    doc = nlp(text)
    objs = {
        "Token": claimsift.tokenize(text)[0],
        "Sentence": claimsift.split_sentences(text)[0],
        "Doc": doc,
        "Pipeline": nlp,
    }
    if doc.claims:
        objs["Claim"] = doc.claims[0]
    if doc.numbers:
        objs["Number"] = doc.numbers[0]
    return objs


def _state(obj):
    if isinstance(obj, claimsift.Doc):
        return obj.to_dict()
    if isinstance(obj, claimsift.Pipeline):
        return (obj.lang, obj.claims, obj.dollar)
    return (type(obj).__name__, obj.to_dict())


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_round_trip_every_class(seed_texts, protocol):
    for name, obj in _objects(seed_texts[0]).items():
        back = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(back) is type(obj), name
        assert _state(back) == _state(obj), name


def test_pipeline_round_trip_gives_identical_output(seed_texts):
    nlp = claimsift.Pipeline(dollar="CAD")
    back = pickle.loads(pickle.dumps(nlp))
    assert back.dollar == "CAD"
    for t in seed_texts:
        assert back(t).to_dict() == nlp(t).to_dict()


def _process_in_child(payload):
    nlp = pickle.loads(payload)
    from pathlib import Path

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    return [nlp(t).to_dict() for t in texts]


def test_pipeline_in_spawned_process(seed_texts):
    nlp = claimsift.Pipeline()
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        got = pool.apply(_process_in_child, (pickle.dumps(nlp),))
    assert got == [nlp(t).to_dict() for t in seed_texts]


def test_bad_pickle_state_raises_serialization_error():
    with pytest.raises(claimsift.SerializationError):
        claimsift._claimsift._unpickle("Token", "{not json")
    with pytest.raises(claimsift.SerializationError):
        claimsift._claimsift._unpickle("Nope", '{"text": "a", "lang": "English", "item": null}')
    with pytest.raises(claimsift.SerializationError):
        claimsift._claimsift._unpickle(
            "Token",
            '{"text": "a", "lang": "English", "item": {"span": {"start": 0, "end": 9}, "kind": "Word"}}',
        )
    with pytest.raises(claimsift.SerializationError):
        claimsift._claimsift.Pipeline._from_state("{]", None)


def test_exceptions_pickle():
    for cls in (
        claimsift.ClaimsiftError,
        claimsift.ConfigError,
        claimsift.SerializationError,
        claimsift.InternalError,
    ):
        e = pickle.loads(pickle.dumps(cls("boom")))
        assert type(e) is cls and str(e) == "boom"
