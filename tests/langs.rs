//! Issue 12, step 1: the claim rules read the language, never run on a language they were not
//! written for, and `auto` identifies each document's language.

use claimsift::claims::{extract, ExtractOptions};
use claimsift::{Document, Error, Lang, Pipeline, PipelineConfig, CLAIM_LANGS};

/// Newsroom-style paragraphs written for these tests, one per language (the same story: an
/// earthquake, 1,700 dead, 3 billion in damage).
const PARAGRAPHS: &[(Lang, &str)] = &[
    (
        Lang::English,
        "At least 1,700 people were killed when the earthquake struck the region on Monday, \
         officials said. The government estimates the damage at 3 billion dollars.",
    ),
    (
        Lang::German,
        "Bei dem Erdbeben in der Region sind nach Angaben der Behörden mindestens 1.700 Menschen \
         ums Leben gekommen. Die Regierung schätzt den Schaden auf rund 3 Milliarden Euro.",
    ),
    (
        Lang::French,
        "Au moins 1 700 personnes ont été tuées lors du séisme qui a frappé la région lundi, \
         selon les autorités. Le gouvernement estime les dégâts à environ 3 milliards d'euros.",
    ),
    (
        Lang::Spanish,
        "Al menos 1.700 personas murieron en el terremoto que sacudió la región el lunes, según \
         las autoridades. El gobierno calcula los daños en unos 3.000 millones de euros.",
    ),
    (
        Lang::Italian,
        "Almeno 1.700 persone sono morte nel terremoto che ha colpito la regione lunedì, secondo \
         le autorità. Il governo stima i danni in circa 3 miliardi di euro.",
    ),
    (
        Lang::Portuguese,
        "Pelo menos 1.700 pessoas morreram no terremoto que atingiu a região na segunda-feira, \
         segundo as autoridades. O governo estima os prejuízos em cerca de 3 bilhões de euros.",
    ),
    (
        Lang::Dutch,
        "Bij de aardbeving in de regio zijn volgens de autoriteiten minstens 1.700 mensen om het \
         leven gekomen. De regering schat de schade op ruim 3 miljard euro.",
    ),
    (
        Lang::Russian,
        "По данным властей, в результате землетрясения в регионе погибли не менее 1700 человек. \
         Правительство оценивает ущерб примерно в 3 миллиарда евро.",
    ),
    (
        Lang::Turkish,
        "Yetkililere göre bölgeyi vuran depremde en az 1.700 kişi hayatını kaybetti. Hükümet \
         hasarın yaklaşık 3 milyar euro olduğunu tahmin ediyor.",
    ),
];

fn auto() -> Pipeline {
    Pipeline::try_new(PipelineConfig::for_lang("auto").unwrap(), None).unwrap()
}

#[test]
fn claim_languages_are_those_with_data() {
    assert_eq!(CLAIM_LANGS[0], Lang::English);
    assert!(CLAIM_LANGS.contains(&Lang::German));
    for l in Lang::all() {
        assert_eq!(l.has_claim_rules(), CLAIM_LANGS.contains(&l), "{l}");
        assert_eq!(l.check_claim_rules().is_ok(), l.has_claim_rules(), "{l}");
    }
}

#[test]
fn detection_names_the_language_of_each_paragraph() {
    for &(lang, text) in PARAGRAPHS {
        let (got, _reliable) = Lang::detect(text).expect(text);
        assert_eq!(got, lang, "{text}");
        assert_eq!(auto().process(text).lang, lang);
    }
    assert!(Lang::detect("").is_none());
    assert!(Lang::detect("2023 — 1.700 / 3,5 %").is_none());
}

#[test]
fn explicit_language_without_claim_rules_is_a_config_error_naming_those_with_rules() {
    for l in Lang::all().filter(|l| !l.has_claim_rules()) {
        let mut config = PipelineConfig::default();
        config.lang = l;
        let err = Pipeline::try_new(config.clone(), None).unwrap_err();
        assert!(matches!(err, Error::Config { .. }), "{l}: {err:?}");
        let msg = err.to_string();
        assert!(msg.contains(&format!("{:?}", l.code())), "{msg}");
        assert!(msg.contains("claims can be extracted in: en"), "{msg}");
        assert!(PipelineConfig::for_lang(l.code()).is_err());
        assert!(ExtractOptions::for_lang(l).is_err());
        // Tokens, sentences and stems keep working for every language.
        config.claims = false;
        let p = Pipeline::try_new(config, None).unwrap();
        let d = p.process("Erster Satz hier. Zweiter Satz dort.");
        assert_eq!(d.sentences.len(), 2, "{l}");
        assert!(!d.tokens.is_empty());
        assert_eq!(d.lang, l);
        assert!(d.claims.is_empty() && d.notes.is_empty(), "{l}: {:?}", d.notes);
    }
    assert!(PipelineConfig::for_lang("xx").is_err());
    assert!(PipelineConfig::for_lang("AUTO").unwrap().auto_lang);
    assert!(Pipeline::try_new(PipelineConfig::default(), None).is_ok());
}

