"""quotes.compare: grouping quotations into statements and the relation of every version."""

from __future__ import annotations

import pytest

from quotes.compare import compare, summarize
from quotes.compare.relations import compare_versions
from quotes.records import Quote
from quotes.words import words

REFERENCE = (
    "We will not raise the harbor fees this year, and the 40 new berths will open on Monday "
    "as we promised the fishing crews."
)


def rel(version: str, reference: str = REFERENCE) -> str:
    return compare_versions(words(reference), words(version)).relation


def q(
    article: str,
    outlet: str | None,
    published: str | None,
    quote: str,
    speaker: str = "Mara Ellison",
    kind: str = "direct",
) -> Quote:
    return Quote(
        article=article,
        outlet=outlet,
        published=published,
        quote=quote,
        start=0,
        end=len(quote),
        kind=kind,
        speaker=speaker,
    )


# -- relations ------------------------------------------------------------------------------------


def test_verbatim_ignores_case_punctuation_and_mark_style():
    version = "we will NOT raise the harbor fees this year and the 40 new berths will open on monday, as we promised the fishing crews"
    assert rel(version) == "verbatim"


def test_fragment_is_a_contiguous_part():
    assert rel("the 40 new berths will open on Monday") == "fragment"


def test_elided_marks_the_gap_with_an_ellipsis():
    assert rel("We will not raise the harbor fees this year … as we promised the fishing crews.") == "elided"
    assert rel("We will not raise the harbor fees ... and the 40 new berths will open on Monday") == "elided"


def test_words_left_out_without_an_ellipsis_are_a_variant_not_elided():
    cmp_ = compare_versions(
        words(REFERENCE), words("We will not raise the harbor fees as we promised the fishing crews.")
    )
    assert cmp_.relation == "variant"
    assert cmp_.omission


def test_extended_adds_words_around_the_reference():
    assert (
        rel(
            "the 40 new berths will open on Monday as planned, she added",
            "the 40 new berths will open on Monday",
        )
        == "extended"
    )


def test_re_translation_is_a_variant():
    reference = (
        "We vowed to talk soon in order to continue the joint dredging planning between our islands"
    )
    version = (
        "We vowed to talk shortly so as to keep up the shared dredging scheduling between our two islands"
    )
    assert rel(version, reference) == "variant"


def test_tidied_grammar_is_a_variant():
    reference = "The fishermen was told they is going to get the berths"
    version = "The fishermen were told they are going to get the berths"
    assert rel(version, reference) == "variant"


def test_editorial_insertion_in_brackets_is_neutral():
    reference = "This morning I met the crews and they accepted the plan"
    assert rel("This morning [Tuesday] I met the crews and they accepted the plan", reference) == "verbatim"


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        (
            "We will raise the harbor fees this year, and the 40 new berths will open on Monday as we promised the fishing crews.",
            "negation dropped",
        ),
        (
            "We will not raise the harbor fees this year, and the 14 new berths will open on Monday as we promised the fishing crews.",
            "number changed",
        ),
        (
            "We will not raise the harbor fees this year, and the 40 new berths will open on Friday as we promised the fishing crews.",
            "date changed",
        ),
        (
            "We will not lower the harbor fees this year, and the 40 new berths will open on Monday as we promised the fishing crews.",
            "antonym",
        ),
    ],
)
def test_altered_meaning(version, reason):
    cmp_ = compare_versions(words(REFERENCE), words(version))
    assert cmp_.relation == "altered"
    assert reason in cmp_.reasons


def test_negation_added_in_a_fragment():
    cmp_ = compare_versions(words(REFERENCE), words("the 40 new berths will not open on Monday"))
    assert cmp_.relation == "altered"
    assert cmp_.reasons == ("negation added",)


def test_name_replaced_is_altered_but_a_respelling_is_not():
    reference = "Olaf Brandt asked the council to fund the dredging"
    assert rel("Ingrid Solberg asked the council to fund the dredging", reference) == "altered"
    assert rel("Olav Brandt asked the council to fund the dredging", reference) != "altered"


def test_a_fragment_does_not_inherit_a_negation_it_does_not_quote():
    # The reference's "not" lies outside the quoted stretch: nothing is flipped.
    assert rel("the 40 new berths will open on Monday") == "fragment"


def test_diff_runs():
    cmp_ = compare_versions(words("the berths will open on Monday"), words("the berths will open on Friday"))
    assert [op["op"] for op in cmp_.diff] == ["equal", "replace"]
    assert cmp_.diff[1] == {"op": "replace", "from": "Monday", "to": "Friday"}
    assert 0 < cmp_.similarity < 1


# -- grouping -------------------------------------------------------------------------------------


def test_same_statement_across_outlets_is_grouped_with_a_reference():
    records = [
        q(
            "a.txt",
            "Harbor Ledger",
            "2024-05-02",
            "We vowed to talk soon to continue the joint dredging work between our islands",
        ),
        q(
            "b.txt",
            "Coast Daily",
            "2024-05-02",
            "A moment ago I spoke with the mayor. We vowed to talk soon in order to continue the joint dredging planning",
        ),
        q(
            "c.txt",
            "Bay Times",
            "2024-05-03",
            "We vowed to talk soon to continue the joint dredging work between our islands",
        ),
    ]
    statements = compare(records)
    assert len(statements) == 1
    st = statements[0]
    assert st.speaker == "Mara Ellison"
    assert st.outlets == ["Bay Times", "Coast Daily", "Harbor Ledger"]
    assert st.first_published == "2024-05-02"
    relations = {v.outlet: v.relation for v in st.versions}
    assert relations["Coast Daily"] == "reference"  # the fullest version
    assert relations["Harbor Ledger"] == relations["Bay Times"] == "variant"


