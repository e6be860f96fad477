"""Reported speech: records of kind ``reported``, one construction a test, in sentences of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import quotes
from quotes.compare import compare
from quotes.compare.relations import render_diff
from quotes.records import Quote


def reported(text: str) -> list[Quote]:
    return [q for q in quotes.extract(text, kinds="all") if q.kind == "reported"]


def one(text: str) -> Quote:
    found = reported(text)
    assert len(found) == 1, [(q.quote, q.speaker) for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue_class"),
    [
        # a speech verb's clause, with and without "that"
        ("Mayor Ilse Brandt said the ferry would run again in May.", "the ferry would run again in May",
         "Ilse Brandt", "speech"),
        ("Ilse Brandt told reporters that the ferry would run again in May.",
         "that the ferry would run again in May", "Ilse Brandt", "speech"),
        # the source after the content
        ("The ferry will run again in May, Ilse Brandt said on Tuesday.", "The ferry will run again in May",
         "Ilse Brandt", "speech"),
        # a verb of belief and one of knowledge
        ("Ilse Brandt believes the ferry is safe.", "the ferry is safe", "Ilse Brandt", "belief"),
        ("Inspector Teodor Marsh has learned that the boat was sold.", "that the boat was sold",
         "Teodor Marsh", "knowledge"),
        # an infinitive and its object
        ("Ilse Brandt urged the council to buy a second boat.", "the council to buy a second boat",
         "Ilse Brandt", "speech"),
        # a speech act and its object, and one with a preposition
        ("Ilse Brandt denied the rumours about the sale.", "the rumours about the sale", "Ilse Brandt", "speech"),
        ("Ilse Brandt called for a review of the timetable.", "a review of the timetable", "Ilse Brandt",
         "speech"),
        # an attitude towards something, or a vision of it
        ("Many island farmers distrust the ferry board.", "the ferry board", "Many island farmers", "belief"),
        ("The mayor envisions a second pier by 2030.", "a second pier", "mayor", "belief"),
        # a stance held by someone, not a speech verb: endorsing, declining, an adjective of certainty
        ("Ilse Brandt endorsed the harbour plan on Monday.", "the harbour plan", "Ilse Brandt", "speech"),
        ("The ferry company declined to comment on the sale.", "to comment on the sale", "ferry company",
         "speech"),
        ("Ilse Brandt is confident that the ferry will run in May.", "that the ferry will run in May",
         "Ilse Brandt", "belief"),
        # a passive with its agent, and a stance noun with its owner
        ("The harbour plan was rejected by the island council.", "The harbour plan", "island council",
         "speech"),
        ("Ilse Brandt's support for the harbour plan surprised many.", "the harbour plan", "Ilse Brandt",
         "speech"),
    ],
)  # fmt: skip
def test_a_reported_content_and_its_speaker(text: str, content: str, speaker: str, cue_class: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.cue_class) == (content, speaker, cue_class)
    assert text[q.start : q.end] == content
    assert text[q.speaker_start : q.speaker_end] == q.speaker_mention


def test_according_to_gives_the_clause_without_the_source_phrase() -> None:
    q = one("According to the harbour authority, the pier will close for a month.")
    assert q.quote == "the pier will close for a month"
    assert q.cue == "according to" and q.speaker_type == "organisation"


def test_according_to_closing_a_sentence_the_parse_made_its_head_sources_the_sentence() -> None:
    # "report" read as a noun, the whole sentence hung on "according"
    text = (
        "Naps\n\nThe trial found no link between naps and memory, which the team said was a surprise.\n\n"
        "Around a third of adults over 65 report napping regularly, according to previous surveys."
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found["Around a third of adults over 65 report napping regularly"] == "previous surveys"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A former bursar has been charged with taking 40,000 pounds from the school, police allege.",
         "A former bursar has been charged with taking 40,000 pounds from the school", "police"),
        ("The bursar moved the money to his own account, staff allege.",
         "The bursar moved the money to his own account", "staff"),
    ],
)  # fmt: skip
def test_a_source_last_frame_whose_verb_the_tagger_made_a_noun(text: str, content: str, speaker: str) -> None:
    # "police allege" read as a noun phrase, "allege" its head: still a source and its verb
    q = one(text)
    assert (q.quote, q.speaker, q.cue) == (content, speaker, "allege")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The prosecution is expected to argue that the bursar should be denied bail.", "prosecution"),
        ("The defence is likely to claim that the search was unlawful.", "defence"),
    ],
)
def test_a_party_to_a_trial_speaks_as_a_body_through_a_verb_above_its_own(text: str, speaker: str) -> None:
    # the subject of "is expected", speaking through "to argue": a body that speaks, as "the campaign"
    q = one(text)
    assert (q.speaker, q.speaker_type) == (speaker, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "The bursar kept two ledgers, both false records.",
        "The strike ended in May, after three union demands.",
    ],
)
def test_a_noun_phrase_closing_a_sentence_after_a_comma_is_no_frame(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # closing the sentence: both clauses, not only the one the parse hangs the phrase on
        ("The ferry company raised 2.7 million pounds from donors since May, while the bridge fund has "
         "raised 6 million, according to new council research.",
         "The ferry company raised 2.7 million pounds from donors since May, while the bridge fund has "
         "raised 6 million"),
        ("The ferry carried 400 passengers, while the bridge saw fewer cars, according to the council.",
         "The ferry carried 400 passengers, while the bridge saw fewer cars"),
        # opening it: the main clause with its trailing absolute phrase
        ("According to the harbour authority, the ferry carried 400 passengers, with ten crossings left.",
         "the ferry carried 400 passengers, with ten crossings left"),
    ],
)  # fmt: skip
def test_a_source_phrase_at_the_edge_of_a_sentence_sources_all_of_it(text: str, content: str) -> None:
    assert one(text).quote == content


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue_class", "speaker_type"),
    [
        # a text, a count or a rule opening the sentence
        ("In a new study, most nurses on the island earn less than they did in 2019.",
         "most nurses on the island earn less than they did in 2019", "new study", "knowledge", "document"),
        ("By the union’s count, 3,000 dock workers walked out on Monday.",
         "3,000 dock workers walked out on Monday", "union", "knowledge", "organisation"),
        # (a count with no one's name on it is the count's)
        ("By one count, 3,000 dock workers walked out on Monday.",
         "3,000 dock workers walked out on Monday", "one count", "knowledge", "document"),
        ("Under the new rule, ferry fares will rise by a third in April.",
         "ferry fares will rise by a third in April", "new rule", "knowledge", "document"),
        # one poll, wherever it stands
        ("Tomas Lind trails Ada Okafor by nine points in the latest harbour poll.",
         "Tomas Lind trails Ada Okafor by nine points", "latest harbour poll", "knowledge", "document"),
        # people's view
        ("To the ferry captains, the new timetable was an insult.", "the new timetable was an insult",
         "ferry captains", "belief", "anonymous"),
    ],
)  # fmt: skip
def test_a_phrase_that_frames_a_clause_sources_it(
    text: str, content: str, speaker: str, cue_class: str, speaker_type: str
) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.cue_class, q.speaker_type) == (content, speaker, cue_class, speaker_type)
    assert q.rule == "source-frame" and text[q.start : q.end] == content


@pytest.mark.parametrize(
    "text",
    [
        "For years, the old pier has been closed to visitors.",  # a time
        "To be sure, the old pier needs a new roof.",  # no one's view
        "For many islanders, the new ferry timetable is a disaster.",  # "for": a topic as often as a view
        "The ferry operator rose steadily in the polls.",  # polls in general, not one poll
        "Errors in the harbour report were fixed last week.",  # a report as a place, inside a noun phrase
        "For the study, researchers weighed 900 harbour seals.",  # a purpose
    ],
)
def test_a_phrase_that_frames_nothing_sources_nothing(text: str) -> None:
    assert not [q for q in reported(text) if q.rule == "source-frame"]


def test_a_framing_phrase_leaves_a_clause_with_its_own_speech_verb_to_that_verb() -> None:
    q = one("In a letter, the harbour master said the pier would close in May.")
    assert (q.quote, q.speaker, q.rule) == (
        "the pier would close in May",
        "harbour master",
        "reported-clause",
    )


def test_a_source_phrase_inside_a_sentence_sources_its_own_clause() -> None:
    text = "The ferry carried 400 passengers, according to the council, and the bridge closed in June."
    assert one(text).quote == "The ferry carried 400 passengers"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the speaker's second act of speech is not part of the first one's content
        ("Jo Hart says she admires the mayor and calls her a tireless worker.",
         ["she admires the mayor", "her a tireless worker"]),
        # another source's words set against the first
        ("Jo Hart said the ferry plan had worked, while other islanders said it had failed.",
         ["the ferry plan had worked", "it had failed"]),
        # but a second clause of the content, and a state it goes on to report, stay in it
        ("Jo Hart said that the pier was safe but that the ferry was not.",
         ["that the pier was safe but that the ferry was not"]),
        ("Jo Hart said she was relieved but feared another storm.", ["she was relieved but feared another storm"]),
        ("A cousin of the rider told reporters that he was “bruised” but determined to race again.",
         ["that he was “bruised” but determined to race again"]),
    ],
)  # fmt: skip
def test_a_content_clause_stops_at_the_next_act_of_speech(text: str, contents: list[str]) -> None:
    # (the attitude inside the content, "admires the mayor", is a record of its own, left out here)
    assert [q.quote for q in reported(text) if q.cue != "admires"] == contents


@pytest.mark.parametrize(
    "text",
    [
        # the writer's hedge on a dummy "it"
        "It is difficult to predict how the vote will go.",
        "It's safe to say the mayor is angry.",
        # "per" before a bare noun is a rate
        "The mayor earned thousands of dollars per speech before the race.",
        # a verb that needs an object, passive without it: the noun before it is the one accused
        "A nurse accused of stealing painkillers from the ward has been suspended.",
        "The coach, criticised for resting his best players, kept his job.",
        # no one responding says nothing
        "Neither the mayor nor her deputy responded to requests for comment on Friday.",
        "No one at the club responded to requests for comment.",
        # a request for words is no words; calling someone on the phone names nothing
        "The paper sought comment from the harbour board.",
        "The mayor called the minister twice last week.",
        "No one from the club had called him by Friday, and he has since moved on.",
        "The judge called the witness to testify.",
        # "dismissed" a person: fired, not a claim rejected
        "The club dismissed its coach on Sunday.",
        # a message sent to someone: the one it went to, not its words
        "A junior clerk had emailed him twice about the leak.",
        "Dana Pruitt texted the harbour master on Monday night.",
        # how the speaker was, set off after the frame of a quotation
        '“We lost everything,” Amara Bellweather said, her voice breaking.',
        '"We lost the house," Tom Hale told reporters, his eyes red.',
        # a person believed or trusted: no view held
        "Few islanders believe him.",
        "Most traders trust the harbour master.",
        # an event witnessed: a bare verb after a verb of perception
        "Ilse Brandt went to hear the harbour master speak last week.",
        # a scene come upon: a present participle after a verb of finding, its subject an object pronoun
        "Lifeguards found him clinging to a buoy off the point.",
        "The nurses discovered them sleeping in the corridor.",
    ],
)
def test_no_one_reports_these(text: str) -> None:
    assert reported(text) == []


def test_a_study_finds_people_doing_something() -> None:
    # a finding with a participle: only an object pronoun marks a scene ("found him clinging")
    found = reported("A survey by the port authority found most skippers backing the new levy.")
    assert ("most skippers backing the new levy", "document") in [(q.quote, q.speaker_type) for q in found]
    # nor a reflexive one: where she finds herself is where she stands
    found = reported("Ilse Brandt now finds herself backing the levy she once opposed.")
    assert [q.quote for q in found if q.cue == "finds"] == ["herself backing the levy she once opposed"]


def test_a_participle_after_a_clause_that_follows_a_passive_is_that_clause_s() -> None:
    # those moved did nothing: the participle after the comma goes with the clause before it
    text = ("Hundreds of campers were moved inland after the coastguard raised its alert, warning "
            "that a storm could hit within hours.")
    assert [(q.speaker, q.cue) for q in reported(text) if q.cue == "warning"] == [("coastguard", "warning")]
    # with no clause between, the ones moved say it
    q = one("The players were sent off, complaining that the pitch was unsafe.")
    assert q.speaker == "players"


def test_the_condition_of_a_reported_promise_is_part_of_it() -> None:
    # the parse hangs "yes" and the "if" clause on the verb of saying
    q = one("Mr Ruru told the Gazette that he would vote yes if the traffic figures hold up.")
    assert q.quote == "that he would vote yes if the traffic figures hold up"


def test_what_an_expressed_stance_is_with_is_part_of_it() -> None:
    q = one("The dockers' guild has expressed solidarity with the striking pilots.")
    assert q.quote == "solidarity with the striking pilots"


def test_without_giving_more_after_the_content_is_how_it_was_said() -> None:
    found = reported("Ilse Brandt said the port would announce new fees this week, without giving a figure.")
    assert [q.quote for q in found if q.cue == "said"] == ["the port would announce new fees this week"]
    # what the content itself says happens without something stays in it
    q = one("Ilse Brandt said the harbour could expand without raising fees.")
    assert q.quote == "the harbour could expand without raising fees"


def test_a_list_of_acts_the_content_goes_on_with_is_part_of_it() -> None:
    # (the parse makes the second act a clause of "said" of its own, with no subject)
    q = one("Sergeant Ana Rua said the men entered the shop, threatened the owner and left with cash.")
    assert q.quote == "the men entered the shop, threatened the owner and left with cash"


def test_their_stance_is_the_group_s_whose_clause_it_is_in() -> None:
    found = reported("Ilse Brandt said a deal was near, but only if the big lenders drop their insistence on fees.")
    assert [q.speaker for q in found if q.cue == "insistence"] == ["big lenders"]


def test_a_clause_with_no_word_to_join_it_is_inside_the_content() -> None:
    q = one("Analysts believe the strike could cost the studio 1.5 million dollars for every week the cameras are dark.")
    assert q.quote == "the strike could cost the studio 1.5 million dollars for every week the cameras are dark"


def test_a_topic_fronted_before_the_source_is_no_one_asked() -> None:
    found = reported("On the audit, Amira Haddad declined to go into details, saying only that staff were helping.")
    assert [q.quote for q in found if q.cue == "declined"] == ["to go into details"]


@pytest.mark.parametrize("text", ["Ms Vell won the county by 10 points, according to our analysis.",
                                  "Turnout fell by a third in the county, our analysis shows."])
def test_the_writer_s_own_analysis_speaks_as_written(text: str) -> None:
    q = one(text)
    assert (q.speaker, q.speaker_type) == ("our analysis", "document")


def test_findings_that_suggest_something_are_a_document() -> None:
    q = one("The findings, published in a journal on Monday, suggest the reef is recovering.")
    assert (q.quote, q.speaker, q.speaker_type) == ("the reef is recovering", "findings", "document")


def test_per_with_a_determiner_is_a_source() -> None:
    q = one("Per the statement, the pier will close.")
    assert (q.quote, q.speaker_type) == ("the pier will close", "document")


@pytest.mark.parametrize("text", ["The charge sheet states that the pier was set alight.",
                                  "According to an affidavit, the pier was set alight.",
                                  "According to official statistics, the pier was set alight twice."])
def test_court_papers_are_documents(text: str) -> None:
    assert one(text).speaker_type == "document"


def test_a_clause_past_an_inverted_subject_is_not_its_content() -> None:
    text = "“We built it to last,” said Ann Lee, chair of the board, who co-developed the system with the university."
    assert reported(text) == []
    q = one("Asked by Ann Lee whether she had practised, the mayor smiled.")
    assert (q.quote, q.speaker) == ("whether she had practised", "Ann Lee")


def test_a_cue_inside_the_clause_leaves_two_pieces() -> None:
    text = "The new timetable, officials said, will start in June."
    q = one(text)
    assert [text[s:e] for s, e in q.parts] == ["The new timetable", "will start in June"]
    assert q.quote == "The new timetable will start in June"
    assert q.speaker_type == "anonymous"


def test_a_speech_noun_and_its_clause() -> None:
    q = one("Ilse Brandt repeated her claim that the boat was never insured.")
    assert q.quote == "that the boat was never insured"
    assert q.speaker == "Ilse Brandt"


def test_a_share_of_people_asked_speaks_as_written() -> None:
    q = one("Nearly two-thirds of island voters said the ferry should stay public.")
    assert (q.speaker, q.speaker_type) == ("Nearly two-thirds of island voters", "anonymous")
    assert q.quote == "the ferry should stay public"


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Some 62% of the tenants said they expected rents to rise.", "Some 62% of the tenants"),
        ("Two-thirds of the members said they expected the strike to fail.", "Two-thirds of the members"),
    ],
)
def test_a_share_in_a_paragraph_no_recogniser_reads_speaks_with_its_group_and_its_they_is_it(
    sentence: str, share: str
) -> None:
    text = f"Landlords polled by the council were gloomy.\n\n{sentence}"
    found = [q for q in quotes.extract(text, kinds="reported") if q.cue in {"said", "expected"}]
    assert [(q.cue, q.speaker, q.speaker_mention) for q in found] == [
        ("said", share, share),
        ("expected", share, "they"),
    ]


def test_a_share_given_twice_speaks_once() -> None:
    q = one("A third of renters, 33%, said the ferry should stay public.")
    assert q.speaker == q.speaker_mention == "A third of renters"


def test_all_of_a_sudden_is_no_group_of_people() -> None:
    from quotes.nlp.mentions import mention_for
    from quotes.nlp.model import load_model

    doc = load_model()("All of a sudden the harbour went quiet.")
    assert mention_for(doc[0]).span.text == "All"


def test_a_thing_holds_no_stance() -> None:
    assert reported("Rising costs favour the larger ferry company.") == []


def test_a_time_after_a_preposition_is_no_content() -> None:
    assert reported("The ferry company reported on Tuesday.") == []


def test_a_pronoun_speaker_resolves_to_the_full_name() -> None:
    text = "Ilse Brandt arrived late to the meeting.\n\nShe said the talks had failed."
    q = one(text)
    assert (q.speaker, q.speaker_mention) == ("Ilse Brandt", "She")


def test_unnamed_sources_and_documents_are_kept_as_written_with_their_type() -> None:
    (official,) = reported("A senior official said the talks had stalled.")
    assert (official.speaker, official.speaker_type) == ("senior official", "anonymous")
    (report,) = reported("The audit found that the fund had lost money.")
    assert report.speaker_type == "document"


def test_a_role_whose_gerund_the_parse_read_as_a_clause_is_kept_whole() -> None:
    # "casting" parsed as a clause of "veteran" with "agent" its object: a bare singular noun is no object
    (q,) = reported("A veteran casting agent said the studio would close by spring.")
    assert (q.speaker, q.speaker_mention) == ("veteran casting agent", "A veteran casting agent")
    (q,) = reported("A woman helping refugees said the camp was full.")
    assert q.speaker == "woman"  # a real clause, its object plural: the woman helps them


def test_a_name_set_off_by_a_comma_before_the_speaker_is_not_part_of_the_mention() -> None:
    # the parse hung "the Courier" on the minister's name: the mention as written starts after its comma
    q = one("In an interview with the Courier, Finance Minister Helena Marrick discussed the coming budget.")
    assert (q.speaker, q.speaker_mention) == ("Helena Marrick", "Finance Minister Helena Marrick")


def test_an_unnamed_source_stays_anonymous_when_a_pronoun_refers_to_it() -> None:
    found = reported("A harbour spokeswoman said the pier would close in May. She added that fares would rise.")
    assert [(q.speaker, q.speaker_type) for q in found] == [("harbour spokeswoman", "anonymous")] * 2


def test_partly_quoted_content_links_the_quotation_to_its_clause() -> None:
    text = "Ilse Brandt said the sale was “a betrayal” of the island."
    records = quotes.extract(text, kinds="all")
    clause = next(q for q in records if q.kind == "reported")
    partial = next(q for q in records if q.kind == "partial")
    assert clause.quote == "the sale was “a betrayal” of the island"
    assert partial.within == [clause.start, clause.end]


def test_a_partial_quotation_takes_the_cue_of_the_clause_that_holds_it() -> None:
    # the participle after the quotation frames her next point, not the quoted words
    text = "Ilse Brandt dismissed the plan as “too little, too late”, arguing that the pier needed rebuilding."
    records = quotes.extract(text, kinds="all")
    partial = next(q for q in records if q.kind == "partial")
    assert (partial.quote, partial.speaker, partial.cue) == ("too little, too late", "Ilse Brandt", "dismissed")


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brandt said: “The ferry will run again in May.”",
        "Ilse Brandt said that “the ferry will run again in May.”",
        "“The ferry will run again in May,” Ilse Brandt said.",
    ],
)
def test_content_wholly_in_quotation_marks_is_a_quotation_only(text: str) -> None:
    assert reported(text) == []
    assert len(quotes.extract(text, kinds="all")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brandt saw the boat in the harbour.",  # seeing a thing reports nothing
        "Ilse Brandt told reporters on the pier.",  # a listener, no content
        "The ferry will run again in May.",  # no cue
        "Ilse Brandt wrote a book about the island.",  # a work, not a statement
    ],
)
def test_no_reported_content_without_a_cue_and_its_content(text: str) -> None:
    assert reported(text) == []


def test_kinds_choose_the_records() -> None:
    text = "Ilse Brandt said the sale was “a betrayal” of the island. The “harbour first” crowd cheered."
    assert [q.kind for q in quotes.extract(text)] == ["partial", "scare"]  # quotation marks by default
    assert {q.kind for q in quotes.extract(text, kinds="all")} == {"partial", "reported", "scare"}
    assert {q.kind for q in quotes.extract(text, kinds="partial")} == {"partial"}
    assert {q.kind for q in quotes.extract(text, kinds=["reported"])} == {"reported"}
    with pytest.raises(ValueError, match="unknown kind 'indirect'"):
        quotes.extract(text, kinds="direct,indirect")


def _paraphrase_versions(reference: str, paraphrase: str) -> list[tuple[str, list[str]]]:
    one_outlet = quotes.extract(
        f"“{reference}” Ilse Brandt said.", outlet="Harbour Post", published="2025-05-02"
    )
    other = quotes.extract(
        f"Ilse Brandt said {paraphrase}.", outlet="Island Herald", published="2025-05-03", kinds="all"
    )
    statements = compare(one_outlet + other)
    versions = [
        (v.relation, v.reasons) for st in statements for v in st.versions if v.outlet == "Island Herald"
    ]
    return versions


def test_a_faithful_paraphrase_joins_the_statement_it_reports() -> None:
    versions = _paraphrase_versions(
        "The ferry will run again in May and the fares will stay the same.",
        "the ferry would run again in May and fares would stay the same",
    )
    assert [relation for relation, _ in versions] == ["reported"]


def test_a_paraphrase_that_reverses_the_statement_is_altered() -> None:
    versions = _paraphrase_versions(
        "The ferry will run again in May and the fares will stay the same.",
        "the ferry would not run again in May and fares would stay the same",
    )
    assert versions == [("altered", ["negation added in a paraphrase", versions[0][1][-1]])]


@pytest.mark.parametrize(
    ("reference", "paraphrase", "reason"),
    [
        ("The ferry will run again in May.", "the ferry might run again in May", "certainty changed"),
        ("The harbour board owes the ferry company money.", "the ferry company owed the harbour board money",
         "order swapped"),
        ("The pier will reopen in March.", "the pier would reopen in June", "date changed"),
        # the statement goes on past the paraphrase, which changes its last word
        ("The old ferry should sail on Monday, and the crews deserve a rest.", "the old ferry should sail on Tuesday",
         "date changed"),
        ("All of the pilots signed the letter.", "few of the pilots had signed the letter", "quantity changed"),
        # the opposite at the very end of the statement
        ("The ferry trial has been a success.", "the ferry trial had been a failure", "antonym"),
        ("The ferry met every safety rule.", "the ferry failed to meet every safety rule", "negation added"),
        ("I have always backed the pier.", "she had never backed the pier", "negation added"),
        # a statement of two content words: one kept, one turned into its opposite
        ("My client is innocent.", "her client was guilty", "antonym"),
    ],
)
def test_a_paraphrase_that_changes_the_meaning_says_how(reference: str, paraphrase: str, reason: str) -> None:
    versions = _paraphrase_versions(reference, paraphrase)
    assert [(relation, reasons[:-1]) for relation, reasons in versions] == [
        ("altered", [f"{reason} in a paraphrase"])
    ]


@pytest.mark.parametrize(
    ("reference", "paraphrase"),
    [
        # a negated opposite says the same
        ("The old pier is unsafe for visitors.", "the old pier was not safe for visitors"),
        ("It is impossible to finish the pier by May.", "it was not possible to finish the pier by May"),
        # a number written in words, "per cent" for "percent"
        ("Ferry fares have risen by 12 percent.", "ferry fares had risen by twelve per cent"),
        # people's pronouns and tenses move in reported speech
        ("We will close our ferry office in May.", "they would close their ferry office in May"),
        # one sentence of a longer statement, read against that sentence alone
        ("Fares will not rise this year. Next year they will rise by 4 percent.",
         "fares would rise by 4 percent next year"),
        # "stop running" says "no longer run"
        ("We will stop running the night ferry.", "they would no longer run the night ferry"),
    ],
)
def test_a_paraphrase_that_keeps_the_meaning_is_reported(reference: str, paraphrase: str) -> None:
    assert [relation for relation, _ in _paraphrase_versions(reference, paraphrase)] == ["reported"]


@pytest.mark.parametrize(
    ("reference", "report", "relation"),
    [
        # what the speaker denied or ruled out holds the negation the words lack
        ("We did not sell the pier to the ferry company.",
         "Ilse Brandt denied selling the pier to the ferry company.", "reported"),
        ("We will not raise the ferry fares this year.", "Ilse Brandt ruled out raising the ferry fares this year.",
         "reported"),
        ("We will close the ferry office in June.",
         "Ilse Brandt denied that the council would close the ferry office in June.", "altered"),
    ],
)
def test_a_denial_reports_the_opposite_of_its_words(reference: str, report: str, relation: str) -> None:
    one_outlet = quotes.extract(f"“{reference}” Ilse Brandt said.", outlet="Harbour Post", published="2025-05-02")
    other = quotes.extract(report, outlet="Island Herald", published="2025-05-03", kinds="all")
    versions = [v.relation for st in compare(one_outlet + other) for v in st.versions if v.outlet == "Island Herald"]
    assert versions == [relation]


def test_what_someone_did_not_say_reports_no_statement_of_theirs() -> None:
    one_outlet = quotes.extract(
        "“The ferry will run again in May.” Ilse Brandt said.", outlet="Harbour Post", published="2025-05-02"
    )
    other = quotes.extract(
        "Ilse Brandt never said the ferry would run again in May.",
        outlet="Island Herald",
        published="2025-05-03",
        kinds="all",
    )
    statements = compare(one_outlet + other)
    assert [v.outlet for st in statements for v in st.versions] == ["Harbour Post"]


@pytest.mark.parametrize(
    ("report", "alignment"),
    [
        # words of one lemma align ("ferries" with "ferry"); the statement's other sentences are left out
        (
            "Ilse Brandt said the ferries would run again in May.",
            "the ferries [-will-]{+would+} run again in May",
        ),
        # a word the paraphrase starts with is its own, not a change of the reference's first sentence
        (
            "Ilse Brandt said that the ferry would run again.",
            "{+that+} the ferry [-will-]{+would+} run again",
        ),
    ],
)
def test_a_reported_version_shows_its_word_alignment_with_the_statement(report: str, alignment: str) -> None:
    one_outlet = quotes.extract(
        "“We waited long enough. The ferry will run again in May. Nobody doubts it.” Ilse Brandt said.",
        outlet="Harbour Post",
        published="2025-05-02",
    )
    other = quotes.extract(report, outlet="Island Herald", published="2025-05-03", kinds="all")
    (version,) = [v for st in compare(one_outlet + other) for v in st.versions if v.outlet == "Island Herald"]
    assert (version.relation, render_diff(version.diff)) == ("reported", alignment)


def test_a_paraphrase_of_something_else_stays_out_of_the_statements() -> None:
    versions = _paraphrase_versions(
        "The ferry will run again in May and the fares will stay the same.",
        "the council had ignored every warning about the bridge",
    )
    assert versions == []


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("Ilse Brandt said the pier would close in May.", "person"),
        ("The Harbour Trust said the pier would close in May.", "organisation"),
        ("The mayor said the pier would close in May.", "person"),
        ("Officials said the pier would close in May.", "anonymous"),
        ("The survey found that the pier would close in May.", "document"),
        ("Kelso Ferries said the pier would close in May.", "organisation"),
        # a body the entity tagger found, named like a person but with no given name
        ('Kestrel Mobil said in a statement that the pier was "unsafe".', "organisation"),
        # a paper whose name ends in a word for one, where no entity tagger ran
        ("The Daily Record reports that the pier would close in May.", "organisation"),
        # a news outlet by its medium, unnamed: a body, not an anonymous source
        ("State television reported that the pier would close in May.", "organisation"),
        ("State media said the pier would close in May.", "organisation"),
        ("Local radio reported that the pier would close in May.", "organisation"),
        # a place that speaks as its government
        ("The county said the pier would close in May.", "organisation"),
        # a source is anonymous however definite
        ("The source said the pier would close in May.", "anonymous"),
        # a capitalised common noun after a colon is no name ("Q: …" in an interview)
        ("Q: Economists say the pier would close in May.", "anonymous"),
    ],
)
def test_every_speaker_has_a_type(text: str, speaker_type: str) -> None:
    assert one(text).speaker_type == speaker_type


@pytest.mark.parametrize(
    "text",
    [
        "Anglers Against Dredging said the harbour plan would ruin the estuary.",
        "The harbour plan would ruin the estuary, said Parents Without Cars.",
        "Neighbours Against the Bypass said the harbour plan would ruin the estuary.",
    ],
)
def test_a_body_named_with_a_capitalised_preposition_speaks_by_its_whole_name(text: str) -> None:
    q = one(text)
    name = q.speaker_mention
    assert (q.speaker, q.speaker_type) == (name, "organisation")
    assert name.split()[1] in {"Against", "Without"} and len(name.split()) >= 3


def test_a_party_named_in_a_source_is_what_the_party_means_later() -> None:
    text = (
        "A spokeswoman for the Progressive Conservatives said the levy was overdue. "
        "The party has long argued that ferry routes should be publicly owned."
    )
    later = [q for q in reported(text) if q.speaker_mention == "The party"]
    assert [(q.speaker, q.speaker_type) for q in later] == [("Progressive Conservatives", "organisation")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an adjective of certainty that completes "make": the clause hangs on the verb
        ("Harbour officials have made clear that the ferry will stop in June.",
         "that the ferry will stop in June", "Harbour officials"),
        # two clauses on the cue, one before a dash or a colon and one after: the one after
        ("The mayor has not backed down — she told the paper that the ferry would stay.",
         "that the ferry would stay", "mayor"),
        ("The queues were long again on Monday: Ilse Brandt says the timetable is broken.",
         "the timetable is broken", "Ilse Brandt"),
        # "town, state" in the speaker's apposition: the parse takes the state for the subject
        ("Ilse Brandt, a Salem, Ore., rabbi helping to organize the strike, said she and other rabbis "
         "would march against the plan.", "she and other rabbis would march against the plan", "Ilse Brandt"),
        # a clause before a semicolon is no source-last frame: the verb's object is the content
        ("Fares rose in March; Ilse Brandt backs a freeze on fares.", "a freeze on fares", "Ilse Brandt"),
        # naming with "it": "call it a farce"
        ("Some islanders call it the slow boat.", "it the slow boat", "Some islanders"),
        # a gerund after "aside from": the speaker is the subject of the verb above
        ("Ilse Brandt gave little away aside from stating that the ferry would be replaced.",
         "that the ferry would be replaced", "Ilse Brandt"),
        # a relative clause whose verb the parse made the cue's complement
        ("The papers went to the harbour office, which she said covered every sailing.",
         "which she said covered every sailing", "she"),
        # the parse put the clause's verb above the cue ("believe NP, …, will …")
        ("Ferry staff believe her record as a captain for nine years will reassure passengers.",
         "her record as a captain for nine years will reassure passengers", "Ferry staff"),
    ],
)  # fmt: skip
def test_a_clause_the_parse_hangs_elsewhere(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (text[q.start : q.end], q.speaker) == (content, speaker)


def test_a_conjunction_at_the_edge_is_not_content() -> None:
    q = reported("Ilse Brandt said the crossing was calm and the crew agreed.")[0]
    assert not q.quote.endswith((" and", " but"))


def test_a_share_of_people_before_who_speaks_as_written() -> None:
    q = one("The senator led among the 40 percent of islanders who said the ferry was too slow.")
    assert (q.quote, q.speaker, q.speaker_type) == ("the ferry was too slow", "the 40 percent of islanders",
                                                   "anonymous")  # fmt: skip


def test_aides_of_a_named_person_are_not_the_person() -> None:
    q = one("A Brandt aide said the ferry would be late.")
    assert q.speaker != "Brandt" and "aide" in q.speaker


def test_a_role_noun_after_an_unparsed_sentence_finds_the_person() -> None:
    # The first sentence has no cue, so it is left unparsed; "The captain" still finds her.
    q = one("Ilse Brandt, a captain from Tromsø, arrived early. The captain said the sea was calm.")
    assert (q.speaker, q.speaker_mention) == ("Ilse Brandt", "The captain")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Ilse Brandt is confident that the ferry will be “back by May”.", "back by May"),
        ("Ilse Brandt's support for the “harbour first” plan surprised many.", "harbour first"),
    ],
)
def test_a_quotation_inside_reported_content_is_its_source_words(text: str, fragment: str) -> None:
    records = quotes.extract(text, kinds="all")
    partial = next(q for q in records if q.kind == "partial")
    clause = next(q for q in records if q.kind == "reported")
    assert (partial.quote, partial.speaker, partial.rule) == (fragment, "Ilse Brandt", "within-reported")
    assert partial.within == [clause.start, clause.end]


def test_a_clause_ends_with_the_closing_mark_of_its_quotation() -> None:
    text = "Ilse Brandt spoke on Monday, saying she had “never lost a boat.”"
    q = one(text)
    assert q.quote.endswith("never lost a boat.”")


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        # "of" names what kind of statement, not whose
        ("According to an agreed statement of facts, the ferry left early.", "agreed statement", "document"),
        # a name before a record noun makes a record, not a person
        ("According to Harbourwatch figures, landings fell by a third.", "Harbourwatch figures", "document"),
        # but a body that releases a record is still its source
        ("According to figures from the harbour board, landings fell.", "harbour board", "organisation"),
    ],
)
def test_the_source_of_a_record_named_after_according_to(text: str, speaker: str, speaker_type: str) -> None:
    q = next(q for q in quotes.extract(text, kinds="all") if q.kind == "reported")
    assert (q.speaker, q.speaker_type) == (speaker, speaker_type)


def test_a_body_picked_out_by_another_word_is_not_the_body_named_before() -> None:
    text = (
        "According to a report by the audit office, the scheme overspent. "
        "According to figures from the statistics office, prices rose."
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="all")}
    assert found["prices rose"] == "statistics office"


def test_how_a_source_spoke_after_the_frame_is_no_content() -> None:
    # "her voice breaking" says how she spoke: no record of its own, nor part of another
    text = (
        "Driver jailed\n\nThe court heard from his mother. "
        "\"I see a different person,\" she said, her voice breaking.\n\n"
        "The ferry will stop in May, officials said, citing a safety report."
    )
    records = quotes.extract(text, kinds="all")
    assert not any("voice breaking" in q.quote for q in records)
    said = next(q for q in records if q.kind == "reported" and q.cue == "said")
    assert said.quote == "The ferry will stop in May"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The port is losing trade, they say, turning ships away to rival docks.",
         "The port is losing trade turning ships away to rival docks"),
        ("The crews are doing this, he says, by refusing all overtime.", "The crews are doing this by refusing all overtime"),
    ],
)
def test_a_participle_after_the_frame_that_goes_on_with_the_content_stays_in_it(text: str, content: str) -> None:
    assert next(q for q in quotes.extract(text, kinds="all") if q.kind == "reported").quote == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a plural's possessive apostrophe is no quotation mark: the next sentence's mark is not taken
        ('Ilse Brandt said the crews were at their wits\' end. "We need help," she added.',
         "the crews were at their wits' end"),
        ("Ilse Brandt said the crews' union had \"run out of patience.\" It meets on Monday.",
         'the crews\' union had "run out of patience."'),
    ],
)
def test_an_apostrophe_in_a_content_is_no_quotation_mark(text: str, content: str) -> None:
    assert next(q for q in quotes.extract(text, kinds="all") if q.kind == "reported").quote == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an object with the preposition that completes it
        ("Ilse Frost blamed the delay on the harbour board.", "the delay on the harbour board", "Ilse Frost"),
        ("Ilse Frost likened the ferry plan to a lottery.", "the ferry plan to a lottery", "Ilse Frost"),
        # a document's finding
        ("The survey results showed strong support for the ferry.", "strong support for the ferry",
         "survey results"),
        # what the object is seen as, in a clause of its own with "as"
        ("Ilse Frost described the harbour as crippled by storms and debt.",
         "the harbour as crippled by storms and debt", "Ilse Frost"),
        # what it is seen as, hung by the parse inside the object
        ("Analysts see the talks held on Monday as a test of whether the board will soften its stance.",
         "the talks held on Monday as a test of whether the board will soften its stance", "Analysts"),
        ("Some view the mayor's plan as a sort of hostile takeover.",
         "the mayor's plan as a sort of hostile takeover", "Some"),
    ],
)  # fmt: skip
def test_an_object_and_what_completes_it(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ilse Frost denied taking money from the ferry firm.", "taking money from the ferry firm",
         "Ilse Frost"),
        ("Most islanders support raising the ferry fee.", "raising the ferry fee", "Most islanders"),
        ("The harbour board proposed cutting the timetable by half.", "cutting the timetable by half",
         "harbour board"),
        # a passive or a perfect gerund
        ("Ilse Frost recalled being sent home on her first day.", "being sent home on her first day",
         "Ilse Frost"),
        ("Ilse Frost denied having taken money from the ferry firm.",
         "having taken money from the ferry firm", "Ilse Frost"),
    ],
)  # fmt: skip
def test_a_speech_act_or_a_stance_and_its_gerund(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.rule) == (content, speaker, "reported-gerund")


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Frost continued working on the ferry plan.",  # how long she worked, not what she said
        "Ilse Frost described the harbour as she left it.",  # an "as" of time: the object alone
    ],
)
def test_a_gerund_of_time_or_an_as_of_time_is_no_content(text: str) -> None:
    assert all(q.rule != "reported-gerund" and " as " not in q.quote for q in reported(text))


def test_who_remembers_thinking_something_held_the_thought() -> None:
    q = one("Ilse Frost opened the shop in 2001. She remembers thinking the town was too quiet for it.")
    assert (q.speaker, q.cue, q.quote) == ("Ilse Frost", "thinking", "the town was too quiet for it")


@pytest.mark.parametrize(
    "text",
    [
        "The villagers are too few to support a shop.",
        "The islanders were too busy to support the campaign.",
    ],
)
def test_what_something_can_or_cannot_do_is_no_stance(text: str) -> None:
    assert reported(text) == []


def test_what_someone_was_bold_enough_to_say_is_said() -> None:
    assert one("The mayor was bold enough to tout the plan at the meeting.").quote == "the plan"


def test_a_finite_verb_joined_to_a_gerund_is_the_next_act_not_its_content() -> None:
    found = {(q.cue, q.quote) for q in reported(
        "The minister proposed raising the levy and signaled support for a cap on rents.")}  # fmt: skip
    assert ("proposed", "raising the levy") in found
    assert ("signaled", "support for a cap on rents") in found
    # two gerunds stay one content
    assert one("He denied taking the money and keeping it.").quote == "taking the money and keeping it"


def test_the_object_of_a_listed_predicate_is_no_inverted_speaker() -> None:
    found = {(q.cue, q.quote, q.speaker) for q in reported(
        "The board rejected the bid, praised the staff and asked for a new plan.")}  # fmt: skip
    assert ("praised", "the staff", "board") in found
    # an inverted speech verb after a comma still names its speaker
    q = one("The ferry will stop in May, said the mayor.")
    assert (q.quote, q.speaker) == ("The ferry will stop in May", "mayor")


def test_a_source_last_frame_the_parse_makes_a_clause_of_its_own() -> None:
    # the parse hangs "told" on the clause before it; a committee is who was told, not what
    q = one(
        "It pays for a second boat to serve Skye, Ferry Minister Ada Okafor told a budget committee Monday."
    )
    assert (q.quote, q.speaker, q.rule) == (
        "It pays for a second boat to serve Skye",
        "Ada Okafor",
        "reported-aside",
    )


def test_a_source_inside_a_sentence_the_parse_made_a_noun_phrase() -> None:
    # the parse makes "fee" the root and "covered" an adjective of "repairs"
    q = one("The new fee, the mayor said, covered repairs.")
    assert (q.quote, q.speaker) == ("The new fee covered repairs", "mayor")


def test_a_source_last_frame_after_two_joined_clauses_reports_both() -> None:
    q = one("The old shipyard is holding out, but it is under pressure from cheap steel, said the yard's chief, Ana Ruiz.")
    assert (q.quote, q.speaker) == (
        "The old shipyard is holding out, but it is under pressure from cheap steel", "Ana Ruiz"
    )
    # a speech verb joined by "and" is a second event, not a source-last frame
    assert reported("The mill closed in May, and its owner told a panel on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the clause's subject before the cue, hung on the cue by the parse
        ("The ferry, the captain told reporters on Monday, will not sail.", "The ferry will not sail",
         "captain"),
        # what the parse hung on the cue before its subject is the clause's too
        ("Raising the fares this early, many transport experts say, hurt the island shops.",
         "Raising the fares this early hurt the island shops", "many transport experts"),
    ],
)  # fmt: skip
def test_a_cue_inside_its_clause_leaves_the_clause_whole(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_some_number_of_people_speaks_as_written() -> None:
    q = one("A good number of farmers said they would sell their land.")
    assert (q.quote, q.speaker, q.speaker_type) == (
        "they would sell their land",
        "good number of farmers",
        "anonymous",
    )
    assert reported("The number of farmers said to be angry is growing.") == []


def test_a_passive_that_is_no_speech_act_reports_nothing() -> None:
    assert reported("A boy outside the hall was hit by another man on Tuesday.") == []


def test_a_ruling_reports_its_clause_not_its_object() -> None:
    q = one("The harbour court ruled that the ferry fee was unlawful.")
    assert (q.quote, q.speaker) == ("that the ferry fee was unlawful", "harbour court")
    assert reported("The old king ruled the island for forty years.") == []


def test_a_hyphenated_word_is_not_cut_in_two() -> None:
    q = one("Ilse Frost backed the re-opening of the old harbour road.")
    assert q.quote == "the re-opening of the old harbour road"


def test_a_source_phrase_inside_brackets_sources_what_the_brackets_hold() -> None:
    text = "Fishing fell sharply last year (the true share is nearer one in five, according to the audit)."
    q = one(text)
    assert (q.quote, q.speaker) == ("the true share is nearer one in five", "audit")


def test_one_of_a_group_is_a_source() -> None:
    q = one("The harbour master will sue the ferry firm, according to one of her deputies.")
    assert (q.quote, q.speaker) == ("The harbour master will sue the ferry firm", "one of her deputies")


def test_a_speech_noun_and_the_clause_a_copula_gives_it() -> None:
    q = one("The harbour master's answer was that the ferry comes first.")
    assert (q.quote, q.speaker, q.rule) == (
        "that the ferry comes first",
        "harbour master",
        "reported-noun-clause",
    )
    assert reported("The trouble was that nobody listened.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The spring harbour survey found most fishers in favour of the new quay.",
         "most fishers in favour of the new quay", "spring harbour survey"),
        ("But the port files show no sign that the pier was ever repaired.",
         "no sign that the pier was ever repaired", "port files"),
    ],
)  # fmt: skip
def test_a_text_finds_what_its_object_says(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.cue_class) == (content, speaker, "knowledge")


def test_people_who_find_a_thing_report_nothing() -> None:
    assert reported("Harbour police found the keys in a drawer.") == []


def test_a_comparison_without_its_preposition_reports_nothing() -> None:
    assert reported("Ilse Frost compared the two boats on Monday.") == []


def test_a_claim_put_forward_by_a_verb_gives_its_clause() -> None:
    q = one("Harbour unions have made the case that the ferry is too old to sail.")
    assert (q.quote, q.speaker) == ("that the ferry is too old to sail", "Harbour unions")
    q = one("The harbour unions expressed confidence that the ferry would sail in May.")
    assert (q.quote, q.speaker) == ("that the ferry would sail in May", "harbour unions")


def test_a_claim_noun_without_a_clause_reports_nothing() -> None:
    assert reported("The senator made a point of visiting the ferry.") == []


def test_a_clause_right_after_the_cue_that_the_parse_hung_elsewhere() -> None:
    q = one("Varga, who brags he has visited more than 80 farms in the valley, is not modest.")
    assert q.quote == "he has visited more than 80 farms in the valley"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # any speech verb takes a noun-phrase object as what was said
        ("Councillor Ruth Okafor explained the delay.", "the delay", "Ruth Okafor"),
        ("Ruth Okafor tweeted a photo of the flooded pier.", "a photo of the flooded pier", "Ruth Okafor"),
        # an attitude towards something, held by the subject
        ("Ruth Okafor is critical of the harbour plan.", "the harbour plan", "Ruth Okafor"),
        ("Ruth Okafor was worried about the deficit and sure of little else.", "the deficit", "Ruth Okafor"),
    ],
)
def test_a_speech_act_or_an_attitude_and_its_object(text: str, content: str, speaker: str) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okafor added sugar to her tea.",  # a speech verb whose object is a thing
        "Ruth Okafor speaks French at home.",  # ... or a language
        "Ruth Okafor knows the harbour master well.",  # ... or a person
        "The hall was full of reporters.",  # an adjective that is no attitude
    ],
)
def test_an_object_that_is_not_what_was_said_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_headline_reports_speech_too() -> None:
    text = (
        "Harbour chief says ferry will run again in May\n\n"
        "The harbour chief, Ilse Brandt, told islanders on Monday that repairs were nearly done.\n\n"
        "The ferry has not sailed since a storm in January."
    )
    found = [(q.quote, q.speaker) for q in quotes.extract(text, kinds="reported")]
    assert ("ferry will run again in May", "Ilse Brandt") in found


BODY = (
    "\n\nThe harbour chief, Ilse Brandt, told islanders on Monday that repairs were nearly done.\n\n"
    "The ferry has not sailed since a storm in January."
)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Harbour chief: ferry will run again in May", "Ilse Brandt"),  # a role the body names
        ("Poll: most islanders back the new ferry", "Poll"),  # a document speaks too
    ],
)
def test_a_headline_speaker_and_colon_frame_reports_what_follows(headline: str, speaker: str) -> None:
    found = [q for q in quotes.extract(headline + BODY, kinds="reported") if q.rule == "headline-colon"]
    assert [(q.quote, q.speaker, q.cue) for q in found] == [(headline.split(": ", 1)[1], speaker, ":")]


@pytest.mark.parametrize(
    "headline",
    [
        "Exclusive: ferry will run again in May",  # a label, not a source
        "Update: ferry will run again in May",
        "Harbour chief: “The ferry will run again in May”",  # a quotation, attributed as one
        "Ferry: May",  # too short to report anything
        "Ferry takeover: Ilse Brandt says bid is welcome",  # a topic, and a frame of its own after it
        "Harbour Trust takeover: Brandt says bid is welcome",
    ],
)
def test_a_headline_label_or_quotation_is_no_colon_frame(headline: str) -> None:
    assert not [q for q in quotes.extract(headline + BODY, kinds="reported") if q.rule == "headline-colon"]


@pytest.mark.parametrize("text", ["That's according to a new survey of ferry staff.",
                                  "That is according to the harbour board."])  # fmt: skip
def test_that_is_according_to_sources_what_that_points_back_to(text: str) -> None:
    assert one(text).quote == "That"  # nothing before it to point back to
    # a sentence before it in its paragraph is what "that" stands for
    before = "Crossings fell by a fifth, a “worrying” drop. "
    found = [q.quote for q in quotes.extract(before + text, kinds="reported")]
    assert found == ["Crossings fell by a fifth, a “worrying” drop"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the survey asks the staff; it is the source, not they
        ("Fares rose, according to a new survey of ferry staff.", "new survey"),
        ("Fares rose, according to a poll of commuters in three towns.", "poll"),
        ("Fares rose, according to the harbour board’s audit of the accounts.", "harbour board"),
        # but a statement's "of" names its author, and a transcript's the words it renders
        ("Fares rose, according to a transcript of Ilse Brandt's remarks.", "Ilse Brandt"),
    ],
)  # fmt: skip
def test_a_study_of_people_is_sourced_to_the_study_not_the_people(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


def test_a_record_cited_after_according_to_is_a_source_as_written() -> None:
    q = one("About 9 p.m., according to a council timeline, the harbour crews left for the pier.")
    assert (q.quote, q.speaker, q.speaker_type) == (
        "About 9 p.m. the harbour crews left for the pier",
        "a council timeline",
        "document",
    )
    q = one("Fares rose 8 percent, according to figures released on Monday.")
    assert (q.quote, q.speaker_type) == ("Fares rose 8 percent", "document")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As the harbour board noted, the ferry carried more passengers than ever.",
         "the ferry carried more passengers than ever", "harbour board"),
        ("As reported by the Island Courier, the mayor raised more than $1 million.",

         "the mayor raised more than $1 million", "Island Courier"),
        ("As Ilse Brandt told reporters, the plan is dead.", "the plan is dead", "Ilse Brandt"),
    ],
)  # fmt: skip
def test_an_as_clause_names_the_source_of_the_clause_it_modifies(
    text: str, content: str, speaker: str
) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.rule) == (content, speaker, "reported-as")


@pytest.mark.parametrize(
    "text", ["As the mayor spoke, the crowd cheered.", "As the mayor was leaving, the ferry sailed."]
)
def test_an_as_of_time_names_no_source(text: str) -> None:
    assert reported(text) == []


def test_a_relative_clause_on_what_the_subject_is_belongs_to_the_subject() -> None:
    q = one(
        "Jo Hart is a chronic cheat, a vulgar snob and a windbag who has often pledged to sell every pier."
    )
    assert (q.quote, q.speaker) == ("to sell every pier", "Jo Hart")
    q = one("The winner was Jo Hart, who said the pier would close.")
    assert q.speaker == "Jo Hart"


def test_a_verb_as_an_adjective_or_a_bid_for_office_is_no_cue() -> None:
    assert reported("Hart won most of the pledged delegates.") == []
    assert reported("The senator ended her bid for the nomination on Monday.") == []


def test_a_text_after_its_content_is_its_source_though_the_parser_hung_it_on_the_verb() -> None:
    q = one("The harbour board had to borrow money in May, city records show.")
    assert (q.quote, q.speaker) == ("The harbour board had to borrow money in May", "city records")


def test_a_pronoun_in_reported_speech_means_the_person_named_by_title_before_it() -> None:
    found = {q.quote: q.speaker for q in reported("Ms. Wren Kolbe said she hoped to win the seat back.")}
    assert found["to win the seat back"] == "Wren Kolbe"  # her hope, not an unresolved "she"


def test_a_that_clause_the_parser_took_for_an_adverbial_is_still_the_content() -> None:
    found = {
        q.quote: q.speaker for q in reported('A spokeswoman said only that it was "reviewing all options".')
    }
    assert found == {'that it was "reviewing all options"': "spokeswoman"}  # not "only": how much
    assert reported("The mayor spoke slowly so that everyone could follow.") == []  # "so that": a purpose


def test_a_that_clause_hung_on_the_means_of_saying_is_the_content() -> None:
    q = one("Wren Kolbe argued in a letter that the fees were illegal.")
    assert (q.quote, q.speaker) == ("that the fees were illegal", "Wren Kolbe")
    assert reported("Wren Kolbe replied in a letter that was sent to every member.") == []  # the letter's


def test_a_that_the_parse_made_a_relative_pronoun_after_the_means_is_the_content() -> None:
    # "that" read as the object of a relative clause on "statement": the clause has its own subject
    q = one("The rowing club said in a statement that Ivo had quit.")
    assert (q.quote, q.speaker_mention) == ("that Ivo had quit", "The rowing club")
    # ("that" hung on a verb under the clause's: "planned to spend")
    q = one("Its finance chief, Ada Roe, said on an investor call that the group planned to spend more.")
    assert (q.quote, q.speaker, q.cue) == ("that the group planned to spend more", "Ada Roe", "said")
    # the statement's own clause: a verb of making it, and a cue with nothing else said
    assert reported("The firm replied in a letter that its lawyers had drafted.") == []


def test_a_that_clause_hung_on_who_was_told_is_the_content() -> None:
    q = one("Olek Brandt told the hearing that he had signed the contract in good faith.")
    assert (q.quote, q.speaker) == ("that he had signed the contract in good faith", "Olek Brandt")
    # parsed a relative clause of the gathering told: its "that" the object of an intransitive verb
    q = one("Minister Ana Cole told a press briefing that the toll would rise.")
    assert (q.quote, q.speaker) == ("that the toll would rise", "Ana Cole")


def test_an_inspection_that_finds_is_a_document() -> None:
    q = one("The inspection found that staff were routinely working long shifts.")
    assert (q.speaker, q.speaker_type) == ("inspection", "document")


def test_a_question_put_by_someone_unnamed_is_no_one_s_content() -> None:
    q = one("Asked about the fares, Ilse Brandt said they would stay the same.")
    assert q.quote == "they would stay the same"
    assert reported("“Absolutely,” Ilse Brandt said when asked whether the pier would close.") == []
    q = one("Ilse Brandt was asked by the host whether the pier would close.")
    assert q.speaker == "host"
    assert reported("Teodor Marsh, asked about the pool, shrugged.") == []  # "asked" read as a past tense


def test_how_someone_spoke_or_a_request_left_unanswered_is_no_content() -> None:
    q = one("A harbour official, who spoke on condition of anonymity, said the pier would close.")
    assert q.quote == "the pier would close"
    assert reported("The council did not respond on Friday to a request for comment.") == []
    assert one("Ilse Brandt spoke on the future of the ferry.").quote == "the future of the ferry"


def test_an_aside_may_name_who_was_told() -> None:
    text = "The answer, she told reporters, was a second ferry."
    q = one(text)
    assert (q.quote, q.rule) == ("The answer was a second ferry", "reported-aside")


def test_a_headline_source_the_tagger_missed_is_a_surname_named_below() -> None:
    text = (
        "Lynch: No outside influence on harbour probe into ferry emails\n\n"
        "Attorney General Mara Lynch said Tuesday that the probe would go on.\n\n"
        "The harbour board met on Monday to review the emails, which were sent in May.\n\n"
        "Members of the board declined to comment on the review."
    )
    first = reported(text)[0]
    assert (first.quote, first.speaker, first.rule) == (
        "No outside influence on harbour probe into ferry emails",
        "Mara Lynch",
        "headline-colon",
    )
    # a label is not a source, though a word below may share it
    assert reported(text.replace("Lynch:", "Update:", 1))[0].rule != "headline-colon"


def test_the_next_act_of_speech_is_the_speakers_own() -> None:
    found = reported("Jo Hart said the mayor admires the crews and praised their work in the storm.")
    assert [(q.quote, q.speaker) for q in found if q.cue != "admires"] == [
        ("the mayor admires the crews", "Jo Hart"),
        ("their work", "Jo Hart"),
    ]


def test_a_share_of_people_speaks_as_written_without_its_entity_type() -> None:
    from spacy.tokens import Doc

    from quotes.attribute.reported import _is_share
    from quotes.nlp.model import load_model

    doc = load_model()("Some 52 percent said the ferry should run.")
    doc.set_ents([], default="outside")  # as if the tagger had found no entity in the sentence
    assert isinstance(doc, Doc) and _is_share(doc[2]) and not _is_share(doc[5])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two-thirds backed the plan to rebuild the pier.", "Two-thirds"),
        ("Three-quarters oppose the new levy.", "Three-quarters"),
        ("A small share of landlords oppose the new levy.", "small share of landlords"),
    ],
)
def test_a_fraction_or_a_share_of_people_holds_a_stance(text: str, speaker: str) -> None:
    found = reported(text)
    assert [q.speaker for q in found] == [speaker]
    assert found[0].speaker_type == "anonymous"


def test_a_sum_of_money_holds_no_stance() -> None:
    assert reported("Some $5 million supports the programme.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked if the mayor should resign, 72 percent of voters said yes.", "yes"),
        ("Most islanders back the ferry, after 55 percent said so in May.", "so"),
        # a yes or a no given to something: that is what it answers
        ("The council said no to the new marina.", "the new marina"),
        ("Two unions said yes to the pay offer on Friday.", "the pay offer"),
    ],
)
def test_a_one_word_answer_is_what_was_said(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.rule == "reported-answer"] == [content]


def test_a_paragraph_parsed_for_reported_speech_alone_still_types_its_speakers() -> None:
    # one paragraph with no quotation: parsed for its reported speech, with no entity recogniser
    q = one("Hundreds of islanders said the ferry should run again.")
    assert (q.speaker, q.speaker_type) == ("Hundreds of islanders", "anonymous")
    q = one("The Harbour Trust said the ferry would run again in May.")
    assert (q.speaker, q.speaker_type) == ("Harbour Trust", "organisation")
    q = one("Margaret Court said the ferry would run again in May.")
    assert (q.speaker, q.speaker_type) == ("Margaret Court", "person")


@pytest.mark.parametrize(
    ("text", "worth"),
    [
        ("The state budget grew in May.", False),  # a noun-like cue word, a noun here
        ("The campaign ended on Friday.", False),
        ("The report states that the pier is safe.", True),  # made a verb by what follows
        ("He wanted to point out the delay.", True),  # by what precedes
        ("Ilse Brandt backs a freeze on fares.", True),  # a name before an -s form
        ("The mayor stated the plan would wait.", True),  # a form that is only ever a verb
        ("Trade with the United States grew.", False),  # a name's noun, not a name and its verb
        ("The poll was conducted by phone.", False),  # a poll frames a clause only after "in"
        ("The senator led in the latest poll.", True),
        ("The firm has made a large profit this year.", False),  # a light verb, nothing said
        ("The firm made the case for a new pier.", True),
        ("Most of the votes were counted by noon.", False),
        ("They vote on the plan today.", True),
        ("The ferry is expected to sail at noon.", False),  # the writer's passive, no one holds it
        ("The ferry is expected by the crew to sail at noon.", True),
        ("The crossing began at dawn.", False),  # an aspectual verb frames quotations only
        ("The skipper shot back that the nets were legal.", True),  # a phrasal verb's irregular form
        ("The skipper shot a seal.", False),  # the same verb without its particle
        ("The support grew over the summer.", False),  # after an article: a noun, owned by no one
        ("Her support for the levy grew.", True),  # an owned stance
        ("The ferry report ran to ten pages.", False),  # a noun-like cue word, a noun here
        ("Some islanders call it the slow boat.", True),  # after a plural subject: a verb
        ("The mayor's call for calm was heeded.", True),  # an owned call
        ("The crew will fight the fire all night.", False),  # "fight" cues only with its preposition
        ("The crew will fight for the pier.", True),
        ("The club held a meeting but meant no harm.", False),  # irregular forms of no cue verb
        ("The ferry won the backing of the council.", True),  # a stance received, its holder after "of"
        ("Jo Roe, a critic of the levy, sailed at noon.", True),  # a stance's holder
        ("The skipper was angry.", False),  # an attitude cues only with what it is about
        ("The minister calls for a ban.", True),  # a noun-like -s form before the preposition it takes
        ("Islanders would rather vote for the pier.", True),  # an adverb between the modal and the verb
        ("The housing projects ran late.", False),  # a verb that cues only with its that-clause
        ("The firm projected that sales would rise.", True),
        ("The skipper was angry about the delay.", True),
    ],
)
def test_a_sentence_is_parsed_for_reported_speech_when_a_cue_word_may_be_a_verb(
    text: str, worth: bool
) -> None:
    from quotes.attribute.reported import may_report

    assert may_report(text) is worth


def test_a_verb_inside_a_question_reports_nothing_of_its_subject() -> None:
    # "Asked whether she believed …": the question is the asker's, not her belief
    q = one("Asked whether she believed the survey, Ilse Brandt said the figures were old.")
    assert (q.quote, q.speaker) == ("the figures were old", "Ilse Brandt")
    q = one("Two councillors asked whether Ilse Brandt feared a strike.")
    assert (q.quote, q.speaker) == ("whether Ilse Brandt feared a strike", "Two councillors")
    # a relative clause inside a question is the writer's account of what someone said
    found = reported(
        "Voters may ask whether rivals like Ilse Brandt, who claimed that the port was failing, are wise."
    )
    assert ("that the port was failing", "Ilse Brandt") in [(q.quote, q.speaker) for q in found]


def test_the_question_a_verb_of_asking_puts_to_someone_is_its_content() -> None:
    q = one("Ilse Brandt smiled and asked the sailors if they wanted to stay.")
    assert (q.quote, q.speaker) == ("if they wanted to stay", "Ilse Brandt")


def test_whom_a_paper_quotes_as_saying_something_says_it() -> None:
    q = one("A regional paper quoted a senior harbour official as saying the ferry would be sold.")
    assert (q.quote, q.speaker_mention) == ("the ferry would be sold", "a senior harbour official")
    q = one("The agency cited two pilots as saying the runway lights had failed.")
    assert (q.quote, q.speaker_mention) == ("the runway lights had failed", "two pilots")
    # what is cited without "as saying" stays the content of the one who cites it
    q = one("The harbour board cited safety concerns.")
    assert (q.quote, q.speaker_mention) == ("safety concerns", "The harbour board")
    # quoted in the passive: the one quoted says it, and is no content of the paper's
    q = one("Ivo Lindqvist was quoted by the Harbour Gazette as saying the fares would rise.")
    assert (q.quote, q.speaker) == ("the fares would rise", "Ivo Lindqvist")


def test_a_question_put_by_no_one_named_at_a_paragraphs_start_is_no_ones_speech() -> None:
    text = (
        "Coach backs young striker after penalty miss\n\n"
        "“He's a brave kid,” Brandt told reporters after the match. “Lots of players would have hidden. "
        "He wanted the ball, and I'll always back a player who wants the ball.”\n\n"
        "Asked whether Okafor would take the next penalty, Brandt smiled. “We'll see. Maybe I'll take it.”"
    )
    assert [q.quote for q in reported(text) if "penalty" in q.quote] == []


def test_a_second_that_clause_joined_by_and_is_part_of_the_content() -> None:
    q = one("Ilse Brandt said the wait was unacceptable and that she had written to the family.")
    assert q.quote == "the wait was unacceptable and that she had written to the family"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The levy, Ilse Brandt said, will pay for the new pier.", "The levy will pay for the new pier",
         "Ilse Brandt"),
        ("Every morning, the harbour master told the paper, the crew would sail at dawn.",
         "Every morning the crew would sail at dawn", "harbour master"),
        # inverted, the source described by an apposition, or parsed the subject of the clause after
        ("The cost, said Mayor Ana Ruiz, a former nurse, is far too high.", "The cost is far too high",
         "Ana Ruiz"),
        ("Part of the trouble in finding leaks, say engineers like Ana Ruiz, a hydrologist, is the soil.",
         "Part of the trouble in finding leaks is the soil", "engineers"),
    ],
)  # fmt: skip
def test_a_source_set_off_by_commas_inside_its_sentence(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "In court papers, the defence asked for a lighter sentence, calling the theft a lapse.",
        "On Sunday, Ilse Brandt said, and then she left the hall.",
        "Weighing in on the row, Ilse Brandt tweeted, praising the crew.",
    ],
)
def test_no_parenthetical_source_where_what_follows_is_not_the_sentence_around_it(text: str) -> None:
    assert [q.rule for q in reported(text) if q.rule == "reported-parenthetical"] == []


def test_whom_a_speaker_calls_something_with_the_name_the_parse_took_for_a_second_naming() -> None:
    # The parser sometimes makes the one named a second "oprd" ("called both Roe and Lind “reckless”"):
    # the first is whom the words are said of. The parse is given here as the parser gave it.
    from spacy.tokens import Doc

    from quotes.attribute.reported import find_reported
    from quotes.nlp.model import load_model

    words = ["Marsh", "called", "both", "Roe", "and", "Lind", "“", "reckless", "”", "."]
    heads = [1, 1, 3, 1, 3, 3, 7, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "oprd", "cc", "conj", "punct", "oprd", "punct", "punct"]
    tags = ["NNP", "VBD", "CC", "NNP", "CC", "NNP", "``", "JJ", "''", "."]
    pos = ["PROPN", "VERB", "CCONJ", "PROPN", "CCONJ", "PROPN", "PUNCT", "ADJ", "PUNCT", "PUNCT"]
    nlp = load_model()
    spaces = [True, True, True, True, True, True, False, False, False, False]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=[w.lower() if w != "called" else "call" for w in words],
        sent_starts=[True] + [False] * 9,
    )
    (found,) = find_reported(doc, [True] * len(doc))
    assert doc.text[found.start : found.end] == "both Roe and Lind “reckless”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan, which Ilse Brandt called “a farce”, was dropped.", "which Ilse Brandt called “a farce”"),
        ("She attacked the rival whom Ilse Brandt described as reckless.",
         "whom Ilse Brandt described as reckless"),
        ("The levy is what Ilse Brandt calls a tax on sailors.", "what Ilse Brandt calls a tax on sailors"),
    ],
)  # fmt: skip
def test_a_relative_pronoun_named_or_described_by_the_speaker_opens_the_content(
    text: str, content: str
) -> None:
    assert content in [q.quote for q in reported(text) if q.speaker == "Ilse Brandt"]


def test_a_second_that_clause_the_parse_joined_to_the_cue_is_part_of_the_content() -> None:
    q = one("Ilse Brandt believes the pier cannot be saved, but that the ferry can still run.")
    assert q.quote == "the pier cannot be saved, but that the ferry can still run"


def test_a_relative_clause_set_off_at_the_end_is_cut_though_it_ends_in_a_quotation() -> None:
    text = "The union said the board had offered a 4% rise, which the union called “insulting”."
    contents = [q.quote for q in reported(text) if q.speaker_mention == "The union"]
    assert contents == ["the board had offered a 4% rise"]


def test_a_relative_clause_set_off_at_the_end_is_cut_with_the_participle_after_it() -> None:
    text = (
        "Tenants said they had not seen anything to shake their faith in Mr. Kell, who also held a dinner at the "
        "yacht club on Sunday, drawing 450 people, about three times the size of his rival's gathering."
    )
    q = one(text)
    assert q.quote == "they had not seen anything to shake their faith in Mr. Kell"


def test_a_list_of_verbs_the_content_ends_in_stays_whole_though_the_parse_hung_an_item_on_the_cue() -> None:
    text = "Doctors said money is urgently needed to test the water, reassure the public and learn why it spread."
    (q,) = [q for q in reported(text) if q.cue == "said"]
    assert q.quote.endswith("reassure the public and learn why it spread")


def test_a_backshifted_verb_after_and_continues_the_content_not_the_speakers_next_act() -> None:
    q = one(
        "In mitigation, Tom Acheson said his client was “consumed by remorse” and had written to the family."
    )
    assert q.quote == "his client was “consumed by remorse” and had written to the family"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The plan, said Ilse Brandt, was doomed.", "The plan was doomed", "Ilse Brandt"),
        ("The plan, said the harbour master, was doomed.", "The plan was doomed", "harbour master"),
        ("The contrast with the old pier, said Ilse Brandt and others, would be stark.",
         "The contrast with the old pier would be stark", "Ilse Brandt"),
    ],
)  # fmt: skip
def test_a_source_after_its_verb_set_off_by_commas_inside_the_sentence(
    text: str, content: str, speaker: str
) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_what_a_verb_set_off_by_commas_is_said_of_is_no_speaker() -> None:
    found = reported(
        "Jo Roe, the union's director, praised Ilse Brandt's remarks on Thursday, but asked for more."
    )
    assert {q.speaker for q in found} == {"Jo Roe"}


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_phrasal_verb_of_reply_reports_its_clause(verb: str) -> None:
    q = one(f"Ilse Brandt {verb} that the ferry had never been late.")
    assert (q.quote, q.speaker, q.cue) == ("that the ferry had never been late", "Ilse Brandt", verb)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the Ministry of Inland Waterways, the canal will reopen in June.",
         "Ministry of Inland Waterways"),
        ("The Department of Ports and Harbours said the pier was unsafe.", "Department of Ports and Harbours"),
        ("A divided Harbour Board said the pier was unsafe.", "Harbour Board"),
    ],
)  # fmt: skip
def test_a_body_named_with_of_speaks_by_its_whole_name_where_no_entity_tagger_ran(
    text: str, speaker: str
) -> None:
    q = one(text)
    assert (q.speaker, q.speaker_type) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sources close to the negotiations said the two sides were far apart.",
         "Sources close to the negotiations"),
        ("According to people familiar with the plan, the ferry will be sold.", "people familiar with the plan"),
        ("Officials briefed on the talks said a deal was near.", "Officials briefed on the talks"),
        ("Two people with knowledge of the sale said the price had doubled.",
         "Two people with knowledge of the sale"),
        # a name in the words after the source is not who speaks
        ("A person close to Ilse Brandt said she would not run.", "person close to Ilse Brandt"),
        # whom an unnamed source works for or where it stands, up to a relative clause
        ("Lawyers for the three families had argued that the rule was unfair.", "Lawyers for the three families"),
        ("One keeper of a stall that sells fish said the fee was unfair.", "One keeper of a stall"),
        # nor is a clause set off by a comma part of it
        ("One official with knowledge of the budget, who asked not to be named, said it would shrink.",
         "One official with knowledge of the budget"),
        # where it stands, but not when it spoke
        ("The real question, according to tenants on both floors, is who pays.", "tenants on both floors"),
        ("Officials on Monday said the pier would close.", "Officials"),
    ],
)  # fmt: skip
def test_an_unnamed_source_keeps_the_words_that_say_how_it_knows(text: str, speaker: str) -> None:
    (q,) = [q for q in reported(text) if q.cue in {"said", "according to", "argued"}]
    assert (q.speaker, q.speaker_type) == (speaker, "anonymous")


def test_who_after_a_source_and_its_prepositions_is_the_source() -> None:
    text = "One official with knowledge of the budget, who opposed the cuts, said it would shrink."
    (q,) = [q for q in reported(text) if q.cue == "opposed"]
    assert q.speaker == "One official with knowledge of the budget"


def test_a_finding_verb_the_tagger_read_as_a_noun_still_frames_the_clause_before_it() -> None:
    q = one("The two harbour unions are locked in a dead heat, a new poll shows.")
    assert (q.quote, q.speaker, q.cue) == (
        "The two harbour unions are locked in a dead heat",
        "new poll",
        "shows",
    )


def test_a_pronoun_after_a_sentence_with_no_cue_finds_the_name_that_sentence_gives() -> None:
    text = (
        "Harith Vantongeren, the chief prosecutor, was appointed last spring.\n\n"
        "Keiko Castelvetro, the presiding judge, joined the court in 2009.\n\n"
        "Vantongeren warned that the trial would be delayed.\n\n"
        "Castelvetro spent a decade as a lawyer before taking the job. She warned the ruling "
        "could still be reversed."
    )
    (q,) = [q for q in reported(text) if "reversed" in q.quote]
    assert q.speaker == "Keiko Castelvetro"


def test_an_opening_quotation_mark_after_a_content_is_not_part_of_it() -> None:
    # the parse hung the mark that opens "again and again" on "costs", inside the topic complained of
    text = 'Ivo Penhallow said the ministry had complained about the rising costs "again and again".'
    (q,) = [q for q in reported(text) if q.cue == "complained"]
    assert q.quote == "the rising costs"


def test_a_pronoun_after_a_surname_whose_verb_the_tagger_read_as_a_noun_finds_that_person() -> None:
    # "Kelby shrugs" parsed a noun phrase, in a paragraph no entity tagger read: Kelby is its subject
    # and the man "He" means, not the woman quoted a paragraph before
    text = (
        "Arne Kelby has run the ferry since 1979.\n\n"
        "“He is the island,” says Anna Lowmoor, who runs the shop.\n\n"
        "Kelby shrugs when I mention it. He has heard it before, he says."
    )
    (q,) = [q for q in reported(text) if q.quote == "He has heard it before"]
    assert q.speaker == "Arne Kelby"


def test_a_pronoun_in_the_body_means_the_person_the_body_names_not_a_role_in_the_headline() -> None:
    # "Dancer" opens the headline, a role for whom the body names: "she" is the dancer named
    text = (
        "Dancer quits company citing injury\n\n"
        "Ballet star Orla Quennell has left the Northgate company, her agent announced on Friday.\n\n"
        "In a post on her website, the 31-year-old said she had been \"dancing through pain for a year\".\n\n"
        "She wrote that she hoped to teach."
    )
    (q,) = [q for q in reported(text) if q.quote == "that she hoped to teach"]
    assert q.speaker == "Orla Quennell"


def test_a_pronoun_finds_a_source_of_reported_speech_whatever_its_place_in_the_parse() -> None:
    # "Tobiah Marrick" is no subject, only the source after "according to", in a paragraph no entity
    # tagger read: as a source he is a speaker, the one "He" means
    text = (
        "Ivo Penhallow opened the harbour forum on Monday. According to Tobiah Marrick, the pier will "
        "close in May. He believes the ferry will stop too."
    )
    (q,) = [q for q in reported(text) if q.cue == "believes"]
    assert q.speaker == "Tobiah Marrick"


def test_a_pronoun_after_a_surname_the_tagger_mistook_finds_that_person() -> None:
    # "Ferrante" opens its sentence and, the sentence naming her in full left unparsed (it reports
    # nothing), is tagged a noun: still the person "She" means, not the spokeswoman named long before
    text = (
        "A spokeswoman for the trust said the charity would use the results.\n\n"
        "Dr Lucia Ferrante led the survey. Ferrante now plans to study whether shorter walks help. "
        "She believes they may."
    )
    (q,) = [q for q in reported(text) if q.quote == "they may"]
    assert q.speaker == "Lucia Ferrante"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an adjective of certainty with a clause and no "that"
        ("Ivo Marchetti is confident local fares would be frozen by April.",
         "local fares would be frozen by April", "Ivo Marchetti"),
        # the source after the clause, parsed as an apposition of its last noun
        ("The inquiry would have to be rebuilt from scratch, Tereza Rautio conceded.",
         "The inquiry would have to be rebuilt from scratch", "Tereza Rautio"),
        # an inverted source after the clause, its verb parsed as an adjective of the name
        ("Local fares might go to a public vote, added Quaresma.", "Local fares might go to a public vote",
         "Quaresma"),
        # an inverted source inside the clause, set off by commas
        ("The developer, added Kuznetsov, might go to a public vote.",
         "The developer might go to a public vote", "Kuznetsov"),
        ("The developer, insisted Rydell, could run badly over budget.",
         "The developer could run badly over budget", "Rydell"),
        # the verb parsed as a conjunct of the clause, or as an adverbial with the name its object
        ("The ministry had lost the confidence of local people, insisted Zupančič.",
         "The ministry had lost the confidence of local people", "Zupančič"),
        ("He would stand again, added Zubiri. A final decision is due in April.", "He would stand again", "Zubiri"),
        # the clause before an inverted source the parse made its object
        ("Lundeby had never been consulted, added Wasielewski.", "Lundeby had never been consulted", "Wasielewski"),
        # the subject of the clause parsed as the verb's object
        ("Carmen Mbatha maintained local fares could run badly over budget.",
         "local fares could run badly over budget", "Carmen Mbatha"),
        # an adjective of certainty parsed as the root of a passive
        ("Babić is convinced that the dredging contract had ignored repeated warnings.",
         "that the dredging contract had ignored repeated warnings", "Babić"),
    ],
)  # fmt: skip
def test_a_clause_and_its_source_however_the_parse_hung_them(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_a_verb_whose_object_may_be_a_person_after_a_comma_is_no_inverted_source() -> None:
    assert "Olek Brandt" not in {
        q.speaker for q in reported("The board approved the sale, thanked Olek Brandt.")
    }


def test_a_stance_the_tagger_read_as_a_passive_and_an_infinitive_it_read_as_an_adverbial() -> None:
    q = one("Ferreira is convinced that the contractor would be delayed until March.")
    assert (q.quote, q.speaker, q.cue_class) == (
        "that the contractor would be delayed until March",
        "Ferreira",
        "belief",
    )
    q = one("Hakimi pressed the board to pause the work.")
    assert (q.quote, q.speaker) == ("the board to pause the work", "Hakimi")


def test_a_role_in_apposition_to_a_name_is_that_name_not_a_source_as_written() -> None:
    q = one("Whit Ayresford, author of a new book on the harbour, said the tax was unfair.")
    assert q.speaker == "Whit Ayresford"


def test_an_object_and_what_it_is_called_parsed_as_one_phrase() -> None:
    (q,) = [q for q in reported('In a statement, his office called the ruling "judicial overreach".')]
    assert (q.quote, q.cue) == ('the ruling "judicial overreach"', "called")


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_it_describes() -> None:
    (found,) = reported(
        "Mary Lang spoke to the council on Monday. The clerk, whom she accused of hiding the files, resigned."
    )
    assert (found.quote, found.speaker) == ("hiding the files", "Mary Lang")


def test_a_passive_verb_of_blame_with_its_agent_keeps_the_agent_as_source() -> None:
    found = one("The nurse praised by parents for her care of the children retired on Friday.")
    assert (found.quote, found.speaker) == ("her care of the children", "parents")


def test_a_punctuation_mark_is_never_a_source() -> None:
    # the parse gave the verb two subjects: a name's question mark is not one
    found = one("The consumer group Which? said the fine was welcome but overdue.")
    assert (found.quote, found.speaker) == ("the fine was welcome but overdue", "consumer group")


def test_a_participle_after_a_content_about_a_thing_is_the_speakers_next_act() -> None:
    found = reported("Ilse Brandt said the levy would fund the pier, adding that the ferry would run in May.")
    assert [(q.quote, q.speaker, q.cue) for q in found] == [
        ("the levy would fund the pier", "Ilse Brandt", "said"),
        ("that the ferry would run in May", "Ilse Brandt", "adding"),
    ]


def test_a_participle_after_a_content_about_people_is_theirs() -> None:
    found = reported("Ilse Brandt said her neighbours had mocked the levy, calling it a farce.")
    assert [(q.quote, q.speaker) for q in found if q.cue == "calling"] == [("it a farce", "Ilse Brandt's neighbours")]


def test_adding_after_a_content_about_people_is_still_the_speakers() -> None:
    # only the one who spoke adds to what was said
    found = reported("He alleged that council officers had shared the pier money, adding that the union had proof.")
    assert [(q.quote, q.speaker_mention) for q in found if q.cue == "adding"] == [("that the union had proof", "He")]
    # but a frame's own "…, the aide recalled, adding …" is the aide's (the parse hung "recalled" on "said")
    found = reported('Pell said Roe “would never win,” the aide recalled, adding that Pell said of the deal: “It is dead.”')
    assert [q.speaker for q in found if q.cue == "adding"] == ["aide"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time before the clause's subject, with no "that": when she told them
        ("Ilse Brandt told reporters last month she hoped the ferry would run.", "she hoped the ferry would run"),
        # after "that" it is the content's own time
        ("Ilse Brandt said that last month the ferry ran late.", "that last month the ferry ran late"),
    ],
)
def test_a_time_between_cue_and_clause_belongs_to_the_cue(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.cue in {"told", "said"}] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the medium of saying, hung on the clause before its subject: how it was said
        ("The harbour board said in a statement it was checking the pier daily.", "it was checking the pier daily"),
        ("Ilse Brandt said on the radio the ferry would run again in May.", "the ferry would run again in May"),
        # after "that" the phrase is the content's own
        ("Ilse Brandt said that in a statement the board had blamed the weather.",
         "that in a statement the board had blamed the weather"),
    ],
)  # fmt: skip
def test_a_medium_between_cue_and_clause_belongs_to_the_cue(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.cue == "said"] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an infinitive after an adjective of the subject's: the subject says it
        ("Older voters are more likely to say that the ferry should be sold.", "that the ferry should be sold",
         "Older voters"),
        ("The harbour master was quick to point out that the pier had reopened.", "that the pier had reopened",
         "harbour master"),
    ],
)  # fmt: skip
def test_an_infinitive_after_an_adjective_is_its_subjects(text: str, content: str, speaker: str) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


def test_an_adjective_of_refusal_says_nothing() -> None:
    # their reluctance is a stance of theirs; that the ferry would be sold is nothing they said
    found = reported("The officials were reluctant to say that the ferry would be sold.")
    assert [(q.cue, q.cue_class) for q in found] == [("reluctant", "belief")]


def test_a_club_is_a_body_that_it_can_mean() -> None:
    text = "Harbour Rovers lost to Derby on Saturday. The club said it had acted quickly. It thanked the fans."
    # (the one club named by a club's name: Rovers; "it" is the club)
    assert [(q.quote, q.speaker) for q in reported(text)] == [
        ("it had acted quickly", "Harbour Rovers"),
        ("the fans", "Harbour Rovers"),
    ]


def test_asking_for_anonymity_is_no_content() -> None:
    found = reported("An aide, who asked for anonymity, said the ferry plan had failed.")
    assert [q.quote for q in found] == ["the ferry plan had failed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an indefinite apposition set apart from its noun sums the clause up: the writer's gloss
        ("Ilse Brandt said that some families would pay “slightly more” in fees, an admission that the budget "
         "was tight.", "that some families would pay “slightly more” in fees"),
        # right after its noun it names that noun, and is part of the content
        ("Ilse Brandt said the town would sell the pier, a landmark since 1901.",
         "the town would sell the pier, a landmark since 1901"),
    ],
)  # fmt: skip
def test_an_apposition_that_sums_up_ends_the_content(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)] == [content]


def test_a_clause_before_its_source_runs_to_the_comma_before_it() -> None:
    # the parse hung the last quoted word on the verb; the content still runs to the source's comma
    found = reported("Voters should ignore words like “maybe” and “perhaps”, the harbour master told reporters.")
    assert [q.quote for q in found] == ["Voters should ignore words like “maybe” and “perhaps”"]


def test_a_bodys_initials_keep_their_capitals() -> None:
    assert one("The HRPC say the crash on the harbour road is under investigation.").speaker == "HRPC"


def test_a_headline_verb_the_parse_made_a_subject_speaks_for_no_one() -> None:
    text = "Lind Announces Plans She And The Council Have Made For The Bridge\n\nJo Lind said the bridge would open in May."
    assert [(q.quote, q.speaker) for q in reported(text)] == [("the bridge would open in May", "Jo Lind")]


def test_a_body_named_by_whose_it_is_takes_the_owners_full_name() -> None:
    text = "Maren Dahl spoke at the town hall on Monday. Her party has demanded a vote on the ferry deal."
    assert [(q.quote, q.speaker) for q in reported(text)] == [("a vote on the ferry deal", "Maren Dahl's party")]


def test_a_body_named_after_its_noun_is_no_person_in_apposition() -> None:
    # "the brokerage Corven Capital" names the firm the analysts work at, not an analyst
    found = one("Analysts at the brokerage Corven Capital said the ruling could cost the ferry firms millions.")
    assert found.speaker == "Analysts at the brokerage Corven Capital"


def test_a_watchdog_is_a_body_that_it_can_mean() -> None:
    found = reported("The harbour's safety watchdog has opened an inquiry into the ferry fire, it said on Monday.")
    assert [(q.quote, q.speaker) for q in found] == [
        ("The harbour's safety watchdog has opened an inquiry into the ferry fire", "harbour's safety watchdog")
    ]


def test_one_of_a_group_named_in_apposition_is_that_name() -> None:
    found = one("One of the ferry firms, Orchard Lines, said it would cooperate with the inquiry.")
    assert (found.quote, found.speaker) == ("it would cooperate with the inquiry", "Orchard Lines")


def test_an_agency_named_for_its_country_speaks_by_its_whole_name() -> None:
    # the entity tagger takes the country alone in this story; the agency's name is both words
    text = (
        "Wildfire smoke prompts health warnings across the region\n\n"
        "Health officials issued air quality warnings for much of the province on Monday as smoke from more "
        "than 80 wildfires drifted south.\n\n"
        "Dr. Amara Okafor, the province's chief medical officer, urged people with asthma and heart conditions "
        "to stay indoors. \"If you can smell smoke, the air is not safe for you,\" she told a briefing.\n\n"
        "Environment Canada forecast that the smoke would linger until at least Wednesday, when a change in "
        "wind direction is expected.\n\n"
        "The fires have forced about 4,000 people from their homes, according to the province's emergency "
        "management agency.\n"
    )
    (found,) = [q for q in reported(text) if q.cue == "forecast"]
    assert found.speaker == "Environment Canada"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator is calling for the navy to step up patrols in the strait.", "the navy to step up patrols in the strait"),
        ("The union pushed for the depot to stay open at night.", "the depot to stay open at night"),
    ],
)
def test_a_call_for_someone_to_act_is_the_whole_clause(text: str, content: str) -> None:
    # the parse makes "for" the mark of a clause of its own, not a preposition with an object
    assert one(text).quote == content


def test_a_participle_after_a_quoted_phrase_is_the_speakers_next_act() -> None:
    found = quotes.extract("The chief said the plan was “a disaster,” referring to the new budget.", kinds="all")
    assert [(q.kind, q.quote, q.speaker, q.cue) for q in found] == [
        ("reported", "the plan was “a disaster,”", "chief", "said"),
        ("partial", "a disaster,", "chief", "said"),
        ("reported", "the new budget", "chief", "referring"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The councillor used to support the ferry levy.", "the ferry levy"),
        ("Older voters tended to back the mayor.", "the mayor"),
    ],
)
def test_an_act_under_a_verb_that_reports_nothing_is_still_reported(text: str, content: str) -> None:
    assert one(text).quote == content


def test_an_act_under_a_verb_that_reports_it_is_that_verbs_content() -> None:
    assert one("The minister declined to comment on the merger.").quote == "to comment on the merger"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The senator voiced support for the ferry levy on Wednesday.", "the ferry levy", "senator"),
        ("Ana Ruiz also expressed concern about the closed depot.", "the closed depot", "Ana Ruiz"),
        ("The auditor cast doubt on the ferry figures.", "the ferry figures", "auditor"),
    ],
)
def test_a_stance_put_forward_is_about_what_follows_it(text: str, content: str, speaker: str) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


def test_a_purpose_in_order_to_is_done_by_the_subject_of_its_clause() -> None:
    found = one("The club raised its fees in order to justify the new stand.")
    assert (found.speaker, found.quote) == ("club", "the new stand")


def test_a_passive_conjunct_of_a_collective_subject_goes_on_with_the_content() -> None:
    text = "A former porter said staff were asked to skip breaks and were told that complaints would go nowhere."
    found = one(text)
    assert (found.speaker, found.quote) == (
        "former porter",
        "staff were asked to skip breaks and were told that complaints would go nowhere",
    )


def test_what_was_told_after_the_listener_with_a_tense_and_a_place_is_content() -> None:
    found = one("The mayor told the paper she had spoken with the harbour board.")
    assert (found.speaker, found.quote) == ("mayor", "she had spoken with the harbour board")


def test_a_view_opening_a_sentence_whose_verb_is_a_things_is_the_owners() -> None:
    found = reported("Ines Varga said the strike was unusual. In her view, the dispute reflects a wider change.")
    assert [(q.speaker, q.quote) for q in found][-1] == ("Ines Varga", "the dispute reflects a wider change")


@pytest.mark.parametrize(
    "text",
    [
        "Families who said farewell to the soldiers waved flags at the gate.",
        "The chaplain said grace before the meal.",
        "Inspectors questioned dockworkers about the spill.",
    ],
)
def test_a_rite_or_whom_one_questions_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_anothers_frame_set_inside_a_clause_is_not_part_of_it() -> None:
    found = reported("The singer believes, her agent added, that she was targeted deliberately.")
    assert ("singer", "that she was targeted deliberately") in [(q.speaker, q.quote) for q in found]


def test_bare_verbs_after_an_urged_infinitive_go_on_with_it() -> None:
    text = "The bank urged customers to change their passwords, check their statements and report fraud."
    assert one(text).quote == "customers to change their passwords, check their statements and report fraud"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Varga said the bridge would shut in May, when repairs begin.",
         "the bridge would shut in May, when repairs begin"),
        ("Ines Varga said the party lost the suburbs, where turnout fell.", "the party lost the suburbs, where turnout fell"),
    ],
)  # fmt: skip
def test_a_relative_clause_of_time_or_place_is_part_of_what_was_said(text: str, content: str) -> None:
    assert one(text).quote == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senior figures in the party said the vote could be lost.", "Senior figures"),
        ("A leading figure in the union conceded that the ballot was close.", "leading figure"),
    ],
)
def test_a_figure_described_as_a_person_speaks(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbour board took issue with the new berth fees.", "the new berth fees", "took issue with"),
        ("Councillors pushed back on the plan to shut the ferry office.", "the plan to shut the ferry office",
         "pushed back"),
        ("The dockers' union came out strongly against the takeover.", "the takeover", "came out strongly against"),
        ("The senator took a swipe at the lottery board.", "the lottery board", "took a swipe at"),
        ("Delegates cast their votes for the incumbent.", "the incumbent", "cast their votes for"),
        ("The treasurer signed off on the revised budget.", "the revised budget", "signed off on"),
        ("The mayor doubled down on her pledge.", "her pledge", "doubled down on"),
        ("The senator took aim at the lottery scheme.", "the lottery scheme", "took aim at"),
    ],
)  # fmt: skip
def test_an_idiom_of_stance_is_about_what_its_preposition_names(text: str, content: str, cue: str) -> None:
    found = one(text)
    assert (found.quote, found.cue) == (content, cue)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The minister said nothing about the ferry contract.", "the ferry contract", "said nothing about"),
        ("The council has said little on the tram extension.", "the tram extension", "said little on"),
    ],
)
def test_how_little_was_said_about_something_is_in_the_cue(text: str, content: str, cue: str) -> None:
    found = one(text)
    assert (found.quote, found.cue) == (content, cue)


def test_saying_nothing_on_a_day_reports_nothing() -> None:
    assert reported("The minister said nothing on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The crew pushed back the launch date.",
        "She took the issue with her to the tribunal.",
        "Residents came out of the hall smiling.",
        "Fans came out for the parade on Sunday.",
        "The nurse touched him on the shoulder.",
    ],
)
def test_the_words_of_an_idiom_of_stance_apart_report_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The toll plan has drawn harsh criticism from local farmers.", "The toll plan", "local farmers"),
        ("The mayor faced criticism from councillors for her remarks on the strike.", "her remarks on the strike", "councillors"),
    ],
)
def test_a_stance_drawn_from_others_is_theirs(text: str, content: str, speaker: str) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    ["She won support from unions.", "Her statements over the past year angered farmers."],
)
def test_a_stance_about_no_one_named_or_a_time_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry bill, opposed by most unions, never became law.", "The ferry bill", "most unions"),
        ("The plan endorsed by the council will cost more.", "The plan", "council"),
    ],
)
def test_a_noun_described_by_a_passive_act_and_its_agent_is_its_content(
    text: str, content: str, speaker: str
) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


def test_a_noun_described_by_a_passive_deed_reports_nothing() -> None:
    assert reported("The ferry, hit by a storm in May, sank.") == []


def test_a_percent_sign_at_the_end_of_a_content_stays() -> None:
    assert one("The minister said bus fares rose 3%.").quote == "bus fares rose 3%"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The figures show that rents have doubled.", "that rents have doubled", "The figures"),
        ("Court records show the landlord was fined twice.", "the landlord was fined twice", "Court records"),
        (
            "Figures released by the Home Office on Thursday showed a rise in arrests.",
            "a rise in arrests",
            "Home Office",
        ),
    ],
)
def test_a_record_that_shows_something_is_its_source(text: str, content: str, speaker: str) -> None:
    found = one(text)
    assert (found.quote, found.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ("According to figures from the statistics office, rents rose by a fifth.", "statistics office", "organisation"),
        ("According to the ministry's figures, ferry fares rose.", "ministry", "organisation"),
        ("According to figures in the council's budget, fares rose.", "figures", "document"),
        ("According to data from 2019, fares rose.", "data", "document"),
    ],
)
def test_a_record_speaks_by_who_released_it(text: str, speaker: str, speaker_type: str) -> None:
    found = one(text)
    assert (found.speaker, found.speaker_type) == (speaker, speaker_type)


def test_a_speech_sent_by_someone_is_theirs() -> None:
    found = one("A statement released by the harbour board said the pier would close.")
    assert found.speaker == "harbour board"


def test_a_name_given_as_a_second_object_is_part_of_the_content() -> None:
    found = reported('Residents demanded a review, terming the flood "a man-made disaster".')
    assert [q.quote for q in found] == ["a review", 'the flood "a man-made disaster"']


def test_a_court_directing_someone_to_act_is_reported() -> None:
    found = one("The High Court on Friday directed the council to reopen the ferry terminal.")
    assert (found.quote, found.speaker) == ("the council to reopen the ferry terminal", "High Court")


def test_a_bench_of_judges_speaks_for_the_court() -> None:
    found = reported("The bench said it was dismayed by the delays and asked the port to file a report.")
    assert [(q.quote, q.speaker) for q in found] == [
        ("it was dismayed by the delays", "bench"),
        ("the port to file a report", "bench"),
    ]


def test_submitting_that_reports_a_clause_and_submitting_a_thing_reports_nothing() -> None:
    found = one("For the port, counsel submitted that the ferry had been inspected twice.")
    assert (found.quote, found.speaker) == ("that the ferry had been inspected twice", "counsel")
    assert reported("The firm submitted a bid for the ferry contract.") == []


def test_holding_that_reports_a_ruling_and_holding_a_thing_reports_nothing() -> None:
    found = one("The tribunal held that the ferry operator had breached its licence.")
    assert (found.quote, found.speaker, found.cue) == ("that the ferry operator had breached its licence", "tribunal", "held")
    assert reported("The ferry operator held a meeting with the tribunal on Monday.") == []


def test_reminding_someone_that_reports_the_clause_and_reminding_of_a_thing_reports_nothing() -> None:
    found = one("The judge reminded the jury that the defendant was presumed innocent.")
    assert (found.quote, found.speaker, found.cue) == (
        "that the defendant was presumed innocent", "judge", "reminded"
    )
    assert reported("The smell of the harbour reminded her of her childhood.") == []


def test_a_that_clause_hung_on_the_call_it_was_said_on_is_the_content() -> None:
    text = 'The chief executive told analysts on a conference call that the firm expected "a hard winter".'
    found = quotes.extract(text, kinds="all")
    assert [(q.kind, q.quote, q.speaker) for q in found] == [
        ("reported", 'that the firm expected "a hard winter"', "chief executive"),
        ("partial", "a hard winter", "chief executive"),
    ]


def test_a_list_after_a_relative_clause_keeps_it_relative() -> None:
    found = reported("Ruiz spoke on the problems that the port faces — silt, debt — at length.")
    assert "that the port faces" not in [q.quote for q in found]


def test_quoted_words_held_by_someone_inside_what_a_speaker_said_are_the_speakers() -> None:
    found = quotes.extract('Roe said the ferry firm expected "a hard year".', kinds="all")
    assert [(q.kind, q.speaker) for q in found] == [("reported", "Roe"), ("partial", "Roe")]


def test_they_opening_a_reported_clause_is_the_group_that_reports_it() -> None:
    text = "Analysts at the bank called the warning no surprise. Unions have said they fear 200 jobs could go."
    (fear,) = [q for q in reported(text) if q.cue == "fear"]
    assert fear.speaker == "Unions"


def test_a_group_named_by_an_agent_noun_speaks_through_a_second_verb() -> None:
    found = reported("Tenant advocates welcomed the cap but said it did not go far enough.")
    assert [(q.quote, q.speaker) for q in found] == [
        ("the cap", "Tenant advocates"),
        ("it did not go far enough", "Tenant advocates"),
    ]


def test_rejecting_a_claim_no_one_owns_reports_the_claim_whole() -> None:
    found = one("The minister rejected the suggestion that the cap would slow building.")
    assert found.quote == "the suggestion that the cap would slow building"


def test_a_claim_a_verb_puts_forward_brings_its_sentence_to_the_parser() -> None:
    found = one("Roe raised the concern that ferry fares would rise.")
    assert (found.quote, found.speaker) == ("that ferry fares would rise", "Roe")


def test_evidence_given_that_something_happened_is_what_the_witness_said() -> None:
    found = one("Trial\n\nA porter, Ivo Lind, gave evidence that she raised the alarm twice.")
    assert (found.quote, found.speaker) == ("that she raised the alarm twice", "Ivo Lind")
    # evidence found or missing is no one's words
    assert reported("Trial\n\nThere is no evidence that the pier is unsafe.") == []


def test_a_speaker_named_in_apposition_to_a_plain_noun_speaks_through_a_participle() -> None:
    found = one("Her counterpart, Jonas Kerr, struck a gloomier tone, saying the gap was wide.")
    assert (found.quote, found.speaker) == ("the gap was wide", "Jonas Kerr")


def test_saying_little_says_nothing() -> None:
    assert reported("The chancellor has said little in public about the talks.") == []


def test_a_participle_describing_an_opening_source_is_not_its_content() -> None:
    found = one("According to the lawsuit, filed on Tuesday by two families, the depot leaked fuel for years.")
    assert (found.quote, found.speaker) == ("the depot leaked fuel for years", "lawsuit")


def test_a_school_district_is_a_body_that_speaks() -> None:
    found = reported("The school district declined to comment on the lawsuit, citing privacy laws.")
    assert [(q.quote, q.speaker) for q in found] == [
        ("to comment on the lawsuit", "school district"),
        ("privacy laws", "school district"),
    ]


def test_calling_on_someone_to_act_names_whom_it_asks() -> None:
    found = one("The surgeons' college called on ministers to set out a plan for recovery.")
    assert found.quote == "ministers to set out a plan for recovery"


def test_a_think_tank_speaks_for_its_analysis() -> None:
    found = one("Analysis by the Harbour Fund think tank suggests fares could double by 2030.")
    assert (found.quote, found.speaker) == ("fares could double by 2030", "Harbour Fund think tank")


def test_a_gloss_after_a_comma_ends_the_content() -> None:
    text = "The charity estimated that a tenth of all treated water was lost through leaking pipes, a figure the companies dispute."
    assert one(text).quote == "that a tenth of all treated water was lost through leaking pipes"


def test_a_move_glossed_after_a_comma_ends_the_content() -> None:
    found = reported("Tarnwell announced it would shut two depots, a move that unions warned would cost jobs.")
    assert [q.quote for q in found if q.cue == "announced"] == ["it would shut two depots"]


def test_a_charge_someone_denies_after_a_comma_ends_the_content() -> None:
    text = 'Ms Adeyemi called the toll "a tax on the poor", a charge the mayor has denied.'
    found = [q for q in reported(text) if q.cue == "called"]
    assert [q.quote for q in found] == ['the toll "a tax on the poor"']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a phrase the parse hung on the verb goes on with the object: a topic, a gerund, a relative clause
        ("The senator attacked the plan over its cost.", "the plan over its cost"),
        ("The union questioned the board's judgment in approving the merger.",
         "the board's judgment in approving the merger"),
        ("She recalled an incident at a theatre that left her friend in tears.",
         "an incident at a theatre that left her friend in tears"),
        # not a time, a medium, a means or a named place
        ("The coach praised the team after winning the final.", "the team"),
        ("The minister defended the budget in a statement on Tuesday.", "the budget"),
        ("They explained the delay by blaming the weather.", "the delay"),
        ("The mayor praised the volunteers in Glenmore.", "the volunteers"),
    ],
)  # fmt: skip
def test_an_object_goes_on_with_a_phrase_about_it_not_with_when_or_how(text: str, content: str) -> None:
    first = min((q for q in reported(text) if q.rule == "reported-object"), key=lambda q: q.start)
    assert first.quote == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a record set off at the end, whatever the tagger made of "show"
        ("The firm gave $5,000 to the fund on June 27, 2019, campaign finance records show.",
         "The firm gave $5,000 to the fund on June 27, 2019", "campaign finance records"),
        ("The warden had to lend her campaign hundreds of euros last week, fundraising documents show.",
         "The warden had to lend her campaign hundreds of euros last week", "fundraising documents"),
        ("Unemployment fell to 4 percent in March, data from the statistics office shows.",
         "Unemployment fell to 4 percent in March", "statistics office"),
        ("Householders will pay 5% more from April, figures released by the borough show.",
         "Householders will pay 5% more from April", "borough"),
        # set off inside the sentence: both sides, unless a clause of its own follows
        ("During the same month, council records show, the depot has been empty for weeks.",
         "During the same month the depot has been empty for weeks", "council records"),
        ("The boat was insured for $3 million in 2015, records show, and experts doubt it is worth that.",
         "The boat was insured for $3 million in 2015", "records"),
    ],
)  # fmt: skip
def test_a_record_set_off_at_the_end_of_a_clause_reports_it(text: str, content: str, speaker: str) -> None:
    q = next(q for q in reported(text) if q.cue in {"show", "shows", "indicate"})
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    ["The band played its greatest hits, the last show.", "She loved the parade, the fireworks and the show."],
)
def test_a_show_at_the_end_of_a_list_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what the object is taken as, a question joined to it; a relative clause set off at the end is cut
        ("The senator pointed to the board as the main obstacle to reform.",
         "the board as the main obstacle to reform"),
        ("The bishop will come on the broadcast to talk about the cathedral and how the diocese can pay for it.",
         "the cathedral and how the diocese can pay for it"),
        ("In the debate she referred to her brother Tom, who served in the navy.", "her brother Tom"),
        # not a clause of time, nor a second act
        ("The mayor talked about the budget as he left.", "the budget"),
        ("She spoke about the fire and then left the stage.", "the fire"),
    ],
)  # fmt: skip
def test_a_preposition_s_content_goes_on_with_what_it_is_taken_as(text: str, content: str) -> None:
    (q,) = [q for q in reported(text) if q.rule == "reported-preposition"]
    assert q.quote == content


def test_raising_questions_about_something_reports_what_is_questioned() -> None:
    q = one("The paper raised questions about whether the mayor had lied.")
    assert (q.quote, q.speaker) == ("whether the mayor had lied", "paper")
    assert reported("The question is whether the bridge will hold.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # some number of people holds a stance as people do
        ("A growing number of councillors support the reform.", "the reform", "growing number of councillors"),
        ("A handful of residents oppose the new car park.", "the new car park", "handful of residents"),
        # a stance verb the tagger made a noun after its plural subject, then its gerund
        ("The nurses support banning overtime shifts.", "banning overtime shifts", "nurses"),
    ],
)  # fmt: skip
def test_a_stance_held_by_some_number_of_people(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_a_figure_or_a_noun_after_plural_noun_holds_no_stance() -> None:
    assert reported("The number of visitors fell.") == []
    assert reported("The nurses support group meets weekly.") == []


def test_seeing_something_as_an_adjective_parsed_as_an_adverb_reports_both() -> None:
    text = "Four in 10 anglers see the rule of Jo Roe as most unfair, and a quarter said that of the warden."
    q = next(q for q in reported(text) if q.cue == "see")
    assert (q.quote, q.speaker) == ("the rule of Jo Roe as most unfair", "Four in 10 anglers")
    assert [q.cue for q in reported("They see the mayor as he walks in.")] == []


def test_figures_after_a_dash_at_the_end_are_the_writer_s() -> None:
    text = "Members still view Ms. Kell as far better equipped for the job - with 60 percent saying so."
    q = next(q for q in reported(text) if q.cue == "view")
    assert q.quote == "Ms. Kell as far better equipped for the job"
    q = one("The mayor said the town would cope with the floods.")
    assert q.quote == "the town would cope with the floods"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a phrasal verb whose object or gerund is what was said or held
        ("The mayor laid out her vision for the harbour.", "her vision for the harbour", "laid out"),
        ("She pointed out the progress she has made.", "the progress she has made", "pointed out"),
        ("He ruled out raising taxes.", "raising taxes", "ruled out"),
        ("She ruled out job cuts.", "job cuts", "ruled out"),
        ("She played down the risk of flooding.", "the risk of flooding", "played down"),
    ],
)  # fmt: skip
def test_a_phrasal_verb_reports_its_object(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


@pytest.mark.parametrize("text", ["She brought up her children in Leeds.", "They set out at dawn."])
def test_a_phrasal_verb_of_no_saying_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # words handed over are what was said
        ("The senator offered his assessment of the deal.", "his assessment of the deal"),
        ("They offered no details about the plan.", "no details about the plan"),
    ],
)
def test_words_offered_are_what_was_said(text: str, content: str) -> None:
    assert one(text).quote == content


@pytest.mark.parametrize(
    "text",
    ["She offered him a job.", "The firm offered a discount.", "The mayor offered her condolences to the families."],
)
def test_offering_things_or_a_ritual_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a stance received, its holders named by "of"
        ("The mayor has the support of most unions.", "The mayor", "most unions"),
        ("The plan won the backing of the council.", "The plan", "council"),
    ],
)  # fmt: skip
def test_a_stance_received_from_those_named_by_of(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text", ["The plan drew criticism of its cost.", "Most voters have a low view of the mayor."]
)
def test_of_after_a_stance_about_something_names_no_holder(text: str) -> None:
    assert [q.speaker for q in reported(text) if q.rule == "reported-received"] == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a verb made a stance by "in favour of", "in support of"
        ("She spoke out in favor of the levy.", "the levy", "spoke in favor of"),
        ("The council voted in support of the plan, which was drawn up in May.", "the plan", "voted in support of"),
    ],
)  # fmt: skip
def test_a_verb_in_favour_of_something_is_a_stance(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


def test_living_in_support_of_a_family_is_no_stance() -> None:
    assert reported("He lives in support of his family.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a noun for someone who holds a stance, said of a person
        ("Jo Roe, a fierce critic of the plan, spoke first.", "the plan", "critic of"),
        ("Jo Roe is an outspoken supporter of the levy.", "the levy", "supporter of"),
        ("She voted in opposition to the bill.", "the bill", "voted in opposition to"),
    ],
)  # fmt: skip
def test_a_holder_of_a_stance_said_of_a_person(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


def test_holders_of_a_stance_who_speak_are_speakers_not_a_stance() -> None:
    assert [(q.quote, q.cue) for q in reported("Supporters of the levy said it was fair.")] == [
        ("it was fair", "said")
    ]
    assert reported("The critics of the plan met on Friday.") == []


def test_where_a_statement_was_posted_is_not_what_it_is_about() -> None:
    assert [q.quote for q in reported("The council posted a statement on its website.")] == []
    q = one("Her attacks on Jo Roe grew sharper.")
    assert q.quote == "Jo Roe"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # an attitude and what it is about
        ("Tenants are nervous about the rent rise.", "the rent rise", "nervous"),
        ("The minister has been vocal about the cuts.", "the cuts", "vocal"),
        ("She is proud of her record.", "her record", "proud"),
        ("Many voters were just as interested in the court race.", "the court race", "interested"),
    ],
)  # fmt: skip
def test_an_attitude_reports_what_it_is_about(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


def test_speaking_at_length_about_something_reports_it() -> None:
    assert one("She spoke at length about the flood.").quote == "the flood"
    assert reported("She spoke on condition of anonymity.") == []


@pytest.mark.parametrize("setting", ["on the occasion", "on the sidelines of the harbour summit"])
def test_where_someone_spoke_is_not_what_they_spoke_about(setting: str) -> None:
    found = reported(f"Speaking {setting}, Ilse Brandt said the ferry would run in May.")
    assert [(q.quote, q.cue) for q in found] == [("the ferry would run in May", "said")]


def test_a_gloss_on_a_name_ends_a_noun_phrase_content_not_a_clause() -> None:
    assert one("The mayor praised Glenmore, the town's oldest district.").quote == "Glenmore"
    text = "The mayor said the deal was backed by Jo Roe, the harbour master."
    q = next(q for q in reported(text) if q.cue == "said")
    assert q.quote == "the deal was backed by Jo Roe, the harbour master"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the -s form of a noun-like cue before its preposition
        ("The minister calls for the tech firms to roll back the encryption.",
         "the tech firms to roll back the encryption"),
        # an estimate and what it puts the object at; a finding and where it puts it
        ("The magazine estimates her fortune at about $4 billion.", "her fortune at about $4 billion"),
        ("A new poll shows the mayor 16 points ahead of her rival.", "the mayor 16 points ahead of her rival"),
    ],
)  # fmt: skip
def test_an_object_and_where_a_verb_puts_it(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_phrasal_verb_whose_particle_was_parsed_a_preposition_reports_its_object() -> None:
    text = 'The harbourmaster waves off the flooding as having "modest" effect.'
    q = next(q for q in reported(text))
    assert (q.quote, q.cue) == ('the flooding as having "modest" effect', "waves off")


def test_declining_to_be_named_reports_nothing() -> None:
    text = "A ministry spokesperson, who declined to be named, said the figures were wrong."
    assert [q.quote for q in reported(text)] == ["the figures were wrong"]


@pytest.mark.parametrize(
    "text",
    ["Carla Mendes showed no emotion as the verdict was read.", "She showed great courage."],
)
def test_what_a_person_shows_is_no_finding(text: str) -> None:
    assert reported(text) == []


def test_what_a_named_poll_shows_is_a_finding() -> None:
    assert one("The Field Poll shows the mayor at 5 percent.").quote == "the mayor at 5 percent"


def test_a_source_last_frame_reports_a_clause_the_parse_took_for_a_noun_phrase() -> None:
    text = (
        "Manchester United have sacked manager Erik Holm after Sunday's FA Cup defeat to third-tier "
        "Barnsley, the club announced on Monday."
    )
    q = one(text)
    assert (q.quote.split(" after ")[0], q.speaker_mention) == (
        "Manchester United have sacked manager Erik Holm", "the club"
    )


def test_an_infinitive_after_on_condition_of_anonymity_is_why_not_what() -> None:
    text = "She was unable to hire a single welder, she said, on condition of anonymity to talk openly about the yard."
    assert one(text).quote == "She was unable to hire a single welder"


def test_a_conjunction_opening_the_sentence_is_the_writer_s_link_not_content() -> None:
    text = "But as Lise Kranz points out in a column, doing interviews gives the mayor a huge advantage."
    assert one(text).quote == "doing interviews gives the mayor a huge advantage"
    assert one("And the plan will fail, she said.").quote == "the plan will fail"


def test_who_s_called_for_is_a_perfect_not_a_passive() -> None:
    text = "Other than Councillor Ada Marsh, who's called for 4,000 homes, the candidates aren't offering details."
    q = next(q for q in reported(text) if q.cue == "called")
    assert (q.quote, q.speaker) == ("4,000 homes", "Ada Marsh")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the words that name a record at the end of its clause, however the parse hung them
        ("The ministry had misled the committee, data from the county office show.", "county office"),
        ("The developer might go to a public vote, planning documents show.", "planning documents"),
        # who saw the record is not who made it
        ("Over 400 patients wait for surgery, hospital records seen by the Beacon show.", "hospital records"),
    ],
)
def test_a_record_at_the_end_of_its_clause_is_named_as_written(text: str, speaker: str) -> None:
    q = one(text)
    assert q.speaker == speaker


def test_a_poll_hung_on_the_lead_it_gives_frames_the_clause() -> None:
    text = "In the fall of 2019, the mayor held a 24-point lead over her rival among older voters in a city poll."
    q = one(text)
    assert (q.quote.endswith("among older voters"), q.speaker, q.rule) == (True, "city poll", "source-frame")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # what attention is drawn to, however the parse hung "to"
        ("The report drew attention to the backlog of cases.", "the backlog of cases", "report"),
        ("Her speech called attention to the cuts.", "the cuts", "Her speech"),
    ],
)  # fmt: skip
def test_drawing_attention_to_something_reports_it(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a state of holding a stance: "be" and the participle with its preposition
        ("She is opposed to the plan.", "the plan", "She"),
        ("The mayor was still focused on the budget.", "the budget", "mayor"),
        ("More recently, young skippers have focused on tides.", "tides", "young skippers"),
    ],
)  # fmt: skip
def test_a_stance_held_as_a_state(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_as_opposed_to_is_rather_than_no_stance() -> None:
    text = "The mayor talks about the harbour, as opposed to the budget."
    assert [q.cue for q in reported(text)] == ["talks"]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # an expectation and a projection with a that-clause
        ('He anticipated that the biggest challenge would be "dealing with the debt."',
         'that the biggest challenge would be "dealing with the debt."', "anticipated"),
        ("The firm projected that sales would rise by a tenth.", "that sales would rise by a tenth", "projected"),
    ],
)  # fmt: skip
def test_anticipating_and_projecting_report_their_clause(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


def test_projecting_a_film_reports_nothing() -> None:
    assert reported("The council projected the film on a wall.") == []


def test_a_progressive_verb_keeps_its_own_subject() -> None:
    # "is planning": no participle set off after a clause, whose doer is the subject above
    text = "Unions are understood to be planning further strikes in the spring, sources close to the talks said."
    speakers = {q.cue: q.speaker for q in reported(text)}
    assert speakers == {"said": "sources close to the talks", "planning": "Unions"}


def test_a_backshifted_verb_goes_on_a_content_the_parse_hung_on_where_it_was_said() -> None:
    # the parse hangs the that-clause on "statement" and "would appeal" on "said"
    text = 'His agent, Ciaran Holt, said in a statement that the winger was "gutted" and would appeal.'
    found = {(q.cue, q.quote, q.speaker) for q in reported(text)}
    assert found == {("said", 'that the winger was "gutted" and would appeal', "Ciaran Holt")}
    # and a second that-clause joined to the verb
    text = (
        'Ivo Rask told reporters after the meeting that he had found the talks "tough but fair" and that '
        "Velmora would publish its accounts by June."
    )
    found = {(q.cue, q.quote) for q in reported(text)}
    assert ("told", 'that he had found the talks "tough but fair" and that Velmora would publish its accounts by June') in found


def test_a_backshifted_verb_the_parse_joined_to_said_goes_on_the_content() -> None:
    found = {(q.cue, q.quote, q.speaker_mention) for q in reported(
        'Defending, Mark Hollis said his client was "deeply remorseful" and had sought treatment for gambling.')}  # fmt: skip
    assert ("said", 'his client was "deeply remorseful" and had sought treatment for gambling', "Mark Hollis") in found
    assert ("sought", "treatment for gambling", "his client") in found
    # a plain past after "said" is the speaker's next act
    found = {(q.cue, q.speaker) for q in reported("She said she admires him and called him a friend.")}
    assert found - {("admires", "she")} == {("said", "She"), ("called", "She")}


def test_a_content_that_opens_with_quoted_words_keeps_their_opening_mark() -> None:
    # the parse hangs the opening mark on "said"
    assert one('Ana Ruiz said "the old pier" was safe.').quote == '"the old pier" was safe'
    assert one("Ana Ruiz said the old pier was “safe”.").quote == "the old pier was “safe”"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The senator has made comments about the cost of the pier.", "the cost of the pier",
         "made comments about"),
        ("The mayor gave a speech on housing at the town hall.", "housing", "gave speech on"),
        ("He made disparaging remarks about migrants during the rally.", "migrants", "made remarks about"),
    ],
)  # fmt: skip
def test_a_piece_of_speech_put_out_about_a_topic(text: str, content: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.cue) == (content, cue)


@pytest.mark.parametrize(
    "text", ["The mayor gave a speech on Monday.", "She made a post on Facebook.", "She delivered a speech in Leeds."]
)
def test_a_piece_of_speech_put_out_when_or_where_has_no_topic(text: str) -> None:
    assert reported(text) == []


def test_an_object_ends_before_the_statement_it_was_given_in() -> None:
    q = one("The club confirmed the decision in a short statement on Sunday evening.")
    assert q.quote == "the decision"
    # a text that is part of what the object is stays
    found = {q.quote for q in reported("She denied a demand in a legal dispute to search her.")}
    assert "a demand in a legal dispute" in found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry union is willing to accept a lower offer.", "to accept a lower offer", "ferry union"),
        ("The minister was reluctant to sign the deal.", "to sign the deal", "minister"),
        # after the noun of its holder
        ("Firms willing to invest in the port will get tax breaks.", "to invest in the port", "Firms"),
        # a verb of intention with its infinitive
        ("The ferry firm is looking to cut costs.", "to cut costs", "ferry firm"),
        # a participle set off after its clause: the clause's subject intends it
        ("Both candidates campaigned hard in the north, hoping to win over the fishing towns.",
         "to win over the fishing towns", "Both candidates"),
    ],
)  # fmt: skip
def test_an_intention_and_its_infinitive(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.cue_class) == (content, speaker, "belief")


@pytest.mark.parametrize(
    "text",
    [
        "She has a keen eye for detail.",
        "The new pier is ready to open.",
        "The firm looked at the plan.",
        "They look like they will win.",
        "We look to the future.",
    ],
)
def test_no_intention_without_an_infinitive_or_a_holder(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The ferry union would like to see a new offer.", "to see a new offer", "would like"),
        ("The harbour board said it’d love to extend the pier.", "to extend the pier", "’d love"),
        ("The ferry union wouldn't like to lose the night route.", "to lose the night route", "wouldn't like"),
    ],
)
def test_a_wish_with_its_modal_and_infinitive(text: str, content: str, cue: str) -> None:
    q = next(q for q in reported(text) if q.quote == content)
    assert (q.cue, q.cue_class) == (cue, "belief")


@pytest.mark.parametrize(
    "text",
    ["The pier looks like a ruin.", "She likes to swim before work.", "The fans loved the new kit.", "I'd like a tea."],
)
def test_no_wish_without_a_modal_and_an_infinitive(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Most ferry users prefer the northern route.", "the northern route"),
        ("The coach listed three reasons for the defeat.", "three reasons for the defeat"),
        ("The coach listed him as a doubt for Saturday.", "him as a doubt for Saturday"),
    ],
)
def test_a_preference_or_a_list_as_an_object(text: str, content: str) -> None:
    assert one(text).quote == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("It is the same levy the harbour board opposed last year.", "the same levy", "harbour board"),
        ("The ferry firm dropped the surcharge, which the union had criticized.", "the surcharge", "union"),
        ("The fares that the union criticized will rise in May.", "The fares", "union"),
        ("The cuts she rails against are small.", "The cuts", "she"),
    ],
)
def test_a_relative_clause_leaves_out_the_object_of_its_act(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "It was the day the mayor announced the cuts.",
        "They met on the day the union had proposed.",
        "She read the terms to which the club had agreed.",
        "The car the coach bought was red.",
        "The council that opposed the plan met on Monday.",
    ],
)
def test_no_relative_object_where_the_clause_has_its_own(text: str) -> None:
    assert all(q.quote not in {"the day", "The car", "The council", "the terms"} for q in reported(text))


@pytest.mark.parametrize(
    "text",
    [
        "The jockey will appeal the suspension.",
        "The ferry trust has sought legal advice on the lease.",
        "The council will consider a plan next month to merge the two depots.",
    ],
)
def test_an_act_on_a_thing_is_no_content(text: str) -> None:
    assert reported(text) == []


def test_what_an_object_is_considered_is_content() -> None:
    assert one("The coach considered the draw a fair result.").quote == "the draw a fair result"


def test_an_as_clause_with_content_of_its_own_frames_nothing() -> None:
    found = reported("The storm flattened half the barley crop, as growers warned of shortages.")
    assert [(q.speaker, q.quote) for q in found] == [("growers", "shortages")]


def test_according_to_a_norm_closing_a_clause_is_no_source() -> None:
    text = "Anyone who blocks the pier will be dealt with according to the law, the harbour master warned."
    assert [q.speaker for q in reported(text)] == ["harbour master"]
    # set off by a comma, or opening the sentence, the rules say it
    assert one("The fee must rise, according to the rules.").speaker == "rules"


@pytest.mark.parametrize(
    "text",
    [
        "Reacting to the verdict, the coach told reporters that she was relieved.",
        "Delivering the judgment for the panel, the judge said the appeal had no merit.",
    ],
)
def test_a_participle_setting_the_scene_of_a_speech_act_reports_nothing(text: str) -> None:
    assert len(reported(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The skipper, who addressed the press at the quay, left early.",
        "The mayor said the council had known about the leaks for years.",
        "She respects the ruling but does not agree with it.",
    ],
)
def test_an_audience_a_topic_known_or_an_empty_pronoun_is_no_content(text: str) -> None:
    assert all(q.quote not in {"the press", "the leaks", "it"} for q in reported(text))


def test_a_belief_joined_to_a_stance_shares_its_subject() -> None:
    found = {q.quote: q.speaker for q in reported("Ada Koss backs the ferry plan and believes it will pass.")}
    assert found == {"the ferry plan": "Ada Koss", "it will pass": "Ada Koss"}


def test_a_clause_after_an_adverb_of_time_is_the_verb_s() -> None:
    assert one("The skipper, Ivo Brand, said later that he would resign.").quote == "that he would resign"


def test_a_clause_put_to_someone_is_content() -> None:
    text = "Counsel for the crew put it to the commissioner that the pumps had been switched off early."
    assert one(text).quote == "that the pumps had been switched off early"
    # a relative clause whose subject is "that" is no clause put to anyone
    assert reported("He spoke to the man that owns the shop.") == []


def test_an_infinitive_of_purpose_opening_a_sentence_reports_nothing() -> None:
    assert reported("To address the leak, the engineers added a second pump.") == []


def test_whom_a_message_was_sent_to_is_no_content() -> None:
    assert reported("The club doctor emailed the league in March.") == []
    assert one("The club doctor emailed the report to the league.").quote == "the report to the league"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The skipper expressed the crew's frustration.", "the crew's frustration"),
        ("The skipper expressed his doubts.", "his doubts"),
    ],
)
def test_a_view_expressed_with_no_topic_is_the_content(text: str, content: str) -> None:
    assert one(text).quote == content
    # with a topic, the topic is (as before)
    assert one("Ada Koss voiced concern about the tides.").quote == "the tides"


@pytest.mark.parametrize(
    "text", ["The board refrained from criticizing the harbour master.", "The mayor stopped short of endorsing the plan."]
)
def test_an_act_held_back_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_name_set_off_after_with_speaks_the_participle() -> None:
    text = (
        "The Ratepayers' Association backed the call for an independent review, with its chair, "
        "Ted Mallory, warning that pensioners faced high bills."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found["that pensioners faced high bills"] == "Ted Mallory"


def test_a_short_abbreviation_in_brackets_does_not_cut_the_content() -> None:
    q = one("Aides said that Colonel (retd.) Ivo Brand had met the harbour board on Friday.")
    assert q.quote.endswith("Ivo Brand had met the harbour board on Friday")


def test_a_gesture_is_no_content() -> None:
    assert reported("The mayor jabbed her finger at an activist.") == []
    assert [q.quote for q in reported("He shook his head and denied the claim.")] == ["the claim"]


def test_a_verb_whose_content_is_an_object_reports_no_clause_before_it() -> None:
    # the parse makes "focused" the verb of a clause, with the sentence before it as a clause
    text = "Similarly, Ana Ruiz gave an interview to the Courier, a magazine focused on housing, the day after the fire."
    assert [(q.cue, q.quote) for q in reported(text)] == [("focused", "housing")]
    assert one("The pier will close, she believes.").quote == "The pier will close"


@pytest.mark.parametrize(
    "text", ["The warden is due to address the guild on Thursday.", "She addressed the nation on Monday."]
)
def test_an_audience_addressed_is_no_content(text: str) -> None:
    assert reported(text) == []


def test_an_issue_addressed_is_content() -> None:
    assert one("The minister addressed the issue of ferry fares.").quote == "the issue of ferry fares"


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz spoke on the condition that her name not be used.", "He spoke in the hope that the strike would end."],
)
def test_a_clause_of_a_condition_or_a_hope_is_not_what_was_said(text: str) -> None:
    assert [q for q in reported(text) if q.cue == "spoke"] == []


def test_a_clause_after_a_point_in_time_is_what_was_said() -> None:
    assert one("She claimed at one point that the pier was unsafe.").quote == "that the pier was unsafe"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As Ana Ruiz put it, the pier is a lifeline.", "the pier is a lifeline", "Ana Ruiz"),
        ("Ana Ruiz made clear that the pier would stay open.", "that the pier would stay open", "Ana Ruiz"),
        ("In Ana Ruiz's words, the pier is a lifeline.", "the pier is a lifeline", "Ana Ruiz"),
        ("In the mayor's view, the pier is a lifeline.", "the pier is a lifeline", "mayor"),
        # set off inside the sentence
        ("The pier, in the mayor's words, is a lifeline.", "The pier is a lifeline", "mayor"),
    ],
)
def test_a_way_of_putting_it_or_a_view_frames_the_clause(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)
    if q.cue.startswith("in "):  # someone's words are speech, a view a belief
        assert q.cue_class == ("belief" if "view" in text else "speech")


@pytest.mark.parametrize(
    "text",
    [
        "As she put it on the table, the plan fell apart.",
        "In other words, the pier is a lifeline.",
        "The pier, in other words, is a lifeline.",
    ],
)
def test_a_placing_or_a_phrase_of_no_one_frames_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_share_of_things_holds_no_stance_a_share_of_people_does() -> None:
    assert reported("Most of the damage showed signs of neglect.") == []
    assert one("Most of the voters backed the levy.").quote == "the levy"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a purpose and a condition belong to what was urged, promised or hoped
        ("The harbour board hopes to work with the council to expand the night ferries.",
         "to work with the council to expand the night ferries"),
        ("The fire chief vowed to resign unless the station budget was restored.",
         "to resign unless the station budget was restored"),
        # a clause of time and a participle set off are the writer's scene
        ("Dana Okafor urged residents to stay indoors as the storm approached.", "residents to stay indoors"),
        ("Dana Okafor urged residents to back the levy, drawing loud cheers.", "residents to back the levy"),
        ("Dana Okafor is pledging to take the fight to the floor, even as her rivals closed in.",
         "to take the fight to the floor"),
    ],
)  # fmt: skip
def test_an_infinitives_purpose_and_condition_are_content_its_scene_is_not(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_name_after_a_role_in_apposition_names_the_speaker() -> None:
    found = reported("Petition grows\n\nIts organiser, retired nurse Wendell Osei, said a court would decide.")
    assert [(q.quote, q.speaker) for q in found] == [("a court would decide", "Wendell Osei")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verb whose number cannot go with the clause's subject goes on the sentence above
        ("Dana Okafor acknowledged that the nurses were exhausted but was confident of a deal.",
         "that the nurses were exhausted"),
        ("The ferry crews say the mayor is wrong and have asked for a meeting.", "the mayor is wrong"),
        # one that can share it stays in the clause
        ("Dana Okafor said that prices were rising and were expected to rise further.",
         "that prices were rising and were expected to rise further"),
    ],
)  # fmt: skip
def test_a_conjunct_that_cannot_share_the_clauses_subject_is_not_content(text: str, content: str) -> None:
    assert reported(text)[0].quote == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a phrase of whom or what for goes on with the object
        ("The rival campaign challenged Dana Okafor to a televised debate.", "Dana Okafor to a televised debate"),
        ("Dana Okafor thanked the volunteers for their patience.", "the volunteers for their patience"),
        # the writer's setting does not
        ("Dana Okafor praised the volunteers in a letter to staff.", "the volunteers"),
        ("Dana Okafor backed the levy despite her doubts.", "the levy"),
    ],
)  # fmt: skip
def test_what_goes_on_with_an_object_and_what_is_the_setting(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_source_set_off_before_more_of_the_sentence() -> None:
    # the parse joins "said" to "built" and makes the spokeswoman its object
    q = one("The firm built the app to help in emergencies, a spokeswoman, Jo Marsh, said on Saturday, "
            "and it has used it five times.")  # fmt: skip
    assert (q.quote, q.speaker) == ("The firm built the app to help in emergencies", "Jo Marsh")


def test_a_verb_joined_by_and_keeps_its_subject() -> None:
    q = one("The ferry company built the app and said it would help in storms.")
    assert (q.quote, q.speaker) == ("it would help in storms", "ferry company")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the relative pronoun is the subject of the clause the source reports
        ("The council passed rules that critics say unfairly target street vendors.",
         "that unfairly target street vendors", "critics"),
        ("The council passed bylaws that judges said discriminated against tenants.",
         "that discriminated against tenants", "judges"),
    ],
)  # fmt: skip
def test_a_source_inside_a_relative_clause_reports_the_rest_of_it(text: str, content: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, speaker)


def test_a_relative_clause_of_naming_is_not_a_clause_reported() -> None:
    assert [q.quote for q in reported("The deal, which Dana Okafor described as a disaster, collapsed.")] == [
        "which Dana Okafor described as a disaster"
    ]


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        # a body's name no entity tagger typed: initials, a body's last word
        ("Harbour row\n\nThe HWA said the pier was unsafe.", "organisation"),
        ("Harbour row\n\nMorrow Holdings said the pier was unsafe.", "organisation"),
        ("Harbour row\n\nCoastal Rights Watch said the pier was unsafe.", "organisation"),
        # a person's name stays a person's: initials of a name, a particle, a given name first
        ("Harbour row\n\nJ. Wendell Osei said the pier was unsafe.", "person"),
        ("Harbour row\n\nAnneke van der Berg said the pier was unsafe.", "person"),
        ("Harbour row\n\nKristen Holmes said the pier was unsafe.", "person"),
    ],
)  # fmt: skip
def test_what_kind_of_source_a_name_is(text: str, speaker_type: str) -> None:
    assert one(text).speaker_type == speaker_type


def test_a_next_act_after_a_clause_about_things_is_the_sources_own() -> None:
    found = reported("In a statement, the company said its own tests showed the water was safe, "
                     "and accused activists of spreading misinformation.")  # fmt: skip
    assert [(q.quote, q.speaker) for q in found] == [
        ("its own tests showed the water was safe", "company"),
        ("the water was safe", "its own tests"),
        ("activists of spreading misinformation", "company"),
    ]


def test_a_firm_named_in_apposition_to_a_word_for_a_firm_is_that_firm() -> None:
    found = reported("Mine row\n\nThe mine's operator, Karoo Metals, denies any link. "
                     "The company said the water was safe.")  # fmt: skip
    assert [(q.speaker, q.speaker_type) for q in found] == [("Karoo Metals", "organisation")] * 2


def test_a_verb_with_a_thing_for_its_object_reports_no_clause_before_it() -> None:
    assert reported("The harbour was busy then, Dana Okafor wrote a memoir about it.") == []
    assert one("The harbour was busy then, Dana Okafor wrote in a memoir.").quote == "The harbour was busy then"
    assert one("Talks have stalled, officials told reporters.").quote == "Talks have stalled"


def test_a_described_noun_the_parse_hung_on_the_verb_opens_the_clause() -> None:
    # "the days" parsed an adverbial noun of "said", the clause left without its subject
    found = reported("Dana Okafor, the co-author of a book about rumours, said the days when the town "
                     "had one story are gone.")  # fmt: skip
    assert [q.quote for q in found] == ["the days when the town had one story are gone"]
    assert [q.quote for q in reported("Dana Okafor said Monday the plan was dead.")] == ["the plan was dead"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the letters of an office after a name, the name parsed around them
        ("Rail row\n\nXimena van Aalst MP said she would fight the closure.", "Ximena van Aalst"),
        # someone called by nationality, named in the sentence before (parsed for it)
        ("Rail row\n\nHarith Mensah has held the post since 2021. The Kenyan warned the line would close.",
         "Harith Mensah"),
    ],
)  # fmt: skip
def test_a_source_named_around_letters_or_called_by_nationality(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize("mark", [("“", "”"), ("'", "'")])
def test_quoted_words_ending_a_content_the_parse_broke_off_belong_to_it(mark: tuple[str, str]) -> None:
    o, c = mark
    text = f"Dana Okafor warned the cuts would leave staff {o}stretched to breaking point{c}."
    assert one(text).quote == f"the cuts would leave staff {o}stretched to breaking point{c}"


def test_a_quoted_predicate_the_parse_hung_on_the_cue_belongs_to_the_content() -> None:
    # "below the planned level" parsed a phrase of "said", leaving "had been" with no predicate
    text = "The board published a review which said staffing on the ward had been 'below the planned level' on the night in question."
    q = one(text)
    assert q.quote.startswith("staffing on the ward had been 'below the planned level'")


def test_it_that_shows_something_is_a_thing_not_the_body_named_before() -> None:
    text = ("Ruling row\n\nThe Home Office said it was disappointed by the ruling. "
            "Maya Ellison said it showed the system was riddled with errors.")  # fmt: skip
    found = {q.quote: q.speaker for q in reported(text)}
    assert found["the system was riddled with errors"] == "it"
    assert found["it was disappointed by the ruling"] == "Home Office"


def test_a_headline_passive_of_tell_names_the_one_told_not_the_speaker() -> None:
    # "…, MPs told" is headlinese for "MPs were told": no one is named as saying it
    text = "Ferry fares must rise, councillors told\n\nThe ferry lost money again, the operator said."
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found == {"The ferry lost money again": "operator"}


def test_a_quotation_before_a_body_told_has_no_speaker_but_one_before_she_told_has() -> None:
    text = "Ferry row\n\n“We will not back down,” union told. “We will win,” she told."
    found = {q.quote: q.speaker for q in quotes.extract(text)}
    assert found == {"We will not back down,": None, "We will win,": "she"}


def test_a_participle_of_result_after_a_clause_is_no_ones_speech() -> None:
    text = "Derby\n\nThe keeper fumbled a cross, allowing the striker to score the winner."
    assert quotes.extract(text, kinds="reported") == []
    text = "Derby\n\nThe league's new rule allows clubs to sign two more players."
    assert [q.speaker for q in quotes.extract(text, kinds="reported")] == ["league's new rule"]


def test_a_content_whose_subject_has_a_participle_keeps_its_predicate() -> None:
    # the parse made "defences built …" one clause and "have starved …" another
    text = (
        "Coast row\n\nRetired geologist Ivo Pell believes sea defences built further up the coast "
        "in the 1990s have starved the beaches of sand."
    )
    found = [q.quote for q in quotes.extract(text, kinds="reported")]
    assert found == ["sea defences built further up the coast in the 1990s have starved the beaches of sand"]
    # the participle tagged a past tense, the predicate opening with a modal
    text = "Harbour row\n\nThe harbour master warned that anyone found fishing off the pier would be fined."
    found = [q.quote for q in quotes.extract(text, kinds="reported")]
    assert found == ["that anyone found fishing off the pier would be fined"]


def test_a_source_last_frame_the_parse_joined_to_its_clause_reports_it() -> None:
    # with the participle after it, "found" is parsed a conjunct of "losing"
    text = (
        "Ice row\n\nThe ice sheet is losing mass six times faster than it did in the 1990s, a new "
        "study has found, raising fears of a steeper rise in sea levels."
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found["The ice sheet is losing mass six times faster than it did in the 1990s"] == "new study"
    text = "Ice row\n\nPrices rose sharply, and analysts said the rally would last."
    assert [q.quote for q in quotes.extract(text, kinds="reported")] == ["the rally would last"]


def test_a_source_last_frame_hung_on_the_clause_as_an_adverbial_names_its_source() -> None:
    # "contended" parsed an adverbial clause of "have", "the president" an apposition of "scratch"
    text = (
        "Ferry row\n\nThe wind farm would have to be rebuilt from scratch, the president of Vessant "
        "Shipping contended this week."
    )
    found = [(q.quote, q.speaker) for q in quotes.extract(text, kinds="reported")]
    assert found == [("The wind farm would have to be rebuilt from scratch", "president of Vessant Shipping")]


def test_a_source_last_frame_hung_inside_a_told_clause_is_no_part_of_it() -> None:
    # "heard" parsed an adverbial of "cope", the quoted verb of what the nurse told colleagues
    text = (
        "Trial\n\nA porter accused of causing the death of a patient told colleagues she 'could not cope' "
        "on the night he died, a jury has heard.\n\nIvo Lind, 52, denies the charge."
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found.get("she 'could not cope' on the night he died") == "porter"
    assert not any("jury" in quote for quote, speaker in found.items() if speaker == "porter")


def test_questions_for_someone_are_put_to_them_not_about_them() -> None:
    text = "Ferry row\n\nThe senator raised questions for the council. She raised questions about the deal."
    assert [q.quote for q in quotes.extract(text, kinds="reported")] == ["the deal"]


def test_reports_in_a_place_are_not_the_places() -> None:
    text = (
        "Transfer news\n\nAccording to reports in Portugal, the club president has told friends he "
        "will not sell. “We will see,” the coach said."
    )
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found["the club president has told friends he will not sell"] == "reports"


@pytest.mark.parametrize("verb", ["told police", "admitted", "said"])
def test_a_person_named_by_age_keeps_the_verb_after_the_age(verb: str) -> None:
    # "The 45-year-old told police …" split in five words parsed as a noun phrase "told police"
    text = f"Court news\n\nOla Brent was charged on Monday. The 45-year-old {verb} she had not seen the van."
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="reported")}
    assert found["she had not seen the van"] == "Ola Brent"
    # an age before a noun stays its modifier, and the noun the subject
    text = "Court news\n\nA 45-year-old driver told police she had not seen the van."
    found = {q.quote: q.speaker_mention for q in quotes.extract(text, kinds="reported")}
    assert found["she had not seen the van"] == "A 45-year-old driver"


def test_a_clause_without_that_after_who_was_told_is_what_they_were_told() -> None:
    # parsed a relative clause of "officers" ("the officers he had been at home")
    found = {q.quote: q.speaker for q in reported("Court news\n\nThe driver told officers he had been at home.")}
    assert found == {"he had been at home": "driver"}
    # a relative clause of who was told, with its gap, is no content
    found = reported("Court news\n\nShe told the people she met at the fair about the plan.")
    assert all("she met" not in q.quote for q in found)



def test_an_intransitive_clause_after_who_was_told_is_what_they_were_told() -> None:
    # parsed a relative clause of "officers"; "slept" takes no object, so none is missing
    q = one("The witness told officers he slept through the night.")
    assert (q.quote, q.speaker) == ("he slept through the night", "witness")
    # with its preposition left without an object, it is the relative clause of who was told
    found = reported("Court news\n\nRoe told the woman he lived with about the plan.")
    assert all("he lived" not in q.quote for q in found)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # parsed "the hearing [that] the firm had made": whole, with its own object, no relative clause
        ("Bartholomew Quince told the hearing the firm had made mistakes in the past.",
         "the firm had made mistakes in the past"),
        ("Bartholomew Quince told the tribunal the levy was unlawful.", "the levy was unlawful"),
        # parsed "the meeting residents": the gathering is who was told
        ("Bartholomew Quince told the meeting residents had been ignored.", "residents had been ignored"),
    ],
)
def test_a_gathering_told_something_is_who_was_told_not_the_content(sentence: str, content: str) -> None:
    found = [q.quote for q in reported(f"Quarry row\n\n{sentence}")]
    assert found == [content]


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_closing_source_whose_description_runs_on_sources_the_clause_before_it(space: str) -> None:
    # the parse hung "according to" on "authorized", the source's second verb
    text = (
        "Ferry row\n\nNow the agency is looking into whether the mayor was guilty of fraud while in "
        f"office, according to three sources who spoke to the Herald but{space}were not authorized to "
        "speak on the record."
    )
    found = [(q.quote, q.speaker) for q in reported(text)]
    assert found == [
        ("Now the agency is looking into whether the mayor was guilty of fraud while in office", "three sources")
    ]


def test_an_opening_source_the_parse_made_the_sentences_head_sources_the_rest() -> None:
    # "According" parsed the root, "renters" its second object: no verb above the phrase
    text = "Ferry row\n\nAccording to a study by the Harbour Institute, renters who are young skew poorer in the city than elsewhere."
    found = [(q.quote, q.speaker) for q in reported(text)]
    assert found == [("renters who are young skew poorer in the city than elsewhere", "Harbour Institute")]
    # a phrase with nothing but a noun after it sources nothing
    assert reported("Ferry row\n\nAccording to the council, forty homes.") == []


@pytest.mark.parametrize("source", ["the “Homes for All” document she released", "the “Homes for All” report"])
def test_a_quoted_title_in_a_source_names_it(source: str) -> None:
    text = f"Ferry row\n\nThe scheme would cost about $2 billion a year, according to {source}."
    found = quotes.extract(text, kinds="all")
    assert [(q.kind, q.quote) for q in found if q.kind == "reported"] == [
        ("reported", "The scheme would cost about $2 billion a year")
    ]
    # the title is a name, no words of the source's
    assert [q.speaker for q in found if q.quote == "Homes for All"] == [None]


def _hand_doc(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str], lemmas: list[str] | None = None,
    spaces: list[bool] | None = None,
) -> Doc:
    """One sentence parsed by hand as a parser got it in some context, where no short sentence of
    ours makes it do so."""
    from quotes.nlp.model import load_model

    return Doc(load_model().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, spaces=spaces,
               lemmas=lemmas or [w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))


def _contents_by_hand(doc: Doc) -> list[tuple[str, str]]:
    """The reported contents of a Doc parsed by hand, with the words of their sources."""
    from quotes.attribute.reported import find_reported

    return [(doc.text[r.start : r.end], r.attribution.mention.span.text) for r in find_reported(doc, [True] * len(doc))]


def test_a_source_the_parse_left_without_an_object_is_the_noun_after_the_phrase() -> None:
    # "…, according to the P.L.A.": "to" with no object, "the" a punctuation of the verb
    doc = _hand_doc(
        ["It", "is", "now", "cleared", "to", "sail", "again", ",", "according", "to", "the", "P.L.A.", "."],
        [3, 3, 3, 3, 5, 3, 5, 3, 3, 8, 3, 10, 3],
        ["nsubjpass", "auxpass", "advmod", "ROOT", "aux", "xcomp", "advmod", "punct", "prep", "prep", "punct", "dep",
         "punct"],
        ["PRON", "AUX", "ADV", "VERB", "PART", "VERB", "ADV", "PUNCT", "VERB", "ADP", "PRON", "PROPN", "PUNCT"],
        ["PRP", "VBZ", "RB", "VBN", "TO", "VB", "RB", ",", "VBG", "IN", "DT", "NNP", "."],
        ["it", "be", "now", "clear", "to", "sail", "again", ",", "accord", "to", "the", "P.L.A.", "."],
    )
    assert _contents_by_hand(doc) == [("It is now cleared to sail again", "P.L.A.")]


def test_a_relative_clause_without_a_pronoun_on_a_closing_source_is_the_sources() -> None:
    # parsed a second clause of the sentence, "according to" hung on its verb
    text = (
        "Ferry row\n\nRoe is believed to have slept on the barge, according to\u00a0an interview his "
        "brother Teo Roe gave to\u00a0RTN.\u00a0The 52-year-old worked as a welder."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found["Roe is believed to have slept on the barge"] == "interview"
    assert not any("gave to" in quote for quote in found)


def test_a_closing_source_whose_relative_clause_takes_the_rest_sources_the_clause_before_it() -> None:
    # the verb with no subject after the source goes on with the source's own relative clause
    doc = _hand_doc(
        ["Roe", "leads", "in", "the", "north", ",", "according", "to", "the", "polls", ",", "where", "475", "pledged",
         "seats", "will", "be", "at", "stake", "."],
        [1, 1, 1, 4, 2, 1, 16, 6, 9, 7, 9, 13, 13, 9, 13, 16, 1, 16, 17, 1],
        ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "prep", "prep", "det", "pobj", "punct", "advmod", "nsubj",
         "relcl", "dobj", "aux", "conj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "SCONJ", "NUM", "VERB",
         "NOUN", "AUX", "AUX", "ADP", "NOUN", "PUNCT"],
        ["NNP", "VBZ", "IN", "DT", "NN", ",", "VBG", "IN", "DT", "NNS", ",", "WRB", "CD", "VBD", "NNS", "MD", "VB",
         "IN", "NN", "."],
        ["Roe", "lead", "in", "the", "north", ",", "accord", "to", "the", "poll", ",", "where", "475", "pledge",
         "seat", "will", "be", "at", "stake", "."],
    )
    found = dict(_contents_by_hand(doc))
    assert found["Roe leads in the north"] == "the polls"
    assert "will be at stake" not in found


def test_a_closing_frame_whose_clause_the_parse_hung_on_an_opening_adverbial_sources_it() -> None:
    # "As the mayor spoke, a man was hit, police said.", with "hit" a conjunct of "spoke"
    words = ["As", "the", "mayor", "spoke", ",", "a", "man", "was", "hit", ",", "police", "said", "."]
    doc = _hand_doc(
        words,
        [3, 2, 3, 11, 3, 6, 8, 8, 3, 11, 11, 11, 11],
        ["mark", "det", "nsubj", "advcl", "punct", "det", "nsubjpass", "auxpass", "conj", "punct", "nsubj", "ROOT",
         "punct"],
        ["SCONJ", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
        ["IN", "DT", "NN", "VBD", ",", "DT", "NN", "VBD", "VBN", ",", "NNS", "VBD", "."],
        [w.lower() if w != "said" else "say" for w in words],
    )
    assert _contents_by_hand(doc) == [("As the mayor spoke , a man was hit", "police")]
    # no clause of its own before the source: nothing reported
    words = ["While", "prices", "rose", ",", "analysts", "said", "."]
    doc = _hand_doc(
        words,
        [2, 2, 5, 5, 5, 5, 5],
        ["mark", "nsubj", "advcl", "punct", "nsubj", "ROOT", "punct"],
        ["SCONJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
        ["IN", "NNS", "VBD", ",", "NNS", "VBD", "."],
        [w.lower() if w != "said" else "say" for w in words],
    )
    assert _contents_by_hand(doc) == []


def test_a_closing_frame_given_the_clauses_own_subject_by_the_parse_is_still_the_frame() -> None:
    # "The web made it possible for people with ideas to organize, she said.": the parse gave
    # "said" the "for" and the subject of the clause as well as its own
    words = ["The", "web", "made", "it", "possible", "for", "people", "with", "ideas", "to", "organize", ",", "she",
             "said", "."]
    doc = _hand_doc(
        words,
        [1, 2, 2, 4, 2, 13, 13, 6, 7, 10, 13, 13, 13, 2, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "prep", "pobj", "aux", "advcl", "punct", "nsubj",
         "advcl", "punct"],
        ["DET", "NOUN", "VERB", "PRON", "ADJ", "SCONJ", "NOUN", "ADP", "NOUN", "PART", "VERB", "PUNCT", "PRON", "VERB",
         "PUNCT"],
        ["DT", "NN", "VBD", "PRP", "JJ", "IN", "NNS", "IN", "NNS", "TO", "VB", ",", "PRP", "VBD", "."],
        [w.lower() if w != "said" else "say" for w in words],
    )
    assert _contents_by_hand(doc) == [("The web made it possible for people with ideas to organize", "she")]


def test_a_day_before_the_place_is_no_subject_and_the_name_before_the_verb_speaks() -> None:
    # "Saturday" parsed the subject of "said", the name an apposition of the convention
    text = (
        "Ferry row\n\nSaturday at the Norland Labour state’s party convention Sen. Ada Marsh (D-MA) said "
        "presumptive Tory nominee Ivo Pell was a “proven failure” in business."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found == {"presumptive Tory nominee Ivo Pell was a “proven failure” in business": "Ada Marsh"}
    # a month's name as a modal in a title is no time
    found = {q.quote: q.speaker for q in reported("Roe May Not Have Backed The Ferry Plan, But He Praised It\n\nText.")}
    assert found["The Ferry Plan"] == "Roe"


def test_an_inverted_source_the_parse_made_the_subject_of_a_clause_after_it_still_speaks() -> None:
    # "spokesman" parsed the subject of "helped", the clause of the party the source stood in
    text = (
        "Ferry row\n\nShe also had a say in rulings about large private loans to the marina, said a "
        "former spokesman for Norland's Transport Ministry, Ivo Pell, who later stood as a nominee in the "
        "new party Mr. Roe helped form."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found == {"She also had a say in rulings about large private loans to the marina": "Ivo Pell"}


@pytest.mark.parametrize(
    ("source", "speaker"),
    [("a handful of Republicans", "handful of Republicans"), ("a number of Labour MPs", "number of Labour MPs"),
     ("dozens of Tories", "dozens of Tories")],
)
def test_some_number_of_party_members_speaks(source: str, speaker: str) -> None:
    found = {q.quote: q.speaker for q in reported(f"Ferry row\n\nThe ferry plan is dead, said {source}.")}
    assert found == {"The ferry plan is dead": speaker}


@pytest.mark.parametrize("when", ["2019", "Tuesday"])
def test_a_text_from_a_time_is_its_own_source_not_the_time(when: str) -> None:
    text = f"Ferry row\n\nAs another council study from {when} noted, the average age of ferry riders was 48."
    found = {q.quote: q.speaker for q in reported(text)}
    assert found == {"the average age of ferry riders was 48": "another council study"}


def test_a_frame_read_as_a_noun_and_its_participle_reports_the_clause_after_it() -> None:
    # "papers reported on Wednesday" parsed one subject of "had", with "board" a second one
    text = "Ferry row\n\nSeveral papers reported on Wednesday the harbour board had “more than one meeting” with Roe about the plan."
    found = {q.quote: (q.kind, q.speaker) for q in quotes.extract(text, kinds="all")}
    assert found["the harbour board had “more than one meeting” with Roe about the plan"] == ("reported", "Several papers")
    assert found["more than one meeting"] == ("partial", "Several papers")
    # a participle that reports nothing is no frame ("The groups supporting Roe paid …")
    text = "Ferry row\n\nThe groups supporting Roe and Kentucky Sen. Ivo Pell paid a combined $176,000 for the files."
    assert not any(q.quote.startswith("Ivo Pell paid") for q in reported(text))


def test_an_as_frame_after_and_whose_comma_the_parse_gave_it_sources_the_clause_after() -> None:
    text = (
        "Ferry row\n\nRoe can still get in trouble, and as the inspector noted, staff involved in the case "
        "could still face sanctions."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found == {"staff involved in the case could still face sanctions": "inspector"}
    # an "as" clause with words of its own in marks is no frame of the clause before
    text = "Ferry row\n\nHe left the quay, jabbing his cane at a porter as he angrily said, “I am so weary of queues.”"
    assert not any(q.quote.startswith("jabbing") for q in reported(text))


@pytest.mark.parametrize(
    ("heads", "deps"),
    [
        # "believe" a complement of "alienate", the gloss after the dash its own complement
        ([1, 3, 3, 3, 3, 7, 7, 3, 13, 13, 12, 12, 9, 7, 13, 3],
         ["det", "nsubj", "aux", "ROOT", "dobj", "punct", "nsubj", "ccomp", "punct", "nsubj", "nsubj", "aux",
          "relcl", "ccomp", "npadvmod", "punct"]),
        # "believe" a parataxis of the gloss's verb, itself a complement of "alienate"
        ([1, 3, 3, 3, 3, 7, 7, 13, 7, 13, 12, 12, 9, 3, 13, 13],
         ["det", "nsubj", "aux", "ROOT", "dobj", "punct", "nsubj", "parataxis", "punct", "nsubj", "nsubj", "aux",
          "relcl", "ccomp", "npadvmod", "punct"]),
    ],
)
def test_a_source_last_frame_before_a_gloss_after_a_dash_sources_the_clause_before(
    heads: list[int], deps: list[str]
) -> None:
    # "A delay could anger members, aides believe — members she will need come June."
    words = ["A", "delay", "could", "anger", "members", ",", "aides", "believe", "—", "members", "she", "will",
             "need", "come", "June", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT", "NOUN", "PRON", "AUX", "VERB",
           "VERB", "PROPN", "PUNCT"]
    tags = ["DT", "NN", "MD", "VB", "NNS", ",", "NNS", "VBP", ":", "NNS", "PRP", "MD", "VB", "VB", "NNP", "."]
    assert _contents_by_hand(_hand_doc(words, heads, deps, pos, tags)) == [("A delay could anger members", "aides")]


def test_a_that_clause_the_parse_hung_on_the_occasion_of_saying_is_what_was_said() -> None:
    # "that" parsed the object of a relative clause of "debate"
    text = (
        "Ferry row\n\nNorland Gov. Ivo Pell, a Tory contender, predicted at the most recent debate that "
        "Tories will take \"every seat\" if Roe wins the nomination."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found == {'that Tories will take "every seat" if Roe wins the nomination': "Ivo Pell"}
    # who a response answers keeps the clause its own ("responded to reports that …")
    text = "Ferry row\n\nRoe responded to reports that the ferry would close."
    assert [q.quote for q in reported(text)] == ["reports that the ferry would close"]


def test_a_reason_after_the_reported_clause_is_part_of_it_and_a_concession_is_not() -> None:
    text = (
        "Ferry row\n\nHis agent, Ada Marsh, wrote in a tribunal brief that such a search was \"pointless,\" because "
        "if there were more logs of the voyage, the coastguard, not Roe, now keeps them."
    )
    (q,) = [q for q in reported(text) if q.cue == "wrote in"]
    assert q.quote.startswith('that such a search was "pointless," because') and q.quote.endswith("now keeps them")
    text = "Ferry row\n\nRoe said he would sail on Monday, although he had tweeted that he would not."
    assert "he would sail on Monday" in {q.quote for q in reported(text)}


def test_a_frame_cut_off_as_a_sentence_of_its_own_reports_the_one_before_its_comma() -> None:
    # the double space makes the parser end a sentence at the comma: "he said." stands alone
    text = "Ferry row\n\nIslanders who do take on  big loans struggle, even with a \"steady\" income, he said."
    found = {q.quote: (q.kind, q.speaker) for q in quotes.extract(text, kinds="all")}
    assert found['Islanders who do take on big loans struggle, even with a "steady" income'] == ("reported", "he")
    # a verb with words of its own after it frames nothing before it
    text = "Ferry row\n\nIslanders who do take on  big loans struggle, even with a steady income, he said goodbye."
    assert not any(q.quote.startswith("Islanders who") for q in reported(text))


def test_that_before_a_comma_and_a_conjunction_opens_the_content() -> None:
    # "that" parsed the object of "say", the clause after the comma its own
    text = (
        "Harbour news\n\nShe went on to say that, because the inspector testified that her comments were "
        "\"truthful,\" it is also a sign that her public statements were truthful."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found[
        'that, because the inspector testified that her comments were "truthful," it is also a sign that her '
        "public statements were truthful"
    ] == "She"
    # "that" before a comma and "and" is the pronoun
    assert not any(q.quote.startswith("that,") for q in reported("Harbour news\n\nHe said that, and left the room."))


@pytest.mark.parametrize("dash", ["--", "—"])
def test_an_as_frame_set_off_by_dashes_sources_the_clause_around_it(dash: str) -> None:
    text = f"Ferry row\n\nCouncil spokesman Ivo Pell {dash} as Roe's campaign noted this week {dash} even promoted Marsh."
    found = {q.quote: q.speaker for q in reported(text) if q.cue == "noted"}
    assert found == {"Council spokesman Ivo Pell even promoted Marsh": "Roe's campaign"}


def test_a_name_the_parse_made_the_subject_of_its_own_who_clause_speaks() -> None:
    # "Roe" and "who" both parsed subjects of "has", that clause a complement of "said"
    text = "Ferry row\n\nRoe, meanwhile, who has no such patrons, said that gap sheds light on the vote."
    assert [(q.quote, q.speaker) for q in reported(text)] == [("that gap sheds light on the vote", "Roe")]


def test_a_present_clause_joined_to_a_past_frame_goes_on_its_present_content() -> None:
    # "is sailing" parsed a conjunct of "told": the present tense says it is the told content's
    text = (
        "Ferry row\n\nShortly after the race, Roe told a cheering crowd in Ostby that he plans to win the "
        "club's June regatta and he is sailing faster than Marsh in trials."
    )
    found = {q.quote for q in reported(text) if q.cue == "told"}
    assert found == {"that he plans to win the club's June regatta and he is sailing faster than Marsh in trials"}
    # the writer's own past goes on no present content
    text = "Ferry row\n\nRoe said the ferry is late, and the crew walked out."
    assert [q.quote for q in reported(text)] == ["the ferry is late"]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [("Dell, 27, had asked for a trade last month, per sources.", "Dell, 27, had asked for a trade last month",
      "sources"),
     ("The move frees about $38 million in cap space, per the league's salary data.",
      "The move frees about $38 million in cap space", "league")],
)
def test_per_a_source_or_a_record_sources_its_clause(sentence: str, content: str, source: str) -> None:
    found = {q.quote: q.speaker for q in reported("Trade news\n\n" + sentence)}
    assert found[content] == source
    # a rate is no source
    assert reported("Trade news\n\nTickets cost $50 per person, and the fund pays $2 per share.") == []
    assert reported("Trade news\n\nThe island has one lifeboat station per every 3,000 residents.") == []
    # a source set between a frame and its clause says how the words came; the frame is the speaker's
    assert [(q.quote, q.speaker) for q in reported("Trade news\n\nRoe said, per a translator, that the deal was off.")] == [
        ("that the deal was off", "Roe")
    ]


def test_content_ending_in_a_quoted_hyphenated_word_keeps_its_closing_mark() -> None:
    text = "Metro news\n\nCommuter groups have termed the move \u201canti-people\u201d. They will protest."
    assert [q.quote for q in reported(text)] == ["the move \u201canti-people\u201d"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause joined after the source goes on with what was said
        ("The pier is unsafe, says Ilse Brandt, and the council should close it before winter.",
         "The pier is unsafe and the council should close it before winter"),
        ("The pier is unsafe, the audit found, and repairs would cost millions.",
         "The pier is unsafe and repairs would cost millions"),
        # not another source's act, nor the source's own next act
        ("The pier is unsafe, Ilse Brandt said, and Jo Pell agreed.", "The pier is unsafe"),
        ("The pier is unsafe, he said, and he left the hall.", "The pier is unsafe"),
    ],
)  # fmt: skip
def test_a_clause_joined_after_a_source_last_frame(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # no comma after the role: the role is the source set off inside the clause, the name the
        # clause's subject (the parse reads the role as the name's apposition)
        ("Ilse Brandt, an aide to the harbour master said, would not run again.", "Ilse Brandt would not run again",
         "aide"),
        ("The pier, an aide to the harbour master said, would close in May.", "The pier would close in May", "aide"),
        # with the comma the name is the role's, and speaks
        ("Ilse Brandt, an aide to the harbour master, said the pier would close.", "the pier would close",
         "Ilse Brandt"),
    ],
)  # fmt: skip
def test_a_source_set_off_without_its_closing_comma(text: str, content: str, speaker: str) -> None:
    assert [(q.quote, q.speaker) for q in reported(text) if q.cue == "said"] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" or "she" in what one speaking for someone said is that someone
        ("Harbour news\n\nIvo Pell, the council's treasurer, said the budget was tight. Sources close to the "
         "harbour master said he had urged the board to reopen the pier.", "harbour master"),
        ("Harbour news\n\nIvo Pell, the council's treasurer, said the budget was tight. Friends of Jo Roe said "
         "she had urged the board to reopen the pier.", "Jo Roe"),
        # not when the one spoken for does not agree: the pronoun is resolved as any other
        ("Harbour news\n\nIvo Pell, the council's treasurer, said the budget was tight. Friends of the harbour "
         "board said he had urged the board to reopen the pier.", "Ivo Pell"),
    ],
)  # fmt: skip
def test_a_pronoun_in_what_an_intermediary_said_is_whom_they_speak_for(text: str, speaker: str) -> None:
    assert [q.speaker for q in reported(text) if q.cue == "urged"] == [speaker]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # where she spoke, not what about: a broadcast a name picks out, a show
        ("Speaking on the Coastline Live programme, the mayor insisted the pier was sound.", ["the pier was sound"]),
        ("Speaking on the show, the mayor insisted the pier was sound.", ["the pier was sound"]),
        # a programme with no name may be a policy: its topic
        ("The mayor spoke on the housing programme at the rally.", ["the housing programme"]),
    ],
)  # fmt: skip
def test_a_broadcast_spoken_on_is_no_topic(text: str, contents: list[str]) -> None:
    assert [q.quote for q in reported(text)] == contents


def test_a_speech_verb_the_tagger_made_a_noun_heads_its_clause() -> None:
    # "allege" tagged a singular noun, with a subject and a clause as only a verb has
    found = reported("Police allege the driver started the fire near the harbour on Sunday.")
    assert [(q.quote, q.speaker) for q in found] == [("the driver started the fire near the harbour on Sunday", "Police")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the infinitive the parse hung on the noun that says which people are urged or asked
        ("The harbour master urged anyone with information to contact the police.",
         "anyone with information to contact the police"),
        ("The mayor asked residents with spare rooms to take in families.",
         "residents with spare rooms to take in families"),
    ],
)  # fmt: skip
def test_an_infinitive_hung_inside_the_phrase_of_those_urged(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "This year's campaign offers something to admire.",  # a thing, not people urged
        "She asked Ilse Brandt about the ferries and about cuts to come.",  # what she asked about
    ],
)
def test_an_infinitive_in_an_object_that_names_no_people_urged(text: str) -> None:
    assert all("to admire" not in q.quote and not q.quote.startswith("Ilse") for q in reported(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what a headline's speaker says of the object, in quotation marks after it
        ("Coach says title race 'far from over' after derby defeat", "title race 'far from over'"),
        ("Mayor says pier plan 'unaffordable' as costs soar", "pier plan 'unaffordable'"),
    ],
)
def test_a_quoted_predicate_after_the_object_of_a_speech_verb(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.cue == "says"] == [content]


def test_a_participle_the_parse_hung_on_the_object_is_the_subjects_act() -> None:
    text = (
        "The county's electoral board on Thursday rejected opposition claims that the results had been "
        "manipulated, saying its systems had not been hacked."
    )
    found = [(q.quote, q.speaker) for q in reported(text) if q.cue == "saying"]
    assert found == [("its systems had not been hacked", "county's electoral board")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the source's own act after the content, set off by a comma: not what was said
        # (the act is a cue of its own: what they point to)
        ("Unions argue the pier sale puts jobs at risk, pointing to the buyer's record elsewhere.",
         [("the pier sale puts jobs at risk", "Unions"), ("the buyer's record elsewhere", "Unions")]),
        ("A spokesperson said the board would act, but would not say whether the checks had found problems.",
         [("the board would act", "spokesperson"), ("whether the checks had found problems", "spokesperson")]),
        # what the content goes on to tell stays in it
        ("The mayor said the ferry would run, leaving islanders relieved.",
         [("the ferry would run, leaving islanders relieved", "mayor")]),
    ],
)  # fmt: skip
def test_the_sources_next_act_after_the_content_is_not_part_of_it(text: str, found: list) -> None:
    assert [(q.quote, q.speaker) for q in reported(text)] == found


def test_described_it_as_says_what_it_is() -> None:
    found = reported("The harbour master rejected the claim, describing it as a conspiracy theory.")
    assert [(q.quote, q.cue) for q in found] == [("the claim", "rejected"), ("it as a conspiracy theory", "describing")]
    assert [q.quote for q in reported("The harbour master denied it.")] == []  # "it" alone says nothing


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the infinitive of what is called for, which the parse hung on the verb
        ("Fans vented their anger on social media, with many calling for skipper Tom Hale to step down.",
         "skipper Tom Hale to step down"),
        # not one further off: why it was called for
        ("The harbour master called for calm on Tuesday to avoid violence.", "calm"),
    ],
)  # fmt: skip
def test_an_infinitive_right_after_what_is_called_for_is_part_of_it(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.cue in {"calling", "called"}] == [content]


def test_the_that_of_a_clause_read_as_a_determiner_is_no_part_of_its_subjects_mention() -> None:
    found = reported("Sources told Dawn that head coach Tom Hale had complained to the board about interference.")
    assert [q.speaker_mention for q in found if q.cue == "complained"] == ["head coach Tom Hale"]


def test_people_run_together_with_the_noun_before_a_clause_with_no_subject() -> None:
    # "the 95 per cent experts say is needed": the experts say it of the share, read as "cent experts"
    found = reported("Coverage has fallen to 87 per cent, below the 95 per cent experts say is needed to stop outbreaks.")
    assert [(q.quote, q.speaker) for q in found] == [("is needed to stop outbreaks", "experts")]
    # a clause with a subject of its own: the phrase is their name ("union members")
    assert [q.speaker for q in reported("The union members say the plan is unfair.")] == ["union members"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # where the cue's words were said, hung on the end of the content clause
        ("Ilse Brandt said the ferry plan would fail in an interview with the Herald.", "the ferry plan would fail"),
        ("Ilse Brandt said the council had ignored warnings in a statement on Monday.",
         "the council had ignored warnings"),
        ("Ilse Brandt said the ferry was late on the radio.", "the ferry was late"),
        # the content's own: a meeting, a speech it tells of, a speech verb's own medium
        ("Ilse Brandt said the council would vote at a meeting in May.", "the council would vote at a meeting in May"),
        ("Ilse Brandt said the mayor had been working on the speech for weeks.",
         "the mayor had been working on the speech for weeks"),
        ("Ilse Brandt said the council announced the cuts in a statement.", "the council announced the cuts in a statement"),
    ],
)  # fmt: skip
def test_a_medium_at_the_end_of_the_content_is_the_cues(text: str, content: str) -> None:
    assert [q.quote for q in reported(text) if q.cue == "said"] == [content]


def test_called_for_someone_to_act_is_what_they_are_called_on_to_do() -> None:
    found = reported("She called for the full council to hold hearings.")
    assert [q.quote for q in found] == ["the full council to hold hearings"]


def test_a_clause_told_without_that_read_as_a_relative_clause_of_who_was_told() -> None:
    # "the court he had been suffering from …" is no relative clause: the verb joined to it has its object
    text = (
        "Courts\n\nIvo Pell, 58, admitted the offence at an earlier hearing. His barrister told the court he "
        "had been suffering from depression and had since repaid every penny."
    )
    found = [q.quote for q in reported(text) if q.cue == "told"]
    assert found == ["he had been suffering from depression and had since repaid every penny"]


def test_a_that_clause_after_a_time_is_the_content_not_a_relative_clause_of_the_time() -> None:
    text = "Harbour news\n\nTwo members voted for a cut. One, Ilse Brandt, has argued for months that high fares hurt."
    found = [(q.quote, q.speaker) for q in reported(text) if q.cue == "argued"]
    assert found == [("that high fares hurt", "Ilse Brandt")]
    # "that" of a time, no clause: nothing reported as one
    assert not any(q.quote.startswith("that") for q in reported("The mayor spoke for hours that day about the pier."))


def test_a_that_clause_after_an_occasion_is_the_content() -> None:
    found = reported("The mayor said for the first time that the pier had been sold.")
    assert [q.quote for q in found if q.cue == "said"] == ["that the pier had been sold"]
    # an occasion's own relative clause, on a verb that reports nothing
    assert reported("The crew cheered for the first time that season.") == []


def test_a_verb_joined_to_the_speakers_verb_shares_its_subject() -> None:
    # a one-word firm the tagger knows nothing of: it speaks as the subject of "keeps" and of "says"
    text = "Corvane keeps its own accounts a secret but says its revenue has doubled over two years."
    found = [(q.quote, q.speaker) for q in reported(text) if q.cue == "says"]
    assert found == [("its revenue has doubled over two years", "Corvane")]


def test_a_name_told_run_into_the_subject_of_what_was_told() -> None:
    # "told CBC News crews were …", read as "CBC News crews": "told" needs who was told, the name
    found = reported("Fire officer Jean Strong told CBC News crews were focusing on protecting homes.")
    assert [q.quote for q in found if q.cue == "told"] == ["crews were focusing on protecting homes"]


def test_the_company_is_not_the_firm_named_only_as_analysts_employer() -> None:
    text = (
        "Orchard Lines Inc will close two depots, the company said on Monday.\n\n"
        "Analysts at Kestrel & Dunn wrote in a note that the closures were overdue.\n\n"
        "The company did not say how many drivers would lose their jobs."
    )
    last = reported(text)[-1]
    assert (last.speaker_mention, last.speaker) == ("The company", "Orchard Lines Inc")


def test_a_that_clause_with_a_quotation_after_the_medium_of_saying_is_the_content() -> None:
    text = 'Former keeper Alan Birch, now a pundit, said on the club\'s radio station that Marwood had "run out of excuses".'
    found = reported(text)
    assert [(q.quote, q.speaker) for q in found] == [('that Marwood had "run out of excuses"', "Alan Birch")]


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "The mayor said the pier would close, the paper reported.",
            ("the pier would close", "mayor"),
            ("The mayor said the pier would close", "paper"),
        ),
        (
            "The striker's agents have told several clubs that he is available, the Evening Post understands.\n",
            ("that he is available", "striker's agents"),
            ("The striker's agents have told several clubs that he is available", "Evening Post"),
        ),
    ],
)
def test_a_source_last_frame_after_a_reported_clause_reports_the_whole_sentence(
    text: str, inner: tuple[str, str], outer: tuple[str, str]
) -> None:
    found = {(q.quote, q.speaker) for q in reported(text)}
    assert found == {inner, outer}


def test_a_second_that_clause_belongs_to_the_saying_not_to_a_cue_inside_what_was_said() -> None:
    text = "She said the win showed how far the club had come, and that she expected her captain to be fit for the cup tie next week.\n"
    found = {q.cue: q.quote for q in reported(text)}
    assert found["showed"] == "how far the club had come"
    assert found["said"].endswith("and that she expected her captain to be fit for the cup tie next week")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He told the committee Smith had lied.", "Smith had lied"),
        ("Defending, Jo Osei said her client was sorry. She told the court Pollard had panicked after the crash.",
         "Pollard had panicked after the crash"),
    ],
)
def test_who_was_told_run_into_the_name_that_opens_the_clause_is_no_part_of_it(text: str, content: str) -> None:
    assert content in [q.quote for q in reported(text)]


@pytest.mark.parametrize(
    ("text", "speaker_type"),
    [
        ("Poll shows islanders want a second ferry\n\nThe ferry runs twice a day.", "document"),
        ("Jo Law spoke first.\n\nLaw said the ferry was too slow.", "person"),
    ],
)
def test_a_headline_bare_document_noun_is_a_document_but_a_surname_is_a_person(text: str, speaker_type: str) -> None:
    first = reported(text)[0]
    assert first.speaker_mention in {"Poll", "Law"} and first.speaker_type == speaker_type


def test_a_body_doing_the_saying_in_a_with_clause_is_its_source() -> None:
    text = "Ratepayers face a steep rise next year, with the council blaming soaring insurance costs."
    q = next(q for q in reported(text) if q.cue == "blaming")
    assert (q.quote, q.speaker) == ("soaring insurance costs", "council")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kelso Ferries said up to one in five sailings could be cancelled in winter.",
         "up to one in five sailings could be cancelled in winter"),
        ("The firm said about 200 jobs would go.", "about 200 jobs would go"),
        ("Roe said raising fares now, before the new boats arrive, would be a mistake.",
         "raising fares now, before the new boats arrive, would be a mistake"),
        ('Farm lobby Agri-Norte warned the cap would "destroy thousands of viable businesses".',
         'the cap would "destroy thousands of viable businesses"'),
    ],
)
def test_a_subject_the_parse_hung_on_the_cue_is_part_of_the_content(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_frame_set_off_in_the_sentence_whose_verb_was_tagged_a_plural_noun() -> None:
    assert [(q.quote, q.speaker) for q in reported("The plan, Roe notes, remains unfunded.")] == [
        ("The plan remains unfunded", "Roe")
    ]


def test_a_possessive_plural_noun_between_commas_is_no_frame() -> None:
    assert reported("His plans, Roe's notes, were on the desk.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master would not say when, or if, the pier will reopen.", "when, or if, the pier will reopen"),
        ("The minister would not say how or why the files were lost.", "how or why the files were lost"),
    ],
)
def test_two_questions_joined_after_the_cue_are_one_content(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_question_word_alone_before_another_act_is_no_content() -> None:
    assert reported("He did not say when, and he left.") == []


def test_the_subject_the_parse_put_in_an_opening_source_phrase_is_part_of_the_content() -> None:
    text = "According to the Harbour Gazette, 41 of the 60 councillors — a clear majority of the chamber — backed the plan."
    q = next(q for q in reported(text) if q.cue == "according to")
    assert (q.quote, q.speaker) == (
        "41 of the 60 councillors — a clear majority of the chamber — backed the plan", "Harbour Gazette"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Someone told the mayor that the ferry deal was off.", [("that the ferry deal was off", "Someone")]),
        ("Someone might say the vote was rigged.", []),
    ],
)  # fmt: skip
def test_someone_who_did_the_telling_is_a_source_but_a_generic_someone_is_not(text: str, found: list) -> None:
    assert [(q.quote, q.speaker) for q in reported(text)] == found


def test_a_that_clause_after_the_setting_of_a_telling_is_its_content() -> None:
    text = (
        "On Thursday night, the mayor told the crowd at a dinner for nurses that she and the board had met twice."
    )
    assert [(q.quote, q.speaker) for q in reported(text)] == [("that she and the board had met twice", "mayor")]


def test_no_content_starts_inside_a_quotation_and_runs_across_another_frame() -> None:
    text = "After one voter shouted, “Potholes,” the candidate grinned, pointing to the crowd, “We hear you!”"
    assert not [q for q in reported(text) if q.quote.startswith("Potholes")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ferry company told another story entirely.", [("another story", "ferry company")]),
        ("She told reporters the pier was safe.", [("the pier was safe", "She")]),
    ],
)
def test_an_account_told_is_the_content_and_who_was_told_is_not(text: str, found: list) -> None:
    assert [(q.quote, q.speaker_mention.removeprefix("The ")) for q in reported(text)] == found


def test_a_headline_content_before_an_inverted_frame_is_reported() -> None:
    text = "Ferry fares to rise next month, say officials\n\nThe operator is weighing a rise."
    q = reported(text)[0]
    assert (q.quote, q.speaker) == ("Ferry fares to rise next month", "officials")


@pytest.mark.parametrize(
    "text",
    [
        "Ida Marsh told a briefing at the launch of a campaign for the market move that Vell would appeal.",
        "Ida Marsh told a briefing at the launch of a campaign for the power plant sale that the ministry "
        "would have to be rebuilt from scratch.",
    ],
)
def test_a_that_clause_after_who_was_told_and_where_is_the_content_however_parsed(text: str) -> None:
    q = one(text)
    assert q.quote.startswith("that ") and q.speaker == "Ida Marsh"


def test_a_frame_set_off_after_the_contents_subject_names_its_own_source() -> None:
    text = (
        "Lars Novotny runs the port. Noor Capellano runs the council. "
        "Capellano, Novotny suggested, had been kept in the dark."
    )
    assert [(q.quote, q.speaker) for q in reported(text)] == [("Capellano had been kept in the dark", "Lars Novotny")]


def test_a_draft_speaks_as_a_document() -> None:
    q = one("The draft, which could still change, says the savings would go to young farmers.")
    assert (q.speaker, q.speaker_type) == ("draft", "document")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Meanwhile, ferry bookings fell by a third last month, figures from the port showed.",
         "ferry bookings fell by a third last month"),
        ('The head of the nurses\' union, Ada Pell, said staff were "at breaking point", a view echoed by the '
         "doctors' union.", 'staff were "at breaking point"'),
        ("The mayor said the plan, a view she has held for years, was sound.",
         "the plan, a view she has held for years, was sound"),
    ],
)
def test_the_writers_link_before_and_gloss_after_a_content_are_not_part_of_it(text: str, content: str) -> None:
    assert content in [q.quote for q in reported(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the source on the participle's object and "who" on the body
        "Speaking to the Courier, an engineer at the Lowmoor Water Board, who asked not to be named, "
        "said the dam was sound.",
        "An engineer at the Lowmoor Water Board, who asked not to be named, said the dam was sound.",
        "An engineer at the Lowmoor Water Board said the dam was sound.",
    ],
)
def test_who_after_a_body_is_the_person_who_works_there(text: str) -> None:
    q = one(text)
    assert (q.speaker, q.speaker_type) == ("Lowmoor Water Board engineer", "anonymous")


@pytest.mark.parametrize("amount", ["Rs. 450 crore", "Ksh. 3 million", "Tk. 20 lakh"])
def test_a_currency_abbreviated_with_a_stop_does_not_end_the_content(amount: str) -> None:
    q = one(f"He added that the board had already set aside {amount} for the project.")
    assert q.quote == f"that the board had already set aside {amount} for the project"


def test_a_possessive_in_a_clause_without_a_subject_is_the_subject_above() -> None:
    """"their support" after "two independents are considering withdrawing": theirs, not the
    broadcaster's that reports it."""
    text = (
        "Premier Ilse Brandt has ruled out an early election.\n\n"
        "“I will not be rushed into an election,” she said.\n\n"
        "The ABC understands at least two independents are considering withdrawing their support for the "
        "government.\n\n"
        "An independent, Callum Durie, told reporters he had lost confidence in the Treasurer.\n\n"
        "“The numbers don't add up,” Mr Durie said."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found["the government"] == "at least two independents"


def test_what_was_told_is_found_when_the_parse_hangs_it_on_the_one_told() -> None:
    found = {q.quote: q.speaker for q in reported("The driver told officers he had been drinking, police said.")}
    assert found == {"The driver told officers he had been drinking": "police", "he had been drinking": "driver"}


def test_a_relative_clause_on_the_one_told_is_not_what_was_told() -> None:
    assert reported("Pruitt told the officers she met about the fire.") == []


@pytest.mark.parametrize("verb", ["states", "reports", "demands"])
def test_a_closing_frame_whose_verb_is_often_a_noun_is_read(verb: str) -> None:
    q = one(f"The levy is unfair, the petition {verb}.")
    assert (q.quote, q.speaker, q.cue) == ("The levy is unfair", "petition", verb)


def test_a_source_closing_the_sentence_is_no_part_of_a_content_inside_it() -> None:
    text = (
        "Investigators believe the driver, Jo Roe of Eastbrook, was traveling at more than 90 mph when his "
        "pickup truck struck a sedan at the intersection of Route 47 and Mill Lane, according to a criminal "
        "complaint filed Monday."
    )
    found = {q.speaker: q.quote for q in reported(text)}
    assert found["Investigators"].endswith("at the intersection of Route 47 and Mill Lane")


def test_a_closing_frame_the_parse_hung_on_a_noun_of_the_clause_reports_the_sentence() -> None:
    """"… add to evidence that …, the authors wrote", "wrote" read as the clause of "evidence"."""
    text = (
        "Researchers at the University of Kelbrook tracked 48,000 nurses for 12 years and found that those "
        "who worked nights at least three times a month had a 24% higher risk.\n\n"
        "The findings, published in the journal Occupational Health, add to evidence that disrupting the "
        "body clock harms metabolism, the authors wrote.\n"
    )
    found = {q.speaker: q.quote for q in reported(text)}
    assert found["authors"].startswith("The findings, published in the journal")
    assert found["authors"].endswith("the body clock harms metabolism")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the subject hung on "are", the participle read as a passive
        ("Councillors are convinced the budget hides a deficit.", "Councillors", "the budget hides a deficit"),
        # the participle read as a verb with no subject of its own
        ("Residents are worried the pier will close.", "Residents", "the pier will close"),
        # the clause hung on "was", right after the adjective
        ("Ilse Brandt was adamant the pier would reopen.", "Ilse Brandt", "the pier would reopen"),
        # the clause hung on "was" as a conjunct with no "and"
        ("Wojcik was adamant the contractor would be delayed until November.", "Wojcik",
         "the contractor would be delayed until November"),
        # the adjective read as a modifier of the clause's subject ("adamant ticket prices")
        ("Drummond was adamant ticket prices had ignored repeated warnings.", "Drummond",
         "ticket prices had ignored repeated warnings"),
    ],
)
def test_an_adjective_of_certainty_reports_its_holders_clause(text: str, speaker: str, content: str) -> None:
    q = one(text)
    assert (q.speaker, q.quote, q.cue_class) == (speaker, content, "belief")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ilse Brandt was pleased that the council backed the pier.", "Ilse Brandt", "that the council backed the pier"),
        # a participle of feeling, with no "that"
        ("The ferry crews were shocked the harbour board had sold the pier.", "ferry crews",
         "the harbour board had sold the pier"),
        # what the feeling is about, after "with"
        ("Ilse Brandt was disappointed with the harbour board's decision.", "Ilse Brandt",
         "the harbour board's decision"),
        # "made clear" with no "it": the clause read as the adjective's subject
        ("Ilse Brandt has made clear she opposes the harbour plan.", "Ilse Brandt", "she opposes the harbour plan"),
    ],
)
def test_an_adjective_of_feeling_reports_what_its_holder_feels_about(text: str, speaker: str, content: str) -> None:
    found = [q for q in reported(text) if q.speaker == speaker]
    assert (content, "belief") in [(q.quote, q.cue_class) for q in found]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brandt was cautious with the accounts.",  # "with" completes an attitude of feeling only
        "Ilse Brandt was happy in her new post.",  # "in" does not say what a feeling is about
        "The ferry crews were delighted.",  # a feeling with nothing it is about
        "That the pier will reopen is clear.",  # a clause that is the subject: no one holds it
    ],
)
def test_an_adjective_with_nothing_held_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize("amount", ["£2m", "$40m"])
def test_an_amount_in_millions_ends_the_sentence_and_the_content(amount: str) -> None:
    q = one(f"Dana Pruitt said the repairs would cost {amount}. Work starts in May.")
    assert q.quote == f"the repairs would cost {amount}"


