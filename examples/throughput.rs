//! Throughput of the Rust API on a JSONL corpus (one `{"text": ...}` object per line).
//!
//! ```text
//! cargo run --release --example throughput -- /work/shared/corpus/news.jsonl
//! cargo run --release --example throughput -- news.jsonl --repeats 5 --threads 1,2,16 --json
//! ```
//!
//! With `--gazetteer G.jsonl` it also builds the gazetteer (`Gazetteer::from_path`; build time
//! and peak memory reported) and times `find`, `find_batch` and the pipeline with it. The file
//! compiles with or without the gazetteer loader in the crate: the `GazetteerCompat` trait below
//! only supplies `from_path`/`pattern_count`/`find_batch` where the crate has no inherent ones
//! (inherent items win over trait items), and then the gazetteer stages are reported as skipped.
//! `--stages` and `--modes` run a subset (bench.py calls one stage and mode at a time, interleaved
//! with its peers).
//!
//! For each stage (tokenize, sentences, claims, pipeline) it times one document at a time on
//! one thread, and the whole corpus as a batch at each thread count (`parallel::map_indexed`,
//! and `Pipeline::process_batch(&texts, Some(n))` for the pipeline). One warm-up call first,
//! then `--repeats` timed passes; the median is reported as MB/s (10^6 bytes of UTF-8 text per
//! second) and documents per second. `--json` prints one JSON object instead of the table
//! (`benches/bench.py` reads it). The corpus is read at run time and never copied.
#![allow(missing_docs)]

use claimsift::claims::{self, ExtractOptions};
use claimsift::{parallel, split_sentences, tokenize, Document, Gazetteer, Pipeline, PipelineConfig};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

struct Args {
    corpus: String,
    repeats: usize,
    threads: Vec<usize>,
    limit_docs: Option<usize>,
    gazetteer: Option<String>,
    stages: Option<Vec<String>>,
    modes: Option<Vec<String>>,
    json: bool,
}

fn usage() -> ! {
    eprintln!(
        "usage: throughput CORPUS.jsonl [--repeats N] [--threads 1,2,..] [--limit-docs N] [--gazetteer G.jsonl] [--json]"
    );
    std::process::exit(2)
}

fn list(v: Option<String>) -> Vec<String> {
    v.unwrap_or_else(|| usage())
        .split(',')
        .map(|s| s.trim().to_string())
        .collect()
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
        stages: None,
        modes: None,
        json: false,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repeats" => args.repeats = it.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--threads" => {
                let v = it.next().unwrap_or_else(|| usage());
                args.threads = v
                    .split(',')
                    .map(|s| s.trim().parse().unwrap_or_else(|_| usage()))
                    .collect();
            }
            "--limit-docs" => {
                args.limit_docs = Some(it.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()))
            }
            "--gazetteer" => args.gazetteer = Some(it.next().unwrap_or_else(|| usage())),
            "--stages" => args.stages = Some(list(it.next())),
            "--modes" => args.modes = Some(list(it.next())),
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

