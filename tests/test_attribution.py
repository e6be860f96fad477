"""Speaker attribution: each construction a reporter uses, in sentences written for these tests."""

from __future__ import annotations

import pytest

import quotes


def attribute(text: str, **meta: str) -> list[quotes.Quote]:
    return quotes.extract(text, kinds="direct,partial,scare", **meta)


def speaker_of(text: str, words: str, **meta: str) -> str | None:
    """The speaker of the quotation containing ``words``."""
    found = [q for q in attribute(text, **meta) if words in q.quote]
    assert found, f"no quotation containing {words!r}"
    return found[0].speaker


def one(text: str, words: str) -> quotes.Quote:
    found = [q for q in attribute(text) if words in q.quote]
    assert len(found) == 1, [q.quote for q in attribute(text)]
    return found[0]


# -- the cue in the quotation's own sentence ------------------------------------------------------


def test_quote_then_name_said():
    q = one('"The harbor will reopen next week," Mara Ellison said.', "harbor will reopen")
    assert q.speaker == "Mara Ellison"
    assert q.cue == "said"
    assert q.kind == "direct"
    assert q.speaker_mention == "Mara Ellison"


def test_said_then_name_with_apposition():
    text = '"We have counted every boat," said Ingrid Solberg, a spokeswoman for the port authority.'
    q = one(text, "counted every boat")
    assert q.speaker == "Ingrid Solberg"
    assert text[q.speaker_start : q.speaker_end] == q.speaker_mention


@pytest.mark.parametrize(
    "text",
    [
        'Tomas Varga said: "The bridge is safe for traffic again."',
        'Tomas Varga said, "The bridge is safe for traffic again."',
        'Tomas Varga told reporters that "the bridge is safe for traffic again."',
    ],
)
def test_name_said_then_quote(text):
    assert speaker_of(text, "bridge is safe") == "Tomas Varga"


def test_a_role_with_the_name_glued_after_it_is_one_mention_as_written():
    text = '"The wells are dry," said water board chairwoman Dr. Ilse Marrow.'
    q = one(text, "wells are dry")
    assert q.speaker == "Ilse Marrow"
    assert q.speaker_mention == "water board chairwoman Dr. Ilse Marrow"
    assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    q = one('"The wells are dry," said its chairwoman, Ilse Marrow.', "wells are dry")
    assert (q.speaker, q.speaker_mention) == ("Ilse Marrow", "its chairwoman")  # set off by a comma


def test_told_someone_the_speaker_is_the_subject_not_the_listener():
    text = 'Tomas Varga told Ingrid Solberg that "the bridge is safe for traffic again."'
    assert speaker_of(text, "bridge is safe") == "Tomas Varga"


def test_split_quotation_both_parts():
    text = '"The first phase is finished," Dalton Pryce said, "and the second begins in May."'
    qs = attribute(text)
    assert [q.speaker for q in qs] == ["Dalton Pryce", "Dalton Pryce"]


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ('"Nobody listens," Mara Ellison added.', "Nobody listens", "direct"),
        ('"We won," said Dalton Pryce.', "We won", "direct"),
        # said as a sentence of its own, verb or not, its frame outside it
        ('Mara Ellison waved. "Stay tuned," she said.', "Stay tuned", "direct"),
        ('Mara Ellison looked at the ruins. "Forty years in that house," she said.', "Forty years in that house", "direct"),
        ('"What a mess," said Dalton Pryce.', "What a mess", "direct"),
        ('Mara Ellison shrugged. "Exhausted," she said.', "Exhausted", "direct"),
        # or after its frame and a comma, ending its sentence inside the marks
        ('Dalton Pryce wrote, "Last orders. Every vote counts."', "Last orders", "direct"),
        ('Asked about the merger, Mara Ellison said, "No comment."', "No comment", "direct"),
        # woven into the writer's sentence
        ('Dalton Pryce called it "sheer folly" on Monday.', "sheer folly", "partial"),
        ('Dalton Pryce said "no" to the plan.', "no", "partial"),
        ('Dalton Pryce said the levy was, "A tax on hope."', "A tax on hope", "partial"),
    ],
)
def test_a_two_word_sentence_is_a_direct_quotation_a_two_word_fragment_is_not(text, words, kind):
    assert one(text, words).kind == kind


def test_partial_quotation_in_reported_speech():
    text = 'Dalton Pryce said that the council had been "remarkably patient" with the builders.'
    q = one(text, "remarkably patient")
    assert q.speaker == "Dalton Pryce"
    assert q.kind == "partial"


def test_a_speech_verb_the_parse_made_a_participle_of_a_noun_after_a_long_aside_is_the_names():
    text = (
        "Ines Harrow, who came fourth behind Pell in the county final and may now be given a medal, "
        'posted on social media: "Six years of work for this."'
    )
    q = one(text, "Six years")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Ines Harrow", "posted")


