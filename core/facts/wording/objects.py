"""Reporting verbs used for a deed: "the shop added staff", "the firm recalled 2,000 cars", "admitted to hospital".

API: ``deed_not_report(scan, i) -> bool`` for a token of ``lexicon.REPORTING``; ``AMBIGUOUS``, the verbs it reads.

Some reporting verbs also name a deed when a noun phrase follows them as their direct object: "added" reports
speech in "he added that ...", "she added: ...", "..., he added.", "he added the council would pay" (a clause
after it, with its own verb), "..., added the spokesman" (the speaker after it, the verb after punctuation), but
not in "the shop added staff", "added two trains", "added a clause to the contract" (``DEED_VERBS``: add, note,
recall, observe, conclude: "inspectors noted several faults" is "found", "recalled 2,000 cars", "observed a
minute's silence", "concluded the talks"; "she noted the figures were provisional" still reports). A verb of
``DEED_VERBS`` is a deed when a word stands right before it (its subject: no punctuation between) and right after
it a determiner, a number or a content word (not an adverb: "added later", "added quietly") opens a phrase that
runs to punctuation, to the end of the text or ``OBJECT_PHRASE`` tokens on without a clause's verb
(``CLAUSE_VERBS``, a word in -ed after a noun) or a "that". A phrase cut short by a window of the scan (text left
out) is read as a report, as before this check.

"Admitted" (``ADMITTED``) before "to" or "into" and a place that admits people ("admitted to hospital", "admitted
into the intensive care unit", ``INSTITUTIONS``) is a deed; "admitted the charge", "admitted to stealing" stay
admissions. Left as they were, because their object is itself a claim or the person addressed: "the ministry
reported 40 new cases" (the figure's source), "admitted the charge", "told reporters", "warned residents".

>>> from core.facts.wording.scan import scan
>>> [i.text for i in scan("The shop added staff and trains. Lee added, smiling, that it worked.").reporting]
['added']
>>> [i.text for i in scan("He was admitted to hospital; she admitted the theft and added it was over.").reporting]
['admitted', 'added']
"""

from __future__ import annotations

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Scan
from core.text.terms import STOP_WORDS

DEED_VERBS = frozenset(set().union(*map(lx.verb_forms, "add note recall observe conclude".split())))
ADMITTED = frozenset(lx.verb_forms("admit"))
AMBIGUOUS = DEED_VERBS | ADMITTED  # the verbs ``deed_not_report`` reads (a set test before the call)
INSTITUTIONS = frozenset(
    """hospital hospitals clinic clinics hospice ward wards intensive icu a&e care university universities college
    colleges school schools academy bar hall club""".split()
)
CLAUSE_VERBS = frozenset(
    """is are was were be been has have had will would could can may might shall should must did does do
    rose fell grew went came took made gave saw found won lost left kept held met paid sold spent began ran
    knew thought said told""".split()
)
OBJECT_PHRASE = 8  # tokens: how far after the verb a clause's verb is looked for
_PRONOUNS = frozenset("i you he she it we they there".split())  # the subject of a clause ("added it was over")
_WHEN = lx.TIME_TRIGGERS | frozenset("later earlier afterwards again also too soon though however".split())
# adverbs that may follow a report's verb ("..., he added later.", "she added on Monday")
_NO_OBJECT = _PRONOUNS | _WHEN | {"that"}  # what opens no direct object after the verb


def _gap(scan: Scan, k: int) -> str:
    """The text between token ``k - 1`` and token ``k``."""
    return scan.text[scan.ends[k - 1] : scan.starts[k]]


def _admitted_in(scan: Scan, i: int) -> bool:
    """ "admitted to hospital", "admitted into the intensive care unit": a person taken in, not an admission."""
    lows = scan.lows
    if i + 2 >= len(lows) or lows[i + 1] not in ("to", "into"):
        return False
    k = i + 2 + (lows[i + 2] in lx.DETERMINERS)
    return k < len(lows) and lows[k] in INSTITUTIONS and all(_gap(scan, j).isspace() for j in range(i + 1, k + 1))


def deed_not_report(scan: Scan, i: int) -> bool:
    """Whether the reporting verb at token ``i`` names a deed rather than a report (module docstring)."""
    low = scan.lows[i]
    if low in ADMITTED:
        return _admitted_in(scan, i)
    if low not in DEED_VERBS or i == 0 or i + 1 >= len(scan.lows):
        return False
    if _gap(scan, i).strip() or _gap(scan, i + 1) != " ":
        return False  # "..., added the spokesman", "added: ...", "added, smiling, that"
    nxt = scan.lows[i + 1]
    if nxt in _NO_OBJECT or nxt.endswith("ly") or (nxt in STOP_WORDS and nxt not in lx.DETERMINERS):
        return False  # "added that", "added it was over", "added later", "added quietly", "added in a statement"
    return _object_phrase(scan, i + 1)


def _object_phrase(scan: Scan, first: int) -> bool:
    """Whether the tokens from ``first`` make a phrase without a clause's verb up to punctuation, the end of the
    text or ``OBJECT_PHRASE`` tokens on (a clause shows its verb sooner)."""
    lows, last = scan.lows, min(len(scan.lows), first + OBJECT_PHRASE)
    for k in range(first, last):
        gap = _gap(scan, k) if k > first else " "
        if gap.strip():
            return not any(c.isalnum() for c in gap)  # punctuation ends the phrase; words between: a window's cut
        low, before = lows[k], lows[k - 1]
        if low == "that" or low in CLAUSE_VERBS:
            return False  # "added the council would pay", "added a clause that"
        if k > first and low.endswith("ed") and before not in STOP_WORDS and before not in lx.DETERMINERS:
            return False  # "reported profits dipped": a noun, then its verb
    if last < len(lows) or scan.whole:
        return True
    return not any(c.isalnum() for c in scan.text[scan.ends[-1] :])  # the end of the text, not of a window
