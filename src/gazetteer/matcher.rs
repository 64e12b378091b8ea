//! The matcher: a trie over unit keys, walked from every unit of the text.
//!
//! Why a token trie and not a byte automaton (aho-corasick, daachorse): matches must start and
//! end on unit boundaries, stems are per token, case sensitivity is per alias, and
//! possessives/joiners are decided on neighbouring units. A trie whose edges are interned unit
//! keys does all of that natively, needs one hash lookup per text unit (plus one per extra step of
//! a live match), and its pattern table serialises as plain integers that rebuild in a few
//! hash inserts each.

use super::flat::FlatTable;
use super::units::{self, RawUnit};
use super::{CaseMode, Entity, Mention, OverlapPolicy};
use crate::lang::Lang;
use crate::span::Span;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// A small, fast, non-cryptographic hasher (the rustc "Fx" hash). Keys are our own unit strings
/// and integers; no untrusted party picks them to collide on purpose in a way that matters more
/// than a slower scan.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply only carries low input bits upwards; hashbrown picks buckets with the
        // low bits, so fold the high half down (otherwise trie edges, which keep the node in
        // the high bits, all collide).
        let h = self.0;
        (h ^ (h >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (h >> 29)
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// No id.
pub(crate) const NONE: u32 = u32::MAX;
/// Stem ids live in their own half of the id space.
pub(crate) const STEM_BIT: u32 = 1 << 30;

/// Output flags.
pub(crate) const F_SENSITIVE: u8 = 1;
pub(crate) const F_STEM: u8 = 2;
pub(crate) const F_POSSESSIVE: u8 = 4;

/// One pattern (an alias, normalised) and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Output {
    pub entity: u32,
    pub alias: u32,
    pub flags: u8,
    /// Into `Matcher::keys` (and `Matcher::exact` when sensitive): `len` units.
    pub start: u32,
    pub len: u32,
    /// Into `Matcher::exact` (only for sensitive aliases).
    pub exact_start: u32,
}

/// The built matcher.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    /// Plain unit keys → id (`< STEM_BIT`).
    pub words: Interner,
    /// Stems → id (`| STEM_BIT`).
    pub stems: Interner,
    /// Trie edges: `node << 33 | id << 1 | space_before`.
    pub edges: FlatTable<u64>,
    pub n_nodes: u32,
    /// Outputs per node (CSR: `out_start[node]..out_start[node + 1]`).
    pub out_start: Vec<u32>,
    /// A blocked Bloom filter over the edges that leave non-root nodes (one `u64` word per key,
    /// two bits in it). It is small enough to stay in cache; most probes of a live match fail,
    /// and the filter turns those away without touching the (large) edge table. Derived in
    /// [`Matcher::finish`].
    pub edge_bloom: Vec<u64>,
    pub outputs: Vec<Output>,
    /// Unit keys of every pattern, `id << 1 | space_before` (the first unit's space bit is 0).
    pub keys: Vec<u64>,
    /// Exact (case-preserving) unit forms of the case-sensitive patterns.
    pub exact: Vec<Box<str>>,
    pub has_stem: bool,
    pub max_key_len: usize,
    /// Identifies this matcher's content for the per-thread stem cache.
    pub uid: u64,
    /// Children of the root by unit id (dense: one array access instead of a hash lookup for the
    /// first unit of every candidate match).
    pub root_words: Vec<u32>,
    pub root_stems: Vec<u32>,
}

#[inline]
fn edge(node: u32, key: u64) -> u64 {
    ((node as u64) << 33) | key
}

