#!/usr/bin/env python
"""Markdown tables from the JSON written by ``bench.py --json`` and ``memory.py --json``.

python benches/report.py /tmp/bench.json --memory /tmp/mem_process.json /tmp/mem_pipe.json
"""

from __future__ import annotations

import argparse
import json
import sys


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}×" if x < 10 else f"{x:.1f}×"


def mbs(x: float) -> str:
    """MB/s with three significant digits below 1."""
    return f"{x:.3f}" if x < 1 else f"{x:.2f}"


def ratio_ref(rows, refs, row):
    ref = refs.get(row["section"])
    if not ref:
        return None
    for r in rows:
        if r["section"] == row["section"] and [r["name"], r["mode"]] == ref and r["subset"] == row["subset"]:
            return r
    return None


def bench_md(data: dict) -> str:
    m = data["machine"]
    out = [
        f"Machine: nproc={m['nproc']}, CPU {m['cpu_model']}, Python {m['python']}; "
        f"loadavg {m.get('loadavg_start')} at start, {m.get('loadavg_end')} at end.  ",
        f"claimsift {m.get('claimsift')}; HEAD {m.get('git')}.  ",
        f"Median of {data['args']['repeats']} interleaved passes; threads {data['args']['threads']}.",
        "",
    ]
    rows, refs = data["rows"], data.get("refs", {})
    for sec in ("tokens", "sentences", "claims", "gazetteer", "pipeline"):
        srows = [r for r in rows if r["section"] == sec]
        if not srows:
            continue
        ref = refs.get(sec)
        out.append(f"### {sec}")
        out.append("")
        if ref:
            out.append(f"Ratio: MB/s over MB/s of **{ref[0]}** ({ref[1]}) on the same documents, same run.")
            out.append("")
        out.append("| name | mode | threads | docs | MB/s | docs/s | items | cores | MB/cpu-s | ratio |")
        out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
        for r in srows:
            peer = ratio_ref(rows, refs, r)
            ratio = fmt_ratio(r["mb_s"] / peer["mb_s"]) if peer else ""
            items = "" if r["items"] is None else str(r["items"])
            cores = "" if r.get("cores") is None else f"{r['cores']:.2f}"
            per_cpu = "" if not r.get("cores") else f"{r['mb_s'] / r['cores']:.1f}"
            docs = f"{r['docs']}" if r["subset"] == "all" else f"{r['docs']} ({r['subset']})"
            out.append(
                f"| {r['name']} | {r['mode']} | {r['threads']} | {docs} | {mbs(r['mb_s'])} | "
                f"{r['docs_s']:.0f} | {items} | {cores} | {per_cpu} | {ratio} |"
            )
        out.append("")
    builds = data.get("gazetteer_builds") or {}
    if builds:
        out += [
            "### gazetteer builds",
            "",
            "| tool | patterns | seconds | peak MB | VmHWM MB |",
            "|---|--:|--:|--:|--:|",
        ]
        for tool, b in builds.items():
            if b:
                peak = (b["hwm_after"] - b["rss_before"]) / 1e6
                out.append(
                    f"| {tool} | {b['n']} | {b['seconds']:.2f} | {peak:.0f} | {b['hwm_after'] / 1e6:.0f} |"
                )
        out.append("")
    counts = data.get("gazetteer_counts") or {}
    if counts:
        out += ["### gazetteer match counts", "", "| matcher | mentions |", "|---|--:|"]
        out += [f"| {k} | {v} |" for k, v in counts.items()]
        out.append("")
    ca = data.get("gazetteer_case_analysis")
    if ca:
        out.append(
            f"Case rule: of {ca['peer_matches']} case-insensitive matches (pyahocorasick), "
            f"{ca['only_all_caps_alias_text_not_caps']} come only from an all-caps alias matched in text "
            f"that is not in capitals; claimsift matches all-caps aliases case-sensitively. Most frequent: "
            + ", ".join(f"`{w}` {n}" for w, n in ca["top"])
            + "."
        )
        out.append("")
    goals = data.get("goals") or []
    if goals:
        out += ["### goals", "", "| goal | measured | result |", "|---|--:|---|"]
        for g in goals:
            if g.get("met") is None:
                out.append(f"| {g['goal']} | – | skipped |")
            elif "ratio" in g:
                out.append(
                    f"| {g['goal']} | {fmt_ratio(g['ratio'])} | {'met' if g['met'] else '**not met**'} |"
                )
            else:
                out.append(f"| {g['goal']} | {g['value']:.2f} | {'met' if g['met'] else '**not met**'} |")
        out.append("")
    return "\n".join(out)


def memory_md(data: dict) -> str:
    a = data["args"]
    out = [
        f"mode={a['mode']}, batch_docs={a['batch_docs']}, threads={a['threads'] or 'default'}; "
        f"nproc={data['nproc']}, CPU {data['cpu_model']}; "
        f"RSS before processing {data['rss_before_mb']:.0f} MB; "
        f"generated {data['generated_docs']} docs, {data['generated_text_gb']:.2f} GB of text.",
        "",
        "| text GB | docs | claims | peak RSS MB | RSS MB | MB/s |",
        "|--:|--:|--:|--:|--:|--:|",
    ]
    for r in data["rows"]:
        out.append(
            f"| {r['text_gb']:.3f} | {r['docs']} | {r['claims']} | {r['peak_rss_mb']:.0f} | "
            f"{r['rss_mb']:.0f} | {r['mb_s']:.1f} |"
        )
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench_json", nargs="?")
    ap.add_argument("--memory", nargs="*", default=[])
    args = ap.parse_args(argv)
    if args.bench_json:
        with open(args.bench_json) as f:
            print(bench_md(json.load(f)))
    for p in args.memory:
        with open(p) as f:
            print(memory_md(json.load(f)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
