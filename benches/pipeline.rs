//! Criterion benches: each stage and the pipeline over the concatenated seeds.
#![allow(missing_docs)] // criterion macros generate undocumented functions
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn seeds() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let text = seeds();
    let mut g = c.benchmark_group("seeds");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize", |b| b.iter(|| claimsift::tokenize(&text)));
    g.bench_function("sentences", |b| b.iter(|| claimsift::split_sentences(&text)));
    let opts = claimsift::claims::ExtractOptions::default();
    g.bench_function("claims", |b| b.iter(|| claimsift::claims::extract(&text, &opts)));
    let p = claimsift::Pipeline::default();
    g.bench_function("pipeline", |b| b.iter(|| p.process(&text)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