def test_a_body_after_the_signer_an_opening_phrase_names_is_the_source() -> None:
    """The parse takes the signer's name for the subject and the body for its apposition."""
    q = one(
        "In a statement signed by its secretary, Mr. Ivo Marrick, the local branch of the Dockers Union "
        "said the strike would go ahead."
    )
    assert (q.speaker, q.speaker_type) == ("local branch of the Dockers Union", "organisation")


@pytest.mark.parametrize("article", ["A", "An"])
def test_an_unnamed_source_keeps_where_it_stands_after_a_or_an(article: str) -> None:
    noun = "insider" if article == "An" else "clerk"
    q = one(f"{article} {noun} at the council insisted the fines had been issued correctly.")
    assert q.speaker == f"{noun} at the council"


def test_a_person_named_by_age_speaks_through_a_participle() -> None:
    text = (
        "Jo Roe, a teacher, was fined twice.\n\n"
        "The 41-year-old blasted the wardens on social media, claiming they were targeting residents."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found["they were targeting residents"] == "Jo Roe"


def test_a_sentence_does_not_break_after_a_word_inside_a_paragraph() -> None:
    """After a headline with no stop the parser made "Ivo" a sentence of its own; English ends a
    sentence with a stop or a mark, so the name stays whole."""
    text = (
        "Poll: Tallack Leads Frost By Ten Points\n\n"
        "Ivo Tallack leads Ivo Frost by ten points, a new survey shows."
    )
    found = {q.quote: q.speaker for q in reported(text)}
    assert found.get("Ivo Tallack leads Ivo Frost by ten points") == "new survey"


def test_a_word_with_its_own_stop_may_still_end_a_sentence() -> None:
    q = one("The firm moved to the U.S. Then its chief said the plant would close.")
    assert q.quote == "the plant would close"


@pytest.mark.parametrize(
    "text",
    [
        # showing a document is no finding, whoever is required to show it
        "A new law required voters to show a passport or a birth certificate to register.",
        # what is asked of others is the asker's request, no one's claim yet
        "The council asked the auditors to show that the accounts were sound.",
    ],
)
def test_a_verb_in_someone_elses_infinitive_reports_nothing_of_its_own(text: str) -> None:
    assert len(reported(text)) <= 1
    assert all(q.cue not in {"show"} for q in reported(text))


def test_called_someone_to_say_reports_what_was_said_not_the_call() -> None:
    found = {q.quote: q.cue for q in reported("Several tenants have called him to say they will not pay for the repairs.")}
    assert found.get("they will not pay for the repairs") == "say"
    assert not any(cue == "called" for cue in found.values())


def test_a_relative_pronoun_reported_by_someone_is_the_noun_it_describes() -> None:
    q = one("The merger, which was first reported by the Courier, would create the largest insurer in Europe.")
    assert (q.quote, q.speaker, q.speaker_type) == ("The merger", "Courier", "organisation")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Dana Pruitt never said the pier was safe.", "never said", "the pier was safe"),
        ("Dana Pruitt did not say whether the pier would reopen.", "did not say", "whether the pier would reopen"),
        ("Dana Pruitt hasn't ruled out a second term.", "hasn't ruled out", "a second term"),
        # a question right after the negated verb, which the parse made a clause of time
        ("Dana Pruitt has not yet said when she will decide.", "has not yet said", "when she will decide"),
        ("Dana Pruitt would not say how much the pier cost.", "would not say", "how much the pier cost"),
        # yet to be said
        ("The trust has yet to confirm who will run the ward.", "has yet to confirm", "who will run the ward"),
        ("The league is yet to say whether the match will be replayed.", "is yet to say",
         "whether the match will be replayed"),
    ],
)  # fmt: skip
def test_what_someone_did_not_say_carries_the_negation_in_its_cue(text: str, cue: str, content: str) -> None:
    q = one(text)
    assert (q.cue, q.quote) == (cue, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Dana Pruitt said it wouldn’t.", "it wouldn’t"),
        ("Asked about the pier, Dana Pruitt said they don’t.", "they don’t"),
        ("Dana Pruitt said the ferries don’t.", "the ferries don’t"),
    ],
)
def test_a_curled_negation_ending_a_content_stays_in_it(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_curled_negation_before_the_verb_is_in_the_cue() -> None:
    assert one("Dana Pruitt hasn’t ruled out a second term.").cue == "hasn’t ruled out"


def test_a_clause_of_time_after_a_verb_of_saying_is_no_content() -> None:
    assert reported("Dana Pruitt said it when she left the harbour.") == [] or all(
        "when she left" not in q.quote for q in reported("Dana Pruitt said it when she left the harbour.")
    )


def test_a_yes_or_no_question_reports_nothing_as_said() -> None:
    assert reported("Did Dana Pruitt say the pier was safe?") == []


def test_a_question_that_presumes_the_stance_still_reports_it() -> None:
    q = one("Why does Dana Pruitt oppose the pier?")
    assert (q.quote, q.speaker) == ("the pier", "Dana Pruitt")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the words of one resident, the pier is a death trap.", "one resident"),
        ("In the view of most engineers, the pier is unsafe.", "most engineers"),
    ],
)
def test_the_words_or_view_of_someone_frame_the_clause(text: str, speaker: str) -> None:
    q = one(text)
    assert q.speaker == speaker and q.quote.startswith("the pier is")