def test_a_name_particle_the_tagger_took_for_a_verb_is_no_cue():
    text = 'Marta dos Reis Lobo runs the trust. "The canal will be dredged by June," dos Reis Lobo told reporters.'
    q = one(text, "canal will be dredged")
    assert (q.speaker, q.cue) == ("Marta dos Reis Lobo", "told")


def test_partial_quotations_after_two_verbs_of_one_speaker_are_hers():
    # "went on" and "saying" both have Nell Pardoe as subject: the parse hangs the quoted clauses on
    # neither, but no one else in the sentence could have said them
    text = (
        "Nell Pardoe went on the attack against her rival on Friday, saying she would sell off the "
        'parks, her budget is "pure fiction" and she is a "menace" to the town.'
    )
    assert speaker_of(text, "pure fiction") == "Nell Pardoe"
    assert speaker_of(text, "menace") == "Nell Pardoe"


def test_a_partial_quotation_after_verbs_of_two_speakers_is_nobodys_by_the_sentence():
    text = (
        "Nell Pardoe went on the attack against Omar Quist, who argued on Friday that she would sell off "
        'the parks, her budget is "pure fiction" and she is a "menace" to the town.'
    )
    assert speaker_of(text, "pure fiction") is None


def test_partial_quotation_in_relative_clause():
    text = (
        'Mara Ellison criticised the new tolls, which she said were "a tax on the people who can least '
        'afford it."'
    )
    assert speaker_of(text, "a tax on the people") == "Mara Ellison"


def test_according_to():
    text = 'According to harbor master Olaf Brandt, "the channel is deep enough for the ferries."'
    assert speaker_of(text, "channel is deep") == "Olaf Brandt"


def test_organisation_reported():
    text = (
        'The shipyard will close "within a matter of weeks," the regional newspaper Coastal Gazette '
        "reported on Friday."
    )
    assert speaker_of(text, "within a matter of weeks") == "Coastal Gazette"


def test_said_in_a_statement():
    text = 'The Ministry of Fisheries said in a statement that "quotas will rise by a tenth next year."'
    assert speaker_of(text, "quotas will rise") == "Ministry of Fisheries"


def test_a_move_x_branded():
    text = (
        'The council raised parking fees by half, a move the Harbor Traders Association branded "reckless".'
    )
    assert speaker_of(text, "reckless") == "Harbor Traders Association"


def test_x_called_it():
    text = 'Ingrid Solberg called the plan "a gift to the developers."'
    assert speaker_of(text, "a gift to the developers") == "Ingrid Solberg"


def test_wrote_on_social_media():
    text = 'Olaf Brandt wrote on social media that "the ferries will run on Sunday after all."'
    assert speaker_of(text, "ferries will run") == "Olaf Brandt"


def test_accused_speaker_is_the_accuser():
    text = 'Mara Ellison accused Dalton Pryce of "hiding the true cost of the project."'
    assert speaker_of(text, "hiding the true cost") == "Mara Ellison"


@pytest.mark.parametrize(
    "verb",
    [
        "told the committee",
        "added",
        "stressed",
        "warned",
        "insisted",
        "reiterated",
        "acknowledged",
        "conceded",
        "noted",
        "argued",
        "explained",
        "wrote",
        "tweeted",
        "emphasized",
        "replied",
        "recalled",
        "urged",
        "vowed",
        "says",
        "has said",
        "declared",
        "complained",
        "predicted",
    ],
)
def test_speech_verbs_beyond_said(verb):
    text = f'"Nobody expected the river to rise so fast," Olaf Brandt {verb}.'
    assert speaker_of(text, "river to rise") == "Olaf Brandt"


def test_participle_adding_that():
    text = (
        'Ingrid Solberg said the port was "open for business," adding that new cranes would '
        '"double the capacity by spring."'
    )
    qs = attribute(text)
    assert [q.speaker for q in qs] == ["Ingrid Solberg", "Ingrid Solberg"]


def test_participle_saying():
    text = 'Dalton Pryce defended the budget on Monday, saying it was "the only honest option."'
    assert speaker_of(text, "the only honest option") == "Dalton Pryce"


# -- discourse ------------------------------------------------------------------------------------


def test_no_cue_takes_the_subject_of_the_sentence_before():
    text = (
        'Harbor master Olaf Brandt inspected the damaged pier on Tuesday. "The pilings are rotten '
        'through and the whole structure has to come down before winter."'
    )
    assert speaker_of(text, "pilings are rotten") == "Olaf Brandt"


def test_paragraph_of_quotation_continues_the_speaker():
    text = (
        '"We will rebuild the pier," Mara Ellison said.\n\n'
        '"It will take two years and most of the reserve fund, but the town cannot live without it."'
    )
    assert speaker_of(text, "two years") == "Mara Ellison"


