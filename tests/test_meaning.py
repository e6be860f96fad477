"""Changes of meaning between two versions of a quotation: what makes a version ``altered``, and what not."""

from __future__ import annotations

import pytest

from quotes.compare.lemmas import lemmas, same_lemma
from quotes.compare.relations import compare_versions
from quotes.lexicons.antonyms import PAIRS, WORDNET_ANTONYMS
from quotes.lexicons.meaning import ANTONYMS
from quotes.words import words

BASE = "The ferry service will keep running through the winter, and the 12 new cabins open in March."


def cmp(version: str, reference: str = BASE):
    return compare_versions(words(reference), words(version), reference, version)


def kinds(version: str, reference: str = BASE) -> list[str]:
    c = cmp(version, reference)
    return [ch.kind for ch in c.changes] if c.relation == "altered" else []


# -- negation, in every form ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        # added or dropped: not, n't, never, no
        ("the ferry service will keep running", "the ferry service will not keep running"),
        ("the ferry service will keep running", "the ferry service won't keep running"),
        ("the ferry service will not keep running", "the ferry service will keep running"),
        ("the ferry service is running again", "the ferry service isn't running again"),
        ("we have a plan for the harbour", "we have no plan for the harbour"),
        ("the crews have ever complained about it", "the crews have never complained about it"),
        # by replacement
        ("Israel will constantly act to prevent it", "Israel will not act to prevent it"),
        ("the ferry will always stop at Dunmore", "the ferry will never stop at Dunmore"),
        # through inflection, irregular forms included
        ("the skipper knew the forecast was wrong", "the skipper did not know the forecast was wrong"),
        ("the council supports the new timetable", "the council does not support the new timetable"),
        ("our crews took the old boat out", "our crews did not take the old boat out"),
        ("the harbour master went to the meeting", "the harbour master didn't go to the meeting"),
        ("the council knows exactly what it is doing", "the council does not know what it is doing"),
    ],
)
def test_negation_in_every_form_is_altered(reference, version):
    c = cmp(version, reference)
    assert c.relation == "altered"
    assert [ch.kind for ch in c.changes] == ["negation"]
    assert c.reasons[0] in ("negation added", "negation dropped")


def test_the_change_shows_the_words_around_it():
    c = cmp("Israel will not act to prevent it", "Israel will constantly act to prevent it")
    assert c.details == ("negation added: will constantly act -> will not act",)
    dropped = cmp("we will raise the fees", "we will not raise the fees")
    assert dropped.details == ("negation dropped: will not raise -> will raise",)


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("that is not possible this year", "that is impossible this year"),  # a negated antonym
        ("the crews are unable to sail today", "the crews are not able to sail today"),
        ("we do not agree with the plan", "we don't agree with the plan"),  # a contraction
        ("we cannot sail before Friday", "we can not sail before Friday"),
        ("nobody on the quay saw the fire", "no one on the quay saw the fire"),
    ],
)
def test_the_same_negation_in_other_words_is_not_altered(reference, version):
    assert cmp(version, reference).relation != "altered"


# -- antonyms from WordNet -------------------------------------------------------------------------


def test_the_antonym_list_is_generated_from_wordnet():
    pairs = WORDNET_ANTONYMS.split()
    assert len(pairs) == PAIRS > 5000
    assert len(set(pairs)) == len(pairs)
    assert "decrease:increase" in pairs and "improve:worsen" in pairs
    assert "worsen" in ANTONYMS["improve"] and "improve" in ANTONYMS["worsen"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("raise", "lower"),
        ("raised", "lowered"),  # compared by lemma
        ("increases", "decreases"),
        ("higher", "lower"),
        ("accept", "reject"),
        ("legal", "illegal"),
        ("strong", "weak"),
        ("support", "oppose"),  # from the short list WordNet leaves out
    ],
)
def test_an_antonym_is_altered(old, new):
    reference = f"we will {old} the harbour fees for the fishing crews this year"
    c = cmp(reference.replace(old, new), reference)
    assert [ch.kind for ch in c.changes] == ["antonym"]
    assert c.changes[0].old == old and c.changes[0].new == new


def test_a_synonym_is_not_an_antonym():
    reference = "we will raise the harbour fees for the fishing crews this year"
    assert cmp(reference.replace("raise", "increase"), reference).relation != "altered"
    assert cmp(reference.replace("fishing crews", "fishermen"), reference).relation != "altered"