def test_the_words_of_a_thing_frame_nothing() -> None:
    assert reported("In the words of the old song, the times are changing.") == []


def test_an_abbreviation_inside_a_name_does_not_cut_the_sentence_parsed_for_reported_speech() -> None:
    text = (
        "Man charged\n\nJed Quillan of Marrow Point was taken to the St. Brennock County Jail on "
        "two counts of assault, the sheriff's office said."
    )
    (q,) = [q for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert q.quote == "Jed Quillan of Marrow Point was taken to the St. Brennock County Jail on two counts of assault"


def test_a_speaker_whose_verb_the_parse_stranded_in_their_own_relative_clause() -> None:
    # "… because she feared revenge said …" read as "revenge said": the neighbour the sentence opens with
    text = (
        "Shots fired\n\nA neighbor who asked not to be named because she feared revenge said she heard "
        "“five or six bangs” just after midnight."
    )
    records = quotes.extract(text, kinds="all")
    said = next(q for q in records if q.kind == "reported" and q.cue == "said")
    assert said.quote.startswith("she heard") and said.speaker_mention == "A neighbor"
    assert next(q for q in records if q.kind == "partial").speaker_mention == "A neighbor"
    feared = next(q for q in records if q.cue == "feared")
    assert feared.quote == "revenge"


def test_with_a_noun_and_a_participle_the_noun_says_it() -> None:
    text = (
        "The Green Party attacked the plan, with their health spokeswoman, Aled Voss, saying the government "
        "had failed."
    )
    said = next(q for q in quotes.extract(text, kinds="all") if q.cue == "saying")
    assert (said.quote, said.speaker) == ("the government had failed", "Aled Voss")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the clause's subject does something else than speak: the words are the demanders'
        ("Two councillors demanded that the mayor scrap the levy, saying it would hurt shops.", "Two councillors"),
        # a clause of what its subject did: the participle is theirs
        ("Ilse Brandt welcomed the news that the mayor would resign, saying it was overdue.", "Ilse Brandt"),
        # the clause's subject speaks: the participle goes on with that act
        ("Ilse Brandt said her neighbours mocked the plan, calling it a folly.", "Ilse Brandt's neighbours"),
    ],
)
def test_a_participle_after_a_clause_on_a_speech_verb_is_the_speakers(text: str, speaker: str) -> None:
    (found,) = [q for q in reported(text) if q.cue in {"saying", "calling"}]
    assert found.speaker == speaker