def test_a_title_case_headline_with_a_full_stop_leaves_its_quotation_to_the_body():
    text = (
        "Ferry Chief Ada Marsh: ‘It Is Not A Reckless Idea’ To Ask For A Second Boat.\n\n"
        "The island council met on Monday to discuss the ferry.\n\n"
        '"A second boat is not a reckless idea," Ada Marsh told the council.'
    )
    assert [q.quote for q in attribute(text)] == ["A second boat is not a reckless idea,"]


def test_headline_quotation_is_left_to_the_body():
    # A headline shortens what the body quotes in full: the body's quotation is the record.
    text = (
        "Mayor: ‘The pier will be rebuilt before the summer season’\n\n"
        "The storm destroyed half of the old pier on Sunday night.\n\n"
        '"The pier will be rebuilt before the summer season," Mayor Mara Ellison said on Monday.'
    )
    qs = attribute(text)
    assert [(q.quote, q.speaker) for q in qs] == [
        ("The pier will be rebuilt before the summer season,", "Mara Ellison")
    ]
    # A text of one paragraph has no headline above a body: its quotation is kept.
    assert attribute("Mayor: ‘The pier will be rebuilt before the summer season’")


def test_standfirst_takes_the_speaker_of_the_same_words():
    text = (
        "Storm leaves the old pier in ruins\n\n"
        "“Nobody expected the river to rise so fast.”\n\n"
        "The river broke its banks on Sunday night and flooded the harbor district.\n\n"
        "“Nobody expected the river to rise so fast,” harbor master Olaf Brandt told reporters."
    )
    qs = attribute(text, title="Storm leaves the old pier in ruins")
    assert [q.speaker for q in qs] == ["Olaf Brandt", "Olaf Brandt"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Under the agreement signed last month, "moderate" members will chair the panel.', "moderate"),
        ('The town built a so-called "living shoreline" of reeds along the bay.', "living shoreline"),
        (
            'Under the pact agreed last week between the two towns, "rogue" boats will be required to leave.',
            "rogue",
        ),
        ('Engineers designed a "deconstruction" plan for the old pier.', "deconstruction"),
    ],
)
def test_scare_quotes_have_no_speaker(text, words):
    q = one(text, words)
    assert q.kind == "scare"
    assert q.speaker is None
    assert q.cue is None


def test_sentences_quoted_one_after_another_are_said_by_the_person_before() -> None:
    # no verb in the quoted words, but a sentence ends inside them: an utterance, not a label
    text = "Cup exit\n\nThe goalkeeper was blunt. “No. Next question.”"
    q = one(text, "Next question")
    assert (q.kind, q.speaker) == ("direct", "goalkeeper")
    # an abbreviation's full stop ends no sentence: a scare quote stays one
    q = one("The council ran a “Mr. Tidy Street” contest every spring.", "Mr. Tidy Street")
    assert (q.kind, q.speaker) == ("scare", None)


# -- who the mention is ---------------------------------------------------------------------------


def test_pronoun_to_the_person_who_spoke():
    text = (
        "Fisheries Minister Ingrid Solberg met the trawler crews on Monday.\n\n"
        '"The quotas are fair and they will stay," she said.'
    )
    q = one(text, "quotas are fair")
    assert q.speaker == "Ingrid Solberg"
    assert q.speaker_mention == "she"


def test_pronoun_is_not_a_person_merely_mentioned_in_a_subordinate_clause():
    text = (
        '"The harbor will stay open," Port Minister Dalton Pryce said.\n\n'
        "The minister also said that if union leader Olaf Brandt called a strike, he would be "
        'fired and the port would pay a "very heavy price."\n\n'
        '"We will not be held hostage by anyone," he warned.'
    )
    assert speaker_of(text, "held hostage") == "Dalton Pryce"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Mayor Ana Ruiz backed the "Buy Local" scheme on Monday.', "Buy Local"),
        ('Ana Ruiz said she had joined the "Save Our Piers" group.', "Save Our Piers"),
    ],
)
def test_a_name_in_quotation_marks_before_the_thing_it_names_is_no_quotation(text, words):
    q = one(text, words)
    assert (q.kind, q.speaker) == ("scare", None)


def test_a_quoted_label_a_speaker_gives_is_still_partial():
    q = one('Ana Ruiz called it a "Fake News" story.', "Fake News")
    assert (q.kind, q.speaker) == ("partial", "Ana Ruiz")


def test_pronoun_gender_from_title():
    text = (
        "Mrs. Mara Ellison and Mr. Tomas Varga opened the new bridge on Saturday.\n\n"
        '"This bridge joins two towns that have been apart for too long," she said.'
    )
    assert speaker_of(text, "joins two towns") == "Mara Ellison"


