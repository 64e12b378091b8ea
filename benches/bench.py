#!/usr/bin/env python
"""Throughput of claimsift against peers, measured in the same run (tiktoken-style).

Every measurement is one warm-up call, then ``--repeats`` timed rounds over the documents (in a
round, a pass shorter than ``--min-time`` is repeated and the mean pass taken); the median round is
reported as MB/s (10^6 bytes of UTF-8 text per second) and docs/s. The passes of
all the candidates of a section are interleaved (round-robin, order rotated each round), so that
load from other processes on a shared machine hits peers and claimsift alike. Modes:

- ``per-doc``: a Python loop calling the function on one document at a time (one thread);
- ``batch``: one call on the whole list, at each thread count in ``--threads`` (``cores`` = process
  CPU seconds / wall seconds: how many cores the call actually got on a shared machine, and
  ``MB/cpu-s`` = MB/s / cores, the parallel efficiency measure that load does not distort; on
  per-doc rows, MB per CPU-second of the calling thread, which time spent waiting for a core on a
  shared machine does not inflate; the quantulum3 and CQE goals are checked on both);
- ``rust`` / ``rust-bat``: the Rust API, timed inside ``examples/throughput.rs`` (a subprocess
  per pass, one stage and mode at a time), if it is built.

Each section prints a table with a ratio against the section's reference peer on the same
documents (slow peers, quantulum3, CQE and pySBD, run on a fixed subset, and claimsift runs on that
subset too, for their ratio), then the goals it checks. Peers that cannot be imported are skipped with a message; so
are claimsift features that are not there yet.

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
GAZ_PROBE = "He flew from London to Paris and then to New York."


# --------------------------------------------------------------------------- machine and input


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}x" if x < 10 else f"{x:.1f}x"


def mbs(x: float) -> str:
    """MB/s with three significant digits below 1."""
    return f"{x:.3f}" if x < 1 else f"{x:.2f}"


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
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    return {
        "nproc": nproc,
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_start": loadavg(),
    }


def loadavg() -> list | None:
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


def load_patterns(path: str) -> tuple[list[str], int]:
    """(pattern strings, number of entities): each entity's name and aliases, deduplicated."""
    pats: list[str] = []
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
            n += 1
    return pats, n


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


def try_import(name: str):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return __import__(name)
    except Exception as e:  # noqa: BLE001 - any import failure means "skip this peer"
        print(f"  skipped: {name} cannot be imported ({type(e).__name__}: {e}); pip install it to compare")
        return None


# --------------------------------------------------------------------------- timing


class Case:
    """One candidate: ``kind`` is per-doc (fn(text)), batch (fn(texts, threads)) or rust (fn(limit))."""

    def __init__(self, name, kind, fn, texts, subset="all", threads=1, count=None, note="", mode=None):
        self.name, self.kind, self.fn, self.texts = name, kind, fn, texts
        self.subset, self.threads, self.count, self.note = subset, threads, count, note
        self.mode = mode or kind
        self.times: list[float] = []
        self.cpu: list[float] = []  # process CPU seconds per pass (batch rows): all threads
        # CPU seconds of the calling thread per pass (per-doc rows, and peers that report it):
        # on a shared machine, wall time also counts the time a call waits for a core.
        self.thread_cpu: list[float] = []
        self.passes: list[int] = []  # passes per round
        self.items = None

    def warm(self) -> bool:
        if self.kind == "per-doc":
            self.fn(self.texts[0])
        elif self.kind == "batch":
            self.fn(self.texts[:64], self.threads)
        else:
            return self.fn(20) is not None
        return True

    def run(self, first: bool, min_time: float = 0.0) -> None:
        """One round: the pass is repeated until ``min_time`` seconds have passed (timeit's
        autorange), and the round's time is the mean pass, so short passes are not one sample of
        the load on a shared machine."""
        total = cpu = 0.0
        n = 0
        while True:
            dt, dc = self._pass(first and n == 0)
            total, cpu, n = total + dt, cpu + dc, n + 1
            if self.kind == "rust" or total >= min_time:
                break
        self.times.append(total / n)
        if self.kind == "batch":
            self.cpu.append(cpu / n)
        elif cpu > 0:
            self.thread_cpu.append(cpu / n)
        self.passes.append(n)

    def _pass(self, first: bool) -> tuple[float, float]:
        if self.kind == "per-doc":
            fn, count, acc, cpu, n = self.fn, self.count, 0.0, 0.0, 0
            pc, tc = time.perf_counter, time.thread_time
            for t in self.texts:
                c0 = tc()
                t0 = pc()
                r = fn(t)
                acc += pc() - t0
                cpu += tc() - c0
                if first and count:
                    n += count(r)
            del r
            if first and count:
                self.items = n
            return acc, cpu
        if self.kind == "batch":
            c0, t0 = time.process_time(), time.perf_counter()
            r = self.fn(self.texts, self.threads)
            dt, dc = time.perf_counter() - t0, time.process_time() - c0
            if first and self.count:
                self.items = self.count(r)
            del r
            return dt, dc
        res = self.fn(None)
        self.items = res[1]
        # a subprocess peer may report its own thread CPU time as a third element
        return res[0], (res[2] if len(res) > 2 else 0.0)


