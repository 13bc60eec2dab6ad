"""Links gained and lost by a change, on the news pairs, printed so that a person can check each one.

The pairs: the seed pair (``../seeds`` beside ``PARALLAX_EVAL``, through the article loader), every
OneStopEnglish article (advanced against elementary, through the article loader) and the newsroom pairs of
``bench/newsroom_precision.py`` (OneStopEnglish lines as paragraphs, IteraTeR news revisions). Each is compared
by this checkout and by a base (a git revision, ``main`` unless told: its files are taken with ``git archive``
into a temporary folder and this script is run there); a link is its sentences' texts on both sides. Every link
one has and the other lacks is printed with its sentences, then the counts.

    python bench/news_links.py [--base REV]      # gained/lost against REV (default: main)
    python bench/news_links.py --dump OUT.json   # this checkout's links only, as JSON (what the base run writes)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from evaldata import EVAL, ROOT, require_eval

sys.path.insert(0, str(ROOT))
from core import Comparison, Document, compare, load_article

SEEDS = EVAL.parent / "seeds"
EXCLUDED = {"Royal Baby", "WNL Arctic Ramadan", "WNL Tributes", "WNL Use of e-cig", "WNL The millenials"}
Links = dict[str, list[list[list[str]]]]  # pair -> sorted [left texts, right texts, [kind]]
SHOWN = 160  # characters of a sentence printed


def _pairs() -> Iterator[tuple[str, Document, Document]]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(seeds) == 2:
        rewrite, original = (load_article(path) for path in seeds)
        yield "seeds", original, rewrite
    texts = EVAL / "onestopenglish" / "texts"
    for path in sorted((texts / "Adv-Txt").glob("*-adv.txt")):
        name = path.name[: -len("-adv.txt")]
        elementary = texts / "Ele-Txt" / f"{name}-ele.txt"
        if name not in EXCLUDED and elementary.exists():
            yield f"ose:{name}", load_article(path), load_article(elementary)
    sys.path.insert(0, str(ROOT / "bench"))
    import newsroom_precision  # only now: it reads the shared data as it is imported

    for pair in newsroom_precision.pairs():
        yield f"newsroom:{pair.pair_id}", pair.left, pair.right


def _links(result: Comparison) -> list[list[list[str]]]:
    return sorted(
        [
            [result.left.sentence(s).text for s in link.left],
            [result.right.sentence(s).text for s in link.right],
            [link.kind.value],
        ]
        for link in result.links
    )


def collect() -> Links:
    """Every pair's links, by this checkout."""
    return {name: _links(compare(left, right)) for name, left, right in _pairs()}


def base_links(revision: str) -> Links:
    """Every pair's links by ``revision``: its files from ``git archive``, this script run among them."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        shutil.copy(__file__, Path(folder, "bench", "news_links.py"))
        out = Path(folder, "links.json")
        subprocess.run([sys.executable, "bench/news_links.py", "--dump", str(out)], cwd=folder, check=True)
        loaded: Links = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def _show(sign: str, link: list[list[str]]) -> None:
    lefts, rights, (kind,) = link
    print(f"  {sign} {kind}")
    for text in lefts:
        print(f"      L: {text[:SHOWN]}")
    for text in rights:
        print(f"      R: {text[:SHOWN]}")


def report(base: Links, now: Links) -> None:
    gained = lost = 0
    for name in sorted(base.keys() | now.keys()):
        old = {json.dumps(link) for link in base.get(name, [])}
        new = {json.dumps(link) for link in now.get(name, [])}
        if old == new:
            continue
        print(f"{name}: {len(old)} -> {len(new)} links")
        for sign, links in (("-", sorted(old - new)), ("+", sorted(new - old))):
            for link in links:
                _show(sign, json.loads(link))
        gained, lost = gained + len(new - old), lost + len(old - new)
    total_old, total_new = sum(map(len, base.values())), sum(map(len, now.values()))
    print(f"{len(now)} pairs: {total_old} -> {total_new} links; {gained} gained (+), {lost} lost (-)")


def main() -> None:
    require_eval()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main", help="the git revision to compare against (default: main)")
    parser.add_argument("--dump", type=Path, help="write this checkout's links as JSON and stop")
    args = parser.parse_args()
    if args.dump:
        args.dump.write_text(json.dumps(collect()), encoding="utf-8")
        return
    report(base_links(args.base), collect())


if __name__ == "__main__":
    main()
