"""``--cluster`` with an address nothing listens at: exit 2 and one line, at once, without Dask's retries."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import main
from tests.test_corpus.articles import article_paragraphs, write_article


def _closed_port() -> int:
    """A local port that was free a moment ago and has nothing listening on it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("command", ["find", "index", "reuse"])
def test_a_closed_scheduler_port_is_one_line_and_exit_2_without_waiting_for_dask(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")

    def no_client(*_: object, **__: object) -> None:
        raise AssertionError("Dask's client was started for an address that does not answer")

    monkeypatch.setattr(distributed, "Client", no_client)  # its retries are what took 10 to 30 s
    article = write_article(tmp_path / "article.txt", "A harbour story", article_paragraphs(5))
    corpus = tmp_path / "corpus"
    write_article(corpus / "other.txt", "Another story", article_paragraphs(6))
    address = f"tcp://127.0.0.1:{_closed_port()}"
    arguments = {"find": [str(article), str(corpus)], "index": [str(corpus)],
                 "reuse": [str(corpus), "--out", str(tmp_path / "pairs.jsonl")]}[command]  # fmt: skip
    status = main.main([command, *arguments, "--cluster", address, "--index", str(tmp_path / "index")])
    assert status == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"parallax: cannot reach the Dask scheduler {address}: ")
