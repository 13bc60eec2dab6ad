"""An outlet's plug line under every article is no evidence of a source: ``find`` and ``reuse`` set it aside before
judging."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import main
from core import compare, load_article
from core.corpus import CorpusIndex, find, judge, stock_lines, update_index, without_stock
from core.corpus.cluster import _verify_chunk
from core.corpus.fingerprints import paragraph_anchors
from core.corpus.reuse import pair_documents, stock_free_loader, verify_pair
from core.corpus.stock import StockThresholds, common_features
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


def _quoting_corpus(corpus: Path) -> None:
    """``OUTLET`` stories with the plug, and one more that quotes two sentences of story 7 (with the plug too).

    Without the plug, story 7 has 2 of its 12 sentences in the other (under the verdict's 20% of its words:
    independent); counting the plug as a shared sentence would lift it over that line.
    """
    for i in range(OUTLET):
        write_article(corpus / f"story{i}.txt", f"Gazette story {i}", [*article_paragraphs(i, paragraphs=4), PLUG])
    quote = " ".join(article_paragraphs(7, paragraphs=4)[0].split(". ")[:2]) + "."
    body = article_paragraphs(500, paragraphs=4)
    write_article(corpus / "quoting.txt", "A story quoting story 7", [body[0], quote, *body[1:], PLUG])


def test_reuse_sets_the_outlet_plug_aside_before_judging_a_pair(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "pairs.jsonl"
    _quoting_corpus(corpus)
    assert main.main(["reuse", str(corpus), "--out", str(out), "--index", str(tmp_path / "index")]) == 0
    assert out.read_text(encoding="utf-8") == ""  # the pair was compared (it shares the quote), judged independent
    with CorpusIndex.open(tmp_path / "index") as index:
        documents = {Path(d.path).name: d for d in pair_documents(index, [str(corpus)]).values()}
        pair = (documents["story7.txt"], documents["quoting.txt"])
        assert verify_pair(*pair) is not None  # the plug compared like any sentence: a false reuse pair
        assert verify_pair(*pair, stock_free_loader(common_features(index))) is None
        assert _verify_chunk([pair], common_features(index)) == []  # what each Dask worker runs


def test_a_found_result_carries_what_sets_its_stock_lines_aside_again(tmp_path: Path) -> None:
    """A comparison opened from a ``find`` result (the window's Enter) judges as the list did, index closed."""
    corpus = tmp_path / "corpus"
    _quoting_corpus(corpus)
    query = corpus / "quoting.txt"
    with CorpusIndex.open(tmp_path / "index") as index:
        update_index(index, [str(corpus)])
        found = find(load_article(str(query)), index, [str(corpus)], top=3, article_path=str(query))
    result = next(f for f in found if Path(f.path).name == "story7.txt")
    left, right = load_article(result.path), load_article(str(query))
    plain = judge(compare(left, right))
    assert (plain.verdict, plain.taken_share) != (result.verdict, result.taken_share)  # the plug counted
    again = without_stock([left, right], result.stock)
    judged = judge(compare(again[0], again[1]))
    assert (judged.verdict, judged.taken_share) == (result.verdict, result.taken_share)
    assert stock_lines(left, again[0]) == stock_lines(right, again[1]) == (PLUG,)  # set aside, still there
