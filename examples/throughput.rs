//! Throughput of the Rust API on a JSONL corpus (one `{"text": ...}` object per line).
//!
//! ```text
//! cargo run --release --example throughput -- /work/shared/corpus/news.jsonl
//! cargo run --release --example throughput -- news.jsonl --repeats 5 --threads 1,2,16 --json
//! ```
//!
//! For each stage (tokenize, sentences, claims, pipeline) it times one document at a time on
//! one thread, and the whole corpus as a batch at each thread count (`parallel::map_indexed`,
//! and `Pipeline::process_batch(&texts, Some(n))` for the pipeline). One warm-up call first,
//! then `--repeats` timed passes; the median is reported as MB/s (10^6 bytes of UTF-8 text per
//! second) and documents per second. `--json` prints one JSON object instead of the table
//! (`benches/bench.py` reads it). The corpus is read at run time and never copied.
#![allow(missing_docs)]

use claimsift::claims::{self, ExtractOptions};
use claimsift::{parallel, split_sentences, tokenize, Pipeline};
use std::hint::black_box;
use std::time::Instant;

struct Args {
    corpus: String,
    repeats: usize,
    threads: Vec<usize>,
    limit_docs: Option<usize>,
    gazetteer: Option<String>,
    json: bool,
}

fn usage() -> ! {
    eprintln!(
        "usage: throughput CORPUS.jsonl [--repeats N] [--threads 1,2,..] [--limit-docs N] [--gazetteer G.jsonl] [--json]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut it = std::env::args().skip(1);
    let mut corpus = None;
    let avail = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut args = Args {
        corpus: String::new(),
        repeats: 3,
        threads: if avail > 1 { vec![1, avail] } else { vec![1] },
        limit_docs: None,
        gazetteer: None,
        json: false,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repeats" => args.repeats = it.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--threads" => {
                let v = it.next().unwrap_or_else(|| usage());
                args.threads = v.split(',').map(|s| s.trim().parse().unwrap_or_else(|_| usage())).collect();
            }
            "--limit-docs" => args.limit_docs = Some(it.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage())),
            "--gazetteer" => args.gazetteer = Some(it.next().unwrap_or_else(|| usage())),
            "--json" => args.json = true,
            "-h" | "--help" => usage(),
            _ if corpus.is_none() && !a.starts_with("--") => corpus = Some(a),
            _ => usage(),
        }
    }
    args.corpus = corpus.unwrap_or_else(|| usage());
    args.repeats = args.repeats.max(1);
    args
}

fn read_texts(path: &str, limit: Option<usize>) -> Vec<String> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1)
    });
    let mut texts = Vec::new();
    for line in data.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if limit.is_some_and(|n| texts.len() >= n) {
            break;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("invalid JSON line");
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    texts
}

/// One warm-up call, then `repeats` timed calls; returns the median in seconds and every time.
fn time<F: FnMut()>(repeats: usize, mut f: F) -> (f64, Vec<f64>) {
    f();
    let mut times: Vec<f64> = (0..repeats)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    let all = times.clone();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = times.len();
    let median = if n % 2 == 1 { times[n / 2] } else { (times[n / 2 - 1] + times[n / 2]) / 2.0 };
    (median, all)
}

struct Row {
    stage: &'static str,
    mode: String,
    threads: usize,
    seconds: f64,
    times: Vec<f64>,
    items: usize,
}

fn main() {
    let args = parse_args();
    let texts = read_texts(&args.corpus, args.limit_docs);
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let docs = texts.len();
    let opts = ExtractOptions::default();
    let pipeline = Pipeline::default();
    let mut rows: Vec<Row> = Vec::new();

    // Counts (also a sanity check that each stage does work).
    let n_tokens: usize = texts.iter().map(|t| tokenize(t).len()).sum();
    let n_sents: usize = texts.iter().map(|t| split_sentences(t).len()).sum();
    let n_claims: usize = texts.iter().map(|t| claims::extract(t, &opts).claims.len()).sum();

    macro_rules! per_doc {
        ($stage:expr, $items:expr, $f:expr) => {{
            let (s, all) = time(args.repeats, || {
                for t in &texts {
                    black_box($f(t.as_str()));
                }
            });
            rows.push(Row { stage: $stage, mode: "per-doc".into(), threads: 1, seconds: s, times: all, items: $items });
        }};
    }
    macro_rules! batch {
        ($stage:expr, $items:expr, $f:expr) => {{
            for &n in &args.threads {
                let (s, all) = time(args.repeats, || {
                    black_box(parallel::map_indexed(&texts, Some(n), |_, t| Ok($f(t.as_str()))).unwrap());
                });
                rows.push(Row { stage: $stage, mode: "batch".into(), threads: n, seconds: s, times: all, items: $items });
            }
        }};
    }

    per_doc!("tokenize", n_tokens, tokenize);
    batch!("tokenize", n_tokens, tokenize);
    per_doc!("sentences", n_sents, split_sentences);
    batch!("sentences", n_sents, split_sentences);
    per_doc!("claims", n_claims, |t: &str| claims::extract(t, &opts));
    batch!("claims", n_claims, |t: &str| claims::extract(t, &opts));
    per_doc!("pipeline", n_claims, |t: &str| pipeline.process(t));
    for &n in &args.threads {
        let (s, all) = time(args.repeats, || {
            black_box(pipeline.process_batch(&texts, Some(n)).unwrap());
        });
        rows.push(Row {
            stage: "pipeline",
            mode: "process_batch".into(),
            threads: n,
            seconds: s,
            times: all,
            items: n_claims,
        });
    }

    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    if args.json {
        let rows_json: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "stage": r.stage, "mode": r.mode, "threads": r.threads,
                    "seconds": r.seconds, "times": r.times,
                    "mb_s": bytes as f64 / r.seconds / 1e6, "docs_s": docs as f64 / r.seconds,
                    "items": r.items,
                })
            })
            .collect();
        let out = serde_json::json!({
            "corpus": args.corpus, "docs": docs, "bytes": bytes, "repeats": args.repeats,
            "available_parallelism": cpus,
            "counts": {"tokens": n_tokens, "sentences": n_sents, "claims": n_claims},
            "rows": rows_json,
        });
        println!("{out}");
        return;
    }
    println!(
        "claimsift Rust API: {docs} docs, {:.2} MB, median of {} (available_parallelism={cpus})",
        bytes as f64 / 1e6,
        args.repeats
    );
    println!("tokens={n_tokens} sentences={n_sents} claims={n_claims}");
    println!("{:<12} {:<14} {:>7} {:>10} {:>10} {:>10}", "stage", "mode", "threads", "seconds", "MB/s", "docs/s");
    for r in &rows {
        println!(
            "{:<12} {:<14} {:>7} {:>10.4} {:>10.1} {:>10.0}",
            r.stage,
            r.mode,
            r.threads,
            r.seconds,
            bytes as f64 / r.seconds / 1e6,
            docs as f64 / r.seconds
        );
    }
}
