//! The compact binary form of a gazetteer.
//!
//! Layout (little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 8 | magic `CLMSGAZ\0` |
//! | 4 | format version ([`VERSION`]) |
//! | 8 | payload length |
//! | 8 | checksum of the payload (a 64-bit multiply-xorshift hash; detects corruption, not tampering) |
//! | … | payload |
//!
//! The payload holds the settings, the entities (as JSON, since metadata is free JSON), and the
//! *pre-normalised pattern table*: interned unit keys and stems, each pattern's unit ids, the
//! exact forms of case-sensitive patterns and each pattern's entity, alias and flags. Loading
//! re-interns the keys and re-inserts the patterns into the trie (hash inserts only: no Unicode
//! normalisation, no stemming), after checking every index. No `unsafe` is involved.

use super::matcher::{Matcher, Output, F_POSSESSIVE, F_SENSITIVE, F_STEM, NONE, STEM_BIT};
use super::{CaseMode, Entity, Gazetteer, GazetteerConfig, OverlapPolicy};
use crate::error::{Error, Result};
use crate::lang::Lang;

const MAGIC: &[u8; 8] = b"CLMSGAZ\0";
/// Version of the binary format; bumped on any incompatible change.
pub(crate) const VERSION: u32 = 1;
const HEADER: usize = 8 + 4 + 8 + 8;

pub(crate) fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= h >> 29;
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= h >> 29;
    }
    h
}

struct W(Vec<u8>);

impl W {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn strs(&mut self, list: &[Box<str>]) {
        self.u64(list.len() as u64);
        for s in list {
            self.bytes(s.as_bytes());
        }
    }
}

pub(crate) fn encode(g: &Gazetteer) -> Vec<u8> {
    let m = &g.matcher;
    let c = &g.config;
    let mut w = W(Vec::with_capacity(1 << 16));
    w.u8(match c.case {
        CaseMode::Auto => 0,
        CaseMode::Sensitive => 1,
        CaseMode::Insensitive => 2,
    });
    w.u8(c.stem as u8);
    w.u8(c.possessive as u8);
    w.u8(match c.overlap {
        OverlapPolicy::LeftmostLongest => 0,
        OverlapPolicy::All => 1,
    });
    w.bytes(c.lang.code().as_bytes());
    // Entities never fail to serialise: strings, options and JSON values only.
    w.bytes(&serde_json::to_vec(&g.entities).unwrap_or_default());
    w.strs(&m.word_list);
    w.strs(&m.stem_list);
    w.u8(m.has_stem as u8);
    w.u64(m.max_key_len as u64);
    w.u64(m.keys.len() as u64);
    for k in &m.keys {
        w.u64(*k);
    }
    w.strs(&m.exact);
    w.u64(m.outputs.len() as u64);
    for o in &m.outputs {
        w.u32(o.entity);
        w.u32(o.alias);
        w.u8(o.flags);
        w.u32(o.start);
        w.u32(o.len);
        w.u32(o.exact_start);
    }
    let payload = w.0;
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

fn err(msg: impl Into<String>) -> Error {
    Error::serialization(msg)
}

struct R<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        if self.b.len() - self.pos < n {
            return Err(err(format!(
                "gazetteer payload ends inside {what} (at byte {})",
                self.pos
            )));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }
    fn u32(&mut self, what: &str) -> Result<u32> {
        let s = self.take(4, what)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u64(&mut self, what: &str) -> Result<u64> {
        let s = self.take(8, what)?;
        Ok(u64::from_le_bytes([
            s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7],
        ]))
    }
    /// A count of items of at least `min_size` bytes each, checked against what is left.
    fn count(&mut self, min_size: usize, what: &str) -> Result<usize> {
        let n = self.u64(what)?;
        let left = (self.b.len() - self.pos) as u64;
        if n.saturating_mul(min_size.max(1) as u64) > left {
            return Err(err(format!(
                "{what}: count {n} is larger than the {left} bytes left"
            )));
        }
        Ok(n as usize)
    }
    fn bytes(&mut self, what: &str) -> Result<&'a [u8]> {
        let n = self.count(1, what)?;
        self.take(n, what)
    }
    fn str(&mut self, what: &str) -> Result<&'a str> {
        std::str::from_utf8(self.bytes(what)?).map_err(|_| err(format!("{what}: invalid UTF-8")))
    }
    fn strs(&mut self, what: &str) -> Result<Vec<Box<str>>> {
        let n = self.count(8, what)?;
        (0..n).map(|_| self.str(what).map(Into::into)).collect()
    }
}

