//! When a figure is for: a time reference as written, resolved against a document's date.
//!
//! A [`TimeRef`] is what the sentence says (`in 2008`, `in April`, `last year`, `on Tuesday`,
//! `the first quarter`); [`TimeRef::resolve`] turns it into a [`Period`] given the document's
//! date (relative references need one; absolute ones do not, except for a month or a quarter
//! written without its year, which takes the document's year, or the previous year when the
//! month lies after the document's date).
//!
//! ```
//! use chrono::NaiveDate;
//! use claimsift::claims::{TimeRef, RelUnit};
//! let d = NaiveDate::from_ymd_opt(2020, 5, 8).unwrap();
//! let april = TimeRef::Period { year: None, quarter: None, month: Some(4), day: None };
//! assert_eq!(april.resolve(Some(d)).unwrap().to_iso(), "2020-04");
//! let last_year = TimeRef::Relative { unit: RelUnit::Year, offset: -1 };
//! assert_eq!(last_year.resolve(Some(d)).unwrap().to_iso(), "2019");
//! assert!(last_year.resolve(None).is_none());
//! let tuesday = TimeRef::Weekday(1);
//! assert_eq!(tuesday.resolve(Some(d)).unwrap().to_iso(), "2020-05-05");
//! ```

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The unit of a relative time reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum RelUnit {
    /// `yesterday`, `today`.
    Day,
    /// `last week`.
    Week,
    /// `last month`.
    Month,
    /// `last quarter`, `a year-ago quarter` is a [`RelUnit::Year`] offset.
    Quarter,
    /// `last year`, `a year earlier`.
    Year,
}

/// A time reference as the text states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TimeRef {
    /// An absolute period: a year (`in 2008`), a quarter (`the first quarter of 2024`), a month
    /// (`in April`, `March 2020`) or a day (`on 9 September`); absent parts are unknown.
    Period {
        /// The year, when written.
        year: Option<i32>,
        /// 1–4.
        quarter: Option<u8>,
        /// 1–12.
        month: Option<u8>,
        /// 1–31.
        day: Option<u8>,
    },
    /// Relative to the document's date: `last year` is `(Year, -1)`, `this month` `(Month, 0)`,
    /// `yesterday` `(Day, -1)`.
    Relative {
        /// The unit.
        unit: RelUnit,
        /// How many units after (positive) or before (negative) the document's date.
        offset: i32,
    },
    /// `on Tuesday`: the last such day on or before the document's date (0 = Monday … 6 = Sunday).
    Weekday(u8),
}

/// How fine a [`Period`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Grain {
    /// A calendar day.
    Day,
    /// A week (seven days ending on the reference day).
    Week,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
}

/// A resolved period: first and last day (inclusive) and its grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// Day, week, month, quarter or year.
    pub grain: Grain,
}

impl Period {
    /// ISO-style label: `2008`, `2024-Q1`, `2023-09`, `2023-09-09`, `2023-W36` for a week.
    pub fn to_iso(&self) -> String {
        match self.grain {
            Grain::Year => format!("{:04}", self.start.year()),
            Grain::Quarter => format!("{:04}-Q{}", self.start.year(), self.start.month0() / 3 + 1),
            Grain::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            Grain::Week => {
                let w = self.end.iso_week();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Grain::Day => self.start.format("%Y-%m-%d").to_string(),
        }
    }
    /// True when the two periods share a day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
    fn year(y: i32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(y, 1, 1)?,
            end: NaiveDate::from_ymd_opt(y, 12, 31)?,
            grain: Grain::Year,
        })
    }
    fn month(y: i32, m: u32) -> Option<Period> {
        let start = NaiveDate::from_ymd_opt(y, m, 1)?;
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)?
        };
        Some(Period {
            start,
            end: next.pred_opt()?,
            grain: Grain::Month,
        })
    }
    fn quarter(y: i32, q: u32) -> Option<Period> {
        let a = Period::month(y, (q - 1) * 3 + 1)?;
        let b = Period::month(y, (q - 1) * 3 + 3)?;
        Some(Period {
            start: a.start,
            end: b.end,
            grain: Grain::Quarter,
        })
    }
    fn day(d: NaiveDate) -> Period {
        Period {
            start: d,
            end: d,
            grain: Grain::Day,
        }
    }
}

/// Shifts a (year, month) by `n` months.
fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

