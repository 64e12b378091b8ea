//! Units and currencies after a numeral, read from the unit table (`data/units.tsv`): symbols, words, phrases (`sq km`, `miles per gallon`), and the context rules for ambiguous forms (`pounds` of weight, index `points`, spaced one-letter symbols).

use super::*;

impl<'a> Scan<'a> {
    /// The longest unit phrase of the table starting at token `e` (up to five tokens), read in
    /// lower case with one space between spaced tokens and none between glued ones (`sq km`,
    /// `km/h`, `miles per gallon`): one past its last token and the unit.
    pub(super) fn unit_phrase(&self, e: usize) -> Option<(usize, &'static units::UnitInfo)> {
        // The key on the stack: phrase starts (`new`, `per`, `south`) are common words.
        let mut buf = [0u8; 64];
        let mut n = 0;
        let mut best = None;
        for k in e..(e + 5).min(self.b) {
            let w = self.low(k);
            let w = w.as_bytes();
            let sep = usize::from(k > e && !self.glued(k - 1));
            if w.is_empty() || n + sep + w.len() > buf.len() {
                break;
            }
            if sep == 1 {
                buf[n] = b' ';
                n += 1;
            }
            buf[n..n + w.len()].copy_from_slice(w);
            n += w.len();
            if k > e {
                // Low holds ASCII only, so the key is valid UTF-8.
                if let Some(u) = std::str::from_utf8(&buf[..n])
                    .ok()
                    .and_then(|k| self.unit_phrase_of(k))
                {
                    best = Some((k + 1, u));
                } else if w.len() > 1 && w.ends_with(b".") {
                    // "45 sq m.", "7.8 km/s.": the last token swallowed the full stop.
                    if let Some(u) = std::str::from_utf8(&buf[..n - 1]).ok().and_then(units::phrase) {
                        best = Some((k + 1, u));
                    }
                }
            }
        }
        best
    }

    /// `44s`, `12.345s` (one token: the tokenizer keeps a glued `s` for decades) as the seconds
    /// of a race time: its value.
    pub(super) fn seconds_part(&self, k: usize) -> Option<f64> {
        if self.kind(k) != Some(TokenKind::Alnum) {
            return None;
        }
        let d = self.raw(k).strip_suffix('s')?;
        match parse_digits(d) {
            Digits::Value(v) if !v.grouped && v.int_digits <= 2 => Some(v.scaled(0)),
            _ => None,
        }
    }

    /// Does the sentence name a stock index (`FTSE`, `Dow`, `Nasdaq`, `S&P`, `index`)? Decides
    /// `points` as index points.
    pub(super) fn index_context(&self) -> bool {
        (self.a..self.b).any(|k| lexicon::is_word_of(self.low(k).as_str(), lexicon::Wc::IndexWord))
    }

    /// "Turnout was 67.3 per cent, up 1.2 points": `points` of a change after a percentage in
    /// the same sentence are percentage points (the numeral starts at `start`); "scored 30
    /// points" is no change, and stays a count.
    fn percent_points_context(&self, start: usize) -> bool {
        let before = self.low(start.wrapping_sub(1));
        let change = before.as_str() == "by" || lexicon::change_word(before.as_str()).is_some();
        // (the percentages may come after: "leads by 2 points, 46% to 44%")
        let percent = |k: usize| self.raw(k) == "%" || matches!(self.low(k).as_str(), "percent" | "pct");
        change && (self.pending.iter().any(|p| p.claim.unit == "percent") || (self.a..self.b).any(percent))
    }

    /// Does the sentence speak of polls (`poll`, `survey`, `margin of error`; words.tsv class
    /// poll_word)? Its `points` are percentage points ("a margin of error of 3 points").
    fn poll_context(&self) -> bool {
        (self.a..self.b).any(|k| lexicon::is_word_of(self.low(k).as_str(), lexicon::Wc::PollWord))
    }

    /// Does the sentence speak of money (`paid`, `cost`, `price`, `fine`, `worth`, a currency
    /// sign)? Used only to say when `pounds` was undecidable.
    pub(super) fn money_context(&self) -> bool {
        (self.a..self.b).any(|k| {
            self.kind(k) == Some(TokenKind::Currency)
                || matches!(
                    self.low(k).as_str(),
                    "paid"
                        | "pay"
                        | "pays"
                        | "cost"
                        | "costs"
                        | "price"
                        | "prices"
                        | "priced"
                        | "fine"
                        | "fined"
                        | "worth"
                        | "salary"
                        | "wage"
                        | "wages"
                        | "spent"
                        | "spend"
                        | "bought"
                        | "sold"
                        | "fee"
                        | "fees"
                        | "bill"
                        | "budget"
                        | "tax"
                        | "funding"
                        | "raised"
                        | "earn"
                        | "earned"
                        | "profit"
                        | "revenue"
                        | "loan"
                        | "debt"
                        | "sterling"
                )
        })
    }

