#!/usr/bin/env python
"""Soak test (not in CI): stream 1M documents through ``Pipeline.process`` and ``Pipeline.pipe``
with a gazetteer, and report RSS over time. Memory should level off after warm-up and stay flat.

Documents are generated on the fly from a few templates written for this script (outlets,
numbers, entity names, ambiguous aliases, hostile Unicode, bad records), so nothing is read from
disk and nothing is held beyond one batch.

    python benches/soak.py                           # 1,000,000 documents per mode
    python benches/soak.py --docs 100000 --every 10000 --modes pipe
    python benches/soak.py --json soak.json          # rows for later comparison

Each row: mode, documents so far, elapsed seconds, RSS and peak RSS (MB). The last line per mode
gives the RSS growth from the first checkpoint to the last (a leak shows as steady growth).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from pathlib import Path

TEMPLATES = [
    "{city} council said on {day} that over {n:,} people paid ${m} million in {year}, up {p}%.",
    "Officials in {city} told Reuters about {n} new cases; {city2} reported {p} percent fewer.",
    "İstanbul’s mayor and the {city} team met — {n} delegates, €{m}bn, “about {p}%” agreed.",
    "Le maire de {city} a annoncé {n} emplois. Prices rose {p}% to £{m}bn.\r\n\nMore: {city2}.",
    "{city} {city} {city}: an ambiguous alias repeated, {n} times, with 👩‍👩‍👧 and e\u0301 and\u00a0{n:,}.",
]
CITIES = ["Springfield", "Paris", "London", "Lagos", "Ankara", "Lima", "Osaka", "Quito"]
DAYS = ["Monday", "Tuesday", "Friday", "Sunday"]


def gazetteer():
    import claimsift

    ents = [{"id": f"city-{c.lower()}", "name": c, "type": "GPE"} for c in CITIES]
    # 50 entities share the name Springfield: every mention of it is ambiguous.
    ents += [{"id": f"springfield-{i}", "name": "Springfield", "type": "GPE"} for i in range(50)]
    return claimsift.Gazetteer(ents)


def documents(n: int, seed: int = 13):
    rng = random.Random(seed)
    for i in range(n):
        if i % 997 == 0:
            yield None  # a bad record now and then: an error row / collected error, never a stop
            continue
        t = rng.choice(TEMPLATES)
        yield t.format(
            city=rng.choice(CITIES),
            city2=rng.choice(CITIES),
            day=rng.choice(DAYS),
            n=rng.randrange(1, 10**7),
            m=rng.randrange(1, 999),
            p=rng.randrange(1, 99),
            year=rng.randrange(1990, 2030),
        )


def rss_mb(key: str = "VmRSS") -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def soak(mode: str, nlp, docs: int, batch: int, every: int) -> list:
    rows = []
    start = time.perf_counter()
    done = 0
    stream = documents(docs)
    if mode == "process":
        while True:
            chunk = list(itertools.islice(stream, batch))
            if not chunk:
                break
            out = nlp.process(chunk, n_threads=None)
            tables = out.to_arrow()
            assert tables["documents"].num_rows == len(chunk)
            done += len(chunk)
            if done % every < batch:
                rows.append(row(mode, done, start))
    else:
        for d in nlp.pipe(stream, batch_size=batch, errors="collect"):
            if not isinstance(d, Exception):
                _ = [(m.id, m.ambiguous) for m in d.mentions], [c.value for c in d.claims]
            done += 1
            if done % every == 0:
                rows.append(row(mode, done, start))
    if not rows or rows[-1]["docs"] != done:
        rows.append(row(mode, done, start))
    return rows


def row(mode: str, done: int, start: float) -> dict:
    r = {
        "mode": mode,
        "docs": done,
        "seconds": round(time.perf_counter() - start, 2),
        "rss_mb": round(rss_mb("VmRSS"), 1),
        "peak_mb": round(rss_mb("VmHWM"), 1),
    }
    print(
        f"{r['mode']:8} {r['docs']:>9,} docs {r['seconds']:>9.1f} s  rss {r['rss_mb']:>8.1f} MB  "
        f"peak {r['peak_mb']:>8.1f} MB",
        flush=True,
    )
    return r


def main() -> None:
    import claimsift

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1_000_000, help="documents per mode (1,000,000)")
    ap.add_argument("--batch", type=int, default=1000, help="documents per batch (1000)")
    ap.add_argument("--every", type=int, default=50_000, help="report every N documents (50,000)")
    ap.add_argument("--modes", default="process,pipe", help="process, pipe or both (default)")
    ap.add_argument("--json", default=None, help="also write the rows to this file")
    args = ap.parse_args()
    nlp = claimsift.Pipeline(gazetteer=gazetteer())
    print(f"claimsift {claimsift.__version__}: {args.docs:,} documents per mode, batches of {args.batch}")
    all_rows = []
    for mode in args.modes.split(","):
        rows = soak(mode.strip(), nlp, args.docs, args.batch, args.every)
        first, last = rows[0], rows[-1]
        print(
            f"{mode}: RSS {first['rss_mb']:.1f} MB at {first['docs']:,} docs -> {last['rss_mb']:.1f} MB "
            f"at {last['docs']:,} ({last['rss_mb'] - first['rss_mb']:+.1f} MB)"
        )
        all_rows += rows
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": all_rows}, indent=1))


if __name__ == "__main__":
    main()
