"""The comparison as JSON, format ``parallax/1`` (documented in ``docs/comparison-format.md``).

API: ``comparison_to_dict(comparison) -> dict``, ``write_json(comparison, target)`` (``"-"``: standard output).

A large result (over ``PRETTY_MAX_ITEMS`` items) is written compact and a piece at a time: its long lists
(paragraphs, links, rows, numbers) are built and encoded ``CHUNK`` items at a time, so neither the whole dict
nor the whole text is ever in memory (on a 600,000-line comparison they took about a gigabyte). The bytes are
those ``json.dumps(comparison_to_dict(comparison), separators=(",", ":"))`` gives.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

from core.budget import collection_paused
from core.engine import Comparison, link_source
from core.engine.summary import Summary
from core.export import json_text
from core.export.atomic import write_pieces_atomically
from core.export.figure_blocks import number_entries
from core.facts import shown_value
from core.facts.figure_check import FigureFinding
from core.facts.figures import Figure, FigureKind
from core.facts.quote_check import QuoteFinding
from core.load import STANDARD_STREAM
from core.model import DiffOp, Document, Link, Paragraph, Row, Side

FORMAT = "parallax/1"
PRETTY_MAX_ITEMS = 2_000  # links, rows and figures: larger results are written compact (json's C encoder; an
# indented dump runs json's pure-Python encoder, 20x slower on a 600,000-row result)
CHUNK = 2_000  # items of a long list built and encoded at once by the compact writer
_ACYCLIC = False  # json's check_circular: the data is a tree made here, so the check (a dict of every list and
# dict's id, a quarter of the C encoder's time on Genesis) could never fire; the text is the same without it


class _Items:
    """A long list of the JSON, made as it is read: the compact writer encodes it a chunk at a time.

    ``raw`` are the comparison's objects and ``as_dict`` makes the JSON's dict of one; ``text``, given, writes
    the compact text of a chunk of them directly (``core.export.json_text``), pieces that are the bytes of
    ``json.dumps`` of their dicts, comma-separated.
    """

    def __init__(
        self,
        raw: Iterable[Any],
        as_dict: Callable[[Any], Any],
        text: Callable[[list[Any]], Iterable[str]] | None = None,
    ) -> None:
        self.raw, self.as_dict, self.text = raw, as_dict, text

    @property
    def items(self) -> Iterator[Any]:
        """The JSON's items of the list."""
        return map(self.as_dict, self.raw)


def _left_paragraph(p: Paragraph) -> dict[str, Any]:
    return {
        "text": p.text,
        "sentences": [s.text for s in p.sentences],
        "source": p.source,
        "also_in": p.also_in,
        "variants": [
            {"sentence": v.sentence, "source": v.source, "text": v.text, "diff": _ops(v.diff)} for v in p.variants
        ],
    }


def _right_paragraph(p: Paragraph) -> dict[str, Any]:
    return {"text": p.text, "sentences": [s.text for s in p.sentences]}


