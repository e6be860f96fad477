"""A generated misquote benchmark: two outlets quote the same statements, one after an edit.

Each story is a short news article about an invented town, printed by two outlets. It introduces two
or three speakers (a name and a role) and quotes four statements, each drawn from a template of its
split and filled with numbers, names, places and dates. Outlet A prints each statement faithfully;
outlet B prints it after one edit, and both quote it through varied frames:

- ``surname``: “…,” Varga said.  ``pronoun``: Varga spoke next. “…,” she said.
- ``role``: “…,” the finance director said.  ``colon``: Varga was blunt: “…”
- ``fragment``: Varga said the plan would “…”. (a stretch woven into the sentence)

Edits that change the meaning must come out ``altered`` (in the statement that holds both versions):
``neg-insert`` (will → will not), ``neg-contract`` (will → won't), ``neg-drop`` (will not → will),
``neg-replace`` (will constantly act → will not act), ``always-never``, ``neg-inflect`` (knew → did not
know, supports → does not support), ``neg-no`` (a → no), ``antonym`` (raise → lower), ``number``,
``name``, ``date``, ``modal`` (will → may, might, could) and ``frequency`` (always → sometimes, often,
rarely). A quarter of them are printed by B as a fragment around the edit.

Edits that keep the meaning must be grouped with the original and must not be ``altered``:
``ellipsis`` (words cut, marked …), ``fragment`` (five to nine words), ``short-fragment`` (two to four
words), ``trim`` (words cut at an edge, unmarked), ``inner-trim`` (a word or two cut inside, unmarked),
``punctuation``, ``synonym`` and ``spelling`` (British/American, digits/words).

Reported per split and edit kind: how many, the share grouped with the original (grouped), and the
share flagged ``altered`` — recall for meaning-changing kinds, false alarms for the others. Also the
statements of one story wrongly merged. Bars: recall >= 0.97, false alarms <= 1 %, grouped >= 0.99.

The ``dev`` and ``heldout`` splits draw on disjoint templates, topics, names, places, outlets,
roles, adverbs, verbs, antonyms, synonyms and spellings; the same seed gives the same articles.

    python bench/misquotes.py run --split both [--per-kind 30] [-v]
    python bench/misquotes.py generate --out DIR --split dev [--per-kind 2]  # DIR/articles, gold
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHANGING = (
    "neg-insert neg-contract neg-drop neg-replace always-never neg-inflect neg-no antonym number name date"
    " modal frequency"
).split()
KEEPING = "ellipsis fragment short-fragment trim inner-trim punctuation synonym spelling".split()
BARS = {"recall": 0.97, "false_alarms": 0.01, "grouped": 0.99}
SITE = re.compile(r"<(\w+)(?::([^>]*))?>")

# --- the two splits' vocabularies ------------------------------------------------------------------

DEV: dict[str, Any] = {
    "seed": 11,
    "start": date(2023, 1, 9),
    "outlets": ["The Harbour Ledger", "Valley Courier", "Evening Sample", "Coast Daily"],
    "women": "Amara Lena Ingrid Maya Rosa Helga Nadia Clara Edith Sofia Greta Irene".split(),
    "men": "Tomas Olaf Victor Emil Rafael Jonas Felix Anton Bruno Casper Dmitri Hugo".split(),
    "surnames": "Varga Reyes Ortiz Brandt Solberg Kowalczyk Lindqvist Marchetti Okafor Duval".split(),
    "others": "Haslam Petrov Castellano Nyberg Fairbairn Quist Hollis Mendel Albrecht Szabo".split(),
    "places": (
        "Kelthorpe Dunmore Ashbury Wrenfield Coldharbour Millbrook Oakhaven Stanmere Brackley Pennick"
    ).split(),
    "roles": [
        ("mayor", "mayor"),
        ("transport minister", "minister"),
        ("finance director", "director"),
        ("union leader", "leader"),
        ("police chief", "chief"),
        ("health secretary", "secretary"),
        ("county commissioner", "commissioner"),
        ("hospital director", "director"),
    ],
    "adverbs": "constantly fully firmly certainly still".split(),
    "intro": [
        "{full}, the {role}, spoke to reporters after the meeting.",
        "{full}, the {role}, was at the town hall on {weekday}.",
        "Also present was {full}, the {role}.",
    ],
    "lead": [
        "Councillors in {town} met on {weekday} to debate the year ahead.",
        "Residents of {town} packed the town hall on {weekday} evening.",
        "The county's plans for {town} came under scrutiny on {weekday}.",
    ],
    "filler": [
        "The meeting ran late into the evening.",
        "A decision is expected later this month.",
        "Several residents asked questions from the floor.",
    ],
    "fragment_frames": [
        "{Sur} said the plan would “{f}”.",
        "{Sur} told the meeting that the county had “{f}”.",
        "{Sur} said the council was “{f}”.",
    ],
    "short_frames": ["{Sur} called it “{f}”.", "{Sur} spoke of “{f}”.", "{Sur} said the town had “{f}”."],
    "templates": [
        "We <m:will> <adv:constantly> protect the <n:8-30> rural bus routes that families in <pl> rely on, "
        "and the new timetable starts in <mo>.",
        "The trains <m:will> run every <n:10-30> minutes from <wd>, and I <vd:promise> the passengers of "
        "<pl> a <syn:quick|fast> service.",
        "Our drivers <vd:know> the cuts were coming, and <p> <vd:tell> the depot in <mo> that <n:30-90> "
        "jobs were at risk.",
        "This <sp:programme|program> <m:will> <ant:raise|lower> fares by <n:3-15> per cent before the end "
        "of the year.",
        "There is <det:a> plan to close the ticket office at <pl> station, and the council <vs:support> "
        "the union's campaign.",
        "The new school in <pl> <m:will> open its doors to <n:200-600> pupils on <wd>, and the teachers "
        "are <syn:ready|prepared> for them.",
        "Our teachers <vp:deserve> a fair pay rise, and we <m:can> <adv:still> reach an agreement with <p> "
        "before <mo>.",
        "The inspectors <vd:see> real progress in the classrooms, and test results <vd:rise> by <n:4-20> "
        "per cent this year.",
        "We <m:should> <adv:fully> fund the school meals <sp:programme|program>, because <n:1000-3000> "
        "children in <pl> depend on it.",
        "The head teacher <vs:want> smaller classes, and the board <m:will> hire <n:10-40> new teachers "
        "in <mo>.",
        "The harbour fees <m:will> <ant:increase|decrease> next season, and the <n:20-60> new berths open "
        "on <wd> as we promised the fishing crews.",
        "The fishermen <vd:bring> in a record catch this spring, and <p> <vs:expect> prices to "
        "<ant:rise|fall> in <mo>.",
        "We <m:must> <adv:firmly> defend the <sp:harbour|harbor> against the storms, and the sea wall in "
        "<pl> costs <n:2-9> million pounds.",
        "The hospital in <pl> <m:will> <adv:always> keep its emergency ward open, and we are hiring "
        "<n:30-120> nurses before <mo>.",
        "Waiting times <vd:fall> sharply last year, and the new wing that <p> opened on <wd> treats "
        "<n:40-90> patients a day.",
        "Our staff <vp:need> more support from the ministry, and there is <det:a> quick way to cut the "
        "waiting lists in <pl>.",
        "The council <m:will> build <n:150-900> affordable homes in <pl> by <mo>, and <p> <vs:support> "
        "the plan.",
        "Rents in the city <vd:go> up by <n:5-20> per cent last year, and young families <m:can> afford "
        "a home in <pl> again.",
        "We <vd:make> a promise to the tenants of <pl>, and the repairs <m:will> <adv:certainly> start "
        "on <wd>.",
        "There is <det:a> risk to the <n:40-80> homes on the river bank in <pl>, and the "
        "<sp:neighbourhood|neighborhood> plan <m:will> <adv:fully> protect them.",
        "The wind farm off <pl> <m:will> power <n:20000-90000> homes, and the turbines start turning "
        "in <mo>.",
        "Energy bills <vd:rise> by <n:10-40> per cent this winter, and the minister <vd:give> us "
        "<syn:clear|firm> assurances that help was coming.",
        "We <m:will> <ant:expand|reduce> the solar <sp:programme|program> in <pl>, and <p> <vs:back> the "
        "idea.",
        "The old power station <m:should> close on <wd>, and the <n:100-400> workers there <vp:deserve> "
        "new jobs in the region.",
        "Burglaries in <pl> <vd:fall> by <n:10-30> per cent, and our officers <m:will> <adv:always> "
        "answer a call within an hour.",
        "The new station <m:will> open on <wd> with <n:20-60> officers, and <p> <vs:lead> the team.",
        "We <vd:take> the complaints <syn:seriously|earnestly>, and the patrols in <pl> <m:will> "
        "<ant:increase|decrease> from next month.",
        "The park in <pl> <m:will> stay open all winter, and <n:300-900> new trees are going in the "
        "ground in <mo>.",
        "The river is <ant:cleaner|dirtier> than it was <n:5-20> years ago, and the volunteers <vd:do> "
        "most of the work.",
        "Our rangers <vd:find> the fire on <wd>, and the <sp:organisation|organization> <m:will> replant "
        "<n:20-80> hectares of forest.",
        "The budget <m:will> <adv:fully> cover the <n:12-45> million pounds for road repairs, and <p> "
        "<vs:agree> with every line of it.",
        "We <vd:spend> <n:2-9> million pounds on the sports <sp:centre|center> last year, and the books "
        "<m:will> balance by <mo>.",
        "Taxes <m:will> <ant:rise|fall> in <pl> next year, and there is <det:a> way to avoid it.",
        "The flood <sp:defences|defenses> in <pl> <m:will> hold, and the <n:2-9> new pumps arrive on "
        "<wd>.",
        "The water <vd:reach> <n:200-900> homes in <pl> overnight, and our crews <m:will> <adv:still> "
        "work through the weekend.",
        "I <vd:warn> the ministry in <mo> that the river was <syn:dangerous|hazardous>, and <p> <vs:know> "
        "it.",
    ],
}

HELDOUT: dict[str, Any] = {
    "seed": 12,
    "start": date(2024, 3, 4),
    "outlets": ["Northern Star", "Lakeside Post", "The Upland Times", "Riverside Herald"],
    "women": "Beatrix Juno Marisol Ottilie Priya Saskia Thea Ulla Vesna Wilma Ximena Yara".split(),
    "men": "Ansel Bastian Cormac Dario Evander Florian Gideon Ivo Joaquin Lorcan Matthias Nils".split(),
    "surnames": "Abernathy Bellweather Cavendish Drummond Esterhazy Fitzgerald Gallagher Halvorsen".split(),
    "others": "Ibarra Jankowski Kerrigan Lachance Moreau Novak Oyelaran Pemberton Rasmussen Tanaka".split(),
    "places": [
        "Glenrock", "Harrowgate", "Ivybridge", "Juniper Falls", "Kingsmoor", "Larkspur", "Moorcross",
        "Northwold", "Quarry End", "Redwater",
    ],
    "roles": [
        ("agriculture minister", "minister"),
        ("airport director", "director"),
        ("regional governor", "governor"),
        ("water commissioner", "commissioner"),
        ("party leader", "leader"),
        ("mine inspector", "inspector"),
        ("tourism spokesperson", "spokesperson"),
        ("club chairman", "chairman"),
    ],
    "adverbs": "gladly gradually proudly happily personally".split(),
    "intro": [
        "{full}, the {role}, addressed the crowd on {weekday}.",
        "{full}, the {role}, answered questions from the press.",
        "Among the speakers was {full}, the {role}.",
    ],
    "lead": [
        "A public hearing in {town} on {weekday} drew a large crowd.",
        "Officials gathered in {town} on {weekday} to present the new plans.",
        "The people of {town} heard from their leaders on {weekday}.",
    ],
    "filler": [
        "The hearing closed shortly after nine.",
        "Local groups say they will respond in writing.",
        "Reporters were not allowed into the second session.",
    ],
    "fragment_frames": [
        "{Sur} insisted the region would “{f}”.",
        "{Sur} argued that the valley was “{f}”.",
        "{Sur} said the authority had “{f}”.",
    ],
    "short_frames": ["{Sur} described it as “{f}”.", "{Sur} warned of “{f}”.", "{Sur} said there was “{f}”."],
    "templates": [
        "Our farmers <m:will> <adv:gladly> sell their grain to the co-operative in <pl>, and the harvest "
        "begins on <wd>.",
        "The drought <vd:cost> the valley <n:3-12> million euros, and <p> <vs:believe> the ministry "
        "<m:would> pay for the losses.",
        "Milk prices <m:will> <ant:improve|worsen> over the summer, and the <n:60-250> dairy farms around "
        "<pl> are <syn:worried|anxious>.",
        "There is <det:a> market for our barley abroad, and the growers of <pl> <vp:hope> to export "
        "<n:5000-20000> tonnes by <mo>.",
        "The airport in <pl> <m:can> handle <n:2-8> million passengers a year, and the new runway opens "
        "in <mo>.",
        "The airline <vd:choose> <pl> for its new base, and <p> <vs:welcome> the <n:300-800> jobs it "
        "brings.",
        "Night flights <m:must> <adv:personally> be approved by the board, and the residents of <pl> "
        "<vd:win> that argument fairly.",
        "The terminal <m:will> be <ant:larger|smaller> than the old one, and the first flights leave on "
        "<wd>.",
        "The club <vd:pay> <n:2-9> million euros for the stadium roof, and the fans <m:will> "
        "<adv:happily> stay dry in <mo>.",
        "Our players <vp:trust> the new coach, and we <m:can> finish in the top <n:3-6> this season, as "
        "<p> told the board.",
        "The stadium in <pl> <m:will> host <n:20000-45000> supporters on <wd>, and the ticket prices are "
        "<syn:fair|reasonable>.",
        "The youth academy <vd:hold> its first trials in <mo>, and the coaches <vd:meet> <n:80-300> young "
        "players from <pl>.",
        "The reservoir above <pl> <m:will> <adv:gradually> supply the town through the summer, and the new "
        "pipes go in on <wd>.",
        "The water company <vd:keep> the leaks secret for <n:2-9> years, and <p> <vs:demand> an inquiry.",
        "We <m:should> <ant:accept|reject> the company's offer of <n:4-15> million euros, because the "
        "<sp:colour|color> of the tap water in <pl> is still brown.",
        "Our engineers <vd:find> <n:20-90> leaks under the old town, and there is <det:a> reason to worry "
        "about the supply in <mo>.",
        "The factory in <pl> <m:will> <adv:gradually> hire <n:150-600> workers over the next two years, "
        "and production starts in <mo>.",
        "The company <vd:send> the safety report to <p> on <wd>, and the managers <vp:accept> every "
        "finding in it.",
        "Our chips are <ant:faster|slower> to make here than abroad, and the <n:3-9> new production lines "
        "in <pl> prove it.",
        "The union <vd:understand> the risks, and the workers of <pl> <m:will> vote on the "
        "<sp:licence|license> deal on <wd>.",
        "The museum in <pl> <m:will> <adv:proudly> show the <n:40-200> paintings that <p> left to the "
        "town.",
        "Visitors <vd:spend> <n:2-6> hours in the galleries on average, and the new wing opens in <mo>, "
        "which is <syn:wonderful|marvellous> news.",
        "The <sp:theatre|theater> in <pl> <m:can> survive the winter, and the actors <vp:agree> to a pay "
        "freeze until <mo>.",
        "There is <det:a> danger that the old library in <pl> closes, and the mayor <vs:understand> the "
        "<n:12-40> staff there.",
        "Tourism in <pl> <vd:grow> by <n:8-25> per cent last summer, and the hotels <m:will> "
        "<adv:happily> take more guests in <mo>.",
        "The cruise ships <m:should> <ant:stop|start> docking at <pl>, and <p> <vs:share> that view.",
        "The beaches <m:will> stay <ant:open|closed> on <wd>, and the lifeguards <vd:tell> the "
        "<n:200-900> visitors to stay out of the water.",
        "We <vd:lose> <n:10-40> bookings after the storm, and the tourist office <m:will> "
        "<adv:personally> refund every guest.",
        "The mine near <pl> <m:will> reopen on <wd>, and <n:200-700> miners are <syn:eager|keen> to go "
        "back underground.",
        "The inspectors <vd:write> a damning report in <mo>, and the company <vs:admit> that <n:3-12> "
        "safety rules were broken.",
        "Copper output <m:will> <ant:grow|shrink> this quarter, and the <n:2-8> new shafts in <pl> are "
        "the deepest in the country.",
        "There is <det:a> link between the dust and the illness in <pl>, and <p> <vs:accept> the findings "
        "of the <sp:analysed|analyzed> samples.",
        "The election in <pl> <m:will> <adv:proudly> take place on <wd>, and <n:40000-90000> voters are "
        "registered.",
        "Our party <vd:win> <n:12-30> seats in <mo>, and <p> <vs:deserve> the credit for the campaign.",
        "Turnout <m:will> be <ant:higher|lower> than last time, and the <n:200-600> polling stations in "
        "<pl> open at seven.",
        "The candidates <vp:owe> the voters of <pl> a <syn:straight|honest> answer on taxes, and I "
        "<m:will> ask for one on <wd>.",
    ],
}
SPLITS = {"dev": DEV, "heldout": HELDOUT}

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
PAST = {
    "know": "knew", "tell": "told", "see": "saw", "rise": "rose", "bring": "brought", "fall": "fell",
    "go": "went", "make": "made", "give": "gave", "take": "took", "find": "found", "spend": "spent",
    "do": "did", "cost": "cost", "choose": "chose", "win": "won", "pay": "paid", "hold": "held",
    "meet": "met", "keep": "kept", "send": "sent", "understand": "understood", "grow": "grew",
    "lose": "lost", "write": "wrote",
}  # fmt: skip
NEGATED = {"can": "cannot"}
CONTRACTED = {
    "will": "won't", "can": "can't", "should": "shouldn't", "must": "mustn't", "would": "wouldn't",
    "is": "isn't", "are": "aren't",
}  # fmt: skip
SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
FUNCTION = set(
    "a an the and or but so of to in on at by for with from as is are was were be it its this that we i "
    "our they their there will would can should must not no them us he she him her you me my your his "
    "per had has have do does did".split()
)


PREPOSITIONS = set("on in at with for to by from of before after about into than".split())


def past(verb: str) -> str:
    """The simple past of a verb."""
    if verb in PAST:
        return PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def third(verb: str) -> str:
    """The third person singular present of a verb."""
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def spell(n: int) -> str:
    """A number under a thousand in words ("two hundred and forty-five")."""
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + ("-" + SMALL[n % 10] if n % 10 else "")
    rest = n % 100
    return SMALL[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")


# --- statements and edits ---------------------------------------------------------------------------


@dataclass
class Statement:
    """A template filled in: its parts (text and sites) and the text each site shows."""

    parts: list[str | tuple[str, str]]
    fills: dict[int, str]
    template: int

    def sites(self, kind: str) -> list[int]:
        """The indices of the parts that are sites of ``kind``."""
        return [i for i, p in enumerate(self.parts) if isinstance(p, tuple) and p[0] == kind]

    def render(self, override: dict[int, str] | None = None) -> str:
        """The statement's text, with some sites shown otherwise."""
        out = []
        for i, p in enumerate(self.parts):
            out.append(p if isinstance(p, str) else (override or {}).get(i, self.fills[i]))
        return re.sub(r"\s+", " ", "".join(out)).strip()


