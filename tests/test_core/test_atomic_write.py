"""Atomic writes (core.export.atomic): the old file survives any failure, no temporary file is left behind, the
permissions are the old file's (a new one's follow the umask), and a temporary name in use is never reused."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.export.atomic import write_pieces_atomically, write_text_atomically


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "half of the new "
        raise RuntimeError("the comparison failed")

    with pytest.raises(RuntimeError):
        write_pieces_atomically(target, pieces())
    assert target.read_text(encoding="utf-8") == "old" and sorted(tmp_path.iterdir()) == [target]
    write_pieces_atomically(target, iter(["new ", "text ", "é"]))
    assert target.read_text(encoding="utf-8") == "new text é" and sorted(tmp_path.iterdir()) == [target]


def test_permissions_are_the_old_files_or_the_umasks(tmp_path: Path) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    write_text_atomically(kept, "new")
    umask = os.umask(0o027)
    try:
        write_text_atomically(tmp_path / "new.txt", "new")
    finally:
        os.umask(umask)
    assert kept.stat().st_mode & 0o777 == 0o640 and (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o640


def test_a_temporary_name_in_use_is_not_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.txt"
    taken = tmp_path / f".a.txt.{bytes(6).hex()}.tmp"
    taken.write_text("someone else's")
    draws = iter([bytes(6), bytes(6), b"\x01" * 6])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    write_text_atomically(target, "mine")
    assert target.read_text() == "mine" and taken.read_text() == "someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, taken.name])
    monkeypatch.setattr(os, "urandom", lambda n: bytes(6))
    with pytest.raises(FileExistsError):
        write_text_atomically(tmp_path / "a.txt", "never")
    assert target.read_text() == "mine"