class Bench:
    def __init__(self, repeats: int, min_time: float = 0.5):
        self.repeats = max(1, repeats)
        self.min_time = min_time
        self.rows: list[dict] = []
        self.refs: dict = {}

    def measure(self, section: str, cases: list[Case]) -> None:
        """Warm each case, then run all of them round-robin ``repeats`` times."""
        live = []
        for c in cases:
            try:
                if c.warm():
                    live.append(c)
                else:
                    print(f"  skipped: {c.name} [{c.mode}] (not available in this build)")
            except Exception as e:  # noqa: BLE001
                print(f"  skipped: {c.name} [{c.mode}] ({type(e).__name__}: {e})")
        for r in range(self.repeats):
            k = r % max(1, len(live))
            for c in live[k:] + live[:k]:
                gc.collect()
                c.run(first=(r == 0), min_time=self.min_time)
        for c in live:
            med = statistics.median(c.times)
            b = nbytes(c.texts)
            self.rows.append(
                {
                    "section": section,
                    "name": c.name,
                    "mode": c.mode,
                    "threads": c.threads,
                    "subset": c.subset,
                    "docs": len(c.texts),
                    "bytes": b,
                    "seconds": med,
                    "times": c.times,
                    "passes": c.passes,
                    "mb_s": b / med / 1e6,
                    "docs_s": len(c.texts) / med,
                    "items": c.items,
                    "note": c.note,
                    # cores actually used: CPU seconds / wall seconds, summed over the passes
                    "cores": sum(c.cpu) / sum(c.times) if c.cpu else None,
                    # MB per CPU-second of the calling thread (median round), where measured
                    "cpu_mb_s": b / statistics.median(c.thread_cpu) / 1e6 if c.thread_cpu else None,
                    "thread_cpu": c.thread_cpu,
                }
            )

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


def per_doc_cases(name, fn, texts, count=None, subset="all", note=""):
    return [Case(name, "per-doc", fn, texts, subset, 1, count, note)]


def batch_cases(name, fn, texts, threads, count=None, note=""):
    return [Case(name, "batch", fn, texts, "all", n, count, note) for n in threads]


def print_table(bench: Bench, section: str, ref: dict | None, machine: dict) -> None:
    rows = [r for r in bench.rows if r["section"] == section]
    if ref:
        bench.refs[section] = [ref["name"], ref["mode"]]
    if not rows:
        return
    print(f"\n[{section}] median of {bench.repeats} interleaved passes; nproc={machine['nproc']}, ", end="")
    print(f"CPU {machine['cpu_model']}")
    if ref:
        print(f"  ratio = MB/s / MB/s of {ref['name']} ({ref['mode']}) on the same docs, same run")
    print(
        f"  {'name':<50} {'mode':<8} {'thr':>3} {'docs':>5} {'MB/s':>8} {'docs/s':>8} {'items':>8} "
        f"{'cores':>5} {'MB/cpu-s':>8}  ratio"
    )
    for r in rows:
        ratio = ""
        if ref:
            peer = ref if r["subset"] == ref["subset"] else None
            if peer is None:  # the reference peer measured on this row's subset, if any
                peer = bench.find(section, ref["name"], ref["mode"], subset=r["subset"])
            if peer:
                ratio = fmt_ratio(r["mb_s"] / peer["mb_s"])
        items = "" if r["items"] is None else str(r["items"])
        cores = "" if r.get("cores") is None else f"{r['cores']:.2f}"
        if r.get("cpu_mb_s"):  # per-doc rows: MB per CPU-second of the calling thread
            per_cpu = mbs(r["cpu_mb_s"])
        else:
            per_cpu = "" if not r.get("cores") else f"{r['mb_s'] / r['cores']:.1f}"
        print(
            f"  {r['name']:<50} {r['mode']:<8} {r['threads']:>3} {r['docs']:>5} {mbs(r['mb_s']):>8} "
            f"{r['docs_s']:>8.0f} {items:>8} {cores:>5} {per_cpu:>8}  {ratio}"
        )
        if r["note"]:
            print(f"      ({r['note']})")


