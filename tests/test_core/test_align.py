"""Alignment cases on article pairs written for these tests: each edit a rewrite makes, and what must come out."""

from __future__ import annotations

from core import Comparison, LinkKind, RowKind, compare

ORIGINAL = """The city council approved a new budget on Tuesday after a long debate.

The plan raises spending on public transport by 12 per cent and freezes parking charges.

Opposition members said the cuts to library opening hours would hurt poorer families.

The mayor, Elena Whitfield, defended the decision. She said the council had no other choice.

A final vote on the library changes is expected in March."""


def pairs(result: Comparison) -> list[tuple[list[tuple[int, ...]], list[tuple[int, ...]], str]]:
    return [([tuple(s) for s in k.left], [tuple(s) for s in k.right], k.kind.value) for k in result.links]


def test_identical_texts_give_only_identical_links() -> None:
    result = compare(ORIGINAL, ORIGINAL)
    assert {k.kind for k in result.links} == {LinkKind.IDENTICAL}
    assert len(result.links) == 6
    assert all(row.kind is RowKind.IDENTICAL for row in result.rows)


def test_split_sentence_is_one_link_to_two() -> None:
    rewrite = ORIGINAL.replace(
        "The plan raises spending on public transport by 12 per cent and freezes parking charges.",
        "The plan raises spending on public transport by 12 per cent. It also freezes parking charges.",
    )
    links = pairs(compare(ORIGINAL, rewrite))
    assert ([(1, 0)], [(1, 0), (1, 1)], "changed") in links


def test_merged_sentences_are_one_link_from_two() -> None:
    rewrite = ORIGINAL.replace(
        "The mayor, Elena Whitfield, defended the decision. She said the council had no other choice.",
        "The mayor, Elena Whitfield, defended the decision, saying the council had no other choice.",
    )
    links = pairs(compare(ORIGINAL, rewrite))
    assert ([(3, 0), (3, 1)], [(3, 0)], "changed") in links


def test_moved_paragraph_is_linked_and_marked_in_both_places() -> None:
    paragraphs = ORIGINAL.split("\n\n")
    rewrite = "\n\n".join([paragraphs[3], *paragraphs[:3], paragraphs[4]])
    result = compare(ORIGINAL, rewrite)
    moved = [k for k in result.links if k.kind is LinkKind.MOVED]
    assert {s.paragraph for k in moved for s in k.left} == {3}
    assert {s.paragraph for k in moved for s in k.right} == {0}
    moved_rows = [(r.left, r.right) for r in result.rows if r.kind is RowKind.MOVED]
    assert moved_rows == [((), (0,)), ((3,), ())]


def test_reused_sentence_gets_both_links() -> None:
    lead = "Spending on public transport rises by 12 per cent under the plan."
    rewrite = lead + "\n\n" + ORIGINAL
    result = compare(ORIGINAL, rewrite)
    reused = [k for k in result.links if k.reused]
    assert len(reused) == 1 and [tuple(s) for s in reused[0].right] == [(0, 0)]
    assert [tuple(s) for s in reused[0].left] == [(1, 0)]
    assert sum(1 for k in result.links for s in k.left if tuple(s) == (1, 0)) == 2


def test_added_and_dropped_paragraphs_are_unlinked_rows() -> None:
    paragraphs = ORIGINAL.split("\n\n")
    added = "Bus drivers' unions welcomed the extra money but warned of staff shortages."
    rewrite = "\n\n".join([paragraphs[0], paragraphs[1], added, paragraphs[3], paragraphs[4]])
    result = compare(ORIGINAL, rewrite)
    kinds = [(r.left, r.right, r.kind) for r in result.rows]
    assert ((2,), (), RowKind.REMOVED) in kinds
    assert ((), (2,), RowKind.ADDED) in kinds
    assert not any(s.paragraph == 2 for k in result.links for s in k.right)


def test_reworded_sentences_still_link() -> None:
    rewrite = """On Tuesday, following lengthy debate, councillors approved the city's new budget.

Parking charges are frozen and public transport spending rises 12 per cent in the plan.

Cutting library opening hours would harm poorer families, opposition councillors argued.

Mayor Elena Whitfield defended the move, saying the council had no alternative.

The library changes face a final vote in March."""
    result = compare(ORIGINAL, rewrite)
    linked_rows = [(r.left, r.right) for r in result.rows if r.left and r.right]
    assert linked_rows == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,))]
    assert all(k.kind is LinkKind.CHANGED for k in result.links)


def test_us_and_uk_spelling_count_as_the_same_word() -> None:
    result = compare(
        "The organisation's defence of the programme was criticised.",
        "The organization's defense of the program was criticized.",
    )
    assert result.links[0].similarity == 1.0


def test_unrelated_texts_are_not_linked() -> None:
    other = "Heavy snow closed three mountain passes overnight.\n\nSki resorts expect a record season."
    assert compare(ORIGINAL, other).links == ()
