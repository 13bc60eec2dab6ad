"""A quote cut short (the rewrite quotes part of a sentence of it, as a whole utterance) and a quote extended (the
rewrite's quote adds words to the original's, taking none away) are flagged, naming the words."""

from __future__ import annotations

import json
from pathlib import Path

from core import compare
from core.export import write_json
from core.facts.wording import ChangeKind
from core.report import list_findings
from tests.test_core.change_notes import change_notes


def quotes(left: str, right: str) -> list[str]:
    return change_notes(left, right, ChangeKind.QUOTE)


def test_a_quote_cut_short_names_the_words_dropped() -> None:
    left = "“We will reopen the pool in June, but only if the council pays for the roof,” the manager said."
    right = "“We will reopen the pool in June,” the manager said."
    assert quotes(left, right) == ["quote shortened: words dropped from the quote: “but only if the council pays "
                                   "for the roof”"]  # fmt: skip


def test_a_quote_cut_at_its_start_is_shortened_too() -> None:
    left = "The manager said: “Unless the council pays for the roof, we will not reopen the pool in June.”"
    right = "The manager said: “We will not reopen the pool in June.”"
    assert quotes(left, right) == ["quote shortened: words dropped from the quote: “Unless the council pays for the "
                                   "roof”"]  # fmt: skip


def test_a_quote_extended_names_the_words_added() -> None:
    left = "“The pool will reopen in June,” the manager said."
    right = "“The pool will reopen in June, and entry will be free for every child,” the manager said."
    assert quotes(left, right) == ["quote extended: words added inside the quote: “and entry will be free for every "
                                   "child”"]  # fmt: skip


def test_a_quote_reworded_and_extended_stays_altered() -> None:
    left = "“The pool will reopen in June,” the manager said."
    right = "“The baths will reopen in June, and entry will be free,” the manager said."
    assert quotes(left, right) == ["quote altered: “The baths will reopen in June, and entry will be free”"]


def test_a_whole_sentence_left_out_or_a_fragment_quoted_is_no_cut() -> None:
    left = "“We will reopen the pool in June. The roof has been repaired at last,” the manager said."
    assert quotes(left, "“We will reopen the pool in June,” the manager said.") == []
    left = "“We will reopen the pool in June, once the roof is fixed,” the manager said."
    assert quotes(left, "The manager promised to “reopen the pool in June” this year.") == []


def test_the_json_quotes_carry_the_words(tmp_path: Path) -> None:
    left = "“We will reopen the pool in June, but only if the council pays for the roof,” the manager said."
    right = "“We will reopen the pool in June,” the manager said."
    target = tmp_path / "out.json"
    write_json(compare(left, right), target)
    found = json.loads(target.read_text(encoding="utf-8"))["quotes"]
    assert [q["shortened"] for q in found if q["side"] == "left"] == ["but only if the council pays for the roof"]
    assert [q["extended"] for q in found] == ["", ""]


def test_the_findings_list_says_shortened_and_extended() -> None:
    left = "“We will reopen the pool in June, but only if the council pays for the roof,” the manager said."
    texts = [f.text for f in list_findings(compare(left, "“We will reopen the pool in June,” the manager said."))]
    assert any("quote shortened: words dropped from the quote: “but only if the council pays for the roof”" in t
               for t in texts), texts  # fmt: skip
    left = "“The pool will reopen in June,” the manager said."
    right = "“The pool will reopen in June, and entry will be free for every child,” the manager said."
    texts = [f.text for f in list_findings(compare(left, right))]
    assert any("quote extended: words added inside the quote: “and entry will be free for every child”" in t
               for t in texts), texts  # fmt: skip
