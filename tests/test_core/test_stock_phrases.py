"""Stock phrases of the language shared by two independent reports are no reuse; a source reworded around them is."""

from __future__ import annotations

from core import compare
from core.engine import Verdict, VerdictThresholds, measure_reuse

# Two floods, two towns, two reporters: they share only the phrases every flood report uses.
CARNFORD = """Hundreds evacuated as River Lune floods Carnford

The River Lune burst its banks in Carnford early on Tuesday, forcing about 300 residents from their homes.

Firefighters waded through waist-deep water to reach elderly people trapped upstairs on Mill Lane.

Two people were taken to hospital with minor injuries after their car was swept off a flooded road.

The county council said in a statement that sandbags were being handed out at the fire station.

Forecasters expect the water to keep rising until Wednesday evening.

Shopkeepers on Bridge Street spent the night carrying stock upstairs and pumping out cellars."""

ELLERBY = """Families flee as River Esk floods Ellerby

The River Esk burst its banks in Ellerby on Saturday night, and about 150 residents left their homes.

Mountain rescue volunteers used inflatable boats to reach a family stranded in a farmhouse.

Three walkers were taken to hospital after the torrent swept them off a riverside path.

The water company said in a statement that engineers were watching the dam wall around the clock.

The Environment Agency issued a flood warning for the valley, and more rain is expected on Monday.

Farmers said they had lost sheep and winter feed to the water."""

# A rewrite of Carnford's report: the same stock phrases, now inside the source's sentences reworded.
CARNFORD_REWRITE = """Carnford under water

About 300 residents were forced from their homes on Tuesday when the River Lune burst its banks in Carnford.

Firefighters waded through deep water to reach elderly people trapped upstairs on Mill Lane, officials said.

Two people were taken to hospital with minor injuries when their car was swept off a road.

The county council said in a statement that sandbags were handed out at the fire station."""


def test_independent_reports_sharing_stock_phrases_are_independent() -> None:
    summary = compare(CARNFORD, ELLERBY).summary
    assert summary is not None
    assert summary.verdict is Verdict.INDEPENDENT, summary.verdict_reason
    assert summary.taken_share < VerdictThresholds().independent


def test_stock_phrase_alone_is_no_passage_but_a_rare_word_makes_one() -> None:
    stock = compare("Rescuers said the river burst its banks.", "Villagers say the stream burst its banks.")
    rare = compare("Rescuers said the river burst its levees.", "Villagers say the stream burst its levees.")
    assert measure_reuse(stock.right, stock.links).verbatim_words == 0  # "burst its banks": common words only
    assert measure_reuse(rare.right, rare.links).verbatim_words == 3  # "levees" is rare: "burst its levees."


def test_a_rewrite_keeps_its_stock_phrases_as_reuse() -> None:
    summary = compare(CARNFORD, CARNFORD_REWRITE).summary
    assert summary is not None
    assert summary.verdict is Verdict.WHOLLY_DERIVED, summary.verdict_reason


def test_a_long_run_of_common_words_is_a_passage() -> None:
    result = compare("Officials said the old bridge was closed to all traffic for the night.",
                     "The old bridge was closed to all traffic for the night, and nobody knows why.")  # fmt: skip
    assert measure_reuse(result.right, result.links).verbatim_words >= 8


def test_stock_phrases_count_once_the_source_is_reused_without_them() -> None:
    """A copy of the report's distinctive sentences, and one sentence of the report cut down to its stock phrase:
    the copy shows the reuse, so that phrase is taken from the report too; alone it would be chance."""
    stock_only = "Neighbours said the swollen river burst its banks before dawn on Tuesday."
    paragraphs = [stock_only if "burst its banks" in p else p for p in CARNFORD.split("\n\n")]
    copied = compare(CARNFORD, "\n\n".join(paragraphs))
    alone = compare(CARNFORD, stock_only)
    assert measure_reuse(alone.right, alone.links).taken_sentences == 0
    measures = measure_reuse(copied.right, copied.links)
    assert measures.taken_sentences == measures.sentences, copied.summary
