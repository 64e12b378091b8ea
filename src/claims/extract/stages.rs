//! Stages of the quantity recogniser (`quantity.rs`), each a small step of reading one
//! figure: the compound numeral, its unit or currency, the post-qualifier, the notes on
//! ambiguous units, and its change.

use super::*;

/// What [`Scan::unit_reading`] found after (or before) a numeral.
pub(super) struct UnitReading {
    /// The unit or currency (`None`: a count).
    pub unit: Option<UnitRef>,
    /// The currency, when one was written (prefix or confirming code).
    pub money: Option<UnitRef>,
    /// One past the last token read so far.
    pub end: usize,
    /// Token range of the unit word(s), when a unit was written as a word.
    pub unit_toks: Option<(usize, usize)>,
    /// Where the figure starts (moved back over `magnitude` in `magnitude 6.2`).
    pub p: usize,
    /// Minor units after a code (`15 USD 50`: 0.5).
    pub minor_part: Option<f64>,
}

impl<'a> Scan<'a> {
    /// Scientific notation, mixed numbers (`10 1/2`) and shares (`one out of three`) extend the
    /// numeral `num` in place.
    pub(super) fn compound_numeral(&self, num: &mut Num) {
        self.scientific(num);
        // "10 1/2 miles": a whole number and a slash fraction are one mixed number.
        if num.plain.is_some_and(|v| v.is_int()) && !self.glued(num.end - 1) {
            if let Some(n2) = self
                .numeral_at(num.end, false, false)
                .filter(|n| n.slash && n.value < 1.0)
            {
                num.value += n2.value;
                num.end = n2.end;
                num.span.end = n2.span.end;
                num.plain = None;
            }
        }
        // "one out of three", "7 out of 10": a share.
        if num.value > 0.0 && num.unit.is_none() && self.is(num.end, "out") && self.is(num.end + 1, "of") {
            if let Some(n2) = self.numeral_at(num.end + 2, false, false) {
                if n2.value >= num.value && n2.unit.is_none() && !n2.vague {
                    num.value /= n2.value;
                    num.unit = Some(Unit::named("fraction"));
                    num.plain = None;
                    num.end = n2.end;
                    num.span.end = n2.span.end;
                }
            }
        }
    }

    /// The unit or currency of the numeral `num` (read from token `p`, digits at `p2`; `i` is
    /// where the quantity starts, `qualified` whether a qualifier opens it, `money` a currency
    /// prefix already read): the scale named before it (`magnitude 6.2`), a unit or currency
    /// after it (`unit_after`), `pence`, and minor units after a code (`15 USD 50`).
    pub(super) fn unit_reading(
        &self,
        num: &Num,
        p: usize,
        p2: usize,
        i: usize,
        qualified: bool,
        money: Option<UnitRef>,
    ) -> UnitReading {
        let mut money = money;
        let mut end = num.end;
        let mut unit: Option<UnitRef> = num.unit.map(UnitRef::Unit);
        // "a magnitude 6.2 quake", "magnitude-7.8": the scale named before the numeral.
        let mut p = p;
        if unit.is_none()
            && money.is_none()
            && !qualified
            && num.plain.is_some()
            && p2 == i
            && num.start > self.a
        {
            if let Some(start) = self.magnitude_named_before(num.start) {
                unit = Some(UnitRef::Unit(Unit::named("magnitude")));
                p = start;
            }
        }
        // "pH 6.5", "a pH of 7.4", "soil pH was 5.8": acidity, named before the numeral.
        if unit.is_none() && money.is_none() && num.plain.is_some() && self.ph_before(num.start) {
            unit = Some(UnitRef::Unit(Unit::named("pH")));
            if p2 == i && !qualified && self.raw(num.start - 1) == "pH" {
                p = num.start - 1;
            }
        }
        let mut unit_toks = None;
        // A share can take a unit: "a quarter mile", "a quarter point".
        let share = num.unit.is_some_and(|u| u.name == "fraction");
        if unit.is_none() || share {
            if let Some((e, u)) = self
                .unit_after(num.end, num)
                .filter(|(_, u)| !share || matches!(u, UnitRef::Unit(_)))
            {
                if money.is_some() && matches!(u, UnitRef::Unit(_)) {
                    // "$639m year-earlier": a unit word after an amount of money is not its unit.
                } else if money.is_none() || !matches!(u, UnitRef::Money(..)) {
                    // A hyphenated unit ("five-month deal") is an adjective: not the counted noun.
                    if !self.is_dash(num.end) {
                        unit_toks = Some((num.end, e));
                    }
                    end = e;
                    unit = Some(u);
                } else {
                    // "$5 USD": the code confirms the symbol.
                    money = Some(u);
                    end = e;
                }
            }
        }
        if money.is_some() {
            unit = money;
        }
        if matches!(unit, Some(UnitRef::Unit(u)) if u.name == "pence") {
            unit = Some(UnitRef::Money("pence", false));
        }
        // "15 USD 50": whole units, the code, then the minor units (read into the value).
        let mut minor_part = None;
        if let Some(UnitRef::Money(code, false)) = unit {
            if let Some(v) = self.minor_after_code(num, end, code) {
                minor_part = Some(v);
                end += 1;
            }
        }
        UnitReading {
            unit,
            money,
            end,
            unit_toks,
            p,
            minor_part,
        }
    }

