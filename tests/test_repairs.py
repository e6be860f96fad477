"""Parse repairs: a misparse every rule would have to read around, put right once."""

from __future__ import annotations

import pytest

import quotes
from quotes.nlp.model import load_model
from quotes.nlp.repairs import repair_parse


def _parsed(text: str):
    return load_model()(text)


def test_a_verb_read_as_a_modifier_after_a_set_off_name_is_the_sentence_s_verb() -> None:
    doc = _parsed("Its chairman, Jo Roe, accused officials of lying.")
    assert doc[6].dep_ == "amod"  # what the small model makes of it: "the accused officials"
    assert repair_parse(doc) == 1
    verb = doc[6]
    assert (verb.dep_, verb.head.i) == ("ROOT", 6)
    assert {c.dep_: c.text for c in verb.children if c.dep_ in {"nsubj", "dobj"}} == {
        "nsubj": "chairman", "dobj": "officials"
    }
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The accused officials denied lying.",  # a participle as an adjective, no name set off before it
        "Its chairman, Ivo Marsh, said the accused officials had lied.",  # a sentence with its verb
    ],
)
def test_a_participle_that_modifies_its_noun_is_left_alone(text: str) -> None:
    doc = _parsed(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_what_the_repaired_verb_says_is_reported_with_its_quoted_words() -> None:
    text = "Nurses' union\n\nIts general secretary, Ivo Marsh, accused managers of “sitting on” the money."
    found = [(q.kind, q.quote, q.speaker) for q in quotes.extract(text, kinds="all")]
    assert ("partial", "sitting on", "Ivo Marsh") in found
    assert any(kind == "reported" and speaker == "Ivo Marsh" for kind, _, speaker in found)


@pytest.mark.parametrize(
    "text",
    [
        "A mother who gave her name only as Moira said the school was cold.",  # "as Moira said" a clause
        "A mother who gave her name only as Moira said: “The school is cold.”",  # "said" with two subjects
    ],
)
def test_the_name_an_unnamed_speaker_gave_is_not_the_subject(text: str) -> None:
    doc = _parsed(text)
    repair_parse(doc)
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["mother"]
    assert doc[8].dep_ == "pobj" and doc[8].head.text == "as" and doc[8].head.head.text == "gave"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vox pop\n\nA man who gave his name only as Tariq said the buses were always late.", "reported"),
        ("Vox pop\n\nA man who gave his name only as Tariq said: “The buses are always late.”", "direct"),
        ("Vox pop\n\nA trader who identified himself only as Tariq said the buses were always late.", "reported"),
    ],
)
def test_a_speaker_known_by_the_name_he_gave_is_that_person(text: str, kind: str) -> None:
    found = [(q.kind, q.speaker, q.speaker_type) for q in quotes.extract(text, kinds="all") if q.cue == "said"]
    assert found == [(kind, "Tariq", "person")]


def test_a_bare_verb_read_before_a_name_describes_it() -> None:
    text = (
        "Sleep study\n\n\"Our findings suggest that a short nap could help,\" lead author Dr Vera Lind of the "
        "Institute for Brain Ageing in Geneva said in a statement."
    )
    (q,) = quotes.extract(text, kinds="all")
    assert (q.kind, q.speaker, q.speaker_mention) == ("direct", "Vera Lind", "lead author Dr Vera Lind")


