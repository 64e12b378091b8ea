//! Story blocking: which documents tell the same story, so that two unrelated earthquakes never
//! share a group.
//!
//! Each document keeps its most frequent *names* (capitalised words inside sentences that are not
//! in title case, minus the words in `data/common_names.en.txt`: agencies, titles, page furniture)
//! and a year: its date's, or, for an undated document, the year it mentions most (ties: the
//! latest). Two documents are linked when
//!
//! - a user-given story (`story` / `cluster` metadata) says so — given stories are never merged
//!   with each other — or, without one,
//! - they share at least `min_shared_names` names (or one name and both dated within three days,
//!   or two distinctive figures — a vocabulary measure with the same value —, or one figure and
//!   one name), and their dates are at most `window_days`
//!   apart (when both are dated); an undated document's year (the latest it mentions) is not
//!   after a dated one's year; two undated ones mention latest years at most one apart.
//!
//! Names only link through a name *core* to both (each one's three most frequent names: the
//! company, the place of the story), and a name held by more than a fortieth of a large corpus
//! (at least 16 documents) links nothing, so that incidental names ("London", "Bank") do not chain
//! a corpus into one story.
//!
//! Stories are the connected components of the links (union-find). Pairs are generated from an
//! inverted index of names, skipping names held by more than `max_name_docs` documents, so the
//! cost stays near-linear on large corpora.

use super::DocInfo;
use chrono::Datelike;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/common_names.en.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// True when `w` (lower case) is a name that says nothing about the story.
pub(crate) fn is_common_name(w: &str) -> bool {
    COMMON.contains(w)
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// Options of the blocking.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StoryOptions {
    pub window_days: i64,
    pub min_shared_names: usize,
    pub max_name_docs: usize,
}

/// Dates within the window; an undated document's latest mentioned year not after a dated one's
/// year (a story mentions past years, rarely future ones); two undated ones mentioning latest
/// years at most one apart; anything when a year is unknown.
fn compatible(a: &DocInfo, b: &DocInfo, window: i64) -> bool {
    match (a.date, b.date) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= window,
        (Some(x), None) => b.year_hint.is_none_or(|h| h <= x.year()),
        (None, Some(y)) => a.year_hint.is_none_or(|h| h <= y.year()),
        (None, None) => match (a.year_hint, b.year_hint) {
            (Some(x), Some(y)) => (x - y).abs() <= 1,
            _ => true,
        },
    }
}

/// The story index of each document (0-based, in order of first document), and for each story
/// the names that linked it (up to five).
pub(crate) fn stories(docs: &[DocInfo], opt: StoryOptions) -> (Vec<usize>, Vec<Vec<String>>) {
    let n = docs.len();
    let mut dsu = Dsu((0..n).collect());
    // user-given stories
    let mut given: HashMap<&str, usize> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(s) = d.story.as_deref() {
            match given.get(s) {
                Some(&j) => dsu.union(i, j),
                None => {
                    given.insert(s, i);
                }
            }
        }
    }
    // Candidate pairs from an inverted index of names and of distinctive figures. A key's documents
    // pair only within the date window (a sliding window over them sorted by date; undated ones
    // pair with all), and a key that would yield more than MAX_PAIRS_PER_KEY pairs names no story.
    // A name held by a large share of a big corpus ("London", "Europe" across thousands of
    // business articles) tells no story apart; in a small bundle every name may be in every
    // document.
    let too_common = opt.max_name_docs.min((n / 40).max(16));
    // each document's core names: its most frequent ones (the company, the place of the story)
    let core: Vec<Vec<&str>> = docs.iter().map(core_names).collect();
    let mut counts: HashMap<(u32, u32), Shared> = HashMap::new();
    for (what, list) in [(0usize, name_lists(docs)), (1usize, figure_lists(docs))] {
        for (key, ds) in &list {
            let limit = if what == 0 { too_common } else { opt.max_name_docs };
            if ds.len() < 2 || ds.len() > limit {
                continue;
            }
            for (a, b) in key_pairs(docs, ds, opt.window_days) {
                let e = counts.entry((a as u32, b as u32)).or_default();
                if what == 0 {
                    e.0 = e.0.saturating_add(1);
                    let (ca, cb) = (core[a].contains(key), core[b].contains(key));
                    e.2 |= ca || cb;
                    e.3 |= ca && cb;
                } else {
                    e.1 = e.1.saturating_add(1);
                }
            }
        }
    }
    let mut pairs: Vec<((u32, u32), Shared)> = counts.into_iter().collect();
    pairs.sort_unstable();
    for ((a, b), (n_names, figs, core_one, core_both)) in pairs {
        let (a, b) = (a as usize, b as usize);
        if !compatible(&docs[a], &docs[b], opt.window_days) {
            continue;
        }
        let n_names = usize::from(n_names);
        // a document with a single name links on that one
        let need = opt
            .min_shared_names
            .min(docs[a].names.len().min(docs[b].names.len()).max(1));
        let close =
            matches!((docs[a].date, docs[b].date), (Some(x), Some(y)) if (x - y).num_days().abs() <= 3);
        // names link when one of them is what both documents are about; a chain of
        // incidental names ("London", "Bank") does not make one story of a corpus
        let by_names = (core_both && n_names >= need) || (core_one && (close || n_names > need + 1));
        let linked = by_names || figs >= 2 || (figs >= 1 && core_both);
        if linked {
            dsu.union(a, b);
        }
    }
    let mut id_of_root: HashMap<usize, usize> = HashMap::new();
    let mut out = Vec::with_capacity(n);
    let mut members: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let r = dsu.find(i);
        let next = id_of_root.len();
        let s = *id_of_root.entry(r).or_insert(next);
        if s == members.len() {
            members.push(Vec::new());
        }
        members[s].push(i);
        out.push(s);
    }
    // what each story is about: the names most of its documents share (up to five)
    let names = members
        .iter()
        .map(|ds| {
            if ds.len() < 2 {
                return Vec::new();
            }
            let mut df: HashMap<&str, usize> = HashMap::new();
            for &d in ds {
                for (nm, _) in &docs[d].names {
                    *df.entry(nm.as_str()).or_default() += 1;
                }
            }
            let mut v: Vec<(&str, usize)> = df.into_iter().filter(|x| x.1 >= 2).collect();
            v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            v.into_iter().take(5).map(|x| x.0.to_string()).collect()
        })
        .collect();
    (out, names)
}

