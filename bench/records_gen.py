"""Synthetic quotation records at archive scale, for timing ``quotes compare`` (``make bench``).

The records look like ``quotes extract --format jsonl`` output over a year of news from a couple of
dozen outlets. Every word list here is written for this generator; the statements are built from
clause shapes filled with a topic's words, and the outlets' versions are made with the edits of
``bench/misquotes.py`` (its ``Maker``, ``parse`` and ``_fragment``):

- speakers: Zipf-like (rank r is drawn with weight 1/r): at 100,000 records the first few have
  thousands of quotations and most have a handful; one in twenty is an organisation ("Brackwater
  City Council"), some share a surname; each has a topic and a few talking points they repeat;
- statements: dated over one year (more on weekdays), quoted by one outlet (about two in five: the
  unrelated quotations) or by two to eight, each on the day or up to two days later; a speaker's
  catchphrases ("a national disgrace") come as partial quotations of their own;
- versions: mostly verbatim, else punctuation changed, a fragment (five to nine words) or a short
  one (two to four, printed as ``partial``), an edge trim, an ellipsis, a word left out, a synonym, a
  spelling, and a few altered (a negation, number, name, date or antonym);
- attribution: mostly the full name, sometimes respelled, left out, given as a role ("the transport
  minister") or to another speaker;
- plus scare quotes (no speaker), undated articles and articles without an outlet.

The same ``--n`` and ``--seed`` give the same file, byte for byte.

    python bench/records_gen.py --n 100000 --seed 7 --out records.jsonl
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

from misquotes import PAST, Maker, _fragment, needs, parse  # noqa: E402

START = date(2024, 1, 1)
DAYS = 366

# --- word lists -------------------------------------------------------------------------------------

FIRST_F = (
    "Adaeze Aino Alma Anouk Bettina Brigid Carmen Daria Delphine Elif Elspeth Fenna Freya Gisela Hanne "
    "Ilse Imogen Isolde Jolanda Karin Leonie Liesel Lorna Mabel Marit Mirela Nell Noor Odile Petra "
    "Philippa Ragna Rosalind Ruta Selma Sigrid Tamsin Tove Una Valeska Wren Zofia"
).split()
FIRST_M = (
    "Aksel Alban Arvid Barnaby Benedek Caspian Cillian Dag Desmond Eamon Einar Emeric Fergus Gaspard "
    "Gunnar Hamish Ignatius Ivar Jasper Kasimir Leopold Lucan Magnus Mattias Niall Osric Pavel Quentin "
    "Rainer Rolf Ruairi Silas Stellan Torvald Ulrich Vidar Wendel Xaver Yannick Zoltan"
).split()
# Surnames are put together from pieces, so that an archive's many speakers rarely share one.
ONSETS = (
    "Al Ash Bar Bel Bran Cal Cor Dal Dun El Fal Gar Hal Har Kel Kil Lan Mar Mor Nor Os Pen Quar Ren Sal "
    "Tor Vel Wes"
).split()
MIDDLES = "a e i o u ai ea ou er an en in on ar".split()
ENDINGS = (
    "beck by combe dale field ford gate holm hurst ley lund mark more ridge stad ton vik wick worth"
).split()
COMMON_SURNAMES = "Lindgren Okafor Moreno Brandt Novak Castell Hughes Adeyemi Kowal Fischer".split()
ORG_KINDS = "City Council|Water Board|Police Service|Health Trust|Teachers' Union|Port Authority".split("|")
TOWNS = (
    "Brackwater Calderby Dunhallow Eastmere Fenwick Glenarran Holloway Islebridge Kettlecombe Larchmont "
    "Marrowdale Netherby Oldcastle Pellworth Quenby Rothley Saltmarsh Thornbury Upminton Varrow "
    "Westerhall Yarrowby Ashcombe Birchfield Coldwell Drumlee Elmstead Foxley Greyhaven Hartwell"
).split()
OUTLETS = [
    ("Northgate Herald", 9), ("The Coastal Wire", 8), ("Daily Meridian", 7), ("Lakeland Observer", 6),
    ("The Evening Lantern", 5), ("Riverbend Gazette", 5), ("Hillside Chronicle", 4), ("Metro Dispatch", 4),
    ("The Morning Courant", 3), ("Western Bulletin", 3), ("Capital Record", 3), ("Valley Voice", 2),
    ("The Weekly Standard-Bearer", 2), ("Harbourside News", 2), ("County Express", 2),
    ("The Upland Mercury", 1), ("Borderland Times", 1), ("The Fenland Post", 1), ("Ridgeway Review", 1),
    ("Island Signal", 1), ("Southern Ledger Online", 1), ("Plainsman Daily", 1),
]  # fmt: skip
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 0.9, 0.4, 0.3)  # news is quieter at the weekend
ADVERBS = "firmly fully certainly gladly quickly carefully personally gradually steadily openly".split()
CUES = [("said", 12), ("told", 3), ("added", 2), ("according to", 2), ("warned", 1), ("insisted", 1)]
RULES = [("frame-after", 8), ("syntax", 6), ("frame-before", 2), ("previous-subject", 1), ("continuation", 1)]
SCARE = (
    "reform|red tape|fair share|common sense|value for money|stakeholders|business as usual|"
    "the new normal|green jobs|levelling up|a fresh start|the silent majority|cost of living|"
    "hard choices|quiet quitting|greedflation|the elephant in the room"
).split("|")
CATCHPHRASES = (
    "a national disgrace|deeply irresponsible|very encouraging|a great success|completely unacceptable|"
    "a turning point|long overdue|a step in the right direction|reckless and cruel|a matter of trust|"
    "not good enough|an historic day|a betrayal of voters|a real challenge|absolutely vital"
).split("|")
ADJECTIVES = (
    "new old local rural northern southern coastal public private small large main second whole "
    "ageing modern cheaper safer greener faster fairer better vital crucial extra temporary permanent "
    "regional national remaining existing planned promised delayed emergency annual weekly daily "
    "popular crowded empty busy quiet historic smaller bigger ambitious costly affordable reliable"
).split()
# Words every topic borrows now and then.
GENERAL_THINGS = (
    "local services|young people|older residents|small businesses|public finances|family budgets|"
    "village halls|town centres|high streets|working families|care homes|community groups|side roads|"
    "council tenants|rural areas|market towns|local charities|job centres|sports clubs|public toilets"
).split("|")
GENERAL_THING = (
    "consultation|deadline|review|budget line|promise|report|compromise|ballot|deal|strategy|"
    "timetable|target|survey|petition|settlement|fund|scheme|proposal|pilot|framework"
).split("|")
GENERAL_VERBS = "protect support review deliver improve defend restore reform explain finish".split()
OPENERS = (
    "Let me be clear: |Frankly, |To be honest, |As I said on Monday, |Make no mistake, |First of all, |"
    "In short, |Look, |Above all, |I want to say this: |Once again, |For the record, |Quite simply, |"
    "As we promised, |With respect, |Believe me, |At the end of the day, |Put simply, |Right now, |"
    "This morning, |Today, |In the end, |Between you and me, |Whatever happens, "
).split("|")
TAILS = (
    "over the next two years|before the winter|for the first time|without delay|as soon as we can|"
    "despite the cuts|in every corner of the county|for the next generation|within a month|by the spring|"
    "with the support of the ministry|whatever the cost|at long last|once and for all|this year|"
    "after the election|before the summer holidays|step by step|in good faith|on time and on budget|"
    "with or without the government|from next week|as a matter of urgency|for as long as it takes|"
    "in the coming weeks|sooner rather than later|for every family|across the region|in partnership "
    "with the unions|by the end of the decade"
).split("|")


@dataclass(frozen=True)
class Topic:
    """The words a speaker on one subject uses: who acts, on what, with which verbs and numbers."""

    name: str
    one: tuple[str, ...]  # singular subjects
    many: tuple[str, ...]  # plural subjects
    things: tuple[str, ...]  # plural objects
    thing: tuple[str, ...]  # singular objects
    verbs: tuple[str, ...]  # base forms, regular past or in misquotes.PAST
    units: tuple[tuple[str, str], ...]  # (unit, range) for a number
    roles: tuple[str, ...]  # offices of its speakers, lower case
    opposites: tuple[str, ...] = ("raise|lower", "increase|decrease", "expand|reduce", "open|close")
    feelings: tuple[str, ...] = ("ready|prepared", "eager|keen", "confident|sure", "worried|anxious")


def _t(text: str) -> tuple[str, ...]:
    """Words or phrases written one string, split at ``|``."""
    return tuple(w.strip() for w in text.split("|"))


TOPICS = [
    Topic(
        "transport",
        _t("the rail operator|the ministry|the county|the depot|the bus company"),
        _t("our drivers|the commuters|the unions|the passengers|the engineers"),
        _t("bus routes|night trains|cycle lanes|ticket offices|level crossings|rail bridges"),
        _t("timetable|fare freeze|bypass|tram line|station upgrade|rail link"),
        _t("protect|fund|repair|extend|replace|review|deliver|upgrade|restore|keep|find"),
        (("buses", "10-60"), ("minutes", "5-30"), ("million pounds", "2-40"), ("stations", "3-20")),
        _t("transport minister|rail director|bus company chief"),
    ),
    Topic(
        "schools",
        _t("the school board|the academy trust|the department|the inspectorate|the head teacher"),
        _t("our teachers|the parents|the pupils|the governors|the inspectors"),
        _t("classrooms|school meals|exam results|reading schemes|teaching posts|playgrounds"),
        _t("pay offer|curriculum|new school|summer term|tutoring scheme|building survey"),
        _t("support|fund|review|improve|publish|open|inspect|hire|train|welcome|see"),
        (("pupils", "100-900"), ("teachers", "10-80"), ("per cent", "3-25"), ("schools", "4-30")),
        _t("education secretary|schools minister|union general secretary"),
        feelings=("ready|prepared", "proud|pleased", "concerned|worried", "clear|firm"),
    ),
    Topic(
        "health",
        _t("the hospital|the health trust|the ministry|the clinic|the ambulance service"),
        _t("our nurses|the doctors|the patients|the paramedics|the surgeons"),
        _t("waiting lists|emergency wards|hospital beds|ambulance stations|maternity units|vaccine centres"),
        _t("new wing|staffing plan|winter plan|cancer centre|pay deal|mental health service"),
        _t("protect|fund|staff|open|expand|deliver|review|improve|support|keep|bring"),
        (("nurses", "20-200"), ("beds", "10-120"), ("patients a day", "40-400"), ("weeks", "2-30")),
        _t("health secretary|hospital director|chief nursing officer"),
    ),
    Topic(
        "housing",
        _t("the council|the housing association|the developer|the planning board|the landlord"),
        _t("the tenants|young families|the builders|the residents|the councillors"),
        _t("affordable homes|tower blocks|social rents|building plots|empty flats|new estates"),
        _t("housing plan|rent cap|repair programme|planning rule|deposit scheme|regeneration project"),
        _t("build|fund|repair|approve|reject|protect|deliver|review|demolish|sell|make"),
        (("homes", "50-900"), ("flats", "20-300"), ("per cent", "4-20"), ("million pounds", "5-90")),
        _t("housing minister|council leader|planning chief"),
    ),
    Topic(
        "energy",
        _t("the grid operator|the energy regulator|the supplier|the ministry|the wind farm"),
        _t("households|the engineers|the suppliers|the investors|the campaigners"),
        _t("energy bills|solar panels|heat pumps|wind turbines|power cables|gas boilers"),
        _t("price cap|grid upgrade|insulation scheme|nuclear plant|tidal project|windfall tax"),
        _t("install|fund|connect|approve|replace|support|deliver|expand|insulate|review|build"),
        (("turbines", "10-90"), ("homes", "1000-90000"), ("per cent", "5-40"), ("megawatts", "50-900")),
        _t("energy secretary|climate minister|grid operator chief"),
    ),
    Topic(
        "policing",
        _t("the police force|the court|the commissioner|the inquiry|the ministry"),
        _t("our officers|the detectives|the victims|the magistrates|the neighbours"),
        _t("burglaries|street patrols|knife crimes|police stations|speed cameras|court cases"),
        _t("crime plan|new station|body camera trial|patrol rota|witness scheme|recruitment drive"),
        _t("tackle|fund|investigate|review|open|monitor|protect|support|recruit|take|send"),
        (("officers", "10-120"), ("per cent", "5-35"), ("cases", "20-400"), ("cameras", "5-60")),
        _t("police chief|justice minister|crime commissioner"),
    ),
    Topic(
        "farming",
        _t("the co-operative|the ministry|the farm lobby|the dairy|the estate"),
        _t("our farmers|the growers|the shepherds|the fishermen|the vets"),
        _t("grain prices|dairy herds|river meadows|fishing quotas|hill farms|orchard grants"),
        _t("harvest|subsidy scheme|trade deal|flood payment|land survey|export licence"),
        _t("protect|fund|export|review|support|defend|restore|plant|harvest|sell|lose"),
        (("tonnes", "500-20000"), ("farms", "20-400"), ("per cent", "3-30"), ("hectares", "40-900")),
        _t("agriculture minister|farmers' union president|fisheries commissioner"),
        feelings=("worried|anxious", "hopeful|optimistic", "angry|furious", "ready|prepared"),
    ),
    Topic(
        "finance",
        _t("the treasury|the council|the auditor|the bank|the finance committee"),
        _t("the taxpayers|the ratepayers|the auditors|the lenders|small firms"),
        _t("road repairs|pension funds|business rates|public loans|service charges|council budgets"),
        _t("budget|spending review|tax rise|bond sale|savings plan|rescue package"),
        _t("cut|fund|balance|review|approve|reject|publish|audit|protect|spend|pay"),
        (("million pounds", "2-90"), ("per cent", "1-15"), ("jobs", "20-600"), ("billion pounds", "1-9")),
        _t("finance minister|council treasurer|budget chief"),
        opposites=("raise|lower", "increase|decrease", "accept|reject", "approve|refuse"),
    ),
    Topic(
        "environment",
        _t("the park authority|the water company|the ministry|the trust|the river board"),
        _t("our rangers|the volunteers|the anglers|the campaigners|the scientists"),
        _t("river banks|sewage outfalls|nature reserves|old woodlands|bathing waters|flood defences"),
        _t("clean-up|tree planting scheme|water test|litter ban|wetland project|sea wall"),
        _t("protect|restore|clean|plant|monitor|fund|defend|review|publish|find|keep"),
        (("trees", "300-9000"), ("hectares", "10-400"), ("per cent", "5-60"), ("samples", "20-300")),
        _t("environment minister|water commissioner|park ranger chief"),
        opposites=("raise|lower", "increase|decrease", "expand|reduce", "clean|pollute"),
    ),
    Topic(
        "culture",
        _t("the museum|the festival|the arts council|the theatre|the library"),
        _t("the visitors|the artists|the volunteers|the musicians|the curators"),
        _t("galleries|concert halls|library branches|festival tickets|heritage sites|youth clubs"),
        _t("new wing|arts grant|summer festival|heritage fund|touring show|reading room"),
        _t("open|fund|restore|protect|celebrate|welcome|support|review|close|hold|win"),
        (("visitors", "500-40000"), ("paintings", "20-300"), ("per cent", "5-40"), ("concerts", "5-60")),
        _t("culture minister|museum director|festival chair"),
        feelings=("proud|pleased", "delighted|thrilled", "sad|sorry", "ready|prepared"),
    ),
]

# Clause shapes: {S} a singular subject, {P} a plural one, {T} plural things, {t} one thing (after
# "a"), {V} a verb's base form, {U}/{R} a unit and its range, {O} antonyms, {F} synonyms, {A} an adverb.
SHAPES = [
    "we <m:will> <adv:{A}> {V} the {T} in <pl>",
    "{S} <vd:{V}> the {t} in <mo>",
    "{S} <vs:{V}> the {t} that <p> put forward",
    "{P} <vp:{V}> the {t}",
    "there is <det:a> {t} for the {T} of <pl>",
    "the {t} <m:will> <ant:{O}> the {T} by <n:3-40> per cent",
    "<p> <vd:{V}> the {T} on <wd>",
    "we are <syn:{F}> to {V} the {T}",
    "the <sp:{Z}> for the {T} costs <n:{R}> {U}",
    "I <vd:warn> <p> in <mo> that the {T} were at risk",
    "the {T} in <pl> <m:should> <adv:{A}> be ready by <mo>",
    "{P} <vd:{V}> <n:{R}> {U} last year",
    "we <m:can> <adv:{A}> {V} the {t} before <mo>",
    "{S} <m:must> {V} the {T} now",
    "the {t} <m:would> bring <n:{R}> {U} to <pl>",
    "<n:{R}> {U} in <pl> <vp:{V}> the {t}",
    "nobody should doubt that {P} <m:can> {V} the {T}",
    "I <vd:tell> the people of <pl> on <wd> that we <m:would> {V} the {T}",
    "{S} <m:will> <ant:{O}> the {T} in <pl> next year",
    "the people of <pl> <vp:deserve> <det:a> {t} before <mo>",
    "what {P} <vp:want> is <det:a> {t}, not promises",
    "if {S} <vs:{V}> the {T}, we <m:will> all pay for it",
    "my message to <p> is simple: {V} the {T}",
    "I <m:will> not stand by while {S} <vs:{V}> the {T} of <pl>",
    "it took <n:{R}> {U} to {V} the {t}, and that is a scandal",
    "every one of the {T} in <pl> <m:should> be <syn:{F}>",
    "{P} in <pl> <vd:{V}> the {t} on <wd>",
    "we <vd:{V}> the {T} because {P} asked us to",
    "<det:a> {t} in <pl> <m:would> change everything for {P}",
    "since <mo>, {S} <vd:{V}> <n:{R}> {U}",
    "the figures <vp:show> that the {T} <m:can> <adv:{A}> recover",
    "I <vd:meet> <p> in <pl> and we <vd:agree> to {V} the {T}",
    "the question is whether {S} <m:can> {V} the {t} at all",
    "nobody <vd:tell> us that the {T} in <pl> were closing",
    "the decision to {V} the {t} <vd:arrive> far too late for <pl>",
    "our plan <m:will> <adv:{A}> {V} <n:{R}> {U} across <pl>",
    "we <vp:owe> it to {P} to {V} the {T}",
    "if you ask {P} in <pl>, they <m:will> tell you the {t} is <syn:{F}>",
    "<p> and I <vd:talk> about the {T} on <wd>",
    "the last <n:2-12> years <vd:prove> that {S} <m:can> not {V} the {T} alone",
    "I have never seen the {T} in such a state",
    "there <m:will> be <n:{R}> more {U} in <pl> by <mo>",
    "the {t} <vs:mean> that {P} <m:can> finally {V} the {T}",
    "we <vp:need> <det:a> {t} that <vs:work> for <pl>",
]
SPELLINGS = (
    "programme|program centre|center defence|defense organisation|organization labour|labor "
    "licence|license harbour|harbor theatre|theater catalogue|catalog neighbourhood|neighborhood"
).split()
JOINS = (", and ", ". ", ", but ", "; ", ", so ")


# --- speakers ---------------------------------------------------------------------------------------


@dataclass
class Speaker:
    """Someone quoted in the archive: a person or an organisation, with a topic and talking points."""

    name: str
    role: str | None  # "the transport minister"; None for an organisation
    topic: Topic
    points: list[str] = field(default_factory=list)  # clause templates they come back to

    @property
    def surname(self) -> str:
        """How a story names them after the first mention."""
        return self.name.split()[-1] if self.role else self.name


def _surnames(rng: random.Random) -> list[str]:
    """Every surname the pieces make, in a random order."""
    names = [a + b + c for a, b, c in itertools.product(ONSETS, MIDDLES, ENDINGS)]
    names = sorted({n.capitalize() for n in names})
    rng.shuffle(names)
    return names


def make_speakers(n: int, rng: random.Random) -> list[Speaker]:
    """``n`` speakers, the most quoted first; some share a surname, one in twenty is an organisation."""
    surnames = _surnames(rng)
    out: list[Speaker] = []
    used: set[str] = set()
    k = 0
    while len(out) < n:
        topic = rng.choice(TOPICS)
        if rng.random() < 0.05:
            name = f"{rng.choice(TOWNS)} {rng.choice(ORG_KINDS)}"
            role = None
        else:
            first = rng.choice(FIRST_F + FIRST_M)
            if rng.random() < 0.08:
                last = rng.choice(COMMON_SURNAMES)
            else:
                last = surnames[k % len(surnames)]
                k += 1
            name = f"{first} {last}"
            role = "the " + rng.choice(topic.roles)
        if name in used:
            continue
        used.add(name)
        sp = Speaker(name, role, topic)
        sp.points = [_clause(topic, rng) for _ in range(rng.randint(2, 5))]
        out.append(sp)
    return out


def respell(name: str, rng: random.Random) -> str:
    """The name as an outlet may misspell it: one letter of the surname doubled or changed."""
    parts = name.split()
    last = parts[-1]
    if len(last) < 5:
        return name
    k = rng.randrange(1, len(last) - 1)
    c = last[k]
    swap = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "ou", "k": "c", "c": "k", "v": "w", "w": "v"}
    last = last[:k] + (swap.get(c, c + c) if rng.random() < 0.6 else c + c) + last[k + 1 :]
    return " ".join([*parts[:-1], last])


# --- statements -------------------------------------------------------------------------------------


def _clause(topic: Topic, rng: random.Random) -> str:
    """One clause template with the topic's words chosen and its sites left for ``Maker.fill``: now
    and then an adjective before a noun, and a phrase of time or manner after the clause."""

    def adj(noun: str) -> str:
        return f"{rng.choice(ADJECTIVES)} {noun}" if rng.random() < 0.5 else noun

    def pick(own: tuple[str, ...], general: list[str]) -> str:
        return rng.choice(own) if rng.random() < 0.7 else rng.choice(general)

    shape = rng.choice(SHAPES)
    unit, rng_ = rng.choice(topic.units)
    thing = adj(pick(topic.thing, GENERAL_THING))
    verb = pick(topic.verbs, GENERAL_VERBS)
    if "<vd:{V}>" in shape and verb not in PAST and not _regular(verb):
        verb = "review"
    text = shape.format(
        S=rng.choice(topic.one),
        P=rng.choice(topic.many),
        T=adj(pick(topic.things, GENERAL_THINGS)),
        t=thing,
        V=verb,
        U=unit,
        R=rng_,
        O=rng.choice(topic.opposites),
        F=rng.choice(topic.feelings),
        A=rng.choice(ADVERBS),
        Z=rng.choice(SPELLINGS),
    )
    if thing[:1] in "aeiou":
        text = text.replace(f"<det:a> {thing}", f"<det:an> {thing}")
    if rng.random() < 0.3:
        text += " " + rng.choice(TAILS)
    return text


def _regular(verb: str) -> bool:
    """A verb whose past the regular rule makes right (no doubled consonant, no irregular form)."""
    return verb not in {"cut", "spend", "sell", "build", "hold", "win", "lose", "bring", "keep", "find"}


def statement_template(speaker: Speaker, rng: random.Random) -> str:
    """A statement: one to three clauses, now and then a talking point the speaker keeps repeating."""
    n = rng.choices((1, 2, 3), weights=(3, 5, 2))[0]
    clauses = []
    for _ in range(n):
        own = speaker.topic if rng.random() < 0.8 else rng.choice(TOPICS)
        clauses.append(rng.choice(speaker.points) if rng.random() < 0.15 else _clause(own, rng))
    text = clauses[0]
    if rng.random() < 0.2:
        text = rng.choice(OPENERS) + text
    for c in clauses[1:]:
        join = rng.choice(JOINS)
        text += join + (c[:1].upper() + c[1:] if join == ". " else c)
    return text[:1].upper() + text[1:] + rng.choice("..........!")


class ScaleMaker(Maker):
    """misquotes' ``Maker`` over this generator's words: fills one template at a time."""

    def statement(self, template: str) -> Any:
        """A template filled in (a misquotes ``Statement``), ready to render and edit."""
        self.templates = [parse(template)]
        return self.fill(0, "")


KINDS = [
    ("verbatim", 46), ("punctuation", 6), ("fragment", 10), ("short-fragment", 7), ("trim", 7),
    ("ellipsis", 6), ("inner-trim", 4), ("synonym", 2), ("spelling", 2),
    ("neg-insert", 1), ("neg-contract", 1), ("neg-inflect", 1), ("neg-no", 0.5), ("antonym", 1),
    ("number", 2), ("name", 1), ("date", 1),
]  # fmt: skip
ATTRIBUTION = [("name", 86), ("respelled", 3), ("none", 3), ("role", 4), ("other", 2), ("initial", 2)]


def _weighted(pairs: list[tuple[Any, float]]) -> tuple[list[Any], list[float]]:
    """Choices and their cumulative weights, for ``rng.choices``."""
    return [p[0] for p in pairs], list(itertools.accumulate(p[1] for p in pairs))


def version_text(maker: ScaleMaker, st: Any, kind: str, rng: random.Random) -> tuple[str, str]:
    """One outlet's version of a statement and its record kind (``direct`` or ``partial``)."""
    original = st.render()
    n_words = len(original.split())
    if kind in ("fragment", "short-fragment"):
        piece = _fragment(rng, original, short=kind == "short-fragment")
        return (piece, "partial") if piece else (original, "direct")
    if kind == "verbatim":
        return original, "direct"
    if kind in ("ellipsis", "inner-trim") and n_words < 14:
        return original, "direct"
    if kind == "trim" and n_words < 9:
        return original, "direct"
    wanted = needs(kind)
    if wanted and not any(st.fills.get(i) for k in wanted for i in st.sites(k)):
        return original, "direct"
    try:
        return maker.edit(st, kind), "direct"
    except (IndexError, ValueError):  # no safe word to leave out, and the like
        return original, "direct"


