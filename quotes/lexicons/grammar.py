"""Closed-class English words the rules read: determiners, pronouns, auxiliaries, name particles."""

from __future__ import annotations

import re

from quotes.lexicons import word_set

DETERMINERS: frozenset[str] = word_set("the a an this that these those")
# Words that point back at a body named before: "the agency", "its board", "their union".
DEFINITE_WORDS: frozenset[str] = word_set("the its their")
AUXILIARIES: frozenset[str] = word_set(
    "do does did is are was were be been am will would shall should can could may might must has have had"
)
RELATIVE_PRONOUNS: frozenset[str] = word_set("who that which whom")
# Relative adverbs of time and place: "in May, when repairs begin", "the suburbs, where turnout fell".
RELATIVE_ADVERBS: frozenset[str] = word_set("when where")
# Prepositions that, left without an object at the end of a clause, are stranded by a relative
# pronoun ("the claim that he spoke about"), never particles of the verb ("cave in", "go on").
STRANDING_PREPOSITIONS: frozenset[str] = word_set("about of for with to at from")
# Verbs that take no object: "told the jury he acted in self-defence" can be no relative clause of
# "the jury" (which would lack the object: "told the jury he met"), unless a preposition is left
# without its own ("told the woman he lived with").
INTRANSITIVE_VERBS: frozenset[str] = word_set(
    "act die arrive sleep fall rise collapse swerve happen occur exist remain stay sit lie wait cry "
    "laugh smile panic faint drown vanish disappear emerge retire apologise apologize hesitate go come "
    "travel behave respond react intervene"
)
# Nouns that a relative clause describes as when, where, how or why its act was done, not as what
# it took: "the day she proposed", "the place he suggested", "the way they described it".
ADVERBIAL_HEAD_NOUNS: frozenset[str] = word_set("day time moment week month year night place way reason")
# The indefinite articles: "took a swipe at" (not "the").
INDEFINITE_ARTICLES: frozenset[str] = word_set("a an")
# Prepositions that give examples of a group: "rivals like Jo Roe", "critics such as Jo Roe".
EXAMPLE_PREPOSITIONS: frozenset[str] = word_set("like as")
# Determiners that bring someone new into a text: "a spokeswoman", "another resident".
INTRODUCING_DETERMINERS: frozenset[str] = word_set("a an another")
# The relative pronouns said only of people: "Nadia Perrault, who ran the bar".
PERSON_RELATIVES: frozenset[str] = word_set("who whom whose")
# Pronouns that point at a thing or a fact, never at who speaks ("that is a distortion").
THING_PRONOUNS: frozenset[str] = word_set("this that which what whatever something")
# Pronouns for unnamed people that a qualifier makes a source: "those close to the mayor",
# "others familiar with the talks", "some involved in the deal".
QUALIFIED_PRONOUNS: frozenset[str] = word_set("those others some many several most few both all")
# Subjects that say nothing of who speaks: "you never know", "one might say".
GENERIC_SPEAKERS: frozenset[str] = word_set("you one yourself someone somebody anyone everyone nobody")
# Of those, the ones for one unnamed person, who speaks when the verb tells what was done ("someone
# told the mayor that …"), not what may be ("someone might say …").
SOMEONE_WORDS: frozenset[str] = word_set("someone somebody")
# Words after a closing quotation mark that never follow a plural possessive (‘yes’ to, ‘no’ and).
CONNECTIVES: frozenset[str] = word_set(
    """
    a an the to and or nor but so yet is are was were be been for in on at of as with from by
    that which who when while if than then into onto about after before since because until
    """
)
# Lower-case words inside capitalised names and titles ("Bank of the North", "Anna de la Cruz").
NAME_PARTICLES: frozenset[str] = word_set(
    "de van von der den al el bin ibn binti bint arap da di du del della dello dei la le dos das ó ní nic uí"
)
# A particle elided onto the capitalised rest of a name ("Pierre d'Estournel").
ELIDED_PARTICLE = re.compile(r"[dl]['’](?=[^\W\d_])")
NAME_SUFFIXES: frozenset[str] = word_set("jr jr. sr sr. ii iii iv")
# Words that are never part of a person's name in a run of capitalised words (a body's name may
# hold a preposition with a capital: "Surgeons Without Frontiers").
NOT_NAME_WORDS: frozenset[str] = word_set(
    "the a an and of in on for to but or against without across beyond within under over between"
)
# Words that end a capitalised run on a page line ("Sign up for the New …").
NAME_STOP_WORDS: frozenset[str] = word_set("the of and for in on at to a an with from by new")
# Words that open a clause of their own or join two: between a quotation and a verb they mean the
# verb is not the quotation's frame ("“…,” while the mayor said"); "as" is not one ("“…,” as she said").
CLAUSE_LINKS: frozenset[str] = word_set(
    "while when and but if because although though whereas which who that where after before since "
    "until so or even what"
)
# Conjunctions that set one source's words against another's ("said it worked, while others said …").
CONTRAST_MARKS: frozenset[str] = word_set("while whereas although though but")

