"""Running heads and feet of PDF pages: page numbers, repeated lines, and what a browser prints round a page.

API: ``strip_page_edges(pages) -> (text, aside)``, ``PAGE_NUMBER`` (a pattern of lines that are page numbers).

A line among the first or last ``EDGE_LINES`` of a page is a running head or foot when it is a page number
("2", "Page 2 of 5", "1/2", "- 3 -"), when the same line (numbers aside) stands at the edge of at least two
pages and of ``RUNNING_HEAD_SHARE`` of them, or when it is what a browser's "Save as PDF" prints in its header
and footer: the date and time of printing (and the page title after it), the page's web address or file path,
a page counter. All of them are set aside (returned), never deleted.

>>> text, aside = strip_page_edges(["02/12/2026, 09:14 Floods | News\\nRain fell on the town.\\n"
...     "https://news.example.com/floods 1/1"])
>>> text, aside
('Rain fell on the town.', ['02/12/2026, 09:14 Floods | News', 'https://news.example.com/floods 1/1'])
"""

from __future__ import annotations

import re
from collections import Counter

from core.load.decode import clean_text

RUNNING_HEAD_SHARE = 0.5  # share of pages a first or last line must repeat on to count as a running head
EDGE_LINES = 3  # lines at the top and at the bottom of a page where running heads and feet are looked for
PAGE_NUMBER = re.compile(r"(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_COUNTER = r"(?:\s+(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4})?"
_PRINTED_AT = re.compile(  # "02/12/2026, 09:14", "12/2/26, 9:14 AM", "2026-12-02 09:14", then the page title
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\b.{0,160}"
)
_ADDRESS = re.compile(  # a web address or a file path, perhaps with a page counter after it
    rf"(?:(?:https?|file)://\S+|(?:[A-Za-z]:\\|/)(?:[^\s/\\]+[/\\])+[^\s/\\]*\.\w{{2,5}}|www\.\S+){_COUNTER}",
    re.IGNORECASE,
)


def _head_key(line: str) -> str:
    """A line with its numbers blanked: a running head is the same on every page but for its page number."""
    return _DIGITS.sub("#", line.strip())


def _printed(line: str) -> bool:
    """What a browser prints round each page: the time of printing, the address, a page counter."""
    line = line.strip()
    return bool(PAGE_NUMBER.fullmatch(line) or _PRINTED_AT.fullmatch(line) or _ADDRESS.fullmatch(line))


def strip_page_edges(pages: list[str]) -> tuple[str, list[str]]:
    """The pages' text with page numbers and running heads and feet taken out (and returned aside)."""
    page_lines = [[line for line in clean_text(page).split("\n") if line.strip()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in page_lines:
        edges.update({_head_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    repeated = {key for key, count in edges.items() if count >= 2 and count >= RUNNING_HEAD_SHARE * len(pages)}
    kept, aside = [], []
    for lines in page_lines:
        for k, line in enumerate(lines):
            at_edge = k < EDGE_LINES or k >= len(lines) - EDGE_LINES
            if PAGE_NUMBER.fullmatch(line.strip()) or (at_edge and (_head_key(line) in repeated or _printed(line))):
                aside.append(line.strip())
            else:
                kept.append(line)
    return "\n".join(kept), aside