def parse(template: str) -> list[str | tuple[str, str]]:
    """A template as text and ``(kind, argument)`` sites."""
    parts: list[str | tuple[str, str]] = []
    pos = 0
    for m in SITE.finditer(template):
        parts.append(template[pos : m.start()])
        parts.append((m.group(1), m.group(2) or ""))
        pos = m.end()
    parts.append(template[pos:])
    return parts


def needs(kind: str) -> tuple[str, ...]:
    """The site kinds an edit needs (any one of them)."""
    return {
        "neg-insert": ("m",),
        "neg-contract": ("m",),
        "neg-drop": ("m",),
        "neg-replace": ("adv",),
        "always-never": ("adv",),
        "neg-inflect": ("vd", "vs", "vp"),
        "neg-no": ("det",),
        "antonym": ("ant",),
        "number": ("n",),
        "name": ("p", "pl"),
        "date": ("wd", "mo"),
        "modal": ("m",),
        "frequency": ("adv",),
        "synonym": ("syn",),
        "spelling": ("sp",),
    }.get(kind, ())


class Maker:
    """Fills templates and makes edits with one split's vocabulary and random generator."""

    def __init__(self, split: dict[str, Any], rng: random.Random) -> None:
        """A maker for one split, drawing from ``rng``."""
        self.split = split
        self.rng = rng
        self.templates = [parse(t) for t in split["templates"]]

    def person(self) -> str:
        """A third party's full name."""
        r = self.rng
        return f"{r.choice(self.split['women'] + self.split['men'])} {r.choice(self.split['others'])}"

    def number(self, arg: str) -> int:
        """A number from a site's range."""
        lo, hi = (int(x) for x in arg.split("-"))
        n = self.rng.randint(lo, hi)
        return round(n, -2) if n >= 10000 else n

    def show_number(self, n: int) -> str:
        """Digits, or words for small numbers now and then."""
        if n < 20 and self.rng.random() < 0.4:
            return spell(n)
        return f"{n:,}" if n >= 10000 else str(n)

    def fill(self, template: int, kind: str) -> Statement:
        """A statement of a template, filled for an edit of ``kind``."""
        parts = self.templates[template]
        fills: dict[int, str] = {}
        r = self.rng
        for i, p in enumerate(parts):
            if isinstance(p, str):
                continue
            site, arg = p
            if site == "m":
                fills[i] = (NEGATED.get(arg, arg + " not")) if kind == "neg-drop" else arg
                fills[i] = "will" if kind == "modal" else fills[i]  # a promise, to be made a possibility
            elif site == "adv":
                if kind in ("always-never", "frequency"):
                    fills[i] = "always"
                elif kind == "neg-replace" or (kind != "neg-drop" and r.random() < 0.6):
                    fills[i] = arg
                else:
                    fills[i] = ""
            elif site == "vd":
                fills[i] = past(arg)
            elif site == "vs":
                fills[i] = third(arg)
            elif site in ("vp", "det"):
                fills[i] = arg
            elif site in ("ant", "syn", "sp"):
                fills[i] = arg.split("|")[0]
            elif site == "n":
                fills[i] = self.show_number(self.number(arg))
            elif site == "p":
                fills[i] = self.person()
            elif site == "pl":
                fills[i] = r.choice(self.split["places"])
            elif site == "wd":
                fills[i] = r.choice(WEEKDAYS)
            elif site == "mo":
                fills[i] = r.choice(MONTHS)
        return Statement(parts, fills, template)

    def edit(self, st: Statement, kind: str) -> str:
        """The statement's text after an edit of ``kind``."""
        r = self.rng
        kinds = needs(kind)
        sites = [i for k in kinds for i in st.sites(k) if st.fills.get(i)]
        i = r.choice(sorted(sites)) if sites else -1
        site, arg = st.parts[i] if sites else ("", "")  # type: ignore[misc]
        text = st.render()
        if kind == "neg-insert":
            return st.render({i: NEGATED.get(arg, arg + " not")})
        if kind == "neg-contract":
            options = [j for j in sites if st.parts[j][1] in CONTRACTED]  # type: ignore[index]
            j = r.choice(options) if options else i
            return st.render({j: CONTRACTED.get(st.parts[j][1], st.parts[j][1] + " not")})  # type: ignore[index]
        if kind == "neg-drop":
            return st.render({i: arg})
        if kind == "neg-replace" or kind == "always-never":
            return st.render({i: "never" if kind == "always-never" else "not"})
        if kind == "neg-inflect":
            aux = {"vd": "did", "vs": "does", "vp": "do"}[site]
            return st.render({i: f"{aux} not {arg}"})
        if kind == "neg-no":
            return st.render({i: "no"})
        if kind == "modal":  # "will protect" → "may protect"
            return st.render({i: r.choice(["may", "might", "could"])})
        if kind == "frequency":  # "will always keep" → "will sometimes keep"
            return st.render({i: r.choice(["sometimes", "often", "rarely", "occasionally", "usually"])})
        if kind in ("antonym", "synonym", "spelling"):
            return st.render({i: arg.split("|")[1]})
        if kind == "number":
            old = int(st.fills[i].replace(",", "")) if st.fills[i][0].isdigit() else SMALL.index(st.fills[i])
            new = old
            while new == old:
                new = self.number(arg) if r.random() < 0.7 else old + r.choice([-3, -2, -1, 1, 2, 5, 10])
                new = max(new, 1)
            shown = spell(new) if not st.fills[i][0].isdigit() and new < 20 else (
                f"{new:,}" if new >= 10000 else str(new)
            )
            return st.render({i: shown})
        if kind == "name":
            old = st.fills[i]
            new = old
            while new.split()[-1] == old.split()[-1] or new.split()[0] == old.split()[0]:
                new = self.person() if site == "p" else r.choice(self.split["places"])
            return st.render({i: new})
        if kind == "date":
            pool = WEEKDAYS if site == "wd" else MONTHS
            return st.render({i: r.choice([d for d in pool if d != st.fills[i]])})
        words = text.split()
        if kind == "ellipsis":
            lo = r.randint(3, max(3, len(words) - 8))
            hi = min(len(words) - 3, lo + r.randint(3, 7))
            mark = r.choice(["…", "...", " … "])
            return " ".join(words[:lo]).rstrip(",") + " " + mark.strip() + " " + " ".join(words[hi:])
        if kind == "trim":
            k = r.randint(2, 5)
            return " ".join(words[k:]) if r.random() < 0.5 else " ".join(words[:-k]).rstrip(",") + "."
        if kind == "inner-trim":
            safe = [
                j
                for j in range(3, len(words) - 3)
                if not re.search(r"\d|not|n't|never|^no$", words[j])
                and words[j].strip(",.").lower() not in SMALL
                and not words[j].endswith(",")
            ]
            j = r.choice(safe)
            return " ".join(words[:j] + words[j + 1 :])
        if kind in ("fragment", "short-fragment"):
            return text  # outlet B quotes a stretch of it (frame_paragraph)
        if kind == "punctuation":
            out = text
            if ", and" in out and r.random() < 0.5:
                out = out.replace(", and", r.choice([" — and", "; and", " and"]), 1)
            else:
                out = out.replace(",", "", 1) if "," in out else out.replace(" and ", ", and ", 1)
            return out[:-1] + r.choice(["!", "", "."]) if out.endswith(".") else out
        raise ValueError(kind)


