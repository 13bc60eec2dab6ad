"""Outputs that would destroy an input are refused, with one line and exit status 2, and the input keeps its
text: a report over an article compared, a find result over the article searched for or into a corpus folder
(the next ``index`` would read it as an article), reuse pairs into a corpus folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import main

ORIGINAL = "The ferry will run every 20 minutes from Monday, the harbour board said.\n"
REWRITE = "Ferries will now run every 15 minutes, the harbour board announced on Monday.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "original.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "rewrite.txt").write_text(REWRITE, encoding="utf-8")
    return folder


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "arguments",
    [
        ["{c}/original.txt", "{c}/rewrite.txt", "--html", "{c}/rewrite.txt"],
        ["{c}/original.txt", "{c}/rewrite.txt", "--json", "{c}/../corpus/original.txt"],
        ["find", "{c}/rewrite.txt", "{c}", "--json", "{c}/found.json", "--index", "{c}/../index"],
        ["reuse", "{c}", "--out", "{c}/pairs.jsonl", "--index", "{c}/../index"],
        ["index", "{c}", "--json", "{c}/done.json", "--index", "{c}/../index"],
    ],
)
def test_an_output_over_an_input_is_refused(
    corpus: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _texts(corpus)
    assert main.main([a.format(c=corpus) for a in arguments]) == 2
    assert _texts(corpus) == before  # nothing overwritten, nothing added
    error = capsys.readouterr().err.strip()
    assert error.startswith("parallax: ") and "\n" not in error
    assert "articles being compared" in error or "inside the corpus folder" in error


def test_an_output_elsewhere_is_written(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main.main([str(corpus / "original.txt"), str(corpus / "rewrite.txt"), "--html", str(out)]) == 0
    assert out.stat().st_size > 0


@pytest.mark.parametrize("option", [["find", "A", "B", "--top", "0"], ["reuse", "B", "--out", "-", "--workers", "-3"]])
def test_counts_below_one_are_refused(option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main.main(option)
    assert stopped.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err
