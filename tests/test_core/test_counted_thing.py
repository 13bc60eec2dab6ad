"""A figure whose counted thing became another thing is a changed figure; a rewording of it is not."""

from __future__ import annotations

import pytest

from core import compare, document_from_text
from core.facts import FigureStatus


def only_finding(left: str, right: str) -> tuple[FigureStatus, str]:
    (finding,) = compare(document_from_text(left), document_from_text(right)).numbers
    return finding.status, finding.note


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("soldiers", "civilians"),
        ("children", "adults"),
        ("women", "men"),
        ("dead", "injured"),
    ],
)
def test_another_counted_thing_is_a_change_of_fact(before: str, after: str) -> None:
    status, note = only_finding(
        f"Officials said the storm left 40 {before} in the valley, far from the town.",
        f"Officials said the storm left 40 {after} in the valley, far from the town.",
    )
    assert status is FigureStatus.CHANGED and note == f"counted thing changed: {before} -> {after}"


@pytest.mark.parametrize(
    ("before", "after"),
    [("children", "kids"), ("soldiers", "troops"), ("people", "residents"), ("devices", "phones"), ("dead", "deaths")],
)
def test_a_reworded_counted_thing_is_the_same_figure(before: str, after: str) -> None:
    status, note = only_finding(
        f"Officials said the storm left 40 {before} in the valley, far from the town.",
        f"Officials said the storm left 40 {after} in the valley, far from the town.",
    )
    assert status is FigureStatus.SAME and "counted thing changed" not in note


def test_a_counted_thing_changed_is_a_substantive_change() -> None:
    comparison = compare(
        document_from_text("Officials said the storm left 40 soldiers in the valley, far from the town."),
        document_from_text("Officials said the storm left 40 civilians in the valley, far from the town."),
    )
    notes = [change.note for changes in comparison.changes.values() for change in changes]
    assert any("counted thing changed" in note for note in notes), notes


@pytest.mark.parametrize(
    ("before", "after"),
    [("two decades", "twenty years"), ("18 months", "1.5 years"), ("5 miles", "8 km"), ("2,000 metres", "2 km")],
)
def test_one_amount_in_two_units_is_the_same_figure(before: str, after: str) -> None:
    status, note = only_finding(
        f"The survey of the harbour wall ran for {before}, the engineers said.",
        f"The survey of the harbour wall ran for {after}, the engineers said.",
    )
    assert status is FigureStatus.SAME and note.startswith("converted:"), note


@pytest.mark.parametrize(
    ("before", "after"), [("two decades", "ten years"), ("5 miles", "5 km"), ("3 days", "3 weeks")]
)
def test_another_amount_in_another_unit_is_a_change(before: str, after: str) -> None:
    status, note = only_finding(
        f"The survey of the harbour wall ran for {before}, the engineers said.",
        f"The survey of the harbour wall ran for {after}, the engineers said.",
    )
    assert status is FigureStatus.CHANGED and note == f"amount: {before} -> {after}"