class Goals:
    def __init__(self):
        self.rows: list[dict] = []

    def check(self, goal: str, num: dict | None, den: dict | None, target: float, strict: bool = False):
        op = ">" if strict else ">="
        if not num or not den:
            missing = "claimsift row" if not num else "peer row"
            print(f"  GOAL {goal}: skipped ({missing} missing)")
            self.rows.append({"goal": goal, "ratio": None, "target": target, "met": None})
            return
        ratio = num["mb_s"] / den["mb_s"]
        met = ratio > target if strict else ratio >= target
        print(f"  GOAL {goal}: {fmt_ratio(ratio)} (target {op}{target}x) {'MET' if met else 'NOT MET'}")
        print(
            f"       {num['name']} [{num['mode']},{num['threads']}t,{num['subset']}] {num['mb_s']:.2f} MB/s"
            f" vs {den['name']} [{den['mode']},{den['threads']}t,{den['subset']}] {den['mb_s']:.3f} MB/s"
        )
        self.rows.append(
            {"goal": goal, "ratio": ratio, "target": target, "op": op, "met": met}
            | {"num": [num["name"], num["mode"], num["threads"], num["subset"], num["mb_s"]]}
            | {"den": [den["name"], den["mode"], den["threads"], den["subset"], den["mb_s"]]}
        )

    def check_cpu(self, goal: str, num: dict | None, den: dict | None, target: float):
        """As ``check``, on MB per CPU-second of the calling thread (both rows must have it)."""
        if not num or not den or not num.get("cpu_mb_s") or not den.get("cpu_mb_s"):
            print(f"  GOAL {goal}: skipped (no thread CPU time on both rows)")
            self.rows.append({"goal": goal, "ratio": None, "target": target, "met": None})
            return
        ratio = num["cpu_mb_s"] / den["cpu_mb_s"]
        met = ratio >= target
        print(f"  GOAL {goal}: {fmt_ratio(ratio)} (target >={target}x) {'MET' if met else 'NOT MET'}")
        print(
            f"       {num['name']} [{num['subset']}] {num['cpu_mb_s']:.2f} MB/cpu-s"
            f" vs {den['name']} [{den['subset']}] {den['cpu_mb_s']:.4f} MB/cpu-s"
        )
        self.rows.append({"goal": goal, "ratio": ratio, "target": target, "op": ">=", "met": met})

    def value(self, goal: str, value: float, target: float, unit: str):
        met = value < target
        print(f"  GOAL {goal}: {value:.2f} {unit} (target <{target} {unit}) {'MET' if met else 'NOT MET'}")
        self.rows.append({"goal": goal, "value": value, "target": target, "op": "<", "met": met})


# --------------------------------------------------------------------------- Rust API (subprocess)


class Rust:
    """Runs ``examples/throughput`` for one stage and mode, one timed pass per call."""

    def __init__(self, args):
        self.args = args
        self.exe = Path(args.rust_bin)
        self.ok = not args.no_rust and self.exe.exists()
        if not args.no_rust and not self.exe.exists():
            print(
                f"note: Rust-API rows skipped ({self.exe} not built: "
                "cargo build --release --example throughput)"
            )

    def call(self, stage: str, mode: str, threads: int, limit: int | None):
        a = self.args
        reps = "1" if limit is not None else "3"  # median of 3 inside each round (1 for the probe)
        cmd = [str(self.exe), a.corpus, "--json", "--repeats", reps, "--stages", stage]
        cmd += ["--modes", mode, "--threads", str(threads)]
        lim = limit if limit is not None else a.limit_docs
        if lim is not None:
            cmd += ["--limit-docs", str(lim)]
        if a.gazetteer:
            cmd += ["--gazetteer", a.gazetteer]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=600)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        if not res["rows"]:
            return None
        row = res["rows"][0]
        return row["seconds"], row["items"]

    def cases(self, stage: str, texts, threads, label=None) -> list[Case]:
        if not self.ok:
            return []
        label = label or stage
        out = [
            Case(
                f"claimsift Rust {label} (one doc at a time)",
                "rust",
                lambda lim: self.call(stage, "per-doc", 1, lim),
                texts,
                mode="rust",
            )
        ]
        for n in threads:
            out.append(
                Case(
                    f"claimsift Rust {label} (batch)",
                    "rust",
                    lambda lim, n=n: self.call(stage, "batch", n, lim),
                    texts,
                    threads=n,
                    mode="rust-bat",
                )
            )
        return out


class Cqe:
    """CQE, the strongest published quantity extractor, as a peer: it pins its own spaCy, emoji
    and inflect, so it runs in its own virtualenv (``--cqe-python``) as ``benches/cqe_peer.py
    --serve``, a server that times one pass over the first ``--cqe-docs`` texts per request
    (one ``parse`` call per text, summed per-call times, as the per-doc rows here)."""

    def __init__(self, args):
        self.args, self.proc = args, None
        py = args.cqe_python
        if not py:
            print("  skipped: CQE (no --cqe-python / CLAIMSIFT_CQE_PYTHON; see benches/README.md)")
            return
        if not Path(py).exists():
            print(f"  skipped: CQE ({py} does not exist)")
            return
        env = dict(os.environ)
        if args.cqe_locpath:
            env["LOCPATH"] = args.cqe_locpath
        env["LC_ALL"] = env["LANG"] = "en_US.UTF-8"
        cmd = [
            py,
            str(REPO / "benches" / "cqe_peer.py"),
            "--serve",
            args.corpus,
            "--docs",
            str(args.cqe_docs),
        ]
        try:
            self.proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            ready = json.loads(self.proc.stdout.readline() or "{}")
        except (OSError, ValueError) as e:
            print(f"  skipped: CQE cannot start ({type(e).__name__}: {e})")
            self.close()
            return
        if not ready.get("ready"):
            print(
                "  skipped: CQE did not start (is its virtualenv complete? run cqe_peer.py --parse by hand)"
            )
            self.close()
            return
        print(f"  CQE loaded in {ready['load_s']:.1f} s ({ready['docs']} docs)")

    def call(self, limit):
        if self.proc is None:
            return None
        self.proc.stdin.write("pass\n")
        self.proc.stdin.flush()
        res = json.loads(self.proc.stdout.readline())
        if res.get("errors"):
            print(f"  note: CQE raised on {res['errors']} documents (counted in its time)")
        return res["seconds"], res["items"], res.get("cpu_seconds", 0.0)

    def case(self, texts, label) -> list[Case]:
        if self.proc is None:
            return []
        return [Case("CQE parse (own venv, subprocess)", "rust", self.call, texts, label, mode="cqe")]

    def close(self):
        if self.proc is not None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired, ValueError):
                self.proc.kill()
            self.proc = None