@pytest.mark.parametrize(
    ("intro", "mention"),
    [
        ("Prime Minister Ingrid Solberg", "the prime minister"),
        ("Mayor Ingrid Solberg", "the mayor"),
        ("Governor Ingrid Solberg", "the governor"),
        ("Ingrid Solberg, 47,", "the 47-year-old"),
        ("Ingrid Solberg, a spokeswoman for the port,", "the spokeswoman"),
    ],
)
def test_role_nouns_find_the_person_introduced_with_them(intro, mention):
    text = (
        f"{intro} visited the flooded district on Monday.\n\n"
        "Crews worked through the night to pump water out of the basements.\n\n"
        f'"Every family will be back home by Friday," {mention} said.'
    )
    assert speaker_of(text, "back home by Friday") == "Ingrid Solberg"


def test_surname_gets_the_fullest_name_and_titles_are_dropped():
    text = (
        "Army General Ingrid Solberg arrived at the base on Monday.\n\n"
        'Solberg said the drills were "going better than planned."'
    )
    q = one(text, "going better than planned")
    assert q.speaker == "Ingrid Solberg"
    assert q.speaker_mention == "Solberg"


def test_organisation_kept_whole_and_its_spokesperson():
    text = (
        'The Norwegian Coastal Administration also said on Friday it was "alarmed" by the spill.\n\n'
        '"Oil has reached the outer islands," said a Norwegian Coastal Administration spokeswoman. '
        '"Clean-up crews are on their way," she said.'
    )
    qs = attribute(text)
    assert qs[0].speaker == "Norwegian Coastal Administration"
    assert qs[1].speaker == "Norwegian Coastal Administration spokeswoman"
    assert qs[2].speaker == "Norwegian Coastal Administration spokeswoman"


def test_same_person_same_canonical_string_in_one_article():
    text = (
        "Harbor master Olaf Brandt said on Monday that the channel was clear.\n\n"
        '"The dredging is finished," Brandt said.\n\n'
        '"Ships can come in at any tide now," the harbor master added.\n\n'
        '"We are ready for the season," he said.'
    )
    speakers = {q.speaker for q in attribute(text)}
    assert speakers == {"Olaf Brandt"}


def test_mention_offsets_point_at_the_local_mention():
    text = 'Mara Ellison spoke first.\n\n"The budget is balanced," she said.'
    q = one(text, "budget is balanced")
    assert text[q.speaker_start : q.speaker_end] == "she"
    assert q.speaker == "Mara Ellison"
    assert 0 < q.confidence <= 1
    assert q.rule


def test_pronoun_goes_to_the_subject_of_the_sentence_before_not_an_earlier_speaker():
    text = (
        '"The tram line will pay for itself," Orla Venn said.\n\n'
        'Transport campaigner Dmitri Halloway disagreed. "Every delay makes the project dearer," he said.'
    )
    assert speaker_of(text, "Every delay") == "Dmitri Halloway"


def test_lowercase_description_before_a_name_is_not_part_of_it():
    text = '"The tide tables are wrong this month," said harbour master Wendel Cray.'
    assert speaker_of(text, "tide tables") == "Wendel Cray"


def test_cue_of_a_continuation_is_not_copied():
    text = '"The pier is safe," Mara Ellison said. "We tested every beam."'
    qs = attribute(text)
    assert qs[0].cue == "said"
    assert qs[1].speaker == "Mara Ellison" and qs[1].cue is None and qs[1].rule == "continuation"


def test_participle_after_a_quotation_does_not_replace_the_verb_before_it():
    text = (
        'Olaf Brandt said "the channel is clear," adding that the new buoys would "guide every ferry home."'
    )
    qs = attribute(text)
    assert [q.cue for q in qs] == ["said", "adding"]
    assert {q.speaker for q in qs} == {"Olaf Brandt"}


def test_continue_with_a_verb_is_not_a_speech_verb():
    text = 'Mara Ellison insisted that the town would continue to act "in the interest of every fisherman."'
    q = one(text, "in the interest")
    assert q.speaker == "Mara Ellison"
    assert q.cue == "insisted"


def test_according_to_a_name_after_a_dotted_company_name():
    text = 'According to Harbr.IO chief executive Lise Mork, "the app has found every free berth."'
    assert speaker_of(text, "found every free berth") == "Lise Mork"


def test_according_to_a_campaign_named_after_a_person():
    text = 'According to the Halvorsen campaign, "the rally will be held at the old ferry terminal."'
    assert speaker_of(text, "rally will be held") == "Halvorsen campaign"


def test_a_split_quotation_around_concluded():
    text = (
        'Helen Marsh spoke last. "We have one chance," Marsh concluded, "to keep the library open for '
        'the children of this town."'
    )
    assert speaker_of(text, "one chance") == "Helen Marsh"
    assert speaker_of(text, "keep the library open") == "Helen Marsh"


def test_talked_about_a_partial_quotation():
    text = (
        "Mayor Tomas Reyes spoke to the council on Monday. The mayor talked about the "
        '"quiet revolution" in the harbor district.'
    )
    assert speaker_of(text, "quiet revolution") == "Tomas Reyes"