# Dashes written as words: one sets off a frame or a signature ("“…” — Jo Roe"), a spaced one ends a name.
DASH_WORDS: frozenset[str] = frozenset({"-", "--", "–", "—", "―"})
# Hyphens that join the words of one name when written with no space ("Abbott-Lowe", "Al-Marsh").
NAME_HYPHENS: frozenset[str] = frozenset({"-", "‐"})
# Articles and demonstratives (not "that", more often a conjunction): a word right after one is a
# noun ("the support", "a call"), and no part of a name ("the mayor" is "mayor").
NOUN_MARKERS: frozenset[str] = frozenset({"the", "a", "an", "this", "these", "those"})
# Signs the tokenizer calls punctuation that belong to the word beside them: "rose 3%", "#MeToo".
WORD_SIGNS: frozenset[str] = frozenset({"%", "‰", "#"})

# Words of the first person: a quoted object with one is the subject's own words ("offered “my …”").
FIRST_PERSON: frozenset[str] = word_set("i me my mine we us our ours")

# Word pieces the tokenizer splits off with an apostrophe, as the model was trained on them: it reads
# the curled "n’t" of "they don’t" as a number hung on the sentence's verb, the "’ll" of "he’ll back
# it" as a verb of its own (``quotes.nlp.model``).
STRAIGHT_CLITICS: tuple[str, ...] = tuple(
    form for piece in ("n't", "'s", "'re", "'ll", "'ve", "'m", "'d") for form in (piece, piece.upper())
)

# Auxiliaries of the tenses reported speech shifts into ("said he had written", "said they would
# go"): a verb with one continues what was reported, it is not the speaker's next act.
BACKSHIFT_AUXILIARIES: frozenset[str] = word_set("had would could might")

# The forms of "be": before a participle, a passive ("is expected to", "was seen as").
BE_FORMS: frozenset[str] = word_set("is are was were be been being")
# Words that open a question put indirectly: "asked whether …", "asked if …".
QUESTION_MARKS: frozenset[str] = word_set("if whether")
# Words that open a question put indirectly, a question word or a mark: "would not say when, or if, …".
QUESTION_WORDS: frozenset[str] = QUESTION_MARKS | word_set("when where why how who what which")

# Quantifiers a "not" before them turns round, as part of the noun phrase: "Not all experts were
# convinced" is said of some experts, not of all of them.
NEGATABLE_QUANTIFIERS: frozenset[str] = word_set("all every everyone everybody each many much")

# Words that make a clause a condition, not an event: "if Roe called a strike" says nothing was said.
CONDITION_WORDS: frozenset[str] = word_set("if unless whether")