# --- stories --------------------------------------------------------------------------------------


@dataclass
class Person:
    """A speaker of a story."""

    first: str
    last: str
    gender: str
    role: str
    role_head: str

    @property
    def full(self) -> str:
        """First name and surname."""
        return f"{self.first} {self.last}"


@dataclass
class Item:
    """One statement of a story: who says it, the faithful text, the edit and the edited text."""

    speaker: Person
    kind: str
    original: str
    edited: str
    template: int
    frames: tuple[str, str] = ("", "")
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # outlet letter -> quote span


@dataclass
class Story:
    """A story printed by two outlets."""

    id: str
    town: str
    day: date
    outlets: tuple[str, str]
    people: list[Person]
    items: list[Item]
    texts: dict[str, str] = field(default_factory=dict)


def _words_of(text: str) -> list[str]:
    """A text's words as written, punctuation attached."""
    return text.split()


def _stretch(words: list[str], lo: int, hi: int) -> str:
    """Words ``lo`` to ``hi`` of a text, without punctuation at either end."""
    return " ".join(words[lo:hi]).strip(",.;:!?—")


def _fragment(r: random.Random, text: str, short: bool, around: int | None = None) -> str | None:
    """A stretch of one clause of a statement: 2-4 words (short), else 5-9, or 5-9 around a word.

    None when no clause is long enough (the caller then quotes the statement whole).
    """
    words = _words_of(text)
    clauses: list[tuple[int, int]] = []
    lo = 0
    for k, w in enumerate(words):
        if w.endswith((",", ";", ".", "!", "?", "…")) or w in ("…", "...") or k == len(words) - 1:
            clauses.append((lo, k + 1))
            lo = k + 1
    if around is not None:
        clauses = [(a, b) for a, b in clauses if a <= around < b]
    for _ in range(200):
        a, b = r.choice(clauses)
        a += 1 if words[a][:1].isupper() and b - a > 5 else 0  # not the sentence's first word
        n = r.randint(2, 4) if short else r.randint(5, 9)
        if b - a < n:
            continue
        lo_min = a if around is None else max(a, around - n + 2)
        lo_max = b - n if around is None else min(b - n, around - 1)  # the word before the edit too
        if lo_max < lo_min:
            continue
        lo = r.randint(lo_min, lo_max)
        piece = words[lo : lo + n]
        bare = [w.strip(",.;!?…").lower() for w in piece]
        if bare[0] in ("and", "or", "but") or bare[-1] in FUNCTION:
            continue
        if short and not any(w.isalpha() and len(w) > 4 and w not in FUNCTION for w in bare):
            continue
        if short and bare[0] in PREPOSITIONS:
            continue
        return _stretch(words, lo, lo + n)
    return None