# --------------------------------------------------------------------------- sections


def spacy_blank(state):
    """One spaCy blank('en') shared by all sections (its tokenizer cache stays warm)."""
    if "spacy" not in state:
        spacy = try_import("spacy")
        state["spacy"] = spacy.blank("en") if spacy else None
    return state["spacy"]


def sec_tokens(bench, args, texts, cs, rust, goals, machine, state):
    s = "tokens"
    cases = []
    nlp = spacy_blank(state)
    if nlp:
        cases += per_doc_cases("spaCy blank('en').tokenizer", nlp.tokenizer, texts, len)
        cases += batch_cases(
            "spaCy tokenizer.pipe", lambda ts, n: list(nlp.tokenizer.pipe(ts)), texts, [1], _sum_len
        )
    bf = try_import("blingfire")
    if bf:
        cases += per_doc_cases("blingfire.text_to_words", bf.text_to_words, texts, lambda r: len(r.split()))
    cases += per_doc_cases("claimsift.tokenize (Token objects)", cs.tokenize, texts, len)
    cases += batch_cases(
        "claimsift.tokenize_batch (Token objects)",
        lambda ts, n: cs.tokenize_batch(ts, n_threads=n),
        texts,
        args.threads,
        _sum_len,
    )
    cases += batch_cases(
        "claimsift.tokenize_batch, gc disabled in call",
        lambda ts, n: _no_gc(cs.tokenize_batch, ts, n_threads=n),
        texts,
        [1],
        _sum_len,
        note="diagnostic: the row above with Python's cyclic GC off; a gap means GC-tracked Token objects",
    )
    tok_pipe = cs.Pipeline(claims=False)
    cases += batch_cases(
        "claimsift Pipeline(claims=False).process(tokens)",
        lambda ts, n: tok_pipe.process(ts, n_threads=n, tokens=True),
        texts,
        args.threads,
        lambda r: r.tokens.num_rows,
        note="Arrow tables: documents, sentences and tokens",
    )
    cases += rust.cases("tokenize", texts, args.threads)
    bench.measure(s, cases)
    spc = bench.find(s, "spaCy blank('en').tokenizer")
    print_table(bench, s, spc, machine)
    goals.check(
        "tokens: Rust API (one doc at a time) >= 100x spaCy tokenizer",
        bench.find(s, "claimsift Rust tokenize (one doc at a time)"),
        spc,
        100,
    )
    goals.check(
        "tokens: Python tokenize_batch (1 thread, Token objects) >= 10x spaCy tokenizer",
        bench.find(s, "claimsift.tokenize_batch (Token objects)", threads=1),
        spc,
        10,
    )
    goals.check(
        "tokens: Python tokenize per doc (Token objects) >= 10x spaCy tokenizer",
        bench.find(s, "claimsift.tokenize (Token objects)"),
        spc,
        10,
    )


def _sum_len(r) -> int:
    return sum(len(x) for x in r)


def _no_gc(fn, *a, **kw):
    gc.disable()
    try:
        return fn(*a, **kw)
    finally:
        gc.enable()


def sec_sentences(bench, args, texts, cs, rust, goals, machine, state):
    s = "sentences"
    sub = texts[: args.pysbd_docs]
    sub_label = f"first {len(sub)}"
    cases = []
    spacy = try_import("spacy")
    if spacy:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        cases += per_doc_cases("spaCy blank('en')+sentencizer", nlp, texts, lambda d: len(list(d.sents)))
    bf = try_import("blingfire")
    if bf:
        cases += per_doc_cases(
            "blingfire.text_to_sentences", bf.text_to_sentences, texts, lambda r: len(r.splitlines())
        )
    cases += per_doc_cases("claimsift.split_sentences", cs.split_sentences, texts, len)
    cases += batch_cases(
        "claimsift.split_sentences_batch",
        lambda ts, n: cs.split_sentences_batch(ts, n_threads=n),
        texts,
        args.threads,
        _sum_len,
    )
    cases += rust.cases("sentences", texts, args.threads)
    pysbd = try_import("pysbd")
    if pysbd:
        seg = pysbd.Segmenter(language="en", clean=False)
        cases += per_doc_cases("pySBD Segmenter(clean=False)", seg.segment, sub, len, sub_label)
        cases += per_doc_cases("claimsift.split_sentences", cs.split_sentences, sub, len, sub_label)
    bench.measure(s, cases)
    ref = bench.find(s, "pySBD Segmenter(clean=False)")
    print_table(bench, s, ref, machine)
    goals.check(
        f"sentences: split_sentences >= 300x pySBD (both one doc at a time, {sub_label} docs)",
        bench.find(s, "claimsift.split_sentences", subset=sub_label),
        ref,
        300,
    )
    goals.check(
        "sentences: split_sentences faster than blingfire (one doc at a time, all docs)",
        bench.find(s, "claimsift.split_sentences", subset="all"),
        bench.find(s, "blingfire.text_to_sentences"),
        1.0,
        strict=True,
    )


