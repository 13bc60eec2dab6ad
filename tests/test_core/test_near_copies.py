"""Near copies among several sources: one sentence in two versions stands once, in the version the rewrite
matches, the other version noted with its difference (``core.load.near_copies``, ``core.engine.near_copies``)."""

from __future__ import annotations

import json
import re

from core import CompareOptions, Document, combine_sources, compare, comparison_to_dict, document_from_text
from core.engine import attribute_sources
from core.load.near_copies import near_copies
from core.model import OpKind, SentenceId
from core.options import SourcesThresholds
from core.report import Mark, build_report, plain_text, source_label
from tests.test_core.sources_texts import (
    CORRECTION,
    OTHER_STORY,
    REWRITE_OF_CORRECTION,
    REWRITE_OF_FIRST_TAKE,
    REWRITE_OF_TAKES,
    TAKE_1,
    TAKE_2,
)

INJURED = "dock workers were taken to hospital"


def sources(*texts: str) -> Document:
    return combine_sources([document_from_text(t, name=f"s{k}.txt") for k, t in enumerate(texts)])


def shown(document: Document, words: str) -> list[SentenceId]:
    """The left sentences holding ``words``."""
    return [sid for sid in document.sentence_ids() if words in document.sentence(sid).text]


def source_of(result_left: Document, result_right: Document, links: object, words: str) -> int:
    assert isinstance(links, tuple)
    (sid,) = [s for s in result_right.sentence_ids() if words in result_right.sentence(s).text]
    return attribute_sources(result_left, links)[sid]


def test_rewrite_of_the_correction_is_attributed_to_it_and_the_first_take_is_noted() -> None:
    left = sources(TAKE_1, TAKE_2, CORRECTION)
    assert len(shown(left, INJURED)) == 2  # both versions until the rewrite is aligned
    result = compare(left, REWRITE_OF_CORRECTION)
    (sid,) = shown(result.left, INJURED)  # the left shows the sentence once ...
    paragraph = result.left.paragraphs[sid.paragraph]
    assert paragraph.source == 2 and result.left.sentence(sid).text.startswith("Three")  # ... as corrected
    assert source_of(result.left, result.right, result.links, INJURED) == 2
    (link,) = [k for k in result.links if sid in k.left]
    assert all(op.op is OpKind.EQUAL for op in link.diff)
    noted = {v.source for v in paragraph.variants}
    assert noted == {0, 1}  # take 1's version, which take 2 repeated
    assert all(v.text.startswith("Two") and v.sentence == sid.sentence for v in paragraph.variants)
    changed = [(op.left.strip(), op.right.strip()) for op in paragraph.variants[0].diff if op.op is not OpKind.EQUAL]
    assert changed == [("Three", "Two")]
    label = source_label(result.left, sid.paragraph)
    assert label.text == "S3 ~S1 ~S2" and label.note.count("“Two” for “Three”") == 1  # one line for both takes
    assert "source 1, s0.txt and source 2, s1.txt have a slightly different version" in label.note
    assert [s.near_copies for s in result.left.sources] == [1, 0, 0]


def test_rewrite_of_the_first_take_keeps_it_and_notes_the_correction() -> None:
    result = compare(sources(TAKE_1, CORRECTION), REWRITE_OF_FIRST_TAKE)
    (sid,) = shown(result.left, INJURED)
    paragraph = result.left.paragraphs[sid.paragraph]
    assert paragraph.source == 0 and result.left.sentence(sid).text.startswith("Two")
    assert source_of(result.left, result.right, result.links, INJURED) == 0
    assert [(v.source, v.text.split()[0]) for v in paragraph.variants] == [(1, "Three")]
    assert source_label(result.left, sid.paragraph).text == "S1 ~S2"
    kept = [p.text for p in result.left.paragraphs if p.source == 1]
    assert kept == ["This version corrects the number of injured workers given in the first take."]


def test_versions_the_rewrite_does_not_use_stand_in_the_earliest() -> None:
    result = compare(sources(TAKE_1, CORRECTION), "Westport harbour reopened on Friday morning after repairs.")
    (sid,) = shown(result.left, INJURED)
    assert result.left.paragraphs[sid.paragraph].source == 0
    assert [v.source for v in result.left.paragraphs[sid.paragraph].variants] == [1]


def test_different_sentences_of_one_story_and_other_stories_are_not_near_copies() -> None:
    left = sources(TAKE_2, OTHER_STORY)
    assert near_copies(left, SourcesThresholds(), lambda: False) == []
    alike = sources(
        "The terminal handles roughly a quarter of the region's imports.",
        "The terminal handles roughly a third of the region's grain exports by sea.",
    )
    assert near_copies(alike, SourcesThresholds(), lambda: False) == []  # ratio 0.72: a different claim
    assert near_copies(alike, SourcesThresholds(near_copy_min=0.7), lambda: False) == [(0, 1)]


def test_threshold_is_the_options() -> None:
    left = sources(TAKE_1, CORRECTION)
    off = CompareOptions(sources=SourcesThresholds(near_copy_min=1.0))  # only identical word lists
    assert len(shown(compare(left, REWRITE_OF_CORRECTION, off).left, INJURED)) == 2
    assert len(shown(compare(left, REWRITE_OF_CORRECTION).left, INJURED)) == 1


def test_short_sentences_are_never_near_copies() -> None:
    left = sources("Police said three men were held.", "Police said two men were held.")
    assert near_copies(left, SourcesThresholds(), lambda: False) == [(0, 1)]
    assert near_copies(left, SourcesThresholds(near_copy_words=7), lambda: False) == []