/// Word index and two-bit mask of edge `e` in a Bloom filter of `words` words (a power of two).
#[inline]
fn bloom_pos(e: u64, words: usize) -> (usize, u64) {
    let h = (e ^ (e >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let h = h ^ (h >> 32);
    let w = (h as usize) & (words - 1);
    let bits = (1u64 << ((h >> 52) & 63)) | (1u64 << ((h >> 58) & 63));
    (w, bits)
}

/// Packs a key of at most 15 bytes, with its length in the top byte (so packing is injective).
#[inline]
pub(crate) fn pack(s: &[u8]) -> Option<u128> {
    if s.len() > 15 {
        return None;
    }
    let mut b = [0u8; 16];
    b[..s.len()].copy_from_slice(s);
    b[15] = s.len() as u8;
    Some(u128::from_le_bytes(b))
}

const BYTES_HI: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
const BYTES_ONE: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;

/// [`pack`] of the ASCII-lower-cased `bytes[start..start + n]` (`n <= 15`), or `None` when those
/// bytes are not all ASCII. Loads the bytes as one word and lower-cases all of them at once.
#[inline]
pub(crate) fn pack_lower_ascii(bytes: &[u8], start: usize, n: usize) -> Option<u128> {
    debug_assert!(n <= 15);
    let mut a = [0u8; 16];
    match bytes.get(start..start + 16) {
        Some(w) => a.copy_from_slice(w),
        None => a[..n].copy_from_slice(&bytes[start..start + n]),
    }
    let v = u128::from_le_bytes(a) & ((1u128 << (8 * n)) - 1);
    if v & BYTES_HI != 0 {
        return None;
    }
    // Every byte is below 0x80, so neither sum carries into the next byte: the high bit of a
    // byte of `ge_a` is set iff it is at least `A`, that of `gt_z` iff it is above `Z`.
    let ge_a = v + BYTES_ONE * 0x3F;
    let gt_z = v + BYTES_ONE * 0x25;
    let upper = ge_a & !gt_z & BYTES_HI;
    Some((v | (upper >> 2)) | ((n as u128) << 120))
}

/// Strings → dense ids. Keys of up to 15 bytes (nearly all words) live inline in the hash
/// table as one `u128`, so a lookup needs no pointer chase and no `memcmp`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interner {
    pub short: FlatTable<u128>,
    pub long: FxMap<Box<str>, u32>,
    /// id (without the namespace bit) → string.
    pub list: Vec<Box<str>>,
    pub bit: u32,
}

impl Interner {
    pub fn new(bit: u32) -> Self {
        Interner {
            bit,
            ..Default::default()
        }
    }
    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        let id = self.get(s);
        if id != NONE {
            return id;
        }
        let id = self.list.len() as u32 | self.bit;
        match pack(s.as_bytes()) {
            Some(p) => {
                self.short.get_or_insert(p, id);
            }
            None => {
                self.long.insert(s.into(), id);
            }
        }
        self.list.push(s.into());
        id
    }
    /// The id of `s`, or [`NONE`].
    #[inline]
    pub fn get(&self, s: &str) -> u32 {
        match pack(s.as_bytes()) {
            Some(p) => self.get_packed(p),
            None => self.long.get(s).copied().unwrap_or(NONE),
        }
    }
    #[inline]
    pub fn get_packed(&self, p: u128) -> u32 {
        self.short.get(p)
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
    pub fn reserve(&mut self, n: usize) {
        if self.short.len() == 0 {
            self.short = FlatTable::with_capacity(n);
        }
        self.list.reserve(n);
    }
    pub fn shrink(&mut self) {
        self.short.shrink();
        self.long.shrink_to_fit();
    }
}

/// Default options a gazetteer applies to aliases without their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Defaults {
    pub case: CaseMode,
    pub stem: bool,
    pub possessive: bool,
}

impl Matcher {
    /// A matcher with no patterns.
    pub fn empty() -> Matcher {
        static NEXT_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Matcher {
            n_nodes: 1,
            words: Interner::new(0),
            stems: Interner::new(STEM_BIT),
            uid: NEXT_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ..Default::default()
        }
    }

