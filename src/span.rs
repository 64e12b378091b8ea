//! Byte spans and the one byte → code-point converter.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a UTF-8 text, always on `char` boundaries.
///
/// `&text[span.start..span.end]` is the span's text. Python sees code-point offsets instead;
/// the bindings convert once per document with [`bytes_to_chars`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span. `start <= end` is the caller's promise (checked in debug builds).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    /// True for an empty span.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end == self.start
    }
    /// The span's text.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside `self`.
    #[inline]
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Rewrites sorted (non-decreasing) byte offsets of `text`, all on char boundaries, as code-point
/// offsets, in one forward pass. ASCII text needs no work.
///
/// ```
/// let text = "a’b";
/// let mut offs = [0, 1, 4, 5];
/// claimsift::span::bytes_to_chars(text, &mut offs);
/// assert_eq!(offs, [0, 1, 2, 3]);
/// ```
pub fn bytes_to_chars(text: &str, sorted: &mut [usize]) {
    if text.is_ascii() {
        return;
    }
    let bytes = text.as_bytes();
    let (mut byte, mut chars) = (0usize, 0usize);
    for off in sorted.iter_mut() {
        let target = *off;
        debug_assert!(target >= byte, "offsets must be sorted");
        // Count the bytes that start a code point (everything but 0b10xxxxxx).
        chars += bytes[byte..target]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        byte = target;
        *off = chars;
    }
}

/// A reusable converter for offsets that are *not* sorted: records where the non-ASCII chars
/// are (none in ASCII text, a few in most news text) and answers with a binary search over them.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offsets of the non-ASCII chars, in order.
    starts: Vec<usize>,
    /// `extra[k]`: continuation bytes of the first `k + 1` non-ASCII chars.
    extra: Vec<usize>,
}

impl CharIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        let (mut starts, mut extra) = (Vec::new(), Vec::new());
        let bytes = text.as_bytes();
        let mut total = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            // ASCII runs are skipped 32 bytes at a time (`is_ascii` reads words).
            if bytes.len() - i >= 32 && bytes[i..i + 32].is_ascii() {
                i += 32;
                continue;
            }
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            // a lead byte (i is always at a char boundary): 2, 3 or 4 bytes long
            let len = (b.leading_ones() as usize).clamp(2, 4);
            total += len - 1;
            starts.push(i);
            extra.push(total);
            i += len;
        }
        CharIndex { starts, extra }
    }
    /// Code-point offset of byte offset `b` (a char boundary).
    #[inline]
    pub fn char_offset(&self, b: usize) -> usize {
        match self.starts.partition_point(|&s| s < b) {
            0 => b,
            k => b - self.extra[k - 1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_sorted() {
        let text = "İß a’b 😀x";
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut conv = bounds.clone();
        bytes_to_chars(text, &mut conv);
        assert_eq!(conv, (0..=text.chars().count()).collect::<Vec<_>>());
        let idx = CharIndex::new(text);
        for (ci, b) in bounds.iter().enumerate() {
            assert_eq!(idx.char_offset(*b), ci);
        }
        // non-ASCII chars before, inside and after 32-byte ASCII runs
        let long = format!("é{}£{}😀 end", "a".repeat(40), "b".repeat(70));
        let idx = CharIndex::new(&long);
        for (ci, (b, _)) in long.char_indices().enumerate() {
            assert_eq!(idx.char_offset(b), ci);
        }
        assert_eq!(idx.char_offset(long.len()), long.chars().count());
        assert_eq!(CharIndex::new("plain").char_offset(5), 5);
    }
}
