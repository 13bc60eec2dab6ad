"""Hostile and broken inputs: each gives a clear LoadError or a correct result, within a bounded time and
memory (measured by the benchmarks; here: it finishes, and tracemalloc's peak stays under ``MEMORY_BOUND``)."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from core import Document, LoadError, LoadFailure, compare, load_article

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "assets" / "samples" / "original.txt"
MEMORY_BOUND = 400 * 2**20  # bytes of Python allocations for one hostile input


def load_bounded(path: Path) -> Document | LoadError:
    """Load a file, returning the article or the LoadError, and check the memory it took."""
    tracemalloc.start()
    try:
        return load_article(path)
    except LoadError as error:
        return error
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < MEMORY_BOUND, f"{path.name} took {peak / 2**20:.0f} MB"


def test_whitespace_only(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(" \n\t\n\u00a0\u200b\n")
    error = load_bounded(tmp_path / "w.txt")
    assert isinstance(error, LoadError) and error.reason is LoadFailure.EMPTY


def test_a_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(200 * 2**20)  # sparse: no disk used, no time spent
    error = load_bounded(path)
    assert isinstance(error, LoadError) and error.reason is LoadFailure.TOO_LARGE
    assert str(error) == "huge.txt is 200 MB; Parallax reads articles up to 50 MB"


def test_one_line_paragraph_of_two_megabytes(tmp_path: Path) -> None:
    sentence = "The council met again on Monday and agreed a budget of 11,000 pounds for the bridge. "
    path = tmp_path / "line.txt"
    path.write_text(sentence * (2 * 2**20 // len(sentence)))
    document = load_bounded(path)
    assert isinstance(document, Document)
    assert len(document.paragraphs) == 1 and len(document.paragraphs[0].sentences) > 20_000


def test_invalid_and_mixed_utf8_is_read_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Café owners in Zürich ".encode() + "said the rules were unfair, señor.".encode("latin-1") + b"\xff\xfe"
    )
    document = load_bounded(path)
    assert isinstance(document, Document)
    assert "Zürich" in document.paragraphs[0].text or "Z" in document.paragraphs[0].text


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"Some text\x00with a NUL byte in it.")
    error = load_bounded(tmp_path / "nul.txt")
    assert isinstance(error, LoadError) and error.reason is LoadFailure.BINARY


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (210 * 2**20))  # 210 MB of zeros packs to about 200 KB
    assert path.stat().st_size < 2**20
    error = load_bounded(path)
    assert isinstance(error, LoadError) and error.reason is LoadFailure.TOO_LARGE


def test_docx_billion_laughs_is_refused_or_harmless(tmp_path: Path) -> None:
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    laughs = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10))
        + "]>"
    )
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                head, rest = text.split("?>", 1)
                data = (
                    head
                    + "?>"
                    + laughs
                    + rest.replace("<w:body>", "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", 1)
                ).encode()
            target.writestr(item, data)
    result = load_bounded(path)
    if isinstance(result, LoadError):
        assert result.reason is LoadFailure.CORRUPT
    else:
        assert sum(len(p.text) for p in result.paragraphs) < 10_000  # not expanded


def test_html_nested_100000_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "<p>A short paragraph deep inside the page, about a storm.</p>"
                    + "</div>" * 100_000 + "</body></html>")  # fmt: skip
    result = load_bounded(path)
    assert isinstance(result, LoadError) or bool(result.paragraphs)


def test_html_with_scripts_iframes_and_javascript_links(tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(
        "<html><head><script>document.title='owned'</script></head><body><article>"
        "<p>The council approved the new budget for the river bridge repairs on Monday evening.</p>"
        '<iframe src="https://example.invalid/ad"></iframe><script>alert(1)</script>'
        '<p>Work starts in <a href="javascript:alert(2)">March</a>, officials said after the long meeting.</p>'
        "</article></body></html>"
    )
    result = load_bounded(path)
    assert isinstance(result, Document)
    text = " ".join(p.text for p in result.paragraphs)
    assert "alert" not in text and "owned" not in text and "March" in text


def test_rtf_with_an_embedded_object(tmp_path: Path) -> None:
    path = tmp_path / "object.rtf"
    path.write_text("{\\rtf1\\ansi The bridge reopened on Monday after repairs.\\par"
                    "{\\object\\objemb{\\*\\objdata 0105000002000000074d5a90000300000004000000ffff}}"
                    "Traffic flowed again by the evening rush hour.\\par}")  # fmt: skip
    result = load_bounded(path)
    assert isinstance(result, Document)
    assert [p.text for p in result.paragraphs] == [
        "The bridge reopened on Monday after repairs.",
        "Traffic flowed again by the evening rush hour.",
    ]


@pytest.mark.parametrize("name", ["with spaces.txt", "ünïcödé – 記事.txt", "-leading-dash.txt"])
def test_awkward_file_names_on_the_command_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("The bridge reopened on Monday after repairs, officials said.")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--json", "-", "--", str(path), str(GOOD)]
                            if name.startswith("-") else
                            [sys.executable, str(ROOT / "main.py"), str(path), str(GOOD), "--json", "-"],
                            capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"format": "parallax/1"' in result.stdout


def test_symlink_to_nowhere(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "gone.txt", link)
    error = load_bounded(link)
    assert isinstance(error, LoadError) and error.reason is LoadFailure.MISSING


def test_comparing_a_large_paragraph_with_itself_stays_bounded() -> None:
    text = " ".join(f"Sentence {k} says the council spent {k * 7} pounds on the bridge." for k in range(3000))
    tracemalloc.start()
    result = compare(text, text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(result.links) == 3000 and {link.kind.value for link in result.links} == {"identical"}
    assert peak < MEMORY_BOUND


def _damaged_odt(tmp_path: Path, change: int) -> Path:
    """A valid .odt with one byte of its packed text changed (found by bench/fuzz_loaders.py)."""
    path = tmp_path / "damaged.odt"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "content.xml",
            "<office:document-content xmlns:office='urn:x'>" + "<p>text</p>" * 50 + "</office:document-content>",
        )
    data = bytearray(path.read_bytes())
    data[change] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("change", [0, 2, 40, 60])  # local header magic, version, packed data
def test_damaged_odt_members_are_corrupt_not_a_crash(tmp_path: Path, change: int) -> None:
    error = load_bounded(_damaged_odt(tmp_path, change))
    assert isinstance(error, LoadError) and error.reason is LoadFailure.CORRUPT


@pytest.mark.parametrize("suffix", [".odt", ".docx"])
def test_zip_claiming_an_unknown_version_is_corrupt(tmp_path: Path, suffix: str) -> None:
    """A damaged "version needed to extract" in the central directory (found by bench/fuzz_loaders.py)."""
    path = tmp_path / f"odd{suffix}"
    member = "content.xml" if suffix == ".odt" else "word/document.xml"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "<x>text</x>")
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (195).to_bytes(2, "little")  # "version 19.5"
    path.write_bytes(bytes(data))
    error = load_bounded(path)
    assert isinstance(error, LoadError) and error.reason is LoadFailure.CORRUPT