#[test]
fn english_rules_never_run_on_another_language() {
    // A language without rules: hand-built options or an unchecked pipeline extract nothing,
    // with a note.
    let (_, russian) = PARAGRAPHS[7];
    let mut opts = ExtractOptions::default();
    opts.lang = Lang::Russian;
    let ex = extract(russian, &opts);
    assert!(ex.claims.is_empty() && ex.numbers.is_empty());
    let mut config = PipelineConfig::default();
    config.lang = Lang::Russian;
    let d = Pipeline::new(config, None).process(russian);
    assert!(d.claims.is_empty() && d.numbers.is_empty());
    assert_eq!(d.notes.len(), 1, "{:?}", d.notes);
    assert!(
        d.notes[0].contains("\"ru\"") && d.notes[0].contains("no claim rules"),
        "{:?}",
        d.notes
    );
    // A language with rules reads its own formats: German `1.700` is 1700 (English would read
    // 1.7) and `3 Milliarden Euro` is 3e9 EUR.
    let (_, german) = PARAGRAPHS[1];
    let ex = extract(german, &ExtractOptions::for_lang(Lang::German).unwrap());
    let got: Vec<(f64, &str)> = ex.claims.iter().map(|c| (c.value, c.unit.as_str())).collect();
    assert_eq!(got, [(1700.0, "count"), (3e9, "EUR")]);
    let english = extract(german, &ExtractOptions::default());
    assert!(
        english.claims.iter().any(|c| c.value == 1.7),
        "the English reading differs"
    );
}

#[test]
fn auto_leaves_claims_empty_with_a_note_where_no_rules_exist() {
    let p = auto();
    for &(lang, text) in PARAGRAPHS.iter().filter(|(l, _)| !l.has_claim_rules()) {
        let d = p.process(text);
        assert_eq!(d.lang, lang);
        assert!(d.claims.is_empty(), "{lang}: {:?}", d.claims);
        assert!(d.numbers.is_empty());
        let note = d
            .notes
            .iter()
            .find(|n| n.contains("no claim rules"))
            .expect("a note");
        assert!(
            note.contains(&format!("detected language {:?}", lang.code())),
            "{note}"
        );
        assert!(note.contains(lang.name()), "{note}");
        assert!(!d.sentences.is_empty() && !d.tokens.is_empty());
    }
}

#[test]
fn auto_on_english_gives_the_english_results() {
    let fixed = Pipeline::default();
    let p = auto();
    let (_, english) = PARAGRAPHS[0];
    let mut texts = vec![english.to_string()];
    let dir = format!("{}/seeds", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        texts.push(std::fs::read_to_string(f).unwrap());
    }
    for t in &texts {
        let a = p.process(t);
        let b = fixed.process(t);
        assert_eq!(a.lang, Lang::English);
        assert!(a.notes.is_empty(), "{:?}", a.notes);
        assert!(!a.claims.is_empty());
        assert_eq!(a.claims, b.claims);
        assert_eq!(a.numbers, b.numbers);
    }
}

#[test]
fn auto_with_no_words_falls_back_and_says_so() {
    let d = auto().process("1,700 — 3%");
    assert_eq!(d.lang, Lang::English);
    assert_eq!(d.notes.len(), 1);
    assert!(d.notes[0].starts_with("no language detected"), "{:?}", d.notes);
}

#[test]
fn batches_detect_per_document() {
    let texts: Vec<&str> = PARAGRAPHS.iter().map(|p| p.1).collect();
    let docs = auto().process_batch(&texts, Some(2)).unwrap();
    for (d, &(lang, _)) in docs.iter().zip(PARAGRAPHS) {
        let d = d.as_ref().unwrap();
        assert_eq!(d.lang, lang);
        assert_eq!(d.claims.is_empty(), !lang.has_claim_rules());
    }
}

#[test]
fn older_serialisations_still_read() {
    let mut v = serde_json::to_value(PipelineConfig::default()).unwrap();
    v.as_object_mut().unwrap().remove("auto_lang");
    let c: PipelineConfig = serde_json::from_value(v).unwrap();
    assert!(!c.auto_lang);
    let mut v = serde_json::to_value(Pipeline::default().process("5 dogs.")).unwrap();
    v.as_object_mut().unwrap().remove("lang");
    v.as_object_mut().unwrap().remove("notes");
    let d: Document = serde_json::from_value(v).unwrap();
    assert_eq!(d.lang, Lang::English);
    assert!(d.notes.is_empty());
    let c = PipelineConfig::for_lang("auto").unwrap();
    let back: PipelineConfig = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}

