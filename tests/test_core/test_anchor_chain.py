"""The heaviest chain of anchors: its shortcut for pairs that already rise on both sides gives what the tree
gives (``core.align.anchors.heaviest_chain``)."""

from __future__ import annotations

import random

import pytest

from core.align import anchors
from core.align.anchors import Anchor, heaviest_chain


def _pairs(rng: random.Random, count: int, rising: bool) -> list[Anchor]:
    lefts = sorted(rng.sample(range(count * 3), count))
    rights = sorted(rng.sample(range(count * 3), count))
    if not rising:
        k = rng.randrange(count - 1)
        rights[k], rights[k + 1] = rights[k + 1], rights[k]  # one pair out of order
    pairs = [Anchor(i, j, rng.choice((0.3, 0.5, rng.random()))) for i, j in zip(lefts, rights, strict=True)]
    rng.shuffle(pairs)
    return pairs


@pytest.mark.parametrize("seed", range(40))
def test_the_rising_shortcut_gives_the_chain_of_the_long_way(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    pairs = _pairs(rng, rng.randrange(2, 60), rising=seed % 2 == 0)
    short = heaviest_chain(pairs)
    monkeypatch.setattr(anchors, "_rising", lambda pairs: False)
    assert short == heaviest_chain(pairs)


def test_rising_pairs_are_all_of_the_chain_and_one_out_of_order_is_not() -> None:
    pairs = [Anchor(k, k + 2, 0.5) for k in range(10)]
    assert heaviest_chain(pairs[::-1]) == pairs
    crossed = [*pairs[:4], Anchor(4, 7, 0.5), Anchor(5, 6, 0.9), *pairs[6:]]
    chain = heaviest_chain(crossed)
    assert Anchor(5, 6, 0.9) in chain and Anchor(4, 7, 0.5) not in chain and len(chain) == 9
