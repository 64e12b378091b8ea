//! Numbers that are not claims: identifiers, labels, phone numbers, years, addresses, citation markers, scores, leftovers.

use super::*;

impl<'a> Scan<'a> {
    /// A numeral (not after a qualifier or currency) that is a rank, a label or part of a
    /// name: `at number seven`, `the number 10 shirt`, `the Big Three`, `Channel Five's`.
    /// Records the mention and returns the token after it.
    pub(super) fn label_at(&mut self, num: &Num, ex: &mut Extraction) -> Option<usize> {
        if !self.en() {
            return None;
        }
        // "at number seven", "the number 10 shirt": a rank or a label, not a count.
        if num.start > self.a
            && (num.words || num.plain.is_some_and(|v| v.is_int()))
            && matches!(self.raw(num.start - 1), "number" | "No." | "no." | "Number" | "No")
            && unit_free_after(self, num.end)
            // "net users number 100m": after a plural subject, or with a glued suffix, "number"
            // is a verb.
            && !(self.glued(num.end - 1) && self.is_word(num.end))
            && !(num.start >= self.a + 2
                && self.is_lower_word(num.start - 2)
                && self.low(num.start - 2).as_str().ends_with('s')
                && !lexicon::is_stop(self.low(num.start - 2).as_str()))
            // "No 10" (Downing Street), but "No 10 people" is a determiner and a count.
            && !(self.raw(num.start - 1) == "No"
                && num.start - 1 == self.a
                && self.is_lower_word(num.end)
                && !lexicon::is_stop(self.low(num.end).as_str()))
        {
            self.mention(
                ex,
                self.sp(num.start - 1, num.end),
                NumberKind::Other,
                None,
                None,
                "rank or label number",
            );
            return Some(num.end);
        }
        // "the Big Three", "the Group of Seven", "Channel Five's", "Ocean's Twelve": a
        // capitalised number word inside a sentence is part of a name.
        if num.words
            && num.start > self.a
            && !self.title()
            && self.raw(num.start).starts_with(|c: char| c.is_ascii_uppercase())
        {
            let opener = matches!(
                self.raw(num.start - 1),
                ":" | "\""
                    | "\u{201C}"
                    | "\u{2018}"
                    | "'"
                    | "("
                    | "["
                    | "-"
                    | "\u{2013}"
                    | "\u{2014}"
                    | ";"
                    | "."
                    | "?"
                    | "!"
            );
            // Inside a sentence (not after an opening quote, colon or dash) a number word is
            // only capitalised as a name: "with Five and", "Channel Four's", "Ocean's Eleven".
            let mid_name = !opener && num.end == num.start + 1;
            let after_name = mid_name
                || self.is_cap_word(num.start - 1)
                || (self.is(num.start - 1, "of")
                    && num.start >= self.a + 2
                    && self.is_cap_word(num.start - 2));
            if after_name {
                let s = if self.is_cap_word(num.start - 1)
                    && ex
                        .numbers
                        .last()
                        .is_none_or(|m| m.span.end <= self.toks[num.start - 1].span.start)
                {
                    num.start - 1
                } else {
                    num.start
                };
                self.mention(
                    ex,
                    self.sp(s, num.end),
                    NumberKind::Identifier,
                    None,
                    None,
                    "number word in a name",
                );
                return Some(num.end);
            }
        }
        None
    }

    /// Decides whether a bare digit numeral is not a quantity: returns the kind, the reason
    /// and the mention's first token.
    /// True when token `p` stands in a list of references introduced by a plural head
    /// (`sections`, `articles`, `clauses`, …): only numbers, identifiers, `,` `and` `or` `like`
    /// and parenthesised glosses stand between them. Looks back at most 40 tokens.
    pub(super) fn in_reference_list(&self, p: usize) -> bool {
        let mut i = p;
        let mut depth = 0usize;
        let floor = p.saturating_sub(40).max(self.a);
        while i > floor {
            i -= 1;
            let w = self.low(i);
            let w = w.as_str();
            match w {
                ")" => depth += 1,
                "(" => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                "sections" | "articles" | "clauses" | "paragraphs" | "subsections" | "amendments" | "ss."
                | "arts." => {
                    // the list starts right after the head: "sections 37", "sections like 37"
                    let n = self.low(i + 1);
                    return matches!(n.as_str(), "like" | "including")
                        || matches!(self.kind(i + 1), Some(TokenKind::Number))
                        || (self.kind(i + 1) == Some(TokenKind::Alnum)
                            && self.raw(i + 1).starts_with(|c: char| c.is_ascii_digit()));
                }
                "," | "and" | "or" | "like" | "including" | "&" => {}
                _ if matches!(self.kind(i), Some(TokenKind::Number)) => {}
                // "304A": a letter glued to a section number
                _ if i > self.a
                    && self.glued(i - 1)
                    && self.kind(i - 1) == Some(TokenKind::Number)
                    && self.raw(i).len() <= 2 => {}
                _ if self.kind(i) == Some(TokenKind::Alnum)
                    && self.raw(i).starts_with(|c: char| c.is_ascii_digit()) => {}
                _ => return false,
            }
        }
        false
    }

