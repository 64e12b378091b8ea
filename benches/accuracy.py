#!/usr/bin/env python
"""Value, unit and bound accuracy per unit class (issue 10's "done when" report).

Two sources, both the project's own:

- ``tests/data/units_en.tsv``: table rows written for this project from many outlets and kinds of
  news (status, class, text, expected claims as ``span|value|unit|bound[|from=A][|level]``).
  Every expected claim is matched to the predicted claim whose span overlaps it most; a missing
  match counts as wrong on every field. A claim's class is its expected unit's class. Rows marked ``gap`` (known misreadings) are counted too,
  and listed with ``--show``.
- ``tests/data/gold/claims.json`` over ``seeds/``: every gold ``quantity`` with its value, unit
  and bound, matched the same way (the class is the gold unit's class in the unit table).

    python benches/accuracy.py               # tables per class
    python benches/accuracy.py --show        # also each wrong field
    python benches/accuracy.py --json out.json

Accuracy is correct / expected claims (a recall-style figure: a spurious extra claim is not
counted here; the table tests assert exact claim lists).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import claimsift

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "units_en.tsv"
GOLD = ROOT / "tests" / "data" / "gold" / "claims.json"


def table_rows(path: Path = TABLE) -> list[dict]:
    """Rows of the table: status, class, text and the expected claims (parsed)."""
    rows = []
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    for line in lines[1:]:
        status, cls, text, expected = line.split("\t")
        claims = []
        for part in expected.split(";") if expected else []:
            f = part.split("|")
            lo, _, hi = f[1].partition("..")
            claims.append(
                {
                    "span": f[0],
                    "value": float(lo),
                    "value_max": float(hi) if hi else None,
                    "unit": f[2],
                    "bound": f[3],
                    "value_from": next((float(x[5:]) for x in f[4:] if x.startswith("from=")), None),
                    "level": "level" in f[4:],
                }
            )
        rows.append({"status": status, "class": cls, "text": text, "claims": claims})
    return rows


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def match(pred: list, start: int, end: int):
    """The predicted claim whose span overlaps [start, end) most (None if none overlaps)."""
    best, best_o = None, 0
    for c in pred:
        o = _overlap((c.start, c.end), (start, end))
        if o > best_o:
            best, best_o = c, o
    return best


class Tally:
    def __init__(self) -> None:
        self.n: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, found, value, unit, bound
        self.wrong: list[str] = []

    def add(self, cls: str, got, want: dict, where: str) -> None:
        t = self.n[cls]
        t[0] += 1
        if got is None:
            self.wrong.append(f"[{cls}] {where}: {want['span']!r} not found")
            return
        t[1] += 1
        ok_v = _close(got.value, want["value"]) and _close(got.value_max, want["value_max"])
        ok_u = got.unit == want["unit"]
        ok_b = got.bound == want["bound"]
        t[2] += ok_v
        t[3] += ok_u
        t[4] += ok_b
        if not (ok_v and ok_u and ok_b):
            self.wrong.append(
                f"[{cls}] {where}: {want['span']!r} want {want['value']}/{want['value_max']} {want['unit']} "
                f"{want['bound']}, got {got.text!r} {got.value}/{got.value_max} {got.unit} {got.bound}"
            )

    def table(self, title: str) -> dict:
        print(f"\n{title}")
        print(f"  {'class':<18} {'claims':>6} {'found':>6} {'value':>7} {'unit':>7} {'bound':>7}")
        tot = [0, 0, 0, 0, 0]
        out = {}
        for cls in sorted(self.n):
            t = self.n[cls]
            tot = [a + b for a, b in zip(tot, t)]
            out[cls] = self._line(cls, t)
        out["all"] = self._line("all", tot)
        return out

    @staticmethod
    def _line(cls: str, t: list[int]) -> dict:
        pct = [100.0 * x / t[0] if t[0] else 0.0 for x in t[1:]]
        print(f"  {cls:<18} {t[0]:>6} {pct[0]:>5.1f}% {pct[1]:>6.1f}% {pct[2]:>6.1f}% {pct[3]:>6.1f}%")
        return {"claims": t[0], "found": pct[0], "value": pct[1], "unit": pct[2], "bound": pct[3]}


def score_table(rows: list[dict]) -> Tally:
    tally = Tally()
    for r in rows:
        text = r["text"]
        pred = claimsift.extract_claims(text)
        pos = 0
        for want in r["claims"]:
            s = text.find(want["span"], pos)
            if s < 0:
                s = text.find(want["span"])
            e = s + len(want["span"])
            pos = max(pos, e)
            info = claimsift.unit_info(want["unit"])
            tally.add(info["class"] if info else r["class"], match(pred, s, e), want, repr(text))
    return tally


def score_gold() -> Tally:
    tally = Tally()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for name, items in gold.items():
        if name == "conventions":
            continue
        text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        pred = claimsift.extract_claims(text)
        for g in items:
            if g.get("kind") != "quantity" or g.get("value") is None:
                continue
            info = claimsift.unit_info(g["unit"]) if g.get("unit") else None
            cls = info["class"] if info else "other"
            want = {
                "span": g["text"],
                "value": g["value"],
                "value_max": g.get("value_max"),
                "unit": g["unit"],
                "bound": g["bound"],
            }
            tally.add(cls, match(pred, g["start"], g["end"]), want, name)
    return tally


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print every wrong or missing claim")
    ap.add_argument("--json", metavar="OUT", help="write the tables as JSON")
    args = ap.parse_args(argv)
    rows = table_rows()
    out = {}
    for title, key, tally in (
        (f"table rows (tests/data/units_en.tsv, {len(rows)} texts)", "table", score_table(rows)),
        ("seed gold (tests/data/gold/claims.json, quantities)", "gold", score_gold()),
    ):
        out[key] = tally.table(title)
        if args.show and tally.wrong:
            print("\n".join("    " + w for w in tally.wrong))
    gaps = [r["text"] for r in rows if r["status"] == "gap"]
    print(f"\n{len(gaps)} table rows are known gaps (status 'gap')" + (":" if args.show and gaps else ""))
    if args.show:
        print("\n".join("    " + g for g in gaps))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
