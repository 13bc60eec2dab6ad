"""The word lists of the wording checks, written for Parallax (no model, no download).

Each list maps a lower-case word form to its group; forms are spelled out or made by :func:`verb_forms`.
Groups, not words, are compared between the two sides, so that synonyms within a group are cosmetic
("said" -> "stated", "probably" -> "likely") and a change of group is not ("said" -> "claimed").

>>> sorted(verb_forms("admit"))
['admit', 'admits', 'admitted', 'admitting']
>>> REPORTING["conceded"], REPORTING["told"], HEDGES["reportedly"], NEGATORS["never"]
('admit', 'neutral', 'hearsay', 'never')
"""

from __future__ import annotations

_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "think": ("thought",)}
_DOUBLING = frozenset({"admit", "regret", "commit", "omit", "plan"})


def verb_forms(lemma: str) -> set[str]:
    """A regular English verb's forms: base, -s, past, -ing (with the irregular pasts this module needs)."""
    if lemma.endswith("e"):
        forms = {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms = {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma in _DOUBLING:
        forms = {lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    else:
        suffix = "es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"
        forms = {lemma, lemma + suffix, lemma + "ed", lemma + "ing"}
    if lemma in _IRREGULAR:
        forms = (forms - {lemma + "ed", lemma + "d"}) | set(_IRREGULAR[lemma])
    return forms


def _groups(table: dict[str, str], *, only_past: frozenset[str] = frozenset()) -> dict[str, str]:
    """Every form of every verb of ``{group: "verb verb ..."}``; verbs in ``only_past`` give only -ed and -ing
    forms (their base and -s forms are mostly nouns: "a report", "the notes")."""
    forms: dict[str, str] = {}
    for group, verbs in table.items():
        for verb in verbs.split():
            for form in verb_forms(verb):
                if verb in only_past and not form.endswith(("ed", "ing")):  # "add" is no past in -d
                    continue
                forms[form] = group
    return forms


# Reporting verbs by stance. A change of group is an attribution change; "neutral" verbs are interchangeable.
REPORTING = _groups(
    {
        "neutral": "say tell state add explain note remark comment announce write declare report conclude reply "
        "respond recall observe mention",
        "doubt": "claim allege assert contend purport",
        "insist": "insist maintain argue stress emphasise emphasize",
        "admit": "admit concede acknowledge confess",
        "deny": "deny dispute",
        "boast": "boast brag",
        "confirm": "confirm reveal disclose",
        "suggest": "suggest hint imply speculate",
        "warn": "warn caution",
        "complain": "complain grumble",
        "belief": "believe",
    },
    only_past=frozenset({"note", "state", "comment", "remark", "report", "add", "dispute", "caution", "reply"}),
)

ADDRESSING = frozenset(verb_forms("tell") | verb_forms("warn") | verb_forms("remind") | verb_forms("assure"))
# reporting verbs whose object is the person addressed ("told the jury"), never the speaker; in the passive they
# still attribute what follows ("the jury was told", "residents were warned that"), to a speaker left unnamed
HEARINGS = frozenset(
    "court courts jury jurors inquest hearing tribunal trial inquiry committee magistrates mps peers panel".split()
)  # what "heard" after them attributes to the proceedings ("..., the court heard.", "the inquest heard that")
UNNAMED = "unnamed"  # the group of a report whose speaker is not named: "the jury was told", "the court heard"
HEARD_BEFORE = frozenset("that how from".split())  # what may follow "heard" as a report ("heard the case": none)
REPORT_ONLY = frozenset({"according", "heard"})  # triggers of a reporting item only (``reports``)
REPORT_TRIGGERS = frozenset(REPORTING) | REPORT_ONLY

# Hedges by kind. A group on one side more often than on the other is a hedge added, dropped or changed.
# "said", "reported", "believed", "thought", "understood" are hedges only in "is said to" and the like
# (PASSIVE_HEDGES); "alleged" is a hedge before a noun ("the alleged fraud"), else a reporting verb.
DEGREE = "degree: "  # the groups of words of degree
EXPECTATION = frozenset(verb_forms("expect") | verb_forms("anticipate") | {"expectation", "expectations"})
HEDGES = {
    **dict.fromkeys("allegedly reportedly purportedly supposedly reputedly".split(), "hearsay"),
    **dict.fromkeys("suspected presumed presumably".split(), "suspicion"),
    **dict.fromkeys("apparently seemingly apparent".split(), "appearance"),
    **dict.fromkeys("possibly probably likely unlikely perhaps maybe possible probable".split(), "probability"),
    # expectation is probability: "is expected to" -> "is likely to" is none, "the expected price" is one too
    **dict.fromkeys(EXPECTATION, "probability"),
    **dict.fromkeys("may might could can cannot able unable".split(), "possible"),  # modality: possibility
    "must": "obligation",
    "should": "advice",
    "ought": "advice",
    # degree: how far a claim holds ("Nobody was injured" / "Nobody was seriously injured" says less)
    **dict.fromkeys("seriously badly critically severely gravely sorely".split(), DEGREE + "severe"),
    **dict.fromkeys("slightly mildly".split(), DEGREE + "slight"),  # not "lightly": "lightly salted", "take lightly"
    **dict.fromkeys("partly partially".split(), DEGREE + "partial"),
    **dict.fromkeys("largely mostly mainly".split(), DEGREE + "most"),
}
# Obligation said with a verb: "has to", "had to", "have got to", "needs to", "need not", "was forced to"
# (``scan``) are of the group of "must": "has to" -> "must" is the same modality, "has to" -> "may" or "should"
# is not. "The need to", "our needs to" (a noun after a determiner) are none.
ABILITY = frozenset("able unable".split())  # "be able to": negated ("had not been able to", "wasn't able to",
# "unable to") it states what did not happen, no uncertainty (``detect``); "could not", "cannot" stay modals
ABILITY_NEGATORS = frozenset("not never unable".split())  # with words in n't: what negates an ability word
OBLIGED = frozenset("required obliged obligated forced compelled".split())  # obligation only before "to"
OBLIGATION_VERBS = frozenset("have has had having got need needs needed".split()) | OBLIGED  # "we've got to"
PASSIVE_HEDGES = {"said": "hearsay", "reported": "hearsay", "rumoured": "hearsay", "rumored": "hearsay",
                  "alleged": "hearsay", "claimed": "hearsay",
                  "believed": "belief", "thought": "belief", "understood": "belief"}  # fmt: skip
# An allegation before what it alleges is of the group of "suspected": "accused of taking £2m" -> "took £2m"
# is "hedge dropped: accused of" (the word and the one it needs after it).
ALLEGATIONS = {"accused": "of", "charged": "with"}
APPEARANCE_VERBS = frozenset("seem seems seemed appear appears appeared".split())  # "seems to", "appears to"
# Intention before "to": "plans to raise" says what is meant to happen, "will raise" that it will ("modality:
# plans to -> will"); "was preparing to" is one too. Not "wants to" (a wish: "she wanted to find love").
# The noun says the same ("the plans to build homes"): counted alike, so "has a plan to" -> "plans to" is none.
INTENTION_VERBS = frozenset(set().union(*map(verb_forms, "plan intend aim hope propose prepare".split())))
BE_FORMS = frozenset("is are was were be been being".split())
CERTAIN_MODALS = frozenset("will would shall".split())  # named in notes ("will -> may"), never a hedge alone
DETERMINERS = frozenset("the a an his her their its our this that these those".split())

# Negators, by the word that carries the negation. "n't" stands for every contraction (didn't, won't).
NEGATORS = {
    **dict.fromkeys("not n't cannot".split(), "not"),
    **{word: word for word in "never no none nobody nothing nowhere neither nor without unable".split()},
    **dict.fromkeys(verb_forms("deny") | {"denial"}, "deny"),
    **dict.fromkeys(verb_forms("refuse"), "refuse"),
    **dict.fromkeys(verb_forms("reject"), "reject"),
}
FAIL_FORMS = frozenset(verb_forms("fail"))  # a negator only before "to" ("failed to recognise")
DECLINE_FORMS = frozenset(verb_forms("decline"))  # "declined to comment" = "refused to"; "prices declined": none
DECLINED_ACTS = frozenset(  # what "declined to" refuses ("declined to a record low" is a fall)
    """comment say speak answer discuss confirm deny elaborate reveal name identify give provide release disclose
    respond testify sign attend meet accept pay apologise apologize explain be take join endorse""".split()
)
CONTRACTED_MODALS = {"won't": "will", "can't": "can", "couldn't": "could", "wouldn't": "would",
                     "shouldn't": "should", "mustn't": "must", "mightn't": "might", "shan't": "shall",
                     "needn't": "need"}  # fmt: skip

# Evaluative or sensational wording. Each word is its own group: swapping one for another is still loaded.
LOADED = frozenset(
    """slam slams slammed slamming blasted blasting lambast lambasts lambasted lambasting shocking massive chaos
    chaotic humiliating humiliation humiliated devastating devastated disastrous disaster catastrophic catastrophe
    outrage outrageous outraged furious fury stunning stunned horrific horrifying horror brutal brutally savage
    savagely crushing embarrassing embarrassment debacle fiasco scandal scandalous shameful disgraceful bombshell
    meltdown rampage frenzy mayhem carnage bloodbath staggering astonishing incredible sensational terrifying
    appalling appalled bitter bitterly feud outburst disarray angry angrily stormed regime thug thugs farce
    shambles reckless blatant notorious infamous unprecedented dramatic dramatically explosive furore uproar
    backlash heroic villain vile disgusting
    soar soars soared soaring skyrocket skyrockets skyrocketed skyrocketing plummet plummets plummeted plummeting
    nosedived rocketed slumped damning scathing withering blistering excoriating savaged crippling embattled
    beleaguered dire dismal woeful abysmal calamitous nightmare ordeal terrified petrified panicked panic hysteria
    hysterical heartbreaking heartbroken distraught militant extremist jaw-dropping eye-watering mind-boggling
    whopping colossal flop flops flopped howler blunder gaffe shambolic acrimony acrimonious spat tirade""".split()
)  # by what they do: a figure's rise or fall made dramatic, a verdict made harsh, a crisis, a feeling pinned on
# people, a stigmatising label, a sum made sensational, a failure mocked, a dispute made bitter
LOADED_BEFORE_DEFEAT = frozenset("big huge heavy major bitter".split())  # "a big defeat"

# Relative time references (absolute dates are figures). Offsets in days, for notes about the articles' dates.
TIME_TRIGGERS = frozenset(
    """yesterday today tonight tomorrow week weeks month months year years weekend night morning afternoon
    evening summer winter spring autumn fall ago recently overnight monday tuesday wednesday thursday friday
    saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays days hours decades season
    quarter""".split()
)
TIME_WORDS = TIME_TRIGGERS | frozenset(
    """last this next past previous earlier later ago a an one two three four five six seven eight nine ten several
    few some""".split()
)  # changed words that can change a time reference ("last week" -> "this week", "three years ago" -> "five")
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "last night": -1}  # fmt: skip

# Place words: a demonym or a capital stands for its country (keys are lower case, doubled letters kept).
# Demonyms in -an of countries in -a need no entry (Kenyan, Australian: ``names.name_key`` drops the n).
ALIASES = {
    **dict.fromkeys("korean koreans".split(), "korea"),
    "pyongyang": "north korea",
    "seoul": "south korea",
    **dict.fromkeys("russian russians moscow kremlin".split(), "russia"),
    **dict.fromkeys("ukrainian ukrainians kyiv kiev".split(), "ukraine"),
    **dict.fromkeys("american americans america washington".split(), "united states"),
    **dict.fromkeys("british briton britons britain".split(), "united kingdom"),
    **dict.fromkeys("chinese beijing".split(), "china"),
    **dict.fromkeys("japanese tokyo".split(), "japan"),
    **dict.fromkeys("french paris".split(), "france"),
    **dict.fromkeys("german germans berlin".split(), "germany"),
    **dict.fromkeys("italian italians rome".split(), "italy"),
    **dict.fromkeys("spanish spaniard spaniards madrid".split(), "spain"),
    **dict.fromkeys("indian indians delhi".split(), "india"),
    **dict.fromkeys("iranian iranians tehran".split(), "iran"),
    **dict.fromkeys("israeli israelis".split(), "israel"),
    **dict.fromkeys("turkish turks ankara".split(), "turkey"),
    **dict.fromkeys("greek greeks athens".split(), "greece"),
    **dict.fromkeys("brazilian brazilians brasilia".split(), "brazil"),
    **dict.fromkeys("mexican mexicans".split(), "mexico"),
    **dict.fromkeys("canadian canadians ottawa".split(), "canada"),
    **dict.fromkeys("polish poles warsaw".split(), "poland"),
    **dict.fromkeys("dutch amsterdam".split(), "netherlands"),
    **dict.fromkeys("scottish scots".split(), "scotland"),
    **dict.fromkeys("welsh".split(), "wales"),
    **dict.fromkeys("english".split(), "england"),
    **dict.fromkeys("irish dublin".split(), "ireland"),
    **dict.fromkeys("european europeans".split(), "europe"),
    **dict.fromkeys("syrian syrians damascus".split(), "syria"),
    **dict.fromkeys("egyptian egyptians cairo".split(), "egypt"),
    **dict.fromkeys("nigerian nigerians".split(), "nigeria"),
    **dict.fromkeys("australian australians canberra".split(), "australia"),
    **dict.fromkeys("pakistani pakistanis islamabad".split(), "pakistan"),
    **dict.fromkeys("afghan afghans kabul".split(), "afghanistan"),
    **dict.fromkeys("palestinian palestinians".split(), "palestine"),
    **dict.fromkeys("saudi saudis riyadh".split(), "saudi arabia"),
    **dict.fromkeys("norwegian oslo".split(), "norway"),
    **dict.fromkeys("swedish swede swedes stockholm".split(), "sweden"),
    **dict.fromkeys("danish dane danes copenhagen".split(), "denmark"),
    **dict.fromkeys("finnish finn finns helsinki".split(), "finland"),
    **dict.fromkeys("swiss bern".split(), "switzerland"),
    **dict.fromkeys("portuguese lisbon".split(), "portugal"),
    **dict.fromkeys("vietnamese hanoi".split(), "vietnam"),
    **dict.fromkeys("lebanese beirut".split(), "lebanon"),
    **dict.fromkeys("sudanese khartoum".split(), "sudan"),
    **dict.fromkeys("iraqi iraqis baghdad".split(), "iraq"),
    **dict.fromkeys("thai bangkok".split(), "thailand"),
    **dict.fromkeys("filipino filipinos manila".split(), "philippines"),
    **dict.fromkeys("argentine argentinian".split(), "argentina"),
    **dict.fromkeys("belgian belgians brussels".split(), "belgium"),
    **dict.fromkeys("czech czechs prague".split(), "czech republic"),
    **dict.fromkeys("kurdish kurds".split(), "kurdistan"),
    **dict.fromkeys("taiwanese taipei".split(), "taiwan"),
    **dict.fromkeys("yemeni yemenis".split(), "yemen"),
    **dict.fromkeys("qatari qataris doha".split(), "qatar"),
    **dict.fromkeys("somali somalis mogadishu".split(), "somalia"),
}
ACRONYM_ALIASES = {"US": "united states", "USA": "united states", "UK": "united kingdom", "EU": "european union",
                   "UN": "united nations"}  # fmt: skip
HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof mr. mrs. ms. dr. prof.".split())
COMPASS = frozenset("north south east west".split())  # "the North" for North Korea
NAME_CONNECTORS = frozenset("of for de du da del la le von van bin al".split())
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday i""".split()
)  # months and days are figures or time references

# Every word that can start an item of ``scan`` (a token outside this set, or a contraction in n't, starts none).
TRIGGERS = frozenset(
    set(REPORTING)
    | set(HEDGES)
    | set(PASSIVE_HEDGES)
    | APPEARANCE_VERBS
    | set(INTENTION_VERBS)
    | set(NEGATORS)
    | FAIL_FORMS
    | DECLINE_FORMS
    | LOADED
    | OBLIGATION_VERBS
    | set(ALLEGATIONS)
    | {"alleged", "according", "heard", "suspicion", "defeat", "!", "may", "little"}
)

# What a changed word can do to the items, for the quick test before a scan (``detect._needed``): words of one
# signature on both sides cancel out. Words that only matter with their neighbours (the "to" of "is said to")
# are left out: a change of them alone changes no group.
SIGNATURE = {
    **{word: "time:" + word for word in TIME_WORDS},
    **{word: "loaded:" + word for word in LOADED | {"defeat", "!"}},
    **{word: "not" for word in NEGATORS},
    **{word: "fail" for word in FAIL_FORMS},
    **{word: "not" for word in DECLINE_FORMS},
    "suspicion": "hedge:suspicion",
    **dict.fromkeys(ALLEGATIONS, "hedge:suspicion"),
    **{word: "hedge:" + group for word, group in HEDGES.items()},
    **{word: "passive:" + group for word, group in PASSIVE_HEDGES.items()},
    **{word: "appear" for word in APPEARANCE_VERBS},
    **{word: "hedge:intention" for word in INTENTION_VERBS},
    **{word: "report:" + group for word, group in REPORTING.items()},
    "according": "report:neutral",
    "heard": "report:neutral",
    "alleged": "alleged",
}

# Office titles written lower case ("the prime minister", "a deputy minister"): a title is a run of these words
# holding at least one head; the modifiers change which office it is, or whether it is still held ("former").
TITLE_HEADS = frozenset(
    """president presidents minister ministers secretary secretaries chancellor premier governor governors mayor
    mayors senator senators congressman congresswoman congressmen ambassador ambassadors envoy envoys commissioner
    commissioners chairman chairwoman chairperson director directors spokesman spokeswoman spokesperson king queen
    prince princess emperor empress pope bishop archbishop cardinal admiral colonel captain commander commanders
    sergeant lieutenant judge judges prosecutor prosecutors attorney sheriff inspector superintendent constable
    councillor councillors councilor councilors lawmaker lawmakers legislator mp mps mep meps ceo cfo chief chiefs
    treasurer leader leaders manager executive executives""".split()
)
TITLE_ADJECTIVES = frozenset("chief chiefs executive executives".split())  # heads only last in a longer title
TITLE_MODIFIERS = frozenset(
    """deputy vice acting interim prime former ex foreign finance interior defence defense health home justice
    education trade energy environment transport culture labour labor economy first assistant associate senior
    junior general state opposition party military army police district regional county city national federal
    managing executive council union committee board company club team""".split()
)  # "general" and "state" only inside a title: "attorney general", "secretary of state" is "secretary"
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
