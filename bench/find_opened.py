"""Does a find result, opened as the window opens it, show the verdict the results list showed?

    python bench/find_opened.py DIR [--queries N] [--top 20]

``DIR`` is one size's folder of ``bench/corpus_find.py --work`` (``DIR/corpus``, ``DIR/index`` built, the
``DIR/query*.txt`` files). For each query (in-process, the index already built), ``core.corpus.find`` lists the
best ``--top`` candidates; each is then compared again from the two files, as the window does on Enter: with
the result's stock lines set aside (``Found.stock``, what the window now does), and as a plain comparison of the
two files (what it did before). Prints how many opened verdicts differ from the list's, each way, and the
differing results of the plain way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import Document, compare, load_article
from core.corpus import CorpusIndex, Found, find, judge, without_stock


def _opened(found: Found, article: Document, stock: bool) -> str:
    source = load_article(found.path)
    left, right = without_stock([source, article], found.stock) if stock else (source, article)
    return judge(compare(left, right)).verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--queries", type=int, default=0, help="the first N query files (0: all)")
    parser.add_argument("--top", type=int, default=20, help="results listed per query (the window lists 20)")
    args = parser.parse_args(argv)
    queries = sorted(args.folder.glob("query*.txt"))[: args.queries or None]
    results = plain = with_stock = 0
    with CorpusIndex.open(args.folder / "index") as index:
        for query in queries:
            article = load_article(str(query))
            for found in find(article, index, [str(args.folder / "corpus")], top=args.top, article_path=str(query)):
                results += 1
                with_stock += _opened(found, article, stock=True) != found.verdict
                if (verdict := _opened(found, article, stock=False)) != found.verdict:
                    plain += 1
                    print(f"  {query.name} {Path(found.path).name}: list {found.verdict}, plain {verdict}")
    print(f"{len(queries)} queries, {results} results: opened verdict differs from the list's in {plain} as a "
          f"plain comparison, {with_stock} with the result's stock lines set aside")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