def test_a_show_named_after_speaking_to_is_not_a_quotation_of_the_speaker():
    text = (
        'Senator Ada Quill spoke to "Morning Report" on Sunday about the budget. '
        'She said the plan was "dead on arrival."'
    )
    assert not [q for q in attribute(text) if "Morning Report" in q.quote and q.speaker]
    assert speaker_of(text, "dead on arrival") == "Ada Quill"


def test_discussed_a_quoted_term():
    text = 'Governor Lena Ortiz discussed the "fiscal cliff" with reporters on Tuesday.'
    assert speaker_of(text, "fiscal cliff") == "Lena Ortiz"


def test_a_show_named_before_discussed_is_not_a_quotation_of_the_speaker():
    text = 'On Monday\'s "Evening Desk," Councillor Rosa Brandt discussed the new parking rules.'
    assert not [q for q in attribute(text) if "Evening Desk" in q.quote and q.speaker]


def test_a_chance_to_talk_is_not_a_speaker():
    text = 'Nadia Vell said the fair gave the town a chance to talk about "a greener future" at last.'
    assert speaker_of(text, "greener future") != "chance"


def test_the_first_person_to_warn_is_a_speaker():
    text = 'The first engineer to warn about the dam called it "a disaster waiting to happen."'
    assert speaker_of(text, "disaster waiting") is not None


def test_inverted_frame_whose_quoted_word_the_parser_took_for_a_subject():
    # The parser makes the one quoted word a second subject of "wrote": the subject after it speaks.
    q = one('"Meh," wrote a council member.', "Meh")
    assert q.speaker_mention is not None and "council member" in q.speaker_mention
    assert q.kind == "direct"  # one word said as a sentence of its own, its frame outside it



def test_a_fragment_naming_what_someone_presents_as_is_theirs():
    text = "Councillor Ruth Okafor presented herself as an “outsider” candidate."
    q = one(text, "outsider")
    assert (q.kind, q.speaker) == ("partial", "Ruth Okafor")


def test_the_verb_whose_clause_holds_a_fragment_owns_it_not_a_cue_beside_it():
    # "applauded" stands right after the fragment, but the fragment is in the clause of "said"
    text = 'When Ada Okafor later spoke of the storm and said she would "rebuild every pier," the audience applauded warmly.'
    assert speaker_of(text, "rebuild every pier") == "Ada Okafor"


def test_an_adverb_opening_a_sentence_is_not_part_of_a_name():
    text = (
        "Maybe Reyes will win the seat. "
        'Reyes told the Courier that the mayor "had a crazy plan," adding that he would fight it.'
    )
    assert speaker_of(text, "crazy plan") == "Reyes"


def test_a_full_stop_inside_the_marks_does_not_lead_to_the_first_clause():
    text = "Tom Reyes refers to the mayor as “Madam Mayor,” while Ada Okafor refers to him as “Tommy.”"
    assert speaker_of(text, "Tommy") == "Ada Okafor"
    assert speaker_of(text, "Madam Mayor") == "Tom Reyes"


def test_whose_speaks_for_the_noun_of_its_clause():
    text = "Voters may back a councillor whose speeches “no parent would read aloud at dinner.”"
    q = one(text, "read aloud")
    assert q.speaker_mention == "whose" and q.speaker == "councillor"


def test_the_n_year_old_after_a_quotation_is_the_person_of_that_age():
    # the parse gives "said" no subject here: "the 43-year-old" is found by its place and its age
    text = (
        "Ferry pilot Tom Reyes, 61, spoke to the inquiry on Thursday. "
        "“Who warned us about the tide?” the 61-year-old said."
    )
    q = one(text, "Who warned")
    assert (q.speaker, q.rule) == ("Tom Reyes", "frame-after")


