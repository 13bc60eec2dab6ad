"""Precision of the figure and quote findings on real newsroom pairs, against verdicts a person gave once.

Pairs (``pairs()``): the first ``OSE_PAIRS`` OneStopEnglish articles by name (advanced against elementary: real
rewrites that restate, round and drop figures and quotes; the intermediate files lost their quotation marks
upstream, so they are not used) and the first ``ITERATER_PAIRS`` IteraTeR news revisions (Wikinews, test then
dev then train) that hold a digit or a quotation mark (a fixed set, whatever Parallax finds in it).

Every finding a user would see (a figure ``changed``, ``removed`` or ``added``; a quote ``unsupported``,
``altered``, ``trimmed`` or ``dropped``) was read once, with both sentences, and judged right or wrong; the
verdicts are in ``bench/newsroom_verdicts.tsv`` (pair, finding, verdict, why). The script prints precision per
kind from them, lists findings nobody judged yet (``--unjudged`` prints them with their sentences, to judge),
and measures figure recall on the IteraTeR pairs, where the edits are known: a figure edit is an edit span whose
figures differ before and after ("2nd" -> "second" is one ordinal either way); it is found when a figure finding
covers it.

    python bench/newsroom_precision.py [--unjudged] [--stale]   # --stale: judged findings no longer made
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from evaldata import EVAL, ROOT, read_tsv, require_eval

sys.path.insert(0, str(ROOT))
from core import Comparison, Document, compare, document_from_paragraphs
from core.facts import FigureStatus, QuoteStatus, extract_figures
from core.facts.ordinals import spelled_ordinals
from core.facts.quotes import quote_key

OSE_PAIRS = 15
ITERATER_PAIRS = 30
VERDICTS = Path(__file__).with_name("newsroom_verdicts.tsv")
EXCLUDED = {"Royal Baby", "WNL Arctic Ramadan", "WNL Tributes", "WNL Use of e-cig", "WNL The millenials"}
LEVEL_LINES = {"intermediate", "elementary", "advanced"}
SHOWN_QUOTES = {QuoteStatus.UNSUPPORTED, QuoteStatus.ALTERED, QuoteStatus.TRIMMED, QuoteStatus.DROPPED}


class Pair(NamedTuple):
    pair_id: str
    left: Document
    right: Document
    edits: list[dict[str, Any]]  # IteraTeR edit actions (offsets into the left text); [] for OneStopEnglish
    lead: int = 0  # characters of white space the left text lost at its start (the edits' offsets count them)


class Finding(NamedTuple):
    pair_id: str
    key: str  # stable: kind, status, texts and sentence positions
    kind: str  # "figure" or "quote"
    context: str


def _lines(path: Path) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    return [line for line in lines if line.lower() not in LEVEL_LINES]


def _ose_pairs() -> Iterator[Pair]:
    texts = EVAL / "onestopenglish" / "texts"
    names = sorted(p.name[: -len("-adv.txt")] for p in (texts / "Adv-Txt").glob("*-adv.txt"))
    names = [n for n in names if n not in EXCLUDED and (texts / "Ele-Txt" / f"{n}-ele.txt").exists()]
    for name in names[:OSE_PAIRS]:
        left = _lines(texts / "Adv-Txt" / f"{name}-adv.txt")
        right = _lines(texts / "Ele-Txt" / f"{name}-ele.txt")
        yield Pair(f"ose:{name}", document_from_paragraphs(left), document_from_paragraphs(right), [])


def _iterater_records() -> Iterator[dict[str, Any]]:
    for split in ("test", "dev", "train"):
        with (EVAL / "iterater" / "human_doc_level" / f"{split}.json").open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                if record.get("domain") == "news":
                    yield record


def _iterater_pairs() -> Iterator[Pair]:
    taken = 0
    for record in _iterater_records():
        left = document_from_paragraphs([record["before_revision"]])
        right = document_from_paragraphs([record["after_revision"]])
        before = record["before_revision"]
        lead = len(before) - len(before.lstrip())
        pair_id = f"iterater:{record['doc_id']}:{record['revision_depth']}"
        pair = Pair(pair_id, left, right, record["edit_actions"], lead)
        if any(c.isdigit() or c in "\"“”‘’'" for c in record["before_revision"] + record["after_revision"]):
            yield pair
            taken += 1
            if taken == ITERATER_PAIRS:
                return


def pairs() -> Iterator[Pair]:
    yield from _ose_pairs()
    yield from _iterater_pairs()


def _sentence(document: Document, at: Any) -> str:
    return document.sentence(at).text if at is not None else "-"


def _nearest(document: Document, text: str) -> str:
    """The sentence of ``document`` sharing most words with ``text`` (to judge a finding by)."""
    words = set(quote_key(text).split())
    best, score = "-", 0.0
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            other = set(quote_key(sentence.text).split())
            shared = len(words & other) / (len(words | other) or 1)
            if shared > score:
                best, score = sentence.text, shared
    return best


def _shown(pair: Pair, comparison: Comparison) -> list[Finding]:
    found = []
    for f in comparison.numbers:
        if f.status is FigureStatus.SAME:
            continue
        left, right = (f.left.text if f.left else ""), (f.right.text if f.right else "")
        key = f"figure|{f.status.value}|{left}|{right}|{tuple(f.left_at or ())}|{tuple(f.right_at or ())}"
        context = (
            f"{f.status.value}: {left!r} -> {right!r} {f.note}\n    L: {_sentence(comparison.left, f.left_at)}\n"
            f"    R: {_sentence(comparison.right, f.right_at)}"
        )
        if f.status is FigureStatus.REMOVED:
            context += f"\n    nearest R: {_nearest(comparison.right, _sentence(comparison.left, f.left_at))}"
        if f.status is FigureStatus.ADDED:
            context += f"\n    nearest L: {_nearest(comparison.left, _sentence(comparison.right, f.right_at))}"
        found.append(Finding(pair.pair_id, key, "figure", context))
    for q in comparison.quotes:
        if q.status not in SHOWN_QUOTES and not q.note:
            continue  # a quote with a note is shown too: "quote marks added" (or removed)
        status = ("marks added" if q.side == "right" else "marks removed") if q.note else q.status.value
        key = f"quote|{status}|{q.side}|{q.text[:80]}|{tuple(q.at)}"
        document = comparison.left if q.side == "left" else comparison.right
        context = f"{status} ({q.side}): {q.text[:160]!r}\n    in: {_sentence(document, q.at)[:300]}"
        if q.match:
            context += f"\n    match: {q.match[:160]!r}"
        other = comparison.right if q.side == "left" else comparison.left
        words = quote_key(q.text)
        holds = any(words in quote_key(p.text) for p in other.paragraphs)
        context += f"\n    other side holds these words (quoted or not): {'yes' if holds else 'no'}"
        context += f"\n    nearest other: {_nearest(other, q.text)}"
        found.append(Finding(pair.pair_id, key, "quote", context))
    return found


def _figure_edit(before: str, after: str) -> bool:
    """Whether an edit changes the figures of its text; an ordinal written in digits on one side and as "first" or
    "second" on the other ("2nd" -> "second") is one figure, so that edit is none."""

    def keys(text: str, words: bool) -> set[str]:
        return {f.key for f in extract_figures(text)} | ({f.key for f in spelled_ordinals(text)} if words else set())

    return keys(before, False) != keys(after, False) and keys(before, True) != keys(after, True)


def _figure_recall(pair: Pair, comparison: Comparison) -> tuple[int, int]:
    """(figure edits, of them found) of one IteraTeR pair."""
    offset = pair.lead
    spans = []
    for f in comparison.numbers:
        if f.status is not FigureStatus.SAME and f.left is not None and f.left_at is not None:
            start = comparison.left.sentence(f.left_at).start + f.left.start + offset
            spans.append((start, start + len(f.left.text)))
    added = [f.right.text for f in comparison.numbers if f.status is FigureStatus.ADDED and f.right is not None]
    edits = found = 0
    for edit in pair.edits:
        before, after = edit.get("before") or "", edit.get("after") or ""
        if not _figure_edit(before, after):
            continue
        edits += 1
        start, end = edit["start_char_pos"], edit["end_char_pos"]
        if (before and any(a < end and start < b for a, b in spans)) or (
            not before and any(text_ in after for text_ in added)
        ):
            found += 1
    return edits, found


def main() -> None:
    require_eval()
    verdicts = (
        {(row["pair"], row["finding"]): row["verdict"] for row in read_tsv(VERDICTS)} if VERDICTS.exists() else {}
    )
    counts: Counter[str] = Counter()
    unjudged: list[Finding] = []
    started = time.perf_counter()
    pair_count = 0
    made: set[tuple[str, str]] = set()
    for pair in pairs():
        pair_count += 1
        comparison = compare(pair.left, pair.right)
        for finding in _shown(pair, comparison):
            verdict = verdicts.get((finding.pair_id, finding.key))
            made.add((finding.pair_id, finding.key))
            if verdict is None:
                unjudged.append(finding)
            else:
                counts[f"{finding.kind}:{verdict}"] += 1
        if pair.edits:
            edits, found = _figure_recall(pair, comparison)
            counts["recall edits"] += edits
            counts["recall found"] += found
    seconds = time.perf_counter() - started
    for kind in ("figure", "quote"):
        right, wrong = counts[f"{kind}:right"], counts[f"{kind}:wrong"]
        total = right + wrong
        print(f"{kind} findings: precision {right / total if total else 0:.3f} ({right} of {total} judged right)")
    edits = counts["recall edits"]
    print(f"figure recall on IteraTeR edits: {counts['recall found'] / edits if edits else 0:.3f} of {edits} edits")
    stale = len(verdicts) - sum(counts[k] for k in counts if k.startswith(("figure:", "quote:")))
    print(
        f"{pair_count} pairs, {len(unjudged)} findings not judged yet, {stale} verdicts on findings no longer made; "
        f"{seconds:.1f} s"
    )
    if "--unjudged" in sys.argv:
        for finding in unjudged:
            print(f"\n{finding.pair_id}\t{finding.key}\n  {finding.context}")
    if "--stale" in sys.argv:
        for (pair_id, key), verdict in verdicts.items():
            if (pair_id, key) not in made:
                print(f"no longer made ({verdict}): {pair_id}\t{key}")


if __name__ == "__main__":
    main()
