//! A brute-force oracle for the matcher, and a proptest comparing the two on random small
//! gazetteers and texts (non-ASCII case pairs, apostrophes, dashes, URLs, every option).
//!
//! The oracle tries every alias at every unit with plain string comparisons: no trie, no
//! interning, no packed keys, no root arrays. Keys come from [`crate::normalize::normalize`].

use super::units::is_all_caps;
use super::{CaseMode, Gazetteer, Mention, OverlapPolicy};
use crate::normalize::{fold_punct, normalize};
use crate::span::Span;
use crate::tokenize::{is_space, is_word_char};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone)]
struct OU {
    start: usize,
    end: usize,
    word: bool,
    space: bool,
    key: String,
    exact: String,
}

fn exact(s: &str) -> String {
    s.nfkc().map(|c| fold_punct(c).unwrap_or(c)).collect()
}

fn cut(text: &str) -> Vec<OU> {
    let mut out: Vec<OU> = Vec::new();
    let mut space = true;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if is_space(c) {
            space = true;
            in_word = false;
        } else if is_word_char(c) {
            if in_word {
                out.last_mut().unwrap().end = end;
            } else {
                out.push(OU {
                    start: i,
                    end,
                    word: true,
                    space,
                    key: String::new(),
                    exact: String::new(),
                });
                in_word = true;
                space = false;
            }
        } else {
            out.push(OU {
                start: i,
                end,
                word: false,
                space,
                key: String::new(),
                exact: String::new(),
            });
            in_word = false;
            space = false;
        }
    }
    for u in &mut out {
        u.key = normalize(&text[u.start..u.end]);
        u.exact = exact(&text[u.start..u.end]);
    }
    out
}

fn glued_before(u: &[OU], i: usize) -> Option<&OU> {
    if i == 0 || u[i].space {
        None
    } else {
        Some(&u[i - 1])
    }
}

fn glued_after(u: &[OU], j: usize) -> Option<&OU> {
    u.get(j + 1).filter(|n| !n.space)
}

fn joiner(k: &str) -> bool {
    ["'", ".", "&", "_"].contains(&k)
}

fn oracle(g: &Gazetteer, text: &str, policy: OverlapPolicy) -> Vec<Mention> {
    let stemmer = g.config().lang.stemmer();
    let t = cut(text);
    // URL chunks: from a word unit after whitespace that starts a URL, to the next whitespace.
    let mut blocked = vec![false; t.len()];
    let mut k = 0;
    while k < t.len() {
        let rest = text[t[k].start..].to_ascii_lowercase();
        let is_url = t[k].word
            && t[k].space
            && (rest.starts_with("http://")
                || rest.starts_with("https://")
                || (rest.starts_with("www.")
                    && rest.as_bytes().get(4).is_some_and(|b| b.is_ascii_alphanumeric())));
        if is_url {
            blocked[k] = true;
            k += 1;
            while k < t.len() && !t[k].space {
                blocked[k] = true;
                k += 1;
            }
        } else {
            k += 1;
        }
    }
    // (start unit, end unit, entity, alias)
    let mut cands: Vec<(usize, usize, u32, u32)> = Vec::new();
    let d = g.config();
    for (ei, e) in g.entities().iter().enumerate() {
        for (ai, a) in e.aliases.iter().enumerate() {
            let (case, stem, poss) = match &a.options {
                Some(o) => (o.case, o.stem, o.possessive),
                None => (d.case, d.stem, d.possessive),
            };
            let sensitive = match case {
                CaseMode::Sensitive => true,
                CaseMode::Insensitive => false,
                CaseMode::Auto => is_all_caps(&a.text),
            };
            let au = cut(&a.text);
            if au.is_empty() {
                continue;
            }
            for i in 0..t.len() {
                if i + au.len() > t.len() {
                    break;
                }
                let j = i + au.len() - 1;
                let ok = (0..au.len()).all(|k| {
                    let (x, y) = (&t[i + k], &au[k]);
                    if blocked[i + k] || x.word != y.word || (k > 0 && x.space != y.space) {
                        return false;
                    }
                    let keys = if stem && y.word {
                        stemmer.stem(&x.key) == stemmer.stem(&y.key)
                    } else {
                        x.key == y.key
                    };
                    let case_ok = !sensitive
                        || if stem && y.word {
                            x.exact.chars().zip(y.exact.chars()).all(|(p, q)| p == q)
                        } else {
                            x.exact == y.exact
                        };
                    keys && case_ok
                });
                if !ok {
                    continue;
                }
                // Start boundary.
                if let Some(p) = glued_before(&t, i) {
                    if !t[i].word && p.word {
                        continue;
                    }
                    if t[i].word && joiner(&p.key) && glued_before(&t, i - 1).is_some_and(|q| q.word) {
                        continue;
                    }
                }
                // End boundary.
                if let Some(n) = glued_after(&t, j) {
                    if !t[j].word && n.word {
                        continue;
                    }
                    if t[j].word && joiner(&n.key) {
                        if let Some(a2) = glued_after(&t, j + 1).filter(|a2| a2.word) {
                            let clitic = ["s", "re", "ll", "ve", "m", "d"].contains(&a2.key.as_str());
                            if !(n.key == "'" && clitic) {
                                continue;
                            }
                        }
                    }
                }
                // Possessive.
                if !poss {
                    if let Some(n) = glued_after(&t, j).filter(|n| n.key == "'") {
                        let follows = match glued_after(&t, j + 1).filter(|a2| a2.word) {
                            Some(a2) => a2.key == "s",
                            None => t[j].word && text[..t[j].end].to_ascii_lowercase().ends_with('s'),
                        };
                        let _ = n;
                        if follows {
                            continue;
                        }
                    }
                }
                cands.push((i, j, ei as u32, ai as u32));
            }
        }
    }
    cands.sort();
    let group = |i: usize, j: usize| -> Mention {
        let mut pairs: Vec<(u32, u32)> = cands
            .iter()
            .filter(|c| c.0 == i && c.1 == j)
            .map(|c| (c.2, c.3))
            .collect();
        pairs.sort();
        pairs.dedup_by_key(|p| p.0);
        Mention {
            span: Span::new(t[i].start, t[j].end),
            entities: pairs.iter().map(|p| p.0).collect(),
            aliases: pairs.iter().map(|p| p.1).collect(),
        }
    };
    let mut spans: Vec<(usize, usize)> = cands.iter().map(|c| (c.0, c.1)).collect();
    spans.dedup();
    match policy {
        OverlapPolicy::All => spans.iter().map(|&(i, j)| group(i, j)).collect(),
        OverlapPolicy::LeftmostLongest => {
            let mut out = Vec::new();
            let mut next = 0;
            for i in 0..t.len() {
                if i < next {
                    continue;
                }
                if let Some(j) = spans.iter().filter(|s| s.0 == i).map(|s| s.1).max() {
                    out.push(group(i, j));
                    next = j + 1;
                }
            }
            out
        }
    }
}