def test_a_relative_clause_with_no_pronoun_reports_what_is_said_of_its_noun() -> None:
    text = "The Harbour Trust estimates that storms cause 300 closures every year, a figure it says is likely to rise."
    found = {q.cue: (q.quote, q.speaker) for q in reported(text)}
    assert found["says"] == ("is likely to rise", "Harbour Trust")


def test_a_participle_after_the_source_of_according_to_is_the_sources() -> None:
    """The parse hangs "according to" on "read", as if "read out in court" were the clause."""
    text = "Witnesses told officers that a man had followed them, according to a summary of the case read out in court."
    found = {q.cue: q.quote for q in reported(text)}
    assert found["according to"] == "Witnesses told officers that a man had followed them"


def test_a_subject_the_parse_joined_to_an_opening_source_is_the_contents() -> None:
    text = (
        "Freight\n\nAccording to data compiled by Pellimore Research, European road freight volumes have now "
        "fallen for five straight quarters."
    )
    (found,) = reported(text)
    assert found.quote == "European road freight volumes have now fallen for five straight quarters"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second clause whose verb is a speech verb: no other source before a source-last frame
        ("The pier closed in May, and the ferry crews would answer every call, Ilse Brandt said.",
         "The pier closed in May, and the ferry crews would answer every call"),
        # the parse hung both clauses on the frame's verb
        ("The storm cost the harbour two million pounds, and Odile Marsh believes the council would pay, "
         "Ilse Brandt said.",
         "The storm cost the harbour two million pounds, and Odile Marsh believes the council would pay"),
        # a place before the source's comma, deep in a clause: no "name, town, region" apposition
        ("Ilse Brandt spoke.\n\nThe academy held trials in December, and the coaches met 277 young players "
         "from Kingsmoor, Brandt said.",
         "The academy held trials in December, and the coaches met 277 young players from Kingsmoor"),
    ],
)
def test_a_source_last_frame_reports_every_clause_before_it(text: str, content: str) -> None:
    found = [q for q in reported(text) if q.speaker == "Ilse Brandt"]
    assert [q.quote for q in found] == [content]


