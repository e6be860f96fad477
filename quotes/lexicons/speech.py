"""Words that report speech: the cues that tie a quotation to its speaker.

General English, not any one corpus. Verbs are listed by lemma; every tense and participle is
recognised (``said``, ``says``, ``saying``, ``has told``). Phrasal verbs are listed with their
particle. textacy's reporting verbs are a subset of these.
"""

from __future__ import annotations

from quotes.lexicons import word_set
from quotes.lexicons.grammar import IRREGULAR_FORMS

# Verbs whose subject is the speaker of what they introduce.
SPEECH_VERBS: frozenset[str] = word_set(
    """
    say tell talk speak discuss add state declare announce explain note observe remark comment mention
    stress emphasize emphasise underline underscore highlight insist maintain assert aver claim
    contend argue reason suggest propose recommend urge call warn caution threaten promise
    pledge vow swear assure reassure acknowledge admit concede confess agree disagree deny
    reject dismiss refute rebut counter retort reply respond answer ask inquire enquire wonder
    question demand request plead beg implore appeal recall recount relate describe
    characterize characterise portray label brand dub term praise hail laud applaud commend
    congratulate thank criticize criticise condemn denounce decry slam blast lambaste
    castigate rebuke chide scold accuse charge allege blame complain lament regret apologize
    apologise joke quip tease exclaim shout yell scream cry whisper mutter murmur groan sigh
    sob boast brag gush rave rant fume snap bark growl hiss
    tweet retweet post write blog text email e-mail message report reveal disclose divulge
    confirm affirm reaffirm reiterate repeat restate echo predict forecast estimate conclude
    summarize summarise concur interject interrupt continue testify inform advise instruct apprise
    order command proclaim pronounce opine posit theorize theorise speculate surmise
    hypothesize hypothesise muse ponder reflect reminisce grant cite quote paraphrase read
    sing chant pray preach lecture counsel signal indicate imply hint intimate insinuate
    protest object dispute challenge contradict correct clarify elaborate detail outline
    specify list highlight flag stress announce broadcast publish print headline caption
    recommend vouch attest certify guarantee concede allow acknowledge exhort grouse gripe carp
    bemoan bewail deplore scoff sneer taunt mock ridicule deride lampoon needle goad jab
    retort riposte rejoin counter-attack concur lash vent thunder bellow roar howl
    cite reference invoke allude acknowledge announce advertise tout trumpet herald
    assail berate excoriate pillory savage skewer chastise admonish reprimand upbraid
    defend justify rationalize rationalise explain contend insist protest refer snipe grumble crow
    confide hedge demur blurt stammer stutter drawl rasp huff sputter intone chirp wail moan
    exult enthuse rhapsodize marvel josh kid rib banter sass quibble nitpick harangue lecture
    reckon figure guess think believe feel fear hope worry expect know doubt suspect consider
    want wish rate deem rule credit rip
    """
)

# Speech verbs that name a topic, not words: a quotation is theirs only as their object or
# "about"/"of" phrase ("discussed the “reset”", "talked about “progress”"), not a show or an
# audience ("speaking to “Morning Report”", "talking on “Sunday Live”").
TOPIC_SPEECH_VERBS: frozenset[str] = word_set("talk speak discuss")
TOPIC_PREPOSITIONS: frozenset[str] = word_set("about of")

# Speech verbs added at run time (``speech-verbs`` in the check configuration).
EXTRA_SPEECH_VERBS: set[str] = set()


def add_speech_verbs(lemmas: list[str]) -> None:
    """Recognise more speech verbs (by lemma, in every form) from now on, in this process."""
    for lemma in (w.strip().lower() for w in lemmas if w.strip()):
        EXTRA_SPEECH_VERBS.update(inflections(lemma))