def claims_available(cs) -> bool:
    try:
        return len(cs.extract_claims(CLAIM_PROBE)) > 0
    except Exception:  # noqa: BLE001
        return False


def sec_claims(bench, args, texts, cs, rust, goals, machine, state):
    s = "claims"
    if not claims_available(cs):
        print(f"  skipped: claimsift.extract_claims finds no claims in {CLAIM_PROBE!r} (claims not merged)")
        return
    sub = texts[: args.slow_docs]
    sub_label = f"first {len(sub)}"
    cases = per_doc_cases("claimsift.extract_claims", cs.extract_claims, texts, len)
    cases += batch_cases(
        "claimsift.extract_claims_batch",
        lambda ts, n: cs.extract_claims_batch(ts, n_threads=n),
        texts,
        args.threads,
        _sum_len,
    )
    # this section's own tokenisation peers, for "claims no slower than tokenisation"
    cases += per_doc_cases("claimsift.tokenize (Token objects)", cs.tokenize, texts, len)
    cases += batch_cases(
        "claimsift.tokenize_batch (Token objects)",
        lambda ts, n: cs.tokenize_batch(ts, n_threads=n),
        texts,
        [1],
        _sum_len,
    )
    if spacy_blank(state):
        cases += per_doc_cases("spaCy blank('en').tokenizer", spacy_blank(state).tokenizer, texts, len)
    cases += rust.cases("claims", texts, args.threads)
    if try_import("quantulum3"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
        cases += per_doc_cases("quantulum3 parser.parse", parser.parse, sub, len, sub_label)
        cases += per_doc_cases("claimsift.extract_claims", cs.extract_claims, sub, len, sub_label)
    cqe_sub = texts[: args.cqe_docs]
    cqe_label = f"first {len(cqe_sub)}"
    cqe = Cqe(args) if args.cqe_docs > 0 else None
    if cqe is not None and cqe.proc is not None:
        cases += cqe.case(cqe_sub, cqe_label)
        if cqe_label != sub_label:
            cases += per_doc_cases("claimsift.extract_claims", cs.extract_claims, cqe_sub, len, cqe_label)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bench.measure(s, cases)
    finally:
        if cqe is not None:
            cqe.close()
    ref = bench.find(s, "quantulum3 parser.parse")
    print_table(bench, s, ref, machine)
    goals.check(
        f"claims: extract_claims >= 1000x quantulum3 (one doc at a time, 1 thread, {sub_label} docs)",
        bench.find(s, "claimsift.extract_claims", subset=sub_label),
        ref,
        1000,
    )
    goals.check_cpu(
        f"claims: extract_claims >= 1000x quantulum3 in CPU time of the calling thread ({sub_label} docs)",
        bench.find(s, "claimsift.extract_claims", subset=sub_label),
        ref,
        1000,
    )
    goals.check(
        f"claims: extract_claims faster than CQE (one doc at a time, 1 thread, {cqe_label} docs)",
        bench.find(s, "claimsift.extract_claims", subset=cqe_label),
        bench.find(s, "CQE parse (own venv, subprocess)"),
        1,
    )
    goals.check_cpu(
        f"claims: extract_claims vs CQE in CPU time of the calling thread ({cqe_label} docs)",
        bench.find(s, "claimsift.extract_claims", subset=cqe_label),
        bench.find(s, "CQE parse (own venv, subprocess)"),
        1,
    )
    goals.check(
        "claims: extract_claims no slower than claimsift.tokenize (both one doc at a time)",
        bench.find(s, "claimsift.extract_claims", subset="all"),
        bench.find(s, "claimsift.tokenize (Token objects)"),
        1.0,
    )
    goals.check(
        "claims: extract_claims_batch(1 thread) no slower than tokenize_batch(1 thread)",
        bench.find(s, "claimsift.extract_claims_batch", threads=1),
        bench.find(s, "claimsift.tokenize_batch (Token objects)", threads=1),
        1.0,
    )
    goals.check(
        "claims: extract_claims no slower than spaCy's tokenizer (both one doc at a time)",
        bench.find(s, "claimsift.extract_claims", subset="all"),
        bench.find(s, "spaCy blank('en').tokenizer"),
        1.0,
    )


# ----- gazetteer


def _bounded(text: str, s: int, e: int) -> bool:
    """The word-boundary filter a user adds to a raw substring matcher."""
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


def build_peer(tool: str, pats: list[str]):
    """Builds one matcher; returns a scan function text -> list of (start, end)."""
    if tool == "flashtext":
        from flashtext import KeywordProcessor

        kp = KeywordProcessor(case_sensitive=False)
        for p in pats:
            kp.add_keyword(p)
        return lambda text: [(s, e) for _, s, e in kp.extract_keywords(text, span_info=True)]
    if tool == "pyahocorasick":
        import ahocorasick

        a = ahocorasick.Automaton()
        for p in {p.lower() for p in pats}:
            a.add_word(p, len(p))
        a.make_automaton()

        def scan(text):
            low = text.lower()
            spans = [(e - n + 1, e + 1) for e, n in a.iter(low) if _bounded(low, e - n + 1, e + 1)]
            return _leftmost_longest(spans)

        return scan
    if tool == "ahocorasick_rs":
        import ahocorasick_rs

        ac = ahocorasick_rs.AhoCorasick(
            sorted({p.lower() for p in pats}), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST
        )

        def scan(text):
            low = text.lower()
            return [(s, e) for _, s, e in ac.find_matches_as_indexes(low) if _bounded(low, s, e)]

        return scan
    if tool == "spacy-phrasematcher":
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.util import filter_spans

        nlp = spacy.blank("en")
        pm = PhraseMatcher(nlp.vocab, attr="LOWER")
        pm.add("CITY", list(nlp.tokenizer.pipe(pats)))

        def scan(text):
            doc = nlp.make_doc(text)
            return [(sp.start_char, sp.end_char) for sp in filter_spans([doc[s:e] for _, s, e in pm(doc)])]

        return scan
    raise ValueError(tool)


PEERS = {
    "flashtext": ("flashtext", "flashtext KeywordProcessor (case-insens.)"),
    "pyahocorasick": ("ahocorasick", "pyahocorasick lower+iter+bound+LL"),
    "ahocorasick_rs": ("ahocorasick_rs", "ahocorasick_rs lower+LL+bound"),
    "spacy-phrasematcher": ("spacy", "spaCy PhraseMatcher(attr=LOWER)"),
}


def phrase_patterns(args, pats: list[str]) -> list[str]:
    return pats if args.phrasematcher_patterns == "all" else pats[: int(args.phrasematcher_patterns)]


def child_build(args) -> None:
    """Subprocess: build one matcher, print {seconds, rss_before, hwm_after, ...} as JSON."""
    tool = args.child_build
    if tool == "claimsift":
        import claimsift as cs

        rss0 = vm_status("VmRSS")
        t0 = time.perf_counter()
        g = build_cs_gazetteer(cs, args.gazetteer)
        sec = time.perf_counter() - t0
        pc = getattr(g, "pattern_count", None) or getattr(getattr(g, "_native", None), "pattern_count", None)
        n = pc() if callable(pc) else pc if isinstance(pc, int) else len(g)
    else:
        pats, _ = load_patterns(args.gazetteer)
        if tool == "spacy-phrasematcher":
            pats = phrase_patterns(args, pats)
        n = len(pats)
        gc.collect()
        rss0 = vm_status("VmRSS")
        t0 = time.perf_counter()
        build_peer(tool, pats)
        sec = time.perf_counter() - t0
    hwm, rss = vm_status("VmHWM"), vm_status("VmRSS")
    print(
        json.dumps(
            {"tool": tool, "seconds": sec, "rss_before": rss0, "hwm_after": hwm, "rss_after": rss, "n": n}
        )
    )


def measure_build(args, tool: str) -> dict | None:
    cmd = [sys.executable, __file__, "--child-build", tool, "--gazetteer", args.gazetteer]
    cmd += ["--phrasematcher-patterns", args.phrasematcher_patterns]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=1800)
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, OSError, ValueError) as e:
        print(f"  build of {tool} in a subprocess failed: {e} {(getattr(e, 'stderr', '') or '')[-300:]}")
        return None