# -- numbers, quantities, dates and names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "kind"),
    [
        (BASE.replace("12 new", "21 new"), "number"),
        (BASE.replace("12 new", "twenty new"), "number"),
        (BASE.replace("in March", "in May"), "date"),
        (BASE.replace("through the winter", "through the summer"), "date"),
    ],
)
def test_numbers_and_dates_changed_are_altered(version, kind):
    assert kinds(version) == [kind]


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("the 12 new cabins open in March", "the twelve new cabins open in March"),
        ("fares rise by 40 per cent next year", "fares rise by 40% next year"),
        ("fares rise by forty percent next year", "fares rise by 40 per cent next year"),
        ("we spent two hundred and fifty pounds on it", "we spent 250 pounds on it"),
    ],
)
def test_the_same_number_written_otherwise_is_not_altered(reference, version):
    assert cmp(version, reference).relation != "altered"


def test_quantities_and_years():
    assert kinds("the works took half of the budget", "the works took a third of the budget") == ["number"]
    assert kinds("the harbour was rebuilt in 1998 after the storm", "the harbour was rebuilt in 1989 after the storm") == [
        "date"
    ]
    assert kinds("we paid 1908 pounds for the nets", "we paid 1081 pounds for the nets") == ["number"]


def test_a_name_replaced_is_altered_but_not_a_respelling_or_a_capitalised_word():
    reference = "as Cormac Ibarra told the board last week"
    assert kinds("as Florian Lachance told the board last week", reference) == ["name"]
    assert kinds("as Kormac Ibarra told the board last week", reference) == []
    # a sentence-initial common word is no name
    two = "The fees are fair. Prices stay low for the crews."
    assert kinds("The fees are fair. Costs stay low for the crews.", two) == []
    assert kinds("The fees are fair. Solberg stays low for the crews.", "The fees are fair. Brandt stays low for the crews.") == [
        "name"
    ]


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("the school meals programme in our neighbourhood", "the school meals program in our neighborhood"),
        ("the sports centre will be organised by the council", "the sports center will be organized by the council"),
        ("the 12 new cabins open in March", "the twelve new cabins open in March"),
        ("fares rise by 40 per cent this year", "fares rise by 40% this year"),
    ],
)
def test_the_same_words_spelt_otherwise_are_verbatim(reference, version):
    assert cmp(version, reference).relation == "verbatim"


def test_different_wordings_are_variants_not_altered():
    reference = "We vowed to talk soon in order to continue the joint dredging planning between our islands"
    version = "We vowed to talk shortly so as to keep up the shared dredging scheduling between our two islands"
    assert cmp(version, reference).relation == "variant"


def test_meaning_keeping_edits_are_not_altered():
    assert cmp("The ferry service will keep running … and the 12 new cabins open in March.").relation == "elided"
    assert cmp("the 12 new cabins open in March").relation == "fragment"
    assert cmp("The ferry service will keep running through the winter and the 12 new cabins open in March!").relation == (
        "verbatim"
    )
    assert cmp("The ferry will keep running through the winter, and the 12 new cabins open in March.").relation == "variant"


def test_a_misquoted_fragment_at_the_edge_of_the_alignment():
    reference = "The fishermen brought in a record catch, and Rosa Szabo expects prices to rise in August."
    assert kinds("does not expect prices to rise", reference) == ["negation"]
    assert kinds("Rosa Szabo does not expect", reference) == ["negation"]
    assert kinds("the 14 new pumps arrive on Saturday", "The flood defences will hold, and the 4 new pumps arrive on Saturday.") == [
        "number"
    ]


# -- prefixes, modals, quantifiers and dates relative to now --------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("lawful", "unlawful"),  # a negating prefix WordNet need not list
        ("funded", "unfunded"),
        ("overpaid", "underpaid"),  # prefixes of opposite sense on one stem
        ("underfunded", "overfunded"),
    ],
)
def test_a_prefixed_opposite_is_an_antonym(old, new):
    reference = f"the inquiry found the harbour board was {old} for years"
    assert kinds(reference.replace(old, new), reference) == ["antonym"]


