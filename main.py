"""Parallax: compare two versions of a news article.

Usage:
    python main.py                         open the window on the bundled sample pair
    python main.py LEFT RIGHT              open the window on two articles
    python main.py LEFT RIGHT --json OUT   write the comparison as JSON (OUT may be - for standard output)
    python main.py LEFT RIGHT --html OUT   write the highlighted comparison as a self-contained HTML report
    python main.py SOURCE [SOURCE ...] REWRITE [--json OUT] [--html OUT]
                                           several sources (versions of a story, in order) against one rewrite
    python main.py index|find|reuse ...    the corpus commands (``cli.corpus``: index a corpus, find the sources
                                           of an article in it, list every reuse pair); a file named like one
                                           of them is compared as ./index

LEFT or RIGHT may be ``-`` for standard input. Headless runs (``--json``, ``--html``) never import Qt.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from core import Comparison, Document
    from core.report import Report

EXIT_USAGE = 2  # bad arguments, or an input that cannot be read

SAMPLES = Path(__file__).resolve().parent / "assets" / "samples"
SAMPLE_PAIR = (str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare two versions of a news article.",
        epilog="Corpus commands: parallax index|find|reuse --help (the sources of an article among thousands).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="the original (.txt .md .html .docx .odt .pdf .rtf, or -), or several sources in order, "
                        "then the rewrite to compare with them")  # fmt: skip
    parser.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT (- for standard output)")
    parser.add_argument("--html", metavar="OUT", help="write the highlighted comparison as an HTML report to OUT")
    parser.add_argument("--plain", action="store_true",
                        help="take the files as clean UTF-8 paragraphs (blank-line separated, or one a line): no "
                        "headline, byline or boilerplate detection, no hard-wrap repair")  # fmt: skip
    parser.add_argument("--ignore-case", action="store_true", help="word diffs ignore upper and lower case")
    parser.add_argument("--ignore-punctuation", action="store_true", help="word diffs ignore punctuation")
    parser.add_argument("--time-budget", type=float, metavar="SECONDS", help="stop refining after this long")
    return parser


def _plain(path: str) -> Document:
    """A file read as paragraphs exactly as given (``--plain``)."""
    from core import LoadError, LoadFailure, document_from_text

    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(LoadFailure.UNREADABLE, f"{path}: cannot be read as UTF-8 text ({error})") from None
    return document_from_text(text, name=Path(path).name, title=Path(path).stem)


def _headless(args: argparse.Namespace) -> int:
    """Compare without a window and write JSON and/or the HTML report."""
    from core import CompareOptions, LoadError, compare
    from core.budget import collection_paused
    from core.load import combine_sources, load_from_argument
    from core.report import build_report

    try:
        read = _plain if args.plain else load_from_argument
        documents = [read(path) for path in args.files]
    except LoadError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_USAGE
    options = CompareOptions(
        ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation, time_budget=args.time_budget
    )
    with collection_paused():  # millions of small acyclic objects: the collector would walk them again and again
        comparison = compare(combine_sources(documents[:-1]), documents[-1], options)
        report = build_report(comparison) if args.html is not None else None
        gc.freeze()  # the collector would walk the comparison's objects once more, and again at exit
    return _write_outputs(args, comparison, report)


def _write_outputs(args: argparse.Namespace, comparison: Comparison, report: Report | None) -> int:
    """Write the JSON and the HTML report asked for; a write that fails says so in one line."""
    from core import write_json
    from core.export import write_html

    writers: list[tuple[str, Callable[[], None]]] = []
    if args.json is not None:
        writers.append((args.json, lambda: write_json(comparison, args.json)))
    if report is not None:
        writers.append((args.html, lambda: write_html(report, args.html)))
    for target, write in writers:
        try:
            write()
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error worth a traceback
            return 0
        except OSError as error:
            print(f"parallax: {target}: cannot be written ({error.strerror or error})", file=sys.stderr)
            return EXIT_USAGE
    return 0


def _quiet_format_libraries() -> None:
    """The format libraries log what a LoadError already tells the user: keep them quiet (decided here, by the
    application, not by importing core)."""
    from core.load import LIBRARY_LOGGERS

    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def main(argv: list[str] | None = None) -> int:
    """Run Parallax; returns the process exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in ("index", "find", "reuse"):
        from cli import run_command

        _quiet_format_libraries()
        return run_command(arguments)
    args = _parser().parse_args(argv)
    _quiet_format_libraries()
    if len(args.files) == 1:
        print("parallax: give two articles to compare (or several sources, then the rewrite), or none for the "
              "sample", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if args.files.count("-") > 1:
        print("parallax: standard input (-) can stand for one article only", file=sys.stderr)
        return EXIT_USAGE
    if args.json is not None or args.html is not None:
        if not args.files:
            print("parallax: --json and --html need two articles", file=sys.stderr)
            return EXIT_USAGE
        return _headless(args)
    if len(args.files) > 2:
        print("parallax: several sources need --json or --html for now", file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run_window

    left, right = args.files or SAMPLE_PAIR
    return run_window(left, right)


if __name__ == "__main__":
    sys.exit(main())
