//! Fuzzing entry points (hidden from the docs): one function per target of `fuzz/`, each
//! checking the crate's promises on arbitrary input and panicking when one breaks. The cargo-fuzz
//! targets call these, and `tests/fuzz_corpus.rs` replays the saved inputs in `fuzz/corpus/`
//! through the same functions in every `cargo test`.

use crate::gazetteer::{Entity, Gazetteer, Mention};
use crate::span::Span;
use crate::{Pipeline, PipelineConfig};
use std::sync::{Arc, OnceLock};

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end),
        "{what} span {s:?} does not fit a text of {} bytes",
        text.len()
    );
}

fn check_mentions(text: &str, ms: &[Mention], g: &Gazetteer) {
    for m in ms {
        check_span(text, m.span, "mention");
        assert_eq!(m.entities.len(), m.aliases.len());
        assert!(!m.entities.is_empty());
        for (&e, &a) in m.entities.iter().zip(m.aliases.iter()) {
            let ent = g.entity(e).expect("mention names an entity");
            assert!(
                ent.aliases.get(a as usize).is_some(),
                "alias index {a} of {}",
                ent.id
            );
        }
    }
}

fn gazetteer() -> &'static Arc<Gazetteer> {
    static G: OnceLock<Arc<Gazetteer>> = OnceLock::new();
    G.get_or_init(|| {
        let es = vec![
            Entity::new("us", "United States")
                .with_alias("US")
                .with_alias("U.S."),
            Entity::new("spr1", "Springfield"),
            Entity::new("spr2", "Springfield"),
            Entity::new("ms", "Microsoft").with_alias("Microsoft Azure"),
            Entity::new("istanbul", "İstanbul"),
        ];
        Arc::new(Gazetteer::new(es).expect("fuzz gazetteer builds"))
    })
}

/// Text → tokens, sentences and claims: every span slices the text, tokens are ordered and
/// disjoint, sentences plus gaps rebuild it.
pub fn text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let toks = crate::tokenize(text);
    let mut last = 0;
    for t in &toks {
        check_span(text, t.span, "token");
        assert!(t.span.start >= last, "tokens overlap or go backwards");
        last = t.span.end;
    }
    let sents = crate::split_sentences(text);
    let mut last = 0;
    for s in &sents {
        check_span(text, s.span, "sentence");
        assert!(s.span.start >= last, "sentences overlap");
        assert!(
            text[last..s.span.start].trim().is_empty(),
            "text lost between sentences"
        );
        last = s.span.end;
    }
    assert!(
        text[last..].trim().is_empty(),
        "text lost after the last sentence"
    );
    let ex = crate::claims::extract(text, &Default::default());
    for c in &ex.claims {
        for s in [
            Some(c.span),
            Some(c.num_span),
            Some(c.sentence),
            c.counted,
            c.per,
            c.attribution,
            c.time,
            c.qualifier,
            c.counted_modifier,
        ]
        .into_iter()
        .flatten()
        {
            check_span(text, s, "claim");
        }
    }
    for n in &ex.numbers {
        check_span(text, n.span, "number");
    }
}

/// The whole pipeline with a small gazetteer (ambiguous aliases included).
pub fn pipeline(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let g = gazetteer();
    let p = Pipeline::new(PipelineConfig::default(), Some(g.clone()));
    let d = p.process(text);
    check_mentions(text, &d.mentions, g);
    for links in d.claim_mentions.iter().chain(&d.attribution_mentions) {
        assert!(links.iter().all(|&i| i < d.mentions.len()));
    }
    let batch = p.process_batch(&[text, text], Some(2)).expect("batch runs");
    assert!(batch.iter().all(|r| r.as_ref().map(|x| x == &d).unwrap_or(false)));
}

/// Gazetteer bytes: loading never panics; what loads finds mentions that fit, and writes the
/// same bytes back.
pub fn gazetteer_bytes(data: &[u8]) {
    let Ok(g) = Gazetteer::from_bytes(data) else {
        return;
    };
    let again = Gazetteer::from_bytes(&g.to_bytes()).expect("own bytes load");
    assert_eq!(again.to_bytes(), g.to_bytes());
    let text = "The United States, Springfield and Microsoft Azure: İstanbul’s U.S. office.";
    check_mentions(text, &g.find(text), &g);
}

/// The number reader: never panics; a plain run of ASCII digits reads as the correctly rounded
/// `f64` (what `str::parse` and Python's `float()` give).
pub fn numbers(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let parsed = crate::claims::numbers::parse_digits(s);
    if !s.is_empty() && s.len() <= 38 && s.bytes().all(|b| b.is_ascii_digit()) {
        match parsed {
            crate::claims::numbers::Digits::Value(v) => {
                assert_eq!(v.scaled(0), s.parse::<f64>().unwrap(), "{s}");
            }
            other => panic!("{s} read as {other:?}"),
        }
    }
    let _ = crate::claims::extract(&format!("It was {s} people."), &Default::default());
}
