//! Replays the saved fuzz inputs (`fuzz/corpus/<target>/*`: inputs that found bugs, and hostile
//! seeds) through the same checks the cargo-fuzz targets run, in every `cargo test`.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut n = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    paths.sort();
    for p in paths {
        let data = std::fs::read(&p).unwrap();
        let r = std::panic::catch_unwind(|| check(&data));
        assert!(r.is_ok(), "fuzz input {} fails", p.display());
        n += 1;
    }
    assert!(n > 0, "no corpus files in {}", dir.display());
}

#[test]
fn text_corpus() {
    replay("text", claimsift::fuzzing::text);
}

#[test]
fn pipeline_corpus() {
    replay("pipeline", claimsift::fuzzing::pipeline);
}

#[test]
fn gazetteer_bytes_corpus() {
    replay("gazetteer_bytes", claimsift::fuzzing::gazetteer_bytes);
}

#[test]
fn numbers_corpus() {
    replay("numbers", claimsift::fuzzing::numbers);
}
