"""The ``claimsift`` command line.

::

    claimsift extract corpus/ -o claims.parquet            # a folder of .txt files
    claimsift extract news.jsonl.gz --text-field body -o claims.csv --threads 8
    claimsift extract a.parquet b.parquet -o out.parquet --all   # out.claims.parquet, out.documents...
    claimsift tokens article.txt                           # tokens and sentences, readably
    claimsift compare corpus/                              # claims compared across documents

``extract`` streams: it reads ``--batch-size`` records at a time, runs
:meth:`claimsift.Pipeline.process` on each batch and appends the rows to the output, so memory does
not grow with the corpus. Every input record is one row of the ``documents`` table (with an
``error`` when it failed); a failed record has no rows in the other tables. Outputs are written to
a temporary file next to the target and renamed only when the run completes, so an interrupted run
(Ctrl-C) leaves no half-written file under the output name; with ``--all`` every table is finished
first and then all are renamed, so a failure (a full disk) leaves none of them. An output that is
one of the inputs is refused. Non-finite numbers (NaN, inf) in JSONL output are written as null.

Exit status of ``extract`` (also in ``claimsift extract --help``): 0 every record processed; 1 some
records failed (their ids and messages go to ``OUT.errors.jsonl``); 2 a usage or input error; 3 the
output could not be written (disk full, permissions), nothing committed; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from typing import Any, Sequence

from ._batch import json_line as _json_line

TABLE_CHOICES = ("claims", "mentions", "numbers", "sentences", "documents", "tokens")
ALL_TABLES = ("documents", "sentences", "mentions", "numbers", "claims")
OUTPUT_FORMATS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
}
_ROW_GROUP_ROWS = 65_536


#: Exit statuses of ``claimsift extract``.
EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

_EXTRACT_EPILOG = """exit status:
  0    every record processed
  1    some records failed (ids and messages in OUT.errors.jsonl)
  2    usage or input error
  3    the output could not be written (disk full, permissions); nothing committed
  130  interrupted (Ctrl-C, SIGTERM); nothing committed"""


class CliError(Exception):
    """A usage or input problem: printed as ``claimsift: error: ...``, exit status 2."""


class OutputError(Exception):
    """The output could not be written: printed as ``claimsift: output error: ...``, exit status 3."""


# --- argument parsing ----------------------------------------------------------------------------


def _add_input_arguments(p: argparse.ArgumentParser) -> None:
    """How records are read and processed: the options `extract` and `compare` share."""
    p.add_argument("--text-field", default="text", metavar="NAME", help="text field/column (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME", help="id field/column (default: id)")
    p.add_argument(
        "--input-format",
        choices=("txt", "jsonl", "csv", "parquet"),
        default=None,
        help="read every input as this format (default: from each file name)",
    )
    p.add_argument(
        "--lang",
        default="auto",
        help="language code, or auto to identify each document's language: documents in a language "
        "without claim rules get no claims and a note (default: auto)",
    )
    p.add_argument("--gazetteer", default=None, metavar="PATH", help="gazetteer file for entity mentions")


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="claimsift",
        description="Turn news text into structured, comparable numeric claims.",
    )
    p.add_argument("--version", action="version", version=f"claimsift {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser(
        "extract",
        help="extract claims (or another table) from files into Parquet, JSONL or CSV",
        description="Extract claims (or mentions, numbers, sentences, documents) from a corpus, "
        "streaming, into one Parquet, JSONL or CSV file (by the output's suffix).",
        epilog=_EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="folders of .txt; .txt .jsonl[.gz] .csv .parquet"
    )
    e.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="OUT.parquet, OUT.jsonl, OUT.csv or OUT.xlsx"
    )
    e.add_argument("--table", choices=TABLE_CHOICES, default="claims", help="table to write (default claims)")
    e.add_argument(
        "--all",
        action="store_true",
        help="write every table (documents, sentences, mentions, numbers, claims), one file each: "
        "OUT.<table>.<suffix>",
    )
    e.add_argument("--threads", type=int, default=None, metavar="N", help="threads (default: all cores)")
    e.add_argument("--batch-size", type=int, default=1000, metavar="N", help="records per batch (1000)")
    _add_input_arguments(e)
    e.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_export_arguments(e)

    t = sub.add_parser("tokens", help="print the tokens and sentences of a text file, readably")
    t.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    t.add_argument("--lang", default="en", help="language code (default: en)")

    c = sub.add_parser(
        "compare",
        help="compare the claims of several documents (same inputs as extract)",
        description="Group the claims of several documents by what they measure, of whom and when, "
        "and flag figures that disagree. Inputs are read as by `extract`. Output goes to the terminal, "
        "or to OUT by its suffix: .txt, .html, .csv, .parquet, .json (groups), .jsonl (one row per "
        "group x figure).",
    )
    c.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="folders of .txt; .txt .jsonl[.gz] .csv .parquet"
    )
    c.add_argument("-o", "--output", default=None, metavar="OUT", help="write to OUT (format by suffix)")
    c.add_argument("--min-docs", type=int, default=None, metavar="N", help="only measures in >= N documents")
    c.add_argument("--html", action="store_true", help="HTML instead of a text table (terminal output)")
    c.add_argument("--date-field", default="date", metavar="NAME", help="ISO date field (default: date)")
    c.add_argument("--outlet-field", default="outlet", metavar="NAME", help="outlet field (default: outlet)")
    c.add_argument(
        "--story-field", default="story", metavar="NAME", help="story/cluster field (default: story)"
    )
    _add_input_arguments(c)
    c.add_argument("--threads", type=int, default=None, metavar="N", help="threads (default: all cores)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "tokens":
            return _cmd_tokens(args)
        return _cmd_compare(args)
    except CliError as e:
        print(f"claimsift: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as e:
        print(f"claimsift: output error: {e}", file=sys.stderr)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("claimsift: interrupted", file=sys.stderr)
        if argv is None:
            # Run as a program: outputs are already removed (the `finally` blocks ran). Leave at
            # once with 130, so that a signal still pending in a worker or at interpreter teardown
            # cannot turn the exit into a second, uncaught KeyboardInterrupt (status -2).
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            os._exit(130)
        return 130
    except BrokenPipeError:  # e.g. `claimsift tokens f.txt | head`
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0


# --- shared helpers ------------------------------------------------------------------------------


def _load_gazetteer(path: str | None) -> Any:
    """A gazetteer from a .json/.jsonl/.ndjson/.csv entity file, or a binary file from
    ``Gazetteer.save`` (any other extension)."""
    if path is None:
        return None
    from . import ClaimsiftError, Gazetteer

    if not os.path.exists(path):
        raise CliError(f"no such gazetteer file: {path!r}")
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext in (".json", ".jsonl", ".ndjson", ".csv"):
            return Gazetteer.from_path(path)
        return Gazetteer.load(path)
    except (ClaimsiftError, OSError, ValueError) as e:
        raise CliError(f"cannot load gazetteer {path!r}: {e}") from e


def _make_pipeline(lang: str, gazetteer: Any) -> Any:
    from . import ClaimsiftError, Pipeline

    try:
        return Pipeline(lang=lang, gazetteer=gazetteer)
    except (ClaimsiftError, ValueError) as e:
        raise CliError(str(e)) from e


# --- tokens --------------------------------------------------------------------------------------


def _cmd_tokens(args: argparse.Namespace) -> int:
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.file, encoding="utf-8-sig") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise CliError(f"cannot read {args.file!r}: {e}") from e
    doc = _make_pipeline(args.lang, None)(text)
    tokens = list(doc.tokens)
    out = sys.stdout
    sents = list(doc.sents)
    print(f"{len(sents)} sentences, {len(tokens)} tokens, {len(text)} characters", file=out)
    for i, s in enumerate(sents):
        print(
            f"\n[{i}] paragraph {s.paragraph}, chars {s.start}:{s.end}, tokens {s.token_start}:{s.token_end}",
            file=out,
        )
        print(f"    {s.text!r}", file=out)
        for k in range(s.token_start, s.token_end):
            tok = tokens[k]
            print(f"    {k:>5}  {tok.start:>6}:{tok.end:<6} {tok.kind:<12} {tok.text!r}", file=out)
    covered = {k for s in sents for k in range(s.token_start, s.token_end)}
    stray = [k for k in range(len(tokens)) if k not in covered]
    if stray:
        print(f"\ntokens outside every sentence: {len(stray)}", file=out)
        for k in stray:
            tok = tokens[k]
            print(f"    {k:>5}  {tok.start:>6}:{tok.end:<6} {tok.kind:<12} {tok.text!r}", file=out)
    return 0


# --- compare -------------------------------------------------------------------------------------


COMPARE_FORMATS = (".txt", ".html", ".csv", ".parquet", ".json", ".jsonl")


def _cmd_compare(args: argparse.Namespace) -> int:
    from . import readers
    from ._compare import compare

    if args.threads is not None and args.threads < 1:
        raise CliError("--threads must be at least 1")
    min_docs = 2 if args.min_docs is None else args.min_docs
    if min_docs < 1:
        raise CliError("--min-docs must be at least 1")
    fmt = None
    if args.output:
        low = args.output.lower()
        fmt = next((f for f in COMPARE_FORMATS if low.endswith(f)), None)
        if fmt is None:
            raise CliError(
                f"cannot tell the output format of {args.output!r}: use one of {', '.join(COMPARE_FORMATS)}"
            )
        parent = os.path.dirname(os.path.abspath(args.output))
        if not os.path.isdir(parent):
            raise CliError(f"output folder does not exist: {parent}")
        for path, _ in readers.iter_paths(args.inputs, args.input_format):
            if os.path.exists(args.output) and os.path.samefile(path, args.output):
                raise CliError(f"the output {args.output!r} is also an input")
    if fmt in (".csv", ".parquet"):
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise CliError("CSV and Parquet output need pyarrow (pip install 'claimsift[arrow]')") from e
    nlp = _make_pipeline(args.lang, _load_gazetteer(args.gazetteer))
    try:
        list(readers.iter_paths(args.inputs, args.input_format))
        records = list(
            readers.read_texts(
                args.inputs, text_field=args.text_field, id_field=args.id_field, format=args.input_format
            )
        )
    except (KeyError, OSError, ValueError) as e:
        raise CliError(e.args[0] if isinstance(e, KeyError) and e.args else str(e)) from e
    texts: dict = {}
    meta: dict = {}
    failed = 0
    for n, rec in enumerate(records):
        rid = rec.get(args.id_field)
        rid = str(n) if rid is None else str(rid)
        if rec.get("error"):
            failed += 1
            print(f"claimsift: record {rid!r} skipped: {rec['error']}", file=sys.stderr)
            continue
        if rid in texts:
            failed += 1
            print(f"claimsift: record {rid!r} skipped: duplicate id", file=sys.stderr)
            continue
        m: dict = {}
        for key, field in (("outlet", args.outlet_field), ("story", args.story_field)):
            v = rec.get(field)
            if v is not None and v == v:  # not None, not NaN
                m[key] = str(v)
        d = rec.get(args.date_field)
        if d is not None and d == d and str(d).strip():
            ds = d.isoformat() if hasattr(d, "isoformat") else str(d)
            if _is_iso_date(ds):
                m["date"] = ds[:10]
            else:
                print(f"claimsift: record {rid!r}: date {d!r} is not an ISO date; ignored", file=sys.stderr)
        texts[rid] = rec[args.text_field]
        meta[rid] = m
    docs = [
        (doc, {"id": rid})
        for rid, doc in zip(texts, nlp.process_batch(list(texts.values()), n_threads=args.threads))
    ]
    cmp = compare(docs, meta=meta, min_docs=min_docs)
    if fmt is None:
        print(cmp._repr_html_() if args.html else cmp.to_text())
    else:
        _write_comparison(cmp, args.output, fmt)
    print(
        f"claimsift: {len(texts)} documents compared, {len(cmp.groups)} measures, "
        f"{len(cmp.disagreements)} disagree" + (f", {failed} records failed" if failed else ""),
        file=sys.stderr,
    )
    return 1 if failed else 0


def _is_iso_date(s: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(s.strip()[:10])
    except ValueError:
        return False
    return True


def _write_comparison(cmp: Any, path: str, fmt: str) -> None:
    """Writes a comparison atomically (a temporary file renamed at the end)."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".claimsift-", suffix=fmt, dir=folder)
    os.close(fd)
    try:
        if fmt in (".txt", ".html"):
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(cmp._repr_html_() if fmt == ".html" else cmp.to_text() + "\n")
        elif fmt == ".json":
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump([_json_safe(g.to_dict()) for g in cmp.groups], f, ensure_ascii=False, indent=1)
        elif fmt == ".jsonl":
            with open(tmp, "w", encoding="utf-8") as f:
                for r in cmp.to_records():
                    f.write(json.dumps(_json_safe(r), ensure_ascii=False) + "\n")
        else:
            table = cmp.to_arrow()
            if fmt == ".parquet":
                import pyarrow.parquet as pq

                pq.write_table(table, tmp)
            else:
                import pyarrow.csv as pacsv

                flat = table
                for i, col in enumerate(table.schema):
                    if str(col.type).startswith("list"):
                        vals = [json.dumps(v) for v in table.column(i).to_pylist()]
                        import pyarrow as pa

                        flat = flat.set_column(i, col.name, pa.array(vals, type=pa.string()))
                pacsv.write_csv(flat, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def _json_safe(v: Any) -> Any:
    """NaN and infinities as null (JSON has neither); tuples as lists."""
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return None
    if isinstance(v, dict):
        return {k: _json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_safe(x) for x in v]
    return v


# --- extract -------------------------------------------------------------------------------------


def _output_format(path: str) -> tuple[str, str]:
    """(format, path without the suffix) of an output path."""
    low = path.lower()
    for suffix, fmt in OUTPUT_FORMATS.items():
        if low.endswith(suffix):
            return fmt, path[: -len(suffix)]
    raise CliError(f"cannot tell the output format of {path!r}: use a .parquet, .jsonl, .csv or .xlsx suffix")


def _output_paths(output: str, tables: Sequence[str], all_tables: bool) -> tuple[str, dict, str]:
    fmt, stem = _output_format(output)
    suffix = output[len(stem) :]
    if all_tables:
        paths = {t: f"{stem}.{t}{suffix}" for t in tables}
    else:
        paths = {tables[0]: output}
    return fmt, paths, f"{stem}.errors.jsonl"


def _cmd_extract(args: argparse.Namespace) -> int:
    from . import claim_languages, readers
    from ._batch import process_records

    if args.batch_size < 1:
        raise CliError("--batch-size must be at least 1")
    if args.threads is not None and args.threads < 1:
        raise CliError("--threads must be at least 1")
    tables = ALL_TABLES if args.all else (args.table,)
    fmt, out_paths, errors_path = _output_paths(args.output, tables, args.all)
    for path in out_paths.values():
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise CliError(f"output folder does not exist: {parent}")
    try:
        input_paths = [p for p, _ in readers.iter_paths(args.inputs, args.input_format)]
    except (OSError, ValueError) as e:
        raise CliError(str(e)) from e
    for path in [*out_paths.values(), errors_path]:
        for src in input_paths:
            if _same_file(path, src):
                raise CliError(f"output {path!r} is also an input ({src!r}): it would be overwritten")
    gazetteer = _load_gazetteer(args.gazetteer)
    nlp = _make_pipeline(args.lang, gazetteer)
    try:
        import pyarrow  # noqa: F401
    except ImportError as e:
        raise CliError("claimsift extract needs pyarrow (pip install 'claimsift[arrow]')") from e
    try:
        records = readers.read_texts(
            args.inputs, text_field=args.text_field, id_field=args.id_field, format=args.input_format
        )
        # check the inputs exist (and their format is known) before anything is written
        list(readers.iter_paths(args.inputs, args.input_format))
    except (OSError, ValueError) as e:
        raise CliError(str(e)) from e

    if fmt == "xlsx":
        _require_xlsx_writer()
    writers = {t: _make_writer(p, fmt, csv_bom=args.csv_bom, sheet=t) for t, p in out_paths.items()}
    errors_writer = _TableWriter(errors_path, "jsonl")
    progress = _Progress(enabled=not args.no_progress and _isatty(sys.stderr))
    stats = {"documents": 0, "failed": 0, "claims": 0, "bytes": 0}
    rules = set(claim_languages())
    no_rules: dict = {}  # documents (detected) in a language without claim rules, per language
    start = time.perf_counter()
    previous = _install_sigterm()
    ok = False
    try:
        try:
            for batch in readers.iter_batches(records, args.batch_size):
                out, nbytes = process_records(
                    nlp,
                    batch,
                    text_field=args.text_field,
                    id_field=args.id_field,
                    n_threads=args.threads,
                    tokens="tokens" in tables,
                    offset=stats["documents"],
                )
                docs = out["documents"]
                failed = docs.filter(_is_valid(docs["error"]))
                with _output_errors():
                    for t, w in writers.items():
                        w.write(
                            out[t] if args.no_doc_meta else join_document_metadata(out[t], out["documents"])
                        )
                    if failed.num_rows:
                        errors_writer.write(failed.select(["doc_index", "doc_id", "error"]))
                stats["documents"] += docs.num_rows
                stats["failed"] += failed.num_rows
                stats["claims"] += out["claims"].num_rows
                stats["bytes"] += nbytes
                for lang in docs["lang"].to_pylist():
                    if lang is not None and lang not in rules:
                        no_rules[lang] = no_rules.get(lang, 0) + 1
                progress.update(docs.num_rows, nbytes)
        except (KeyError, OSError) as e:  # a CSV/Parquet without the text column, an unreadable file
            raise CliError(e.args[0] if isinstance(e, KeyError) and e.args else str(e)) from e
        if stats["documents"] == 0:  # no input records: still write empty tables with their columns
            empty, _ = process_records(
                nlp, [], text_field=args.text_field, id_field=args.id_field, tokens="tokens" in tables
            )
            with _output_errors():
                for t, w in writers.items():
                    w.write(empty[t])
        # All or nothing: finish every temporary file first (where a full disk shows), then
        # rename them all into place (renames in one folder do not need space).
        committing = [*writers.values(), *([errors_writer] if stats["failed"] else [])]
        with _output_errors():
            for w in committing:
                w.finish()
            for w in committing:
                w.commit()
            if not stats["failed"]:
                errors_writer.abort()
                # an errors file left by an earlier run would now describe records that succeeded
                if os.path.exists(errors_path):
                    os.remove(errors_path)
        ok = True
    finally:
        progress.close()
        if not ok:
            for w in [*writers.values(), errors_writer]:
                w.abort()
        _restore_sigterm(previous)
    seconds = time.perf_counter() - start
    mb = stats["bytes"] / 1e6
    targets = ", ".join(out_paths.values())
    print(
        f"claimsift: {stats['documents']} documents, {stats['failed']} failed, {stats['claims']} claims, "
        f"{mb:.2f} MB in {seconds:.2f} s ({mb / seconds if seconds > 0 else 0.0:.2f} MB/s) -> {targets}",
        file=sys.stderr,
    )
    if no_rules:
        langs = ", ".join(f"{k}: {v}" for k, v in sorted(no_rules.items(), key=lambda kv: (-kv[1], kv[0])))
        print(
            f"claimsift: {sum(no_rules.values())} documents in languages without claim rules have no "
            f"claims ({langs}); claim rules exist for: {', '.join(sorted(rules))}",
            file=sys.stderr,
        )
    if stats["failed"]:
        print(f"claimsift: {stats['failed']} records failed; see {errors_path}", file=sys.stderr)
        return 1
    return 0


def _same_file(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same file (same path, or a link to it)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class _output_errors:
    """Turns an ``OSError`` while writing the output into :class:`OutputError` (exit status 3)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, value: Any, tb: Any) -> bool:
        if value is not None and isinstance(value, OSError):
            where = f" ({value.filename})" if getattr(value, "filename", None) else ""
            raise OutputError(f"{value.strerror or value}{where}") from value
        return False


def _is_valid(arr: Any) -> Any:
    import pyarrow.compute as pc

    return pc.is_valid(arr)


# --- writers -------------------------------------------------------------------------------------


class _TableWriter:
    """Appends pyarrow Tables to a temporary file next to ``path``; ``commit`` renames it into place.

    The first table written fixes the columns: later tables are conformed to them (types cast,
    missing columns null, new columns dropped with a warning) so one Parquet schema or CSV header
    holds for the whole file.
    """

    def __init__(self, path: str, fmt: str, *, csv_bom: bool = False):
        self.path = path
        self.fmt = fmt
        # Excel reads a UTF-8 CSV as UTF-8 only with a byte-order mark; lists become "a; b" there
        self.encoding = "utf-8-sig" if csv_bom and fmt == "csv" else "utf-8"
        self.excel = csv_bom
        self.tmp: str | None = None
        self.schema: Any = None
        self._file: Any = None
        self._pq: Any = None
        self._csv: Any = None
        self._pending: list = []
        self._pending_rows = 0

    def _open(self, table: Any) -> None:
        import pyarrow as pa

        fields = [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]
        self._open_schema(pa.schema(fields))

    def _open_schema(self, schema: Any) -> None:
        self.schema = schema
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, self.tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(self.path)}.", suffix=".partial", dir=directory
        )
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            os.close(fd)
            self._pq = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        else:
            self._file = open(fd, "w", encoding=self.encoding, newline="")  # noqa: SIM115 - closed in commit/abort
            if self.fmt == "csv":
                import csv

                self._csv = csv.writer(self._file)
                self._csv.writerow(self.schema.names)

    def _conform(self, table: Any) -> Any:
        """``table`` with the file's columns; the file's schema grows (rewriting what was written)
        when a column first appears, or when a column's values no longer fit its type (numbers
        become float64, anything else string)."""
        import pyarrow as pa

        fields = list(self.schema)
        changed = False
        for f in table.schema:
            i = self.schema.get_field_index(f.name)
            if i < 0:
                fields.append(pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f)
                changed = True
            elif f.type != fields[i].type and not pa.types.is_null(f.type):
                if _castable(table[f.name], fields[i].type):
                    continue
                fields[i] = pa.field(f.name, _common_type(fields[i].type, f.type))
                changed = True
        if changed:
            self._evolve(pa.schema(fields))
        cols = []
        for f in self.schema:
            if table.schema.get_field_index(f.name) < 0:
                cols.append(pa.nulls(table.num_rows, f.type))
            else:
                cols.append(_cast(table[f.name], f.type))
        return pa.Table.from_arrays(cols, schema=self.schema)

    def _evolve(self, new_schema: Any) -> None:
        """Rewrite what was written so far under ``new_schema`` (new columns null, others cast)."""
        import pyarrow as pa

        old_schema, old_tmp = self.schema, self.tmp
        assert old_tmp is not None
        added = len(new_schema) - len(old_schema)
        if self.fmt == "jsonl":  # rows are self-describing: earlier rows keep what they were
            self.schema = new_schema
            return
        self._flush()
        self._close()
        self._open_schema(new_schema)
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            for b in pq.ParquetFile(old_tmp).iter_batches():
                cols = [_cast(c, f.type) for c, f in zip(b.columns, new_schema)]
                cols += [pa.nulls(b.num_rows, f.type) for f in list(new_schema)[len(old_schema) :]]
                self._pq.write_table(pa.Table.from_arrays(cols, schema=new_schema))
        else:  # CSV cells are text already: only the header grows
            import csv

            with open(old_tmp, encoding=self.encoding, newline="") as f:
                rows = csv.reader(f)
                next(rows, None)  # the old header
                for row in rows:
                    self._csv.writerow([*row, *([""] * added)])
        os.unlink(old_tmp)

    def write(self, table: Any) -> None:
        if self.schema is None:
            self._open(table)
        table = self._conform(table)
        if self.fmt == "parquet":
            if table.num_rows:
                self._pending.append(table)
                self._pending_rows += table.num_rows
            if self._pending_rows >= _ROW_GROUP_ROWS:
                self._flush()
        elif self.fmt == "jsonl":
            for row in table.to_pylist():
                self._file.write(_json_line(row))
                self._file.write("\n")
        else:
            for row in table.to_pylist():
                self._csv.writerow([_csv_cell(v, excel=self.excel) for v in row.values()])

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending:
            self._pq.write_table(pa.concat_tables(self._pending))
        self._pending = []
        self._pending_rows = 0

    def _close(self) -> None:
        if self._pq is not None:
            self._flush()
            self._pq.close()
            self._pq = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def finish(self) -> None:
        """Write out and close the temporary file (where a full disk shows); ``commit`` renames."""
        if self.tmp is not None:
            self._close()

    def commit(self) -> None:
        if self.tmp is None:
            return
        self._close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)  # mkstemp made it private
        os.replace(self.tmp, self.path)
        self.tmp = None

    def abort(self) -> None:
        try:
            self._close()
        except Exception:  # noqa: BLE001 - the file is deleted anyway
            pass
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


def _castable(col: Any, to: Any) -> bool:
    import pyarrow as pa

    try:
        col.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return False
    return True


def _common_type(a: Any, b: Any) -> Any:
    import pyarrow as pa

    numeric = (pa.types.is_integer, pa.types.is_floating)
    if any(t(a) for t in numeric) and any(t(b) for t in numeric):
        return pa.float64()
    return pa.string()


def _cast(col: Any, to: Any) -> Any:
    """``col`` as type ``to``; to string by ``str`` (or JSON for lists) where Arrow cannot cast."""
    import pyarrow as pa

    if col.type == to:
        return col
    try:
        return col.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        if not pa.types.is_string(to):
            raise
    vals = col.to_pylist()
    return pa.array(
        [
            None if v is None else json.dumps(v, default=str) if isinstance(v, (list, dict)) else str(v)
            for v in vals
        ],
        pa.string(),
    )


def _csv_cell(v: Any, *, excel: bool = False) -> Any:
    if v is None:
        return ""
    if excel and isinstance(v, list):
        return "; ".join("" if x is None else str(x) for x in v)
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


# --- exports a journalist opens: Excel, CSV for Excel, claims with document metadata ------------


def _add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--csv-bom",
        action="store_true",
        help="CSV for Excel: a UTF-8 byte-order mark (so £, é and “ ” survive) and lists as 'a; b'",
    )
    p.add_argument(
        "--no-doc-meta",
        action="store_true",
        help="do not join the documents' metadata (outlet, date, url, ...) onto each row",
    )


def _require_xlsx_writer() -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError as e:
        raise CliError("writing .xlsx needs openpyxl: pip install 'claimsift[excel]'") from e


def join_document_metadata(table: Any, documents: Any) -> Any:
    """``table`` with its documents' metadata columns (the input's extra fields) appended by ``doc_index``.

    A metadata column whose name the table already has is added as ``meta_<name>``. The
    ``documents`` table itself, and tables without metadata, come back unchanged.
    """
    import pyarrow.compute as pc

    from ._batch import DOC_COLUMNS

    if table is documents or "doc_index" not in table.column_names:
        return table
    meta = [c for c in documents.column_names if c not in DOC_COLUMNS]
    if not meta:
        return table
    rows = pc.index_in(table["doc_index"], value_set=documents["doc_index"])
    for c in meta:
        name = c if c not in table.column_names else f"meta_{c}"
        table = table.append_column(name, pc.take(documents[c], rows))
    return table


class _XlsxWriter:
    """An Excel workbook (one sheet) written with openpyxl: rows are kept until ``commit``, which
    writes the workbook to a temporary file next to ``path`` and renames it into place.

    Lists are written as ``a; b``, dicts as JSON; characters Excel cannot store (control
    characters) are dropped; cells are cut at Excel's 32,767-character limit.
    """

    MAX_ROWS = 1_048_576  # Excel's limit, header included
    MAX_CELL = 32_767

    def __init__(self, path: str, sheet: str = "claims"):
        self.path = path
        self.sheet = sheet[:31] or "Sheet1"
        self.tables: list = []
        self.rows = 0
        self.tmp: str | None = None

    def write(self, table: Any) -> None:
        self.rows += table.num_rows
        if self.rows + 1 > self.MAX_ROWS:
            raise CliError(
                f"{self.rows} rows do not fit in an Excel sheet (at most {self.MAX_ROWS - 1}); use .parquet or .csv"
            )
        self.tables.append(table)

    def _cell(self, v: Any) -> Any:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        if v is None:
            return None
        if isinstance(v, list):
            v = "; ".join("" if x is None else str(x) for x in v)
        elif isinstance(v, dict):
            v = json.dumps(v, ensure_ascii=False, default=str)
        if isinstance(v, str):
            v = ILLEGAL_CHARACTERS_RE.sub("", v)
            if len(v) > self.MAX_CELL:
                v = v[: self.MAX_CELL - 1] + "…"
        return v

    def finish(self) -> None:
        """Write the workbook to a temporary file next to the target (``commit`` renames it)."""
        import pyarrow as pa
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter

        if self.tmp is not None:
            return
        table = pa.concat_tables(self.tables, promote_options="permissive") if self.tables else pa.table({})
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(self.sheet)
        ws.freeze_panes = "A2"
        names = table.column_names
        for i, name in enumerate(names, start=1):
            width = 12 if name not in ("sentence", "text", "attribution", "error") else 40
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.append(names)
        for batch in table.to_batches():
            for row in batch.to_pylist():
                ws.append([self._cell(row[n]) for n in names])
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(self.path)}.", suffix=".partial", dir=directory
        )
        os.close(fd)
        self.tmp = tmp
        try:
            wb.save(tmp)
        except BaseException:
            self.abort()
            raise
        self.tables = []

    def commit(self) -> None:
        self.finish()
        tmp, self.tmp = self.tmp, None
        if tmp is None:
            return
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, self.path)

    def abort(self) -> None:
        self.tables = []
        tmp, self.tmp = self.tmp, None
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def _make_writer(path: str, fmt: str, *, csv_bom: bool = False, sheet: str | None = None) -> Any:
    """The streaming writer for one output file (``write(table)``, then ``commit()`` or ``abort()``)."""
    if fmt == "xlsx":
        return _XlsxWriter(path, sheet or "claims")
    return _TableWriter(path, fmt, csv_bom=csv_bom)


def write_table(table: Any, path: str, *, csv_bom: bool = False, sheet: str | None = None) -> None:
    """Write one table to ``path`` atomically, in the format of its suffix (.parquet, .jsonl, .csv, .xlsx).

    The shared writer of ``claimsift extract`` and ``claimsift compare -o``: ``table`` is a pyarrow
    Table, anything with ``__arrow_c_stream__``, or a list of dicts (``Comparison.to_records()``).
    ``csv_bom`` writes CSV for Excel (a UTF-8 byte-order mark, lists as ``a; b``); ``.xlsx`` needs
    openpyxl (``pip install 'claimsift[excel]'``). Raises :class:`CliError` for an unknown suffix,
    a missing openpyxl or more rows than an Excel sheet holds.
    """
    import pyarrow as pa

    fmt, _ = _output_format(path)
    if fmt == "xlsx":
        _require_xlsx_writer()
    if isinstance(table, list):
        table = pa.Table.from_pylist(table)
    elif not isinstance(table, pa.Table):
        table = pa.table(table)
    w = _make_writer(path, fmt, csv_bom=csv_bom, sheet=sheet)
    try:
        w.write(table)
        w.commit()
    except BaseException:
        w.abort()
        raise


# --- progress and signals ------------------------------------------------------------------------


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Progress:
    """Documents/s and MB/s on stderr: tqdm when installed, else one rewritten line."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.docs = 0
        self.bytes = 0
        self.start = time.perf_counter()
        self._last = 0.0
        self._bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                tqdm = None
            if tqdm is not None:
                self._bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, docs: int, nbytes: int) -> None:
        if not self.enabled:
            return
        self.docs += docs
        self.bytes += nbytes
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        mb = self.bytes / 1e6
        if self._bar is not None:
            self._bar.set_postfix_str(f"{mb:.1f} MB, {mb / elapsed:.2f} MB/s", refresh=False)
            self._bar.update(docs)
            return
        now = time.perf_counter()
        if now - self._last >= 0.2:
            self._last = now
            sys.stderr.write(
                f"\r{self.docs} docs, {self.docs / elapsed:.0f} docs/s, "
                f"{mb:.1f} MB, {mb / elapsed:.2f} MB/s  "
            )
            sys.stderr.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
        else:
            sys.stderr.write("\n")
            sys.stderr.flush()
        self.enabled = False


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _install_sigterm() -> Any:
    """SIGTERM is handled like Ctrl-C (temporary outputs removed), in the main thread only."""
    try:
        return signal.signal(signal.SIGTERM, _raise_interrupt)
    except (ValueError, OSError, AttributeError):  # not the main thread, or no SIGTERM
        return None


def _restore_sigterm(previous: Any) -> None:
    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except (ValueError, OSError):
            pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
