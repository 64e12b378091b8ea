//! The quantity recogniser: qualifier, currency, numeral, unit, range or movement, post-qualifier, normalisation, change, and multi-part amounts; builds the pending claims.

use super::stages::UnitReading;
use super::*;

/// A range read after a figure (see `Scan::range_after`).
struct Range {
    /// The first figure, with the second's scale applied where it shares it (`10-15 million`).
    low: f64,
    /// The second figure.
    high: f64,
    /// One past the range's last token.
    end: usize,
    /// The second figure's unit (taken where the first had none).
    unit: Option<UnitRef>,
    /// Token range of a unit word after the second figure, where the first had none.
    unit_toks: Option<(usize, usize)>,
}

impl<'a> Scan<'a> {
    pub(super) fn quantity_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let qual = self.qualifier_at(i);
        // "moved up to 45p", "rose up to 2%": after a verb of movement, "up to" is the
        // direction to a level, not a bound; the numeral is read on its own from "to" on.
        if qual.is_some_and(|q| q.0 == i + 2)
            && self.is(i, "up")
            && lexicon::is_word_of(self.low(i.wrapping_sub(1)).as_str(), lexicon::Wc::MoveVerb)
        {
            return None;
        }
        let p = qual.map_or(i, |q| q.0);
        // "between 10 and 15" is a range, "between 2019 and 2021" two years.
        let between = qual.is_none()
            && (self.is(i, "between") && self.en()
                || self.wc(i, super::super::langdata::Class::RangeFrom)
                    // "de 10 à 15": a range word must follow ("de" alone is a preposition).
                    && (i + 2..(i + 6).min(self.b)).any(|k| {
                        (self.wc(k, super::super::langdata::Class::RangeTo) || self.wc(k, super::super::langdata::Class::RangeAnd))
                            && matches!(self.kind(k + 1), Some(TokenKind::Number) | Some(TokenKind::Word))
                    }))
            && !(self.year_at(i + 1).is_some()
                && (self.is(i + 2, "and") || self.wc(i + 2, super::super::langdata::Class::RangeTo) || self.wc(i + 2, super::super::langdata::Class::RangeAnd))
                && self.year_at(i + 3).is_some())
            // "between 1965-71": a span of years.
            && !(self.year_at(i + 1).is_some() && self.is_dash(i + 2) && self.int_at(i + 3).is_some_and(|(_, n)| n == 2));
        // "tra il 5 e il 7 %", "entre un 5 y un 7 %": an article after the range word.
        let p = if between
            && !self.en()
            && self.wc(i + 1, super::super::langdata::Class::Stop)
            && self.kind(i + 2) == Some(TokenKind::Number)
        {
            i + 2
        } else if between {
            i + 1
        } else {
            p
        };
        let (p2, money) = match self.currency_prefix(p) {
            Some((e, m)) => (e, Some(m)),
            None => (p, None),
        };
        let mut num = self.numeral_at(p2, money.is_some(), qual.is_some())?;
        self.compound_numeral(&mut num);
        // "1 sur 5", "7 op de 10": a share outside English.
        if !self.en() && num.value >= 1.0 && num.unit.is_none() && !num.vague {
            if let Some((f, e)) = self.share_intl(num.end, num.value) {
                num.value = f;
                num.unit = Some(Unit::named("fraction"));
                num.plain = None;
                num.span.end = self.toks[e - 1].span.end;
                num.end = e;
            }
        }
        // "streams in 4K and 1080p": a video resolution, not thousands or pence.
        if qual.is_none() && money.is_none() && self.en() {
            if let Some(e) = self.resolution_at(p2) {
                return Some(self.identifier(ex, p2, e, "video resolution"));
            }
        }
        // "about 1230 GMT": a clock time (read when the scan reaches the digits).
        if num.plain.is_some() && money.is_none() && self.zone_at(num.end) {
            return None;
        }
        // Ranks, labels and number words in names (non_claims.rs).
        if p2 == i {
            if let Some(e) = self.label_at(&num, ex) {
                return Some(e);
            }
        }
        let UnitReading {
            mut unit,
            money,
            mut end,
            mut unit_toks,
            p,
            minor_part,
        } = self.unit_reading(&num, p, p2, i, qual.is_some(), money);
        // "a six-speed gearbox", "a three-bed house": a number word joined by a hyphen to a noun
        // that is not a unit is a compound modifier, not a count.
        if num.words
            && unit.is_none()
            && money.is_none()
            && qual.is_none()
            && self.is_dash(num.end)
            && self.glued(num.end - 1)
            && self.glued(num.end)
            && self.is_lower_word(num.end + 1)
            && !self.is_dash(num.end + 2)
        {
            self.mention(
                ex,
                self.sp(num.start, num.end + 2),
                NumberKind::Other,
                None,
                None,
                "compound modifier",
            );
            return Some(num.end + 2);
        }
        // "(95% CI 1.2-3.4)", "a 95% confidence interval": the interval's level, not a finding
        if self.en()
            && qual.is_none()
            && matches!(unit, Some(UnitRef::Unit(u)) if u.name == "percent")
            && (self.raw(end) == "CI"
                || (self.is(end, "confidence")
                    && matches!(self.low(end + 1).as_str(), "interval" | "intervals" | "level")))
        {
            self.mention(
                ex,
                self.sp(num.start, end),
                NumberKind::Other,
                None,
                None,
                "confidence level",
            );
            return Some(end);
        }
        let (u, e) = self.age_reading(&num, p2, unit, end, qual.is_some());
        unit = u;
        end = e;
        // "1⁄32 of an inch", "3/4 of a mile": a share of one unit is that many units.
        if num.slash
            && unit.is_none()
            && self.is(end, "of")
            && matches!(self.low(end + 1).as_str(), "a" | "an")
        {
            if let Some(u) = units::unit_word(self.low(end + 2).as_str()).filter(|u| u.name != "count") {
                unit = Some(UnitRef::Unit(u));
                unit_toks = Some((end + 2, end + 3));
                end += 3;
            }
        }
        if num.slash && unit.is_none() {
            if !self.is(end, "of") {
                return None;
            }
            unit = Some(UnitRef::Unit(Unit::named("fraction")));
        }
        // "sections 37, 38 and 304A": a letter glued to a section number is no unit.
        if let (Some(v), None, Some(UnitRef::Unit(_))) = (num.plain, qual, &unit) {
            let letter = self.glued(num.end - 1)
                && self.kind(num.end) == Some(TokenKind::Word)
                && self.raw(num.end).len() == 1;
            if letter && v.is_int() && !v.grouped && self.in_reference_list(p2) {
                return Some(self.identifier(ex, p2, num.end + 1, "section or article reference"));
            }
        }
        // Not a quantity? Bare digits with no qualifier, currency or unit.
        if let (Some(v), None, None) = (num.plain, qual, unit) {
            if !between {
                // Scores: "won 3-1".
                if let Some(e) = self.score_at(&num, v) {
                    self.mention(
                        ex,
                        self.sp(num.start, e),
                        NumberKind::Other,
                        None,
                        None,
                        "score or tally",
                    );
                    return Some(e);
                }
                if let Some((kind, why, s, e)) = self.non_quantity(&num, &v, p2) {
                    // The name word before may belong to an earlier mention ("2023 NIS 7").
                    let free = |t: usize| {
                        ex.numbers
                            .last()
                            .is_none_or(|m| m.span.end <= self.toks[t].span.start)
                    };
                    let s = if s < p2 && !free(s) { p2 } else { s.max(self.a) };
                    let span = self.sp(s, e);
                    let (value, iso) = if kind == NumberKind::Year {
                        self.last_year_end = Some(e);
                        self.times.push((s, e));
                        (Some(num.value), Some(format!("{:04}", num.value as u32)))
                    } else {
                        (None, None)
                    };
                    self.mention(ex, span, kind, value, iso, why);
                    return Some(e);
                }
            }
        } else if let (Some(v), Some(_), None, None) = (num.plain, qual, unit, money) {
            // "unter 030 1234567": a leading zero is a code or phone number even after a qualifier.
            if !self.en() && v.leading_zero && v.is_int() && !v.grouped {
                if let Some((kind, why, s, e)) = self.non_quantity_intl(&num, &v, num.start) {
                    self.mention(ex, self.sp(s, e), kind, None, None, why);
                    return Some(e);
                }
            }
            // "Van 2015 tot 2020": a year right after a year is a year, whatever the word between.
            if !self.en()
                && v.is_int()
                && !v.grouped
                && v.int_digits == 4
                && self.last_year_end.is_some_and(|e| e == i || e + 1 == i)
            {
                return Some(self.year_mention(ex, &num));
            }
            // "around 2010", "since about 1990": an approximate year, not a count.
            let four =
                v.is_int() && !v.grouped && v.int_digits == 4 && (1900.0..=2100.0).contains(&num.value);
            // "optimistic about 2005", "in around 2010": no noun follows, so not a count.
            if four
                && !self.is_lower_word(num.end)
                && matches!(qual.map(|q| q.1), Some(Bound::Approx))
                && (self.is(i.wrapping_sub(1), "in")
                    || matches!(self.low(i).as_str(), "about" | "around" | "circa"))
            {
                return Some(self.year_mention(ex, &num));
            }
        }
        // "54.3 ± 8.2 years", "12.1 ± 0.4 mg": a value with its uncertainty is one claim, in the
        // unit written after the uncertainty (or before the sign); the uncertainty is a note.
        let mut uncertainty = None;
        if money.is_none() && !between {
            if let Some((u, e2, reading)) = self.uncertainty_after(end, unit) {
                uncertainty = Some(u);
                if unit.is_none() {
                    unit = reading.unit;
                    unit_toks = reading.unit_toks;
                }
                end = e2;
            }
        }
        // Ranges: "10-15", "10 to 15 million", "between 10 and 15".
        let mut value = num.value + minor_part.unwrap_or(0.0);
        let mut value_max = None;
        if let Some(r) = self.range_after(&num, p, end, between, unit, money, unit_toks) {
            value = r.low;
            value_max = Some(r.high);
            end = r.end;
            unit = unit.or(r.unit);
            unit_toks = unit_toks.or(r.unit_toks);
        }
        // Movements: "fell from $36,040 to $34,935" is one claim (see `movement_at`).
        let mut value_from = None;
        let mut from_tok = None;
        let mut level_first = false;
        if value_max.is_none() && qual.is_none() {
            let fig = Figure {
                p,
                end,
                unit,
                money,
                value,
                scale: num.scale,
            };
            let fwd = if self.en() {
                self.movement_at(fig)
            } else {
                self.movement_intl(fig)
            };
            // "fell to 4.1% from 4.3%", "sank auf 3,8 % von 4,5 %": written level first
            let back = match fwd {
                None => self.movement_back_at(fig),
                _ => None,
            };
            if let Some((from, to, e2, u2)) = fwd.or(back) {
                value_from = Some(from);
                value = to;
                end = e2;
                from_tok = fwd.is_some().then(|| p - 1);
                level_first = back.is_some();
                // "von 2 auf 3 Prozent", "from 4.1 to 4.5%": the unit written after the second
                // figure only.
                if unit.is_none() {
                    unit = u2;
                }
            }
        }
        let (mut bound, e) = self.post_bound(&num, qual.map(|q| q.1), end);
        end = e;
        // "over five years" is a span of time, not a bound ("for over five years" is one);
        // "under five years" is a bound ("children under five years", "in under two hours"),
        // but "under 23 hours of questioning" is a span.
        let mut qual = qual;
        if let Some((qe, _)) = qual {
            let time_unit = matches!(unit, Some(UnitRef::Unit(u)) if matches!(u.name, "day" | "week" | "month" | "year" | "decade" | "hour" | "minute" | "century"));
            let prep = qe == i + 1
                && match self.low(i).as_str() {
                    "over" => true,
                    "under" => self.is(end, "of") && !self.is(end + 1, "age"),
                    _ => false,
                };
            if time_unit
                && prep
                && !lexicon::is_word_of(self.low(i.wrapping_sub(1)).as_str(), lexicon::Wc::SpanVerb)
            {
                qual = None;
                bound = Bound::Eq;
            }
        }
        if !value.is_finite() || value_max.is_some_and(|v: f64| !v.is_finite()) {
            self.mention(
                ex,
                self.sp(num.start, num.end),
                NumberKind::Other,
                None,
                None,
                "numeral out of range",
            );
            return Some(num.end);
        }
        // Unit name (minor currency units read as fractions of the major one), and its note.
        let (unit_name, minor, note) = self.unit_name_of(unit);
        if minor != 1.0 {
            value /= minor;
            value_max = value_max.map(|v| v / minor);
            value_from = value_from.map(|v: f64| v / minor);
        }
        let mut notes = self.unit_notes(note, &unit_name, unit_toks);
        if let Some(u) = uncertainty {
            notes.push(format!("uncertainty \u{b1}{u}"));
        }
        let start_tok = if let Some(q) = qual {
            i.min(q.0)
        } else {
            // (a numeral that starts before the scan position: "plus or minus 3")
            from_tok.unwrap_or(p).min(num.start)
        };
        if num.margin {
            notes.push("plus or minus: a margin, not a negative figure".to_string());
        }
        if let Some((_, second)) = self
            .raw(num.start)
            .split_once('/')
            .filter(|_| self.mercury_at(num.end))
        {
            notes.push(format!(
                "two readings (systolic/diastolic): the second is {second}"
            ));
        }
        let mut span = self.sp(start_tok, end);
        // A unit abbreviation that swallowed the full stop ("45°C.").
        let last = self.raw(end - 1);
        let keeps_dot = matches!(last, "sq." | "approx.") || last.matches('.').count() > 1;
        if end > num.end && last.len() > 1 && last.ends_with('.') && !keeps_dot && self.is_word(end - 1) {
            span.end -= 1;
        }
        if money.is_some()
            && qual.is_none()
            && value_max.is_none()
            && value > 0.0
            && self.accounting_negative(start_tok, end)
        {
            value = -value;
            span = self.sp(start_tok - 1, end + 1);
            end += 1;
            notes.push("amount in parentheses read as negative (accounting)".to_string());
        }
        // Class and base value from the one unit table (`count` has no base value).
        let info = units::unit_info(&unit_name);
        let unit_class = info.map_or("other", |u| u.class).to_string();
        let normalised = info.filter(|u| u.class != "count").and_then(|u| {
            Some(Normalised {
                value: u.to_base(value)?,
                value_max: value_max.and_then(|v| u.to_base(v)),
                unit: u.base.to_string(),
            })
        });
        let (change, change_tok) = self.change_of(&num, start_tok, end, &unit_name, value, value_from);
        let level = change.is_none() && value_from.is_none() && self.level_after_change(start_tok);
        let is_count = unit.is_none();
        let is_time_unit = matches!(
            unit_name.as_str(),
            "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "decade"
                | "century"
                | "millennium"
        );
        // "5 mg kg−1", "10 m s-1": the unit to the power minus one is what the figure is per
        // "12.4 per 100,000 person-years": the scan resumes past the base of the rate, which is
        // no figure of its own (the claim still ends where it did, before its counted noun)
        let mut resume = None;
        let (per, end) = match self.per_exponent_at(end, unit.is_some()) {
            Some((sp, e)) => (Some(sp), e),
            None => match self.per_number_at(end) {
                Some((sp, e)) => {
                    resume = Some(e);
                    (Some(sp), end)
                }
                None => {
                    let per = self.per_at(end);
                    // "1000 W/m²": the scan resumes past a unit after a slash (`m²` is no name)
                    if let Some(sp) = per.filter(|_| self.raw(end) == "/") {
                        let mut j = end;
                        while j < self.b && self.toks[j].span.end <= sp.end {
                            j += 1;
                        }
                        resume = Some(j);
                    }
                    (per, end)
                }
            },
        };
        let claim = Claim {
            per,
            span,
            num_span: num.span,
            value,
            value_max,
            value_from,
            level,
            unit: unit_name,
            unit_class,
            normalised,
            bound,
            qualifier: qual.map(|q| self.sp(i, q.0)),
            vague: num.vague,
            change,
            counted: None,
            counted_modifier: None,
            sentence: self.sent,
            attribution: None,
            time: None,
            notes,
            ..Claim::default()
        };
        if self.merge_part(&claim, start_tok, end, ex) {
            return Some(end);
        }
        ex.numbers.push(NumberMention {
            span,
            kind: NumberKind::Quantity,
            value: Some(value),
            iso: None,
            reason: Some("quantity".to_string()),
        });
        self.pending.push(Pending {
            claim,
            tok_start: start_tok,
            tok_end: end,
            unit_toks,
            is_count,
            is_time_unit,
            change_tok,
            level_first,
        });
        Some(resume.unwrap_or(end))
    }

    /// The figure starting at token `start` is the level reached after a change: `to` before it,
    /// and before that a change verb (`fell to 45p`) or a figure of change of this sentence
    /// (`rose 8.1% to 99.20 yuan`, `doubled to 2m`, `lost 190 points, or 0.6%, to 31,000`).
    /// Records tokens `a..e` as an identifier (no claim) saying `why`; returns `e`.
    fn identifier(&mut self, ex: &mut Extraction, a: usize, e: usize, why: &'static str) -> usize {
        self.mention(ex, self.sp(a, e), NumberKind::Identifier, None, None, why);
        e
    }

    /// A video resolution at token `k`, and where it ends: `1080p`, `720p`, `2160p`, `1080i`,
    /// and `4K`/`8K` after `in` or before a screen word (`a 4K TV`, `shot in 8K`; `£4K` and
    /// `salaries of 4K` stay thousands).
    fn resolution_at(&self, k: usize) -> Option<usize> {
        let r = self.raw(k);
        let screen = |k: usize| lexicon::is_word_of(self.low(k).as_str(), lexicon::Wc::ScreenWord);
        // (pence too: `rose 8p to 1080p`, `trading at 720p`: only before a video word, after
        // `in`, `HD` or `native`, or after another resolution and `and`/`or`)
        if pixel_form(r) {
            let prev = self.low(k.wrapping_sub(1));
            let before = self.raw(k.saturating_sub(2));
            let video = screen(k + 1)
                || matches!(prev.as_str(), "in" | "native" | "hd")
                || (matches!(prev.as_str(), "and" | "or") && (pixel_form(before) || before == "K"));
            if video {
                return Some(k + 1);
            }
        }
        let digit_k = matches!(r, "4" | "5" | "6" | "8") && self.raw(k + 1) == "K" && self.glued(k);
        let after_in = k > self.a && matches!(self.low(k - 1).as_str(), "in" | "native" | "at");
        (digit_k && (after_in || screen(k + 2))).then_some(k + 2)
    }

    /// Outside English the `to` is the language's `change_to` word (`auf`, `à`, `hasta`).
    fn level_after_change(&self, start: usize) -> bool {
        let to = if self.en() {
            self.is(start.wrapping_sub(1), "to")
        } else {
            self.wc(start.wrapping_sub(1), super::super::langdata::Class::ChangeTo)
        };
        if start < self.a + 2 || !to {
            return false;
        }
        let w = self.low(start - 2);
        let verb = self.change_word(w.as_str()).is_some();
        (verb && !matches!(w.as_str(), "up" | "down")) || self.change_figure_before(start - 1)
    }

    /// A figure of change of this sentence ends right before token `to` (the `to` of a level):
    /// `rose 8.1%`, `lost 190 points, or 0.6%,`.
    pub(super) fn change_figure_before(&self, to: usize) -> bool {
        if to < self.a + 1 {
            return false;
        }
        let before = to - 1;
        let end = if self.raw(before) == "," {
            before
        } else {
            before + 1
        };
        self.pending
            .last()
            .is_some_and(|q| q.tok_end == end && q.claim.change.is_some() && q.claim.value_from.is_none())
    }

    /// The minor units after `15 USD` in `15 USD 50` (as a fraction of the major unit): two
    /// digits (as many as the currency's minor digits) after a spaced ISO code, ending the
    /// phrase (a full stop, comma or the end follows), the whole amount an integer.
    pub(super) fn minor_after_code(&self, num: &Num, end: usize, code: &str) -> Option<f64> {
        let code_tok = end.checked_sub(1)?;
        let digits = units::unit_info(code).and_then(|u| u.minor_digits)?;
        let r = self.raw(end);
        let is_code =
            self.raw(code_tok).len() == 3 && self.raw(code_tok).bytes().all(|b| b.is_ascii_uppercase());
        let whole = num.plain.is_some_and(|v| v.is_int()) && num.end == code_tok;
        let closes = matches!(self.raw(end + 1), "" | "." | "," | ";" | ")");
        if !(is_code
            && whole
            && digits > 0
            && self.kind(end) == Some(TokenKind::Number)
            && r.len() == usize::from(digits)
            && r.bytes().all(|b| b.is_ascii_digit())
            && closes)
        {
            return None;
        }
        Some(r.parse::<f64>().ok()? / 10f64.powi(i32::from(digits)))
    }

    /// A range after the figure `num` (tokens up to `end`): `10-15`, `10 to 15 million`,
    /// `between 10 and 15`, `four or five months`, `$10-15 million`. The second figure needs a
    /// compatible unit and must be larger; `rose 12% to $250` (a change verb before `to`) and
    /// `1990-2000` (years) are not ranges.
    #[allow(clippy::too_many_arguments)]
    fn range_after(
        &self,
        num: &Num,
        p: usize,
        end: usize,
        between: bool,
        unit: Option<UnitRef>,
        money: Option<UnitRef>,
        unit_toks: Option<(usize, usize)>,
    ) -> Option<Range> {
        let value = num.value;
        let sep_ok = |s: &Self, k: usize| {
            if between && !s.en() {
                // "zwischen 10 und 15", "von 10 bis 15", "entre 10 et 15", "de 10 à 15"; but after
                // a verb of change or movement, a first figure with its own unit starts a
                // movement ("est passé de 7,1 % à 7,4 %"; "augmenteront de 5 à 7 %" is a range).
                let verb = (2..=6).any(|d| {
                    p >= s.a + d
                        && (s.change_word(s.low(p - d).as_str()).is_some()
                            || s.wc(p - d, super::super::langdata::Class::Movement))
                });
                s.wc(k, super::super::langdata::Class::RangeAnd)
                    || (s.wc(k, super::super::langdata::Class::RangeTo) && !(verb && unit.is_some()))
            } else if !s.en() {
                (s.is_dash(k) && !num.vague)
                    || (s.wc(k, super::super::langdata::Class::RangeTo)
                        && num.change.is_none()
                        && (s.wc(p.wrapping_sub(1), super::super::langdata::Class::ChangeBy)
                            && unit.is_none()
                            || !(1..=3)
                                .any(|d| p >= s.a + d && s.change_word(s.low(p - d).as_str()).is_some())))
            } else if between {
                // "between £40m-£50m", "between 40-50 people": a dash for `and`
                s.is(k, "and") || (s.is_dash(k) && !num.vague && s.glued(k - 1) == s.glued(k))
            } else {
                // spaced alike on both sides ("10-15", "10 – 15"); "66.4 per cent –1,429,981
                // votes" is an aside, not a range
                (s.is_dash(k) && !num.vague && s.glued(k - 1) == s.glued(k))
                    // "four or five months", "three or four inch": an either-or range.
                    || (s.is(k, "or") && !num.vague && num.unit.is_none() && num.scale.is_none())
                    || (s.is(k, "to")
                        && num.change.is_none()
                        // "rose 5% to 8%" is a change and a level; "pay rises of 3.5% to 4%" (a
                        // change noun and `of`) a range
                        && (s.is(p.wrapping_sub(1), "of")
                            || !(1..=3).any(|d| p >= s.a + d && s.change_word(s.low(p - d).as_str()).is_some()))
                        // "raise the retirement age from 62 to 64": a movement (`movement_at`)
                        && !(p > s.a + 1
                            && s.is(p - 1, "from")
                            && (2..=6).any(|d| p >= s.a + d && s.change_word(s.low(p - d).as_str()).is_some())))
            }
        };
        if sep_ok(self, end) {
            let k = end + 1;
            let k = if !self.en()
                && self.wc(k, super::super::langdata::Class::Stop)
                && self.kind(k + 1) == Some(TokenKind::Number)
            {
                k + 1
            } else {
                k
            };
            let (k2, money2) = match self.currency_prefix(k) {
                Some((e, m)) => (e, Some(m)),
                None => (k, None),
            };
            if let Some(n2) = self.numeral_at(k2, money.is_some() || money2.is_some(), false) {
                if !n2.vague && (n2.plain.is_none_or(|v| !v.plus)) {
                    let mut v1 = value;
                    if num.scale.is_none() && unit_toks.is_none() && num.unit.is_none() {
                        if let Some(exp) = n2.scale {
                            let bare2 = n2.value / 10f64.powi(exp);
                            if v1 <= bare2 || num.words == n2.words {
                                v1 *= 10f64.powi(exp);
                            }
                        } else if self.is_dash(end) && thousands_written_once(num, &n2) {
                            // "$50-100,000", "10-12,000 people": the thousands written once
                            v1 *= 1000.0;
                        }
                    }
                    let year_range = num.plain.is_some_and(|v| v.int_digits == 4)
                        && n2.plain.is_some_and(|v| v.int_digits == 4)
                        && unit.is_none()
                        && money.is_none()
                        && (1900.0..=2100.0).contains(&v1);
                    // "steeg met 15.000 tot 370.000": a change by a figure, then a level far above
                    // it, not a range ("stijgt met 5 tot 7 procent" is one)
                    let by_then_level = !self.en()
                        && self.wc(p.wrapping_sub(1), super::super::langdata::Class::ChangeBy)
                        && n2.value > 5.0 * v1;
                    if n2.value > v1 && !year_range && !by_then_level {
                        let mut e2 = n2.end;
                        let mut u2 = n2.unit.map(UnitRef::Unit);
                        let mut new_toks = None;
                        if u2.is_none() {
                            if let Some((e, u)) = self.unit_after(n2.end, &n2) {
                                e2 = e;
                                u2 = Some(u);
                                if unit_toks.is_none() {
                                    new_toks = Some((n2.end, e));
                                }
                            }
                        }
                        if units_agree(unit, u2.or(money2)) {
                            return Some(Range {
                                low: v1,
                                high: n2.value,
                                end: e2,
                                unit: u2.or(money2),
                                unit_toks: new_toks,
                            });
                        }
                    }
                }
            }
        }
        None
    }

    /// A movement after a change verb: `fell from $36,040 to $34,935` is one claim, with the
    /// level reached in `value`, the starting level in `value_from` and the direction in
    /// `change` (from the verb, or from the two values). Only after a change verb: `aged from 18
    /// to 24` is a range. The first figure (value `value`, unit `unit`) starts at token `p`
    /// after `from` and ends before `to` at `end`; returns (from, to, end of the second figure).
    /// A movement outside English: after a change verb, `von 2 auf 3 Prozent`, `de 2,5 % à
    /// 5,9 %`, `del 3 % al 5 %`, `da 10 a 12 euro`, `van 4 naar 5 procent` (the language's
    /// `range_from` word before the figure, its `change_to` or `range_to` word after it).
    /// The start, the level reached, one past it, and the second figure's unit.
    fn movement_intl(&self, fig: Figure) -> Option<Movement> {
        let Figure {
            p,
            end,
            unit,
            money,
            value,
            scale,
        } = fig;
        use super::super::langdata::Class;
        // A change verb, or a verb of movement whose direction the two values give ("est passé
        // de 7,1 % à 7,4 %").
        let verb = (2..=6).any(|d| {
            p >= self.a + d
                && (self.change_word(self.low(p - d).as_str()).is_some() || self.wc(p - d, Class::Movement))
        });
        let to = self.wc(end, Class::ChangeTo) || self.wc(end, Class::RangeTo);
        if !(p > self.a + 1 && self.wc(p - 1, Class::RangeFrom) && to && verb) {
            return None;
        }
        let k = if self.wc(end + 1, Class::Stop) && self.kind(end + 2) == Some(TokenKind::Number) {
            end + 2
        } else {
            end + 1
        };
        let (n2, e2, u2) = self.movement_end(k, money)?;
        let same = match (unit, u2) {
            (Some(a), Some(b)) => same_unit(a, b),
            // "a progressé de 3,5 % à 12,4 milliards": a change by a percentage, then a level
            (Some(UnitRef::Unit(a)), None) => !(a.name == "percent" && n2.scale.is_some()),
            _ => true,
        };
        let value = scaled_start(value, scale, n2.value, n2.scale);
        (same && !n2.vague && n2.value != value).then_some((value, n2.value, e2, u2))
    }

    /// The second figure of a movement starting at token `k` (after `to`, `auf`, `à`): its
    /// numeral, one past it and its unit (a currency before it, or a unit after it).
    fn movement_end(&self, k: usize, money: Option<UnitRef>) -> Option<(Num, usize, Option<UnitRef>)> {
        let (k2, money2) = match self.currency_prefix(k) {
            Some((e, m)) => (e, Some(m)),
            None => (k, None),
        };
        let n2 = self.numeral_at(k2, money.is_some() || money2.is_some(), false)?;
        let (e2, u2) = match n2.unit {
            Some(u) => (n2.end, Some(UnitRef::Unit(u))),
            None => match self.unit_after(n2.end, &n2) {
                Some((e, u)) => (e, Some(u)),
                None => (n2.end, None),
            },
        };
        Some((n2, e2, money2.or(u2)))
    }

    fn movement_at(&self, fig: Figure) -> Option<Movement> {
        let Figure {
            p,
            end,
            unit,
            money,
            value,
            scale,
        } = fig;
        // "raise the statutory retirement age from 62 to 64": the verb, its object, then `from`
        let verb = (2..=6).any(|d| p >= self.a + d && self.change_word(self.low(p - d).as_str()).is_some());
        if !(p > self.a + 1 && self.is(p - 1, "from") && self.is(end, "to") && verb) {
            return None;
        }
        let k = end + 1;
        let (mut n2, e2, u2) = self.movement_end(k, money)?;
        let u2 = match pence_as_money(u2) {
            // "fell from 1.2bn to 900m": after a scaled figure a glued `m` is millions
            Some(UnitRef::Unit(u))
                if u.name == "metre"
                    && scale.is_some_and(|x| x >= 6)
                    && self.raw(n2.end) == "m"
                    && self.glued(n2.end - 1)
                    && unit.is_none() =>
            {
                n2.value *= 1e6;
                n2.scale = Some(6);
                None
            }
            u => u,
        };
        // ("from 4.1 to 4.5%": one unit for the two figures)
        let same = units_agree(unit, u2);
        let value = scaled_start(value, scale, n2.value, n2.scale);
        (same && !n2.vague && n2.value != value).then_some((value, n2.value, e2, u2))
    }

    /// A movement written level first: `fell to 4.1% from 4.3%`, `rose 8.1% to 99.20 yuan from
    /// 91.77 yuan`, `was cut sharply to $2.1bn from $2.5bn`, `sank im Oktober auf 3,8 % von
    /// 4,5 %`. After `to` (the language's `change_to` word) and a change verb (up to three words
    /// before it) or a figure of change, the figure (value `value`, ending at `end`), then `from`
    /// (a `range_from` word) and the starting level. Returns what [`Scan::movement_at`] returns.
    fn movement_back_at(&self, fig: Figure) -> Option<Movement> {
        let Figure {
            p,
            end,
            unit,
            money,
            value,
            scale,
        } = fig;
        use super::super::langdata::Class;
        // "to" and "from", or the language's `change_to` and `range_from` words ("auf … von",
        // "al … dal", "naar … van")
        let (to, from) = if self.en() {
            (self.is(p.wrapping_sub(1), "to"), self.is(end, "from"))
        } else {
            (
                self.wc(p.wrapping_sub(1), Class::ChangeTo),
                self.wc(end, Class::RangeFrom),
            )
        };
        if !(p >= self.a + 2 && to && from) {
            return None;
        }
        let verb = (2..=4).any(|d| {
            p >= self.a + d
                && self
                    .change_word(self.low(p - d).as_str())
                    .is_some_and(|_| !self.is(p - d, "up"))
        }) || (self.en() && self.change_figure_before(p - 1));
        if !verb {
            return None;
        }
        let (n2, e2, u2) = self.movement_end(end + 1, money)?;
        let u2 = pence_as_money(u2);
        // "rose to 30% from 2019 levels": the second figure is a year
        let year = n2
            .plain
            .is_some_and(|v| v.is_int() && !v.grouped && v.int_digits == 4);
        if year && u2.is_none() {
            return None;
        }
        let same = units_agree(unit, u2);
        let from = scaled_start(n2.value, n2.scale, value, scale);
        (same && !n2.vague && from != value).then_some((from, value, e2, u2))
    }

    /// The claim's unit name for `unit` (`count` for none; the ISO code for money, with the
    /// ambiguous `$` read as `ExtractOptions::dollar`), the divisor that turns a minor currency
    /// unit into the major one (10^digits from the unit table: `45p` is 0.45 GBP), and the
    /// note that says what was assumed.
    fn unit_name_of(&self, unit: Option<UnitRef>) -> (String, f64, Option<String>) {
        let minor = |code: &str| {
            let digits = units::unit_info(code).and_then(|u| u.minor_digits).unwrap_or(2);
            10f64.powi(i32::from(digits))
        };
        match unit {
            None => ("count".to_string(), 1.0, None),
            Some(UnitRef::Unit(u)) => (u.name.to_string(), 1.0, None),
            Some(UnitRef::Money(c, _)) if c.starts_with("cent:") => {
                let code = &c[5..];
                (
                    code.to_string(),
                    minor(code),
                    Some(format!("cents read as hundredths of {code}")),
                )
            }
            Some(UnitRef::Money("pence", _)) => (
                "GBP".to_string(),
                minor("GBP"),
                Some("pence read as hundredths of GBP".to_string()),
            ),
            Some(UnitRef::Money("cent", _)) => {
                let d = &self.opts.dollar;
                (
                    d.clone(),
                    minor(d),
                    Some(format!("cents read as hundredths of {d}")),
                )
            }
            Some(UnitRef::Money(_, true)) => {
                let d = &self.opts.dollar;
                (
                    d.clone(),
                    1.0,
                    Some(format!("ambiguous currency symbol $ read as {d}")),
                )
            }
            Some(UnitRef::Money(code, false)) => (code.to_string(), 1.0, None),
        }
    }

    /// Multi-part amounts: `5 feet 2 inches`, `2 hours 30 minutes`, `3 dollars 50 cents`,
    /// `3lb 4oz` are one claim, in the first part's unit (`5.1666… foot`). `claim` (tokens
    /// `start..end`) is folded into the previous claim when it directly follows it (or after
    /// `and`), has a smaller unit of the same class, the second part is not qualified and neither is a range (`about 5' 10"` is about 5.83 ft).
    pub(super) fn merge_part(
        &mut self,
        claim: &Claim,
        start: usize,
        end: usize,
        ex: &mut Extraction,
    ) -> bool {
        let and_before = start > self.a && self.is(start - 1, "and");
        let Some(prev) = self.pending.last_mut() else {
            return false;
        };
        let adjacent = prev.tok_end == start || (prev.tok_end + 1 == start && and_before);
        if !adjacent
            || claim.bound != Bound::Eq
            // "about 5' 10\"": the first part's qualifier bounds the whole amount
            || claim.value_max.is_some()
            || prev.claim.value_max.is_some()
            || claim.change.is_some()
            || claim.value < 0.0
        {
            return false;
        }
        let (Some(a), Some(b)) = (units::unit_info(&prev.claim.unit), units::unit_info(&claim.unit)) else {
            return false;
        };
        let add = if a.is_money() {
            // "3 dollars 50 cents": whole units, then hundredths of the same currency.
            let cents = |c: &Claim| c.notes.iter().any(|n| n.contains("hundredths"));
            if a.name != b.name || !cents(claim) || cents(&prev.claim) || prev.claim.value.fract() != 0.0 {
                return false;
            }
            claim.value
        } else {
            match (a.factor, b.factor) {
                (Some(fa), Some(fb))
                    if a.class == b.class
                        && fb < fa
                        && a.offset == 0.0
                        && matches!(a.class, "length" | "mass" | "duration") =>
                {
                    claim.value * fb / fa
                }
                _ => return false,
            }
        };
        let old = prev.claim.span;
        prev.claim.value += add;
        prev.claim.span.end = claim.span.end;
        prev.claim.normalised = a.to_base(prev.claim.value).map(|v| Normalised {
            value: v,
            value_max: None,
            unit: a.base.to_string(),
        });
        for n in &claim.notes {
            if !prev.claim.notes.contains(n) {
                prev.claim.notes.push(n.clone());
            }
        }
        prev.tok_end = end;
        prev.unit_toks = prev.unit_toks.map(|(s, _)| (s, end));
        if let Some(m) = ex.numbers.last_mut().filter(|m| m.span == old) {
            m.span = prev.claim.span;
            m.value = Some(prev.claim.value);
        }
        true
    }

    /// An uncertainty after a figure ending at token `end`: `± 8.2 years`, `+/- 0.4`, `+- 3%`.
    /// Returns its value, where it ends and the unit read after it (in the figure's `unit`
    /// when that was written before the sign: `12 mg ± 0.4 mg`, `12 ± 0.4 mg`).
    fn uncertainty_after(&self, end: usize, unit: Option<UnitRef>) -> Option<(f64, usize, UnitReading)> {
        let k = if self.raw(end) == "\u{b1}" {
            end + 1
        } else if self.raw(end) == "+" && matches!(self.raw(end + 1), "/" | "-") && self.raw(end + 2) == "-" {
            end + 3
        } else if self.raw(end) == "+" && self.raw(end + 1) == "-" {
            end + 2
        } else if self.raw(end) == "+/-" || self.raw(end) == "+-" {
            end + 1
        } else {
            return None;
        };
        if self.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        let num = self.numeral_at(k, false, false)?;
        if num.words || num.value < 0.0 {
            return None;
        }
        let reading = self.unit_reading(&num, k, k, k, false, None);
        // the same unit on both sides, or one unit for the two: a different unit is two figures
        match (unit, reading.unit) {
            (Some(a), Some(b)) if !same_unit(a, b) => None,
            _ => Some((num.value, reading.end, reading)),
        }
    }

    /// What a rate is per, after the quantity ending at `end`: `a share`, `per year`,
    /// `cars a year` (past a plural counted noun), `/share`.
    pub(super) fn per_at(&self, end: usize) -> Option<Span> {
        if !self.en() {
            return self.per_intl(end);
        }
        let mut k = end;
        // Past one plural counted noun ("150,000 cars a year").
        if self.is_lower_word(k) && self.low(k).as_str().ends_with('s') && !self.is_stop(self.low(k).as_str())
        {
            k += 1;
        }
        let w = self.low(k);
        let slash = self.raw(k) == "/" && self.glued(k - 1) && self.glued(k);
        let per_word = matches!(w.as_str(), "per" | "each") || slash;
        let article = matches!(w.as_str(), "a" | "an");
        // "2.7 g/cm3": after a slash, a unit symbol of the table as written
        let unit_next = slash && self.is_unit_form(k + 1);
        if !(per_word || article) || !(self.is_lower_word(k + 1) || unit_next) {
            return None;
        }
        let n = self.low(k + 1);
        let n = n.as_str();
        // "per" takes any singular noun ("per transaction"); "a"/"an" the listed nouns and any
        // unit of the unit vocabulary ("$2,450 an ounce", "$5,000 an acre")
        let ok = lexicon::is_word_of(n, lexicon::Wc::RateNoun)
            || (article && !n.ends_with('s') && self.unit_word(n).is_some())
            || (per_word && !n.ends_with('s') && !self.is_stop(n));
        // "each" is a rate only before a time unit ("10 each day"), not "10 each".
        let each_ok = w.as_str() != "each" || self.unit_word(n).is_some();
        // "5% a year earlier", "$2m a month ago": a point in time, not a rate.
        // ("2.7 g/cm3 on average": a unit after a slash is always a rate)
        let when = !unit_next && lexicon::is_word_of(self.low(k + 2).as_str(), lexicon::Wc::RateWhen);
        let mut sp = self.toks[k + 1].span;
        // "€40 a megawatt-hour": a hyphenated unit is the whole compound
        if let Some((e, _)) = self.hyphenated_unit(k + 1) {
            sp = self.sp(k + 1, e);
        }
        // "10 mg/kg/day", "2 µg/kg/min": every denominator after the first slash
        let mut j = k + 2;
        while slash && self.raw(j) == "/" && self.glued(j - 1) && self.glued(j) && self.is_unit_form(j + 1) {
            sp.end = self.toks[j + 1].span.end;
            if j + 2 == self.b && self.raw(j + 1).len() > 1 && self.raw(j + 1).ends_with('.') {
                sp.end -= 1;
            }
            j += 2;
        }
        // "1.5 mL/min.": the sentence's full stop glued to the last word is not the unit's
        if k + 2 == self.b && self.raw(k + 1).len() > 1 && self.raw(k + 1).ends_with('.') {
            sp.end -= 1;
        }
        (ok && each_ok && !when).then_some(sp)
    }

    /// A rate per a number of something: `12.4 per 100,000 person-years`, `4.5 deaths per 1,000
    /// live births`, `30 per 100 000 inhabitants` (English). The `per` span is the number and
    /// its noun (up to four words), and the claim ends after them, so that the number is not
    /// read as a figure of its own. Returns the span and one past it.
    fn per_number_at(&self, end: usize) -> Option<(Span, usize)> {
        if !self.en() {
            return None;
        }
        let mut k = end;
        // past one plural counted noun ("4.5 deaths per 1,000")
        if self.is_lower_word(k) && self.low(k).as_str().ends_with('s') && !self.is_stop(self.low(k).as_str())
        {
            k += 1;
        }
        if !self.is(k, "per") || self.kind(k + 1) != Some(TokenKind::Number) {
            return None;
        }
        let n = self.numeral_at(k + 1, false, false)?;
        // a round base: 10, 100, 1,000, 100,000, a million
        let round = n.value >= 10.0 && (n.value.log10() - n.value.log10().round()).abs() < 1e-9;
        if !round {
            return None;
        }
        let mut e = n.end;
        while e < self.b && e < n.end + 4 {
            let word = self.is_lower_word(e) && !self.is_stop(self.low(e).as_str());
            let joined = self.is_dash(e) && self.glued(e - 1) && self.glued(e) && self.is_lower_word(e + 1);
            if joined {
                e += 2;
            } else if word {
                e += 1;
            } else {
                break;
            }
        }
        if e == n.end {
            return None;
        }
        // "1.5 per 1,000 people." : the sentence's full stop glued to the last word
        let mut sp = self.sp(k + 1, e);
        if e == self.b && self.raw(e - 1).len() > 1 && self.raw(e - 1).ends_with('.') {
            sp.end -= 1;
        }
        Some((sp, e))
    }

    /// A compound unit goes on at token `k`: a glued slash and a unit (`/m2` in `1,000 W/m2`)
    /// or a unit to a negative power (`m−1` in `0.6 W m−1 K−1`).
    pub(super) fn compound_at(&self, k: usize) -> bool {
        (self.raw(k) == "/" && self.glued(k - 1) && self.glued(k) && self.is_unit_form(k + 1))
            || (!self.glued(k - 1) && self.exponent_factor(k).is_some())
    }

    /// [`Scan::per_at`] outside English, from the language's data: a `per` word (`pro`, `par`,
    /// `por`) or a glued slash before a unit word of the language or a `per_noun` (`1,80 Euro pro
    /// Liter`, `2 000 euros par mois`, `500 euros par habitant`).
    fn per_intl(&self, end: usize) -> Option<Span> {
        use super::super::langdata::Class;
        let k = end;
        let slash = self.raw(k) == "/" && self.glued(k - 1) && self.glued(k);
        if !(slash || self.wc(k, Class::Per)) || !self.is_word(k + 1) {
            return None;
        }
        let n = self.low(k + 1);
        let rate = self.unit_word(n.as_str()).is_some() || self.wc(k + 1, Class::PerNoun);
        rate.then(|| self.toks[k + 1].span)
    }

    /// Token `k` is a unit of the table: a symbol as written (`cm3`, `kg`, `s`) or a unit word.
    pub(super) fn is_unit_form(&self, k: usize) -> bool {
        let r = self.raw(k);
        // "90 µmol/L.": the sentence's full stop glued to the last unit
        let r = match r.strip_suffix('.') {
            Some(x) if k + 1 == self.b && !x.is_empty() => x,
            _ => r,
        };
        // ("m²", "m³": the lower-cased form of a non-ASCII word, for the unit words)
        !r.is_empty() && (units::unit_cased(r).is_some() || self.unit_word(Low::uni(r).as_str()).is_some())
    }

    /// What a figure is per, written with negative exponents after its unit ending at token
    /// `end`: `kg−1` in `5 mg kg−1`, `s-1` in `10 m s-1`, `m−2 s−1` in `12.5 μmol m−2 s−1`,
    /// `m^-3`, `m⁻²`. Its span and where it ends. One factor to the power minus one spans its
    /// unit's letters (`kg`); several factors, or another power, span them all (`m−2 s−1`).
    fn per_exponent_at(&self, end: usize, has_unit: bool) -> Option<(Span, usize)> {
        if !has_unit || end >= self.b {
            return None;
        }
        // factors are spaced (`m−2 s−1`) or joined by a glued middle dot (`mg·kg−1·day−1`)
        let dot = |k: usize| matches!(self.raw(k), "·" | "⋅") && self.glued(k - 1) && self.glued(k);
        let first = if dot(end) {
            end + 1
        } else if self.glued(end - 1) {
            return None;
        } else {
            end
        };
        let (mut k, mut factors, mut letters) = (first, 0usize, None);
        while k < self.b {
            let Some((e, unit_end, minus_one)) = self.exponent_factor(k) else {
                break;
            };
            if factors == 0 && minus_one {
                letters = Some(Span::new(self.toks[k].span.start, unit_end));
            } else {
                letters = None;
            }
            factors += 1;
            k = e;
            if dot(k) {
                k += 1;
            } else if k >= self.b || self.glued(k - 1) {
                break;
            }
        }
        if factors == 0 {
            return None;
        }
        // (a trailing middle dot is not part of it)
        if k > first && dot(k - 1) {
            k -= 1;
        }
        let sp = letters.unwrap_or_else(|| self.sp(first, k));
        Some((sp, k))
    }

    /// One unit to a negative power at token `k`: `s-1` (one token), `kg` `−` `1`, `m` `^` `-`
    /// `2`, `m` `⁻` `²` (glued). Returns where it ends, where the unit's letters end, and
    /// whether the power is minus one.
    pub(super) fn exponent_factor(&self, k: usize) -> Option<(usize, usize, bool)> {
        let r = self.raw(k);
        let is_unit =
            |u: &str| !u.is_empty() && (units::unit_cased(u).is_some() || self.unit_word(u).is_some());
        for minus in ["-", "\u{2212}"] {
            if let Some((u, p)) = r.rsplit_once(minus) {
                if matches!(p, "1" | "2" | "3") && is_unit(u) {
                    return Some((k + 1, self.toks[k].span.start + u.len(), p == "1"));
                }
            }
        }
        if !self.is_unit_form(k) || !self.glued(k) {
            return None;
        }
        let mut j = k + 1;
        if self.raw(j) == "^" && self.glued(j) {
            j += 1;
        }
        if !matches!(self.raw(j), "-" | "\u{2212}" | "\u{207b}") || !self.glued(j) {
            return None;
        }
        let power = match self.raw(j + 1) {
            "1" | "\u{b9}" => 1,
            "2" | "\u{b2}" | "3" | "\u{b3}" => 2,
            _ => return None,
        };
        // the power ends the factor: "m−2s" is no exponent
        if j + 2 < self.b && self.glued(j + 1) && self.is_word(j + 2) {
            return None;
        }
        Some((j + 2, self.toks[k].span.end, power == 1))
    }
}