# Words that open a clause of cause or condition right after a reported clause, which the parse
# hung on the verb of saying: "wrote that the request was futile, because the police hold the
# records": the reason is part of what was said (a clause of time is the writer's, TIME_MARKS, and
# so is most often a concession: "said he would go, although he had tweeted …").
# The nouns of a preposition that makes an infinitive a purpose of the clause it hangs on: "raised
# prices in order to pay for it", "acted with a view to ending it" (the clause's subject does it).
PURPOSE_NOUNS: dict[str, str] = {"order": "in", "view": "with"}
REASON_MARKS: frozenset[str] = word_set("because unless")
# Words before "if" that make it a restriction of what was said, which the parse may join to the
# verb of saying: "said he would reopen the depot, but only if the union agreed" (no one says
# something only on a condition; "only" must be there, "but" may).
RESTRICTION_WORDS: frozenset[str] = word_set("but only")

# Words that open a clause of the time or the manner of an event: "urged them to stay as the storm
# neared", "vowed to fight when she took office" (the writer's setting, not what was said).
TIME_MARKS: frozenset[str] = word_set("as while when whenever after before until once")

# Forms of "be", "have" and "do" that show their subject's number: "the nurses were tired but was
# confident …" cannot share one subject.
SINGULAR_VERB_FORMS: frozenset[str] = word_set("was is has does")
PLURAL_VERB_FORMS: frozenset[str] = word_set("were are have do")

# Part-of-speech tags of a verb with a tense of its own (or a modal): "said", "says", "say", "will".
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Adverbs that say how much was said, not what: "said only that …", "said simply that …".
FOCUS_ADVERBS: frozenset[str] = word_set("only just simply merely solely")
# Adverbs that link a sentence to the one before, the writer's and no one's content ("Meanwhile, …").
LINKING_ADVERBS: frozenset[str] = word_set(
    "meanwhile however still moreover separately nonetheless nevertheless instead furthermore besides"
)

# Words of quantity that stand for people as a subject ("most said they were worried").
QUANTIFIERS: frozenset[str] = word_set("most more many few fewer least some several all both")

# Words that open sentences and never continue a name: after "Plan B." a capitalised one of these
# starts a new sentence, where a surname after a middle initial ("Ben S. Roe") does not.
SENTENCE_OPENERS: frozenset[str] = word_set(
    """
    the a an this that these those it he she they we i you his her their its our my there here
    but and or so yet then still also however meanwhile in on at for by with after before when
    while if as since although though because what who why how where which
    """
)
# Currencies abbreviated with a full stop before an amount ("sanctioned Rs. 450 crore", "Tk. 20
# lakh", "Ksh. 3 million"): one token each, so that the stop ends no sentence.
AMOUNT_ABBREVIATIONS: tuple[str, ...] = tuple("Rs. Re. Rp. Tk. Dhs. Ksh. Shs.".split())
# A unit letter split off an amount keeps no full stop: "worth $40m. Talks resume" ends a sentence
# (spaCy keeps "m." whole, as an initial, and the content would run on into the next sentence).
UNIT_STOPS: frozenset[str] = frozenset({"m."})

# The marks that end a sentence ("…, police allege."): a verb right before one closes its frame.
SENTENCE_END_MARKS: frozenset[str] = frozenset({".", "!", "?"})


def _letter_classes() -> tuple[str, str]:
    """The insides of two regular-expression classes: the capital (and title-case) letters and the
    small letters of the Basic Multilingual Plane, each as ranges, found in one pass."""
    ranges: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for code in range(0x10000):
        c = chr(code)
        kind = 0 if c.isupper() or c.istitle() else 1 if c.islower() else -1
        if kind < 0:
            continue
        out = ranges[kind]
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))

    def inside(spans: list[tuple[int, int]]) -> str:
        return "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans
        )

    return inside(ranges[0]), inside(ranges[1])


# Capital and small letters of any script, for patterns that find names: "Özil", "Ó Duibhir" and
# "Łukasz" start with a capital as much as "Roe" does ([A-Z] would miss them).
UPPER_CHARS, LOWER_CHARS = _letter_classes()
UPPER: str = f"[{UPPER_CHARS}]"
LOWER: str = f"[{LOWER_CHARS}]"


def capitalised(word: str) -> bool:
    """A capital then small letters, in each part of a hyphened word ("Brandt", "Marc-Antoine")."""
    return all(p[:1].isupper() and p[1:].islower() for p in word.split("-"))


