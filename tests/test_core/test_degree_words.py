"""Words of degree (issue 15, hedges): "seriously", "partly", "largely" narrow a claim; the same words of manner
("treated them badly") or an amount ("a little water") do not."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.wording import ChangeKind, link_changes


def hedges(left: str, right: str) -> list[str]:
    c = compare(left, right)
    found = link_changes(c.left, c.right, c.links, c.numbers, c.quotes)
    return [x.note for changes in found.values() for x in changes if x.kind is ChangeKind.HEDGE]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Nobody was injured when the roof fell in.", "Nobody was seriously injured when the roof fell in.",
         ["hedge added: seriously"]),
        ("The fire destroyed the old mill last night.", "The fire partly destroyed the old mill last night.",
         ["hedge added: partly"]),
        ("The town is a largely mixed-race community.", "The town is a mixed-race community.",
         ["hedge dropped: largely"]),
        ("The guards treated the men cruelly, one said.", "The guards treated the men badly, one said.", []),
        ("Give the horses some water before the ride.", "Give the horses a little water before the ride.", []),
        ("It is slightly surprising that so few came.", "It is a little surprising that so few came.", []),
        ("Two riders were badly hurt in the crash.", "Two riders were seriously injured in the crash.", []),
    ],
)  # fmt: skip
def test_words_of_degree(left: str, right: str, expected: list[str]) -> None:
    assert hedges(left, right) == expected
