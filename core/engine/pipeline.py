"""The engine's entry point: two documents in, a :class:`~core.engine.Comparison` out.

Stages: sentence terms (``core.text``) -> alignment (``core.align``; with several sources, their near copies
(``core.load.near_copies``) folded into the version the rewrite matches, ``core.engine.near_copies``) -> a word
diff per link (``core.diff``) -> display rows (``core.align``) -> figures and quotes, then the substantive changes
of each link (``core.facts``) -> summary. Progress goes to ``options.progress``: each stage of ``STAGES`` starts
at its fraction (shares measured on the whole Bible and on 600,000 short lines against an article, which spend
their time in different stages), the word diffs report as they go; the budget and cancel hook are polled
throughout.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from core.align.aligner import AlignedGroup
from core.align.rows import build_rows
from core.align.sources import align_sources, in_one_order
from core.budget import Budget, drop_in_slices
from core.diff.worddiff import word_diff
from core.engine.comparison import Comparison
from core.engine.near_copies import fold_near_copies
from core.engine.summary import Summary, summarize
from core.facts.figure_check import FigureFinding, check_figures
from core.facts.figures import may_hold_figures
from core.facts.quote_check import QuoteFinding, check_quotes
from core.facts.wording import Change, headline_changes, link_changes
from core.load.near_copies import near_copies
from core.model import (
    ComparisonState,
    DiffOp,
    Document,
    Link,
    LinkKind,
    OpKind,
    SentenceId,
    link_text,
)
from core.options import CompareOptions, Stage
from core.text.paragraphs import document_from_text
from core.text.terms import sentence_terms, sentence_words

_DIFF_POLL = 256  # links: how often the diff loop polls the budget and reports progress
TERMS = Stage(0.0, "indexing words")
ALIGNING = Stage(0.1, "aligning sentences")
DIFFING = Stage(0.35, "diffing words")
PAIRING = Stage(0.45, "pairing paragraphs")
FIGURES = Stage(0.5, "checking figures")
QUOTES = Stage(0.7, "checking quotes")
WORDING = Stage(0.75, "finding substantive changes")
SUMMARY = Stage(0.94, "summarizing")
STAGES = (TERMS, ALIGNING, DIFFING, PAIRING, FIGURES, QUOTES, WORDING, SUMMARY)  # in order; 1.0 when done
# (the whole Bible spends 38% in WORDING and 19% in DIFFING; 600,000 short lines 39% in FIGURES and 32% ALIGNING)


def compare(left: Document | str, right: Document | str, options: CompareOptions | None = None) -> Comparison:
    """Compare two articles; plain strings are split into paragraphs and sentences first.

    >>> result = compare("The storm hit the coast. Two died.", "The storm hit the coast on Monday. Two died.")
    >>> [(link.kind.value, link.similarity) for link in result.links]
    [('changed', 0.807), ('identical', 1.0)]
    >>> [op.right for op in result.links[0].diff if op.op.value != "equal"]
    ['on Monday']
    """
    return _compare(left, right, options or CompareOptions())


def _compare(left: Document | str, right: Document | str, options: CompareOptions) -> Comparison:
    started = time.monotonic()
    budget = Budget(options.time_budget, options.should_cancel)
    report = options.progress or (lambda fraction: None)
    report(TERMS.start)
    left_doc = document_from_text(left, name="left") if isinstance(left, str) else left
    right_doc = document_from_text(right, name="right") if isinstance(right, str) else right
    left_ids, right_ids = left_doc.sentence_ids(), right_doc.sentence_ids()
    left_texts = [left_doc.sentence(sid).text for sid in left_ids]
    right_texts = [right_doc.sentence(sid).text for sid in right_ids]
    known: dict[str, tuple[list[str], bool]] = {}  # a sentence text -> its terms and whether it may hold figures
    if len(right_texts) <= len(left_texts):  # the shorter side's texts are looked up, the longer's not kept
        right_terms, right_plain = _keys(right_texts, known)
        left_terms, left_plain = _keys(left_texts, known, record=False)
    else:
        left_terms, left_plain = _keys(left_texts, known)
        right_terms, right_plain = _keys(right_texts, known, record=False)
    drop_in_slices(known)  # the terms stay, shared; the index of texts goes, in slices
    no_figures = (
        {sid for sid, plain in zip(left_ids, left_plain, strict=True) if plain},
        {sid for sid, plain in zip(right_ids, right_plain, strict=True) if plain},
    )
    budget.check_cancel()
    report(ALIGNING.start)
    copies = near_copies(left_doc, options.sources, budget.expired)
    spans = _source_spans(left_doc, left_ids)
    groups = align_sources(left_terms, right_terms, spans, options.alignment, budget, (left_texts, right_texts))
    drop_in_slices(left_texts, right_texts)  # the aligner breaks ties with them; then no longer needed
    if copies:  # of one sentence's versions, the one the rewrite matches stands; the others become its notes
        left_doc, groups, index = fold_near_copies(left_doc, right_doc, groups, copies, options)
        groups = in_one_order(groups)
        new_ids = left_doc.sentence_ids()
        moved = {sid: new_ids[k] for sid, k in zip(left_ids, index, strict=True) if k is not None}
        left_ids, no_figures = new_ids, ({moved[sid] for sid in no_figures[0] if sid in moved}, no_figures[1])
    report(DIFFING.start)
    links = _links(left_doc, right_doc, groups, (left_ids, right_ids), options, budget, report)
    drop_in_slices(left_terms, right_terms, groups, left_ids, right_ids)  # rather than all at once on return
    report(PAIRING.start)
    rows = build_rows(left_doc, right_doc, links)
    figures, quotes, changes, summary = _findings(left_doc, right_doc, links, budget, no_figures, report)
    drop_in_slices(*no_figures)
    report(1.0)
    state = ComparisonState.PARTIAL if budget.ran_out else ComparisonState.COMPLETE
    seconds = round(time.monotonic() - started, 4)
    used = replace(options, should_cancel=None, progress=None)  # the options as made, without the caller's hooks
    headline = () if summary is None else headline_changes(left_doc, right_doc, figures)
    return Comparison(
        left_doc, right_doc, links, rows, state, seconds, figures, quotes, summary, used, changes, headline=headline
    )


def _keys(
    texts: list[str], known: dict[str, tuple[list[str], bool]], record: bool = True
) -> tuple[list[list[str]], list[bool]]:
    """The terms of each sentence text and whether it cannot hold a figure; a text seen before (in ``known``,
    which this fills unless ``record`` is false: the same line on both sides of a huge list) shares the terms it
    had, list and all."""
    terms, plain = [], []
    for text in texts:
        seen = known.get(text)
        if seen is None:
            words = sentence_words(text)
            seen = (sentence_terms(text, words), not may_hold_figures(words))
            if record:
                known[text] = seen
        terms.append(seen[0])
        plain.append(seen[1])
    return terms, plain


def _side_of(document: Document, ids: list[SentenceId], indices: tuple[int, ...]) -> tuple[tuple[SentenceId, ...], str]:
    """The sentences of one side of a group and their ``link_text`` (one sentence: its own text)."""
    if len(indices) == 1:
        sid = ids[indices[0]]
        return (sid,), document.paragraphs[sid[0]].sentences[sid[1]].text
    sids = tuple(ids[i] for i in indices)
    return sids, link_text(document, sids)


def _source_spans(document: Document, ids: list[SentenceId]) -> list[tuple[int, int]]:
    """The half-open ranges of flat sentence indices of each source (they follow one another)."""
    spans: list[tuple[int, int]] = []
    for index, sid in enumerate(ids):
        source = document.paragraphs[sid.paragraph].source
        if source >= len(spans):
            spans += [(index, index)] * (source + 1 - len(spans))
        spans[source] = (spans[source][0], index + 1)
    return spans


def _findings(
    left: Document,
    right: Document,
    links: tuple[Link, ...],
    budget: Budget,
    no_figures: tuple[set[SentenceId], set[SentenceId]],
    report: Callable[[float], None],
) -> tuple[tuple[FigureFinding, ...], tuple[QuoteFinding, ...], dict[int, tuple[Change, ...]], Summary | None]:
    """Figures, quotes, the substantive changes of each link and the summary, unless the budget is spent: then the
    findings made so far (each stage stops at its next poll) and no summary."""
    if budget.expired():
        return (), (), {}, None
    report(FIGURES.start)
    figures = check_figures(left, right, links, no_figures, stop=budget.expired)
    report(QUOTES.start)
    quotes = () if budget.expired() else check_quotes(left, right, links, stop=budget.expired)
    report(WORDING.start)
    changes = {} if budget.expired() else link_changes(left, right, links, figures, quotes, stop=budget.expired)
    report(SUMMARY.start)
    if budget.ran_out:  # some findings were cut short: a summary of them would tell counts that are not the text's
        return figures, quotes, changes, None
    return figures, quotes, changes, summarize(left, right, links, figures, quotes, changes=changes)


def _links(
    left: Document,
    right: Document,
    groups: list[AlignedGroup],
    ids: tuple[list[SentenceId], list[SentenceId]],
    options: CompareOptions,
    budget: Budget,
    report: Callable[[float], None],
) -> tuple[Link, ...]:
    links = []
    coarse = False
    left_paragraphs, right_paragraphs = left.paragraphs, right.paragraphs
    for count, group in enumerate(groups):
        if count % _DIFF_POLL == 0:
            coarse = coarse or budget.expired()
            report(DIFFING.start + (PAIRING.start - DIFFING.start) * count / len(groups))
        if len(group.left) == len(group.right) == 1:  # one sentence a side (most links): ``_side_of`` written out
            left_sid, right_sid = ids[0][group.left[0]], ids[1][group.right[0]]
            left_sids: tuple[SentenceId, ...] = (left_sid,)
            right_sids: tuple[SentenceId, ...] = (right_sid,)
            left_text = left_paragraphs[left_sid[0]].sentences[left_sid[1]].text
            right_text = right_paragraphs[right_sid[0]].sentences[right_sid[1]].text
        else:
            left_sids, left_text = _side_of(left, ids[0], group.left)
            right_sids, right_text = _side_of(right, ids[1], group.right)
        if coarse:
            kind_op = OpKind.EQUAL if left_text == right_text else OpKind.REPLACE
            diff: tuple[DiffOp, ...] = (DiffOp(kind_op, left_text, right_text, 0, 0),)
        else:
            diff = word_diff(left_text, right_text, options, budget.expired)
        if group.moved:
            kind = LinkKind.MOVED
        elif diff[0].op is OpKind.EQUAL if len(diff) == 1 else all(op.op is OpKind.EQUAL for op in diff):
            kind = LinkKind.IDENTICAL
        else:
            kind = LinkKind.CHANGED
        links.append(Link(left_sids, right_sids, kind, round(group.cosine, 3), diff, group.reused))
    return tuple(links)
