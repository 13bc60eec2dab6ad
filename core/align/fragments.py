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
linked and the piece shares a term with the link's other side or has at most ``fragment_words`` words (a
lead-in such as "He added:" has nothing to share). Runs of such pieces join one after the other.

>>> from core.align.vectors import build_vectors
>>> texts = (["Then the minister said, he will resign today."], ["Then the minister said,", "He will resign today."])
>>> left, right = build_vectors([["minist", "said", "resign", "today"]], [["minist", "said"], ["resign", "today"]],
...                             texts)
>>> attach_fragments(left, right, [Group((0,), (1,), 0.7)], AlignmentThresholds())
[Group(left=(0,), right=(0, 1), cosine=1.0)]
"""

from __future__ import annotations

from core.align.gapfill import Group
from core.align.vectors import SideVectors, group_cosine
from core.options import AlignmentThresholds
from core.text.terms import sentence_words

OPEN_ENDS = (",", ":", ";", "—", "–")  # a sentence ending in one of these runs on into the next


def attach_fragments(
    left: SideVectors, right: SideVectors, groups: list[Group], thresholds: AlignmentThresholds
) -> list[Group]:
    """The links with the unfinished sentences beside them joined in (see the module docstring)."""
    if not left.texts or not right.texts or not groups:
        return groups
    members: list[list[list[int]]] = [[list(g.left), list(g.right)] for g in groups]
    grown: set[int] = set()
    for side in (0, 1):
        own, other = (left, right) if side == 0 else (right, left)
        owner = {i: k for k, member in enumerate(members) for i in member[side]}
        for i in range(len(own) - 2, -1, -1):  # lead-ins, from the end: a run of them joins one by one
            k = owner.get(i + 1)
            if (
                k is not None
                and i not in owner
                and _leads_on(own.texts[i])
                and _fits(own, i, other, members[k][1 - side], thresholds)
            ):
                members[k][side].insert(0, i)
                owner[i] = k
                grown.add(k)
        for i in range(1, len(own)):  # tails, from the start
            k = owner.get(i - 1)
            if (
                k is not None
                and i not in owner
                and _carries_on(own.texts[i])
                and _fits(own, i, other, members[k][1 - side], thresholds)
            ):
                members[k][side].append(i)
                owner[i] = k
                grown.add(k)
    return [
        Group(tuple(lids), tuple(rids), group_cosine(left, lids, right, rids)) if k in grown else groups[k]
        for k, (lids, rids) in enumerate(members)
    ]


def _leads_on(text: str) -> bool:
    return text.rstrip().endswith(OPEN_ENDS)


def _carries_on(text: str) -> bool:
    words = text.split(maxsplit=1)
    first = words[0].strip("\"'“‘(") if words else ""
    return first.isalpha() and first.islower()


def _fits(own: SideVectors, i: int, other: SideVectors, other_ids: list[int], thresholds: AlignmentThresholds) -> bool:
    """Whether a piece may join a link whose other side is ``other_ids``: it shares a term with it, or is short."""
    if len(sentence_words(own.texts[i])) <= thresholds.fragment_words:
        return True
    terms = own.vectors[i].keys()
    return any(not terms.isdisjoint(other.vectors[j].keys()) for j in other_ids)
