#!/usr/bin/env python
"""Throughput of claimsift against peers, measured in the same run (tiktoken-style).

Every measurement: one warm-up call, then ``--repeats`` timed passes over the documents; the
median pass is reported as MB/s (10^6 bytes of UTF-8 text per second) and docs/s. Modes:

- ``per-doc``: a Python loop calling the function on one document at a time (one thread);
- ``batch``: one call on the whole list, at each thread count in ``--threads``;
- ``rust``: the Rust API, timed by ``examples/throughput.rs`` in a subprocess (if built).

Each section prints a table with a ratio against the section's reference peer, measured in this
same run on the same documents (slow peers run on a fixed subset, and claimsift is timed again
on that subset for their ratios), then the goals it checks. Peers that cannot be imported are
skipped with a message; so are claimsift features that are not there yet.

    pip install spacy pysbd blingfire quantulum3 flashtext pyahocorasick ahocorasick_rs
    cargo build --release --example throughput      # optional: Rust-API rows
    python benches/bench.py --corpus /work/shared/corpus/news.jsonl \\
        --gazetteer /work/shared/corpus/gazetteer_cities.jsonl --json /tmp/bench.json

The corpus and gazetteer are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ("tokens", "sentences", "claims", "gazetteer", "pipeline")
CLAIM_PROBE = "Sales rose 5% to £3bn, while 1,700 people lost their jobs."


# --------------------------------------------------------------------------- machine and input


def machine_info() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    return {
        "nproc": affinity,
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_start": _loadavg(),
    }


def _loadavg() -> list | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def load_texts(path: str, limit: int | None) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def load_patterns(path: str) -> tuple[list[str], list[int], int]:
    """(pattern strings, entity index of each, number of entities): name + aliases per entity."""
    pats: list[str] = []
    ents: list[int] = []
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            seen = set()
            for p in [rec["name"], *rec.get("aliases", [])]:
                if p and p not in seen:
                    seen.add(p)
                    pats.append(p)
                    ents.append(n)
            n += 1
    return pats, ents, n


def nbytes(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def vm_status(key: str) -> int:
    """VmRSS / VmHWM of this process in bytes (0 where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# --------------------------------------------------------------------------- timing


class Bench:
    """Collects rows: (section, name, mode, threads, subset) -> median seconds."""

    def __init__(self, repeats: int):
        self.repeats = max(1, repeats)
        self.rows: list[dict] = []

    def _time(self, warm, run) -> list[float]:
        warm()
        times = []
        for _ in range(self.repeats):
            gc.collect()
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return times

    def add(self, section, name, mode, threads, texts, subset, times, items=None, note=""):
        med = statistics.median(times)
        b = nbytes(texts)
        row = {
            "section": section,
            "name": name,
            "mode": mode,
            "threads": threads,
            "subset": subset,
            "docs": len(texts),
            "bytes": b,
            "seconds": med,
            "times": times,
            "mb_s": b / med / 1e6,
            "docs_s": len(texts) / med,
            "items": items,
            "note": note,
        }
        self.rows.append(row)
        return row

    def per_doc(self, section, name, fn, texts, subset, count=None, note=""):
        """One document at a time; ``count(result)`` gives the number of items per document."""

        def run():
            for t in texts:
                fn(t)

        times = self._time(lambda: fn(texts[0]), run)
        items = sum(count(fn(t)) for t in texts) if count else None
        return self.add(section, name, "per-doc", 1, texts, subset, times, items, note)

    def batch(self, section, name, fn, texts, subset, threads, count=None, note=""):
        """``fn(texts, n)`` on the whole list; ``count(result)`` gives the total items."""
        out = {}

        def run():
            out["r"] = fn(texts, threads)

        times = self._time(lambda: fn(texts[:64], threads), run)
        items = count(out["r"]) if count else None
        out.clear()
        return self.add(section, name, "batch", threads, texts, subset, times, items, note)

    def find(self, section, name, mode=None, threads=None, subset=None):
        for r in self.rows:
            if r["section"] == section and r["name"] == name:
                if mode is not None and r["mode"] != mode:
                    continue
                if threads is not None and r["threads"] != threads:
                    continue
                if subset is not None and r["subset"] != subset:
                    continue
                return r
        return None


def print_table(bench: Bench, section: str, ref: dict | None, machine: dict) -> None:
    rows = [r for r in bench.rows if r["section"] == section]
    if not rows:
        return
    print(f"\n[{section}] median of {bench.repeats}; nproc={machine['nproc']}, CPU {machine['cpu_model']}")
    if ref:
        print(f"  ratio = MB/s / MB/s of {ref['name']} ({ref['mode']}, {ref['subset']}) on the same docs")
    hdr = f"  {'name':<44} {'mode':<8} {'thr':>3} {'docs':>6} {'MB/s':>9} {'docs/s':>9} {'items':>9}  ratio"
    print(hdr)
    for r in rows:
        ratio = ""
        if ref:
            peer = ref
            if r["subset"] != ref["subset"]:
                # compare with the reference peer measured on this row's subset, if any
                peer = bench.find(section, ref["name"], ref["mode"], subset=r["subset"])
            if peer:
                ratio = f"{r['mb_s'] / peer['mb_s']:.1f}x"
        items = "" if r["items"] is None else str(r["items"])
        print(
            f"  {r['name']:<44} {r['mode']:<8} {r['threads']:>3} {r['docs']:>6} {r['mb_s']:>9.3f} "
            f"{r['docs_s']:>9.1f} {items:>9}  {ratio}"
        )
        if r["note"]:
            print(f"      note: {r['note']}")


class Goals:
    def __init__(self):
        self.rows: list[dict] = []

    def check(self, goal: str, num: dict | None, den: dict | None, target: float, op: str = ">="):
        if not num or not den:
            missing = "claimsift row" if not num else "peer row"
            print(f"  GOAL {goal}: skipped ({missing} missing)")
            self.rows.append({"goal": goal, "ratio": None, "target": target, "met": None})
            return
        ratio = num["mb_s"] / den["mb_s"]
        met = ratio >= target if op == ">=" else ratio > target
        desc = (
            f"{num['name']} [{num['mode']},{num['threads']}t,{num['subset']}] {num['mb_s']:.2f} MB/s vs "
            f"{den['name']} [{den['mode']},{den['threads']}t,{den['subset']}] {den['mb_s']:.3f} MB/s"
        )
        print(f"  GOAL {goal}: {ratio:.1f}x (target {op}{target}x) {'MET' if met else 'NOT MET'}  -- {desc}")
        self.rows.append(
            {
                "goal": goal,
                "ratio": ratio,
                "target": target,
                "met": met,
                "num": num["name"],
                "den": den["name"],
            }
        )


def try_import(name: str):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return __import__(name)
    except Exception as e:  # noqa: BLE001 - any import failure means "skip this peer"
        print(f"  skipped: {name} cannot be imported ({type(e).__name__}: {e}); pip install it to compare")
        return None


# --------------------------------------------------------------------------- Rust API (subprocess)


def rust_rows(args, texts_limit: int | None) -> dict | None:
    exe = Path(args.rust_bin)
    if args.no_rust:
        return None
    if not exe.exists():
        print(f"  skipped: Rust API rows ({exe} not built: cargo build --release --example throughput)")
        return None
    cmd = [str(exe), args.corpus, "--json", "--repeats", str(args.repeats)]
    cmd += ["--threads", ",".join(map(str, args.threads))]
    if texts_limit is not None:
        cmd += ["--limit-docs", str(texts_limit)]
    if args.gazetteer and "gazetteer" in args.sections:
        cmd += ["--gazetteer", args.gazetteer]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=1800)
    except (subprocess.SubprocessError, OSError) as e:
        print(f"  skipped: Rust API rows ({' '.join(cmd)} failed: {e})")
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def add_rust(bench: Bench, rust: dict | None, section: str, stage: str, texts: list[str]) -> None:
    if not rust:
        return
    for r in rust["rows"]:
        if r["stage"] != stage:
            continue
        mode = "rust" if r["mode"] == "per-doc" else "rust-bat"
        label = f"claimsift Rust {stage} ({r['mode']})"
        bench.add(section, label, mode, r["threads"], texts, "all", r["times"], r.get("items"))