def _first_change(a: str, b: str) -> int:
    """The index of the first word where two texts differ."""
    wa, wb = _words_of(a), _words_of(b)
    for k, (x, y) in enumerate(zip(wa, wb, strict=False)):
        if x != y:
            return k
    return min(len(wa), len(wb)) - 1


def template_sites(maker: Maker) -> dict[str, list[int]]:
    """The templates that hold each kind of site, by site."""
    by_site: dict[str, list[int]] = defaultdict(list)
    for t, parts in enumerate(maker.templates):
        for p in parts:
            if isinstance(p, tuple) and t not in by_site[p[0]]:
                by_site[p[0]].append(t)
    return by_site


def story_people(rng: random.Random, split: dict[str, Any], n: int, genders: Any) -> list[Person]:
    """``n`` speakers of a story: roles, then sexes (``genders(n)``), surnames and given names."""
    roles = rng.sample(split["roles"], n)
    sexes = genders(n)
    surnames = rng.sample(split["surnames"], n)
    return [
        Person(rng.choice(split["women"] if g == "f" else split["men"]), sur, g, role, head)
        for g, sur, (role, head) in zip(sexes, surnames, roles, strict=True)
    ]


def pick_statement(
    rng: random.Random, maker: Maker, by_site: dict[str, list[int]], kind: str, used: set[int]
) -> tuple[int, Any]:
    """A template that has a site for an edit of ``kind`` (one the story has not used, if any),
    filled: its index and the filled statement."""
    pool = sorted({t for site in needs(kind) for t in by_site[site]} or range(len(maker.templates)))
    choices = [t for t in pool if t not in used] or pool
    t = rng.choice(choices)
    used.add(t)
    return t, maker.fill(t, kind)


