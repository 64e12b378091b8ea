//! Which figures can be compared at all: a claim's comparable unit class and base value.

use crate::claims::{Change, Claim};

/// Hours per duration unit.
fn hours(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 3600.0,
        "minute" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 168.0,
        "month" => 730.5,
        "quarter" => 2191.5,
        "year" => 8766.0,
        "decade" => 87_660.0,
        "century" => 876_600.0,
        _ => return None,
    })
}

/// A claim's comparable class, its value and upper end in the class's base unit, and the base
/// unit's name.
///
/// Classes: `count`, `currency:XXX` (no exchange rates: euros never meet pounds), `percent`,
/// `percentage point`, `relative` (a change as a factor: `rose 60%` is 1.6, `fell 20%` 0.8,
/// `200-fold` 200), `duration` (hours), `data_size` (bytes), `magnitude`, and otherwise the unit
/// class the extractor names, in its base unit.
pub fn class_of(c: &Claim) -> (String, f64, Option<f64>, String) {
    let u = c.unit.as_str();
    let up = |v: f64| match c.change {
        Some(Change::Decrease) => 1.0 - v / 100.0,
        _ => 1.0 + v / 100.0,
    };
    if u == "count" || u.is_empty() {
        return ("count".into(), c.value, c.value_max, "count".into());
    }
    if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) {
        return (format!("currency:{u}"), c.value, c.value_max, u.to_string());
    }
    if u == "percent" && c.change.is_some() {
        return (
            "relative".into(),
            up(c.value),
            c.value_max.map(up),
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
    if let Some(h) = hours(u) {
        return (
            "duration".into(),
            c.value * h,
            c.value_max.map(|v| v * h),
            "hour".into(),
        );
    }
    if let Some(n) = &c.normalised {
        let class = match n.unit.as_str() {
            "byte" | "bit" => "data_size".to_string(),
            other => other.to_string(),
        };
        let (v, vm) = if n.unit == "bit" {
            (n.value / 8.0, n.value_max.map(|v| v / 8.0))
        } else {
            (n.value, n.value_max)
        };
        let base = if class == "data_size" {
            "byte".to_string()
        } else {
            n.unit.clone()
        };
        return (class, v, vm, base);
    }
    match u {
        "byte" => ("data_size".into(), c.value, c.value_max, "byte".into()),
        "bit" => (
            "data_size".into(),
            c.value / 8.0,
            c.value_max.map(|v| v / 8.0),
            "byte".into(),
        ),
        _ => (u.to_string(), c.value, c.value_max, u.to_string()),
    }
}
