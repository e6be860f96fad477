"""A generated benchmark of paraphrases: one outlet quotes a statement, another reports it.

The stories are those of ``bench/misquotes.py`` (same templates, vocabularies and splits): outlet A
quotes each statement word for word; outlet B reports it without quotation marks, after one edit,
through a frame of reported speech:

- ``said``: Varga said the trains would run …   ``said-that``: Varga said that …
- ``last``: The trains would run …, Varga said.   ``according``: According to Varga, …

B shifts the statement as reported speech does: people's pronouns to the third person ("we" →
"they", "our" → "their", "I" → "she") and "will", "can", "is", "are", "has", "have" back a tense.

Edits that change the meaning (the misquote benchmark's: negation added, dropped or contracted,
antonym, number, name, date, certainty, frequency …) must leave B's paraphrase ``altered`` in the
statement that holds A's quotation. A ``faithful`` paraphrase, one with a ``synonym`` and one with
another ``spelling`` must join that statement as ``reported`` and not be ``altered``.

Reported per split and edit kind: how many, the share grouped with the quotation, and the share
flagged ``altered``. Bars: recall >= 0.95, false alarms <= 2 %, grouped >= 0.95.

    python bench/paraphrases.py run --split both [--per-kind 30] [-v]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [p for p in (str(ROOT), str(ROOT / "bench")) if p not in sys.path]

from misquotes import (  # noqa: E402
    CHANGING,
    SPLITS,
    Item,
    Maker,
    Story,
    frame_paragraph,
    pick_statement,
    story_articles,
    story_people,
    template_sites,
)
from misquotes import write_story as write_quotations  # noqa: E402

KEEPING = ["faithful", "synonym", "spelling"]
BARS = {"recall": 0.95, "false_alarms": 0.02, "grouped": 0.95}
FRAMES = ("said", "said-that", "last", "according")

# Reported speech's shifts: people's pronouns to the third person, verbs back a tense.
_THIRD = {"we": "they", "our": "their", "us": "them", "ours": "theirs"}
_SINGULAR = {"i": ("she", "he"), "my": ("her", "his"), "me": ("her", "him")}
_BACK = {
    "will": "would",
    "can": "could",
    "is": "was",
    "are": "were",
    "has": "had",
    "have": "had",
    "shall": "should",
}
_WORD = re.compile(r"[A-Za-z']+")


def reported_form(statement: str, gender: str, names: frozenset[str]) -> str:
    """A statement as reported speech: the third person for the speaker, verbs a tense back, no
    capital at the start (unless a name opens it: ``names``) and no full stop at the end."""
    female = gender == "f"

    def shift(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _THIRD:
            new = _THIRD[low]
        elif low in _SINGULAR:
            new = _SINGULAR[low][0 if female else 1]
        elif low in _BACK:
            new = _BACK[low]
        else:
            return word
        return new.capitalize() if word[0].isupper() and m.start() > 0 and low != "i" else new

    text = _WORD.sub(shift, statement).rstrip(".")
    first = text.split()[0]
    return text if first in names else text[0].lower() + text[1:]


def _names(split: dict[str, Any]) -> frozenset[str]:
    """The words of a split that are names (people's and places'), which keep their capitals."""
    keys = ("women", "men", "surnames", "others", "places")
    return frozenset(w for k in keys for w in split[k])


def reported_paragraph(item: Item, rng: random.Random, names: frozenset[str]) -> tuple[str, str, str]:
    """B's paragraph reporting an item, the reported words in it, and the frame."""
    p = item.speaker
    body = reported_form(item.edited, p.gender, names)
    frame = rng.choice(FRAMES)
    if frame in ("said", "said-that"):  # a second clause of its own is reported with its own "that"
        body = (
            body.replace(", and ", " and that ", 1)
            if frame == "said-that"
            else body.replace(", and ", ", and that ", 1)
        )
        para = f"{p.last} said {'that ' if frame == 'said-that' else ''}{body}."
    elif frame == "last":
        body = body[0].upper() + body[1:]
        para = f"{body}, {p.last} said."
    else:
        para = f"According to {p.last}, {body}."
    return para, body, frame


def make_stories(split_name: str, per_kind: int, per_story: int = 4) -> list[Story]:
    """The split's stories: ``per_kind`` statements of every kind, ``per_story`` a story."""
    split = SPLITS[split_name]
    rng = random.Random(split["seed"] + 101)
    maker = Maker(split, rng)
    kinds = [k for k in (*CHANGING, *KEEPING) for _ in range(per_kind)]
    rng.shuffle(kinds)
    by_site = template_sites(maker)
    stories: list[Story] = []
    for s in range(0, len(kinds), per_story):
        batch = kinds[s : s + per_story]
        n_people = len(batch)  # one statement a speaker: a paraphrase names its speaker by surname
        people = story_people(rng, split, n_people, lambda n: [rng.choice("fm") for _ in range(n)])
        used: set[int] = set()
        items: list[Item] = []
        for k, kind in enumerate(batch):
            t, st = pick_statement(rng, maker, by_site, kind, used)
            original = st.render()
            edited = original if kind == "faithful" else maker.edit(st, kind)
            items.append(Item(people[k], kind, original, edited, t))
        day = split["start"] + timedelta(days=6 * len(stories))
        a, b = rng.sample(split["outlets"], 2)
        story = Story(
            f"p{split_name[0]}{len(stories):03d}", rng.choice(split["places"]), day, (a, b), people, items
        )
        write_story(story, split, rng)
        stories.append(story)
    return stories


