"""``python main.py index|find|reuse ...``: the corpus commands (argument parsing, output, exit status).

Usage:
    python main.py index CORPUS [CORPUS ...] [--index DIR] [--cluster ADDRESS | --workers N] [--json OUT]
    python main.py find ARTICLE CORPUS [CORPUS ...] [--top K] [--json OUT] [--index DIR] [--cluster ADDRESS]
                        [--no-update]
    python main.py find --reverse ORIGINAL CORPUS [CORPUS ...] [...]
    python main.py reuse CORPUS [CORPUS ...] --out PAIRS.jsonl [--cluster ADDRESS | --workers N] [--index DIR]

``find`` (unless ``--no-update``) and ``reuse`` bring the index up to date with their corpora first (only new
or changed files cost anything). Exit status 2, with one line on standard error, for a missing corpus or
article, an unreadable article, an index folder or output that cannot be written, or an unreachable cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from cli.terminal import ProgressBar, short_path, skipped_lines, table
from core.corpus import (
    PERHAPS_REVERSED,
    REVERSED,
    CorpusIndex,
    Evidence,
    Found,
    SkippedFile,
    UpdateReport,
    default_index_folder,
    missing_roots,
    other_way,
    shown_date,
    update_index,
)
from core.export.clobber import clobbered
from core.load import STANDARD_STREAM

COMMANDS = ("index", "find", "reuse")
EXIT_USAGE = 2
FIND_FORMAT = "parallax-find/1"


class CommandError(Exception):
    """A failure reported as one line and exit status 2."""


def _positive(text: str) -> int:
    """An argument that must be a whole number of at least 1 (--top, --workers)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Find sources and reuse in a corpus of articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--index", metavar="DIR", help=f"the index folder (default {default_index_folder()})")
        sub.add_argument("--cluster", metavar="ADDRESS", help="a Dask scheduler (tcp://host:8786) to work on")

    index = commands.add_parser("index", help="build or update the index of one or more corpora")
    index.add_argument("corpus", nargs="+", help="folders or files of articles")
    index.add_argument("--workers", type=_positive, metavar="N", help="fingerprint on a local Dask cluster of N")
    index.add_argument("--json", metavar="OUT", help="write what was done and the skipped files as JSON")
    common(index)
    find = commands.add_parser("find", help="the sources of an article in the corpora (or its rewrites)")
    find.add_argument("article", help="the article whose sources are wanted (with --reverse: the original)")
    find.add_argument("corpus", nargs="+", help="folders or files of articles")
    find.add_argument("--reverse", action="store_true", help="find the articles that reuse ARTICLE instead")
    find.add_argument("--top", type=_positive, default=5, metavar="K", help="candidates shown (default 5)")
    find.add_argument("--json", metavar="OUT", help=f"write the candidates as JSON ({FIND_FORMAT}; - for stdout)")
    find.add_argument(
        "--no-update", action="store_true", help="search the index as it is, without checking the corpora for changes"
    )
    find.add_argument("--ignore-case", action="store_true", help="compare ignoring upper and lower case (as View)")
    find.add_argument("--ignore-punctuation", action="store_true", help="compare ignoring punctuation (as View)")
    common(find)
    reuse = commands.add_parser("reuse", help="every pair of a corpus where one article reuses another")
    reuse.add_argument("corpus", nargs="+", help="folders or files of articles")
    reuse.add_argument("--out", required=True, metavar="PAIRS.jsonl", help="one JSON object a line (- for stdout)")
    reuse.add_argument("--workers", type=_positive, metavar="N", help="run on a local Dask cluster of N workers")
    common(reuse)
    return parser


def _client(args: argparse.Namespace) -> AbstractContextManager[Any]:
    if not args.cluster and not getattr(args, "workers", None):
        return nullcontext(None)
    from core.corpus.cluster import ClusterUnavailable, connect

    return _reported(connect(args.cluster, getattr(args, "workers", None)), ClusterUnavailable)


