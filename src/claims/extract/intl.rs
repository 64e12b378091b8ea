//! The claim languages other than English: the scanner's lookups by language, number formats
//! (decimal comma, dot and space groups), number words with compounds (`dreiundzwanzig`,
//! `quatre-vingt-dix`, `mil millones`), scales (`Mio.`), vague amounts (`Tausende`,
//! `des milliers de`), changes (`stieg um 5 Prozent`), dates (`3. Oktober 2023`,
//! `3 de octubre de 2023`) and years, all read from the language's data
//! ([`crate::claims::langdata`]). English keeps its own code paths: nothing here runs on
//! English, and nothing English runs here.

use super::super::langdata::{self, feed, Acc, Class, LangWords, Morph};
use super::*;

impl<'a> Scan<'a> {
    /// The text is English (the original rules); otherwise [`Scan::lw`] holds the language's.
    #[inline]
    pub(crate) fn en(&self) -> bool {
        self.lw.is_none()
    }

    /// The rules of a language other than English. Only called where `!self.en()`.
    #[inline]
    pub(crate) fn lw(&self) -> &'static LangWords {
        self.lw.expect("language rules")
    }

    /// Parses a digit token in the language's format: `1.700` is 1700 and `1,5` is 1.5 where
    /// the decimal mark is a comma; a dot before one or two digits (`2.5`, never a group)
    /// stays a decimal point there, and `1,700` is 1700 where the data says so (Mexican usage).
    pub(crate) fn digits(&self, raw: &str) -> Digits {
        let Some(lw) = self.lw else {
            return parse_digits(raw);
        };
        if !lw.decimal_comma || !raw.contains(['.', ',']) {
            return parse_digits(raw);
        }
        let (dots, commas) = (raw.matches('.').count(), raw.matches(',').count());
        let after = |sep: char| raw.rsplit(sep).next().map_or(0, |t| t.chars().count());
        if lw.comma3_group && dots == 0 && commas == 1 && after(',') == 3 {
            return parse_digits(raw);
        }
        let swapped: String = raw
            .chars()
            .map(|c| match c {
                '.' => ',',
                ',' => '.',
                c => c,
            })
            .collect();
        match parse_digits(&swapped) {
            Digits::Malformed if dots == 1 && commas == 0 && after('.') != 3 => parse_digits(raw),
            d => d,
        }
    }

    /// `1,700` before a scale word where a lone comma group is otherwise read as thousands
    /// (Spanish): the decimal reading (`1,700 millones` is 1.7 million).
    pub(crate) fn decimal_before_scale(&self, raw: &str) -> Option<DigitValue> {
        let lw = self.lw?;
        if !lw.comma3_group || raw.contains('.') || raw.matches(',').count() != 1 {
            return None;
        }
        match parse_digits(&raw.replace(',', ".")) {
            Digits::Value(v) => Some(v),
            _ => None,
        }
    }

    /// A word of `class` at token `i` (one word, lower case).
    pub(crate) fn wc(&self, i: usize, class: Class) -> bool {
        self.lw.is_some_and(|lw| lw.is(self.low(i).as_str(), class))
    }

    /// A multi-word entry of `class` starting at `i`: one past its last token.
    pub(crate) fn phrase_at(&self, i: usize, class: Class) -> Option<usize> {
        let lw = self.lw?;
        if !lw.is_phrase_start(self.low(i).as_str()) {
            return None;
        }
        lw.phrases()
            .iter()
            .filter(|(_, c)| *c == class)
            .find(|(ws, _)| ws.iter().enumerate().all(|(k, w)| self.low(i + k).as_str() == *w))
            .map(|(ws, _)| i + ws.len())
    }

    /// A word or phrase of `class` at `i`: one past its end.
    pub(crate) fn class_at(&self, i: usize, class: Class) -> Option<usize> {
        self.phrase_at(i, class)
            .or_else(|| self.wc(i, class).then_some(i + 1))
    }

    // ------------------------------------------------------------ lookups by language

    /// A small cardinal word (English `zero`..`ninety`; compounds elsewhere).
    pub(crate) fn small_number(&self, w: &str) -> Option<f64> {
        match self.lw {
            None => lexicon::small_number(w),
            Some(lw) => lw.word_value(w).filter(|&v| v < 100.0),
        }
    }
    /// A scale word after a numeral.
    pub(crate) fn scale_word(&self, raw: &str, w: &str, money: bool) -> Option<f64> {
        match self.lw {
            None => lexicon::scale_word(raw, w, money),
            Some(lw) => lw
                .scale(w)
                .or_else(|| (lw.morph(w) == Some(Morph::Thousand)).then_some(1e3)),
        }
    }
    pub(crate) fn change_word(&self, w: &str) -> Option<Change> {
        match self.lw {
            None => lexicon::change_word(w),
            Some(lw) => lw.change_word(w),
        }
    }
    pub(crate) fn is_stop(&self, w: &str) -> bool {
        match self.lw {
            None => lexicon::is_stop(w),
            Some(lw) => lw.is(w, Class::Stop),
        }
    }
    pub(crate) fn qualifier1(&self, w: &str) -> Option<Bound> {
        match self.lw {
            None => lexicon::qualifier1(w),
            Some(lw) => lw.qualifier1(w),
        }
    }
    pub(crate) fn qualifiers(&self) -> &'static [(Vec<&'static str>, Bound)] {
        match self.lw {
            None => lexicon::qualifiers(),
            Some(lw) => lw.qualifiers(),
        }
    }
    pub(crate) fn ordinal_word(&self, w: &str) -> Option<f64> {
        match self.lw {
            None => lexicon::ordinal_word(w),
            Some(lw) => lw.ordinal(w),
        }
    }
    pub(crate) fn unit_word(&self, w: &str) -> Option<Unit> {
        match self.lw {
            None => units::unit_word(w),
            Some(lw) => units::unit_word_in(lw.lang, w),
        }
    }
    pub(crate) fn currency_word(&self, w: &str) -> Option<Option<&'static str>> {
        match self.lw {
            None => units::currency_word(w),
            Some(lw) => units::currency_word_in(lw.lang, w),
        }
    }
    pub(crate) fn unit_phrase_start(&self, w: &str) -> bool {
        match self.lw {
            None => units::phrase_start(w),
            Some(lw) => units::phrase_start_in(lw.lang, w),
        }
    }
    pub(crate) fn unit_phrase_of(&self, key: &str) -> Option<&'static units::UnitInfo> {
        match self.lw {
            None => units::phrase(key),
            Some(lw) => units::phrase_in(lw.lang, key),
        }
    }

    // ------------------------------------------------------------ numerals

    /// A scale after digits (`1,5 Mio.`, `3 Milliarden`, `30 mil`, `1.500 millones`,
    /// `1,5 mil millones`): the power of ten and one past its last token.
    pub(crate) fn scale_after(&self, k: usize) -> Option<(i32, usize)> {
        let lw = self.lw?;
        let mut exp = 0i32;
        let mut e = k;
        let mut last = f64::INFINITY;
        loop {
            let w = self.low(e);
            // "Mio." is the word and its glued full stop.
            let (s, n) = if self.raw(e + 1) == "." && self.glued(e) {
                let mut key = String::with_capacity(w.as_str().len() + 1);
                key.push_str(w.as_str());
                key.push('.');
                match lw.scale(&key) {
                    Some(s) => (Some(s), 2),
                    None => (self.scale_word("", w.as_str(), false), 1),
                }
            } else {
                (self.scale_word("", w.as_str(), false), 1)
            };
            // "mil millones": scales chain when each is larger than the last.
            match s {
                Some(s) if e == k || s > last => {
                    exp += s.log10().round() as i32;
                    last = s;
                    e += n;
                }
                _ => break,
            }
        }
        (e > k).then_some((exp, e))
    }

    /// Hyphenated number words as one lower-case word without the hyphens (`vingt-trois`,
    /// `quatre-vingt-dix`): the word and one past its last token.
    fn joined_word(&self, p: usize) -> (String, usize) {
        let mut w = self.low(p).as_str().to_string();
        let mut e = p + 1;
        while self.is_dash(e) && self.glued(e - 1) && self.glued(e) && self.is_word(e + 1) && w.len() < 64 {
            let nx = self.low(e + 1);
            if self.lw().segment(nx.as_str()).is_none() {
                break;
            }
            w.push_str(nx.as_str());
            e += 2;
        }
        (w, e)
    }

    /// A share after a numerator ending at token `e` (`1 sur 5`, `un italiano su tre`,
    /// `uno de cada tres`, `7 op de 10`): the fraction and one past the denominator. One noun
    /// may stand between the numerator and the marker.
    pub(crate) fn share_intl(&self, e: usize, num_v: f64) -> Option<(f64, usize)> {
        let lw = self.lw?;
        for skip in 0..=1 {
            let k = e + skip;
            if skip == 1 && (!self.is_word(e) || self.wc(e, Class::Stop)) {
                break;
            }
            if let Some(d) = self.class_at(k, Class::ShareOf) {
                let den = self
                    .int_at(d)
                    .map(|(v, _)| v as f64)
                    .or_else(|| lw.word_value(self.low(d).as_str()));
                // Not "eine Strafe von 2 Milliarden", "un calo su tre anni": nothing that makes
                // the second number an amount may follow it.
                let nx = self.low(d + 1);
                let amount = self.scale_word("", nx.as_str(), false).is_some()
                    || self.unit_word(nx.as_str()).is_some()
                    || self.currency_word(nx.as_str()).is_some()
                    || self.raw(d + 1) == "%";
                if let Some(den) = den.filter(|&x| x > num_v && x <= 1000.0 && !amount) {
                    return Some((num_v / den, d + 1));
                }
            }
        }
        None
    }

    /// A numeral in words in a language other than English: cardinals and their compounds,
    /// scales, vague amounts, fractions and factor verbs.
    pub(crate) fn word_numeral_intl(&self, p: usize, qualified: bool) -> Option<Num> {
        let lw = self.lw();
        let w0 = self.low(p);
        let w0 = w0.as_str();
        let mk = |end: usize, value: f64| Num::plain(p, end, self.sp(p, end), value, true);
        // "un italiano su tre", "une personne sur cinq": an article as the numerator of a share.
        if lw.morph(w0) == Some(Morph::Article) {
            if let Some((f, e)) = self.share_intl(p + 1, 1.0) {
                let mut n = mk(e, f);
                n.unit = Some(Unit::named("fraction"));
                return Some(n);
            }
        }
        if let Some((f, ch)) = lw.fold(w0) {
            let mut n = mk(p + 1, f);
            n.unit = Some(Unit::named("fold"));
            n.change = ch;
            return Some(n);
        }
        // Vague amounts: "Tausende", "des milliers de", "decenas de miles".
        if let Some(v) = lw.vague(w0) {
            let mut value = v;
            let mut e = p + 1;
            while self.wc(e, Class::Of) || self.elided_of(e).is_some() {
                let next = match self.elided_of(e) {
                    Some(rest) => lw.vague(&rest).map(|v| (v, 1)),
                    None => lw.vague(self.low(e + 1).as_str()).map(|v| (v, 2)),
                };
                match next {
                    Some((v2, n)) if v2 >= 1000.0 && v2 > value.min(999.0) => {
                        value *= v2;
                        e += n;
                    }
                    _ => break,
                }
            }
            let mut n = mk(e, value);
            n.vague = true;
            return Some(n);
        }
        // "mehrere tausend", "plusieurs milliers": a vague multiple.
        if let Some(k) = lw.several(w0) {
            let w1 = self.low(p + 1);
            let s = self
                .scale_word("", w1.as_str(), false)
                .or_else(|| lw.vague(w1.as_str()))?;
            let mut n = mk(p + 2, k * s);
            n.vague = true;
            n.bound = Some(Bound::Ge);
            return Some(n);
        }
        // Fractions: "Hälfte", "die Hälfte", "la moitié de", "un tercio", "ein Drittel"; a
        // fraction word alone is a share only before `of` or at a clause end (`nel terzo
        // trimestre`, `het derde kwartaal` are ordinals).
        let share_ok = |e: usize| {
            qualified
                || self.wc(e, Class::Of)
                || self.elided_of(e).is_some()
                || !matches!(self.kind(e), Some(TokenKind::Word) | Some(TokenKind::Number))
        };
        if let Some(f) = lw.fraction(w0).filter(|_| share_ok(p + 1)) {
            let mut n = mk(p + 1, f);
            n.unit = Some(Unit::named("fraction"));
            return Some(n);
        }
        // "une centaine de", "un millar de": about the value.
        let ap = if lw.is(w0, Class::Stop) || lw.morph(w0) == Some(Morph::Article) {
            lw.approx(self.low(p + 1).as_str()).map(|v| (v, p + 2))
        } else {
            lw.approx(w0).map(|v| (v, p + 1))
        };
        if let Some((v, e)) = ap {
            let mut n = mk(e, v);
            n.bound = Some(Bound::Approx);
            return Some(n);
        }
        if lw.is(w0, Class::Stop) || lw.morph(w0) == Some(Morph::Article) {
            if let Some(f) = lw.fraction(self.low(p + 1).as_str()).filter(|_| share_ok(p + 2)) {
                let mut n = mk(p + 2, f);
                n.unit = Some(Unit::named("fraction"));
                return Some(n);
            }
        }
        // Cardinals: parts of compounds, multipliers, scales, joiners between words.
        let mut acc = Acc::default();
        let mut e = p;
        let mut last_was_scale = false;
        loop {
            if e >= self.b {
                break;
            }
            let (w, next) = self.joined_word(e);
            if let Some(parts) = lw.segment(&w) {
                if parts.iter().all(|m| *m == Morph::Joiner) {
                    // "treinta y dos", "vingt et un", "dois mil e quinhentos", "dos y medio": a
                    // joiner between two number words, the second smaller than the last part
                    // ("dieci e quindici" is two numbers).
                    let nx = self.low(e + 1);
                    let nv = lw
                        .word_value(nx.as_str())
                        .or_else(|| (lw.morph(nx.as_str()) == Some(Morph::Article)).then_some(1.0));
                    let follows = e > p && nv.is_some_and(|v| v < acc.last_part);
                    if !follows || !acc.any {
                        break;
                    }
                    e = next;
                    continue;
                }
                // "um milhão e meio", "anderthalb Millionen": a half after a scale is half of it.
                if let ([Morph::Value(v)], true, Some(x)) = (parts.as_slice(), last_was_scale, acc.scale_exp)
                {
                    if *v < 1.0 && x >= 3 {
                        acc.total += v * 10f64.powi(x);
                        acc.last_part = *v;
                        last_was_scale = false;
                        e = next;
                        continue;
                    }
                }
                // A new small number right after a complete one is a second numeral ("2 3").
                if acc.any
                    && !last_was_scale
                    && acc.cur > 0.0
                    && parts.first().is_some_and(|m| matches!(m, Morph::Value(_)))
                    && acc.cur % 10.0 != 0.0
                {
                    break;
                }
                for m in parts {
                    feed(&mut acc, m);
                }
                last_was_scale = false;
                e = next;
                continue;
            }
            // "un demi-million": a hyphen before a scale word.
            if self.is_dash(e)
                && self.glued(e - 1)
                && self.glued(e)
                && lw.scale(self.low(e + 1).as_str()).is_some()
                && acc.any
            {
                e += 1;
                continue;
            }
            if let Some(s) = lw.scale(&w) {
                if !acc.any && !acc.article {
                    break;
                }
                acc.mult(s);
                last_was_scale = true;
                e += 1;
                continue;
            }
            break;
        }
        if !acc.any || e == p {
            return None;
        }
        let mut value = acc.value();
        // "zwei Komma fünf", "tres coma uno cuatro": decimals in words.
        if acc.scale_exp.is_none() && self.wc(e, Class::Decimal) {
            let mut k = e + 1;
            let mut frac = String::new();
            while let Some(d) = lw
                .word_value(self.low(k).as_str())
                .filter(|d| *d < 10.0 && d.fract() == 0.0)
            {
                frac.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if let Ok(f) = format!("0.{frac}").parse::<f64>().map_err(|_| ()).and_then(|f| {
                if frac.is_empty() {
                    Err(())
                } else {
                    Ok(f)
                }
            }) {
                value += f;
                e = k;
            }
        }
        // A lone half ("medio ambiente", "en medio de") is a number only before a unit or a
        // scale ("media hora", "eine halbe Million").
        if value < 1.0
            && e == p + 1
            && acc.scale_exp.is_none()
            && self.unit_word(self.low(e).as_str()).is_none()
        {
            return None;
        }
        // "les deux villes", "de twee steden": a small number after a definite article refers
        // to things already named (both), it does not state a count; before a unit it is one
        // ("condenado a oito anos": the Portuguese `a` is also a preposition).
        if e == p + 1
            && value < 20.0
            && !qualified
            && self.wc(p.wrapping_sub(1), Class::Definite)
            && self.unit_word(self.low(e).as_str()).is_none()
        {
            return None;
        }
        // "drei Viertel", "deux tiers": a share.
        if e == p + 1 && value < 10.0 {
            if let Some(f) = lw.fraction(self.low(e).as_str()) {
                let mut n = mk(e + 1, value * f);
                n.unit = Some(Unit::named("fraction"));
                return Some(n);
            }
        }
        // A lone "one" word is a pronoun or an article more often than a count ("uno de").
        if value == 1.0
            && e == p + 1
            && !qualified
            && (self.wc(e, Class::Of) || !self.is_word(e))
            && self.share_intl(e, 1.0).is_none()
        {
            return None;
        }
        let mut n = mk(e, value);
        n.scale = acc.scale_exp.filter(|&x| x >= 3);
        Some(n)
    }

    /// `d'euros`, `d'habitants`: an elided `of` glued to the next word; the word after it.
    pub(crate) fn elided_of(&self, i: usize) -> Option<String> {
        let lw = self.lw?;
        let w = self.low(i);
        let w = w.as_str();
        let q = w.find('\'')?;
        let (head, rest) = (&w[..=q], &w[q + 1..]);
        (lw.is(head, Class::Of) && !rest.is_empty()).then(|| rest.to_string())
    }

    // ------------------------------------------------------------ changes

    /// The change of a figure in a language other than English: a change word up to four
    /// words before it in the clause (`stieg um 5 Prozent`, `a augmenté de 5 %`), unless a
    /// level marker stands right before it (`stieg auf 5 Prozent`); or a change noun or
    /// particle just after it (`5 Prozent Zuwachs`, `legte um 3 Prozent zu`).
    pub(crate) fn change_at_intl(
        &self,
        num: &Num,
        start_tok: usize,
        end: usize,
        unit_name: &str,
    ) -> (Option<Change>, Option<usize>) {
        if num.change.is_some() {
            return (num.change, None);
        }
        // "alta de 4,6% em 12 meses": a duration is the period of a change, not its amount.
        if units::unit_info(unit_name).is_some_and(|u| u.class == "duration") {
            return (None, None);
        }
        let before = start_tok.wrapping_sub(1);
        if self.wc(before, Class::ChangeTo) {
            return (None, None);
        }
        let by = self.wc(before, Class::ChangeBy);
        // Seven words back: time and place phrases stand between verb and amount in these
        // languages ("groeide in het derde kwartaal met 0,6 procent").
        for d in 1..=7 {
            let k = start_tok.wrapping_sub(d);
            if k < self.a || k >= self.b || matches!(self.raw(k), "," | ";" | ":" | "(" | ".") {
                break;
            }
            if let Some(c) = self.change_word(self.low(k).as_str()) {
                // "legte … zu": a separable verb needs its particle after the figure.
                return (Some(c), Some(k));
            }
        }
        if by {
            for k in end..(end + 3).min(self.b) {
                if self.wc(k, Class::ChangeAfter) {
                    let c = if self.is_any(k, &["zurück"]) {
                        Change::Decrease
                    } else {
                        Change::Increase
                    };
                    return (Some(c), None);
                }
            }
        }
        // "soll um 55 Prozent sinken": the verb after the amount.
        let after = if by { 3 } else { 1 };
        for k in end..(end + after).min(self.b) {
            if let Some(c) = self.change_word(self.low(k).as_str()) {
                return (Some(c), None);
            }
        }
        (None, None)
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let l = self.low(i);
        ws.contains(&l.as_str())
    }

    // ------------------------------------------------------------ years and labels

    /// Bare digits that are not a quantity in a language other than English: years (a
    /// four-digit number from 1000 to 2200 unless a noun follows and no year word precedes),
    /// names (`Nummer 5`, `Artikel 3`), ordinals written `3.` before a noun (German).
    pub(crate) fn non_quantity_intl(
        &self,
        num: &Num,
        v: &DigitValue,
        p: usize,
    ) -> Option<(NumberKind, &'static str, usize, usize)> {
        let lw = self.lw();
        let whole = v.is_int() && !v.grouped && v.sign > 0.0 && !v.plus;
        let prev = self.low(p.wrapping_sub(1));
        let prev = prev.as_str();
        // "3-0", "2-1", "por 2 a 1": a score (a range rises: "10-15" is read as one later).
        let dash = self.is_dash(num.end) && self.glued(num.end - 1) && self.glued(num.end);
        if whole && v.int_digits <= 2 && (dash || self.wc(num.end, Class::RangeTo)) {
            if let Some((m, n)) = self.int_at(num.end + 1) {
                let down = if dash {
                    (m as f64) <= num.value
                } else {
                    (m as f64) < num.value
                };
                let unit_after =
                    self.unit_word(self.low(num.end + 2).as_str()).is_some() || self.raw(num.end + 2) == "%";
                if n <= 2 && down && !unit_after {
                    return Some((NumberKind::Other, "score or tally", p, num.end + 2));
                }
            }
        }
        // "030 1234567", "01 23 45 67 89": a leading zero is a code or a phone number, with
        // the digit groups after it.
        if v.leading_zero && v.is_int() && !v.grouped {
            let mut k = num.end;
            // "020-1234567": groups after a hyphen too.
            if self.is_dash(k)
                && self.glued(k - 1)
                && self.glued(k)
                && self.kind(k + 1) == Some(TokenKind::Number)
            {
                k += 2;
            }
            while self.kind(k) == Some(TokenKind::Number)
                && !self.glued(k - 1)
                && matches!(self.digits(self.raw(k)), Digits::Value(d) if d.is_int() && !d.grouped)
            {
                k += 1;
            }
            return Some((NumberKind::Other, "leading zero (a code or phone number)", p, k));
        }
        // "au 12, rue de la Paix": a house number.
        if whole && self.raw(num.end) == "," && self.wc(num.end + 1, Class::NameHead) {
            return Some((NumberKind::Identifier, "house number", p, num.end));
        }
        // "Calle Mayor 15,", "l'Airbus A320 ou le Renault 5.": a capitalised word inside the
        // sentence, then a number with no noun after it, is a name (not where nouns are
        // capitalised).
        if whole
            && !lw.capital_nouns
            && p > self.a + 1
            && self.is_cap_word(p - 1)
            && !self.wc(p - 1, Class::Month)
            && (!self.is_word(num.end) || self.is_cap_word(num.end))
            && self.kind(num.end) != Some(TokenKind::Number)
        {
            return Some((NumberKind::Identifier, "name", p - 1, num.end));
        }
        // "Nummer 5", "Artikel 3", "Linie 7", "Lei 13.709": a name.
        if v.is_int() && v.sign > 0.0 && p > self.a {
            let pr = self.raw(p - 1);
            let head = if pr == "." && p >= self.a + 2 && self.glued(p - 2) {
                let mut k = self.low(p - 2).as_str().to_string();
                k.push('.');
                lw.is(&k, Class::NameHead).then_some(p - 2)
            } else {
                // "l'article 49": the head after an elided article.
                let head = prev.rsplit('\'').next().unwrap_or(prev);
                lw.is(head, Class::NameHead).then_some(p - 1)
            };
            if let Some(h) = head {
                return Some((NumberKind::Identifier, "name", h, num.end));
            }
        }
        // "LH 400", "ICE 597": a code in capitals before the number.
        if whole && p > self.a {
            let pr = self.raw(p - 1);
            if (2..=4).contains(&pr.len())
                && pr.bytes().all(|b| b.is_ascii_uppercase())
                && units::currency_code(pr).is_none()
            {
                return Some((NumberKind::Identifier, "code", p - 1, num.end));
            }
        }
        // "3. Liga", "am 3. Spieltag": a German ordinal.
        if lw.day_dot
            && whole
            && v.int_digits <= 3
            && self.raw(num.end) == "."
            && self.glued(num.end - 1)
            && self.is_word(num.end + 1)
        {
            return Some((NumberKind::Ordinal, "ordinal", p, num.end + 1));
        }
        if whole && v.int_digits == 4 && (1000.0..=2200.0).contains(&num.value) {
            let year_word = p > self.a
                && (self.wc(p - 1, Class::YearIntro)
                    || (p >= self.a + 2 && self.phrase_at(p - 2, Class::YearIntro) == Some(p))
                    || self.wc(p - 1, Class::Month));
            let noun = self.is_word(num.end)
                && !self.wc(num.end, Class::Stop)
                && !self.wc(num.end, Class::Month)
                && !self.wc(num.end, Class::Report)
                // Where nouns are capitalised (German) a noun is; elsewhere a capital is a name.
                && (self.is_cap_word(num.end) == lw.capital_nouns);
            let after_year = self.last_year_end.is_some_and(|e| e + 1 == p || e + 2 == p);
            if year_word || after_year || !noun {
                return Some((NumberKind::Year, "calendar year", p, num.end));
            }
        }
        None
    }

    // ------------------------------------------------------------ dates and clock times

    /// A month name at `i` (any case outside English, where months are lower case).
    pub(crate) fn month_intl(&self, i: usize) -> Option<(u32, usize)> {
        let lw = self.lw?;
        let w = self.low(i);
        if let Some(m) = lw.value(w.as_str(), Class::Month) {
            return Some((m as u32, i + 1));
        }
        if self.raw(i + 1) == "." && self.glued(i) {
            let mut k = w.as_str().to_string();
            k.push('.');
            if let Some(m) = lw.value(&k, Class::Month) {
                return Some((m as u32, i + 2));
            }
        }
        None
    }

    /// Dates in a language other than English: `3. Oktober 2023`, `3 octobre 2023`,
    /// `1er mai`, `3 de octubre de 2023`, `Oktober 2023`, `octobre 2023`, `3.10.2023`.
    pub(crate) fn date_at_intl(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let lw = self.lw?;
        // Month first: "Oktober 2023", "octubre de 2023".
        if let Some((m, e)) = self.month_intl(i) {
            let of = self.wc(e, Class::Of) as usize;
            if let Some(y) = self.year_at(e + of) {
                let iso = format!("{y:04}-{m:02}");
                self.push_time(ex, i, e + of + 1, NumberKind::Date, iso, "month and year");
                return Some(e + of + 1);
            }
            return None;
        }
        // "1er mai": a French ordinal day.
        let day = self.day_at(i).or_else(|| {
            let r = self.raw(i);
            let d = r
                .strip_suffix("er")
                .or_else(|| r.strip_suffix('º'))
                .or_else(|| r.strip_suffix('°'))?;
            d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
        });
        let d = day?;
        let mut k = i + 1;
        if lw.day_dot && self.raw(k) == "." && self.glued(i) {
            k += 1;
        }
        // "3 de octubre"
        if self.wc(k, Class::Of) {
            k += 1;
        }
        let (m, mut e) = self.month_intl(k)?;
        if self.wc(e, Class::Of) && self.year_at(e + 1).is_some() {
            e += 1;
        }
        let iso = match self.year_at(e) {
            Some(y) => {
                e += 1;
                format!("{y:04}-{m:02}-{d:02}")
            }
            None => format!("--{m:02}-{d:02}"),
        };
        self.push_time(ex, i, e, NumberKind::Date, iso, "day and month");
        Some(e)
    }

    /// Clock times in a language other than English: `10 Uhr`, `15.30 Uhr`, `10h30`, `10:30`.
    pub(crate) fn clock_at_intl(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let raw = self.raw(i);
        let kind = self.kind(i)?;
        // "10h30", "8h": French clock times.
        if kind == TokenKind::Alnum {
            let (h, m) = raw.split_once('h')?;
            let h: u32 = h.parse().ok()?;
            let m: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
            if h > 24 || m > 59 {
                return None;
            }
            self.mention(
                ex,
                self.toks[i].span,
                NumberKind::Time,
                None,
                Some(format!("T{h:02}:{m:02}")),
                "clock time",
            );
            return Some(i + 1);
        }
        if kind != TokenKind::Number {
            return None;
        }
        // "10 Uhr"; a clock word that is also a unit ("heures", "horas") only after a clock
        // preposition ("à 10 heures", not "24 heures").
        let clock_word = self.wc(i + 1, Class::Clock)
            && (self.unit_word(self.low(i + 1).as_str()).is_none()
                || self.wc(i.wrapping_sub(1), Class::ClockIntro));
        let hm = match self.digits(raw) {
            // "3:1" is a score: a clock time has two digits of minutes.
            Digits::Colon(h, m)
                if h <= 24 && m < 60 && raw.rsplit(':').next().is_some_and(|t| t.len() == 2) =>
            {
                (h, m)
            }
            Digits::Value(v)
                if clock_word && v.is_int() && v.int_digits <= 2 && v.mantissa <= 24.0 && v.sign > 0.0 =>
            {
                (v.mantissa as u32, 0)
            }
            Digits::Value(v) if clock_word && v.frac == 2 && v.int_digits <= 2 && v.sign > 0.0 => {
                let (h, m) = ((v.mantissa / 100.0) as u32, (v.mantissa % 100.0) as u32);
                if h > 24 || m > 59 {
                    return None;
                }
                (h, m)
            }
            _ => return None,
        };
        let e = i + 1 + clock_word as usize;
        self.mention(
            ex,
            self.sp(i, e),
            NumberKind::Time,
            None,
            Some(format!("T{:02}:{:02}", hm.0, hm.1)),
            "clock time",
        );
        Some(e)
    }
    // ------------------------------------------------------------ units

    /// A unit or currency word or phrase of the language at `e` (no symbols): one past it.
    fn unit_words_at(&self, e: usize) -> Option<(usize, UnitRef)> {
        let l = self.low(e);
        let l = l.as_str();
        let as_ref = |u: &'static units::UnitInfo| match (u.is_money(), u.name) {
            (true, "$") => UnitRef::Money("$", true),
            (true, code) => UnitRef::Money(code, false),
            (false, name) => UnitRef::Unit(Unit::named(name)),
        };
        if self.unit_phrase_start(l) {
            if let Some((end, u)) = self.unit_phrase(e) {
                return Some((end, as_ref(u)));
            }
        }
        units::word_in(self.lw().lang, l).map(|u| (e + 1, as_ref(u)))
    }

    /// A unit or currency after a numeral in a language other than English: the language's
    /// words and phrases (`Prozent`, `pour cent`, `Euro`, `d'euros` and `de euros` after a
    /// scale), and the language-neutral symbols of the unit table (`%`, `€`, `km`, `°C`).
    pub(crate) fn unit_after_intl(&self, e: usize, num: &Num) -> Option<(usize, UnitRef)> {
        // "3 milliards d'euros", "3.000 millones de euros", "migliaia di persone".
        if num.vague || num.scale.is_some() {
            if let Some(rest) = self.elided_of(e) {
                return units::word_in(self.lw().lang, &rest).map(|u| {
                    let r = if u.is_money() {
                        if u.name == "$" {
                            UnitRef::Money("$", true)
                        } else {
                            UnitRef::Money(u.name, false)
                        }
                    } else {
                        UnitRef::Unit(Unit::named(u.name))
                    };
                    (e + 1, r)
                });
            }
            if self.wc(e, Class::Of) {
                if let Some(r) = self.unit_words_at(e + 1) {
                    return Some(r);
                }
            }
        }
        let glued = e > 0 && self.glued(e - 1);
        if let Some(r) = self.currency_after(e) {
            return r;
        }
        let r = self.raw(e);
        let kind = self.kind(e)?;
        if r == "%" {
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
        if !matches!(kind, TokenKind::Word | TokenKind::Alnum) {
            return None;
        }
        if let Some(code) = units::currency_code(r) {
            return Some((e + 1, UnitRef::Money(code, false)));
        }
        if let Some((end, u)) = self.unit_words_at(e) {
            // "à 7 512,34 points", "hasta los 11.064,3 puntos": the bare word after a figure of a
            // hundred or more is a level of an index, not percentage points
            if let UnitRef::Unit(x) = u {
                if x.name == "percentage point" && end == e + 1 && num.value.abs() >= 100.0 {
                    return Some((end, UnitRef::Unit(Unit::named("point"))));
                }
            }
            return Some((end, u));
        }
        // An abbreviation with its full stop ("2 Std.", "5 Min.", "3 Mio. t"): the word without.
        if let Some(st) = r.strip_suffix('.').filter(|st| st.chars().count() >= 2) {
            if let Some(u) = units::word_in(self.lw().lang, Low::uni(st).as_str()) {
                if !u.is_money() {
                    return Some((e + 1, UnitRef::Unit(Unit::named(u.name))));
                }
            }
        }
        // "1,80 m", "5 t", "2 l": a one-letter symbol spaced from digits, where no capitalised
        // word or number follows (that would make the letter an initial or a label).
        // The letter may carry the sentence's full stop ("Il pèse 5 t.").
        let r = match r.strip_suffix('.') {
            Some(x) if e + 1 == self.b && x.len() == 1 => x,
            _ => r,
        };
        let spaced_letter = !glued
            && num.plain.is_some()
            && matches!(r, "m" | "g" | "t" | "l" | "L")
            && self.kind(e + 1) != Some(TokenKind::Number)
            && (self.lw().capital_nouns || !self.is_cap_word(e + 1));
        // Symbols: case-sensitive, glued ("10m", "5GB") or of two letters or more ("5 km").
        let u = if glued || spaced_letter {
            units::unit_cased(r)
        } else {
            None
        }
        .or_else(|| (r.chars().count() >= 2).then(|| units::unit_symbol(r)).flatten())?;
        if matches!(u.name, "kilometre" | "mile") && self.glued(e) {
            if self.raw(e + 1) == "/" && (self.is(e + 2, "h") || self.raw(e + 2) == "h.") {
                return Some((e + 3, UnitRef::Unit(Unit::named("kilometre per hour"))));
            }
            if self.raw(e + 1) == "/h" {
                return Some((e + 2, UnitRef::Unit(Unit::named("kilometre per hour"))));
            }
        }
        Some((e + 1, UnitRef::Unit(u)))
    }

    // ------------------------------------------------------------ context

    /// A source noun phrase from `j` on (`laut dem Innenministerium`, `selon les autorités`):
    /// up to six words, to a punctuation mark, a number or a reporting verb.
    fn source_forward(&self, j: usize) -> Option<(usize, usize)> {
        let mut e = j;
        while e < self.b && e < j + 6 {
            let k = self.kind(e);
            if !matches!(
                k,
                Some(TokenKind::Word) | Some(TokenKind::Alnum) | Some(TokenKind::Clitic)
            ) || self.wc(e, Class::Report)
                || self.change_word(self.low(e).as_str()).is_some()
                || self.lw().is_qualifier_start(self.low(e).as_str())
                || (e > j && self.wc(e, Class::Stop) && !self.is_cap_word(e + 1))
                // "volgens het CBS steeg": a lower-case word after a name ends the source.
                || (e > j && !self.lw().capital_nouns && self.is_cap_word(e - 1) && self.is_lower_word(e))
            {
                break;
            }
            e += 1;
        }
        // Trailing function words are not part of the source.
        while e > j && self.wc(e - 1, Class::Stop) {
            e -= 1;
        }
        (e > j).then_some((j, e))
    }

    /// Capitalised words ending just before `e` (`Innenminister Müller sagte`).
    fn name_before(&self, e: usize) -> Option<(usize, usize)> {
        let mut s = e;
        while s > self.a && s + 4 > e && self.is_cap_word(s - 1) {
            s -= 1;
        }
        (s < e).then_some((s, e))
    }

    /// Who the sentence credits: `laut X`, `selon X`, `según X`, `X zufolge`, `X sagte`,
    /// `sagte X`; token ranges with their spans.
    fn attributions_intl(&self) -> Vec<(Span, usize, usize)> {
        let mut out = Vec::new();
        let mut k = self.a;
        while k < self.b {
            if let Some(e) = self.class_at(k, Class::Attribution) {
                // "dem Ministerium zufolge": a postposition credits what stands before it.
                if e == k + 1 && self.is_any(k, &["zufolge"]) {
                    let mut s = k;
                    while s > self.a && s + 5 > k && self.is_word(s - 1) {
                        s -= 1;
                    }
                    if s < k {
                        out.push((self.sp(s, k), s, k));
                    }
                } else if let Some((s, e2)) = self.source_forward(e) {
                    out.push((self.sp(s, e2), s, e2));
                }
                k = e;
                continue;
            }
            if self.wc(k, Class::Report) {
                if let Some((s, e)) = self.name_before(k) {
                    out.push((self.sp(s, e), s, e));
                } else if self.is_cap_word(k + 1) || self.wc(k + 1, Class::Stop) {
                    if let Some((s, e)) = self.source_forward(k + 1) {
                        out.push((self.sp(s, e), s, e));
                    }
                }
            }
            k += 1;
        }
        out
    }

    /// Time phrases of the sentence: its dates and years, and the language's time words and
    /// weekdays (`gestern`, `lundi`, `el año pasado`).
    fn times_intl(&self) -> Vec<(Span, usize, usize)> {
        let mut out: Vec<(Span, usize, usize)> =
            self.times.iter().map(|&(s, e)| (self.sp(s, e), s, e)).collect();
        let mut k = self.a;
        while k < self.b {
            let e = self
                .phrase_at(k, Class::Time)
                .or_else(|| (self.wc(k, Class::Time) || self.wc(k, Class::Weekday)).then_some(k + 1));
            if let Some(e) = e {
                // "im Jahr 2023": the phrase with its year.
                out.push((self.sp(k, e), k, e));
                k = e;
                continue;
            }
            if let Some(e) = self.class_at(k, Class::YearIntro) {
                if let Some(pos) = out.iter().position(|t| t.1 == e) {
                    let (_, _, ye) = out[pos];
                    out[pos] = (self.sp(k, ye), k, ye);
                }
            }
            k += 1;
        }
        out
    }

    /// What a figure counts: the noun after it (`1.700 Menschen`, `47 000 morts`), across
    /// the language's `of` word (`miles de personas`) and an elided one (`d'habitants`).
    fn counted_intl(&self, p: &Pending) -> Option<Span> {
        let mut j = p.tok_end;
        if self.wc(j, Class::Of) {
            j += 1;
        }
        if let Some(rest) = self.elided_of(j) {
            let t = self.toks[j].span;
            return Some(Span::new(t.end - rest.len().min(t.end - t.start), t.end));
        }
        for k in j..(j + 3).min(self.b) {
            if !self.is_word(k) || self.wc(k, Class::Stop) || self.wc(k, Class::Report) {
                return None;
            }
            // German nouns are capitalised (adjectives before them are not).
            if self.lw().capital_nouns && !self.is_cap_word(k) {
                continue;
            }
            return Some(self.toks[k].span);
        }
        None
    }

    /// The context pass for a language other than English: counted noun, attribution, time.
    pub(crate) fn resolve_intl(&self, mut pend: Vec<Pending>, ex: &mut Extraction) {
        let attrs = self.attributions_intl();
        let attrs: Vec<_> = attrs
            .into_iter()
            .filter(|(sp, s, _)| !pend.iter().any(|p| p.claim.span.overlaps(sp) || p.tok_end == *s))
            .collect();
        let times = self.times_intl();
        let nearest = |c: &[(Span, usize, usize)], s: usize, e: usize| {
            c.iter()
                .filter(|(_, a, b)| *b <= s || *a >= e)
                .min_by_key(|(_, a, b)| if *b <= s { s - b } else { a - e })
                .map(|c| c.0)
        };
        for p in pend.iter_mut() {
            p.claim.counted = if p.is_count { self.counted_intl(p) } else { None };
            if p.claim.counted.is_none() && p.is_time_unit {
                p.claim.counted = p.unit_toks.map(|(s, e)| self.sp(s, e));
            }
            p.claim.attribution = nearest(&attrs, p.tok_start, p.tok_end);
            p.claim.time = nearest(&times, p.tok_start, p.tok_end);
        }
        ex.claims.extend(pend.into_iter().map(|p| p.claim));
    }
}

/// The rules for a language (none for English, which has its own tables).
pub(crate) fn rules_for(lang: crate::Lang) -> Option<&'static LangWords> {
    langdata::for_lang(lang)
}
