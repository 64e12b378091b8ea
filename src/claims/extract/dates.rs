//! Dates and clock times: `October 7, 2023`, `June 2024`, `7 October`, `10:30`, `3 p.m.`.

use super::*;

impl<'a> Scan<'a> {
    pub(super) fn month_at(&self, i: usize) -> Option<u32> {
        if !self.en() {
            return self.month_intl(i).map(|m| m.0);
        }
        if !self.is_cap_word(i) {
            return None;
        }
        lexicon::month(self.low(i).as_str())
    }

    pub(super) fn int_at(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        match self.digits(self.raw(i)) {
            Digits::Value(v) if v.is_int() && !v.grouped && v.sign > 0.0 && !v.plus && v.int_digits <= 4 => {
                Some((v.mantissa as u32, v.int_digits))
            }
            _ => None,
        }
    }

    /// A day of the month: `7` or `7th`.
    pub(super) fn day_at(&self, i: usize) -> Option<u32> {
        if let Some((d, n)) = self.int_at(i) {
            return (n <= 2 && (1..=31).contains(&d)).then_some(d);
        }
        if self.kind(i) == Some(TokenKind::Alnum) {
            let r = self.raw(i);
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let suf = &r[digits..];
            if (1..=2).contains(&digits) && matches!(suf, "st" | "nd" | "rd" | "th") {
                let d: u32 = r[..digits].parse().ok()?;
                return (1..=31).contains(&d).then_some(d);
            }
        }
        None
    }

    pub(super) fn year_at(&self, i: usize) -> Option<u32> {
        self.int_at(i)
            .and_then(|(y, n)| (n == 4 && (1000..=2200).contains(&y)).then_some(y))
    }