def test_one_source_and_exact_repeats_are_unchanged() -> None:
    result = compare(sources(TAKE_1, TAKE_2), REWRITE_OF_TAKES)
    assert not any(p.variants for p in result.left.paragraphs)
    single = document_from_text(TAKE_1)
    assert near_copies(single, SourcesThresholds(), lambda: False) == []
    assert compare(single, REWRITE_OF_FIRST_TAKE).left is single


def test_json_links_name_their_source_and_paragraphs_their_variants() -> None:
    result = compare(sources(TAKE_1, OTHER_STORY, CORRECTION), REWRITE_OF_CORRECTION)
    data = json.loads(json.dumps(comparison_to_dict(result)))
    for link in data["links"]:
        first = link["left"][0][0]
        assert link["source"] == data["left"]["paragraphs"][first]["source"]
    assert sorted({link["source"] for link in data["links"]}) == [0, 2]
    (noted,) = [p for p in data["left"]["paragraphs"] if p["variants"]]
    (variant,) = noted["variants"]
    assert noted["source"] == 2 and variant["source"] == 0 and variant["text"].startswith("Two")
    assert "".join(op["right"] for op in variant["diff"]) == variant["text"]
    assert "".join(op["left"] for op in variant["diff"]) == noted["sentences"][variant["sentence"]]
    assert [s["near_copies"] for s in data["sources"]] == [1, 0, 0]
    pair = comparison_to_dict(compare(TAKE_1, REWRITE_OF_FIRST_TAKE))
    assert {link["source"] for link in pair["links"]} == {0}


def test_report_shows_the_sentence_once_with_the_label_of_its_versions() -> None:
    report = build_report(compare(sources(TAKE_1, TAKE_2, CORRECTION), REWRITE_OF_CORRECTION))
    lefts = [plain_text(row.left) for row in report.presentation.rows]
    assert sum(text.count(INJURED) for text in lefts) == 1
    labels = [run.text for row in report.presentation.rows for run in row.left if Mark.SOURCE in run.marks]
    assert "S3 ~S1 ~S2" in labels and len(labels) == len(report.comparison.left.paragraphs)


def test_versions_differing_in_function_words_go_to_the_one_whose_words_match() -> None:
    first = "The harbour council said on Monday it would not raise port fees this year."
    second = "The harbour council said on Monday it will not raise port fees this year."
    for rewrite, expected in ((second, 1), (first, 0)):
        result = compare(sources(first, second), rewrite)
        (link,) = result.links
        assert attribute_sources(result.left, result.links)[link.right[0]] == expected
        assert link.kind.value == "identical" and len(result.left.paragraphs) == 1


def test_the_search_finds_what_comparing_every_pair_finds() -> None:
    import random

    from core.load.near_copies import word_ratio

    rng = random.Random(7)
    vocabulary = [f"w{k}" for k in range(30)]  # few words: many candidates share some
    for _ in range(20):
        first = [" ".join(rng.choices(vocabulary, k=rng.randint(4, 12))) + "." for _ in range(12)]
        second = []
        for text in rng.sample(first, 6):  # edited copies: a word or two replaced, dropped or added
            words = text[:-1].split()
            for _ in range(rng.randint(0, 3)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            second.append(" ".join(words) + ".")
        second += [" ".join(rng.choices(vocabulary, k=rng.randint(4, 12))) + "." for _ in range(4)]
        left = sources("\n\n".join(first), "\n\n".join(second))
        texts = [left.sentence(sid).text for sid in left.sentence_ids()]
        cut = len(left.sentence_ids()) - sum(p.source == 1 for p in left.paragraphs)
        found = {k for group in near_copies(left, SourcesThresholds(), lambda: False) for k in group[1:]}
        every = {k for k in range(cut, len(texts)) if any(word_ratio(texts[k], texts[j]) >= 0.8 for j in range(cut))}
        assert found == every


def test_the_search_stops_when_told() -> None:
    left = sources(TAKE_1, CORRECTION)
    assert near_copies(left, SourcesThresholds(), lambda: False) != []
    assert near_copies(left, SourcesThresholds(), lambda: True) == []  # the budget spent: nothing folded


def test_a_wholly_folded_paragraph_passes_on_who_repeated_it_but_not_to_the_repeater_itself() -> None:
    closed = "The port authority said the terminal would stay closed until Monday morning."
    hurt = "Two dock workers were taken to hospital with minor injuries on Thursday."
    later = closed.replace("Monday", "Tuesday")
    corrected = hurt.replace("Two", "Three")
    left = sources(f"{closed} {hurt}", f"{closed} {corrected}", later)  # take 2 repeats `closed` exactly
    assert left.paragraphs[0].also_in == (1,)
    result = compare(left, f"{corrected}\n\n{later}")
    assert [p.source for p in result.left.paragraphs] == [1, 2]  # take 1's paragraph is folded away whole
    assert [v.source for v in result.left.paragraphs[0].variants] == [0]  # take 2 did not repeat `hurt`
    assert [v.source for v in result.left.paragraphs[1].variants] == [0, 1]  # take 2 did repeat `closed`


def test_html_report_keeps_the_label_note_lines_in_its_title() -> None:
    from core.export.to_html import report_to_html

    html = report_to_html(build_report(compare(sources(TAKE_1, TAKE_2, CORRECTION), REWRITE_OF_CORRECTION)))
    (title,) = re.findall(r'<span class="source" title="([^"]*)">S3 ~S1 ~S2</span>', html)
    assert "&#10;source 1, s0.txt and source 2, s1.txt have a slightly different version" in title
    assert "<br>" not in title and "\n" not in title
