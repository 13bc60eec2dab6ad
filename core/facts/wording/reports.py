"""Reporting verbs: the attribution item a token starts, if any, and the speaker it names.

API: ``reporting_item(scan, i, low, prev, nxt) -> Item | None`` for a token of ``lexicon.REPORT_TRIGGERS``;
``after_be(scan, i) -> bool``. The group is the verb's stance (``lexicon.REPORTING``), or ``lexicon.UNNAMED`` for a
report whose speaker is left out: the passive of an addressing verb ("..., the jury was told.") and "heard" after
a court or inquest ("..., the court heard.", "the inquest heard that ..."). The head is the speaker's word:
before the verb ("officials said": "officials"), else the noun phrase after it ("said the council leader":
"leader"); "" for a name (the names check covers it) and for an unnamed report.
"""

from __future__ import annotations

import re

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.facts.wording.objects import AMBIGUOUS, deed_not_report
from core.facts.wording.shares import share_speaker
from core.text.terms import STOP_WORDS


def reporting_item(scan: Scan, i: int, low: str, prev: str, nxt: str) -> Item | None:
    """The reporting item token ``i`` starts ("according to", a reporting verb, a hearing's "heard"), or None."""
    if low == "according":
        return scan.item("neutral", i, i + 1, _head_after(scan, i + 2)) if nxt == "to" else None
    if low == "heard":
        if prev not in lx.HEARINGS or not (nxt in lx.HEARD_BEFORE or _clause_ends(scan, i)):
            return None  # "heard a bang", "the court heard the case"
        if nxt == "from":  # "the inquiry heard from the chief engineer": the speaker named after it
            return scan.item("neutral", i - 1, i, _head_after(scan, i + 2))
        return scan.item(lx.UNNAMED, i - 1, i)
    group = lx.REPORTING.get(low)
    if low in AMBIGUOUS and deed_not_report(scan, i):
        return None  # "the shop added staff", "admitted to hospital" (``objects``)
    if group and nxt != "that" and after_be(scan, i):
        group = _passive_report(low, nxt)
    if group == lx.UNNAMED:
        return scan.item(group, i - 1 if prev in lx.BE_FORMS else i - 2, i)
    if group and low.endswith("ing") and _after_report(scan, i):  # "police said, adding that": the police's
        return scan.item(group, i, i, scan.reporting[-1].head)
    return scan.item(group, i, i, _speaker(scan, i)) if group else None


def _after_report(scan: Scan, i: int) -> bool:
    """Whether token ``i`` (a participle: "adding", "saying") follows a comma after a reporting item, whose speaker
    it takes ("Devon and Cornwall Police said, adding that ...")."""
    last = scan.reporting[-1] if scan.reporting else None
    if last is None or i == 0 or last.end != scan.ends[i - 1]:
        return False
    return scan.text[last.end : scan.starts[i]].strip() == ","


def after_be(scan: Scan, i: int) -> bool:
    """Whether token ``i`` follows a form of "be", maybe with "not" or an adverb between."""
    before = scan.lows[max(0, i - 2) : i]
    if before and before[-1] in lx.BE_FORMS:
        return True
    return len(before) == 2 and (before[1] in ("not", "never") or before[1].endswith("ly")) and before[0] in lx.BE_FORMS


def _clause_ends(scan: Scan, i: int) -> bool:
    """Whether punctuation, or the end of the text, follows token ``i``."""
    k = i + 1
    return k >= len(scan.lows) or bool(scan.text[scan.ends[i] : scan.starts[k]].strip())


def _passive_report(low: str, nxt: str) -> str | None:
    """The group of a reporting verb at token ``i`` after a form of "be": an addressing verb still reports, from
    a speaker left unnamed (``UNNAMED``: "..., the jury was told.", "residents were warned the river could rise"),
    negated too ("were never told why": the negation check sees the "never"), unless an order follows ("was told
    to leave"); the rest ("might be stressed") and the progressive ("are telling") are none."""
    if low not in lx.ADDRESSING or low.endswith("ing") or nxt == "to":
        return None
    return lx.UNNAMED


def _content(scan: Scan, indices: range) -> str:
    """The first content word among ``indices``, not across punctuation ("" when it is a name, mid-sentence,
    or there is none)."""
    previous = -1
    text, starts, ends = scan.text, scan.starts, scan.ends
    for k in indices:
        if previous >= 0:
            a, b = (k, previous) if k < previous else (previous, k)  # tokens are in text order
            if text[ends[a] : starts[b]].strip():
                return ""
        previous = k
        low = scan.lows[k]
        if low in STOP_WORDS or low in lx.DETERMINERS:
            continue
        if scan.words[k][0].isupper() and k and text[max(0, starts[k] - 4) : starts[k]].rstrip()[-1:] not in '.!?:"“”':
            return ""  # a named speaker: the names check covers it
        return low if low.isalpha() and low not in lx.REPORTING else ""
    return ""


def _speaker(scan: Scan, i: int) -> str:
    """Who a reporting verb at token ``i`` attributes to: the words before it, else after it ("..., said X"),
    unless the verb is one whose object is the person addressed ("..., told the jury": not the speaker)."""
    before = i > 0 and not scan.text[scan.ends[i - 1] : scan.starts[i]].strip()
    if before:
        share = share_speaker(scan, i)  # "a quarter of those surveyed said": no speaker word but the group's
        if share is not None:
            return share
        return _content(scan, range(i - 1, max(-1, i - 4), -1))
    if scan.lows[i] in lx.ADDRESSING:
        return ""
    return _head_after(scan, i + 1)


def _head_after(scan: Scan, first: int) -> str:
    """The speaker a reporting verb names after it from token ``first``: the last word of the noun phrase there
    ("said the council leader": "leader"), or "" where a name follows it ("said the mayor, Ann Lee": the names
    check covers it) or there is none."""
    head, at = "", -1
    text, starts, ends, lows = scan.text, scan.starts, scan.ends, scan.lows
    for k in range(first, min(len(lows), first + 3)):
        if (k > 0 and text[ends[k - 1] : starts[k]].strip()) or (k == first and lows[k] == "that"):
            break  # punctuation ends the phrase; "said: ...", "said that ...": what was said, not who
        word = _content(scan, range(k, k + 1))
        if word:
            head, at = word, k
        elif head or (lows[k] not in STOP_WORDS and lows[k] not in lx.DETERMINERS):
            break  # a name, a number, or a function word after the phrase
    return "" if head and _APPOSED_NAME.match(text, ends[at]) else head


_APPOSED_NAME = re.compile(r",\s+[A-Z][a-z]")  # "the mayor, Ann Lee": a name in apposition
