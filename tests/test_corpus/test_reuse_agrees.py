"""``reuse`` compares every pair ``find`` would verify and judge derived: a paraphrase, found by its rare terms."""

from __future__ import annotations

import json
from pathlib import Path

import main
from tests.test_corpus.articles import article_paragraphs, write_article

PRESS = "\n\n".join(
    [
        "Press release: Northfield Water to replace Victorian mains in Ashby Road",
        (
            "Northfield Water today announced a £4.6 million programme to replace 3.2 kilometres of Victorian "
            "cast-iron water mains beneath Ashby Road and the surrounding streets of Halden."
        ),
        (
            "The work will begin on 14 April and is expected to take nineteen weeks, with temporary traffic "
            "lights in place between the Corn Exchange and Mardle Bridge."
        ),
        (
            'Operations director Helen Okonjo said: "These pipes have served Halden for more than 130 years, but '
            'they now account for a third of the bursts on our network."'
        ),
        (
            "Customers may notice discoloured water for short periods while new connections are made, and letters"
            " will be sent to every affected household two weeks before work reaches their street."
        ),
        (
            "The company will fund free parking at the Brook Street car park for traders on Ashby Road throughout"
            " the programme."
        ),
    ]
)
STORY = "\n\n".join(
    [
        "Nineteen weeks of roadworks as Halden's old water pipes are dug up",
        (
            "Drivers in Halden face more than four months of disruption after Northfield Water confirmed it will "
            "dig up Ashby Road to lay new mains."
        ),
        (
            "The £4.6m scheme replaces 3.2km of cast-iron pipes laid in Victorian times, and starts on 14 April, "
            "with temporary lights between the Corn Exchange and Mardle Bridge."
        ),
        (
            "Helen Okonjo, the firm's operations director, said the pipes \"now account for a third of the bursts "
            'on our network".'
        ),
        (
            "Traders, who will be offered free parking in Brook Street, said they were worried about losing "
            "passing trade during the summer."
        ),
        "Residents can expect discoloured water at times, the company warned.",
    ]
)


def test_reuse_finds_the_press_release_behind_a_story_as_find_does(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "press.txt").write_text(PRESS, encoding="utf-8")
    (corpus / "story.txt").write_text(STORY, encoding="utf-8")
    for i in range(6):
        write_article(corpus / f"other{i}.txt", f"Another story {i} of the town", article_paragraphs(60 + i))
    index, found, pairs = tmp_path / "index", tmp_path / "found.json", tmp_path / "pairs.jsonl"
    assert main.main(["find", str(corpus / "story.txt"), str(corpus), "--index", str(index), "--json", str(found)]) == 0
    best = json.loads(found.read_text(encoding="utf-8"))["candidates"][0]
    assert best["path"] == str(corpus / "press.txt") and best["verdict"] != "independent"
    assert main.main(["reuse", str(corpus), "--out", str(pairs), "--index", str(index)]) == 0
    lines = [json.loads(line) for line in pairs.read_text(encoding="utf-8").splitlines()]
    assert [(line["source"], line["rewrite"], line["verdict"]) for line in lines] == [
        (str(corpus / "press.txt"), str(corpus / "story.txt"), best["verdict"])
    ]
