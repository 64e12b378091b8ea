//! Numerals: digits (grouped, continental, scaled: `1.5bn`, `10k`), number words (`two million`, `a dozen`, `thousands`), fractions and scientific notation.

use super::*;

impl<'a> Scan<'a> {
    /// A numeral at `p`.
    pub(super) fn numeral_at(&self, p: usize, money: bool, qualified: bool) -> Option<Num> {
        let kind = self.kind(p)?;
        let raw = self.raw(p);
        let tok = self.toks[p];
        let base = |end: usize, value: f64| Num::plain(p, end, self.sp(p, end), value, false);
        match kind {
            TokenKind::Number => {
                // "10⁸ CFU/mL": a power of ten in superscripts, with no mantissa.
                if let Some(exp) = super::super::numbers::superscript_power(raw) {
                    return Some(base(p + 1, times_ten_to(1.0, exp)));
                }
                let v = match self.digits(raw) {
                    Digits::Value(v) => v,
                    Digits::Slash([a, b, _], 2) if a >= 1 && a < b && b <= 16 => {
                        let mut n = base(p + 1, a as f64 / b as f64);
                        n.slash = true;
                        return Some(n);
                    }
                    // "120/80 mmHg": a blood pressure, two readings in one unit; the first is
                    // the figure (the quantity reader notes the second).
                    Digits::Slash([a, b, _], 2) if a > b && b >= 20 && a <= 400 && self.mercury_at(p + 1) => {
                        return Some(base(p + 1, a as f64));
                    }
                    // "won in 7:40.53", "a 2:08:37 marathon": elapsed time, in seconds.
                    Digits::Colon(..) | Digits::Malformed if !self.is(p.wrapping_sub(1), "at") => {
                        let secs = elapsed_seconds(raw)?;
                        let mut n = base(p + 1, secs);
                        n.unit = Some(Unit::named("second"));
                        return Some(n);
                    }
                    _ => return None,
                };
                // "1⁄32": digits, the fraction slash (U+2044), digits, all glued.
                if let Some(n) = self.fraction_slash(p, &v) {
                    return Some(n);
                }
                // "1 in 10": a share.
                let num_v = v.scaled(0);
                if self.en() && v.is_int() && num_v >= 1.0 && !money && self.is(p + 1, "in") {
                    let den = self
                        .int_at(p + 2)
                        .map(|d| d.0 as f64)
                        .or_else(|| lexicon::small_number(self.low(p + 2).as_str()));
                    if let Some(den) = den.filter(|&d| d > num_v && (d <= 100.0 || d == 1000.0)) {
                        let mut n = base(p + 3, num_v / den);
                        n.unit = Some(Unit::named("fraction"));
                        return Some(n);
                    }
                }
                // "1 234,5 €", "12 500 %": French groups split by a plain space, accepted only
                // when a currency or percent sign closes the number (a list reads otherwise).
                if let Some(mut n) = self.space_grouped(p, &v) {
                    if let Some((exp, e)) = self.scale_after(n.end) {
                        n.value *= 10f64.powi(exp);
                        n.end = e;
                        n.span = self.sp(p, e);
                        n.scale = Some(exp);
                    }
                    return Some(n);
                }
                let mut n = base(p + 1, v.scaled(0));
                // Outside English: the language's scale words ("1,5 Mio.", "mil millones").
                if !self.en() {
                    // "200 M€", "500 k€", "3 Md€": a scale letter glued to a currency sign
                    let letter = match self.raw(p + 1) {
                        "k" | "K" => Some(3),
                        "M" => Some(6),
                        "Md" | "Mds" | "Mrd" => Some(9),
                        _ => None,
                    };
                    if let Some(exp) =
                        letter.filter(|_| self.glued(p + 1) && self.kind(p + 2) == Some(TokenKind::Currency))
                    {
                        let mut n = base(p + 2, v.scaled(exp));
                        n.scale = Some(exp);
                        return n.value.is_finite().then_some(n);
                    }
                    if let Some((exp, e)) = self.scale_after(p + 1) {
                        // "1,700 millones" (Spanish): before a scale word the comma is decimal.
                        let v = self.decimal_before_scale(raw).unwrap_or(v);
                        n = base(e, v.scaled(exp));
                        n.scale = Some(exp);
                    } else {
                        n.plain = Some(v);
                    }
                    return n.value.is_finite().then_some(n);
                }
                let sl = self.low(p + 1);
                // "573.15K": a glued K after two or more decimals is kelvin, not thousands.
                let kelvin = self.raw(p + 1) == "K" && self.glued(p) && !money && v.frac >= 2;
                if kelvin || (!money && self.molar_at(p + 1)) {
                    n.plain = Some(v);
                } else if let Some(s) = lexicon::scale_word(
                    self.raw(p + 1),
                    sl.as_str(),
                    money || self.money_follows(p + 2) || self.million_m(p, &v),
                ) {
                    let mut exp = s.log10().round() as i32;
                    let mut e = p + 2;
                    // "₹11.1 lakh crore", "Rs 5,000 crore", "10 thousand crore": a larger scale
                    // word after the first multiplies it (Indian usage)
                    if let Some(s2) = lexicon::scale_word(self.raw(e), self.low(e).as_str(), false) {
                        let exp2 = s2.log10().round() as i32;
                        if exp2 > exp && self.low(e).as_str() == "crore" {
                            exp += exp2;
                            e += 1;
                        }
                    }
                    // "10 hundred" is odd but harmless; "m" after a bare number is metres.
                    n = base(e, v.scaled(exp));
                    n.scale = Some(exp);
                } else {
                    n.plain = Some(v);
                }
                if !n.value.is_finite() {
                    return None;
                }
                Some(n)
            }
            TokenKind::Alnum => {
                // "18m 44s", "4min 12s": seconds right after minutes or hours (not a decade)
                if let Some(v) = self.seconds_part(p).filter(|_| {
                    self.pending.last().is_some_and(|q| {
                        q.tok_end == p
                            && matches!(q.claim.unit.as_str(), "minute" | "hour")
                            && q.claim.value_max.is_none()
                    })
                }) {
                    let mut n = base(p + 1, v);
                    n.span = Span::new(tok.span.start, tok.span.end);
                    n.unit = Some(Unit::named("second"));
                    return Some(n);
                }
                // "1.5e-3", "2.1E+04" (the sign and exponent glued after an `E`): e-notation.
                if let Some(v) = super::super::numbers::e_notation(raw) {
                    return Some(base(p + 1, v));
                }
                if raw.ends_with(['e', 'E']) && self.glued(p) {
                    // the sign may be a token of its own ("2.1E" "+" "04")
                    let sign = matches!(self.raw(p + 1), "+" | "-") && self.glued(p + 1);
                    let k = p + 1 + usize::from(sign);
                    if self.kind(k) == Some(TokenKind::Number) {
                        let joined =
                            format!("{raw}{}{}", if sign { self.raw(p + 1) } else { "" }, self.raw(k));
                        if let Some(v) = super::super::numbers::e_notation(&joined) {
                            return Some(base(k + 1, v));
                        }
                    }
                }
                // "sub-300", "magnitude-7.8": a word joined to the numeral by a hyphen.
                if let Some(n) = self.prefixed_numeral(p) {
                    return Some(n);
                }
                // "45p", "12.5p": pence.
                if let Some(d) = raw.strip_suffix('p').filter(|_| self.en()) {
                    if let Digits::Value(v) = parse_digits(d) {
                        let mut n = base(p + 1, v.scaled(0));
                        n.span = Span::new(tok.span.start, tok.span.start + d.len());
                        n.unit = Some(Unit::named("pence"));
                        return n.value.is_finite().then_some(n);
                    }
                }
                // "200-fold", "30-year", "500-plus": a numeral, a hyphen, a word.
                let h = raw.find(['-', '\u{2010}', '\u{2011}'])?;
                // (the language's own numerals: "5.000-mAh-Akku" is five thousand)
                let Digits::Value(v) = self.digits(&raw[..h]) else {
                    return None;
                };
                let suffix = &raw[h + raw[h..].chars().next()?.len_utf8()..];
                if !suffix.chars().all(char::is_alphabetic) {
                    return None;
                }
                let mut n = base(p + 1, v.scaled(0));
                n.span = Span::new(tok.span.start, tok.span.start + h);
                if !self.en() {
                    let sl = Low::uni(suffix);
                    // "das 100-Milliarden-Sondervermögen": a scale word joined by the hyphen
                    if let Some(x) = self.scale_word("", sl.as_str(), false) {
                        let exp = x.log10().round() as i32;
                        n.value = v.scaled(exp);
                        n.scale = Some(exp);
                        n.span = tok.span;
                        return n.value.is_finite().then_some(n);
                    }
                    // "einen 5.000-mAh-Akku": a unit symbol as written, or the language's unit word
                    n.unit = units::unit_cased(suffix).or_else(|| self.unit_word(sl.as_str()));
                    if n.unit.is_some() {
                        n.span = tok.span;
                    }
                    return n.value.is_finite().then_some(n);
                }
                let sl = Low::new(suffix);
                match sl.as_str() {
                    "plus" => n.bound = Some(Bound::Ge),
                    "odd" => n.bound = Some(Bound::Approx),
                    // "a 200-pound man": a hyphenated pound is a weight (money is `£200`).
                    "pound" => n.unit = Some(Unit::named("pound")),
                    s => n.unit = self.unit_word(s).or(Some(Unit::named("count"))),
                }
                n.value.is_finite().then_some(n)
            }
            // "minus 5", "minus five percent": a negative number (a number word after it too);
            // the language's own minus words before digits.
            TokenKind::Word
                if (self.is(p, "minus")
                    && (self.kind(p + 1) == Some(TokenKind::Number)
                        || (self.lw.is_none()
                            && lexicon::small_number(self.low(p + 1).as_str()).is_some())))
                    || (self.lw.is_some_and(|lw| lw.is_minus(self.low(p).as_str()))
                        && self.kind(p + 1) == Some(TokenKind::Number)) =>
            {
                let mut n = self.numeral_at(p + 1, money, qualified)?;
                // "a margin of error of plus or minus 3 percentage points": a margin, not a
                // negative figure; the numeral starts at `plus`
                let margin =
                    self.lw.is_none() && p >= self.a + 2 && self.is(p - 1, "or") && self.is(p - 2, "plus");
                n.start = if margin { p - 2 } else { p };
                if !margin {
                    n.value = -n.value;
                }
                n.span = self.sp(n.start, n.end);
                n.plain = None;
                n.margin = margin;
                Some(n)
            }
            TokenKind::Word if !self.en() => self.word_numeral_intl(p, qualified),
            TokenKind::Word => self.word_numeral_at(p, qualified),
            // "$-99.99", "US$-5m": a minus sign between the currency and the digits.
            TokenKind::Punct | TokenKind::Symbol
                if money
                    && matches!(raw, "-" | "\u{2212}")
                    && p > self.a
                    && self.glued(p - 1)
                    && self.glued(p)
                    && self.kind(p + 1) == Some(TokenKind::Number) =>
            {
                let mut n = self.numeral_at(p + 1, money, qualified)?;
                n.value = -n.value;
                n.start = p;
                n.span = self.sp(p, n.end);
                n.plain = None;
                Some(n)
            }
            _ => None,
        }
    }