def inflections(lemma: str) -> set[str]:
    """The forms of an English verb: harrumph, harrumphs, harrumphed, harrumphing (and, for an
    irregular verb, its own: show, shows, showed, shown)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # planned, admitted, referring
    return forms | IRREGULAR_FORMS.get(lemma, frozenset())


# Verbs that only go on with what the speaker above said: "He alleged that officials had shared the
# money, adding that …" is his adding, whoever the clause it hangs on is about.
CONTINUING_VERBS: frozenset[str] = word_set("add")
# Verbs that report a belief, not an utterance: cues of lower confidence.
COGNITION_VERBS: frozenset[str] = word_set(
    "reckon figure guess think believe feel fear hope worry expect know doubt suspect consider want wish"
)

# Phrasal speech verbs, as (lemma, particle).
PHRASAL_SPEECH_VERBS: frozenset[tuple[str, ...]] = frozenset(
    tuple(pair.split("+"))
    for pair in """
    point+out spell+out lay+out set+out sound+off chime+in weigh+in speak+out speak+up
    open+up fire+back hit+back shoot+back push+back lash+out cry+out call+out write+in
    rule+out play+down talk+up bring+up go+on carry+on pipe+up butt+in cut+in break+in
    tell+off sum+up wrap+up follow+up own+up fess+up
    wave+off brush+off shrug+off
    """.split()
)

# Phrases whose object is the source: "according to X", "per X".
SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"according to", "per", "quoting"})

# Nouns for a piece of speech or writing: "in a statement", "X's remarks", "the report said".
SPEECH_NOUNS: frozenset[str] = word_set(
    """
    statement statements remark remarks comment comments word words speech speeches address
    interview interviews tweet tweets post posts letter letters memo memorandum email emails
    e-mail release announcement testimony declaration message messages note report reports
    op-ed column essay book blog video ad advertisement transcript response reply answer footnote
    question warning promise pledge vow claim accusation allegation charge criticism complaint
    apology explanation assessment argument quote briefing conference editorial sermon lecture
    podcast broadcast filing motion lawsuit complaint ruling opinion verdict decision order
    study survey poll analysis document documents paper article story text message note
    communique communiqué notice advisory bulletin readout leaflet manifesto platform call plea
    notification notifications decree decrees ordinance ordinances proclamation edict
    appeal demand request slogan motto catchphrase phrase mantra refrain retort quip joke boast
    pitch lament description characterization label dictum maxim adage credo admission
    cable petition suit plan account passage version website site page feed caption headline
    sign banner placard poster billboard inscription plaque flyer brochure pamphlet chart card
    memoir memoirs diary autobiography biography summary synopsis excerpt excerpts
    audit inquiry investigation review indictment findings judgment judgement affidavit dossier
    inspection evaluation probe
    """
)

# Verbs that put out a speech noun: "issued a statement", "gave an interview".
# Those whose object (or gerund) is what was said, held or set aside: "laid out her plan", "pointed
# out the cost", "ruled out raising taxes", "played down the risk" (not "sound off", "chime in").
PHRASAL_OBJECT_VERBS: frozenset[tuple[str, ...]] = frozenset(
    tuple(pair.split("+"))
    for pair in """
    point+out spell+out lay+out set+out call+out rule+out play+down talk+up sum+up
    wave+off brush+off shrug+off
    """.split()
)
# Verbs that hand over words ("offered his assessment", "gave no details"), and the nouns for
# words handed over: the object is what was said (not "offered a job", "gave a speech"; nor a
# ritual, "offered condolences").
OFFERING_VERBS: frozenset[str] = word_set("offer give provide share")
OFFERED_WORDS: frozenset[str] = word_set(
    """
    assessment evaluation verdict view views opinion opinions thought thoughts advice detail details
    specific specifics explanation explanations description descriptions account accounts apology
    apologies praise reassurance reassurances encouragement defense defence rebuttal answer answers
    insight insights perspective take prediction predictions estimate estimates analysis critique
    """
)
# Verbs that put a text or a speech out as their object, which is then what was said, as a whole:
# "issued an open letter calling the plan reckless", "released a new ad", "filed a lawsuit". Not
# "write", "post" or "publish": what one writes is a work ("wrote a book about the island"), no
# statement, unless a clause says what it says.
PUTTING_OUT_VERBS: frozenset[str] = word_set("issue release file deliver")
# Texts one may put out without having written them ("released the emails", "posted the
# transcript"): no words of whoever puts them out.
FOUND_TEXT_NOUNS: frozenset[str] = word_set(
    "email e-mail document note cable transcript excerpt diary record file tape recording message"
)
LIGHT_SPEECH_VERBS: frozenset[str] = word_set(
    "issue release give make offer send publish post put deliver read pen write file"
)
# Pieces of speech in which one says something: "confirmed the decision in a statement" (the
# decision, not the statement, is what was confirmed).
SAID_IN_NOUNS: frozenset[str] = word_set(
    "statement interview letter email e-mail post tweet speech briefing release conference call message"
)
# Verbs of making or handling a statement: "said in a statement that she had signed" is the
# statement's own relative clause, not what was said in it.
MEDIUM_MAKING_VERBS: frozenset[str] = word_set(
    "give issue release publish post send write sign deliver read make file draft share tweet record "
    "prepare submit circulate see receive quote cite"
)
# Words before a name someone goes by in quotation marks, no words of theirs: "the username
# “kettle_logic”", "posts as “kettle_logic”", "known as “Digoy”", "goes by “Red”".
ALIAS_NOUNS: frozenset[str] = word_set("username handle pseudonym nickname alias moniker codename")
ALIAS_PREPOSITIONS: frozenset[str] = word_set("as by under")
ALIAS_VERBS: frozenset[str] = word_set("post go know sign tweet blog perform trade")
# The prepositions before whom a verb asks to act, by verb: "appealed to voters to stay calm",
# "pleaded with the board to wait" (the addressee and the infinitive are what was asked).
ADDRESSED_PREPOSITIONS: dict[str, frozenset[str]] = {
    "appeal": frozenset({"to"}),
    "plead": frozenset({"with"}),
}
# A plea to a charge: "pleaded guilty to fraud" asks no one anything.
PLEA_WORDS: frozenset[str] = word_set("guilty innocent")
# Verbs of speech or memory that take back goods when their object is counted: "recalled 12,000
# cars" (not "recalled the day she arrived").
COUNTED_GOODS_VERBS: frozenset[str] = word_set("recall")
# Nouns that count a great many things: "recalled thousands of kettles".
COUNT_NOUNS: frozenset[str] = word_set("hundreds thousands millions dozens tens")
# Prepositions of the means of saying: "said in a statement", "wrote on its website".
MEDIUM_PREPOSITIONS: frozenset[str] = word_set("in on via through during")
# Words after which a programme's name in quotation marks is where someone spoke, not what they
# said: "said on Channel 9's “Harbour Mornings”", "told “Good Evening Wexmoor”", "in an interview
# with “The Week Ahead”" (the words before: a preposition of appearing, or a form of "tell").
APPEARING_PREPOSITIONS: frozenset[str] = word_set("on to with")
TELLING_FORMS: frozenset[str] = word_set("told tell tells telling")
# Prepositions of the occasion of saying: "predicted at the debate that …", "said after the vote".
OCCASION_PREPOSITIONS: frozenset[str] = word_set("at after before")
# And of where, when and to whom it was said ("told reporters at the rally", "said after the
# vote"), not of what ("warned of", "asked for").
SETTING_PREPOSITIONS: frozenset[str] = MEDIUM_PREPOSITIONS | OCCASION_PREPOSITIONS | word_set("to")

# Nouns for a wording, and verbs of using one: whoever "used the phrase “…”", "coined the term “…”"
# or "ran on the slogan “…”" speaks those words.
WORDING_NOUNS: frozenset[str] = word_set(
    "term phrase word expression slogan motto mantra catchphrase nickname moniker refrain label chant cry"
)
WORDING_VERBS: frozenset[str] = word_set(
    "use coin adopt repeat invoke employ utter deploy borrow embrace popularize popularise echo "
    "recite run campaign reprise chant shout sing take"
)

# Nouns that a name in quotation marks may stand before: "the “Save Our Piers” group", "its “Buy
# Local” scheme". The quoted words name the thing; no one is quoted saying them.
NAMED_THING_NOUNS: frozenset[str] = word_set(
    """
    group groups campaign campaigns movement scheme programme program initiative project page
    account hashtag network coalition alliance club fund appeal petition tour show series podcast
    event festival rally march operation policy act bill law plan strategy brand label team
    """
)

# Nouns for works whose title follows them in quotation marks: "starred in the comedy “Cold Harbour”",
# "her album “Salt Road”" (a name, not words said).
WORK_NOUNS: frozenset[str] = word_set(
    """
    film films movie movies comedy drama thriller documentary series sitcom show musical play opera
    ballet album albums song songs single track ep book books novel novels memoir biography poem
    collection painting sculpture exhibition game episode podcast programme program column essay
    """
)

# Verbs whose noun object lends them a clause that keeps their subject: "made a point of saying",
# "took the trouble to explain", "has a habit of telling": whoever makes the point says it.
SUPPORT_VERBS: frozenset[str] = word_set("make take have")

# Nouns whose that-clause is what someone argues, fears or hopes, when a verb puts them forward:
# "made the case that …", "raised the concern that …", "voiced hope that …".
CLAIM_NOUNS: frozenset[str] = word_set(
    """
    case point argument concern hope fear claim warning promise assurance view belief conviction question
    suggestion worry doubt prediction assertion contention complaint charge accusation allegation
    insistence expectation confidence optimism skepticism scepticism frustration regret
    disappointment surprise satisfaction dismay alarm anger outrage relief wish desire observation
    guarantee reminder acknowledgment acknowledgement admission evidence testimony announcement
    disclosure
    """
)
# Nouns for a view one holds about something, and the verbs of holding it: "has doubts about the
# plan", "had praise for the crew", "holds reservations about the deal" (what "about" or "for" names
# is what the view is of).
HELD_VIEW_NOUNS: frozenset[str] = word_set(
    """
    praise criticism doubt doubts concern concerns reservation reservations misgiving misgivings
    qualm qualms worry worries fear fears suspicion suspicions complaint complaints
    """
)
HOLDING_VERBS: frozenset[str] = word_set("have hold harbour harbor")
# Verbs whose object may be a piece of speech or a view, so that a relative clause on one has them
# with "that" for their object ("the warning that she issued", "the claims that critics dismiss",
# "the promise that he kept"); a clause with any other verb and no object after such a noun is
# what the noun says ("the warning that the pier would close").
SAID_NOUN_VERBS: frozenset[str] = word_set(
    """
    make issue give offer release file draw raise feel present float repeat deliver voice express
    reject dismiss ignore heed deny withdraw retract hear read receive send write post publish share
    cite echo accept support back endorse dispute challenge question hold harbour harbor have face
    level lodge bring put table submit air sound keep break honour honor fulfil fulfill take say tell
    see believe doubt fear expect want like hate love need use quote report leak broadcast sign
    """
)
# Verbs after which "with" and a claim name someone else's claim, faced or handled, not one put
# forward: "grappled with claims that …", "took issue with the view that …" (but "stunned the room
# with a warning that …", "opened with the argument that …": the subject's own).
FACING_WITH_VERBS: frozenset[str] = word_set(
    """
    deal cope grapple wrestle struggle contend battle fight face disagree argue quarrel take
    """
)
# Nouns for a view someone is in, by the preposition that puts them there, with a that-clause: "was
# of the view that …", "is of the firm opinion that …", "was under the impression that …". The
# subject of the verb ("be", "remain") holds the clause.
VIEW_STATE_NOUNS: dict[str, frozenset[str]] = {
    "of": word_set("view opinion belief conviction"),
    "under": word_set("impression"),
}
STATE_VERBS: frozenset[str] = word_set("be remain seem appear stay")
# Verbs that put such a noun forward, beyond those of LIGHT_SPEECH_VERBS.
CLAIM_VERBS: frozenset[str] = word_set(
    "raise express voice share repeat reiterate renew press air state cast"
)
# Verbs that put a view or a feeling out as it is: with nothing said of what it is about, the view
# itself is what was expressed ("expressed frustration", "expresses his doubts").
EXPRESSING_VERBS: frozenset[str] = word_set("express")
# Nouns for a piece of speech that a verb of making or giving puts out, about what "about", "on" or
# "regarding" names: "made comments about the fares", "gave a speech on housing".
TOPIC_SPEECH_NOUNS: frozenset[str] = word_set(
    """
    comment comments remark remarks statement statements speech speeches testimony words tweet
    tweets post posts address lecture observation observations
    """
)
# Nouns for pointing at something in what one says, with the preposition of what they point at:
# "made no mention of the fares", "made a reference to the audit", "an allusion to the strike".
POINTING_NOUNS: dict[str, str] = {"mention": "of", "reference": "to", "allusion": "to"}
# The prepositions of such a topic (not "of", nor "at" and "in" of where).
SPEECH_TOPIC_PREPOSITIONS: frozenset[str] = word_set("about on regarding concerning")
# Nouns whose that-clause is their own, after a preposition, whatever verb the parse hangs it on:
# "spoke on the condition that …", "left in the hope that …", "…, the firm said, in the clearest
# sign yet that sales are falling" (not what was said).
CONDITION_NOUNS: frozenset[str] = word_set(
    """
    condition conditions understanding grounds basis premise assumption proviso hope belief expectation
    sign signal indication evidence proof reminder illustration demonstration
    """
)
# Prepositions that say what a stance is about: "her support for the bill", "voiced concern about
# the fares", "his attack on the board".
STANCE_PREPOSITIONS: frozenset[str] = word_set("for of on against to about over")
# Nouns of a feeling, whose object may follow "at" too: "expressed dismay at the ruling".
FEELING_NOUNS: frozenset[str] = word_set(
    "dismay anger outrage frustration surprise disappointment alarm delight fury irritation displeasure"
)
# Nouns of asking after which "for" names who must answer, not what is asked ("questions for the
# council"; "questions about the deal" is what).
ASKING_NOUNS: frozenset[str] = word_set("question query")
# Nouns of a speech act after which "to" names whom it was addressed to, not what it is about ("a
# warning to investors", "her apology to the crew"; "opposition to the bill" is what).
ADDRESSED_NOUNS: frozenset[str] = word_set(
    "warning promise pledge vow apology reminder statement assurance guarantee request demand plea appeal"
)
# Prepositions whose phrase after a speech act's object says how, where, through whom or despite
# what it was done, the writer's setting ("in a letter", "at noon", "by phone", "despite doubts"):
# any other goes on with the object though the parse hung it on the verb ("attacked the plan over
# its cost", "challenged him to a debate", "denied bail to the suspects").
OBJECT_SETTING_PREPOSITIONS: frozenset[str] = word_set("by at from through via with in despite amid")
# Prepositions of time: a phrase they open after an object says when, not what ("praised the team
# after the final").
TIME_PREPOSITIONS: frozenset[str] = word_set("after before during since until while following")
# Verbs whose subject receives a stance from others: "the plan drew criticism from farmers", "she
# won support from unions", "has the backing of the council"; the others hold it, about the subject.
RECEIVING_VERBS: frozenset[str] = word_set(
    "draw face receive win earn attract garner get have secure enjoy gain"
)
# Stance nouns that make a stance of a verb after "in": "voted in favour of the levy", "spoke in
# support of the plan", "marched in opposition to the war".
IN_STANCE_NOUNS: frozenset[str] = word_set("favor favour support opposition defense defence praise protest")
# Verbs that take such a stance, beyond the speech verbs ("lives in support of his family" takes none).
IN_STANCE_VERBS: frozenset[str] = word_set(
    "vote come march rally campaign lobby stand side weigh rule sign speak argue testify write protest"
)
# Nouns for someone who holds a stance on what "of" names: "Roe, a fierce critic of the plan",
# "she is a longtime supporter of the levy".
HOLDER_NOUNS: frozenset[str] = word_set(
    """
    supporter supporters critic critics proponent proponents opponent opponents defender defenders
    advocate advocates champion champions backer backers detractor detractors
    """
)
# Verbs that turn eyes to something, and the noun they take: "drew attention to the backlog",
# "called attention to the cuts" (what the attention is drawn to is the content).
ATTENTION_VERBS: frozenset[str] = word_set("draw call bring direct focus")
ATTENTION_NOUNS: frozenset[str] = word_set("attention")
# Stance nouns whose "of" names who holds them after such a verb ("won the backing of the council");
# after others, "of" names what the stance is about ("has a low view of the plan").
HELD_BY_OF_NOUNS: frozenset[str] = word_set("support backing endorsement endorsements blessing approval")

# Nouns for a stance or an act the writer sets after a content, in apposition, to say who else holds
# it or what it means ("…, a view echoed by the union", "…, a move unions say will cost jobs"): the
# writer's gloss, not more of the content.
GLOSS_NOUNS: frozenset[str] = word_set(
    "view sentiment position assessment opinion verdict argument point concern claim message warning"
    " charge accusation allegation criticism complaint move step setback blow"
)
# Verbs whose object, not subject, receives the speech ("told reporters"): listeners.
LISTENER_VERBS: frozenset[str] = word_set(
    "tell inform advise assure reassure warn remind ask urge brief apprise"
)
# Nouns for an account given, which a listener verb takes as what was told ("told a different
# story", "tells a tale of two towns"): the content, not the one told.
TOLD_ACCOUNT_NOUNS: frozenset[str] = word_set("story tale version account anecdote")
# Listener verbs that need the one told in the active voice: "…, MPs told" is a headline's passive
# ("MPs were told"), its subject the listener, its speaker unsaid.
NEEDS_LISTENER_VERBS: frozenset[str] = word_set("tell inform assure reassure brief notify apprise")
# Verbs of putting a question to someone: as a participle ("Asked about the fares, Roe said …")
# the one asked is the sentence's subject and who asked goes unsaid.
ASKING_VERBS: frozenset[str] = word_set("ask question press quiz query interview challenge")
# Verbs of answering: who answers is the one just asked, not who asked ("A reporter asked Roe if she
# would stand. “No,” she replied.").
REPLY_VERBS: frozenset[str] = word_set("reply respond answer retort")
# Speech verbs that, with a person, a body or an audience as their object, name another act:
# "dismissed the coach" (fired him), not "dismissed the claim"; "addressed the convention" (spoke to
# it), not "addressed the issue"; "called the minister" (phoned her) is told apart by what follows.
# A message sent to someone names its addressee, not its words: "emailed him twice", "texted the
# mayor" (but "emailed the report"). Whom one questions is asked, not doubted: "questioned
# dockworkers about the spill" (but "questioned the figures").
PERSON_OBJECT_ACTS: frozenset[str] = word_set(
    "dismiss address email e-mail text message question quiz interview"
)
# Verbs of belief whose object, when a person, is trusted, not a view held: "Few voters believe him".
TRUSTING_VERBS: frozenset[str] = word_set("believe trust")
# Nouns for those gathered to hear someone: "addressed the nation", "will address the rally".
AUDIENCE_NOUNS: frozenset[str] = word_set(
    """
    nation crowd audience convention conference rally meeting summit gathering assembly session
    congress parliament chamber graduates graduation delegates supporters reporters journalists
    press media
    """
)
# What a reporter or a source asks for ("sought comment", "requested anonymity"): the asking, not content.
REQUESTED_WORDS: frozenset[str] = word_set(
    "comment response reaction anonymity advice guidance clarification"
)
# Pronouns that turn a verb back on its subject ("repeated herself", "defended himself"): no
# content alone, unless a description or a topic follows ("described himself as a moderate").
REFLEXIVE_PRONOUNS: frozenset[str] = word_set(
    "myself yourself himself herself itself ourselves yourselves themselves oneself themself"
)
# Being named, after "declined to be …", "asked not to be …": anonymity asked for, not content.
NAMED_PARTICIPLES: frozenset[str] = word_set("named identified quoted")
# Nouns for someone's own judgement, which a source phrase gives as theirs: "by his estimate", "by
# the agency's count", "on her reckoning" are the estimate's, count's, reckoning's owner's words.
RECKONING_NOUNS: frozenset[str] = word_set(
    "estimate estimates count reckoning calculation calculations account assessment reading judgment"
    " judgement"
)
# Verbs of directing attention that, as a participle after a noun, say what the noun is about ("a
# miner focused on copper", "a group dedicated to housing"), not what anyone said.
FOCUS_VERBS: frozenset[str] = word_set("focus dedicate devote center centre concentrate")
# What an unnamed source is granted or asks for ("spoke on condition of anonymity").
ANONYMITY_NOUNS: frozenset[str] = word_set("anonymity")
# The verbs that ask for them: "sought comment", "asked for anonymity", "pressed for a response".
REQUEST_VERBS: frozenset[str] = word_set("seek request ask solicit press")
# Verbs whose object does what their infinitive says ("asked the auditors to show that …",
# "challenged rivals to prove …"): a verb of saying there is asked of the object, not said by anyone.
OBJECT_CONTROL_VERBS: frozenset[str] = word_set(
    "ask urge tell press challenge dare invite order encourage require force implore beg instruct direct"
    " advise remind"
)
# Verbs that send words to someone: in "emailed supporters saying …" the sender says it, not the
# people the message went to.
SENDING_VERBS: frozenset[str] = (
    word_set("send email e-mail text mail message tweet write post wire fax forward circulate address")
    | LISTENER_VERBS
)

# Verbs that pass on someone else's words: in "the paper quoted an aide as saying …" the aide
# says it, and the aide is the source, not what was said.
QUOTING_VERBS: frozenset[str] = word_set("quote cite")

# Gatherings one speaks to, as to people ("told the hearing the firm had erred", "told a rally that
# …"): who was told, not what.
# Verbs of asserting, whose "that" clause is what was said even where the parse hung it on a noun of
# the setting ("said outside the courthouse that …").
ASSERTING_VERBS: frozenset[str] = word_set(
    """
    say tell argue insist claim announce warn state add note predict explain suggest confirm
    testify maintain declare write report acknowledge admit concede allege assert contend reveal
    stress emphasize emphasise repeat reiterate promise pledge vow swear
    """
)
# Nouns that take a "that" clause of their own ("the news that …", "its position that …").
CONTENT_CLAUSE_NOUNS: frozenset[str] = word_set(
    """
    news position revelation decision notion idea fact possibility prospect suggestion theory
    rumour rumor belief view assumption conclusion finding findings impression expectation word
    assurance assurances argument hope fear concern condition sign evidence
    """
)
# Adverbs of how or when something was said, written right after the verb of saying ("said privately
# they expected a delay", "said later the plan was safe"): the saying's, not the content's first word.
SAYING_MANNER_ADVERBS: frozenset[str] = word_set(
    """
    privately publicly openly repeatedly quietly bluntly flatly firmly angrily separately earlier
    later previously recently again afterwards afterward subsequently tearfully candidly
    """
)
GATHERING_NOUNS: frozenset[str] = word_set(
    """
    meeting meetings hearing hearings inquiry conference conferences rally rallies summit session
    gathering assembly convention forum seminar symposium tribunal briefing briefings
    """
)
# Words that open a source phrase: "according to X", "per X", "quoting X".
SOURCE_WORDS: frozenset[str] = word_set("according per quoting")
# Verbs that report speech only on their own ("“…,” she continued"), not with a verb or object.
ASPECTUAL_VERBS: frozenset[str] = word_set("continue conclude begin start finish")
# Words spaCy sometimes tags as verbs in headlines and lists, and would make poor cues.
NEVER_CUES: frozenset[str] = word_set("order list print head face flag figure")
# Verbs that report what a document or an inquiry found, cues only with a clause of their own:
# "the audit found that …", "the study shows that …".
FINDING_VERBS: frozenset[str] = word_set("find show reveal conclude establish determine suggest indicate")
# Finding verbs that also tell where someone was come upon: "found her sitting alone", "discovered
# them hiding in a shed" (a scene, no finding).
DISCOVERY_VERBS: frozenset[str] = word_set("find discover")
# Finding verbs that, with a person as subject and a quoted object, tell what the person displays
# ("showed “no remorse”"), not what they found.
DISPLAY_VERBS: frozenset[str] = word_set("show reveal indicate suggest")
# Participles of who came to hold a record, not who made it: "records seen by the Courier show …",
# "emails obtained by the paper": the record speaks, not whoever saw or obtained it.
OBTAINED_PARTICIPLES: frozenset[str] = word_set("seen obtained reviewed examined viewed leaked")
# Words that join a record's phrase at the end of its clause ("…, data from the county office show",
# "…, filings with the regulator show").
RECORD_PHRASE_LINKS: frozenset[str] = word_set("from by of for at in and with")
# Texts that are quoted but are nobody's name: "the report" gives no speaker to compare for Q006 and
# "speaker differs".
DOCUMENT_NOUNS: frozenset[str] = word_set(
    """
    report statement study survey audit document documents letter memo footnote filing ruling judgment
    judgement tweet website data figures poll analysis assessment minutes transcript notice law
    record records file files email emails result results estimate estimates projection census
    tally forecast research evidence footage testimony indictment complaint lawsuit timeline list
    count average laws rule rules regulation regulations contract treaty constitution statute polling
    draft drafts statistics stats sheet affidavit summons warrant dossier brief briefing manifesto petition
    circular directive directives guidance guideline guidelines prospectus bulletin advisory communique
    communiqué presentation deck slides budget disclosure disclosures submission submissions
    finding findings card recording recordings modelling modeling projections calculations filings
    resolution resolutions charter bylaw bylaws ordinance ordinances decree decrees terms provision
    provisions clause clauses outlook review
    """
)
# Texts a body issues, not a person: "an Audit Scotland report found …", "a Harwell survey": the
# name before one is the body that wrote it (a tweet or a letter may be a person's).
BODY_TEXT_NOUNS: frozenset[str] = word_set(
    "report review study survey audit analysis assessment outlook forecast projection projections"
    " estimate estimates research bulletin poll polling"
)
# Nouns that end the name of one text ("the Waiting Well Report", "a Gallup Poll", "the Tarn Audit"),
# not of a body that makes texts ("Pew Research", "the Geological Survey", "the Census Bureau").
NAMED_TEXT_NOUNS: frozenset[str] = word_set("report study poll audit memo letter dossier assessment")
# Texts whose "of" (or "in") names what they examine, not who wrote them: "a survey of renters",
# "an audit of the accounts", "a poll of voters in ten states" (but "a statement of the ministry",
# "a transcript of her remarks").
EXAMINING_NOUNS: frozenset[str] = word_set(
    """
    study studies survey surveys poll polls analysis analyses review reviews audit audits inquiry
    investigation assessment census count tally sample inspection inspections evaluation evaluations
    probe
    """
)
# Any text, spoken or written: "the statement", "the letter" (it speaks for whoever gave it).
TEXT_NOUNS: frozenset[str] = DOCUMENT_NOUNS | SPEECH_NOUNS

# -- reported speech (``kind`` ``reported``): what a cue says of its content ---------------------
# A cue's class, for users who count only speech: ``belief`` verbs report what someone thinks or
# wants, ``knowledge`` verbs what someone (or a text) found out or shows; every other cue is
# ``speech``.
BELIEF_VERBS: frozenset[str] = word_set(
    """
    think believe feel fear hope worry expect doubt suspect consider reckon figure guess assume
    suppose presume imagine trust want wish intend plan prefer anticipate
    """
)
KNOWLEDGE_VERBS: frozenset[str] = word_set(
    """
    know learn discover realize realise understand notice recognize recognise find show reveal
    demonstrate prove establish determine conclude indicate suggest see hear remember forget calculate
    compute
    """
)
# Nouns after "spoke on" that say how or where someone spoke, not what about: "on condition of
# anonymity", "on behalf of the board", "on the radio", "at length", "on the occasion", "on the
# sidelines of the summit" (but "spoke on his record": its topic).
SPEAKING_MANNER_NOUNS: frozenset[str] = word_set(
    "condition behalf background camera air airwaves phone telephone radio television tv stage podcast media"
    " website show length detail depth occasion sidelines sideline"
)
# Nouns that, bare after "on the", tell how one speaks: "spoke on the record" (not "pointed to the
# buyer's record").
ON_THE_MANNER_NOUNS: frozenset[str] = word_set("record")
# Broadcast media one speaks on: "said on the radio", "on television", "on air".
BROADCAST_MEDIA: frozenset[str] = word_set("radio television tv air airwaves")
# Platforms one posts on: "said on Twitter that …", "wrote on Facebook" (where it was said).
SOCIAL_PLATFORMS: frozenset[str] = word_set(
    "twitter facebook instagram tiktok youtube linkedin threads bluesky"
)
# Nouns of a broadcast, a medium when a name says which ("on the Today programme", "on CBC's
# morning show"); bare, a programme may be a policy ("spoke on the housing programme": its topic).
BROADCAST_NOUNS: frozenset[str] = word_set("programme program channel station network bulletin broadcast")
# Speech verbs that name an act of speaking, not what was said: "as she spoke, …" tells when, not
# whose words the rest is (compare "as she noted, …").
INTRANSITIVE_SPEECH_VERBS: frozenset[str] = word_set(
    "speak talk chat converse testify lecture preach pray sing chant shout yell scream cheer"
)
# Verbs of knowing that report content only with a clause of their own ("learned that …"): their
# object alone is a thing seen or found ("saw the film", "found the keys"), not content.
# Verbs of making something happen: as a participle set off after a clause ("…, allowing the
# striker to score") they tell its result, which no one said.
CAUSATIVE_VERBS: frozenset[str] = word_set("allow permit enable force cause prompt lead let")
# Verbs that report speech only with a that-clause, in court and parliament ("counsel submitted
# that …") or in a forecast ("the firm projected that …"); elsewhere they are no speech ("submitted
# a bid", "submitted “living wills”", "projected the film").
THAT_CLAUSE_VERBS: frozenset[str] = word_set("submit project accept hold remind")  # "the court held that …"
CLAUSE_ONLY_VERBS: frozenset[str] = word_set(
    """
    learn discover realize realise understand notice recognize recognise see hear remember forget
    feel figure guess imagine assume suppose presume trust worry wonder continue conclude begin
    read write post print publish broadcast sing chant pray preach lecture interrupt interject
    rule fume seethe bristle
    """
)
# Verbs of an attitude towards their object, or a vision of it: "voters distrust the board", "the
# mayor envisions a second pier" (a belief, for ``cue_class``).
ATTITUDE_VERBS: frozenset[str] = word_set(
    "dislike despise loathe detest distrust mistrust resent admire envision envisage"
)
# Verbs whose object is what was said when they have one ("announced a review", "denied the
# claim", "called for a ban"): speech acts that take their content as a noun phrase.
OBJECT_CONTENT_VERBS: frozenset[str] = ATTITUDE_VERBS | word_set(
    """
    announce deny reject dismiss propose recommend demand request predict promise pledge vow
    threaten acknowledge admit concede confirm reveal disclose report endorse back support oppose
    criticize criticise condemn denounce decry praise hail laud applaud commend blame accuse defend
    question dispute challenge cite describe characterize characterise urge want expect fear
    suggest claim allege mention discuss address express echo mock blast slam attack
    lambaste welcome favor favour debate detail outline unveil champion advocate promote embrace
    seek plan name nominate rebuke reaffirm reiterate repeat tout hail decry deride show indicate
    restate list prefer articulate recite
    """
)
# Speech verbs whose noun-phrase object is a thing, a person or a language, seldom what was said
# ("added sugar", "speaks French", "granted a permit", "charged a fee", "commanded the troops",
# "boasts a pool", "reflects the light", "maintained the road", "knows the mayor", "appealed the
# ruling", "will consider a bid"; but "considers it a bid" says what it is): every other
# speech verb takes its object as content ("explained the delay", "tweeted a photo").
OBJECT_NOT_CONTENT_VERBS: frozenset[str] = word_set(
    "add speak talk read grant charge command protest beg boast relate reflect maintain portray invoke know"
    " appeal consider"
)
# Verbs by which a thing gives the words it bears ("shirts that read “…”", "a mug that says “…”"):
# the words are the thing's, though "read" takes no content as an object elsewhere.
WORD_BEARING_VERBS: frozenset[str] = word_set("read say")
# Speech verbs whose object may well be a person ("praised Roe", "told Roe"): after a comma and
# before a name they are no inverted frame ("…, added Roe." is one; "…, praised Roe." is not).
PERSON_OBJECT_VERBS: frozenset[str] = word_set(
    """
    praise criticize criticise condemn denounce blame accuse defend endorse back support oppose
    hail laud applaud commend thank attack blast slam lambaste rebuke mock deride question
    challenge cite name nominate welcome quote interview tell ask urge invite advise warn remind
    inform assure reassure brief call thank congratulate apprise
    """
)
# Verbs of finding whose object is a finding with all that follows it: "the poll showed the
# senator with a ten-point lead", "the audit found the fund short of cash".
FINDING_OBJECT_VERBS: frozenset[str] = word_set("show indicate find reveal put")
# Verbs whose content is an infinitive ("declined to comment", "vowed to appeal", "urged the
# council to act"), whether or not they report speech.
INFINITIVE_CONTENT_VERBS: frozenset[str] = word_set(
    """
    decline refuse seek plan want hope promise pledge vow threaten agree offer propose urge ask
    call tell order expect intend decide vote aim wish prefer demand request push press encourage
    invite warn advise instruct beg implore persuade convince allow forbid authorize authorise direct appeal
    plead
    """
)
# Sources of a quotation's wording rather than of what was said: "“…,” he told them, according to
# a translation", "…, according to a transcript", "per a recording".
# Norms something is done in keeping with, after "according to" that closes a clause with no comma
# ("will be dealt with according to the law", "was built according to plan"): a manner, no source.
NORM_NOUNS: frozenset[str] = word_set(
    "law laws rule rules regulation regulations constitution plan plans procedure procedures guidelines"
    " schedule"
)
# Verbs whose participle opening a sentence sets the scene of the speech act after it ("Reacting to
# the verdict, she said …", "Delivering the judgment, the judge said …"): what they take is what
# the speech answers or is given in, not content of its own.
SCENE_PARTICIPLE_VERBS: frozenset[str] = word_set("react respond reply answer deliver")
WORDING_SOURCE_NOUNS: frozenset[str] = word_set(
    "translation transcript recording video footage audio tape interpreter translator"
)
# Verbs that ask for what their that-clause says ("demanded that the mayor scrap the levy"): the
# clause is no act of its subject's yet.
MANDATIVE_VERBS: frozenset[str] = word_set("demand insist urge ask request propose recommend require order")
# Verbs that state an intention only with an infinitive: "is looking to cut costs" (not "looked at
# the plan", "looks like rain").
INTENTION_VERBS: frozenset[str] = word_set("look")
# Verbs that state a wish only after a modal of wishing and with an infinitive: "would like to see
# a new offer", "'d love to return" (not "likes to run", "looks like rain", "loved the film").
WISHING_VERBS: frozenset[str] = word_set("like love")
WISHING_MODALS: frozenset[str] = frozenset({"would", "'d"})  # ("’d" is read as "'d")
# Verbs of putting a text out: its agent wrote it ("figures released by the ministry", "a letter
# signed by 40 doctors"), unlike one who ordered, obtained or saw it ("a report commissioned by the
# county", "a memo seen by the paper").
AUTHORING_VERBS: frozenset[str] = word_set(
    "release publish issue write sign compile produce prepare draft author file send post conduct carry"
)
# Places one telephones, as a verb of calling's only object: "called the clinic the same afternoon"
# (a call made, nothing named).
PHONED_PLACE_NOUNS: frozenset[str] = word_set(
    "clinic surgery hospital helpline hotline office station practice pharmacy school number line desk"
)
# Verbs of weighing or meeting a text someone else put out: in "councillors debated a petition
# urging …" the petition urges, not those who debated it (unlike "issued a statement saying …").
TEXT_HANDLING_VERBS: frozenset[str] = word_set(
    "debate discuss consider reject oppose receive review see obtain ignore dismiss examine study"
    " defeat block veto shelve scrap quash"
)
# Objects of a speech verb that say nothing of what was said: "said so", "said little", "denied it".
EMPTY_OBJECTS: frozenset[str] = word_set("it this that so something anything nothing much more little less")
# How much was said, as a speech verb's object before what it was about: "said nothing about the
# fares", "has said little on the plan".
SPOKEN_AMOUNTS: frozenset[str] = word_set("nothing little much more less something anything")
# Verbs that give their object a name, as a second object: "termed the fire “a disaster”",
# "dubbed him the king of the pier" (the name is part of what was said).
NAMING_VERBS: frozenset[str] = word_set("call term dub label brand name nickname christen")
# Verbs that name what their object is seen as: "sees the deal as a trap", "called it a farce",
# "presented herself as an outsider", "lists him as a director".
AS_CONTENT_VERBS: frozenset[str] = word_set(
    """
    see view regard consider describe characterize characterise portray label brand dub cast paint
    depict identify present frame position pitch bill list categorise categorize classify grade rate
    """
)
# Verbs whose content is the object of a preposition: "called for a ban", "warned of a crisis".
PREPOSITION_CONTENT_VERBS: frozenset[tuple[str, str]] = frozenset(
    tuple(pair.split("+"))  # type: ignore[misc]
    for pair in """
    call+for push+for press+for argue+for ask+for plead+for appeal+for warn+of warn+about
    warn+against caution+against complain+about boast+about brag+about
    talk+about speak+about write+about comment+about worry+about joke+about testify+about
    tweet+about post+about ask+about care+about think+about hear+about learn+about
    speak+of tell+of talk+of write+of complain+of boast+of think+of approve+of disapprove+of
    accuse+of warn+of remind+of convince+of
    comment+on focus+on insist+on elaborate+on agree+on reflect+on report+on testify+on
    speak+on vote+on campaign+on weigh+on
    refer+to point+to respond+to react+to object+to allude+to reply+to agree+to commit+to oppose+to
    advocate+for vote+for campaign+for lobby+for praise+for blame+for criticize+for
    criticise+for thank+for apologize+for apologise+for fight+for pray+for hope+for
    argue+against speak+against vote+against campaign+against rail+against protest+against
    lobby+against testify+against
    agree+with disagree+with side+with sympathize+with clash+with
    hit+at jab+at swipe+at laugh+at scoff+at hint+at lash+at balk+at touch+on vouch+for
    fight+over clash+over argue+over worry+over fret+over
    """.split()
)
# Idioms of a stance taken on what a preposition names, as (verb, the word after it, preposition):
# "pushed back on the plan", "took issue with the figures", "took a swipe at the board", "cast
# their votes for Roe" (the noun by its lemma, with "a" or an owner but not "the"). Cues
# only whole: "pushed back the date", "took the issue", "came out of the hearing" are none. Not
# those as often meant of bodies in a place ("backed away from the fire", "fired back at gunmen",
# "came out for the parade").
PHRASAL_STANCE_VERBS: frozenset[tuple[str, ...]] = frozenset(
    tuple(triple.split("+"))
    for triple in """
    push+back+on come+out+against sign+off+on double+down+on take+issue+with take+aim+at
    take+exception+to sound+off+on sound+off+about open+up+about chime+in+on speak+up+for
    speak+out+on speak+out+about take+swipe+at take+shot+at take+stance+on take+stance+against
    poke+fun+at cast+vote+for pin+hope+on
    """.split()
)
# Verbs of PREPOSITION_CONTENT_VERBS whose act falls on an object before the preposition ("accused
# the board of lying", "praised her for it"): with no object the verb is a passive ("a nurse accused
# of theft", "the mayor, criticised for …"), and the noun before it is the one accused, not the source.
OBJECT_FIRST_VERBS: frozenset[str] = word_set("accuse praise blame criticize criticise thank remind convince")
# Verbs whose content is their object with a preposition after it: "blamed the crash on the
# weather", "likened the vote to a coup", "credited the crew with saving lives" ("of" and "for"
# go with every speech act's object: "accused the board of lying", "praised her for it").
OBJECT_PREPOSITION_VERBS: frozenset[tuple[str, str]] = frozenset(
    tuple(pair.split("+"))  # type: ignore[misc]
    for pair in """
    blame+on liken+to compare+to compare+with equate+with credit+with credit+to charge+with
    link+to tie+to estimate+at value+at peg+at
    """.split()
)
# Irregular forms of verbs that report what they follow ("…, she thought", "…, the memo said"),
# read by their written form where the lemmatiser may miss the verb ("foresaw", "sung").
IRREGULAR_VERB_FORMS: frozenset[str] = word_set(
    """
    said told thought knew known felt found saw seen heard wrote written spoke spoken read swore
    sworn understood foresaw forecast sang sung gave given made sent put sought fought forbade
    forbidden began begun
    """
)
# Nouns that deny the act of the infinitive after them: in "her refusal to call it “…”" the owner
# did not say the words.
REFUSAL_NOUNS: frozenset[str] = word_set(
    "refusal reluctance failure unwillingness inability hesitance hesitancy hesitation"
)
# Verbs of perception: with a bare verb after their object ("heard the mayor speak", "saw Roe
# become the nominee") they tell of an event witnessed, not of content.
PERCEPTION_VERBS: frozenset[str] = word_set("see hear watch notice feel")
# Verbs that deny the act of the infinitive after them: in "declined to confirm that …" and "refused
# to say whether …" nothing was confirmed or said (the refusal itself is reported).
REFUSAL_VERBS: frozenset[str] = word_set("decline refuse")
# Verbs of speech that, with a thing won or given away in play as their object, tell a game, not a
# claim or an admission: "conceded two tries", "claimed the title", "claimed a first Open crown".
SCORING_VERBS: frozenset[str] = word_set("claim concede")
SCORE_NOUNS: frozenset[str] = word_set(
    "goal goals try tries point points run runs wicket wickets basket baskets touchdown touchdowns"
    " penalty penalties corner corners set sets frame frames title titles trophy trophies medal medals"
    " crown crowns cup championship championships pole podium berth"
)
# Words that hold back the act of the gerund after them, with its preposition: "refrained from
# criticising the mayor", "stopped short of endorsing the plan" (nothing criticised or endorsed).
HOLDING_BACK_WORDS: frozenset[tuple[str, str]] = frozenset(
    {("refrain", "from"), ("abstain", "from"), ("short", "of")}
)
# Adjectives that deny the act of the infinitive after them: in "were reluctant to say …" no one said
# it (compare "were quick to say …", "are more likely to say …").
REFUSAL_ADJECTIVES: frozenset[str] = word_set("reluctant unwilling unable afraid hesitant loath loth")
# Degree words that make an infinitive after an adjective what cannot be done, not anything wanted
# or held: "too small to support a shop" (not "enough": "was bold enough to tout it" did tout it).
DEGREE_OF_ABILITY_WORDS: frozenset[str] = word_set("too")
# Verbs of memory: the one who remembers thinking or believing something held that belief ("She
# remembers thinking the town was too small").
MEMORY_VERBS: frozenset[str] = word_set("remember recall recollect")
# Adjectives of certainty and feeling whose clause is someone's view: "is confident that …",
# "made it clear that …", "remains worried that …".
STANCE_ADJECTIVES: frozenset[str] = word_set(
    """
    clear sure confident convinced aware certain hopeful optimistic pessimistic worried concerned
    afraid adamant skeptical sceptical doubtful insistent unsure firm positive emphatic fearful unaware
    """
)
# Adjectives of an attitude towards something, held by the subject of the verb they complete: its
# object is what the holder thinks of ("critical of the plan", "wary of new taxes", "worried about
# the deficit").
ATTITUDE_ADJECTIVES: frozenset[str] = word_set(
    """
    critical skeptical sceptical supportive wary concerned worried confident optimistic
    pessimistic doubtful hopeful fearful suspicious dismissive enthusiastic
    nervous anxious angry furious upset unhappy frustrated vocal outspoken proud aware fond
    enamored enamoured cautious uneasy interested
    """
)
ATTITUDE_PREPOSITIONS: frozenset[str] = word_set("of about over in toward towards")
# Adjectives of a feeling about something, held by the subject of the verb they complete: its
# that-clause, or what follows "about", "over" or "with", is what the holder feels about ("was
# pleased that the council agreed", "is disappointed with the ruling", "were shocked the mayor won").
FEELING_ADJECTIVES: frozenset[str] = word_set(
    """
    pleased glad happy sad sorry disappointed surprised shocked relieved delighted thrilled
    encouraged heartened dismayed alarmed stunned outraged grateful thankful saddened troubled
    disturbed astonished amazed appalled annoyed satisfied dissatisfied excited angered infuriated enraged
    incensed irked
    """
)
FEELING_PREPOSITIONS: frozenset[str] = word_set("about over with")
# Adjectives of an intention, held by the subject of the verb they complete, about what their
# infinitive says: "is eager to settle", "was reluctant to sign", "is willing to accept less".
INTENTION_ADJECTIVES: frozenset[str] = word_set(
    "eager willing unwilling keen reluctant determined loath loth hesitant desperate"
)
# Nouns for a stance or a speech act whose content follows them, owned by who holds it: "her
# support for the bill", "his call for a ban", "the mayor's decision to resign".
STANCE_NOUNS: frozenset[str] = word_set(
    """
    support opposition criticism call decision proposal plan refusal promise pledge vow threat
    endorsement praise attack view demand request push warning claim assertion insistence
    suggestion argument backing defense defence rejection denial acceptance admission apology
    statement allegation accusation finding belief contention prediction forecast expectation
    assurance conviction hope fear worry doubt commitment observation guarantee reminder acknowledgment
    acknowledgement announcement disclosure
    """
)
# Phrases that frame a clause as what a text, a count or a rule shows, by their preposition and
# the nouns they take: "In a new poll, most voters back the plan", "By the party's count, …",
# "Under the new rule, …". They open the sentence, set off by a comma, except one poll's, which
# sources its clause wherever it stands ("… led in the latest poll"; not "rose in the polls").
# Nouns for someone's words or view that frame a clause after "in", their owner its source: "In the
# mayor's words, …", "In her view, …", "in his telling, …".
OWNED_VIEW_NOUNS: frozenset[str] = word_set(
    "words view opinion estimation judgment judgement mind telling account"
)
FRAME_SOURCE_NOUNS: dict[str, frozenset[str]] = {
    "in": word_set(
        """
        poll polls survey surveys study studies report reports analysis audit census review tally
        count estimate estimates projection projections forecast video footage recording memo
        filing lawsuit complaint indictment ruling transcript documents
        """
    ),
    "by": word_set(
        """
        count tally estimate estimates measure measures reckoning calculation calculations account
        accounts standard standards definition metric
        """
    ),
    "under": word_set(
        """
        law laws rule rules regulation regulations contract agreement deal plan proposal bill policy
        order ruling guidelines terms treaty constitution statute ordinance bylaw charter resolution
        decree
        """
    ),
}
POLL_NOUNS: frozenset[str] = word_set("poll survey")
# A summary of polls is a poll too: "in the average of recent polls".
POLL_SUMMARY_NOUNS: frozenset[str] = word_set("average aggregate")
# "To the mayor, the vote was a betrayal": opening a sentence, set off by a comma, with people
# after it, it gives the clause as their view ("For" seldom does: "For the council, the vote is a test"
# is a topic, "For most of the year" a time).
PERSPECTIVE_PREPOSITIONS: frozenset[str] = word_set("to")
# Words that stand for a whole answer or claim after a speech verb: "72 percent said yes", "said so".
# "Yes" and "no" answer a proposal too: "said no to the merger" (the merger is what was refused).
VERDICT_WORDS: frozenset[str] = word_set("yes no")
# Words said as a rite, not a statement: "said goodbye to the crew", "said grace", "said hello".
RITUAL_WORDS: frozenset[str] = word_set("goodbye goodbyes farewell farewells hello hi bye grace amen")
ANSWER_WORDS: frozenset[str] = VERDICT_WORDS | word_set("so")
# Cue words whose plain and -s forms are far more often nouns ("the state", "a campaign", "the
# debate"): alone they are no reason to parse a sentence for reported speech, unless what stands
# around them makes them verbs ("she tweets that …", "to point out"). Their other forms ("stated",
# "tweeted", "pointing") always are.
NOUN_LIKE_CUE_WORDS: frozenset[str] = word_set(
    """
    state campaign tweet text email post point debate press bill attack rate side term firm order vote
    question address back comment challenge appeal credit rule list reason demand message remark
    promise thank headline command report call
    """
)
# Words before a noun-like cue word that make it a verb: a subject pronoun, "to", an auxiliary.
VERB_MAKERS: frozenset[str] = word_set(
    """
    i we you he she they it who which to will would could should can may might must shall do does
    did not never also n't rather still always usually often already
    """
)
# Words after a noun-like cue word that make it a verb: "states that", "points out", "sides with".
VERB_PARTICLES: frozenset[str] = word_set("that out with up down")

# What a speaker does while speaking, after the frame ("…, she said, smiling", "…, he said, shaking
# his head"): how the source spoke, not what; speech verbs there ("…, officials said, citing a
# report") are the source's too.
MANNER_VERBS: frozenset[str] = word_set(
    """
    smile grin laugh chuckle sigh shrug nod pause gesture point wave weep cry sob frown wink shake
    look stand sit lean hold clutch wipe fight choke tremble break
    """
)
