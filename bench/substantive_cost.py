"""What the substantive-change analysis (``core.facts.wording``) adds to Genesis through ``main.py --json``.

Instructions, counted by valgrind's callgrind (repeatable on a shared machine): ``main.py GEN_KJV GEN_WEB --json
OUT`` (the user's path, the article loader) and ``... --plain --json OUT``, each with the analysis and with
``link_changes`` replaced by one that finds nothing; the extra is given against the whole run and against the run
without start-up (imports and reading the files). CPU seconds of the analysis alone (best of 3, in process) are
printed beside them. Target: at most +15%.

    python bench/substantive_cost.py                  # both loaders
    python bench/substantive_cost.py --loader article # the user's path only (plain: --plain only)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bible_web import load
from evaldata import LOADERS, ROOT, add_loader_argument, callgrind_instructions, require_eval

sys.path.insert(0, str(ROOT))
from core import compare, document_from_paragraphs
from core.facts.wording import link_changes


def _child(left: str, right: str, out: str, mode: str, plain: str) -> None:
    """Run inside callgrind: main.py's main() with the analysis, without it, or only its start-up."""
    import core.engine.pipeline
    import main

    if mode == "without":
        setattr(core.engine.pipeline, "link_changes", lambda *args, **kwargs: {})  # noqa: B010
    if mode == "startup":
        Path(left).read_text(encoding="utf-8"), Path(right).read_text(encoding="utf-8")
        return
    main.main([left, right, *(["--plain"] if plain == "plain" else []), "--json", out])


def _instructions(files: tuple[str, str, str], mode: str, plain: bool) -> int:
    return callgrind_instructions([__file__, "--child", *files, mode, "plain" if plain else "article"], cwd=ROOT)


def main() -> None:
    require_eval()
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:7])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_loader_argument(parser)
    args = parser.parse_args()
    _, kjv, _, web, _ = load({1})
    with tempfile.TemporaryDirectory() as folder:
        files = (os.path.join(folder, "kjv.txt"), os.path.join(folder, "web.txt"), os.path.join(folder, "out.json"))
        Path(files[0]).write_text("\n\n".join(kjv) + "\n", encoding="utf-8")
        Path(files[1]).write_text("\n\n".join(web) + "\n", encoding="utf-8")
        for plain in LOADERS[args.loader]:
            startup, without, with_analysis = (_instructions(files, m, plain) for m in ("startup", "without", "with"))
            extra = with_analysis - without
            print(f"Genesis through main.py {'--plain ' if plain else ''}--json: {without / 1e9:.2f} G instructions "
                  f"without the analysis, {with_analysis / 1e9:.2f} G with it: +{100 * extra / without:.1f}% of the "
                  f"whole run, +{100 * extra / (without - startup):.1f}% of the run after start-up "
                  f"({startup / 1e9:.2f} G) (target <= 15%)")  # fmt: skip
    left, right = document_from_paragraphs(kjv), document_from_paragraphs(web)
    comparison = compare(left, right)
    times = []
    for _ in range(3):
        started = time.process_time()
        found = link_changes(left, right, comparison.links, comparison.numbers, comparison.quotes)
        times.append(time.process_time() - started)
    changed = sum(1 for link in comparison.links if link.kind.value != "identical")
    print(
        f"analysis alone: {min(times):.3f} s CPU (best of 3) over {changed} reworded links; "
        f"{len(found)} with a substantive change"
    )


if __name__ == "__main__":
    main()
