"""The shortcuts taken for speed give what the long way gives (issue 16's speed work must not change a result)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import compare
from core.engine import summary
from core.facts import figure_check, figure_hedges, figures
from core.facts.figure_check import FigureStatus, check_figures
from core.facts.figure_words import QUALIFIERS
from core.facts.figures import Qualifier, extract_figures
from core.load import article, boilerplate
from core.load.boilerplate import is_boilerplate
from core.text import any_of_pattern
from core.text.paragraphs import document_from_text

# Each hedge in the middle of a sentence, then at its start, against the figure it qualifies.
_HEDGED = [f"The agency counted {phrase} 300 boats." for phrase in QUALIFIERS] + [
    f"{phrase.capitalize()} 300 boats were counted." for phrase in QUALIFIERS
]


def _qualifier_the_long_way(text: str, start: int) -> tuple[Qualifier, int]:
    """``figure_hedges.qualifier`` as it was before its shortcut: every phrase ending before the figure is looked up."""
    before = text[max(0, start - 32) : start].lower()
    if before and not before[-1].isspace() and before[-1] not in "“‘\"'([":
        return Qualifier.EXACT, start
    found = list(figure_hedges._LETTERS.finditer(before))
    if found and found[-1].group(0) in ("a", "an") and not figure_hedges._ARTICLE_QUALIFIER.search(before):
        found.pop()
    for size in (3, 2, 1):
        if len(found) >= size:
            relation = QUALIFIERS.get(" ".join(m.group(0) for m in found[-size:]))
            if relation is not None and figure_hedges._ADJACENT.fullmatch(before, found[-size].start()):
                return Qualifier(relation), start - len(before) + found[-size].start()
    return Qualifier.EXACT, start


@pytest.mark.parametrize("text", [*_HEDGED, "At least an 8.5 magnitude quake.", "A 300-seat hall.", "Line 7 of 9."])
def test_hedge_shortcut_reads_what_the_long_way_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = [(f.text, f.qualifier) for f in extract_figures(text)]
    monkeypatch.setattr("core.facts.figures.qualifier", _qualifier_the_long_way)
    assert quick == [(f.text, f.qualifier) for f in extract_figures(text)]
    assert quick, text


def test_hedges_are_still_read() -> None:
    hedged = [extract_figures(text)[0].qualifier for text in _HEDGED]
    assert sum(q is not Qualifier.EXACT for q in hedged) >= len(QUALIFIERS)  # the shortcut skips no real hedge


_PAIR = (
    "The port handled 3.2m containers in 2024, up 4% on the year before. About 1,200 people work there.\n\n"
    "A figure of 1" + "0" * 400 + " tonnes was printed by mistake.\n\nThe mayor, 54, said nothing.",
    "The port handled 3.2m containers in 2024, up 4% on the year before. About 1,200 people work there.\n\n"
    "A figure of 1" + "0" * 400 + " tonnes was printed by mistake.\n\nThe mayor, 55, said nothing on Monday.",
)


def test_unchanged_links_get_the_findings_of_the_pairing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    result = compare(*_PAIR)
    quick = check_figures(result.left, result.right, result.links)
    monkeypatch.setattr(figure_check, "_unchanged", lambda lefts, rights: None)
    assert quick == check_figures(result.left, result.right, result.links)
    statuses = {finding.status for finding in quick}
    assert FigureStatus.SAME in statuses and FigureStatus.CHANGED in statuses  # "54" -> "55"


def test_lines_known_clean_are_not_tested_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Share this article\n\nThe bridge opened in May.\n\nAdvertisement\n\nIt carries 40,000 cars a day.\n"
    clean: set[str] = set()
    kept, aside = article._set_aside(text.split("\n"), clean)
    assert clean == {"The bridge opened in May.", "It carries 40,000 cars a day."}
    assert all(not is_boilerplate(line) for line in clean)
    # boilerplate paragraphs of their own stay in place for _assemble (they mark where the article ends)
    assert aside == [] and {"Share this article", "Advertisement"} <= set(kept)
    tested: list[str] = []

    def counting(line: str) -> bool:
        tested.append(line)
        return is_boilerplate(line)

    monkeypatch.setattr(article, "is_boilerplate", counting)
    document = article.article_from_text(text, "bridge.txt")
    assert [p.text for p in document.paragraphs] == ["The bridge opened in May.", "It carries 40,000 cars a day."]
    assert set(document.boilerplate) == {"Share this article", "Advertisement"}
    assert all(tested.count(line) == 1 for line in clean)  # tested once, as a line, not again as a paragraph


_CREDITED = [
    "The dam burst overnight.\n\nAs first reported by The Harbour Times, two villages were cut off.",
    "The dam burst overnight.\n\nVia Valley Radio: two villages were cut off.",
    "The dam burst overnight (via Valley Radio).",
    "Source: Valley Radio\n\nThe dam burst overnight.",
    "SOURCE : Valley Radio.",
    "The dam burst overnight, a resident told Valley Radio.",
    "According to Valley Radio the dam burst.\n\nThe Harbour Times reported two villages cut off.",
    "A photograph of the dam, courtesy of Mira Holt.",
    "The dam burst overnight, citing Valley Radio; writing in The Harbour Times, Mira Holt agreed.",
    "The dam burst overnight.\n\nNobody said where the news came from.",
    "The dam burst overnight (vİa Valley Radio).",  # İ and ſ: a case-blind regex takes them for i and s
    "ſource: Valley Radio.",
]

_WORDS_OF_A_REPORT = re.compile(r"eported|ccording|ourtesy|iting|(?i:via|source|read|first|originally)")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"vViIaAsSoOuUrRcCeE İıſK ", "via", "Source", "reported", "ource"]), max_size=12))
def test_credit_words_are_found_as_a_case_blind_regex_finds_them(pieces: list[str]) -> None:
    """The words test never misses what the regex it replaced finds, and is that regex on a text without the
    characters that fold oddly into i or s."""
    text = "".join(pieces)
    found = bool(_WORDS_OF_A_REPORT.search(text))
    assert summary._may_hold(text, summary._CREDIT_WORDS[0]) >= found
    if not any(char in text for char in "İıſ"):
        assert summary._may_hold(text, summary._CREDIT_WORDS[0]) == found


@pytest.mark.parametrize("text", _CREDITED)
def test_credit_prefilter_finds_what_every_pattern_finds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = document_from_text(text)
    quick = summary.find_credit(document)
    everything = (("",), ())  # "" stands in every text: every paragraph is searched with every pattern
    monkeypatch.setattr(summary, "_CREDIT_WORDS", (everything,) * len(summary._CREDITS))
    assert quick == summary.find_credit(document)
    assert bool(quick) == ("Nobody" not in text)


def test_one_source_attribution_is_what_the_votes_give() -> None:
    result = compare("The bridge opened. Cars crossed it.\n\nIt rained.", "Cars crossed it. The bridge opened today.")
    votes = {sid: 0 for link in result.links for sid in link.right}  # one source: each vote is for source 0
    assert summary.attribute_sources(result.left, result.links) == votes and votes


_CUE_PIECES = ["read", "reading", "re", "(c)", "©", "share", "sh", "σχόλι", "σχολ", " ", "x", "a", "d"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([c for c in _CUE_PIECES if c.strip()]), min_size=1, max_size=8),
    st.lists(st.sampled_from(_CUE_PIECES), max_size=10),
)
def test_a_trie_of_cues_finds_a_cue_where_the_flat_alternation_does(cues: list[str], pieces: list[str]) -> None:
    text = "".join(pieces)
    flat = re.compile("|".join(map(re.escape, cues)))
    assert bool(re.search(any_of_pattern(cues), text)) == bool(flat.search(text))


def test_boilerplate_cues_are_scanned_as_a_trie() -> None:
    """The cue scan of long lines (``core.load.boilerplate``) is a trie: a flat alternation tried its 70 branches
    at every character of every line."""
    assert boilerplate._CUE.pattern == any_of_pattern(boilerplate._LONG_LINE_CUES)
    assert boilerplate._CUE.search("spread the word, then click") and not boilerplate._CUE.search("nothing")


def test_words_are_counted_without_the_cjk_scan_below_its_first_character() -> None:
    """A text with no character from U+3040 up ("“Quoted”, café") holds no Chinese or Japanese: counted by its
    spaces, the CJK pattern not even compiled; from U+3040 on, the characters count."""
    from core.text import counting, word_count

    counting._cjk.cache_clear()
    assert word_count("“Quoted”, café — and \u303f") == 5  # U+303F is below the first CJK character
    assert counting._cjk.cache_info().currsize == 0
    assert word_count("大雨 flooded \u3040\u3040\u3040") == 1 + 4  # "flooded", then 5 characters: ceil(5 / 1.5)


def test_reuse_judges_a_run_by_its_shape_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run too short to be a passage is answered before its digit shape is made; a longer one makes it once
    (``_judged`` passes it on), and the answers stay ``_is_passage``'s."""
    from core.engine import reuse
    from core.engine.verdict import VerdictThresholds

    made: list[str] = []
    digits = reuse._DIGITS

    class Counting:
        def sub(self, replacement: str, text: str) -> str:
            made.append(text)
            return digits.sub(replacement, text)

    thresholds = VerdictThresholds()
    expected = {t: reuse._is_passage(t, thresholds, 0.5, {}) for t in ("of the", "the 12 bridges were closed")}
    monkeypatch.setattr(reuse, "_DIGITS", Counting())
    for text, answer in expected.items():
        made.clear()
        assert reuse._judged(text, thresholds, 0.5, {}, {}) == answer
        assert made == ([] if text == "of the" else [text])


def test_the_number_pattern_without_factors_is_compiled_only_for_a_times_that_is_no_factor() -> None:
    """``_plain_number`` (the size of the number pattern: milliseconds to compile) waits for its first need."""
    figures._plain_number.cache_clear()
    assert [f.text for f in extract_figures("Three times more boats came, 300 in all.")][-1] == "300"
    assert figures._plain_number.cache_info().currsize == 0
    counted = [f.text for f in extract_figures("The ferry sails three times a day.")]
    assert figures._plain_number.cache_info().currsize == 1 and counted == ["three"]
