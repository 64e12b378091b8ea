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
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.story.is_some() {
            continue;
        }
        for (t, _) in &d.names {
            index.entry(t.as_str()).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), Vec<&str>> = HashMap::new();
    for (name, ds) in &index {
        if ds.len() < 2 || ds.len() > opt.max_name_docs {
            continue;
        }
        for (x, &a) in ds.iter().enumerate() {
            for &b in &ds[x + 1..] {
                shared.entry((a, b)).or_default().push(name);
            }
        }
    }
    // shared distinctive figures
    let mut fig_index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.story.is_none() {
            for f in &d.figures {
                fig_index.entry(f.as_str()).or_default().push(i);
            }
        }
    }
    let mut shared_figs: HashMap<(usize, usize), usize> = HashMap::new();
    for ds in fig_index.values() {
        if ds.len() < 2 || ds.len() > opt.max_name_docs {
            continue;
        }
        for (x, &a) in ds.iter().enumerate() {
            for &b in &ds[x + 1..] {
                *shared_figs.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut link_names: HashMap<usize, Vec<String>> = HashMap::new();
    let mut pairs: Vec<((usize, usize), Vec<&str>)> = shared.into_iter().collect();
    for (&ab, _) in shared_figs.iter() {
        if !pairs.iter().any(|p| p.0 == ab) {
            pairs.push((ab, Vec::new()));
        }
    }
    pairs.sort_unstable_by_key(|p| p.0);
    for ((a, b), mut names) in pairs {
        if !compatible(&docs[a], &docs[b], opt.window_days) {
            continue;
        }
        // a document with a single name links on that one
        let need = opt
            .min_shared_names
            .min(docs[a].names.len().min(docs[b].names.len()).max(1));
        let figs = shared_figs.get(&(a, b)).copied().unwrap_or(0);
        let close =
            matches!((docs[a].date, docs[b].date), (Some(x), Some(y)) if (x - y).num_days().abs() <= 3);
        let linked = names.len() >= need
            || (close && !names.is_empty())
            || figs >= 2
            || (figs >= 1 && !names.is_empty());
        if linked {
            dsu.union(a, b);
            names.sort_unstable();
            let e = link_names.entry(a.min(b)).or_default();
            for nm in names {
                if !e.iter().any(|x| x == nm) && e.len() < 5 {
                    e.push(nm.to_string());
                }
            }
        }
    }
    let mut id_of_root: HashMap<usize, usize> = HashMap::new();
    let mut out = Vec::with_capacity(n);
    let mut names: Vec<Vec<String>> = Vec::new();
    for i in 0..n {
        let r = dsu.find(i);
        let next = id_of_root.len();
        let s = *id_of_root.entry(r).or_insert(next);
        if s == names.len() {
            names.push(Vec::new());
        }
        if let Some(ns) = link_names.get(&i) {
            for nm in ns {
                if !names[s].contains(nm) && names[s].len() < 5 {
                    names[s].push(nm.clone());
                }
            }
        }
        out.push(s);
    }
    (out, names)
}