def test_a_relative_clause_after_quoted_words_stays_in_the_content() -> None:
    """The parse makes "his young side had shown" a second clause of "said"."""
    text = 'Fergus Blackwattle was angry. He said he was "proud of the fight" his young side had shown.'
    found = [q.quote for q in reported(text) if q.cue == "said"]
    assert found == ['he was "proud of the fight" his young side had shown']


def test_a_conjunct_sharing_the_contents_had_goes_on_with_its_subject() -> None:
    text = "Ilse Brandt said inspectors had visited 30 piers and found most were unsafe."
    found = {q.cue: (q.quote, q.speaker) for q in reported(text)}
    assert found["said"] == ("inspectors had visited 30 piers and found most were unsafe", "Ilse Brandt")
    assert found["found"] == ("most were unsafe", "inspectors")


def test_a_speech_verb_after_a_contents_had_is_the_speakers_next_act() -> None:
    text = "Ilse Brandt complained the mayor had attacked her and questioned why the council kept silent."
    found = {q.cue: (q.quote, q.speaker) for q in reported(text)}
    assert found["questioned"] == ("why the council kept silent", "Ilse Brandt")


def test_a_translation_of_a_quotation_sources_its_wording_not_a_report() -> None:
    text = "“We will not leave it halfway,” Ilse Brandt told workers, according to a translation issued by the firm."
    assert [q.kind for q in quotes.extract(text, kinds="all")] == ["direct"]
    text = "“We need a new pier,” the mayor told the council, according to two people at the meeting."
    found = {q.kind: q.speaker for q in quotes.extract(text, kinds="all")}
    assert found["reported"] == "two people at the meeting"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "'s" read as a passive's "is": a person's "has said" before a clause
        ("Ilse Brandt spoke on Monday. She's said the pier will close.", "Ilse Brandt", "the pier will close"),
        # a couple speaks as two people
        ("Having fled the island in March, the couple worried that the storms would return.", "couple",
         "that the storms would return"),
    ],
)
def test_these_report_their_speakers_clause(text: str, speaker: str, content: str) -> None:
    assert (content, speaker) in [(q.quote, q.speaker) for q in reported(text)]