def _document(document: Document, side: Side) -> dict[str, Any]:
    if side is Side.LEFT:
        paragraphs = _Items(
            document.paragraphs, _left_paragraph, lambda chunk: (json_text.left_paragraphs(chunk, _left_paragraph),)
        )
    else:
        paragraphs = _Items(document.paragraphs, _right_paragraph, lambda chunk: (json_text.right_paragraphs(chunk),))
    return {
        "name": document.name,
        "title": document.title,
        "paragraphs": paragraphs,
        "boilerplate": list(document.boilerplate),
        "standfirst": document.standfirst,
        "byline": document.byline,
        "date": document.date,
        "dateline": document.dateline,
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """Data for ``json.dumps``: tuples stand for lists and str enums for their values, as json encodes them."""
    return _listed(_sections(comparison))


def _listed(sections: dict[str, Any]) -> dict[str, Any]:
    """The sections with every long list made a list."""
    return {
        key: _listed(item) if isinstance(item, dict) else list(item.items) if isinstance(item, _Items) else item
        for key, item in sections.items()
    }


def _sections(comparison: Comparison) -> dict[str, Any]:
    """The JSON's data, its long lists as ``_Items``."""
    several = bool(comparison.left.sources)  # one source: every link's is 0, without a vote per link
    source: Callable[[Link], int] = partial(link_source, comparison.left) if several else _no_source
    return {
        "format": FORMAT,
        "state": comparison.state.value,
        "seconds": comparison.seconds,
        "sources": [
            {
                "name": s.name,
                "title": s.title,
                "byline": s.byline,
                "date": s.date,
                "repeated": s.repeated,
                "near_copies": s.near_copies,
            }
            for s in comparison.left.source_list()
        ],
        "left": _document(comparison.left, Side.LEFT),
        "right": _document(comparison.right, Side.RIGHT),
        "links": _links(comparison, source),
        "rows": _Items(comparison.rows, _row, lambda chunk: (json_text.rows(chunk),)),
        "numbers": _Items(number_entries(comparison, _figure), _same, _numbers),
        "quotes": [_quote(q) for q in comparison.quotes],
        "headline_changes": [  # the rewrite's headline against the original's (their "title"s)
            {"kind": c.kind, "left": c.left, "right": c.right, "note": c.note} for c in comparison.headline
        ],
        "summary": {} if comparison.summary is None else _summary(comparison.summary),
    }


def _no_source(link: Link) -> int:
    return 0


def _same(item: Any) -> Any:
    return item


def _row(row: Row) -> dict[str, Any]:
    return {"left": row.left, "right": row.right, "kind": row.kind}  # str enums encode as their value


def _links(comparison: Comparison, source: Callable[[Link], int]) -> _Items:
    changes = comparison.changes

    def change_dicts(index: int) -> list[dict[str, Any]]:
        return [{"kind": c.kind, "left": c.left, "right": c.right, "note": c.note} for c in changes.get(index, ())]

    def as_dict(item: tuple[int, Link]) -> dict[str, Any]:
        index, link = item
        return {
            "left": link.left,  # tuples of SentenceId encode as [[p, s], ...]
            "right": link.right,
            "source": source(link),
            "kind": link.kind,
            "similarity": link.similarity,
            "reused": link.reused,
            "diff": _ops(link.diff),
            "changes": change_dicts(index),
            "substantive": index in changes,
        }

    return _Items(enumerate(comparison.links), as_dict, lambda chunk: (json_text.links(chunk, changes, source),))


def _numbers(entries: list[dict[str, Any]]) -> Iterator[str]:
    """The text of some ``numbers`` entries; a long ``also`` list (a block of a huge list) a chunk at a time."""
    encode = partial(json.dumps, ensure_ascii=False, separators=(",", ":"), check_circular=_ACYCLIC)
    for k, entry in enumerate(entries):
        also = entry["also"]
        if len(also) <= CHUNK:
            yield ("," if k else "") + encode(entry)
            continue
        head = encode({**entry, "also": []})
        assert head.endswith('"also":[]}')  # the last key
        yield ("," if k else "") + head[: -len("]}")]
        for start in range(0, len(also), CHUNK):
            yield ("," if start else "") + json_text.also_items(also[start : start + CHUNK])
        yield "]}"


def _ops(diff: tuple[DiffOp, ...]) -> list[dict[str, str]]:
    return [{"op": op.op, "left": op.left, "right": op.right} for op in diff]


def _value(figure: Figure | None) -> float | str | list[float] | None:
    if figure is None:
        return None
    if figure.kind in (FigureKind.DATE, FigureKind.TIME):
        return figure.key
    return figure.low if figure.low == figure.high else [figure.low, figure.high]


def _figure(finding: FigureFinding) -> dict[str, Any]:
    one = finding.left or finding.right
    return {
        "status": finding.status,
        "kind": one.kind if one else "",
        "left": finding.left.text if finding.left else None,
        "right": finding.right.text if finding.right else None,
        "value_left": _value(finding.left),
        "value_right": _value(finding.right),
        "shown_left": shown_value(finding.left) if finding.left else None,
        "shown_right": shown_value(finding.right) if finding.right else None,
        "qualifier_left": finding.left.qualifier if finding.left else None,
        "qualifier_right": finding.right.qualifier if finding.right else None,
        "counted_left": finding.left.counted if finding.left else None,
        "counted_right": finding.right.counted if finding.right else None,
        "note": finding.note,
        "left_at": finding.left_at,
        "right_at": finding.right_at,
        "also": [],
    }


def _quote(finding: QuoteFinding) -> dict[str, Any]:
    return {
        "side": finding.side,
        "text": finding.text,
        "status": finding.status,
        "speaker": finding.speaker,
        "speaker_was": finding.speaker_was,  # the original's speaker of a quote given to another; "" otherwise
        "match": finding.match or None,
        "note": finding.note,
        "shortened": finding.shortened,  # words a kept quote's rewrite cuts off a sentence of it; "" otherwise
        "extended": finding.extended,  # words an altered quote adds to its original's, taking none; "" otherwise
        "removed": finding.removed,  # words an altered quote takes out of its original's, adding none; "" otherwise
        "at": finding.at,
        "diff": _ops(finding.diff),
    }


def _summary(summary: Summary) -> dict[str, Any]:
    data = {name: getattr(summary, name) for name in summary.__slots__}
    data["credits_source"] = bool(summary.credit)
    return data


def _pieces(value: Any) -> Iterator[str]:
    """Compact JSON text of the sections, a piece at a time (the C encoder for each piece)."""
    encode = partial(json.dumps, ensure_ascii=False, separators=(",", ":"), check_circular=_ACYCLIC)
    if isinstance(value, dict) and _holds_items(value):  # other dicts in one piece (keys of any type)
        yield "{"
        for k, (key, item) in enumerate(value.items()):
            yield f"{',' if k else ''}{encode(key)}:"
            yield from _pieces(item)
        yield "}"
    elif isinstance(value, _Items):
        yield "["
        items = iter(value.raw)
        first = True
        while chunk := list(islice(items, CHUNK)):
            if not first:
                yield ","
            if value.text is None:
                yield encode(list(map(value.as_dict, chunk)))[1:-1]
            else:
                yield from value.text(chunk)
            first = False
        yield "]"
    else:
        yield encode(value)


def _holds_items(value: dict[str, Any]) -> bool:
    return any(isinstance(item, _Items) or (isinstance(item, dict) and _holds_items(item)) for item in value.values())


def write_json(comparison: Comparison, target: str | Path) -> None:
    """Write the comparison as JSON to a file (atomically: a temporary file, then a rename) or to ``"-"``."""
    with collection_paused():
        size = len(comparison.links) + len(comparison.rows) + len(comparison.numbers)
        if size <= PRETTY_MAX_ITEMS:
            data = comparison_to_dict(comparison)
            text = json.dumps(data, ensure_ascii=False, indent=1, separators=(",", ": "), check_circular=_ACYCLIC)
            pieces: Iterable[str] = [text, "\n"]
        else:
            pieces = chain(_pieces(_sections(comparison)), "\n")  # dumps: the C encoder, a chunk at a time
        if str(target) == STANDARD_STREAM:
            for piece in pieces:
                sys.stdout.write(piece)
            return
        write_pieces_atomically(target, pieces)
