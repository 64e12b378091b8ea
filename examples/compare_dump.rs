//! Prints a comparison of text files with every figure's measure, scope, period and role, for
//! inspecting the grouping: `cargo run --example compare_dump -- a.txt b.txt [--date a=2023-09-09]`.
use claimsift::compare::{Comparator, CompareOptions, DocMeta};
use claimsift::Pipeline;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dates = std::collections::HashMap::new();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--date" {
            if let Some((k, v)) = it.next().and_then(|s| s.split_once('=')) {
                dates.insert(k.to_string(), v.to_string());
            }
        } else {
            files.push(a.clone());
        }
    }
    let p = Pipeline::default();
    let mut cmp = Comparator::new(CompareOptions::default());
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable UTF-8 file");
        let id = std::path::Path::new(f)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let mut m = DocMeta::new(id.clone());
        if let Some(d) = dates.get(&id) {
            m = m.date(d).expect("ISO date");
        }
        let doc = p.process(&text);
        for c in &doc.claims {
            println!(
                "  {id:<14} {:<22} measure={:<22} scope={:<16} time={:?} role={:?}",
                c.span.slice(&text),
                c.measure.as_deref().unwrap_or("-"),
                c.scope.as_deref().unwrap_or("-"),
                c.time_ref,
                c.role.map(|r| r.as_str())
            );
        }
        cmp.add(m, &text, &doc);
    }
    let out = cmp.finish();
    for (i, s) in out.stories.iter().enumerate() {
        let ids: Vec<&str> = s.docs.iter().map(|&d| out.docs[d].id.as_str()).collect();
        println!("story {i}: {ids:?} names={:?} main={:?}", s.names, s.main_scope);
    }
    for g in &out.groups {
        if g.docs < 2 {
            continue;
        }
        println!(
            "[{}] {} ({}) {}",
            g.story,
            g.label,
            g.unit_class,
            g.status.as_str()
        );
        for &m in &g.members {
            let e = &out.entries[m];
            println!(
                "    {:<14} {:<24} {:?}",
                out.docs[e.doc].id,
                e.text,
                e.period.map(|p| p.to_iso())
            );
        }
    }
}