def sec_gazetteer(bench, args, texts, cs, rust, goals, machine, state):
    s = "gazetteer"
    if not args.gazetteer:
        print("  skipped: no --gazetteer given")
        return
    g = None
    try:
        g = build_cs_gazetteer(cs, args.gazetteer)
        if not g.find(GAZ_PROBE):
            raise RuntimeError(f"find() returns no mentions in {GAZ_PROBE!r}")
        state["gazetteer"] = g
    except Exception as e:  # noqa: BLE001
        print(f"  skipped: claimsift gazetteer from Python ({type(e).__name__}: {e})")
        g = None
    pats, n_ent = load_patterns(args.gazetteer)
    print(f"  {args.gazetteer}: {n_ent} entities, {len(pats)} patterns (name + distinct aliases)")
    builds: dict = {}
    cases = []
    if g is not None:
        builds["claimsift (Python)"] = measure_build(args, "claimsift")
        cases += per_doc_cases("claimsift Gazetteer.find", g.find, texts, len)
        if hasattr(g, "find_batch"):
            cases += batch_cases(
                "claimsift Gazetteer.find_batch",
                lambda ts, n: g.find_batch(ts, n_threads=n),
                texts,
                args.threads,
                _sum_len,
            )
    cases += rust.cases("gazetteer", texts, args.threads)
    scans = {}
    for tool, (mod, label) in PEERS.items():
        if try_import(mod) is None:
            continue
        tp = phrase_patterns(args, pats) if tool == "spacy-phrasematcher" else pats
        if tool == "spacy-phrasematcher" and len(tp) < len(pats):
            label = f"spaCy PhraseMatcher (first {len(tp)} pats)"
        builds[tool] = measure_build(args, tool)
        scans[tool] = build_peer(tool, tp)
        cases += per_doc_cases(label, scans[tool], texts, len)
    bench.measure(s, cases)
    ref = bench.find(s, PEERS["flashtext"][1])
    print_table(bench, s, ref, machine)
    if rust.ok and g is None and bench.find(s, "claimsift Rust gazetteer (one doc at a time)"):
        ref_cs = bench.find(s, "claimsift Rust gazetteer (one doc at a time)")
    else:
        ref_cs = bench.find(s, "claimsift Gazetteer.find")
    rb = _rust_gaz_build(rust) if rust.ok else None
    if rb:
        builds["claimsift (Rust, from_path)"] = rb
    print("\n  build: each in a fresh process; peak = VmHWM after the build - VmRSS just before it")
    print(f"  {'tool':<28} {'patterns':>9} {'seconds':>8} {'peak MB':>8} {'VmHWM MB':>9}")
    for tool, b in builds.items():
        if b:
            print(
                f"  {tool:<28} {b['n']:>9} {b['seconds']:>8.2f} "
                f"{(b['hwm_after'] - b['rss_before']) / 1e6:>8.0f} {b['hwm_after'] / 1e6:>9.0f}"
            )
    counts = {
        r["name"]: r["items"] for r in bench.rows if r["section"] == s and r["mode"] in ("per-doc", "rust")
    }
    print("\n  mentions found over the corpus (case-insensitive peers; claimsift: its own case rules)")
    for k, v in counts.items():
        print(f"    {k:<50} {v}")
    if "pyahocorasick" in scans:
        state["gazetteer_case_analysis"] = case_analysis(pats, texts, scans["pyahocorasick"])
    state["gazetteer_builds"], state["gazetteer_counts"] = builds, counts
    goals.check("gazetteer: scan >= 20x flashtext (one doc at a time)", ref_cs, ref, 20)
    cb = builds.get("claimsift (Python)") or builds.get("claimsift (Rust, from_path)")
    if cb:
        goals.value("gazetteer: build time", cb["seconds"], 3, "s")
        goals.value("gazetteer: build peak memory", (cb["hwm_after"] - cb["rss_before"]) / 1e6, 300, "MB")


