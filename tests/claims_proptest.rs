//! Property tests: claim extraction never panics and its spans are well formed on any input.

use claimsift::claims::{extract, ExtractOptions};
use proptest::prelude::*;

fn check(text: &str) {
    let ex = extract(text, &ExtractOptions::default());
    let ok = |s: claimsift::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for w in ex.claims.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "claims overlap or are unsorted in {text:?}"
        );
    }
    for w in ex.numbers.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "numbers overlap or are unsorted in {text:?}"
        );
    }
    for m in &ex.numbers {
        assert!(ok(m.span));
    }
    for c in &ex.claims {
        for s in [
            Some(c.span),
            Some(c.num_span),
            Some(c.sentence),
            c.counted,
            c.counted_modifier,
            c.attribution,
            c.time,
            c.qualifier,
        ]
        .into_iter()
        .flatten()
        {
            assert!(ok(s), "bad span {s:?} in {text:?}");
            assert!(c.sentence.contains(&s), "span outside its sentence in {text:?}");
        }
        assert!(
            c.span.contains(&c.num_span),
            "span does not contain num_span in {text:?}"
        );
        assert!(c.value.is_finite());
        if let Some(q) = c.qualifier {
            assert!(c.span.contains(&q));
        }
    }
}

/// Fragments that exercise the recognisers, glued in random orders.
const PIECES: &[&str] = &[
    "at least",
    "over",
    "more than",
    "as many as",
    "up to",
    "about",
    "between",
    "and",
    "to",
    "-",
    "–",
    "$",
    "£",
    "€",
    "US$",
    "NIS",
    "1,700",
    "61,827",
    "2.5",
    "0.1",
    "10",
    "15",
    "2023",
    "1917",
    "+972",
    "−3",
    "1\u{a0}700",
    "10:30",
    "9/11",
    "1,2,3,4",
    "million",
    "bn",
    "m",
    "k",
    "%",
    "percent",
    "per",
    "cent",
    "fold",
    "200-fold",
    "two",
    "forty",
    "five",
    "a",
    "dozen",
    "dozens",
    "thousands",
    "of",
    "hundreds",
    "half",
    "third",
    "one",
    "hours",
    "months",
    "decades",
    "terabytes",
    "km",
    "/",
    "h",
    "°",
    "C.",
    "people",
    "deaths",
    "killed",
    "wounded",
    "Israeli",
    "Palestinian",
    "Unit",
    "8200",
    "GPT-4",
    "October",
    "7",
    ",",
    ".",
    "said",
    "the report",
    "according",
    "since",
    "in",
    "June",
    "2024",
    "p.m.",
    "4th",
    "1990s",
    "https://x.org/2024/4/5",
    "increased",
    "by",
    "fell",
    "doubled",
    "twofold",
    "times",
    "more",
    "or",
    "+",
    "\n",
    "Section",
    "S&P",
    "500",
    "v2",
    "won",
    "3",
    "1",
    "(",
    ")",
    "“",
    "”",
    "’s",
    "tens",
    "several",
    "thousand",
    "99999999999999999999999999999",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,80}") {
        check(&s);
    }

    #[test]
    fn numberish_strings_never_panic(s in "[0-9,.:/ \u{a0}+\u{2212}$%a-z-]{0,40}") {
        check(&s);
    }

    #[test]
    fn piece_sequences(idx in proptest::collection::vec(0..PIECES.len(), 0..24), glue in proptest::collection::vec(any::<bool>(), 24)) {
        let mut s = String::new();
        for (k, i) in idx.iter().enumerate() {
            if k > 0 && !glue[k] {
                s.push(' ');
            }
            s.push_str(PIECES[*i]);
        }
        check(&s);
    }
}

#[test]
fn huge_inputs() {
    check(&"9".repeat(10_000));
    check(&format!("${} million", "1,000".repeat(2_000)));
    check(&"1,2,3,4 ".repeat(1_000));
    check(&"over ".repeat(1_000));
    check(&"forty-".repeat(1_000));
    check(&"hundreds of ".repeat(1_000));
}

#[test]
fn long_sentences_stay_linear() {
    let t = std::time::Instant::now();
    check(&"5 people said in 2020 last year ".repeat(5_000));
    check(&"5, ".repeat(50_000));
    assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
}
