#!/usr/bin/env python
"""Throughput per language (issue 12), on newsroom-style text written for this script.

For each language: ``Pipeline(lang=<code>)`` (claims on where the language has claim rules,
``claims=False`` elsewhere: tokens, sentences, stems), ``Pipeline(lang="auto")`` (identification
per document, then the same work), and, where it is installed, Recognizers-Text's Python number
recogniser (``pip install recognizers-text-suite "emoji<2"``: its last release imports a name
that emoji 2 removed; it has no German model) as the peer in the same run. Rows are
MB/s (10^6 bytes of UTF-8 per second, one thread, a Python loop over documents), the median of
``--repeats`` interleaved rounds, so that load on a shared machine hits every candidate alike.
The English row also prints the cost of ``auto`` against a fixed ``"en"`` (the English
throughput must not drop for users who keep the default). With ``--baseline DIR`` (a directory
holding another build's ``claimsift`` package, e.g. a wheel of the branch point unpacked there),
English is also timed on that build in the same interleaved rounds: ``after/before`` is this
build's English throughput over the baseline's.

Recognizers-Text pins old dependencies; it can live in its own virtualenv, with this build on the
path:

    python benches/langs.py --docs 200 --repeats 5
    PYTHONPATH=python /work/venv-rt/bin/python benches/langs.py --baseline /tmp/base-pkg
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import claimsift

# One story per language, several phrasings (this script's own text).
STORIES: dict[str, list[str]] = {
    "en": [
        "At least 1,700 people were killed when the earthquake struck on Monday, officials said.",
        "The government put the damage at 3 billion dollars, up from an early estimate of $1.2bn.",
        "Unemployment rose to 5.4% in May, while some 47,000 people marched through the capital.",
    ],
    "de": [
        "Bei dem Erdbeben sind nach Angaben der Behörden mindestens 1.700 Menschen ums Leben gekommen.",
        "Die Regierung schätzt den Schaden auf rund 3 Milliarden Euro, nach zunächst 1,2 Mrd. Euro.",
        "Die Arbeitslosigkeit stieg im Mai auf 5,4 Prozent; rund 47.000 Menschen demonstrierten.",
    ],
    "fr": [
        "Au moins 1 700 personnes ont été tuées lors du séisme de lundi, selon les autorités.",
        "Le gouvernement estime les dégâts à environ 3 milliards d'euros, contre 1,2 milliard au départ.",
        "Le chômage a atteint 5,4 % en mai, et quelque 47 000 personnes ont manifesté dans la capitale.",
    ],
    "es": [
        "Al menos 1.700 personas murieron en el terremoto del lunes, según las autoridades.",
        "El gobierno calcula los daños en unos 3.000 millones de euros, frente a 1.200 millones al principio.",
        "El paro subió al 5,4 % en mayo y cerca de 47.000 personas se manifestaron en la capital.",
    ],
    "it": [
        "Almeno 1.700 persone sono morte nel terremoto di lunedì, secondo le autorità.",
        "Il governo stima i danni in circa 3 miliardi di euro, contro 1,2 miliardi all'inizio.",
        "La disoccupazione è salita al 5,4% a maggio e oltre 47.000 persone hanno sfilato nella capitale.",
    ],
    "pt": [
        "Pelo menos 1.700 pessoas morreram no terremoto de segunda-feira, segundo as autoridades.",
        "O governo estima os prejuízos em cerca de 3 bilhões de euros, contra 1,2 bilhão no início.",
        "O desemprego subiu para 5,4% em maio e cerca de 47 mil pessoas protestaram na capital.",
    ],
    "nl": [
        "Bij de aardbeving van maandag zijn volgens de autoriteiten minstens 1.700 mensen omgekomen.",
        "De regering schat de schade op ruim 3 miljard euro, tegen 1,2 miljard in eerste instantie.",
        "De werkloosheid steeg in mei tot 5,4 procent en zo'n 47.000 mensen gingen de straat op.",
    ],
    "ru": [
        "По данным властей, в результате землетрясения в понедельник погибли не менее 1700 человек.",
        "Правительство оценивает ущерб примерно в 3 миллиарда евро против 1,2 миллиарда ранее.",
        "Безработица в мае выросла до 5,4%, около 47 000 человек вышли на улицы столицы.",
    ],
}

# Recognizers-Text cultures, for the peer.
CULTURES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}


def corpus(lang: str, n: int) -> list[str]:
    """``n`` documents: the story's sentences rotated and numbered, so no two are the same."""
    s = STORIES[lang]
    return [" ".join(s[(i + k) % len(s)] for k in range(len(s))) + f" ({i + 1})" for i in range(n)]


