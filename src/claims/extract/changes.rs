//! Changes: whether a verb or noun of change governs a figure (`rose 5%`, `increased by 60%`,
//! `a 60% increase`, `cut by half`), and which token says it.

use super::*;

impl<'a> Scan<'a> {
    /// The change of the figure `num` whose span is tokens `start_tok..end` in unit
    /// `unit_name`, and the token of the verb or noun before it that says so.
    pub(super) fn change_at(
        &self,
        num: &Num,
        start_tok: usize,
        end: usize,
        unit_name: &str,
    ) -> (Option<Change>, Option<usize>) {
        if !self.en() {
            return self.change_at_intl(num, start_tok, end, unit_name);
        }
        let (mut change, mut change_tok) = (num.change, None);
        if change.is_none() {
            let mut k = start_tok.wrapping_sub(1);
            let by = self.is(k, "by") || self.is(k, "of");
            if by {
                k = k.wrapping_sub(1);
                // "reduced mortality by 20%": the verb may be two words before "by".
                if self.is(start_tok.wrapping_sub(1), "by")
                    && lexicon::change_word(self.low(k).as_str()).is_none()
                {
                    // "raised its key federal funds rate by": up to six words before, within
                    // the clause.
                    for d in 1..=6 {
                        let kk = k.wrapping_sub(d);
                        if kk < self.a || matches!(self.raw(kk), "," | ";" | ":" | "(") {
                            break;
                        }
                        if lexicon::change_word(self.low(kk).as_str())
                            .is_some_and(|_| !self.is(kk, "up") && !self.is(kk, "down"))
                        {
                            k = kk;
                            break;
                        }
                    }
                }
            }
            let w = self.low(k);
            let w = w.as_str();
            if let Some(c) = lexicon::change_word(w) {
                let rel = matches!(
                    unit_name,
                    "percent" | "fold" | "percentage point" | "basis point" | "point"
                );
                let object_verb = lexicon::is_word_of(w, lexicon::Wc::ObjectVerb);
                let noun_of = self.is(start_tok.wrapping_sub(1), "of");
                let ok = if noun_of {
                    lexicon::is_word_of(w, lexicon::Wc::ChangeNounOf)
                } else {
                    !object_verb || rel || by || matches!(w, "up" | "down")
                };
                // "makes up 40% of staff": a phrasal verb, no rise
                let phrasal = w == "up"
                    && lexicon::is_word_of(self.low(k.wrapping_sub(1)).as_str(), lexicon::Wc::UpPhrasal);
                if ok && !phrasal && !(w == "up" && self.is(start_tok, "to")) {
                    change = Some(c);
                    change_tok = Some(k);
                }
            }
            if change.is_none() {
                let w = self.low(end);
                let noun = if unit_name == "count" {
                    lexicon::Wc::ChangeNounAfterCount
                } else {
                    lexicon::Wc::ChangeNounAfter
                };
                if lexicon::is_word_of(w.as_str(), noun) {
                    let c = lexicon::change_word(w.as_str()).or(match w.as_str() {
                        "more" => Some(Change::Increase),
                        "less" | "loss" => Some(Change::Decrease),
                        _ => None,
                    });
                    let comparative = matches!(w.as_str(), "more" | "less");
                    let relative = matches!(unit_name, "percent" | "fold");
                    if c.is_some() && (!comparative || relative) {
                        change = c;
                    }
                }
            }
        }
        (change, change_tok)
    }
}