@dataclass
class Record:
    """A quotation before it is placed in an article."""

    day: int | None
    outlet: str | None
    quote: str
    kind: str
    speaker: str | None
    mention: str | None
    cue: str | None


def _day(rng: random.Random, weights: list[float]) -> int:
    """A day of the year, quieter at weekends."""
    return bisect.bisect(weights, rng.random() * weights[-1])


def generate(n: int, seed: int) -> list[Record]:
    """About ``n`` quotation records (exactly ``n``): statements with their versions, and scare quotes."""
    rng = random.Random(seed)
    speakers = make_speakers(max(40, n // 15), rng)
    zipf = list(itertools.accumulate(1 / (r + 1) for r in range(len(speakers))))
    day_weights = list(
        itertools.accumulate(WEEKDAY_WEIGHT[(START + timedelta(d)).weekday()] for d in range(DAYS))
    )
    outlets, outlet_weights = _weighted(OUTLETS)
    kinds, kind_weights = _weighted(KINDS)
    attributions, attribution_weights = _weighted(ATTRIBUTION)
    cues, cue_weights = _weighted(CUES)
    others = sorted(_surnames(random.Random(seed))[:80])  # third parties named in statements
    split = {"templates": [], "women": FIRST_F, "men": FIRST_M, "others": others, "places": TOWNS}
    maker = ScaleMaker(split, rng)
    out: list[Record] = []
    while len(out) < n:
        if rng.random() < 0.04:
            day = _day(rng, day_weights)
            outlet = rng.choices(outlets, cum_weights=outlet_weights)[0]
            out.append(Record(day, outlet, rng.choice(SCARE), "scare", None, None, None))
            continue
        speaker = speakers[bisect.bisect(zipf, rng.random() * zipf[-1])]
        day = _day(rng, day_weights)
        if rng.random() < 0.08:  # a catchphrase, printed as a partial quotation
            text = rng.choice(CATCHPHRASES)
            outlet = rng.choices(outlets, cum_weights=outlet_weights)[0]
            out.append(Record(day, outlet, text, "partial", speaker.name, speaker.surname, "said"))
            continue
        st = maker.statement(statement_template(speaker, rng))
        copies = 1 if rng.random() < 0.4 else min(8, 2 + int(rng.expovariate(0.6)))
        chosen: list[str] = []
        while len(chosen) < copies:
            o = rng.choices(outlets, cum_weights=outlet_weights)[0]
            if o not in chosen or rng.random() < 0.05:  # now and then an outlet prints it twice
                chosen.append(o)
        for k, outlet in enumerate(chosen):
            kind = "verbatim" if k == 0 else rng.choices(kinds, cum_weights=kind_weights)[0]
            text, rec_kind = version_text(maker, st, kind, rng)
            who, mention = _attribution(speaker, speakers, rng, attributions, attribution_weights)
            cue = rng.choices(cues, cum_weights=cue_weights)[0]
            when = day + rng.choice((0, 0, 0, 1, 1, 2))
            out.append(Record(when, outlet, text, rec_kind, who, mention, cue))
    return out[:n]


def _attribution(
    speaker: Speaker,
    speakers: list[Speaker],
    rng: random.Random,
    choices: list[str],
    weights: list[float],
) -> tuple[str | None, str | None]:
    """Who a version is given to, and the words that name them there."""
    how = rng.choices(choices, cum_weights=weights)[0]
    if how == "none":
        return None, None
    if how == "role" and speaker.role:
        return speaker.role, speaker.role
    if how == "other":
        other = speakers[rng.randrange(len(speakers))]
        return other.name, other.surname
    if how == "respelled":
        name = respell(speaker.name, rng)
        return name, name.split()[-1]
    if how == "initial" and speaker.role:
        return f"{speaker.name[0]}. {speaker.name.split()[-1]}", speaker.surname
    return speaker.name, rng.choice([speaker.surname, speaker.surname, "she", "he", speaker.role or "it"])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_jsonl(records: list[Record], stream: TextIO, seed: int) -> int:
    """Place the records in articles (each outlet's quotations of a day, three to nine an article) and
    write them as ``quotes extract --format jsonl`` does; returns how many were written."""
    rng = random.Random(seed + 1)
    rules, rule_weights = _weighted(RULES)
    by_page: dict[tuple[int, str], list[Record]] = {}
    for r in records:
        by_page.setdefault((r.day or 0, r.outlet or ""), []).append(r)
    written = 0
    serial = 0
    for day, outlet in sorted(by_page):
        page = by_page[(day, outlet)]
        rng.shuffle(page)
        k = 0
        while k < len(page):
            size = rng.randint(3, 9)
            chunk, k = page[k : k + size], k + size
            serial += 1
            when = (START + timedelta(days=day)).isoformat()
            published = None if rng.random() < 0.005 else when
            shown_outlet = None if rng.random() < 0.005 else outlet
            article = f"archive/{when}/{_slug(outlet)}-{serial:06d}.html"
            pos = rng.randint(80, 400)
            for r in chunk:
                start = pos + rng.randint(20, 300)
                end = start + len(r.quote)
                rec: dict[str, Any] = {
                    "article": article,
                    "outlet": shown_outlet,
                    "published": published,
                    "quote": r.quote,
                    "start": start,
                    "end": end,
                    "kind": r.kind,
                    "speaker": r.speaker,
                    "speaker_mention": r.mention,
                    "speaker_start": end + 3 if r.mention else None,
                    "speaker_end": end + 3 + len(r.mention) if r.mention else None,
                    "cue": r.cue,
                    "confidence": round(rng.uniform(0.55, 0.98), 3) if r.speaker else 0.0,
                    "rule": rng.choices(rules, cum_weights=rule_weights)[0] if r.speaker else None,
                    "parts": [[start, end]],
                }
                stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
                pos = end + 40 + (len(r.mention) if r.mention else 0)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write ``--n`` records to ``--out`` (or stdout)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="how many records")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="the JSONL file to write (default: stdout)")
    args = ap.parse_args(argv)
    records = generate(args.n, args.seed)
    if args.out is None:
        write_jsonl(records, sys.stdout, args.seed)
        return 0
    with open(args.out, "w", encoding="utf-8") as handle:
        n = write_jsonl(records, handle, args.seed)
    print(f"{n} records written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
