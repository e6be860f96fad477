"""A generated speaker-attribution benchmark: invented news articles quoting people through many frames.

Each article is a headline and 5-15 paragraphs about an invented town and topic. It introduces 2-4
speakers (officials with a role, residents, children, organisations, documents) and quotes them
through attribution frames, each gold quotation tagged with its frame:

- ``surname``: “…,” Varga said. / Varga said: “…” / said Varga. (or Ms./Mr./Dr. Varga)
- ``fullname-first``: Amara Varga, the mayor of Kelthorpe, said: “…” / “…,” said Amara Varga.
- ``pronoun``: “…,” she said. (the speaker was named just before; distractors are of the other gender)
- ``role``: “…,” the prosecutor told jurors. (the role was given with the name earlier)
- ``colon``: Varga was blunt: “…”
- ``split``: “…,” Varga said, “and …” / “…,” said Varga. “…”
- ``continuation``: a paragraph that is only a quotation, after one with a clear speaker
- ``adding``: “…,” Varga said, adding: “…”
- ``according-to``: According to Varga, “…”
- ``reported-complement``: Varga said the county had “ignored every warning”. (not the county)
- ``called-it``: Varga called the plan “a blank cheque”.
- ``org``: “…,” the ministry said in a statement. (gold: "Ministry of Water")
- ``document``: “…,” the audit said. (gold: "the audit")
- ``vox-pop``: a quotation with "— Name Surname, 34, of Town" under it, or the name line above it
- ``transcript``: turns "A: …" or "AMARA VARGA: …" with no quotation marks (a measured gap)
- ``cataphora``: “…,” said the finance minister, Amara Varga.
- ``first-name``: a child or resident named in full once, then by first name

Scare quotes are gold records marked ``optional`` (they count neither way); titles in "Related:" lines
at the end hold quotation marks but no speech (no gold record: a prediction there is a false positive).

The ``dev`` split (seed 1) and the ``heldout`` split (seed 2) draw on disjoint pools of names, towns,
organisations, verbs, adverbials and frame templates (``frames_data.py``), so held-out scores
approximate unseen text. The same seed always gives byte-identical files.

    python bench/frames.py generate --out DIR --split dev --n 120
    python bench/frames.py score --gold DIR/gold_quotes.jsonl --pred PRED.json [-v]
    python bench/frames.py run --split both [--n 120] [-v]

The gold (``DIR/gold_quotes.jsonl``) is also readable by ``/work/shared/tools/score.py quotes``.
The main figure is full-name accuracy: the share of matched gold quotations whose predicted ``speaker``
equals the gold canonical name (case and white space ignored, a leading "the" dropped).

Template slots: ``{Qc}`` ``{Qs}`` ``{Qq}`` ``{QL}`` ``{Q2s}`` ``{Qk}`` are quotations (ending in a comma,
a full stop, a question mark, several sentences, a second quotation, a lower-case continuation);
``{Fnp}`` ``{Fadj}`` ``{Fvp}`` quoted fragments; ``{S}`` a scare quote; ``{full}`` ``{sur}`` ``{pron}``
``{role}`` ``{title}`` ``{desc}`` ``{first}`` refer to the speaker (capitalised: sentence-initial);
``{ofull}`` ``{oref}`` to an organisation and ``{dref}`` ``{dintro}`` to a document; the rest fill in
verbs, adverbials and context.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from bench import frames_data as data
except ImportError:  # run as a script: bench/ itself is on sys.path
    import frames_data as data  # type: ignore[no-redef]

SPLITS = {"dev": ("d", 1), "heldout": ("h", 2)}
SLOT = re.compile(r"\{(\w+)\}")
QUOTE_SLOTS = {"Qc": "c", "Qs": "s", "Qq": "q", "QL": "L", "Q2s": "s", "Qk": "k"}
FRAGMENT_SLOTS = {"Fnp": data.FRAG_NP, "Fadj": data.FRAG_ADJ, "Fvp": data.FRAG_VP}
PERSON_REFS = {"full", "sur", "surs", "first", "pron", "poss", "obj", "role", "title", "desc"}
ORG_SLOTS = {"ofull", "oref", "ostate"}
DOC_SLOTS = {"dref", "dintro", "dverb"}
INTRO_SLOTS = {"desc", "title"}
FRAME_ORDER = (
    "surname fullname-first pronoun role colon split continuation adding according-to reported-complement "
    "called-it org document vox-pop transcript cataphora first-name"
).split()
BASE_WEIGHT = {
    "surname": 2.0,
    "first-name": 3.0,
    "pronoun": 1.2,
    "role": 1.2,
    "colon": 0.8,
    "split": 0.6,
    "adding": 0.6,
    "continuation": 1.0,
    "called-it": 0.8,
    "fullname-first": 0.6,
}


# --- the cast ---------------------------------------------------------------------------------------


@dataclass(eq=False)
class Person:
    """A person in an article: an official with a role, a resident, a child or a never-quoted name."""

    first: str
    last: str
    gender: str  # "f" or "m"
    kind: str  # official, private, child, distractor, vox
    title: str = ""
    desc: str = ""
    role: str = ""
    audiences: list[str] = field(default_factory=list)
    age: int = 0
    occupation: str = ""
    introduced: bool = False
    role_known: bool = False
    quotes: int = 0
    stype: str = "person"

    @property
    def full(self) -> str:
        """First name and surname."""
        return f"{self.first} {self.last}"

    @property
    def canonical(self) -> str:
        """The gold speaker name."""
        return self.full


@dataclass(eq=False)
class Org:
    """An organisation that speaks through statements."""

    kind: str
    name: str
    the: bool
    ref: str
    what: str
    introduced: bool = False
    quotes: int = 0
    stype: str = "org"

    @property
    def canonical(self) -> str:
        """The gold speaker name: the full name without "the"."""
        return self.name


@dataclass(eq=False)
class Doc:
    """A document quoted as a source: "the audit"."""

    kind: str
    tail: str
    introduced: bool = False
    quotes: int = 0
    stype: str = "document"

    @property
    def canonical(self) -> str:
        """The gold speaker name: the document as the article names it."""
        return f"the {self.kind}"


Entity = Person | Org | Doc


@dataclass
class Quote:
    """Words between quotation marks (or a transcript turn, ``marks`` False) and their gold attribution."""

    text: str
    speaker: Entity | None
    frame: str
    kind: str = "direct"
    optional: bool = False
    marks: bool = True


Part = str | Quote


@dataclass
class Template:
    """A frame template with what it needs of its speaker, worked out from its slots."""

    frame: str
    text: str
    slots: list[str]
    stype: str
    first_ref: str

    @classmethod
    def parse(cls, frame: str, text: str) -> Template:
        """Read the slots of a template."""
        slots = SLOT.findall(text)
        low = [s.lower() for s in slots]
        stype = "org" if ORG_SLOTS & set(low) else "document" if DOC_SLOTS & set(low) else "person"
        refs = [s for s in low if s in PERSON_REFS | {"ofull", "oref", "dref", "dintro"}]
        return cls(frame, text, slots, stype, refs[0] if refs else "")

    def uses(self, *names: str) -> bool:
        """Whether any of these slots (in either case) is used."""
        low = {s.lower() for s in self.slots}
        return any(n in low for n in names)


def cap(text: str) -> str:
    """The text with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


