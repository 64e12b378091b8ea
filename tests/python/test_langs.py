"""Languages from Python (issue 12): claim rules only where they exist, lang="auto", Doc.lang and
Doc.notes, the documents table's lang/notes columns. Behaviour is tested in Rust (tests/langs.rs).
"""

import pickle

import claimsift
import pytest

GERMAN = (
    "Bei dem Erdbeben in der Region sind nach Angaben der Behörden mindestens 1.700 Menschen ums "
    "Leben gekommen. Die Regierung schätzt den Schaden auf rund 3 Milliarden Euro."
)
FRENCH = (
    "Au moins 1 700 personnes ont été tuées lors du séisme qui a frappé la région lundi, selon les "
    "autorités. Le gouvernement estime les dégâts à environ 3 milliards d'euros."
)
RUSSIAN = (
    "По данным властей, в результате землетрясения в регионе погибли не менее 1700 человек. "
    "Правительство оценивает ущерб примерно в 3 миллиарда евро."
)
TURKISH = (
    "Yetkililere göre bölgeyi vuran depremde en az 1.700 kişi hayatını kaybetti. Hükümet hasarın "
    "yaklaşık 3 milyar euro olduğunu tahmin ediyor."
)
ENGLISH = (
    "At least 1,700 people were killed when the earthquake struck the region on Monday, officials "
    "said. The government estimates the damage at 3 billion dollars."
)


def test_claim_languages():
    langs = claimsift.claim_languages()
    assert langs[0] == "en" and "de" in langs
    assert set(langs) <= set(claimsift.languages())
    assert "ru" not in langs


def test_german_reads_its_own_number_format():
    claims = claimsift.extract_claims(GERMAN, lang="de")
    assert [(c.value, c.unit, c.bound) for c in claims] == [(1700.0, "count", ">="), (3e9, "EUR", "~")]
    assert [c.text for c in claims] == ["mindestens 1.700", "rund 3 Milliarden Euro"]
    assert all(GERMAN[c.start : c.end] == c.text for c in claims)
    # English rules would read 1.7: the language decides, never a default.
    assert 1.7 in [c.value for c in claimsift.extract_claims(GERMAN, lang="en")]
    doc = claimsift.Pipeline(lang="auto")(GERMAN)
    assert doc.lang == "de" and doc.notes == [] and [c.value for c in doc.claims] == [1700.0, 3e9]


@pytest.mark.parametrize(
    "lang", [lang for lang in claimsift.languages() if lang not in claimsift.claim_languages()]
)
def test_explicit_language_without_rules_raises(lang):
    with pytest.raises(claimsift.ConfigError, match=r"claims can be extracted in: en"):
        claimsift.Pipeline(lang=lang)
    with pytest.raises(claimsift.ConfigError, match=repr(lang).replace("'", '"')):
        claimsift.extract_claims(RUSSIAN, lang=lang)
    with pytest.raises(claimsift.ConfigError):
        claimsift.extract_claims_batch([RUSSIAN], lang=lang)
    # Tokens, sentences and stems keep working.
    nlp = claimsift.Pipeline(lang=lang, claims=False)
    doc = nlp("Erster Satz hier. Zweiter Satz dort.")
    assert len(doc.sents) == 2 and doc.lang == lang and doc.claims == [] and doc.notes == []
    assert [t.lang for t in doc.tokens][:1] == [lang]
    assert len(claimsift.split_sentences("Un. Deux.", lang=lang)) == 2
    assert claimsift.tokenize("Wörter hier", lang=lang)[0].stem


def test_unknown_language_raises():
    with pytest.raises(claimsift.ConfigError, match="unknown language"):
        claimsift.Pipeline(lang="xx")
    with pytest.raises(claimsift.ConfigError, match="unknown language"):
        claimsift.extract_claims("5 dogs", lang="xx")


def test_auto_detects_and_never_applies_english_rules():
    nlp = claimsift.Pipeline(lang="auto")
    assert nlp.lang == "auto"
    ru, tr, en = nlp(RUSSIAN), nlp(TURKISH), nlp(ENGLISH)
    assert (ru.lang, tr.lang, en.lang) == ("ru", "tr", "en")
    for doc, code in ((ru, "ru"), (tr, "tr")):
        assert doc.claims == [] and doc.numbers == []
        assert any(f'detected language "{code}"' in n and "no claim rules" in n for n in doc.notes), doc.notes
        assert doc.tokens[0].lang == code  # stems in the detected language
        assert len(doc.sents) == 2
    assert en.notes == []
    assert [c.value for c in en.claims] == [c.value for c in claimsift.Pipeline()(ENGLISH).claims]
    assert [c.value for c in claimsift.extract_claims(ENGLISH, lang="auto")] == [1700.0, 3e9]
    assert claimsift.extract_claims(RUSSIAN, lang="auto") == []
    assert [len(cs) for cs in claimsift.extract_claims_batch([ENGLISH, RUSSIAN, GERMAN], lang="auto")] == [
        2,
        0,
        2,
    ]


def test_auto_batch_pickle_and_repr():
    nlp = claimsift.Pipeline(lang="auto")
    docs = nlp.process_batch([GERMAN, ENGLISH])
    assert [d.lang for d in docs] == ["de", "en"]
    back = pickle.loads(pickle.dumps(nlp))
    assert back.lang == "auto" and back(RUSSIAN).lang == "ru"
    assert "lang='auto'" in repr(nlp)