def test_it_is_said_reports_no_one() -> None:
    assert reported("It's said the pier is haunted.") == []


def test_a_paraphrase_sharing_only_when_and_a_word_or_two_is_another_statement() -> None:
    versions = _paraphrase_versions(
        "The ferry company will cut sailings to the islands in the spring.",
        "the water company would cut bills for pensioners in the spring",
    )
    assert versions == []


def test_a_reversal_around_quoted_words_flags_the_statement() -> None:
    one_outlet = quotes.extract("“I would not call the pier scheme a success,” Ilse Brandt said.",
                                outlet="Harbour Post", published="2025-05-02")
    other = quotes.extract("Ilse Brandt said the pier scheme was “a success”.", outlet="Island Herald",
                           published="2025-05-03", kinds="all")
    relations = {v.relation for st in compare(one_outlet + other) for v in st.versions if v.outlet == "Island Herald"}
    assert "altered" in relations


def test_someone_asked_a_question_in_an_aside_asks_nothing() -> None:
    # parsed with "asked" the main verb, Ravensworth its subject and "was cautious" its clause
    text = "Budget row\n\nOdile Ravensworth, asked whether taxes would rise, was cautious."
    assert [q.quote for q in reported(text)] == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The council approved the scheme, which critics say will double traffic.", "which will double traffic"),
        ("It projects a display that the company says is visible in sunlight.", "that is visible in sunlight"),
        # the sentence's own verb, hung on the aside's clause by the parse, is no part of it
        ("The tax, which economists say will hurt farmers, takes effect in May.", "which will hurt farmers"),
    ],
)
def test_a_relative_clause_framed_inside_reports_its_pronoun_and_predicate_not_the_frame(
    sentence: str, quote: str
) -> None:
    found = reported(f"Traffic fears\n\n{sentence}")
    assert [q.quote for q in found] == [quote]
    assert len(found[0].parts) == 2  # the frame between them is no part of the content


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A communique issued after the summit said tariffs would fall.", "communique"),
        ("A statement released after the talks said the leaders would meet again.", "statement"),
        ("A report published after the inquiry found that staff were overworked.", "report"),
        ("Roe left after the minister said the plan was dead.", "minister"),  # a clause of time of its own
        # a thing before the mark that the parse made a subject too: the people after it speak
        ("A row escalated on Monday after a group of traders said the fees were unfair.", "group of traders"),
    ],
)
def test_what_a_time_phrase_names_does_not_speak_for_the_text_before_it(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in reported(f"Summit ends\n\n{sentence}")] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill owners declined to confirm that the night shift would end.",
        "The union refused to guarantee that services would run.",
        "The minister declined to say whether the plan would go ahead.",
    ],
)
def test_what_someone_declined_to_say_is_not_reported_as_said(sentence: str) -> None:
    found = reported(f"Shift ends\n\n{sentence}")
    assert [q.cue for q in found] == [next(w for w in sentence.split() if w in {"declined", "refused"})]