#[test]
fn sentences_know_the_newsroom_languages_abbreviations() {
    // (text, sentences): each text is two sentences; the abbreviation must not end the first.
    let rows: &[(&str, usize)] = &[
        ("Das gilt z. B. für Berlin. Dann kam es anders.", 2),
        ("Er kam bzw. ging um 8 Uhr. Dann nicht mehr.", 2),
        ("Er sagte, d. h. er meinte es so. Gut.", 2),
        ("Dr. Müller u. a. kamen spät. Dann gingen sie.", 2),
        ("Es kostet ca. 5 Euro. Das ist viel.", 2),
        ("Die Firma sitzt in der Hauptstr. 5 in Köln. Sie wächst.", 2),
        ("M. Dupont est arrivé. Mme Martin aussi.", 2),
        ("Il y a env. 300 personnes. Puis davantage.", 2),
        ("El Sr. García llegó tarde. Luego se fue.", 2),
        ("Véase la pág. 12 del informe. Luego sigue.", 2),
        ("Consulte el núm. 3 de la revista. Luego sigue.", 2),
    ];
    for &(text, n) in rows {
        let got = claimsift::split_sentences(text);
        assert_eq!(
            got.len(),
            n,
            "{text}: {:?}",
            got.iter().map(|s| s.span.slice(text)).collect::<Vec<_>>()
        );
    }
}

/// The same facts written in each claim language (text written for this test): each row is
/// a language and its sentences; every language must give the same value, unit, bound,
/// change and measure for each fact, in order.
const SAME_FACTS: &[(Lang, &str)] = &[
    (
        Lang::English,
        "At least 1,700 people were killed in the earthquake. The damage is estimated at about 3 \
         billion euros. Thousands of people fled. Unemployment rose by 2.5 percent. Police \
         arrested 57 people.",
    ),
    (
        Lang::German,
        "Bei dem Erdbeben wurden mindestens 1.700 Menschen getötet. Der Schaden wird auf rund 3 \
         Milliarden Euro geschätzt. Tausende Menschen flohen. Die Arbeitslosenquote stieg um 2,5 \
         Prozent. Die Polizei hat 57 Menschen festgenommen.",
    ),
    (
        Lang::French,
        "Au moins 1 700 personnes ont été tuées dans le séisme. Les dégâts sont estimés à environ \
         3 milliards d'euros. Des milliers de personnes ont fui. Le chômage a augmenté de 2,5 %. \
         La police a interpellé 57 personnes.",
    ),
    (
        Lang::Spanish,
        "Al menos 1.700 personas murieron en el terremoto. Los daños se estiman en unos 3.000 \
         millones de euros. Miles de personas huyeron. El paro subió un 2,5 por ciento. La policía \
         detuvo a 57 personas, que fueron detenidos.",
    ),
    (
        Lang::Italian,
        "Almeno 1.700 persone sono morte nel terremoto. I danni sono stimati in circa 3 miliardi \
         di euro. Migliaia di persone sono fuggite. La disoccupazione è aumentata del 2,5 per \
         cento. La polizia ha arrestato 57 persone, tutte arrestate.",
    ),
    (
        Lang::Portuguese,
        "Pelo menos 1.700 pessoas morreram no terremoto. Os prejuízos são estimados em cerca de 3 \
         bilhões de euros. Milhares de pessoas fugiram. O desemprego subiu 2,5 por cento. A \
         polícia prendeu 57 pessoas, que foram detidas.",
    ),
    (
        Lang::Dutch,
        "Bij de aardbeving zijn minstens 1.700 mensen gedood. De schade wordt geschat op ongeveer \
         3 miljard euro. Duizenden mensen zijn gevlucht. De werkloosheid steeg met 2,5 procent. \
         De politie heeft 57 mensen gearresteerd.",
    ),
];