    /// Token `k` starts the pressure unit of blood pressures (`mmHg`, `mm Hg`).
    pub(super) fn mercury_at(&self, k: usize) -> bool {
        self.raw(k) == "mmHg" || (self.is(k, "mm") && self.is(k + 1, "hg"))
    }

    /// `1⁄32`, `3⁄4`: a fraction written with the fraction slash (U+2044), which the tokeniser
    /// leaves between two numbers. Marked `slash`, so it needs a unit or `of` to be a claim and
    /// joins a whole number before it (`1 1⁄2 miles`).
    fn fraction_slash(&self, p: usize, v: &DigitValue) -> Option<Num> {
        if !(v.is_int() && !v.grouped && self.raw(p + 1) == "\u{2044}" && self.glued(p) && self.glued(p + 1))
        {
            return None;
        }
        let (den, _) = self.int_at(p + 2)?;
        let (num, den) = (v.scaled(0), den as f64);
        if !(num >= 1.0 && den > num && den <= 1000.0) {
            return None;
        }
        let mut n = Num::plain(p, p + 3, self.sp(p, p + 3), num / den, false);
        n.slash = true;
        Some(n)
    }

    /// A numeral written after a word and a hyphen: `sub-300` (below 300: bound `<`),
    /// `minus-130` (negative) and `magnitude-7.8` (the scale's reading; the tokeniser leaves `.8` apart, so the decimals
    /// are the glued `.` and digits after the token).
    fn prefixed_numeral(&self, p: usize) -> Option<Num> {
        let raw = self.raw(p);
        let (head, digits) = raw.split_once('-')?;
        let head = Low::new(head);
        let (unit, sign) = match head.as_str() {
            "sub" => (None, 1.0),
            "minus" => (None, -1.0),
            "magnitude" => (Some(Unit::named("magnitude")), 1.0),
            _ => return None,
        };
        if digits.is_empty()
            || !digits
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        {
            return None;
        }
        let Digits::Value(v) = parse_digits(digits) else {
            return None;
        };
        let start = self.toks[p].span.start + head.as_str().len() + 1;
        let mut end_tok = p + 1;
        let mut value = v.scaled(0);
        let mut end_byte = self.toks[p].span.end;
        if unit.is_some()
            && v.is_int()
            && self.raw(p + 1) == "."
            && self.glued(p)
            && self.glued(p + 1)
            && self.kind(p + 2) == Some(TokenKind::Number)
        {
            let frac = self.raw(p + 2);
            if frac.bytes().all(|b| b.is_ascii_digit()) && frac.len() <= 3 {
                value = format!("{digits}.{frac}").parse().ok()?;
                end_tok = p + 3;
                end_byte = self.toks[p + 2].span.end;
            }
        }
        // "minus-130 degrees": the word is part of the numeral's span.
        let start = if sign < 0.0 {
            self.toks[p].span.start
        } else {
            start
        };
        let mut n = Num::plain(p, end_tok, Span::new(start, end_byte), sign * value, false);
        match unit {
            Some(u) => n.unit = Some(u),
            None if sign > 0.0 => n.bound = Some(Bound::Lt),
            None => {}
        }
        n.value.is_finite().then_some(n)
    }

