"""The spaCy component on a blank pipeline from PyPI, displaCy export, and Doc slicing."""

from __future__ import annotations

import claimsift
import pytest
from claimsift.spacy import to_displacy

TEXT = "At least 1,200 people were killed, the ministry said. Sales rose 5% to $3.2bn in 2024."


def test_to_displacy_without_spacy():
    d = to_displacy(claimsift.Pipeline()(TEXT), title="t")
    assert d["title"] == "t" and d["text"] == TEXT
    labels = [e["label"] for e in d["ents"]]
    assert "≥ 1,200" in labels
    for e in d["ents"]:
        assert TEXT[e["start"] : e["end"]]
    assert [e["start"] for e in d["ents"]] == sorted(e["start"] for e in d["ents"])


def test_blank_pipeline_component():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimsift")  # through the spacy_factories entry point
    doc = nlp(TEXT)
    spans = doc._.claims
    assert spans and all(type(s).__name__ == "Span" and s.doc is doc for s in spans)
    first = spans[0]
    assert first.text == "At least 1,200"
    assert first._.claim.bound == ">=" and first._.claim.value == 1200
    assert first.label_ == ">= count"
    assert [s.text for s in doc.spans["claims"]] == [s.text for s in spans]
    # aligned to spaCy's tokens: every span starts and ends on token boundaries
    for s in spans:
        assert doc[s.start].idx == s.start_char and doc[s.end - 1].idx + len(doc[s.end - 1]) == s.end_char
        assert s._.claim.start >= s.start_char and s._.claim.end <= s.end_char
    # the money claim: claimsift's span "$3.2bn" covers spaCy tokens "$", "3.2bn"
    money = next(s for s in spans if s._.claim.unit == "USD")
    assert money.text.startswith("$") and money._.claim.value == 3.2e9
    html = spacy.displacy.render(to_displacy(doc), style="ent", manual=True, jupyter=False)
    assert "≥ 1,200" in html
    span_html = spacy.displacy.render(doc, style="span", options={"spans_key": "claims"}, jupyter=False)
    assert "1,200" in span_html and ">= count" in span_html


def test_expand_alignment_when_tokenisations_differ():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimsift")
    text = "Output grew 200-fold, to 47,000 units."
    doc = nlp(text)
    fold = next(s for s in doc._.claims if s._.claim.unit == "fold")
    assert text[fold.start_char : fold.end_char].startswith("200")
    assert fold.start_char <= fold._.claim.start and fold._.claim.end <= fold.end_char


def test_component_pipe_and_config(tmp_path):
    spacy = pytest.importorskip("spacy")
    import json

    gz = tmp_path / "g.json"
    gz.write_text(json.dumps([{"id": "moh", "name": "Health Ministry", "type": "ORG"}]), encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimsift", config={"gazetteer": str(gz), "spans_key": "numbers"})
    texts = [TEXT, "The Health Ministry said 90 people were hurt.", "No figures."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [len(d._.claims) for d in docs] == [len(nlp(t)._.claims) for t in texts]
    assert docs[1]._.claims[0]._.claim.attribution_ids == ["moh"]
    assert "numbers" in docs[1].spans and not docs[2]._.claims


def test_doc_slicing_and_char_span():
    doc = claimsift.Pipeline()(TEXT)
    toks = doc.tokens
    assert [t.text for t in doc[0:3]] == [t.text for t in toks[0:3]] == ["At", "least", "1,200"]
    assert [t.text for t in doc[-2:]] == [t.text for t in toks[-2:]]
    assert doc[1].text == "least" and doc[-1].text == "."
    with pytest.raises(TypeError, match="integers or slices"):
        doc["a"]  # type: ignore[call-overload]
    with pytest.raises(IndexError):
        doc[10_000]
    c = doc.claims[0]
    assert [t.text for t in doc.char_span(c.start, c.end)] == ["At", "least", "1,200"]
    assert doc.char_span(1, 5) is None  # strict: not on token boundaries
    assert [t.text for t in doc.char_span(1, 5, alignment_mode="expand")] == ["At", "least"]
    assert [t.text for t in doc.char_span(1, 9, alignment_mode="contract")] == ["least"]
    with pytest.raises(ValueError, match="alignment_mode"):
        doc.char_span(0, 1, alignment_mode="nope")  # type: ignore[arg-type]
    s = c.sent
    assert s.text == c.sentence and TEXT[s.start : s.end] == s.text
    assert [t.text for t in doc[s.token_start : s.token_end]][-1] == "."
