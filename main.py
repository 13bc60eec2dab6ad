"""Parallax: compare two versions of a news article.

Usage:
    parallax                          open the window on the bundled sample pair
    parallax LEFT [RIGHT]             open the window on two articles (one: it asks for the other)
    parallax [LEFT RIGHT] --json OUT  write the comparison as JSON (OUT may be - for standard output)
    parallax [LEFT RIGHT] --html OUT  write the highlighted comparison as a self-contained HTML report (or -)
    parallax --install-desktop        put Parallax in the desktop's application menu (user-level)
    parallax SOURCE [SOURCE ...] REWRITE [--json OUT] [--html OUT]
                                      several sources (versions of a story, in order) against one rewrite
    parallax index|find|reuse ...     the corpus commands (``cli.corpus``: index a corpus, find the sources of
                                      an article in it, list every reuse pair); a file named like one of
                                      them is compared as ./index

LEFT or RIGHT (not both) may be ``-`` for standard input; without them, the bundled sample is compared. Headless
runs (``--json``, ``--html``) never import Qt.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from assets import SAMPLE_PAIR
from core.load import STANDARD_STREAM, as_typed

if TYPE_CHECKING:
    from collections.abc import Callable

    from core import Comparison, Document
    from core.report import Report

EXIT_USAGE = 2  # bad arguments, or an input that cannot be read

__all__ = ["SAMPLE_PAIR", "main"]


def _time_budget(text: str) -> float:
    """``--time-budget``: a positive, finite number of seconds."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (seconds > 0 and math.isfinite(seconds)):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return seconds