def name_word(word: str) -> bool:
    """A word as it stands in a name: capitalised, a particle ("van", "de") or capitalised after an
    elided particle ("d'Estournel")."""
    if word[:1].isupper() or word in NAME_PARTICLES:
        return True
    m = ELIDED_PARTICLE.match(word)
    return m is not None and word[m.end() : m.end() + 1].isupper()

# Small words a title-case headline capitalises ("Mayor Says Ferry Will Run On Time") that a parser
# reads better in lower case; not those that are names as often ("Will", "May", "Bill", "Mark").
TITLE_CASE_SMALL_WORDS: frozenset[str] = word_set(
    """
    a an the and or but of to in on at by for with from as about over into after against than
    is are was were be been his her their its our my this that these those it he she they we
    just not also now still again finally already has have had
    """
)
# Prepositions of when, where and how a source-last frame's verb was said ("…, the board announced
# on Monday", "… in a statement", "… to reporters"), not of what it was about ("boasted of …").
FRAME_TAIL_PREPOSITIONS: frozenset[str] = word_set("on in at during after before via to")
# The irregular forms of English verbs (past, past participle, and the odd present), each after its
# lemma, which the regular endings of ``lexicons.speech.inflections`` do not make: "shown", "sought".
IRREGULAR_FORMS: dict[str, frozenset[str]] = {
    entry.split()[0]: frozenset(entry.split()[1:])
    for entry in """
        arise arose arisen, awake awoke awoken, be am is are was were been, bear bore borne born,
        beat beat beaten, become became, begin began begun, bend bent, bet bet, bid bid, bind bound,
        bite bit bitten, bleed bled, blow blew blown, break broke broken, breed bred, bring brought,
        broadcast broadcast, build built, burn burnt, burst burst, buy bought, cast cast, catch caught,
        choose chose chosen, cling clung, come came, cost cost, creep crept, cut cut, deal dealt, dig dug,
        do does did done, draw drew drawn, dream dreamt, drink drank drunk, drive drove driven,
        eat ate eaten, fall fell fallen, feed fed, feel felt, fight fought, find found, flee fled,
        fling flung, fly flew flown, forbid forbade forbidden, forecast forecast, foresee foresaw foreseen,
        foretell foretold, forget forgot forgotten, forgive forgave forgiven, freeze froze frozen,
        get got gotten, give gave given, go goes went gone, grind ground, grow grew grown, hang hung,
        have has had, hear heard, hide hid hidden, hit hit, hold held, hurt hurt, keep kept, kneel knelt,
        know knew known, lay laid, lead led, lean leant, leap leapt, learn learnt, leave left, lend lent,
        let let, lie lay lain, light lit, lose lost, make made, mean meant, meet met, mislead misled,
        mistake mistook mistaken, misunderstand misunderstood, overcome overcame, overhear overheard,
        oversee oversaw overseen, overthrow overthrew overthrown, pay paid, prove proven, put put,
        quit quit, read read, rethink rethought, rewrite rewrote rewritten, ride rode ridden,
        ring rang rung, rise rose risen, run ran, say said, see saw seen, seek sought, sell sold, send sent,
        set set, shake shook shaken, shed shed, shine shone, shoot shot, show shown, shrink shrank shrunk,
        shut shut, sing sang sung, sink sank sunk, sit sat, sleep slept, slide slid, speak spoke spoken,
        speed sped, spell spelt, spend spent, spin spun, spit spat, split split, spread spread,
        spring sprang sprung, stand stood, steal stole stolen, stick stuck, sting stung,
        strike struck stricken, strive strove striven, swear swore sworn, sweep swept, swim swam swum,
        swing swung, take took taken, teach taught, tear tore torn, tell told, think thought,
        throw threw thrown, tread trod trodden, undergo underwent undergone, understand understood,
        undertake undertook undertaken, uphold upheld, upset upset, wake woke woken, wear wore worn,
        weave wove woven, weep wept, win won, wind wound, withdraw withdrew withdrawn, withhold withheld,
        wring wrung, write wrote written
    """.split(",")
}
