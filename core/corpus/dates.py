"""Article dates as the loader found them ("7 Feb 2025", "February 7, 2025", "2025-02-07"), for ordering.

API: ``parse_date(text) -> datetime.date | None``, ``date_order(a, b) -> int`` (-1: a is earlier, 1: b is
earlier, 0: unknown or the same day).

The date is the article's own, as its loader read it (a date line of the text, a page's declared publication
date, a news file's timestamp such as "2025-02-07T05:05:00Z"); a file's modification time is never one. A line
with several dates is a version's history ("Published 4 March 2025, updated 5 March 2025"): the latest is the
date of this version, so a revision comes after the version it revises.

>>> parse_date("Fri 7 Feb 2025 05.05 GMT"), parse_date("February 7, 2025"), parse_date("2025-02-07T05:05:00Z")
(datetime.date(2025, 2, 7), datetime.date(2025, 2, 7), datetime.date(2025, 2, 7))
>>> parse_date("First published on 4 March 2025; updated March 5, 2025")
datetime.date(2025, 3, 5)
>>> date_order("8 April 2025", "1 March 2025"), date_order("", "1 March 2025")
(1, 0)
"""

from __future__ import annotations

import datetime
import re

_MONTHS = {name[:3].lower(): number for number, name in enumerate(
    ("January February March April May June July August September October November December").split(), 1)}  # fmt: skip
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|(?=T\d))")  # a timestamp's "T05:05" may follow
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def _make(year: str, month: int | None, day: str) -> datetime.date | None:
    if month is None:
        return None
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """The latest date in ``text`` (see the module docstring), or ``None``."""
    found = [_make(m.group(1), int(m.group(2)), m.group(3)) for m in _ISO.finditer(text)]
    found += [_make(m.group(3), _MONTHS.get(m.group(2)[:3].lower()), m.group(1)) for m in _DAY_MONTH.finditer(text)]
    found += [_make(m.group(3), _MONTHS.get(m.group(1)[:3].lower()), m.group(2)) for m in _MONTH_DAY.finditer(text)]
    dates = [date for date in found if date is not None]
    return max(dates) if dates else None


def date_order(a: str, b: str) -> int:
    """Which of two dates is earlier (see the module docstring)."""
    first, second = parse_date(a), parse_date(b)
    if first is None or second is None or first == second:
        return 0
    return -1 if first < second else 1
