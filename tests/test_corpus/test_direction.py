"""Which article of an undated reuse pair is the source (``core.corpus.direction``), in ``reuse`` and ``find``.

The pairs are ours (``direction_pairs.py``): originals and shorter aggregator rewrites, some cutting each
sentence in two or adding intro and plug lines, which the sentence-count rule before made the source.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from cli.corpus import _found_table
from core import Document, compare, load_article
from core.corpus import Evidence, Found, direction
from core.corpus.direction import credits_other, is_packaging
from tests.test_corpus.direction_pairs import PAIRS


def loaded(folder: Path, name: str, text: str) -> Document:
    """The text as a file's article (its title, byline and date lines read as a loader reads them)."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(str(path))


def write_pairs(folder: Path) -> dict[str, str]:
    """Each pair's two files, the rewrite named first in every other pair (the order decides nothing); returns
    the source of each rewrite."""
    truth = {}
    folder.mkdir(parents=True)
    for i, (name, original, rewrite) in enumerate(PAIRS):
        source, copy = folder / f"{name}-{'ab'[i % 2]}.txt", folder / f"{name}-{'ba'[i % 2]}.txt"
        source.write_text(original, encoding="utf-8")
        copy.write_text(rewrite, encoding="utf-8")
        truth[str(copy)] = str(source)
    return truth


def test_reuse_makes_the_original_the_source_of_every_undated_aggregator_rewrite(tmp_path: Path) -> None:
    truth = write_pairs(tmp_path / "corpus")
    out = tmp_path / "pairs.jsonl"
    assert main.main(["reuse", str(tmp_path / "corpus"), "--out", str(out), "--index", str(tmp_path / "i")]) == 0
    pairs = {json.loads(line)["rewrite"]: json.loads(line)["source"] for line in out.read_text().splitlines()}
    assert pairs == truth  # the sentence-count rule made 4 of the 10 rewrites the source


@pytest.mark.parametrize(("name", "original", "rewrite"), PAIRS, ids=[pair[0] for pair in PAIRS])
def test_the_rule_names_the_original_whichever_side_it_is_on(
    tmp_path: Path, name: str, original: str, rewrite: str
) -> None:
    source, copy = loaded(tmp_path, "original", original), loaded(tmp_path, "rewrite", rewrite)
    assert direction(compare(source, copy)).swapped is False
    assert direction(compare(copy, source)).swapped is True


ORIGINAL = """Harbour wall to be rebuilt

By Lis Aberg, Coast Observer

The council will rebuild the harbour wall at Fenby after winter storms opened a crack twelve metres long.
Work starts in April and should take five months. The harbour master, Ole Strand, said boats would be moved.
"""

EXPANDED = """Fenby harbour wall to be rebuilt after storms

The council will rebuild the harbour wall at Fenby after winter storms opened a crack twelve metres long,
according to the Coast Observer. Work starts in April and should take five months.

The harbour master, Ole Strand, said boats would be moved to the marina at Kettle Point while the work goes on.
Fishermen have complained for years that the wall was failing. Three boats were damaged in the storms.

A public meeting on the plans is to be held at the village hall next week, and residents can send comments.
"""


def test_a_credit_naming_the_others_outlet_makes_the_crediting_text_the_rewrite(tmp_path: Path) -> None:
    """The rewrite holds all of the brief and adds its own reporting: by containment the brief would be the copy."""
    brief, story = loaded(tmp_path, "brief", ORIGINAL), loaded(tmp_path, "story", EXPANDED)
    assert credits_other(story, brief) and not credits_other(brief, story)
    for left, right, swapped in ((brief, story, False), (story, brief, True)):
        found = direction(compare(left, right))
        assert (found.swapped, found.evidence) == (swapped, Evidence.CREDIT)


def test_a_credit_naming_someone_both_texts_quote_decides_nothing(tmp_path: Path) -> None:
    quoted = EXPANDED.replace("according to the Coast Observer", "according to Ole Strand")
    brief, story = loaded(tmp_path, "brief", ORIGINAL), loaded(tmp_path, "story", quoted)
    assert not credits_other(story, brief)  # Ole Strand is in the brief's text, not in its byline
    assert direction(compare(brief, story)).evidence is not Evidence.CREDIT


