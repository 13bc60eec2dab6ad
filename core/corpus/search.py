"""Finding the sources of an article in an indexed corpus, or the rewrites of an original: each one verified.

API: ``find(article, index, roots, top=5, reverse=False, options=None, should_cancel=None, article_path="",
progress=None) -> list[Found]``, ``Found``, ``shown_date(found, reverse)``, ``VERIFY_AT_LEAST``, ``SAME_TEXT``,
``REVERSED``, ``PERHAPS_REVERSED``, ``other_way(reverse)``.

1. Paragraphs the corpus holds in hundreds of articles (an outlet's newsletter plug: ``core.corpus.stock``) are
   set aside from the article; then candidate search over the index (``core.corpus.candidates``), restricted to
   the documents under ``roots`` and never the article's own file.
2. The best ``max(top, VERIFY_AT_LEAST)`` candidates, their stock paragraphs set aside too (sharing such lines
   makes no source), are each compared with the article by ``core.compare``: the candidate on the left and the
   article on the right (the article's sources), or the original on the left and the candidate on the right
   with ``reverse`` (the original's rewrites).
3. They are ranked by what the comparison found: the verdict first (wholly derived, partially derived,
   independent: a refrain or a stock passage shared by many articles gives a high share but no derived
   verdict), then the share of the right article's words in sentences taken from the left one (the measure the
   verdict reads: words, so one long sentence weighs more than two short ones), then the candidate score; each
   carries the verdict (``core.corpus.judge``) and ``stock``, the common features of the two documents compared
   (``core.corpus.stock.set_stock_aside``): ``without_stock`` with them sets aside the lines the verdict did
   not count, so a comparison opened from a result judges alike. A candidate that holds the article's very
   sentences (a copy: ``same_text``, shown as ``SAME_TEXT``) keeps its place and its verdict, and so does a
   source dated after the article or a rewrite dated before the original (``out_of_order``, its date shown
   "(later)" or "(earlier)": it cannot be what it seems unless a date is wrong). Undated, the pair's direction
   is ``reuse``'s (``core.corpus.direction``, one rule: a credit naming the other, which text is contained in
   the other by words, length): a result that rule says runs the other way (the file a rewrite of the article;
   with ``reverse``, the original's source) keeps its place and verdict, ``reversed_by`` names the evidence and
   the verdict shows "(reversed)", "(reversed?)" when only the texts' lengths say so (the tie-break: weak
   evidence, a rewrite may be longer than its source). A candidate that can no longer be read (it changed or
   vanished since it was indexed) is dropped.

``should_cancel`` is asked before each verification (and passed to each comparison); it raises
``ComparisonCancelled``. ``progress(done, total)`` is called after each verification.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from core.budget import ComparisonCancelled
from core.corpus.candidates import rank_candidates
from core.corpus.direction import Evidence, direction
from core.corpus.fingerprints import fingerprint
from core.corpus.index import CorpusIndex
from core.corpus.judge import Judgement, judge
from core.corpus.scan import Skip, read_document
from core.corpus.stock import NO_COMMON_FEATURES, CommonFeatures, set_stock_aside
from core.engine import Verdict, compare
from core.model import Document
from core.options import CompareOptions
from core.text import readable_date

VERIFY_AT_LEAST = 5  # candidates compared in full even when fewer are asked for
SAME_TEXT = "same text"  # how a copy's verdict is shown
REVERSED = "(reversed)"  # after the verdict of a result the texts say runs the other way
PERHAPS_REVERSED = "(reversed?)"  # ... when only their lengths say so (no credit, neither holds clearly more)
DERIVED = (Verdict.WHOLLY_DERIVED.value, Verdict.PARTIALLY_DERIVED.value)


@dataclass(frozen=True, slots=True)
class Found:
    """One verified candidate, as ``find`` prints and writes it."""

    path: str
    title: str
    date: str
    score: float  # the candidate score (orders candidates; decides nothing)
    right_from_left: float  # share of the right article's sentences from the left one (the source on the left)
    left_reused: float  # share of the left article's sentences the right one uses
    verdict: str
    verdict_reason: str
    taken_share: float = 0.0  # share of the right article's words in sentences taken from the left (ranks second)
    stock: CommonFeatures = field(default=NO_COMMON_FEATURES, compare=False)  # what set the stock lines aside
    same_text: bool = False  # the file holds the article's very sentences (``Judgement.same_text``): a copy
    out_of_order: bool = False  # a source dated after the article (with ``reverse``, a rewrite dated before it)
    reversed_by: str = ""  # the evidence (``core.corpus.direction.Evidence``) that the pair runs the other way: the
    # file the article's rewrite, not its source (with ``reverse``: the original's source); "" when it does not

    @property
    def shown_verdict(self) -> str:
        """The verdict as a table shows it: "same text" for a copy, else the verdict, with "(reversed)" after a
        derived one that the direction rule says runs the other way by the texts (dates show in the date)."""
        if self.same_text:
            return SAME_TEXT
        if self.reversed:
            return f"{self.verdict} {PERHAPS_REVERSED if self.reversed_by == Evidence.LENGTH.value else REVERSED}"
        return self.verdict

    @property
    def reversed(self) -> bool:
        """Whether the table marks the result reversed: derived, and the texts (not dates) turn it round."""
        return bool(self.reversed_by) and self.reversed_by != Evidence.DATES.value and self.verdict in DERIVED

    def as_dict(self) -> dict[str, object]:
        """The candidate as in ``parallax-find/1``."""
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "score": round(self.score, 4),
            "right_from_left": self.right_from_left,
            "left_reused": self.left_reused,
            "verdict": self.verdict,
            "verdict_reason": self.verdict_reason,
            "taken_share": self.taken_share,
            "same_text": self.same_text,
            "out_of_order": self.out_of_order,
            "reversed_by": self.reversed_by,
        }


def shown_date(found: Found, reverse: bool) -> str:
    """A result's date as a table shows it, read as a date ("15 September 2026": ``core.text.dates.readable_date``),
    "(later)" after a source dated after the article, "(earlier)" after a rewrite dated before the original
    (``reverse``: the results of ``find --reverse``)."""
    if not found.out_of_order:
        return readable_date(found.date)
    return f"{readable_date(found.date)} ({'earlier' if reverse else 'later'})"


def other_way(reverse: bool) -> str:
    """What a "(reversed)" result looks like to the texts: the article's rewrite (with ``reverse``, the
    original's source) rather than what the search looked for."""
    return "original's source, not its rewrite" if reverse else "article's rewrite, not its source"


