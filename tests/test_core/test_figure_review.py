"""A new user's review of the figures (issues 15/16): values written out, phone numbers and codes, rates that
mean "always", "over" meaning "during", and averages."""

from __future__ import annotations

import pytest

from core import compare
from core.export import report_to_html
from core.facts import FigureStatus, extract_figures, quoted, shown_value
from core.facts.figure_model import FigureKind
from core.facts.figure_text import number_text, value_text
from core.report import build_report
from tests.test_core.figure_findings import changed_figures


def test_a_value_in_billions_is_written_out_in_the_note_and_the_report() -> None:
    comparison = compare("The deficit reached £24m last year.", "The deficit reached £24bn last year.")
    (finding,) = [f for f in comparison.numbers if f.status is FigureStatus.CHANGED]
    assert finding.note == "value: £24,000,000 -> £24,000,000,000"
    assert finding.right is not None and shown_value(finding.right) == "£24,000,000,000"
    assert quoted(finding.right) == "£24bn (£24,000,000,000)"
    html = report_to_html(build_report(comparison))
    assert "e+" not in html and "£24,000,000,000" in html


@pytest.mark.parametrize("text", ["$3.2tn", "9 trillion", "£0.000001m", "a 0.00001% share", "40,000,000,000 people"])
def test_no_value_is_shown_in_scientific_notation(text: str) -> None:
    (figure,) = extract_figures(text)
    for shown in (value_text(figure), shown_value(figure), quoted(figure)):
        assert "e+" not in shown and "e-" not in shown, shown


def test_numbers_are_written_with_thousands_separators() -> None:
    assert [number_text(v) for v in (3.2e12, 1234567.0, 0.125, 7.0)] == ["3,200,000,000,000", "1,234,567", "0.125", "7"]


@pytest.mark.parametrize(
    "text",
    [
        "For advice, call 01632 960 415.",
        "Ring the office on (01632) 960415 today.",
        "Its number is 0161-496-0000, a spokesman said.",
        "Call us on 555 0199 or +44 20 7946 0958.",
        "Dial 999 for an ambulance.",
        "The hotline, 555-123-4567, opens today.",
        "Letters go to SW1A 1AA and M1 1AE.",
        "Quote case number 48213 or ref 2024/0157.",
        "He boarded flight 370 with an F-35 pilot.",
        "The freephone number 0800 123 4567 is free.",
    ],
)
def test_phone_numbers_postcodes_and_codes_are_no_figures(text: str) -> None:
    assert [f.text for f in extract_figures(text) if f.kind is not FigureKind.DATE] == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The order 300 tonnes of grain arrived.", ["300"]),
        ("It left at 0600 and landed at 1400 GMT.", ["0600", "1400"]),
        ("They spent on 10 000 items.", ["10", "000"]),
        ("About 300 residents called 999 times.", ["About 300", "999"]),
    ],
)
def test_quantities_near_codes_are_still_figures(text: str, figures: list[str]) -> None:
    assert [f.text for f in extract_figures(text)][: len(figures)] == figures


def test_a_dropped_phone_number_is_no_dropped_figure() -> None:
    left = ["Residents can call 01632 960 415 for help, the council said."]
    right = ["Residents can call the council for help, it said."]
    assert changed_figures(left, right) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The library is open seven days a week, staff said.", "The library is open every day, staff said."),
        ("The library is open 7 days per week.", "The library is open daily."),
        ("Nurses staff the ward 24 hours a day.", "Nurses staff the ward round the clock."),
        ("The line is staffed 24 hours a day, seven days a week.", "The line is staffed 24/7."),
    ],
)
def test_a_rate_that_fills_its_period_is_always(left: str, right: str) -> None:
    assert changed_figures([left], [right]) == []


def test_another_rate_is_a_changed_figure() -> None:
    (change,) = changed_figures(["The gym opens seven days a week."], ["The gym opens five days a week."])
    assert change[:3] == (FigureStatus.CHANGED, "seven", "five")


def test_over_before_a_span_of_time_at_a_clause_start_means_during() -> None:
    left = ["The pilot scheme ran for three years before ministers ended it."]
    right = ["Over three years, a small team ran the pilot scheme before ministers ended it."]
    assert changed_figures(left, right) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Over three years, a team built it.", "exact"),
        ("Prices rose over three years.", "exact"),
        ("A 5% rise over three years was seen.", "exact"),
        ("It grew over the three years of the trial.", "exact"),
        ("The talks ran for over three years.", "lower bound"),
        ("It took over three years.", "lower bound"),
        ("Over 300 people came.", "lower bound"),
    ],
)
def test_over_is_during_only_before_a_span_opening_a_clause_or_after_a_change(text: str, qualifier: str) -> None:
    figure = next(f for f in extract_figures(text) if "three" in f.text or "300" in f.text)
    assert figure.qualifier.value == qualifier


def test_a_preposition_after_a_sum_is_no_counted_thing() -> None:
    (figure,) = extract_figures("The fund lost £18m over the year.")
    assert figure.counted == ""


def test_an_average_dropped_is_a_qualifier_change() -> None:
    left = ["Patients waited an average of eleven weeks for surgery last year."]
    right = ["Patients waited eleven weeks for surgery last year."]
    (change,) = changed_figures(left, right)
    assert change[0] is FigureStatus.CHANGED and change[3] == "qualifier: average -> exact"


@pytest.mark.parametrize(
    "text",
    ["Trains ran a mean of 8 minutes late.", "Trains ran 8 minutes late on average.", "A median of 8 minutes."],
)
def test_averages_are_read_before_and_after_a_figure(text: str) -> None:
    assert [f.qualifier.value for f in extract_figures(text)] == ["average"]


def test_an_average_said_after_a_range_hedges_the_whole_range() -> None:
    (figure,) = extract_figures("Pay ranges between £40,000 and £65,000, on average.")
    assert (figure.low, figure.high, figure.qualifier.value) == (40_000, 65_000, "average")
    assert [f.qualifier.value for f in extract_figures("It scored between 4 and an average of 6.")] == [
        "exact",
        "average",
    ]


def test_an_average_said_two_ways_is_the_same_figure() -> None:
    left = ["Drivers waited an average of 40 minutes at the border."]
    right = ["Drivers waited 40 minutes on average at the border."]
    assert changed_figures(left, right) == []