def make_stories(split_name: str, per_kind: int, per_story: int = 4) -> list[Story]:
    """The split's stories: ``per_kind`` edits of every kind, ``per_story`` statements a story."""
    split = SPLITS[split_name]
    rng = random.Random(split["seed"])
    maker = Maker(split, rng)
    kinds = [k for k in (*CHANGING, *KEEPING) for _ in range(per_kind)]
    rng.shuffle(kinds)
    by_site = template_sites(maker)
    stories: list[Story] = []
    for s in range(0, len(kinds), per_story):
        batch = kinds[s : s + per_story]
        n_people = rng.choice([2, 3])
        people = story_people(rng, split, n_people, lambda n: ["f", "m", rng.choice("fm")][:n])
        used: set[int] = set()
        items: list[Item] = []
        for k, kind in enumerate(batch):
            t, st = pick_statement(rng, maker, by_site, kind, used)
            items.append(Item(people[k % n_people], kind, st.render(), maker.edit(st, kind), t))
        day = split["start"] + timedelta(days=6 * len(stories))
        a, b = rng.sample(split["outlets"], 2)
        sid = f"{split_name[0]}{len(stories):03d}"
        story = Story(sid, rng.choice(split["places"]), day, (a, b), people, items)
        write_story(story, split, rng)
        stories.append(story)
    return stories


