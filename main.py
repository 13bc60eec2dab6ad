"""Parallax: compare two versions of a news article.

Usage:
    python main.py                         open the window on the bundled sample pair
    python main.py LEFT RIGHT              open the window on two articles
    python main.py LEFT RIGHT --json OUT   write the comparison as JSON (OUT may be - for standard output)

Headless runs (``--json``) never import Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_USAGE = 2  # bad arguments, or an input that cannot be read

SAMPLES = Path(__file__).resolve().parent / "assets" / "samples"


class InputError(Exception):
    """An input file that cannot be used, with a message a person understands."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Compare two versions of a news article.")
    parser.add_argument("left", nargs="?", help="the original article (a text file)")
    parser.add_argument("right", nargs="?", help="the rewrite to compare it with")
    parser.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT (- for standard output)")
    parser.add_argument("--ignore-case", action="store_true", help="word diffs ignore upper and lower case")
    parser.add_argument("--ignore-punctuation", action="store_true", help="word diffs ignore punctuation")
    parser.add_argument("--time-budget", type=float, metavar="SECONDS", help="stop refining after this long")
    return parser


def read_text(path: str) -> str:
    """The text of a UTF-8 file; a missing, unreadable or undecodable file raises InputError."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text") from None


def _write_json(args: argparse.Namespace) -> int:
    from core import CompareOptions, compare, document_from_text, write_json

    documents = []
    for path in (args.left, args.right):
        documents.append(document_from_text(read_text(path), name=Path(path).name, title=Path(path).stem))
    options = CompareOptions(
        ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation, time_budget=args.time_budget
    )
    comparison = compare(documents[0], documents[1], options)
    try:
        write_json(comparison, args.json)
    except OSError as error:
        raise InputError(f"{args.json}: cannot be written ({error.strerror or error})") from None
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run Parallax; returns the process exit status."""
    args = _parser().parse_args(argv)
    if (args.left is None) != (args.right is None):
        print("parallax: give two articles to compare, or none for the sample", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.json is not None:
            if args.left is None:
                print("parallax: --json needs two articles", file=sys.stderr)
                return EXIT_USAGE
            return _write_json(args)
        left = args.left or str(SAMPLES / "original.txt")
        right = args.right or str(SAMPLES / "rewrite.txt")
        texts = (read_text(left), read_text(right))
    except InputError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run_window

    return run_window((left, texts[0]), (right, texts[1]))


if __name__ == "__main__":
    sys.exit(main())
