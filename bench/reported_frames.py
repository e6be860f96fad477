"""A generated reported-speech benchmark: invented news articles that report speech without quotation marks.

Each article is a headline, a lede and 6-10 paragraphs about an invented town and topic. It
introduces two or three people (by full name and post), an organisation and a document, then reports
what they said, believe or found through one frame a paragraph; sentences that attribute nothing
stand between. Every attribution is gold, with its content's character span and its frame:

- ``clause``: Varga said (that) the depot closure would be delayed. / Mayor Amara Varga insisted …
- ``source-last``: The repairs could still be reversed, Varga said. / …, insisted Varga.
- ``according-to``: According to Varga, … / …, according to Amara Varga.
- ``told``: Varga told reporters that …
- ``belief``: Varga believes that … / Amara Varga is convinced …
- ``pronoun``: Varga grew up in Kelthorpe. She argued the council …
- ``aside``: The contractor, Varga said, had ignored repeated warnings.
- ``infinitive``: Varga urged the council to publish the full costs.
- ``noun-clause``: Varga's claim that … drew an angry response.
- ``mixed``: Varga said that the plan had been “badly rushed” from the start.
- ``org``: The Ministry of Water said … / The ministry said in a statement that … (gold: the full name)
- ``anonymous``: Officials said … / Sources close to the council said … (gold: as written)
- ``document``: The audit found that … / …, the review concluded. (gold: the document)
- ``two-clauses``: Varga said that … and that … (one content)
- ``relative``: Amara Varga, who grew up in Kelthorpe, argued …
- ``quoted-as``: Varga was quoted as saying that … / … was quoted by the Gazette as saying …
- ``reportedly``: Varga reportedly warned … / Varga has reportedly insisted that …
- ``setting``: In an interview, Varga said … / Speaking on local radio this week, Amara Varga …
- ``stance``: Varga backed the bypass scheme. (a noun phrase is the content)
- ``phrasal``: Varga laid out the merger plan on Monday. / Amara Varga ruled out the toll increase.
- ``attitude``: Varga is nervous about the rent rise. / … has long been wary of …
- ``holder``: Amara Varga, a fierce critic of the bypass scheme, chaired the meeting.
- ``record``: The repairs could still be reversed, council records show. (gold: the record as written)
- ``post-nominal``: Amara Varga MP said … (gold: the name without the letters)
- ``epithet``: Amara Varga grew up in Kelthorpe. The Kenyan said … (the person named before)
- ``spokesperson-for``: A spokesperson for the council, Amara Varga, said … (the spokesperson)
- ``certainty``: Varga was adamant the … / Amara Varga is worried … (a participle, the clause on "be")
- ``told-bare``: Varga told reporters the depot closure … (no "that")
- ``amount``: Varga said the repairs would cost £4m. The council … (the amount ends the sentence)
- ``view-state``: Varga was of the view that … / Amara Varga is under the impression that …
- ``hearing``: The court heard that … / …, the tribunal heard. (gold: the hearing, an organisation)
- ``listener``: Varga informed the council that … (the one told is no source)
- ``feeling``: Varga was angered that … / Amara Varga is relieved that …
- ``light-noun``: Varga made the observation that … / Amara Varga made the case that …
- ``subordinate``: While Varga argued that …, the council disagrees. (the stance after it frames nothing)
- ``share``: Fewer than half think … / In a survey …, about 40 percent of voters said … (gold: as written)

Content clauses name other people ("Halvorsen had misled the committee") and the speaker ("she would
not resign"): neither is the source. The ``dev`` split (seed 1) and the ``heldout`` split (seed 2)
draw on disjoint pools of names, towns, bodies, verbs, clauses and templates (``reported_data.py``,
``frames_data.py``); the same seed always gives byte-identical files.

    python bench/reported_frames.py run --split both [--n 150] [-v]
    python bench/reported_frames.py generate --out DIR --split dev --n 150
    python bench/reported_frames.py score --gold DIR/gold_attributions.jsonl --pred PRED.json [-v]

A gold content is found when a predicted record's character span overlaps it with span F1 >= 0.5
(one-to-one, best first), as ``score.py attributions`` counts; a prediction lying mostly inside a
found content (the quoted words of a mixed one) is no extra. The speaker is right when it equals the
gold canonical name (case, white space and a leading "the" ignored) or, for an unnamed source or a
document, holds the words it is known by. The headline figure is attributed F1: found with the right
speaker, against gold and predicted records.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from bench import frames
    from bench import frames_data as people
    from bench import reported_data as data
except ImportError:  # run as a script: bench/ itself is on sys.path
    import frames  # type: ignore[no-redef]
    import frames_data as people  # type: ignore[no-redef]
    import reported_data as data  # type: ignore[no-redef]

SPLITS = frames.SPLITS
cap, a_or_an, normalise = frames.cap, frames.a_or_an, frames.normalise

FAMILIES = tuple(dict.fromkeys(f for _, f, _ in data.FRAMES))
SLOT = re.compile(r"\{(\w+)\}")
PRONOUNS = {"female": ("she", "her"), "male": ("he", "him")}


@dataclass
class Person:
    """Someone the article quotes: full name, surname, gender, post."""

    full: str
    sur: str
    gender: str
    title: str
    desc: str


@dataclass
class Segment:
    """A stretch of an article's text; ``gold`` is the index of the content it belongs to."""

    text: str
    gold: int | None = None


