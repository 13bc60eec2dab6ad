"""Substantive changes: precision and recall per kind on the gold set, and on edits injected into real articles.

    python bench/substantive.py             # both gold sets, then the injected edits
    python bench/substantive.py --gold      # the gold sets only; --errors also prints every miss and false alarm
    python bench/substantive.py --blind     # the independent gold set only
    python bench/substantive.py --injected  # OneStopEnglish sentences with injected edits (needs ../shared/eval)
    python bench/substantive.py --gold --blind --injected  # flags add up: this runs all three

Two gold sets: ``bench/data/substantive_gold.jsonl``, written with the detector, and
``bench/data/substantive_gold_blind.jsonl``, written by someone who never read the detector's code nor ran it
on the set (its provenance is in ``bench/data/README.md``): the blind set is the independent measure.

Gold set: each pair is compared with ``core.compare`` and every change of every link is a prediction. A
prediction is right when the pair has a gold change of its kind sharing a word with it (either side), each gold
change matched once. Cosmetic-only pairs with any prediction count as "cosmetic pairs marked substantive".
The injected edits are described in ``bench/substantive_inject.py``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from evaldata import ROOT

sys.path.insert(0, str(ROOT))
from core import compare
from core.facts.wording import Change, ChangeKind, link_changes

GOLD = ROOT / "bench" / "data" / "substantive_gold.jsonl"
BLIND = ROOT / "bench" / "data" / "substantive_gold_blind.jsonl"
TARGET_P, TARGET_R, TARGET_COSMETIC = 0.90, 0.85, 0.05


def words(text: str) -> set[str]:
    text = text.lower().replace("’", "'").replace("n't", " n't")
    return {w.removesuffix("'s") for w in re.findall(r"[\w']+|!", text)}


def predict(left: str, right: str) -> list[Change]:
    comparison = compare(left, right)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [change for index in sorted(found) for change in found[index]]


def score(predicted: list[Change], gold: list[dict[str, str]], counts: dict[str, Counter[str]]) -> list[str]:
    """Adds true positives, predictions and gold changes per kind to ``counts``; returns the errors as text."""
    unmatched = list(gold)
    errors = []
    for change in predicted:
        mine = words(change.left) | words(change.right)
        match = next(
            (g for g in unmatched if g["kind"] == change.kind.value and mine & (words(g["left"]) | words(g["right"]))),
            None,
        )
        counts["predicted"][change.kind.value] += 1
        if match is None:
            errors.append(f"  false alarm {change.kind.value}: {change.left!r} | {change.right!r} ({change.note})")
        else:
            unmatched.remove(match)
            counts["correct"][change.kind.value] += 1
    for g in gold:
        counts["gold"][g["kind"]] += 1
    errors.extend(f"  missed {g['kind']}: {g['left']!r} | {g['right']!r}" for g in unmatched)
    return errors


def report(title: str, counts: dict[str, Counter[str]], cosmetic: tuple[int, int]) -> bool:
    print(title)
    ok = True
    for kind in ChangeKind:
        k = kind.value
        p = counts["correct"][k] / counts["predicted"][k] if counts["predicted"][k] else 1.0
        r = counts["correct"][k] / counts["gold"][k] if counts["gold"][k] else 1.0
        ok = ok and p >= TARGET_P and r >= TARGET_R
        print(f"  {k:12} P {p:.3f} R {r:.3f}  ({counts['correct'][k]} right of {counts['predicted'][k]} "
              f"found, {counts['gold'][k]} in the gold)")  # fmt: skip
    flagged, total = cosmetic
    share = flagged / total if total else 0.0
    ok = ok and share <= TARGET_COSMETIC
    print(f"  cosmetic-only pairs marked substantive: {flagged} of {total} ({100 * share:.1f}%)")
    print(f"  targets (P >= {TARGET_P}, R >= {TARGET_R} per kind, cosmetic <= {100 * TARGET_COSMETIC:.0f}%): "
          f"{'met' if ok else 'NOT met'}")  # fmt: skip
    return ok


def run_gold(show_errors: bool, path: Path = GOLD, title: str = "gold set") -> bool:
    pairs: list[dict[str, Any]] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    counts: dict[str, Counter[str]] = {"predicted": Counter(), "correct": Counter(), "gold": Counter()}
    flagged = cosmetic = 0
    for pair in pairs:
        predicted = predict(pair["left"], pair["right"])
        errors = score(predicted, pair["changes"], counts)
        if not pair["changes"]:
            cosmetic += 1
            flagged += bool(predicted)
        if errors and show_errors:
            print(f"{pair['left']}\n{pair['right']}\n" + "\n".join(errors))
    return report(f"{title}: {len(pairs)} pairs", counts, (flagged, cosmetic))


def main() -> None:
    args = sys.argv[1:]
    chosen = {"--gold", "--blind", "--injected"}.intersection(args) or {"--gold", "--injected"}  # flags add up
    if "--gold" in chosen:
        run_gold("--errors" in args)
    if chosen & {"--gold", "--blind"}:
        run_gold("--errors" in args, BLIND, "independent (blind) gold set")
    if "--injected" in chosen:
        from substantive_inject import run_injected

        run_injected(report, score, predict, "--errors" in args)


if __name__ == "__main__":
    main()
