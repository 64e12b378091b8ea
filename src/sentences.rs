//! Rule-based sentence and paragraph splitting over tokens.
//!
//! # Rules
//!
//! A sentence ends:
//! - after `.`, `!`, `?`, `…`, `...` (and `。．！？` in CJK, `।॥` in Indic scripts, `؟۔` in
//!   Arabic and Urdu, `։` Armenian, `።፧` Ethiopic, `။` Burmese, `།` Tibetan), together with any
//!   closing quotes and brackets and a smiley that follow (`“Stop.”`, `age. :-)`), when the next
//!   token starts a sentence: an upper-case or uncased letter, a digit, an opening quote or
//!   bracket, a currency sign. Closers: a French `»` may follow after a space (`« Je pars. »`);
//!   German `“` and `‘` close a quote opened with `„` and `‚` (`„Ja.“`); a straight quote
//!   standing alone between spaces closes (`options. " Then`), one glued to the next word opens;
//!   of stacked closers (`clever?'" said`) the last decides.
//! - A lower-case continuation (`“Go!” she said`, `3 p.m. today`) does not start a sentence,
//!   except in caseless text (no upper-case letter at all, or more full stops before lower-case
//!   words than before capitalised ones: chat, comments, queries), where a lower-case word after a
//!   bare full stop does.
//! - not after a spaced ellipsis `. . .` that follows a space (an omission: `the thing is . . . I
//!   didn’t`); a fourth dot, or a first dot glued to the word, is a full stop (`compounds. . . .`).
//! - after an abbreviation token:
//!   - never after a title or other non-final abbreviation (`Dr.`, `Mr.`, `Jan.`, `No.`,
//!     `Eq. (2)`, `e.g.`), except `St.` after a capitalised name, a street (`Main St. The`), and
//!     a personal title before a word that never follows one (`I saw the Gen. He nodded.`);
//!   - after `U.S.`, `Inc.`, `Co.` and the like only when the next word is a common sentence
//!     opener (`The`, `He`, `But`, `Analysts`, …, and `Mr.`/`Mrs.`/`Ms.`); after `etc.` before any
//!     capitalised word;
//!   - after `a.m.`/`p.m.` before a capitalised word, unless that word goes with the time (a
//!     time zone `GMT`/`ET`, a day or month, `Eastern`) or the sentence so far is only a fronted
//!     time (`At 5 a.m. Mr. Smith left.`);
//!   - not after an initial before a capitalised name (`J. Smith`, `Campbell, S. Best`), unless
//!     it ends a name before an opener (`World War I. But`) or is the pronoun (`you and I. Did`);
//!   - a quote or bracket glued after the abbreviation decides after itself (`the U.S." Then`,
//!     but `(Acme Inc.) grew`).
//!
//!   A company suffix (`Inc.`, `Corp.`, `Ltd.`) never starts a sentence (`Yahoo! Inc. said`).
//! - after a smiley (`:)`, `:-(`, `;)`, `<3`) before a capitalised word.
//! - before an item of an inline list: a bullet (`•`, `▪`, `●`) before a capital or digit,
//!   `2.)`/`2)` before a capital, or a marker that continues a sequence begun at a line start or
//!   after a full stop or colon (`a. … b. … c. …`, `1. … 2. …`, `a) … b) …`). A sentence that is
//!   only a list marker (`1.`, `a.`) never ends.
//! - at a blank line (a paragraph break), always.
//! - at a single line break when the next line starts like a sentence (capital, digit, quote,
//!   bullet) and the line before does not visibly continue (ends in `,`, `;`, a hyphen, or a
//!   function word such as `the` or `of`). Headlines, datelines, section titles, list items and
//!   "Read more" boilerplate lines become sentences of their own; hard-wrapped prose does not.
//!
//! Sentences never split inside a token, so URLs, decimals and e-mails are safe (a missing space
//! after a full stop, `end.Next`, is split by the tokenizer). Sentence spans run from their first
//! token's start to their last token's end: no leading or trailing whitespace.
//!
//! # Paragraphs
//!
//! Paragraphs are separated by blank lines (lines of only whitespace count as blank; CRLF, a lone
//! CR, U+2028 and U+0085 break lines, and U+2029 PARAGRAPH SEPARATOR is a blank line).
//! Blank lines before the first or after the last text do not count: a text whose only blank
//! lines are leading or trailing is treated as a text with none, where every line break that is
//! a sentence boundary starts a paragraph.

use crate::span::Span;
use crate::tokenize::{
    abbreviation_class, is_abbreviation_token, is_nonfinal_abbreviation, tokenize, AbbrevClass, Token,
    TokenKind,
};
use serde::{Deserialize, Serialize};

/// A sentence: its span and the range of its tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span into the text.
    pub span: Span,
    /// Index of the first token (into the document's token list).
    pub token_start: usize,
    /// One past the last token.
    pub token_end: usize,
    /// Index of the paragraph that holds this sentence.
    pub paragraph: usize,
}

/// Splits `text` into sentences.
///
/// ```
/// use claimsift::sentences::split_sentences;
/// let text = "Dr. Smith works in the U.S. He earns $2.5m a year.\nRead more\nIt was “fine.” Right?";
/// let sents: Vec<&str> = split_sentences(text).iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(sents, ["Dr. Smith works in the U.S.", "He earns $2.5m a year.", "Read more", "It was “fine.”", "Right?"]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let tokens = tokenize(text);
    sentences_from_tokens(text, &tokens)
}

/// Splits `text` into sentences in `lang` (see [`sentences_from_tokens_lang`]).
///
/// ```
/// use claimsift::{sentences::split_sentences_lang, Lang};
/// let text = "Le Dr. Martin a parlé à M. Dupont. Puis il est parti.";
/// assert_eq!(split_sentences_lang(text, Lang::French).len(), 2);
/// assert_eq!(split_sentences_lang("Sie kam am 3. Oktober. Er nicht.", Lang::German).len(), 2);
/// ```
pub fn split_sentences_lang(text: &str, lang: crate::Lang) -> Vec<Sentence> {
    let tokens = tokenize(text);
    sentences_from_tokens_lang(text, &tokens, lang)
}