def test_similar_words_on_another_occasion_stay_apart():
    records = [
        q(
            "a.txt",
            "Harbor Ledger",
            "2024-05-02",
            "We will keep acting to stop the smugglers from using our harbor",
        ),
        q(
            "b.txt",
            "Coast Daily",
            "2024-05-20",
            "We will keep acting to stop the smugglers from using our harbor",
        ),
    ]
    statements = compare(records)
    assert len(statements) == 2
    assert all(not st.shared for st in statements)


def test_window_is_configurable():
    records = [
        q(
            "a.txt",
            "Harbor Ledger",
            "2024-05-02",
            "We will keep acting to stop the smugglers from using our harbor",
        ),
        q(
            "b.txt",
            "Coast Daily",
            "2024-05-08",
            "We will keep acting to stop the smugglers from using our harbor",
        ),
    ]
    assert len(compare(records, window=3)) == 2
    assert len(compare(records, window=7)) == 1


def test_the_same_words_given_to_another_speaker_are_one_statement_that_says_so():
    text = "The new berths will open on Monday as we promised the crews"
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", text),
        q("b.txt", "Coast Daily", "2024-05-02", text, speaker="Olaf Brandt"),
    ]
    (statement,) = compare(records)
    reasons = [r for v in statement.versions for r in v.reasons]
    assert any(r.startswith("speaker differs") for r in reasons), reasons


def test_a_few_shared_words_under_different_speakers_stay_apart():
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", "The berths will open on Monday for the ferry crews"),
        q("b.txt", "Coast Daily", "2024-05-02", "We will close the old yard on Monday", speaker="Olaf Brandt"),
    ]
    assert len(compare(records)) == 2


def test_spelling_variants_of_a_speaker_are_grouped():
    text = "The new berths will open on Monday as we promised the crews"
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", text, speaker="Olaf Brandtsen"),
        q("b.txt", "Coast Daily", "2024-05-02", text, speaker="Olav Brandtson"),
    ]
    assert len(compare(records)) == 1


def test_a_short_fragment_joins_its_speakers_fuller_version():
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", "deadly weapons", kind="partial"),
        q("b.txt", "Coast Daily", "2024-05-02", "we will stop the transfer of deadly weapons to the rebels"),
    ]
    assert len(compare(records)) == 1
    other = [records[0], q("c.txt", "Coast Daily", "2024-05-02", records[1].quote, speaker="Olaf Brandt")]
    assert len(compare(other)) == 2  # not another speaker's


def test_scare_quotes_and_unattributed_quotations_are_left_out():
    records = [q("a.txt", "Harbor Ledger", "2024-05-02", "living shoreline", speaker=None, kind="scare")]  # type: ignore[arg-type]
    assert compare(records) == []


def test_altered_version_in_a_statement_and_the_outlet_summary():
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", REFERENCE),
        q("b.txt", "Coast Daily", "2024-05-02", REFERENCE.replace("will not raise", "will raise")),
        q("c.txt", "Bay Times", "2024-05-03", "the 40 new berths will open on Monday"),
    ]
    (st,) = compare(records)
    by_outlet = {v.outlet: v for v in st.versions}
    assert by_outlet["Coast Daily"].relation == "altered"
    assert by_outlet["Bay Times"].relation == "fragment"
    rows = {r.outlet: r for r in summarize([st], records)}
    assert rows["Coast Daily"].altered == 1
    assert rows["Bay Times"].fragment == 1
    assert rows["Harbor Ledger"].statements_shared == 1
    assert rows["Harbor Ledger"].quotations == 1


def test_unknown_outlet_counts_as_its_own_source():
    text = "The new berths will open on Monday as we promised the crews"
    records = [q("a.txt", None, "2024-05-02", text), q("b.txt", "Coast Daily", "2024-05-02", text)]
    (st,) = compare(records)
    assert st.shared
    assert "(a.txt)" in st.outlets


def test_statement_ids_are_stable():
    records = [
        q("a.txt", "Harbor Ledger", "2024-05-02", REFERENCE),
        q("b.txt", "Coast Daily", "2024-05-02", REFERENCE),
    ]
    assert compare(records)[0].id == compare(list(reversed(records)))[0].id


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        # a rephrasing that happens to contain "not"
        (
            "Let us dispel the myth that the council does not know its budget. It knows it well.",
            "The idea that the council does not know its budget is just not true. It knows it well.",
        ),
        # another line of the same speech, with another number: not a misquote of this one
        (
            "We do not think there is room for four ferry companies on this coast,",
            "I do not think there is enough room for three.",
        ),
        # two edits in a short line: different words, not a flipped meaning
        ("You don't want to become the headline,", "You want to write the headline."),
    ],
)
def test_altered_is_not_claimed_for_different_wording(reference, version):
    assert rel(version, reference) != "altered"


def test_negation_flip_with_a_dropped_word_is_altered():
    reference = "the council knows exactly what it is doing with the harbor fund"
    assert rel("the council does not know what it is doing with the harbor fund", reference) == "altered"
