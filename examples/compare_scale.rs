//! Scale benchmark of the comparison: a million figures in bounded memory.
//!
//! Reads a JSONL corpus at run time (default `../shared/corpus/news.jsonl`, research use only,
//! never copied into the repository), processes each text once, and adds it to one
//! [`Comparator`] `--copies` times under distinct ids and synthetic dates (copy `r` of a text is
//! dated `r * 45` days after 2000-01-01, so copies are other stories), until at least `--claims`
//! figures are collected. Prints the seconds to add and to finish, the groups, and the peak RSS.
//!
//! `cargo run --release --example compare_scale -- [CORPUS] [--claims 1000000]`
use claimsift::compare::{Comparator, CompareOptions, DocMeta};
use claimsift::Pipeline;
use std::time::Instant;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|x| x.parse::<f64>().ok()))
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = "../shared/corpus/news.jsonl".to_string();
    let mut target = 1_000_000usize;
    while let Some(a) = args.next() {
        if a == "--claims" {
            target = args.next().and_then(|x| x.parse().ok()).expect("--claims N");
        } else {
            path = a;
        }
    }
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let t0 = Instant::now();
    let docs: Vec<_> = Pipeline::default()
        .process_batch(&texts, None)
        .expect("batch")
        .into_iter()
        .map(|d| d.expect("document"))
        .collect();
    let per_copy: usize = docs.iter().map(|d| d.claims.len()).sum();
    let copies = target.div_ceil(per_copy.max(1));
    println!(
        "{} texts, {} claims per copy, {} copies; processing took {:.1} s; RSS after processing {:.0} MB",
        texts.len(),
        per_copy,
        copies,
        t0.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date");
    let t1 = Instant::now();
    let mut cmp = Comparator::new(CompareOptions::default());
    for r in 0..copies {
        let date = base + chrono::Duration::days(45 * r as i64);
        for (i, (t, d)) in texts.iter().zip(&docs).enumerate() {
            let mut m = DocMeta::new(format!("{r}-{i}"));
            m.date = Some(date);
            cmp.add(m, t, d);
        }
    }
    let n = cmp.n_entries();
    let add_s = t1.elapsed().as_secs_f64();
    println!("after adding: RSS peak so far {:.0} MB", peak_rss_mb());
    let t2 = Instant::now();
    let out = cmp.finish();
    let finish_s = t2.elapsed().as_secs_f64();
    let multi = out.groups.iter().filter(|g| g.docs >= 2).count();
    println!(
        "compared {n} claims from {} documents: add {add_s:.2} s, finish {finish_s:.2} s ({:.0} claims/s); \
         {} groups ({multi} with 2+ documents), {} stories; peak RSS {:.0} MB",
        out.docs.len(),
        n as f64 / (add_s + finish_s),
        out.groups.len(),
        out.stories.len(),
        peak_rss_mb()
    );
}
