"""The HTML legend's samples read as the words they mark: the cosmetic rewording sample is one whole, dimmed word,
never a word with part of it struck through ("re̶worded"); each sample stands in one box with its meaning, so a
line never ends between them."""

from __future__ import annotations

import re

from core.export.to_html import legend_html
from core.report import LEGEND, Mark


def _sample(mark: Mark) -> str:
    (entry,) = [entry for entry in LEGEND if entry.mark is mark]
    found: list[str] = re.findall(r"<dt>(.*?)</dt>", legend_html())
    (dt,) = [dt for dt in found if entry.sample in dt]
    return dt


def test_the_cosmetic_sample_strikes_nothing() -> None:
    sample = _sample(Mark.COSMETIC)
    assert 'class="cosmetic"' in sample and "<del>" not in sample and "<s>" not in sample
    assert re.sub(r"<[^>]+>", "", sample) == next(e.sample for e in LEGEND if e.mark is Mark.COSMETIC)


def test_the_removed_sample_is_still_struck() -> None:
    assert _sample(Mark.REMOVED).startswith("<del>")


def test_each_sample_stays_beside_its_meaning() -> None:
    html = legend_html()
    boxes = re.findall(r'<div class="entry"><dt>.*?</dt><dd>(.*?)</dd></div>', html)
    assert sorted(boxes) == sorted(entry.meaning for entry in LEGEND)