def case_analysis(pats: list[str], texts: list[str], scan) -> dict:
    """Why claimsift finds fewer mentions than the case-insensitive peers (untimed).

    claimsift's default case rule makes all-caps aliases (airport-style codes such as ``IN``,
    ``AT``, ``TO``) case-sensitive. Counts the peer's matches that only an all-caps alias explains
    while the text is not in capitals (``in``, ``at``, ``to``): claimsift cannot match those.
    """
    caps_only: dict[str, bool] = {}
    for p in pats:
        low = p.lower()
        caps_only[low] = caps_only.get(low, True) and p.isupper()
    total = excluded = 0
    top: dict[str, int] = {}
    for t in texts:
        for st, en in scan(t):
            total += 1
            frag = t[st:en]
            if caps_only.get(frag.lower()) and frag != frag.upper():
                excluded += 1
                top[frag.lower()] = top.get(frag.lower(), 0) + 1
    common = sorted(top.items(), key=lambda kv: -kv[1])[:12]
    print(
        f"\n  case rule: of {total} case-insensitive matches (pyahocorasick), {excluded} "
        "are explained only by an all-caps alias\n  while the text is not in capitals "
        f"(claimsift matches all-caps aliases case-sensitively); {total - excluded} remain."
    )
    print("  most frequent such words: " + ", ".join(f"{w!r} {n}" for w, n in common))
    return {"peer_matches": total, "only_all_caps_alias_text_not_caps": excluded, "top": common}


def _rust_gaz_build(rust) -> dict | None:
    a = rust.args
    cmd = [str(rust.exe), a.corpus, "--json", "--repeats", "1", "--stages", "gazetteer"]
    cmd += ["--modes", "none", "--limit-docs", "1", "--gazetteer", a.gazetteer]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=600)
        gi = json.loads(out.stdout.strip().splitlines()[-1]).get("gazetteer")
    except (subprocess.SubprocessError, OSError, ValueError):
        return None
    if not gi or "skipped" in gi:
        return None
    return {"n": gi["patterns"], "seconds": gi["build_seconds"], "rss_before": gi["rss_before"]} | {
        "hwm_after": gi["hwm_after"]
    }


