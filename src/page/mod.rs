//! A news page read as a page: lines, paragraphs and blocks with a [`BlockKind`], and the
//! document's own date and outlet.
//!
//! Scraped news text carries navigation, cookie banners, "Advertisement", share prompts,
//! bylines, datelines, captions and teasers for *other* articles. [`Page::parse`] labels every
//! line, in one pass, with spans into the original text (UTF-8 byte offsets:
//! `block.span.slice(text)` is the block's text), so the pipeline can tell a claim in the
//! article from a claim in a teaser ([`crate::PipelineConfig::boilerplate`]).
//!
//! ```
//! use claimsift::page::{BlockKind, Page};
//! let text = "Sections\n\nMinistry Reports 40 New Cases\n\nBy Jane Roe, City Herald\n\n\
//!             LONDON (Reuters) - Officials said 40 people fell ill on Tuesday.\n\n\
//!             Advertisement\n\nRelated: Hospital Opens 200-Bed Ward in Leeds\n\n\
//!             Source: https://example.com/2024/05/07/story";
//! let page = Page::parse(text);
//! let kinds: Vec<(&str, BlockKind)> = page.blocks.iter().map(|b| (b.span.slice(text), b.kind)).collect();
//! assert_eq!(kinds, [
//!     ("Sections", BlockKind::Boilerplate),
//!     ("Ministry Reports 40 New Cases", BlockKind::Headline),
//!     ("By Jane Roe, City Herald", BlockKind::Byline),
//!     ("LONDON (Reuters) -", BlockKind::Dateline),
//!     ("Officials said 40 people fell ill on Tuesday.", BlockKind::Body),
//!     ("Advertisement", BlockKind::Boilerplate),
//!     ("Related: Hospital Opens 200-Bed Ward in Leeds", BlockKind::Teaser),
//!     ("Source: https://example.com/2024/05/07/story", BlockKind::LinkLine),
//! ]);
//! assert_eq!(page.outlet.as_deref(), Some("Reuters"));
//! assert_eq!(page.date, chrono::NaiveDate::from_ymd_opt(2024, 5, 7));
//! ```
//!
//! # Lines, paragraphs, blocks
//!
//! A line ends at `\n`, `\r\n`, a lone `\r`, U+2028, U+0085, vertical tab or form feed; its span
//! leaves out the surrounding white space, and blank lines are not lines. Paragraphs are runs of
//! lines between blank lines (U+2029 counts as one). Every line is one block, except that a
//! dateline at the start of the first body line is a block of its own (`WASHINGTON (Reuters) -`
//! then the body), and consecutive body, quote or comment lines of one paragraph (hard-wrapped
//! prose) merge into one block. Blocks are in text order and never overlap.
//!
//! # Rules, in the order they are tried on a line
//!
//! The phrases are data: `data/page/{en,de,fr,es}.txt`, compiled into the crate, one table for
//! every language (pages mix them). Phrases match the line's words lower-cased with the
//! punctuation between them dropped (`Editor’s Choice:` is `editor's choice`); a `line` phrase
//! is the whole line, a `prefix` starts it, a `contains` phrase occurs in a line of at most 40
//! words.
//!
//! 0. A **date field opening a line** (`date 2023-09-09 Quake kills 820…`) is a
//!    [`BlockKind::Dateline`] of its own; the rest of the line is read as a line.
//! 1. **Comment-section headers** (`Comments`, `12 comments`, `Kommentare`, `Commentaires`) are
//!    [`BlockKind::Boilerplate`]; after the article's first body line, the lines after one are
//!    [`BlockKind::Comment`]s (boilerplate and links stay what they are).
//! 2. **Boilerplate lines**: a `line` phrase (`Advertisement`, `Read more`, `Sections`, `Share`,
//!    `Anzeige`, `Publicité`), a line of only symbols (`* * *`), or a short line with `©`.
//! 3. **Link lines**: at least half of the line's pieces are URLs ([`BlockKind::LinkLine`]).
//! 4. **Teasers**: a teaser label (`Editor's Choice`, `Related`, `Read also`, `More from`,
//!    `Lesen Sie auch`, `Lire aussi`, `Lee también`) before another article's headline, after a
//!    separator (`:`, `|`, `-`, `»`) or, for a label of two words or more, before a line shaped
//!    like a headline (`Read also Prices Rise Again`). A label alone or before `from …`
//!    (`Recommended from JTA`, `More from Reuters`) is boilerplate.
//! 5. **Boilerplate prefixes and phrases**: `Click here…`, `By using this site…`, `Subscribe to…`,
//!    `Follow us on…`, redirect and player notices (`You will shortly be re-directed…`,
//!    `Getting your Trinity Audio player ready…`), `…agree to our privacy policy…`.
//! 6. **Captions**: `Image caption…`, `Photo: …`, `…Getty Images`, `Bildunterschrift…`.
//! 7. **Bylines**: a byline cue (`By`, `Posted by`, `Von`, `Par`, `Por`) before a capitalised
//!    name, at most 16 words, no final full stop; or a line that is only a wire service
//!    (`Reuters`, `(dpa)`).
//! 8. **Date lines** ([`BlockKind::Dateline`]): a line of at most 15 words with a date after a
//!    cue (`Published 20 September 2017`, `Updated: 2023-09-09`, `date 2023-09-09`,
//!    `Veröffentlicht am 3. März 2023`, `Publié le 1er mars 2023`), or a short line (at most 10
//!    words, no final full stop) with a date (`Sep 9, 2023 10:15 AM ET`).
//! 9. **Quotes**: a line opening with `>` (a forum quote), or one quotation from its first
//!    character to its last (`“We will rebuild.”`).
//! 10. **List items**: a bullet (`•`, `-`, `*`, `▪`) or a marker (`1.`, `2)`, `a)`) and a space.
//! 11. **Headlines**: at most 25 words, no final `.`, `,`, `;` or `:` (a final `?` or `!` only in
//!     Title Case), and not hard-wrapped prose (the next line of the paragraph does not start in
//!     lower case, and the line before is not unfinished body text). Before the first body line
//!     such a line is a [`BlockKind::Headline`] (a standfirst counts); after it, a line in
//!     Title Case (at least 60% of the words after the first capitalised, small words aside) is
//!     a headline (a subhead), and a line in sentence case is a [`BlockKind::Caption`].
//! 12. Everything else is [`BlockKind::Body`]. The first body line may open with a **dateline**:
//!     up to 8 words before ` - `, ` – `, ` — ` (or `: ` after capitals only), in capitals,
//!     capitalised words, numbers, month names and one parenthesised outlet, with at least four
//!     capital letters or the parentheses: `WASHINGTON, March 3 (Reuters) -`, `(CNN) —`,
//!     `TEMPO.CO, Jakarta -`, `NEW DELHI:`.
//!
//! # Date and outlet
//!
//! [`document_date`] takes, in this order: a `Published`-style line or a date field (`Date:`,
//! `date 2023-09-09`); the dateline (a month and day without a year take the year of another
//! date on the page); a byline or a date line; an `Updated` line; a date in a URL (`/2025/jan/23/`) before the first body line or
//! on a source line (links inside the text point to other articles). [`document_outlet`]
//! takes the dateline's parenthesised outlet (`(Reuters)`, `(AP)`); then a byline's outlet
//! (`By Jane Roe, BBC News`, `By Jane Roe | Reuters`; a job title such as `Business reporter` is
//! skipped, and a one-word segment counts only when it is a wire service, in capitals or a
//! domain); then a source line (`This post was originally published on RT`, `Quelle: dpa`) or a
//! dateline that opens with a domain (`TEMPO.CO, Jakarta -`).
//!
//! ```
//! use claimsift::page::{document_date, document_outlet};
//! use chrono::NaiveDate;
//! let text = "PARIS, 3 mars (AFP) - La grève continue.\nPublié le 3 mars 2023 à 10h15";
//! assert_eq!(document_date(text), NaiveDate::from_ymd_opt(2023, 3, 3));
//! assert_eq!(document_outlet(text).as_deref(), Some("AFP"));
//! assert_eq!(document_outlet("By Jane Roe, Business reporter, BBC News\nText."), Some("BBC News".into()));
//! assert_eq!(document_date("No date here."), None);
//! ```