FRAMES = ("surname", "pronoun", "role", "colon")


def write_story(story: Story, split: dict[str, Any], rng: random.Random, frame: Any = None) -> None:
    """Write both outlets' texts of a story, noting where each quotation's words are. ``frame(item,
    letter, story)`` gives an item's paragraph and the words of it that stand for the item (by
    default ``frame_paragraph``: a quotation in a frame)."""
    weekday = WEEKDAYS[story.day.weekday()]
    for letter in "AB":
        topic = rng.choice(["a heated hearing", "plans under scrutiny", "the year ahead"])
        headline = f"{story.town}: {topic}"
        paras: list[tuple[Item | None, str, str]] = [(None, headline, "")]
        paras.append((None, rng.choice(split["lead"]).format(town=story.town, weekday=weekday), ""))
        for p in story.people:
            intro = rng.choice(split["intro"]).format(full=p.full, role=p.role, weekday=weekday)
            paras.append((None, intro, ""))
        for item in story.items:
            if frame is None:
                para, body = frame_paragraph(item, letter, split, rng, story)
            else:
                para, body = frame(item, letter, story)
            paras.append((item, para, body))
            if rng.random() < 0.3:
                paras.append((None, rng.choice(split["filler"]), ""))
        text = ""
        for item, para, body in paras:
            if item is not None:
                at = len(text) + para.find(body)
                item.spans[letter] = (at, at + len(body))
            text += para + "\n\n"
        story.texts[letter] = text


