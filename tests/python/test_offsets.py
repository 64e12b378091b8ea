"""Property: for every output type, text[start:end] == surface, over nasty Unicode."""

from __future__ import annotations

import claimsift
from hypothesis import given, strategies as st

PIECES = st.sampled_from(
    ["İ", "ß", "👩\u200d👩\u200d👧", "e\u0301", "\u00a0", "\r\n", "\n\n", "’s", "n't", "U.S.", "1,700", "$10m",
     "+972", "GPT-4", "http://x.org/a", "a@b.co", "...", "“", "”", "中文", "\u200b", " ", ".", "-", "over 5%"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join)


def _no_surrogates(s: str) -> bool:
    return not any(0xD800 <= ord(c) <= 0xDFFF for c in s)


@given(TEXT)
def test_spans_slice_back(text):
    if not _no_surrogates(text):
        return
    toks = claimsift.tokenize(text)
    last = 0
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.start >= last and t.end > t.start
        last = t.end
    sents = claimsift.split_sentences(text)
    last = 0
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert s.start >= last
        last = s.end
    doc = claimsift.Pipeline()(text)
    for c in doc.claims:
        assert text[c.start : c.end] == c.text
        assert text[c.num_start : c.num_end] == c.num_text
        assert text[c.sentence_start : c.sentence_end] == c.sentence
        for name in ("counted", "attribution", "time", "qualifier", "per", "counted_modifier"):
            s, e = getattr(c, name + "_start"), getattr(c, name + "_end")
            if s is not None:
                assert text[s:e] == getattr(c, name)
    for n in doc.numbers:
        assert text[n.start : n.end] == n.text


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_unexpectedly(text):
    if not _no_surrogates(text):
        try:
            claimsift.tokenize(text)
        except ValueError as e:
            assert "surrogate" in str(e)
        return
    claimsift.tokenize(text)
    claimsift.split_sentences(text)
    claimsift.extract_claims(text)