    pub(super) fn date_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        // Month-first: "October 7, 2023", "October 2023", "Oct. 7".
        if let Some(m) = self.month_at(i) {
            if let Some(d) = self.day_at(i + 1) {
                let mut e = i + 2;
                // "June 1-20": a day range.
                if self.is_dash(e) && self.day_at(e + 1).is_some() && self.glued(e - 1) {
                    e += 2;
                }
                let mut y = None;
                let comma = self.raw(e) == ",";
                if let Some(yy) = self.year_at(e + comma as usize) {
                    y = Some(yy);
                    e += comma as usize + 1;
                }
                // "May 5 people" is not a date: a bare day must not be followed by a noun.
                if y.is_none() && m == 5 && self.is_lower_word(i + 2) {
                    return None;
                }
                let iso = match y {
                    Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                    None => format!("--{m:02}-{d:02}"),
                };
                self.push_time(ex, i, e, NumberKind::Date, iso, "month and day");
                return Some(e);
            }
            if let Some(y) = self.year_at(i + 1) {
                self.push_time(
                    ex,
                    i,
                    i + 2,
                    NumberKind::Date,
                    format!("{y:04}-{m:02}"),
                    "month and year",
                );
                return Some(i + 2);
            }
            return None;
        }
        // Day-first: "7 October", "7 October 2023", "5-6 March" (a day range).
        if let Some(d) = self.day_at(i) {
            let range = self.is_dash(i + 1)
                && self.glued(i)
                && self.glued(i + 1)
                && self.day_at(i + 2).is_some_and(|d2| d2 > d)
                && self.month_at(i + 3).is_some();
            let i = if range { i + 2 } else { i };
            let of = self.is(i + 1, "of") as usize;
            if let Some(m) = self.month_at(i + 1 + of) {
                let mut e = i + 2 + of;
                let iso = match self.year_at(e) {
                    Some(y) => {
                        e += 1;
                        format!("{y:04}-{m:02}-{d:02}")
                    }
                    None => format!("--{m:02}-{d:02}"),
                };
                let (s, why) = if range {
                    (i - 2, "day range and month")
                } else {
                    (i, "day and month")
                };
                self.push_time(ex, s, e, NumberKind::Date, iso, why);
                return Some(e);
            }
        }
        // ISO: 2024-06-01.
        if let Some(y) = self.year_at(i) {
            if self.raw(i + 1) == "-"
                && self.glued(i)
                && self.glued(i + 1)
                && self.raw(i + 3) == "-"
                && self.glued(i + 2)
                && self.glued(i + 3)
            {
                if let (Some((m, 2)), Some((d, 2))) = (self.int_at(i + 2), self.int_at(i + 4)) {
                    if (1..=12).contains(&m) && (1..=31).contains(&d) {
                        self.push_time(
                            ex,
                            i,
                            i + 5,
                            NumberKind::Date,
                            format!("{y:04}-{m:02}-{d:02}"),
                            "ISO date",
                        );
                        return Some(i + 5);
                    }
                }
            }
        }
        None
    }

    pub(super) fn push_time(
        &mut self,
        ex: &mut Extraction,
        i: usize,
        e: usize,
        kind: NumberKind,
        iso: String,
        why: &str,
    ) {
        let span = self.sp(i, e);
        self.times.push((i, e));
        ex.numbers.push(NumberMention {
            span,
            kind,
            value: None,
            iso: Some(iso),
            reason: Some(why.to_string()),
        });
    }

    pub(super) fn is_ampm(&self, i: usize) -> bool {
        matches!(
            self.low(i).as_str(),
            "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "o'clock" | "hrs" | "gmt" | "utc" | "bst" | "cet"
        ) && !(self.raw(i) == "am" && self.is_word(i + 1))
            && !self.is(i, "hrs")
    }

    /// A time zone: "GMT", "BST", "local time".
    pub(super) fn zone_at(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "GMT" | "BST" | "UTC" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "PDT" | "CST" | "IST" | "JST"
        ) || (self.is(i, "local") && self.is(i + 1, "time"))
    }

    pub(super) fn clock_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        // A time zone after the number: "0900 GMT", "7.30 BST", "2100 local time".
        let zone = self.zone_at(i + 1);
        let hm = match parse_digits(self.raw(i)) {
            Digits::Colon(h, m) if h <= 24 && m < 60 && self.raw(i).len() <= 5 => Some((h, m)),
            Digits::Value(v) if v.is_int() && v.int_digits <= 2 && v.mantissa <= 12.0 && v.sign > 0.0 => {
                Some((v.mantissa as u32, 0))
            }
            // "0900 GMT": 24-hour digits before a zone.
            Digits::Value(v) if zone && v.is_int() && v.int_digits == 4 && !v.grouped && v.sign > 0.0 => {
                let (h, m) = ((v.mantissa / 100.0) as u32, (v.mantissa % 100.0) as u32);
                (h <= 24 && m < 60).then_some((h, m))
            }
            // "7.30pm", "12.30 GMT": British clock times with a full stop.
            Digits::Value(v) if v.frac == 2 && v.int_digits <= 2 && !v.grouped && v.sign > 0.0 => {
                let (h, m) = ((v.mantissa / 100.0) as u32, (v.mantissa % 100.0) as u32);
                (h <= 24 && m < 60 && (zone || self.is_ampm(i + 1))).then_some((h, m))
            }
            _ => None,
        }?;
        let colon = self.raw(i).contains(':');
        let ampm = self.is_ampm(i + 1);
        if !colon && !ampm && !zone {
            return None;
        }
        let mut h = hm.0;
        if ampm && self.low(i + 1).as_str().starts_with('p') && h < 12 {
            h += 12;
        }
        let e = if zone && !ampm {
            i + 2 + self.is(i + 1, "local") as usize
        } else {
            i + 1 + ampm as usize
        };
        self.mention(
            ex,
            self.sp(i, e),
            NumberKind::Time,
            None,
            Some(format!("T{h:02}:{:02}", hm.1)),
            "clock time",
        );
        Some(e)
    }

    // ---------------------------------------------------------------- quantities
}
