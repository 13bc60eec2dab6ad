"""Huge lists of short lines (issue 16): the shortcuts that make them fast give what the long way gives."""

from __future__ import annotations

import gc
import math
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import Document, compare
from core.align import vectors
from core.align.vectors import build_vectors
from core.engine import VerdictThresholds, pipeline, reuse
from core.text import paragraphs
from core.text.paragraphs import document_from_paragraphs, document_from_text, paragraph_from_text
from core.text.terms import FUNCTION_PREFIX, NUMBER_PREFIX

_LINES = [
    "Item 4 of the list.",
    "Mr. Brown left. He came back at 10 a.m. The end.",
    "A line with no stop",
    "Two sentences! And a question?",
    "Ends in an ellipsis… Then more.",
    "“Quoted.” Then a reply.",
]


def test_lines_without_a_boundary_are_one_sentence_and_the_others_are_split() -> None:
    built = paragraphs._paragraphs(_LINES)
    assert built == tuple(paragraph_from_text(text) for text in _LINES)
    assert [len(p.sentences) for p in built] == [1, 3, 1, 2, 2, 2]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="Ab .!?…\n\t\u00a0\"“”'1", max_size=30), max_size=8))
def test_documents_are_what_splitting_each_paragraph_gives(lines: list[str]) -> None:
    text = "\n".join(lines)
    document = document_from_text(text)
    assert document.paragraphs == tuple(paragraph_from_text(p) for p in paragraphs.split_paragraphs(text))
    listed = document_from_paragraphs(lines)
    assert listed.paragraphs == tuple(paragraph_from_text(line.strip()) for line in lines if line.strip())


def test_a_line_on_both_sides_shares_its_terms_and_vector() -> None:
    known: dict[str, tuple[list[str], bool]] = {}
    left, left_plain = pipeline._keys(["Line 1 of the list.", "Line 2 of the list."], known)
    right, right_plain = pipeline._keys(["Line 2 of the list.", "A new line here."], known)
    assert right[0] is left[1] and right[0] == ["line", "#2", "list"]
    assert (left_plain, right_plain) == ([False, False], [False, True])
    left_vectors, right_vectors = build_vectors(left, right)
    assert right_vectors.vectors[0] is left_vectors.vectors[1]
    assert right_vectors.norms2[0] == left_vectors.norms2[1]
    fresh_left, fresh_right = build_vectors([list(t) for t in left], [list(t) for t in right])
    assert (fresh_left.vectors, fresh_right.vectors) == (left_vectors.vectors, right_vectors.vectors)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "1", "22", "of"]), min_size=1, max_size=6), max_size=6))
def test_a_shared_vector_has_the_cosine_its_dot_product_gives(lists: list[list[str]]) -> None:
    known: dict[str, tuple[list[str], bool]] = {}
    texts = [" ".join(terms) for terms in lists]
    left, _ = pipeline._keys(texts, known)
    right, _ = pipeline._keys(texts[::-1], known, record=False)
    left_vectors, right_vectors = build_vectors(left, right)
    for i in range(len(left)):
        for j in range(len(right)):
            norm = math.sqrt(left_vectors.norms2[i] * right_vectors.norms2[j])
            dotted = vectors.dot(left_vectors.vectors[i], right_vectors.vectors[j])
            assert vectors.pair_cosine(left_vectors, i, right_vectors, j) == (dotted / norm if norm else 0.0)
            group = vectors.group_cosine(left_vectors, [i], right_vectors, [j])
            assert group == (0.0 if dotted <= 0.0 else dotted / norm)
    shared = [(i, len(left) - 1 - i) for i in range(len(left)) if left_vectors.norms2[i] > 0.0]
    for i, j in shared:  # a text on both sides: one vector, cosine 1
        assert left_vectors.vectors[i] is right_vectors.vectors[j]
        assert vectors.pair_cosine(left_vectors, i, right_vectors, j) == 1.0


def _numbered(count: int, word: str = "long") -> list[str]:
    return [f"Line {k} of a {word} list, the {k}th." for k in range(1, count + 1)]


def test_a_numbered_list_is_counted_once_and_as_the_long_way_counts_it() -> None:
    lines = _numbered(40)
    result = compare("\n".join(lines), "\n".join([*lines[:20], "Line 21 of a short list.", *lines[21:]]))
    counted: dict[str, set[str]] = {}
    judged: reuse.Judged = {}
    found = [reuse._passages(link, VerdictThresholds(), counted, judged) for link in result.links]
    assert len(counted) <= 3  # the unchanged lines of one shape (numbers of 1 or 2 digits: one 0), the changed one
    assert len(judged) <= 3  # judged once per shape too
    fresh = [reuse._passages(link, VerdictThresholds(), {}, {}) for link in result.links]
    assert found == fresh and sum(map(len, found)) >= 39
    for text in [*lines, "Line 21 of a short list.", "A 2nd time, in 3 ways: 4x4 and 10."]:
        for similarity in (0.1, 1.0):
            shaped = reuse._judged(text, VerdictThresholds(), similarity, counted, judged)
            assert shaped == reuse._is_passage(text, VerdictThresholds(), similarity, {})
    for text in [*lines, "A 2nd time, in 3 ways: 4x4 and 10.", "Née 1st à Paris"]:
        assert reuse._content_of(text, counted) == reuse._content_words(text.split())


def _weights_the_long_way(terms: list[str], idf: dict[str, float]) -> dict[str, float]:
    vector = {}
    for term, count in Counter(terms).items():
        weight = (1.0 + math.log(count)) * idf[term] if count > 1 else idf[term]
        if term[0] == NUMBER_PREFIX:
            weight *= vectors.NUMBER_WEIGHT
        elif term[0] == FUNCTION_PREFIX:
            weight *= vectors.FUNCTION_WEIGHT
        vector[term] = weight
    return vector


def test_vectors_without_repeated_terms_weigh_as_the_long_way_to_the_last_bit() -> None:
    left = [["line", "#7", "list"], ["~it", "~was"], ["rain", "rain", "#3"], ["rain"]]
    right = [["line", "#8", "list"], ["flood", "#3", "#3", "~the"]]
    built = build_vectors(left, right)
    terms = {t for side in (left, right) for ts in side for t in ts}
    df = {t: sum(t in ts for side in (left, right) for ts in side) for t in terms}
    idf = {t: math.log((len(left) + len(right) + 1) / (count + 1)) + 1.0 for t, count in df.items()}
    for side, side_terms in zip(built, (left, right), strict=True):
        expected = [_weights_the_long_way(ts, idf) for ts in side_terms]
        assert side.vectors == expected and [list(v) for v in side.vectors] == [list(v) for v in expected]
        assert side.norms2 == [sum(w * w for w in v.values()) for v in expected]


def test_the_command_line_loads_with_the_collector_paused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import main
    from core.load import article

    states: list[bool] = []
    reads: list[article.ReadBefore | None] = []
    loader = article.load_from_argument

    def load(argument: str, read: article.ReadBefore | None = None) -> Document:
        states.append(gc.isenabled())
        reads.append(read)
        return loader(argument, read)

    monkeypatch.setattr(article, "load_from_argument", load)
    (tmp_path / "a.txt").write_text("\n".join(_numbered(30)), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n".join(_numbered(29)), encoding="utf-8")
    was = gc.isenabled()
    assert main.main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", str(tmp_path / "out.json")]) == 0
    assert states == [False, False] and gc.isenabled() == was  # the millions of objects of a huge list, unwalked
    assert reads[0] is not None and reads[0] is reads[1]  # the second file uses what the first one's loading learnt
