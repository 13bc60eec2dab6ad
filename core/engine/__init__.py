"""Stage 6 of 7, engine: ``compare()`` runs the stages below it and returns one :class:`Comparison`.

text -> align -> diff -> facts -> summary. Progress goes to ``options.progress``; the time budget and the
cancel hook are polled throughout. The result records the options it was made with.

API
---
compare(left, right, options=None) -> Comparison
Comparison, Summary, summarize(...), find_credit(document)
"""

from core.engine.comparison import Comparison
from core.engine.pipeline import compare
from core.engine.summary import Summary, find_credit, summarize

__all__ = ["Comparison", "Summary", "compare", "find_credit", "summarize"]