    /// Builds the matcher for `entities` (aliases already final).
    pub fn build(entities: &[Entity], d: Defaults, lang: Lang) -> Matcher {
        let stemmer = lang.stemmer();
        let mut m = Matcher::empty();
        let n_aliases: usize = entities.iter().map(|e| e.aliases.len()).sum();
        m.edges = FlatTable::with_capacity(n_aliases + n_aliases / 2);
        m.words.reserve(n_aliases);
        let mut pending: Vec<(u32, Output)> = Vec::with_capacity(n_aliases);
        let mut key = String::new();
        let mut ex = String::new();
        let mut raw: Vec<RawUnit> = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            for (ai, a) in e.aliases.iter().enumerate() {
                let (case, stem, possessive) = match &a.options {
                    Some(o) => (o.case, o.stem, o.possessive),
                    None => (d.case, d.stem, d.possessive),
                };
                raw.clear();
                units::for_each_unit(&a.text, |u| raw.push(u));
                if raw.is_empty() {
                    continue;
                }
                let sensitive = match case {
                    CaseMode::Sensitive => true,
                    CaseMode::Insensitive => false,
                    CaseMode::Auto => units::is_all_caps(&a.text),
                };
                let start = m.keys.len() as u32;
                let exact_start = m.exact.len() as u32;
                for (k, u) in raw.iter().enumerate() {
                    let s = &a.text[u.start..u.end];
                    key.clear();
                    units::push_key(s, &mut key);
                    m.max_key_len = m.max_key_len.max(key.len());
                    let id = if stem && u.word {
                        m.has_stem = true;
                        let st = stemmer.stem(&key);
                        m.stems.intern(&st)
                    } else {
                        m.words.intern(&key)
                    };
                    let space = (k > 0 && u.space_before) as u64;
                    m.keys.push(((id as u64) << 1) | space);
                    if sensitive {
                        ex.clear();
                        units::push_exact(s, &mut ex);
                        m.exact.push(ex.as_str().into());
                    }
                }
                let flags = (sensitive as u8 * F_SENSITIVE)
                    | (stem as u8 * F_STEM)
                    | (possessive as u8 * F_POSSESSIVE);
                let out = Output {
                    entity: ei as u32,
                    alias: ai as u32,
                    flags,
                    start,
                    len: raw.len() as u32,
                    exact_start: if sensitive { exact_start } else { NONE },
                };
                let node = m.insert_path(start as usize, raw.len());
                pending.push((node, out));
            }
        }
        m.finish(pending);
        m
    }

    /// Walks/extends the trie along `keys[start..start + len]`; returns the last node.
    pub fn insert_path(&mut self, start: usize, len: usize) -> u32 {
        let mut node = 0u32;
        for k in start..start + len {
            let key = self.keys[k];
            let next = self.n_nodes;
            let child = self.edges.get_or_insert(edge(node, key), next);
            if child == next {
                self.n_nodes += 1;
            }
            node = child;
        }
        node
    }

    /// Sorts the outputs by node, then entity, then alias, and lays them out per node.
    pub fn finish(&mut self, mut pending: Vec<(u32, Output)>) {
        pending.sort_unstable_by_key(|(n, o)| (*n, o.entity, o.alias));
        let mut out_start = vec![0u32; self.n_nodes as usize + 1];
        for (n, _) in &pending {
            out_start[*n as usize + 1] += 1;
        }
        for i in 1..out_start.len() {
            out_start[i] += out_start[i - 1];
        }
        self.out_start = out_start;
        self.outputs = pending.into_iter().map(|(_, o)| o).collect();
        self.words.shrink();
        self.stems.shrink();
        self.edges.shrink();
        let inner = self.edges.iter().filter(|(k, _)| k >> 33 != 0).count();
        // About 16 bits per edge: a false-positive rate near 1%.
        let words = (inner / 4).max(1).next_power_of_two();
        self.edge_bloom = vec![0u64; words];
        for (k, _) in self.edges.iter() {
            if k >> 33 != 0 {
                let (w, bits) = bloom_pos(k, words);
                self.edge_bloom[w] |= bits;
            }
        }
        self.root_words = vec![NONE; self.words.len()];
        self.root_stems = vec![NONE; self.stems.len()];
        for (k, child) in self.edges.iter() {
            if k >> 33 == 0 {
                let id = (k >> 1) as u32;
                if id & STEM_BIT != 0 {
                    self.root_stems[(id & !STEM_BIT) as usize] = child;
                } else {
                    self.root_words[id as usize] = child;
                }
            }
        }
    }

    /// May the edge `e` (leaving a non-root node) exist? False means it does not.
    #[inline]
    fn may_have_edge(&self, e: u64) -> bool {
        let (w, bits) = bloom_pos(e, self.edge_bloom.len());
        self.edge_bloom[w] & bits == bits
    }

    #[inline]
    fn root_child(&self, id: u32) -> u32 {
        if id == NONE {
            NONE
        } else if id & STEM_BIT != 0 {
            self.root_stems[(id & !STEM_BIT) as usize]
        } else {
            self.root_words[id as usize]
        }
    }

    /// Every output with its node.
    pub fn outputs_with_nodes(&self) -> impl Iterator<Item = (u32, &Output)> + '_ {
        (0..self.n_nodes).flat_map(move |n| self.outputs_of(n).iter().map(move |o| (n, o)))
    }

    #[inline]
    fn outputs_of(&self, node: u32) -> &[Output] {
        let a = self.out_start[node as usize] as usize;
        let b = self.out_start[node as usize + 1] as usize;
        &self.outputs[a..b]
    }
}

