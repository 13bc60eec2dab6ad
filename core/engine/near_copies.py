"""Near copies folded once the rewrite is aligned: of one sentence's versions in several sources, the version the
rewrite matches stands, and the others become notes on it.

API: ``fold_near_copies(document, right, groups, copies, options) -> (Document, groups, new index of each
sentence)``.

``copies`` are the groups of near copies of ``core.load.near_copies`` (flat sentence indices, earliest version
first). First, an aligned group whose left side is one version of a sentence takes the version whose figures
and dates agree best with its right side's (``core.facts.extract_figures``: those the right side states, less
those it does not; a follow-up's "sail again on Friday" is not the first take's "on Monday" however alike the
words, and linking it there would report a date change the rewrite never made), then whose words are most
like its right side's (``word_ratio``; the aligner's choice on a tie), since the aligner's cosines fold
spelling and inflection and ignore function words, so versions differing only there ("spake"/"spoke") tie and
the earliest would win. Then in each, the versions some aligned group uses stand (a correction's "250" when the
rewrite says 250, the first take's "200" when it kept that); when the rewrite uses none, the earliest stands,
as exact repeats do. Every
other version leaves its paragraph (a paragraph left empty is left out) and becomes a
:class:`~core.model.Variant` of the first standing version, with the word diff from that version to it, and its
source's ``near_copies`` counts it; the standing paragraph's label then names that source. So the left side shows
one sentence once, in the version the rewrite's sentence is attributed to, the other noted with its difference.
The groups come back on the new document's flat indices; the list maps each old flat index to its new one
(``None``: folded).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from core.align.aligner import AlignedGroup
from core.diff.worddiff import word_diff
from core.facts import extract_figures
from core.load.near_copies import word_ratio
from core.load.sources import without_sentences
from core.model import Document, SentenceId, Variant
from core.options import CompareOptions


def fold_near_copies(
    document: Document,
    right: Document,
    groups: list[AlignedGroup],
    copies: Sequence[tuple[int, ...]],
    options: CompareOptions,
) -> tuple[Document, list[AlignedGroup], list[int | None]]:
    """Fold the versions the rewrite does not use into the one standing (see the module docstring)."""
    ids = document.sentence_ids()
    if not copies:
        return document, groups, list(range(len(ids)))
    groups = _closest_versions(document, ids, right, groups, copies)
    linked = {i for group in groups for i in group.left}
    folded_into: dict[int, list[int]] = defaultdict(list)  # standing version -> versions folded into it
    for versions in copies:
        standing = [i for i in versions if i in linked] or [versions[0]]
        for i in versions:
            if i not in standing:
                folded_into[standing[0]].append(i)
    dropped = {ids[i] for versions in folded_into.values() for i in versions}
    smaller, moved = without_sentences(document, dropped)
    paragraphs = list(smaller.paragraphs)
    for kept, folded in sorted(folded_into.items()):
        at = moved[ids[kept]]
        added = [_variant(document, ids[i], ids[kept], at.sentence, dropped, options) for i in folded]
        notes = sorted((*paragraphs[at.paragraph].variants, *(v for some in added for v in some)), key=_order)
        paragraphs[at.paragraph] = replace(paragraphs[at.paragraph], variants=tuple(notes))
    counts = Counter(document.paragraphs[sid.paragraph].source for sid in dropped)
    sources = tuple(replace(s, near_copies=s.near_copies + counts[k]) for k, s in enumerate(document.sources))
    new_ids = {sid: k for k, sid in enumerate(smaller.sentence_ids())}
    index: list[int | None] = [new_ids[moved[sid]] if sid in moved else None for sid in ids]
    remapped = [group._replace(left=tuple(_kept(index[i]) for i in group.left)) for group in groups]
    return replace(smaller, paragraphs=tuple(paragraphs), sources=sources), remapped, index


def _closest_versions(
    document: Document,
    ids: list[SentenceId],
    right: Document,
    groups: list[AlignedGroup],
    copies: Sequence[tuple[int, ...]],
) -> list[AlignedGroup]:
    """The groups, each whose left side is one version of a sentence moved to the version most like its right
    (``ids``: the document's sentence ids)."""
    right_ids = right.sentence_ids()
    versions = {i: group for group in copies for i in group}
    used = {i for group in groups for i in group.left}
    changed = list(groups)
    for n, group in enumerate(groups):
        if group.reused or len(group.left) != 1 or group.left[0] not in versions:
            continue
        now = group.left[0]
        target = " ".join(right.sentence(right_ids[j]).text for j in group.right)
        stated = _figure_keys(target)
        free = [v for v in versions[now] if v == now or v not in used]
        best = max(free, key=lambda v: (_agreement(_figure_keys(document.sentence(ids[v]).text), stated),
                                        word_ratio(document.sentence(ids[v]).text, target), v == now, -v))  # fmt: skip
        if best != now:
            used.discard(now)
            used.add(best)
            changed[n] = group._replace(left=(best,))
    return changed


def _figure_keys(text: str) -> set[str]:
    return {figure.key for figure in extract_figures(text)}


def _agreement(version: set[str], stated: set[str]) -> int:
    """How well a version's figures and dates agree with the rewrite's: those the rewrite states, less those it
    does not (a version saying "Monday" where the rewrite says "Friday" is not the one it was written from)."""
    return len(version & stated) - len(version - stated)


def _variant(
    document: Document,
    sid: SentenceId,
    standing: SentenceId,
    at: int,
    dropped: set[SentenceId],
    options: CompareOptions,
) -> list[Variant]:
    """The notes of folded sentence ``sid`` on the ``standing`` one (sentence ``at`` of its new paragraph): one
    for its source, and one for each later source repeating its paragraph when the whole paragraph is folded
    (its ``also_in`` would be lost), but the standing sentence's own source."""
    paragraph = document.paragraphs[sid.paragraph]
    text, here = document.sentence(sid).text, document.paragraphs[standing.paragraph].source
    whole = all(SentenceId(sid.paragraph, s) in dropped for s in range(len(paragraph.sentences)))
    repeating = tuple(k for k in paragraph.also_in if k != here) if whole else ()
    diff = word_diff(document.sentence(standing).text, text, options)
    return [Variant(at, source, text, diff) for source in (paragraph.source, *repeating)]


def _order(variant: Variant) -> tuple[int, int]:
    return variant.sentence, variant.source


def _kept(index: int | None) -> int:
    assert index is not None, "a linked sentence is never folded"
    return index
