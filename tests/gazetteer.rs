//! Table-driven gazetteer tests (`t!`), loaders, the binary form, batches and sharing.

use claimsift::gazetteer::{
    Alias, AliasOptions, CaseMode, Entity, EntityReader, Format, Gazetteer, GazetteerBuilder, OverlapPolicy,
};
use claimsift::{Error, Lang};
use std::sync::Arc;

/// Entities from `(id, [aliases])`; the first alias is the name.
fn ents(spec: &[(&str, &[&str])]) -> Vec<Entity> {
    spec.iter()
        .map(|(id, aliases)| {
            let mut e = Entity::new(*id, aliases[0]);
            e.aliases = aliases.iter().map(|a| Alias::new(*a)).collect();
            e
        })
        .collect()
}

/// `(span text, "id1,id2")` for every mention.
fn found(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    g.find(text)
        .iter()
        .map(|m| {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            let ids: Vec<&str> = g.resolve(m).map(|r| r.id()).collect();
            (m.span.slice(text).to_string(), ids.join(","))
        })
        .collect()
}

/// `t!(name, builder, [(id, [aliases])...], text, [(span, ids)...])`
macro_rules! t {
    ($name:ident, $builder:expr, [$(($id:expr, [$($a:expr),+ $(,)?])),+ $(,)?], $text:expr, [$(($span:expr, $ids:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let b: GazetteerBuilder = $builder;
            let g = b.build(ents(&[$(($id, &[$($a),+])),+])).unwrap();
            let want: Vec<(String, String)> = vec![$(($span.to_string(), $ids.to_string())),*];
            assert_eq!(found(&g, $text), want, "text {:?}", $text);
        }
    };
}

fn d() -> GazetteerBuilder {
    Gazetteer::builder()
}

// possessives
t!(
    possessive_curly,
    d(),
    [("ms", ["Microsoft"])],
    "Microsoft’s cloud",
    [("Microsoft", "ms")]
);
t!(
    possessive_straight_caps,
    d(),
    [("idf", ["IDF"])],
    "the IDF's unit",
    [("IDF", "idf")]
);
t!(
    plural_possessive,
    d(),
    [("pal", ["Palestinians"])],
    "Palestinians’ homes",
    [("Palestinians", "pal")]
);
t!(
    possessive_off,
    d().possessive(false),
    [("ms", ["Microsoft"])],
    "Microsoft’s and Microsoft.",
    [("Microsoft", "ms")]
);
t!(
    possessive_in_alias,
    d(),
    [("idf", ["Israel's army"]), ("il", ["Israel"])],
    "Israel’s army and Israel’s",
    [("Israel’s army", "idf"), ("Israel", "il")]
);
// case
t!(
    all_caps_sensitive,
    d(),
    [("us", ["US", "U.S."]), ("ap", ["AP"])],
    "us, US, U.S., ap, AP",
    [("US", "us"), ("U.S.", "us"), ("AP", "ap")]
);
t!(
    insensitive_by_default,
    d(),
    [("u8200", ["Unit 8200"])],
    "unit 8200 and UNIT 8200",
    [("unit 8200", "u8200"), ("UNIT 8200", "u8200")]
);
t!(
    case_all_insensitive,
    d().case(CaseMode::Insensitive),
    [("us", ["US"])],
    "tell us",
    [("us", "us")]
);
t!(
    case_all_sensitive,
    d().case(CaseMode::Sensitive),
    [("g", ["Google"])],
    "google Google",
    [("Google", "g")]
);
t!(
    unicode_folding,
    d(),
    [("s", ["Straße"]), ("o", ["σοφος"]), ("i", ["İstanbul"])],
    "STRASSE ΣΟΦΟΣ İSTANBUL",
    [("STRASSE", "s"), ("ΣΟΦΟΣ", "o"), ("İSTANBUL", "i")]
);
t!(
    offsets_in_original,
    d(),
    [("s", ["strasse"])],
    "« Straße » x",
    [("Straße", "s")]
);
t!(
    combining_marks,
    d(),
    [("e", ["café"])],
    "CAFE\u{301} café",
    [("CAFE\u{301}", "e"), ("café", "e")]
);
// tokens and boundaries
t!(
    hyphen_splits,
    d(),
    [("il", ["Israel"]), ("h", ["Hamas"]), ("p", ["Palestine"])],
    "Israel-Hamas, pro-Palestine",
    [("Israel", "il"), ("Hamas", "h"), ("Palestine", "p")]
);
t!(
    not_inside_words,
    d(),
    [("cat", ["cat"])],
    "cats concatenate cat",
    [("cat", "cat")]
);
t!(
    not_across_joiners,
    d(),
    [("b", ["Brien"]), ("t", ["Tempo"]), ("at", ["AT"])],
    "O’Brien TEMPO.CO AT&T Tempo.",
    [("Tempo", "t")]
);
t!(
    clitic_not_a_match,
    d(),
    [("s", ["s"]), ("don", ["don"])],
    "Microsoft’s don't",
    []
);
t!(
    signed_alias,
    d(),
    [("m", ["+972 Magazine"]), ("p", ["+972"])],
    "+972 Magazine and +972, not a+972",
    [("+972 Magazine", "m"), ("+972", "p")]
);
t!(
    dotted_alias_not_in_longer,
    d(),
    [("us", ["U.S."])],
    "U.S.A. and U.S.",
    [("U.S.", "us")]
);
t!(
    punct_alias_suffix,
    d(),
    [("wd", ["Where’s Daddy?"])],
    "called Where's Daddy? by",
    [("Where's Daddy?", "wd")]
);
// variants inside aliases
t!(
    whitespace_variants,
    d(),
    [("g", ["Gaza Strip"])],
    "the Gaza\n  Strip",
    [("Gaza\n  Strip", "g")]
);
t!(
    dash_variants,
    d(),
    [("w", ["Israel–Hamas war"])],
    "the Israel-Hamas war",
    [("Israel-Hamas war", "w")]
);
t!(
    apostrophe_variants,
    d(),
    [("w", ["Where's Daddy"])],
    "Where’s Daddy",
    [("Where’s Daddy", "w")]
);
// overlap and ambiguity
t!(
    leftmost_longest,
    d(),
    [
        ("ms", ["Microsoft"]),
        ("az", ["Microsoft Azure", "Azure"]),
        ("naa", ["No Azure for Apartheid"])
    ],
    "Microsoft Azure and No Azure for Apartheid",
    [("Microsoft Azure", "az"), ("No Azure for Apartheid", "naa")]
);
t!(
    leftmost_wins_over_longer_later,
    d(),
    [("ab", ["A B"]), ("bcd", ["B C D"])],
    "A B C D",
    [("A B", "ab")]
);
t!(
    ambiguous_kept,
    d(),
    [("river", ["Amazon"]), ("co", ["Amazon", "Amazon.com"])],
    "Amazon and Amazon.com",
    [("Amazon", "river,co"), ("Amazon.com", "co")]
);
t!(
    overlap_all,
    d().overlap(OverlapPolicy::All),
    [("ms", ["Microsoft"]), ("az", ["Microsoft Azure", "Azure"])],
    "Microsoft Azure",
    [("Microsoft", "ms"), ("Microsoft Azure", "az"), ("Azure", "az")]
);
// stems
t!(
    stems,
    d().stem(true),
    [("pal", ["Palestinian"])],
    "Palestinians and PALESTINIAN",
    [("Palestinians", "pal"), ("PALESTINIAN", "pal")]
);
t!(
    stems_case_sensitive_agree,
    d().stem(true).case(CaseMode::Sensitive),
    [("pal", ["Palestinian"])],
    "Palestinians PALESTINIANS",
    [("Palestinians", "pal")]
);
t!(
    no_stems_by_default,
    d(),
    [("pal", ["Palestinian"])],
    "Palestinians",
    []
);
// URLs
t!(
    not_in_urls,
    d(),
    [("g", ["Gaza"])],
    "see https://example.com/gaza/x and www.gaza.org, Gaza",
    [("Gaza", "g")]
);

#[test]
fn per_alias_options_and_forms() {
    let mut e = Entity::new("us", "United States").with_kind("GPE");
    e.aliases.push(Alias::new("us").with_options(AliasOptions {
        case: CaseMode::Insensitive,
        stem: false,
        possessive: true,
    }));
    e.aliases.push(Alias::new("American").with_form("demonym"));
    let g = Gazetteer::new(vec![e]).unwrap();
    // The name was missing from the aliases: inserted first.
    assert_eq!(g.entities()[0].aliases[0].text, "United States");
    let text = "tell US about American and United States";
    let ms = g.find(text);
    let got: Vec<(&str, &str, &str, Option<&str>)> = ms
        .iter()
        .flat_map(|m| {
            g.resolve(m)
                .map(move |r| (m.span.slice(text), r.alias_text(), r.form(), r.kind()))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("US", "us", "name", Some("GPE")),
            ("American", "American", "demonym", Some("GPE")),
            ("United States", "United States", "name", Some("GPE")),
        ]
    );
}

#[test]
fn builder_errors() {
    let dup = vec![Entity::new("a", "A"), Entity::new("a", "B")];
    assert!(matches!(Gazetteer::new(dup), Err(Error::Gazetteer { .. })));
    assert!(matches!(
        Gazetteer::new(vec![Entity::new("", "A")]),
        Err(Error::Gazetteer { .. })
    ));
    assert!(matches!(
        Gazetteer::new(vec![Entity::new("a", " ")]),
        Err(Error::Gazetteer { .. })
    ));
    assert!(Gazetteer::new(Vec::new()).unwrap().find("anything").is_empty());
}

#[test]
fn loaders() {
    let json = r#"[{"id": "p", "name": "Paris", "type": "GPE", "aliases": ["Paree"], "country": "FR", "population": 2100000}]"#;
    let g = Gazetteer::from_json_str(json).unwrap();
    assert_eq!(g.entities()[0].meta["population"], 2100000);
    assert_eq!(
        found(&g, "Paree, Paris"),
        [("Paree".into(), "p".into()), ("Paris".into(), "p".into())]
    );
    let jsonl = "{\"id\": \"p\", \"name\": \"Paris\"}\n\n{\"id\": 2, \"name\": \"Lyon\"}\n";
    let g = Gazetteer::from_jsonl_reader(jsonl.as_bytes()).unwrap();
    assert_eq!(g.index_of("2"), Some(1));
    let csv = "id,name,type,aliases,country\np,Paris,GPE,\"Paree; Lutetia\",FR\nl,Lyon,,Lugdunum|Lyons,FR\n";
    let g = Gazetteer::from_csv_reader(csv.as_bytes()).unwrap();
    assert_eq!(g.entities()[1].kind, None);
    assert_eq!(g.entities()[1].meta["country"], "FR");
    assert_eq!(
        found(&g, "Lutetia and Lyons"),
        [("Lutetia".into(), "p".into()), ("Lyons".into(), "l".into())]
    );
    // A bad entry is a gazetteer error naming the entry; broken JSON is an input error.
    assert!(matches!(
        Gazetteer::from_json_str("[1]"),
        Err(Error::Gazetteer { .. })
    ));
    let e = Gazetteer::from_json_str(r#"[{"id": "a", "name": "A"}, {"name": "B"}]"#).unwrap_err();
    assert!(matches!(e, Error::Gazetteer { .. }), "{e}");
    assert!(e.to_string().contains("entity #1"), "{e}");
    let e = Gazetteer::from_json_str(r#"[{"id": "a", "name": null}]"#).unwrap_err();
    assert!(
        matches!(e, Error::Gazetteer { .. }) && e.to_string().contains("\"a\""),
        "{e}"
    );
    assert!(matches!(
        Gazetteer::from_jsonl_reader("{".as_bytes()),
        Err(Error::Io { .. })
    ));
    let es = EntityReader::new(Format::Json)
        .read_str(r#"[{"id": "x", "aliases": ["X1"]}]"#)
        .unwrap();
    assert_eq!(es[0].name, "X1");
}

#[test]
fn gold_entities_fields() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gold/entities.json");
    let g = Gazetteer::from_path(path).unwrap();
    let us = &g.entities()[g.index_of("united_states").unwrap() as usize];
    let form = |t: &str| {
        us.aliases
            .iter()
            .find(|a| a.text == t)
            .unwrap()
            .form_or_name()
            .to_string()
    };
    assert_eq!(form("US"), "abbreviation");
    assert_eq!(form("American"), "demonym");
    assert_eq!(form("United States"), "name");
    assert!(us.meta.contains_key("part_of") && us.meta.contains_key("note"));
}

fn sample() -> Gazetteer {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gold/entities.json");
    Gazetteer::builder()
        .stem(true)
        .lang(Lang::English)
        .build(EntityReader::read_path(path).unwrap())
        .unwrap()
}

#[test]
fn binary_round_trip() {
    let g = sample();
    let b = g.to_bytes();
    let g2 = Gazetteer::from_bytes(&b).unwrap();
    assert_eq!(g2.entities(), g.entities());
    assert_eq!(g2.config(), g.config());
    let text = "Microsoft’s Azure and the IDF's unit 8200 in Gaza; Palestinians’ homes; U.S. and us.";
    assert_eq!(g2.find(text), g.find(text));
    assert!(!g.find(text).is_empty());
}

#[test]
fn binary_errors_never_panic() {
    let b = sample().to_bytes();
    let ser = |r: claimsift::Result<Gazetteer>| match r {
        Err(Error::Serialization { message }) => message,
        Err(e) => panic!("wrong error kind: {e}"),
        Ok(_) => panic!("accepted bad bytes"),
    };
    assert!(ser(Gazetteer::from_bytes(b"")).contains("magic"));
    assert!(ser(Gazetteer::from_bytes(b"PK\x03\x04 not a gazetteer")).contains("magic"));
    let mut v = b.clone();
    v[8] = 99;
    assert!(ser(Gazetteer::from_bytes(&v)).contains("version 99"));
    assert!(ser(Gazetteer::from_bytes(&b[..b.len() - 1])).contains("truncated"));
    assert!(ser(Gazetteer::from_bytes(&b[..20])).contains("truncated"));
    let mut v = b.clone();
    let mid = v.len() / 2;
    v[mid] ^= 0x40;
    assert!(ser(Gazetteer::from_bytes(&v)).contains("checksum"));
    // Every truncation and many single-byte corruptions: an error, never a panic.
    for n in (0..b.len()).step_by(97) {
        assert!(Gazetteer::from_bytes(&b[..n]).is_err());
    }
    for i in (0..b.len()).step_by(13) {
        let mut v = b.clone();
        v[i] = v[i].wrapping_add(1);
        assert!(Gazetteer::from_bytes(&v).is_err(), "byte {i}");
    }
}

#[test]
fn shared_and_batched() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Gazetteer>();
    let g = Arc::new(sample());
    let texts: Vec<String> = (0..50)
        .map(|i| format!("doc {i}: Microsoft and Hamas in Gaza."))
        .collect();
    let out = g.find_batch(&texts, Some(3)).unwrap();
    assert_eq!(out.len(), 50);
    for (t, ms) in texts.iter().zip(&out) {
        assert_eq!(ms, &g.find(t));
        assert_eq!(ms.len(), 3);
    }
    let g2 = Arc::clone(&g);
    let h = std::thread::spawn(move || g2.find("Israel").len());
    assert_eq!(h.join().unwrap(), 1);
    assert!(g.find_batch(&texts, Some(0)).is_err());
}

/// The GeoNames cities gazetteer of `shared/corpus` (read at run time; skipped when absent).
#[test]
#[ignore = "needs ../shared/corpus/gazetteer_cities.jsonl; slow in debug builds"]
fn loads_cities() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/gazetteer_cities.jsonl"
    );
    if !std::path::Path::new(path).exists() {
        return;
    }
    let g = Gazetteer::from_path(path).unwrap();
    assert_eq!(g.entities().len(), 34_006);
    assert_eq!(g.pattern_count(), 356_704);
    let text = "Flights from Andorra la Vella to Paris.";
    assert!(found(&g, text).iter().any(|(s, _)| s == "Andorra la Vella"));
    let g2 = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
    assert_eq!(g2.find(text), g.find(text));
}

#[test]
fn gazetteers_alternating_on_one_thread() {
    // Long texts use a per-thread lookup cache; two gazetteers must never see each other's ids.
    let a = Gazetteer::new(ents(&[("x", &["alpha"]), ("y", &["beta gamma"])])).unwrap();
    let b = Gazetteer::builder()
        .stem(true)
        .build(ents(&[("z", &["gamma"]), ("w", &["alphas"])]))
        .unwrap();
    let text = "alpha beta gamma, alphas and gammas. ".repeat(20);
    for _ in 0..3 {
        let fa = found(&a, &text);
        let fb = found(&b, &text);
        assert_eq!(fa.len(), 40);
        assert!(fa
            .iter()
            .all(|(s, id)| (s == "alpha" && id == "x") || (s == "beta gamma" && id == "y")));
        assert_eq!(fb.len(), 80, "{fb:?}");
        assert!(fb
            .iter()
            .all(|(s, id)| (s.starts_with("gamma") && id == "z") || (s.starts_with("alpha") && id == "w")));
    }
}
