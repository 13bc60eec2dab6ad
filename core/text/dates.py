"""Article dates as loaders found them ("7 Feb 2025", "February 7, 2025", "2025-02-07", "20260915T071500Z"), read
as calendar days: for ordering versions and for showing a date the same way whatever its source wrote.

API: ``parse_date(text) -> datetime.date | None`` (the latest day named), ``readable_date(text) -> str``.

The text is the article's own date, as its loader kept it: a date line ("Last modified on Tue 4 Mar 2025 09.30
GMT", "For immediate release - 18 January 2026"), a page's declared publication date, a news file's timestamp
("2025-02-07T05:05:00Z", the compact "20260915T071500Z"). A line with several dates is a version's history
("Published 4 March 2025, updated 5 March 2025"): the first is when it was published, the latest the date of
this version (what ordering takes, so a revision comes after the version it revises).

>>> parse_date("Fri 7 Feb 2025 05.05 GMT"), parse_date("February 7, 2025"), parse_date("2025-02-07T05:05:00Z")
(datetime.date(2025, 2, 7), datetime.date(2025, 2, 7), datetime.date(2025, 2, 7))
>>> parse_date("First published on 4 March 2025; updated March 5, 2025"), parse_date("20260915T071500Z")
(datetime.date(2025, 3, 5), datetime.date(2026, 9, 15))
>>> readable_date("20260915T071500Z"), readable_date("For immediate release - 18 January 2026")
('15 September 2026', '18 January 2026')
>>> readable_date("Published 4 March 2025; updated March 5, 2025"), readable_date("Spring 2025")
('4 March 2025, updated 5 March 2025', 'Spring 2025')
"""

from __future__ import annotations

import datetime
import re

_MONTH_NAMES = "January February March April May June July August September October November December".split()
_MONTHS = {name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, 1)}
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|(?=T\d))")  # a timestamp's "T05:05" may follow
_COMPACT_ISO = re.compile(r"\b(\d{4})(\d{2})(\d{2})(?=T\d{4})")  # ISO 8601's basic form: "20260915T071500Z"
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _make(year: str, month: int | None, day: str) -> datetime.date | None:
    if month is None:
        return None
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def _dates(text: str) -> list[datetime.date]:
    """The days ``text`` names, in the order it names them."""
    found = [
        (m.start(), _make(m[1], int(m[2]), m[3])) for pattern in (_ISO, _COMPACT_ISO) for m in pattern.finditer(text)
    ]
    found += [(m.start(), _make(m[3], _MONTHS.get(m[2][:3].lower()), m[1])) for m in _DAY_MONTH.finditer(text)]
    found += [(m.start(), _make(m[3], _MONTHS.get(m[1][:3].lower()), m[2])) for m in _MONTH_DAY.finditer(text)]
    return [date for _, date in sorted(found, key=lambda item: item[0]) if date is not None]


def parse_date(text: str) -> datetime.date | None:
    """The latest day named in ``text`` (see the module docstring), or ``None``."""
    dates = _dates(text)
    return max(dates) if dates else None


def _spelled(day: datetime.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def readable_date(text: str) -> str:
    """An article's date as shown to a reader, "15 September 2026": the first day ``text`` names (when it was
    published), then ", updated ..." with the latest when that is a later day; ``text`` itself (stripped) when it
    names no day with its year ("Spring 2025", "Sept 15")."""
    dates = _dates(text)
    if not dates:
        return text.strip()
    shown = _spelled(dates[0])
    return f"{shown}, updated {_spelled(max(dates))}" if max(dates) > dates[0] else shown