def test_a_description_before_a_name_with_an_apposition_is_not_part_of_it():
    text = "Chef Ada Okafor, a former nurse, spoke on Monday. “We will win,” said Okafor."
    assert speaker_of(text, "We will win") == "Ada Okafor"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a support verb's noun lends its clause the verb's subject
        ("The dock union made a point of saying the old pier “was a place of work and pride.”",
         "was a place of work", "dock union"),
        ("Ilse Marren credited the win to “a fair vote and a lot of patience.”", "a fair vote", "Ilse Marren"),
        # a claim noun put forward by a verb of voicing it
        ("Ilse Marren voiced a wish for a “strong and calm harbour” after the vote.", "strong and calm", "Ilse Marren"),
        # a phrasal speech verb whose particle the parse took for a preposition
        ("For now, the ferry company brushed off the fare rise as having “little” effect.", "little", "ferry company"),
    ],
)
def test_a_fragment_in_what_a_speech_act_puts_forward_is_the_speakers(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_quoted_words_the_parse_made_a_subject_leave_the_inverted_speaker():
    text = "“The ferry is gone. #Harbour,” tweeted a local fisher on Monday."
    records = quotes.extract(text, kinds="all")
    assert [(q.kind, q.speaker) for q in records] == [("direct", "local fisher")]


def test_a_document_the_tagger_made_an_adjective_before_a_verb_it_made_a_noun_still_speaks():
    text = "“If the board wants a ferry, it should pay for one,” the editorial read."
    assert speaker_of(text, "it should pay") == "editorial"


def test_a_finite_frame_verb_the_parse_hung_on_its_subject_still_frames():
    text = (
        "“Will the harbour master say the word flood? If not, he should go!” the likely council "
        "candidate, Tom Reyes, tweeted on Sunday."
    )
    assert speaker_of(text, "say the word flood") == "Tom Reyes"


def test_a_surname_alone_on_a_dashed_line_under_a_quotation_signs_it():
    text = "Ilse Marren runs the ferry. Tom Reyes runs the pier.\n\n“The storm took the old quay.”\n\n— Marren"
    q = one(text, "old quay")
    assert (q.speaker, q.rule) == ("Ilse Marren", "label-line")


def test_a_text_named_before_a_colon_is_the_source_of_the_quotation_after_it():
    text = (
        "Harbour chief Ada Marsh backs the strike. Her aides say she will speak on Monday. "
        "From Marsh’s blog post: “For the good of the island, we must end the strike now.”"
    )
    assert speaker_of(text, "For the good") == "Ada Marsh"
    text = "The audit took a year. From the report: “In general, ferries with more crew ran on time.”"
    assert speaker_of(text, "In general") == "report"


def test_a_possessive_ends_a_name():
    text = "From Marsh's blog post: “We must end the strike now.”"
    assert speaker_of(text, "end the strike") == "Marsh"


def test_a_conjoined_clause_keeps_the_subject_the_parse_hung_on_the_clause_before():
    text = (
        "If you question the levy, the Quay Gazette will brand you a crank and the Island Herald "
        "will accuse you of peddling a “wild rumour.”"
    )
    assert speaker_of(text, "wild rumour") == "Island Herald"


BODY = (
    "Ferry chief Ada Marsh spoke to the island council on Monday.\n\n"
    "“We will sail again in May,” Marsh said.\n\n"
)


def test_titles_in_a_list_of_links_on_lines_of_one_paragraph_are_no_quotations():
    text = BODY + (
        "More coverage: “Not One More Winter”: Islanders Wait for the Ferry\n"
        "More coverage: “We Were Never Told”: Voices From the Quay"
    )
    assert [q.quote for q in attribute(text)] == ["We will sail again in May,"]


def test_a_title_in_a_link_line_is_no_quotation_even_when_a_name_seems_to_follow_it():
    text = BODY + "Related: “Not Another Winter”: Families Wait for the Ferry"
    assert [q.quote for q in attribute(text)] == ["We will sail again in May,"]


def test_a_speaker_whose_name_the_tagger_made_a_common_noun_is_still_salient_for_a_pronoun():
    # "Engström’s message … was simple: “…”": the name is tagged a noun here, yet its speaker is who
    # "he" is two paragraphs on (an article of bench/frames.py)
    text = "".join([
        'What we know about the ambulance cuts\n\n',
        'SANTA ILVERA — Arvid Engström, the county’s water commissioner, last week called for an inquiry into cuts to the rural ambulance service.\n\n',
        'Fire Chief Wanjiru Horvath on Tuesday ordered an independent review of the ambulance cuts.\n\n',
        'The plan was approved in 2017 at an estimated cost of 49.4 million euros.\n\n',
        '“How many more warnings do we need?” Engström asked.\n\n',
        'The so-called “value for money” was unveiled in 2012.\n\n',
        'Horvath called the plan “a scandal in plain sight.”\n\n',
        'Horvath explained on Tuesday: “This is the biggest investment in Santa Ilvera in a generation.”\n\n',
        '“I have asked for a full report by March,” the commissioner told the board.\n\n',
        '“Frankly, the response has been too slow,” Horvath countered at the town hall meeting.\n\n',
        'Engström’s message to reporters was simple: “The old system was broken, and everyone knew it.”\n\n',
        'About 800 households live within a mile of the site.\n\n',
        'Asked about the cost, he stressed: “That is simply not true. Nobody is above the rules, least of all the people who wrote them.”',
    ])  # fmt: skip
    assert speaker_of(text, "That is simply not true") == "Arvid Engström"


def test_a_statement_from_a_body_whose_verb_the_tagger_made_a_noun_is_the_bodys():
    text = (
        "The Marlow Harbour Trust runs the ferry. A statement from the trust read: "
        "“These are not numbers on a spreadsheet.”"
    )
    q = one(text, "not numbers")
    assert (q.speaker, q.speaker_mention) == ("Marlow Harbour Trust", "trust")


def test_a_speech_frame_after_wins_over_a_belief_holding_the_quotation():
    text = "They want to “keep the ferry running all winter,” Bo Kent said."
    assert speaker_of(text, "keep the ferry") == "Bo Kent"


def test_the_second_half_of_a_quotation_split_by_its_frame_is_direct() -> None:
    text = "“We are sorry for the delays,” the ferry operator said, “but the new boat is safe.”"
    assert [q.kind for q in quotes.extract(text)] == ["direct", "direct"]
    # a title's full stop in the frame ends no sentence
    text = "“If the wind drops,” Mr. Halloran said, “the boats will sail. Nobody can promise more.”"
    assert [q.kind for q in quotes.extract(text)] == ["direct", "direct"]


def test_a_fragment_after_a_finished_quoted_sentence_stays_partial() -> None:
    text = "“We are sorry for the delays.” The operator later called the boat “safe.”"
    assert [q.kind for q in quotes.extract(text)] == ["direct", "partial"]


def test_quoted_words_with_a_verb_after_a_topic_preposition_are_the_speakers() -> None:
    # the parse makes "of" the mark of the quoted verb's clause, not a preposition
    (found,) = quotes.extract("Ilse Marr spoke of “warned the harbour board”.")
    assert (found.kind, found.speaker) == ("partial", "Ilse Marr")


def test_a_second_act_after_and_with_its_own_named_subject_owns_its_quotation() -> None:
    text = (
        "The federation warned the cap would discourage new construction, and its president, Tony Irwin, "
        'accused the province of "playing politics with housing".'
    )
    assert speaker_of(text, "playing politics with housing") == "Tony Irwin"
    # inside one reported clause the reporter keeps it
    assert speaker_of('Roe said the plan was "doomed" and the council "had failed".', "had failed") == "Roe"


def test_a_quotation_a_paper_quoted_someone_as_saying_is_that_persons() -> None:
    text = "Budget row\n\n“The budget is a fantasy,” the Hallam Star quoted one senior councillor as saying."
    (q,) = [q for q in quotes.extract(text) if "fantasy" in q.quote]
    assert (q.speaker, q.speaker_type) == ("one senior councillor", "anonymous")


def test_words_in_a_clause_on_a_thing_are_the_reporters_not_the_things() -> None:
    text = 'Court news\n\nJo Roe said her office would seek a sentence that reflected "the danger to the public."'
    (q,) = [q for q in quotes.extract(text) if q.quote.startswith("the danger")]
    assert q.speaker == "Jo Roe"
    # a thing that bears words keeps them
    text = 'Court news\n\nJo Roe said the protesters carried a banner that read "Save our ferry."'
    (q,) = [q for q in quotes.extract(text) if q.quote.startswith("Save")]
    assert q.speaker == "banner"


@pytest.mark.parametrize(
    "text",
    [
        # a second act set off by ", and", with a subject of its own
        "Ilse Brandt said the sales had fallen, and the chief executive warned of “a long winter”.",
        # the same, the parse taking the second clause for the first verb's content
        "The Harbour Trust said its takings had fallen 4 percent, and its chief executive warned that "
        "“there is no recovery in sight.”",
    ],
)
def test_a_quotation_in_a_second_act_after_and_is_its_own_subjects(text: str) -> None:
    (found,) = [q for q in attribute(text) if q.kind == "partial"]
    assert found.speaker_mention in {"the chief executive", "its chief executive"}


@pytest.mark.parametrize("noun", ["pals", "classmates", "teammates"])
def test_words_for_friends_are_people_who_speak(noun: str) -> None:
    (found,) = [q for q in attribute(f"One of her {noun} said the singer was “in good spirits” last night.")]
    assert (found.kind, found.speaker) == ("partial", f"One of her {noun}")


@pytest.mark.parametrize(
    "text",
    [
        "Flood watch\n\nBarangay captain Rodrigo “Digoy” Salonga said the river rose within an hour.",
        "Flood watch\n\n“It rose within an hour,” said Jo “The Hammer” Tallack, a fisherman.",
    ],
)
def test_a_nickname_in_quotation_marks_inside_a_name_is_no_one_s_words(text):
    found = quotes.extract(text, kinds="all")
    assert not [q for q in found if q.quote in {"Digoy", "The Hammer"}]
    (said,) = found  # the name read whole, and written as the article writes it
    assert said.speaker in {"Rodrigo Salonga", "Jo Tallack"}
    assert "“" in (said.speaker_mention or "")


def test_in_questions_and_answers_an_unmarked_turn_goes_back_to_the_one_before_last():
    text = (
        "Cross-examination\n\nThe defence began its questions on Tuesday.\n\n"
        "“Doctor, have you ever run a hospital?” asked Mara Pell.\n\n"
        "“No,” Ivo Tallack replied.\n\n"
        "“And none of those twenty clinics was profitable, correct?”\n\n"
        "“Correct.”"
    )
    found = {q.quote.rstrip(".,"): q.speaker for q in quotes.extract(text, kinds="direct,partial")}
    assert found["And none of those twenty clinics was profitable, correct?"] == "Mara Pell"
    assert found["Correct"] == "Ivo Tallack"
    # no question asked: the last speaker goes on
    text = (
        "Ruling\n\nThe court ruled on Tuesday.\n\n“We will appeal,” said Mara Pell.\n\n"
        "“It is a disgrace,” said Ivo Tallack.\n\n“The ruling ignores the evidence.”"
    )
    found = {q.quote.rstrip(".,"): q.speaker for q in quotes.extract(text, kinds="direct,partial")}
    assert found["The ruling ignores the evidence"] == "Ivo Tallack"


def test_a_statement_ending_in_a_question_starts_no_exchange():
    text = (
        "Market move\n\nThe council met on Monday.\n\n"
        "According to Harlow Dredging, “We have changed the plan. Why were residents told nothing?”\n\n"
        "Asked about the cost, Mara Pell countered: “The timetable was always too ambitious.”\n\n"
        "“Who is going to pay for this?”"
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="direct,partial")}
    assert found["Who is going to pay for this?"] == "Mara Pell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Whitcombe said on the network’s “Harbour Hour” that the bill was rushed.",
        "Ada Whitcombe told “Morning Harbour” she would vote no.",
        "In an interview with “Face the Harbour,” Ada Whitcombe said she was tired.",
    ],
)
def test_a_programme_named_where_someone_spoke_is_no_quotation_of_theirs(sentence: str) -> None:
    text = f"The senator spoke on Sunday.\n\n{sentence}"
    marked = [q for q in quotes.extract(text, kinds="direct,partial,scare") if q.kind != "reported"]
    assert [(q.kind, q.speaker) for q in marked] == [("scare", None)]