mod date;
pub(crate) mod lexicon;

use crate::span::Span;
use chrono::NaiveDate;
use lexicon::{words, Cue, Lexicon, LineCues, Words};
use serde::{Deserialize, Serialize};

/// What a block of a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A headline, standfirst or subhead: `Ministry Reports 40 New Cases`.
    Headline,
    /// A dateline or date line: `WASHINGTON (Reuters) -`, `Published 20 September 2017`.
    Dateline,
    /// A byline: `By Jane Roe, BBC News`, `Von Max Muster, dpa`.
    Byline,
    /// The article's text.
    Body,
    /// A photo caption or credit: `Image caption Rescuers at the site`, `Photo: Getty Images`.
    Caption,
    /// An item of a list: `• Prices rose`, `2) Wages fell`.
    ListItem,
    /// A line that is (mostly) a link: `https://example.com/story`.
    LinkLine,
    /// Site furniture: cookie, privacy and subscription notices, `Advertisement`, `Read more`,
    /// `Click here…`, share and follow prompts, player and redirect notices, section menus.
    Boilerplate,
    /// Another article's headline: `Editor's Choice: …`, `Related: …`, `Lire aussi : …`.
    Teaser,
    /// A quotation standing as a line: `> quoted post`, `“We will rebuild.”`.
    Quote,
    /// A reader's comment (a line after a comment-section header).
    Comment,
}

impl BlockKind {
    /// Every kind, in declaration order.
    pub const ALL: [BlockKind; 11] = [
        BlockKind::Headline,
        BlockKind::Dateline,
        BlockKind::Byline,
        BlockKind::Body,
        BlockKind::Caption,
        BlockKind::ListItem,
        BlockKind::LinkLine,
        BlockKind::Boilerplate,
        BlockKind::Teaser,
        BlockKind::Quote,
        BlockKind::Comment,
    ];