# --------------------------------------------------------------------------- sections


def sec_tokens(bench, args, texts, cs, rust, goals, machine):
    print("\n=== tokens")
    s = "tokens"
    spacy = try_import("spacy")
    nlp = spacy.blank("en") if spacy else None
    if nlp:
        ref = bench.per_doc(s, "spaCy blank('en').tokenizer", nlp.tokenizer, texts, "all", len)
        bench.batch(
            s,
            "spaCy tokenizer.pipe",
            lambda ts, n: list(nlp.tokenizer.pipe(ts)),
            texts,
            "all",
            1,
            lambda r: sum(len(d) for d in r),
        )
    else:
        ref = None
    bf = try_import("blingfire")
    if bf:
        bench.per_doc(s, "blingfire.text_to_words", bf.text_to_words, texts, "all", lambda r: len(r.split()))
    bench.per_doc(s, "claimsift.tokenize (Token objects)", cs.tokenize, texts, "all", len)
    for n in args.threads:
        bench.batch(
            s,
            "claimsift.tokenize_batch (Token objects)",
            lambda ts, n: cs.tokenize_batch(ts, n_threads=n),
            texts,
            "all",
            n,
            lambda r: sum(map(len, r)),
        )
    tok_pipe = cs.Pipeline(claims=False)
    for n in args.threads:
        bench.batch(
            s,
            "claimsift Pipeline(claims=False).process(tokens=True)",
            lambda ts, n: tok_pipe.process(ts, n_threads=n, tokens=True),
            texts,
            "all",
            n,
            lambda r: r.tokens.num_rows,
            note="Arrow tables incl. tokens, sentences",
        )
    add_rust(bench, rust, s, "tokenize", texts)
    print_table(bench, s, ref, machine)
    spc = bench.find(s, "spaCy blank('en').tokenizer")
    goals.check(
        "tokens: Rust API >= 100x spaCy tokenizer",
        bench.find(s, "claimsift Rust tokenize (per-doc)"),
        spc,
        100,
    )
    goals.check(
        "tokens: Python tokenize_batch(1 thread) >= 10x spaCy tokenizer",
        bench.find(s, "claimsift.tokenize_batch (Token objects)", threads=1),
        spc,
        10,
    )
    goals.check(
        "tokens: Python tokenize per-doc >= 10x spaCy tokenizer",
        bench.find(s, "claimsift.tokenize (Token objects)"),
        spc,
        10,
    )