def frame_paragraph(
    item: Item, letter: str, split: dict[str, Any], rng: random.Random, story: Story
) -> tuple[str, str]:
    """One paragraph quoting an item in a frame, for outlet A (faithful) or B (edited)."""
    p = item.speaker
    text = item.original if letter == "A" else item.edited
    frame = rng.choice(FRAMES)
    piece = None
    if letter == "B" and item.kind in ("fragment", "short-fragment"):
        piece = _fragment(rng, item.original, short=item.kind == "short-fragment")
    elif letter == "B" and item.kind in CHANGING and rng.random() < 0.25:
        piece = _fragment(rng, item.edited, short=False, around=_first_change(item.original, item.edited))
    if piece is not None:
        frame = "short-fragment" if item.kind == "short-fragment" else "fragment"
        text = piece
    others = [o for o in story.people if o is not p and o.gender == p.gender]
    if frame == "pronoun" and others:
        frame = "surname"
    if frame == "role" and any(o.role_head == p.role_head for o in story.people if o is not p):
        frame = "surname"
    open_, close = ("“", "”") if letter == "A" or item.kind != "punctuation" else ('"', '"')
    body = text
    if frame in ("surname", "pronoun", "role"):
        body = text[:-1] + "," if text.endswith(".") else text
        body = body if body.endswith(("?", "!", ",")) else body + ","
    if frame == "surname":
        para = f"{open_}{body}{close} {p.last} said."
    elif frame == "pronoun":
        para = f"{p.last} spoke next. {open_}{body}{close} {'she' if p.gender == 'f' else 'he'} said."
    elif frame == "role":
        para = f"{open_}{body}{close} the {p.role} said."
    elif frame == "colon":
        para = f"{p.last} was blunt: {open_}{body}{close}"
    else:
        frames = split["short_frames"] if frame == "short-fragment" else split["fragment_frames"]
        para = rng.choice(frames).format(Sur=p.last, f=body).replace("“", open_).replace("”", close)
    item.frames = (frame, item.frames[1]) if letter == "A" else (item.frames[0], frame)
    return para, body


# --- running and scoring --------------------------------------------------------------------------


def run_split(
    split_name: str, per_kind: int, verbose: bool = False, keep: Path | None = None
) -> dict[str, Any]:
    """Generate a split, extract and compare it, and score every edit."""
    import quotes

    stories = make_stories(split_name, per_kind)
    articles = story_articles(stories)
    if keep is not None:
        write_folder(keep, stories, articles)
    start = time.perf_counter()
    records = []
    for result in quotes.extract_many(articles):
        records.extend(result.quotes)
    statements = quotes.compare(records)
    seconds = time.perf_counter() - start
    where: dict[tuple[str, int], tuple[str, str]] = {}
    for st in statements:
        for v in st.versions:
            where[(v.article, v.start)] = (st.id, v.relation)
    by_article: dict[str, list[Any]] = defaultdict(list)
    for q in records:
        if q.kind != "reported":  # the edits are made to quotations; paraphrases only join them
            by_article[q.article].append(q)

    def record(article: str, span: tuple[int, int]) -> Any:
        best, overlap = None, 0
        for q in by_article[article]:
            inter = min(q.end, span[1]) - max(q.start, span[0])
            if inter > overlap:
                best, overlap = q, inter
        return best

    def locate(article: str, span: tuple[int, int]) -> tuple[str, str] | None:
        best = record(article, span)
        return where.get((article, best.start)) if best is not None else None

    def shown(article: str, span: tuple[int, int]) -> str:
        q = record(article, span)
        if q is None:
            return "no record"
        return f"{q.kind} by {q.speaker}: {where.get((article, q.start))} «{q.quote}»"

    from quotes.compare.group import same_speaker

    def attributed(article: str, span: tuple[int, int], speaker: str) -> bool:
        q = record(article, span)
        return q is not None and bool(q.speaker) and same_speaker(q.speaker or "", speaker)

    keys = ("n", "grouped", "altered", "attributed", "grouped_attributed", "altered_attributed")
    rows: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(keys, 0))
    misses: list[str] = []
    frames: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # frame -> [right speaker, quotations]
    merged = pairs = 0
    for story in stories:
        ids = []
        for item in story.items:
            a = locate(f"{story.id}-A.txt", item.spans["A"])
            b = locate(f"{story.id}-B.txt", item.spans["B"])
            grouped = a is not None and b is not None and a[0] == b[0]
            altered = grouped and "altered" in (a[1], b[1])  # type: ignore[index]
            sides = [
                attributed(f"{story.id}-{x}.txt", item.spans[x], item.speaker.full) for x in "AB"
            ]
            for frame, ok in zip(item.frames, sides, strict=True):
                frames[frame][0] += ok
                frames[frame][1] += 1
            right = all(sides)
            row = rows[item.kind]
            row["n"] += 1
            row["grouped"] += grouped
            row["altered"] += altered
            row["attributed"] += right
            row["grouped_attributed"] += grouped and right
            row["altered_attributed"] += altered and right
            ids.append(a[0] if a else None)
            wrong = (item.kind in CHANGING) != altered or not grouped
            if wrong:
                what = "not grouped" if not grouped else "altered" if altered else "missed"
                misses.append(
                    f"{story.id} {item.kind} {what} [{item.frames[0]}/{item.frames[1]}]"
                    f"{'' if right else ' (speaker misattributed)'}\n"
                    f"    A: {shown(f'{story.id}-A.txt', item.spans['A'])}\n"
                    f"    B: {shown(f'{story.id}-B.txt', item.spans['B'])}"
                )
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pairs += 1
                merged += ids[x] is not None and ids[x] == ids[y]
    changing = [rows[k] for k in CHANGING]
    keeping = [rows[k] for k in KEEPING]
    n_change = sum(r["n"] for r in changing)
    n_keep = sum(r["n"] for r in keeping)
    summary = {
        "split": split_name,
        "stories": len(stories),
        "articles": len(articles),
        "seconds": round(seconds, 1),
        "recall": sum(r["altered"] for r in changing) / n_change,
        "false_alarms": sum(r["altered"] for r in keeping) / n_keep,
        "grouped": sum(r["grouped"] for r in rows.values()) / (n_change + n_keep),
        "merged": merged / pairs if pairs else 0.0,
        "attributed": sum(r["attributed"] for r in rows.values()) / (n_change + n_keep),
        "recall_attributed": _share(changing, "altered_attributed"),
        "false_alarms_attributed": _share(keeping, "altered_attributed"),
        "grouped_attributed": _share(list(rows.values()), "grouped_attributed"),
        "kinds": dict(rows),
        "frames": {f: frames[f][0] / frames[f][1] for f in sorted(frames)},
    }
    if verbose:
        print("\n".join(misses))
    return summary