    /// `1 234,5 €`, `12 500 euros`: digit groups separated by plain spaces before a currency
    /// (sign, code or unambiguous word) or a percent sign.
    pub(super) fn space_grouped(&self, p: usize, v: &DigitValue) -> Option<Num> {
        if !v.is_int() || v.grouped || v.int_digits > 3 || v.sign < 0.0 || self.glued(p) {
            return None;
        }
        let mut k = p + 1;
        let mut value = v.scaled(0);
        let mut frac = false;
        while !frac && self.kind(k) == Some(TokenKind::Number) && !self.glued(k - 1) {
            let r = self.raw(k);
            let comma = self.lw.is_none_or(|lw| lw.decimal_comma);
            let (int, dec) = if comma {
                r.split_once(',')
            } else {
                r.split_once('.')
            }
            .unwrap_or((r, ""));
            if int.len() != 3 || !int.bytes().all(|b| b.is_ascii_digit()) || dec.len() > 2 {
                return None;
            }
            if !dec.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            value = value * 1000.0 + int.parse::<f64>().ok()?;
            if !dec.is_empty() {
                value += dec.parse::<f64>().ok()? / 10f64.powi(dec.len() as i32);
                frac = true;
            }
            k += 1;
        }
        // "10 000 dollars", "5 000 km": a currency (an ambiguous dollar too) or a unit word closes
        // the groups as well.
        let closes = self.kind(k) == Some(TokenKind::Currency)
            || self.raw(k) == "%"
            || units::currency_code(self.raw(k)).is_some()
            || self.currency_word(self.low(k).as_str()).is_some()
            || self.unit_word(self.low(k).as_str()).is_some_and(|u| u.name != "count")
            // French "1 700 personnes": plain-space groups are one number wherever they stand.
            || self.lw.is_some_and(|lw| lw.space_groups_always);
        // "1 414 021 100": three groups or more are one number even with nothing after them (a
        // list of numbers does not come in three-digit groups).
        // Not after another number or from a leading zero ("0845 8 505 505" is a phone number).
        let after_number = p > self.a && self.kind(p - 1) == Some(TokenKind::Number);
        let alone = !(after_number || self.raw(p).starts_with('0'));
        if k == p + 1 || !(closes || (k >= p + 3 && alone)) {
            return None;
        }
        Some(Num::plain(p, k, self.sp(p, k), value, false))
    }