/// Sentences of a text in `lang`: [`sentences_from_tokens`], then joined again where a
/// boundary fell after one of the language's abbreviations (`z. B.`, `bzw.`, `Mio.`, `Nr.`,
/// `Mme`, `Sr.`, `pág.`; `data/<lang>/words.tsv`, class `abbrev`) or, where days are written
/// `3.` (German), after a day or ordinal before a month or a noun (`am 3. Oktober`,
/// `die 2. Liga`). English and languages without claim rules split as
/// [`sentences_from_tokens`] does.
///
/// ```
/// use claimsift::{sentences::sentences_from_tokens_lang, tokenize::tokenize, Lang};
/// let text = "Der Umsatz stieg auf 1,5 Mio. Euro, z. B. am 3. Oktober. Dann fiel er.";
/// let toks = tokenize(text);
/// let s = sentences_from_tokens_lang(text, &toks, Lang::German);
/// let s: Vec<&str> = s.iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(s, ["Der Umsatz stieg auf 1,5 Mio. Euro, z. B. am 3. Oktober.", "Dann fiel er."]);
/// ```
pub fn sentences_from_tokens_lang(text: &str, tokens: &[Token], lang: crate::Lang) -> Vec<Sentence> {
    let sents = sentences_from_tokens(text, tokens);
    let Some(rules) = crate::claims::lang_rules(lang) else {
        return sents;
    };
    let mut out: Vec<Sentence> = Vec::with_capacity(sents.len());
    for s in sents {
        if let Some(last) = out.last_mut() {
            if last.paragraph == s.paragraph
                && s.token_start == last.token_end
                && joins(text, tokens, last, rules)
            {
                last.span = Span::new(last.span.start, s.span.end);
                last.token_end = s.token_end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Does the boundary after `prev` fall inside a sentence of the language (an abbreviation, a
/// German day or ordinal)?
fn joins(text: &str, tokens: &[Token], prev: &Sentence, rules: &crate::claims::LangRules) -> bool {
    let (a, e) = (prev.token_start, prev.token_end);
    if e == 0 || e >= tokens.len() || e <= a {
        return false;
    }
    let t = |i: usize| tokens[i].text(text);
    let last = tokens[e - 1];
    let next = tokens[e];
    // "Mio" "." or "bzw." as one token; "z." "B." as two.
    let word = if t(e - 1) == "." && e >= a + 2 && tokens[e - 2].span.end == last.span.start {
        Some(format!("{}.", t(e - 2).to_lowercase()))
    } else if last.kind == TokenKind::Word && t(e - 1).ends_with('.') {
        Some(t(e - 1).to_lowercase())
    } else {
        None
    };
    if let Some(w) = word {
        if rules.is_abbreviation(&w) {
            return true;
        }
        if e >= a + 2 && last.kind == TokenKind::Word {
            let two = format!("{} {}", t(e - 2).to_lowercase(), w);
            if rules.is_abbreviation(&two) {
                return true;
            }
        }
    }
    // "am 3. Oktober", "die 2. Liga": a German day or ordinal.
    if rules.day_dot
        && t(e - 1) == "."
        && e >= a + 2
        && tokens[e - 2].kind == TokenKind::Number
        && tokens[e - 2].span.end == last.span.start
        && t(e - 2).len() <= 2
        && next.kind == TokenKind::Word
    {
        return true;
    }
    false
}

/// Paragraph spans: blocks separated by blank lines. In a text with no blank line at all, a
/// line break that is also a sentence boundary (see the module rules) starts a paragraph, so
/// one-paragraph-per-line text and hard-wrapped text both come out right.
///
/// ```
/// use claimsift::sentences::split_paragraphs;
/// let text = "One.\nStill one.\n\n  Two.\n";
/// let paras: Vec<&str> = split_paragraphs(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(paras, ["One.\nStill one.", "Two."]);
/// let text = "Headline\nFirst paragraph, wrapped\nover two lines.\nSecond.";
/// let paras: Vec<&str> = split_paragraphs(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(paras, ["Headline", "First paragraph, wrapped\nover two lines.", "Second."]);
/// ```
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let tokens = tokenize(text);
    let sents = sentences_from_tokens(text, &tokens);
    let mut out: Vec<Span> = Vec::new();
    let mut last_para = usize::MAX;
    for s in &sents {
        if s.paragraph == last_para {
            if let Some(p) = out.last_mut() {
                p.end = s.span.end;
            }
        } else {
            out.push(s.span);
            last_para = s.paragraph;
        }
    }
    out
}

/// Line breaks in a whitespace gap: `\n`, `\r\n`, a lone `\r`, U+2028, U+0085, vertical tab
/// and form feed count one; U+2029 (the paragraph separator) counts two, a blank line.
fn line_breaks(gap: &str) -> usize {
    let b = gap.as_bytes();
    // Fast path, most gaps: ASCII with no line-break byte (the other breaks are non-ASCII).
    if b.iter()
        .all(|&c| c < 0x80 && !matches!(c, b'\n' | b'\r' | 0x0B | 0x0C))
    {
        return 0;
    }
    gap.char_indices()
        .map(|(k, c)| match c {
            '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => 1,
            '\r' => usize::from(b.get(k + 1) != Some(&b'\n')),
            '\u{2029}' => 2,
            _ => 0,
        })
        .sum()
}

/// Line breaks between tokens `i` and `i + 1` ([`line_breaks`] of their [`gap`]); a single
/// space, the most common gap, is answered without slicing the text.
#[inline]
fn gap_breaks(text: &str, tokens: &[Token], i: usize) -> usize {
    let (e, s) = (tokens[i].span.end, tokens[i + 1].span.start);
    if s == e + 1 && text.as_bytes().get(e) == Some(&b' ') {
        return 0;
    }
    line_breaks(gap(text, tokens, i))
}

/// The whitespace between tokens `i` and `i + 1`.
fn gap<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    &text[tokens[i].span.end..tokens[i + 1].span.start]
}

/// True when a blank line separates two tokens (blank lines before the first token or after the
/// last do not count).
fn has_blank_line(text: &str, tokens: &[Token]) -> bool {
    (0..tokens.len().saturating_sub(1)).any(|i| gap_breaks(text, tokens, i) >= 2)
}

/// Splits into sentences given the tokens of `text` (from [`crate::tokenize::tokenize`]).
pub fn sentences_from_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    if tokens.is_empty() {
        return out;
    }
    let blank_lines_mark_paragraphs = has_blank_line(text, tokens);
    let doc = Doc {
        text,
        tokens,
        caseless: is_caseless(text, tokens),
        inline_items: inline_list_items(text, tokens),
    };
    let mut para = 0usize;
    let mut sent_start = 0usize;
    for i in 0..tokens.len() - 1 {
        // The gap holds only whitespace, so two line breaks in it make a blank line.
        let newlines = gap_breaks(text, tokens, i);
        let blank = newlines >= 2;
        let line_boundary = newlines > 0 && line_break_is_boundary(text, tokens, sent_start, i);
        let para_break = if blank_lines_mark_paragraphs {
            blank
        } else {
            line_boundary
        };
        if para_break || line_boundary || ends_sentence(&doc, sent_start, i) {
            out.push(make(tokens, sent_start, i + 1, para));
            sent_start = i + 1;
            para += para_break as usize;
        }
    }
    out.push(make(tokens, sent_start, tokens.len(), para));
    out
}

fn make(tokens: &[Token], a: usize, b: usize, paragraph: usize) -> Sentence {
    Sentence {
        span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
        token_start: a,
        token_end: b,
        paragraph,
    }
}

fn is_terminal(s: &str) -> bool {
    matches!(
        s,
        "." | "!"
            | "?"
            | "…"
            | "。"
            | "！"
            | "？"
            | "।"
            | "॥"
            | "؟"
            | "۔"
            | "‼"
            | "⁇"
            | "⁈"
            | "⁉"
            | "‽"
            | "．"
            | "｡"
            | "︒"
            | "։"
            | "።"
            | "፧"
            | "။"
            | "།"
            | "܀"
            | "߹"
    ) || (s.len() >= 3 && s.bytes().all(|b| b == b'.'))
}

fn is_closing(s: &str) -> bool {
    matches!(
        s,
        "”" | "\"" | "’" | "'" | "''" | "»" | ")" | "]" | "}" | "›" | "」" | "』" | "）"
    )
}

/// What the splitter knows about the whole document.
struct Doc<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The text has lower-case letters and no upper-case ones (chat, search queries): a full stop
    /// before a lower-case word ends a sentence.
    caseless: bool,
    /// `inline_items[j]`: token `j` starts an item of an inline list (`a. … b. …`, `1. … 2. …`).
    inline_items: Vec<bool>,
}

/// True for text written without sentence capitals (chat, comments, queries): no upper-case
/// letter at all, or more full stops followed by a lower-case word than by a capitalised one (at
/// least two).
fn is_caseless(text: &str, tokens: &[Token]) -> bool {
    if !text.chars().any(char::is_uppercase) {
        return text.chars().any(char::is_lowercase);
    }
    let (mut lower, mut upper) = (0usize, 0usize);
    for w in tokens.windows(2) {
        if w[0].span.end.saturating_sub(w[0].span.start) == 1
            && matches!(w[0].text(text), "." | "!" | "?")
            && w[1].kind == TokenKind::Word
            && w[0].span.end < w[1].span.start
        {
            let c = w[1].text(text).chars().next().unwrap_or(' ');
            if c.is_lowercase() {
                lower += 1;
            } else if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    lower >= 2 && lower > upper
}

/// Does the sentence end after token `i` (not counting line breaks)?
fn ends_sentence(doc: &Doc, sent_start: usize, i: usize) -> bool {
    let (text, tokens) = (doc.text, doc.tokens);
    let tok = tokens[i];
    let s = tok.text(text);
    let next = &tokens[i + 1];
    let next_s = next.text(text);
    // Fast path, most tokens: a token that starts and ends with an ASCII letter or digit is no
    // terminal, closer, emoticon or abbreviation, so only a list item or a bullet after it (a
    // number, a marked inline item, a non-ASCII bullet) could still end the sentence here.
    if let (Some(&f), Some(&l)) = (s.as_bytes().first(), s.as_bytes().last()) {
        if f.is_ascii_alphanumeric()
            && l.is_ascii_alphanumeric()
            && next.kind != TokenKind::Number
            && !doc.inline_items[i + 1]
            && next_s.as_bytes().first().is_some_and(u8::is_ascii)
        {
            return false;
        }
    }
    // An inline list item starts here: "… the first item 2.) The second item".
    if (starts_list_item(text, tokens, i + 1) || doc.inline_items[i + 1])
        && i + 1 > sent_start
        && !is_list_marker_only(text, tokens, sent_start, i)
    {
        return true;
    }
    // "1." or "a." opening a list item is not a sentence.
    if is_list_marker_only(text, tokens, sent_start, i) {
        return false;
    }
    // An inline bullet starts an item: "Key points: • Prices rose • Wages fell".
    if matches!(next_s, "•" | "▪" | "●" | "◦" | "‣" | "■")
        && tokens.get(i + 2).is_some_and(|t| {
            t.text(text)
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        })
    {
        return true;
    }
    // A citation marker after a full stop stays with its sentence: "… in 2004.[21] Later".
    if s == "]" && citation_after_stop(text, tokens, sent_start, i) {
        if next_s == "[" && next.span.start == tok.span.end && citation_close(text, tokens, i + 1) {
            return false;
        }
        return starts_sentence(doc, i + 1, true);
    }
    // Closing quote/bracket after a terminal: the boundary comes after the closer.
    if is_terminal(s) {
        if next_s == "[" && citation_close(text, tokens, i + 1) {
            return false;
        }
        // A full stop glued between a code and a digit is part of the code: "EY4096.7".
        if s == "."
            && i > sent_start
            && tokens[i - 1].span.end == tok.span.start
            && next.span.start == tok.span.end
            && next_s.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        // A smiley after the full stop belongs to the sentence: "I'm showing my age. :-)".
        if is_emoticon(next_s) {
            return false;
        }
        if is_closer_at(text, tokens, sent_start, i + 1) || is_terminal(next_s) {
            // Only when the closer is glued (no space), or it is another terminal, or a French
            // closing guillemet (written after a space: « Je pars. »).
            if next.span.start == tok.span.end
                || is_spaced_closer(next_s)
                || is_free_straight_quote(text, tokens, i + 1)
            {
                return false;
            }
        }
        // "N°. 5", "No. 5": a period before a number after a number sign.
        if s == "." && i > 0 && matches!(tokens[i - 1].text(text), "°" | "º" | "#") {
            return false;
        }
        // A spaced ellipsis ". . ." after a space marks an omission inside the sentence; a
        // fourth dot (or a first one glued to the word) is a full stop.
        if s == "." && is_spaced_ellipsis_end(text, tokens, i) {
            return false;
        }
        return starts_sentence(doc, i + 1, true);
    }
    if i > sent_start && is_closer_at(text, tokens, sent_start, i) {
        // Another closer glued after this one decides: `clever?'" said`.
        if next.span.start == tok.span.end && is_closer_at(text, tokens, sent_start, i + 1) {
            return false;
        }
        // walk back over closers to a terminal
        let mut k = i;
        // At most a few closers (”) or ”’): the bound keeps long runs of brackets linear.
        while k > sent_start
            && i - k < 4
            && is_closer_at(text, tokens, sent_start, k)
            && (tokens[k].span.start == tokens[k - 1].span.end
                || is_spaced_closer(tokens[k].text(text))
                || is_free_straight_quote(text, tokens, k))
        {
            k -= 1;
        }
        if k < i && is_terminal(tokens[k].text(text)) {
            return starts_sentence(doc, i + 1, false);
        }
        // An abbreviation's period closing a quote or bracket ends the sentence too: `"… the
        // U.S." Then`, but `(Acme Inc.) grew` and `“Dr.” Smith` do not.
        if k < i && ends_in_final_abbreviation(tokens[k], text) {
            return starts_sentence(doc, i + 1, false);
        }
        return false;
    }
    if is_emoticon(s) && i > sent_start {
        return next_s.chars().next().is_some_and(char::is_uppercase) && next.kind == TokenKind::Word;
    }
    if tok.kind == TokenKind::Word && s.ends_with('.') && is_abbreviation_token(s) {
        // A closer glued to the abbreviation decides after itself: `the U.S." Then`.
        if next.span.start == tok.span.end && is_closer_at(text, tokens, sent_start, i + 1) {
            return false;
        }
        let stem = &s[..s.len() - 1];
        let lower = stem.to_lowercase();
        // "St." after a capitalised name is a street ("Main St."), which may end a sentence; before
        // a name it is a saint ("St. Louis").
        let street = lower == "st"
            && i > sent_start
            && tokens[i - 1].kind == TokenKind::Word
            && tokens[i - 1].text(text).starts_with(char::is_uppercase);
        if is_nonfinal_abbreviation(&lower) && !street {
            // A personal title used as a noun may end a sentence, seen from a word that never
            // follows a title: "I saw the Gen. He nodded."
            return is_personal_title(&lower)
                && i > sent_start
                && matches!(
                    next_s,
                    "The" | "He" | "She" | "It" | "They" | "We" | "This" | "That" | "But" | "And" | "However"
                );
        }
        // A number-prefix abbreviation only keeps its period before a number ("No. 5").
        if abbreviation_class(&lower) == Some(AbbrevClass::NumberPrefix) {
            return false;
        }
        // "a.m."/"p.m." before a capitalised word ends the sentence, unless the word goes with
        // the time ("9 a.m. GMT", "3 p.m. Friday") or the sentence so far is only a fronted time
        // ("At 5 a.m. Mr. Smith left").
        if lower == "a.m" || lower == "p.m" {
            return starts_sentence(doc, i + 1, false)
                && !is_time_companion(next_s)
                && !is_fronted_time(text, tokens, sent_start, i);
        }
        // "etc." closes a list, far more often at the end of a sentence than before a name.
        if lower == "etc" {
            return next.is_wordlike() && next_s.chars().next().is_some_and(char::is_uppercase);
        }
        // An initial inside a name: "J. K. Rowling", "Albert I. Jones" – but "you and I. Did".
        if stem.chars().count() == 1 && stem.chars().all(char::is_uppercase) {
            let prev_is_name = i == sent_start || {
                let p = tokens[i - 1].text(text);
                // An initial after a comma starts a name in a list: "Campbell, S. Best".
                (p.chars().next().is_some_and(char::is_uppercase) && tokens[i - 1].kind == TokenKind::Word)
                    || (matches!(p, "," | "&") && stem != "I")
            };
            // Before a common sentence opener the letter ends a name: "World War I. But".
            if prev_is_name
                && next_s.chars().next().is_some_and(char::is_uppercase)
                && (i == sent_start || !is_sentence_opener(next_s))
            {
                return false;
            }
            return starts_sentence(doc, i + 1, false);
        }
        return is_sentence_opener(next_s);
    }
    false
}

/// Is token `k` part of a citation marker's content (`21`, `a`, `12, 13`, `1–3`, `citation
/// needed`)?
fn is_citation_part(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    t.kind == TokenKind::Number
        || matches!(s, "," | "–" | "-" | "—")
        || (s.len() <= 2 && s.chars().all(|c| c.is_ascii_lowercase()))
        || matches!(
            s,
            "citation"
                | "needed"
                | "sic"
                | "note"
                | "nb"
                | "clarification"
                | "verification"
                | "dubious"
                | "who"
                | "when"
        )
}

/// True when the `[` at `j` opens a citation marker that closes within a few tokens: `[21]`,
/// `[a]`, `[citation needed]`.
fn citation_close(text: &str, tokens: &[Token], j: usize) -> bool {
    for (k, t) in tokens.iter().enumerate().take(j + 6).skip(j + 1) {
        if t.text(text) == "]" {
            return k > j + 1;
        }
        if !is_citation_part(text, t) {
            return false;
        }
    }
    false
}

/// The `[` that opens the citation marker closed by the `]` at `i`, if it is one.
fn citation_open(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> Option<usize> {
    let mut k = i;
    while k > sent_start && i - k < 6 {
        k -= 1;
        let t = &tokens[k];
        if t.text(text) == "[" {
            return (k + 1 < i).then_some(k);
        }
        if !is_citation_part(text, t) {
            return None;
        }
    }
    None
}

/// True when the `]` at `i` closes a citation marker (or a run of them, `[3][4]`) written after
/// a full stop.
fn citation_after_stop(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
    let mut close = i;
    for _ in 0..4 {
        let Some(open) = citation_open(text, tokens, sent_start, close) else {
            return false;
        };
        if open == sent_start {
            return false;
        }
        let p = tokens[open - 1].text(text);
        if is_terminal(p) {
            return true;
        }
        if p != "]" {
            return false;
        }
        close = open - 1;
    }
    false
}

/// Titles of people (`Dr.`, `Gen.`), as against other non-final abbreviations (`e.g.`, `vs.`).
fn is_personal_title(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "col"
            | "lt"
            | "sgt"
            | "capt"
            | "maj"
            | "adm"
            | "gov"
            | "sen"
            | "rep"
            | "hon"
            | "pres"
            | "supt"
            | "insp"
            | "det"
    )
}

/// True for an abbreviation token with its period that may end a sentence (not a title).
fn ends_in_final_abbreviation(tok: Token, text: &str) -> bool {
    let s = tok.text(text);
    tok.kind == TokenKind::Word
        && s.ends_with('.')
        && is_abbreviation_token(s)
        && !is_nonfinal_abbreviation(&s[..s.len() - 1].to_lowercase())
}

/// Is token `k` a closing quote or bracket? German quotes close with the English opening marks:
/// `„Ja.“`, `‚Ja.‘`, so `“`/`‘` close when a low opening mark came earlier in the sentence (looked
/// for among the last 200 tokens, which keeps the check bounded).
fn is_closer_at(text: &str, tokens: &[Token], sent_start: usize, k: usize) -> bool {
    let s = tokens[k].text(text);
    if is_closing(s) {
        return true;
    }
    let opener = match s {
        "“" => "„",
        "‘" => "‚",
        _ => return false,
    };
    let from = sent_start.max(k.saturating_sub(200));
    tokens[from..k].iter().any(|t| t.text(text) == opener)
}

/// Closers that French typography writes after a (no-break) space: `« Je pars. »`.
fn is_spaced_closer(s: &str) -> bool {
    matches!(s, "»" | "›")
}

/// A straight quote standing alone between spaces after a terminal closes the quotation
/// (`options. " Then`); an opening one is glued to its first word (`left. "Go`).
fn is_free_straight_quote(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j];
    matches!(t.text(text), "\"" | "'" | "''")
        && j > 0
        && tokens[j - 1].span.end < t.span.start
        && tokens.get(j + 1).is_none_or(|n| n.span.start > t.span.end)
}

/// Emoticons the tokenizer keeps whole (`:)`, `:-(`, `;)`, `:D`, `<3`).
pub(crate) fn is_emoticon(s: &str) -> bool {
    crate::tokenize::is_emoticon(s)
}

/// True when the `.` at `i` closes a spaced ellipsis `. . .` of exactly three dots whose first dot
/// follows a space ("the thing is . . . I didn’t").
fn is_spaced_ellipsis_end(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    // Count back over dots separated by spaces (a bounded walk).
    while k > 0
        && i - k < 4
        && tokens[k - 1].text(text) == "."
        && tokens[k - 1].span.end < tokens[k].span.start
    {
        k -= 1;
    }
    let dots = i - k + 1;
    dots == 3 && (k == 0 || tokens[k - 1].span.end < tokens[k].span.start)
}

/// Words that go with a clock time: time zones (`GMT`, `ET`), days, months, "Eastern".
fn is_time_companion(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Eastern",
        "Pacific",
        "Central",
        "Mountain",
        "Greenwich",
        "Moscow",
        "Beijing",
        "Tokyo",
        "London",
        "Paris",
        "Berlin",
        "Jerusalem",
        "Gaza",
        "Kyiv",
        "Delhi",
        "Mecca",
        "Local",
    ];
    let upper_code = (2..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    upper_code || WORDS.contains(&s)
}

/// The sentence so far is a fronted clock time: "At 5 a.m.", "By 10.30 p.m.".
fn is_fronted_time(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
    const PREPS: &[&str] = &[
        "At", "By", "Until", "Till", "From", "Before", "After", "Around", "About", "Since", "Shortly", "Just",
    ];
    i - sent_start <= 4
        && PREPS.contains(&tokens[sent_start].text(text))
        && tokens[sent_start + 1..i].iter().all(|t| {
            t.kind == TokenKind::Number
                || matches!(t.text(text), "after" | "before" | "around" | "about" | "at")
        })
}

/// Marks the tokens that start items of an inline list: a marker (`b.`, `b)`, `2.`, `2)`) that
/// continues a sequence begun by `a.`/`1.` at the start of a line or after a full stop or colon,
/// and is followed by a capitalised word. One left-to-right pass.
fn inline_list_items(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    // (is_letter, value expected next)
    let mut expect: Option<(bool, u32)> = None;
    for j in 0..tokens.len() {
        let Some((letter, value, after)) = list_marker_at(text, tokens, j) else {
            continue;
        };
        let capital_follows = tokens
            .get(after)
            .is_some_and(|t| t.text(text).chars().next().is_some_and(char::is_uppercase));
        if !capital_follows {
            continue;
        }
        if expect == Some((letter, value)) {
            out[j] = true;
            expect = Some((letter, value + 1));
        } else if value == 1 {
            let at_start = j == 0 || {
                gap_breaks(text, tokens, j - 1) > 0
                    || matches!(tokens[j - 1].text(text), "." | ":" | "!" | "?")
            };
            if at_start {
                expect = Some((letter, 2));
            }
        }
    }
    out
}

/// A list marker at token `j`: (is it a letter, its value from 1, the token after it).
fn list_marker_at(text: &str, tokens: &[Token], j: usize) -> Option<(bool, u32, usize)> {
    let t = tokens[j];
    // Every marker below is one or two bytes: longer tokens (most) need no slicing.
    if t.span.end.saturating_sub(t.span.start) > 2 {
        return None;
    }
    let s = t.text(text);
    let glued = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.span.start == tokens[k - 1].span.end)
    };
    let closer = |k: usize| glued(k) && matches!(tokens[k].text(text), "." | ")");
    let b = s.as_bytes();
    // "b." is one token (an initial); "b)" is two.
    if b.len() == 2 && b[0].is_ascii_lowercase() && b[1] == b'.' {
        return Some((true, u32::from(b[0] - b'a') + 1, j + 1));
    }
    if b.len() == 1 && b[0].is_ascii_lowercase() && t.kind == TokenKind::Word && closer(j + 1) {
        return Some((true, u32::from(b[0] - b'a') + 1, j + 2));
    }
    if t.kind == TokenKind::Number
        && (1..=2).contains(&b.len())
        && b.iter().all(u8::is_ascii_digit)
        && closer(j + 1)
    {
        let v: u32 = s.parse().ok()?;
        let after = if closer(j + 2) { j + 3 } else { j + 2 };
        return Some((false, v, after));
    }
    None
}

