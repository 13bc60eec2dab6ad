"""A list against a copy of itself with small edits (issue 16): the shortcuts for lines both sides share give
what the long way gives, and apply only where they may."""

from __future__ import annotations

from typing import Any

import pytest

from core import Document, Link, compare
from core.align import anchors
from core.align.anchors import find_anchors
from core.align.vectors import build_vectors
from core.engine import reuse
from core.engine.pipeline import _keys
from core.facts import figure_check
from core.facts.figure_check import FigureStatus, check_figures
from core.load import ReadBefore, article, article_from_text
from core.load.boilerplate import is_boilerplate
from core.options import AlignmentThresholds


def _lines(count: int) -> list[str]:
    return [f"Entry {k} of the harbour register, {k * 7} tonnes." for k in range(1, count + 1)]


def _edited(lines: list[str]) -> list[str]:
    """Some lines reworded (one with another figure), one dropped, one added."""
    out = list(lines)
    out[3] = out[3].replace("harbour", "port")
    out[9] = "Entry 10 of the harbour register, 71 tonnes."
    del out[14]
    out.insert(20, "A late note on the register, 5 boats.")
    return out


_BOILERPLATE = "Advertisement"


def _text(lines: list[str]) -> str:
    return "\n".join([*lines[:5], _BOILERPLATE, *lines[5:]]) + "\n"


def test_a_second_text_loaded_with_what_the_first_learnt_is_the_same_document() -> None:
    lines = _lines(30)
    read = ReadBefore()
    first = article_from_text(_text(lines), "a.txt", read=read)
    second = article_from_text(_text(_edited(lines)), "b.txt", read=read)
    assert first == article_from_text(_text(lines), "a.txt")
    assert second == article_from_text(_text(_edited(lines)), "b.txt")
    assert _BOILERPLATE in second.boilerplate  # a boilerplate line is still set aside
    shared = {p.text: p for p in first.paragraphs}
    for paragraph in second.paragraphs:  # a paragraph of both texts is one object; another is made anew
        assert (paragraph is shared.get(paragraph.text)) == (paragraph.text in shared)
    assert sum(p.text in shared for p in second.paragraphs) >= len(second.paragraphs) - 3


def test_lines_read_before_are_not_tested_for_boilerplate_again(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(12)
    read = ReadBefore()
    article_from_text(_text(lines), "a.txt", read=read)
    tested: list[str] = []

    def counting(line: str) -> bool:
        tested.append(line)
        return is_boilerplate(line)

    monkeypatch.setattr(article, "is_boilerplate", counting)
    text = _text([*lines, "", "A line never seen before, 3 of them."])
    again = article_from_text(text, "b.txt", read=read)
    assert "A line never seen before, 3 of them." in tested and _BOILERPLATE in tested
    assert not set(lines) & set(tested)  # known clean: untested
    assert again == article_from_text(text, "b.txt") and _BOILERPLATE in again.boilerplate
    assert set(lines) & set(tested)  # without what the first text's loading learnt, they are tested


def _comparison() -> tuple[Document, Document, tuple[Link, ...]]:
    lines = _lines(40)
    result = compare("\n".join(lines), "\n".join(_edited(lines)))
    return result.left, result.right, result.links


def test_lines_of_both_sides_get_the_findings_of_the_pairing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    left, right, links = _comparison()
    calls: list[bool] = []
    making = figure_check._one_to_one

    def spying(*args: Any) -> figure_check.PairOne:
        pair_one = making(*args)

        def spy(*pair: Any) -> Any:
            found = pair_one(*pair)
            calls.append(found[0] is None)
            return found

        return spy

    monkeypatch.setattr(figure_check, "_one_to_one", spying)
    quick = check_figures(left, right, links)
    assert calls.count(True) >= 30 and calls.count(False) >= 2  # shortcut taken for the shared lines only
    monkeypatch.setattr(figure_check, "_one_to_one", making)
    monkeypatch.setattr(figure_check, "_equals_itself", lambda figure: False)  # no shortcut at all
    monkeypatch.setattr(figure_check, "_unchanged", lambda lefts, rights: None)
    assert quick == check_figures(left, right, links)
    statuses = {finding.status for finding in quick}
    assert {FigureStatus.SAME, FigureStatus.CHANGED, FigureStatus.REMOVED, FigureStatus.ADDED} <= statuses


def test_unlinked_sentences_are_those_no_link_holds() -> None:
    left, right, links = _comparison()
    for document, side in ((left, "left"), (right, "right")):
        linked = {sid for link in links for sid in getattr(link, side)}
        expected = [sid for sid in document.sentence_ids() if sid not in linked]
        assert figure_check._unlinked(document, linked) == expected and expected
        assert figure_check._unlinked(document, set(document.sentence_ids())) == []


def test_gap_bounds_of_links_out_of_order_are_those_of_sorted_links() -> None:
    links = _comparison()[2]
    assert figure_check._gap_bounds(links[::-1]) == figure_check._gap_bounds(links)


def test_reuse_of_one_passage_lines_is_what_the_long_way_measures(monkeypatch: pytest.MonkeyPatch) -> None:
    _, right, links = _comparison()
    calls: list[int] = []
    adding = reuse._one_passage

    def counting(*args: Any) -> bool:
        calls.append(1)
        return adding(*args)

    monkeypatch.setattr(reuse, "_one_passage", counting)
    quick = reuse.measure_reuse(right, links)
    assert len(calls) >= 30 and quick.taken_sentences >= 30  # the shortcut took the lines
    monkeypatch.setattr(reuse, "_one_passage", lambda *args: False)  # every link the long way
    assert reuse.measure_reuse(right, links) == quick


def test_anchors_of_shared_lines_are_those_the_dot_products_give(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(60)
    known: dict[str, tuple[list[str], bool]] = {}
    right_terms, _ = _keys(_edited(lines), known)
    left_terms, _ = _keys(lines, known, record=False)
    left, right = build_vectors(left_terms, right_terms)
    ranges = (0, len(left)), (0, len(right))
    quick = find_anchors(left, right, *ranges, AlignmentThresholds())
    assert sum(left.vectors[a.left] is right.vectors[a.right] for a in quick) >= 50  # the shortcut's pairs
    monkeypatch.setattr(anchors, "PLAIN_SUM", False)  # every pair through pair_cosine
    assert find_anchors(left, right, *ranges, AlignmentThresholds()) == quick