const STEM_CACHE_SLOTS: usize = 1 << 14;

/// A per-thread, direct-mapped cache of unit ids and stem ids for short ASCII words, each slot
/// tagged with the matcher it belongs to (so several gazetteers used on one thread never see
/// each other's ids, and switching costs nothing). News text repeats its words: the cache
/// (2 × 512 KiB) mostly stays in L2 where the key tables (tens of MB for a large gazetteer)
/// miss on most lookups, and it skips the stemmer, by far the slowest step with stems.
#[derive(Default)]
struct StemCache {
    slots: Vec<Slot>,
}

/// 32 bytes: a packed key (as two `u64`, so the slot is 8-aligned), its unit id and stem id.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    lo: u64,
    hi: u64,
    id: u32,
    /// Stem id; only meaningful for words of a matcher with stems.
    stem: u32,
    /// The matcher's uid (0: empty; matchers with uids past `u32::MAX` do not use the cache).
    tag: u32,
    /// The root's child for `id` (saves a cache miss in the dense root table).
    root: u32,
}

#[cfg(test)]
mod pack_tests {
    use super::*;

    #[test]
    fn pack_lower_ascii_agrees_with_pack() {
        let text = "Hello, WORLD! @[`{ azAZ09 Zürich x New-York \u{7f}\u{1}";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for n in 0..=15.min(b.len() - start) {
                let s = &b[start..start + n];
                let want = if s.is_ascii() {
                    pack(&s.to_ascii_lowercase())
                } else {
                    None
                };
                assert_eq!(pack_lower_ascii(b, start, n), want, "{start} {n}");
            }
        }
        let all: Vec<u8> = (0u8..128).collect();
        for start in 0..all.len() {
            let n = 15.min(all.len() - start);
            let s = &all[start..start + n];
            assert_eq!(pack_lower_ascii(&all, start, n), pack(&s.to_ascii_lowercase()));
        }
    }
}

#[inline]
fn cache_slot(p: u128) -> usize {
    use super::flat::FlatKey;
    (p.mix() >> (64 - STEM_CACHE_SLOTS.trailing_zeros())) as usize
}

thread_local! {
    static STEM_CACHE: std::cell::RefCell<StemCache> = std::cell::RefCell::new(StemCache::default());
}

/// A unit of the text being scanned.
#[derive(Debug, Clone, Copy)]
struct TUnit {
    start: usize,
    end: usize,
    id: u32,
    stem: u32,
    /// The root's child for `id`.
    root: u32,
    flags: u8,
}

const U_WORD: u8 = 1;
const U_SPACE: u8 = 2;
const U_JOINER: u8 = 4;
const U_APOS: u8 = 8;
const U_CLITIC: u8 = 16;
const U_S: u8 = 32;