def sec_sentences(bench, args, texts, cs, rust, goals, machine):
    print("\n=== sentences")
    s = "sentences"
    sub = texts[: args.pysbd_docs]
    sub_label = f"first {len(sub)}"
    spacy = try_import("spacy")
    ref = None
    if spacy:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        bench.per_doc(s, "spaCy blank('en')+sentencizer", nlp, texts, "all", lambda d: len(list(d.sents)))
    bf = try_import("blingfire")
    if bf:
        bench.per_doc(
            s,
            "blingfire.text_to_sentences",
            bf.text_to_sentences,
            texts,
            "all",
            lambda r: len(r.splitlines()),
        )
    bench.per_doc(s, "claimsift.split_sentences", cs.split_sentences, texts, "all", len)
    for n in args.threads:
        bench.batch(
            s,
            "claimsift.split_sentences_batch",
            lambda ts, n: cs.split_sentences_batch(ts, n_threads=n),
            texts,
            "all",
            n,
            lambda r: sum(map(len, r)),
        )
    add_rust(bench, rust, s, "sentences", texts)
    pysbd = try_import("pysbd")
    if pysbd:
        seg = pysbd.Segmenter(language="en", clean=False)
        ref = bench.per_doc(s, "pySBD Segmenter(clean=False)", seg.segment, sub, sub_label, len)
        bench.per_doc(s, "claimsift.split_sentences", cs.split_sentences, sub, sub_label, len)
    print_table(bench, s, ref, machine)
    goals.check(
        f"sentences: split_sentences >= 300x pySBD (both per-doc, {sub_label} docs)",
        bench.find(s, "claimsift.split_sentences", subset=sub_label),
        ref,
        300,
    )
    goals.check(
        "sentences: split_sentences faster than blingfire (per-doc)",
        bench.find(s, "claimsift.split_sentences", subset="all"),
        bench.find(s, "blingfire.text_to_sentences"),
        1.0,
        ">",
    )