    pub(super) fn non_quantity(
        &self,
        num: &Num,
        v: &DigitValue,
        p: usize,
    ) -> Option<(NumberKind, &'static str, usize, usize)> {
        if !self.en() {
            return self.non_quantity_intl(num, v, p);
        }
        let prev = self.low(p.wrapping_sub(1));
        let prev = prev.as_str();
        let whole = v.is_int() && !v.grouped;
        // "under sections 37 and 38 (hurt), 304A and 34": a list of references after a plural
        // head is a list of identifiers.
        if whole && self.in_reference_list(p) {
            let suffix = self.glued(num.end - 1)
                && self.kind(num.end) == Some(TokenKind::Word)
                && self.raw(num.end).len() <= 2;
            let e = num.end + usize::from(suffix);
            return Some((NumberKind::Identifier, "section or article reference", p, e));
        }
        // "[57]": a citation marker.
        if whole && p > self.a && self.raw(p - 1) == "[" && self.raw(num.end) == "]" && self.glued(p - 1) {
            return Some((NumberKind::Other, "citation marker", p - 1, num.end + 1));
        }
        // "ID.4", "Model.3": a number glued after a capitalised word and a dot.
        if whole
            && p >= self.a + 2
            && self.raw(p - 1) == "."
            && self.glued(p - 1)
            && self.glued(p - 2)
            && self.is_cap_word(p - 2)
        {
            return Some((NumberKind::Identifier, "model name", p - 2, num.end));
        }
        // ... where the sentence splitter cut at the dot ("ID." | "4 SUV"): read the text.
        if whole && p == self.a {
            let before = &self.text.as_bytes()[..self.toks[p].span.start];
            if let Some((&b'.', head)) = before.split_last() {
                let caps = head.iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
                let edge = head.len() == caps || !head[head.len() - caps - 1].is_ascii_alphanumeric();
                if caps >= 2 && edge {
                    return Some((NumberKind::Identifier, "model name", p, num.end));
                }
            }
        }
        // "the 737 Max", "iPhone 15 Pro": a model suffix after the number.
        if whole
            && matches!(
                self.raw(num.end),
                "Max"
                    | "MAX"
                    | "Pro"
                    | "Plus"
                    | "Ultra"
                    | "Mini"
                    | "Air"
                    | "Neo"
                    | "GT"
                    | "XL"
                    | "Lite"
                    | "Turbo"
            )
        {
            return Some((NumberKind::Identifier, "model name", p, num.end + 1));
        }
        // "9 E 71st St", "10 Downing Street": a street address.
        if whole && v.int_digits <= 5 {
            let mut k = num.end;
            while k < num.end + 3 && (self.is_cap_word(k) || self.kind(k) == Some(TokenKind::Alnum)) {
                if matches!(
                    self.raw(k),
                    "St" | "St."
                        | "Street"
                        | "Ave"
                        | "Ave."
                        | "Avenue"
                        | "Rd"
                        | "Rd."
                        | "Road"
                        | "Blvd"
                        | "Boulevard"
                        | "Lane"
                        | "Drive"
                        | "Place"
                        | "Terrace"
                        | "Broadway"
                ) && k > num.end
                {
                    return Some((NumberKind::Other, "street address", p, k + 1));
                }
                k += 1;
            }
        }
        // Phone numbers: "(202) 555-0143", "555-0143".
        let phone_tail = self.is_dash(num.end)
            && self.glued(num.end)
            && self.int_at(num.end + 1).is_some_and(|(_, n)| n == 4);
        let area_code = self.raw(p.wrapping_sub(1)) == "(" && self.raw(num.end) == ")" && v.int_digits == 3;
        if (phone_tail && v.int_digits == 3 && v.is_int()) || area_code {
            let mut e = num.end;
            if area_code {
                e += 1;
                if self.int_at(e).is_some_and(|(_, n)| n == 3) {
                    e += 1;
                }
            }
            if self.is_dash(e) && self.int_at(e + 1).is_some_and(|(_, n)| n == 4) {
                e += 2;
            }
            let s = if area_code { p - 1 } else { p };
            return Some((NumberKind::Other, "phone number", s, e));
        }
        // Street addresses: "10 Downing Street".
        if (1..=3).any(|d| {
            self.is_cap_word(num.end + d - 1)
                && matches!(
                    self.low(num.end + d).as_str(),
                    "street"
                        | "st."
                        | "road"
                        | "rd."
                        | "avenue"
                        | "ave."
                        | "boulevard"
                        | "blvd."
                        | "lane"
                        | "drive"
                        | "square"
                        | "place"
                        | "way"
                )
        }) && self.is_cap_word(num.end)
        {
            let mut e = num.end;
            while self.is_cap_word(e) && e < num.end + 4 {
                e += 1;
            }
            return Some((NumberKind::Other, "street address", p, e));
        }
        let next = self.low(num.end);
        let nx = next.as_str();
        let int = v.is_int();
        // Phone numbers.
        if matches!(
            prev,
            "call" | "phone" | "tel" | "tel." | "fax" | "hotline" | "whatsapp" | "dial"
        ) {
            let mut e = num.end;
            while matches!(self.kind(e), Some(TokenKind::Number))
                || (self.is_dash(e) && self.kind(e + 1) == Some(TokenKind::Number))
            {
                e += 1;
            }
            return Some((NumberKind::Other, "phone number", p, e));
        }
        if v.plus && int {
            // "+44 20 7946 0958": digit groups after a calling code make a phone number.
            let mut e = num.end;
            while self.int_at(e).is_some() || (self.is_dash(e) && self.int_at(e + 1).is_some()) {
                e += 1;
            }
            if e > num.end {
                return Some((NumberKind::Other, "phone number", p, e));
            }
            return Some((
                NumberKind::Identifier,
                "signed number with no unit (a name or calling code)",
                p,
                num.end,
            ));
        }
        // "Unit 8200", "Section 230", "page 5", "S&P 500".
        if p > self.a {
            let head =
                lexicon::name_head(prev).or_else(|| (self.raw(p - 1) == "S&P").then_some("index name"));
            if let Some(why) = head {
                let cap_or_strong = self.raw(p - 1).chars().any(char::is_uppercase)
                    || matches!(why, "unit name" | "page or section reference")
                    // Heads that label a number even in lower case ("section 3", "version 2.0").
                    || matches!(
                        prev,
                        "section"
                            | "sp"
                            | "resolution"
                            | "article"
                            | "clause"
                            | "chapter"
                            | "version"
                            | "ver."
                            | "level"
                            | "stage"
                            | "phase"
                            | "grade"
                            | "category"
                            | "episode"
                            | "series"
                            | "route"
                            | "highway"
                            | "interstate"
                            | "gate"
                            | "terminal"
                            | "platform"
                            | "room"
                            | "flight"
                            | "model"
                            | "generation"
                            | "no."
                            | "nos."
                            | "#"
                    )
                    || self.raw(p - 1).ends_with('.');
                let counted_follows = self.is_lower_word(num.end) && !lexicon::is_stop(nx);
                // A decimal after a name head is a version, never a count ("version 3.1 fixes").
                // ("sp 500 rose": the index written in lower case is a name whatever follows.)
                let noun_after = counted_follows && !self.is_cap_word(p - 1) && int && prev != "sp";
                let decimal_ok = int || why == "name";
                if cap_or_strong && decimal_ok && !v.grouped && !noun_after {
                    let kind = if why == "page or section reference" {
                        NumberKind::Other
                    } else {
                        NumberKind::Identifier
                    };
                    let mut e = num.end;
                    if self.is_dash(e) && self.kind(e + 1) == Some(TokenKind::Number) {
                        e += 2;
                    }
                    // "Page 2 of 5"
                    if self.is(e, "of") && self.int_at(e + 1).is_some() {
                        e += 2;
                    }
                    return Some((kind, why, p - 1, e));
                }
            }
        }
        // "class of '83", "the '90s": a year written with an apostrophe.
        let apos = matches!(self.raw(p.wrapping_sub(1)), "'" | "\u{2019}" | "\u{2018}")
            && p > self.a
            && self.glued(p - 1)
            && !(p >= self.a + 2 && self.glued(p - 2));
        if apos
            && int
            && v.int_digits == 2
            && !v.grouped
            // Not "'83 people" (a quoted count): a plural noun after it makes it a count.
            && (nx == "s" || !(nx.ends_with('s') && self.is_lower_word(num.end)))
        {
            let e = num.end + (nx == "s" && self.glued(num.end - 1)) as usize;
            return Some((NumberKind::Year, "year written with an apostrophe", p - 1, e));
        }
        // Years.
        let four = int && !v.grouped && v.int_digits == 4 && v.sign > 0.0 && !v.leading_zero;
        let y = num.value;
        if four && (1000.0..=2200.0).contains(&y) {
            let year_prep = matches!(
                prev,
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "from"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "est"
                    | "est."
                    | "established"
                    | "founded"
                    | "circa"
                    | "c."
                    | "ca."
                    | "year"
                    | "the"
                    | "mid"
                    | "early"
                    | "late"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
                    | "fall"
                    | "fiscal"
                    | "fy"
                    | "ad"
                    | "bc"
                    | "through"
                    | "between"
                    | "and"
                    | "to"
                    | "-"
                    | "–"
                    | "’s"
                    | "'s"
                    | "around"
                    | "about"
                    | "election"
                    | "season"
                    | "class"
                    | "vintage"
                    | "census"
                    | "budget"
            ) || self.last_year_end.is_some_and(|e| e + 1 == p);
            // "2000 and 2003 results", "2004 or 2005": coordinated with a year.
            let coordinated = self.last_year_end.is_some_and(|e| e + 1 == p)
                && matches!(prev, "and" | "or" | "to" | "-" | "\u{2013}" | "&");
            // A count needs a plural noun after it ("2000 people", "1500 jobs"); a singular word
            // or verb makes it an attributive year ("its 2003 performance", "of 2004 kept").
            // Words in -s that are not plural nouns ("from 2000 onwards", "2050 means").
            let not_plural = matches!(
                nx,
                "onwards"
                    | "afterwards"
                    | "means"
                    | "shows"
                    | "marks"
                    | "sees"
                    | "saw"
                    | "looks"
                    | "seems"
                    | "remains"
                    | "brings"
                    | "begins"
                    | "ends"
                    | "starts"
                    | "promises"
                    | "gives"
                    | "makes"
                    | "proves"
                    | "sales"
                    | "results"
                    | "figures"
                    | "levels"
                    | "accounts"
                    | "earnings"
                    | "profits"
                    | "losses"
                    | "gains"
                    | "forecasts"
                    | "estimates"
            ) || matches!(prev, "year" | "years" | "fy" | "fiscal");
            let plural = !not_plural && nx.ends_with('s') && !nx.ends_with("ss") && !nx.ends_with("'s")
                || !not_plural
                    && matches!(
                        nx,
                        "people"
                            | "men"
                            | "women"
                            | "children"
                            | "staff"
                            | "police"
                            | "personnel"
                            | "cattle"
                            | "sheep"
                            | "fish"
                            | "feet"
                            | "head"
                            | "crew"
                            | "aircraft"
                            | "more"
                            | "new"
                            | "extra"
                            | "additional"
                            | "other"
                            | "fewer"
                            | "young"
                            | "foreign"
                            | "local"
                            | "british"
                            | "american"
                            | "strong"
                    );
            // "its 2004 operations": a possessive before a bare 19xx/20xx reads as a year.
            let possessive = matches!(prev, "its" | "their" | "his" | "her" | "our" | "my" | "your");
            let counted_follows = self.is_word(num.end)
                && !coordinated
                && (!possessive || !(1900.0..=2100.0).contains(&y))
                && (plural || !(1900.0..=2100.0).contains(&y))
                && !lexicon::is_stop(nx)
                && !self.is_cap_word(num.end)
                && lexicon::month(nx).is_none()
                && !matches!(
                    nx,
                    "election"
                        | "elections"
                        | "census"
                        | "budget"
                        | "season"
                        | "war"
                        | "model"
                        | "edition"
                        | "version"
                        | "levels"
                        | "level"
                        | "figures"
                        | "data"
                        | "report"
                        | "survey"
                        | "study"
                        | "campaign"
                        | "games"
                        | "olympics"
                        | "world"
                        | "cup"
                        | "attack"
                        | "attacks"
                        | "war's"
                        | "law"
                        | "act"
                        | "agreement"
                        | "accords"
                        | "accord"
                        | "ceasefire"
                        | "deal"
                        | "protests"
                        | "uprising"
                        | "revolution"
                        | "invasion"
                        | "crisis"
                        | "nakba"
                        | "riots"
                        // events named by their year: "the 2013 floods"
                        | "floods"
                        | "fires"
                        | "wildfires"
                        | "bushfires"
                        | "storms"
                        | "earthquakes"
                        | "quakes"
                        | "tornadoes"
                        | "hurricanes"
                        | "eruptions"
                        | "strikes"
                        | "bombings"
                        | "shootings"
                        | "killings"
                        | "massacres"
                        | "results"
                        | "accounts"
                        | "earnings"
                        | "sales"
                        | "profits"
                        | "losses"
                        | "finals"
                        | "championships"
                        | "awards"
                        | "polls"
                        | "talks"
                        | "forecasts"
                        | "estimates"
                        | "statistics"
                        | "numbers"
                        | "elections."
                        | "bc"
                        | "ad"
                        | "ce"
                        | "bce"
                );
            let plain_year = !counted_follows && (year_prep || (1900.0..=2100.0).contains(&y));
            if plain_year
                || year_prep
                    && matches!(prev, "in" | "since" | "est" | "est." | "until" | "circa" | "the")
                    && self.is_cap_word(num.end)
            {
                // "1973-90", "2004-05": a span of years.
                let mut e = num.end;
                if self.is_dash(e)
                    && self.glued(e - 1)
                    && self.glued(e)
                    && self.int_at(e + 1).is_some_and(|(_, n)| n == 2)
                {
                    e += 2;
                }
                return Some((NumberKind::Year, "calendar year", p, e));
            }
        }
        // Generic names: a capitalised word before a bare number ("Boeing 737", "Windows 10").
        if p > self.a {
            let pw = p - 1;
            if !self.title()
                && self.is_cap_word(pw)
                && int
                && !v.grouped
                && !lexicon::is_stop(prev)
                && lexicon::qualifier1(prev).is_none()
                && lexicon::month(prev).is_none()
                && lexicon::change_word(prev).is_none()
                && !lexicon::is_report_verb(prev)
                && (!self.is_lower_word(num.end) || lexicon::is_stop(nx))
                && self.raw(num.end) != "%"
                && !matches!(
                    prev,
                    "killed" | "wounded" | "injured" | "reached" | "totalled" | "totaled" | "numbered"
                )
            {
                return Some((NumberKind::Identifier, "number after a name", pw, num.end));
            }
        }
        None
    }

