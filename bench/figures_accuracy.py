"""Precision and recall of "changed" figures on rewrites with known number edits.

Carriers are the OneStopEnglish advanced articles (real news prose and its own figures). Each figure written in
digits gets, at random: a value change (x1.1 to x1.6), a qualifier change (a hedge added or swapped), an
equivalent re-formatting that must NOT be flagged (1,000 -> 1000, 5% -> 5 per cent, 3 -> three, a hedge swapped
for a synonym), or nothing. The rewrite is compared with the original; a "changed" finding is right when its left
figure covers an edited number. Edits stay what a writer could write: a time of day ("3.15pm") changes its hour,
the day of a date ("15 August") its number, and neither a date's day nor a score ("7-6") gets a hedge or is
spelled out ("about 15 August", "eight January" are no one's prose).

    python bench/figures_accuracy.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter

from evaldata import EVAL, ROOT, require_eval

sys.path.insert(0, str(ROOT))
from core import compare, document_from_paragraphs

NUMBER = re.compile(r"(?<![\w.,$£€-])([$£€]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)(?![\w.,-]?\d)")
SPELLED = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
HEDGES = {
    "about": ("around", "roughly"),
    "around": ("about",),
    "some": ("about",),
    "an estimated": ("about",),
    "roughly": ("about",),
    "approximately": ("about",),
    "more than": ("over",),
    "over": ("more than",),
    "at least": ("more than",),
    "nearly": ("almost",),
    "almost": ("nearly",),
    "up to": ("as many as",),
    "as many as": ("up to",),
}
RELATION = {
    "about": "~",
    "around": "~",
    "some": "~",
    "an estimated": "~",
    "roughly": "~",
    "approximately": "~",
    "more than": ">",
    "over": ">",
    "at least": ">",
    "nearly": "<~",
    "almost": "<~",
    "up to": "<",
    "as many as": "<",
    "": "=",
}
OTHER_RELATION = {"~": "more than", ">": "about", "<~": "up to", "<": "nearly", "=": "about"}


def _hedge_before(text: str, start: int) -> str:
    before = text[max(0, start - 16) : start].lower()
    return max((h for h in HEDGES if before.endswith(h + " ")), key=len, default="")


MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
TIME_AFTER = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
DAY_OF_DATE = re.compile(rf"(?:st|nd|rd|th)?\s+{MONTH}", re.IGNORECASE)
MONTH_BEFORE = re.compile(rf"{MONTH}\s+$", re.IGNORECASE)
SCORE = re.compile(r"[–-]\d")


def _edit_time(digits: str, rng: random.Random) -> tuple[str, str, str]:
    """A time of day changed as a writer would: another hour, the same minutes."""
    hour, _, minutes = digits.partition(".")
    new = (int(hour) + rng.choice([1, 2, 3]) - 1) % 12 + 1
    return "value", "", f"{new}.{minutes}" if minutes else str(new)


def _edit(text: str, match: re.Match[str], rng: random.Random) -> tuple[str, str, str]:
    """(kind of edit, text before the number, the number's new text)."""
    currency, digits, percent = match.groups()
    value = float(digits.replace(",", ""))
    hedge = _hedge_before(text, match.start())
    after, before = text[match.end() : match.end() + 16], text[max(0, match.start() - 12) : match.start()]
    if not currency and not percent and TIME_AFTER.match(after) and value < 13:
        return _edit_time(digits, rng) if rng.random() < 0.3 else ("none", "", digits)
    if not currency and not percent and (DAY_OF_DATE.match(after) or MONTH_BEFORE.search(before)) and value <= 31:
        return ("value", "", str(int(value) % 28 + 1)) if rng.random() < 0.3 else ("none", "", digits)
    if SCORE.match(after) or SCORE.match(before[-2:]):
        return "none", "", digits
    year = not currency and not percent and len(digits) == 4 and 1800 < value < 2100
    in_range = text[max(0, match.start() - 8) : match.start()].lower().endswith("between ") or re.match(
        r"\s*(-|to|and)\s*\d", text[match.end() : match.end() + 6]
    )
    roll = rng.random()
    if roll < 0.3 and value > 0:
        if year:  # a year becomes another year, as a rewrite's mistake would
            return "value", "", str(int(value) + rng.choice([-3, -2, -1, 1, 2, 3]))
        new = max(value * rng.uniform(1.1, 1.6), value + 1)  # always a different number once shown
        shown = f"{new:,.0f}" if "," in digits else (f"{new:.1f}" if "." in digits else f"{round(new)}")
        return "value", "", currency + shown + percent
    if roll < 0.5 and not year and not in_range:
        return "qualifier", OTHER_RELATION[RELATION[hedge]], currency + digits + percent
    if roll < 0.8:
        if percent:
            return "same", "", currency + digits + " per cent"
        if "," in digits:
            return "same", "", currency + digits.replace(",", "")
        if value in SPELLED and "." not in digits and not currency:
            return "same", "", SPELLED[int(value)]
        if hedge:
            return "same", rng.choice(HEDGES[hedge]), currency + digits
    return "none", "", currency + digits + percent


def rewrite(paragraph: str, rng: random.Random) -> tuple[str, list[tuple[int, str]]]:
    """The edited paragraph and, per number, (its start in the original, the kind of edit)."""
    out, edits, position = [], [], 0
    for match in NUMBER.finditer(paragraph):
        kind, hedge, new = _edit(paragraph, match, rng)
        start = match.start()
        old_hedge = _hedge_before(paragraph, start)
        cut = start - len(old_hedge) - 1 if old_hedge and hedge else start
        out.append(paragraph[position:cut])
        out.append((" " if cut != start else "") + (hedge + " " if hedge else "") + new)
        position = match.end()
        edits.append((start, kind))
    out.append(paragraph[position:])
    return "".join(out).replace("  ", " "), edits


def main() -> None:
    require_eval()
    rng = random.Random(11)
    counts: Counter[str] = Counter()
    seconds = 0.0
    for path in sorted((EVAL / "onestopenglish" / "texts" / "Adv-Txt").glob("*-adv.txt")):
        original = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
        edited, edits = [], []
        for p, paragraph in enumerate(original):
            new, paragraph_edits = rewrite(paragraph, rng)
            edited.append(new)
            edits += [(p, start, kind) for start, kind in paragraph_edits]
        started = time.perf_counter()
        result = compare(document_from_paragraphs(original), document_from_paragraphs(edited))
        seconds += time.perf_counter() - started
        flagged = []
        for finding in result.numbers:
            if finding.status.value == "changed" and finding.left is not None and finding.left_at is not None:
                offset = result.left.sentence(finding.left_at).start
                flagged.append((finding.left_at.paragraph, offset + finding.left.start, offset + finding.left.end))
        for p, start, kind in edits:
            hit = any(fp == p and a <= start < b for fp, a, b in flagged)
            counts[f"{kind}:{'flagged' if hit else 'quiet'}"] += 1
        real = [(p, start) for p, start, kind in edits if kind in ("value", "qualifier")]
        equivalent = [(p, start) for p, start, kind in edits if kind == "same"]
        for fp, a, b in flagged:
            right = any(p == fp and a <= s < b for p, s in real)
            counts["flagged right" if right else "flagged wrong"] += 1
            if not right and any(p == fp and a <= s < b for p, s in equivalent):
                counts["flagged equivalent"] += 1
        counts["flagged"] += len(flagged)
    truly = counts["value:flagged"] + counts["qualifier:flagged"]
    changed = truly + counts["value:quiet"] + counts["qualifier:quiet"]
    precision = counts["flagged right"] / counts["flagged"] if counts["flagged"] else 0.0
    recall = truly / changed if changed else 0.0
    print(
        f"changed figures: precision {precision:.3f} recall {recall:.3f} over {changed} real edits "
        f"({counts['value:flagged']}/{counts['value:flagged'] + counts['value:quiet']} value, "
        f"{counts['qualifier:flagged']}/{counts['qualifier:flagged'] + counts['qualifier:quiet']} qualifier); "
        f"{counts['flagged wrong']} of {counts['flagged']} flags wrong, {counts['flagged equivalent']} of them on "
        f"one of {counts['same:flagged'] + counts['same:quiet']} equivalent re-formattings; "
        f"{seconds:.2f} s in compare()"
    )


if __name__ == "__main__":
    main()
