//! Table-driven claim tests for each claim language other than English (issue 12): one data
//! file per language, `tests/data/langs/<code>.tsv`, written for these tests from many
//! phrasings of that language's press (none copied from a corpus).
//!
//! # Row format
//!
//! `text<TAB>claims[<TAB>numbers]`, `#` starts a comment line.
//!
//! - `claims`: the claims expected, in text order, separated by ` ; ` (`-` for none). Each is
//!   `value unit bound [key=value …]`: `value` is a number or a range `10..15`; `unit` is the
//!   unit name with `_` for spaces (`percentage_point`, `degree_Celsius`); `bound` is one of
//!   `= > >= < <= ~`. Optional keys: `span=` (the claim's text, `_` for spaces), `change=`
//!   (`increase`/`decrease`/`none`), `measure=` (the measure id, or `none`), `counted=`, `vague=yes`,
//!   `from=` (a movement's start).
//! - `numbers` (optional): non-claims that must be found, ` ; `-separated `kind=text` with `_`
//!   for spaces (`date=3._Oktober_2023`, `year=2023`, `identifier=Nummer_5`).
//!
//! Every row of every file runs; the test fails listing every row that does not match, and
//! prints per-language pass counts.

use claimsift::claims::{extract, ExtractOptions, NumberKind};
use claimsift::Lang;

const FILES: &[(&str, &str)] = &[
    ("de", include_str!("data/langs/de.tsv")),
    ("fr", include_str!("data/langs/fr.tsv")),
    ("es", include_str!("data/langs/es.tsv")),
    ("it", include_str!("data/langs/it.tsv")),
    ("pt", include_str!("data/langs/pt.tsv")),
    ("nl", include_str!("data/langs/nl.tsv")),
];

fn unspace(s: &str) -> String {
    s.replace('_', " ")
}

fn check_row(lang: Lang, line: &str) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let text = cols[0];
    let want = cols.get(1).copied().unwrap_or("-").trim();
    let opts = ExtractOptions::for_lang(lang).map_err(|e| e.to_string())?;
    let ex = extract(text, &opts);
    let got: Vec<String> = ex
        .claims
        .iter()
        .map(|c| {
            let v = match c.value_max {
                Some(m) => format!("{}..{}", c.value, m),
                None => format!("{}", c.value),
            };
            format!(
                "[{} {} {} span={:?} change={:?} measure={:?} counted={:?}]",
                v,
                c.unit,
                c.bound.as_str(),
                c.span.slice(text),
                c.change.map(|c| c.as_str()),
                c.measure,
                c.counted.map(|s| s.slice(text))
            )
        })
        .collect();
    let wants: Vec<&str> = if want == "-" || want.is_empty() {
        Vec::new()
    } else {
        want.split(" ; ").collect()
    };
    if wants.len() != ex.claims.len() {
        return Err(format!(
            "expected {} claims, got {}: {}",
            wants.len(),
            ex.claims.len(),
            got.join(" ")
        ));
    }
    for (w, c) in wants.iter().zip(&ex.claims) {
        let mut parts = w.split_whitespace();
        let (v, u, b) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
        let value_ok = match v.split_once("..") {
            Some((lo, hi)) => {
                let (lo, hi): (f64, f64) = (
                    lo.parse().map_err(|_| format!("bad value {v}"))?,
                    hi.parse().map_err(|_| format!("bad value {v}"))?,
                );
                close(c.value, lo) && c.value_max.is_some_and(|m| close(m, hi))
            }
            None => {
                let x: f64 = v.parse().map_err(|_| format!("bad value {v}"))?;
                close(c.value, x) && c.value_max.is_none()
            }
        };
        let mut ok = value_ok && c.unit == unspace(u) && c.bound.as_str() == b;
        for kv in parts {
            let (k, val) = kv.split_once('=').ok_or_else(|| format!("bad key {kv}"))?;
            let val = if k == "measure" {
                val.to_string()
            } else {
                unspace(val)
            };
            ok &= match k {
                "span" => c.span.slice(text) == val,
                "change" => c.change.map_or("none", |c| c.as_str()) == val,
                "measure" if val == "none" => c.measure.is_none(),
                "measure" => c.measure.as_deref() == Some(val.as_str()),
                "counted" => c.counted.map(|s| s.slice(text)) == Some(val.as_str()),
                "vague" => c.vague,
                "from" => c
                    .value_from
                    .is_some_and(|f| val.parse::<f64>().is_ok_and(|x| close(f, x))),
                _ => return Err(format!("unknown key {k}")),
            };
        }
        if !ok {
            return Err(format!("expected [{w}], got {}", got.join(" ")));
        }
    }
    if let Some(nums) = cols.get(2) {
        for n in nums.split(" ; ").filter(|s| !s.trim().is_empty()) {
            let (k, t) = n
                .trim()
                .split_once('=')
                .ok_or_else(|| format!("bad number {n}"))?;
            let kind = match k {
                "date" => NumberKind::Date,
                "year" => NumberKind::Year,
                "time" => NumberKind::Time,
                "identifier" => NumberKind::Identifier,
                "ordinal" => NumberKind::Ordinal,
                "other" => NumberKind::Other,
                _ => return Err(format!("unknown kind {k}")),
            };
            let t = unspace(t);
            if !ex
                .numbers
                .iter()
                .any(|m| m.kind == kind && m.span.slice(text) == t)
            {
                let found: Vec<String> = ex
                    .numbers
                    .iter()
                    .map(|m| format!("{}={:?}", m.kind.as_str(), m.span.slice(text)))
                    .collect();
                return Err(format!("expected {k} {t:?}; numbers: {}", found.join(" ")));
            }
        }
    }
    Ok(())
}

#[test]
fn language_tables() {
    let mut failures = Vec::new();
    for (code, tsv) in FILES {
        let lang = Lang::parse(code).unwrap();
        let (mut rows, mut pass) = (0, 0);
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            rows += 1;
            match check_row(lang, line) {
                Ok(()) => pass += 1,
                Err(e) => failures.push(format!(
                    "{code}.tsv:{}: {}\n    {e}",
                    n + 1,
                    line.split('\t').next().unwrap_or("")
                )),
            }
        }
        println!("{code}: {pass}/{rows} rows pass");
        assert!(rows >= 150, "{code}: only {rows} rows (150 wanted)");
    }
    assert!(
        failures.is_empty(),
        "{} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