    /// The kind's name: `headline`, `dateline`, `byline`, `body`, `caption`, `list_item`,
    /// `link_line`, `boilerplate`, `teaser`, `quote`, `comment`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Body => "body",
            BlockKind::Caption => "caption",
            BlockKind::ListItem => "list_item",
            BlockKind::LinkLine => "link_line",
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::Teaser => "teaser",
            BlockKind::Quote => "quote",
            BlockKind::Comment => "comment",
        }
    }

    /// The kind named `s` (as [`BlockKind::as_str`] writes it).
    pub fn from_name(s: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// True for what is not the article's own text: boilerplate, link lines, teasers for other
    /// articles and readers' comments. `boilerplate="drop"` removes the claims in these blocks.
    pub fn is_off_article(self) -> bool {
        matches!(
            self,
            BlockKind::Boilerplate | BlockKind::LinkLine | BlockKind::Teaser | BlockKind::Comment
        )
    }
}

impl std::fmt::Display for BlockKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A block of a page: a span of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Byte span into the text (no surrounding white space).
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
    /// Index of the paragraph (into [`Page::paragraphs`]) that holds the block.
    pub paragraph: usize,
}

/// A page's structure: lines, paragraphs and blocks (byte spans, in text order), and the
/// document's date and outlet where the page states them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Non-blank lines, without surrounding white space.
    pub lines: Vec<Span>,
    /// Paragraphs: runs of lines between blank lines.
    pub paragraphs: Vec<Span>,
    /// Blocks, in text order.
    pub blocks: Vec<Block>,
    /// The document's date ([`document_date`]); serialised as `YYYY-MM-DD`.
    #[serde(default, with = "iso_date")]
    pub date: Option<NaiveDate>,
    /// The document's outlet, as written ([`document_outlet`]).
    #[serde(default)]
    pub outlet: Option<String>,
}

/// The document's date as the page states it (see the [module docs](self) for the order of
/// evidence), or `None`.
///
/// ```
/// use chrono::NaiveDate;
/// let text = "WASHINGTON, March 3 (Reuters) - The Senate voted.\nUpdated: 2023-03-04";
/// assert_eq!(claimsift::page::document_date(text), NaiveDate::from_ymd_opt(2023, 3, 3));
/// ```
pub fn document_date(text: &str) -> Option<NaiveDate> {
    Page::parse(text).date
}

/// The document's outlet as the page names it (`Reuters` from `(Reuters)`, `BBC News` from
/// `By Jane Roe, BBC News`), or `None`.
pub fn document_outlet(text: &str) -> Option<String> {
    Page::parse(text).outlet
}

impl Page {
    /// Reads the structure of `text` in one pass over its lines.
    pub fn parse(text: &str) -> Page {
        Reader::new(text).run()
    }

    /// The block holding byte offset `at`, if any (offsets between blocks hold none).
    pub fn block_at(&self, at: usize) -> Option<&Block> {
        let k = self.blocks.partition_point(|b| b.span.start <= at);
        let b = self.blocks.get(k.checked_sub(1)?)?;
        (at < b.span.end || (at == b.span.end && b.span.is_empty())).then_some(b)
    }

    /// The kind of the block holding byte offset `at`, if any.
    pub fn kind_at(&self, at: usize) -> Option<BlockKind> {
        self.block_at(at).map(|b| b.kind)
    }
}

/// `Option<NaiveDate>` as an ISO `YYYY-MM-DD` string (chrono is built without its serde feature).
mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(&d.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Option<NaiveDate>, D::Error> {
        let s: Option<String> = Option::deserialize(de)?;
        s.map(|s| s.parse::<NaiveDate>().map_err(serde::de::Error::custom))
            .transpose()
    }
}

// ------------------------------------------------------------------------------------------

/// A non-blank line: its trimmed span and paragraph.
#[derive(Debug, Clone, Copy)]
struct RawLine {
    span: Span,
    para: usize,
}

/// Non-blank lines with their paragraph index, in one byte scan.
fn split_lines(text: &str) -> Vec<RawLine> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut para = 0usize;
    let mut blank_since_last = false;
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |s: usize, e: usize, out: &mut Vec<RawLine>, blank: &mut bool, para: &mut usize| {
        let raw = &text[s..e];
        let t = raw.trim_start();
        let lead = raw.len() - t.len();
        let t = t.trim_end();
        if t.is_empty() {
            *blank = true;
            return;
        }
        if *blank && !out.is_empty() {
            *para += 1;
        }
        *blank = false;
        out.push(RawLine {
            span: Span::new(s + lead, s + lead + t.len()),
            para: *para,
        });
    };
    // Only `\n`, `\r` and the first byte of U+2028/U+2029 can start a break in most text: jump
    // between them with a vectorised search. Text with a vertical tab, form feed or U+0085 is
    // read byte by byte.
    let rare = memchr::memchr2(0x0b, 0x0c, b).is_some() || memchr::memmem::find(b, &[0xC2, 0x85]).is_some();
    while i < b.len() {
        if !rare {
            match memchr::memchr3(b'\n', b'\r', 0xE2, &b[i..]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let (brk, paragraph_sep) = match b[i] {
            b'\n' | b'\x0b' | b'\x0c' => (1, false),
            b'\r' => (if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }, false),
            0xC2 if b.get(i + 1) == Some(&0x85) => (2, false),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(&0xA8) | Some(&0xA9)) => {
                (3, b[i + 2] == 0xA9)
            }
            _ => (0, false),
        };
        if brk == 0 {
            i += 1;
            continue;
        }
        push(start, i, &mut out, &mut blank_since_last, &mut para);
        if paragraph_sep {
            blank_since_last = true;
        }
        i += brk;
        start = i;
    }
    push(start, b.len(), &mut out, &mut blank_since_last, &mut para);
    out
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '।' | '؟' | '۔' | '։' | '።' | '။'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | '»' | ')' | ']' | '›' | '“')
}