def sec_pipeline(bench, args, texts, cs, rust, goals, machine, state):
    s = "pipeline"
    cases = []
    if spacy_blank(state):
        cases += per_doc_cases("spaCy blank('en').tokenizer", spacy_blank(state).tokenizer, texts, len)
    configs = [("Pipeline()", cs.Pipeline())]
    if state.get("gazetteer") is not None:
        configs.append(("Pipeline(gazetteer=cities)", cs.Pipeline(gazetteer=state["gazetteer"])))
    for label, p in configs:
        cases += per_doc_cases(f"claimsift {label}(text) -> Doc", p, texts, lambda d: len(d.claims))
        cases += batch_cases(
            f"claimsift {label}.process -> Arrow",
            lambda ts, n, p=p: p.process(ts, n_threads=n),
            texts,
            args.threads,
            lambda r: r.claims.num_rows,
        )
        cases += batch_cases(
            f"claimsift {label}.process_batch -> Docs",
            lambda ts, n, p=p: p.process_batch(ts, n_threads=n),
            texts,
            args.threads,
            lambda r: sum(len(d.claims) for d in r),
        )
    cases += rust.cases("pipeline", texts, args.threads)
    if args.gazetteer:
        cases += rust.cases("pipeline+gaz", texts, args.threads, label="pipeline+gazetteer")
    bench.measure(s, cases)
    spc = bench.find(s, "spaCy blank('en').tokenizer")
    print_table(bench, s, spc, machine)
    one = bench.find(s, "claimsift Pipeline().process -> Arrow", threads=1)
    goals.check("pipeline: Pipeline().process (Arrow, 1 thread) >= 10x spaCy tokenizer", one, spc, 10)
    for r in bench.rows:
        if r["section"] != s or r["mode"] not in ("batch", "rust-bat") or r["threads"] == 1:
            continue
        base = bench.find(s, r["name"], r["mode"], threads=1)
        if base:
            print(
                f"  scaling: {r['name']} [{r['mode']}] at {r['threads']} threads = "
                f"{r['mb_s'] / base['mb_s']:.2f}x of 1 thread ({r['mb_s']:.1f} vs {base['mb_s']:.1f} MB/s; "
                f"{r['docs_s']:.0f} vs {base['docs_s']:.0f} docs/s)"
            )


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="/work/shared/corpus/news.jsonl", help="JSONL with a 'text' field")
    ap.add_argument("--gazetteer", default=None, help="gazetteer JSONL (id, name, aliases, ...)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per measurement (median)")
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma list of " + ",".join(SECTIONS))
    ap.add_argument(
        "--min-time", type=float, default=0.5, help="seconds per round: short passes repeat (mean)"
    )
    ap.add_argument("--limit-docs", type=int, default=None, help="use only the first N documents")
    ap.add_argument("--threads", default=None, help="thread counts for batch calls (default: 1,nproc)")
    ap.add_argument("--slow-docs", type=int, default=100, help="docs for quantulum3 (default: first 100)")
    ap.add_argument(
        "--cqe-python",
        default=os.environ.get("CLAIMSIFT_CQE_PYTHON"),
        help="python of CQE's own virtualenv (default $CLAIMSIFT_CQE_PYTHON; none: CQE skipped)",
    )
    ap.add_argument(
        "--cqe-locpath", default=os.environ.get("LOCPATH"), help="LOCPATH holding en_US.UTF-8 (CQE needs it)"
    )
    ap.add_argument("--cqe-docs", type=int, default=50, help="docs for CQE (default: first 50; 0 skips it)")
    ap.add_argument("--pysbd-docs", type=int, default=200, help="docs for pySBD (default: first 200)")
    ap.add_argument(
        "--phrasematcher-patterns", default="all", help="'all' or N: spaCy's PhraseMatcher on the first N"
    )
    ap.add_argument("--rust-bin", default=str(REPO / "target/release/examples/throughput"))
    ap.add_argument("--no-rust", action="store_true", help="skip the Rust-API rows")
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
    machine["claimsift"] = f"{getattr(cs, '__version__', '?')} from {Path(cs.__file__).parent}"
    try:
        git = ["git", "-C", str(REPO), "log", "-1", "--format=%h %s"]
        machine["git"] = subprocess.run(git, capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    print(
        f"machine: nproc={machine['nproc']} (os.cpu_count={machine['cpu_count']}), CPU {machine['cpu_model']}"
    )
    print(f"  Python {machine['python']}, claimsift {machine['claimsift']}, HEAD {machine.get('git', '?')}")
    print(f"  loadavg at start {machine['loadavg_start']} (a shared machine: compare ratios, not MB/s)")
    print(
        f"corpus: {args.corpus}: {len(texts)} docs, {nbytes(texts) / 1e6:.2f} MB UTF-8; "
        f"repeats={args.repeats}; threads={args.threads}"
    )
    rust = Rust(args)
    bench, goals, state = Bench(args.repeats, args.min_time), Goals(), {}
    funcs = {
        "tokens": sec_tokens,
        "sentences": sec_sentences,
        "claims": sec_claims,
        "gazetteer": sec_gazetteer,
        "pipeline": sec_pipeline,
    }
    for sec in SECTIONS:
        if sec in args.sections:
            print(f"\n=== {sec}")
            t0 = time.perf_counter()
            funcs[sec](bench, args, texts, cs, rust, goals, machine, state)
            print(f"  ({sec}: {time.perf_counter() - t0:.0f} s, loadavg {loadavg()})")
    machine["loadavg_end"] = loadavg()
    print("\n=== goals")
    for g in goals.rows:
        if g.get("met") is None:
            print(f"  {'SKIP':<8} {g['goal']}")
        elif "ratio" in g:
            print(f"  {'MET' if g['met'] else 'NOT MET':<8} {g['goal']}: {fmt_ratio(g['ratio'])}")
        else:
            print(f"  {'MET' if g['met'] else 'NOT MET':<8} {g['goal']}: {g['value']:.2f}")
    print(f"loadavg at end: {machine['loadavg_end']}")
    if args.json:
        out = {
            "machine": machine,
            "args": {k: v for k, v in vars(args).items() if k != "child_build"},
            "rows": bench.rows,
            "refs": bench.refs,
            "goals": goals.rows,
            "gazetteer_builds": state.get("gazetteer_builds"),
            "gazetteer_counts": state.get("gazetteer_counts"),
            "gazetteer_case_analysis": state.get("gazetteer_case_analysis"),
        }
        Path(args.json).write_text(json.dumps(out, indent=1))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