def claims_available(cs) -> bool:
    try:
        return len(cs.extract_claims(CLAIM_PROBE)) > 0
    except Exception:  # noqa: BLE001
        return False


def sec_claims(bench, args, texts, cs, rust, goals, machine):
    print("\n=== claims")
    s = "claims"
    if not claims_available(cs):
        print(
            f"  skipped: claimsift.extract_claims finds no claims in {CLAIM_PROBE!r} (claims not merged yet)"
        )
        return
    sub = texts[: args.slow_docs]
    sub_label = f"first {len(sub)}"
    bench.per_doc(s, "claimsift.extract_claims", cs.extract_claims, texts, "all", len)
    for n in args.threads:
        bench.batch(
            s,
            "claimsift.extract_claims_batch",
            lambda ts, n: cs.extract_claims_batch(ts, n_threads=n),
            texts,
            "all",
            n,
            lambda r: sum(map(len, r)),
        )
    # the same run's Python tokenisation, for "claims no slower than tokenisation"
    tok = bench.find("tokens", "claimsift.tokenize (Token objects)")
    if tok is None:
        bench.per_doc(s, "claimsift.tokenize (Token objects)", cs.tokenize, texts, "all", len)
    add_rust(bench, rust, s, "claims", texts)
    ref = None
    q = try_import("quantulum3")
    if q:
        from quantulum3 import parser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = bench.per_doc(s, "quantulum3 parser.parse", parser.parse, sub, sub_label, len)
        bench.per_doc(s, "claimsift.extract_claims", cs.extract_claims, sub, sub_label, len)
    print_table(bench, s, ref, machine)
    goals.check(
        f"claims: extract_claims >= 1000x quantulum3 (per-doc, 1 thread, {sub_label} docs)",
        bench.find(s, "claimsift.extract_claims", subset=sub_label),
        ref,
        1000,
    )
    tok = tok or bench.find(s, "claimsift.tokenize (Token objects)")
    goals.check(
        "claims: extract_claims (per-doc) no slower than claimsift.tokenize (per-doc)",
        bench.find(s, "claimsift.extract_claims", subset="all"),
        tok,
        1.0,
    )
    goals.check(
        "claims: extract_claims_batch(1t) no slower than tokenize_batch(1t)",
        bench.find(s, "claimsift.extract_claims_batch", threads=1),
        bench.find("tokens", "claimsift.tokenize_batch (Token objects)", threads=1),
        1.0,
    )


# ----- gazetteer


def _bounded(text: str, s: int, e: int) -> bool:
    """Word-boundary filter a user adds to a raw substring matcher."""
    return (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())


def _leftmost_longest(spans):
    """Greedy leftmost-longest, non-overlapping selection of (start, end) spans."""
    spans.sort(key=lambda x: (x[0], -x[1]))
    out, last = [], -1
    for s, e in spans:
        if s >= last:
            out.append((s, e))
            last = e
    return out


def build_cs_gazetteer(cs, path):
    """claimsift's loader, whatever the bindings call it."""
    G = cs.Gazetteer
    for meth in ("from_jsonl", "from_path", "from_file", "load", "read"):
        f = getattr(G, meth, None)
        if f is not None:
            return f(path)
    raise AttributeError("claimsift.Gazetteer has no from_jsonl/from_path/from_file/load")


def cs_find_batch(g, texts, n):
    fb = getattr(g, "find_batch", None)
    if fb is None:
        raise AttributeError("no find_batch")
    return fb(texts, n_threads=n)