def test_a_bare_verb_with_a_subject_of_its_own_is_left_alone() -> None:
    doc = _parsed("Officials lead tours of the pier every day.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_quoted_clause_hung_on_an_adjective_of_the_speaker_goes_to_the_verb() -> None:
    # as the small model parsed it in a longer article: the quotation under "lead" ("lead author")
    from spacy.tokens import Doc

    words = ["“", "Naps", "help", ",", "”", "lead", "author", "Vera", "Lind", "said", "."]
    heads = [5, 2, 5, 5, 5, 6, 8, 8, 9, 9, 9]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "amod", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert doc[8].left_edge.i == 0  # the speaker's phrase runs over the quotation
    assert repair_parse(doc) == 1
    assert doc[2].head.i == 9 and doc[8].left_edge.i == 5
    assert [t.i for t in doc[9].children if t.dep_ == "punct" and t.i < 5] == [0, 3, 4]


def test_a_frame_read_as_a_participle_at_the_sentence_s_end_is_its_verb() -> None:
    doc = _parsed("The new pier will open in 2031, the transit board announced on Wednesday.")
    verb = next(t for t in doc if t.text == "announced")
    assert verb.dep_ == "acl"  # what the small model makes of it: "the board announced on Friday"
    assert repair_parse(doc) == 1
    assert (verb.dep_, verb.head.i) == ("ROOT", verb.i)
    assert {c.dep_: c.text for c in verb.children if c.dep_ in {"nsubj", "ccomp"}} == {
        "nsubj": "board", "ccomp": "open"
    }
    assert len(list(doc.sents)) == 1
    found = [(q.quote, q.speaker) for q in quotes.extract(doc.text, kinds="all") if q.kind == "reported"]
    assert found == [("The new pier will open in 2031", "transit board")]


@pytest.mark.parametrize(
    "text",
    [
        "We met the new chair, a woman appointed in May.",  # no speech verb
        "They read the new timetable, the one announced by the board.",  # its agent after it
        "The ferry runs daily, on the timetable announced last week by the board.",  # no comma before its noun
    ],
)
def test_a_participle_closing_a_sentence_without_being_a_frame_is_left_alone(text: str) -> None:
    doc = _parsed(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_that_clause_read_as_the_verb_s_object_is_its_clause() -> None:
    doc = _parsed("The study found that urban cats had, on average, teeth that were 3% longer than those of rural cats.")
    noun = next(t for t in doc if t.text == "teeth")
    assert noun.dep_ == "dobj"  # what the small model makes of it: "that … had" hung inside "crews"
    assert repair_parse(doc) == 1
    assert noun.dep_ == "ccomp"
    found = [q.quote for q in quotes.extract(doc.text, kinds="all") if q.kind == "reported"]
    assert found == ["that urban cats had, on average, teeth that were 3% longer than those of rural cats"]


def test_a_that_after_the_verb_s_object_is_left_alone() -> None:
    doc = _parsed("The study found teeth that were 3% longer than those of rural cats.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_subject_read_as_the_verb_s_adverb_before_its_clause_is_the_clause_s() -> None:
    doc = _parsed("He predicted next year would be harder.")
    year = doc[3]
    assert year.dep_ == "npadvmod"  # what the small model makes of it
    assert repair_parse(doc) == 1
    assert (year.dep_, year.head.text) == ("nsubj", "be")
    found = [q.quote for q in quotes.extract(doc.text, kinds="all") if q.kind == "reported"]
    assert found == ["next year would be harder"]


def test_a_time_before_a_clause_with_its_own_subject_is_left_alone() -> None:
    doc = _parsed("He said Monday the plan would fail.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_subject_read_as_a_clause_of_its_own_is_the_next_clause_s() -> None:
    doc = _parsed("Tomas Rian believes silt from the quarry has already damaged spawning beds.")
    assert doc[3].dep_ == "ccomp"  # what the small model makes of "silt"
    assert repair_parse(doc) == 1
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "damaged")


def test_a_subject_read_as_the_object_before_its_clause_is_the_clause_s() -> None:
    text = "Ana Folau released bank statements showing the trust had lost money."
    doc = _parsed(text)
    trust = next(t for t in doc if t.text == "trust")
    assert (trust.dep_, trust.head.text) == ("dobj", "showing")  # what the small model makes of it
    assert repair_parse(doc) == 1
    assert (trust.dep_, trust.head.text, trust.head.head.text) == ("nsubj", "lost", "showing")
    found = [q.quote for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == ["the trust had lost money"]


@pytest.mark.parametrize(
    "text",
    [
        "She sold the boat and had left the island by May.",  # a conjunct after "and", its subject hers
        "She sold the boat, had a rest and left.",
        "Records showing the losses were leaked.",  # the object's verb has its subject
    ],
)
def test_an_object_before_a_clause_of_its_own_is_left_alone(text: str) -> None:
    doc = _parsed(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_the_pieces_of_a_hyphened_word_read_apart_belong_to_its_last_piece() -> None:
    doc = _parsed("Tamsin Roe said pre-orders would open on Friday.")
    assert doc[3].head.i not in {4, 5}  # what the small model makes of "pre": a phrase of its own
    assert repair_parse(doc) == 1
    assert [(t.dep_, t.head.text) for t in doc[3:5]] == [("compound", "orders"), ("punct", "orders")]
    # read as a clause of its own, "pre" cut the content short
    text = (
        "Haneul Devices unveiled its new folding phone on Tuesday.\n\n"
        "Haneul said pre-orders would open on Friday in the United States."
    )
    found = [q.quote for q in quotes.extract(text, kinds="all") if q.cue == "said"]
    assert found == ["pre-orders would open on Friday in the United States"]


def test_a_hyphened_word_the_parse_reads_whole_is_left_alone() -> None:
    doc = _parsed("Her co-founder said the anti-fraud team would stay.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_name_read_as_a_second_subject_names_the_noun_before_it() -> None:
    text = "A reviewer for the technology site Gearbox said the tablet was the best in years."
    doc = _parsed(text)
    name = doc[6]
    assert (name.text, name.dep_) == ("Gearbox", "nsubj")  # what the small model makes of it
    assert repair_parse(doc) == 1
    assert (name.dep_, name.head.text) == ("appos", "site")
    assert [q.speaker_type for q in quotes.extract(text, kinds="all")] == ["anonymous"]


def test_a_role_read_as_the_sentence_s_verb_before_a_name_describes_the_name() -> None:
    doc = _parsed("Rangers coach Tamsin Reilly-Hart was blunter.")
    assert doc[1].tag_ in {"VB", "VBP"}  # what the small model makes of "coach"
    assert repair_parse(doc) == 1
    was = next(t for t in doc if t.text == "was")
    assert (was.dep_, doc[1].dep_) == ("ROOT", "compound")
    assert next(c.text for c in was.children if c.dep_ == "nsubj") == "Hart"


def test_a_role_read_as_a_verb_subject_before_a_name_describes_the_name() -> None:
    text = "But ecologist Dr Mereana Whitcombe, who surveyed the site, said the offsets would not help."
    doc = _parsed(text)
    assert (doc[1].tag_, doc[1].dep_) == ("VB", "nsubj")  # what the small model makes of "ecologist"
    repair_parse(doc)
    assert doc[1].dep_ == "compound"
    assert [q.speaker for q in quotes.extract(text, kinds="all")] == ["Mereana Whitcombe"]


def test_he_after_a_coach_named_with_the_team_is_the_coach() -> None:
    text = (
        "Port Allen led early behind forward Marcus Oyelaran. The Rangers went cold after that.\n\n"
        "Rangers coach Tamsin Reilly-Hart was blunter. She called the late-game execution “embarrassing”."
    )
    assert [q.speaker for q in quotes.extract(text, kinds="partial")] == ["Tamsin Reilly-Hart"]


def test_a_noun_after_an_empty_preposition_is_its_object_not_a_second_subject() -> None:
    text = "An audit carried out by the council after a major fire in 2020 warned that the exits were blocked."
    doc = _parsed(text)
    fire = doc[10]
    assert (fire.text, fire.dep_) == ("fire", "nsubj")  # what the small model makes of it
    assert repair_parse(doc) >= 1
    assert (fire.dep_, fire.head.text) == ("pobj", "after")
    assert doc[7].head.text == "carried"  # "after" goes with the participle before it


def test_a_document_s_speaker_is_not_a_noun_after_a_preposition_in_its_modifier() -> None:
    text = "A report commissioned by the county after a smaller flood in 2016 warned that the levee was weak."
    assert [(q.speaker, q.speaker_type) for q in quotes.extract(text, kinds="reported")] == [("report", "document")]


def test_a_verb_set_off_after_its_subject_before_a_closing_frame_is_the_reported_clause() -> None:
    text = "The teller, a part-time student, handed over the cash, detectives said."
    doc = _parsed(text)
    handed = next(t for t in doc if t.text == "handed")
    assert handed.dep_ == "acl"  # what the small model makes of it
    assert repair_parse(doc) >= 1
    assert (handed.dep_, handed.head.text) == ("ccomp", "said")
    (found,) = quotes.extract(text, kinds="reported")
    assert (found.speaker, found.quote) == ("detectives", "The teller, a part-time student, handed over the cash")


def test_a_participle_with_its_agent_before_a_speaking_subject_is_left_alone() -> None:
    text = "The report, written by the auditors, found that the fund had lost money, officials said."
    doc = _parsed(text)
    before = [(t.dep_, t.head.i) for t in doc if t.text == "written"]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc if t.text == "written"] == before


def test_a_that_clause_hung_inside_the_listeners_relative_clause_is_the_listener_verbs() -> None:
    text = "Sergeant Ines Morrow reminded hikers who planned to camp that the bridge might close overnight."
    found = [(q.speaker, q.quote) for q in quotes.extract(text, kinds="reported") if q.cue == "reminded"]
    assert found == [("Ines Morrow", "that the bridge might close overnight")]


def test_a_party_tag_set_off_after_a_name_is_no_subject() -> None:
    text = "Rep. Clara Marsh-Dupree, D-Northgate, said the levy would fail."
    doc = _parsed(text)
    assert any(t.text == "Northgate" and t.dep_ == "nsubj" for t in doc)  # what the small model makes of it
    repair_parse(doc)
    assert next(t for t in doc if t.text == "Northgate").dep_ == "appos"
    assert [q.speaker for q in quotes.extract(text, kinds="reported")] == ["Clara Marsh-Dupree"]


def test_the_speaker_set_off_after_an_opening_participle_phrase_is_the_subject() -> None:
    # as the small model parsed it: "Speaking …" the clausal subject, the economist an apposition
    # of the place the phrase ends with
    from spacy.tokens import Doc

    words = ["Speaking", "in", "Wexmoor", ",", "the", "chief", "economist", ",", "Ilse", "Brand", ",",
             "said", "prices", "had", "peaked", "."]  # fmt: skip
    heads = [11, 0, 1, 2, 6, 6, 2, 6, 9, 6, 2, 11, 14, 14, 11, 11]
    deps = ["csubj", "prep", "pobj", "punct", "det", "amod", "appos", "punct", "compound", "appos", "punct",
            "ROOT", "nsubj", "aux", "ccomp", "punct"]  # fmt: skip
    tags = ["VBG", "IN", "NNP", ",", "DT", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "NNS", "VBD", "VBN", "."]
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
           "NOUN", "AUX", "VERB", "PUNCT"]  # fmt: skip
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert repair_parse(doc) == 1
    assert (doc[6].dep_, doc[6].head.i) == ("nsubj", 11)
    assert (doc[0].dep_, doc[0].head.i) == ("advcl", 11)
    assert doc[10].head.i == 11  # the comma before the verb


def test_an_opening_participle_phrase_before_a_subject_of_its_own_is_left_alone() -> None:
    doc = _parsed("Speaking to reporters in Harlow, Mayor Jo Roe said the road would reopen.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her solicitor said Mr Penrose had since repaid the loan, had joined a debt advice scheme "
            "and had written to the bank.",
            "Mr Penrose had since repaid the loan, had joined a debt advice scheme and had written to the bank",
        ),
        (
            "The mayor said the road had reopened, had been resurfaced and would stay open.",
            "the road had reopened, had been resurfaced and would stay open",
        ),
    ],
)
def test_a_second_verb_with_no_subject_after_a_reported_clause_goes_on_with_it(text: str, content: str) -> None:
    found = [q.quote for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [content]


def test_a_second_clause_with_a_subject_of_its_own_stays_apart() -> None:
    text = "He said the plan had failed, and the board resigned."
    assert [q.quote for q in quotes.extract(text, kinds="all") if q.kind == "reported"] == ["the plan had failed"]


def test_a_past_verb_after_a_reported_clause_in_the_present_goes_on_the_frame() -> None:
    # as the small model parsed it in a longer sentence: "called" a conjunct of "regrets"
    from spacy.tokens import Doc

    words = ["Roe", "said", "that", "Ulm", "regrets", "the", "tariff", "and", "called", "on", "both", "sides", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 4, 4, 8, 11, 9, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "cc", "conj", "prep", "det", "pobj",
            "punct"]  # fmt: skip
    tags = ["NNP", "VBD", "IN", "NNP", "VBZ", "DT", "NN", "CC", "VBD", "IN", "DT", "NNS", "."]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "DET", "NOUN",
           "PUNCT"]  # fmt: skip
    lemmas = ["Roe", "say", "that", "Ulm", "regret", "the", "tariff", "and", "call", "on", "both", "side", "."]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert repair_parse(doc) == 1
    assert (doc[8].head.i, doc[7].head.i) == (1, 1)
    assert doc[4].right_edge.i == 6  # the reported clause ends at "tariff"


def test_a_past_verb_after_a_reported_clause_in_its_own_past_stays_with_it() -> None:
    doc = _parsed("Police said the men had fled and hid in the woods.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_past_verb_joined_deep_inside_what_was_told_goes_on_the_frame() -> None:
    doc = _parsed(
        'He told clients the kettle could help Pellbrook win back hotel customers and called the lid '
        '"a real step" over anything the firm had made before.'
    )
    called = next(t for t in doc if t.text == "called")
    told = next(t for t in doc if t.text == "told")
    repair_parse(doc)
    assert called.head.i == told.i


def test_a_noun_after_a_relative_clause_lacking_its_object_is_that_object() -> None:
    text = "Two coaches who have watched the Harriers this season disagreed, with one telling me the side lacks pace."
    found = [(q.speaker, q.cue) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert ("Harriers", "disagreed") not in found
    assert ("one of the coaches", "telling") in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pathologist said the rider would have died at once and was unlikely to have suffered.",
         "the rider would have died at once and was unlikely to have suffered"),
        ("He told officers he could not remember the crash but accepted it was him on the film.",
         "he could not remember the crash but accepted it was him on the film"),
    ],
)  # fmt: skip
def test_a_past_verb_after_a_reported_clause_in_the_past_or_with_a_modal_stays_in_it(text: str, content: str) -> None:
    assert next(q.quote for q in quotes.extract(text, kinds="all") if q.kind == "reported") == content


def test_a_participle_inside_the_subject_after_an_opening_phrase_is_left_alone() -> None:
    text = (
        "Speaking before the hearing, the officer leading the review, Tamsin Ode-Laurent, said: "
        "\u201cThe figures will improve by spring.\u201d"
    )
    q = next(q for q in quotes.extract(text, kinds="all") if q.kind == "direct")
    assert q.speaker == "Tamsin Ode-Laurent"
