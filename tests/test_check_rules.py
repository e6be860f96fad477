"""quotes.check.rules: one function per rule, run in a fixed order, each firing on its own evidence."""

from __future__ import annotations

import pytest

from quotes.check.bank import QuoteBank
from quotes.check.findings import RULES
from quotes.check.rules import (
    QUOTE_RULES,
    Subject,
    q002_unattributed,
    q003_not_in_sources,
    q004_altered,
    q005_words_changed,
    q006_misattributed,
    quote_findings,
)
from quotes.pipeline import ArticleQuotes
from quotes.records import Article, Quote

PLEDGE = "The night ferry to Dunmore will keep running every hour through the winter, and fares stay at 12 pounds."
CLAIM = "Our divers found no damage to the old pier when they went down on Tuesday morning."
REPORT = "The harbour wall needs urgent repairs before the spring tides reach the town."


def quote(text: str, speaker: str | None = "Rosa Lindqvist", kind: str = "direct", start: int = 0) -> Quote:
    return Quote("draft.md", None, None, text, start, start + len(text), kind=kind, speaker=speaker)  # type: ignore[arg-type]


def source(bank: QuoteBank, name: str, *quotes: tuple[str, str | None]) -> None:
    text = "\n\n".join(t for t, _ in quotes)
    records, at = [], 0
    for t, speaker in quotes:
        records.append(Quote(name, "Harbour Ledger", "2024-05-02", t, at, at + len(t), speaker=speaker))
        at += len(t) + 2
    bank.add(ArticleQuotes(Article(name, text, outlet="Harbour Ledger", published="2024-05-02"), records))


@pytest.fixture(scope="module")
def bank():
    b = QuoteBank(":memory:")
    source(b, "ledger.txt", (PLEDGE, "Rosa Lindqvist"), (CLAIM, "Tomas Brandt"))
    source(b, "audit.txt", (REPORT, "the report"))
    source(b, "wire.txt", ("The pier will be closed to cars from June until the repairs are finished.", None))
    return b


def run(rule, q: Quote, bank: QuoteBank | None):
    return rule(Subject("draft.md", q, 1, 1, bank))


def rules_of(q: Quote, bank: QuoteBank | None) -> list[str]:
    result = ArticleQuotes(Article("draft.md", q.quote), [q])
    return [f.rule for f in quote_findings("draft.md", result, bank, lambda offset, text: (1, offset + 1))]


# -- order and independence ---------------------------------------------------------------------


def test_the_rules_run_in_the_documented_order():
    assert [rule for rule, _ in QUOTE_RULES] == ["Q002", "Q003", "Q004", "Q005", "Q006"]
    assert list(RULES) == ["Q001", "Q002", "Q003", "Q004", "Q005", "Q006"]


@pytest.mark.parametrize(
    "q",
    [
        quote(PLEDGE.replace("will keep", "will not keep"), speaker="Tomas Brandt"),
        quote(PLEDGE.replace("every hour", "each hour"), speaker="Tomas Brandt"),
        quote("A lighthouse will be built on the point", speaker=None),
        quote(CLAIM),
    ],
)
def test_each_rule_finds_the_same_alone_as_with_the_others(bank, q):
    alone = [rule for rule, check in QUOTE_RULES if run(check, q, bank) is not None]
    assert rules_of(q, bank) == alone


# -- Q002 -----------------------------------------------------------------------------------------------


def test_q002_fires_for_a_direct_quotation_without_a_speaker():
    assert run(q002_unattributed, quote(PLEDGE, speaker=None), None) is not None


@pytest.mark.parametrize("q", [quote(PLEDGE), quote("every hour", speaker=None, kind="partial")])
def test_q002_stays_silent_for_an_attributed_or_a_partial_quotation(q):
    assert run(q002_unattributed, q, None) is None


# -- Q003 -----------------------------------------------------------------------------------------------


def test_q003_fires_for_words_in_no_source(bank):
    f = run(q003_not_in_sources, quote("A lighthouse will be built on the point by the end of the year"), bank)
    assert f is not None and "appears in no source" in f.message


@pytest.mark.parametrize(
    "text",
    [
        PLEDGE,
        "ferry to Dunmore",  # a short fragment
        "night ferry … Dunmore",  # short and elided
        "ferry Dunmore",  # short and trimmed without a mark
        "will keep running every hour … fares stay at 12 pounds",  # elided
        "The night ferry to Dunmore will keep running through the winter",  # trimmed
    ],
)
def test_q003_stays_silent_when_a_source_holds_the_words(bank, text):
    assert run(q003_not_in_sources, quote(text), bank) is None


def test_q003_stays_silent_without_sources():
    assert run(q003_not_in_sources, quote("A lighthouse will be built on the point"), None) is None


def test_q003_fires_for_a_short_quotation_whose_words_are_scattered_through_a_source(bank):
    assert run(q003_not_in_sources, quote("ferry winter"), bank) is not None


