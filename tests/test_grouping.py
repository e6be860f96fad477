"""quotes.compare grouping that survives disagreement: other speakers, fragments, paraphrases, order."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.compare import compare
from quotes.compare.group import near_copy, resolved_speaker, same_statement, strong_match
from quotes.records import Quote
from quotes.words import words

ROOT = Path(__file__).resolve().parent.parent
PLEDGE = "The ferry to Dunmore will keep running every hour through the whole winter season"


def q(article: str, outlet: str | None, published: str | None, quote: str, speaker: str | None = "Rosa Lindqvist", kind: str = "direct", start: int = 0) -> Quote:
    return Quote(article=article, outlet=outlet, published=published, quote=quote, start=start, end=start + len(quote), kind=kind, speaker=speaker)  # type: ignore[arg-type]


def versions(statements):
    return [sorted((v.article, v.relation) for v in st.versions) for st in statements]


# -- the same words, another speaker --------------------------------------------------------------


def test_same_words_given_to_another_speaker_are_one_statement_that_says_so():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE),
        q("b.txt", "Coast Daily", "2024-05-03", PLEDGE, speaker="Tomas Brandt"),
    ]
    (st,) = compare(records)
    assert st.outlets == ["Coast Daily", "Harbour Ledger"]
    by_article = {v.article: v for v in st.versions}
    differs = [r for v in st.versions for r in v.reasons if r.startswith("speaker differs")]
    assert len(differs) == 1
    assert differs[0] in (f"speaker differs: {by_article['a.txt'].speaker}", f"speaker differs: {by_article['b.txt'].speaker}")


def test_a_misquote_given_to_another_speaker_is_still_one_statement_and_altered():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE),
        q("b.txt", "Coast Daily", "2024-05-02", PLEDGE.replace("will keep", "will not keep"), speaker="Tomas Brandt"),
    ]
    (st,) = compare(records)
    assert {v.relation for v in st.versions} == {"reference", "altered"}


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (q("b.txt", "Coast Daily", "2024-05-20", PLEDGE, speaker="Tomas Brandt"), "another occasion"),
        (q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE, speaker="Tomas Brandt", start=500), "the same article"),
        (q("b.txt", "Coast Daily", "2024-05-02", "will keep running every hour", speaker="Tomas Brandt"), "too few words"),
    ],
)
def test_the_same_words_of_another_speaker_stay_apart_when(other, why):
    statements = compare([q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE), other])
    assert len(statements) == 2, why


def test_strong_match_needs_six_words_mostly_in_one_stretch():
    assert strong_match(words(PLEDGE), words(PLEDGE.replace("every hour", "each hour")))
    assert not strong_match(words(PLEDGE), words("The ferry to Dunmore will"))
    assert not strong_match(words(PLEDGE), words("The ferry will stop for good, and Dunmore will keep its pier"))


def test_an_unattributed_or_unresolved_version_joins_a_statement_but_makes_none():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE),
        q("b.txt", "Coast Daily", "2024-05-02", PLEDGE, speaker=None),
        q("c.txt", "Bay Times", "2024-05-02", PLEDGE, speaker="the ferry minister"),
    ]
    (st,) = compare(records)
    assert st.speaker == "Rosa Lindqvist"
    assert len(st.versions) == 3
    assert compare(records[1:2]) == []  # alone, an unattributed quotation is left out


def test_one_role_in_two_outlets_makes_a_statement_a_pronoun_does_not():
    role = [
        q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE, speaker="health secretary"),
        q("b.txt", "Coast Daily", "2024-05-02", PLEDGE, speaker="health secretary"),
    ]
    (st,) = compare(role)
    assert st.speaker == "health secretary"
    pronoun = [q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE, speaker="he"), q("b.txt", "Coast Daily", "2024-05-02", PLEDGE, speaker="he")]
    assert compare(pronoun) == []


def test_resolved_speakers():
    assert resolved_speaker("Rosa Lindqvist")
    assert resolved_speaker("Ministry of Water")
    for name in (None, "", "he", "the minister", "President", "health secretary", "the report", "Monday"):
        assert not resolved_speaker(name), name


# -- short fragments --------------------------------------------------------------------------------


def test_a_short_fragment_joins_its_speakers_fuller_version():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", "whole winter season", kind="partial"),
        q("b.txt", "Coast Daily", "2024-05-02", PLEDGE),
    ]
    (st,) = compare(records)
    assert versions([st]) == [[("a.txt", "fragment"), ("b.txt", "reference")]]


def test_a_short_fragment_of_another_speaker_or_of_function_words_stays_apart():
    other = [q("a.txt", "Harbour Ledger", "2024-05-02", "whole winter season", kind="partial", speaker="Tomas Brandt"), q("b.txt", "Coast Daily", "2024-05-02", PLEDGE)]
    assert len(compare(other)) == 2
    generic = [q("a.txt", "Harbour Ledger", "2024-05-02", "to the", kind="partial"), q("b.txt", "Coast Daily", "2024-05-02", PLEDGE)]
    assert len(compare(generic)) == 2


def test_a_fragment_two_statements_contain_ties_neither():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", "every hour", kind="partial"),
        q("b.txt", "Coast Daily", "2024-05-02", PLEDGE),
        q("c.txt", "Bay Times", "2024-05-02", "The buses from the station will also leave every hour from Monday"),
    ]
    statements = compare(records)
    assert len(statements) == 3
    # in its own article, the fragment takes the fuller version printed there
    records.append(q("a.txt", "Harbour Ledger", "2024-05-02", PLEDGE, start=300))
    grouped = {v.article: st.id for st in compare(records) for v in st.versions if v.quote in ("every hour", PLEDGE)}
    assert grouped["a.txt"] == grouped["b.txt"]


def test_a_misquoted_fragment_joins_the_statement_it_misquotes():
    reference = "The fishermen brought in a record catch this spring, and Rosa Szabo expects prices to rise in August."
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", reference),
        q("b.txt", "Coast Daily", "2024-05-02", "does not expect prices to rise", kind="partial"),
    ]
    (st,) = compare(records)
    assert versions([st]) == [[("a.txt", "reference"), ("b.txt", "altered")]]
    assert near_copy(words(reference), words("Rosa Szabo does not expect"))
    assert not near_copy(words(reference), words("Rosa Szabo will resign"))


def test_a_short_quotation_misquoted_word_for_word_but_one_joins_its_original():
    # As long as the original, one word changed: no fuller version to join, yet one statement.
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", "The ruling was lawful"),
        q("b.txt", "Coast Daily", "2024-05-03", "The ruling was unlawful"),
    ]
    (st,) = compare(records)
    assert sorted(v.relation for v in st.versions) == ["altered", "reference"]


def test_paraphrases_that_share_a_few_words_stay_apart():
    records = [
        q("a.txt", "Harbour Ledger", "2024-05-02", "The ferry to Dunmore will keep running every hour through the winter"),
        q("b.txt", "Coast Daily", "2024-05-02", "Dunmore deserves a new pier before the winter storms reach the harbour"),
        q("c.txt", "Bay Times", "2024-05-02", "We will keep the harbour fees as they are for every fishing crew"),
    ]
    assert len(compare(records)) == 3
    assert not same_statement(words(records[0].quote), words(records[1].quote))


# -- the same output whatever the order or the hash seed -----------------------------------------------


def _records() -> list[Quote]:
    out = []
    texts = [PLEDGE, "We vowed to talk soon to continue the joint dredging planning between our islands"]
    for n in range(12):
        text = texts[n % 2]
        day = f"2024-05-{2 + n // 4:02d}"
        speaker = ["Rosa Lindqvist", "Rosa Lindquist", "Tomas Brandt", None][n % 4]
        edit = [text, text.replace("will", "will not"), text[: len(text) // 2], "whole winter season"][n % 4]
        out.append(q(f"{n:02d}.txt", f"Outlet {n % 3}", day, edit, speaker=speaker, kind="partial" if n % 4 == 3 else "direct"))
    return out


def test_the_same_statements_in_any_input_order():
    records = _records()
    expected = [st.to_dict() for st in compare(records)]
    rng = random.Random(7)
    for _ in range(3):
        rng.shuffle(records)
        assert [st.to_dict() for st in compare(records)] == expected


def _run_compare(path: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cmd = [sys.executable, "-c", "from quotes.cli import main; main()", "compare", str(path), "--format", "json", "--all", "-q"]
    done = subprocess.run(cmd, env=env, capture_output=True, check=True, cwd=ROOT)
    return done.stdout


@pytest.mark.slow  # three fresh interpreters
def test_compare_json_is_byte_identical_under_any_hash_seed(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in _records()), encoding="utf-8")
    runs = {_run_compare(path, seed) for seed in ("0", "1", "4242")}
    assert len(runs) == 1
    assert json.loads(runs.pop())["statements"]


@pytest.mark.slow
def test_compare_of_a_generated_folder_is_byte_identical_under_any_hash_seed(tmp_path):
    folder = tmp_path / "articles"
    cmd = [sys.executable, "bench/misquotes.py", "generate", "--out", str(folder), "--split", "dev", "--per-kind", "1"]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    runs = {_run_compare(folder / "articles", seed) for seed in ("0", "1", "4242")}
    assert len(runs) == 1
    assert json.loads(runs.pop())["statements"]