def test_a_that_clause_of_a_sign_after_a_source_last_frame_is_the_writers() -> None:
    text = (
        "Breweries to shut\n\nDutch brewer Hoekstra Bier will shut two breweries, the company said on "
        "Tuesday, in the strongest signal yet that beer sales are falling."
    )
    assert [q.quote for q in reported(text)] == ["Dutch brewer Hoekstra Bier will shut two breweries"]


def test_quoted_words_a_topic_verb_takes_inside_a_report_are_the_reporters() -> None:
    text = "Talks\n\nThe governor said the state was ready to discuss “new options” with the tribes."
    found = [(q.quote, q.speaker) for q in quotes.extract(text, kinds="all") if q.kind == "partial"]
    assert found == [("new options", "governor")]
    text = "Talks\n\nThe mayor discussed “new options” with the council."  # the topic verb's own
    assert [q.speaker for q in quotes.extract(text, kinds="all") if q.kind == "partial"] == ["mayor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lucan Abernethy-Soto, who starred in the comedy “Cold Harbour,” testified that he had never met her.",
        "Roe said her album “Salt Road Blues” would be out in May.",
    ],
)
def test_a_works_title_in_quotation_marks_is_no_ones_words(sentence: str) -> None:
    found = quotes.extract(f"Trial\n\n{sentence}", kinds="all")
    assert not [q for q in found if q.kind in {"partial", "direct"}]


def test_what_someone_calls_a_work_is_their_words() -> None:
    found = quotes.extract("Trial\n\nRoe called the show “a Disaster From Start”.", kinds="all")
    assert [(q.kind, q.speaker) for q in found if q.kind == "partial"] == [("partial", "Roe")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Residents told of sleepless nights and flooded basements.", "sleepless nights and flooded basements"),
        ("Others complained of noise and dust.", "noise and dust"),
        ("The mayor spoke of sleepless nights and flooded basements.", "sleepless nights and flooded basements"),
        ("She called for calm and left the room.", "calm"),  # a second act, not a second object
    ],
)
def test_what_someone_told_of_is_reported_whole(sentence: str, content: str) -> None:
    assert [q.quote for q in reported(f"Floods\n\n{sentence}")] == [content]


def test_a_place_in_capitals_and_a_colon_opening_the_story_is_a_dateline() -> None:
    text = (
        "Squash row\n\nPESHAWAR: Khyber Squash Association president Mehreen Baloch-Anwar on Monday "
        "criticised the ruling, saying it was unfair."
    )
    found = reported(text)
    assert found and all(q.speaker != "PESHAWAR" for q in found)  # (a headline's "Poll: …" still speaks)


def test_quoted_words_a_things_verb_takes_inside_a_report_are_the_reporters() -> None:
    text = "Roadworks\n\nPilar Esquivel-Brandt said the roadworks had gone on “far too long”."
    found = [(q.quote, q.speaker) for q in quotes.extract(text, kinds="all") if q.kind == "partial"]
    assert found == [("far too long", "Pilar Esquivel-Brandt")]


@pytest.mark.parametrize("noun", ["presentation", "slide deck"])
def test_a_presentation_that_says_something_is_a_document(noun: str) -> None:
    found = reported(f"Depots\n\nThe {noun} says costs will rise.")
    assert [q.speaker_type for q in found] == ["document"]


def test_a_description_set_off_after_an_opening_source_is_not_the_content() -> None:
    q = one("According to the Marlow Water Board, the agency that runs the reservoirs, supplies have fallen.")
    assert (q.quote, q.speaker) == ("supplies have fallen", "Marlow Water Board")


def test_an_adverb_of_how_it_was_said_right_after_the_verb_is_not_the_content() -> None:
    found = reported("Officials said privately they expected a long delay.")
    assert "they expected a long delay" in [q.quote for q in found]
    assert [q.quote for q in reported("Ada Roe demanded later closing times for the pier.")] == [
        "later closing times for the pier"
    ]  # an adjective of the content's own


def test_a_that_clause_hung_on_where_it_was_said_is_the_content() -> None:
    q = one("Ruth Adeyemi-Cole, who is leading the case, said outside the courthouse that the evidence was clear.")
    assert (q.quote, q.speaker) == ("that the evidence was clear", "Ruth Adeyemi-Cole")
    assert reported("Ruth Adeyemi-Cole stood outside the courthouse that was built in 1900.") == []
    # a noun's own clause stays the noun's ("its position that …"), and only a verb of asserting has one
    found = reported("The guild has lobbied for votes for its position that the tribunal lacks authority.")
    assert [q.quote for q in found] == ["votes for its position that the tribunal lacks authority"]


def test_accepting_that_reports_and_a_verb_saying_more_frames_no_quotation_before_it() -> None:
    q = one("Tom Baird accepted that errors had been made.")
    assert (q.quote, q.speaker) == ("that errors had been made", "Tom Baird")
    assert reported("Tom Baird accepted the award.") == []
    text = "“We did our job,” Lena Marsh said. “Everyone went home safe.” Ravi Doshi disagreed, saying the defence had been poor."
    found = {q.quote: q.speaker for q in quotes.extract(text, kinds="direct,partial")}
    assert found["Everyone went home safe."] == "Lena Marsh"


def test_a_survey_conducted_by_a_named_body_is_that_body_s() -> None:
    q = one("The survey, conducted by the Marlin Retail Association, found that sales fell in May.")
    assert (q.speaker, q.speaker_type) == ("Marlin Retail Association", "organisation")


def test_a_governed_place_speaks_in_a_participle_after_its_verb() -> None:
    found = reported("The municipality said it will appeal, arguing that the ruling was flawed.")
    assert ("that the ruling was flawed", "municipality") in [(q.quote, q.speaker) for q in found]


def test_which_after_the_object_of_an_audit_is_the_audit() -> None:
    q = one("Officials released an audit of the city's parks department, which found that money was missing.")
    assert (q.quote, q.speaker, q.speaker_type) == ("that money was missing", "audit", "document")
    # not what the clause of another verb says of the thing examined
    found = reported("He ordered a review of the visa program, which allows students to work.")
    assert "review" not in [q.speaker for q in found if q.quote == "students to work"]


def test_a_match_score_before_a_headlines_colon_is_no_speaker() -> None:
    text = (
        "Harbridge Town 2-2 Castlemoor Rovers: Okafor fumes over late penalty\n\n"
        "Harbridge Town manager Steve Okafor blamed the referee.\n\n"
        "The Castlemoor manager insisted it was a penalty."
    )
    assert all(q.rule != "headline-colon" for q in quotes.extract(text, kinds="all"))


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether she had sent the memo, Carla Mendes replied, "I did, and I would send it again."',
        'Pressed on the timing, the witness answered, "It was after the board meeting."',
    ],
)
def test_a_question_setting_a_reply_is_no_part_of_what_is_reported(text: str) -> None:
    found = quotes.extract("Memo row\n\n" + text, kinds="all")
    assert [q.kind for q in found] == ["direct"]


@pytest.mark.parametrize(
    ("headline", "cue", "speaker", "content"),
    [
        ("Harbour Trust Chief Praises Okafor Plan For New Ferry Route", "praises", "Harbour Trust Chief",
         "Okafor Plan For New Ferry Route"),
        ("Pence Defends Okafor Amid Protests Over Ferry Plan", "defends", "Pence", "Okafor"),
    ],
)  # fmt: skip
def test_a_title_case_headline_is_read_as_a_sentence(headline: str, cue: str, speaker: str, content: str) -> None:
    text = f"{headline}\n\nThe harbour reopened on Monday.\n\nThe vote on the route is in May."
    found = [(q.speaker, q.quote) for q in reported(text) if q.cue == cue]
    assert found == [(speaker, content)]


def test_a_headline_clause_before_a_colon_gives_its_subject_as_the_speaker() -> None:
    text = (
        "Mayor Okafor Backs Ferry Plan: It Will Save The Harbour And Jobs\n\n"
        "The mayor spoke on Monday.\n\nThe vote is in May."
    )
    found = [q for q in reported(text) if q.cue == ":"]
    assert [(q.speaker_mention, q.quote) for q in found] == [("Mayor Okafor", "It Will Save The Harbour And Jobs")]


def test_sentence_case_lowers_only_small_words_and_verbs_of_a_title_case_headline() -> None:
    from quotes.attribute.reported import headlines_in_sentence_case

    text = "Will Okafor Backs The Ferry Plan For Harbour Towns"
    assert headlines_in_sentence_case(text, [(0, len(text))]) == "Will Okafor backs the Ferry Plan for Harbour Towns"
    prose = "The mayor backs the plan for the Harbour Trust and its ferry"  # not title case: left alone
    assert headlines_in_sentence_case(prose, [(0, len(prose))]) == prose


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # how the content's act is to be done, with no subject of its own: part of the content
        ("She hopes to compete in the north while ignoring the farm lobby altogether.",
         "to compete in the north while ignoring the farm lobby altogether"),
        ("He vowed to fight on while recovering from surgery.", "to fight on while recovering from surgery"),
        # a time with a subject of its own is the writer's setting
        ("She urged them to stay as the storm neared.", "them to stay"),
    ],
)  # fmt: skip
def test_a_gerund_of_manner_goes_with_the_content_a_clause_of_time_does_not(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a light verb and a noun of pointing at something: what is pointed at
        ("Okafor made no mention of the ferry fares.", "made no mention of", "the ferry fares"),
        ("The mayor also made a reference to the audit of the harbour accounts.", "made reference to",
         "the audit of the harbour accounts"),
        # a light verb and a stance noun with an infinitive: what is promised
        ("The council has repeatedly made public promises to cut the fares.", "promises", "to cut the fares"),
    ],
)  # fmt: skip
def test_a_light_verb_and_a_noun_of_speech_report_what_the_noun_is_about(text: str, cue: str, content: str) -> None:
    assert [(q.cue, q.quote) for q in reported(text)] == [(cue, content)]


def test_an_attempt_or_a_promise_to_someone_reports_nothing() -> None:
    assert reported("He made an attempt to reach the shore.") == []
    assert reported("She made a promise to her son.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a text or a speech put out, as a whole, when nothing in it is its own content
        ("A group of 50 former officials issued an open letter calling the mayor unfit for office.",
         "an open letter calling the mayor unfit for office"),
        ("The campaign released a new online ad on Monday.", "a new online ad"),
        ("The union filed a lawsuit against the council.", "a lawsuit against the council"),
    ],
)  # fmt: skip
def test_a_text_put_out_is_what_its_author_said(text: str, content: str) -> None:
    assert content in [q.quote for q in reported(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what the statement says, or what it is about, is the content; not the statement itself
        ("The council issued a statement saying the pier would close.", "the pier would close"),
        ("The mayor issued a warning that the pier was unsafe.", "that the pier was unsafe"),
    ],
)
def test_a_text_put_out_with_a_content_of_its_own_gives_that_content(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)] == [content]


def test_texts_put_out_by_someone_else_than_their_author_are_not_theirs() -> None:
    assert reported("The department released the emails in batches.") == []
    assert reported("She filed her nails.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause of cause or condition after an object is part of the stance, as after a clause
        ("The mayor opposed the levy because it hurts renters.", "the levy because it hurts renters"),
        ("The union backed the strike unless the council pays up.", "the strike unless the council pays up"),
        # a time is the writer's setting
        ("He praised the crew as the storm passed.", "the crew"),
    ],
)
def test_an_object_goes_on_with_its_reason_not_its_time(text: str, content: str) -> None:
    assert [q.quote for q in reported(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        # a view held, and what it is about
        ("The governor also has praise for the front-runner.", "praise", "the front-runner", "governor"),
        ("Many voters have doubts about the plan.", "doubts", "the plan", "Many voters"),
        ("She had no complaints about the food.", "no complaints", "the food", "She"),
    ],
)
def test_a_view_held_reports_what_it_is_about(text: str, cue: str, content: str, speaker: str) -> None:
    assert [(q.cue, q.quote, q.speaker) for q in reported(text)] == [(cue, content, speaker)]


def test_a_plan_one_has_is_no_view_held() -> None:
    assert reported("He has a plan for the harbour.") == []


def test_a_feeling_expressed_at_something_reports_it() -> None:
    found = reported("Months ago, the developer Mel Sander expressed dismay at the thought of a new marina.")
    assert [(q.cue, q.quote) for q in found] == [("dismay", "the thought of a new marina")]


def test_the_subject_of_a_clause_of_time_read_as_a_preposition_s_object_speaks() -> None:
    # "as Jo Hart, …, attacked": the parse made "as" a preposition and the speaker its object
    text = "Criticism grew louder on Wednesday as Jo Hart, the mayor's daughter, attacked Okafor for his remarks."
    assert [(q.speaker, q.quote) for q in reported(text)] == [("Jo Hart", "Okafor for his remarks")]



@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Energy Minister Tariq Mansoor told the state news agency QNA that the group would not stand by.",
            "Tariq Mansoor",
            "that the group would not stand by",
        ),
        (
            "President Ivo Marek said in a statement carried by the state news agency TNA that the ferry would run again.",
            "Ivo Marek",
            "that the ferry would run again",
        ),
    ],
)
def test_a_name_after_the_noun_it_names_is_not_the_content(text: str, speaker: str, content: str) -> None:
    found = one(text)
    assert (found.speaker, found.quote) == (speaker, content)


def test_clauses_listed_with_commas_after_the_cue_are_all_its_content() -> None:
    found = one("Wren Halloway said the road was dry, visibility was good and there was no other traffic.")
    assert found.quote == "the road was dry, visibility was good and there was no other traffic"


