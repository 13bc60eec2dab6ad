"""Progress is honest: ``compare`` and ``build_report`` each report every one of their stages, in order, as the
fraction it starts at (so a caller can name what runs), the rows as they are built, and 1.0 only at the end."""

from __future__ import annotations

from core import CompareOptions, compare
from core.engine import STAGES
from core.options import Stage, stage_at
from core.report import REPORT_STAGES, build_report
from core.report.presentation import PROGRESS_ROWS


def _list_and_article(lines: int) -> tuple[str, str]:
    listing = "\n\n".join(f"Entry {k} of the register was filed on time." for k in range(lines))
    article = "The register was filed on time, the clerk said.\n\nNo entry was missing from it this year."
    return listing, article


def test_compare_reports_each_stage_in_order_and_one_only_at_the_end() -> None:
    seen: list[float] = []
    compare(*_list_and_article(600), CompareOptions(progress=seen.append))
    assert seen == sorted(seen) and seen[-1] == 1.0 and seen.count(1.0) == 1
    assert all(stage.start in seen for stage in STAGES)
    assert {stage_at(STAGES, fraction) for fraction in seen} == set(STAGES)


def test_build_report_reports_its_rows_as_it_builds_them_then_its_findings() -> None:
    comparison = compare(*_list_and_article(2 * PROGRESS_ROWS + 10))
    seen: list[float] = []
    report = build_report(comparison, seen.append)
    rows, findings = REPORT_STAGES
    assert seen == sorted(seen) and seen[-1] == 1.0 and seen.count(1.0) == 1
    assert len([f for f in seen if rows.start < f < findings.start]) == 2  # at rows 4,096 and 8,192
    assert findings.start in seen
    assert report.findings == build_report(comparison).findings  # the hook changes nothing


def test_stage_at_names_the_stage_a_fraction_falls_in() -> None:
    stages = (Stage(0.0, "first"), Stage(0.5, "second"))
    assert [stage_at(stages, f).label for f in (0.0, 0.49, 0.5, 1.0)] == ["first", "first", "second", "second"]