def build_peer(tool: str, pats: list[str], names_only: list[str]):
    """Builds one matcher; returns (scan function text -> list of spans, pattern count)."""
    if tool == "flashtext":
        from flashtext import KeywordProcessor

        kp = KeywordProcessor(case_sensitive=False)
        for p in pats:
            kp.add_keyword(p)

        def scan(text, kp=kp):
            return [(s, e) for _, s, e in kp.extract_keywords(text, span_info=True)]

        return scan, len(pats)
    if tool == "pyahocorasick":
        import ahocorasick

        a = ahocorasick.Automaton()
        for p in {p.lower() for p in pats}:
            a.add_word(p, len(p))
        a.make_automaton()

        def scan(text, a=a):
            low = text.lower()
            spans = [(e - n + 1, e + 1) for e, n in a.iter(low) if _bounded(low, e - n + 1, e + 1)]
            return _leftmost_longest(spans)

        return scan, len(pats)
    if tool == "ahocorasick_rs":
        import ahocorasick_rs

        lows = sorted({p.lower() for p in pats})
        ac = ahocorasick_rs.AhoCorasick(lows, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)

        def scan(text, ac=ac):
            low = text.lower()
            return [(s, e) for _, s, e in ac.find_matches_as_indexes(low) if _bounded(low, s, e)]

        return scan, len(pats)
    if tool == "spacy-phrasematcher":
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.util import filter_spans

        nlp = spacy.blank("en")
        pm = PhraseMatcher(nlp.vocab, attr="LOWER")
        pm.add("CITY", list(nlp.tokenizer.pipe(names_only)))

        def scan(text, nlp=nlp, pm=pm):
            doc = nlp.make_doc(text)
            spans = filter_spans([doc[s:e] for _, s, e in pm(doc)])
            return [(sp.start_char, sp.end_char) for sp in spans]

        return scan, len(names_only)
    raise ValueError(tool)


def child_build(args) -> None:
    """Subprocess: build one matcher, print {seconds, rss_before, hwm_after} as JSON."""
    tool = args.child_build
    if tool == "claimsift":
        import claimsift as cs

        rss0 = vm_status("VmRSS")
        t0 = time.perf_counter()
        g = build_cs_gazetteer(cs, args.gazetteer)
        sec = time.perf_counter() - t0
        n = len(g)
    else:
        pats, _, _ = load_patterns(args.gazetteer)
        names = phrase_patterns(args, pats)
        gc.collect()
        rss0 = vm_status("VmRSS")
        t0 = time.perf_counter()
        _scan, n = build_peer(tool, pats, names)
        sec = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "tool": tool,
                "seconds": sec,
                "rss_before": rss0,
                "hwm_after": vm_status("VmHWM"),
                "rss_after": vm_status("VmRSS"),
                "patterns": n,
            }
        )
    )


def phrase_patterns(args, pats: list[str]) -> list[str]:
    if args.phrasematcher_patterns == "all":
        return pats
    n = int(args.phrasematcher_patterns)
    return pats[:n]


def measure_build(args, tool: str) -> dict | None:
    cmd = [
        sys.executable,
        __file__,
        "--child-build",
        tool,
        "--gazetteer",
        args.gazetteer,
        "--phrasematcher-patterns",
        args.phrasematcher_patterns,
    ]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=1800)
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, OSError, ValueError) as e:
        err = getattr(e, "stderr", "") or ""
        print(f"  build of {tool} in a subprocess failed: {e} {err[-300:]}")
        return None