const PIECES: &[&str] = &[
    "a", "b", "ab", "A", "B", "AB", "cat", "cats", "Cat", "CAT", "İ", "i\u{307}", "I", "i", "ß", "ss", "SS",
    "ẞ", "Σ", "σ", "ς", "é", "e\u{301}", "É", "’", "'", "s", "-", "–", ".", "+", "&", "9", "72", " ", " ",
    " ", "  ", "\n", "\u{a0}", "http://", "www.", "O’", "don't", "running", "runs", "Ω", "ǅ", "ﬁ",
];

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(PIECES)
}

fn phrase(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..max).prop_map(|v| v.concat())
}

fn case_mode() -> impl Strategy<Value = CaseMode> {
    prop::sample::select(vec![CaseMode::Auto, CaseMode::Sensitive, CaseMode::Insensitive])
}

fn alias() -> impl Strategy<Value = super::Alias> {
    (
        phrase(4),
        prop::option::of((case_mode(), any::<bool>(), any::<bool>())),
    )
        .prop_map(|(t, o)| super::Alias {
            text: t,
            options: o.map(|(case, stem, possessive)| super::AliasOptions {
                case,
                stem,
                possessive,
            }),
            form: None,
        })
}

fn gazetteer() -> impl Strategy<Value = Gazetteer> {
    (
        prop::collection::vec(prop::collection::vec(alias(), 1..4), 1..5),
        case_mode(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(ents, case, stem, possessive)| {
            let entities = ents
                .into_iter()
                .enumerate()
                .map(|(i, aliases)| super::Entity {
                    id: format!("e{i}"),
                    name: aliases[0].text.clone(),
                    kind: None,
                    aliases,
                    meta: Default::default(),
                })
                .filter(|e| !e.name.trim().is_empty())
                .collect::<Vec<_>>();
            Gazetteer::builder()
                .case(case)
                .stem(stem)
                .possessive(possessive)
                .build(entities)
                .unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn matches_the_oracle(g in gazetteer(), text in phrase(16)) {
        for policy in [OverlapPolicy::LeftmostLongest, OverlapPolicy::All] {
            let got = g.find_with(&text, policy);
            let want = oracle(&g, &text, policy);
            prop_assert_eq!(&got, &want, "policy {:?}, text {:?}", policy, text);
        }
        let g2 = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
        prop_assert_eq!(g2.find(&text), g.find(&text));
        // Long texts take the cached path (per-thread unit-id and stem cache).
        let mut long = text.clone();
        while long.len() < 600 {
            long.push(' ');
            long.push_str(&text);
        }
        prop_assert_eq!(g.find(&long), oracle(&g, &long, g.config().overlap));
        prop_assert_eq!(g2.find(&long), oracle(&g2, &long, g2.config().overlap));
    }

    #[test]
    fn texts_built_from_aliases(g in gazetteer(), picks in prop::collection::vec((0usize..20, 0usize..4, piece()), 1..6)) {
        // Texts made of the aliases themselves, glued with random pieces: many matches.
        prop_assume!(!g.entities().is_empty());
        let mut text = String::new();
        for (e, a, glue) in picks {
            let es = g.entities();
            let ent = &es[e % es.len()];
            text.push_str(&ent.aliases[a % ent.aliases.len()].text);
            text.push_str(glue);
        }
        if text.len() % 2 == 0 {
            // Half the cases long enough for the cached path.
            let base = text.clone();
            while text.len() < 400 {
                text.push_str(&base);
            }
        }
        for policy in [OverlapPolicy::LeftmostLongest, OverlapPolicy::All] {
            let got = g.find_with(&text, policy);
            let want = oracle(&g, &text, policy);
            prop_assert_eq!(&got, &want, "policy {:?}, text {:?}", policy, text);
        }
    }
}
