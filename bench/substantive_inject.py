"""Injected edits: each kind of substantive change, and as many cosmetic edits, put into real news sentences.

Sentences come from the OneStopEnglish advanced articles and the seed pair (``../shared``, read at run time,
never stored). Each edit rewrites one sentence and knows what it changed; ``core.compare`` then compares the
sentence with its edit and every change found is scored as in ``bench/substantive.py``. Edits avoid quoted
text unless they are quote edits. The edit vocabulary (names, loaded words, synonyms) is chosen here, apart
from the detector's lists where it can be (invented names; loaded words the detector lists, since a word not
listed cannot be found).

Substantive: a reporting verb swapped for one of another stance, or an attribution appended; a hedge inserted
or dropped, will -> may / might / could; a "not" inserted after an auxiliary or an existing one dropped; a
mid-sentence name replaced by an invented one; a loaded adjective or an exclamation mark added; a time
reference added or shifted; a number changed; a word inside a quotation changed, or plain words put in quotes.
Cosmetic: a synonym, British -> American spelling, a contraction made or undone, said -> says / stated,
will -> would after "said", an opening clause moved to the end, a comma added after an opening phrase.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from evaldata import EVAL, require_eval

from core import article_from_text
from core.facts.wording import Change

PER_KIND = 100  # edits of each substantive kind; as many cosmetic edits in all
Edit = tuple[str, list[dict[str, str]]]  # the edited sentence and its gold changes
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")
AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|can|could|would|should)\b(?! not\b| never\b)(?=\s+[a-z])")
NAMES = ("Tarvik Ostrander Belmuir Quillon Varenna Hadley Morrow Ketterby Ansalo Drevin Lisowa Palmyr Yerkin "
         "Castellane Orbund Wexcombe").split()  # fmt: skip
MODALS = frozenset("could would should might never cannot shall".split())
LOADED = "shocking devastating massive humiliating brutal staggering disastrous appalling".split()
STANCE = "claimed insisted admitted alleged conceded boasted warned denied".split()
SYNONYMS = {"big": "large", "start": "begin", "started": "began", "buy": "purchase", "help": "assist",
            "children": "kids", "also": "as well", "show": "display", "about": "around", "very": "really",
            "important": "significant", "because": "as", "quickly": "fast", "people": "individuals",
            "however": "but", "found": "discovered", "often": "frequently"}  # fmt: skip
SPELLING = (
    (r"\b(colo|favo|hono|labo|neighbo|behavio|harbo|flavo|humo|rumo|vigo)ur", r"\1r"),
    (
        r"\b(organ|real|recogn|apolog|critic|emphas|special|modern|minim|maxim|priorit)is(e|ed|es|ing|ation)\b",
        r"\1iz\2",
    ),
    (r"\b(cen|thea|met|lit|fib)tre", r"\1ter"),
    (r"\bprogramme", "program"),
    (r"\b(trave|mode|cance|labe)ll(ed|ing)\b", r"\1l\2"),
    (r"\bdefence\b", "defense"),
)
CONTRACTIONS = {"do not": "don't", "does not": "doesn't", "did not": "didn't", "is not": "isn't",
                "are not": "aren't", "was not": "wasn't", "were not": "weren't", "has not": "hasn't",
                "have not": "haven't", "cannot": "can't", "will not": "won't", "it is": "it's"}  # fmt: skip


def outside_quotes(sentence: str, start: int) -> bool:
    return not any(a <= start < b for a, b in (m.span() for m in QUOTED.finditer(sentence)))


def change(kind: str, left: str, right: str) -> list[dict[str, str]]:
    return [{"kind": kind, "left": left, "right": right}]


def attribution(s: str, rng: random.Random) -> Edit | None:
    said = [
        m
        for m in re.finditer(r"\bsaid\b", s)
        if outside_quotes(s, m.start()) and not re.search(r"\b(is|are|was|were) said to", s)
    ]
    if said:
        m, verb = said[0], rng.choice(STANCE)
        gold = change("attribution", "said", verb)
        if verb == "denied":
            gold += change("negation", "", "denied")
        return s[: m.start()] + verb + s[m.end() :], gold
    if s.endswith(".") and not QUOTED.search(s) and not re.search(r"\b(said|says|told|according)\b", s):
        who = rng.choice(["officials said", "police said", "the report said", "experts told reporters"])
        return s[:-1] + f", {who}.", change("attribution", "", who)
    return None


def hedge(s: str, rng: random.Random) -> Edit | None:
    will = [m for m in re.finditer(r"\bwill\b", s) if outside_quotes(s, m.start())]
    if will and rng.random() < 0.5:
        modal = rng.choice(["may", "might", "could"])
        return s[: will[0].start()] + modal + s[will[0].end() :], change("hedge", "will", modal)
    dropped = re.search(r"\b(apparently|reportedly|allegedly|probably|possibly) ", s)
    if dropped and outside_quotes(s, dropped.start()):
        return s[: dropped.start()] + s[dropped.end() :], change("hedge", dropped.group(1), "")
    aux = next((m for m in AUX.finditer(s) if m.group(1) in ("is", "are", "was", "were", "has", "have", "had")
                and outside_quotes(s, m.start())), None)  # fmt: skip
    if aux:
        word = rng.choice(["reportedly", "allegedly", "apparently", "probably"])
        return s[: aux.end()] + f" {word}" + s[aux.end() :], change("hedge", "", word)
    return None


def negation(s: str, rng: random.Random) -> Edit | None:
    existing = next((m for m in re.finditer(r"\b(not|never) ", s) if outside_quotes(s, m.start())), None)
    if existing and rng.random() < 0.4 and not re.search(r"not (only|just)", s):
        return s[: existing.start()] + s[existing.end() :], change("negation", existing.group(1), "")
    aux = next((m for m in AUX.finditer(s) if outside_quotes(s, m.start())), None)
    if aux:
        return s[: aux.end()] + " not" + s[aux.end() :], change("negation", "", "not")
    return None


def names(s: str, rng: random.Random) -> Edit | None:
    skip = set("I January February March April May June July August September October November December Monday "
               "Tuesday Wednesday Thursday Friday Saturday Sunday".split())  # fmt: skip
    for m in re.finditer(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b(?! [A-Z])", s):
        if m.group(0) not in skip and outside_quotes(s, m.start()) and s.count(m.group(0)) == 1:
            new = rng.choice([n for n in NAMES if n not in s])
            return s[: m.start()] + new + s[m.end() :], change("names", m.group(0), new)
    return None


def loaded(s: str, rng: random.Random) -> Edit | None:
    the = [m for m in re.finditer(r"\bthe (?=[a-z]{4,} )", s) if outside_quotes(s, m.start())]
    if the and rng.random() < 0.8:
        word = rng.choice([w for w in LOADED if w not in s.lower()])
        at = rng.choice(the).end()
        return s[:at] + word + " " + s[at:], change("loaded", "", word)
    if s.endswith(".") and "!" not in s:
        return s[:-1] + "!", change("loaded", "", "!")
    return None


def time(s: str, rng: random.Random) -> Edit | None:
    shifts = {"yesterday": "last week", "today": "yesterday", "last week": "last month", "last year": "this year",
              "this week": "last week", "last month": "last year", "recently": "last year"}  # fmt: skip
    for old, new in shifts.items():
        m = re.search(rf"\b{old}\b", s)
        if m and outside_quotes(s, m.start()):
            return s[: m.start()] + new + s[m.end() :], change("time", old, new)
    if re.search(r"[a-z]\.$", s) and not re.search(r"\b(week|month|year|day|ago|today|yesterday|tonight)", s.lower()):
        when = rng.choice(["yesterday", "last week", "this morning", "earlier this week"])
        return s[:-1] + f" {when}.", change("time", "", when)
    return None


def figure(s: str, rng: random.Random) -> Edit | None:
    for m in re.finditer(r"(?<![\w,.])([$£€]?)(\d+(?:,\d{3})*(?:\.\d+)?)((?:m|bn|th|st|nd|rd|%)?)(?![\w.])", s):
        digits = m.group(2)
        if outside_quotes(s, m.start()) and not re.fullmatch(r"(19|20)\d\d", digits):
            value = float(digits.replace(",", ""))
            new = f"{int(value * rng.choice([2, 3]) + 1):,}" if value.is_integer() else f"{value * 2:g}"
            edited = m.group(1) + new + m.group(3)
            return s[: m.start()] + edited + s[m.end() :], change("figure", m.group(0), edited)
    return None


def quote(s: str, rng: random.Random) -> Edit | None:
    q = next((m for m in QUOTED.finditer(s) if len(m.group(0).split()) >= 4), None)
    if q:
        words = [w for w in re.finditer(r"\b[a-z]{5,}\b", q.group(0)) if w.group(0) not in MODALS]
        if words:
            w = rng.choice(words)
            at = q.start() + w.start()
            new = "simply" if w.group(0) != "simply" else "really"
            return s[:at] + new + s[at + len(w.group(0)) :], change("quote", w.group(0), new)
    if not QUOTED.search(s) and "'" not in s:
        span = re.search(r"(?<= )([a-z]{4,} [a-z]{3,} [a-z]{4,})\b", s)
        if span and not re.search(r"\d", s[max(0, span.start() - 25) : span.end() + 25]):
            return s[: span.start()] + f"“{span.group(1)}”" + s[span.end() :], change("quote", "", span.group(1))
    return None


def cosmetic(s: str, rng: random.Random) -> Edit | None:
    options: list[Callable[[], str | None]] = [
        lambda: next(
            (re.sub(rf"\b{a}\b", b, s, count=1) for a, b in SYNONYMS.items() if re.search(rf"\b{a}\b", s)), None
        ),
        lambda: next((re.sub(p, r, s, count=1) for p, r in SPELLING if re.search(p, s)), None),
        lambda: (
            next((s.replace(a, b, 1) for a, b in CONTRACTIONS.items() if f" {a} " in s), None)
            or next((s.replace(b, a, 1) for a, b in CONTRACTIONS.items() if f" {b} " in s), None)
        ),
        lambda: (
            re.sub(r"\bsaid\b", rng.choice(["says", "stated"]), s, count=1)
            if re.search(r"\bsaid\b(?! to)", s)
            else None
        ),
        lambda: re.sub(r"\b(said|says) (that )?(\w+) will\b", r"\1 \2\3 would", s, count=1),
        lambda: (
            (m := re.match(r"(In|On|At|After|Before|During) ([^,]{3,40}), (\w)(.*)\.$", s))
            and f"{m.group(3).upper()}{m.group(4)} {m.group(1).lower()} {m.group(2)}."
        ),
        lambda: (
            (m := re.match(r"(In|On|After|Last|This) (\w+ \w+) ([a-z])", s))
            and s.replace(m.group(0), f"{m.group(1)} {m.group(2)}, {m.group(3)}", 1)
        ),
    ]
    order = list(range(len(options)))
    rng.shuffle(order)
    for k in order:
        edited = options[k]()
        if edited and edited != s:
            first = next(i for i, (a, b) in enumerate(zip(s, edited, strict=False)) if a != b)
            if outside_quotes(s, first) and not edited[first - 1 : first + 1].strip()[:1].isupper():
                return edited, []
    return None


EDITS: dict[str, Callable[[str, random.Random], Edit | None]] = {
    "attribution": attribution, "hedge": hedge, "negation": negation, "names": names, "loaded": loaded,
    "time": time, "figure": figure, "quote": quote,
}  # fmt: skip


def sentences() -> list[str]:
    """Real sentences: OneStopEnglish advanced articles, then the seed pair."""
    texts = [
        p.read_text(encoding="utf-8-sig") for p in sorted((EVAL / "onestopenglish" / "texts" / "Adv-Txt").glob("*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((EVAL.parent / "seeds").glob("*.txt"))]
    found = []
    for text in texts:
        document = article_from_text(text)
        found += [s.text for p in document.paragraphs for s in p.sentences if 8 <= len(s.text.split()) <= 60]
    return [s for s in found if balanced(s)]


def balanced(sentence: str) -> bool:
    """Whether every quotation opened in the sentence closes in it (else an edit cannot tell what is quoted)."""
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0 and "‘" not in sentence


def run_injected(report: Callable[..., bool], score: Callable[..., list[str]],
                 predict: Callable[[str, str], list[Change]], show_errors: bool) -> bool:  # fmt: skip
    require_eval()
    rng = random.Random(15)
    pool = sentences()
    rng.shuffle(pool)
    counts: dict[str, Counter[str]] = {"predicted": Counter(), "correct": Counter(), "gold": Counter()}
    made: Counter[str] = Counter()
    edits: list[tuple[str, str, list[dict[str, Any]]]] = []
    for kind, edit in EDITS.items():
        for s in pool:
            if made[kind] >= PER_KIND:
                break
            result = edit(s, rng)
            if result and result[0] != s:
                edits.append((s, *result))
                made[kind] += 1
    for s in pool:
        if made["cosmetic"] >= sum(made.values()) - made["cosmetic"]:
            break
        result = cosmetic(s, rng)
        if result and result[0] != s:
            edits.append((s, *result))
            made["cosmetic"] += 1
    flagged = 0
    for left, right, gold in edits:
        predicted = predict(left, right)
        errors = score(predicted, gold, counts)
        flagged += not gold and bool(predicted)
        if errors and show_errors:
            print(f"{left}\n{right}\n" + "\n".join(errors))
    title = f"injected edits in {len(pool)} real sentences: " + ", ".join(f"{k} {n}" for k, n in made.items())
    return report(title, counts, (flagged, made["cosmetic"]))


if __name__ == "__main__":
    from substantive import main

    main()
