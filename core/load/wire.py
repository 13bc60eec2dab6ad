"""Agency wire copy in the 7-bit feed style (ANPA/IPTC 7901 and its kin) back into an article.

API: ``read_wire(text) -> WireCopy | None`` (None when the text is not recognisably such a feed).

A feed is recognised by its control bytes (SOH/STX/ETX framing, or a control byte such as 0x19 starting
paragraphs, at least ``PARAGRAPH_MARKS_MIN`` times), or by at least ``CUES_MIN`` of its habits: a slug line
(``09:12 14/06/01: Page 2 (HHH) HOME Flood``), dashed rules at the top, paragraphs ended by ``<``, an agency
byline (``By Ann Lee, PA News``), ``more`` / ``ends`` marks, TeX-style ````quotes''``. Then:

- the header between SOH and STX and anything after ETX are set aside;
- a control byte, or a ``<`` at a line end, ends a paragraph; lines inside one are joined (the feed wraps hard
  at about 75 columns); without such marks the lines go through ``core.load.unwrap``;
- the slug block at the top (rules, the time/date/page line or an agency slug ``ABC123 14/03/26 0912 GMT``,
  catchlines) is set aside and its byline kept; its headline (a line between two rules, or of at least
  ``HEADLINE_MIN_WORDS`` words: a catchline is a word or two) is the title, and the slug line's date as written
  (``14/03/26``, ``14 Mar 2026``) the date the article falls back on;
- ``more`` / ``ends`` marks, and what follows the last ``ends``, are set aside: never deleted;
- ``#`` before a digit is a pound sign (the UK 7-bit set puts £ where ASCII has #), ````x''`` is “x”.

>>> wire = read_wire("\\x01PA 0912\\x02\\n09:12 14/06/01: Page 2 (HHH) HOME Flood\\nBy Ann Lee, PA News\\n"
...     "\\x19 Flood victims will get #300 each, the council said on\\nMonday.<\\n\\x19 ``We are\\nrelieved,'' "
...     "said one resident.<\\nends\\x03")
>>> wire.paragraphs, wire.byline
(['Flood victims will get £300 each, the council said on Monday.', '“We are relieved,” said one resident.'], \
'By Ann Lee, PA News')
>>> wire.aside, wire.date
(['PA 0912', '09:12 14/06/01: Page 2 (HHH) HOME Flood', 'ends'], '14/06/01')
>>> read_wire("ABC123 14/03/26 0912 GMT\\n----\\nDAM BURSTS\\n----\\nWater filled the street on Monday.\\nends").title
'DAM BURSTS'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.load.unwrap import blocks, unwrap

PARAGRAPH_MARKS_MIN = 3  # control bytes at paragraph starts that alone make a text a feed
CUES_MIN = 2  # distinct feed habits that make a text a feed when it has no control bytes
SLUG_MAX_LINES = 12  # lines: the slug block is looked for among the first this many non-blank lines
CATCHLINE_MAX_WORDS = 8  # words: a longer line in the slug block is the story's first paragraph
HEADLINE_MIN_WORDS = 4  # words: a line of the slug block this long is the headline, not a catchline ("HOME Flood")

_SOH, _STX, _ETX = "\x01", "\x02", "\x03"
_MARK = re.compile(r"[\x04-\x08\x0e-\x1f\x7f]")  # control bytes that start paragraphs (0x19 and its kin)
_SCAN = 1 << 20  # characters: the longest stretch one regex call scans (the window's thread waits for it)
_RULE = re.compile(r"\s*[-=_*]{3,}\s*")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_SLUG_DATE = re.compile(  # "14/03/26", "14 Mar 2026", "14-Mar-2026", "Mar 14, 2026"
    rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b\d{{1,2}}[- ]{_MONTH}[- ]\d{{2,4}}\b|\b{_MONTH} \d{{1,2}},? \d{{4}}\b",
    re.IGNORECASE,
)
_TIME = r"\d{1,2}[:.]\d{2}|\d{4}"
_SLUG_LINE = re.compile(  # "09:12 14/06/01: Page 2 (HHH) HOME Flood", "ABC123 14/03/26 0912 GMT", "... Page 2 ..."
    rf"\s*(?:{_TIME})\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b.*|.*\bpage\s+\d+\b.*"
    rf"|\s*(?:[A-Z0-9][\w-]{{1,11}}\s+)?(?:{_SLUG_DATE.pattern})\s+(?:{_TIME})(?:\s+[A-Z]{{2,4}})?\s*",
    re.IGNORECASE,
)
_AGENCY_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[\w.&'’ -]{2,40}\s*")
_END_MARK = re.compile(r"\s*[-(]*\s*(?:more|ends|endit|end|more follows|mfl)\s*[-)]*\s*", re.IGNORECASE)
_LAST_END = re.compile(r"\s*[-(]*\s*(?:ends|endit|end)\s*[-)]*\s*", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"<\s*$")
_POUND = re.compile(r"#(?=\d)")
_TERMINAL = tuple(".!?…:;\"”’'")


class WireCopy(NamedTuple):
    """A feed story: its paragraphs, the lines set aside (header, slug, marks), the byline, the headline of its
    slug block and the date of its slug line, as written ("" if none)."""

    paragraphs: list[str]
    aside: list[str]
    byline: str
    title: str = ""
    date: str = ""


class _Slug(NamedTuple):
    """The slug block: how many top lines it takes, those set aside, its byline, headline and date."""

    end: int
    aside: list[str]
    byline: str
    title: str
    date: str


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


def _is_slug_line(text: str) -> bool:
    return bool(_SLUG_LINE.fullmatch(text)) and any(c.isdigit() for c in text)


def _framed(texts: list[str], k: int) -> bool:
    """Whether the ``k``-th non-blank line stands between two dashed rules (the feed's headline)."""
    return 0 < k < len(texts) - 1 and bool(_RULE.fullmatch(texts[k - 1]) and _RULE.fullmatch(texts[k + 1]))


def _slug(lines: list[str]) -> _Slug:
    """The slug block at the top of the story (see the module docstring)."""
    numbered = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()][: SLUG_MAX_LINES + 1]
    texts = [text for _, text in numbered]
    aside: list[str] = []
    byline = title = date = ""
    for seen, (k, text) in enumerate(numbered):
        words = len(text.split())
        if seen == SLUG_MAX_LINES:
            return _Slug(k, aside, byline, title, date)
        if _RULE.fullmatch(text) or _is_slug_line(text):
            aside.append(text)
            found = _SLUG_DATE.search(text) if not date and not _RULE.fullmatch(text) else None
            date = found.group() if found else date
        elif _AGENCY_BYLINE.fullmatch(text) or (not byline and re.fullmatch(r"By\s+[A-Z].{0,60}", text)):
            byline = text
        elif not title and _framed(texts, seen) and not text.endswith(_TERMINAL):
            title = text  # "----" / "RESERVOIR BREACH FORCES EVACUATION" / "----"
        elif not aside or words > CATCHLINE_MAX_WORDS or text.endswith(_TERMINAL):
            return _Slug(k, aside, byline, title, date)
        elif not title and words >= HEADLINE_MIN_WORDS:
            title = text  # a headline under the slug line; a catchline is a word or two ("HOME Flood")
        else:
            aside.append(text)  # a catchline ("HOME Flood", "FLOOD VICTIMS")
    return _Slug(len(lines), aside, byline, title, date)


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
    slug = _slug(lines)
    body, end_aside = _end_marks(lines[slug.end :])
    body = [_fix_characters(line) for line in body]
    paragraphs = blocks(body) if marked else unwrap(body)
    byline, title = _fix_characters(slug.byline), _fix_characters(slug.title)
    return WireCopy(paragraphs, aside + slug.aside + end_aside, byline, title, slug.date)