    /// The bound of the figure `num` ending at token `end`: the qualifier's (`qual`), the
    /// numeral's own (`500-plus`, a vague plural), or a post-qualifier (`500 or more`, `500+`,
    /// `or so`); `=` otherwise. Returns the bound and the figure's new end (past a glued `+`).
    pub(super) fn post_bound(&self, num: &Num, qual: Option<Bound>, end: usize) -> (Bound, usize) {
        let mut end = end;
        // Post-qualifiers: "500 or more", "500+".
        let mut bound = qual.or(num.bound);
        if num.vague && bound.is_none() {
            bound = Some(Bound::Ge);
        }
        if bound.is_none() {
            let after_or = self.low(end + 1);
            let after_or = after_or.as_str();
            if self.is(end, "or") && lexicon::is_word_of(after_or, lexicon::Wc::OrMore) {
                // "200 or greater" (as "500 or more", the post-qualifier is not in the span).
                bound = Some(Bound::Ge);
            } else if self.is(end, "or") && lexicon::is_word_of(after_or, lexicon::Wc::OrLess) {
                bound = Some(Bound::Le);
            } else if self.is(end, "or") && lexicon::is_word_of(after_or, lexicon::Wc::OrAbout) {
                bound = Some(Bound::Approx);
            } else if self.raw(end) == "+" && self.glued(end - 1) {
                bound = Some(Bound::Ge);
                end += 1;
            } else if self.is(end, "plus") && !self.is_word(end + 1) {
                bound = Some(Bound::Ge);
            }
        }
        (bound.unwrap_or(Bound::Eq), end)
    }

    /// The notes of the claim in unit `unit_name`: the unit's own note (`note`) and what the
    /// context left undecided (a degree without a scale, `pounds` read as money).
    pub(super) fn unit_notes(
        &self,
        note: Option<String>,
        unit_name: &str,
        unit_toks: Option<(usize, usize)>,
    ) -> Vec<String> {
        let mut notes: Vec<String> = note.into_iter().collect();
        // Ambiguous forms the context did not decide say so.
        if unit_name == "degree" {
            notes.push("degree without a scale: temperature or angle not stated".to_string());
        }
        if unit_name == "GBP"
            && unit_toks.is_some_and(|(a, _)| self.low(a).as_str().starts_with("pound"))
            && !self.money_context()
        {
            notes.push("pounds read as GBP (money), not mass: no money or weight words nearby".to_string());
        }
        notes
    }

    /// The change of the figure `num` (tokens `start_tok..end`, unit `unit_name`, value
    /// `value`, a movement's start `value_from`): a verb or noun of change (changes.rs), a sign
    /// on a relative figure (`+5%`), the direction of a movement, or the direction of the
    /// figure it restates (`lost 190 points, or 0.6%`); and the token that said so.
    pub(super) fn change_of(
        &self,
        num: &Num,
        start_tok: usize,
        end: usize,
        unit_name: &str,
        value: f64,
        value_from: Option<f64>,
    ) -> (Option<Change>, Option<usize>) {
        // Change: a verb or noun of change before or after the figure (changes.rs).
        let (mut change, change_tok) = self.change_at(num, start_tok, end, unit_name);
        // A signed relative figure is a change: "+5%", "−0.3 percentage points".
        if change.is_none() && matches!(unit_name, "percent" | "percentage point" | "basis point") {
            match self.raw(num.start).chars().next() {
                Some('+') => change = Some(Change::Increase),
                Some('-' | '\u{2212}') => change = Some(Change::Decrease),
                _ => {}
            }
        }
        if let (None, Some(a)) = (change, value_from) {
            change = Some(if value > a {
                Change::Increase
            } else {
                Change::Decrease
            });
        }
        // "lost 190 points, or 0.6%": the restatement keeps the first figure's direction.
        if change.is_none()
            && start_tok >= self.a + 2
            && self.is(start_tok - 1, "or")
            && self.raw(start_tok - 2) == ","
        {
            if let Some(prev) = self.pending.last().filter(|q| q.tok_end + 2 == start_tok) {
                change = prev.claim.change;
            }
        }
        (change, change_tok)
    }