def test_a_credit_naming_part_of_the_others_outlet_decides_nothing(tmp_path: Path) -> None:
    brief = loaded(tmp_path, "brief", ORIGINAL.replace("Coast Observer", "Fenby Observer"))
    story = loaded(tmp_path, "story", EXPANDED.replace("according to the Coast Observer", "he told the Observer"))
    assert credits_other(loaded(tmp_path, "whole", EXPANDED.replace("Coast", "Fenby")), brief)
    assert not credits_other(story, brief)  # "the Observer" is another outlet than the Fenby Observer


def test_dates_come_first_when_both_articles_have_one(tmp_path: Path) -> None:
    brief = loaded(tmp_path, "brief", ORIGINAL.replace("By Lis Aberg", "9 May 2025\n\nBy Lis Aberg"))
    story = loaded(tmp_path, "story", EXPANDED.replace("\n\nThe council", "\n\n2 May 2025\n\nThe council", 1))
    assert (brief.date, story.date) == ("9 May 2025", "2 May 2025")
    found = direction(compare(brief, story))
    assert (found.swapped, found.evidence) == (True, Evidence.DATES)  # the credit loses to the dates


def test_packaging_is_what_addresses_the_reader_or_names_the_publication() -> None:
    packaging = ["Stay with us for updates throughout the day.", "This article was curated by our news team.",
                 "Read more at the Harbour Gazette.", "Share this story with your friends."]  # fmt: skip
    news = ["The ferry returned to harbour under its own power.", "“We rely on that boat,” he said.",
            "Our town needs the pool, the mayor told residents.",
            "Rates rose by a quarter point on Monday, the Ledger reported."]  # fmt: skip
    assert [is_packaging(line) for line in packaging] == [True] * 4
    assert [is_packaging(line) for line in news] == [False] * 4


def test_find_says_when_a_result_runs_the_other_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Find Sources of an original lists its rewrite "(reversed)"; Find Rewrites of it lists the rewrite in order,
    and Find Rewrites of the rewrite lists the original "(reversed)": the one rule of ``reuse``."""
    truth = write_pairs(tmp_path / "corpus")
    rewrite, original = next((r, o) for r, o in truth.items() if "school" in r)
    for article, reverse, expected in ((original, False, "credit"), (original, True, ""), (rewrite, True, "credit")):
        out = tmp_path / "found.json"
        args = ["find", article, str(tmp_path / "corpus"), "--index", str(tmp_path / "i"), "--json", str(out)]
        assert main.main([*args, *(["--reverse"] if reverse else [])]) == 0
        best = json.loads(out.read_text(encoding="utf-8"))["candidates"][0]
        assert best["path"] == (original if article == rewrite else rewrite)
        assert (best["reversed_by"], best["out_of_order"]) == (expected, False)
        assert ("(reversed)" in capsys.readouterr().out) is bool(expected)


def test_the_table_explains_a_reversed_result() -> None:
    found = Found("/c/a.txt", "A", "", 0.5, 0.9, 0.6, "wholly derived", "", 0.9, reversed_by="containment")
    assert found.shown_verdict == "wholly derived (reversed)"
    assert "the file looks like the original's source, not its rewrite" in _found_table([found], reverse=True)
    guessed = Found("/c/b.txt", "B", "", 0.5, 0.9, 0.6, "wholly derived", "", 0.9, reversed_by="length")
    assert guessed.shown_verdict == "wholly derived (reversed?)"  # length alone: a guess, said as one
    table = _found_table([guessed], reverse=False)
    assert "(reversed?): only its length says" in table and "(reversed): by the texts" not in table
    dated = Found("/c/a.txt", "A", "1 May 2025", 0.5, 0.9, 0.6, "wholly derived", "", 0.9, out_of_order=True,
                  reversed_by="dates")  # fmt: skip
    assert dated.shown_verdict == "wholly derived"  # a date out of order shows in the date: "(later)"