/// The line's last mark, looking through closing quotes and brackets.
fn last_mark(s: &str) -> Option<char> {
    s.trim_end_matches(is_closer).chars().next_back()
}

fn first_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_url_piece(p: &str) -> bool {
    let p = p.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | '"' | '\''));
    p.contains("://") || p.starts_with("www.")
}

/// Share of the words after the first that are capitalised (small words aside); 1 for a line
/// of one word.
fn title_ratio(s: &str, w: &Words, lex: &Lexicon) -> f32 {
    let (mut caps, mut total) = (0u32, 0u32);
    for (k, &(a, _)) in w.spans.iter().enumerate().skip(1) {
        let Some(c) = s[a..].chars().next() else { continue };
        if !c.is_alphabetic() || lex.is_line(w.word(k), Cue::Minor) {
            continue;
        }
        total += 1;
        caps += u32::from(c.is_uppercase());
    }
    if total == 0 {
        1.0
    } else {
        caps as f32 / total as f32
    }
}

fn headline_shaped(s: &str, w: &Words, lex: &Lexicon) -> bool {
    if w.len() == 0 || w.len() > 25 || s.len() > 250 {
        return false;
    }
    match last_mark(s) {
        Some('.' | ',' | ';' | ':' | '…') => false,
        Some(c) if is_terminal(c) => title_ratio(s, w, lex) >= 0.6,
        _ => true,
    }
}

/// The line's words without a count at either end (`12 comments` → `comments`).
fn uncounted(w: &Words) -> &str {
    let n = w.len();
    if !w.whole() {
        return &w.norm;
    }
    let digits = |k: usize| w.word(k).bytes().all(|b| b.is_ascii_digit());
    if n >= 2 && digits(0) {
        return w.rest(1);
    }
    if n >= 2 && digits(n - 1) {
        return w.first(n - 1);
    }
    &w.norm
}

/// A navigation trail or menu: at least three short parts between `>`, `›`, `»`, `|`, `/`, `•`
/// or `·` (`Home > World > Asia`, `News | Sport | Weather`).
fn is_nav(s: &str, nw: usize) -> bool {
    if nw > 12 || is_url_piece(s) {
        return false;
    }
    let parts: Vec<&str> = s
        .split(['>', '›', '»', '|', '/', '•', '·'])
        .map(str::trim)
        .collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 3 && !p.ends_with('.'))
}

/// A teaser label standing alone: `Related`, `Most read`, `Mehr zum Thema`, `Lire aussi`.
fn is_teaser_label(w: &Words, lc: &LineCues) -> bool {
    let n = uncounted(w).split(' ').count();
    lc.prefix(Cue::Teaser).is_some_and(|k| k >= n)
}

fn is_list_item(s: &str) -> bool {
    let mut cs = s.chars();
    let Some(c) = cs.next() else { return false };
    if matches!(
        c,
        '•' | '▪' | '●' | '◦' | '‣' | '■' | '·' | '*' | '-' | '–' | '—' | '→' | '►' | '✓' | '✔'
    ) {
        return cs.next().is_some_and(char::is_whitespace);
    }
    // "1. ", "12) ", "a) ", "(a) ", "(iv) "
    let t = s.strip_prefix('(').unwrap_or(s);
    let marker_len = t
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_digit() || c.is_ascii_lowercase())
        .count();
    if marker_len == 0 || marker_len > 3 {
        return false;
    }
    let m = &t[..marker_len];
    let ok = m.bytes().all(|b| b.is_ascii_digit())
        || m.len() == 1
        || m.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    let rest = &t[marker_len..];
    ok && (rest.starts_with(". ") || rest.starts_with(") "))
}

fn is_whole_quote(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !matches!(first, '“' | '"' | '«' | '„' | '‘') {
        return false;
    }
    let t = s.trim_end_matches(['.', ',']);
    // One quotation: two double quote marks in all (`“…,” he said. “…”` is body text).
    let marks = s
        .chars()
        .filter(|c| matches!(c, '“' | '”' | '"' | '«' | '»' | '„'))
        .count();
    (marks == 2 || (marks == 0 && first == '‘'))
        && t.chars().count() > 2
        && t.chars()
            .next_back()
            .is_some_and(|c| matches!(c, '”' | '"' | '»' | '“' | '’'))
}