    /// Ages: `34-year-old` (the figure runs past `-old`), and `aged 34`, `age 7`, `Greenspan, 79,
    /// said` (a bare whole number read as years of age). Returns the unit and the new end.
    pub(super) fn age_reading(
        &self,
        num: &Num,
        p2: usize,
        unit: Option<UnitRef>,
        end: usize,
        qualified: bool,
    ) -> (Option<UnitRef>, usize) {
        let (mut unit, mut end) = (unit, end);
        // Ages: "34-year-old", "ten-month-old".
        if matches!(unit, Some(UnitRef::Unit(u)) if matches!(u.name, "year" | "month" | "week" | "day"))
            && self.is_dash(end)
            && self.glued(end - 1)
            && self.glued(end)
            && matches!(self.low(end + 1).as_str(), "old" | "olds")
        {
            end += 2;
        }
        // "aged 34", "age 7", "Greenspan, 79, said": years of age.
        let appositive_age = p2 >= self.a + 2
            && self.raw(p2 - 1) == ","
            && (self.is_cap_word(p2 - 2) || lexicon::person_noun(self.low(p2 - 2).as_str()))
            && matches!(self.raw(num.end), "," | ")" | ";" | ".");
        // "aged 8-10 weeks": the range's own unit, read with the range
        let e = num.end;
        let range_unit = (self.is_dash(e) || self.is(e, "to"))
            && self.kind(e + 1) == Some(TokenKind::Number)
            && self.unit_word(self.low(e + 2).as_str()).is_some();
        if unit.is_none()
            && !qualified
            && !range_unit
            && (lexicon::is_word_of(self.low(p2.wrapping_sub(1)).as_str(), lexicon::Wc::AgeWord)
                || appositive_age)
            && num.plain.is_some_and(|v| v.is_int() && !v.grouped)
            && (1.0..=130.0).contains(&num.value)
        {
            unit = Some(UnitRef::Unit(Unit::named("year")));
        }
        (unit, end)
    }

    /// The scale of magnitudes is named before the numeral at `start`: `magnitude 6.2`, or the
    /// language's word next to it or before an `of`/`from` word (`der Stärke 7,8`, `eine Stärke
    /// von 6,2`, `d'une magnitude de 6,8`, `kracht van 6,4`; `data/<lang>/words.tsv`). Where the
    /// claim starts: at the word when it stands next to the numeral, else at the numeral.
    fn magnitude_named_before(&self, start: usize) -> Option<usize> {
        if start <= self.a {
            return None;
        }
        if self.en() {
            return self.is(start - 1, "magnitude").then(|| start - 1);
        }
        use super::super::langdata::Class;
        if self.is(start - 1, "magnitude") || self.wc(start - 1, Class::Magnitude) {
            return Some(start - 1);
        }
        let of = self.wc(start - 1, Class::Of) || self.wc(start - 1, Class::RangeFrom);
        (start >= self.a + 2 && of && self.wc(start - 2, Class::Magnitude)).then_some(start)
    }

    /// `pH` stands before the numeral at `start`: next to it (`pH 6.5`) or joined by a verb or
    /// `of` (`pH of 7.4`, `pH was 5.8`, `pH value of 6`, `pH of about 6.5`).
    fn ph_before(&self, start: usize) -> bool {
        let mut k = start;
        // past a qualifier's words ("of about 6.5", "of less than 5")
        while k > self.a && k + 3 > start && !self.is(k - 1, "pH") && self.is_lower_word(k - 1) {
            let w = self.low(k - 1);
            if !matches!(
                w.as_str(),
                "of" | "was"
                    | "is"
                    | "were"
                    | "at"
                    | "value"
                    | "level"
                    | "about"
                    | "around"
                    | "below"
                    | "above"
            ) {
                return false;
            }
            k -= 1;
        }
        k > self.a && self.raw(k - 1) == "pH"
    }

    /// `($99.99)`: the amount of money at tokens `start_tok..end` stands in parentheses glued to
    /// it and does not convert an amount just before it (`€222m ($262m)`), so it is an
    /// accounting negative.
    pub(super) fn accounting_negative(&self, start_tok: usize, end: usize) -> bool {
        let converts = (start_tok.saturating_sub(6).max(self.a)..start_tok.saturating_sub(1)).any(|t| {
            matches!(self.kind(t), Some(TokenKind::Number | TokenKind::Currency))
                || (self.kind(t) == Some(TokenKind::Alnum)
                    && self.raw(t).starts_with(|c: char| c.is_ascii_digit()))
        });
        !converts
            && start_tok > self.a
            && self.raw(start_tok - 1) == "("
            && self.raw(end) == ")"
            && self.glued(start_tok - 1)
            && self.glued(end - 1)
    }
}