def test_documents_table_has_lang_and_notes():
    pytest.importorskip("pyarrow")
    nlp = claimsift.Pipeline(lang="auto")
    docs = nlp.process([ENGLISH, RUSSIAN, None, GERMAN]).to_arrow()["documents"]
    assert docs.column("lang").to_pylist() == ["en", "ru", None, "de"]
    notes = docs.column("notes").to_pylist()
    assert notes[0] is None and notes[2] is None and notes[3] is None
    assert 'detected language "ru"' in notes[1]
    assert docs.column("n_claims").to_pylist()[:2] == [2, 0]
    assert docs.column("n_claims").to_pylist()[3] == 2
    fixed = claimsift.Pipeline().process([ENGLISH]).to_arrow()["documents"]
    assert fixed.column("lang").to_pylist() == ["en"]


def test_lang_metadata_clashes_like_other_document_columns():
    pytest.importorskip("pyarrow")
    with pytest.raises(claimsift.ConfigError, match="lang"):
        claimsift.Pipeline().process([{"id": "a", "text": ENGLISH, "lang": "en"}])


def test_cli_extract_defaults_to_auto_and_says_which_documents_have_no_rules(tmp_path):
    pytest.importorskip("pyarrow")
    import json
    import subprocess
    import sys

    src = tmp_path / "mixed.jsonl"
    rows = [{"id": "en-1", "text": ENGLISH}, {"id": "ru-1", "text": RUSSIAN}, {"id": "tr-1", "text": TURKISH}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    cmd = [sys.executable, "-m", "claimsift", "extract", str(src), "-o", str(out), "--no-progress"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {c["doc_id"] for c in claims} == {"en-1"}  # never English rules on ru/tr
    assert "2 documents in languages without claim rules have no claims (ru: 1, tr: 1)" in r.stderr
    # --lang en is still honoured (the old behaviour, for a corpus known to be English).
    r = subprocess.run([*cmd, "--lang", "en"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "without claim rules" not in r.stderr
    r = subprocess.run([*cmd, "--lang", "ru"], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "no claim rules for language" in r.stderr


# The same fact in each claim language (this file's own text): value, unit, bound and measure
# agree, and offsets are str indices.
SAME_FACT = {
    "en": "At least 1,700 people were killed and the damage reached 3 billion euros.",
    "de": "Mindestens 1.700 Menschen wurden getötet, der Schaden erreichte 3 Milliarden Euro.",
    "fr": "Au moins 1 700 personnes ont été tuées et les dégâts atteignent 3 milliards d'euros.",
    "es": "Al menos 1.700 personas murieron y los daños alcanzaron 3.000 millones de euros.",
    "it": "Almeno 1.700 persone sono morte e i danni hanno raggiunto 3 miliardi di euro.",
    "pt": "Pelo menos 1.700 pessoas morreram e os prejuízos chegaram a 3 bilhões de euros.",
    "nl": "Minstens 1.700 mensen zijn gedood en de schade bereikte 3 miljard euro.",
}


def test_claim_languages_are_the_seven():
    assert claimsift.claim_languages() == ["en", "de", "fr", "es", "it", "pt", "nl"]


@pytest.mark.parametrize("lang", sorted(SAME_FACT))
def test_lang_reads_each_claim_language(lang):
    text = SAME_FACT[lang]
    claims = claimsift.extract_claims(text, lang=lang)
    assert [(c.value, c.unit, c.bound) for c in claims] == [(1700.0, "count", ">="), (3e9, "EUR", "=")]
    assert claims[0].measure == "killed"
    assert all(text[c.start : c.end] == c.text for c in claims)
    doc = claimsift.Pipeline(lang="auto")(text)
    assert doc.lang == lang  # one short sentence may be judged with low confidence (a note)
    assert not any("no claim rules" in n for n in doc.notes)
    assert [c.value for c in doc.claims] == [1700.0, 3e9]
    assert [len(b) for b in claimsift.extract_claims_batch([text, text], lang=lang)] == [2, 2]


def test_sentences_keep_abbreviations_of_the_language():
    nlp = claimsift.Pipeline(lang="de")
    doc = nlp("Der Umsatz stieg auf 1,5 Mio. Euro, z. B. am 3. Oktober. Dann fiel er.")
    assert len(doc.sents) == 2
    assert [c.value for c in doc.claims] == [1.5e6]


@pytest.mark.parametrize(
    "lang,text,n",
    [
        ("de", "Der Umsatz stieg auf 1,5 Mio. Euro, z. B. im Mai. Dann fiel er.", 2),
        ("de", "Sie kam am 3. Oktober. Er nicht.", 2),
        ("es", "La Sra. García habló en la pág. 5 del informe. Luego se fue.", 2),
        ("fr", "Mme Dupont et M. Martin sont arrivés. Puis ils sont partis.", 2),
        ("it", "Il dott. Rossi ha parlato. Poi è uscito.", 2),
    ],
)
def test_split_sentences_knows_the_language(lang, text, n):
    assert len(claimsift.split_sentences(text, lang=lang)) == n
    assert [len(s) for s in claimsift.split_sentences_batch([text], lang=lang)] == [n]