class _Version(argparse.Action):
    """``--version``: reads the installed version only when asked (importing importlib.metadata takes time)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the installed version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from ui.version import version

        print(f"parallax {version()}")
        parser.exit()


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it: ``COLUMNS``, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own layout and width, without its import of shutil (which brings bz2 and lzma): argparse makes a
    formatter for every ``add_argument``, so every run would import it."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        formatter_class=_HelpFormatter,
        description="Compare two versions of a news article.",
        epilog="Corpus commands: parallax index|find|reuse --help (the sources of an article among thousands).",
    )
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="the original, or several sources in order, then the rewrite (.txt .md .html .docx .odt "
                        ".pdf .rtf .xml, or - for one of them); none: the bundled sample")  # fmt: skip
    parser.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT (- for standard output)")
    parser.add_argument("--html", metavar="OUT", help="write the comparison as an HTML report to OUT (- likewise)")
    parser.add_argument("--plain", action="store_true",
                        help="take the files as clean UTF-8 paragraphs (blank-line separated, or one a line): no "
                        "headline, byline or boilerplate detection, no hard-wrap repair")  # fmt: skip
    parser.add_argument("--ignore-case", action="store_true", help="word diffs ignore upper and lower case")
    parser.add_argument("--ignore-punctuation", action="store_true", help="word diffs ignore punctuation")
    parser.add_argument("--time-budget", type=_time_budget, metavar="SECONDS", help="stop refining after this long")
    parser.add_argument("--install-desktop", action="store_true",
                        help="add Parallax to the desktop's application menu (~/.local/share) and exit")  # fmt: skip
    parser.add_argument("--version", action=_Version)
    return parser


def _plain(path: str) -> Document:
    """A file read as paragraphs exactly as given (``--plain``)."""
    from core import LoadError, LoadFailure, document_from_text

    try:
        data = sys.stdin.buffer.read() if path == STANDARD_STREAM else Path(path).read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(LoadFailure.UNREADABLE, f"{path}: cannot be read as UTF-8 text ({error})") from None
    name = "standard input" if path == STANDARD_STREAM else Path(path).name
    return document_from_text(text, name=name, title=Path(name).stem)


def _load(args: argparse.Namespace) -> tuple[Document, Document] | str:
    """Both sides (several sources combined into one left side), or the message saying why a file cannot be
    used."""
    from core import LoadError
    from core.load.article import ReadBefore, load_from_argument

    documents = []
    read = ReadBefore()  # what one file's loading learnt, for the next (a list and its edited copy share lines)
    for typed in args.articles:
        try:
            documents.append(_plain(typed) if args.plain else load_from_argument(typed, read))
        except LoadError as error:
            return as_typed(str(error), typed)
    if len(documents) > 2:  # several sources, then the rewrite
        from core.load import combine_sources

        return combine_sources(documents[:-1]), documents[-1]
    return documents[0], documents[1]


def _headless(args: argparse.Namespace) -> int:
    """Compare without a window and write JSON and/or the HTML report."""
    from core import CompareOptions, compare
    from core.budget import collection_paused

    options = CompareOptions(
        ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation, time_budget=args.time_budget
    )
    with collection_paused():  # millions of small acyclic objects: the collector would walk them again and again
        loaded = _load(args)  # (loading too, as the window's worker does: 2 s of 600,000 lines' 8 s were its)
        if isinstance(loaded, str):
            print(f"parallax: {loaded}", file=sys.stderr)
            return EXIT_USAGE
        comparison = compare(*loaded, options)
        report = _report(comparison) if args.html is not None else None
        gc.freeze()  # the collector would walk the comparison's objects once more, and again at exit
    return _write_outputs(args, comparison, report)


def _report(comparison: Comparison) -> Report:
    from core.report import build_report  # only for --html: --json never loads the report stage

    return build_report(comparison)


def _write_html(report: Report, target: str) -> None:
    from core.export import report_to_html, write_html

    if target == STANDARD_STREAM:
        sys.stdout.write(report_to_html(report))
    else:
        write_html(report, target)


def _write_outputs(args: argparse.Namespace, comparison: Comparison, report: Report | None) -> int:
    """Write the JSON and the HTML report asked for (``-``: standard output); a write that fails says so."""
    from core import write_json

    writers: list[tuple[str, Callable[[], None]]] = []
    if args.json is not None:
        writers.append((args.json, lambda: write_json(comparison, args.json)))
    if report is not None:
        writers.append((args.html, lambda: _write_html(report, args.html)))
    for target, write in writers:
        try:
            write()
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error worth a traceback
            return 0
        except OSError as error:
            print(f"parallax: {target}: cannot be written ({error.strerror or error})", file=sys.stderr)
            return EXIT_USAGE
    return 0


def _quiet_format_libraries(articles: list[str] | None = None) -> None:
    """The format libraries log what a LoadError already tells the user: keep them quiet (decided here, by the
    application, not by importing core). Given ``articles``, only if one of them may be read by such a library:
    a pair of .txt files then never imports logging."""
    from core.load import LIBRARY_LOGGERS, OWN_READER_SUFFIXES

    own = (a == STANDARD_STREAM or Path(a).suffix.lower() in OWN_READER_SUFFIXES for a in articles or ())
    if articles is not None and all(own):
        return
    import logging

    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _usage_error(args: argparse.Namespace) -> str | None:
    """What is wrong with the arguments, if anything."""
    headless = args.json is not None or args.html is not None
    if headless and len(args.articles) == 1:
        return "give two articles to compare (or several sources, then the rewrite), or none for the sample"
    if args.articles.count(STANDARD_STREAM) > 1:
        return "only one side can be standard input (-): give a file for the other"
    if not headless and STANDARD_STREAM in args.articles:
        return "standard input (-) can be read only with --json or --html"
    if args.json == STANDARD_STREAM and args.html == STANDARD_STREAM:
        return "only one of --json and --html can go to standard output"
    from core.export.clobber import clobbered

    return clobbered(args.json, args.articles) or clobbered(args.html, args.articles)


def _install_desktop() -> int:
    from ui.desktop_entry import command_line, data_home, install

    for path in install(command_line(), data_home(os.environ)):
        print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run Parallax; returns the process exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in ("index", "find", "reuse"):
        from cli import run_command

        _quiet_format_libraries()
        return run_command(arguments)
    args = _parser().parse_args(argv)
    problem = _usage_error(args)
    if problem is not None:
        print(f"parallax: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.install_desktop:
        return _install_desktop()
    if args.json is not None or args.html is not None:
        args.articles = args.articles or list(SAMPLE_PAIR)
        _quiet_format_libraries(args.articles)
        from core.load import repeated_file

        if (twice := repeated_file(args.articles)) is not None:
            same = (
                f"{twice.first} given twice"
                if twice.first == twice.second
                else f"{twice.first} and {twice.second} are one file"
            )
            effect = "it is compared with itself" if twice.rewrite else "it is one source, not two"
            print(f"parallax: warning: {same}, {effect}", file=sys.stderr)
        return _headless(args)
    _quiet_format_libraries()  # the window may open any format later
    from ui.system_libraries import check

    problem = check()  # before Qt: a missing X11 library would abort it with a message naming none
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run_window

    articles = args.articles or list(SAMPLE_PAIR)
    if len(articles) > 2:
        return run_window(tuple(articles[:-1]), articles[-1])
    return run_window(articles[0], articles[1] if len(articles) > 1 else None)


if __name__ == "__main__":
    sys.exit(main())
