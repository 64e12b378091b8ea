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
        // English: only a qualifier's first word can start one (the per-token flags say so):
        // most candidate tokens are numerals, and the phrase list is long.
        let en = self.en();
        if i >= self.b || (en && self.flags[i] & F_QUAL == 0) {
            return None;
        }
        let w = self.low(i);
        if en {
            if let Some(list) = BY_FIRST.get(w.as_str()) {
                for &q in list {
                    let (words, b) = &lexicon::qualifiers()[q];
                    if words.iter().enumerate().skip(1).all(|(k, w)| self.is(i + k, w)) {
                        return Some((self.skip_article(i + words.len()), *b));
                    }
                }
            }
        } else {
            // "crecieron un 3,5% hasta 12.400 millones": after a figure of change, the
            // language's `to` word (`hasta`, `bis`) is the level reached, not a bound (after a
            // verb alone it may be one: "stijgt tot 38 graden")
            if self.wc(i, super::super::langdata::Class::ChangeTo) && self.change_figure_before(i) {
                return None;
            }
            for (words, b) in self.qualifiers() {
                if words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.low(i + k).as_str() == *w)
                {
                    return Some((self.skip_article(i + words.len()), *b));
                }
            }
        }
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