/// True when the sentence so far (`tokens[sent_start..=i]`) is only a list marker: `1.`, `1.)`,
/// `2)`, `a.`, `(iv)`, `•`.
fn is_list_marker_only(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
    // Called for every token: past the first token, only a "." or ")" can still end a marker.
    if i > sent_start && !matches!(tokens[i].text(text), "." | ")") {
        return false;
    }
    let toks = &tokens[sent_start..=i];
    let mut k = 0;
    // optional bullet
    while k < toks.len() && matches!(toks[k].text(text), "•" | "⁃" | "-" | "*" | "–" | "·" | "(") {
        k += 1;
    }
    let Some(first) = toks.get(k) else { return false };
    let f = first.text(text);
    let marker = (first.kind == TokenKind::Number && f.len() <= 3 && f.bytes().all(|b| b.is_ascii_digit()))
        || (f.chars().count() == 1 && f.chars().all(|c| c.is_ascii_lowercase()))
        || (f.len() <= 4 && f.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
    let marker_with_dot = f.len() == 2 && f.ends_with('.') && f.starts_with(|c: char| c.is_ascii_lowercase());
    if !(marker || marker_with_dot) {
        return false;
    }
    toks[k + 1..].iter().all(|t| matches!(t.text(text), "." | ")"))
}

/// True when token `j` starts an inline list item `N.)` or `N)` followed by a capital.
fn starts_list_item(text: &str, tokens: &[Token], j: usize) -> bool {
    let Some(t) = tokens.get(j) else { return false };
    let s = t.text(text);
    if t.kind != TokenKind::Number || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let at = |k: usize| tokens.get(k).map(|t| t.text(text));
    let glued = |k: usize| {
        tokens
            .get(k)
            .zip(tokens.get(k - 1))
            .is_some_and(|(a, b)| a.span.start == b.span.end)
    };
    let after = match (at(j + 1), at(j + 2)) {
        (Some("."), Some(")")) if glued(j + 1) && glued(j + 2) => j + 3,
        (Some(")"), _) if glued(j + 1) => j + 2,
        _ => return false,
    };
    // Preceded by a word (not the start of the text) and followed by a capital.
    j > 0
        && tokens[j - 1].kind == TokenKind::Word
        && at(after).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
}

/// Does token `j` look like the start of a sentence? `bare_stop` says the boundary candidate is a
/// terminal with no closer, where caseless text may start a sentence in lower case.
fn starts_sentence(doc: &Doc, j: usize, bare_stop: bool) -> bool {
    let tok = &doc.tokens[j];
    let s = tok.text(doc.text);
    let Some(c) = s.chars().next() else { return false };
    if c.is_lowercase() {
        return doc.caseless && bare_stop && tok.kind == TokenKind::Word;
    }
    // A company suffix never opens a sentence: "Yahoo! Inc. said".
    if tok.kind == TokenKind::Word
        && matches!(
            s.trim_end_matches('.').to_ascii_lowercase().as_str(),
            "inc" | "corp" | "ltd" | "co" | "plc" | "llc"
        )
        && s.ends_with('.')
    {
        return false;
    }
    if matches!(tok.kind, TokenKind::Punct) {
        // Opening quotes, brackets, dashes of a list: yes; commas and the like: no.
        return matches!(
            c,
            '“' | '"'
                | '‘'
                | '\''
                | '`'
                | '('
                | '['
                | '«'
                | '„'
                | '¿'
                | '¡'
                | '-'
                | '—'
                | '–'
                | '•'
                | '*'
        );
    }
    true
}

const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "For",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "One",
    "Two",
    "However",
    "Meanwhile",
    "Also",
    "Still",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Last",
    "Earlier",
    "Later",
    "According",
    "Since",
    "Although",
    "Though",
    "Despite",
    "Officials",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Which",
    "Analysts",
    "Shares",
    "Investors",
    "Police",
    "Critics",
    "Experts",
    "Researchers",
    "Several",
    "Both",
    "Each",
    "Every",
    "Because",
    "Instead",
    "Overall",
    "Separately",
    "Asked",
    "Following",
    "Former",
    "During",
    "With",
    "From",
    "Such",
    "Another",
    "Other",
    "Thus",
    "Hence",
    "Indeed",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "Otherwise",
    "Here",
    "Mr",
    "Mrs",
    "Ms",
    "Besides",
];