def _share(rows: list[dict[str, int]], key: str) -> float:
    """A count over the edits whose two versions were attributed to the right speaker."""
    n = sum(r["attributed"] for r in rows)
    return sum(r[key] for r in rows) / n if n else 0.0


def story_articles(stories: list[Story]) -> list[Any]:
    """Both outlets' articles of every story; B prints every other story a day later."""
    from quotes.records import Article

    out = []
    for n, story in enumerate(stories):
        for k, letter in enumerate("AB"):
            day = story.day + timedelta(days=1 if letter == "B" and n % 2 else 0)
            out.append(
                Article(
                    id=f"{story.id}-{letter}.txt",
                    text=story.texts[letter],
                    outlet=story.outlets[k],
                    published=day.isoformat(),
                )
            )
    return out


def write_folder(out: Path, stories: list[Story], articles: list[Any]) -> None:
    """Write the articles with their manifest to ``out/articles``, and the gold edits beside them."""
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        w = csv.writer(handle)
        w.writerow(["file", "outlet", "published", "title", "url"])
        for art in articles:
            (folder / art.id).write_text(art.text, encoding="utf-8")
            w.writerow([art.id, art.outlet, art.published, "", ""])
    with open(out / "gold_edits.jsonl", "w", encoding="utf-8") as handle:
        for story in stories:
            for item in story.items:
                record = {
                    "story": story.id,
                    "speaker": item.speaker.full,
                    "kind": item.kind,
                    "changes_meaning": item.kind in CHANGING,
                    "original": item.original,
                    "edited": item.edited,
                    "frames": list(item.frames),
                    "spans": {k: list(v) for k, v in item.spans.items()},
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def report(summary: dict[str, Any]) -> bool:
    """Print a split's figures by edit kind; True when every bar is met."""
    print(
        f"\n== {summary['split']}: {summary['stories']} stories, {summary['articles']} articles, "
        f"{summary['seconds']} s (extract + compare)"
    )
    print(f"{'edit kind':<16}{'class':<10}{'n':>5}{'grouped':>10}{'altered':>10}{'speakers ok':>13}")
    for kind in (*CHANGING, *KEEPING):
        row = summary["kinds"][kind]
        cls = "changes" if kind in CHANGING else "keeps"
        grouped, altered, right = (row[k] / row["n"] for k in ("grouped", "altered", "attributed"))
        print(f"{kind:<16}{cls:<10}{row['n']:>5}{grouped:>10.3f}{altered:>10.3f}{right:>13.3f}")
    ok = {
        "recall": summary["recall"] >= BARS["recall"],
        "false_alarms": summary["false_alarms"] <= BARS["false_alarms"],
        "grouped": summary["grouped"] >= BARS["grouped"],
    }
    print(
        f"recall {summary['recall']:.3f} (bar >= {BARS['recall']}) {'ok' if ok['recall'] else 'FAIL'}; "
        f"false alarms {summary['false_alarms']:.3f} (bar <= {BARS['false_alarms']}) "
        f"{'ok' if ok['false_alarms'] else 'FAIL'}; "
        f"grouped {summary['grouped']:.3f} (bar >= {BARS['grouped']}) {'ok' if ok['grouped'] else 'FAIL'}; "
        f"statements of a story merged {summary['merged']:.3f}"
    )
    print(
        f"both versions attributed to the right speaker: {summary['attributed']:.3f}; on those: "
        f"recall {summary['recall_attributed']:.3f}, false alarms {summary['false_alarms_attributed']:.3f}, "
        f"grouped {summary['grouped_attributed']:.3f}"
    )
    print("speaker right, by frame: " + ", ".join(f"{k} {v:.2f}" for k, v in summary["frames"].items()))
    return all(ok.values())


def main(argv: list[str] | None = None) -> int:
    """Run or generate the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="generate, extract, compare and score")
    r.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    r.add_argument("--per-kind", type=int, default=30, help="edits of each kind per split")
    r.add_argument("--keep", type=Path, help="also write each split's articles here")
    r.add_argument("-v", "--verbose", action="store_true", help="list every edit scored wrong")
    g = sub.add_parser("generate", help="write a split's articles, manifest and gold edits")
    g.add_argument("--out", type=Path, required=True)
    g.add_argument("--split", choices=list(SPLITS), default="dev")
    g.add_argument("--per-kind", type=int, default=2)
    args = ap.parse_args(argv)
    if args.command == "generate":
        stories = make_stories(args.split, args.per_kind)
        articles = story_articles(stories)
        write_folder(args.out, stories, articles)
        print(f"{len(articles)} articles written to {args.out / 'articles'}, the edits to gold_edits.jsonl")
        return 0
    splits = list(SPLITS) if args.split == "both" else [args.split]
    ok = True
    for name in splits:
        keep = args.keep / name if args.keep else None
        ok &= report(run_split(name, args.per_kind, args.verbose, keep))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