    pub(super) fn score_at(&self, num: &Num, v: DigitValue) -> Option<usize> {
        if !self.en() {
            return None;
        }
        if !v.is_int() || num.value > 200.0 || !self.is_dash(num.end) {
            return None;
        }
        let (b, _) = self.int_at(num.end + 1)?;
        if b > 200 {
            return None;
        }
        let e = num.end + 2;
        let before = (1..=3)
            .any(|k| num.start >= self.a + k && lexicon::score_context(self.low(num.start - k).as_str()))
            // "Arsenal 3-1 Chelsea"
            || (num.start > self.a && self.is_cap_word(num.start - 1) && self.is_cap_word(e));
        // Tennis sets: "6-4 6-3 6-0", "7-5 6-1": a score next to another score.
        let set = |k: usize| {
            k >= self.a
                && self.int_at(k).is_some_and(|(a, _)| a <= 7)
                && self.is_dash(k + 1)
                && self.glued(k)
                && self.glued(k + 1)
                && self.int_at(k + 2).is_some_and(|(b, _)| b <= 7)
        };
        // (also "6-4, 6-3, 7-6" and a tie-break in brackets: "7-6 (7-4)")
        let sep = |k: usize| matches!(self.raw(k), "," | "(" | ")");
        let next_set = set(e) || (sep(e) && set(e + 1));
        let mut k = num.start;
        while k > self.a && k + 2 > num.start && sep(k - 1) {
            k -= 1;
        }
        let prev_set = k >= self.a + 3 && set(k - 3);
        if num.value <= 7.0 && b <= 7 && (next_set || prev_set) {
            return Some(e);
        }
        let after = (0..=2).any(|k| {
            lexicon::score_context(self.low(e + k).as_str())
                || matches!(
                    self.low(e + k).as_str(),
                    "home" | "away" | "scoreline" | "majority" | "decision" | "ruling"
                )
        });
        (before || after).then_some(e)
    }