fn is_sentence_opener(s: &str) -> bool {
    // "… chairman of Acme Co. Mr. Smith said": "Mr." never follows a company or country inside a
    // sentence ("U.S. Rep. Lewis" does, so only these titles).
    OPENERS.contains(&s) || matches!(s, "Mr." | "Mrs." | "Ms." | "Messrs.") || s.starts_with(['“', '"', '‘'])
}

/// Is a (single) line break after token `i` a sentence boundary?
fn line_break_is_boundary(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
    let tok = tokens[i];
    let s = tok.text(text);
    let next = &tokens[i + 1];
    let next_s = next.text(text);
    // A line that already ended with a terminal is handled by ends_sentence; still a boundary
    // when the next line starts lower-case? Keep the line break as the stronger signal only
    // when the next line starts like a sentence or a list item.
    let next_c = next_s.chars().next().unwrap_or(' ');
    let list_item = matches!(next_c, '-' | '*' | '•' | '–' | '—' | '·' | '>' | '#')
        || (next.kind == TokenKind::Number
            && tokens
                .get(i + 2)
                .is_some_and(|t| matches!(t.text(text), "." | ")")));
    if list_item {
        return true;
    }
    // A short line with no final punctuation is a title or a list entry ("features",
    // "contact manager"), whatever follows; a long one may be hard-wrapped prose.
    let line_start = {
        let mut k = i;
        while k > sent_start && gap_breaks(text, tokens, k - 1) == 0 {
            k -= 1;
        }
        k
    };
    let words_in_line = tokens[line_start..=i].iter().filter(|t| t.is_wordlike()).count();
    if words_in_line <= 2 && tokens[line_start..=i].iter().all(|t| t.is_wordlike()) && i + 1 - line_start <= 2
    {
        return true;
    }
    // Lines that end a sentence whatever follows, even without final punctuation or with a
    // final `:`, `,` or `-`: field lines, sign-offs and greetings, list items, short headers.
    let at_line_start = line_start == 0 || gap_breaks(text, tokens, line_start - 1) > 0;
    if at_line_start && line_ends_sentence(text, tokens, line_start, i, words_in_line) {
        return true;
    }
    if next_c.is_lowercase() {
        return false;
    }
    if matches!(s, "," | ";" | "-" | "–" | "(" | "&" | "/") {
        return false;
    }
    let lower = s.to_lowercase();
    const CONTINUES: &[&str] = &[
        "the", "a", "an", "of", "to", "by", "and", "or", "in", "on", "for", "with", "at", "from", "that",
        "as", "than", "but", "nor", "into", "its", "their", "his", "her", "said", "says", "is", "are", "was",
        "were", "be", "which", "who", "whose", "about", "over", "under", "between", "&",
    ];
    // A capitalised function word ends a Title Case headline: "Ministry Says\nThe toll rose".
    if CONTINUES.contains(&lower.as_str())
        && i > sent_start
        && !(i > line_start && s.starts_with(char::is_uppercase) && title_case(text, &tokens[line_start..=i]))
    {
        return false;
    }
    true
}

