"""Which words the word diff marks, against IteraTeR's character-offset edits: precision and recall of changed words.

Each of IteraTeR-HUMAN's 559 document revisions (Wikinews, Wikipedia, arXiv) comes with its edits as character
spans of the text before revision. The text after revision is rebuilt here from those edits, so the gold spans
are known on both sides. Both texts go through ``compare()`` (one paragraph each: the corpus has no paragraph
breaks); a word counts as marked when a non-equal diff op of its link covers it, or when its sentence is in no
link. A word (``\\w+``) is changed in the gold when an edit span covers it. Prints precision, recall and F1 over
the words of both sides, per domain and overall.

The gold spans come from an automatic diff and are coarse: "which help the language model understand the" ->
"to help language models understand a" is one span, though "help", "language" and "understand" stand in both.
A diff that marks only what changed cannot mark those, so the second recall leaves out the words of a span that
the same edit keeps verbatim (matched as a multiset of lower-case words).

The last line scores the words as a person marks them: the words an edit keeps verbatim are neither required nor
wrong to mark (they count in neither precision nor recall), and a sentence shown as moved counts as marked (an
automatic diff has no moves: a moved sentence is one deletion and one insertion in the gold, and Parallax marks
it as moved in both places).

    python bench/iterater_words.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from typing import Any

from evaldata import EVAL, ROOT, prf, require_eval

sys.path.insert(0, str(ROOT))
from core import Comparison, Document, compare, document_from_paragraphs
from core.model import LinkKind, OpKind

WORD = re.compile(r"\w+")
RIGHT = 1 << 40  # offset added to right-side spans where both sides' spans share one list
Span = tuple[int, int]


def kept_words(text: str, start: int, other: str) -> list[Span]:
    """Words of an edit's span (``text`` at ``start``) that the other side of the same edit has verbatim."""
    pool = Counter(word.lower() for word in WORD.findall(other))
    kept = []
    for match in WORD.finditer(text):
        if pool[match.group().lower()] > 0:
            pool[match.group().lower()] -= 1
            kept.append((start + match.start(), start + match.end()))
    return kept


def rebuild(record: dict[str, Any]) -> tuple[str, str, list[Span], list[Span], list[Span]]:
    """The texts before and after revision, the gold changed spans on each side, and the words inside those
    spans that the edit keeps verbatim (both sides)."""
    before = record["before_revision"]
    after_parts: list[str] = []
    left_spans: list[Span] = []
    right_spans: list[Span] = []
    verbatim: list[Span] = []  # left spans, and right spans shifted by RIGHT
    position = length = 0
    for edit in sorted(record["edit_actions"], key=lambda e: (e["start_char_pos"], e["end_char_pos"])):
        start, end = edit["start_char_pos"], edit["end_char_pos"]
        if start < position:
            continue  # overlapping edits: keep the first
        kept = before[position:start]
        inserted = edit["after"] or ""
        if inserted and kept and not kept[-1].isspace() and start == end:
            inserted = " " + inserted
        after_parts += [kept, inserted]
        length += len(kept)
        if end > start:
            left_spans.append((start, end))
            verbatim += kept_words(before[start:end], start, inserted)
        if inserted.strip():
            right_spans.append((length, length + len(inserted)))
            verbatim += [(a + RIGHT, b + RIGHT) for a, b in kept_words(inserted, length, before[start:end])]
        length += len(inserted)
        position = end
    after_parts.append(before[position:])
    return before, "".join(after_parts), left_spans, right_spans, verbatim


def words(text: str) -> list[Span]:
    return [match.span() for match in WORD.finditer(text)]


