//! A figure as an interval of values it is compatible with, and the sweeps over them.
//!
//! A figure's interval (in its class's base unit) follows from its bound and its rounding:
//!
//! | figure | interval |
//! |---|---|
//! | `47,000` (round) | [46,500.5, 47,499.5] — half a unit of the last significant digit, for round figures of two or more zeros |
//! | `47,123` | [47,122.501, 47,123.499] — half a unit of the last written digit |
//! | `64.1` | [64.0501, 64.1499] |
//! | `about 300` | [270, 330] with the default ±10 % |
//! | `more than 200` / `at least 200` | (200, ∞) / [200, ∞) |
//! | `up to 50` / `fewer than 50` | (-∞, 50] / (-∞, 50) |
//! | `10 to 15` | [10, 15] |
//!
//! Figures in one group agree when their intervals share a point; on a line, that holds for all
//! of them together exactly when it holds for every pair (Helly), so agreement is the O(n) test
//! `max(low) <= min(high)`, and the conflicting pair is the figure with the largest low and the
//! one with the smallest high.

use crate::claims::Bound;

/// A closed or half-open interval of values (`low` may be -inf, `high` +inf).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
    /// The lower end is excluded (`more than`).
    pub low_open: bool,
    /// The upper end is excluded (`fewer than`).
    pub high_open: bool,
}

/// Serialised as `[low, high, low_open, high_open]` with infinite ends as `null` (JSON has no
/// infinity).
impl serde::Serialize for Interval {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = |v: f64| v.is_finite().then_some(v);
        (f(self.low), f(self.high), self.low_open, self.high_open).serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Interval {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (low, high, low_open, high_open) = <(Option<f64>, Option<f64>, bool, bool)>::deserialize(d)?;
        Ok(Interval {
            low: low.unwrap_or(f64::NEG_INFINITY),
            high: high.unwrap_or(f64::INFINITY),
            low_open,
            high_open,
        })
    }
}

/// Half a unit of the last written digit: of a round integer's last significant digit (47,000
/// → 500), of a decimal's last decimal (64.1 → 0.05, so 64.13 is compatible), of an integer's
/// units (4 → 0.5, so `4 million` covers 3.98 million and `10%` covers 9.8%).
pub fn rounding(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() || v.abs() > 1e18 {
        return 0.0;
    }
    if v.fract() != 0.0 {
        let s = format!("{}", v.abs());
        let decimals = s.split_once('.').map_or(0, |x| x.1.len()).min(12);
        return 0.499 * 10f64.powi(-(decimals as i32));
    }
    let mut n = v.abs() as u64;
    let mut z = 0u32;
    while n % 10 == 0 && n > 0 {
        n /= 10;
        z += 1;
    }
    if z >= 2 {
        0.499 * 10f64.powi(z as i32)
    } else {
        0.499
    }
}

/// Half a unit of the last decimal written in a plain numeral whose text is its value (`7.0` →
/// 0.05); `None` for other numerals (words, scales, groups), whose value says their precision.
pub fn written_tolerance(numeral: &str, value: f64) -> Option<f64> {
    let t = numeral.trim_start_matches(['+', '-', '\u{2212}']);
    let (int, frac) = t.split_once('.')?;
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || frac.is_empty()
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let parsed: f64 = t.parse().ok()?;
    if (parsed - value.abs()).abs() > 1e-9 * value.abs().max(1.0) {
        return None;
    }
    Some(0.499 * 10f64.powi(-(frac.len().min(12) as i32)))
}

impl Interval {
    /// The interval of a figure `value`–`value_max` (already in the base unit, `scale` being the
    /// factor from the stated unit, for rounding) with its bound; `approx` is the relative width
    /// of `~` figures.
    pub fn of(
        value: f64,
        value_max: Option<f64>,
        stated: f64,
        scale: f64,
        bound: Bound,
        vague: bool,
        approx: f64,
    ) -> Interval {
        let hi0 = value_max.unwrap_or(value);
        let (lo, hi) = (value.min(hi0), value.max(hi0));
        let closed = |low, high| Interval {
            low,
            high,
            low_open: false,
            high_open: false,
        };
        let bound = if vague { Bound::Ge } else { bound };
        match bound {
            Bound::Eq if value_max.is_none() => {
                let tol = rounding(stated) * scale.abs();
                closed(lo - tol, hi + tol)
            }
            Bound::Approx => {
                let (a, b) = (lo * (1.0 - approx), hi * (1.0 + approx));
                closed(a.min(b), a.max(b))
            }
            Bound::Gt => Interval {
                low: lo,
                high: f64::INFINITY,
                low_open: true,
                high_open: false,
            },
            Bound::Ge => closed(lo, f64::INFINITY),
            Bound::Lt => Interval {
                low: f64::NEG_INFINITY,
                high: hi,
                low_open: false,
                high_open: true,
            },
            Bound::Le => closed(f64::NEG_INFINITY, hi),
            _ => closed(lo, hi),
        }
    }

