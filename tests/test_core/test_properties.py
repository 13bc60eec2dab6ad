"""Properties of every comparison, on random texts and random edit scripts (hypothesis)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from core import Comparison, LinkKind, compare
from core.model import link_text

WORDS = [
    "storm",
    "flood",
    "river",
    "council",
    "mayor",
    "budget",
    "troops",
    "300",
    "2,700",
    "11,000",
    "said",
    "the",
    "a",
    "of",
    "in",
    "and",
    "was",
    "were",
    "report",
    "police",
    "minister",
    "about",
    "more",
    "than",
    "nearly",
    "half",
    "village",
    "bridge",
    "school",
    "Monday",
]

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
article = st.lists(paragraph, min_size=1, max_size=8)


@st.composite
def rewrite(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """An article and an edited copy: paragraphs dropped, added, moved, split, merged or reworded."""
    original = draw(article)
    edited = list(original)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["drop", "add", "move", "split", "merge", "reword"]))
        at = draw(st.integers(0, max(0, len(edited) - 1)))
        if action == "drop" and len(edited) > 1:
            edited.pop(at)
        elif action == "add":
            edited.insert(at, draw(paragraph))
        elif action == "move":
            edited.insert(draw(st.integers(0, len(edited) - 1)), edited.pop(at))
        elif action == "split" and ". " in edited[at]:
            head, tail = edited[at].split(". ", 1)
            edited[at : at + 1] = [head + ".", tail]
        elif action == "merge" and at + 1 < len(edited):
            edited[at : at + 2] = [edited[at] + " " + edited[at + 1]]
        elif action == "reword":
            edited[at] = edited[at].replace(draw(word), draw(word), 1)
    return original, edited


def check_lossless(result: Comparison) -> None:
    for document, side in ((result.left, "left"), (result.right, "right")):
        for paragraph in document.paragraphs:
            rebuilt = [paragraph.text[s.start : s.end] for s in paragraph.sentences]
            assert rebuilt == [s.text for s in paragraph.sentences]
            assert "".join(paragraph.text.split()) == "".join("".join(rebuilt).split())
        rows = Counter(p for row in result.rows for p in getattr(row, side))
        assert rows == Counter(range(len(document.paragraphs)))
    right_use = Counter(tuple(s) for k in result.links for s in k.right)
    assert all(count == 1 for count in right_use.values())
    left_use = Counter(tuple(s) for k in result.links if not k.reused for s in k.left)
    assert all(count == 1 for count in left_use.values())
    for link in result.links:
        assert "".join(op.left for op in link.diff) == link_text(result.left, link.left)
        assert "".join(op.right for op in link.diff) == link_text(result.right, link.right)


@given(rewrite())
def test_every_comparison_is_lossless_and_deterministic(pair: tuple[list[str], list[str]]) -> None:
    left, right = ("\n\n".join(p) for p in pair)
    result = compare(left, right)
    check_lossless(result)
    assert compare(left, right).links == result.links


@given(article)
def test_identical_texts_give_only_identical_links(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    result = compare(text, text)
    assert {k.kind for k in result.links} == {LinkKind.IDENTICAL}
    assert sum(len(k.left) for k in result.links) == len(result.left.sentence_ids())


@given(rewrite())
def test_swapping_sides_swaps_added_and_removed(pair: tuple[list[str], list[str]]) -> None:
    left, right = ("\n\n".join(p) for p in pair)
    forward, backward = compare(left, right), compare(right, left)
    unlinked_left = set(forward.left.sentence_ids()) - {s for k in forward.links for s in k.left}
    unlinked_right_back = set(backward.right.sentence_ids()) - {s for k in backward.links for s in k.right}
    if not any(k.reused for k in forward.links + backward.links):
        assert unlinked_left == unlinked_right_back


@given(st.lists(rewrite(), min_size=2, max_size=3), st.data())
def test_several_sources_are_lossless_and_shared_text_stands_once(
    versions: list[tuple[list[str], list[str]]], data: st.DataObject
) -> None:
    from core import combine_sources, document_from_text
    from core.engine import attribute_sources
    from core.load.sources import MIN_SHARED_WORDS

    sources = [document_from_text("\n\n".join(edited), name=f"s{k}") for k, (_, edited) in enumerate(versions)]
    left = combine_sources(sources)
    rewrite_text = "\n\n".join(data.draw(st.sampled_from(versions))[0])
    result = compare(left, rewrite_text)
    check_lossless(result)
    assert [p.source for p in left.paragraphs] == sorted(p.source for p in left.paragraphs)
    firsts: dict[tuple[str, ...], int] = {}
    for paragraph in left.paragraphs:
        for sentence in paragraph.sentences:
            key = tuple(sentence.text.casefold().replace(".", " ").split())
            if len(key) >= MIN_SHARED_WORDS and firsts.setdefault(key, paragraph.source) != paragraph.source:
                raise AssertionError(f"{sentence.text!r} stands in sources {firsts[key]} and {paragraph.source}")
    kept = sum(len(p.sentences) for p in left.paragraphs) + sum(s.repeated for s in left.sources)
    assert kept == sum(len(p.sentences) for d in sources for p in d.paragraphs)
    assert set(attribute_sources(left, result.links).values()) <= set(range(len(sources)))
    assert result.summary is not None and abs(sum(result.summary.from_sources) - result.summary.right_from_left) < 0.01
