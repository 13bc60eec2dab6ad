"""What the corpus commands draw on a terminal: the progress bar, and nothing when output is not a terminal."""

from __future__ import annotations

import io

from cli.terminal import BAR_WIDTH, ProgressBar, skipped_lines
from core.corpus import SkippedFile


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_fills_and_ends_its_line_on_a_terminal() -> None:
    stream = Terminal()
    bar = ProgressBar("indexing", stream)
    bar(0, 4)
    bar(4, 4)
    last = stream.getvalue().split("\r")[-1]
    assert last == f"indexing [{'#' * BAR_WIDTH}] 4/4\n"
    assert stream.getvalue().startswith(f"\rindexing [{'.' * BAR_WIDTH}] 0/4")


def test_no_bar_when_the_output_is_a_file() -> None:
    stream = io.StringIO()
    ProgressBar("indexing", stream)(3, 3)
    assert stream.getvalue() == ""


def test_skipped_files_are_counted_by_reason_and_listed_up_to_a_limit() -> None:
    skipped = [SkippedFile(f"/c/{i}.bin", "binary", f"{i}.bin is not a text file") for i in range(3)]
    skipped.append(SkippedFile("/c/e.txt", "empty", "e.txt is empty"))
    lines = skipped_lines(skipped, limit=2)
    assert lines[0] == "skipped 4 files (3 binary, 1 empty):"
    assert len(lines) == 4 and lines[-1].endswith("2 more (--json lists them all)")
