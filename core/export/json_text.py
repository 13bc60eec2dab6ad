"""Compact JSON text of the long lists of ``parallax/1`` (paragraphs, links, rows, a block's ``also`` list), written
straight from the comparison's objects rather than through a dict per item and ``json.dumps``.

API: ``left_paragraphs(items)``, ``right_paragraphs(items)``, ``links(items, changes, sources)``, ``rows(items)``,
``also_items(items)``: each the text of some items, comma-separated, without the brackets around them.

The text is byte for byte what ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` gives for the
dicts ``core.export.to_json`` makes (strings through json's own C escaper, numbers through ``repr`` as json
does); an item this module does not write itself (a paragraph with variants) is handed to ``json.dumps``. On
a 600,000-line list this halves the time the JSON takes.

>>> from core import compare
>>> result = compare("One here. Two here.", "One here. Two there.")
>>> links(list(enumerate(result.links))[:1], {}, lambda link: 0)
'{"left":[[0,0]],"right":[[0,0]],"source":0,"kind":"identical","similarity":1.0,"reused":false,\
"diff":[{"op":"equal","left":"One here.","right":"One here."}],"changes":[],"substantive":false}'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from json.encoder import encode_basestring  # the C escaper json uses with ensure_ascii=False
from typing import Any

from core.facts.wording.kinds import Change
from core.model import DiffOp, Link, LinkKind, OpKind, Paragraph, Row, RowKind, SentenceId

_string: Callable[[str], str] = encode_basestring
_OPS = {kind: _string(kind.value) for kind in OpKind}
_LINK_KINDS = {kind: _string(kind.value) for kind in LinkKind}
_ROW_KINDS = {kind: _string(kind.value) for kind in RowKind}
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _number(value: object) -> str:
    """A number as json writes it (``repr`` of a finite float or an int; json's own text otherwise)."""
    if type(value) is float and value - value == 0.0:  # finite
        return float.__repr__(value)
    if type(value) is int:
        return int.__repr__(value)
    return _dumps(value)


def _ints(values: Sequence[int]) -> str:
    """Paragraph indices (ints the model makes with ``range``: ``str`` is their JSON)."""
    return "[" + ",".join(map(str, values)) + "]"


def _at(sid: SentenceId | None) -> str:
    return "null" if sid is None else f"[{sid[0]},{sid[1]}]"  # plain ints, as ``_ints``


def _ids(ids: Sequence[SentenceId]) -> str:
    return "[" + ",".join(map(_at, ids)) + "]"


def _sentences(paragraph: Paragraph, text: str) -> str:
    """The paragraph's sentence texts as a JSON list (``text``: the paragraph's own, escaped)."""
    sentences = paragraph.sentences
    if len(sentences) == 1 and sentences[0].text == paragraph.text:
        return f"[{text}]"  # a line of a list: one sentence, escaped once
    return "[" + ",".join(_string(s.text) for s in sentences) + "]"


def right_paragraphs(items: Sequence[Paragraph]) -> str:
    """The right document's paragraphs: ``{"text", "sentences"}`` each."""
    parts = []
    for paragraph in items:
        text = _string(paragraph.text)
        parts.append(f'{{"text":{text},"sentences":{_sentences(paragraph, text)}}}')
    return ",".join(parts)


def left_paragraphs(items: Sequence[Paragraph], as_dict: Callable[[Paragraph], dict[str, Any]]) -> str:
    """The left document's paragraphs; one with variants goes through ``json.dumps`` of ``as_dict`` of it."""
    parts = []
    for paragraph in items:
        if paragraph.variants:
            parts.append(_dumps(as_dict(paragraph)))
            continue
        text = _string(paragraph.text)
        parts.append(
            f'{{"text":{text},"sentences":{_sentences(paragraph, text)},"source":{_number(paragraph.source)},'
            f'"also_in":{_ints(paragraph.also_in)},"variants":[]}}'
        )
    return ",".join(parts)


def ops(diff: Sequence[DiffOp]) -> str:
    """A word diff as the JSON list of ``{"op", "left", "right"}``."""
    if len(diff) == 1:  # one op (an identical link: its two texts alike, escaped once)
        kind, left, right = diff[0][:3]
        escaped = _string(left)
        other = escaped if right == left else _string(right)
        return f'[{{"op":{_OPS[kind]},"left":{escaped},"right":{other}}}]'
    parts = (f'{{"op":{_OPS[op[0]]},"left":{_string(op[1])},"right":{_string(op[2])}}}' for op in diff)
    return "[" + ",".join(parts) + "]"


def links(
    items: Sequence[tuple[int, Link]], changes: Mapping[int, Sequence[Change]], source: Callable[[Link], int]
) -> str:
    """Links with their index, each with its substantive changes (``changes``, by link index)."""
    parts = []
    similarities: dict[float, str] = {}  # a link's similarity (rounded: few values) -> its JSON
    for index, link in items:
        substantive = index in changes
        listed = _changes(changes[index]) if changes.get(index) else "[]"
        left, right, similarity = link.left, link.right, link.similarity
        number = similarities.get(similarity) if type(similarity) is float and similarity > 0.0 else None
        if number is None:  # (0.0 and -0.0 are one key but two texts)
            number = _number(similarity)
            if type(similarity) is float and similarity > 0.0:
                similarities[similarity] = number
        parts.append(
            f'{{"left":{_at1(left) if len(left) == 1 else _ids(left)},'
            f'"right":{_at1(right) if len(right) == 1 else _ids(right)},"source":{_number(source(link))},'
            f'"kind":{_LINK_KINDS[link.kind]},"similarity":{number},'
            f'"reused":{"true" if link.reused else "false"},"diff":{ops(link.diff)},"changes":{listed},'
            f'"substantive":{"true" if substantive else "false"}}}'
        )
    return ",".join(parts)


def _changes(found: Sequence[Change]) -> str:
    """A link's substantive changes: ``{"kind", "left", "right", "note"}`` each (the kind, a ``StrEnum``, escaped
    as the str it is, as json's encoder does)."""
    parts = (
        f'{{"kind":{_string(c.kind)},"left":{_string(c.left)},"right":{_string(c.right)},"note":{_string(c.note)}}}'
        for c in found
    )
    return "[" + ",".join(parts) + "]"


def _at1(ids: Sequence[SentenceId]) -> str:
    """``_ids`` of one sentence id."""
    sid = ids[0]
    return f"[[{sid[0]},{sid[1]}]]"


def rows(items: Sequence[Row]) -> str:
    """Display rows: ``{"left", "right", "kind"}`` each."""
    return ",".join(
        f'{{"left":{_ints(row.left)},"right":{_ints(row.right)},"kind":{_ROW_KINDS[row.kind]}}}' for row in items
    )


def also_items(items: Sequence[dict[str, Any]]) -> str:
    """A block's other figures: ``{"text", "left_at", "right_at"}`` each."""
    return ",".join(
        f'{{"text":{_string(item["text"])},"left_at":{_at(item["left_at"])},"right_at":{_at(item["right_at"])}}}'
        for item in items
    )