def covered(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def moved_spans(comparison: Comparison) -> tuple[list[Span], list[Span]]:
    """Character spans (in each one-paragraph document) of the sentences the comparison shows as moved."""
    result: tuple[list[Span], list[Span]] = ([], [])
    for link in comparison.links:
        if link.kind is LinkKind.MOVED:
            result[0].extend(_spans(comparison.left, link.left))
            result[1].extend(_spans(comparison.right, link.right))
    return result


def _spans(document: Document, sids: Any) -> list[Span]:
    return [(document.sentence(sid).start, document.sentence(sid).end) for sid in sids]


def marked_spans(comparison: Comparison) -> tuple[list[Span], list[Span]]:
    """Character spans (in each one-paragraph document) that the comparison shows as changed."""
    result: tuple[list[Span], list[Span]] = ([], [])
    for side, document in ((0, comparison.left), (1, comparison.right)):
        linked: set[Any] = set()
        for link in comparison.links:
            sids = link.left if side == 0 else link.right
            linked.update(sids)
            starts, offset = [], 0  # where each sentence of the link starts in the link's text
            for sid in sids:
                starts.append((offset, document.sentence(sid).start))
                offset += len(document.sentence(sid).text) + 1
            for op in link.diff:
                if op.op is OpKind.EQUAL:
                    continue
                text, at = (op.left, op.left_start) if side == 0 else (op.right, op.right_start)
                for a, b in _in_paragraph(at, at + len(text), starts):
                    result[side].append((a, b))
        result[side].extend(_unlinked(document, linked))
    return result


def _in_paragraph(a: int, b: int, starts: list[tuple[int, int]]) -> list[Span]:
    """A span of a link's text as spans of the paragraph (sentences are joined by one space in the link)."""
    spans = []
    bounds = [*starts[1:], (1 << 30, 0)]
    for (link_at, para_at), (next_at, _) in zip(starts, bounds, strict=True):
        lo, hi = max(a, link_at), min(b, next_at)
        if lo < hi:
            spans.append((para_at + lo - link_at, para_at + hi - link_at))
    return spans


def _unlinked(document: Document, linked: set[Any]) -> list[Span]:
    return [
        (sentence.start, sentence.end)
        for p, paragraph in enumerate(document.paragraphs)
        for s, sentence in enumerate(paragraph.sentences)
        if (p, s) not in linked
    ]


def main() -> None:
    require_eval()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # marked, gold, both, strict gold, found
    person = [0, 0, 0, 0, 0]  # as a person marks: gold, marked, both; both and marked with moved sentences marked
    seconds = 0.0
    for name in ("train", "dev", "test"):
        for line in (EVAL / "iterater" / "human_doc_level" / f"{name}.json").read_text(encoding="utf-8").splitlines():
            seconds += score(json.loads(line), counts, person)
    report(counts)
    gold, marked, both, both_moved, marked_moved = person
    for label, m, b in (("", marked, both), (", moved sentences marked", marked_moved, both_moved)):
        print(
            f"IteraTeR changed words as a person marks them (words an edit keeps verbatim left out{label}):"
            f" {prf(m, gold, b)} ({gold} gold, {m} marked)"
        )
    print(f"  {seconds:.2f} s in compare()")


def score(record: dict[str, Any], counts: dict[str, list[int]], person: list[int]) -> float:
    """Compare one revision and add its words to the tallies; returns the seconds compare() took."""
    before, after, gold_left, gold_right, kept = rebuild(record)
    verbatim = set(kept)
    left, right = document_from_paragraphs([before]), document_from_paragraphs([after])
    if not left.paragraphs or not right.paragraphs:
        return 0.0
    started = time.perf_counter()
    comparison = compare(left, right)
    seconds = time.perf_counter() - started
    shown, moved = marked_spans(comparison), moved_spans(comparison)
    for doc, gold, spans, moves, shift in (
        (left, gold_left, shown[0], moved[0], 0),
        (right, gold_right, shown[1], moved[1], RIGHT),
    ):
        for word in words(doc.paragraphs[0].text):
            is_gold, is_marked = covered(word, gold), covered(word, spans)
            strict = is_gold and (word[0] + shift, word[1] + shift) not in verbatim
            if strict or not is_gold:  # a word its own edit keeps verbatim is neither required nor wrong
                is_moved = is_marked or covered(word, moves)
                for k, value in enumerate((strict, is_marked, is_marked and strict, is_moved and strict, is_moved)):
                    person[k] += value
            for key in (record.get("domain") or "unlabelled", "all"):
                for k, value in enumerate((is_marked, is_gold, is_marked and is_gold, strict, strict and is_marked)):
                    counts[key][k] += value
    return seconds


def report(counts: dict[str, list[int]]) -> None:
    for domain in sorted(counts, key=lambda d: d == "all"):
        marked, gold, both, strict, found = counts[domain]
        p, r = both / marked if marked else 0.0, both / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"IteraTeR changed words, {domain:<11} P {p:.3f} R {r:.3f} F1 {f:.3f}  ({gold} gold, {marked} marked);"
            f" recall of the words an edit does not keep verbatim {found / strict if strict else 0.0:.3f}"
            f" ({gold - strict} gold words are kept verbatim by their own edit)"
        )


if __name__ == "__main__":
    main()
