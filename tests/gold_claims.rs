//! Acceptance test against the hand-annotated seed corpus (`tests/data/gold/claims.json`,
//! described in `tests/data/gold/README.md`). Public API only.
//!
//! Gold offsets are code points; the crate's are bytes, converted with `CharIndex`.
//! Run with `--nocapture` to see the per-item table and the rates.

use claimsift::claims::{extract, Claim, ExtractOptions};
use claimsift::span::CharIndex;
use serde_json::Value;

struct Pred {
    start: usize,
    end: usize,
    num_start: usize,
    num_end: usize,
    claim: Claim,
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '+')
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase().chars().take(5).collect())
        .collect()
}

/// Does the predicted text share a (5-letter-prefix) word with the gold description?
fn shares_word(pred: &str, gold: &str) -> bool {
    let g = words(gold);
    words(pred).iter().any(|w| g.contains(w))
}

#[test]
fn gold_claims() {
    let gold: Value = serde_json::from_str(include_str!("data/gold/claims.json")).unwrap();
    let obj = gold.as_object().unwrap();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut exact, mut val_ok, mut unit_ok, mut bound_ok) = (0usize, 0usize, 0usize, 0usize);
    let (mut counted_ok, mut attr_ok, mut attr_n, mut time_ok, mut time_n) = (0, 0, 0, 0, 0);
    let mut overlaps = Vec::new();
    let (mut kinds_ok, mut kinds_n) = (0usize, 0usize);
    let mut problems = Vec::new();
    for (file, items) in obj {
        if file == "conventions" {
            continue;
        }
        let path = format!("{}/seeds/{}", env!("CARGO_MANIFEST_DIR"), file);
        let text = std::fs::read_to_string(&path).unwrap();
        let ex = extract(&text, &ExtractOptions::default());
        let ci = CharIndex::new(&text);
        let c = |b: usize| ci.char_offset(b);
        let preds: Vec<Pred> = ex
            .claims
            .iter()
            .map(|cl| Pred {
                start: c(cl.span.start),
                end: c(cl.span.end),
                num_start: c(cl.num_span.start),
                num_end: c(cl.num_span.end),
                claim: cl.clone(),
            })
            .collect();
        let txt = |s: Option<claimsift::Span>| s.map(|s| s.slice(&text).to_string()).unwrap_or_default();
        let mut used = vec![false; preds.len()];
        for g in items.as_array().unwrap() {
            let kind = g["kind"].as_str().unwrap();
            let borderline = g["borderline"].as_bool().unwrap();
            let (gs, ge) = (
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
            );
            // Every gold number has a mention of the same kind.
            if !borderline {
                kinds_n += 1;
                let m = ex
                    .numbers
                    .iter()
                    .find(|m| c(m.span.start) < ge && gs < c(m.span.end));
                match m {
                    Some(m) if m.kind.as_str() == kind => kinds_ok += 1,
                    _ => problems.push(format!(
                        "{file}: kind of {:?}: {:?} vs gold {kind}",
                        g["text"],
                        m.map(|m| (m.span.slice(&text), m.kind.as_str()))
                    )),
                }
            }
            if kind != "quantity" {
                for (k, p) in preds.iter().enumerate() {
                    if p.start < ge && gs < p.end {
                        used[k] = true;
                        if !borderline {
                            overlaps.push(format!(
                                "{file}: claim {:?} overlaps {kind} {:?}",
                                p.claim.span.slice(&text),
                                g["text"]
                            ));
                        }
                    }
                }
                continue;
            }
            let (ns, ne) = (
                g["num_start"].as_u64().unwrap() as usize,
                g["num_end"].as_u64().unwrap() as usize,
            );
            let hit = preds.iter().position(|p| p.num_start < ne && ns < p.num_end);
            let Some(k) = hit else {
                if !borderline {
                    fn_ += 1;
                    problems.push(format!("{file}: MISSED {:?}", g["text"]));
                }
                continue;
            };
            used[k] = true;
            if borderline {
                continue;
            }
            tp += 1;
            let p = &preds[k];
            let cl = &p.claim;
            exact += (p.start == gs && p.end == ge) as usize;
            let v_ok = (cl.value - g["value"].as_f64().unwrap()).abs() < 1e-9 * cl.value.abs().max(1.0);
            let u_ok = cl.unit == g["unit"].as_str().unwrap();
            let b_ok = cl.bound.as_str() == g["bound"].as_str().unwrap();
            val_ok += v_ok as usize;
            unit_ok += u_ok as usize;
            bound_ok += b_ok as usize;
            let counted = format!("{} {}", txt(cl.counted_modifier), txt(cl.counted));
            let c_ok = cl.counted.is_some() && shares_word(&counted, g["counted"].as_str().unwrap_or(""));
            counted_ok += c_ok as usize;
            let a_ok = match g["attribution"].as_str() {
                Some(a) => {
                    attr_n += 1;
                    cl.attribution.is_some_and(|s| shares_word(s.slice(&text), a))
                }
                None => {
                    attr_n += 1;
                    cl.attribution.is_none()
                }
            };
            attr_ok += a_ok as usize;
            let t_ok = match g["time"].as_str() {
                Some(t) => cl.time.is_some_and(|s| shares_word(s.slice(&text), t)),
                None => cl.time.is_none(),
            };
            time_n += 1;
            time_ok += t_ok as usize;
            println!(
                "{file} {:>28} | v{} u{} b{} | counted {:?} ({}) | attr {:?} ({}) | time {:?} ({})",
                format!("{:?}", cl.span.slice(&text)),
                v_ok as u8,
                u_ok as u8,
                b_ok as u8,
                counted.trim(),
                if c_ok { "ok" } else { "--" },
                txt(cl.attribution),
                if a_ok { "ok" } else { "--" },
                txt(cl.time),
                if t_ok { "ok" } else { "--" },
            );
            if !(v_ok && u_ok && b_ok) {
                problems.push(format!(
                    "{file}: {:?} value {} unit {} bound {} vs gold {}",
                    cl.span.slice(&text),
                    cl.value,
                    cl.unit,
                    cl.bound.as_str(),
                    g
                ));
            }
        }
        for (k, p) in preds.iter().enumerate() {
            if !used[k] {
                fp += 1;
                problems.push(format!("{file}: SPURIOUS {:?}", p.claim.span.slice(&text)));
            }
        }
    }
    let prec = tp as f64 / (tp + fp).max(1) as f64;
    let rec = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * prec * rec / (prec + rec).max(1e-9);
    let r = |a: usize| a as f64 / tp.max(1) as f64;
    println!("tp {tp} fp {fp} fn {fn_}: P {prec:.3} R {rec:.3} F1 {f1:.3}");
    println!(
        "exact full span {:.3}; value {:.3} unit {:.3} bound {:.3}",
        r(exact),
        r(val_ok),
        r(unit_ok),
        r(bound_ok)
    );
    println!(
        "counted {:.3}; attribution {:.3} ({attr_n}); time {:.3} ({time_n})",
        r(counted_ok),
        attr_ok as f64 / attr_n.max(1) as f64,
        time_ok as f64 / time_n.max(1) as f64
    );
    println!("number kinds {kinds_ok}/{kinds_n}");
    for p in &problems {
        println!("{p}");
    }
    assert!(
        kinds_ok as f64 >= 0.95 * kinds_n as f64,
        "number kinds {kinds_ok}/{kinds_n}"
    );
    assert!(
        overlaps.is_empty(),
        "claims overlap non-quantity gold items: {overlaps:#?}"
    );
    assert!(f1 >= 0.98, "F1 {f1:.3}: {problems:#?}");
    assert!(
        r(val_ok) >= 0.97 && r(unit_ok) >= 0.97 && r(bound_ok) >= 0.97,
        "{problems:#?}"
    );
    assert!(r(exact) >= 0.9, "exact span agreement {:.3}", r(exact));
    assert!(r(counted_ok) >= 0.8, "counted {:.3}", r(counted_ok));
    assert!(attr_ok as f64 / attr_n.max(1) as f64 >= 0.75, "attribution");
    assert!(time_ok as f64 / time_n.max(1) as f64 >= 0.7, "time");
}