def write_story(story: Story, split: dict[str, Any], rng: random.Random) -> None:
    """Write A's quotations and B's paraphrases of a story, noting where each one's words are."""
    names = _names(split)

    def frame(item: Item, letter: str, story: Story) -> tuple[str, str]:
        if letter == "A":
            return frame_paragraph(item, "A", split, rng, story)
        para, body, how = reported_paragraph(item, rng, names)
        item.frames = (item.frames[0], how)
        return para, body

    write_quotations(story, split, rng, frame)


def run_split(split_name: str, per_kind: int, verbose: bool = False) -> dict[str, Any]:
    """Generate a split, extract (with reported speech) and compare it, and score every statement."""
    import quotes

    stories = make_stories(split_name, per_kind)
    articles = story_articles(stories)
    start = time.perf_counter()
    records = [q for result in quotes.extract_many(articles, kinds="all") for q in result.quotes]
    statements = quotes.compare(records)
    seconds = time.perf_counter() - start
    where = {(v.article, v.start, v.end): (st.id, v.relation) for st in statements for v in st.versions}
    by_article: dict[str, list[Any]] = defaultdict(list)
    for q in records:
        by_article[q.article].append(q)

    def record(article: str, span: tuple[int, int], kind: str) -> Any:
        found = [
            q for q in by_article[article] if q.kind == kind or (kind == "direct" and q.kind == "partial")
        ]
        best = max(found, key=lambda q: min(q.end, span[1]) - max(q.start, span[0]), default=None)
        return best if best is not None and min(best.end, span[1]) > max(best.start, span[0]) else None

    def locate(q: Any) -> tuple[str, str] | None:
        return where.get((q.article, q.start, q.end)) if q is not None else None

    rows: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("n", "grouped", "altered"), 0))
    misses: list[str] = []
    for story in stories:
        for item in story.items:
            qa = record(f"{story.id}-A.txt", item.spans["A"], "direct")
            qb = record(f"{story.id}-B.txt", item.spans["B"], "reported")
            a, b = locate(qa), locate(qb)
            grouped = a is not None and b is not None and a[0] == b[0]
            altered = grouped and b is not None and b[1] == "altered"
            row = rows[item.kind]
            row["n"] += 1
            row["grouped"] += grouped
            row["altered"] += altered
            if (item.kind in CHANGING) != altered or not grouped:
                what = "not grouped" if not grouped else "altered" if altered else "missed"
                misses.append(
                    f"{story.id} {item.kind} {what} [{item.frames[1]}]\n"
                    f"    A: {qa.speaker if qa else None} «{item.original}»\n"
                    f"    B: {qb.speaker if qb else None} {b} «{qb.quote if qb else None}»"
                )
    changing = [rows[k] for k in CHANGING]
    keeping = [rows[k] for k in KEEPING]
    n_change, n_keep = sum(r["n"] for r in changing), sum(r["n"] for r in keeping)
    if verbose:
        print("\n".join(misses))
    return {
        "split": split_name,
        "stories": len(stories),
        "seconds": round(seconds, 1),
        "recall": sum(r["altered"] for r in changing) / n_change,
        "false_alarms": sum(r["altered"] for r in keeping) / n_keep,
        "grouped": sum(r["grouped"] for r in rows.values()) / (n_change + n_keep),
        "kinds": dict(rows),
    }


def report(summary: dict[str, Any]) -> bool:
    """Print a split's figures by edit kind; True when every bar is met."""
    print(
        f"\n== {summary['split']}: {summary['stories']} stories, {summary['seconds']} s (extract + compare)"
    )
    print(f"{'edit kind':<16}{'class':<10}{'n':>5}{'grouped':>10}{'altered':>10}")
    for kind in (*CHANGING, *KEEPING):
        row = summary["kinds"][kind]
        cls = "changes" if kind in CHANGING else "keeps"
        grouped, altered = row["grouped"] / row["n"], row["altered"] / row["n"]
        print(f"{kind:<16}{cls:<10}{row['n']:>5}{grouped:>10.3f}{altered:>10.3f}")
    ok = {
        "recall": summary["recall"] >= BARS["recall"],
        "false_alarms": summary["false_alarms"] <= BARS["false_alarms"],
        "grouped": summary["grouped"] >= BARS["grouped"],
    }
    print(
        f"recall {summary['recall']:.3f} (bar >= {BARS['recall']}) {'ok' if ok['recall'] else 'FAIL'}; "
        f"false alarms {summary['false_alarms']:.3f} (bar <= {BARS['false_alarms']}) "
        f"{'ok' if ok['false_alarms'] else 'FAIL'}; "
        f"grouped {summary['grouped']:.3f} (bar >= {BARS['grouped']}) {'ok' if ok['grouped'] else 'FAIL'}"
    )
    return all(ok.values())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="generate, extract, compare and score")
    r.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    r.add_argument("--per-kind", type=int, default=30, help="statements of each kind per split")
    r.add_argument("-v", "--verbose", action="store_true", help="list every statement scored wrong")
    args = ap.parse_args(argv)
    ok = True
    for name in list(SPLITS) if args.split == "both" else [args.split]:
        ok &= report(run_split(name, args.per_kind, args.verbose))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