pub(crate) fn decode(bytes: &[u8]) -> Result<Gazetteer> {
    if bytes.len() < 8 || &bytes[..8] != MAGIC {
        return Err(err("not a claimsift gazetteer (bad magic number)"));
    }
    if bytes.len() < HEADER {
        return Err(err(format!(
            "truncated gazetteer header: {} bytes, need {HEADER}",
            bytes.len()
        )));
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != VERSION {
        return Err(err(format!(
            "gazetteer format version {version} is not supported (this claimsift reads version {VERSION}); rebuild it"
        )));
    }
    let mut h = R { b: bytes, pos: 12 };
    let len = h.u64("header")?;
    let sum = h.u64("header")?;
    let payload = &bytes[HEADER..];
    if payload.len() as u64 != len {
        return Err(err(format!(
            "truncated or padded gazetteer: header says {len} payload bytes, found {}",
            payload.len()
        )));
    }
    if checksum(payload) != sum {
        return Err(err("gazetteer checksum mismatch: the bytes are corrupt"));
    }
    let mut r = R { b: payload, pos: 0 };
    let case = match r.u8("settings")? {
        0 => CaseMode::Auto,
        1 => CaseMode::Sensitive,
        2 => CaseMode::Insensitive,
        v => return Err(err(format!("unknown case mode {v}"))),
    };
    let stem = r.u8("settings")? != 0;
    let possessive = r.u8("settings")? != 0;
    let overlap = match r.u8("settings")? {
        0 => OverlapPolicy::LeftmostLongest,
        1 => OverlapPolicy::All,
        v => return Err(err(format!("unknown overlap policy {v}"))),
    };
    let lang = Lang::parse(r.str("language")?).map_err(|e| err(e.message()))?;
    let config = GazetteerConfig {
        case,
        stem,
        possessive,
        overlap,
        lang,
    };
    let entities: Vec<Entity> =
        serde_json::from_slice(r.bytes("entities")?).map_err(|e| err(format!("entities: {e}")))?;
    let mut m = Matcher {
        n_nodes: 1,
        ..Default::default()
    };
    m.word_list = r.strs("unit keys")?;
    m.stem_list = r.strs("stems")?;
    for (list, map, bit) in [
        (&m.word_list, &mut m.words, 0),
        (&m.stem_list, &mut m.stems, STEM_BIT),
    ] {
        if list.len() >= STEM_BIT as usize {
            return Err(err("too many unit keys"));
        }
        map.reserve(list.len());
        for (i, s) in list.iter().enumerate() {
            if map.insert(s.clone(), i as u32 | bit).is_some() {
                return Err(err(format!("duplicate unit key {s:?}")));
            }
        }
    }
    m.has_stem = r.u8("flags")? != 0;
    m.max_key_len = r.u64("flags")? as usize;
    let nk = r.count(8, "pattern keys")?;
    m.keys.reserve(nk);
    for _ in 0..nk {
        let k = r.u64("pattern keys")?;
        let id = (k >> 1) as u32;
        let ok = if (k >> 1) > u32::MAX as u64 {
            false
        } else if id & STEM_BIT != 0 {
            ((id & !STEM_BIT) as usize) < m.stem_list.len()
        } else {
            (id as usize) < m.word_list.len()
        };
        if !ok {
            return Err(err(format!("pattern key {k} refers to no unit key")));
        }
        m.keys.push(k);
    }
    m.exact = r.strs("exact forms")?;
    let no = r.count(21, "patterns")?;
    let mut pending = Vec::with_capacity(no);
    for i in 0..no {
        let o = Output {
            entity: r.u32("patterns")?,
            alias: r.u32("patterns")?,
            flags: r.u8("patterns")?,
            start: r.u32("patterns")?,
            len: r.u32("patterns")?,
            exact_start: r.u32("patterns")?,
        };
        let e = entities.get(o.entity as usize);
        let bad = e.is_none_or(|e| o.alias as usize >= e.aliases.len())
            || o.flags & !(F_SENSITIVE | F_STEM | F_POSSESSIVE) != 0
            || o.len == 0
            || o.start as usize + o.len as usize > m.keys.len()
            || (o.flags & F_SENSITIVE != 0) != (o.exact_start != NONE)
            || (o.exact_start != NONE && o.exact_start as usize + o.len as usize > m.exact.len());
        if bad {
            return Err(err(format!(
                "pattern #{i} is inconsistent (entity, alias, keys or exact forms out of range)"
            )));
        }
        let node = m.insert_path(o.start as usize, o.len as usize);
        pending.push((node, o));
    }
    if r.pos != payload.len() {
        return Err(err(format!(
            "{} unexpected bytes after the patterns",
            payload.len() - r.pos
        )));
    }
    let mut ids = std::collections::HashSet::new();
    for e in &entities {
        if !ids.insert(e.id.as_str()) {
            return Err(err(format!("duplicate entity id {:?}", e.id)));
        }
    }
    m.finish(pending);
    Ok(Gazetteer::assemble(entities, config, Some(m)))
}