def a_or_an(word: str) -> str:
    """The indefinite article for a word."""
    return "an" if word[:1].lower() in "aeiou" else "a"


# --- writing one article ---------------------------------------------------------------------------


class ArticleWriter:
    """Writes one article as paragraphs of text and quotations, keeping track of who was mentioned."""

    def __init__(self, rng: random.Random, split: str, counts: Counter[str]) -> None:
        self.rng = rng
        self.split = split
        self.tag = SPLITS[split][0]
        self.counts = counts
        self.article_counts: Counter[str] = Counter()
        pick = rng.choice
        self.town = pick(data.TOWNS[split])
        self.topic = [t.replace("{town}", self.town) for t in pick(data.TOPICS)]
        self.paper = pick(data.NEWSPAPERS[split]).replace("{town}", self.town)
        self.day = pick(data.DAYS[split])
        self.month = pick(data.MONTHS[split])
        self.currency = pick(["euros", "dollars", "crowns"])
        self.curly = rng.random() < 0.85
        self.inside = rng.random() < 0.6  # commas and full stops inside the closing mark
        self.honorific = rng.random() < 0.2
        self.present = rng.random() < 0.2
        self.paragraphs: list[list[Part]] = []
        self.families: list[str] = []
        self.mentions: list[tuple[int, Person]] = []
        self.used_quotes: set[str] = set()
        self.used_names: set[str] = set()
        self.cast: list[Entity] = []
        self.others: list[Person] = []
        self.last_distractor: Person | None = None
        self.headline = ""
        self.related: list[str] = []
        templates = [Template.parse(f, t) for s, f, t in data.FRAMES if s == self.tag]
        self.templates: dict[str, list[Template]] = defaultdict(list)
        for t in templates:
            self.templates[t.frame].append(t)

    # people and bodies

    def new_person(self, kind: str, gender: str | None = None) -> Person:
        """A person with a name not yet used in this article."""
        gender = gender or self.rng.choice("fm")
        firsts = data.FEMALE[self.split] if gender == "f" else data.MALE[self.split]
        while True:
            first, last = self.rng.choice(firsts), self.rng.choice(data.SURNAMES[self.split])
            if first not in self.used_names and last not in self.used_names:
                break
        self.used_names |= {first, last}
        person = Person(first, last, gender, kind)
        if kind in ("private", "vox"):
            person.age = self.rng.randint(19, 84)
            person.occupation = self.rng.choice(data.OCCUPATIONS[self.split])
            person.desc = (
                f"{person.age}, {person.occupation}" if self.rng.random() < 0.6 else person.occupation
            )
        elif kind == "child":
            person.age = self.rng.randint(7, 15)
            person.desc = str(person.age)
        elif kind == "distractor":
            taken = [o.desc for o in self.others]
            person.desc = self.rng.choice(
                [d for d in data.DISTRACTOR_DESC[self.split] if d not in taken] or taken
            )
        return person

    def cast_article(self) -> None:
        """Choose the speakers: 1-3 officials, maybe an organisation, a document, a resident, a child."""
        rng = self.rng
        n_officials = rng.choices([1, 2, 3], [0.3, 0.45, 0.25])[0]
        roles = rng.sample(data.ROLES[self.split], len(data.ROLES[self.split]))
        taken: set[str] = set()
        cast: list[Entity] = []
        for title, desc, ref, auds in roles:
            if len(cast) == n_officials:
                break
            person = self.new_person("official")
            gn = "woman" if person.gender == "f" else "man"
            ref = ref.replace("{gn}", gn)
            if ref in taken:
                continue
            taken.add(ref)
            person.title, person.role, person.audiences = title, ref, auds
            person.desc = desc.replace("{gn}", gn).replace("{town}", self.town)
            cast.append(person)
        extras: list[Entity] = []
        if rng.random() < 0.5:
            kind, name, the, ref, what = rng.choice(data.ORGS[self.split])
            extras.append(Org(kind, name.replace("{town}", self.town), the, ref, what))
        if rng.random() < 0.4:
            extras.append(Doc(*rng.choice(data.DOCS[self.split])))
        if rng.random() < 0.3:
            extras.append(self.new_person("private"))
        if rng.random() < 0.25:
            extras.append(self.new_person("child"))
        rng.shuffle(extras)
        cast += extras[: max(0, 4 - len(cast))]
        if len(cast) < 2:
            cast.append(self.new_person("private"))
        self.cast = cast

    # slots

    def verb(self, pair: tuple[str, str]) -> str:
        """A verb in the article's tense."""
        return pair[1] if self.present else pair[0]

    def speech_verb(self) -> str:
        """A speech verb: "said" half the time, otherwise one of the split's."""
        if self.rng.random() < 0.5:
            return self.verb(("said", "says"))
        return self.verb(self.rng.choice(data.SPEECH_VERBS[self.split]))

    def mention(self, person: Entity | None) -> None:
        """Note that a person was just named or referred to."""
        if isinstance(person, Person):
            self.mentions.append((len(self.paragraphs), person))

    def surname(self, p: Person) -> str:
        """The surname, with Ms./Mr./Dr. in articles that use them."""
        if not self.honorific:
            return p.last
        if p.title == "Dr.":
            return f"Dr. {p.last}"
        return f"{'Ms.' if p.gender == 'f' else 'Mr.'} {p.last}"

    def other_person(self, spk: Entity | None) -> str:
        """Someone else in the article (by surname), or a new distractor, inside a reported clause."""
        known = [p for p in self.cast if isinstance(p, Person) and p is not spk and p.introduced]
        known = [p for p in known if p.kind != "child"]
        if known:
            p = self.rng.choice(known)
            self.mention(p)
            return self.surname(p)
        p = self.new_person("distractor")
        self.others.append(p)
        self.mention(p)
        return p.full

    def distractor(self, spk: Entity | None) -> Person:
        """A never-quoted person, of the other gender than the speaker when there is one."""
        gender = None
        if isinstance(spk, Person):
            gender = "m" if spk.gender == "f" else "f"
        p = self.new_person("distractor", gender)
        self.others.append(p)
        return p

    def slot(self, name: str, spk: Entity | None) -> str:
        """The text of one non-quotation slot (recursively filled)."""
        rng, split = self.rng, self.split
        low = name.lower()
        if name in ("Ins", "ins"):
            pool = data.INSERTS if name == "Ins" else data.MID_INSERTS
            return self.fill(rng.choice(pool[split]), spk)
        value = self.slot_value(low, spk, rng, split)
        return cap(value) if name[0].isupper() else value

    def slot_value(self, low: str, spk: Any, rng: random.Random, split: str) -> str:
        """The lower-case value of a slot."""
        person = spk if isinstance(spk, Person) else None
        simple = {
            "town": self.town,
            "topic": self.topic[0],
            "tshort": self.topic[1],
            "plan": self.topic[2],
            "paper": self.paper,
            "day": self.day,
            "month": self.month,
        }
        if low in simple:
            return simple[low]
        if low == "year":
            return str(rng.randint(2009, 2021))
        if low == "n":
            return f"{rng.choice([120, 340, 800, 1200, 2500, 4000, 6300]):,}"
        if low == "money":
            return f"{rng.randint(3, 95)}.{rng.randint(1, 9)} million {self.currency}"
        pools = {
            "when": data.WHEN,
            "speaking": data.SPEAKING,
            "tail": data.TAILS,
            "gest": data.GESTURES,
            "state": data.STATES,
            "ind": data.INDIRECT,
            "bg": data.BACKGROUND,
            "bgp": data.BACKGROUND_PRIVATE,
            "ostate": data.ORG_STATEMENT,
        }
        if low in pools:
            return self.fill(rng.choice(pools[low][split]), spk)
        lists = {
            "inst": data.INSTITUTIONS,
            "promise": data.PROMISES,
            "demand": data.DEMANDS,
            "cond": data.CONDITIONS,
        }
        if low in lists:
            return self.fill(rng.choice(lists[low]), spk)
        if low == "said":
            return self.speech_verb()
        if low == "saidi":
            pair = ("said", "says") if rng.random() < 0.6 else rng.choice(data.INVERSION_VERBS[split])
            return self.verb(pair)
        if low == "asked":
            return self.verb(("asked", "asks"))
        if low in ("told", "aud"):
            auds = data.AUDIENCES[split] + (person.audiences if person else [])
            aud = self.fill(rng.choice(auds), spk)
            return f"{self.verb(('told', 'tells'))} {aud}" if low == "told" else aud
        if low == "adv":
            if rng.random() < 0.45:
                return ""
            options = [a for a, ok in data.ADVERBIALS[split] if ok or not self.present]
            return self.fill(rng.choice(options), spk)
        if low in ("dist", "other"):
            if low == "other":
                return self.other_person(spk)
            p = self.distractor(spk)
            self.last_distractor = p
            self.mention(p)
            return p.full
        if low == "ddesc":
            return self.last_distractor.desc if self.last_distractor else "a former official"
        if isinstance(spk, Org):
            if low == "ofull":
                spk.introduced = True
                return f"the {spk.name}" if spk.the else spk.name
            if low == "oref":
                return spk.ref
            if low == "obg":
                return self.fill(spk.what, spk)
        if isinstance(spk, Doc):
            if low == "dref":
                return f"the {spk.kind}"
            if low == "dintro":
                spk.introduced = True
                return f"{a_or_an(spk.kind)} {spk.kind} {self.fill(spk.tail, None)}"
            if low == "dverb":
                return rng.choice(data.DOC_VERBS[split])
        if person is None:
            raise KeyError(f"slot {low} needs a person")
        return self.person_slot(low, person)

    def person_slot(self, low: str, p: Person) -> str:
        """A reference to the speaker; naming them in full introduces them."""
        pronouns = {"f": ("she", "her", "her"), "m": ("he", "his", "him")}[p.gender]
        if low in ("pron", "poss", "obj"):
            if low == "pron":
                self.mention(p)
            return pronouns[("pron", "poss", "obj").index(low)]
        if low == "age":
            return str(p.age)
        if low == "desc":
            p.role_known = True
            return p.desc
        self.mention(p)
        if low == "full":
            p.introduced = True
            return p.full
        if low == "title":
            p.introduced = p.role_known = True
            return f"{p.title} {p.full}"
        if low == "sur":
            return self.surname(p)
        if low == "surs":
            return self.surname(p) + "'s"
        if low == "first":
            return p.first
        if low == "role":
            return p.role
        raise KeyError(f"unknown slot {low}")

    def fill(self, text: str, spk: Entity | None) -> str:
        """Fill the slots of a phrase that holds no quotation."""
        return SLOT.sub(lambda m: self.slot(m.group(1), spk), text)

    # quotations

    def sentence(self, pool: list[str]) -> str:
        """A sentence not yet quoted in this article."""
        for _ in range(20):
            s = self.rng.choice(pool)
            if s not in self.used_quotes:
                break
        self.used_quotes.add(s)
        return self.fill(s, None)

    def quote_text(self, form: str, spk: Entity | None) -> str:
        """The words of a quotation: ``c`` ends in a comma, ``s`` a sentence, ``q`` a question,
        ``L`` several sentences, ``k`` a lower-case continuation."""
        kind = spk.kind if isinstance(spk, Person) else ""
        private = kind in ("private", "child", "vox")
        pool = {
            "child": data.CHILD_STATEMENTS,
            "private": data.PRIVATE_STATEMENTS,
            "vox": data.PRIVATE_STATEMENTS,
        }
        pool = pool.get(kind, data.STATEMENTS)
        if form == "q":
            return self.sentence(data.QUESTIONS)
        if form == "k":
            return self.sentence(data.CONTINUATIONS)
        n = self.rng.randint(2, 3) if form == "L" else (2 if self.rng.random() < 0.3 else 1)
        sentences = [self.sentence(pool) for _ in range(n)]
        if form == "s" and not private and self.rng.random() < 0.08:
            sentences[-1] = self.sentence(data.QUESTIONS)
        text = " ".join(sentences)
        if form == "c" and text.endswith("."):
            text = text[:-1] + ","
        return text

    def render(self, template: str, spk: Entity | None, frame: str) -> list[Part]:
        """A paragraph (or part of one) from a template: text and quotations."""
        parts: list[Part] = []
        pos = 0
        buf: list[str] = []
        for m in SLOT.finditer(template):
            if m.start() < pos:
                continue
            buf.append(template[pos : m.start()])
            name, pos = m.group(1), m.end()
            if name in QUOTE_SLOTS:
                parts += ["".join(buf), Quote(self.quote_text(QUOTE_SLOTS[name], spk), spk, frame)]
                buf = []
            elif name in FRAGMENT_SLOTS or name == "S":
                pool = data.SCARE_TERMS if name == "S" else FRAGMENT_SLOTS[name]
                words = self.fill(self.rng.choice(pool), None)
                if self.inside and template[pos : pos + 1] in (".", ","):
                    words += template[pos]
                    pos += 1
                if name == "S":
                    quote = Quote(words, None, "scare", "scare", optional=True)
                else:
                    quote = Quote(words, spk, frame, "partial")
                parts += ["".join(buf), quote]
                buf = []
            else:
                buf.append(self.slot(name, spk))
        buf.append(template[pos:])
        parts.append("".join(buf))
        return [p for p in parts if p != ""]

    def add(self, parts: list[Part], family: str) -> None:
        """Append a paragraph."""
        self.paragraphs.append(parts)
        self.families.append(family)
        speakers = {id(p.speaker): p.speaker for p in parts if isinstance(p, Quote) and p.speaker is not None}
        for speaker in speakers.values():
            speaker.quotes += 1
        if family in self.templates or family in ("vox-pop", "transcript"):
            self.counts[family] += 1
            self.article_counts[family] += 1

    # what a template needs

    def pronoun_ok(self, p: Person) -> bool:
        """Whether "he"/"she" at the start of this paragraph can only mean ``p``."""
        here = len(self.paragraphs)
        last = max((i for i, (_, q) in enumerate(self.mentions) if q is p), default=None)
        if last is None or self.mentions[last][0] < here - 2:
            return False
        if self.families and self.families[-1] in ("vox-pop", "transcript"):
            return False
        since = self.mentions[last][0]  # everyone named since that paragraph began
        others = {id(q): q for para, q in self.mentions if para >= since and q is not p}
        return len(others) <= 1 and all(q.gender != p.gender for q in others.values())

    def feasible(self, t: Template, spk: Entity) -> bool:
        """Whether a template can quote this speaker here."""
        if t.stype != spk.stype:
            return False
        if isinstance(spk, Org):
            return spk.introduced or t.first_ref == "ofull"
        if isinstance(spk, Doc):
            return spk.introduced != (t.first_ref == "dintro")
        return self.person_feasible(t, spk)

    def person_feasible(self, t: Template, p: Person) -> bool:
        """The person-specific rules of ``feasible``."""
        official = p.kind == "official"
        intro = t.uses(*INTRO_SLOTS)
        rules = [
            not t.uses("sur", "surs") or p.kind != "child",
            not t.uses("first") or p.kind in ("child", "private"),
            not t.uses("role") or (official and (p.role_known or intro)),
            not t.uses("title") or bool(p.title),
            not t.uses("desc") or bool(p.desc),
            not t.uses("bg", "dist") or official,
            not t.uses("bgp") or not official,
            t.frame != "cataphora" or (official and not p.introduced),
        ]
        if not all(rules):
            return False
        if t.first_ref in ("sur", "surs", "first", "role"):
            return p.introduced
        if t.first_ref in ("pron", "poss", "obj"):
            return p.introduced and self.pronoun_ok(p)
        if t.first_ref in ("full", "title", "desc"):
            return p.introduced or intro
        return p.introduced

    def continuation_speaker(self) -> Entity | None:
        """The speaker of the last quotation of the previous paragraph, when it can carry on."""
        if not self.paragraphs or self.families[-1] in (
            "continuation",
            "vox-pop",
            "background",
            "transcript",
        ):
            return None
        quotes = [p for p in self.paragraphs[-1] if isinstance(p, Quote)]
        if quotes and quotes[-1].kind == "direct" and quotes[-1].speaker is not None:
            return quotes[-1].speaker
        return None

    # paragraphs

    def quote_paragraph(self, only: Entity | None = None) -> bool:
        """A paragraph quoting someone through a frame chosen to balance the split; False if none fits."""
        options: dict[str, list[tuple[Entity, Template]]] = {}
        cont = self.continuation_speaker()
        speakers = [only] if only else self.cast
        for family, templates in self.templates.items():
            if family == "continuation":
                if cont is not None and (only is None or cont is only):
                    options[family] = [(cont, t) for t in templates]
                continue
            pairs = [(s, t) for s in speakers for t in templates if self.feasible(t, s)]
            if pairs:
                options[family] = pairs
        if not options:
            return False
        unintroduced = any(not s.introduced for s in self.cast)
        families = list(options)
        weights = []
        for f in families:
            w = BASE_WEIGHT.get(f, 1.0) / (1 + self.counts[f]) * 0.35 ** self.article_counts[f]
            if unintroduced and any(not s.introduced for s, _ in options[f]):
                w *= 2
            weights.append(w)
        family = self.rng.choices(families, weights)[0]
        pairs = options[family]
        fewest = min(s.quotes for s, _ in pairs)
        spk = self.rng.choice([s for s, _ in pairs if s.quotes == fewest])
        template = self.rng.choice([t for s, t in pairs if s is spk])
        self.add(self.render(template.text, spk, family), family)
        return True

    def background_paragraph(self) -> None:
        """A paragraph without a quotation: the topic, a speaker, a distractor, a body, a scare quote."""
        rng, split = self.rng, self.split
        options: list[tuple[str, Entity | None, float]] = [("topic", None, 1.0), ("distractor", None, 0.8)]
        options.append(("scare", None, 0.6))
        for s in self.cast:
            if isinstance(s, Person) and not s.introduced:
                options.append(("person" if s.kind == "official" else "resident", s, 2.0))
            if isinstance(s, Org) and not s.introduced:
                options.append(("org", s, 1.5))
            if isinstance(s, Doc) and not s.introduced:
                options.append(("doc", s, 1.5))
        kind, spk, _ = rng.choices(options, [w for *_, w in options])[0]
        pools = {
            "topic": data.BACKGROUND_TOPIC,
            "person": data.BACKGROUND_PERSON,
            "resident": data.BACKGROUND_RESIDENT,
            "distractor": data.BACKGROUND_DISTRACTOR,
            "org": data.BACKGROUND_ORG,
            "doc": data.BACKGROUND_DOC,
            "scare": data.SCARE,
        }
        template = rng.choice(pools[kind][split])
        if kind == "person" and "{Title}" in template and not spk.title:  # type: ignore[union-attr]
            template = "{Full}, {desc}, has followed the {plan} closely."
        if kind == "distractor":
            last = self.mentions[-1][1] if self.mentions else None
            spk = last
        self.add(self.render(template, spk, "background"), "background")

    def lede(self) -> None:
        """The first paragraph: the news, maybe naming the first official; sometimes a dateline."""
        officials = [s for s in self.cast if isinstance(s, Person) and s.kind == "official"]
        template = self.rng.choice(data.LEDES[self.split])
        spk = officials[0] if officials else None
        if spk is None or ("{Title}" in template and not spk.title):
            template = data.LEDES[self.split][0]
        parts = self.render(template, spk, "background")
        if self.rng.random() < 0.25:
            parts.insert(0, f"{self.town.upper()} — ")
        self.add(parts, "background")

    def vox_block(self, budget: int) -> None:
        """Residents' voices: an introduction, then quotations with the name under or above them."""
        rng, split = self.rng, self.split
        self.add([self.fill(rng.choice(data.VOX_INTROS[split]), None)], "background")
        style = rng.choice(data.VOX_STYLES[split])
        per = 2 if style in ("dash-paragraph", "name-colon") else 1
        for _ in range(max(2, min(4, (budget - 1) // per))):
            p = self.new_person("vox")
            p.introduced = True
            quote = Quote(self.quote_text("s", p), p, "vox-pop")
            home = rng.choice(data.TOWNS[split])
            bare = re.sub(r"^an? ", "", p.occupation)
            self.mentions.append((len(self.paragraphs), p))
            if style == "dash-line":
                self.add([quote, f"\n— {p.full}, {p.age}, of {home}"], "vox-pop")
            elif style == "dash-paragraph":
                self.add([quote], "vox-pop")
                self.add([f"– {p.full}, {bare}, {home}"], "background")
            elif style == "name-colon":
                self.add([f"{p.full}, {p.age}, {bare} in {home}:"], "background")
                self.add([quote], "vox-pop")
            else:
                self.add([f"{p.full}, {p.age}, {home}\n", quote], "vox-pop")

    def standard(self) -> None:
        """A news article: lede, quotation and background paragraphs, maybe vox pops and links."""
        rng = self.rng
        self.cast_article()
        self.headline = cap(self.fill(rng.choice(data.HEADLINES[self.split]), None))
        n_paras = rng.randint(5, 15)
        vox_at = rng.randint(3, n_paras - 5) if rng.random() < 0.2 and n_paras >= 9 else -1
        self.lede()
        while len(self.paragraphs) < n_paras:
            unquoted = [s for s in self.cast if s.quotes == 0]
            left = n_paras - len(self.paragraphs)
            if len(self.paragraphs) == vox_at:
                self.vox_block(left - len(unquoted))
            elif unquoted and left <= len(unquoted):
                if not self.quote_paragraph(only=unquoted[0]):
                    unquoted[0].quotes = -1  # cannot be quoted here: give up on it
            elif rng.random() < 0.2 or not self.quote_paragraph():
                self.background_paragraph()
        if rng.random() < 0.3:
            label = rng.choice(data.RELATED_LABELS[self.split])
            titles = rng.sample(data.RELATED_TITLES[self.split], rng.randint(1, 3))
            self.related = [label + self.fill(t, None) for t in titles]

    def transcript(self) -> None:
        """An interview (Q/A turns) or a panel (NAME: turns): speech without quotation marks."""
        rng, split = self.rng, self.split
        style = rng.choice(data.TRANSCRIPT_STYLES[split])
        n_turns = rng.randint(4, 13)
        people = []
        for _ in range(1 if style.startswith("qa") else rng.randint(2, 3)):
            person = self.new_person("official")
            title, desc, ref, _ = rng.choice(data.ROLES[split])
            gn = "woman" if person.gender == "f" else "man"
            person.title, person.role = title, ref.replace("{gn}", gn)
            person.desc = desc.replace("{gn}", gn).replace("{town}", self.town)
            people.append(person)
        self.cast = list(people)
        first = people[0]
        self.headline = cap(self.fill(rng.choice(data.TRANSCRIPT_HEADLINES[split]), first))
        if style.startswith("qa"):
            self.add(
                self.render(rng.choice(data.TRANSCRIPT_INTROS[split]), first, "background"), "background"
            )
            q, a = ("Q: ", "A: ") if style == "qa-colon" else ("Q. ", "A. ")
            for i in range(n_turns):
                if i % 2 == 0:
                    text = self.sentence(data.INTERVIEW_QUESTIONS)
                    self.add([q, Quote(text, None, "transcript", "turn", True, False)], "transcript")
                else:
                    text = self.quote_text("s", first)
                    self.add([a, Quote(text, first, "transcript", "turn", False, False)], "transcript")
            return
        self.add([self.fill(rng.choice(data.PANEL_INTROS[split]), None)], "background")
        names = "; ".join(f"{p.full}, {p.desc}" for p in people)
        self.add([f"Taking part were {names}."], "background")
        spoken: set[int] = set()
        for i in range(n_turns - 2):
            if i % 3 == 0:
                text = self.sentence(data.INTERVIEW_QUESTIONS)
                self.add(["MODERATOR: ", Quote(text, None, "transcript", "turn", True, False)], "transcript")
                continue
            p = people[(i - i // 3) % len(people)]
            label = p.full if style == "panel-full" or id(p) not in spoken else p.last
            spoken.add(id(p))
            text = self.quote_text("s", p)
            self.add([f"{label.upper()}: ", Quote(text, p, "transcript", "turn", False, False)], "transcript")

    # output

    def conv(self, text: str) -> str:
        """Apostrophes and quotation marks in the article's style."""
        if self.curly:
            return text.replace("'", "’")
        return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")

    def assemble(self, name: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
        """The article text, its gold records and the spans of its non-speech traps."""
        open_mark, close_mark = ("“", "”") if self.curly else ('"', '"')
        out: list[str] = []
        gold: list[dict[str, Any]] = []
        traps: list[dict[str, Any]] = []
        pos = 0

        def emit(text: str) -> None:
            nonlocal pos
            out.append(text)
            pos += len(text)

        headline = self.conv(self.headline)
        traps.append({"article": name, "start": 0, "end": len(headline), "kind": "headline"})
        emit(headline)
        for parts in self.paragraphs:
            emit("\n\n")
            for part in parts:
                if isinstance(part, str):
                    emit(self.conv(part))
                    continue
                if part.marks:
                    emit(open_mark)
                words = self.conv(part.text)
                speaker = self.conv(part.speaker.canonical) if part.speaker else None
                gold.append(
                    {
                        "article": name,
                        "start": pos,
                        "end": pos + len(words),
                        "quote": words,
                        "speaker": speaker,
                        "key": [speaker.lower().removeprefix("the ")] if speaker else [],
                        "frame": part.frame,
                        "speaker_type": part.speaker.stype if part.speaker else None,
                        "kind": part.kind,
                        "optional": part.optional,
                    }
                )
                emit(words)
                if part.marks:
                    emit(close_mark)
        if self.related:
            emit("\n\n")
            start = pos
            emit("\n".join(self.conv(line) for line in self.related))
            traps.append({"article": name, "start": start, "end": pos, "kind": "related"})
        emit("\n")
        return "".join(out), gold, traps


# --- generate -------------------------------------------------------------------------------------


def generate(out: Path, split: str, n: int, seed: int | None = None) -> list[dict[str, Any]]:
    """Write ``n`` articles of a split to ``out/articles`` and their gold to ``out/gold_quotes.jsonl``."""
    rng = random.Random(SPLITS[split][1] if seed is None else seed)
    counts: Counter[str] = Counter()
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    all_gold: list[dict[str, Any]] = []
    all_traps: list[dict[str, Any]] = []
    for i in range(n):
        writer = ArticleWriter(random.Random(rng.getrandbits(64)), split, counts)
        if writer.rng.random() < 0.08:
            writer.transcript()
        else:
            writer.standard()
        name = f"{split}-{i:03d}.txt"
        text, gold, traps = writer.assemble(name)
        for g in gold:
            assert text[g["start"] : g["end"]] == g["quote"], g
        (articles / name).write_text(text, encoding="utf-8", newline="\n")
        all_gold += gold
        all_traps += traps
    _write_jsonl(out / "gold_quotes.jsonl", all_gold)
    _write_jsonl(out / "traps.jsonl", all_traps)
    return all_gold


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")


# --- score ----------------------------------------------------------------------------------------

WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


def _words(text: str | None) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text or "")]


def overlap(a: str, b: str) -> float:
    """Word-overlap F1 of two quotations (as score.py computes it)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    pool = Counter(wb)
    common = 0
    for w in wa:
        if pool[w] > 0:
            common += 1
            pool[w] -= 1
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def match(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[int, int]:
    """Greedy one-to-one matching per article at word-overlap F1 >= 0.6, best pairs first."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(preds):
        by_article[Path(str(p.get("article", ""))).name].append(i)
    pairs = []
    for gi, g in enumerate(gold):
        for pi in by_article.get(Path(g["article"]).name, []):
            score = overlap(g["quote"], preds[pi].get("quote", ""))
            if score >= 0.6:
                pairs.append((score, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def normalise(name: str | None) -> str:
    """A speaker name for exact comparison: lower case, white space collapsed, no leading "the"."""
    text = re.sub(r"\s+", " ", (name or "").replace("’", "'")).strip().lower()
    return text.removeprefix("the ")


def key_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """score.py's test: a gold key contained in the predicted speaker (no speaker for none)."""
    name = (pred.get("speaker") or "").strip().lower()
    if gold.get("speaker") is None:
        return not name
    return any(k in name for k in gold.get("key", []))


def _load_records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return loaded["quotes"] if isinstance(loaded, dict) else loaded


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_path: Path, pred_path: Path, verbose: bool = False, label: str = "") -> dict[str, Any]:
    """Print detection, attributed F1 and full-name accuracy (overall and per frame); return them."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = {g["article"] for g in gold}
    preds = [p for p in _load_records(pred_path) if Path(str(p.get("article", ""))).name in articles]
    m = match(gold, preds)
    optional_preds = {pi for gi, pi in m.items() if gold[gi].get("optional")}
    counted = [gi for gi, g in enumerate(gold) if not g.get("optional")]
    found = [gi for gi in counted if gi in m]
    n_pred = len(preds) - len(optional_preds)
    keyed = [gi for gi in found if key_ok(gold[gi], preds[m[gi]])]
    exact = [gi for gi in found if normalise(preds[m[gi]].get("speaker")) == normalise(gold[gi]["speaker"])]
    p, r, f = _prf(len(found), n_pred, len(counted))
    attributed = _prf(len(keyed), n_pred, len(counted))[2]
    accuracy = len(exact) / len(found) if found else 0.0

    traps_path = gold_path.with_name("traps.jsonl")
    traps = []
    if traps_path.exists():
        traps = [json.loads(x) for x in traps_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    matched = set(m.values())
    extras = [pi for pi in range(len(preds)) if pi not in matched]

    def in_trap(pr: dict[str, Any]) -> bool:
        name, s = Path(str(pr.get("article", ""))).name, pr.get("start")
        return isinstance(s, int) and any(t["article"] == name and t["start"] <= s < t["end"] for t in traps)

    trapped = [pi for pi in extras if in_trap(preds[pi])]

    rows: dict[str, dict[str, int]] = defaultdict(Counter)  # type: ignore[arg-type]
    for gi in counted:
        for group in (gold[gi]["frame"], f"type:{gold[gi]['speaker_type']}"):
            rows[group]["gold"] += 1
            rows[group]["found"] += gi in m
            rows[group]["key"] += gi in keyed
            rows[group]["exact"] += gi in exact
    exact_set, keyed_set = set(exact), set(keyed)
    print(f"== {label or gold_path.parent.name}: {len(articles)} articles")
    n_optional = len(gold) - len(counted)
    print(f"quotes: gold {len(counted)} (+{n_optional} optional), predicted {n_pred}, matched {len(found)}")
    print(f"detection        P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"attributed F1    {attributed:.3f}  (a gold key contained in the predicted speaker)")
    print(f"full-name acc    {accuracy:.3f}  ({len(exact)}/{len(found)} matched quotations)")
    print(f"extra predictions {len(extras)}, of which {len(trapped)} in headlines or Related lines")
    print(f"{'frame':22} {'gold':>5} {'found':>6} {'recall':>7} {'key-acc':>8} {'full-acc':>9}")
    rank = {f: i for i, f in enumerate(FRAME_ORDER)}
    order = sorted(rows, key=lambda k: (k.startswith("type:"), rank.get(k, len(rank)), k))
    for k in order:
        c = rows[k]
        rec = c["found"] / c["gold"] if c["gold"] else 0.0
        kacc = f"{c['key'] / c['found']:.3f}" if c["found"] else "-"
        facc = f"{c['exact'] / c['found']:.3f}" if c["found"] else "-"
        print(f"{k:22} {c['gold']:5} {c['found']:6} {rec:7.3f} {kacc:>8} {facc:>9}")
    if verbose:
        for gi in counted:
            g = gold[gi]
            head = g["quote"][:50]
            if gi not in m:
                print(f"MISSED  {g['frame']:20} {g['article']} {head!r} want {g['speaker']!r}")
            elif gi not in exact_set:
                got = preds[m[gi]].get("speaker")
                tag = "KEY-OK" if gi in keyed_set else "WRONG "
                mention = preds[m[gi]].get("speaker_mention")
                want = g["speaker"]
                print(
                    f"{tag}  {g['frame']:20} {g['article']} {head!r} got {got!r} ({mention!r}) want {want!r}"
                )
        for pi in extras:
            pr = preds[pi]
            where = "TRAP " if pi in trapped else ""
            name = Path(str(pr.get("article"))).name
            print(f"EXTRA   {where}{name} {pr.get('quote', '')[:60]!r} ({pr.get('speaker')})")
    return {"accuracy": accuracy, "attributed": attributed, "detection": f, "rows": rows}


# --- run ------------------------------------------------------------------------------------------


def _quotes_command() -> list[str]:
    script = Path(sys.executable).with_name("quotes")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from quotes.cli import main; main()"]


def extract_split(articles: Path, pred: Path, kinds: str, split: str) -> bool:
    """Run ``quotes extract`` on a generated split's articles into ``pred``; on failure say why in
    one line and return False."""
    cmd = [*_quotes_command(), "extract", str(articles), "--format", "json", "--kinds", kinds]
    done = subprocess.run([*cmd, "--output", str(pred), "-q"], capture_output=True, text=True)
    if done.returncode != 0 or not pred.exists():
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"error: quotes extract failed on the {split} split: {tail}", file=sys.stderr)
        return False
    return True


def run(splits: list[str], n: int, verbose: bool = False, keep: Path | None = None) -> int:
    """Generate each split, extract its quotations with ``quotes extract`` and print the scores."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="frames-") as tmp:
        for split in splits:
            out = (keep or Path(tmp)) / split
            generate(out, split, n)
            pred = out / "pred.json"
            # quotations: the frames attribute quoted words
            if not extract_split(out / "articles", pred, "direct,partial,scare", split):
                return 1
            results[split] = score(out / "gold_quotes.jsonl", pred, verbose, label=split)
            print()
    if len(results) > 1:
        frames = [f for f in FRAME_ORDER if any(f in results[s]["rows"] for s in splits)]
        print(f"{'full-name accuracy':22} " + " ".join(f"{s:>9}" for s in splits))
        for k in [*frames, "overall"]:
            cells = []
            for s in splits:
                if k == "overall":
                    cells.append(f"{results[s]['accuracy']:9.3f}")
                    continue
                c = results[s]["rows"].get(k)
                cells.append(f"{c['exact'] / c['found']:9.3f}" if c and c["found"] else f"{'-':>9}")
            print(f"{k:22} " + " ".join(cells))
    return 0


def bench_main(argv: list[str] | None, description: str, n: int, generate: Any, score: Any, run: Any) -> int:
    """The command line a generated benchmark shares: generate a split, score a prediction, or run
    both splits (``generate``, ``score`` and ``run`` are the benchmark's own functions)."""
    ap = argparse.ArgumentParser(description=description)
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write articles and gold for one split")
    g.add_argument("--out", type=Path, required=True)
    g.add_argument("--split", choices=list(SPLITS), default="dev")
    g.add_argument("--n", type=int, default=n)
    g.add_argument("--seed", type=int, help="default: 1 for dev, 2 for heldout")
    s = sub.add_parser("score", help="score quotes extract --format json output against a gold file")
    s.add_argument("--gold", type=Path, required=True)
    s.add_argument("--pred", type=Path, required=True)
    s.add_argument("-v", "--verbose", action="store_true")
    r = sub.add_parser("run", help="generate, extract and score")
    r.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    r.add_argument("--n", type=int, default=n)
    r.add_argument("--keep", type=Path, help="write the articles, gold and predictions here")
    r.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.command == "generate":
        gold = generate(args.out, args.split, args.n, args.seed)
        print(f"{args.n} articles, {len(gold)} gold records in {args.out}")
        return 0
    if args.command == "score":
        score(args.gold, args.pred, args.verbose)
        return 0
    splits = list(SPLITS) if args.split == "both" else [args.split]
    return run(splits, args.n, args.verbose, args.keep)


def main(argv: list[str] | None = None) -> int:
    """The command line: generate, score, run."""
    return bench_main(argv, __doc__.split("\n")[0], 120, generate, score, run)


if __name__ == "__main__":
    sys.exit(main())
