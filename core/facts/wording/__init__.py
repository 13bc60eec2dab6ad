"""The wording of reworded links: which rewordings change what a reader is told, and which are cosmetic.

Kinds (``ChangeKind``): attribution, hedge, negation, names, loaded wording, time references (found here from
the two texts alone, with word lists written for Parallax: ``lexicon``), and figures and quotes (the findings
of ``core.facts``, tied to their links by ``link_changes``). Everything else a reworded link changes is
cosmetic: synonyms, reordering, punctuation, spelling variants, contractions, reported-speech tense.

API
---
substantive_changes(left_text, right_text, diff, days_apart=None) -> tuple[Change, ...]
link_changes(left, right, links, figures, quotes, stop=None) -> dict[int, tuple[Change, ...]]
headline_changes(left, right, figures=()) -> tuple[Change, ...] (the two documents' headlines compared)
in_time_reference(text, spans) -> bool (a figure there is the time check's)
days_between(left_date, right_date) -> int | None
Change(kind, left, right, note, left_spans, right_spans), ChangeKind, RANK (the kinds by weight)
"""

from core.facts.wording.detect import substantive_changes
from core.facts.wording.kinds import RANK, Change, ChangeKind
from core.facts.wording.link_changes import days_between, headline_changes, in_time_reference, link_changes

__all__ = [
    "RANK",
    "Change",
    "ChangeKind",
    "days_between",
    "headline_changes",
    "in_time_reference",
    "link_changes",
    "substantive_changes",
]
