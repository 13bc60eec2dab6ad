"""What the figure, quote and summary analysis adds to a whole-Bible comparison (KJV vs WEB), in CPU time.

The target: at most 20% on top of the comparison itself. Best of three runs of each, in one process. CPU time
swings on a shared machine, so ``--instructions`` also counts instructions with valgrind's callgrind (repeatable
whatever else runs) on a selection of books: one run compares without the analysis, one with it.

    python bench/findings_cost.py
    python bench/findings_cost.py --instructions 1,2,19,40,45
"""

from __future__ import annotations

import sys
import time

from bible_web import load
from evaldata import ROOT, callgrind_instructions, require_eval

sys.path.insert(0, str(ROOT))
from core import compare, document_from_paragraphs
from core.engine.summary import summarize
from core.facts.figure_check import check_figures
from core.facts.quote_check import check_quotes


def best_of(runs: int, action):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.process_time()
        result = action()
        times.append(time.process_time() - started)
    return min(times), result


def _child(books: str, mode: str) -> None:
    """Run inside callgrind: load the selected books, then compare them with the analysis, without it, or not."""
    import core.engine.pipeline

    if mode == "without":
        core.engine.pipeline._findings = lambda *args: ((), (), {}, None)
    _, kjv, _, web, _ = load({int(b) for b in books.split(",")})
    left, right = document_from_paragraphs(kjv), document_from_paragraphs(web)
    if mode != "load":
        compare(left, right)


def _instructions(books: str, mode: str) -> int:
    return callgrind_instructions([__file__, "--child", books, mode])


def main() -> None:
    require_eval()
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1:2] == ["--instructions"]:
        books = sys.argv[2]
        load_only, without, with_analysis = (_instructions(books, mode) for mode in ("load", "without", "with"))
        base, extra = without - load_only, with_analysis - without
        print(
            f"books {books}: comparison {base / 1e9:.2f} G instructions, analysis {extra / 1e9:.2f} G more: "
            f"+{100 * extra / base:.1f}% (target <= 20%; start-up and reading, {load_only / 1e9:.2f} G, left out)"
        )
        return
    _, kjv, _, web, _ = load(None)
    left, right = document_from_paragraphs(kjv), document_from_paragraphs(web)
    whole, comparison = best_of(3, lambda: compare(left, right))
    figures_time, figures = best_of(3, lambda: check_figures(left, right, comparison.links))
    quotes_time, quotes = best_of(3, lambda: check_quotes(left, right))
    summary_time, _ = best_of(3, lambda: summarize(left, right, comparison.links, figures, quotes))
    extra = figures_time + quotes_time + summary_time
    base = whole - extra
    print(
        f"whole Bible: comparison without findings {base:.2f} s; figures {figures_time:.2f} s "
        f"({len(figures)} findings), quotes {quotes_time:.2f} s ({len(quotes)}), summary {summary_time:.2f} s: "
        f"+{100 * extra / base:.0f}% (target <= 20%)"
    )


if __name__ == "__main__":
    main()