    /// Numbers that no recogniser took: ordinals, identifiers, clock-like and malformed numerals.
    pub(super) fn leftover_at(&mut self, i: usize, ex: &mut Extraction) -> Option<usize> {
        let raw = self.raw(i);
        let span = self.toks[i].span;
        match self.toks[i].kind {
            TokenKind::Number => {
                let (kind, why) = match self.digits(raw) {
                    Digits::Colon(..) => (NumberKind::Other, "ratio or score"),
                    Digits::Slash(p, n) => {
                        if n == 3 {
                            (NumberKind::Date, "numeric date")
                        } else if matches!((p[0], p[1]), (9, 11) | (7, 7) | (11, 9)) {
                            (NumberKind::Identifier, "event name")
                        } else {
                            (NumberKind::Other, "slash numeral (fraction, date or expression)")
                        }
                    }
                    Digits::Malformed => (NumberKind::Other, "malformed numeral"),
                    Digits::Value(_) => (NumberKind::Other, "numeral out of range"),
                };
                self.mention(ex, span, kind, None, None, why);
                Some(i + 1)
            }
            TokenKind::Alnum => {
                let first_digit = raw.chars().next().is_some_and(|c| c.is_ascii_digit());
                let mut e = i + 1;
                let (kind, why, value, iso) = if first_digit {
                    let digits = raw
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
                        .count();
                    let suf = Low::new(&raw[digits..]);
                    let n: Option<f64> = raw[..digits].replace(',', "").parse().ok();
                    match suf.as_str() {
                        "st" | "nd" | "rd" | "th" => (NumberKind::Ordinal, "ordinal", n, None),
                        "s" if digits == 4 || digits == 2 => {
                            let iso = if digits == 4 {
                                Some(raw[..3].to_string())
                            } else {
                                None
                            };
                            (NumberKind::Year, "decade", n, iso)
                        }
                        "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m." => {
                            (NumberKind::Time, "clock time", None, None)
                        }
                        _ => (
                            NumberKind::Other,
                            "number with letters (a model, size or code)",
                            None,
                            None,
                        ),
                    }
                } else {
                    // "GPT-4", "COVID-19", "F-35", "MH17", "v2.0".
                    while self.raw(e) == "."
                        && self.glued(e - 1)
                        && self.glued(e)
                        && self.kind(e + 1) == Some(TokenKind::Number)
                    {
                        e += 2;
                    }
                    let version = raw.starts_with(['v', 'V'])
                        && raw[1..].chars().next().is_some_and(|c| c.is_ascii_digit());
                    if version {
                        (NumberKind::Other, "version number", None, None)
                    } else {
                        (NumberKind::Identifier, "alphanumeric name", None, None)
                    }
                };
                self.mention(ex, self.sp(i, e), kind, value, iso, why);
                Some(e)
            }
            TokenKind::Word => {
                let w = self.low(i);
                let w = w.as_str();
                if let Some(v) = self.ordinal_word(w) {
                    self.mention(ex, span, NumberKind::Ordinal, Some(v), None, "ordinal");
                    return Some(i + 1);
                }
                if w == "one" && self.en() {
                    let why = if self.is(i + 1, "of") {
                        "partitive one of"
                    } else {
                        "pronoun one"
                    };
                    self.mention(ex, span, NumberKind::Other, Some(1.0), None, why);
                    return Some(i + 1);
                }
                if self.small_number(w).is_some() {
                    self.mention(
                        ex,
                        span,
                        NumberKind::Other,
                        None,
                        None,
                        "number word not read as a quantity",
                    );
                    return Some(i + 1);
                }
                None
            }
            _ => None,
        }
    }
}