/// A `/proc/self/status` field (`VmRSS`, `VmHWM`) in bytes; 0 where it is missing.
fn vm_status(key: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// Fallbacks for a crate without the gazetteer loader; the crate's inherent methods, where they
/// exist, take precedence and these are never called.
#[allow(dead_code)]
trait GazetteerCompat: Sized {
    fn from_path(path: &str) -> Result<Self, String>;
    fn pattern_count(&self) -> usize;
    fn find_batch(&self, texts: &[String], n: Option<usize>) -> Result<Vec<Vec<claimsift::Mention>>, String>;
}

impl GazetteerCompat for Gazetteer {
    fn from_path(_: &str) -> Result<Self, String> {
        Err("this build of claimsift has no Gazetteer::from_path (gazetteer branch not merged)".into())
    }
    fn pattern_count(&self) -> usize {
        0
    }
    fn find_batch(&self, texts: &[String], n: Option<usize>) -> Result<Vec<Vec<claimsift::Mention>>, String> {
        let r = parallel::map_indexed(texts, n, |_, t| Ok(self.find(t))).map_err(|e| e.to_string())?;
        r.into_iter().map(|x| x.map_err(|e| e.to_string())).collect()
    }
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
    let median = if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2.0
    };
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
    let want = |stage: &str| args.stages.as_ref().is_none_or(|s| s.iter().any(|x| x == stage));
    let want_mode = |mode: &str| args.modes.as_ref().is_none_or(|s| s.iter().any(|x| x == mode));
    let mut gaz_info = serde_json::Value::Null;
    let mut gaz: Option<Arc<Gazetteer>> = None;

    // The gazetteer is built first, so that its peak memory is not hidden by later stages.
    if let Some(path) = args
        .gazetteer
        .as_ref()
        .filter(|_| want("gazetteer") || want("pipeline+gaz"))
    {
        let rss0 = vm_status("VmRSS");
        let t = Instant::now();
        match Gazetteer::from_path(path).map_err(|e| e.to_string()) {
            Ok(g) => {
                let build_s = t.elapsed().as_secs_f64();
                let hwm = vm_status("VmHWM");
                gaz_info = serde_json::json!({
                    "path": path, "entities": g.entities().len(), "patterns": g.pattern_count(),
                    "build_seconds": build_s, "rss_before": rss0, "hwm_after": hwm,
                    "rss_after": vm_status("VmRSS"), "peak_build_mb": (hwm.saturating_sub(rss0)) as f64 / 1e6,
                });
                gaz = Some(Arc::new(g));
            }
            Err(e) => {
                eprintln!("skipped: gazetteer stages ({e})");
                gaz_info = serde_json::json!({ "skipped": e });
            }
        }
    }

    macro_rules! per_doc {
        ($stage:expr, $count:expr, $f:expr) => {{
            if want($stage) && want_mode("per-doc") {
                let items: usize = texts.iter().map(|t| $count($f(t.as_str()))).sum();
                let (s, all) = time(args.repeats, || {
                    for t in &texts {
                        black_box($f(t.as_str()));
                    }
                });
                rows.push(Row {
                    stage: $stage,
                    mode: "per-doc".into(),
                    threads: 1,
                    seconds: s,
                    times: all,
                    items,
                });
            }
        }};
    }
    // `$f` maps the whole list on `n` threads.
    macro_rules! batch {
        ($stage:expr, $mode:expr, $count:expr, $f:expr) => {{
            if want($stage) && want_mode("batch") {
                let items: usize = $count($f(1));
                for &n in &args.threads {
                    let (s, all) = time(args.repeats, || {
                        black_box($f(n));
                    });
                    rows.push(Row {
                        stage: $stage,
                        mode: $mode.into(),
                        threads: n,
                        seconds: s,
                        times: all,
                        items,
                    });
                }
            }
        }};
    }
    fn total<T>(r: Vec<claimsift::Result<Vec<T>>>) -> usize {
        r.iter().map(|v| v.as_ref().map_or(0, |v| v.len())).sum()
    }
    let claim_count = |d: &Document| d.claims.len();
    let docs_claims = |r: Vec<claimsift::Result<Document>>| -> usize {
        r.iter().map(|d| d.as_ref().map_or(0, claim_count)).sum()
    };

    per_doc!("tokenize", |v: Vec<_>| v.len(), tokenize);
    batch!("tokenize", "batch", total, |n| parallel::map_indexed(
        &texts,
        Some(n),
        |_, t| Ok(tokenize(t))
    )
    .unwrap());
    per_doc!("sentences", |v: Vec<_>| v.len(), split_sentences);
    batch!("sentences", "batch", total, |n| {
        parallel::map_indexed(&texts, Some(n), |_, t| Ok(split_sentences(t))).unwrap()
    });
    per_doc!("claims", |e: claims::Extraction| e.claims.len(), |t: &str| {
        claims::extract(t, &opts)
    });
    batch!(
        "claims",
        "batch",
        |r: Vec<claimsift::Result<claims::Extraction>>| -> usize {
            r.iter().map(|e| e.as_ref().map_or(0, |e| e.claims.len())).sum()
        },
        |n| parallel::map_indexed(&texts, Some(n), |_, t| Ok(claims::extract(t, &opts))).unwrap()
    );
    per_doc!("pipeline", |d: Document| d.claims.len(), |t: &str| pipeline
        .process(t));
    batch!("pipeline", "process_batch", docs_claims, |n| pipeline
        .process_batch(&texts, Some(n))
        .unwrap());
    if let Some(g) = &gaz {
        per_doc!("gazetteer", |v: Vec<_>| v.len(), |t: &str| g.find(t));
        batch!(
            "gazetteer",
            "find_batch",
            |r: Vec<Vec<_>>| r.iter().map(Vec::len).sum::<usize>(),
            |n| { g.find_batch(&texts, Some(n)).unwrap() }
        );
        let gp = Pipeline::new(PipelineConfig::default(), Some(g.clone()));
        per_doc!("pipeline+gaz", |d: Document| d.mentions.len(), |t: &str| gp
            .process(t));
        batch!(
            "pipeline+gaz",
            "process_batch",
            |r: Vec<claimsift::Result<Document>>| -> usize {
                r.iter().map(|d| d.as_ref().map_or(0, |d| d.mentions.len())).sum()
            },
            |n| gp.process_batch(&texts, Some(n)).unwrap()
        );
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
            "rows": rows_json, "gazetteer": gaz_info,
        });
        println!("{out}");
        return;
    }
    println!(
        "claimsift Rust API: {docs} docs, {:.2} MB, median of {} (available_parallelism={cpus})",
        bytes as f64 / 1e6,
        args.repeats
    );
    if !gaz_info.is_null() {
        println!("gazetteer: {gaz_info}");
    }
    println!(
        "{:<12} {:<14} {:>7} {:>10} {:>10} {:>10}",
        "stage", "mode", "threads", "seconds", "MB/s", "docs/s"
    );
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
