"""An outlet's plug line under every article is no evidence of a source: ``find`` sets it aside before judging."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from core import load_article
from core.corpus import CorpusIndex, find, update_index
from core.corpus.fingerprints import paragraph_anchors
from core.corpus.stock import StockThresholds, without_stock
from core.text import document_from_text
from tests.test_corpus.articles import article_paragraphs, write_article

PLUG = "Sign up to the Gazette morning briefing for every story delivered before breakfast each weekday."
OUTLET = 110  # articles carrying the plug: more than StockThresholds.common_df


def _reversed(paragraph: str) -> str:
    """The same words, each sentence backwards: shared names and terms, no shared run of words."""
    sentences = [" ".join(reversed(s.rstrip(".").lower().split())).capitalize() + "." for s in paragraph.split(". ")]
    return " ".join(sentences)


def test_an_article_sharing_names_and_the_outlet_plug_is_not_a_source(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(OUTLET):
        write_article(corpus / f"story{i}.txt", f"Gazette story {i}", [*article_paragraphs(i, paragraphs=2), PLUG])
    query = write_article(tmp_path / "query.txt", "Same event, other words",
                          [_reversed(article_paragraphs(7, paragraphs=2)[0]), PLUG])  # fmt: skip
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        found = find(load_article(str(query)), index, [str(corpus)], top=3)
    assert found and Path(found[0].path).name == "story7.txt"  # the names made it the best candidate
    assert all(f.verdict == "independent" for f in found), [(f.path, f.verdict, f.verdict_reason) for f in found]


class _Frequencies:
    def __init__(self, df: dict[int, int]) -> None:
        self.df = df

    def document_count(self) -> int:
        return 1000

    def frequencies(self, features: Sequence[int]) -> Mapping[int, int]:
        return {f: self.df[f] for f in features if f in self.df}

    def documents_of(self, features: Sequence[int]) -> Mapping[int, Sequence[int]]:
        return {}


def test_only_paragraphs_mostly_made_of_common_shingles_are_stock() -> None:
    text = "\n\n".join([" ".join(article_paragraphs(3, paragraphs=1)), PLUG, "A short line."])
    document = document_from_text(text)
    body, plug, short = document.paragraphs
    df = {s: 500 for s in paragraph_anchors(plug)}  # the plug is everywhere
    df.update({s: 2 for s in paragraph_anchors(body)})
    df[min(paragraph_anchors(body))] = 500  # one stock phrase inside the body does not make it stock
    (stripped,) = without_stock([document], _Frequencies(df), StockThresholds())
    assert [p.text for p in stripped.paragraphs] == [body.text, short.text]
    assert stripped.boilerplate == (*document.boilerplate, plug.text)
    (alone,) = without_stock([document_from_text(PLUG)], _Frequencies(df))
    assert len(alone.paragraphs) == 1  # a document of nothing but stock keeps it (nothing else to compare)
