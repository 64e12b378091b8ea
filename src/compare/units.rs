//! Which figures can be compared at all: a claim's comparable unit class and base value, read
//! from the unit vocabulary (`src/claims/data/units.tsv`, through [`crate::claims::unit_info`]):
//! the comparison keeps no unit table of its own.

use crate::claims::{unit_info, Change, Claim};

/// A claim's comparable class, its value and upper end in the class's base unit, and the base
/// unit's name.
///
/// Classes are the vocabulary's (`count`, `length`, `duration`, `data`, `temperature`, …), with
/// three refinements for comparison: money is `currency:XXX` (no exchange rates: euros never meet
/// pounds), a percentage or a fold that states a change is `relative` (a factor: `rose 60%` is
/// 1.6, `fell 20%` 0.8, `200-fold` 200), and a unit outside the vocabulary is its own class.
///
/// ```
/// use claimsift::claims::{extract, ExtractOptions};
/// use claimsift::compare::class_of;
/// let ex = extract("Sales rose 60% to $2.5 billion over two decades.", &ExtractOptions::default());
/// let classes: Vec<String> = ex.claims.iter().map(|c| class_of(c).0).collect();
/// assert_eq!(classes, ["relative", "currency:USD", "duration"]);
/// assert_eq!(class_of(&ex.claims[0]).1, 1.6);
/// ```
pub fn class_of(c: &Claim) -> (String, f64, Option<f64>, String) {
    let u = c.unit.as_str();
    let factor = |v: f64| match c.change {
        Some(Change::Decrease) => 1.0 - v / 100.0,
        _ => 1.0 + v / 100.0,
    };
    if u == "count" || u.is_empty() {
        return ("count".into(), c.value, c.value_max, "count".into());
    }
    if u == "percent" && c.change.is_some() {
        return (
            "relative".into(),
            factor(c.value),
            c.value_max.map(factor),
            "factor".into(),
        );
    }
    if u == "fold" {
        let f = |v: f64| match c.change {
            Some(Change::Decrease) if v != 0.0 => 1.0 / v,
            _ => v,
        };
        return ("relative".into(), f(c.value), c.value_max.map(f), "factor".into());
    }
    let info = unit_info(u);
    if info.is_some_and(|i| i.class == "money") || (u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()))
    {
        // minor units are already in the major one (45p is 0.45 GBP)
        let (v, vm) = match &c.normalised {
            Some(n) => (n.value, n.value_max),
            None => (c.value, c.value_max),
        };
        return (format!("currency:{u}"), v, vm, u.to_string());
    }
    match (info, &c.normalised) {
        (Some(i), Some(n)) => (i.class.to_string(), n.value, n.value_max, n.unit.clone()),
        (Some(i), None) => {
            let f = i.factor.unwrap_or(1.0);
            (
                i.class.to_string(),
                c.value * f + i.offset,
                c.value_max.map(|v| v * f + i.offset),
                i.base.to_string(),
            )
        }
        (None, _) => (u.to_string(), c.value, c.value_max, u.to_string()),
    }
}