impl TUnit {
    #[inline]
    fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }
}

/// Reusable scratch space for scanning.
#[derive(Default)]
pub(crate) struct Scratch {
    units: Vec<TUnit>,
    key: String,
    cands: Vec<(usize, Output)>,
    pairs: Vec<(u32, u32)>,
    shared: SharedCandidates,
}

impl Matcher {
    fn units(&self, text: &str, lang: Lang, s: &mut Scratch) {
        // Short texts: not worth touching the cache.
        if text.len() < 256 || self.uid >= u32::MAX as u64 {
            return self.units_with(text, lang, s, None);
        }
        STEM_CACHE.with(|c| match c.try_borrow_mut() {
            Ok(mut c) => {
                if c.slots.is_empty() {
                    c.slots = vec![Slot::default(); STEM_CACHE_SLOTS];
                }
                self.units_with(text, lang, s, Some(&mut c));
            }
            Err(_) => self.units_with(text, lang, s, None),
        })
    }

    fn units_with(&self, text: &str, lang: Lang, s: &mut Scratch, mut cache: Option<&mut StemCache>) {
        let tag = self.uid as u32;
        let bytes = text.as_bytes();
        let stemmer = if self.has_stem { Some(lang.stemmer()) } else { None };
        let mut skip_until = 0usize;
        let units = &mut s.units;
        let key = &mut s.key;
        units.clear();
        units.reserve(text.len() / 4 + 1);
        units::for_each_unit(text, |u| {
            let mut flags = 0u8;
            if u.word {
                flags |= U_WORD;
            }
            if u.space_before {
                flags |= U_SPACE;
            }
            let (mut id, mut stem, mut root) = (NONE, NONE, NONE);
            if u.start < skip_until {
                units.push(TUnit {
                    start: u.start,
                    end: u.end,
                    id,
                    stem,
                    root: NONE,
                    flags,
                });
                return;
            }
            if u.word && u.space_before && units::url_at(bytes, u.start) {
                skip_until = units::chunk_end(text, u.start);
                units.push(TUnit {
                    start: u.start,
                    end: u.end,
                    id,
                    stem,
                    root: NONE,
                    flags,
                });
                return;
            }
            let s = &bytes[u.start..u.end];
            // ASCII units of up to 15 bytes (nearly all): pack the lower-cased bytes directly.
            let packed = if s.len() <= 15 {
                pack_lower_ascii(bytes, u.start, s.len())
            } else {
                None
            };
            if let Some(p) = packed {
                let b = p.to_le_bytes();
                let k = &b[..s.len()];
                if u.word {
                    if k.len() <= 2 {
                        if matches!(k, b"s" | b"re" | b"ll" | b"ve" | b"m" | b"d") {
                            flags |= U_CLITIC;
                        }
                        if k == b"s" {
                            flags |= U_S;
                        }
                    }
                } else if matches!(k, b"'" | b"." | b"&" | b"_") {
                    flags |= U_JOINER;
                    if k == b"'" {
                        flags |= U_APOS;
                    }
                }
                let ci = cache_slot(p);
                let (lo, hi) = (p as u64, (p >> 64) as u64);
                let fill = |k: &[u8]| -> (u32, u32, u32) {
                    let id = self.words.get_packed(p);
                    let stem = match (&stemmer, u.word) {
                        (Some(st), true) => self
                            .stems
                            .get(st.stem(std::str::from_utf8(k).unwrap_or("")).as_ref()),
                        _ => NONE,
                    };
                    (id, stem, self.root_child(id))
                };
                (id, stem, root) = match cache.as_deref_mut() {
                    Some(c) => {
                        let slot = &mut c.slots[ci];
                        if slot.lo != lo || slot.hi != hi || slot.tag != tag {
                            let (id, stem, root) = fill(k);
                            *slot = Slot {
                                lo,
                                hi,
                                id,
                                stem,
                                tag,
                                root,
                            };
                        }
                        (slot.id, slot.stem, slot.root)
                    }
                    None => fill(k),
                };
            } else {
                key.clear();
                units::push_key(&text[u.start..u.end], key);
                if u.word && units::is_clitic_key(key) {
                    flags |= U_CLITIC;
                    if key == "s" {
                        flags |= U_S;
                    }
                }
                if !u.word && units::is_joiner_key(key) {
                    flags |= U_JOINER;
                    if key == "'" {
                        flags |= U_APOS;
                    }
                }
                if key.len() <= self.max_key_len {
                    id = self.words.get(key);
                    root = self.root_child(id);
                }
                // A stem can be shorter than any alias word even when the word is longer.
                if u.word {
                    if let Some(st) = &stemmer {
                        stem = self.stems.get(st.stem(key).as_ref());
                    }
                }
            }
            units.push(TUnit {
                start: u.start,
                end: u.end,
                id,
                stem,
                root,
                flags,
            });
        });
    }

