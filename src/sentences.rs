//! Rule-based sentence and paragraph splitting over tokens.
//!
//! # Rules
//!
//! A sentence ends:
//! - after `.`, `!`, `?`, `…`, `...` (and `。！？।؟`), together with any closing quotes and
//!   brackets that follow, when the next token starts a sentence: an upper-case or uncased letter,
//!   a digit, an opening quote or bracket, a currency sign. A lower-case continuation (`“Go!” she
//!   said`, `3 p.m. today`) does not start a sentence.
//! - after an abbreviation token (`U.S.`, `Inc.`, `etc.`) only when the next word is a common
//!   sentence opener (`The`, `He`, `But`, …); never after a title or other non-final abbreviation
//!   (`Dr.`, `Mr.`, `Jan.`, `No.`, `e.g.`) or an initial before a capitalised name (`J. Smith`).
//! - at a blank line (a paragraph break), always.
//! - at a single line break when the next line starts like a sentence (capital, digit, quote,
//!   bullet) and the line before does not visibly continue (ends in `,`, `;`, a hyphen, or a
//!   function word such as `the` or `of`). Headlines, datelines, section titles, list items and
//!   "Read more" boilerplate lines become sentences of their own; hard-wrapped prose does not.
//!
//! Sentences never split inside a token, so URLs, decimals and e-mails are safe. Sentence spans run
//! from their first token's start to their last token's end: no leading or trailing whitespace.

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

fn has_blank_line(text: &str) -> bool {
    let mut in_blank = false;
    let mut seen_nl = false;
    for &b in text.as_bytes() {
        match b {
            b'\n' => {
                if seen_nl && in_blank {
                    return true;
                }
                seen_nl = true;
                in_blank = true;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => in_blank = false,
        }
    }
    false
}

/// Splits into sentences given the tokens of `text` (from [`crate::tokenize::tokenize`]).
pub fn sentences_from_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    if tokens.is_empty() {
        return out;
    }
    let blank_lines_mark_paragraphs = has_blank_line(text);
    let mut para = 0usize;
    let mut sent_start = 0usize;
    for i in 0..tokens.len() - 1 {
        let (tok, next) = (&tokens[i], &tokens[i + 1]);
        // The gap holds only whitespace, so two line breaks in it make a blank line.
        let newlines = text.as_bytes()[tok.span.end..next.span.start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        let blank = newlines >= 2;
        let line_boundary = newlines > 0 && line_break_is_boundary(text, tokens, sent_start, i);
        let para_break = if blank_lines_mark_paragraphs {
            blank
        } else {
            line_boundary
        };
        if para_break || line_boundary || ends_sentence(text, tokens, sent_start, i) {
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
        "." | "!" | "?" | "…" | "。" | "！" | "？" | "।" | "؟" | "‼" | "⁇" | "⁈" | "⁉"
    ) || (s.len() >= 3 && s.bytes().all(|b| b == b'.'))
}

fn is_closing(s: &str) -> bool {
    matches!(
        s,
        "”" | "\"" | "’" | "'" | "»" | ")" | "]" | "}" | "›" | "」" | "』" | "）"
    )
}

/// Does the sentence end after token `i` (not counting line breaks)?
fn ends_sentence(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
    let tok = tokens[i];
    let s = tok.text(text);
    let next = &tokens[i + 1];
    let next_s = next.text(text);
    // An inline list item starts here: "… the first item 2.) The second item".
    if starts_list_item(text, tokens, i + 1)
        && i + 1 > sent_start
        && !is_list_marker_only(text, tokens, sent_start, i)
    {
        return true;
    }
    // Closing quote/bracket after a terminal: the boundary comes after the closer.
    if is_terminal(s) {
        if is_closing(next_s) || is_terminal(next_s) {
            // Only when the closer is glued (no space), or it is another terminal.
            if next.span.start == tok.span.end {
                return false;
            }
        }
        // "1." or "a." opening a list item is not a sentence.
        if is_list_marker_only(text, tokens, sent_start, i) {
            return false;
        }
        // "N°. 5", "No. 5": a period before a number after a number sign.
        if s == "." && i > 0 && matches!(tokens[i - 1].text(text), "°" | "º" | "#") {
            return false;
        }
        return starts_sentence(text, tokens, i + 1);
    }
    if is_closing(s) && i > sent_start {
        // walk back over closers to a terminal
        let mut k = i;
        // At most a few closers (”) or ”’): the bound keeps long runs of brackets linear.
        while k > sent_start
            && i - k < 4
            && is_closing(tokens[k].text(text))
            && tokens[k].span.start == tokens[k - 1].span.end
        {
            k -= 1;
        }
        if k < i && is_terminal(tokens[k].text(text)) {
            if is_list_marker_only(text, tokens, sent_start, i) {
                return false;
            }
            return starts_sentence(text, tokens, i + 1);
        }
        return false;
    }
    if tok.kind == TokenKind::Word && s.ends_with('.') && is_abbreviation_token(s) {
        let stem = &s[..s.len() - 1];
        let lower = stem.to_lowercase();
        if is_nonfinal_abbreviation(&lower) {
            return false;
        }
        // A number-prefix abbreviation only keeps its period before a number ("No. 5").
        if abbreviation_class(&lower) == Some(AbbrevClass::NumberPrefix) {
            return false;
        }
        // An initial inside a name: "J. K. Rowling", "Albert I. Jones" – but "you and I. Did".
        if stem.chars().count() == 1 && stem.chars().all(char::is_uppercase) {
            let prev_is_name = i == sent_start || {
                let p = tokens[i - 1].text(text);
                p.chars().next().is_some_and(char::is_uppercase) && tokens[i - 1].kind == TokenKind::Word
            };
            if prev_is_name && next_s.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
            return starts_sentence(text, tokens, i + 1);
        }
        return is_sentence_opener(next_s);
    }
    false
}

/// True when the sentence so far (`tokens[sent_start..=i]`) is only a list marker: `1.`, `1.)`,
/// `2)`, `a.`, `(iv)`, `•`.
fn is_list_marker_only(text: &str, tokens: &[Token], sent_start: usize, i: usize) -> bool {
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

/// Does token `j` look like the start of a sentence?
fn starts_sentence(text: &str, tokens: &[Token], j: usize) -> bool {
    let tok = &tokens[j];
    let s = tok.text(text);
    let Some(c) = s.chars().next() else { return false };
    if c.is_lowercase() {
        return false;
    }
    if matches!(tok.kind, TokenKind::Punct) {
        // Opening quotes, brackets, dashes of a list: yes; commas and the like: no.
        return matches!(
            c,
            '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '„' | '¿' | '¡' | '-' | '—' | '–' | '•' | '*'
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
];

fn is_sentence_opener(s: &str) -> bool {
    OPENERS.contains(&s) || s.starts_with(['“', '"', '‘'])
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
        while k > sent_start && !text[tokens[k - 1].span.end..tokens[k].span.start].contains('\n') {
            k -= 1;
        }
        k
    };
    let words_in_line = tokens[line_start..=i].iter().filter(|t| t.is_wordlike()).count();
    if words_in_line <= 2 && tokens[line_start..=i].iter().all(|t| t.is_wordlike()) && i + 1 - line_start <= 2
    {
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
    if CONTINUES.contains(&lower.as_str()) && i > sent_start {
        return false;
    }
    true
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

    #[test]
    fn empty() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences("  \n\n ").is_empty());
    }
}
