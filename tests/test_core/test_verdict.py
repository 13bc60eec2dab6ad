"""The verdict on a comparison: each class on texts written for it, its reason, and its thresholds."""

from __future__ import annotations

import json

import pytest

from core import CompareOptions, compare, comparison_to_dict
from core.engine import ReuseMeasures, Verdict, VerdictThresholds, judge, measure_reuse
from tests.test_core.verdict_texts import INDEPENDENT, PARTIAL, SOURCE, WHOLLY


@pytest.mark.parametrize(
    ("rewrite", "expected"),
    [
        (WHOLLY, Verdict.WHOLLY_DERIVED),
        (PARTIAL, Verdict.PARTIALLY_DERIVED),
        (INDEPENDENT, Verdict.INDEPENDENT),
        (SOURCE, Verdict.WHOLLY_DERIVED),
    ],
)
def test_each_class_on_written_texts(rewrite: str, expected: Verdict) -> None:
    summary = compare(SOURCE, rewrite).summary
    assert summary is not None
    assert summary.verdict is expected, summary.verdict_reason


def test_independent_report_shares_names_places_and_figures_but_is_not_derived() -> None:
    result = compare(SOURCE, INDEPENDENT)
    assert result.summary is not None
    shared = {"Millbrook", "Okafor", "Station", "4.2", "1968"}
    assert all(word in SOURCE and word in INDEPENDENT for word in shared)
    assert result.links, "the aligner links the reports on their shared names and figures"
    assert result.summary.taken_share < VerdictThresholds().independent
    assert result.summary.verdict_reason.startswith("None of the rewrite's 6 sentences")


def test_reason_states_figures_that_the_measures_give() -> None:
    result = compare(SOURCE, PARTIAL)
    measures = measure_reuse(result.right, result.links)
    assert result.summary is not None
    reason = result.summary.verdict_reason
    assert f"{round(measures.taken_share * 100)}% of the rewrite's words" in reason
    assert f"in {measures.taken_sentences} of its {measures.sentences} sentences" in reason
    assert measures.taken_sentences < measures.sentences
    assert f"{round(measures.verbatim_share * 100)}% are the source's word for word" in reason


def test_passage_needs_an_ordinary_content_word() -> None:
    names_only = compare(
        "Prime Minister Anna Berg met President Tom Ruiz on 12 May.", "Anna Berg and Tom Ruiz, 12 May."
    )
    wording = compare(
        "The council closed the old footbridge to traffic.", "Officials say the old footbridge to traffic is shut."
    )
    assert measure_reuse(names_only.right, names_only.links).verbatim_words == 0
    assert (
        measure_reuse(wording.right, wording.links).verbatim_words == 5
    )  # "the old footbridge to traffic" (a rare word: no stock phrase)


@pytest.mark.parametrize(
    ("taken", "expected"),
    [(100, Verdict.WHOLLY_DERIVED), (70, Verdict.WHOLLY_DERIVED), (69, Verdict.PARTIALLY_DERIVED),
     (20, Verdict.PARTIALLY_DERIVED), (19, Verdict.INDEPENDENT), (0, Verdict.INDEPENDENT)],
)  # fmt: skip
def test_thresholds_divide_the_classes(taken: int, expected: Verdict) -> None:
    measures = ReuseMeasures(sentences=10, words=100, taken_sentences=taken // 10, taken_words=taken, verbatim_words=0)
    assert judge(measures)[0] is expected


def test_thresholds_are_configurable() -> None:
    measures = ReuseMeasures(sentences=10, words=100, taken_sentences=5, taken_words=50, verbatim_words=30)
    assert judge(measures)[0] is Verdict.PARTIALLY_DERIVED
    assert judge(measures, VerdictThresholds(wholly=0.5))[0] is Verdict.WHOLLY_DERIVED
    assert judge(measures, VerdictThresholds(independent=0.6, wholly=0.9))[0] is Verdict.INDEPENDENT


def test_empty_rewrite_is_independent_and_says_so() -> None:
    verdict, reason = judge(ReuseMeasures(sentences=0, words=0, taken_sentences=0, taken_words=0, verbatim_words=0))
    assert verdict is Verdict.INDEPENDENT
    assert "0 sentences" in reason


def test_json_summary_carries_the_verdict() -> None:
    data = json.loads(json.dumps(comparison_to_dict(compare(SOURCE, WHOLLY))))
    summary = data["summary"]
    assert summary["verdict"] == "wholly derived"
    assert summary["verdict_reason"].endswith("word for word.")
    assert 0.7 <= summary["taken_share"] <= 1.0
    assert 0 < summary["verbatim_share"] <= summary["taken_share"]


def test_a_rewrite_in_capitals_is_derived_when_case_is_ignored() -> None:
    """Wire copy set in capitals: ignoring case, its runs are the source's ordinary words, not names."""
    shouted = WHOLLY.upper()
    assert compare(SOURCE, shouted).summary.verdict is Verdict.INDEPENDENT  # type: ignore[union-attr]
    summary = compare(SOURCE, shouted, CompareOptions(ignore_case=True)).summary
    assert summary is not None
    assert summary.verdict is Verdict.WHOLLY_DERIVED, summary.verdict_reason
    names_only = compare("Prime Minister Anna Berg met Mayor Tom Hale.", "PRIME MINISTER ANNA BERG MET MAYOR TOM HALE.",
                         CompareOptions(ignore_case=True)).summary  # fmt: skip
    assert names_only is not None and names_only.taken_share == 1.0  # "met" is an ordinary word on the left
    only_names = compare("Prime Minister Anna Berg, Mayor Tom Hale.", "PRIME MINISTER ANNA BERG, MAYOR TOM HALE.",
                         CompareOptions(ignore_case=True)).summary  # fmt: skip
    assert only_names is not None and only_names.taken_share == 0.0  # names on both sides: still no passage
