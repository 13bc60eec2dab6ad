"""``find`` and ``index`` on the command line: the verified source first, rewrites with --reverse, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from core.corpus import scan as scan_module
from tests.test_corpus.articles import article_paragraphs, rewrite_of, write_article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Eight unrelated articles in two outlets' folders; article 3's rewrite is the query of most tests."""
    for i in range(8):
        write_article(tmp_path / "corpus" / f"outlet{i % 2}" / f"story{i}.txt", f"Valley report number {i} today",
                      article_paragraphs(i), date=f"{i + 1} March 2025")  # fmt: skip
    write_article(tmp_path / "rewrite.txt", "What happened in the valley", rewrite_of(article_paragraphs(3), 1))
    write_article(tmp_path / "unrelated.txt", "Nothing to do with the rest", article_paragraphs(99))
    return tmp_path


def find(folder: Path, *args: str) -> dict[str, object]:
    out = folder / "found.json"
    assert main.main(["find", *args, "--index", str(folder / "index"), "--json", str(out)]) == 0
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


def test_find_puts_the_verified_source_first(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = find(corpus, str(corpus / "rewrite.txt"), str(corpus / "corpus"), "--top", "3")
    assert result["format"] == "parallax-find/1" and result["article"] == str(corpus / "rewrite.txt")
    candidates = result["candidates"]
    assert isinstance(candidates, list) and 1 <= len(candidates) <= 3
    best = candidates[0]
    assert best["path"] == str(corpus / "corpus" / "outlet1" / "story3.txt")
    assert best["right_from_left"] > 0.9 and best["verdict"] not in ("independent", "unknown")
    assert set(best) >= {"path", "title", "date", "score", "right_from_left", "left_reused", "verdict"}
    assert best["date"] == "4 March 2025"
    assert all(c["verdict"] == "independent" for c in candidates[1:])
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["rank", "verdict", "words", "taken", "score"] and "story3.txt" in table[1]
    shown = [line.split("  ")[0].strip() for line in table[1:] if line[:1].isdigit()]
    assert shown == [str(rank) for rank in range(1, len(candidates) + 1)]
    taken = [float(str(c["taken_share"])) for c in candidates]
    assert all(f"{share:.0%}" in line for share, line in zip(taken, table[1:], strict=False))
    assert any(line.startswith("ranked by verdict, then words taken") for line in table)
    assert table[0].split()[5] == "linked" and "linked: share of the article's sentences linked" in table[-1]
    linked = [float(str(c["right_from_left"])) for c in candidates]  # the column is the share of linked sentences
    shares = [[word for word in line.split() if word.endswith("%")] for line in table[1 : len(candidates) + 1]]
    assert [row[1] for row in shares] == [f"{share:.0%}" for share in linked]


def test_an_unrelated_article_gets_no_source(corpus: Path) -> None:
    result = find(corpus, str(corpus / "unrelated.txt"), str(corpus / "corpus"))
    candidates = result["candidates"]
    assert isinstance(candidates, list)
    assert all(c["verdict"] == "independent" for c in candidates)


def test_reverse_finds_the_rewrites_of_an_original(corpus: Path) -> None:
    original = corpus / "corpus" / "outlet0" / "story4.txt"
    write_article(corpus / "corpus" / "outlet1" / "copy.txt", "Copied report", rewrite_of(article_paragraphs(4), 5))
    result = find(corpus, "--reverse", str(original), str(corpus / "corpus"))
    candidates = result["candidates"]
    assert isinstance(candidates, list) and result["reverse"] is True
    assert candidates[0]["path"] == str(corpus / "corpus" / "outlet1" / "copy.txt")
    assert candidates[0]["right_from_left"] > 0.9
    assert all(c["path"] != str(original) for c in candidates)  # never the original itself


def test_bad_files_are_skipped_with_their_reasons_and_the_rest_is_searched(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = corpus / "corpus" / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.jpg").write_bytes(bytes(range(256)) * 20)
    (bad / "huge.txt").write_text("word " * 3000, encoding="utf-8")
    (bad / "dangling.txt").symlink_to(bad / "nowhere.txt")
    (bad / "blank.txt").write_text("\n\n   \n", encoding="utf-8")
    monkeypatch.setattr(scan_module, "CORPUS_MAX_BYTES", 10_000)
    result = find(corpus, str(corpus / "rewrite.txt"), str(corpus / "corpus"))
    skipped = {Path(str(s["path"])).name: s["reason"] for s in result["skipped"]}  # type: ignore[attr-defined]
    assert skipped == {"empty.txt": "empty", "image.jpg": "binary", "huge.txt": "too-large",
                       "dangling.txt": "unreadable", "blank.txt": "empty"}  # fmt: skip
    assert result["skipped_counts"] == {"empty": 2, "binary": 1, "too-large": 1, "unreadable": 1}
    assert result["candidates"][0]["path"].endswith("story3.txt")  # type: ignore[index]
    err = capsys.readouterr().err
    assert "skipped 5 files" in err and "image.jpg" in err and "Traceback" not in err


@pytest.mark.parametrize("missing", ["article", "corpus"])
def test_a_missing_article_or_corpus_is_one_line_and_status_2(corpus: Path, missing: str) -> None:
    article = corpus / ("nope.txt" if missing == "article" else "rewrite.txt")
    folder = corpus / ("nowhere" if missing == "corpus" else "corpus")
    command = [sys.executable, str(ROOT / "main.py"), "find", str(article), str(folder), "--index", str(corpus / "i")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("parallax: ") and "no such file" in result.stderr


def test_index_reports_what_it_did_and_a_second_run_reads_nothing(corpus: Path) -> None:
    out = corpus / "index.json"
    command = ["index", str(corpus / "corpus"), "--index", str(corpus / "index"), "--json", str(out)]
    assert main.main(command) == 0
    first = json.loads(out.read_text(encoding="utf-8"))
    assert (first["added"], first["unchanged"], first["skipped"]) == (8, 0, [])
    assert main.main(command) == 0
    second = json.loads(out.read_text(encoding="utf-8"))
    assert (second["added"], second["changed"], second["unchanged"]) == (0, 0, 8)


def test_no_update_searches_the_index_as_it_is(corpus: Path) -> None:
    find(corpus, str(corpus / "rewrite.txt"), str(corpus / "corpus"))  # builds the index
    write_article(corpus / "corpus" / "late.txt", "A later copy of the story", rewrite_of(article_paragraphs(3), 7))
    stale = find(corpus, str(corpus / "rewrite.txt"), str(corpus / "corpus"), "--no-update", "--top", "9")
    fresh = find(corpus, str(corpus / "rewrite.txt"), str(corpus / "corpus"), "--top", "9")
    late = str(corpus / "corpus" / "late.txt")
    assert late not in [c["path"] for c in stale["candidates"]]  # type: ignore[attr-defined]
    assert late in [c["path"] for c in fresh["candidates"]]  # type: ignore[attr-defined]


def test_a_source_giving_more_of_the_words_ranks_above_one_giving_more_sentences(tmp_path: Path) -> None:
    """One long sentence from A against two short ones from B, both partly derived: A gave more of the article."""
    long_a = article_paragraphs(41, paragraphs=2)[0].split(". ")  # three sentences of twelve words
    short_b = [s.split()[:10] for s in article_paragraphs(42, paragraphs=1)[0].split(". ")]
    long_sentence = " ".join(w.rstrip(".") for s in long_a for w in s.split()).capitalize() + "."  # 36 words
    b_sentences = [" ".join(words).rstrip(".").capitalize() + "." for words in short_b[:2]]  # 10 words each
    write_article(tmp_path / "corpus" / "a.txt", "Story A", [long_sentence, article_paragraphs(43, paragraphs=1)[0]])
    write_article(tmp_path / "corpus" / "b.txt", "Story B", [" ".join(b_sentences), article_paragraphs(44)[1]])
    new_text = article_paragraphs(45, paragraphs=1)[0]  # words of the article's own, three sentences
    article = write_article(tmp_path / "article.txt", "Two sources", [long_sentence, " ".join(b_sentences), new_text])
    result = find(tmp_path, str(article), str(tmp_path / "corpus"))
    candidates = result["candidates"]
    assert isinstance(candidates, list) and len(candidates) == 2
    names = [Path(str(c["path"])).name for c in candidates]
    verdicts = {c["verdict"] for c in candidates}
    assert verdicts == {"partially derived"}, candidates
    a, b = sorted(candidates, key=lambda c: str(c["path"]))
    assert float(a["right_from_left"]) < float(b["right_from_left"])  # B gave more sentences ...
    assert names == ["a.txt", "b.txt"]  # ... A more of the words, and ranks first


def test_ignore_case_finds_a_copy_set_in_capitals_derived(corpus: Path) -> None:
    """Old wire copy in capitals: the words are the source's once case is ignored, as View > Ignore Case does."""
    write_article(corpus / "shouted.txt", "VALLEY REPORT", [p.upper() for p in article_paragraphs(5)])
    story = str(corpus / "corpus" / "outlet1" / "story5.txt")
    minded = find(corpus, str(corpus / "shouted.txt"), str(corpus / "corpus"))["candidates"]
    ignored = find(corpus, str(corpus / "shouted.txt"), str(corpus / "corpus"), "--ignore-case")["candidates"]
    assert isinstance(minded, list) and isinstance(ignored, list)
    assert ignored[0]["path"] == story and ignored[0]["verdict"] == "wholly derived"
    assert all(c["verdict"] == "independent" for c in minded)  # every word differs in case: nothing shared


def test_parallax_reports_in_a_corpus_are_skipped_not_read_as_articles(corpus: Path) -> None:
    story, rewrite = corpus / "corpus" / "outlet1" / "story3.txt", corpus / "rewrite.txt"
    reports = corpus / "corpus" / "reports"
    reports.mkdir()
    for suffix in ("html", "json"):
        assert main.main([str(story), str(rewrite), f"--{suffix}", str(reports / f"r.{suffix}")]) == 0
    result = find(corpus, str(rewrite), str(corpus / "corpus"))
    skipped = {Path(str(s["path"])).name: s["reason"] for s in result["skipped"]}  # type: ignore[attr-defined]
    assert skipped == {"r.html": "report", "r.json": "report"}
    assert all(not str(c["path"]).startswith(str(reports)) for c in result["candidates"])  # type: ignore[attr-defined]


def test_the_table_says_no_source_was_found_when_every_candidate_is_independent(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["find", str(corpus / "unrelated.txt"), str(corpus / "corpus"), "--index", str(corpus / "index")]
    assert main.main(arguments) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("no source found: the ") and "judged independent" in first
    assert main.main([*arguments[:1], str(corpus / "rewrite.txt"), *arguments[2:]]) == 0
    assert not capsys.readouterr().out.startswith("no source found")  # its source is there


def test_an_article_titled_like_a_report_is_still_an_article(tmp_path: Path) -> None:
    page = tmp_path / "film.html"
    page.write_text("<html><head><title>Parallax: the thriller that bends time</title></head><body><p>"
                    + "The film opens in cinemas on Friday after a long wait for its many fans. " * 3
                    + "</p></body></html>", encoding="utf-8")  # fmt: skip
    assert not scan_module.is_report(str(page))


def test_a_copy_of_the_article_shows_as_same_text_above_its_source(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite = corpus / "rewrite.txt"
    (corpus / "corpus" / "outlet0" / "filed_twice.txt").write_text(rewrite.read_text(encoding="utf-8"), "utf-8")
    result = find(corpus, str(rewrite), str(corpus / "corpus"), "--top", "3")
    candidates = result["candidates"]
    assert isinstance(candidates, list)
    flags = [(Path(str(c["path"])).name, c["same_text"], c["verdict"]) for c in candidates[:2]]
    assert flags == [("filed_twice.txt", True, "wholly derived"), ("story3.txt", False, flags[1][2])]
    assert flags[1][2] != "independent"
    table = capsys.readouterr().out.splitlines()
    assert "same text" in table[1] and "same text" not in table[2]
    assert any("same text: the file holds the very same sentences" in line for line in table)


def test_the_table_says_plainly_when_there_is_no_source() -> None:
    from cli.corpus import _found_table
    from core.corpus import Found

    assert _found_table([], reverse=False) == (
        "no source found: no file in the corpus shares its uncommon words (names, places, figures)"
    )
    one = Found("/c/other.txt", "Other", "", 0.2, 0.1, 0.1, "independent", "Nothing shared.", 0.0)
    first = _found_table([one], reverse=True).splitlines()[0]
    assert first == "no rewrite found: the closest file was judged independent (none shares passages with the original)"


def test_a_source_dated_after_the_article_is_shown_later(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rewrite = corpus / "rewrite.txt"
    write_article(rewrite, "What happened in the valley", rewrite_of(article_paragraphs(3), 1), date="2 March 2025")
    result = find(corpus, str(rewrite), str(corpus / "corpus"), "--top", "3")
    candidates = result["candidates"]
    assert isinstance(candidates, list)
    best = candidates[0]
    assert Path(str(best["path"])).name == "story3.txt" and best["date"] == "4 March 2025"
    assert best["out_of_order"] is True  # the source is dated two days after the article
    table = capsys.readouterr().out.splitlines()
    assert "4 March 2025 (later)" in table[1]


def test_a_source_dated_before_the_article_is_in_order(corpus: Path) -> None:
    rewrite = corpus / "rewrite.txt"
    write_article(rewrite, "What happened in the valley", rewrite_of(article_paragraphs(3), 1), date="9 March 2025")
    candidates = find(corpus, str(rewrite), str(corpus / "corpus"), "--top", "3")["candidates"]
    assert isinstance(candidates, list) and candidates[0]["out_of_order"] is False
