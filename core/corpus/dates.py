"""Ordering articles by their dates ("7 Feb 2025", "February 7, 2025", "2025-02-07").

API: ``parse_date(text) -> datetime.date | None`` (``core.text.dates``: the latest day a date names),
``date_order(a, b) -> int`` (-1: a is earlier, 1: b is earlier, 0: unknown or the same day).

The date is the article's own, as its loader read it (a date line of the text, a page's declared publication
date, a news file's timestamp such as "2025-02-07T05:05:00Z"); a file's modification time is never one. A line
with several dates is a version's history ("Published 4 March 2025, updated 5 March 2025"): the latest is the
date of this version, so a revision comes after the version it revises.

>>> date_order("8 April 2025", "1 March 2025"), date_order("", "1 March 2025")
(1, 0)
>>> date_order("Published 4 March 2025, updated 9 March 2025", "8 March 2025")
1
"""

from __future__ import annotations

from core.text import parse_date

__all__ = ["date_order", "parse_date"]


def date_order(a: str, b: str) -> int:
    """Which of two dates is earlier (see the module docstring)."""
    first, second = parse_date(a), parse_date(b)
    if first is None or second is None or first == second:
        return 0
    return -1 if first < second else 1