    /// Does the sentence speak of weight (`weighed`, `weight`, `heavy`, `lighter`)? Decides
    /// `pounds` between mass and money.
    pub(super) fn weight_context(&self) -> bool {
        (self.a..self.b).any(|k| {
            let w = self.low(k);
            let w = w.as_str();
            w.starts_with("weigh")
                || matches!(
                    w,
                    "heavy"
                        | "heavier"
                        | "heaviest"
                        | "lighter"
                        | "pounder"
                        | "obese"
                        | "overweight"
                        | "bodyweight"
                )
        })
    }

    /// A currency symbol right after a numeral (`1.234,5 €`, `20 $`), not one that opens the next
    /// figure: `Some(answer)` for the unit readers to return (`Some(None)` for a symbol outside
    /// the table), `None` when no currency symbol stands at `e`.
    pub(super) fn currency_after(&self, e: usize) -> Option<Option<(usize, UnitRef)>> {
        if self.kind(e) != Some(TokenKind::Currency)
            || (self.glued(e) && self.kind(e + 1) == Some(TokenKind::Number))
        {
            return None;
        }
        Some(match units::currency_symbol(self.raw(e)) {
            Some(Some(code)) => Some((e + 1, UnitRef::Money(code, false))),
            Some(None) => Some((e + 1, UnitRef::Money("$", true))),
            None => None,
        })
    }
    /// A unit word of the table written with a hyphen at token `e` (`light-years`,
    /// `megawatt-hours`, `square-foot`: the tokeniser splits it in three), and where it ends.
    pub(super) fn hyphenated_unit(&self, e: usize) -> Option<(usize, UnitRef)> {
        if !(self.is_word(e)
            && self.is_dash(e + 1)
            && self.glued(e)
            && self.glued(e + 1)
            && self.is_word(e + 2))
        {
            return None;
        }
        let key = format!("{}-{}", self.low(e).as_str(), self.low(e + 2).as_str());
        self.unit_word(&key).map(|u| (e + 3, UnitRef::Unit(u)))
    }