/// True for a line (`tokens[a..=b]`, starting a line) whose line break ends a sentence by its
/// own evidence:
/// - a field line: a field name and a glued colon (`From: Ann Lee`, `Subject: re: budget`,
///   `Betreff: …`, `Objet : …`);
/// - a sign-off (`Best regards,`, `Thanks,`, `Cheers`, `Mit freundlichen Grüßen`,
///   `Cordialement`) or a greeting (`Hi all,`, `Dear Ms Lee,`, `Hallo zusammen,`, `Bonjour,`)
///   of at most six words, capitalised;
/// - a list item (a bullet or `1.`/`a)` marker opens it) that does not end in `,`, `;`, a hyphen
///   or a function word;
/// - a short header ending in `:` (at most four words: `Key points:`, `Notes:`);
/// - a Title Case headline ending in a dash (`Weekly Update -`).
///
/// The sign-off, greeting and field names are the page vocabulary (`data/page/*.txt`).
fn line_ends_sentence(text: &str, tokens: &[Token], a: usize, b: usize, words_in_line: usize) -> bool {
    use crate::page::lexicon::{words, Cue, Lexicon};
    let first = tokens[a].text(text);
    let last = tokens[b].text(text);
    let lex = Lexicon::get();
    // A field line: "From: …", "Subject: …".
    if b > a && tokens[a].kind == TokenKind::Word && first.starts_with(char::is_uppercase) {
        let colon = &tokens[a + 1];
        if colon.text(text) == ":" && colon.span.start - tokens[a].span.end <= 1 {
            let name = first.to_lowercase();
            if lex.is_line(&name, Cue::Field) {
                return true;
            }
        }
    }
    // A list item opened by a bullet or marker.
    let bullet = matches!(first, "-" | "*" | "•" | "–" | "·" | "▪" | "●" | "◦")
        || (tokens[a].kind == TokenKind::Number
            && first.len() <= 2
            && tokens
                .get(a + 1)
                .is_some_and(|t| matches!(t.text(text), "." | ")")));
    if bullet && b > a {
        let open = matches!(last, "," | ";" | "-" | "–" | "&" | "/" | "(")
            || matches!(
                last.to_lowercase().as_str(),
                "the" | "a" | "an" | "of" | "to" | "and" | "or"
            );
        if !open {
            return true;
        }
    }
    if last == ":" && words_in_line <= 4 && b > a {
        return true;
    }
    if words_in_line <= 6 && first.starts_with(char::is_uppercase) {
        let line = Span::new(tokens[a].span.start, tokens[b].span.end).slice(text);
        let w = words(line);
        if lex.is_line(&w.norm, Cue::Signoff)
            || (matches!(last, "," | "!" | "-" | "–") || tokens[b].is_wordlike())
                && lex.prefix(&w, Cue::Greeting).is_some()
        {
            return true;
        }
    }
    if matches!(last, "-" | "–" | "—") && b > a + 1 && words_in_line <= 10 && title_case(text, &tokens[a..b])
    {
        return true;
    }
    false
}

