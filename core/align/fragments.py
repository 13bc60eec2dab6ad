"""Unfinished sentences: a lead-in that ends open ("For," / "He said:" / "apt to teach;") or a tail that starts
in lower case ("says the minister.") belongs with the sentence it runs into.

API: ``attach_fragments(left, right, groups, thresholds) -> list[Group]``, the groups in the order given.

A layout that sets a quotation apart (a stanza, a block quote, a list) cuts one sentence into pieces: "Therefore,
as the prophet says," ends one paragraph and the words quoted start the next; "says the Lord." stands alone
after them. A version that keeps the sentence whole links it to one of the pieces; the others, with almost
nothing of their own to compare, are left unlinked beside that link. The same holds for a sentence that ends in
a colon or a semicolon and carries on in the next one, which a rewrite merges into it.

So an unlinked sentence that ends open (a comma, colon, semicolon or dash) joins the link of the sentence after
it, and one whose first word is in lower case joins the link of the sentence before it, when that sentence is
linked and the piece shares a term with the link's other side, has at most ``fragment_words`` words (a
lead-in such as "He added:" has nothing to share) or ends in a colon (it introduces what follows: "Then came
the promise everyone had waited for:" before the sentence a rewrite merged it into). Runs of such
pieces join one after the other. A piece does not join when an unlinked sentence beside the link's other side
shares more of its weight (dot product) than that whole side does: the piece then has a partner of its own
that the alignment missed, and is no leftover of a sentence kept whole.

>>> from core.align.vectors import build_vectors
>>> texts = (["Then the minister said, he will resign today."], ["Then the minister said,", "He will resign today."])
>>> left, right = build_vectors([["minist", "said", "resign", "today"]], [["minist", "said"], ["resign", "today"]],
...                             texts)
>>> attach_fragments(left, right, [Group((0,), (1,), 0.7)], AlignmentThresholds())
[Group(left=(0,), right=(0, 1), cosine=1.0)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter

from core.align.gapfill import Group
from core.align.vectors import SideVectors, dot, group_cosine
from core.options import AlignmentThresholds
from core.text.terms import sentence_words

_SIDE: tuple[Callable[[Group], tuple[int, ...]], ...] = (attrgetter("left"), attrgetter("right"))  # a link's side
OPEN_ENDS = (",", ":", ";", "—", "–")  # a sentence ending in one of these runs on into the next


def attach_fragments(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The links with the unfinished sentences beside them joined in (see the module docstring)."""
    if not left.texts or not right.texts or not groups:
        return groups
    joined: dict[int, list[list[int]]] = {}  # the links a piece joined: their left and right sentences so far

    def ids(k: int, side: int) -> Sequence[int]:
        member = joined.get(k)
        return _SIDE[side](groups[k]) if member is None else member[side]

    for side in (0, 1):
        own, other = (left, right) if side == 0 else (right, left)
        mine, theirs = _SIDE[side], _SIDE[1 - side]
        owner = {i: k for k, group in enumerate(groups) for i in mine(group)}
        taken = {j for group in groups for j in theirs(group)}  # the other side's linked sentences
        for n, member in joined.items():
            owner.update(dict.fromkeys(member[side], n))
            taken.update(member[1 - side])
        # lead-ins join the link after them, from the end; tails the link before them, from the start (a run of
        # pieces joins one by one)
        for pieces, step, unfinished in (
            (range(len(own) - 2, -1, -1), 1, _leads_on),
            (range(1, len(own)), -1, _carries_on),
        ):
            for i in [i for i in pieces if i not in owner]:  # (owner only grows: a linked one stays linked)
                k = owner.get(i + step)
                if (
                    k is not None
                    and i not in owner
                    and unfinished(own.texts[i])
                    and _fits(own, i, (other, ids(k, 1 - side), taken), thresholds)
                ):
                    member = joined.get(k) or joined.setdefault(k, [list(groups[k].left), list(groups[k].right)])
                    member[side].insert(0 if step == 1 else len(member[side]), i)
                    owner[i] = k
    out = list(groups)
    for k, (lids, rids) in joined.items():
        out[k] = Group(tuple(lids), tuple(rids), group_cosine(left, lids, right, rids))
    return out


def _leads_on(text: str) -> bool:
    return text.rstrip().endswith(OPEN_ENDS)


def _carries_on(text: str) -> bool:
    words = text.split(maxsplit=1)
    first = words[0].strip("\"'“‘(") if words else ""
    return first.isalpha() and first.islower()


def _fits(
    own: SideVectors, i: int, link: tuple[SideVectors, Sequence[int], set[int]], thresholds: AlignmentThresholds
) -> bool:
    """Whether a piece may join a link whose other side is ``other_ids`` (``taken``: the other side's linked
    sentences): it shares a term with it, or is short, and no unlinked sentence beside it shares more."""
    other, other_ids, taken = link
    vector = own.vectors[i]
    lead_in = own.texts[i].rstrip().endswith(":")  # it introduces what follows: no word need be shared
    if (
        not lead_in
        and len(sentence_words(own.texts[i])) > thresholds.fragment_words
        and all(vector.keys().isdisjoint(other.vectors[j].keys()) for j in other_ids)
    ):
        return False
    explained = sum(dot(vector, other.vectors[j]) for j in other_ids)
    rivals = _free_beside(other_ids, taken, len(other), thresholds.fragment_rivals)
    return all(dot(vector, other.vectors[j]) <= explained for j in rivals)


def _free_beside(ids: Sequence[int], taken: set[int], size: int, reach: int) -> list[int]:
    """The unlinked sentences next to ``ids``, up to the nearest linked one or ``reach`` away on each side."""
    free = []
    for start, step in ((min(ids) - 1, -1), (max(ids) + 1, 1)):
        j = start
        while 0 <= j < size and j not in taken and abs(j - start) < reach:
            free.append(j)
            j += step
    return free
