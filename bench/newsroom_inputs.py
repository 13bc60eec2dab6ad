"""What each newsroom input becomes: wire copy, NITF and NewsML-G2, a browser-printed PDF, CJK pages, pages
in legacy encodings. The inputs are the tests' own fixtures (written for this project), loaded once more with
the time measured: the second table in docs/robustness.md.

    python bench/newsroom_inputs.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from evaldata import made_cases  # noqa: E402

from core import Document, LoadError, load_article  # noqa: E402
from tests.test_core import test_cjk_pages as cjk  # noqa: E402
from tests.test_core import test_meta_charset as charset  # noqa: E402
from tests.test_core import test_news_xml as xml  # noqa: E402
from tests.test_core import test_pdf_print as pdf  # noqa: E402
from tests.test_core import test_wire_copy as wire  # noqa: E402


def _wire(folder: Path) -> Path:
    path = folder / "wire.txt"
    path.write_bytes(wire.feed_story(wire.STORY).encode("ascii"))
    return path


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return make


def _printed(folder: Path) -> Path:
    path = folder / "printed.pdf"
    pdf.print_page(path, pdf.HEADLINE, 2)
    return path


def _cjk(language: str) -> Callable[[Path], Path]:
    title, paragraphs = cjk.PAGES[language]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    return _text(f"{language}.html", page)


def _legacy(encoding: str) -> Callable[[Path], Path]:
    found = next(page for page in charset.PAGES if page[0] == encoding)
    _, title, paragraphs = found
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f'<html><head><meta charset="{encoding}"><title>{title}</title></head><body>{body}</body></html>'
    return _text(f"{encoding}.html", page, encoding)


def _bomb() -> str:
    laughs = "".join(f'<!ENTITY l{k + 1} "&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};">' for k in range(9))
    text = xml.nitf().replace("<nitf ", f'<!DOCTYPE nitf [<!ENTITY l0 "lol">{laughs}]><nitf ', 1)
    return text.replace(xml.PARAGRAPHS[0], f"{xml.PARAGRAPHS[0]} &l9;")


def _external() -> str:
    text = xml.nitf().replace("<nitf ", '<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/hostname">]><nitf ', 1)
    return text.replace(xml.PARAGRAPHS[0], f"{xml.PARAGRAPHS[0]} &x;")


CASES: list[tuple[str, Callable[[Path], Path]]] = [
    ("UK 7-bit wire story: SOH/STX/ETX, 0x19 marks, # for £, ``quotes'', slug block, more/ends", _wire),
    ("NITF story (.xml)", _text("story.xml", xml.nitf())),
    ("NewsML-G2 item with inline NITF (.xml)", _text("item.xml", xml.newsml(xml.inline_nitf()))),
    ("NewsML-G2 item with inline XHTML (.xml)", _text("item.xml", xml.newsml(xml.inline_xhtml()))),
    ("NITF with an external entity (file:///etc/hostname)", _text("story.xml", _external())),
    ("NITF with an entity bomb (8^9 'lol's)", _text("story.xml", _bomb())),
    ("XML that is no news story", _text("story.xml", "<config><item>1</item></config>")),
    ("PDF printed from a browser, 2 pages, with its header and footer", _printed),
    ("Chinese web page", _cjk("zh")),
    ("Japanese web page", _cjk("ja")),
    ("web page in windows-1251 (declared by <meta charset>)", _legacy("windows-1251")),
    ("web page in EUC-KR (declared by <meta charset>)", _legacy("euc-kr")),
    ("web page in GB2312 (declared by <meta charset>)", _legacy("gb2312")),
]


def _outcome(document: Document) -> str:
    parts = [f"headline “{document.title[:40]}”" if document.title else "no headline"]
    if document.byline:
        parts.append(f"byline “{document.byline}”")
    if document.dateline:
        parts.append(f"dateline “{document.dateline}”")
    parts.append(f"{len(document.paragraphs)} body paragraphs")
    parts.append(f"{len(document.boilerplate)} lines set aside")
    first = document.paragraphs[0].text if document.paragraphs else ""
    return "; ".join(parts) + (f"; first: “{first[:36]}…”" if first else "")


def main() -> None:
    print("| input | what Parallax reads | time |")
    print("|---|---|---|")
    for label, path in made_cases(CASES):
        started = time.perf_counter()
        try:
            outcome = _outcome(load_article(path))
        except LoadError as error:
            outcome = f"`{error}`"
        print(f"| {label} | {outcome} | {time.perf_counter() - started:.2f} s |")


if __name__ == "__main__":
    main()