def test_title_case_words_a_speaker_says_on_a_platform_stay_theirs() -> None:
    text = "The senator spoke on Sunday.\n\nAda Whitcombe said on her blog that the bill was “A Total Disgrace.”"
    (q,) = quotes.extract(text, kinds="direct,partial,scare")
    assert (q.kind, q.speaker) == ("partial", "Ada Whitcombe")


@pytest.mark.parametrize("noun", ["a group called the", "a charity named", "an association called"])
def test_the_name_a_body_goes_by_is_no_quotation_nor_content(noun: str) -> None:
    text = f"The ferry ran aground at dawn.\n\nIlse Brandt founded {noun} “Harbour Watch Forum” in May."
    found = quotes.extract(text, kinds="all")
    assert [(q.kind, q.speaker) for q in found] == [("scare", None)]


def test_words_a_named_person_calls_something_stay_theirs() -> None:
    text = "The ferry ran aground at dawn.\n\nThe plan, called “a disgrace” by Ilse Brandt, was dropped."
    (q,) = [q for q in quotes.extract(text, kinds="direct,partial,scare")]
    assert (q.kind, q.speaker) == ("partial", "Ilse Brandt")


def test_a_quotation_in_the_clause_before_a_semicolon_is_that_clauses_speakers() -> None:
    q = one('Critics have called the ferry plan "reckless"; Dalton Pryce calls it overdue.', "reckless")
    assert (q.speaker, q.cue) == ("Critics", "called")


