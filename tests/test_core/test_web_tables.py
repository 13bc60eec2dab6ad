"""Tables in a saved web page are article text: kept, one row a paragraph."""

from __future__ import annotations

from pathlib import Path

from core import load_article
from core.facts import extract_figures

PAGE = """<html><head><title>Election results</title></head><body><article><h1>Election results</h1>
<p>The council published the results of the vote on Monday, with turnout at 41 per cent across the borough.</p>
<table><tr><th>Party</th><th>Votes</th><th>Seats</th></tr><tr><td>Green</td><td>12,400</td><td>8</td></tr>
<tr><td>Labour</td><td>11,900</td><td>7</td></tr></table>
<p>The Green group will lead the council for the first time, its leader said in a statement on Tuesday.</p>
</article></body></html>"""


def test_a_results_table_is_kept_as_rows(tmp_path: Path) -> None:
    path = tmp_path / "results.html"
    path.write_text(PAGE, encoding="utf-8")
    texts = [p.text for p in load_article(path).paragraphs]
    assert "Green | 12,400 | 8" in texts and "Labour | 11,900 | 7" in texts
    assert texts[0].startswith("The council published") and texts[-1].startswith("The Green group")
    assert not any("---" in text for text in texts)
    assert [f.text for f in extract_figures(" ".join(texts)) if f.text.startswith("1")] == ["12,400", "11,900"]


def test_a_footer_copyright_year_is_not_the_date(tmp_path: Path) -> None:
    page = PAGE.replace("</article>", "</article><footer>© 2019 Kelmsford Echo. All rights reserved.</footer>")
    path = tmp_path / "results.html"
    path.write_text(page, encoding="utf-8")
    document = load_article(path)
    assert "2019" not in document.date
    dated = page.replace("<head>", "<head><meta property='article:published_time' content='2025-03-03T08:00:00Z'>")
    path.write_text(dated, encoding="utf-8")
    assert load_article(path).date == "2025-03-03"
