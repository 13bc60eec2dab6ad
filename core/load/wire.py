"""Agency wire copy in the 7-bit feed style (ANPA/IPTC 7901 and its kin) back into an article.

API: ``read_wire(text) -> WireCopy | None`` (None when the text is not recognisably such a feed).

A feed is recognised by its control bytes (SOH/STX/ETX framing, or a control byte such as 0x19 starting
paragraphs, at least ``PARAGRAPH_MARKS_MIN`` times), or by at least ``CUES_MIN`` of its habits: a slug line
(``09:12 14/06/01: Page 2 (HHH) HOME Flood``), dashed rules at the top, paragraphs ended by ``<``, an agency
byline (``By Ann Lee, PA News``), ``more`` / ``ends`` marks, TeX-style ````quotes''``. Then:

- the header between SOH and STX and anything after ETX are set aside;
- a control byte, or a ``<`` at a line end, ends a paragraph; lines inside one are joined (the feed wraps hard
  at about 75 columns); without such marks the lines go through ``core.load.unwrap``;
- the slug block at the top (rules, the time/date/page line, catchlines) is set aside and its byline kept;
- ``more`` / ``ends`` marks, and what follows the last ``ends``, are set aside: never deleted;
- ``#`` before a digit is a pound sign (the UK 7-bit set puts £ where ASCII has #), ````x''`` is “x”.

>>> wire = read_wire("\\x01PA 0912\\x02\\n09:12 14/06/01: Page 2 (HHH) HOME Flood\\nBy Ann Lee, PA News\\n"
...     "\\x19 Flood victims will get #300 each, the council said on\\nMonday.<\\n\\x19 ``We are\\nrelieved,'' "
...     "said one resident.<\\nends\\x03")
>>> wire.paragraphs, wire.byline
(['Flood victims will get £300 each, the council said on Monday.', '“We are relieved,” said one resident.'], \
'By Ann Lee, PA News')
>>> wire.aside
['PA 0912', '09:12 14/06/01: Page 2 (HHH) HOME Flood', 'ends']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.load.unwrap import blocks, unwrap

PARAGRAPH_MARKS_MIN = 3  # control bytes at paragraph starts that alone make a text a feed
CUES_MIN = 2  # distinct feed habits that make a text a feed when it has no control bytes
SLUG_MAX_LINES = 12  # lines: the slug block is looked for among the first this many non-blank lines
CATCHLINE_MAX_WORDS = 8  # words: a longer line in the slug block is the story's first paragraph

_SOH, _STX, _ETX = "\x01", "\x02", "\x03"
_MARK = re.compile(r"[\x04-\x08\x0e-\x1f\x7f]")  # control bytes that start paragraphs (0x19 and its kin)
_SCAN = 1 << 20  # characters: the longest stretch one regex call scans (the window's thread waits for it)
_RULE = re.compile(r"\s*[-=_*]{3,}\s*")
_SLUG_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}\s+\d{1,2}/\d{1,2}/\d{2,4}\b.*|.*\bpage\s+\d+\b.*", re.IGNORECASE)
_AGENCY_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[\w.&'’ -]{2,40}\s*")
_END_MARK = re.compile(r"\s*[-(]*\s*(?:more|ends|endit|end|more follows|mfl)\s*[-)]*\s*", re.IGNORECASE)
_LAST_END = re.compile(r"\s*[-(]*\s*(?:ends|endit|end)\s*[-)]*\s*", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"<\s*$")
_POUND = re.compile(r"#(?=\d)")
_TERMINAL = tuple(".!?…:;\"”’'")


class WireCopy(NamedTuple):
    """A feed story: its paragraphs, the lines set aside (header, slug, marks) and the byline ("" if none)."""

    paragraphs: list[str]
    aside: list[str]
    byline: str


def _is_feed(text: str, lines: list[str]) -> bool:
    if _SOH in text or _STX in text or _ETX in text:
        return True
    marks = any(  # most texts have no control byte at all: one scan, a megabyte at a time (a scan of 17 MB
        _MARK.search(text, start, start + _SCAN)
        for start in range(0, len(text), _SCAN)  # held the window 0.1 s)
    )
    if marks and sum(1 for line in lines if _MARK.match(line.lstrip(" "))) >= PARAGRAPH_MARKS_MIN:
        return True
    top = [line for line in lines if line.strip()][:SLUG_MAX_LINES]
    cues = (
        any(_SLUG_LINE.fullmatch(line) and any(c.isdigit() for c in line) for line in top),
        sum(1 for line in top if _RULE.fullmatch(line)) >= 2,
        "<" in text and sum(1 for line in lines if _PARAGRAPH_END.search(line)) >= 2,
        any(_AGENCY_BYLINE.fullmatch(line) for line in top),
        any(_END_MARK.fullmatch(line) for line in lines),
        "``" in text and "''" in text,
    )
    return sum(cues) >= CUES_MIN


def _unframe(text: str) -> tuple[str, list[str]]:
    """The story between STX and ETX, and the SOH header and ETX trailer set aside."""
    aside: list[str] = []
    if _SOH in text:
        head, _, text = text.partition(_SOH)
        aside += head.split("\n")
        if _STX in text:
            header, _, text = text.partition(_STX)
            aside += header.split("\n")
    elif _STX in text:
        head, _, text = text.partition(_STX)
        aside += head.split("\n")
    if _ETX in text:
        text, _, trailer = text.partition(_ETX)
        aside += trailer.split("\n")
    return text, [_MARK.sub(" ", line).strip() for line in aside if _MARK.sub("", line).strip()]


def _slug(lines: list[str]) -> tuple[int, list[str], str]:
    """How many top lines the slug block takes, those set aside, and its byline."""
    aside: list[str] = []
    byline = ""
    seen = 0
    for k, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > SLUG_MAX_LINES:
            return k, aside, byline
        if _RULE.fullmatch(text) or (_SLUG_LINE.fullmatch(text) and any(c.isdigit() for c in text)):
            aside.append(text)
        elif _AGENCY_BYLINE.fullmatch(text) or (not byline and re.fullmatch(r"By\s+[A-Z].{0,60}", text)):
            byline = text
        elif not aside or len(text.split()) > CATCHLINE_MAX_WORDS or text.endswith(_TERMINAL):
            return k, aside, byline
        else:
            aside.append(text)  # a catchline ("HOME Flood", "FLOOD VICTIMS")
    return len(lines), aside, byline


def _end_marks(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines without the ``more`` / ``ends`` marks and what follows the last ``ends``; and those set aside."""
    last = max((k for k, line in enumerate(lines) if _LAST_END.fullmatch(line)), default=len(lines))
    kept, aside = [], []
    for k, line in enumerate(lines):
        if k >= last or _END_MARK.fullmatch(line):
            if line.strip():
                aside.append(line.strip())
            kept.append("")
        else:
            kept.append(line)
    return kept, aside


