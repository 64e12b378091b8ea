//! Property tests over arbitrary Unicode: no panic, spans in bounds, ordered, non-overlapping,
//! on char boundaries, and tokens plus whitespace gaps rebuild the text.

use claimsift::{split_sentences, tokenize};
use proptest::prelude::*;

/// Strings biased towards the characters that break tokenisers.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("İ".to_string()),
            Just("ß".to_string()),
            Just("👩‍👩‍👧".to_string()),
            Just("e\u{301}".to_string()),
            Just("\u{a0}".to_string()),
            Just("\r\n".to_string()),
            Just("\n\n".to_string()),
            Just("’s".to_string()),
            Just("n't".to_string()),
            Just("U.S.".to_string()),
            Just("1,700".to_string()),
            Just("$10m".to_string()),
            Just("+972".to_string()),
            Just("GPT-4".to_string()),
            Just("dont".to_string()),
            Just("gonna".to_string()),
            Just("cannot".to_string()),
            Just("www".to_string()),
            Just("Inc".to_string()),
            Just("http://x.org/a(b)".to_string()),
            Just("a@b.co".to_string()),
            Just("...".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("中文".to_string()),
            Just("\u{200b}".to_string()),
            Just("\u{200d}".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just(" ".to_string()),
            "[a-zA-Z0-9]{1,6}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..40,
    );
    pieces.prop_map(|v| v.concat())
}

fn is_gap_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn tokens_rebuild_text(text in nasty()) {
        let toks = tokenize(&text);
        let mut last = 0;
        for t in &toks {
            prop_assert!(t.span.start >= last, "overlap or disorder at {:?}", t);
            prop_assert!(t.span.start < t.span.end, "empty token {:?}", t);
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert!(text[last..t.span.start].chars().all(is_gap_char), "non-space gap {:?}", &text[last..t.span.start]);
            last = t.span.end;
        }
        prop_assert!(text[last..].chars().all(is_gap_char));
    }

    #[test]
    fn fast_path_matches_reference(text in nasty()) {
        prop_assert_eq!(tokenize(&text), claimsift::tokenize::tokenize_reference(&text));
    }

    #[test]
    fn sentences_cover_tokens(text in nasty()) {
        let toks = tokenize(&text);
        let sents = split_sentences(&text);
        let mut next_tok = 0;
        let mut last_end = 0;
        for s in &sents {
            prop_assert_eq!(s.token_start, next_tok);
            prop_assert!(s.token_end > s.token_start);
            prop_assert!(s.span.start >= last_end);
            prop_assert_eq!(s.span.start, toks[s.token_start].span.start);
            prop_assert_eq!(s.span.end, toks[s.token_end - 1].span.end);
            next_tok = s.token_end;
            last_end = s.span.end;
        }
        prop_assert_eq!(next_tok, toks.len());
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let _ = tokenize(&text);
        let _ = split_sentences(&text);
        let _ = claimsift::Pipeline::default().process(&text);
    }
}

#[test]
fn pathological_inputs_are_linear() {
    // A million newlines, long runs of brackets and of "(a", a 20 MB single "word", a long number.
    let cases = [
        "\n".repeat(1_000_000),
        ")".repeat(200_000),
        "(a".repeat(200_000),
        "a".repeat(20_000_000),
        "1,".repeat(500_000),
        "$".repeat(200_000),
        "’s".repeat(200_000),
        "http://x.org/".repeat(50_000),
        // Sentence rules that look back or ahead: each must stay bounded.
        "„a.“ ".repeat(50_000),
        "“.".repeat(100_000),
        ". ".repeat(100_000),
        "a. b. c. ".repeat(50_000),
        ":) ".repeat(100_000),
        "abc.Def".repeat(100_000),
        "1) A 2) B ".repeat(50_000),
        "at 5 a.m. Mr. ".repeat(50_000),
        "(a.co".repeat(200_000),
    ];
    for text in &cases {
        let toks = tokenize(text);
        let sents = split_sentences(text);
        assert!(toks.len() <= text.len());
        assert!(sents.len() <= toks.len() + 1);
    }
}

#[test]
fn fast_path_matches_reference_on_seeds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert_eq!(tokenize(&text), claimsift::tokenize::tokenize_reference(&text));
    }
}
