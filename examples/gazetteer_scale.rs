//! Scale check for the gazetteer: builds the GeoNames cities gazetteer (read at run time from
//! `shared/corpus/gazetteer_cities.jsonl`, never copied into the repo) and a synthetic
//! 1M-alias one, and prints build time, peak memory (VmHWM), binary size and load time, and
//! single-thread scan throughput over the BBC corpus (`shared/corpus/news.jsonl`).
//!
//! ```text
//! cargo run --release --example gazetteer_scale [cities|synthetic|all] [SHARED_DIR]
//! ```
//! Run `cities` and `synthetic` separately for per-gazetteer peak memory (VmHWM never goes down).

use claimsift::gazetteer::{Alias, Entity, Gazetteer};
use std::time::Instant;

fn vm_hwm_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// Nanoseconds this thread has run on a CPU (`/proc/thread-self/schedstat`): on a shared,
/// loaded machine this is a steadier measure than wall time.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn news(shared: &str) -> Vec<String> {
    let s = std::fs::read_to_string(format!("{shared}/corpus/news.jsonl")).expect("news.jsonl");
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["text"].as_str().unwrap_or("").to_string()
        })
        .collect()
}

fn scan(name: &str, g: &Gazetteer, texts: &[String]) {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut best = f64::INFINITY;
    let mut n = 0;
    let reps: usize = std::env::var("SCAN_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let mut best_cpu = f64::INFINITY;
    for _ in 0..reps {
        let c0 = thread_cpu_ns();
        let t = Instant::now();
        n = texts.iter().map(|t| g.find(t).len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, thread_cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
    }
    println!(
        "{name}: scan {:.1} MB in {:.3} s = {:.1} MB/s single thread wall ({:.1} MB/s per CPU-second), {n} mentions",
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best,
        bytes as f64 / 1e6 / best_cpu
    );
    let t = Instant::now();
    let out = g.find_batch(texts, Some(2)).expect("batch");
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{name}: find_batch 2 threads {:.1} MB/s ({} docs)",
        bytes as f64 / 1e6 / dt,
        out.len()
    );
}

fn persist(name: &str, g: &Gazetteer) {
    let t = Instant::now();
    let b = g.to_bytes();
    let enc = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let g2 = Gazetteer::from_bytes(&b).expect("from_bytes");
    let dec = t.elapsed().as_secs_f64();
    assert_eq!(g2.pattern_count(), g.pattern_count());
    println!(
        "{name}: to_bytes {:.1} MB in {:.3} s, from_bytes {:.3} s",
        b.len() as f64 / 1e6,
        enc,
        dec
    );
}

fn cities(shared: &str, texts: &[String]) {
    let path = format!("{shared}/corpus/gazetteer_cities.jsonl");
    let t = Instant::now();
    let g = Gazetteer::from_path(&path).expect("cities");
    let dt = t.elapsed().as_secs_f64();
    println!(
        "cities: {} entities, {} patterns, read+build {:.3} s, VmHWM {:.0} MB",
        g.entities().len(),
        g.pattern_count(),
        dt,
        vm_hwm_mb()
    );
    let es = g.entities().to_vec();
    let t = Instant::now();
    let g = Gazetteer::builder().build(es.clone()).expect("build");
    println!(
        "cities: build only (entities in memory) {:.3} s",
        t.elapsed().as_secs_f64()
    );
    persist("cities", &g);
    scan("cities", &g, texts);
    let gs = Gazetteer::builder().stem(true).build(es).expect("build");
    scan("cities+stem", &gs, texts);
}

fn synthetic(texts: &[String]) {
    // 250k entities x 4 aliases of 1-3 pseudo-words each: 1M aliases.
    const SYL: &[&str] = &[
        "ka", "lo", "mi", "ra", "to", "ne", "su", "vi", "dor", "ban", "tel", "gra", "shi", "po", "ul", "ex",
        "zan", "qu", "ber", "lin", "ström", "çe", "ñá", "ov",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rnd = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let word = |r: &mut dyn FnMut() -> u64| -> String {
        let n = 2 + (r() % 3) as usize;
        let mut w = String::new();
        for _ in 0..n {
            w.push_str(SYL[(r() % SYL.len() as u64) as usize]);
        }
        w
    };
    let t = Instant::now();
    let mut es = Vec::with_capacity(250_000);
    for i in 0..250_000u32 {
        let mut e = Entity::new(format!("syn:{i}"), word(&mut rnd));
        for _ in 0..4 {
            let k = 1 + (rnd() % 3) as usize;
            let a: Vec<String> = (0..k).map(|_| word(&mut rnd)).collect();
            e.aliases.push(Alias::new(a.join(" ")));
        }
        es.push(e);
    }
    println!("synthetic: generated in {:.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let g = Gazetteer::builder().build(es).expect("build");
    println!(
        "synthetic: {} entities, {} patterns, build {:.3} s, VmHWM {:.0} MB",
        g.entities().len(),
        g.pattern_count(),
        t.elapsed().as_secs_f64(),
        vm_hwm_mb()
    );
    persist("synthetic", &g);
    scan("synthetic", &g, texts);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("all");
    let default_shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_string();
    let shared = args.get(2).cloned().unwrap_or(default_shared);
    let texts = news(&shared);
    println!(
        "news: {} docs, VmHWM {:.0} MB before building",
        texts.len(),
        vm_hwm_mb()
    );
    if mode == "load-only" {
        // For profiling from_bytes.
        let g = Gazetteer::from_path(format!("{shared}/corpus/gazetteer_cities.jsonl")).expect("cities");
        let b = g.to_bytes();
        for _ in 0..5 {
            let t = Instant::now();
            let g2 = Gazetteer::from_bytes(&b).expect("load");
            println!(
                "from_bytes {:.3} s ({} patterns)",
                t.elapsed().as_secs_f64(),
                g2.pattern_count()
            );
        }
    }
    if mode == "scan-only" {
        // For `perf stat`: build the cities gazetteer, then scan SCAN_REPS times (0: build only).
        let g = Gazetteer::from_path(format!("{shared}/corpus/gazetteer_cities.jsonl")).expect("cities");
        let reps: usize = std::env::var("SCAN_REPS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(10);
        let n: usize = (0..reps)
            .map(|_| texts.iter().map(|t| g.find(t).len()).sum::<usize>())
            .sum();
        println!("{n} mentions");
    }
    if mode == "cities" || mode == "all" {
        cities(&shared, &texts);
    }
    if mode == "synthetic" || mode == "all" {
        synthetic(&texts);
    }
}
