//! Currencies written before a numeral: `$`, `€`, `US$`, `HK$`, `$US`, `NIS`, `EUR50m`, `rmb 10`.

use super::*;

impl<'a> Scan<'a> {
    /// A currency written before the numeral: `$`, `€`, `US$`, `NIS`.
    pub(super) fn currency_prefix(&self, p: usize) -> Option<(usize, UnitRef)> {
        let r = self.raw(p);
        if self.kind(p) == Some(TokenKind::Currency) {
            // "$US55,931,000", "$A2m": the dollar's country after the sign.
            if r == "$" && self.glued(p) && self.glued(p + 1) && self.kind(p + 2) == Some(TokenKind::Number) {
                if let Some(code) = units::dollar_prefix(self.raw(p + 1)) {
                    return Some((p + 2, UnitRef::Money(code, false)));
                }
            }
            return match units::currency_symbol(r) {
                Some(Some(code)) => Some((p + 1, UnitRef::Money(code, false))),
                Some(None) => Some((p + 1, UnitRef::Money("$", true))),
                None => None,
            };
        }
        if self.is_word(p) {
            if self.raw(p + 1) == "$" && self.glued(p) {
                if let Some(code) = units::dollar_prefix(r) {
                    return Some((p + 2, UnitRef::Money(code, false)));
                }
            }
            if let Some(code) = units::currency_code(r) {
                // "COP28" (the climate summit): a code that is also a name head, glued to a one- or
                // two-digit number, is a name
                let n = self.raw(p + 1);
                let name = self.glued(p)
                    && n.len() <= 2
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && lexicon::name_head(self.low(p).as_str()).is_some();
                if self.kind(p + 1) == Some(TokenKind::Number) && !name {
                    return Some((p + 1, UnitRef::Money(code, false)));
                }
            }
            // "rmb 10": a three-letter currency word of the table in lower case (not a code
            // such as "try", which is an English word).
            if r.len() == 3
                && r.bytes().all(|b| b.is_ascii_lowercase())
                && self.kind(p + 1) == Some(TokenKind::Number)
            {
                if let Some(Some(code)) = self.currency_word(r) {
                    return Some((p + 1, UnitRef::Money(code, false)));
                }
            }
        }
        None
    }

    pub(super) fn money_follows(&self, i: usize) -> bool {
        self.currency_word(self.low(i).as_str()).is_some() || units::currency_code(self.raw(i)).is_some()
    }
}
