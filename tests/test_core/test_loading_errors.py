"""Bad input gets one clear, typed error from core and status 2 from main.py; never a traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import core.load.article
from core import LoadError, LoadFailure, load_article

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "assets" / "samples" / "original.txt"


def empty(tmp: Path) -> Path:
    (tmp / "empty.txt").write_bytes(b"")
    return tmp / "empty.txt"


def blank(tmp: Path) -> Path:
    (tmp / "blank.txt").write_text("  \n\n \t \n")
    return tmp / "blank.txt"


def binary(tmp: Path) -> Path:
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return tmp / "photo.txt"


def folder(tmp: Path) -> Path:
    (tmp / "articles").mkdir()
    return tmp / "articles"


def missing(tmp: Path) -> Path:
    return tmp / "nowhere.txt"


def corrupt_docx(tmp: Path) -> Path:
    (tmp / "report.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive" * 20)
    return tmp / "report.docx"


def docx_without_document(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "empty.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return tmp / "empty.docx"


def corrupt_odt(tmp: Path) -> Path:
    with zipfile.ZipFile(tmp / "bad.odt", "w") as archive:
        archive.writestr("content.xml", "<office:document-content><unclosed>")
    return tmp / "bad.odt"


def image_only_pdf(tmp: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, no text at all: what a scan looks like to a text reader
    pdf.output(str(tmp / "scan.pdf"))
    return tmp / "scan.pdf"


def encrypted_pdf(tmp: Path) -> Path:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Confidential report on the river bridge.")
    pdf.output(str(tmp / "plain.pdf"))
    writer = PdfWriter()
    writer.append(PdfReader(str(tmp / "plain.pdf")))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with open(tmp / "locked.pdf", "wb") as stream:
        writer.write(stream)
    return tmp / "locked.pdf"


def truncated_pdf(tmp: Path) -> Path:
    (tmp / "cut.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
    return tmp / "cut.pdf"


def html_without_article(tmp: Path) -> Path:
    (tmp / "menu.html").write_text("<html><body><nav><a href='/a'>Home</a><a href='/b'>About</a></nav></body></html>")
    return tmp / "menu.html"


def bad_rtf(tmp: Path) -> Path:
    (tmp / "note.rtf").write_text("This is not RTF at all, only a text with the wrong name.")
    return tmp / "note.rtf"


CASES: list[tuple[Callable[[Path], Path], LoadFailure, str]] = [
    (empty, LoadFailure.EMPTY, "empty.txt is empty"),
    (blank, LoadFailure.EMPTY, "blank.txt is empty"),
    (binary, LoadFailure.BINARY, "photo.txt is not a text file"),
    (folder, LoadFailure.FOLDER, "articles is a folder"),
    (missing, LoadFailure.MISSING, "no such file"),
    (corrupt_docx, LoadFailure.CORRUPT, "report.docx is damaged"),
    (docx_without_document, LoadFailure.CORRUPT, "empty.docx is damaged"),
    (corrupt_odt, LoadFailure.CORRUPT, "bad.odt is damaged"),
    (image_only_pdf, LoadFailure.NO_TEXT_LAYER, "scan.pdf has no text layer: it is a scanned image"),
    (encrypted_pdf, LoadFailure.ENCRYPTED, "locked.pdf is protected by a password"),
    (truncated_pdf, LoadFailure.CORRUPT, "cut.pdf is damaged"),
    (html_without_article, LoadFailure.NO_ARTICLE, "menu.html holds no article text"),
    (bad_rtf, LoadFailure.CORRUPT, "RTF file is damaged"),
]


@pytest.mark.parametrize(("make", "reason", "message"), CASES, ids=[case[0].__name__ for case in CASES])
def test_bad_input_raises_one_clear_error(
    tmp_path: Path, make: Callable[[Path], Path], reason: LoadFailure, message: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    assert caught.value.reason is reason
    assert message in str(caught.value)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(path), str(GOOD), "--json", "-"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    # one line: the loader's message, naming the file as it was typed (here a full path), not by its name alone
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"parallax: {path}") and line.endswith(str(caught.value).removeprefix(path.name))


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.load.article, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Word " * 400)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    assert caught.value.reason is LoadFailure.TOO_LARGE
    assert str(caught.value).startswith("big.txt is 0 MB; Parallax reads articles up to")


def test_file_that_disappears_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("A short article that will vanish.")

    def vanish(self: Path) -> bytes:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "read_bytes", vanish)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    assert caught.value.reason is LoadFailure.MISSING and "disappeared while it was being read" in str(caught.value)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Text nobody may read.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    assert caught.value.reason is LoadFailure.UNREADABLE and "Permission denied" in str(caught.value)


def test_standard_input(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "-", str(GOOD), "--json", "-"],
        input="Pasted words about the river bridge closing on Monday.",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0 and '"name": "standard input"' in result.stdout
    empty_input = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "-", str(GOOD), "--json", "-"],
        input="",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert empty_input.returncode == 2 and "standard input is empty" in empty_input.stderr