    /// `0.5 M EDTA`, `2 M urea`, `a 1 M solution`: a spaced capital `M` after a small figure
    /// and before a solute or solution (words.tsv class molar_word) is molar, not millions.
    pub(super) fn molar_at(&self, k: usize) -> bool {
        k > self.a
            && self.raw(k) == "M"
            && !self.glued(k - 1)
            && self.kind(k - 1) == Some(TokenKind::Number)
            && lexicon::is_word_of(self.low(k + 1).as_str(), lexicon::Wc::MolarWord)
            && matches!(parse_digits(self.raw(k - 1)), Digits::Value(v) if v.scaled(0) < 20.0)
    }

    /// `1.2m people`: a glued `m` is millions before a count noun or after a decimal (unless a
    /// length word follows: `2.5m tall`); `100m sprint` stays metres.
    pub(super) fn million_m(&self, p: usize, v: &DigitValue) -> bool {
        if self.raw(p + 1) != "m" || !self.glued(p) {
            return false;
        }
        let nx = self.low(p + 2);
        let nx = nx.as_str();
        let length_ctx = lexicon::is_word_of(nx, lexicon::Wc::MLengthContext);
        // Prepositions suggest a distance ("ran 100m in", "from 400m") unless money is about.
        let weak_length_ctx = matches!(nx, "from" | "in" | "to")
            || (nx == "of"
                && !matches!(
                    self.low(p + 3).as_str(),
                    "the" | "its" | "their" | "them" | "those" | "these" | "which" | "whom" | "all"
                ));
        // "222m paying households": one modifier between
        let count_noun = lexicon::is_word_of(nx, lexicon::Wc::MCountNoun)
            || (!length_ctx
                && !weak_length_ctx
                && nx.bytes().all(|b| b.is_ascii_lowercase())
                && lexicon::is_word_of(self.low(p + 3).as_str(), lexicon::Wc::MCountNoun));
        // "231m iPhones", "5m Americans": a capitalised plural name (not an acronym's: "the
        // 1500m AAAs title")
        let cap_plural = {
            let r = self.raw(p + 2).as_bytes();
            let stem = r.strip_suffix(b"s").unwrap_or(r);
            self.is_word(p + 2)
                && r.len() >= 5
                && r.len() > stem.len()
                && (r[0].is_ascii_uppercase() || (r[0] == b'i' && r[1].is_ascii_uppercase()))
                && stem.iter().any(u8::is_ascii_lowercase)
        };
        let count_noun = count_noun || (cap_plural && !length_ctx);
        // "our 222m paying households ... over 100m additional households": a sentence that has
        // counted millions with a glued `m` goes on counting them
        let millions_before = self.pending.iter().any(|q| {
            q.claim.unit == "count" && q.claim.value >= 1e6 && q.claim.span.slice(self.text).ends_with('m')
        });
        // "1bn euros now, with another 550m later": after an amount of money in the sentence.
        let money_before = self
            .pending
            .iter()
            .any(|q| q.claim.unit.len() == 3 && q.claim.unit.bytes().all(|b| b.is_ascii_uppercase()));
        // "cleared 4.88m", "a mark of 6.66m": field-event distances are metres.
        let field = (1..=3)
            .any(|d| lexicon::is_word_of(self.low(p.wrapping_sub(d)).as_str(), lexicon::Wc::MFieldEvent));
        // "1.2m" is millions, "4.88m" (two decimals, no money, no count noun) a length.
        let decimal_million = !v.is_int() && v.frac == 1;
        !length_ctx
            && !field
            && (count_noun || money_before || millions_before || (decimal_million && !weak_length_ctx))
    }

