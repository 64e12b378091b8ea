//! Qualifiers before a numeral: words (`more than`, `at least`) and signs (`>10`, `≥ 30`).

use super::*;

impl<'a> Scan<'a> {
    pub(super) fn qualifier_at(&self, i: usize) -> Option<(usize, Bound)> {
        if let Some((b, takes_eq)) = lexicon::qualifier_symbol(self.raw(i)) {
            if takes_eq && self.raw(i + 1) == "=" && self.glued(i) {
                let b = if b == Bound::Gt { Bound::Ge } else { Bound::Le };
                return Some((i + 2, b));
            }
            return Some((i + 1, b));
        }
        let en = self.en();
        for (words, b) in self.qualifiers() {
            if words.iter().enumerate().all(|(k, w)| {
                if en {
                    self.is(i + k, w)
                } else {
                    self.low(i + k).as_str() == *w
                }
            }) {
                return Some((self.skip_article(i + words.len()), *b));
            }
        }
        let w = self.low(i);
        let b = self.qualifier1(w.as_str())?;
        // "some" and "under"/"over" only directly before a numeral (checked by the caller).
        Some((self.skip_article(i + 1), b))
    }

    /// After a qualifier outside English, an article before the number belongs to it
    /// (`quasi il 90 %`, `casi el 90 %`).
    fn skip_article(&self, e: usize) -> usize {
        if !self.en()
            && self.wc(e, super::super::langdata::Class::Stop)
            && self.kind(e + 1) == Some(TokenKind::Number)
        {
            e + 1
        } else {
            e
        }
    }
}
