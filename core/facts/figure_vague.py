"""Vague figures ("hundreds of homes", "tens of thousands") against exact ones: paired last, inside one link.

API: ``counts_the_same(a, b) -> bool``,
``vague_partners(removed, added, links, related) -> list[tuple[Located, Located]]``.

A vague magnitude (``Qualifier.VAGUE``: a count whose value is a range) is the counterpart of an exact figure in
the same sentence pair ("About 300 residents were evacuated" -> "Hundreds of residents were evacuated": made
vague), but it is a weak one: when the exact figure has an equal one elsewhere on the other side, that one is its
counterpart (the original's "hundreds of homes" in the lead and "about 400 properties" further down, the
rewrite's "more than 400 homes" in its lead: the 400 moved up, the hundreds dropped). So ``core.facts.figure_check``
pairs a vague figure with an exact one only after every other pass: with a figure of its kind left over in the
same link that counts the same thing or lies within its range (one that counts the same thing first); then with
the one figure of its kind left in the link as it is, unless the two count different things ("hundreds more"
-> "about 1,000 more": a changed value; "three villages" / "hundreds of hives": none);
else with one in a neighbouring link (``NEIGHBOURS`` either way) that counts the same thing, lies within its
range and stands in a ``related`` sentence (two content words in common: "dozens of people were taken from
windows by boat" / "At least 40 people were taken from their windows"). Two equal magnitudes meet only when
they count the same thing ("a few hundred homes" is no "hundreds of police officers" moved), in one link too.

>>> from core.facts.figures import extract_figures
>>> from core.model import Link, LinkKind, SentenceId
>>> at = SentenceId(0, 0)
>>> link = Link((at,), (at,), LinkKind.CHANGED, 0.5, ())
>>> removed = [(f, at) for f in extract_figures("About 300 residents left")]
>>> added = [(f, at) for f in extract_figures("Hundreds of residents left")]
>>> [(a[0].text, b[0].text) for a, b in vague_partners(removed, added, [link], lambda a, b: False)]
[('About 300', 'Hundreds')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from core.facts.figure_model import Located
from core.facts.figure_values import one_vague, same_counted, within
from core.facts.figures import Figure, FigureKind, Qualifier
from core.model import Link, SentenceId

NEIGHBOURS = 2  # links either way in which a magnitude may meet its figure in a related sentence


def counts_the_same(a: Figure, b: Figure) -> bool:
    """Whether both figures say what they count, and it is the same thing."""
    return bool(a.counted and b.counted) and same_counted(a, b)


def _partners(a: Figure, b: Figure) -> bool:
    """A vague and an exact figure of one kind that count the same thing, or the exact one within the vague one's
    range: "3 leaves" is no counterpart of "hundreds of years"."""
    return a.kind is b.kind and one_vague(a, b) and (counts_the_same(a, b) or within(a, b))


def _lone(located: Sequence[Located]) -> set[FigureKind]:
    """The kinds of which one figure alone is left over (on one side of one link)."""
    counts = Counter(x[0].kind for x in located)
    return {kind for kind, count in counts.items() if count == 1}


def _pick(
    lefts: list[Located], rights: list[Located], test: Callable[[Located, Located], bool]
) -> list[tuple[Located, Located]]:
    """Each left figure paired with the first right one that passes ``test`` (one counting the same thing first);
    the paired ones are taken out of both lists."""
    pairs = []
    for a in list(lefts):
        candidates = [b for b in rights if test(a, b)]
        match = next((b for b in candidates if same_counted(a[0], b[0])), candidates[0] if candidates else None)
        if match is not None:
            lefts.remove(a)
            rights.remove(match)
            pairs.append((a, match))
    return pairs


def _in_one_link(lefts: list[Located], rights: list[Located]) -> list[tuple[Located, Located]]:
    """The pairs inside one link: partners first, then the one figure of a kind left on each side."""
    pairs = _pick(lefts, rights, lambda a, b: _partners(a[0], b[0]))
    lone = _lone(lefts) & _lone(rights)
    return pairs + _pick(lefts, rights, lambda a, b: a[0].kind is b[0].kind and a[0].kind in lone
                         and one_vague(a[0], b[0]) and same_counted(a[0], b[0]))  # fmt: skip


def vague_partners(
    removed: Sequence[Located],
    added: Sequence[Located],
    links: Sequence[Link],
    related: Callable[[SentenceId, SentenceId], bool],
) -> list[tuple[Located, Located]]:
    """Pairs of a vague and an exact figure of one kind left over (see the module docstring)."""
    if not any(x[0].qualifier is Qualifier.VAGUE for x in (*removed, *added)):
        return []  # most texts: no vague figure left over
    link_of = ({sid: k for k, link in enumerate(links) if link.right for sid in link.left},
               {sid: k for k, link in enumerate(links) if link.left for sid in link.right})  # fmt: skip
    vague_links = {k for side, located in enumerate((removed, added)) for x in located
                   if x[0].qualifier is Qualifier.VAGUE and (k := link_of[side].get(x[1])) is not None}  # fmt: skip
    by_link: dict[int, tuple[list[Located], list[Located]]] = defaultdict(lambda: ([], []))
    for side, located in enumerate((removed, added)):
        for x in located:
            if (k := link_of[side].get(x[1])) in vague_links:
                by_link[k][side].append(x)
    pairs = [pair for k in sorted(vague_links) for pair in _in_one_link(*by_link[k])]
    used = {id(x) for pair in pairs for x in pair}
    free_by_link: dict[int, list[Located]] = defaultdict(list)
    for b in added:
        if id(b) not in used and (k := link_of[1].get(b[1])) is not None:
            free_by_link[k].append(b)
    for a in removed:  # a magnitude and its figure in related sentences of neighbouring links
        k = link_of[0].get(a[1])
        if id(a) in used or k is None:
            continue
        nearby = (b for n in range(k - NEIGHBOURS, k + NEIGHBOURS + 1) for b in free_by_link.get(n, ()))
        match = next((b for b in nearby if id(b) not in used and a[0].kind is b[0].kind and one_vague(a[0], b[0])
                      and within(a[0], b[0]) and counts_the_same(a[0], b[0])
                      and related(a[1], b[1])), None)  # fmt: skip
        if match is not None:
            used.add(id(match))
            pairs.append((a, match))
    return pairs
