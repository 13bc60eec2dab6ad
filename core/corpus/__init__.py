"""Beside report, corpus: find the sources of an article among thousands, and every reuse pair of a corpus.

It sits above ``core.engine`` (every candidate is verified by a real ``compare``), beside ``core.report``.

=============  ==================================================================================
fingerprints   hashed, winnowed shingles of content terms, and the set of content terms
candidates     ranking an index's documents by the shares of the query's shingles and rare terms
scan, index    corpus files; the on-disk SQLite index (WAL, versioned, one transaction a batch)
update         incremental index updates: new, changed, touched, deleted and skipped files
stock          an outlet's stock lines (paragraphs in hundreds of indexed articles), set aside before verifying
search         ``find``: the verified sources of an article, or (``reverse``) an original's rewrites
reuse          every reuse pair of a corpus in one process (passim's pipeline)
cluster        the same on Dask (optional extra ``parallax[cluster]``), imported only when used
judge, dates   the verdict of one comparison; article dates for ordering a pair
direction      which of a pair is the source: dates, a credit, containment by words, length
=============  ==================================================================================

API
---
CorpusIndex.open(folder=None), default_index_folder(), SCHEMA_VERSION, INDEX_FILE
update_index(index, roots, progress=None, should_cancel=None, examine_many=None) -> UpdateReport
    UpdateReport (added, changed, removed, unchanged, skipped: SkippedFile, cancelled, seconds)
find(article, index, roots, top=5, reverse=False, ..., progress=None) -> list[Found]; shown_date(found, reverse);
    other_way(reverse), REVERSED: a result the direction rule (``direction``) says runs the other way;
    PERHAPS_REVERSED: one only its length turns round
find_reuse(index, roots) -> ReuseResult (pairs: ReusePair, documents, candidates)
fingerprint(document) -> Fingerprints, rank_candidates(query, postings, ...) -> list[Candidate]
judge(comparison) -> Judgement, missing_roots(roots) -> list[str]
direction(comparison) -> Direction (swapped: the right is the source; evidence: Evidence), the one direction rule
without_stock(documents, frequencies) -> list[Document] (a Found's ``stock``: its comparison's stock lines set
    aside again), stock_lines(before, after) -> the lines it set aside, CommonFeatures, NO_COMMON_FEATURES
"""

from core.corpus.candidates import Candidate, CandidateThresholds, Method, rank_candidates
from core.corpus.direction import Direction, Evidence, direction
from core.corpus.fingerprints import Fingerprints, fingerprint
from core.corpus.index import INDEX_FILE, SCHEMA_VERSION, CorpusIndex, IndexedDocument, default_index_folder
from core.corpus.judge import Judgement, judge
from core.corpus.reuse import ReusePair, ReuseResult, find_reuse
from core.corpus.scan import missing_roots
from core.corpus.search import PERHAPS_REVERSED, REVERSED, Found, find, other_way, shown_date
from core.corpus.stock import NO_COMMON_FEATURES, CommonFeatures, stock_lines, without_stock
from core.corpus.update import SkippedFile, UpdateReport, update_index

__all__ = [
    "INDEX_FILE",
    "NO_COMMON_FEATURES",
    "PERHAPS_REVERSED",
    "REVERSED",
    "SCHEMA_VERSION",
    "Candidate",
    "CandidateThresholds",
    "CommonFeatures",
    "CorpusIndex",
    "Direction",
    "Evidence",
    "Fingerprints",
    "Found",
    "IndexedDocument",
    "Judgement",
    "Method",
    "ReusePair",
    "ReuseResult",
    "SkippedFile",
    "UpdateReport",
    "default_index_folder",
    "direction",
    "find",
    "find_reuse",
    "fingerprint",
    "judge",
    "missing_roots",
    "other_way",
    "rank_candidates",
    "shown_date",
    "stock_lines",
    "update_index",
    "without_stock",
]