@dataclass
class ArticleWriter:
    """Writes one article: its paragraphs as segments, and the gold for each content."""

    rng: random.Random
    split: str
    paragraphs: list[list[Segment]] = field(default_factory=list)
    gold: list[dict[str, Any]] = field(default_factory=list)

    def pick(self, pool: dict[str, list[Any]] | list[Any]) -> Any:
        """One item of a split's pool (or of a shared list)."""
        items = pool[self.split] if isinstance(pool, dict) else pool
        return self.rng.choice(items)

    # -- the cast ----------------------------------------------------------------------------------
    def cast(self) -> None:
        """Choose the town, topic, people, organisation and document."""
        self.town = self.pick(people.TOWNS)
        full, short, _ = self.pick(people.TOPICS)
        self.tfull, self.tshort = self._fill_plain(full), self._fill_plain(short)
        used: set[str] = set()
        self.people: list[Person] = []
        for k in range(self.rng.choice([2, 3])):
            gender = ("female", "male")[(k + self.rng.randrange(2)) % 2]
            first = self.pick(people.FEMALE if gender == "female" else people.MALE)
            sur = self.pick(people.SURNAMES)
            while sur in used:
                sur = self.pick(people.SURNAMES)
            used.add(sur)
            title, desc, _, _ = self.pick(people.ROLES)
            gn = "woman" if gender == "female" else "man"
            desc = desc.replace("{gn}", gn).replace("{town}", self.town)
            full_name = f"{first} {sur}"
            titled = f"{title} {full_name}" if title else full_name
            self.people.append(Person(full_name, sur, gender, titled, desc))
        _, oname, takes_the, oref, odoes = self.pick(people.ORGS)
        self.org = oname.replace("{town}", self.town)
        self.org_ref = f"the {self.org}" if takes_the else self.org
        self.oref, self.odoes = oref, self._fill_plain(odoes)
        self.doc, dintro = self.pick(people.DOCS)
        self.dintro = self._fill_plain(dintro.replace("{paper}", f"the {self.town} Courier"))

    def _fill_plain(self, text: str) -> str:
        values = {
            "town": self.town,
            "Town": self.town,
            "year": str(self.rng.randrange(2009, 2023)),
            "month": self.pick(people.MONTHS),
            "day": self.pick(people.DAYS),
            "n": str(self.rng.choice([40, 120, 300, 2500, 14000])),
            "money": self.rng.choice(["£4m", "$12 million", "€30m", "£950,000"]),
        }
        if hasattr(self, "tshort"):
            values |= {"tshort": self.tshort, "Tshort": cap(self.tshort), "tfull": self.tfull}
        return SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), text)

    # -- the article ---------------------------------------------------------------------------------
    def write(self) -> None:
        """Headline, lede, introductions, then the frames with fillers between."""
        self.cast()
        self.paragraphs.append([Segment(self._fill_plain(self.pick(data.HEADLINES)))])
        self.paragraphs.append([Segment(self._fill_plain(self.pick(data.LEDES)))])
        for p in self.people:
            bg = self._fill_plain(self.pick(people.BACKGROUND))
            self.paragraphs.append([Segment(f"{p.full}, {p.desc}, {bg}.")])
        self.paragraphs.append([Segment(f"{cap(self.org_ref)} {self.odoes}.")])
        intro = f"{cap(a_or_an(self.doc))} {self.doc} {self.dintro} looked at {self.tshort}."
        self.paragraphs.append([Segment(intro)])
        templates = [t for t in data.FRAMES if t[0] == SPLITS[self.split][0]]
        for _ in range(self.rng.randrange(6, 11)):
            _, family, template = self.rng.choice(templates)
            paragraph = self.frame(family, template)
            if self.rng.random() < 0.4:
                paragraph.append(Segment(" " + self._fill_plain(self.pick(data.FILLERS))))
            self.paragraphs.append(paragraph)

    def content(self, speaker: Person | None) -> tuple[str, str]:
        """A content clause's subject and predicate."""
        subject = self.pick(data.SUBJECTS)
        predicates = data.PREDICATES
        if subject in {"{pron}", "{dist}"}:
            others = [p for p in self.people if p is not speaker]
            mine = subject == "{pron}" and speaker is not None
            subject = PRONOUNS[speaker.gender][0] if mine else self.rng.choice(others).sur
            predicates = data.PERSON_PREDICATES
        else:
            subject = self._fill_plain(subject)  # "{tshort}", "about {n} homes"
        return subject, self._fill_plain(self.pick(predicates))

    def mixed(self, speaker: Person | None) -> str:
        subject, _ = self.content(speaker)
        predicate = self.pick(data.MIXED_PREDICATES)
        fragment = {
            "Fadj": self.pick(people.FRAG_ADJ),
            "Fnp": self.pick(people.FRAG_NP),
            "Fvp": self.pick(people.FRAG_VP),
        }
        predicate = SLOT.sub(lambda m: self._fill_plain(fragment[m.group(1)]), predicate)
        return f"{subject} {predicate}"

    def frame(self, family: str, template: str) -> list[Segment]:
        """One paragraph: the template with its slots filled and its content marked as gold."""
        speaker = self.rng.choice(self.people)
        canonical, keys, stype = speaker.full, [], "person"
        if family == "org":
            canonical, stype = self.org, "organisation"
        elif family == "anonymous":
            anon, keys = self.pick(data.ANONYMOUS)
            canonical, stype = anon, "anonymous"
        elif family == "share":
            share, keys = self.pick(data.SHARES)
            canonical, stype = share, "anonymous"
        elif family in {"document", "document-frame"}:
            canonical, keys, stype = f"the {self.doc}", [self.doc], "document"
        elif family == "record":
            record, keys = self.pick(data.RECORDS)
            canonical, stype = record, "document"
        hearing = self.pick(data.HEARINGS) if family == "hearing" else ""
        if family == "hearing":  # the hearing holds the evidence it heard, as a body (the court named)
            canonical, stype = (self.org if self.org.lower().endswith(hearing) else hearing), "organisation"
        lead = self.pick(data.LEADS) if family == "role-of-body" else ""
        if family == "role-of-body":  # no one holding the role is named: the role and its body
            canonical = f"{lead} of {self.org_ref}"
        index = len(self.gold)
        gtype = "mixed" if family == "mixed" else "indirect"
        own = speaker if stype == "person" else None  # a body or a document has no pronoun of its own
        subject, predicate = self.content(own)
        second = " ".join(self.content(own))
        pron = PRONOUNS[speaker.gender][0]
        values = {
            "Sur": speaker.sur, "sur": speaker.sur, "Full": speaker.full, "full": speaker.full,
            "Title": speaker.title, "title": speaker.title, "Pron": cap(pron),
            "bg": self._fill_plain(self.pick(people.BACKGROUND)),
            "say": self.pick(data.SAY), "sayi": self.pick(data.SAY_INVERTED),
            "believe": self.pick(data.BELIEVE), "urge": self.pick(data.URGE),
            "claim": self.pick(data.CLAIM_NOUNS), "aud": self.pick(data.AUDIENCES),
            "when": self._fill_plain(self.pick(data.WHEN)), "Org": cap(self.org_ref), "org": self.org_ref,
            "Oref": cap(self.oref), "oref": self.oref, "Doc": self.doc, "Anon": canonical,
            "anon": canonical[0].lower() + canonical[1:],
            "paper": f"the {self.town} Gazette", "town": self.town, "tshort": self._fill_plain("{tshort}"),
            "stance": self.pick(data.STANCE), "phrasal": self.pick(data.PHRASAL),
            "attitude": self.pick(data.ATTITUDE), "holder": self.pick(data.HOLDER),
            "htail": self.pick(data.HOLDER_TAIL), "Rec": canonical, "nat": self.pick(data.NATIONALITIES),
            "lead": lead, "certain": self.pick(data.CERTAIN) if "{certain}" in template else "",
            "viewstate": self.pick(data.VIEW_STATE) if "{viewstate}" in template else "", "hearing": hearing,
            "inform": self.pick(data.INFORM) if "{inform}" in template else "",
            "target0": self.pick(data.TARGETS) if "{target0}" in template else "",
            "feeling": self.pick(data.FEELING) if "{feeling}" in template else "",
            "lightnoun": self.pick(data.LIGHT_NOUNS) if "{lightnoun}" in template else "",
            "others": self.pick(data.OTHERS_STANCE) if "{others}" in template else "",
        }  # fmt: skip
        gold_values = {
            "C": f"{subject} {predicate}", "Cc": cap(f"{subject} {predicate}"), "Cs": cap(subject),
            "Cp": predicate, "C2": second, "M": self.mixed(own), "Mc": cap(self.mixed(own)),
            "N": self._fill_plain(self.pick(data.NOUN_CONTENTS)),
        }  # fmt: skip
        if "{A}" in template:
            gold_values["A"] = self._fill_plain(f"{self.pick(data.COSTED)} would cost {{money}}")
        if family == "infinitive":
            gold_values["target"] = self.pick(data.TARGETS)
            gold_values["action"] = self.pick(data.ACTIONS)
        segments: list[Segment] = []
        at = 0
        for m in SLOT.finditer(template):
            segments.append(Segment(template[at : m.start()]))
            slot = m.group(1)
            if slot in gold_values:
                segments.append(Segment(gold_values[slot], index))
            else:
                segments.append(Segment(values[slot]))
            at = m.end()
        segments.append(Segment(template[at:]))
        # What lies between two pieces of one content ("… and that …", "to") is part of it; an
        # aside ("Cs, Varga said, Cp") is not, but the span runs over it as PolNeAR's does.
        marked = [k for k, s in enumerate(segments) if s.gold == index]
        if family != "aside":
            for k in range(marked[0], marked[-1] + 1):
                segments[k].gold = index
        self.gold.append(
            {"type": gtype, "frame": family, "speaker": canonical, "key": keys, "speaker_type": stype}
        )
        return segments

    def assemble(self, name: str) -> tuple[str, list[dict[str, Any]]]:
        """The article's text and its gold records with character offsets."""
        text = ""
        spans: dict[int, list[int]] = {}
        for k, paragraph in enumerate(self.paragraphs):
            if k:
                text += "\n\n"
            for seg in paragraph:
                if seg.gold is not None and seg.text:
                    s = spans.setdefault(seg.gold, [len(text), len(text)])
                    s[1] = len(text) + len(seg.text)
                text += seg.text
        gold = []
        for index, record in enumerate(self.gold):
            start, end = spans[index]
            gold.append({"article": name, "start": start, "end": end, "quote": text[start:end], **record})
        return text + "\n", gold


