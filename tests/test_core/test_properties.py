"""Properties of every comparison, on random texts and random edit scripts (hypothesis)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import Comparison, LinkKind, compare
from core.model import link_text
from core.text import sentence_terms

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


NEW_WORDS = "zebra quartz lantern violin glacier orchard saffron comet tundra walrus".split()  # not in WORDS
long_sentence = st.lists(word, min_size=3, max_size=12, unique=True).map(lambda ws: " ".join(ws).capitalize() + ".")
new_sentence = st.lists(st.sampled_from(NEW_WORDS), min_size=3, max_size=8, unique=True).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


def _paragraphs(draw: st.DrawFn, sentences: list[str]) -> str:
    """The sentences grouped into paragraphs of one to three, in order."""
    paragraphs, at = [], 0
    while at < len(sentences):
        size = draw(st.integers(1, 3))
        paragraphs.append(" ".join(sentences[at : at + size]))
        at += size
    return "\n\n".join(paragraphs)


@st.composite
def drops_and_additions(draw: st.DrawFn) -> tuple[str, str, set[str], set[str]]:
    """An article of distinct sentences (three words or more, none twice), and a rewrite that drops some of them
    and adds sentences in words the article never uses: both texts, the dropped and the added (never empty)."""
    # Distinct matching keys: two sentences with the same content words (in any order, function words aside)
    # tie on every similarity, and which twin a tie links is arbitrary.
    original = draw(st.lists(long_sentence, min_size=2, max_size=14, unique_by=lambda s: frozenset(sentence_terms(s))))
    dropped = draw(st.sets(st.sampled_from(range(len(original))), min_size=1, max_size=len(original) - 1))
    kept = [text for k, text in enumerate(original) if k not in dropped]
    added = draw(st.lists(new_sentence, min_size=1, max_size=4, unique=True))
    rewritten = list(kept)
    for text in added:
        rewritten.insert(draw(st.integers(0, len(rewritten))), text)
    left, right = _paragraphs(draw, original), _paragraphs(draw, rewritten)
    return left, right, {original[k] for k in dropped}, set(added)


def unlinked(result: Comparison) -> tuple[set[str], set[str]]:
    """The texts of the sentences no link uses, left and right. Reuse links do not count: a rewrite may use an
    original sentence twice, which the other way round is a sentence the original does not have."""
    links = [link for link in result.links if not link.reused]
    used = [{s for k in links for s in k.left}, {s for k in links for s in k.right}]
    return tuple(  # type: ignore[return-value]
        {document.sentence(sid).text for sid in document.sentence_ids() if sid not in used[side]}
        for side, document in enumerate((result.left, result.right))
    )


def check_swap(left: str, right: str, dropped: set[str], added: set[str]) -> None:
    """Compared either way round, the dropped sentences are the removed ones and the new ones the added (a
    dropped sentence may hold a rewrite sentence's text too, then it is reused, not unlinked)."""
    forward, backward = unlinked(compare(left, right)), unlinked(compare(right, left))
    assert forward == (dropped, added)
    assert backward == (added, dropped)


@given(drops_and_additions())
def test_swapping_sides_swaps_added_and_removed(case: tuple[str, str, set[str], set[str]]) -> None:
    check_swap(*case)


def test_the_swap_check_fails_on_an_engine_that_loses_a_link(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.engine.pipeline

    real = core.engine.pipeline.align_sources  # type: ignore[attr-defined]
    monkeypatch.setattr(core.engine.pipeline, "align_sources", lambda *args: real(*args)[1:])  # loses a link
    left = "The storm hit the river village. The mayor said the bridge was shut.\n\nThe council met on Monday."
    right = "The storm hit the river village. Zebra quartz lantern glacier.\n\nThe council met on Monday."
    with pytest.raises(AssertionError):
        check_swap(left, right, {"The mayor said the bridge was shut."}, {"Zebra quartz lantern glacier."})
    monkeypatch.setattr(core.engine.pipeline, "align_sources", real)
    check_swap(left, right, {"The mayor said the bridge was shut."}, {"Zebra quartz lantern glacier."})


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
    shown = result.left  # near copies folded: each stands once, the other versions are notes on it
    folded = sum(len(p.sentences) for p in shown.paragraphs) + sum(s.near_copies for s in shown.sources)
    assert folded == sum(len(p.sentences) for p in left.paragraphs)
    assert set(attribute_sources(shown, result.links).values()) <= set(range(len(sources)))
    assert result.summary is not None and abs(sum(result.summary.from_sources) - result.summary.right_from_left) < 0.01