/// Splits a byline's text into segments: commas, bars, slashes, brackets, dashes and `for`.
fn segments(s: &str) -> Vec<&str> {
    let mut segs = vec![s];
    for sep in [" - ", " – ", " — ", " for ", " für ", " pour ", " para "] {
        segs = segs.into_iter().flat_map(|x| x.split(sep)).collect();
    }
    segs.into_iter()
        .flat_map(|x| x.split([',', '|', '/', '(', ')', '·', '•', ';']))
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

/// A one-word outlet must look like one: a wire service, capitals (`CNN`), or a domain.
fn plausible_outlet(seg: &str, w: &Words, lex: &Lexicon) -> bool {
    if lex.is_line(&w.norm, Cue::Agency) {
        return true;
    }
    if !first_upper(seg) || w.len() > 5 || seg.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if lex.contains(&w.norm, Cue::Role) {
        return false;
    }
    w.len() >= 2 || seg.contains('.') || seg.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// The outlet of a byline whose cue takes `k` words.
fn byline_outlet<'t>(s: &'t str, w: &Words, k: usize, lex: &Lexicon) -> Option<&'t str> {
    let rest = &s[w.spans.get(k - 1)?.1..];
    for (i, seg) in segments(rest).into_iter().enumerate() {
        let sw = words(seg);
        if sw.len() == 0 {
            continue;
        }
        if lex.is_line(&sw.norm, Cue::Agency) {
            return Some(seg);
        }
        if i > 0 && plausible_outlet(seg, &sw, lex) {
            return Some(seg);
        }
    }
    None
}

/// A dateline at the start of a body line.
struct Dateline<'t> {
    /// Bytes of the line the dateline takes (up to and including its dash or colon).
    len: usize,
    outlet: Option<&'t str>,
    domain_outlet: Option<&'t str>,
    date: Option<date::Found>,
}

fn dateline<'t>(s: &'t str, lex: &Lexicon) -> Option<Dateline<'t>> {
    let mut cut = s.len().min(120);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let b = head.as_bytes();
    // Separators in one pass: " - ", " – ", " — ", " ― ", " -- ", ".- ", ".— " (the first of
    // them) and ": " (the first).
    // (position, separator length, is a colon)
    type Sep = Option<(usize, usize, bool)>;
    let (mut dash, mut colon): (Sep, Sep) = (None, None);
    for (i, c) in head.char_indices() {
        if dash.is_none() && matches!(c, '-' | '–' | '—' | '―') && i > 0 && matches!(b[i - 1], b' ' | b'.')
        {
            let mut end = i + c.len_utf8();
            if c == '-' && b[i - 1] == b' ' && b.get(end) == Some(&b'-') {
                end += 1;
            }
            let dot_dash = b[i - 1] == b'.' && matches!(c, '-' | '—');
            if b.get(end) == Some(&b' ') && (b[i - 1] == b' ' || dot_dash) {
                dash = Some((i - 1, end + 1 - (i - 1), false));
            }
        } else if colon.is_none() && c == ':' && b.get(i + 1) == Some(&b' ') {
            colon = Some((i, 2, true));
        }
        if dash.is_some() && colon.is_some() {
            break;
        }
    }
    let mut cands: Vec<(usize, usize, bool)> = dash.into_iter().chain(colon).collect();
    cands.sort();
    for (pos, sep_len, is_colon) in cands {
        let prefix = head[..pos].trim();
        if let Some(d) = dateline_prefix(prefix, is_colon, lex) {
            return Some(Dateline {
                len: pos + sep_len.saturating_sub(1),
                ..d
            });
        }
    }
    None
}

fn dateline_prefix<'t>(prefix: &'t str, colon: bool, lex: &Lexicon) -> Option<Dateline<'t>> {
    let c0 = prefix.chars().next()?;
    if !(c0.is_uppercase() || c0 == '(') {
        return None;
    }
    // One parenthesised outlet: "(Reuters)", "(AP)".
    let (outside, paren): (String, Option<&str>) = match (prefix.find('('), prefix.find(')')) {
        (Some(a), Some(b)) if a < b => {
            let inner = prefix[a + 1..b].trim();
            let agency = lex.is_line(&words(inner).norm, Cue::Agency);
            if inner.is_empty()
                || inner.chars().any(|c| c.is_ascii_digit())
                || !(first_upper(inner) || agency)
            {
                return None;
            }
            (format!("{} {}", &prefix[..a], &prefix[b + 1..]), Some(inner))
        }
        (None, None) => (prefix.to_string(), None),
        _ => return None,
    };
    let pieces: Vec<&str> = outside.split_whitespace().collect();
    if pieces.len() > 8 || (pieces.is_empty() && paren.is_none()) {
        return None;
    }
    let mut caps = 0usize;
    for p in &pieces {
        let core = p.trim_matches(|c: char| matches!(c, ',' | ';' | '.'));
        if core.is_empty() || core.chars().all(|c| c.is_ascii_digit()) || matches!(core, "de" | "del" | "di")
        {
            continue;
        }
        // A newswire between slashes: "/PRNewswire/".
        if core.len() > 2 && core.starts_with('/') && core.ends_with('/') {
            continue;
        }
        if lex.month(&core.to_lowercase()).is_some() {
            continue;
        }
        let letters: Vec<char> = core.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() || !letters[0].is_uppercase() {
            return None;
        }
        if letters.iter().all(|c| c.is_uppercase()) {
            caps += letters.len();
        } else if colon {
            return None;
        }
    }
    if caps < 4 && paren.is_none() {
        return None;
    }
    let slash_outlet = prefix
        .split_whitespace()
        .map(|p| p.trim_matches(|c: char| matches!(c, ',' | ';')))
        .find(|p| p.len() > 2 && p.starts_with('/') && p.ends_with('/'))
        .map(|p| p.trim_matches('/'));
    let first_seg = prefix.split(',').next().unwrap_or("").trim();
    let domain_outlet = (first_seg.contains('.')
        && !first_seg.ends_with('.')
        && first_seg
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase))
    .then_some(first_seg);
    Some(Dateline {
        len: 0,
        outlet: paren.or(slash_outlet),
        domain_outlet,
        date: date::find(prefix),
    })
}