    /// A unit or currency after the numeral, from token `e`.
    pub(super) fn unit_after(&self, e: usize, num: &Num) -> Option<(usize, UnitRef)> {
        if !self.en() {
            return self.unit_after_intl(e, num);
        }
        let mut e = e;
        // "thousands of hours", "millions of dollars"
        let mut of = false;
        if num.vague && self.is(e, "of") {
            e += 1;
            of = true;
        }
        let glued = !of && e > 0 && self.glued(e - 1);
        // "five-month", "three-day", "ten-year-old": a unit joined by a hyphen.
        if glued && self.is_dash(e) && self.glued(e) {
            // "a 1,000-square-foot flat", "a 4.2-light-year trip"
            if let Some(r) = self.hyphenated_unit(e + 1) {
                return Some(r);
            }
            let u = self.unit_word(self.low(e + 1).as_str())?;
            return Some((e + 2, UnitRef::Unit(u)));
        }
        // "1.234,5 €", "20 $": a currency symbol after the numeral (not one that opens the next).
        if let Some(r) = self.currency_after(e) {
            return r;
        }
        // "4.2 light-years", "40 megawatt-hours": a unit word of the table written with a hyphen
        if let Some(r) = self.hyphenated_unit(e) {
            return Some(r);
        }
        // A unit abbreviation that swallowed the full stop ("25 mg.", "45°C."): read it without.
        let r0 = self.raw(e);
        let r = match r0.strip_suffix('.') {
            Some(st) if st.len() >= 2 && !st.contains('.') && self.is_word(e) => st,
            _ => r0,
        };
        let l = Low::new(r);
        let l = l.as_str();
        let kind = self.kind(e)?;
        if matches!(kind, TokenKind::Symbol) && r == "%" {
            return Some((e + 1, UnitRef::Unit(Unit::named("percent"))));
        }
        if r == "°" {
            let (end, name) = match self.raw(e + 1) {
                "C" | "C." => (e + 2, "degree Celsius"),
                "F" | "F." => (e + 2, "degree Fahrenheit"),
                _ => (e + 1, "degree"),
            };
            return Some((end, UnitRef::Unit(Unit { name })));
        }
        // `9"`, `55″`: a double quote or double prime glued to digits is inches, when it is not
        // a closing quotation mark (an even count of quotes before it in the sentence) and a
        // word, `x` or the end follows.
        if matches!(r, "\"" | "\u{2033}")
            && glued
            && e > self.a
            && self.kind(e - 1) == Some(TokenKind::Number)
            && (r == "\u{2033}" || (self.a..e).filter(|&k| self.raw(k) == "\"").count() % 2 == 0)
            && (self.is_lower_word(e + 1) || self.is(e + 1, "x") || matches!(self.raw(e + 1), "" | "," | "."))
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("inch"))));
        }
        // `5' 10"`, `6′2″`: feet before inches (the inches join them as one claim).
        if matches!(r, "'" | "\u{2032}" | "\u{2019}")
            && glued
            && e > self.a
            && self.kind(e - 1) == Some(TokenKind::Number)
            && self.kind(e + 1) == Some(TokenKind::Number)
            && matches!(self.raw(e + 2), "\"" | "\u{2033}" | "\u{201D}")
            && self.glued(e + 1)
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("foot"))));
        }
        if self.is_dash(e) && self.glued(e - 1) && self.is(e + 1, "fold") {
            return Some((e + 2, UnitRef::Unit(Unit::named("fold"))));
        }
        // "190 km2": a unit form may hold a digit (an alnum token).
        if !matches!(kind, TokenKind::Word | TokenKind::Alnum) {
            return None;
        }
        // Money words and codes.
        if let Some(code) = units::currency_code(r) {
            return Some((e + 1, UnitRef::Money(code, false)));
        }
        if (r == "US" || r == "U.S.") && matches!(self.low(e + 1).as_str(), "dollar" | "dollars") {
            return Some((e + 2, UnitRef::Money("USD", false)));
        }
        // "Australian dollars", "Swiss francs", "Hong Kong dollars", "South African rand".
        if self.is_cap_word(e) {
            let two = self.is_cap_word(e + 1);
            let (adj_end, code) = match two
                .then(|| units::national_currency(l, self.low(e + 1).as_str(), self.low(e + 2).as_str()))
                .flatten()
            {
                Some(c) => (e + 3, Some(c)),
                None => (e + 2, units::national_currency("", l, self.low(e + 1).as_str())),
            };
            if let Some(code) = code {
                return Some((adj_end, UnitRef::Money(code, false)));
            }
            // "65 Canadian cents", "40 euro cents": hundredths of a named currency.
            let cents = if self.is(e + 1, "cents") || self.is(e + 1, "cent") {
                units::national_currency("", l, "dollars").or(self.currency_word(l).flatten())
            } else {
                None
            };
            if let Some(code) = cents.and_then(units::cents_of) {
                return Some((e + 2, UnitRef::Money(code, false)));
            }
        }
        if matches!(l, "euro" | "euros") && matches!(self.low(e + 1).as_str(), "cent" | "cents") {
            return Some((e + 2, UnitRef::Money("cent:EUR", false)));
        }
        // "500 billion won": the Korean currency only after a scale word (else it is a verb).
        if l == "won" && num.scale.is_some() {
            return Some((e + 1, UnitRef::Money("KRW", false)));
        }
        // "2h 18m 44s", "1m 12.5s": a glued m after hours or before seconds is minutes.
        if r == "m"
            && glued
            && (self
                .pending
                .last()
                .is_some_and(|q| q.claim.unit == "hour" && q.tok_end == num.start)
                || self.seconds_part(e + 1).is_some())
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("minute"))));
        }
        if self.molar_at(e) {
            return Some((e + 1, UnitRef::Unit(Unit::named("mole per litre"))));
        }
        // "6ft 4in": inches after a length in feet.
        if r == "in"
            && glued
            && self
                .pending
                .last()
                .is_some_and(|q| q.claim.unit == "foot" && q.tok_end == num.start)
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("inch"))));
        }
        // Pence: "45 pence", "12.5p".
        if l == "pence" || (r == "p" && glued && !self.is_word(e + 1)) {
            return Some((e + 1, UnitRef::Money("pence", false)));
        }
        if let Some(c) = self.currency_word(l) {
            // "pounds of flour", "weighed 208 pounds", "a 250-pound man": weight, not money,
            // when the sentence speaks of weight.
            if l.starts_with("pound") && (self.is(e + 1, "of") || self.weight_context()) {
                return Some((e + 1, UnitRef::Unit(Unit::named("pound"))));
            }
            return Some((
                e + 1,
                match c {
                    Some(code) => UnitRef::Money(code, false),
                    None => UnitRef::Money("$", true),
                },
            ));
        }
        if matches!(l, "cent" | "cents") {
            return Some((e + 1, UnitRef::Money("cent", true)));
        }
        // Percent and points.
        if l == "per" && self.is(e + 1, "cent") {
            return Some((e + 2, UnitRef::Unit(Unit::named("percent"))));
        }
        // "percentage points", "a 3 percentage-point lead", "basis points".
        let hyphen = self.is_dash(e + 1) && self.glued(e) && self.glued(e + 1);
        let pt = if hyphen { e + 2 } else { e + 1 };
        if (l == "percentage" || l == "basis") && matches!(self.low(pt).as_str(), "point" | "points") {
            let name = if l == "basis" {
                "basis point"
            } else {
                "percentage point"
            };
            return Some((pt + 1, UnitRef::Unit(Unit { name })));
        }
        // "The FTSE 100 lost 190 points": points on an index named in the sentence.
        if matches!(l, "point" | "points") && num.unit.is_none() && self.index_context() {
            return Some((e + 1, UnitRef::Unit(Unit::named("point"))));
        }
        if matches!(l, "point" | "points")
            && num.unit.is_none()
            && (self.percent_points_context(num.start) || self.poll_context())
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("percentage point"))));
        }
        // "a quarter of a percentage point", "half of a point", "half a point".
        let a = if l == "of" { e + 1 } else { e };
        if num.unit.is_some_and(|u| u.name == "fraction")
            && (l == "of" || l == "a")
            && self.is(a, "a")
            && (self.is(a + 1, "point") || (self.is(a + 1, "percentage") && self.is(a + 2, "point")))
        {
            let end = if self.is(a + 1, "point") { a + 2 } else { a + 3 };
            return Some((end, UnitRef::Unit(Unit::named("percentage point"))));
        }
        // "a quarter point", "half a point": fractions of a percentage point.
        if num.unit.is_some_and(|u| u.name == "fraction") && matches!(l, "point" | "points") {
            return Some((e + 1, UnitRef::Unit(Unit::named("percentage point"))));
        }
        // "12 wt% chromium", "5 vol%": percent by weight or volume
        if matches!(l, "wt" | "wt." | "vol" | "vol.") && self.raw(e + 1) == "%" && self.glued(e) {
            return Some((e + 2, UnitRef::Unit(Unit::named("percent"))));
        }
        if l == "times" {
            // "three times more", "15 times earnings", "ten times the size" (data/en/words.tsv,
            // class times_fold): a multiple; "stabbed 15 times in the chest" is a count of times
            if lexicon::is_word_of(self.low(e + 1).as_str(), lexicon::Wc::TimesFold) {
                return Some((e + 1, UnitRef::Unit(Unit::named("fold"))));
            }
            return None;
        }
        if matches!(l, "degree" | "degrees") {
            let (end, name) = match self.low(e + 1).as_str() {
                "celsius" | "centigrade" | "c" => (e + 2, "degree Celsius"),
                "fahrenheit" | "f" => (e + 2, "degree Fahrenheit"),
                _ => (e + 1, "degree"),
            };
            return Some((end, UnitRef::Unit(Unit { name })));
        }
        // "square miles", "sq km", "cubic metres": a power of a length unit named in the table.
        if matches!(l, "square" | "sq" | "sq." | "cubic" | "cu") {
            // "45 sq m.": the unit may have swallowed the sentence's full stop.
            let next = self.raw(e + 1);
            let next = next.strip_suffix('.').filter(|n| !n.is_empty()).unwrap_or(next);
            let low = if self.lw.is_some() {
                Low::uni(next)
            } else {
                Low::new(next)
            };
            let u = self.unit_word(low.as_str()).or_else(|| units::unit_cased(next))?;
            let power = if l.starts_with('c') { "cubic" } else { "square" };
            let u = units::unit_info(&format!("{power} {}", u.name))?;
            return Some((e + 2, UnitRef::Unit(Unit::named(u.name))));
        }
        // Several-word units: "miles per gallon", "km/h", "parts per million", "australian
        // dollars" (in any case).
        if self.unit_phrase_start(l) {
            if let Some((end, u)) = self.unit_phrase(e) {
                return Some((
                    end,
                    match (u.is_money(), u.name) {
                        (true, "$") => UnitRef::Money("$", true),
                        (true, code) => UnitRef::Money(code, false),
                        (false, name) => UnitRef::Unit(Unit::named(name)),
                    },
                ));
            }
        }
        // Case-sensitive short units only when glued ("10m", "5GB", "2x").
        // A glued symbol may carry the sentence's full stop ("minus 273.15C.").
        let last_dot = r.strip_suffix('.').filter(|x| !x.is_empty() && e + 1 == self.b);
        let u = if glued {
            units::unit_cased(r).or_else(|| last_dot.and_then(units::unit_cased))
        } else {
            None
        };
        // "Boeing 777F", "the 4090F": a whole number above 200 glued to C/F after a name, or of
        // four digits or more, is a model, not a temperature ("430C by day" is one).
        let model = |v: f64| {
            let whole = num.plain.is_some_and(|d| d.is_int());
            v > 200.0 && whole && (v >= 1000.0 || (num.start > self.a && self.is_cap_word(num.start - 1)))
        };
        // ("Ryzen 9 7950X": the same for a glued X, which is otherwise a multiple)
        let u = u.filter(|u| {
            let read_as_model = (matches!(r, "C" | "F") && u.name.starts_with("degree"))
                || (matches!(r, "X" | "x") && u.name == "fold");
            !(read_as_model && model(num.value))
        });
        // "2617.4 m", "48 h", "30 s", "230 V", "30 C", "800 K": a one-letter symbol spaced from digits, where no
        // word follows that would make the letter an initial or a label.
        // The letter may carry the sentence's full stop ("It took 48 h.").
        let r1 = match r.strip_suffix('.') {
            Some(x) if e + 1 == self.b => x,
            _ => r,
        };
        let spaced_letter = !glued
            && r1.len() == 1
            && num.plain.is_some()
            && matches!(r1, "m" | "h" | "s" | "K" | "C" | "F" | "g" | "t" | "l" | "L" | "V" | "W")
            && !(self.is_word(e + 1) && self.raw(e + 1) == ".")
            && self.kind(e + 1) != Some(TokenKind::Number)
            && !self.is_cap_word(e + 1)
            // "the 1990 s": a decade split in two
            && !(r1 == "s"
                && num.plain.is_some_and(|v| v.is_int() && v.int_digits == 4)
                && (1900.0..=2100.0).contains(&num.value)
                && num.value % 10.0 == 0.0);
        let u = u.or_else(|| spaced_letter.then(|| units::unit_cased(r1)).flatten());
        // "1,000 W/m2", "0.6 W m−1 K−1": any symbol of the table spaced from digits, where a
        // compound unit goes on after it
        let u = u.or_else(|| {
            (!glued && num.plain.is_some() && self.compound_at(e + 1))
                .then(|| units::unit_cased(r))
                .flatten()
        });
        // "2 in wide", "a 9in screen": inches where a dimension word follows.
        if r == "in"
            && num.plain.is_some()
            && (glued
                || matches!(
                    self.low(e + 1).as_str(),
                    "wide"
                        | "long"
                        | "tall"
                        | "high"
                        | "deep"
                        | "thick"
                        | "across"
                        | "screen"
                        | "display"
                        | "diameter"
                ))
        {
            return Some((e + 1, UnitRef::Unit(Unit::named("inch"))));
        }
        let u = u.or_else(|| {
            // Two-letter-or-longer unit words, except forms that are common words out of context
            // ("Ms", "Ha" spaced after a number), unless written as a symbol of the table
            // ("12 nM" is nanomolar; "12 nm" nanometres).
            if r.len() == 1
                || (matches!(l, "ms" | "ha" | "mi" | "min" | "ft" | "mm" | "nm")
                    && !glued
                    && r != l
                    && units::unit_symbol(r).is_none())
            {
                return None;
            }
            // Symbols of two letters or more keep their case spaced too ("40 Gb", "5 kWh").
            units::unit_symbol(r).or_else(|| self.unit_word(l))
        })?;
        if num.words && num.value == 1.0 && matches!(u.name, "second" | "minute") {
            return None;
        }
        // "two cup ties": the singular of a unit that is also a noun, after a figure above one
        if num.value > 1.0 && lexicon::is_word_of(l, lexicon::Wc::NounUnit) {
            return None;
        }
        // Speeds: "100 km/h", "60 miles per hour".
        if matches!(u.name, "kilometre" | "mile") {
            let sep = self.raw(e + 1) == "/" || self.is(e + 1, "per");
            if sep && matches!(self.low(e + 2).as_str(), "h" | "hr" | "hour") {
                let u2 = if u.name == "mile" {
                    Unit::named("mile per hour")
                } else {
                    Unit::named("kilometre per hour")
                };
                return Some((e + 3, UnitRef::Unit(u2)));
            }
        }
        Some((e + 1, UnitRef::Unit(u)))
    }
}
