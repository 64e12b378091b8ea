//! Qualifiers before a numeral: words (`more than`, `at least`) and signs (`>10`, `≥ 30`).

use super::*;

/// The multi-word qualifiers by first word (indices into `lexicon::qualifiers()`, longest first),
/// so that a token tries only the phrases it can start.
static BY_FIRST: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Vec<usize>>> =
    std::sync::LazyLock::new(|| {
        let mut m: rustc_hash::FxHashMap<&'static str, Vec<usize>> = rustc_hash::FxHashMap::default();
        for (k, (words, _)) in lexicon::qualifiers().iter().enumerate() {
            m.entry(words[0]).or_default().push(k);
        }
        m
    });

impl<'a> Scan<'a> {
    pub(super) fn qualifier_at(&self, i: usize) -> Option<(usize, Bound)> {
        if let Some((b, takes_eq)) = lexicon::qualifier_symbol(self.raw(i)) {
            if takes_eq && self.raw(i + 1) == "=" && self.glued(i) {
                let b = if b == Bound::Gt { Bound::Ge } else { Bound::Le };
                return Some((i + 2, b));
            }
            return Some((i + 1, b));
        }
        // Only a qualifier's first word can start one (the per-token flags say so): most
        // candidate tokens are numerals, and the phrase list is long.
        if i >= self.b || self.flags[i] & F_QUAL == 0 {
            return None;
        }
        let w = self.low(i);
        if let Some(list) = BY_FIRST.get(w.as_str()) {
            for &q in list {
                let (words, b) = &lexicon::qualifiers()[q];
                if words.iter().enumerate().skip(1).all(|(k, w)| self.is(i + k, w)) {
                    return Some((i + words.len(), *b));
                }
            }
        }
        let b = lexicon::qualifier1(w.as_str())?;
        // "some" and "under"/"over" only directly before a numeral (checked by the caller).
        Some((i + 1, b))
    }
}