/// True when most words after the first are capitalised (at least 60% of those with letters).
fn title_case(text: &str, line: &[Token]) -> bool {
    let (mut caps, mut total) = (0usize, 0usize);
    for t in line.iter().skip(1).filter(|t| t.kind == TokenKind::Word) {
        let Some(c) = t.text(text).chars().next() else {
            continue;
        };
        if !c.is_alphabetic() {
            continue;
        }
        total += 1;
        caps += usize::from(c.is_uppercase());
    }
    total >= 1 && caps * 5 >= total * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.span.slice(text)).collect()
    }

    macro_rules! s {
        ($name:ident, $text:expr, [$($s:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($s),*];
                assert_eq!(sents($text), expected);
            }
        };
    }

    s!(
        simple,
        "One. Two! Three? Four",
        ["One.", "Two!", "Three?", "Four"]
    );
    s!(
        rupee_amount,
        "It cost Rs. 300 crore. Then it fell.",
        ["It cost Rs. 300 crore.", "Then it fell."]
    );
    s!(
        abbreviations,
        "Mr. Smith met Dr. Jones on Jan. 5 in Washington.",
        ["Mr. Smith met Dr. Jones on Jan. 5 in Washington."]
    );
    s!(
        us_end,
        "He lives in the U.S. The rest stayed.",
        ["He lives in the U.S.", "The rest stayed."]
    );
    s!(us_mid, "The U.S. Army said no.", ["The U.S. Army said no."]);
    s!(
        eg,
        "Some cities, e.g. Paris, agreed.",
        ["Some cities, e.g. Paris, agreed."]
    );
    s!(
        initials,
        "J. K. Rowling wrote it. Then she left.",
        ["J. K. Rowling wrote it.", "Then she left."]
    );
    s!(
        decimals,
        "It rose 2.5 percent. Then 3.1.",
        ["It rose 2.5 percent.", "Then 3.1."]
    );
    s!(
        quotes,
        "He said “Stop.” Then he left.",
        ["He said “Stop.”", "Then he left."]
    );
    s!(quote_lower, "“Stop!” she said. Go.", ["“Stop!” she said.", "Go."]);
    s!(brackets, "(See above.) Next one.", ["(See above.)", "Next one."]);
    s!(
        ellipsis,
        "Well... Maybe not. Wait… and see.",
        ["Well...", "Maybe not.", "Wait… and see."]
    );
    s!(
        headline,
        "At Least 65,502 Palestinians Killed\nThe ministry said so.",
        ["At Least 65,502 Palestinians Killed", "The ministry said so."]
    );
    s!(
        wrapped,
        "The company said that it\nwould not comment on the\nMatter today.",
        ["The company said that it\nwould not comment on the\nMatter today."]
    );
    s!(
        list_items,
        "Results:\n- one item\n- two items",
        ["Results:", "- one item", "- two items"]
    );
    s!(
        url,
        "Read https://example.com/a.b?c=1. Next.",
        ["Read https://example.com/a.b?c=1.", "Next."]
    );
    s!(
        paragraphs,
        "First para\n\nsecond para",
        ["First para", "second para"]
    );
    s!(
        numbered_start,
        "It ended. 28 people died.",
        ["It ended.", "28 people died."]
    );
    s!(pm, "at 3 p.m. today. Then", ["at 3 p.m. today.", "Then"]);
    s!(cjk, "今日は晴れ。明日は雨。", ["今日は晴れ。", "明日は雨。"]);
    s!(spaced_guillemet, "« Oui. » Non.", ["« Oui. »", "Non."]);
    s!(smiley_after_stop, "Nice. :) Bye.", ["Nice. :)", "Bye."]);
    s!(lower_text, "ok. see you. bye", ["ok.", "see you.", "bye"]);

    fn paras(text: &str) -> Vec<&str> {
        split_paragraphs(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn paragraphs_crlf() {
        let text = "One.\r\nStill one.\r\n\r\n  Two.  \r\n";
        assert_eq!(paras(text), ["One.\r\nStill one.", "Two."]);
    }

    #[test]
    fn paragraphs_blank_lines_with_spaces() {
        let text = "One.\n \t\r\nTwo.";
        assert_eq!(paras(text), ["One.", "Two."]);
    }

    #[test]
    fn leading_and_trailing_blank_lines_do_not_count() {
        // Only leading/trailing blank lines: each boundary line break starts a paragraph.
        let text = "\n\n  Headline\nThe body.\nMore body.\n\n";
        assert_eq!(paras(text), ["Headline", "The body.", "More body."]);
        let ps: Vec<usize> = split_sentences(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(ps, [0, 1, 2]);
    }

    #[test]
    fn unicode_and_old_mac_line_breaks() {
        assert_eq!(paras("One.\u{2029}Two."), ["One.", "Two."]);
        assert_eq!(
            paras("One.\n\u{a0}\nTwo.\nStill two."),
            ["One.", "Two.\nStill two."]
        );
        assert_eq!(sents("Headline\rThe body."), ["Headline", "The body."]);
        assert_eq!(paras("A.\r\rB.\rC."), ["A.", "B.\rC."]);
    }

    #[test]
    fn paragraph_index_counts_blank_lines_only() {
        let text = "Title\nOne. Two.\n\nThree.";
        let ps: Vec<usize> = split_sentences(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(ps, [0, 0, 0, 1]);
    }

    #[test]
    fn empty() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences("  \n\n ").is_empty());
    }
}
