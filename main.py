"""Parallax: compare two versions of a news article.

Usage:
    python main.py                         open the window on the bundled sample pair
    python main.py LEFT RIGHT              open the window on two articles
    python main.py LEFT RIGHT --json OUT   write the comparison as JSON (OUT may be - for standard output)
    python main.py LEFT RIGHT --html OUT   write the highlighted comparison as a self-contained HTML report
    python main.py index|find|reuse ...    the corpus commands (``cli.corpus``: index a corpus, find the sources
                                           of an article in it, list every reuse pair)

LEFT or RIGHT may be ``-`` for standard input. Headless runs (``--json``, ``--html``) never import Qt.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core import Document

EXIT_USAGE = 2  # bad arguments, or an input that cannot be read

SAMPLES = Path(__file__).resolve().parent / "assets" / "samples"
SAMPLE_PAIR = (str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Compare two versions of a news article.")
    parser.add_argument("left", nargs="?", help="the original article (.txt .md .html .docx .odt .pdf .rtf, or -)")
    parser.add_argument("right", nargs="?", help="the rewrite to compare it with")
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
    from core import CompareOptions, LoadError, compare, write_json
    from core.export.to_html import write_html
    from core.load.article import load_from_argument

    try:
        if args.plain:
            left, right = (_plain(path) for path in (args.left, args.right))
        else:
            left, right = load_from_argument(args.left), load_from_argument(args.right)
    except LoadError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_USAGE
    options = CompareOptions(
        ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation, time_budget=args.time_budget
    )
    comparison = compare(left, right, options)
    gc.freeze()  # the collector would walk the comparison's millions of objects once more, and again at exit
    for target, write in ((args.json, write_json), (args.html, lambda c, t: write_html(c, t, options))):
        if target is None:
            continue
        try:
            write(comparison, target)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error worth a traceback
            return 0
        except OSError as error:
            print(f"parallax: {target}: cannot be written ({error.strerror or error})", file=sys.stderr)
            return EXIT_USAGE
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run Parallax; returns the process exit status."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in ("index", "find", "reuse"):
        from cli import run_command

        return run_command(arguments)
    args = _parser().parse_args(argv)
    if (args.left is None) != (args.right is None):
        print("parallax: give two articles to compare, or none for the sample", file=sys.stderr)
        return EXIT_USAGE
    if args.json is not None or args.html is not None:
        if args.left is None:
            print("parallax: --json and --html need two articles", file=sys.stderr)
            return EXIT_USAGE
        return _headless(args)
    from ui.app import run_window

    return run_window(args.left or SAMPLE_PAIR[0], args.right or SAMPLE_PAIR[1])


if __name__ == "__main__":
    sys.exit(main())