impl TimeRef {
    /// The period this reference denotes, given the document's date (needed for relative
    /// references and for a month, quarter or day written without its year).
    pub fn resolve(&self, doc_date: Option<NaiveDate>) -> Option<Period> {
        match *self {
            TimeRef::Period {
                year,
                quarter,
                month,
                day,
            } => {
                // A month or day without a year: the latest such one on or before the document date.
                let infer_year = |m: u32| -> Option<i32> {
                    let d = doc_date?;
                    Some(if m > d.month() { d.year() - 1 } else { d.year() })
                };
                match (year, quarter, month, day) {
                    (Some(y), None, None, _) => Period::year(y),
                    (y, Some(q), _, _) if (1..=4).contains(&q) => {
                        let y = match y {
                            Some(y) => y,
                            None => infer_year(u32::from(q - 1) * 3 + 1)?,
                        };
                        Period::quarter(y, u32::from(q))
                    }
                    (y, None, Some(m), None) => {
                        let y = match y {
                            Some(y) => y,
                            None => infer_year(u32::from(m))?,
                        };
                        Period::month(y, u32::from(m))
                    }
                    (y, None, Some(m), Some(dd)) => {
                        let y = match y {
                            Some(y) => y,
                            None => infer_year(u32::from(m))?,
                        };
                        NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(dd)).map(Period::day)
                    }
                    _ => None,
                }
            }
            TimeRef::Relative { unit, offset } => {
                let d = doc_date?;
                match unit {
                    RelUnit::Day => {
                        let day = if offset >= 0 {
                            d.checked_add_days(Days::new(offset as u64))?
                        } else {
                            d.checked_sub_days(Days::new(offset.unsigned_abs() as u64))?
                        };
                        Some(Period::day(day))
                    }
                    RelUnit::Week => {
                        let end = if offset >= 0 {
                            d.checked_add_days(Days::new(7 * offset as u64))?
                        } else {
                            d.checked_sub_days(Days::new(7 * offset.unsigned_abs() as u64))?
                        };
                        Some(Period {
                            start: end.checked_sub_days(Days::new(6))?,
                            end,
                            grain: Grain::Week,
                        })
                    }
                    RelUnit::Month => {
                        let (y, m) = add_months(d.year(), d.month(), offset);
                        Period::month(y, m)
                    }
                    RelUnit::Quarter => {
                        let q0 = d.month0() / 3;
                        let (y, m) = add_months(d.year(), q0 * 3 + 1, offset * 3);
                        Period::quarter(y, (m - 1) / 3 + 1)
                    }
                    RelUnit::Year => Period::year(d.year() + offset),
                }
            }
            TimeRef::Weekday(w) => {
                let d = doc_date?;
                let back = (7 + d.weekday().num_days_from_monday() as i64 - i64::from(w)) % 7;
                Some(Period::day(d.checked_sub_days(Days::new(back as u64))?))
            }
        }
    }
}

/// A compact text form of a time reference, as Python and the Arrow `time_ref` column show it:
/// `2008`, `2024-Q1`, `--04` (April, year unstated), `--09-09`, `year-1` (last year), `day+0`
/// (today), `weekday:1` (Tuesday).
///
/// ```
/// use claimsift::claims::{time_ref_label, RelUnit, TimeRef};
/// let april = TimeRef::Period { year: None, quarter: None, month: Some(4), day: None };
/// assert_eq!(time_ref_label(april), "--04");
/// assert_eq!(time_ref_label(TimeRef::Relative { unit: RelUnit::Year, offset: -1 }), "year-1");
/// ```
pub fn time_ref_label(t: TimeRef) -> String {
    match t {
        TimeRef::Period {
            year,
            quarter,
            month,
            day,
        } => {
            let y = year.map_or("-".to_string(), |y| format!("{y:04}"));
            match (quarter, month, day) {
                (Some(q), _, _) => format!("{y}-Q{q}"),
                (None, Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
                (None, Some(m), None) => format!("{y}-{m:02}"),
                _ => y,
            }
        }
        TimeRef::Relative { unit, offset } => {
            let u = match unit {
                RelUnit::Day => "day",
                RelUnit::Week => "week",
                RelUnit::Month => "month",
                RelUnit::Quarter => "quarter",
                RelUnit::Year => "year",
            };
            format!("{u}{offset:+}")
        }
        TimeRef::Weekday(w) => format!("weekday:{w}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn absolute_periods() {
        let p = |year, quarter, month, day| TimeRef::Period {
            year,
            quarter,
            month,
            day,
        };
        assert_eq!(
            p(Some(2008), None, None, None).resolve(None).unwrap().to_iso(),
            "2008"
        );
        assert_eq!(
            p(Some(2024), Some(1), None, None).resolve(None).unwrap().to_iso(),
            "2024-Q1"
        );
        assert_eq!(
            p(Some(2020), None, Some(3), None).resolve(None).unwrap().to_iso(),
            "2020-03"
        );
        // a month after the document's month is last year's
        assert_eq!(
            p(None, None, Some(12), None)
                .resolve(Some(d(2021, 1, 5)))
                .unwrap()
                .to_iso(),
            "2020-12"
        );
        assert_eq!(
            p(None, None, Some(9), Some(9))
                .resolve(Some(d(2023, 9, 11)))
                .unwrap()
                .to_iso(),
            "2023-09-09"
        );
        assert!(p(None, None, Some(2), Some(30))
            .resolve(Some(d(2023, 9, 11)))
            .is_none());
        assert!(p(None, None, Some(4), None).resolve(None).is_none());
    }

    #[test]
    fn relative_periods() {
        let doc = Some(d(2023, 1, 10));
        let r = |unit, offset| TimeRef::Relative { unit, offset }.resolve(doc).unwrap().to_iso();
        assert_eq!(r(RelUnit::Day, -1), "2023-01-09");
        assert_eq!(r(RelUnit::Month, -1), "2022-12");
        assert_eq!(r(RelUnit::Quarter, -1), "2022-Q4");
        assert_eq!(r(RelUnit::Year, -1), "2022");
        assert_eq!(r(RelUnit::Week, 0), "2023-W02");
        // weekday: Tuesday 10 Jan 2023 is itself a Tuesday
        assert_eq!(TimeRef::Weekday(1).resolve(doc).unwrap().to_iso(), "2023-01-10");
        assert_eq!(TimeRef::Weekday(4).resolve(doc).unwrap().to_iso(), "2023-01-06");
    }
}