def generate(out: Path, split: str, n: int, seed: int | None = None) -> list[dict[str, Any]]:
    """Write ``n`` articles of a split to ``out/articles``, their gold to ``out/gold_attributions.jsonl``."""
    rng = random.Random(SPLITS[split][1] if seed is None else seed)
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    all_gold: list[dict[str, Any]] = []
    for i in range(n):
        writer = ArticleWriter(random.Random(rng.getrandbits(64)), split)
        writer.write()
        name = f"{split}-reported-{i:03d}.txt"
        text, gold = writer.assemble(name)
        (articles / name).write_text(text, encoding="utf-8", newline="\n")
        all_gold += gold
    frames._write_jsonl(out / "gold_attributions.jsonl", all_gold)
    return all_gold


# --- score ----------------------------------------------------------------------------------------


def _span_f1(g: dict[str, Any], p: dict[str, Any]) -> float:
    inter = max(0, min(g["end"], p["end"]) - max(g["start"], p["start"]))
    return 2 * inter / ((g["end"] - g["start"]) + (p["end"] - p["start"]) or 1)


def speaker_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The predicted speaker is the gold one: the same canonical name, or the words it is known by."""
    name = normalise(pred.get("speaker"))
    if gold["key"]:
        return any(k in name for k in gold["key"])
    return name == normalise(gold["speaker"])


def score(gold_path: Path, pred_path: Path, verbose: bool = False, label: str = "") -> dict[str, Any]:
    """Print recall and speaker accuracy by frame, and detection and attributed F1 overall."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    loaded = frames._load_records(pred_path)
    preds = [p for p in loaded if p.get("kind") != "scare" and p.get("start") is not None]
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(preds):
        by_article[Path(str(p.get("article", ""))).name].append(i)
    scored = [(_span_f1(g, preds[k]), gi, k) for gi, g in enumerate(gold) for k in by_article[g["article"]]]
    pairs = sorted((x for x in scored if x[0] >= 0.5), key=lambda x: (-x[0], x[1], x[2]))
    found: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in found and pi not in used:
            found[gi] = pi
            used.add(pi)
    inside: set[int] = set()
    for gi in found:
        g = gold[gi]
        for pj in by_article[g["article"]]:
            p = preds[pj]
            length = max(1, p["end"] - p["start"])
            if pj not in used and max(0, min(g["end"], p["end"]) - max(g["start"], p["start"])) > length / 2:
                inside.add(pj)
    counted = len(preds) - len(inside)
    right = {gi for gi, pi in found.items() if speaker_right(gold[gi], preds[pi])}
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for gi, g in enumerate(gold):
        row = rows[g["frame"]]
        row["gold"] += 1
        row["found"] += gi in found
        row["right"] += gi in right
    _, _, detection = frames._prf(len(found), counted, len(gold))
    p, r, attributed = frames._prf(len(right), counted, len(gold))
    title = f" ({label})" if label else ""
    print(f"reported speech{title}: {len(gold)} gold contents, {counted} predicted, {len(found)} found")
    print(f"{'frame':16} {'gold':>5} {'recall':>7} {'speaker':>8}")
    for family in FAMILIES:
        c = rows.get(family)
        if c:
            speaker = f"{c['right'] / c['found']:.3f}" if c["found"] else "-"
            print(f"{family:16} {c['gold']:5d} {c['found'] / c['gold']:7.3f} {speaker:>8}")
    accuracy = len(right) / len(found) if found else 0.0
    print(f"detection F1 {detection:.3f}; speaker accuracy on found {accuracy:.3f}")
    print(f"attributed P {p:.3f} R {r:.3f} F1 {attributed:.3f}")
    if verbose:
        for gi, g in enumerate(gold):
            if gi not in found:
                print(f"MISSED  {g['frame']:14} {g['article']} {g['quote'][:70]!r} ({g['speaker']})")
            elif gi not in right:
                got, want = preds[found[gi]].get("speaker"), g["speaker"]
                print(f"SPEAKER {g['frame']:14} {g['article']} {g['quote'][:50]!r}: {got!r}, want {want!r}")
        for pi, pr in enumerate(preds):
            if pi not in used and pi not in inside:
                name = Path(str(pr.get("article"))).name
                print(f"EXTRA   {name} {pr.get('quote', '')[:70]!r} ({pr.get('speaker')}, {pr.get('rule')})")
    return {"attributed": attributed, "detection": detection, "accuracy": accuracy, "rows": rows}


# --- run ------------------------------------------------------------------------------------------


def run(splits: list[str], n: int, verbose: bool = False, keep: Path | None = None) -> int:
    """Generate each split, extract with ``quotes extract --kinds direct,partial,reported`` and score."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="reported-") as tmp:
        for split in splits:
            out = (keep or Path(tmp)) / split
            generate(out, split, n)
            pred = out / "pred.json"
            if not frames.extract_split(out / "articles", pred, "direct,partial,reported", split):
                return 1
            results[split] = score(out / "gold_attributions.jsonl", pred, verbose, label=split)
            print()
    if len(results) > 1:
        print(f"{'attributed F1':16} " + " ".join(f"{s:>9}" for s in splits))
        print(f"{'':16} " + " ".join(f"{results[s]['attributed']:9.3f}" for s in splits))
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line: generate, score, run."""
    return frames.bench_main(argv, __doc__.split("\n")[0], 150, generate, score, run)


if __name__ == "__main__":
    sys.exit(main())