def peer(lang: str) -> Callable[[str], object] | None:
    try:
        from recognizers_number import recognize_number
        from recognizers_text import Culture
    except ImportError:
        return None
    culture = getattr(Culture, CULTURES.get(lang, ""), None)
    if culture is None:
        return None
    return lambda t: recognize_number(t, culture)


def load_baseline(path: str) -> Any:
    """The ``claimsift`` package found in ``path``, imported as ``claimsift_base`` (so that both
    builds run in one process)."""
    init = Path(path) / "claimsift" / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "claimsift_base", init, submodule_search_locations=[str(init.parent)]
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"no claimsift package under {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["claimsift_base"] = mod
    spec.loader.exec_module(mod)
    return mod


def rate(fns: dict[str, Callable[[str], object]], docs: list[str], repeats: int) -> dict[str, float]:
    """MB/s per candidate: median of interleaved rounds (order rotated each round)."""
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    names = list(fns)
    for name in names:  # warm-up
        fns[name](docs[0])
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeats):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            f = fns[name]
            t0 = time.perf_counter()
            for d in docs:
                f(d)
            times[name].append(time.perf_counter() - t0)
    return {n: nbytes / statistics.median(ts) / 1e6 for n, ts in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="documents per language (200)")
    ap.add_argument("--repeats", type=int, default=5, help="rounds (5)")
    ap.add_argument(
        "--baseline", help="directory holding another build's claimsift package (English before/after)"
    )
    args = ap.parse_args()
    rules = set(claimsift.claim_languages())
    auto = claimsift.Pipeline(lang="auto")
    have_peer = peer("en") is not None
    if not have_peer:
        print(
            "recognizers-text-suite is not installed: claimsift rows only (pip install recognizers-text-suite)"
        )
    print(f"claim rules: {', '.join(sorted(rules))}; documents per language: {args.docs}; one thread")
    head = (
        f"{'lang':<5} {'claims':<7} {'fixed MB/s':>10} {'auto MB/s':>10} {'auto/fixed':>10} {'detected':>9}"
    )
    print(head + (f" {'peer MB/s':>10} {'fixed/peer':>10}" if have_peer else ""))
    for lang in STORIES:
        docs = corpus(lang, args.docs)
        claims = lang in rules
        fixed = claimsift.Pipeline(lang=lang, claims=claims)
        fns: dict[str, Callable[[str], object]] = {"fixed": fixed, "auto": auto}
        p = peer(lang)
        if p is not None:
            fns["peer"] = p
        r = rate(fns, docs, args.repeats)
        detected = statistics.mode(auto(d).lang for d in docs[:20])
        row = (
            f"{lang:<5} {'yes' if claims else 'no':<7} {r['fixed']:>10.2f} {r['auto']:>10.2f} "
            f"{r['auto'] / r['fixed']:>10.2f} {detected:>9}"
        )
        if have_peer:
            row += (
                f" {r['peer']:>10.3f} {r['fixed'] / r['peer']:>10.1f}"
                if "peer" in r
                else f" {'-':>10} {'-':>10}"
            )
        print(row)
    if args.baseline:
        base = load_baseline(args.baseline)
        docs = corpus("en", args.docs)
        fns = {"after": claimsift.Pipeline(lang="en"), "before": base.Pipeline(lang="en")}
        r = rate(fns, docs, args.repeats)
        print(
            f"English before/after ({args.baseline}): before {r['before']:.2f} MB/s, "
            f"after {r['after']:.2f} MB/s, after/before {r['after'] / r['before']:.2f}"
        )
    print("auto/fixed < 1 is the cost of identifying the language; languages without claim rules run")
    print("no claim stage in either column (auto finds no rules for them), so they read faster.")


if __name__ == "__main__":
    main()
