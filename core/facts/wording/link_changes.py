"""Every substantive change of every link: the wording checks, plus the figure and quote findings of the link.

API: ``link_changes(left, right, links, figures, quotes, stop=None) -> dict[int, tuple[Change, ...]]`` keyed by link
index (links without a substantive change are left out), each link's changes heaviest first (``RANK``);
``headline_changes(left, right, figures=()) -> tuple[Change, ...]``, ``in_time_reference(text, spans) -> bool``.

A figure finding that is not ``same`` belongs to the link of its left sentence, else of its right sentence (a figure
dropped and one of its kind added in one link make one change; a figure the rewrite states again belongs where it
restates it); a figure inside a relative time reference
("yesterday", "two days ago", "Monday") is left to the time check, and one whose value and qualifier stay while the
words for what it counts change ("five children" / "five kids") is not a substantive change (the figure finding
keeps it). Quotes of the rewrite that are ``altered`` or ``unsupported``, quotes of the original that are
``dropped``, quotes the rewrite gives to another speaker (``speaker_was``: "quote now attributed to Jones"), and
scare quotes whose marks alone were added or removed (a quote finding with a note) make one quote change per link;
a speaker's new name that the link's names (or attribution) change reports is said in that change's note instead
(one edit, one change: "name changed: Smith -> Jones; quote now attributed to Jones (the original: Smith)"). When
both documents carry a date (``Document.date``: "7 Feb 2025", "2025-02-07"), time notes say whether a shift is
what the dates predict (``days_between``). ``stop`` is polled every ``POLL`` links; when it returns true the links
not reached yet get no changes. What a neighbouring link answers is left out (``core.facts.wording.elsewhere``):
words one link of a split sentence drops that another link of it says, a name moved to another sentence of the
same paragraph. ``headline_changes(left, right, figures)`` compares the two headlines (``Document.title``) with the
same wording checks.

>>> from core import compare
>>> c = compare("Officials said about 300 people were hurt in the blast.",
...             "About 400 people were hurt in the shocking blast.")
>>> [(x.kind.value, x.left, x.right) for x in link_changes(c.left, c.right, c.links, c.numbers, c.quotes)[0]]
[('figure', 'about 300', 'About 400'), ('attribution', 'said', ''), ('loaded', '', 'shocking')]
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

from core.diff import word_diff
from core.facts.figure_check import FigureFinding, FigureStatus, check_figures
from core.facts.figure_headlines import told_in_body
from core.facts.quote_check import QuoteFinding, QuoteStatus
from core.facts.quote_parts import PART_UNQUOTED
from core.facts.quote_speakers import anonymous
from core.facts.wording.detect import substantive_changes
from core.facts.wording.elsewhere import said_elsewhere
from core.facts.wording.headline_body import stated_in_body
from core.facts.wording.kinds import RANK, Change, ChangeKind, Span
from core.facts.wording.scan import TIME_CUE, TIME_PATTERN
from core.facts.wording.split_claims import unattributed_parts
from core.model import Document, Link, LinkKind, SentenceId, link_text
from core.options import CompareOptions
from core.text.paragraphs import document_from_paragraphs

POLL = 256  # links: how often the stop hook is polled


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _date(text: str) -> datetime.date | None:
    try:
        if m := _ISO.search(text):
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _DAY_MONTH_YEAR.search(text)) and m[2].lower() in _MONTHS:
            return datetime.date(int(m[3]), _MONTHS.index(m[2].lower()) + 1, int(m[1]))
        if (m := _MONTH_DAY_YEAR.search(text)) and m[1].lower() in _MONTHS:
            return datetime.date(int(m[3]), _MONTHS.index(m[1].lower()) + 1, int(m[2]))
    except ValueError:
        return None
    return None


def days_between(left_date: str, right_date: str) -> int | None:
    """Days from the original's date to the rewrite's, or None when either is missing or unreadable.

    >>> days_between("Fri 7 Feb 2025 05.05 GMT", "February 8, 2025"), days_between("2025-02-07", "")
    (1, None)
    """
    dates = _date(left_date), _date(right_date)
    return None if dates[0] is None or dates[1] is None else (dates[1] - dates[0]).days


def _span(text: str, words: str) -> tuple[Span, ...]:
    at = text.find(words) if words else -1
    return ((at, at + len(words)),) if at >= 0 else ()


def in_time_reference(text: str, spans: tuple[Span, ...]) -> bool:
    """Whether every one of ``spans`` of ``text`` stands inside a relative time reference ("on Monday", "two days
    ago"): a figure there is the time check's, not a figure change. A text without any of the pattern's words
    (``TIME_CUE``) is not searched."""
    times = _time_spans(text) if spans else ()
    for start, end in spans:  # the references do not overlap: only the last one starting by ``start`` may hold it
        k = bisect.bisect_right(times, start, key=itemgetter(0)) - 1
        if k >= 0 and end <= times[k][1]:
            return True
    return False


@lru_cache(maxsize=4)
def _time_spans(text: str) -> tuple[Span, ...]:
    """The relative time references of a text, in order; found once per text, not once per figure of it (a
    sentence of 600,000 words holds thousands)."""
    low = text.lower()
    return tuple(m.span() for m in TIME_PATTERN.finditer(low)) if TIME_CUE.search(low) else ()


def _figure(finding: FigureFinding, texts: tuple[str, str]) -> Change | None:
    left, right = finding.left.text if finding.left else "", finding.right.text if finding.right else ""
    left_spans, right_spans = _span(texts[0], left), _span(texts[1], right)
    if in_time_reference(texts[0], left_spans) or in_time_reference(texts[1], right_spans):
        return None  # "yesterday", "two days ago", "Monday": the time check's
    if finding.status is FigureStatus.CHANGED and finding.note.startswith("counted:"):
        return None  # the same value, counting reworded words ("five children" / "five kids"): not a change of fact
    if finding.status is FigureStatus.CHANGED:
        note = f"figure changed: {left} -> {right}" + (f" ({finding.note})" if finding.note else "")
    else:
        note = f"figure {'dropped' if left else 'added'}: {left or right}"
    return Change(ChangeKind.FIGURE, left, right, note, left_spans, right_spans)


def _paired(findings: list[FigureFinding]) -> list[FigureFinding]:
    """A figure dropped and one of its kind added in the same link read as one figure changed."""
    added = [f for f in findings if f.status is FigureStatus.ADDED]
    result = []
    for finding in findings:
        if finding.status is FigureStatus.REMOVED and finding.left is not None:
            match = next((f for f in added if f.right is not None and f.right.kind is finding.left.kind), None)
            if match is not None:
                added.remove(match)
                finding = FigureFinding(
                    FigureStatus.CHANGED, finding.left, match.right, finding.left_at, match.right_at
                )
        if finding.status is not FigureStatus.ADDED:
            result.append(finding)
    return result + added


def _marks_note(quote: QuoteFinding) -> str:
    """The note of quote marks added or removed: the words (those left outside the rewrite's quotes, for a quote
    kept in part) and why."""
    words = (quote.unquoted or quote.text).strip(" ,.;:")
    why = PART_UNQUOTED if quote.unquoted else quote.note
    return f"quote marks {'added' if quote.side == 'right' else 'removed'}: “{words}” ({why})"


def _quote(findings: list[QuoteFinding], texts: tuple[str, str]) -> Change:
    """One quote change for a link's quote findings: on the left the original's quotes dropped and those that the
    rewrite's altered or re-attributed quotes match (the words on both sides), on the right the rewrite's."""
    left = [q.unquoted or q.shortened or q.text for q in findings if q.side == "left"] + [
        q.match for q in findings if q.side == "right" and q.match
    ]
    right = [q.text for q in findings if q.side == "right"]
    notes = [_quote_note(q) for q in findings]
    return Change(ChangeKind.QUOTE, " / ".join(left), " / ".join(right), "; ".join(notes),
                  tuple(s for t in left for s in _span(texts[0], t)),
                  tuple(s for t in right for s in _span(texts[1], t)))  # fmt: skip


def _quote_note(q: QuoteFinding) -> str:
    """The note of one quote finding, naming its words: those dropped from a quote cut short, those added inside
    a quote extended or taken out of one (``inside``), else the quote's."""
    text = q.text.strip(" ,.;:")
    if q.note:
        return _marks_note(q)  # a scare quote: the words are the original's, the marks are not
    if q.shortened:
        return f"quote shortened: words dropped from the quote: “{q.shortened.strip(' ,.;:')}”"
    if q.speaker_was and q.status is not QuoteStatus.ALTERED:
        return f"quote {q.reattribution}: “{text}”"
    return f"quote {q.inside or q.status.value + f': “{text}”'}" + (f", {q.reattribution}" if q.speaker_was else "")


def _words(text: str) -> set[str]:
    return set(text.casefold().replace("’", "'").replace("'s", "").split())


_NAMING = (ChangeKind.NAMES, ChangeKind.ATTRIBUTION)  # changes that may say a speaker's new name


def _speakers_renamed(changes: list[Change], quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """The quotes left to a quote change: a quote given to another speaker whose name the link's names or
    attribution change already reports ("name changed: Smith -> Jones", "speaker changed: Smith -> Jones") is said
    in that change's note, once, not again as a quote. A quote given to an anonymous speaker, or taken from one
    ("Mr Reid" / "a company spokesman": ``quote_speakers.anonymous``), is the quote's change: a names change that
    only swaps the two speakers is left out ("company spokesman" names nobody)."""
    left = []
    for quote in quotes:
        renamed = quote.speaker_was and quote.status is not QuoteStatus.ALTERED
        now, was = _words(quote.speaker), _words(quote.speaker_was)
        if quote.speaker_was and (anonymous(quote.speaker) or anonymous(quote.speaker_was)):
            changes[:] = [c for c in changes if not _swaps(c, was, now)]  # the quote's finding says it
            left.append(quote)
            continue
        named = (k for k, c in enumerate(changes) if c.kind in _NAMING and now & _words(c.right))
        k = next((k for k in named if was & _words(changes[k].left)), None) if renamed else None
        if k is None:
            left.append(quote)
            continue
        said = f"quote {quote.reattribution}"
        if said not in changes[k].note:
            changes[k] = replace(changes[k], note=f"{changes[k].note}; {said}")
    return left


def _swaps(change: Change, was: set[str], now: set[str]) -> bool:
    """Whether a names change is only a quote's speaker swapped (its words the original speaker's and the new
    one's: "name changed: Reid -> company spokesman" for "Mr Reid" / "a company spokesman")."""
    return change.kind is ChangeKind.NAMES and _words(change.left) <= was and _words(change.right) <= now


def _owners(links: Sequence[Link]) -> tuple[dict[SentenceId, int], dict[SentenceId, int]]:
    owners: tuple[dict[SentenceId, int], dict[SentenceId, int]] = ({}, {})
    for index, link in enumerate(links):
        for sid in link.left:
            owners[0].setdefault(sid, index)
        for sid in link.right:
            owners[1].setdefault(sid, index)
    return owners


def _facts(
    links: Sequence[Link], figures: Sequence[FigureFinding], quotes: Sequence[QuoteFinding]
) -> dict[int, tuple[list[FigureFinding], list[QuoteFinding]]]:
    owners = _owners(links)
    found: dict[int, tuple[list[FigureFinding], list[QuoteFinding]]] = {}
    for figure in figures:
        if figure.status is FigureStatus.SAME:
            continue
        again = figure.note.startswith("stated again") and figure.right_at is not None  # the rewrite's restatement
        index = owners[0].get(figure.left_at) if figure.left_at and not again else owners[1].get(figure.right_at)  # type: ignore[arg-type]
        if index is not None:
            found.setdefault(index, ([], []))[0].append(figure)
    flagged = {("right", QuoteStatus.ALTERED), ("right", QuoteStatus.UNSUPPORTED), ("left", QuoteStatus.DROPPED)}
    for quote in quotes:
        if (quote.side, quote.status) in flagged or quote.note or quote.speaker_was or quote.shortened:
            index = owners[0 if quote.side == "left" else 1].get(quote.home)
            if index is not None:
                found.setdefault(index, ([], []))[1].append(quote)
    return found


def _title_case(title: str) -> bool:
    """Whether a headline capitalises its words (three or more of four letters or more, each capitalised): its
    capitals then say nothing of names."""
    long = [word for word in title.split() if len(word) >= 4 and word[:1].isalpha()]
    return len(long) >= 3 and all(word[:1].isupper() for word in long)


def headline_changes(left: Document, right: Document, figures: Sequence[FigureFinding] = ()) -> tuple[Change, ...]:
    """The wording changes of the rewrite's headline against the original's (``Document.title``), when both
    have one: a headline that adds a loaded word, drops a hedge or an attribution claims more than the original's.
    Names are left out when either headline capitalises every word (Title Case), and so is a change whose
    words the other article's body states (``core.facts.wording.headline_body``). Spans are in the titles.
    ``figures`` are the bodies' figure findings: a headline figure dropped that the rewrite's body tells, or one
    added that the original's body tells, is neither (``core.facts.figure_headlines``).

    >>> from core.model import Document
    >>> [c.note for c in headline_changes(Document("a", "Storm may hit coast", ()),
    ...                                   Document("b", "Storm will devastate coast!", ()))]
    ['modality: may -> will', 'exclamation mark added: “devastate coast!”']
    """
    titles = left.title.strip(), right.title.strip()
    if not titles[0] or not titles[1] or titles[0] == titles[1]:
        return ()
    diff = word_diff(titles[0], titles[1], CompareOptions())
    found = substantive_changes(*titles, diff, days_between(left.date, right.date))
    if _title_case(titles[0]) or _title_case(titles[1]):
        found = tuple(change for change in found if change.kind is not ChangeKind.NAMES)
    if found:  # what the other article's body states is no change of the claim (``headline_body``)
        found = stated_in_body(found, titles, (left, right), days_between(left.date, right.date))
    changes = _headline_figures(titles, (left, right), figures)
    return tuple(sorted((*changes, *found), key=lambda change: RANK[change.kind])) if changes else found


def _headline_figures(
    titles: tuple[str, str], sides: tuple[Document, Document], bodies: Sequence[FigureFinding]
) -> list[Change]:
    """The figures of two headlines compared as those of one link ("300 hurt" / "More than 500 hurt"), less
    those dropped or added that the other side's body tells."""
    documents = document_from_paragraphs([titles[0]]), document_from_paragraphs([titles[1]])
    ids = [tuple(SentenceId(0, k) for k in range(len(d.paragraphs[0].sentences))) for d in documents]
    link = Link(ids[0], ids[1], LinkKind.CHANGED, 0.0, ())
    findings = [f for f in check_figures(*documents, [link]) if f.status is not FigureStatus.SAME]
    kept = []
    for finding in _paired(findings):
        if finding.status in (FigureStatus.REMOVED, FigureStatus.ADDED):
            dropped = finding.status is FigureStatus.REMOVED
            figure = finding.left if dropped else finding.right
            body = [(f.right if dropped else f.left, f.right_at if dropped else f.left_at) for f in bodies]
            texts = [(x, sides[1 if dropped else 0].sentence(at).text) for x, at in body if x and at]
            if figure is not None and told_in_body(figure, titles[0 if dropped else 1], texts):
                continue  # "300 hurt" in one headline, in the other side's body: not dropped or added
        kept.append(finding)
    return [change for finding in kept if (change := _figure(finding, titles)) is not None]


def link_changes(
    left: Document,
    right: Document,
    links: Sequence[Link],
    figures: Sequence[FigureFinding],
    quotes: Sequence[QuoteFinding],
    stop: Callable[[], bool] | None = None,
) -> dict[int, tuple[Change, ...]]:
    """The substantive changes of each link (see the module docstring)."""
    facts = _facts(links, figures, quotes)
    days_apart = days_between(left.date, right.date)
    result: dict[int, tuple[Change, ...]] = {}
    for index, link in enumerate(links):
        if stop is not None and index % POLL == 0 and stop():
            break
        if link.kind is LinkKind.IDENTICAL and index not in facts:
            continue
        texts = link_text(left, link.left), link_text(right, link.right)
        changes = list(substantive_changes(*texts, link.diff, days_apart))
        link_facts = facts.get(index)
        if link_facts is not None:  # a figure or quote finding in the link (the few)
            link_figures, link_quotes = link_facts
            changes.extend(c for c in (_figure(f, texts) for f in _paired(link_figures)) if c is not None)
            link_quotes = _speakers_renamed(changes, link_quotes) if link_quotes else link_quotes
            if link_quotes:
                changes.append(_quote(link_quotes, texts))
        if changes:
            result[index] = tuple(sorted(changes, key=lambda change: RANK[change.kind]))
    return unattributed_parts(left, right, links, said_elsewhere(left, right, links, result))