# -- Q004 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (PLEDGE.replace("will keep", "will not keep"), "negation"),
        (PLEDGE.replace("will keep", "won't keep"), "negation"),
        (CLAIM.replace("found no damage", "found damage"), "negation"),
        (PLEDGE.replace("12 pounds", "21 pounds"), "number"),
        (CLAIM.replace("on Tuesday", "on Friday"), "date"),
        (PLEDGE.replace("Dunmore", "Kelthorpe"), "name"),
    ],
)
def test_q004_fires_when_the_meaning_changed_and_names_the_change(bank, text, kind):
    speaker = "Tomas Brandt" if text.startswith("Our divers") else "Rosa Lindqvist"
    f = run(q004_altered, quote(text, speaker=speaker), bank)
    assert f is not None
    assert [c["kind"] for c in f.changes] == [kind]
    assert f.changes[0]["from"] in f.message and f.changes[0]["to"] in f.message
    assert "None" not in f.message


def test_q004_is_not_hidden_by_a_wrong_speaker(bank):
    q = quote(PLEDGE.replace("will keep", "will not keep"), speaker="Tomas Brandt")
    assert rules_of(q, bank) == ["Q004", "Q006"]


@pytest.mark.parametrize(
    "text",
    [
        PLEDGE,
        "The night ferry to Dunmore will keep running … and fares stay at 12 pounds.",
        "The night ferry to Dunmore will keep running every hour through the winter",
        # another statement that shares words with the source: not a misquote of it
        "The night ferry to Dunmore will not sail on Christmas Day, when the crews are at home.",
    ],
)
def test_q004_stays_silent_when_the_meaning_is_kept_or_the_statement_is_another(bank, text):
    assert run(q004_altered, quote(text), bank) is None


# -- Q005 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The night ferry to Dunmore will keep going every hour through the winter, and fares stay at 12 pounds.",
        "The night ferry to Dunmore will keep running through the winter, and fares stay at 12 pounds.",
    ],
)
def test_q005_fires_for_words_changed_or_left_out_unmarked(bank, text):
    assert run(q005_words_changed, quote(text), bank) is not None


@pytest.mark.parametrize(
    "text",
    [
        PLEDGE,
        "The night ferry to Dunmore will keep running … and fares stay at 12 pounds.",
        # different statements that share words with sources
        "The night ferry to Dunmore is the best way to reach the island in the winter.",
        "The old pier was closed to cars when our divers went down to look at it.",
    ],
)
def test_q005_stays_silent_for_faithful_quotes_and_other_statements(bank, text):
    assert run(q005_words_changed, quote(text), bank) is None


def test_q005_is_not_hidden_by_a_wrong_speaker(bank):
    q = quote(PLEDGE.replace("every hour", "each hour"), speaker="Tomas Brandt")
    assert rules_of(q, bank) == ["Q005", "Q006"]


# -- Q006 -----------------------------------------------------------------------------------------------


def test_q006_fires_when_a_source_gives_the_words_to_someone_else(bank):
    f = run(q006_misattributed, quote(CLAIM, speaker="Rosa Lindqvist"), bank)
    assert f is not None and "Tomas Brandt" in f.message


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (CLAIM, "Tomas Brandt"),  # the same speaker
        (CLAIM, "Brandt"),  # the same speaker, by surname
        (CLAIM, "he"),  # the draft's speaker unresolved
        (CLAIM, "the harbour master"),  # a role, not resolved to a name
        (REPORT, "Rosa Lindqvist"),  # the source's "speaker" is a document
        ("The pier will be closed to cars from June until the repairs are finished.", "Rosa Lindqvist"),  # no speaker
        ("no damage", "Rosa Lindqvist"),  # too few words to say whose they are
    ],
)
def test_q006_stays_silent_unless_both_speakers_are_resolved_and_differ(bank, text, speaker):
    assert run(q006_misattributed, quote(text, speaker=speaker), bank) is None


def test_q006_stays_silent_when_another_source_agrees_with_the_draft(bank):
    other = QuoteBank(":memory:")
    source(other, "ledger.txt", (CLAIM, "Tomas Brandt"))
    source(other, "courier.txt", (CLAIM, "Rosa Lindqvist"))
    assert run(q006_misattributed, quote(CLAIM, speaker="Rosa Lindqvist"), other) is None
    assert run(q006_misattributed, quote(CLAIM, speaker="Olaf Solberg"), other) is not None


# -- the same report whatever the hash seed ------------------------------------------------------------


@pytest.mark.slow
def test_check_json_is_byte_identical_under_any_hash_seed(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    cmd = [sys.executable, "bench/misquotes.py", "generate", "--out", str(tmp_path), "--split", "heldout", "--per-kind", "1"]
    subprocess.run(cmd, cwd=root, check=True, capture_output=True)
    sources, drafts = tmp_path / "sources", tmp_path / "drafts"
    sources.mkdir()
    drafts.mkdir()
    for path in sorted((tmp_path / "articles").glob("*.txt")):
        shutil.copy(path, (sources if path.stem.endswith("-A") else drafts) / path.name)
    runs = set()
    for seed in ("0", "1", "4242"):
        check = [sys.executable, "-c", "from quotes.cli import main; main()", "check", str(drafts), "--against", str(sources), "--format", "json", "-q"]
        done = subprocess.run(check, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, cwd=root)
        assert done.returncode in (0, 1), done.stderr
        runs.add(done.stdout)
    assert len(runs) == 1
    assert b'"Q004"' in runs.pop()