    pub(super) fn word_numeral_at(&self, p: usize, qualified: bool) -> Option<Num> {
        let w0 = self.low(p);
        let w0 = w0.as_str();
        let mk = |end: usize, value: f64| Num::plain(p, end, self.sp(p, end), value, true);
        // "a couple of hundred residents", "a couple of thousand fans": about two hundred
        // (not "a couple of days": only before a number word of hundreds or more)
        if w0 == "a" && self.is(p + 1, "couple") && self.is(p + 2, "of") {
            let scale = match self.low(p + 3).as_str() {
                "hundred" => Some(1e2),
                w => lexicon::scale_word(self.raw(p + 3), w, false),
            };
            if let Some(x) = scale.filter(|&x| x >= 100.0) {
                let mut n = mk(p + 4, 2.0 * x);
                n.bound = Some(Bound::Approx);
                n.scale = Some(x.log10().round() as i32);
                return Some(n);
            }
        }
        // "twice as many", "three times the size" (comparisons, not counts of occasions).
        if matches!(w0, "twice" | "thrice")
            && matches!(self.low(p + 1).as_str(), "as" | "the" | "that" | "more" | "what")
        {
            let mut n = mk(p + 1, if w0 == "twice" { 2.0 } else { 3.0 });
            n.unit = Some(Unit::named("fold"));
            return Some(n);
        }
        // Multipliers and factor verbs.
        if let Some((f, ch)) = lexicon::fold_word(w0) {
            let mut n = mk(p + 1, f);
            n.unit = Some(Unit::named("fold"));
            n.change = ch;
            return Some(n);
        }
        // Vague plurals: "thousands", "tens of thousands", "hundreds of millions".
        if let Some(v) = lexicon::vague_plural(w0) {
            let mut value = v;
            let mut e = p + 1;
            while self.is(e, "of") {
                match lexicon::vague_plural(self.low(e + 1).as_str()) {
                    Some(v2) if v2 >= 1000.0 && v2 > value.min(999.0) => {
                        value *= v2;
                        e += 2;
                    }
                    _ => break,
                }
            }
            if w0 == "tens" && e == p + 1 {
                return None;
            }
            if w0 == "scores" && !self.is(p + 1, "of") {
                return None;
            }
            let mut n = mk(e, value);
            n.vague = true;
            return Some(n);
        }
        // "several thousand", "a few hundred".
        let (vague_lead, p1) = if w0 == "several" {
            (Some(3.0), p + 1)
        } else if w0 == "few" || (w0 == "a" && self.is(p + 1, "few")) {
            (Some(2.0), if w0 == "a" { p + 2 } else { p + 1 })
        } else {
            (None, p)
        };
        if let Some(k) = vague_lead {
            let s = lexicon::scale_word("", self.low(p1).as_str(), false)?;
            let mut n = mk(p1 + 1, k * s);
            n.vague = true;
            n.bound = Some(Bound::Ge);
            return Some(n);
        }
        // Fractions: "half", "a third of", "two-thirds".
        let article = matches!(w0, "a" | "an" | "one");
        if w0 == "half" || (article && lexicon::fraction_word(self.low(p + 1).as_str()).is_some()) {
            let fw = if w0 == "half" { p } else { p + 1 };
            let f = lexicon::fraction_word(self.low(fw).as_str())?;
            // "a quarter of a million", "half of a billion"
            if self.is(fw + 1, "of") && self.is(fw + 2, "a") {
                if let Some(s) =
                    lexicon::scale_word("", self.low(fw + 3).as_str(), false).filter(|&s| s >= 1e3)
                {
                    return Some(mk(fw + 4, f * s));
                }
            }
            // "half a million", "half a dozen"
            if self.is(fw + 1, "a") {
                let next = self.low(fw + 2);
                if let Some(s) = lexicon::scale_word("", next.as_str(), false)
                    .or((next.as_str() == "dozen").then_some(12.0))
                {
                    return Some(mk(fw + 3, f * s));
                }
            }
            if let Some(s) = lexicon::scale_word("", self.low(fw + 1).as_str(), false) {
                return Some(mk(fw + 2, f * s));
            }
            let nx = self.low(fw + 1);
            let ok = matches!(
                nx.as_str(),
                "of" | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "that"
                    | "this"
                    | ""
                    | ","
                    | "."
            ) || self.is(p.wrapping_sub(1), "by")
                || qualified
                || units::unit_word(nx.as_str()).is_some()
                || matches!(nx.as_str(), "point" | "points");
            if !ok
                || self.kind(fw + 1) == Some(TokenKind::Punct) && !matches!(self.raw(fw + 1), "," | "." | ";")
            {
                return None;
            }
            if w0 == "half" && lexicon::ordinal_word(self.low(p.wrapping_sub(1)).as_str()).is_some() {
                return None;
            }
            // "a third week", "a fifth day": an ordinal before a singular unit of time.
            if w0 != "half"
                && lexicon::ordinal_word(self.low(fw).as_str()).is_some()
                && matches!(
                    nx.as_str(),
                    "day"
                        | "week"
                        | "month"
                        | "year"
                        | "season"
                        | "term"
                        | "time"
                        | "round"
                        | "hour"
                        | "minute"
                )
            {
                return None;
            }
            let mut n = mk(fw + 1, f);
            n.unit = Some(Unit::named("fraction"));
            return Some(n);
        }
        // "one in five": a share.
        let small = lexicon::small_number(w0).filter(|&v| v >= 1.0);
        if small.is_some() && self.is(p + 1, "in") {
            let num_v = small.unwrap_or(1.0);
            let d = self.low(p + 2);
            let den = lexicon::small_number(d.as_str()).or_else(|| self.int_at(p + 2).map(|(v, _)| v as f64));
            if let Some(den) = den.filter(|&d| d > num_v && (d <= 100.0 || d == 1000.0)) {
                let mut n = mk(p + 3, num_v / den);
                n.unit = Some(Unit::named("fraction"));
                return Some(n);
            }
        }
        // Cardinal words with scales: "two", "forty-five", "two million", "a dozen", "a hundred".
        let mut total = 0f64;
        let mut cur = 0f64;
        let mut e = p;
        let mut any = false;
        let mut last_small: Option<f64> = None;
        let mut last_scale = false;
        let mut scale_exp: Option<i32> = None;
        if article {
            let next = self.low(p + 1);
            let nx = next.as_str();
            if w0 != "one" && (lexicon::scale_word("", nx, false).is_some() || nx == "dozen") {
                cur = 1.0;
                any = true;
                e = p + 1;
            }
        }
        loop {
            let w = self.low(e);
            let w = w.as_str();
            if let Some(v) = lexicon::small_number(w) {
                if last_small.is_some() && !(last_small.unwrap_or(0.0) >= 20.0 && v < 10.0) {
                    break;
                }
                cur += v;
                any = true;
                last_scale = false;
                e += 1;
                // "forty-five"
                if v >= 20.0 && v % 10.0 == 0.0 && self.is_dash(e) && self.glued(e - 1) && self.glued(e) {
                    if let Some(u) = lexicon::small_number(self.low(e + 1).as_str()) {
                        if u < 10.0 && u > 0.0 {
                            cur += u;
                            e += 2;
                        }
                    }
                }
                last_small = Some(v);
                continue;
            }
            if !any {
                break;
            }
            if w == "dozen" {
                cur = cur.max(1.0) * 12.0;
                e += 1;
                last_small = None;
                last_scale = true;
                continue;
            }
            if w == "hundred" {
                cur = cur.max(1.0) * 100.0;
                e += 1;
                last_small = None;
                last_scale = true;
                scale_exp = Some(2);
                continue;
            }
            if let Some(s) = lexicon::scale_word("", w, false) {
                if s >= 1000.0 {
                    total += cur.max(1.0) * s;
                    cur = 0.0;
                    e += 1;
                    last_small = None;
                    last_scale = true;
                    scale_exp = Some(s.log10().round() as i32);
                    continue;
                }
            }
            if w == "and" && last_scale && lexicon::small_number(self.low(e + 1).as_str()).is_some() {
                e += 1;
                continue;
            }
            break;
        }
        if !any || e == p {
            return None;
        }
        let mut value = total + cur;
        // "two and a half": add the half; "five and a half million": then the scale.
        if total == 0.0 && self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
            value += 0.5;
            e += 3;
            if let Some(s) = lexicon::scale_word("", self.low(e).as_str(), false).filter(|&s| s >= 1e3) {
                value *= s;
                scale_exp = Some(s.log10().round() as i32);
                e += 1;
            }
        } else if total == 0.0 && self.is(e, "and") && self.is(e + 1, "a") && e > p {
            // "three and a fifth": a mixed number.
            if let Some(f) = lexicon::fraction_word(self.low(e + 2).as_str()).filter(|&f| f < 0.5) {
                value += f;
                e += 3;
            }
        }
        // "two-thirds", "three quarters", "one-third": a share.
        if total == 0.0 && e == p + 1 {
            let fe = if self.is_dash(e) && self.glued(e - 1) && self.glued(e) {
                e + 1
            } else {
                e
            };
            let fw = self.low(fe);
            // "the preceding three quarters", "one or two quarters": periods, not a share.
            let periods = fw.as_str() == "quarters"
                && !self.is(fe + 1, "of")
                && matches!(
                    self.low(p.wrapping_sub(1)).as_str(),
                    "the"
                        | "preceding"
                        | "previous"
                        | "last"
                        | "next"
                        | "past"
                        | "first"
                        | "consecutive"
                        | "successive"
                        | "straight"
                        | "or"
                        | "for"
                        | "in"
                        | "over"
                );
            if periods {
                let mut n = mk(fe + 1, value);
                n.unit = Some(Unit::named("quarter"));
                return Some(n);
            }
            if let Some(f) = lexicon::fraction_word(fw.as_str()) {
                if fw.as_str().ends_with('s') || value == 1.0 {
                    let mut n = mk(fe + 1, value * f);
                    n.unit = Some(Unit::named("fraction"));
                    return Some(n);
                }
            }
        }
        // "one": only as a numeral (not "one of", "one another", "no one", "the one").
        if e == p + 1 && w0 == "one" {
            let nx = self.low(p + 1);
            let prev = self.low(p.wrapping_sub(1));
            let noun_follows = self.is_word(p + 1)
                && !lexicon::is_stop(nx.as_str())
                && !matches!(
                    nx.as_str(),
                    "day"
                        | "way"
                        | "thing"
                        | "time"
                        | "point"
                        | "side"
                        | "hand"
                        | "another"
                        | "else"
                        | "sees"
                        | "can"
                        | "must"
                );
            let bad_prev = matches!(
                prev.as_str(),
                "no" | "the"
                    | "this"
                    | "that"
                    | "which"
                    | "any"
                    | "every"
                    | "each"
                    | "someone"
                    | "anyone"
                    | "only"
                    | "just"
            );
            let hyphen_unit = self.is_dash(p + 1)
                && self.glued(p)
                && self.glued(p + 1)
                && units::unit_word(self.low(p + 2).as_str()).is_some();
            // "one out of three": a share (read by the quantity stage).
            let out_of = self.is(p + 1, "out") && self.is(p + 2, "of");
            if !(qualified || hyphen_unit || out_of || (noun_follows && !bad_prev)) {
                return None;
            }
        }
        let mut n = mk(e, value);
        n.scale = scale_exp;
        Some(n)
    }

    /// Scientific notation after a digit numeral: `2.48×10−5`, `1.99×10^-30`, `6.02 x 10^23`
    /// (the sign may be `-`, U+2212 or `+`). Folds the power of ten into `num`.
    pub(super) fn scientific(&self, num: &mut Num) {
        if num.plain.is_none() {
            return;
        }
        let e = num.end;
        let times = matches!(self.raw(e), "\u{d7}" | "x" | "*" | "\u{22c5}");
        // "2 × 10⁸": the power in superscripts, one token
        if let Some(exp) = super::super::numbers::superscript_power(self.raw(e + 1)).filter(|_| times) {
            let v = times_ten_to(num.value, exp);
            if v.is_finite() {
                num.value = v;
                num.end = e + 2;
                num.span.end = self.toks[e + 1].span.end;
                num.plain = None;
            }
            return;
        }
        // "10^4 CFU/g": a bare power of ten (mantissa 1) is read as "1 × 10^4"
        let bare = self.raw(num.start) == "10"
            && num.end == num.start + 1
            && matches!(self.raw(e), "^" | "\u{207b}" | "\u{207a}")
            && self.glued(e - 1);
        if !bare && (!times || self.raw(e + 1) != "10") {
            return;
        }
        // the token of "10", then the exponent after it (past a `^`)
        let ten = if bare { num.start } else { e + 1 };
        let mut k = ten + 1;
        if self.raw(k) == "^" {
            k += 1;
        }
        let mut sign = 1i32;
        if matches!(self.raw(k), "-" | "\u{2212}" | "+" | "\u{207b}" | "\u{207a}") && self.glued(k) {
            sign = if matches!(self.raw(k), "+" | "\u{207a}") {
                1
            } else {
                -1
            };
            k += 1;
        }
        if self.kind(k) != Some(TokenKind::Number) || !self.glued(ten) {
            return;
        }
        let raw = self.raw(k).replace('\u{2212}', "-");
        let Some(exp) = raw
            .parse::<i32>()
            .ok()
            .or_else(|| super::super::numbers::superscript_int(&raw))
        else {
            return;
        };
        if exp.abs() > 300 {
            return;
        }
        if bare {
            num.value = 1.0;
        }
        let v = times_ten_to(num.value, sign * exp);
        if !v.is_finite() {
            return;
        }
        num.value = v;
        num.end = k + 1;
        num.span.end = self.toks[k].span.end;
        num.plain = None;
    }
}

/// `value × 10^exp`, dividing for a negative power: 2.48 / 1e5 rounds to 0.0000248, 2.48 * 1e-5
/// does not.
fn times_ten_to(value: f64, exp: i32) -> f64 {
    if exp < 0 {
        value / 10f64.powi(-exp)
    } else {
        value * 10f64.powi(exp)
    }
}
