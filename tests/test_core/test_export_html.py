"""The HTML report: every sentence once, highlights where the comparison has them, hostile text inert,
atomic writes."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from core import compare, load_article
from core.export import report_to_html, write_html
from core.report import build_report

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "assets" / "samples"


class ReportParser(HTMLParser):
    """Collects the text of each table cell by side (without the labels of substantive changes, which are not
    article text), the tags used, and every attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[str, list[str]] = {"Original": [], "Rewrite": []}
        self.side: str | None = None
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs
        values = dict(attrs)
        self.in_label = tag == "span" and values.get("class") == "change-tag"
        if tag == "td":
            self.side = values.get("data-side")
            if self.side:
                self.cells[self.side].append("")
        if values.get("id"):
            self.anchors.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))

    def handle_endtag(self, tag: str) -> None:
        self.in_label = False
        if tag == "td":
            self.side = None

    def handle_data(self, data: str) -> None:
        if self.side and not self.in_label:
            self.cells[self.side][-1] += data


def parsed(html: str) -> ReportParser:
    parser = ReportParser()
    parser.feed(html)
    return parser


def test_every_sentence_appears_once_on_its_side() -> None:
    comparison = compare(load_article(SAMPLES / "original.txt"), load_article(SAMPLES / "rewrite.txt"))
    report = parsed(report_to_html(build_report(comparison)))
    for document, side in ((comparison.left, "Original"), (comparison.right, "Rewrite")):
        text = " ".join(report.cells[side])
        for paragraph in document.paragraphs:
            for sentence in paragraph.sentences:
                assert text.count(sentence.text) == 1, sentence.text


def test_highlights_follow_the_comparison() -> None:
    comparison = compare("The bridge closed on Monday. Repairs cost £2m.", "The bridge closed on Tuesday.")
    html = report_to_html(build_report(comparison))
    assert re.search(r"<del>(<[^>]*>)*Monday", html) and re.search(r"<ins>(<[^>]*>)*Tuesday", html)
    assert re.search(r'<mark class="figure" title="[^"]*2m', html)  # the dropped £2m is framed, with a note
    assert "<del>Repairs cost" in html


def test_moved_text_links_both_ways() -> None:
    comparison = compare("A storm hit the coast.\n\nTwo people died.", "Two people died.\n\nA storm hit the coast.")
    report = parsed(report_to_html(build_report(comparison)))
    moved = [link for link in report.links if link.startswith("#row-")]
    assert len(moved) >= 2 and all(link[1:] in report.anchors for link in moved)


HOSTILE = (
    'The mayor wrote <script>alert("x")</script> and <img src=x onerror="alert(1)"> in his post. '
    'He linked <a href="javascript:alert(2)">this</a> and closed a </table></td> tag. '
    'Then came <iframe src="https://example.invalid"></iframe> and <style>body{display:none}</style>.'
)


def test_hostile_article_text_shows_as_text_and_runs_nothing() -> None:
    html = report_to_html(build_report(compare(HOSTILE, HOSTILE.replace("mayor", "council"))))
    report = parsed(html)
    assert "script" not in report.tags and "iframe" not in report.tags and "img" not in report.tags
    assert report.tags.count("style") == 1  # ours, in the head
    assert not any(name.startswith("on") for name, _ in report.attributes)
    assert not any(link.lower().startswith("javascript:") for link in report.links)
    assert "&lt;script&gt;" in html and "https://example.invalid" not in report.links
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    text = " ".join(report.cells["Original"])
    assert '<script>alert("x")</script>' in text  # the reader still sees what the article said


def test_a_failed_write_leaves_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old report")
    comparison = compare("A storm hit the coast.", "A storm hit the coast \ud800 today.")
    with pytest.raises(UnicodeEncodeError):
        write_html(build_report(comparison), target)
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"),
         "--html", str(tmp_path / "missing" / "r.html")], capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2 and "cannot be written" in result.stderr


def test_command_line_report_without_qt(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    code = (
        "import sys, main\n"
        f"status = main.main([{str(SAMPLES / 'original.txt')!r}, {str(SAMPLES / 'rewrite.txt')!r}, '--html', "
        f"{str(out)!r}])\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.split() == ["0", "False"]
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'lang="en"' in html and "<table" in html
    assert out.stat().st_mode & 0o004  # a report is for sharing: readable by others, not mkstemp's 0600


def test_long_reports_come_in_chunks_that_keep_every_row_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.export.to_html

    monkeypatch.setattr(core.export.to_html, "ROWS_PER_CHUNK", 20)
    monkeypatch.setattr(core.export.to_html, "FINDINGS_PER_CHUNK", 15)
    paragraphs = [f"Ferry {k} carried {k + 3} cars across the bay." for k in range(50)]
    rewritten = [p.replace(f"{k + 3} cars", f"{k + 4} vans") for k, p in enumerate(paragraphs)]
    comparison = compare("\n\n".join(paragraphs), "\n\n".join(rewritten))
    html = report_to_html(build_report(comparison))
    report = parsed(html)
    rows = [int(m) for m in re.findall(r'<tr id="row-(\d+)"', html)]
    assert rows == list(range(1, len(comparison.rows) + 1))  # every row once, in order, across the chunks
    chunks = re.findall(r'<div class="chunk"><table class="rows">.*?</table></div>', html)
    assert [c.count("<tr ") for c in chunks] == [20, 20, len(rows) - 40]
    starts = [int(s) for s in re.findall(r'<ol class="findings chunk" start="(\d+)"', html)]
    findings = html.count('<li><a href="#row-')
    assert findings > 15 and starts == list(range(1, findings + 1, 15))  # numbering runs on across the lists
    assert {link[1:] for link in report.links if link.startswith("#row-")} <= report.anchors


def test_a_figure_the_diff_cuts_in_pieces_has_one_frame() -> None:
    """ "8%" -> "12%": the diff keeps "%" and changes the digits; the figure is still one framed thing."""
    result = compare("Fares will rise by 8% in April, the operator said.", "Fares will rise by 12% in April, it said.")
    page = report_to_html(build_report(result))
    body = page[page.index('<section id="rows">') :]
    frames = re.findall(r'<span class="figure-frame">(.*?)</span>(?!</mark>)', body)
    shown = [re.sub(r"<[^>]+>", "", frame) for frame in frames]
    assert shown == ["8%", "12%"], shown
    assert 'class="figure piece"' in body  # each piece keeps the figure's colour, without a frame of its own
