//! Criterion benches for the gazetteer: the gold gazetteer over the seeds (always), and the
//! GeoNames cities gazetteer over the BBC corpus when `../shared/corpus` is present (read at
//! run time; never copied into the repo).
#![allow(missing_docs)] // criterion macros generate undocumented functions
use claimsift::gazetteer::Gazetteer;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn seeds() -> String {
    let mut paths: Vec<_> = std::fs::read_dir(format!("{ROOT}/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn news() -> Option<Vec<String>> {
    let s = std::fs::read_to_string(format!("{ROOT}/../shared/corpus/news.jsonl")).ok()?;
    Some(
        s.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| v["text"].as_str().unwrap_or("").to_string())
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let gold = Gazetteer::from_path(format!("{ROOT}/tests/data/gold/entities.json")).unwrap();
    let text = seeds();
    let mut g = c.benchmark_group("gazetteer");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("gold/seeds", |b| b.iter(|| gold.find(&text)));
    let gold_stem = Gazetteer::builder()
        .stem(true)
        .build(gold.entities().to_vec())
        .unwrap();
    g.bench_function("gold+stem/seeds", |b| b.iter(|| gold_stem.find(&text)));
    let bytes = gold.to_bytes();
    g.bench_function("gold/from_bytes", |b| {
        b.iter(|| Gazetteer::from_bytes(&bytes).unwrap())
    });
    g.finish();

    let cities = format!("{ROOT}/../shared/corpus/gazetteer_cities.jsonl");
    if let (Some(texts), true) = (news(), std::path::Path::new(&cities).exists()) {
        let gz = Gazetteer::from_path(&cities).unwrap();
        let total: usize = texts.iter().map(|t| t.len()).sum();
        let mut g = c.benchmark_group("cities");
        g.sample_size(10);
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function("news/find", |b| {
            b.iter(|| texts.iter().map(|t| gz.find(t).len()).sum::<usize>())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
