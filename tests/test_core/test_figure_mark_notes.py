"""A figure mark's note (the window's tooltip, the HTML report's title text) says what became of the figure in
words: "figure added: 1,200", never "figure added: - -> 1,200"."""

from __future__ import annotations

from core import article_from_text, compare
from core.report import Mark, build_report


def _figure_notes(left: str, right: str) -> set[str]:
    report = build_report(compare(article_from_text(left, "a.txt"), article_from_text(right, "b.txt")))
    runs = [run for row in report.presentation.rows for run in (*row.left, *row.right)]
    return {run.note for run in runs if Mark.FIGURE in run.marks}


def test_a_figure_added_or_removed_is_told_without_an_empty_side() -> None:
    notes = _figure_notes(
        "Firefighters worked through the night to hold the line above the village.\n\nThe road stayed shut.",
        "About 1,200 firefighters worked through the night to hold the line above the village.\n\n"
        "The road stayed shut until 6pm.",
    )
    assert {"figure added: About 1,200", "figure added: 6pm (18:00)"} <= notes, notes
    assert not any("- ->" in note or "-> -" in note for note in notes), notes


def test_a_changed_figure_keeps_both_values_and_the_note() -> None:
    notes = _figure_notes(
        "About 300 residents left their homes, police said.", "More than 300 residents left their homes, police said."
    )
    assert notes == {"figure changed: About 300 -> More than 300 (qualifier: approximate -> lower bound)"}


def test_a_time_at_the_end_of_a_sentence_leaves_the_full_stop_out() -> None:
    from core.facts.figures import extract_figures

    assert [f.text for f in extract_figures("The road stayed shut until 6pm. It opened at 7 a.m. on Friday.")] == [
        "6pm",
        "7 a.m.",
        "Friday",
    ]


def test_a_century_is_a_hundred_years() -> None:
    from core import compare as compare_texts

    comparison = compare_texts(
        "The mill has stood on the river for more than a century, its owner said.",
        "The mill has stood on the river for over 100 years, its owner said.",
    )
    assert [(f.status.value, f.left.text if f.left else "") for f in comparison.numbers] == [
        ("same", "more than a century")
    ]