@pytest.mark.parametrize(
    "text",
    [
        'One reader, who posts as "harbour_gull", wrote that the ferry was late again.',
        'A reader known as "Gull" wrote that the ferry was late again.',
        'A reader with the username "harbour_gull" wrote that the ferry was late again.',
    ],
)
def test_a_name_someone_goes_by_in_quotation_marks_is_no_one_s_words(text: str) -> None:
    found = [(q.kind, q.speaker) for q in quotes.extract(text, kinds="direct,partial,scare")]
    assert found == [("scare", None)]


def test_a_named_medium_of_a_verb_of_saying_is_not_the_speaker():
    # the parse reads "that" as a relative pronoun of "message", the quotation's clause inside it
    text = 'Ilona Brisk said in a Signal message that the mayor would "reply in due course".'
    found = [(q.kind, q.speaker) for q in quotes.extract(text, kinds="all")]
    assert ("partial", "Ilona Brisk") in found and all(speaker == "Ilona Brisk" for _, speaker in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aldermen debated a petition urging the council to reopen the pool.", "petition"),
        ("The panel rejected a letter claiming that the count was flawed.", "letter"),
        # who put the text out speaks through it
        ("Parents signed a letter warning that the crossing was unsafe.", "Parents"),
    ],
)
def test_a_text_speaks_for_itself_when_its_handlers_did_not_write_it(text: str, speaker: str):
    found = [q.speaker for q in quotes.extract(text, kinds="reported") if q.cue in {"urging", "claiming", "warning"}]
    assert found == [speaker]
