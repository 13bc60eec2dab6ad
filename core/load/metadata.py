"""Headline, standfirst, byline, date and dateline: the lines above an article's body.

API: ``split_metadata(paragraphs, known) -> (Metadata, body, aside)``, ``looks_like_byline``, ``looks_like_date``,
``byline_and_date`` (both on one line), ``looks_like_metadata`` (any of these), ``reads_as_body`` (the test that
ends the header).

The header is the run of paragraphs before the first one that reads as body text (at least ``BODY_MIN_WORDS`` words
ending a sentence, or ``SHORT_BODY_WORDS`` ending in a full stop, which headlines do not have, or over
``STANDFIRST_MAX_WORDS`` words whatever its end, or cut off at a comma, or of ``BODY_MIN_WORDS`` leading on with a
colon), at most ``HEADER_MAX`` paragraphs; a standfirst written as a sentence ("The bridge will shut on Monday, the
council said.") reads as body, so when a byline or a date follows it the header runs on past it. In it a date-like
line is the date, a name-like line after the headline (or any "By ..." line) is the byline, the first other line the
headline and the next the standfirst, unless it carries the headline on (a headline over two lines, as a PDF prints
it: the first line ends in a word such as "after" or "of", or the second starts in lower case).
A date line is mostly date: at most ``DATE_OTHER_WORDS`` other words, and fewer than its date words ("Ferry fares
to rise by 8% in April" is a headline). A byline and a date on one line ("By Jane Doe, Saturday 14 March 2026",
also split by "|", "–" or "·") give both. A label above the headline ("PRESS RELEASE", "For immediate release",
"BREAKING", "Embargoed until ...") is set aside with the boilerplate. A date line under the date line that dates
a version ("Updated 5 March 2026", "Published 4 March 2026") is its history, joined to it with "; ". A name-like
line right under the byline ("By TOM HALE" / "Associated Press") is part of it, joined with ", ".
A standfirst longer than the whole body below it is body text (an article of one paragraph without a final full
stop). A dateline ("LONDON (Reuters) - ", "SEOUL, 3 March 2026 (Yonhap) - ") is taken off the front of the first
body paragraph; a date in it is the article's date when no date line gave one.
Metadata the file itself declared (``known``) wins over what is found here; a line it displaces is never lost:
a second standfirst line goes to the body, a byline or date line other than the declared one to ``aside``
(the loaders' boilerplate list).

>>> meta, body, aside = split_metadata(["Storm hits coast", "By Jane Doe", "Mon 7 Feb 2025",
...     "LONDON (Reuters) - A powerful storm hit the coast on Monday, flooding hundreds of homes overnight."])
>>> meta.title, meta.byline, meta.date, meta.dateline
('Storm hits coast', 'By Jane Doe', 'Mon 7 Feb 2025', 'LONDON (Reuters)')
>>> body
['A powerful storm hit the coast on Monday, flooding hundreds of homes overnight.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.text import SENTENCE_ENDS, word_count

BODY_MIN_WORDS = 12  # words: a paragraph this long that ends a sentence starts the body
SHORT_BODY_WORDS = 5  # words: a shorter paragraph ending in a full stop may still be a heading ("Updated.")
HEADER_MAX = 6  # paragraphs: the most the header above the body may hold
META_MAX_WORDS = 10  # words: a byline or a date line is never longer
STANDFIRST_MAX_WORDS = 60  # words: a longer paragraph is body text, whether or not it ends in a full stop

_MONTHS = (
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?"
)
_DATE = re.compile(
    rf"\b({_MONTHS})\b\.?|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{{4}}-\d{{2}}-\d{{2}}(?:\b|(?=T\d))|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(by|from)\s+\S.*", re.IGNORECASE)
_NOT_A_NAME = r"(?!(?i:the|a|an|this|these|our|my|your|how|why|what|when|where|in|on)\b)"  # a heading's first word
_NAME = re.compile(
    _NOT_A_NAME + r"[A-Z][\w'’.-]+(\s+(de|van|von|da|al|bin|[A-Z][\w'’.-]+)){1,3}(\s+(in|and|&)\s+[A-Z][\w'’. -]+)?"
)
_DATELINE = re.compile(
    r"([A-Z][A-Z .'’-]{2,40}((?:,\s*[A-Z0-9][\w .]{1,30}){0,2})(\s*\([\w .]{1,30}\))?)\s*[-–—]\s+(?=\S)"
)
# "LONDON (Reuters) - ", "SEOUL, March 3 (Yonhap) - ", "ORWELL FERRY, 3 March 2026 (Northline News) - ",
# "CALDERBROOK, England, March 14 (Reuters) - " (place, country, date)
_TERMINAL = tuple(SENTENCE_ENDS + '"”’」』')
CARRIES_ON = frozenset(  # a line ending in one of these words runs on into the next
    """a an the of to in on at for with by from after before over under into amid as and or but than its their his
    her is are was were be has have had will would could not""".split()
)
_MID_SENTENCE = (",", ";", "，", "；", "、")
HEADLINE_MAX_WORDS = 24  # words: a headline carried over two lines is never longer
DATE_OTHER_WORDS = 2  # words: the most words other than date and time words a date line holds ("Updated", "GMT")

_DATE_WORD = re.compile(rf"(?i:(?:{_MONTHS}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?)|.*\d.*|\W+")
_DATE_FILLER = frozenset(
    """on at updated published posted last modified first am pm a.m. p.m. gmt bst utc est edt cet cest pst pdt
    aest ist jst kst for immediate release embargoed embargo until - – — |""".split()
)  # words a date line holds besides the date ("Last modified on Tue 4 Mar 2025 09.30 GMT"; a press release's "For
# immediate release - 18 January 2026", "Embargoed until 00.01 GMT 5 March 2026")
_HISTORY = re.compile(
    r"\s*[;|]\s*|(?<!last)\s*,?\s+(?=(?:last\s+)?(?:updated|modified|edited|revised|amended)\b)", re.IGNORECASE
)  # where a date line's published date and its updates part
_VERSION = re.compile(
    r"\s*(?:(?:last|first)\s+)?(?:updated|modified|edited|revised|amended|published|posted)\b", re.IGNORECASE
)  # a date line that dates one version ("Updated 5 March 2026, 09:00 GMT", "First published 4 March 2026")
_BYLINE_DATE = re.compile(r"\s*(?:,|\||–|—|·|\s-)\s*")  # where a byline and a date on one line part
_LABEL = re.compile(
    r"(?:(?:press|news|media)\s+release|for\s+(?:immediate|general)\s+release|embargoed\b.*|under\s+embargo\b.*|"
    r"breaking(?:\s+news)?|exclusive)\s*[:.!-]?",
    re.IGNORECASE,
)  # a line above the headline that says what kind of text this is, not what it says


class Metadata(NamedTuple):
    """What stands above the body of an article; an empty string where nothing was found."""

    title: str = ""
    standfirst: str = ""
    byline: str = ""
    date: str = ""
    dateline: str = ""


def looks_like_date(line: str) -> bool:
    """A short line naming a date ("Fri 7 Feb 2025 05.05 GMT", "2025-02-07"), and little else.

    >>> looks_like_date("Last modified on Tue 4 Mar 2025 09.30 GMT"), looks_like_date("Fares to rise by 8% in April")
    (True, False)
    >>> looks_like_date("For immediate release - 18 January 2026"), looks_like_date("Plans for 18 new homes in May")
    (True, False)

    A version's history is a date line too, each of its parts a date ("Published 12 August 2026, 09:40 BST; updated
    12 August 2026, 17:15 BST"): the line is kept whole, the published date first.
    """
    words = line.split()
    if len(words) > META_MAX_WORDS:
        parts = _HISTORY.split(line)
        return len(parts) > 1 and all(looks_like_date(part) for part in parts)
    if not any(c.isdigit() for c in line) or not _DATE.search(line):
        return False
    other = sum(1 for w in words if not _DATE_WORD.fullmatch(w) and w.lower().strip(":,") not in _DATE_FILLER)
    return other <= DATE_OTHER_WORDS and other < len(words) - other


def only_date_words(line: str) -> bool:
    """Whether every word of a line is a date or time word ("2025 05.05 GMT"): the rest of a date line wrapped.

    >>> only_date_words("2025 05.05 GMT"), only_date_words("The council")
    (True, False)
    """
    words = line.split()
    return bool(words) and all(_DATE_WORD.fullmatch(w) or w.lower().strip(":,") in _DATE_FILLER for w in words)


def byline_and_date(line: str) -> tuple[str, str] | None:
    """A byline and a date on one line, parted by a comma, "|", a dash or "·"; None when the line is not that.

    >>> byline_and_date("By Jane Doe | Saturday 14 March 2026")
    ('By Jane Doe', 'Saturday 14 March 2026')
    >>> byline_and_date("By Jane Doe, Transport Correspondent, Saturday 14 March 2026")
    ('By Jane Doe, Transport Correspondent', 'Saturday 14 March 2026')
    """
    for match in reversed(list(_BYLINE_DATE.finditer(line))):  # the shortest date: "By X, Correspondent, 14 May"
        byline, date = line[: match.start()].strip(), line[match.end() :].strip()
        if byline and looks_like_date(date) and looks_like_byline(byline):
            return byline, date
    return None


def looks_like_metadata(line: str) -> bool:
    """A byline, a date, or both on one line."""
    return looks_like_byline(line) or looks_like_date(line) or byline_and_date(line) is not None


def looks_like_byline(line: str, after_title: bool = True) -> bool:
    """ "By Jane Doe", or after a headline a bare name ("Justin McCurry in Tokyo"; "The Lorenz Equations",
    which starts with an article, is a heading)."""
    words = line.split()
    if len(words) > META_MAX_WORDS or any(c.isdigit() for c in line) or line.endswith(_TERMINAL):
        return False
    return bool(_BYLINE.fullmatch(line)) or (after_title and bool(_NAME.fullmatch(line)))


def reads_as_body(paragraph: str) -> bool:
    """A full sentence: long and ending a sentence, or of a few words ending in a full stop (headlines have none)."""
    words, text = word_count(paragraph), paragraph.rstrip().rstrip('"”’)」』')
    if words > STANDFIRST_MAX_WORDS:
        return True  # a list or a paragraph without a final stop, but far too long for a headline or standfirst
    if words >= SHORT_BODY_WORDS and text.endswith(_MID_SENTENCE):
        return True  # a sentence cut off at a comma: headlines and standfirsts never end so
    if words >= BODY_MIN_WORDS and text.endswith((":", "：")):
        return True  # a long sentence leading into the next ("... to the saints at Philippi:"), not a heading
    return (words >= BODY_MIN_WORDS and paragraph.rstrip().endswith(_TERMINAL)) or (
        words >= SHORT_BODY_WORDS and text.endswith((".", "。")) and not text.endswith("...")
    )


NO_METADATA = Metadata()


def _longer_than(paragraphs: list[str], words: int) -> bool:
    """Whether the paragraphs hold at least ``words`` words (counted only as far as needed)."""
    total = 0
    for paragraph in paragraphs:
        total += word_count(paragraph)
        if total >= words:
            return True
    return False


def runs_on(line: str) -> bool:
    """Whether a line (stripped) ends open, running on into the next: a comma, semicolon or dash, or a word such
    as "after" or "of" (``CARRIES_ON``)."""
    return line.endswith((",", ";", "-", "–")) or line.split()[-1].lower() in CARRIES_ON


def _carries_on(title: str, line: str) -> bool:
    """Whether ``line`` is the second line of the headline ``title`` (see the module docstring)."""
    if not title or line.rstrip().endswith(".") or len(f"{title} {line}".split()) > HEADLINE_MAX_WORDS:
        return False
    return line[:1].islower() or runs_on(title.rstrip())


def _header_end(paragraphs: list[str]) -> int:
    """How many paragraphs the header holds: those before the first that reads as body, and past a standfirst
    written as a sentence ("..., the council said.") when a byline or a date follows it."""
    last = min(HEADER_MAX, len(paragraphs) - 1)

    def body_from(start: int) -> int:
        return next((k for k in range(start, last) if reads_as_body(paragraphs[k])), max(start, last))

    end = body_from(0)
    after = end + 1
    if end > 0 and after < last and (looks_like_byline(paragraphs[after]) or looks_like_date(paragraphs[after])):
        end = body_from(after)
    return end


def _read_header(lines: list[str], known: Metadata) -> tuple[dict[str, str], list[str], list[str]]:
    """What each header line is: the title, standfirst, byline and date found, the lines left over (body), and
    the labels above the headline (see the module docstring)."""
    found = {"title": "", "standfirst": "", "byline": "", "date": ""}
    leftover, labels = [], []
    after_byline = False  # whether the line before gave the byline
    for line in lines:
        byline = found["byline"]
        both = None if found["byline"] or found["date"] else byline_and_date(line)
        if not found["title"] and _LABEL.fullmatch(line.strip()):
            labels.append(line)
        elif both:
            found["byline"], found["date"] = both
        elif not found["date"] and looks_like_date(line):
            found["date"] = line
        elif found["date"] and _VERSION.match(line) and looks_like_date(line):
            found["date"] = f"{found['date']}; {line}"  # a version's history over two lines
        elif not found["byline"] and looks_like_byline(line, after_title=bool(found["title"] or known.title)):
            found["byline"] = line
        elif after_byline and looks_like_byline(line) and not _BYLINE.fullmatch(line):
            found["byline"] = f"{found['byline']}, {line}"  # its second line: "By Ann Lee" / "Associated Press"
        elif not found["title"] and line.strip().lower() != known.title.strip().lower():
            found["title"] = line
        elif not known.title and not found["standfirst"] and _carries_on(found["title"], line):
            found["title"] = f"{found['title']} {line}"
        elif not found["standfirst"] and found["title"]:
            found["standfirst"] = line
        elif line.strip().lower() != known.title.strip().lower():
            leftover.append(line)
        after_byline = found["byline"] != byline
    return found, leftover, labels


def split_metadata(paragraphs: list[str], known: Metadata = NO_METADATA) -> tuple[Metadata, list[str], list[str]]:
    """Metadata and body paragraphs of an article (see the module docstring)."""
    header_end = _header_end(paragraphs)
    found, leftover, labels = _read_header(paragraphs[:header_end], known)
    aside = labels + [
        found[k] for k in ("byline", "date") if found[k] and getattr(known, k) and found[k] != getattr(known, k)
    ]
    if known.title and found["standfirst"]:
        leftover.insert(0, found["standfirst"])  # the declared title pushed the found headline to standfirst
    standfirst = "title" if known.title else "standfirst"
    if found[standfirst] and not _longer_than(leftover + paragraphs[header_end:], word_count(found[standfirst])):
        leftover.insert(0, found[standfirst])  # a standfirst stands above a longer body: this one is the body
        found[standfirst] = ""
    body = leftover + paragraphs[header_end:]
    dateline = ""
    dated = ""  # a date the dateline gives ("SEOUL, 3 March 2026 (Yonhap) - "), for an article with no date line
    if body and (match := _DATELINE.match(body[0])):
        dateline, body[0] = match.group(1).strip(), body[0][match.end() :]
        place_or_date = (match.group(2) or "").split(",")[-1].strip()  # the last part: "March 14"
        dated = place_or_date if looks_like_date(place_or_date) else ""
    merged = Metadata(
        title=known.title or found["title"],
        standfirst=known.standfirst or (found["standfirst"] if not known.title else found["title"]),
        byline=known.byline or found["byline"],
        date=known.date or found["date"] or dated,
        dateline=known.dateline or dateline,
    )
    return merged, body, aside
