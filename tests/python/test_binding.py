"""The binding: argument conversion, offset units, exception classes, reprs, batches."""

from __future__ import annotations

import claimsift
import pytest


def test_tokenize_fields_and_code_point_offsets():
    text = "Microsoft’s GPT-4 deal: $10m, up 60%."
    toks = claimsift.tokenize(text)
    assert [t.text for t in toks] == [
        "Microsoft", "’s", "GPT-4", "deal", ":", "$", "10", "m", ",", "up", "60", "%", ".",
    ]  # fmt: skip
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert toks[1].start == 9 and toks[1].end == 11  # code points, not bytes (’ is 3 bytes)
    assert toks[1].kind == "clitic"
    assert toks[2].kind == "alnum"
    assert toks[5].kind == "currency"
    assert toks[1].norm == "'s"
    assert toks[0].lower == "microsoft"
    assert toks[0].stem == "microsoft"


def test_stems_by_language():
    assert [t.stem for t in claimsift.tokenize("Palestinians running")] == ["palestinian", "run"]
    assert claimsift.tokenize("Häuser", lang="de")[0].stem == "haus"
    assert claimsift.tokenize("Häuser", lang="german")[0].lang == "de"
    assert "fr" in claimsift.languages() and len(claimsift.languages()) == 18
    with pytest.raises(claimsift.ConfigError, match="unknown language"):
        claimsift.tokenize("x", lang="klingon")


def test_normalised_form_folds_unicode():
    t = claimsift.tokenize("STRASSE Straße ＡＢＣ")
    assert t[0].norm == t[1].norm == "strasse"
    assert t[2].norm == "abc"