/// One figure of a movement whose scale word is written once, on the other figure (`other`,
/// scaled by `other_scale`): `from 1.5 to 2 million` starts at 1.5 million, `to 2.5 million from
/// 2.1` started at 2.1 million. Only where that makes the two figures comparable (`from 900 to
/// 1.2 million` is read as written).
fn scaled_start(value: f64, scale: Option<i32>, other: f64, other_scale: Option<i32>) -> f64 {
    match (scale, other_scale) {
        (None, Some(x)) if value < 1000.0 => {
            let v = value * 10f64.powi(x);
            let r = v / other;
            if (0.01..=100.0).contains(&r) {
                v
            } else {
                value
            }
        }
        _ => value,
    }
}

/// A video resolution as one token: `1080p`, `720p`, `1080i`, `2160p`.
fn pixel_form(r: &str) -> bool {
    r.strip_suffix(['p', 'i']).is_some_and(|d| {
        matches!(
            d,
            "240" | "360" | "480" | "576" | "720" | "1080" | "1440" | "2160" | "4320"
        )
    })
}

/// The first figure of a possible movement, read by [`Scan::movement_at`] and its two siblings:
/// it starts at token `p` (after `from`, or after `to` when the level comes first) and ends
/// before token `end`, with its value, its unit or currency, and its scale word's power.
#[derive(Debug, Clone, Copy)]
struct Figure {
    p: usize,
    end: usize,
    unit: Option<UnitRef>,
    money: Option<UnitRef>,
    value: f64,
    scale: Option<i32>,
}

