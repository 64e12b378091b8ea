#!/usr/bin/env python
"""Peak memory of claimsift's pipeline against corpus size: it should stay flat.

Generates a large JSONL corpus by repeating a source corpus (streamed line by line, never held
in memory) into a temporary file, then streams that file through ``Pipeline.process`` (Arrow
tables, the fast path) or ``Pipeline.pipe`` (Doc objects) in fixed-size batches, recording peak
RSS (VmHWM) and current RSS whenever the processed text passes a checkpoint. The file is deleted
afterwards (``--keep`` to keep it).

    python benches/memory.py --corpus /work/shared/corpus/news.jsonl            # 2 GB, process()
    python benches/memory.py --target-gb 1 --mode pipe --checkpoints 0.125,0.25,0.5,1

Sizes are bytes of UTF-8 text in the ``text`` fields (1 GB = 10^9 bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path


def status(key: str) -> int:
    """VmRSS / VmHWM of this process in bytes (ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def generate(src: str, dst: str, target_bytes: int) -> tuple[int, int]:
    """Appends the lines of ``src`` to ``dst`` over and over until the text reaches the target."""
    text_bytes = docs = 0
    rep = 0
    with open(dst, "w", encoding="utf-8") as out:
        while text_bytes < target_bytes:
            with open(src, encoding="utf-8") as f:  # streamed: one line at a time
                for line in f:
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    rec["id"] = f"{rec.get('id', docs)}#{rep}"
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    text_bytes += len(rec["text"].encode("utf-8"))
                    docs += 1
                    if text_bytes >= target_bytes:
                        break
            rep += 1
    return docs, text_bytes


def batches(path: str, batch_docs: int):
    batch: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                batch.append(json.loads(line)["text"])
                if len(batch) >= batch_docs:
                    yield batch
                    batch = []
    if batch:
        yield batch


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="/work/shared/corpus/news.jsonl")
    ap.add_argument("--target-gb", type=float, default=2.0, help="size of the generated text (10^9 bytes)")
    ap.add_argument("--checkpoints", default=None, help="GB at which to report (default: target/8,/4,/2,1)")
    ap.add_argument("--batch-docs", type=int, default=1000, help="documents per process() call")
    ap.add_argument("--mode", choices=("process", "pipe"), default="process")
    ap.add_argument("--threads", type=int, default=None, help="n_threads (default: claimsift's default)")
    ap.add_argument("--gazetteer", default=None, help="optional gazetteer JSONL for the pipeline")
    ap.add_argument("--tmpdir", default=tempfile.gettempdir())
    ap.add_argument("--keep", action="store_true", help="keep the generated file")
    ap.add_argument("--json", default=None, metavar="OUT")
    args = ap.parse_args(argv)

    target = int(args.target_gb * 1e9)
    if args.checkpoints:
        cps = [float(x) for x in args.checkpoints.split(",")]
    else:
        cps = [args.target_gb / 8, args.target_gb / 4, args.target_gb / 2, args.target_gb]
    cps_bytes = sorted(int(c * 1e9) for c in cps)

    import claimsift

    gaz = None
    if args.gazetteer:
        for meth in ("from_jsonl", "from_path", "from_file", "load"):
            if hasattr(claimsift.Gazetteer, meth):
                gaz = getattr(claimsift.Gazetteer, meth)(args.gazetteer)
                break
        else:
            print("skipped gazetteer: claimsift.Gazetteer has no loader in these bindings")
    nlp = claimsift.Pipeline(gazetteer=gaz)
    nlp.process(["Warm-up: sales rose 5% to £3bn."], n_threads=args.threads)

    fd, path = tempfile.mkstemp(prefix="claimsift-mem-", suffix=".jsonl", dir=args.tmpdir)
    os.close(fd)
    try:
        t0 = time.perf_counter()
        docs, total = generate(args.corpus, path, target)
        gen_s = time.perf_counter() - t0
        print(
            f"machine: nproc={len(os.sched_getaffinity(0))}, CPU {cpu_model()}, "
            f"Python {platform.python_version()}"
        )
        print(
            f"generated {path}: {docs} docs, {total / 1e9:.3f} GB text, "
            f"{os.path.getsize(path) / 1e9:.3f} GB file, in {gen_s:.1f} s"
        )
        rss0 = status("VmRSS")
        print(f"mode={args.mode} batch_docs={args.batch_docs} threads={args.threads or 'default'}")
        print(f"RSS before processing: {rss0 / 1e6:.0f} MB (claimsift imported, pipeline built)")
        print(f"{'text GB':>8} {'docs':>9} {'claims':>9} {'peak RSS MB':>11} {'RSS MB':>8} {'MB/s':>7}")
        rows = []
        done_bytes = done_docs = n_claims = 0
        ci = 0
        t0 = time.perf_counter()
        for batch in batches(path, args.batch_docs):
            if args.mode == "process":
                tables = nlp.process(batch, n_threads=args.threads)
                n_claims += tables.claims.num_rows
                del tables
            else:
                for doc in nlp.pipe(batch, batch_size=args.batch_docs, n_threads=args.threads):
                    n_claims += len(doc.claims)
            done_bytes += sum(len(t.encode("utf-8")) for t in batch)
            done_docs += len(batch)
            while ci < len(cps_bytes) and done_bytes >= cps_bytes[ci]:
                el = time.perf_counter() - t0
                row = {
                    "checkpoint_gb": cps_bytes[ci] / 1e9,
                    "text_gb": done_bytes / 1e9,
                    "docs": done_docs,
                    "claims": n_claims,
                    "peak_rss_mb": status("VmHWM") / 1e6,
                    "rss_mb": status("VmRSS") / 1e6,
                    "mb_s": done_bytes / el / 1e6,
                }
                rows.append(row)
                print(
                    f"{row['text_gb']:>8.3f} {row['docs']:>9} {row['claims']:>9} {row['peak_rss_mb']:>11.0f} "
                    f"{row['rss_mb']:>8.0f} {row['mb_s']:>7.1f}"
                )
                ci += 1
        if len(rows) >= 2:
            growth = rows[-1]["peak_rss_mb"] - rows[0]["peak_rss_mb"]
            print(
                f"peak RSS grew {growth:+.0f} MB from {rows[0]['text_gb']:.2f} GB "
                f"to {rows[-1]['text_gb']:.2f} GB "
                f"of text ({rows[-1]['text_gb'] / rows[0]['text_gb']:.0f}x more text)"
            )
        if args.json:
            Path(args.json).write_text(
                json.dumps(
                    {
                        "args": vars(args),
                        "nproc": len(os.sched_getaffinity(0)),
                        "cpu_model": cpu_model(),
                        "rss_before_mb": rss0 / 1e6,
                        "generated_docs": docs,
                        "generated_text_gb": total / 1e9,
                        "rows": rows,
                    },
                    indent=1,
                )
            )
    finally:
        if not args.keep:
            os.unlink(path)
            print(f"deleted {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