/// The length of a date field that opens a longer line (`date 2023-09-09 …`, `Date: 9 Sep
/// 2023 | …`): the cue and an ISO date right after it.
fn leading_date_field(s: &str, w: &Words, lc: &LineCues) -> Option<usize> {
    let k = lc.prefix(Cue::DateField)?;
    let &(_, cue_end) = w.spans.get(k - 1)?;
    let rest = s[cue_end..].trim_start_matches([':', ' ', '\t']);
    let b = rest.as_bytes();
    let iso = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && b.get(10).is_none_or(|&c| c == b' ' || c == b'\t');
    if !iso || b.len() == 10 {
        return None;
    }
    let len = s.len() - rest.len() + 10;
    date::find_full(&s[..len]).map(|_| len)
}

/// Evidence kept with its rank (lower wins; the first of a rank wins).
struct Best<T> {
    rank: u8,
    value: Option<T>,
}

impl<T> Best<T> {
    fn new() -> Self {
        Best {
            rank: u8::MAX,
            value: None,
        }
    }
    fn offer(&mut self, rank: u8, v: Option<T>) {
        if let Some(v) = v {
            if rank < self.rank {
                self.rank = rank;
                self.value = Some(v);
            }
        }
    }
}

struct Reader<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    lines: Vec<RawLine>,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str) -> Self {
        Reader {
            text,
            lex: Lexicon::get(),
            lines: split_lines(text),
        }
    }

    fn run(self) -> Page {
        let (text, lex) = (self.text, self.lex);
        let mut page = Page {
            lines: self.lines.iter().map(|l| l.span).collect(),
            ..Page::default()
        };
        for l in &self.lines {
            match page.paragraphs.get_mut(l.para) {
                Some(p) => p.end = l.span.end,
                None => page.paragraphs.push(l.span),
            }
        }
        let mut dates: Best<NaiveDate> = Best::new();
        let mut month_day: Option<(u32, u32)> = None;
        let mut outlet: Best<&str> = Best::new();
        let mut seen_body = false;
        let mut in_comments = false;
        let mut teaser_run = false;
        let mut w = Words::default();
        let mut prev_kind: Option<BlockKind> = None;
        for (li, line) in self.lines.iter().enumerate() {
            let mut line = *line;
            let mut s = line.span.slice(text);
            lexicon::words_into(s, &mut w);
            let mut lc = lex.line_cues(s, &w);
            // A date field before the line's own text ("date 2023-09-09 Quake kills 820") is a
            // date line of its own; the rest is read as a line.
            if let Some(len) = leading_date_field(s, &w, &lc) {
                dates.offer(0, date::find_full(&s[..len]));
                let rest = s[len..].trim_start();
                let cut = line.span.start + len;
                page.blocks.push(Block {
                    span: Span::new(line.span.start, cut),
                    kind: BlockKind::Dateline,
                    paragraph: line.para,
                });
                if rest.is_empty() {
                    prev_kind = Some(BlockKind::Dateline);
                    continue;
                }
                line.span = Span::new(line.span.end - rest.len(), line.span.end);
                s = rest;
                lexicon::words_into(s, &mut w);
                lc = lex.line_cues(s, &w);
            }
            let same_para = |j: usize| self.lines.get(j).filter(|n| n.para == line.para);
            let next = same_para(li + 1).map(|n| n.span.slice(text));
            let prev_same = li > 0 && self.lines[li - 1].para == line.para;
            let prev_unfinished = prev_same
                && prev_kind == Some(BlockKind::Body)
                && last_mark(self.lines[li - 1].span.slice(text))
                    .is_some_and(|c| !is_terminal(c) && c != ':');
            let short = w.len() <= 15;

            // Evidence for the date and outlet, whatever the line turns out to be.
            if short {
                if lc.prefix(Cue::Published).is_some() {
                    dates.offer(0, date::find_full(s));
                }
                if lc.prefix(Cue::DateField).is_some() {
                    dates.offer(0, date::find_full(s));
                }
                if lc.prefix(Cue::Updated).is_some() {
                    dates.offer(3, date::find_full(s));
                }
                if let Some(k) = lc.prefix(Cue::Outlet) {
                    let rest = s[w.spans[k - 1].1..]
                        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–'));
                    // The name ends at a sentence end or a separator: "Source: Irish Times. Full results".
                    let end = [". ", " | ", " - ", " – ", "; "]
                        .iter()
                        .filter_map(|p| rest.find(p))
                        .min()
                        .unwrap_or(rest.len());
                    let rest = rest[..end].trim_end_matches(|c: char| c.is_whitespace() || is_terminal(c));
                    let rw = words(rest);
                    if (1..=6).contains(&rw.len())
                        && (first_upper(rest) || lex.is_line(&rw.norm, Cue::Agency))
                    {
                        outlet.offer(2, Some(rest));
                    }
                }
            }
            // A URL's date is the page's own only in the header or a source line: links in the
            // text point to other (older) articles.
            if lc.url && (!seen_body || lc.prefix(Cue::Outlet).is_some()) {
                for piece in s.split_whitespace().filter(|p| is_url_piece(p)) {
                    dates.offer(5, date::find_full(piece));
                }
            }

            let mut kind = self.classify(s, &w, &lc, next, prev_unfinished, seen_body, &mut in_comments);
            if in_comments && !matches!(kind, BlockKind::Boilerplate | BlockKind::LinkLine) {
                kind = BlockKind::Comment;
            }
            // After a teaser label in or after the article ("Related", "Most read", "Mehr zum
            // Thema"), headline-shaped lines are other articles' headlines, until body text.
            if teaser_run {
                match kind {
                    BlockKind::Headline | BlockKind::ListItem => kind = BlockKind::Teaser,
                    BlockKind::Body => teaser_run = false,
                    _ => {}
                }
            }
            if seen_body && kind == BlockKind::Boilerplate && is_teaser_label(&w, &lc) {
                teaser_run = true;
            }
            match kind {
                BlockKind::Byline => {
                    if let Some(k) = lc.prefix(Cue::Byline) {
                        outlet.offer(1, byline_outlet(s, &w, k, lex));
                    } else if lex.is_line(&w.norm, Cue::Agency) {
                        let bare = s.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'));
                        outlet.offer(1, Some(bare));
                    }
                    dates.offer(2, date::find_full(s));
                }
                BlockKind::Dateline => dates.offer(2, date::find_full(s)),
                _ => {}
            }
            let mut spans = [(line.span, kind), (Span::default(), kind)];
            let mut n = 1;
            if kind == BlockKind::Body && !seen_body {
                if let Some(d) = dateline(s, lex) {
                    outlet.offer(0, d.outlet);
                    outlet.offer(2, d.domain_outlet);
                    match d.date {
                        Some(date::Found::Full(x)) => dates.offer(1, Some(x)),
                        Some(date::Found::MonthDay(m, day)) => month_day = Some((m, day)),
                        None => {}
                    }
                    let cut = line.span.start + d.len;
                    let body = text[cut..line.span.end].trim_start();
                    let body_start = line.span.end - body.len();
                    spans[0] = (Span::new(line.span.start, cut), BlockKind::Dateline);
                    if !body.is_empty() {
                        spans[1] = (Span::new(body_start, line.span.end), BlockKind::Body);
                        n = 2;
                    }
                }
            }
            if kind == BlockKind::Body {
                seen_body = true;
            }
            for &(span, k) in &spans[..n] {
                let mergeable = matches!(k, BlockKind::Body | BlockKind::Quote | BlockKind::Comment);
                match page.blocks.last_mut() {
                    Some(b) if mergeable && b.kind == k && b.paragraph == line.para && prev_same => {
                        b.span.end = span.end
                    }
                    _ => page.blocks.push(Block {
                        span,
                        kind: k,
                        paragraph: line.para,
                    }),
                }
            }
            prev_kind = Some(kind);
        }
        // A dateline's month and day take the year of another date on the page.
        if dates.rank > 1 {
            if let (Some((m, d)), Some(other)) = (month_day, dates.value) {
                use chrono::Datelike;
                dates.offer(1, NaiveDate::from_ymd_opt(other.year(), m, d));
            }
        }
        page.date = dates.value;
        page.outlet = outlet.value.map(|o| o.trim().to_string());
        page
    }

    // The line and its context, passed apart: a struct for one call site would only rename them.
    #[allow(clippy::too_many_arguments)]
    fn classify(
        &self,
        s: &str,
        w: &Words,
        lc: &LineCues,
        next: Option<&str>,
        prev_unfinished: bool,
        seen_body: bool,
        in_comments: &mut bool,
    ) -> BlockKind {
        let lex = self.lex;
        let nw = w.len();
        // 1. comment-section headers ("Comments", "12 comments")
        // A count before or after a label does not change it: "12 comments", "Like (3)".
        let core = uncounted(w);
        if lex.is_line(core, Cue::Comments) {
            // Comments follow the article: a "Comments" button above it starts nothing.
            *in_comments |= seen_body;
            return BlockKind::Boilerplate;
        }
        // 2. boilerplate lines, navigation trails ("Home > World > Asia")
        if nw == 0 || lex.is_line(core, Cue::Boilerplate) || (nw <= 20 && s.contains('©')) || is_nav(s, nw) {
            return BlockKind::Boilerplate;
        }
        // 3. link lines
        if lc.url {
            let (mut pieces, mut urls) = (0usize, 0usize);
            for p in s.split_whitespace() {
                pieces += 1;
                urls += usize::from(is_url_piece(p));
            }
            if urls > 0 && urls * 2 >= pieces {
                return BlockKind::LinkLine;
            }
        }
        // 4. teasers
        if let Some(k) = lc.prefix(Cue::Teaser) {
            let rest = s[w.spans[k - 1].1..].trim_start();
            let sep = rest.starts_with([':', '|', '-', '–', '—', '»', '›', '>', '/', '•']);
            let rest_words = nw - k;
            let from = matches!(
                w.word(k.min(nw - 1)),
                "from" | "von" | "aus" | "de" | "du" | "des" | "del"
            );
            if rest_words == 0 || (from && k < nw) || rest_words < 2 {
                return BlockKind::Boilerplate;
            }
            let body = rest.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '|' | '-' | '–' | '—' | '»' | '›' | '>' | '/' | '•')
            });
            if sep || (k >= 2 && headline_shaped(body, &words(body), lex)) {
                return BlockKind::Teaser;
            }
        }
        // 5. boilerplate prefixes and phrases
        if lc.prefix(Cue::Boilerplate).is_some() || lc.contains(Cue::Boilerplate) {
            return BlockKind::Boilerplate;
        }
        // 6. captions
        if let Some(k) = lc.prefix(Cue::Caption) {
            let rest = s[w.spans[k - 1].1..].trim_start();
            if k >= 2 || rest.is_empty() || rest.starts_with([':', '|', '-', '–', '—', '/']) {
                return BlockKind::Caption;
            }
        }
        if lc.contains(Cue::Caption) {
            return BlockKind::Caption;
        }
        // 7. bylines
        if lex.is_line(&w.norm, Cue::Agency) && nw <= 3 {
            return BlockKind::Byline;
        }
        if let Some(k) = lc.prefix(Cue::Byline) {
            let after = s[w.spans.get(k).map_or(s.len(), |x| x.0)..].trim_start();
            let ends_stop = last_mark(s).is_some_and(|c| matches!(c, '.' | '!' | '?'));
            // A one-word cue ("By", "Von", "Par") needs a capitalised name after it; "Posted by"
            // also takes a user name in lower case.
            let named = k >= 2 || first_upper(after) || lex.is_line(w.word(k.min(nw - 1)), Cue::Agency);
            if k < nw && nw <= 16 && !ends_stop && named {
                return BlockKind::Byline;
            }
        }
        let no_stop = !last_mark(s).is_some_and(|c| matches!(c, '.' | '!' | '?'));
        // A source line ("Source: Kyodo News") and a name with a job title ("Ann Lee Social
        // affairs correspondent") before the body.
        if nw <= 8 && no_stop && lc.prefix(Cue::Outlet).is_some() {
            return BlockKind::Byline;
        }
        if !seen_body && nw <= 8 && no_stop && nw >= 2 && lex.contains(w.rest(1), Cue::Role) {
            return BlockKind::Byline;
        }
        // 8. date lines
        if nw <= 15 {
            let cued = lc.prefix(Cue::Published).is_some()
                || lc.prefix(Cue::Updated).is_some()
                || lc.prefix(Cue::DateField).is_some();
            // "Updated 2 hours ago": a stamp without a date.
            if cued && nw <= 6 && no_stop {
                return BlockKind::Dateline;
            }
            // A bare date line is mostly the date: at most one longer word that names no month
            // ("Tuesday 14 March 2023, 10:15 GMT").
            let bare = nw <= 10
                && last_mark(s) != Some('.')
                && (0..w.normed())
                    .filter(|&k| {
                        let x = w.word(k);
                        x.chars().count() > 3 && x.chars().all(char::is_alphabetic) && lex.month(x).is_none()
                    })
                    .count()
                    <= 1;
            if (cued || bare) && date::find_full(s).is_some() {
                return BlockKind::Dateline;
            }
        }
        // 9. quotes
        if s.starts_with('>') || is_whole_quote(s) {
            return BlockKind::Quote;
        }
        // 10. list items
        if is_list_item(s) {
            return BlockKind::ListItem;
        }
        // 11. headlines, standfirsts, subheads, captions
        let wrapped =
            prev_unfinished || next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        if !wrapped && headline_shaped(s, w, lex) && (!seen_body || title_ratio(s, w, lex) >= 0.6) {
            return BlockKind::Headline;
        }
        // A short header line: "Highlights:", "Media contact:".
        if !wrapped && nw <= 5 && last_mark(s) == Some(':') {
            return BlockKind::Headline;
        }
        BlockKind::Body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_paragraphs() {
        let text = "  One\r\nTwo  \n\n \nThree\u{2029}Four\u{2028}Five";
        let p = Page::parse(text);
        let lines: Vec<&str> = p.lines.iter().map(|s| s.slice(text)).collect();
        assert_eq!(lines, ["One", "Two", "Three", "Four", "Five"]);
        let paras: Vec<&str> = p.paragraphs.iter().map(|s| s.slice(text)).collect();
        assert_eq!(paras, ["One\r\nTwo", "Three", "Four\u{2028}Five"]);
    }

    #[test]
    fn block_lookup() {
        let text = "Advertisement\nPrices rose 5% on Monday.";
        let p = Page::parse(text);
        assert_eq!(p.kind_at(0), Some(BlockKind::Boilerplate));
        assert_eq!(p.kind_at(text.find("5%").unwrap()), Some(BlockKind::Body));
        assert_eq!(p.kind_at(text.len()), None);
        assert_eq!(Page::parse("").blocks.len(), 0);
    }

    #[test]
    fn serde_round_trip() {
        let p = Page::parse("Published 20 September 2017\n\nBy Ann Lee, The Daily Star\n\nText here.");
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2017, 9, 20));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"2017-09-20\""), "{json}");
        let back: Page = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        for k in BlockKind::ALL {
            assert_eq!(BlockKind::from_name(k.as_str()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
        }
    }
}