def _paragraph_lines(text: str) -> tuple[list[str], bool]:
    """Lines with a blank line wherever a control byte or a ``<`` ends a paragraph, and whether any did."""
    lines: list[str] = []
    marked = False
    for raw in text.split("\n"):
        pieces = _MARK.split(raw)
        for index, piece in enumerate(pieces):
            if index > 0:
                lines.append("")
                marked = True
            if _PARAGRAPH_END.search(piece):
                lines += [_PARAGRAPH_END.sub("", piece).rstrip(), ""]
                marked = True
            elif piece.strip() or index == 0:
                lines.append(piece.rstrip())
    return lines, marked


def _fix_characters(text: str) -> str:
    text = _POUND.sub("£", text)
    text = text.replace("``", "“").replace("''", "”")
    return re.sub(r"(?<![\w`])`(?=\w)", "‘", text)


def read_wire(text: str) -> WireCopy | None:
    """The story of a feed file, or None when ``text`` is not recognisably one (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _is_feed(text, text.split("\n")):
        return None
    story, aside = _unframe(text)
    lines, marked = _paragraph_lines(story)
    start, slug_aside, byline = _slug(lines)
    body, end_aside = _end_marks(lines[start:])
    body = [_fix_characters(line) for line in body]
    paragraphs = blocks(body) if marked else unwrap(body)
    return WireCopy(paragraphs, aside + slug_aside + end_aside, _fix_characters(byline))