def sec_gazetteer(bench, args, texts, cs, rust, goals, machine, state):
    print("\n=== gazetteer")
    s = "gazetteer"
    if not args.gazetteer:
        print("  skipped: no --gazetteer given")
        return
    try:
        g = build_cs_gazetteer(cs, args.gazetteer)
        probe = g.find("He flew from London to Paris and then to New York.")
        if not probe:
            raise RuntimeError("find() returned no mentions for London/Paris/New York")
    except Exception as e:  # noqa: BLE001
        print(f"  skipped: claimsift gazetteer not usable from Python ({type(e).__name__}: {e})")
        g = None
    pats, _, n_ent = load_patterns(args.gazetteer)
    names = phrase_patterns(args, pats)
    print(
        f"  gazetteer: {n_ent} entities, {len(pats)} patterns (name + aliases); "
        f"PhraseMatcher on {len(names)} patterns (--phrasematcher-patterns {args.phrasematcher_patterns})"
    )
    builds = []
    ref = None
    counts = {}
    if g is not None:
        state["gazetteer"] = g
        builds.append(("claimsift", measure_build(args, "claimsift")))
        bench.per_doc(s, "claimsift Gazetteer.find", g.find, texts, "all", len)
        counts["claimsift Gazetteer.find"] = bench.rows[-1]["items"]
        for n in args.threads:
            try:
                bench.batch(
                    s,
                    "claimsift Gazetteer.find_batch",
                    lambda ts, n: cs_find_batch(g, ts, n),
                    texts,
                    "all",
                    n,
                    lambda r: sum(map(len, r)),
                )
            except AttributeError:
                print("  skipped: Gazetteer.find_batch not in the bindings")
                break
        add_rust(bench, rust, s, "gazetteer", texts)
    for tool, mod in [
        ("flashtext", "flashtext"),
        ("pyahocorasick", "ahocorasick"),
        ("ahocorasick_rs", "ahocorasick_rs"),
        ("spacy-phrasematcher", "spacy"),
    ]:
        if try_import(mod) is None:
            continue
        builds.append((tool, measure_build(args, tool)))
        scan, _ = build_peer(tool, pats, names)
        label = {
            "flashtext": "flashtext extract_keywords",
            "pyahocorasick": "pyahocorasick iter+boundary+LL",
            "ahocorasick_rs": "ahocorasick_rs LL+boundary",
            "spacy-phrasematcher": f"spaCy PhraseMatcher ({len(names)} pats)",
        }[tool]
        row = bench.per_doc(s, label, scan, texts, "all", len)
        counts[label] = row["items"]
        if tool == "flashtext":
            ref = row
        del scan
        gc.collect()
    print_table(bench, s, ref, machine)
    print("\n  build (separate subprocess each; peak = VmHWM after build - VmRSS before it)")
    print(f"  {'tool':<22} {'patterns':>9} {'seconds':>8} {'peak MB':>8} {'HWM MB':>8}")
    for tool, b in builds:
        if b:
            print(
                f"  {tool:<22} {b['patterns']:>9} {b['seconds']:>8.2f} "
                f"{(b['hwm_after'] - b['rss_before']) / 1e6:>8.0f} {b['hwm_after'] / 1e6:>8.0f}"
            )
    state["gazetteer_builds"] = dict(builds)
    state["gazetteer_counts"] = counts
    print("  match counts over the corpus:", json.dumps(counts, indent=None))
    cb = dict(builds).get("claimsift")
    if g is not None:
        goals.check(
            "gazetteer: scan >= 20x flashtext (per-doc)", bench.find(s, "claimsift Gazetteer.find"), ref, 20
        )
        if cb:
            peak = (cb["hwm_after"] - cb["rss_before"]) / 1e6
            sec = cb["seconds"]
            print(f"  GOAL gazetteer build < 3 s: {sec:.2f} s {'MET' if sec < 3 else 'NOT MET'}")
            print(f"  GOAL gazetteer build < 300 MB: {peak:.0f} MB {'MET' if peak < 300 else 'NOT MET'}")


