#!/usr/bin/env python
"""Cross-checks claimsift's readings against CQE's on the project's own table rows.

Runs in claimsift's environment and drives CQE in its own virtualenv (``benches/cqe_peer.py
--parse``). For each text of ``tests/data/units_en.tsv`` (or of ``--texts FILE``, one text a
line) it pairs CQE's quantities with claimsift's claims by character overlap and prints where they
disagree: a figure only one of them reads, a different value, or a different unit. CQE's
normalised unit name (``kilometre``, ``chinese yuan``, ``percentage``) is mapped onto claimsift's
vocabulary by reading ``1 <name>`` with claimsift itself, so the comparison uses one unit table;
names that do not map are shown as they are. The expected reading of the table (when the text
comes from it) says which side is right.

    python benches/cqe_crosscheck.py --cqe-python /path/to/cqe-venv/bin/python --locpath DIR
    python benches/cqe_crosscheck.py ... --texts my_sentences.txt --limit 50

Nothing is asserted: this is a reading aid for error analysis.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import claimsift

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import table_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@cache
def our_unit(cqe_unit: str) -> str:
    """CQE's normalised unit name in claimsift's vocabulary (``-`` → count)."""
    if not cqe_unit or cqe_unit == "-":
        return "count"
    if claimsift.unit_info(cqe_unit):
        return cqe_unit
    cs = claimsift.extract_claims(f"It was 1 {cqe_unit}.")
    if cs and cs[0].unit != "count":
        return cs[0].unit
    return f"?{cqe_unit}"


def start_cqe(py: str, locpath: str | None) -> subprocess.Popen:
    env = dict(os.environ)
    if locpath:
        env["LOCPATH"] = locpath
    env["LC_ALL"] = env["LANG"] = "en_US.UTF-8"
    cmd = [py, str(ROOT / "benches" / "cqe_peer.py"), "--parse"]
    p = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    ready = json.loads(p.stdout.readline() or "{}")
    if not ready.get("ready"):
        raise SystemExit("CQE did not start: check --cqe-python and --locpath (see benches/README.md)")
    return p


def cqe_parse(p: subprocess.Popen, text: str) -> list[dict]:
    p.stdin.write(json.dumps({"text": text}) + "\n")
    p.stdin.flush()
    return json.loads(p.stdout.readline())["quantities"]


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def compare(text: str, ours: list, theirs: list[dict]) -> list[str]:
    out = []
    used = set()
    for q in theirs:
        s, e = q["offsets"]
        best, best_o = None, 0
        for i, c in enumerate(ours):
            if s is None:
                break
            o = max(0, min(c.end, e) - max(c.start, s))
            if o > best_o:
                best, best_o = i, o
        unit = our_unit(q["norm_unit"])
        shown = f"{q['value']}{'..' + str(q['value_max']) if q['value_max'] is not None else ''} {unit}"
        if best is None:
            where = text[s:e] if s is not None else "?"
            out.append(f"only CQE     {where!r}: {shown} ({q['change']})")
            continue
        used.add(best)
        c = ours[best]
        v_ok = _close(c.value, q["value"]) and _close(c.value_max, q["value_max"])
        # CQE reads a counted noun as the unit ("1,700 people"); claimsift's unit is then count.
        u_ok = c.unit == unit or (c.unit == "count" and unit.startswith("?"))
        if not v_ok:
            out.append(f"value        {c.text!r}: ours {c.value}/{c.value_max}, CQE {shown}")
        elif not u_ok:
            out.append(f"unit         {c.text!r}: ours {c.unit}, CQE {unit} ({q['unit']!r})")
    for i, c in enumerate(ours):
        if i not in used:
            out.append(f"only ours    {c.text!r}: {c.value} {c.unit}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cqe-python", default=os.environ.get("CLAIMSIFT_CQE_PYTHON"), required=False)
    ap.add_argument("--locpath", default=os.environ.get("LOCPATH"))
    ap.add_argument("--texts", help="a file of texts, one a line (default: the table's rows)")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.cqe_python:
        ap.error("--cqe-python (or CLAIMSIFT_CQE_PYTHON) is required")
    if args.texts:
        texts = [(t, None) for t in Path(args.texts).read_text(encoding="utf-8").splitlines() if t.strip()]
    else:
        texts = [(r["text"], r) for r in table_rows()]
    texts = texts[: args.limit]
    p = start_cqe(args.cqe_python, args.locpath)
    kinds: Counter[str] = Counter()
    try:
        for text, row in texts:
            diffs = compare(text, claimsift.extract_claims(text), cqe_parse(p, text))
            if diffs:
                print(f"\n{text}")
                if row:
                    print(
                        f"   table: {' ; '.join(c['span'] + ' = ' + str(c['value']) + ' ' + c['unit'] for c in row['claims'])}"
                    )
                for d in diffs:
                    print("   " + d)
                    kinds[d.split()[0] + (" " + d.split()[1] if d.startswith("only") else "")] += 1
    finally:
        p.stdin.close()
        p.wait(timeout=30)
    print(f"\n{len(texts)} texts; disagreements: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