#[test]
fn the_same_facts_in_seven_languages_give_the_same_claims() {
    type Key = (f64, String, &'static str, Option<&'static str>);
    let key = |c: &claimsift::claims::Claim| -> Key {
        (
            c.value,
            c.unit.clone(),
            c.bound.as_str(),
            c.change.map(|c| c.as_str()),
        )
    };
    let english = extract(SAME_FACTS[0].1, &ExtractOptions::default());
    let want: Vec<Key> = english.claims.iter().map(key).collect();
    assert_eq!(
        want,
        [
            (1700.0, "count".to_string(), ">=", None),
            (3e9, "EUR".to_string(), "~", None),
            (1000.0, "count".to_string(), ">=", None),
            (2.5, "percent".to_string(), "=", Some("increase")),
            (57.0, "count".to_string(), "=", None),
        ]
    );
    for &(lang, text) in &SAME_FACTS[1..] {
        let ex = extract(text, &ExtractOptions::for_lang(lang).unwrap());
        let got: Vec<Key> = ex.claims.iter().map(key).collect();
        assert_eq!(got, want, "{lang}: {text}");
        // The measures that the comparison joins on are the same ids.
        assert_eq!(ex.claims[0].measure.as_deref(), Some("killed"), "{lang}");
        assert_eq!(
            ex.claims[3].measure.as_deref(),
            Some("unemployment_rate"),
            "{lang}"
        );
        assert_eq!(ex.claims[4].measure.as_deref(), Some("arrested"), "{lang}");
        for c in &ex.claims {
            assert_eq!(c.span.slice(text).trim(), c.span.slice(text), "{lang}");
        }
        // And auto detection picks the language.
        assert_eq!(auto().process(text).lang, lang, "{text}");
    }
    assert_eq!(english.claims[0].measure.as_deref(), Some("killed"));
}

#[test]
fn every_claim_language_survives_odd_input_with_valid_spans() {
    let long_compound = "vingt-".repeat(200) + "trois";
    let long_word = "drei".repeat(100) + "undzwanzig";
    let mut inputs: Vec<String> = vec![
        String::new(),
        "1.2.3.4,5,6 1 2 3 4 5 6 7 8 9 0 000 000 000".into(),
        "Mio. Mrd. z. B. 3. 4. 5. 1er 2º ½ ¾ −5 +3 %".into(),
        "\u{a0}1\u{a0}700\u{202f}000,5 € 47 000 000 000 000 000 000 000 000 000 000 000 000".into(),
        "d' de des milliers de milliers de milliers de millions de milliards d'euros".into(),
        "mil mil mil millones millones billones de".into(),
        "treinta y y y dos, veinti, quatre-vingt-, -dix, und und zwanzig".into(),
        "😀 Ünïcödé ÀÉÎÕÜ 3,5 Prozentpunkte 🇩🇪 10h30 24h 3:1 15.30 Uhr".into(),
        long_compound,
        long_word,
    ];
    for &(_, text) in PARAGRAPHS.iter().chain(SAME_FACTS) {
        inputs.push(text.to_string());
    }
    for &lang in CLAIM_LANGS {
        let opts = ExtractOptions::for_lang(lang).unwrap();
        for t in &inputs {
            let ex = extract(t, &opts);
            for c in &ex.claims {
                assert!(
                    c.span.end <= t.len()
                        && t.is_char_boundary(c.span.start)
                        && t.is_char_boundary(c.span.end)
                );
                assert!(c.value.is_finite(), "{lang}: {t}");
            }
            for m in &ex.numbers {
                assert!(
                    m.span.end <= t.len()
                        && t.is_char_boundary(m.span.start)
                        && t.is_char_boundary(m.span.end)
                );
            }
        }
    }
}

/// Rates outside English come from each language's `per` and `per_noun` words (never the English
/// `a`/`an` rule): the unit or noun after the word is what the figure is per.
#[test]
fn rates_are_read_from_each_language_data() {
    let cases: &[(Lang, &str, &str, Option<&str>)] = &[
        (
            Lang::German,
            "Benzin kostet 1,80 Euro pro Liter.",
            "1,80 Euro",
            Some("Liter"),
        ),
        (
            Lang::German,
            "Die Schulden liegen bei 30.000 Euro pro Kopf.",
            "30.000 Euro",
            Some("Kopf"),
        ),
        (
            Lang::French,
            "Il gagne 2 000 euros par mois.",
            "2 000 euros",
            Some("mois"),
        ),
        (
            Lang::French,
            "La hausse est de 5 % par rapport à 2023.",
            "5 %",
            None,
        ),
        (
            Lang::Spanish,
            "El diésel cuesta 1,6 euros por litro.",
            "1,6 euros",
            Some("litro"),
        ),
        (Lang::Spanish, "Subió un 5 % por ejemplo.", "5 %", None),
        (Lang::Italian, "Costa 2 euro per litro.", "2 euro", Some("litro")),
        (Lang::Dutch, "Het kost 2 euro per liter.", "2 euro", Some("liter")),
        (
            Lang::Portuguese,
            "Ganha 1.500 euros por mês.",
            "1.500 euros",
            Some("mês"),
        ),
    ];
    for &(lang, text, span, per) in cases {
        let ex = extract(text, &ExtractOptions::for_lang(lang).unwrap());
        let c = ex
            .claims
            .iter()
            .find(|c| c.span.slice(text) == span)
            .unwrap_or_else(|| panic!("no claim {span:?} in {text:?}: {:?}", ex.claims));
        assert_eq!(c.per.map(|p| p.slice(text)), per, "{text:?}");
    }
}
