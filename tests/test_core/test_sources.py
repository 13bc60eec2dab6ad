"""Several sources in one comparison: shared text aligned once, to the earliest; attribution; JSON; CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from core import (
    Document,
    Side,
    combine_sources,
    compare,
    comparison_to_dict,
    document_from_text,
)
from core.engine import Verdict, attribute_sources
from tests.test_core.sources_texts import OTHER_STORY, REWRITE_OF_STORIES, REWRITE_OF_TAKES, TAKE_1, TAKE_2

ROOT = Path(__file__).resolve().parents[2]


def docs(*texts: str) -> list[Document]:
    return [document_from_text(text, name=f"source{i}.txt", title=f"Source {i}") for i, text in enumerate(texts)]


def right_source(left: Document, rewrite: Document, links: object, text: str) -> int | None:
    """The source the right sentence starting with ``text`` is attributed to."""
    assert isinstance(links, tuple)
    attributed = attribute_sources(left, links)
    found = [sid for sid in rewrite.sentence_ids() if rewrite.sentence(sid).text.startswith(text)]
    assert len(found) == 1
    return attributed.get(found[0])


def test_text_two_takes_share_stands_once_in_the_earliest() -> None:
    left = combine_sources(docs(TAKE_1, TAKE_2))
    texts = [p.text for p in left.paragraphs]
    assert len(texts) == len(set(texts)) == 5  # 3 of take 1, then the 2 paragraphs only take 2 has
    assert [p.source for p in left.paragraphs] == [0, 0, 0, 1, 1]
    assert [p.also_in for p in left.paragraphs] == [(1,), (1,), (1,), (), ()]
    assert [(s.name, s.repeated) for s in left.sources] == [("source0.txt", 0), ("source1.txt", 3)]
    assert left.name == "source0.txt, source1.txt" and left.title == "Source 0"


def test_rewrite_of_two_takes_aligns_shared_text_to_the_earliest() -> None:
    left = combine_sources(docs(TAKE_1, TAKE_2))
    result = compare(left, document_from_text(REWRITE_OF_TAKES))
    assert right_source(result.left, result.right, result.links, "Two dock workers") == 0
    assert right_source(result.left, result.right, result.links, "A crane collapsed") == 0
    assert right_source(result.left, result.right, result.links, "Investigators") == 1
    assert right_source(result.left, result.right, result.links, "A spokesman") == 1
    assert result.summary is not None
    assert result.summary.from_sources == (0.5, 0.5)
    assert result.summary.right_from_left == 1.0
    assert result.summary.verdict is Verdict.WHOLLY_DERIVED
    assert "the 2 sources" in result.summary.verdict_reason


def test_rewrite_of_two_different_stories_attributes_each_sentence() -> None:
    left = combine_sources(docs(TAKE_1, OTHER_STORY))
    assert [p.source for p in left.paragraphs] == [0, 0, 0, 1, 1, 1] and not any(p.also_in for p in left.paragraphs)
    result = compare(left, document_from_text(REWRITE_OF_STORIES))
    assert right_source(result.left, result.right, result.links, "Harbour officials") == 0
    assert right_source(result.left, result.right, result.links, "Across town") == 1
    assert right_source(result.left, result.right, result.links, "Students") == 1
    assert result.summary is not None and result.summary.from_sources == (0.5, 0.5)


def test_one_source_is_the_plain_comparison() -> None:
    only = docs(TAKE_2)[0]
    assert combine_sources([only]) is only
    result = compare(only, document_from_text(REWRITE_OF_TAKES))
    assert result.summary is not None
    assert result.summary.from_sources == (result.summary.right_from_left,)
    assert only.source_list()[0].name == "source0.txt"


def test_unrelated_source_gets_no_share() -> None:
    left = combine_sources(docs(OTHER_STORY, TAKE_1))
    result = compare(left, document_from_text(REWRITE_OF_TAKES))
    assert result.summary is not None
    first, second = result.summary.from_sources
    assert first == 0.0 and second > 0.0


def test_json_lists_sources_and_the_source_of_each_left_paragraph() -> None:
    left = combine_sources(docs(TAKE_1, TAKE_2, OTHER_STORY))
    data = json.loads(json.dumps(comparison_to_dict(compare(left, document_from_text(REWRITE_OF_TAKES)))))
    assert [s["name"] for s in data["sources"]] == ["source0.txt", "source1.txt", "source2.txt"]
    assert set(data["sources"][0]) == {"name", "title", "byline", "date", "repeated", "near_copies"}
    assert [p["source"] for p in data["left"]["paragraphs"]] == [0, 0, 0, 1, 1, 2, 2, 2]
    assert data["left"]["paragraphs"][0]["also_in"] == [1]
    assert "source" not in data["right"]["paragraphs"][0]
    assert len(data["summary"]["from_sources"]) == 3
    one = comparison_to_dict(compare(TAKE_1, TAKE_2))
    assert [s["name"] for s in one["sources"]] == ["left"] and one["left"]["paragraphs"][0]["source"] == 0


def test_command_line_takes_several_sources(tmp_path: Path) -> None:
    paths = []
    for name, text in (("take1.txt", TAKE_1), ("take2.txt", TAKE_2), ("rewrite.txt", REWRITE_OF_TAKES)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    html = tmp_path / "report.html"
    command = [sys.executable, "main.py", *map(str, paths), "--json", "-", "--html", str(html)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [s["name"] for s in data["sources"]] == ["take1.txt", "take2.txt"]
    assert data["right"]["name"] == "rewrite.txt"
    assert data["summary"]["verdict"] == "wholly derived"
    assert "Investigators from the national safety board" in html.read_text(encoding="utf-8")


def test_command_line_refuses_one_file_and_two_standard_inputs(tmp_path: Path) -> None:
    for args in (["a.txt", "--json", "-"], ["-", "-", "--json", "-"]):  # one file alone: the window asks
        done = subprocess.run(
            [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
        )
        assert done.returncode == 2 and done.stderr.startswith("parallax: ") and "Traceback" not in done.stderr
    assert Side.LEFT.other is Side.RIGHT


def test_html_report_lists_sources_labels_paragraphs_and_gives_the_verdict() -> None:
    from core.export.to_html import report_to_html
    from core.report import build_report

    sources = docs(TAKE_1, TAKE_2, OTHER_STORY)
    sources[2] = document_from_text(OTHER_STORY, name="library.txt", title="Late <b>hours</b>")
    left = combine_sources(sources)
    html = report_to_html(build_report(compare(left, document_from_text(REWRITE_OF_TAKES))))
    assert "3 SOURCES" in html and "S3 Late &lt;b&gt;hours&lt;/b&gt;" in html and "<b>hours" not in html
    assert html.count('<span class="source" title=') == len(left.paragraphs)  # the legend's sample has none
    assert '<span class="source" title="from source 1, source0.txt; repeated by source 2, source1.txt' in html
    assert "Verdict: wholly derived." in html and "Sentences linked to each source: S1 50%, S2 50%, S3 0%" in html
    pair = report_to_html(build_report(compare(TAKE_1, REWRITE_OF_TAKES)))
    assert '<span class="source"' not in pair and "ORIGINAL" in pair and "Verdict: " in pair


class _Legend(HTMLParser):
    """The report's legend as (the HTML of each <dt>, the text of each <dd>)."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[list[str]] = []
        self.inside = ""
        self.source_spans = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "dl" and ("class", "legend") in attrs:
            self.inside = "dl"
        elif self.inside and tag in ("dt", "dd"):
            self.inside = tag
            if tag == "dt":
                self.entries.append(["", ""])
        elif self.inside == "dt" and tag == "span" and ("class", "source") in attrs:
            self.source_spans += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "dl":
            self.inside = ""

    def handle_data(self, data: str) -> None:
        if self.inside in ("dt", "dd"):
            self.entries[-1][0 if self.inside == "dt" else 1] += data


def legend_of(html: str) -> _Legend:
    parser = _Legend()
    parser.feed(html)
    return parser


def test_html_legend_explains_the_source_label_only_with_several_sources() -> None:
    from core.export.to_html import report_to_html
    from core.report import LEGEND, build_report

    (entry,) = [e for e in LEGEND if e.several_sources]
    left = combine_sources(docs(TAKE_1, TAKE_2))
    several = legend_of(report_to_html(build_report(compare(left, document_from_text(REWRITE_OF_TAKES)))))
    assert [entry.sample, entry.meaning] in several.entries and several.source_spans == 1
    assert len(several.entries) == len(LEGEND)
    pair = legend_of(report_to_html(build_report(compare(TAKE_1, REWRITE_OF_TAKES))))
    assert [entry.sample, entry.meaning] not in pair.entries and pair.source_spans == 0
    assert len(pair.entries) == len(LEGEND) - 1 and ["struck through", "removed from the original"] in pair.entries