    /// May a match start at unit `i`?
    #[inline]
    fn start_ok(u: &[TUnit], i: usize) -> bool {
        let cur = u[i];
        if i == 0 || cur.has(U_SPACE) {
            return true;
        }
        let prev = u[i - 1];
        if !cur.has(U_WORD) {
            return !prev.has(U_WORD);
        }
        // `O’|Brien`, `TEMPO.|CO`: a joiner glued between words makes them one token.
        !(prev.has(U_JOINER) && i >= 2 && !prev.has(U_SPACE) && u[i - 2].has(U_WORD))
    }

    /// May a match end at unit `j` (inclusive)?
    #[inline]
    fn end_ok(u: &[TUnit], j: usize) -> bool {
        let cur = u[j];
        let Some(next) = u.get(j + 1) else { return true };
        if next.has(U_SPACE) {
            return true;
        }
        if !cur.has(U_WORD) {
            return !next.has(U_WORD);
        }
        if next.has(U_JOINER) {
            if let Some(after) = u.get(j + 2) {
                if after.has(U_WORD) && !after.has(U_SPACE) {
                    // `Microsoft’s` ends `Microsoft`; `O’Brien` does not end `O`.
                    return next.has(U_APOS) && after.has(U_CLITIC);
                }
            }
        }
        true
    }

    /// Is unit `j` followed by a possessive (`’s`, or a bare `’` after a word ending in s)?
    #[inline]
    fn possessive_follows(text: &str, u: &[TUnit], j: usize) -> bool {
        let Some(next) = u.get(j + 1) else { return false };
        if !next.has(U_APOS) || next.has(U_SPACE) {
            return false;
        }
        match u.get(j + 2) {
            Some(a) if a.has(U_WORD) && !a.has(U_SPACE) => a.has(U_S),
            _ => u[j].has(U_WORD) && text.as_bytes()[u[j].end - 1].eq_ignore_ascii_case(&b's'),
        }
    }

    fn verify(&self, text: &str, u: &[TUnit], i: usize, j: usize, o: &Output) -> bool {
        if o.flags & F_POSSESSIVE == 0 && Self::possessive_follows(text, u, j) {
            return false;
        }
        if o.flags & F_SENSITIVE != 0 {
            let stem = o.flags & F_STEM != 0;
            for k in 0..o.len as usize {
                let t = &u[i + k];
                let got = units::exact_form(&text[t.start..t.end]);
                let want = &*self.exact[o.exact_start as usize + k];
                let ok = if stem && t.has(U_WORD) {
                    units::agree_on_prefix(&got, want)
                } else {
                    *got == *want
                };
                if !ok {
                    return false;
                }
            }
        }
        true
    }

