//! The gazetteer against the hand-made gold mentions of the seed corpus.
//!
//! `tests/data/gold/{entities,mentions}.json` are copies of `shared/gold` (see the README
//! there for the conventions). A mention is correct when its span (code points, as in the gold)
//! and entity id both match. Every miss is printed.

use claimsift::gazetteer::Gazetteer;
use std::collections::BTreeSet;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/gold");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

#[test]
fn gold_mentions_f1() {
    let g = Gazetteer::from_path(format!("{DIR}/entities.json")).unwrap();
    assert_eq!(g.entities().len(), 56);
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/mentions.json")).unwrap()).unwrap();
    let (mut tp, mut n_pred, mut n_gold) = (0usize, 0usize, 0usize);
    for (file, items) in gold.as_object().unwrap() {
        let text = std::fs::read_to_string(format!("{SEEDS}/{file}")).unwrap();
        let want: BTreeSet<(usize, usize, String)> = items
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                    m["id"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let idx = claimsift::span::CharIndex::new(&text);
        let mut got = BTreeSet::new();
        for m in g.find(&text) {
            for r in g.resolve(&m) {
                got.insert((
                    idx.char_offset(m.span.start),
                    idx.char_offset(m.span.end),
                    r.id().to_string(),
                ));
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let ctx = |s: usize, e: usize| -> String {
            let a = s.saturating_sub(25);
            let b = (e + 25).min(chars.len());
            chars[a..b].iter().collect::<String>().replace('\n', " ")
        };
        for w in want.difference(&got) {
            println!(
                "{file}: MISSED  {:?} {} …{}…",
                chars[w.0..w.1].iter().collect::<String>(),
                w.2,
                ctx(w.0, w.1)
            );
        }
        for w in got.difference(&want) {
            println!(
                "{file}: SPURIOUS {:?} {} …{}…",
                chars[w.0..w.1].iter().collect::<String>(),
                w.2,
                ctx(w.0, w.1)
            );
        }
        tp += want.intersection(&got).count();
        n_pred += got.len();
        n_gold += want.len();
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE);
    println!(
        "gold mentions: {tp} correct of {n_gold} gold, {n_pred} predicted: P={p:.4} R={r:.4} F1={f1:.4}"
    );
    assert_eq!(n_gold, 360);
    assert!(f1 >= 0.97, "mention F1 {f1:.4} < 0.97");
}