@contextmanager
def _reported(context: AbstractContextManager[Any], error: type[Exception]) -> Iterator[Any]:
    """``context``, its ``error`` on entering turned into a one-line CommandError."""
    try:
        value = context.__enter__()
    except error as failure:
        raise CommandError(str(failure)) from None
    try:
        yield value
    finally:
        context.__exit__(None, None, None)


def _open_index(args: argparse.Namespace) -> CorpusIndex:
    try:
        index = CorpusIndex.open(args.index)
    except (OSError, sqlite3.Error) as error:
        raise CommandError(f"{args.index or default_index_folder()}: the index cannot be opened ({error})") from None
    if index.rebuilt:
        print(f"parallax: {index.path} was written by another version: rebuilt", file=sys.stderr)
    return index


def _check_roots(roots: Sequence[str]) -> None:
    missing = missing_roots(roots)
    if missing:
        raise CommandError(f"{missing[0]}: no such file or folder")


def _update(index: CorpusIndex, roots: Sequence[str], client: Any, quiet_if_done: bool) -> UpdateReport:
    examine_many = None
    if client is not None:
        from core.corpus.cluster import examine_on

        examine_many = examine_on(client)
    report = update_index(index, roots, ProgressBar("indexing"), examine_many=examine_many)
    if report.added or report.changed or report.removed or not quiet_if_done:
        print(f"index: {report.added:,} added, {report.changed:,} changed, {report.removed:,} removed, "
              f"{report.unchanged:,} unchanged in {report.seconds:.1f} s ({short_path(str(index.path))})",
              file=sys.stderr)  # fmt: skip
    return report


def _write(target: str, text: str) -> None:
    if target == STANDARD_STREAM:
        sys.stdout.write(text)
        return
    temporary = f"{target}.part{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise CommandError(f"{target}: cannot be written ({error.strerror or error})") from None


def _skipped_json(report: UpdateReport) -> dict[str, Any]:
    return {"skipped": [{"path": s.path, "reason": s.reason, "message": s.message} for s in report.skipped],
            "skipped_counts": dict(Counter(s.reason for s in report.skipped))}  # fmt: skip


def _index(args: argparse.Namespace) -> int:
    _check_roots(args.corpus)
    with _open_index(args) as index, _client(args) as client:
        report = _update(index, args.corpus, client, quiet_if_done=False)
    for line in skipped_lines(report.skipped):
        print(line, file=sys.stderr)
    if not (report.added or report.changed or report.unchanged):
        print(f"parallax: warning: no article found in {', '.join(args.corpus)}", file=sys.stderr)
    if args.json:
        summary = {"format": "parallax-index/1", "index": str(index.path), "added": report.added,
                   "changed": report.changed, "removed": report.removed, "unchanged": report.unchanged}  # fmt: skip
        _write(args.json, json.dumps({**summary, **_skipped_json(report)}, ensure_ascii=False, indent=1) + "\n")
    return 0