    /// Finds mentions in `text`, appending to `out`.
    pub fn find_into(
        &self,
        text: &str,
        lang: Lang,
        policy: OverlapPolicy,
        s: &mut Scratch,
        out: &mut Vec<Mention>,
    ) {
        if self.outputs.is_empty() {
            return;
        }
        s.shared.clear();
        self.units(text, lang, s);
        let u = &s.units;
        let n = u.len();
        let mut frontier: Vec<u32> = Vec::with_capacity(4);
        let mut next: Vec<u32> = Vec::with_capacity(4);
        let mut i = 0;
        while i < n {
            let (r1, r2) = (u[i].root, self.root_child(u[i].stem));
            if (r1 == NONE && r2 == NONE) || !Self::start_ok(u, i) {
                i += 1;
                continue;
            }
            s.cands.clear();
            frontier.clear();
            let mut j = i;
            while j < n {
                let t = u[j];
                let space = t.has(U_SPACE) as u64;
                next.clear();
                if j == i {
                    next.extend([r1, r2].into_iter().filter(|&c| c != NONE));
                }
                for &node in &frontier {
                    for id in [t.id, t.stem] {
                        if id != NONE {
                            let e = edge(node, ((id as u64) << 1) | space);
                            if !self.may_have_edge(e) {
                                continue;
                            }
                            let c = self.edges.get(e);
                            if c != NONE {
                                next.push(c);
                            }
                        }
                    }
                }
                if !next.is_empty() && Self::end_ok(u, j) {
                    for &node in &next {
                        for o in self.outputs_of(node) {
                            if self.verify(text, u, i, j, o) {
                                s.cands.push((j, *o));
                            }
                        }
                    }
                }
                if next.is_empty() {
                    break;
                }
                std::mem::swap(&mut frontier, &mut next);
                j += 1;
            }
            if s.cands.is_empty() {
                i += 1;
                continue;
            }
            match policy {
                OverlapPolicy::All => {
                    s.cands.sort_unstable_by_key(|(j, o)| (*j, o.entity, o.alias));
                    let mut k = 0;
                    while k < s.cands.len() {
                        let j = s.cands[k].0;
                        let mut e = k;
                        while e < s.cands.len() && s.cands[e].0 == j {
                            e += 1;
                        }
                        out.push(mention(
                            u[i].start,
                            u[j].end,
                            &s.cands[k..e],
                            &mut s.pairs,
                            &mut s.shared,
                        ));
                        k = e;
                    }
                    i += 1;
                }
                OverlapPolicy::LeftmostLongest => {
                    let best = s.cands.iter().map(|c| c.0).max().unwrap_or(i);
                    s.cands.retain(|c| c.0 == best);
                    out.push(mention(
                        u[i].start,
                        u[best].end,
                        &s.cands,
                        &mut s.pairs,
                        &mut s.shared,
                    ));
                    i = best + 1;
                }
            }
        }
    }
}

/// Candidate lists already built during one `find` call, keyed by their (entity, alias) pairs:
/// every mention of the same ambiguous alias shares one pair of `Arc`s.
pub(crate) type SharedCandidates = FxMap<Box<[(u32, u32)]>, (Arc<[u32]>, Arc<[u32]>)>;

/// One mention from candidates that share a span: one alias per entity (the lowest index),
/// entities sorted by index. Ambiguous candidate lists are shared through `shared`.
fn mention(
    start: usize,
    end: usize,
    cands: &[(usize, Output)],
    pairs: &mut Vec<(u32, u32)>,
    shared: &mut SharedCandidates,
) -> Mention {
    if let [(_, o)] = cands {
        return Mention {
            span: Span::new(start, end),
            entities: Arc::from([o.entity]),
            aliases: Arc::from([o.alias]),
        };
    }
    pairs.clear();
    pairs.extend(cands.iter().map(|(_, o)| (o.entity, o.alias)));
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| p.0);
    let (entities, aliases) = match shared.get(pairs.as_slice()) {
        Some((e, a)) => (e.clone(), a.clone()),
        None => {
            let e: Arc<[u32]> = pairs.iter().map(|p| p.0).collect();
            let a: Arc<[u32]> = pairs.iter().map(|p| p.1).collect();
            shared.insert(pairs.as_slice().into(), (e.clone(), a.clone()));
            (e, a)
        }
    };
    Mention {
        span: Span::new(start, end),
        entities,
        aliases,
    }
}