def test_a_prefix_that_does_not_negate_is_no_antonym():
    reference = "the old charts are invaluable to the crews"
    assert kinds(reference.replace("invaluable", "valuable"), reference) == []


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("the bridge will be repaired by the end of the year", "the bridge might be repaired by the end of the year"),
        ("we must sell the old depot to pay for it", "we could sell the old depot to pay for it"),
        ("we'll have the road open by spring", "we may have the road open by spring"),
    ],
)
def test_a_promise_made_a_possibility_is_altered(reference, version):
    assert kinds(version, reference) == ["modal"]
    assert kinds(reference, version) == ["modal"]


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("the levy will stay in place for two years", "the levy would stay in place for two years"),  # reported
        ("the buses may be late this winter", "the buses might be late this winter"),
        ("we'll have the road open by spring", "we will have the road open by spring"),
        ("the repairs start in May and end in June", "the repairs start in May and end in June, we think"),
    ],
)
def test_a_modal_of_the_same_certainty_is_not_altered(reference, version):
    assert cmp(version, reference).relation != "altered"


def test_a_quantifier_of_another_rank_is_altered():
    reference = "half of our members voted for the strike on Monday"
    assert kinds(reference.replace("half", "most"), reference) == ["number"]
    assert cmp(reference.replace("half", "most"), reference).reasons == ("quantity changed",)
    some = "some residents have complained about the noise from the quay"
    assert cmp(some.replace("some", "several"), some).relation != "altered"
    everyone = "Everyone played their part in the rescue last night"
    assert cmp(everyone.replace("Everyone", "Everybody"), everyone).relation != "altered"  # no name either


def test_a_date_relative_to_now_changed_is_altered():
    reference = "the company hired more staff this year than ever before"
    assert kinds(reference.replace("this year", "last year"), reference) == ["date"]
    assert kinds("we won the league last season", "we won the league this season") == ["date"]
    assert kinds("the crews arrived within minutes of the call", "the crews arrived within hours of the call") == [
        "date"
    ]
    past = "prices rose sharply over the last year in the harbour towns"
    assert cmp(past.replace("last", "past"), past).relation != "altered"  # both point back


def test_figures_with_a_scale_or_an_hour_glued_on_are_numbers():
    pier = "it will cost £3m to fix the pier before the summer"
    assert kinds(pier.replace("£3m", "£5m"), pier) == ["number"]
    assert cmp(pier.replace("£3m", "£3 million"), pier).relation != "altered"
    pool = "the pool will close at 10pm on Thursdays from next month"
    assert kinds(pool.replace("10pm", "8pm"), pool) == ["number"]
    assert cmp(pool.replace("10pm", "10 p.m."), pool).relation != "altered"
    late = "we close at 10.30pm most days of the week"
    assert cmp(late.replace("10.30pm", "10:30 p.m."), late).relation != "altered"


@pytest.mark.parametrize(
    ("reference", "version", "reason"),
    [
        ("our crews always arrive within the target time", "our crews sometimes arrive within the target time",
         "frequency changed"),
        ("we will certainly finish the ring road by the spring", "we will probably finish the ring road by the spring",
         "certainty changed"),
        ("it is certain that the tram line will be extended", "it is possible that the tram line will be extended",
         "certainty changed"),
        ("the merger would save the county four million pounds", "the merger might save the county four million pounds",
         "certainty changed"),
    ],
)
def test_how_often_or_how_surely_changed_is_altered(reference, version, reason):
    assert cmp(version, reference).reasons == (reason,)


@pytest.mark.parametrize(
    ("reference", "version"),
    [
        ("the new rules have changed the harbour for the better", "the new rules have hardly changed the harbour for the better"),
        ("the school met every safety standard this year", "the school failed to meet every safety standard this year"),
        # a cut marked with an ellipsis that takes the "not" with it
        ("I will not, under any circumstances, vote to close the unit", "I will … vote to close the unit"),
    ],
)
def test_a_negation_in_other_guises_is_altered(reference, version):
    assert kinds(version, reference) == ["negation"]


def test_who_did_what_to_whom_reversed_is_altered_but_not_a_reordered_list():
    match = "Harwood United beat Kelby Rovers fairly on Saturday"
    c = cmp("Kelby Rovers beat Harwood United fairly on Saturday", match)
    assert c.reasons == ("order swapped",)
    assert cmp("we will invest in growth and jobs across the district", "we will invest in jobs and growth across the district").relation != "altered"
    assert cmp("The crews are happy, and the fees are fair", "The fees are fair, and the crews are happy").relation != "altered"


# -- lemmas ----------------------------------------------------------------------------------------


def test_lemmas_come_from_the_pipelines_tables_irregular_forms_included():
    assert "know" in lemmas("knew")
    assert "go" in lemmas("went")
    assert "child" in lemmas("children")
    assert same_lemma("supports", "support")
    assert not same_lemma("support", "oppose")