def _verify(article: Document, candidate: Document, reverse: bool, options: CompareOptions) -> tuple[Judgement, str]:
    """The judgement of the pair as the row reads it (the source on the left), and the evidence that it runs the
    other way ("" when ``core.corpus.direction`` agrees with the row)."""
    left, right = (article, candidate) if reverse else (candidate, article)
    comparison = compare(left, right, options)
    found = direction(comparison)
    return judge(comparison), found.evidence.value if found.swapped else ""


def find(
    article: Document,
    index: CorpusIndex,
    roots: Sequence[str],
    top: int = 5,
    reverse: bool = False,
    options: CompareOptions | None = None,
    should_cancel: Callable[[], bool] | None = None,
    article_path: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> list[Found]:
    """The verified sources (or with ``reverse`` the rewrites) of ``article`` (see the module docstring)."""
    options = options or CompareOptions()
    if should_cancel is not None:
        options = replace(options, should_cancel=should_cancel)
    own = os.path.abspath(article_path) if article_path else ""
    allowed = index.selection([os.path.abspath(root) for root in roots], excluded=own)
    wanted = max(top, VERIFY_AT_LEAST)
    (article,), article_stock = set_stock_aside([article], index)
    candidates = rank_candidates(fingerprint(article), index, top=wanted, only=allowed)
    found: list[tuple[int, float, float, Found]] = []  # verdict strength, taken share, candidate score
    for done, candidate in enumerate(candidates, 1):
        if should_cancel is not None and should_cancel():
            raise ComparisonCancelled()
        entry = index.document(candidate.document)
        document = read_document(entry.path)
        if isinstance(document, Skip):
            continue
        (document,), stock = set_stock_aside([document], index)
        judgement, reversed_by = _verify(article, document, reverse, options)
        result = Found(entry.path, entry.title, entry.date, candidate.score, judgement.right_from_left,
                       judgement.left_reused, judgement.verdict, judgement.reason, judgement.taken_share,
                       article_stock.union(stock), judgement.same_text, reversed_by == Evidence.DATES.value,
                       reversed_by)  # fmt: skip
        found.append((judgement.strength, judgement.taken_share, candidate.score, result))
        if progress is not None:
            progress(done, len(candidates))
    found.sort(key=lambda item: (-item[0], -item[1], -item[2], item[3].path))
    return [item[3] for item in found[:top]]
