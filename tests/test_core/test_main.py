"""The command line: JSON out, clear errors with status 2, and no Qt for headless runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "assets" / "samples"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)  # a window would wait


def test_json_to_standard_output() -> None:
    result = run(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "parallax/1" and data["left"]["name"] == "original.txt"


def test_json_to_a_file_without_qt(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    code = (
        "import sys, main\n"
        f"args = [{str(SAMPLES / 'original.txt')!r}, {str(SAMPLES / 'rewrite.txt')!r}, '--json', {str(out)!r}]\n"
        "status = main.main(args)\n"
        "print(status, any(m.startswith('PySide6') for m in sys.modules))\n"
        "print(sorted({'zipfile', 'xml.etree.ElementTree', 'core.load.readers_binary', 'logging', 'tempfile',\n"
        "              'shutil', 'core.load.news_xml'} & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[0].split() == ["0", "False"]
    assert result.stdout.splitlines()[1] == "[]"  # two .txt files need no reader of packaged formats, no logging
    assert json.loads(out.read_text(encoding="utf-8"))["links"]


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"), str(SAMPLES / "rewrite.txt"), "--json", "-")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"parallax: {tmp_path / 'nope.txt'}: no such file"]
    assert result.stdout == ""


def test_folder_and_binary_inputs_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    for bad in (tmp_path, binary):
        result = run(str(bad), str(SAMPLES / "rewrite.txt"), "--json", "-")
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = run(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "--json", str(tmp_path / "no" / "x.json"))
    assert result.returncode == 2 and "cannot be written" in result.stderr


def test_one_file_only_is_a_usage_error_headless() -> None:
    result = run(str(SAMPLES / "original.txt"), "--json", "-")
    assert result.returncode == 2 and "give two articles" in result.stderr and result.stdout == ""


def test_html_to_standard_output() -> None:
    result = run(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "--html", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.rstrip().endswith("</html>")
    assert not (ROOT / "-").exists()


def test_no_articles_headless_compares_the_bundled_sample() -> None:
    result = run("--json", "-")
    assert result.returncode == 0 and json.loads(result.stdout)["right"]["name"] == "rewrite.txt"


def test_time_budget_must_be_positive() -> None:
    for bad in ("0", "-1", "nan", "inf", "soon"):
        result = run(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "--time-budget", bad, "--json", "-")
        assert result.returncode == 2 and "--time-budget" in result.stderr and result.stdout == "", bad
    good = run(str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "--time-budget", "0.5", "--json", "-")
    assert good.returncode == 0


def test_messages_name_the_path_as_typed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "empty.txt").write_text("")
    typed = "sub/empty.txt"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), typed, str(SAMPLES / "rewrite.txt"), "--json",
                             "-"], capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert result.stderr.strip() == f"parallax: {typed} is empty"
    found = subprocess.run([sys.executable, str(ROOT / "main.py"), "find", typed, str(SAMPLES), "--index",
                            str(tmp_path / "index")], capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert found.returncode == 2 and found.stderr.strip() == f"parallax: {typed} is empty"  # find says it alike


def test_both_sides_from_standard_input_is_refused() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "-", "-", "--json", "-"], input="Some text.",
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 2 and "only one side can be standard input" in result.stderr
    windowed = subprocess.run([sys.executable, str(ROOT / "main.py"), "-", "-"], input="Some text.",
                              capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert windowed.returncode == 2 and "only one side can be standard input" in windowed.stderr  # not "--json"
    command = [sys.executable, str(ROOT / "main.py"), "-", str(SAMPLES / "rewrite.txt"), "--json", "-"]
    text = (SAMPLES / "original.txt").read_text()
    one = subprocess.run(command, input=text, capture_output=True, text=True, cwd=ROOT)
    assert one.returncode == 0 and json.loads(one.stdout)["left"]["name"] == "standard input"


def test_three_articles_are_two_sources_and_a_rewrite() -> None:
    result = run(
        str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), str(SAMPLES / "rewrite.txt"), "--json", "-"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [source["name"] for source in data["sources"]] == ["original.txt", "rewrite.txt"]


def test_install_desktop_writes_entry_and_icon(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--install-desktop"], capture_output=True,
                            text=True, cwd=ROOT, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "share" / "applications" / "parallax.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "parallax.svg"
    assert icon.read_bytes() == (ROOT / "assets" / "icons" / "parallax.svg").read_bytes()
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    command = fields["Exec"].removesuffix(" %F").split()
    assert fields["Exec"].endswith(" %F") and Path(command[0]).is_file() and fields["Icon"] == "parallax"
    assert "text/plain" in fields["MimeType"].split(";")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_plain_takes_paragraphs_as_given(tmp_path: Path) -> None:
    left = tmp_path / "a.txt"
    left.write_text("Paul, a servant, called to be an apostle\n\nGrace to you and peace from God our Father.\n")
    right = tmp_path / "b.txt"
    right.write_text("Paul, a servant, called to be an apostle\n\nGrace and peace to you from God our Father.\n")
    plain = json.loads(run(str(left), str(right), "--plain", "--json", "-").stdout)
    assert plain["left"]["paragraphs"][0]["text"].startswith("Paul") and plain["left"]["title"] == "a"
    loaded = json.loads(run(str(left), str(right), "--json", "-").stdout)
    assert loaded["left"]["title"].startswith("Paul")  # without --plain, a first line like this is a headline


def test_json_carries_substantive_changes(tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("The mayor said the bridge would reopen in June.\n\nThe river rose overnight.\n", encoding="utf-8")
    right.write_text(
        "The mayor claimed the bridge may reopen in June.\n\nThe river rose overnight.\n", encoding="utf-8"
    )
    result = run(str(left), str(right), "--plain", "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    first, second = data["links"]
    assert {c["kind"] for c in first["changes"]} == {"attribution", "hedge"} and first["substantive"] is True
    assert all(set(c) == {"kind", "left", "right", "note"} for c in first["changes"])
    assert second["changes"] == [] and second["substantive"] is False
    assert data["summary"]["substantive"] == 1
    assert data["summary"]["changes"] == {"attribution": 1, "hedge": 1}


def _quieted_for(articles: list[str]) -> tuple[bool, list[str]]:
    """In a fresh interpreter, main's quieting of the format libraries for these articles: whether it imported
    logging, and the library loggers it set to CRITICAL."""
    code = (
        "import sys, main\n"
        "from core.load import LIBRARY_LOGGERS\n"
        f"main._quiet_format_libraries({articles!r})\n"
        "imported = 'logging' in sys.modules\n"
        "import logging\n"
        "print(imported, *(n for n in LIBRARY_LOGGERS if logging.getLogger(n).level == logging.CRITICAL))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    imported, *quiet = result.stdout.split()
    return imported == "True", quiet


def test_format_libraries_are_quiet_when_a_file_may_need_them() -> None:
    from core.load import LIBRARY_LOGGERS

    everything = (True, list(LIBRARY_LOGGERS))
    assert _quieted_for(["a.txt", "B.TXT"]) == _quieted_for(["-", "b.md"]) == (False, [])
    for articles in (["a.txt", "b.html"], ["a.PDF", "-"], ["a", "b.txt"]):
        assert _quieted_for(articles) == everything, articles


def test_own_reader_suffixes_import_no_format_library(tmp_path: Path) -> None:
    from core.load import LIBRARY_LOGGERS, OWN_READER_SUFFIXES

    texts = {".md": "# Floods\n\nThe river *rose* overnight.\n", ".rtf": "{\\rtf1\\ansi The river rose.\\par}"}
    paths = []
    for suffix in OWN_READER_SUFFIXES:
        paths.append(tmp_path / f"a{suffix}")
        paths[-1].write_text(texts.get(suffix, texts.get(suffix[:3], "The river rose overnight.\n")))
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>The river rose overnight and flooded the valley.</p></body></html>")
    code = (
        "import sys\n"
        "from core.load import load_article\n"
        "for path in sys.argv[1:]:\n"
        "    load_article(path)\n"
        f"    print(sorted(m for m in sys.modules if m.split('.')[0] in {LIBRARY_LOGGERS!r}))\n"
    )
    command = [sys.executable, "-c", code, *map(str, paths), str(page)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    *own, html = result.stdout.splitlines()
    assert own == ["[]"] * len(OWN_READER_SUFFIXES)
    assert "trafilatura" in html  # the check sees a library when one is loaded


def test_the_same_file_twice_is_warned_about_and_still_compared(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    sample = str(SAMPLES / "original.txt")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), sample, sample, "--json", str(out)],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0 and out.exists()
    assert result.stderr.strip() == f"parallax: warning: {sample} given twice, it is compared with itself"


def test_a_source_given_twice_is_one_source_not_a_comparison_with_itself(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    sample, rewrite = str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), sample, sample, rewrite, "--json", str(out)],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0
    assert result.stderr.strip() == f"parallax: warning: {sample} given twice, it is one source, not two"