def _find(args: argparse.Namespace) -> int:
    from core import CompareOptions, LoadError, load_article
    from core.corpus import find
    from core.load import as_typed

    _check_roots([args.article])
    _check_roots(args.corpus)
    try:
        article = load_article(args.article)
    except LoadError as error:
        raise CommandError(as_typed(str(error), args.article)) from None
    with _open_index(args) as index, _client(args) as client:
        if args.no_update:
            skipped = tuple(SkippedFile(*row) for row in index.skipped_under([os.path.abspath(c) for c in args.corpus]))
            report = UpdateReport(skipped=skipped)
        else:
            report = _update(index, args.corpus, client, quiet_if_done=True)
        options = CompareOptions(ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation)
        found = find(article, index, args.corpus, top=max(1, args.top), reverse=args.reverse, options=options,
                     article_path=args.article)  # fmt: skip
    for line in skipped_lines(report.skipped):
        print(line, file=sys.stderr)
    if args.json:
        result = {"format": FIND_FORMAT, "article": os.path.abspath(args.article), "reverse": args.reverse,
                  "candidates": [f.as_dict() for f in found], **_skipped_json(report)}  # fmt: skip
        _write(args.json, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    if args.json != STANDARD_STREAM:
        print(_found_table(found, args.reverse))
    return 0


TITLE_CHARS = 50  # characters of a title shown in the table


def _clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis saying so.

    >>> _clipped("Storm hits coast", 20), _clipped("Council approves the budget after a long row", 20)
    ('Storm hits coast', 'Council approves th…')
    """
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _found_table(found: list[Found], reverse: bool) -> str:
    """The ranked table: the ranking's keys first, in its order (verdict, words taken, score), then the rest."""
    if not found:
        wanted = "rewrite" if reverse else "source"
        return f"no {wanted} found: no file in the corpus shares its uncommon words (names, places, figures)"
    rows = [[str(rank), f.shown_verdict, f"{f.taken_share:.0%}", f"{f.score:.3f}", f"{f.right_from_left:.0%}",
             short_path(f.path), _clipped(f.title, TITLE_CHARS), shown_date(f, reverse)]
            for rank, f in enumerate(found, 1)]  # fmt: skip
    whose = "rewrite's" if reverse else "article's"
    wanted, given = ("rewrite", "original") if reverse else ("source", "article")
    closest = "the closest file was" if len(found) == 1 else f"the {len(found)} closest files were each"
    verdict = (f"no {wanted} found: {closest} judged independent (none shares passages with the {given})\n"
               if all(f.verdict == "independent" for f in found) else "")  # fmt: skip
    return (verdict + table(rows, ["rank", "verdict", "words taken", "score", "linked", "file", "title", "date"])
            + f"\nranked by verdict, then words taken (share of the {whose} words in sentences taken from the file),"
            + f" then score; linked: share of the {whose} sentences linked to one of the file's, reworded or not"
            + " (a link need not share a passage)"
            + ("; same text: the file holds the very same sentences (a copy, wholly derived either way)"
               if any(f.same_text for f in found) else "")
            + (f"; {REVERSED}: by the texts (a credit naming the other, which holds more of the other) the "
               f"file looks like the {other_way(reverse)}"
               if any(f.reversed and f.reversed_by != Evidence.LENGTH.value for f in found) else "")
            + (f"; {PERHAPS_REVERSED}: only its length says the file is the {other_way(reverse)} (a guess: no "
               "credit, no date, neither text holds clearly more of the other)"
               if any(f.reversed and f.reversed_by == Evidence.LENGTH.value for f in found) else ""))  # fmt: skip


def _reuse(args: argparse.Namespace) -> int:
    from core.corpus import find_reuse

    _check_roots(args.corpus)
    with _open_index(args) as index, _client(args) as client:
        _update(index, args.corpus, client, quiet_if_done=True)
        if client is None:
            result = find_reuse(index, args.corpus, progress=ProgressBar("comparing"))
        else:
            from core.corpus.cluster import find_reuse_on

            result = find_reuse_on(client, index, args.corpus)
    _write(args.out, "".join(json.dumps(p.as_dict(), ensure_ascii=False) + "\n" for p in result.pairs))
    print(f"reuse: {result.documents:,} articles, {result.candidates:,} candidate pairs compared in "
          f"{result.cpu_seconds:.1f} s of processor time, {len(result.pairs):,} reuse pairs written to {args.out}",
          file=sys.stderr)  # fmt: skip
    return 0


_RUN: dict[str, Callable[[argparse.Namespace], int]] = {"index": _index, "find": _find, "reuse": _reuse}


def _clobbers(args: argparse.Namespace) -> str | None:
    """An output that would overwrite the article searched for or land inside a corpus folder."""
    article = [args.article] if getattr(args, "article", None) else []
    for target in (getattr(args, "json", None), getattr(args, "out", None)):
        problem = clobbered(target, article, args.corpus)
        if problem:
            return problem
    return None


def run_command(argv: Sequence[str]) -> int:
    """Run one corpus command; returns the exit status."""
    args = _parser().parse_args(list(argv))
    problem = _clobbers(args)
    if problem is not None:
        print(f"parallax: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _RUN[args.command](args)
    except CommandError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("parallax: interrupted (the index keeps every batch already written)", file=sys.stderr)
        return 130