/// A movement read: its starting level, the level reached, one past its last token, and the
/// second figure's unit.
type Movement = (f64, f64, usize, Option<UnitRef>);

/// `50-100,000`: a bare whole number below a thousand before a dash and a round grouped number of
/// thousands that it is a comparable share of (at least a twentieth) when read in thousands.
fn thousands_written_once(low: &Num, high: &Num) -> bool {
    let (Some(a), Some(b)) = (low.plain, high.plain) else {
        return false;
    };
    let v = low.value * 1000.0;
    a.is_int()
        && !a.grouped
        && low.value < 1000.0
        && b.is_int()
        && b.grouped
        && high.value % 1000.0 == 0.0
        && v <= high.value
        && v * 20.0 >= high.value
}

/// A second figure's `p` is pence, as the first figure's is (`from 45p to 52p`).
fn pence_as_money(u: Option<UnitRef>) -> Option<UnitRef> {
    match u {
        Some(UnitRef::Unit(u)) if u.name == "pence" => Some(UnitRef::Money("pence", false)),
        u => u,
    }
}

/// Two figures' units agree: the same, or one of them not written (`from 4.1 to 4.5%`).
fn units_agree(a: Option<UnitRef>, b: Option<UnitRef>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_unit(a, b),
        _ => true,
    }
}

/// The same unit or currency.
fn same_unit(a: UnitRef, b: UnitRef) -> bool {
    match (a, b) {
        (UnitRef::Unit(x), UnitRef::Unit(y)) => x.name == y.name,
        (UnitRef::Money(x, _), UnitRef::Money(y, _)) => x == y,
        _ => false,
    }
}
