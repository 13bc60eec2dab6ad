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
(``CLAUSE_VERBS``, a word in -ed after a noun) or a "that". The phrase is read from the text itself, beyond the
windows a scan may be limited to.

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

import re

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


_AFTER = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_][\w'’&-]*|[^\w\s]")  # the words, figures and marks after a verb
_LOOK = 120  # characters after the verb read for its object phrase (the text itself, whatever the scan's windows)


def _following(scan: Scan, i: int) -> list[str]:
    """The words (lower case), figures and punctuation marks after token ``i``, read from the text: up to
    ``OBJECT_PHRASE`` words and the mark that ends them; a space before the first is required ("" first when none)."""
    end = scan.ends[i]
    if scan.text[end : end + 1] != " ":
        return [""]
    found: list[str] = []
    for match in _AFTER.finditer(scan.text, end, end + _LOOK):
        found.append(match.group().lower().replace("’", "'"))
        if not found[-1][0].isalnum() or len(found) > OBJECT_PHRASE:
            break
    return found


def _admitted_in(words: list[str]) -> bool:
    """ "admitted to hospital", "admitted into the intensive care unit": a person taken in, not an admission."""
    if len(words) < 2 or words[0] not in ("to", "into"):
        return False
    k = 1 + (words[1] in lx.DETERMINERS)
    return k < len(words) and words[k] in INSTITUTIONS


def deed_not_report(scan: Scan, i: int) -> bool:
    """Whether the reporting verb at token ``i`` names a deed rather than a report (module docstring)."""
    low = scan.lows[i]
    if low in ADMITTED:
        return _admitted_in(_following(scan, i))
    before = scan.text[max(0, scan.starts[i] - 2) : scan.starts[i]]
    if low not in DEED_VERBS or len(before) < 2 or before[0] == " " or not before[0].isalnum() or before[1] != " ":
        return False  # a word right before it (its subject), else "..., added the spokesman", "“…” added X"
    words = _following(scan, i)
    nxt = words[0] if words else ""
    if (
        not nxt[:1].isalnum()
        or nxt in _NO_OBJECT
        or nxt.endswith("ly")
        or (nxt in STOP_WORDS and nxt not in lx.DETERMINERS)
    ):
        return False  # "added:", "added that", "added it was over", "added later", "added quietly", "added in a"
    return _object_phrase(words)


def _object_phrase(words: list[str]) -> bool:
    """Whether ``words`` make a phrase without a clause's verb up to punctuation, the end of the text or
    ``OBJECT_PHRASE`` words on (a clause shows its verb sooner)."""
    for k, low in enumerate(words):
        if not low[0].isalnum():
            return True  # punctuation ends the phrase
        if low == "that" or low in CLAUSE_VERBS:
            return False  # "added the council would pay", "added a clause that"
        before = words[k - 1] if k else ""
        if k and low.endswith("ed") and before not in STOP_WORDS and before not in lx.DETERMINERS:
            return False  # "reported profits dipped": a noun, then its verb
    return True  # the end of the text, or ``OBJECT_PHRASE`` words without a clause's verb