def test_sentences_and_paragraphs():
    text = "Dr. Smith works in the U.S. He earns $2.5m.\n\nRead more\nIt was “fine.” Right?"
    sents = claimsift.split_sentences(text)
    assert [s.text for s in sents] == [
        "Dr. Smith works in the U.S.",
        "He earns $2.5m.",
        "Read more",
        "It was “fine.”",
        "Right?",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1, 1]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_empty_text():
    assert claimsift.tokenize("") == []
    assert claimsift.split_sentences("") == []
    assert claimsift.extract_claims("") == []
    doc = claimsift.Pipeline()("")
    assert doc.tokens == [] and doc.sents == [] and doc.claims == []


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["list"], 3.5])
def test_non_str_raises_type_error_naming_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        claimsift.tokenize(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        claimsift.split_sentences(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        claimsift.extract_claims(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        claimsift.Pipeline()(bad)


def test_lone_surrogate_raises_value_error_with_position():
    with pytest.raises(ValueError, match="position 3"):
        claimsift.tokenize("abc\ud800def")
    with pytest.raises(ValueError, match="position 0"):
        claimsift.Pipeline()("\udfff")


def test_exception_hierarchy():
    for cls in (
        claimsift.GazetteerError,
        claimsift.ConfigError,
        claimsift.SerializationError,
        claimsift.InternalError,
        claimsift.DocumentError,
    ):
        assert issubclass(cls, claimsift.ClaimsiftError)
        assert issubclass(cls, Exception)
        assert cls.__module__ == "claimsift"


def test_batch_matches_single_and_keeps_order(seed_texts):
    texts = seed_texts * 3 + ["", "x", "İstanbul’s 1\u00a0700 €"]
    single = [[(t.start, t.end, t.kind) for t in claimsift.tokenize(x)] for x in texts]
    for n in (1, 2, 4):
        batch = claimsift.tokenize_batch(texts, n_threads=n)
        assert [[(t.start, t.end, t.kind) for t in toks] for toks in batch] == single
    sents = claimsift.split_sentences_batch(iter(texts), n_threads=2)
    assert [[s.text for s in ss] for ss in sents] == [
        [s.text for s in claimsift.split_sentences(x)] for x in texts
    ]
    claims = claimsift.extract_claims_batch(texts, n_threads=2)
    assert [[c.to_dict() for c in cs] for cs in claims] == [
        [c.to_dict() for c in claimsift.extract_claims(x)] for x in texts
    ]


def test_batch_errors_policy():
    texts = ["a", 3, "b"]
    with pytest.raises(TypeError, match=r"document 1"):
        claimsift.tokenize_batch(texts)
    skipped = claimsift.tokenize_batch(texts, errors="skip")
    assert skipped[1] is None and [t.text for t in skipped[2]] == ["b"]
    collected = claimsift.tokenize_batch(texts, errors="collect")
    assert isinstance(collected[1], TypeError)
    with pytest.raises(ValueError, match="errors must be"):
        claimsift.tokenize_batch(texts, errors="ignore")
    with pytest.raises(TypeError, match="not a single str"):
        claimsift.tokenize_batch("abc")
    with pytest.raises(claimsift.ConfigError):
        claimsift.tokenize_batch(["a", "b"], n_threads=0)


def test_thread_env_var(monkeypatch):
    monkeypatch.setenv("CLAIMSIFT_NUM_THREADS", "3")
    assert claimsift.default_threads() == 3
    monkeypatch.setenv("CLAIMSIFT_NUM_THREADS", "zero")
    with pytest.raises(claimsift.ConfigError, match="CLAIMSIFT_NUM_THREADS"):
        claimsift.tokenize_batch(["a", "b"])


def test_reprs_are_short():
    doc = claimsift.Pipeline()("word " * 1000)
    assert len(repr(doc)) < 200
    assert repr(claimsift.tokenize("hello")[0]) == 'Token("hello", 0:5, word)'


def test_doc_container(seed_texts):
    nlp = claimsift.Pipeline()
    doc = nlp(seed_texts[0])
    assert doc.text == seed_texts[0]
    assert len(doc) == len(doc.tokens) > 100
    for s in doc.sents:
        assert doc.text[s.start : s.end] == s.text
        toks = doc.tokens[s.token_start : s.token_end]
        assert toks[0].start == s.start and toks[-1].end == s.end
    d = doc.to_dict()
    assert set(d) >= {"text", "sentences", "mentions", "numbers", "claims"}
    assert doc[0].text == doc.tokens[0].text and doc[-1].end == doc.tokens[-1].end
    assert [t.text for t in doc] == [t.text for t in doc.tokens]
    with pytest.raises(IndexError):
        doc[len(doc)]


def test_pipe_streams_in_order_with_context():
    nlp = claimsift.Pipeline()

    def gen():
        for i in range(25):
            yield (f"Text number {i}.", {"id": i})

    out = list(nlp.pipe(gen(), batch_size=4, as_tuples=True))
    assert [ctx["id"] for _, ctx in out] == list(range(25))
    assert [d.text for d, _ in out] == [f"Text number {i}." for i in range(25)]
    with pytest.raises(ValueError):
        list(nlp.pipe(["a"], batch_size=0))


def test_process_arrow_tables_and_error_rows(seed_texts):
    pa = pytest.importorskip("pyarrow")
    nlp = claimsift.Pipeline()
    data = [{"id": f"s{i}", "text": t, "outlet": f"o{i}"} for i, t in enumerate(seed_texts)]
    data.append({"id": "bad", "text": None, "outlet": "x"})
    tables = nlp.process(data, tokens=True)
    arrow = tables.to_arrow()
    docs = arrow["documents"]
    assert docs.num_rows == len(data)  # counts in = rows out
    assert docs.column("doc_id").to_pylist() == [d["id"] for d in data]
    assert docs.column("outlet").to_pylist() == [d["outlet"] for d in data]
    errors = docs.column("error").to_pylist()
    assert errors[:-1] == [None] * len(seed_texts) and "NoneType" in errors[-1]
    sents = arrow["sentences"]
    for row in sents.to_pylist():
        text = seed_texts[row["doc_index"]]
        assert text[row["start_char"] : row["end_char"]] == row["text"]
    toks = arrow["tokens"]
    for row in toks.slice(0, 2000).to_pylist():
        assert seed_texts[row["doc_index"]][row["start_char"] : row["end_char"]] == row["text"]
    # The capsule interface directly
    assert pa.table(tables.sentences).num_rows == sents.num_rows
    assert tables.errors.num_rows == 1


def test_process_accepts_columns(seed_texts):
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    nlp = claimsift.Pipeline()
    base = nlp.process(seed_texts).to_arrow()["sentences"]
    for data in (
        pa.array(seed_texts),
        pl.Series(seed_texts),
        pd.Series(seed_texts),
        pa.table({"text": seed_texts, "id": list("abcde")}),
        pl.DataFrame({"text": seed_texts, "id": list("abcde")}),
        pd.DataFrame({"text": seed_texts, "id": list("abcde")}),
    ):
        got = nlp.process(data).to_arrow()["sentences"]
        assert got.column("text").to_pylist() == base.column("text").to_pylist()
    frames = nlp.process(pl.DataFrame({"text": seed_texts, "id": list("abcde")})).to_polars()
    assert frames["documents"]["doc_id"].to_list() == list("abcde")
    assert nlp.process(seed_texts).to_pandas()["sentences"].shape[0] == base.num_rows


@pytest.mark.timeout(120)
def test_large_inputs_finish():
    """A million newlines and a ~20 MB text go through (linear time; no timing asserted)."""
    assert claimsift.tokenize("\n" * 1_000_000) == []
    assert claimsift.split_sentences("\n" * 1_000_000) == []
    big = ("Over 1,700 people died in 2023, officials said. " * 400_000)[:20_000_000]
    toks = claimsift.tokenize_batch([big], n_threads=1)[0]
    assert len(toks) > 3_000_000
    assert toks[-1].end <= len(big)
    doc = claimsift.Pipeline()(big[:2_000_000])
    assert len(doc.claims) > 10_000