def sec_pipeline(bench, args, texts, cs, rust, goals, machine, state):
    print("\n=== pipeline")
    s = "pipeline"
    spc = bench.find("tokens", "spaCy blank('en').tokenizer")
    if spc is None:
        spacy = try_import("spacy")
        if spacy:
            nlp = spacy.blank("en")
            spc = bench.per_doc(s, "spaCy blank('en').tokenizer", nlp.tokenizer, texts, "all", len)
    else:
        spc = dict(spc, section=s)
        bench.rows.append(spc)
    configs = [("Pipeline()", cs.Pipeline())]
    g = state.get("gazetteer")
    if g is not None:
        configs.append(("Pipeline(gazetteer=cities)", cs.Pipeline(gazetteer=g)))
    for label, p in configs:
        bench.per_doc(s, f"claimsift {label}(text) -> Doc", p, texts, "all")
        for n in args.threads:
            bench.batch(
                s,
                f"claimsift {label}.process -> Arrow",
                lambda ts, n, p=p: p.process(ts, n_threads=n),
                texts,
                "all",
                n,
                lambda r: r.claims.num_rows,
            )
        for n in args.threads:
            bench.batch(
                s,
                f"claimsift {label}.process_batch -> Docs",
                lambda ts, n, p=p: p.process_batch(ts, n_threads=n),
                texts,
                "all",
                n,
            )
    add_rust(bench, rust, s, "pipeline", texts)
    print_table(bench, s, spc, machine)
    one = bench.find(s, "claimsift Pipeline().process -> Arrow", threads=1)
    goals.check("pipeline: Pipeline().process (1 thread) >= 10x spaCy tokenizer (per-doc)", one, spc, 10)
    if one:
        for r in bench.rows:
            if r["section"] == s and r["name"] == one["name"] and r["threads"] != 1:
                x = r["mb_s"] / one["mb_s"]
                print(
                    f"  scaling: process at {r['threads']} threads = {x:.2f}x of 1 thread "
                    f"({r['mb_s']:.2f} vs {one['mb_s']:.2f} MB/s, "
                    f"{r['docs_s']:.0f} vs {one['docs_s']:.0f} docs/s)"
                )


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="/work/shared/corpus/news.jsonl", help="JSONL with a 'text' field")
    ap.add_argument("--gazetteer", default=None, help="gazetteer JSONL (id, name, aliases, ...)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per measurement (median)")
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma list of " + ",".join(SECTIONS))
    ap.add_argument("--limit-docs", type=int, default=None, help="use only the first N documents")
    ap.add_argument("--threads", default=None, help="thread counts for batch calls (default 1,nproc)")
    ap.add_argument("--slow-docs", type=int, default=100, help="docs for quantulum3 (default: first 100)")
    ap.add_argument("--pysbd-docs", type=int, default=200, help="docs for pySBD (default: first 200)")
    ap.add_argument(
        "--phrasematcher-patterns",
        default="all",
        help="'all' or N: build spaCy's PhraseMatcher on the first N patterns",
    )
    ap.add_argument("--rust-bin", default=str(REPO / "target/release/examples/throughput"))
    ap.add_argument("--no-rust", action="store_true", help="skip the Rust-API subprocess")
    ap.add_argument("--json", default=None, metavar="OUT", help="write all rows and goals as JSON")
    ap.add_argument("--child-build", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_build:
        child_build(args)
        return 0
    args.sections = [x.strip() for x in args.sections.split(",") if x.strip()]
    bad = set(args.sections) - set(SECTIONS)
    if bad:
        ap.error(f"unknown sections: {sorted(bad)}")
    machine = machine_info()
    if args.threads is None:
        args.threads = sorted({1, machine["nproc"]})
    else:
        args.threads = [int(x) for x in args.threads.split(",")]

    import claimsift as cs

    texts = load_texts(args.corpus, args.limit_docs)
    machine["claimsift"] = getattr(cs, "__version__", "?")
    machine["claimsift_file"] = cs.__file__
    try:
        machine["git"] = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        pass
    print(
        f"machine: nproc={machine['nproc']} (os.cpu_count={machine['cpu_count']}), "
        f"CPU {machine['cpu_model']}, "
        f"Python {machine['python']}, loadavg {machine['loadavg_start']}"
    )
    print(
        f"corpus: {args.corpus}: {len(texts)} docs, {nbytes(texts) / 1e6:.2f} MB UTF-8; "
        f"repeats={args.repeats}; "
        f"threads={args.threads}; claimsift {machine['claimsift']} ({machine.get('git', '')})"
    )
    rust = None
    if {"tokens", "sentences", "claims", "pipeline", "gazetteer"} & set(args.sections):
        rust = rust_rows(args, args.limit_docs)
        if rust:
            machine["rust_available_parallelism"] = rust.get("available_parallelism")
    bench, goals, state = Bench(args.repeats), Goals(), {}
    for sec in SECTIONS:
        if sec not in args.sections:
            continue
        if sec == "tokens":
            sec_tokens(bench, args, texts, cs, rust, goals, machine)
        elif sec == "sentences":
            sec_sentences(bench, args, texts, cs, rust, goals, machine)
        elif sec == "claims":
            sec_claims(bench, args, texts, cs, rust, goals, machine)
        elif sec == "gazetteer":
            sec_gazetteer(bench, args, texts, cs, rust, goals, machine, state)
        elif sec == "pipeline":
            sec_pipeline(bench, args, texts, cs, rust, goals, machine, state)
    machine["loadavg_end"] = _loadavg()
    print(f"\nloadavg at end: {machine['loadavg_end']}")
    if args.json:
        out = {
            "machine": machine,
            "args": {k: v for k, v in vars(args).items() if k != "child_build"},
            "rows": bench.rows,
            "goals": goals.rows,
            "gazetteer_builds": state.get("gazetteer_builds"),
            "gazetteer_counts": state.get("gazetteer_counts"),
            "rust": rust,
        }
        Path(args.json).write_text(json.dumps(out, indent=1))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
