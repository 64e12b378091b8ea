//! Prints the numbers and claims the extractor finds in a sample of a JSONL news corpus, for
//! reading by eye (error analysis). The corpus is read at run time and never stored.
//!
//! `cargo run --example claims_dump -- CORPUS.jsonl [ARTICLES] [SKIP] [FILTER]`
//!
//! Takes every `SKIP`-th article (default 20) whose `id` contains `FILTER` (default: any), up
//! to `ARTICLES` (default 20), and prints each sentence that has a number mention. `CORPUS` `-`
//! reads one plain text per line from standard input (`-- - 1000 1`).

use claimsift::claims::{extract, ExtractOptions};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: claims_dump CORPUS.jsonl [ARTICLES] [SKIP] [FILTER]");
    let max: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let skip: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20).max(1);
    let filter = args.get(4).map(String::as_str).unwrap_or("");
    // `-` reads plain lines (one text each) from standard input, for probing.
    let plain = path == "-";
    let file: Box<dyn std::io::Read> = if plain {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).expect("open corpus"))
    };
    // CLAIMS_DUMP_LANG=de reads the text with that language's claim rules.
    let opts = match std::env::var("CLAIMS_DUMP_LANG") {
        Ok(l) => {
            ExtractOptions::for_lang(claimsift::Lang::parse(&l).expect("language")).expect("claim rules")
        }
        Err(_) => ExtractOptions::default(),
    };
    // CLAIMS_DUMP_TOKENS=1 also prints each sentence's tokens.
    let show_tokens = std::env::var_os("CLAIMS_DUMP_TOKENS").is_some();
    let (mut seen, mut done) = (0usize, 0usize);
    let (mut n_numbers, mut n_claims) = (0usize, 0usize);
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read corpus");
        let v: serde_json::Value = if plain {
            serde_json::json!({ "id": "stdin", "text": line })
        } else {
            match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(_) => continue,
            }
        };
        let id = v["id"].as_str().unwrap_or("");
        if !id.contains(filter) {
            continue;
        }
        seen += 1;
        if (seen - 1) % skip != 0 {
            continue;
        }
        if done == max {
            break;
        }
        done += 1;
        let text = v["text"].as_str().unwrap_or("");
        let tokens = claimsift::tokenize::tokenize(text);
        let sentences = claimsift::sentences::sentences_from_tokens_lang(text, &tokens, opts.lang);
        let ex = extract(text, &opts);
        println!("=== {id}");
        for s in &sentences {
            let nums: Vec<_> = ex
                .numbers
                .iter()
                .filter(|m| s.span.start <= m.span.start && m.span.end <= s.span.end)
                .collect();
            if nums.is_empty() {
                continue;
            }
            println!("\n> {}", s.span.slice(text).replace('\n', " "));
            if show_tokens {
                let toks: Vec<String> = tokens[s.token_start..s.token_end]
                    .iter()
                    .map(|t| format!("{}:{:?}", t.text(text), t.kind))
                    .collect();
                println!("  tokens: {}", toks.join(" "));
            }
            for m in nums {
                if m.kind.as_str() != "quantity" {
                    println!(
                        "  - {:<10} {:?} ({})",
                        m.kind.as_str(),
                        m.span.slice(text),
                        m.reason.as_deref().unwrap_or("")
                    );
                }
                n_numbers += 1;
            }
            for c in ex
                .claims
                .iter()
                .filter(|c| s.span.start <= c.span.start && c.span.end <= s.span.end)
            {
                n_claims += 1;
                let sl = |x: Option<claimsift::Span>| x.map(|x| x.slice(text).to_string());
                let mut line = format!(
                    "  + {:?} = {}{} {} {}",
                    c.span.slice(text),
                    c.value,
                    c.value_max.map(|m| format!("..{m}")).unwrap_or_default(),
                    c.unit,
                    c.bound.as_str()
                );
                if c.vague {
                    line += " vague";
                }
                if let Some(ch) = c.change {
                    line += &format!(" change={}", ch.as_str());
                }
                if c.level {
                    line += " level";
                }
                if let Some(x) = sl(c.counted) {
                    line += &format!(" counted={x:?}");
                }
                if let Some(x) = sl(c.counted_modifier) {
                    line += &format!(" mod={x:?}");
                }
                if let Some(x) = sl(c.per) {
                    line += &format!(" per={x:?}");
                }
                if let Some(x) = sl(c.attribution) {
                    line += &format!(" by={x:?}");
                }
                if let Some(x) = sl(c.time) {
                    line += &format!(" time={x:?}");
                }
                println!("{line}");
                if show_tokens {
                    // The `tests/claims.rs` table form.
                    let mut t = format!("{}|{}", c.span.slice(text), c.value);
                    if let Some(m) = c.value_max {
                        t += &format!("..{m}");
                    }
                    t += &format!("|{}|{}", c.unit, c.bound.as_str());
                    if let Some(ch) = c.change {
                        t += if ch.as_str() == "increase" { "|+" } else { "|-" };
                    }
                    println!("    {t:?}");
                }
            }
        }
        println!();
    }
    eprintln!("{done} articles, {n_numbers} numbers, {n_claims} claims");
}