    /// True when the two share a value.
    pub fn overlaps(&self, o: &Interval) -> bool {
        let (lo, lo_open) = if self.low > o.low {
            (self.low, self.low_open)
        } else if o.low > self.low {
            (o.low, o.low_open)
        } else {
            (self.low, self.low_open || o.low_open)
        };
        let (hi, hi_open) = if self.high < o.high {
            (self.high, self.high_open)
        } else if o.high < self.high {
            (o.high, o.high_open)
        } else {
            (self.high, self.high_open || o.high_open)
        };
        lo < hi || (lo == hi && !lo_open && !hi_open)
    }

    /// A representative point: the middle of a finite interval, else its finite end.
    pub fn point(&self) -> f64 {
        match (self.low.is_finite(), self.high.is_finite()) {
            (true, true) => (self.low + self.high) / 2.0,
            (true, false) => self.low,
            (false, true) => self.high,
            _ => 0.0,
        }
    }

    /// The smallest interval holding both.
    pub fn hull(&self, o: &Interval) -> Interval {
        Interval {
            low: self.low.min(o.low),
            high: self.high.max(o.high),
            low_open: if self.low < o.low {
                self.low_open
            } else {
                o.low_open
            },
            high_open: if self.high > o.high {
                self.high_open
            } else {
                o.high_open
            },
        }
    }
}

/// The first conflicting pair among `ivs` (indices of the figure with the largest low and the one
/// with the smallest high), or `None` when all share a value. O(n).
pub fn conflict(ivs: &[Interval]) -> Option<(usize, usize)> {
    if ivs.len() < 2 {
        return None;
    }
    let mut hi_low = 0;
    let mut lo_high = 0;
    for (i, iv) in ivs.iter().enumerate() {
        if iv.low > ivs[hi_low].low || (iv.low == ivs[hi_low].low && iv.low_open) {
            hi_low = i;
        }
        if iv.high < ivs[lo_high].high || (iv.high == ivs[lo_high].high && iv.high_open) {
            lo_high = i;
        }
    }
    (!ivs[hi_low].overlaps(&ivs[lo_high])).then_some((lo_high, hi_low))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(v: f64, b: Bound) -> Interval {
        Interval::of(v, None, v, 1.0, b, false, 0.1)
    }

    #[test]
    fn bounds_and_rounding() {
        let a = iv(47_000.0, Bound::Eq);
        assert!(a.low < 46_600.0 && a.high > 47_400.0);
        let b = iv(47_123.0, Bound::Eq);
        assert!(b.low > 47_122.5 && b.high < 47_123.5);
        assert!(!b.overlaps(&iv(47_124.0, Bound::Eq)));
        // a decimal carries half a unit of its last decimal
        assert!(iv(64.1, Bound::Eq).overlaps(&iv(64.13, Bound::Eq)));
        assert!(!iv(64.1, Bound::Eq).overlaps(&iv(64.2, Bound::Eq)));
        assert!(iv(200.0, Bound::Gt).overlaps(&iv(250.0, Bound::Eq)));
        assert!(!iv(200.0, Bound::Gt).overlaps(&iv(150.0, Bound::Eq)));
        assert!(!iv(200.0, Bound::Gt).overlaps(&iv(200.0, Bound::Le)));
        assert!(iv(200.0, Bound::Ge).overlaps(&iv(200.0, Bound::Le)));
        assert!(iv(300.0, Bound::Approx).overlaps(&iv(329.0, Bound::Eq)));
        assert!(!iv(300.0, Bound::Approx).overlaps(&iv(331.0, Bound::Eq)));
        // 10% covers 9.8% only through `~`; 4 million covers 3.98 million
        assert!(iv(4e6, Bound::Eq).overlaps(&iv(3.98e6, Bound::Eq)));
    }

    #[test]
    fn conflict_is_helly() {
        let ivs = [iv(296.0, Bound::Ge), iv(820.0, Bound::Eq), iv(2012.0, Bound::Eq)];
        assert_eq!(conflict(&ivs), Some((1, 2)));
        let ok = [iv(296.0, Bound::Ge), iv(820.0, Bound::Ge), iv(2012.0, Bound::Eq)];
        assert_eq!(conflict(&ok), None);
        assert_eq!(conflict(&ok[..1]), None);
    }
}