def test_a_source_last_frame_after_a_reported_clause_is_not_listed_in_it() -> None:
    found = reported("The harbour master said the pier was safe, officials said.")
    assert [(q.speaker, q.quote) for q in found] == [
        ("officials", "The harbour master said the pier was safe"),
        ("harbour master", "the pier was safe"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rovers are watching the striker, according to the Evening Ledger, although the interest is cool.",
            "Rovers are watching the striker",
        ),
        (
            "Northland sent two planes of tents, its foreign ministry said, while Eastmark pledged cash.",
            "Northland sent two planes of tents",
        ),
    ],
)
def test_a_clause_set_against_the_content_after_a_frame_inside_it_is_not_content(text: str, content: str) -> None:
    assert reported(text)[0].quote == content


def test_a_clause_of_the_content_going_on_after_a_frame_inside_it_stays() -> None:
    found = one("The ferry, the captain said, will not sail while the storm lasts.")
    assert found.quote == "The ferry will not sail while the storm lasts"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Ilse Brandt was of the view that the pier was unsafe.", "that the pier was unsafe", "Ilse Brandt",
         "was of the view"),
        ("The ferry board is of the firm opinion that fares must rise.", "that fares must rise", "ferry board",
         "is of the firm opinion"),
        ("Teodor Marsh remains of the belief that the boat was sold.", "that the boat was sold",
         "Teodor Marsh", "remains of the belief"),
        ("Ilse Brandt was under the impression that the pier had reopened.", "that the pier had reopened",
         "Ilse Brandt", "was under the impression"),
    ],
)  # fmt: skip
def test_a_view_someone_is_in_holds_its_that_clause(text: str, content: str, speaker: str, cue: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker, q.cue, q.cue_class) == (content, speaker, cue, "belief")


@pytest.mark.parametrize(
    "text",
    [
        "The view that the pier is unsafe has spread among the islanders.",  # no one is in it
        "The pier was of the view of the harbour, which the storm ruined.",  # no clause: a sight
        "The shop is under the impression of a new owner.",
    ],
)
def test_a_view_noun_with_no_holder_or_no_clause_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pier is not, Ilse Brandt insists, beyond repair.", "The pier is not beyond repair"),
        ("The pier was, Ilse Brandt said, unsafe for years.", "The pier was unsafe for years"),
        # a quoted noun phrase, read as an adverbial of the frame's verb, with its marks
        ("The pier was, Ilse Brandt said, “a hazard to swimmers”.", "The pier was “a hazard to swimmers”"),
    ],
)
def test_a_frame_between_a_verb_and_its_predicate_leaves_the_predicate_in_the_content(text: str, content: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == (content, "Ilse Brandt")


@pytest.mark.parametrize("hearing", ["An inquest", "The trial", "The hearing"])
def test_a_hearing_holds_the_evidence_it_heard(hearing: str) -> None:
    q = one(f"{hearing} heard that the pilot had slept for two hours.")
    assert (q.quote, q.speaker, q.speaker_type, q.cue_class) == (
        "that the pilot had slept for two hours", hearing.split()[1], "organisation", "knowledge"
    )


def test_a_hearing_that_hears_nothing_reports_nothing() -> None:
    assert reported("The hearing was postponed until May because the pilot was ill.") == []


def test_a_list_after_a_preposition_is_all_of_its_content() -> None:
    # the parse may hang the list's rest on the verb after the first item's comma
    q = one("Ilse Brandt called for new radar, more pilots and a night curfew.")
    assert q.quote == "new radar, more pilots and a night curfew"


def test_a_gloss_after_a_prepositions_object_is_not_a_list() -> None:
    assert one("Ilse Brandt called for a review, the first since 2010.").quote == "a review"


def test_a_list_object_whose_rest_the_parse_hung_on_the_subject_is_all_content() -> None:
    text = "Ilse Brandt praised the crew, the coastguard and the volunteers. The mayor agreed."
    q = next(q for q in reported(text) if q.cue == "praised")
    assert (q.quote, q.speaker) == ("the crew, the coastguard and the volunteers", "Ilse Brandt")


@pytest.mark.parametrize("verb", ["informed", "apprised", "assured"])
def test_a_listener_verb_reports_its_that_clause_not_the_one_told(verb: str) -> None:
    q = one(f"Harbour officials {verb} the committee that the radar had failed.")
    assert (q.quote, q.speaker, q.cue) == ("that the radar had failed", "Harbour officials", verb)



def test_that_after_the_one_told_opens_the_content_even_read_as_a_relative_pronoun() -> None:
    q = one("Ilse Brandt informed the board that Oriel Marsh had been kept in the dark.")
    assert (q.quote, q.speaker) == ("that Oriel Marsh had been kept in the dark", "Ilse Brandt")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the coastguard, the pilot had been warned twice, but Ilse Brandt said the warnings "
         "never reached the bridge.", "the pilot had been warned twice"),
        ("According to police, three people were hurt; Ilse Brandt said the pier was safe.",
         "three people were hurt"),
    ],
)  # fmt: skip
def test_a_source_phrase_opening_the_sentence_stops_at_another_sources_frame(text: str, content: str) -> None:
    found = {q.cue: q.quote for q in reported(text)}
    assert found["according to"] == content
    assert found["said"] not in content


def test_a_source_phrase_opening_the_sentence_still_sources_a_plain_second_clause() -> None:
    q = one("According to police, three people were hurt and two are missing.")
    assert q.quote == "three people were hurt and two are missing"


def test_a_source_phrase_keeps_a_second_act_of_the_same_person_it_reports() -> None:
    text = "According to the paper, Ilse Brandt praised the crew, and she asked the board to pay them."
    q = next(q for q in reported(text) if q.cue == "according to")
    assert q.quote == "Ilse Brandt praised the crew, and she asked the board to pay them"


def test_a_participle_between_a_count_and_its_noun_is_no_cue() -> None:
    assert reported("By Tuesday she had won 475 pledged delegates in the west.") == []



def test_a_source_phrase_keeps_a_second_act_it_reports_that_frames_no_clause() -> None:
    text = "According to Ilse Brandt, the pier can survive the winter, and the crews agreed to a pay freeze."
    q = next(q for q in reported(text) if q.cue == "according to")
    assert q.quote == "the pier can survive the winter, and the crews agreed to a pay freeze"


@pytest.mark.parametrize(
    "text",
    [
        "While the crews say the pier is safe, the harbour board disagrees.",
        "Although critics say the ferry is late, the operator disagrees.",
    ],
)
def test_a_subordinate_clause_before_a_stance_is_not_its_content(text: str) -> None:
    found = {q.cue: q.quote for q in reported(text)}
    assert "disagrees" not in found
    assert found["say"].startswith("the ")


def test_a_that_clause_the_parse_read_as_a_relative_clause_is_still_the_nouns_content() -> None:
    # "that" and "wages" both subjects of "had fallen": "that" opens the clause, it stands for nothing
    q = one("The union's claims that wages had fallen were wrong.")
    assert (q.quote, q.speaker, q.cue) == ("that wages had fallen", "union", "claims")


def test_a_relative_clause_after_a_speech_noun_is_not_its_content() -> None:
    assert reported("The warning that she issued went unheeded.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her observation that the tide was rising surprised no one.", "that the tide was rising"),
        ("The harbour board's guarantee that the ferry would run reassured Dana Pruitt.",
         "that the ferry would run"),
        ("His acknowledgment that the pier was unsafe came late.", "that the pier was unsafe"),
    ],
)  # fmt: skip
def test_more_speech_nouns_with_their_clause(text: str, content: str) -> None:
    assert one(text).quote == content


@pytest.mark.parametrize(
    "text",
    [
        "Her warning to the crew was brief.",
        "His apology to the islanders came late.",
    ],
)
def test_the_one_a_speech_act_is_addressed_to_is_not_its_content(text: str) -> None:
    assert reported(text) == []


def test_what_a_stance_is_opposed_to_is_still_its_content() -> None:
    assert one("Her opposition to the ferry tax is firm.").quote == "the ferry tax"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour master was angered that the ferry had been sold.", "harbour master"),
        ("The crews were incensed that the ferry had been sold.", "crews"),
    ],
)
def test_a_feeling_of_anger_holds_its_clause(text: str, speaker: str) -> None:
    q = one(text)
    assert (q.quote, q.speaker) == ("that the ferry had been sold", speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Angry that the ferry had been sold, the harbour master left the meeting.", "harbour master", "angry"),
        ("Outraged that the ferry had been sold, the crews left the meeting.", "crews", "outraged"),
        ("Sure that the ferry had been sold, the crews left the meeting.", "crews", "sure"),
        ("The harbour master, furious that the ferry had been sold, left the meeting.", "harbour master", "furious"),
    ],
)
def test_a_stance_set_off_by_commas_with_its_clause_is_its_holders(text: str, speaker: str, cue: str) -> None:
    # the clause opens the sentence (its holder the subject after it) or follows its holder; the
    # tagger makes "Outraged" a name and "Sure" an interjection there
    q = one(text)
    assert (q.quote, q.speaker, q.cue) == ("that the ferry had been sold", speaker, cue)


def test_a_stance_set_off_without_a_clause_reports_nothing() -> None:
    assert reported("Happy with the result, the harbour master left the meeting.") == []


def test_a_second_share_the_parse_joined_to_the_first_clause_speaks_its_own_clause() -> None:
    text = "One in three said the ferry company cares little about islanders and one in four said the pier was unsafe."
    found = {q.speaker: q.quote for q in reported(text) if q.cue == "said"}
    assert found == {"One in three": "the ferry company cares little about islanders", "one in four": "the pier was unsafe"}


def test_a_second_speaker_the_parse_joined_to_the_first_clause_speaks_its_own_clause() -> None:
    text = "The harbour master said the town needs teachers and nurses said the pay is too low."
    found = {q.speaker: q.quote for q in reported(text) if q.cue == "said"}
    assert found == {"harbour master": "the town needs teachers", "nurses": "the pay is too low"}


def test_nouns_joined_in_a_clause_stay_in_it() -> None:
    assert one("Ilse Brandt said the ferry carries cars and trucks.").quote == "the ferry carries cars and trucks"


@pytest.mark.parametrize(
    "text",
    [
        "While Ilse Brandt argued that she would not resign, few islanders agree.",
        "Although Dana Pruitt predicted the pier had never been inspected, the harbour board disagrees.",
    ],
)
def test_a_stance_after_a_subordinate_frame_takes_none_of_it(text: str) -> None:
    assert [q.cue for q in reported(text)] in (["argued"], ["predicted"])


def test_a_subordinate_frame_whose_clause_the_parse_hung_on_the_main_verb_keeps_it() -> None:
    text = "Although Dana Pruitt insisted ferry fares should be reviewed independently, the harbour board disagrees."
    q = one(text)
    assert (q.speaker, q.cue, q.quote) == ("Dana Pruitt", "insisted", "ferry fares should be reviewed independently")


def test_a_time_clause_before_a_source_last_frame_stays_in_its_content() -> None:
    q = one("While the mayor spoke, a ferry was damaged, police said.")
    assert (q.speaker, q.quote) == ("police", "While the mayor spoke, a ferry was damaged")


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brandt made the case on Monday that the ferry had been sold too cheaply.",
        "Ilse Brandt made the point to the harbour board that the ferry had been sold too cheaply.",
        "Ilse Brandt made the point that Pruitt would not resign.",
    ],
)
def test_a_claim_put_forward_keeps_its_clause_however_the_parse_hung_it(text: str) -> None:
    q = one(text)
    assert q.speaker == "Ilse Brandt" and q.quote.startswith("that ")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Dana Pruitt stunned the harbour board with a warning that the pier was unsafe.", "Dana Pruitt",
         "that the pier was unsafe"),
        ("Ilse Brandt opened the debate with the argument that the ferry is now a lifeline.", "Ilse Brandt",
         "that the ferry is now a lifeline"),
        ("Dana Pruitt still has the firm belief that she could win the seat.", "Dana Pruitt",
         "that she could win the seat"),
        ("The ferry firm has calculated that the new route may cut fares by a fifth.", "ferry firm",
         "that the new route may cut fares by a fifth"),
        ("Many islanders were unaware that they had to register.", "Many islanders", "that they had to register"),
        ("The harbour board has made the case since June that the pier is unsafe.", "harbour board",
         "that the pier is unsafe"),
    ],
)  # fmt: skip
def test_a_claim_held_found_or_put_forward_with_its_clause(text: str, speaker: str, content: str) -> None:
    q = one(text)
    assert (q.speaker, q.quote) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry firm is grappling with claims that it underpaid its crews.",
        "Ilse Brandt was met with claims that she had misled the board.",
    ],
)
def test_a_claim_faced_is_not_the_facers(text: str) -> None:
    assert reported(text) == []


def test_a_stance_received_with_a_clause_reports_the_clause() -> None:
    q = one("Ilse Brandt faced criticism from rivals that the ferry deal was rushed.")
    assert (q.speaker, q.quote) == ("rivals", "that the ferry deal was rushed")


def test_what_words_are_aimed_at_is_their_target_not_their_content() -> None:
    assert reported("The mayor's remarks were aimed at the harbour board.") == []


def test_a_certainty_whose_clause_the_parse_read_as_what_the_holder_is_keeps_it() -> None:
    q = one("Dana Pruitt is adamant local fees should be frozen.")
    assert (q.speaker, q.quote) == ("Dana Pruitt", "local fees should be frozen")


def test_a_view_held_keeps_a_clause_whose_that_the_parse_made_an_object() -> None:
    q = one("Dana Pruitt was of the firm view that Bellamy had acted in good faith.")
    assert (q.speaker, q.quote) == ("Dana Pruitt", "that Bellamy had acted in good faith")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "that" parsed as the object of an intransitive verb: no relative clause can have that gap
        ("His promise that he would not run again was broken.", "His", "that he would not run again"),
        ("Dana Pruitt stunned the harbour board with a warning that the pier would close.", "Dana Pruitt",
         "that the pier would close"),
        # a verb that could take the noun for object, but has one of its own, or is passive
        ("His claim that he was held without charge was denied.", "His", "that he was held without charge"),
        ("Her claim that the ferry had been paid for was false.", "Her", "that the ferry had been paid for"),
        # a particle is no stranded preposition
        ("His fear that the roof would cave in was real.", "His", "that the roof would cave in"),
    ],
)  # fmt: skip
def test_a_speech_nouns_clause_is_its_content_however_the_parse_read_that(
    text: str, speaker: str, content: str
) -> None:
    q = one(text)
    assert (q.speaker, q.quote) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Her warning that the harbour board had ignored proved right.",
        "Her promise that the islanders had doubted was kept.",
        "His claim that he spoke about was false.",
    ],
)
def test_a_relative_clause_on_a_speech_noun_is_not_what_it_says(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Fewer than half think the ferry will run on time.", "Fewer than half", "the ferry will run on time"),
        ("Less than a third agreed with Ilse Brandt that the pier should close.", "Less than a third",
         "that the pier should close"),
    ],
)  # fmt: skip
def test_a_share_the_parse_read_as_an_adverb_is_the_verbs_subject(text: str, speaker: str, content: str) -> None:
    found = {q.quote: q.speaker for q in reported(text)}
    assert found[content] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("About a third say the ferry should run all winter.", "About a third"),  # "third" an adjective of "say"
        ("Less than a third think the ferry should run all winter.", "Less than a third"),  # "think" a noun
    ],
)
def test_a_share_whose_verb_the_tagger_misread_is_the_verbs_subject(text: str, speaker: str) -> None:
    (q,) = reported(text)
    assert (q.quote, q.speaker) == ("the ferry should run all winter", speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # "about" opens the clause's subject, not a topic: the parse hung the clause elsewhere
        ("Dana Pruitt was sure about 40 berths had been sold.", "Dana Pruitt", "about 40 berths had been sold"),
        ("Ilse Brandt was quoted by the Quay Gazette as saying about 300 homes should be reviewed "
         "independently.", "Ilse Brandt", "about 300 homes should be reviewed independently"),
    ],
)  # fmt: skip
def test_a_clause_opening_with_about_a_number_is_the_cues_content(text: str, speaker: str, content: str) -> None:
    found = {q.quote: q.speaker for q in reported(text)}
    assert found[content] == speaker


def test_a_time_clause_after_a_feeling_is_not_what_is_felt() -> None:
    found = [q.quote for q in reported("The crews were delighted with the new ferry when it arrived on Monday.")]
    assert found == ["the new ferry"]


def test_a_straight_closing_mark_after_a_stop_ends_the_content_where_the_paragraph_ends() -> None:
    # the parse made the mark a sentence of its own before the next paragraph: it still closes
    text = (
        'The trust said the levy would "push small shops out of the high street."\n\n'
        "The council has not said whether it will vote on the levy."
    )
    found = [q.quote for q in reported(text) if q.cue == "said"]
    assert found == ['the levy would "push small shops out of the high street."']


@pytest.mark.parametrize("text", ["The harbour master repeated herself twice.", "The ferry firm asserted itself."])
def test_a_reflexive_object_alone_is_no_content(text: str) -> None:
    assert reported(text) == []


def test_a_reflexive_object_with_a_topic_or_description_keeps_it() -> None:
    found = {q.quote for q in reported("The harbour master described herself as a cautious optimist.")}
    assert found == {"herself as a cautious optimist"}
    found = {q.quote for q in reported("The harbour master defended herself against claims that she had lied.")}
    assert "herself against claims that she had lied" in found


def test_what_a_text_shows_inside_a_claim_is_not_the_claimants() -> None:
    text = "Ilse Frost claimed the government's own modelling showed that fewer homes would be sold."
    shown = [q for q in quotes.extract(text, kinds="reported") if q.cue == "showed"]
    assert all(q.speaker != "Ilse Frost" for q in shown)
    claimed = [q for q in quotes.extract(text, kinds="reported") if q.cue == "claimed"]
    assert [q.quote for q in claimed] == ["the government's own modelling showed that fewer homes would be sold"]


def test_a_stance_after_an_according_to_source_is_its_own_subjects() -> None:
    text = "According to the port's head of research, Ilse Frost, owners are becoming wary of long leases."
    found = quotes.extract(text, kinds="reported")
    assert [q.speaker for q in found if q.cue == "wary"] == ["owners"]
    # the source's name is the source's, not part of what it says
    assert [q.quote for q in found if q.cue == "according to"] == ["owners are becoming wary of long leases"]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbour survey has shown that most ferry users are locals.", "that most ferry users are locals",
         "shown"),
        ("The inspector had forgotten that the ferry was due.", "that the ferry was due", "forgotten"),
    ],
)
def test_an_irregular_participle_cues_like_its_verb(text: str, content: str, cue: str) -> None:
    found = one(text)
    assert (found.quote, found.cue) == (content, cue)


def test_every_irregular_form_is_one_of_its_verbs_inflections() -> None:
    from quotes.lexicons.speech import inflections

    assert {"showed", "shown", "shows"} <= inflections("show")
    assert {"sought", "seeks"} <= inflections("seek")
    assert "shown" not in inflections("shoe")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Last week's poll showed that most ferry users are locals.", "Last week's poll"),
        ("A March survey found that most ferry users are locals.", "A March survey"),
        ("Tuesday's statement said that the ferry would run again.", "Tuesday's statement"),
    ],
)
def test_a_time_before_a_text_is_when_it_came_out_not_its_author(text: str, mention: str) -> None:
    found = one(text)
    assert (found.speaker_mention, found.speaker_type) == (mention, "document")


def test_a_record_lodged_with_a_body_speaks_for_itself_at_the_end_of_a_sentence() -> None:
    found = one("In all, the ferry trust raised $2 million last year, filings with the charity regulator show.")
    assert (found.quote, found.speaker, found.speaker_type) == (
        "In all, the ferry trust raised $2 million last year", "filings", "document"
    )


def test_a_share_written_per_cent_speaks_as_written() -> None:
    found = one("In the harbour poll, only 31 per cent said the ferry was good value.")
    assert (found.quote, found.speaker, found.speaker_type) == (
        "the ferry was good value", "only 31 per cent", "anonymous"
    )


def test_a_claim_after_which_someone_acted_is_the_claims_not_the_actors() -> None:
    found = reported("The ferry firm apologised after reports that the engine had failed.")
    assert "that the engine had failed" not in [q.quote for q in found if q.speaker == "ferry firm"]


@pytest.mark.parametrize("text", ["The ferry firm is recalling 4,000 of its life jackets.",
                                  "The ferry firm recalled thousands of life jackets."])
def test_goods_recalled_by_number_are_no_memory(text: str) -> None:
    assert reported(text) == []


def test_a_memory_recalled_is_reported() -> None:
    assert one("The captain recalled the storm of 1987.").quote == "the storm of 1987"


def test_a_second_that_clause_read_apart_is_still_the_content() -> None:
    found = one(
        "The ferry firm said in a statement that it had secured the vessels and that essential services, "
        "including fuel and water, were being maintained by volunteers."
    )
    assert found.quote.endswith("were being maintained by volunteers")


def test_a_share_keeps_the_bracket_it_opens() -> None:
    found = one("In the ferry poll, 29 percent (and 43 percent of islanders) said the timetable was fair.")
    assert found.speaker == "29 percent (and 43 percent of islanders)"


def test_a_question_the_writer_asks_with_who_has_no_source() -> None:
    assert reported("And with fares still close to 5 percent higher, who wouldn't like to see them fall?") == []


def test_a_question_put_before_a_quotation_s_frame_is_no_reported_content() -> None:
    text = 'Asked whether the ferry would be sold, she said, "All options are on the table."'
    assert [(q.kind, q.quote) for q in quotes.extract(text, kinds="all")] == [
        ("direct", "All options are on the table.")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master appealed to both skippers to stay in port.", "both skippers to stay in port"),
        ("She pleaded with the ferry board to wait another year.", "the ferry board to wait another year"),
    ],
)
def test_whom_someone_appeals_to_to_act_is_in_what_they_asked(text: str, content: str) -> None:
    assert one(text).quote == content


def test_a_plea_to_a_charge_asks_nothing() -> None:
    assert reported("The skipper pleaded guilty to witness tampering in 2014.") == []


@pytest.mark.parametrize("marks", ["“”", '""', "‘’"])
def test_a_content_does_not_end_at_a_comma_inside_its_quotation(marks: str):
    opening, closing = marks
    text = f"Mr Oduya described the deal as {opening}a union of partners in name, if not in power{closing}."
    found = [q.quote for q in quotes.extract(text, kinds="reported")]
    assert found == [f"the deal as {opening}a union of partners in name, if not in power{closing}"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councillor Ines Brand said she was ready to reopen the library, but only if the trust paid the rent.",
            "she was ready to reopen the library, but only if the trust paid the rent",
        ),
        # another source after "but": its own record, not more of the first content
        ("Ines Brand said she was ready to reopen the library, but Tom Ng said it was closed.", "she was ready to reopen the library"),
    ],
)
def test_a_restriction_with_only_if_is_part_of_what_was_said(text: str, content: str):
    found = [q.quote for q in quotes.extract(text, kinds="reported") if q.speaker == "Ines Brand"]
    assert found[0] == content


def test_a_frame_set_inside_a_sentence_is_not_what_its_last_verb_reports():
    # "continue" is a verb of saying ("…," she continued); here it is the content's own verb
    text = "During the stoppage, the trust said, urgent care would continue."
    found = [(q.speaker, q.quote) for q in quotes.extract(text, kinds="reported")]
    assert found == [("trust", "During the stoppage urgent care would continue")]


def test_stopping_short_of_saying_is_no_saying():
    text = "Senator Ilse Varn stopped short of saying whether she would vote for the levy."
    assert [q.cue for q in quotes.extract(text, kinds="reported")].count("saying") == 0


def test_a_call_for_something_to_be_done_is_the_speakers_next_act():
    text = "The Harwick Tenants Union said the scheme was overdue and called for it to be widened."
    found = [(q.cue, q.speaker, q.quote) for q in quotes.extract(text, kinds="reported")]
    assert found == [
        ("said", "Harwick Tenants Union", "the scheme was overdue"),
        ("called", "Harwick Tenants Union", "it to be widened"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Harlow Town led 2-0 but conceded three goals after the break.", "Ivana Rusk beat the champion to claim her first major title."],
)
def test_what_is_won_or_given_away_in_play_is_no_claim_or_admission(text: str):
    assert [q.cue for q in quotes.extract(text, kinds="reported")] == []


def test_conceding_defeat_is_still_an_admission():
    assert [q.cue for q in quotes.extract("Mayor Ivo Tamm conceded defeat late on Sunday.", kinds="reported")] == ["conceded"]


@pytest.mark.parametrize(("text", "cues"), [
    ("Ines Vaal said she called the surgery the same morning.", ["said"]),
    ("When her son fell ill, she called the clinic the same afternoon.", []),
    ("Ines Vaal called the clinic a lifeline.", ["called"]),  # naming it, not phoning
])  # fmt: skip
def test_calling_a_place_one_telephones_is_a_call_not_a_naming(text: str, cues: list[str]):
    assert [q.cue for q in quotes.extract(text, kinds="reported")] == cues


def test_a_speaker_asked_a_question_in_an_aside_asks_nothing() -> None:
    text = (
        'Headline\n\nCouncillor Ivo Marsh told reporters that the pier "will be rebuilt."\n\n'
        "Marsh, asked late on Monday whether he would resign if the audit went against him, "
        "paused before replying."
    )
    found = [(q.cue, q.quote) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [("told", 'that the pier "will be rebuilt."')]


def test_speaking_on_a_television_programme_is_where_not_what_about() -> None:
    text = "Transport Minister Hal Wendt, speaking on a radio programme on Sunday, said fares would fall."
    found = [(q.cue, q.quote) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [("said", "fares would fall")]


def test_an_urged_infinitive_hung_inside_the_relative_clause_of_those_urged_is_the_content() -> None:
    text = "Inspector Cal Dunmore urged anyone who saw anything suspicious near the boatyard to call the station."
    found = [(q.cue, q.quote) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [("urged", "anyone who saw anything suspicious near the boatyard to call the station")]


def test_a_claim_whose_clause_has_an_infinitive_with_its_own_object_is_content_not_relative() -> None:
    text = "The cuts follow the trust's claim that it needed to save four million pounds."
    found = [(q.speaker, q.quote) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [("trust", "that it needed to save four million pounds")]


def test_a_bodys_announcement_that_is_what_it_announced() -> None:
    text = "The strike follows the board's announcement in May that it would close two depots."
    found = [(q.speaker, q.cue, q.quote) for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert found == [("board", "announcement", "that it would close two depots")]


def test_a_with_phrase_set_off_after_the_verb_is_not_what_it_is_about() -> None:
    found = reported("The two coaches disagreed, with one telling me the side lacks pace.")
    assert [(q.cue, q.quote) for q in found] == [("telling", "the side lacks pace")]


def test_what_a_firm_is_focused_on_is_no_ones_words() -> None:
    found = reported("Harlow Metals, a small lender focused on farms, said a deal was near.")
    assert [(q.cue, q.quote) for q in found] == [("said", "a deal was near")]


def test_what_a_campaign_is_focused_on_is_what_it_talks_of() -> None:
    found = reported("It was a campaign focused on rents and wages.")
    assert [(q.cue, q.quote) for q in found] == [("focused", "rents and wages")]


def test_quoted_words_inside_speech_reported_inside_speech_are_the_reporting_speakers() -> None:
    # the words in quotation marks are the ones the speaker gave the reporter, as news quotes them
    text = 'Dr Aled Price said a ward sister had told a trainee her charts were "barely readable".'
    q = next(q for q in quotes.extract(text, kinds="all") if q.kind == "partial")
    assert q.speaker == "Aled Price"


def test_an_angry_verb_takes_a_clause_not_an_object() -> None:
    text = "Commuters fume as new rota axes late buses on Harwell route\n\nBuses will stop at 9pm, the operator said."
    assert [q.cue for q in quotes.extract(text, kinds="all") if q.kind == "reported"] == ["said"]


def test_speaking_on_the_record_is_no_content() -> None:
    assert reported("Neither official would speak on the record because talks are going on.") == []


@pytest.mark.parametrize("verb", ["classified", "categorised", "graded"])
def test_what_a_source_classes_something_as_is_its_judgement(verb: str) -> None:
    found = quotes.extract(f'The weather board {verb} the storm as "severe".', kinds="all")
    assert [(q.kind, q.quote, q.speaker) for q in found] == [
        ("reported", 'the storm as "severe"', "weather board"),
        ("partial", "severe", "weather board"),
    ]


@pytest.mark.parametrize("participle", ["pointing out", "noting"])
def test_a_second_act_of_speech_after_a_reported_clause_is_the_framers(participle: str) -> None:
    text = (
        f'MP Orla Bexley said rural Wessex had been "left with the crumbs" again, {participle} that '
        "only a tenth of spending would go outside the capital."
    )
    found = {(q.kind, q.speaker) for q in quotes.extract(text, kinds="all")}
    assert found == {("reported", "Orla Bexley"), ("partial", "Orla Bexley")}


def test_a_content_ends_with_the_bracket_it_opens() -> None:
    text = "Ines Morrow said the plan would be run by the Coastal Water Agency (CWA)."
    assert one(text).quote == "the plan would be run by the Coastal Water Agency (CWA)"


def test_a_content_ends_with_the_range_of_years_the_parse_cut() -> None:
    # "in 2031-32": "-" and "32" hung on "said", as the parser did after a longer clause
    doc = _hand_doc(
        ["She", "said", "costs", "would", "rise", "in", "2031", "-", "32", "."],
        [1, 1, 4, 4, 1, 4, 5, 1, 1, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "prep", "pobj", "punct", "npadvmod", "punct"],
        ["PRON", "VERB", "NOUN", "AUX", "VERB", "ADP", "NUM", "SYM", "NUM", "PUNCT"],
        ["PRP", "VBD", "NNS", "MD", "VB", "IN", "CD", "SYM", "CD", "."],
        ["she", "say", "cost", "would", "rise", "in", "2031", "-", "32", "."],
        spaces=[True, True, True, True, True, True, False, False, False, False],
    )
    assert _contents_by_hand(doc) == [("costs would rise in 2031-32", "She")]


def test_a_topic_before_a_headlines_colon_is_no_source_when_a_frame_follows() -> None:
    text = (
        "Budget: Treasurer promises surplus as debt grows\n\n"
        "The state Treasurer has declared the budget back in the black for the first time in years.\n\n"
        "Treasurer Ilse Marrow said the money would go to hospitals."
    )
    assert "Budget" not in {q.speaker for q in quotes.extract(text, kinds="all")}