/// What a pair of documents shares: names, distinctive figures, whether a shared name is core to
/// one of the two, and to both.
type Shared = (u16, u16, bool, bool);

/// A document's core names: its three most frequent (with ties), those stated at least twice
/// when it has such; a document with few names keeps its first.
fn core_names(d: &DocInfo) -> Vec<&str> {
    let mut v: Vec<(&str, u32)> = d.names.iter().map(|(n, c)| (n.as_str(), *c)).collect();
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let third = v.get(2).map_or(0, |x| x.1);
    let top = v.first().map_or(0, |x| x.1);
    v.into_iter()
        .enumerate()
        .take_while(|(i, x)| *i < 3 || (x.1 == third && x.1 >= 2))
        .filter(|(i, x)| *i == 0 || x.1 >= 2 || top < 2)
        .map(|(_, x)| x.0)
        .collect()
}

/// Most pairs one name or figure may propose before it is too common to tell a story.
const MAX_PAIRS_PER_KEY: usize = 4096;

fn name_lists(docs: &[DocInfo]) -> HashMap<&str, Vec<usize>> {
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.story.is_none() {
            for (t, _) in &d.names {
                index.entry(t.as_str()).or_default().push(i);
            }
        }
    }
    index
}

fn figure_lists(docs: &[DocInfo]) -> HashMap<&str, Vec<usize>> {
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.story.is_none() {
            for f in &d.figures {
                index.entry(f.as_str()).or_default().push(i);
            }
        }
    }
    index
}

/// The pairs of `ds` (document indices, ascending) that may share a story by date: dated ones
/// within `window` days of each other, undated ones with every other. Empty when there would be
/// more than [`MAX_PAIRS_PER_KEY`].
fn key_pairs(docs: &[DocInfo], ds: &[usize], window: i64) -> Vec<(usize, usize)> {
    let mut dated: Vec<(chrono::NaiveDate, usize)> =
        ds.iter().filter_map(|&d| docs[d].date.map(|x| (x, d))).collect();
    dated.sort_unstable();
    let undated: Vec<usize> = ds.iter().copied().filter(|&d| docs[d].date.is_none()).collect();
    let mut out = Vec::new();
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        out.push((a.min(b), a.max(b)));
        out.len() <= MAX_PAIRS_PER_KEY
    };
    let mut lo = 0;
    for hi in 0..dated.len() {
        while (dated[hi].0 - dated[lo].0).num_days() > window {
            lo += 1;
        }
        for x in lo..hi {
            if !push(&mut out, dated[x].1, dated[hi].1) {
                return Vec::new();
            }
        }
    }
    for (k, &u) in undated.iter().enumerate() {
        for &o in dated.iter().map(|x| &x.1).chain(&undated[k + 1..]) {
            if !push(&mut out, u, o) {
                return Vec::new();
            }
        }
    }
    out
}
