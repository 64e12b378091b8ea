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

use super::flat::FlatTable;
use super::matcher::{pack, Matcher, Output, F_POSSESSIVE, F_SENSITIVE, F_STEM, NONE, STEM_BIT};
use super::{Alias, AliasOptions, CaseMode, Entity, Gazetteer, GazetteerConfig, OverlapPolicy};
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
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.bytes(s.as_bytes());
            }
        }
    }
    fn strs(&mut self, list: &[Box<str>]) {
        self.u64(list.len() as u64);
        for s in list {
            self.bytes(s.as_bytes());
        }
    }
}

fn case_code(c: CaseMode) -> u8 {
    match c {
        CaseMode::Auto => 0,
        CaseMode::Sensitive => 1,
        CaseMode::Insensitive => 2,
    }
}

fn case_of(v: u8) -> Result<CaseMode> {
    match v {
        0 => Ok(CaseMode::Auto),
        1 => Ok(CaseMode::Sensitive),
        2 => Ok(CaseMode::Insensitive),
        v => Err(err(format!("unknown case mode {v}"))),
    }
}

pub(crate) fn encode(g: &Gazetteer) -> Vec<u8> {
    let m = &g.matcher;
    let c = &g.config;
    let mut w = W(Vec::with_capacity(1 << 16));
    w.u8(case_code(c.case));
    w.u8(c.stem as u8);
    w.u8(c.possessive as u8);
    w.u8(match c.overlap {
        OverlapPolicy::LeftmostLongest => 0,
        OverlapPolicy::All => 1,
    });
    w.bytes(c.lang.code().as_bytes());
    w.u64(g.entities.len() as u64);
    for e in &g.entities {
        w.bytes(e.id.as_bytes());
        w.bytes(e.name.as_bytes());
        w.opt_str(e.kind.as_deref());
        w.u64(e.aliases.len() as u64);
        for a in &e.aliases {
            w.bytes(a.text.as_bytes());
            w.u8(match &a.options {
                None => 0xFF,
                Some(o) => case_code(o.case) | (o.stem as u8) << 2 | (o.possessive as u8) << 3,
            });
            w.opt_str(a.form.as_deref());
        }
        if e.meta.is_empty() {
            w.u64(0);
        } else {
            // JSON values always serialise.
            w.bytes(&serde_json::to_vec(&e.meta).unwrap_or_default());
        }
    }
    for t in [&m.words, &m.stems] {
        w.strs(&t.list);
        w.u64(t.short.len() as u64);
        for (p, id) in t.short.iter() {
            w.u64(p as u64);
            w.u64((p >> 64) as u64);
            w.u32(id);
        }
    }
    w.u8(m.has_stem as u8);
    w.u64(m.max_key_len as u64);
    w.u64(m.keys.len() as u64);
    for k in &m.keys {
        w.u64(*k);
    }
    w.strs(&m.exact);
    w.u32(m.n_nodes);
    w.u64(m.edges.len() as u64);
    for (k, child) in m.edges.iter() {
        w.u64(k);
        w.u32(child);
    }
    w.u64(m.outputs.len() as u64);
    for (node, o) in m.outputs_with_nodes() {
        w.u32(node);
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
    fn string(&mut self, what: &str) -> Result<String> {
        self.str(what).map(str::to_string)
    }
    fn opt_string(&mut self, what: &str) -> Result<Option<String>> {
        match self.u8(what)? {
            0 => Ok(None),
            1 => self.string(what).map(Some),
            v => Err(err(format!("{what}: bad option tag {v}"))),
        }
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
    let case = case_of(r.u8("settings")?)?;
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
    let ne = r.count(8 * 4, "entities")?;
    let mut entities: Vec<Entity> = Vec::with_capacity(ne);
    for _ in 0..ne {
        let id = r.string("entity id")?;
        let name = r.string("entity name")?;
        let kind = r.opt_string("entity type")?;
        let na = r.count(10, "aliases")?;
        let mut aliases = Vec::with_capacity(na);
        for _ in 0..na {
            let text = r.string("alias")?;
            let options = match r.u8("alias options")? {
                0xFF => None,
                v if v < 16 => Some(AliasOptions {
                    case: case_of(v & 3)?,
                    stem: v & 4 != 0,
                    possessive: v & 8 != 0,
                }),
                v => return Err(err(format!("bad alias options {v}"))),
            };
            let form = r.opt_string("alias form")?;
            aliases.push(Alias { text, options, form });
        }
        let m = r.bytes("metadata")?;
        let meta = if m.is_empty() {
            Default::default()
        } else {
            serde_json::from_slice(m).map_err(|e| err(format!("metadata of entity {id:?}: {e}")))?
        };
        entities.push(Entity {
            id,
            name,
            kind,
            aliases,
            meta,
        });
    }
    let mut m = Matcher::empty();
    for (what, t) in [("unit keys", &mut m.words), ("stems", &mut m.stems)] {
        let list = r.strs(what)?;
        if list.len() >= STEM_BIT as usize {
            return Err(err(format!("too many {what}")));
        }
        let ns = r.count(20, what)?;
        t.short = FlatTable::with_capacity(ns);
        for _ in 0..ns {
            let lo = r.u64(what)?;
            let hi = r.u64(what)?;
            let id = r.u32(what)?;
            let p = lo as u128 | (hi as u128) << 64;
            let i = (id & !t.bit) as usize;
            let ok = (id & STEM_BIT) == t.bit
                && id != NONE
                && list.get(i).is_some_and(|s| pack(s.as_bytes()) == Some(p));
            if !ok || t.short.get_or_insert(p, id) != id {
                return Err(err(format!("{what}: inconsistent key table entry {id}")));
            }
        }
        for (i, s) in list.iter().enumerate() {
            if s.len() > 15 && t.long.insert(s.clone(), i as u32 | t.bit).is_some() {
                return Err(err(format!("{what}: duplicate entry {s:?}")));
            }
        }
        if t.short.len() + t.long.len() != list.len() {
            return Err(err(format!("{what}: key table does not match the key list")));
        }
        t.list = list;
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
            ((id & !STEM_BIT) as usize) < m.stems.len()
        } else {
            (id as usize) < m.words.len()
        };
        if !ok {
            return Err(err(format!("pattern key {k} refers to no unit key")));
        }
        m.keys.push(k);
    }
    m.exact = r.strs("exact forms")?;
    m.n_nodes = r.u32("trie")?;
    if m.n_nodes == 0 || m.n_nodes as usize > m.keys.len() + 1 {
        return Err(err(format!(
            "trie: {} nodes for {} pattern keys",
            m.n_nodes,
            m.keys.len()
        )));
    }
    let ne = r.count(12, "trie")?;
    m.edges = FlatTable::with_capacity(ne);
    for _ in 0..ne {
        let k = r.u64("trie")?;
        let child = r.u32("trie")?;
        let id = ((k >> 1) & 0xFFFF_FFFF) as u32;
        let id_ok = if id & STEM_BIT != 0 {
            ((id & !STEM_BIT) as usize) < m.stems.len()
        } else {
            (id as usize) < m.words.len()
        };
        let ok = id_ok
            && (k >> 33) < m.n_nodes as u64
            && child != 0
            && child < m.n_nodes
            && m.edges.get_or_insert(k, child) == child;
        if !ok {
            return Err(err(format!("trie: bad edge {k} -> {child}")));
        }
    }
    let no = r.count(25, "patterns")?;
    let mut pending = Vec::with_capacity(no);
    for i in 0..no {
        let node = r.u32("patterns")?;
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
            || node == 0
            || node >= m.n_nodes
            || o.start as usize + o.len as usize > m.keys.len()
            || (o.flags & F_SENSITIVE != 0) != (o.exact_start != NONE)
            || (o.exact_start != NONE && o.exact_start as usize + o.len as usize > m.exact.len());
        if bad {
            return Err(err(format!(
                "pattern #{i} is inconsistent (entity, alias, keys or exact forms out of range)"
            )));
        }
        pending.push((node, o));
    }
    if r.pos != payload.len() {
        return Err(err(format!(
            "{} unexpected bytes after the patterns",
            payload.len() - r.pos
        )));
    }
    m.finish(pending);
    let g = Gazetteer::assemble(entities, config, Some(m));
    if g.ids.len() != g.entities.len() {
        return Err(err("duplicate entity ids"));
    }
    Ok(g)
}
