"""Word pools and frame templates for ``bench/reported_frames.py``: every name, body and sentence is invented.

People, towns, organisations, documents and topics come from ``frames_data`` (split-disjoint there
too); this file adds what reported speech needs: content clauses, verbs of saying and believing,
and frame templates without quotation marks. Pools keyed by split ("dev", "heldout") are disjoint;
templates are tagged ``d`` (dev) or ``h`` (heldout). Slots are described in ``reported_frames.py``.
"""

from __future__ import annotations

# --- what is reported ---------------------------------------------------------------------------------
# Subjects of a content clause. "{tshort}" is the article's topic, "{pron}" the speaker's own pronoun
# and "{dist}" the surname of someone else in the article: a name inside the content, not its source.
SUBJECTS = {
    "dev": [*"{tshort}|the council|the contractor|{pron}|{dist}|ticket prices|the repairs".split("|"),
            "up to {n} of the flats"],
    "heldout": [*"{tshort}|the ministry|the developer|{pron}|{dist}|local fares|the inquiry".split("|"),
                "about {n} homes"],
}
# Predicates that agree with any subject (a modal, or a past perfect).
PREDICATES = {
    "dev": [
        "would be delayed until {month}",
        "had been approved without a proper vote",
        "could still be reversed",
        "will cost at least {money}",
        "had ignored repeated warnings",
        "must be put on hold",
        "would not survive another winter",
        "had underestimated the cost by half",
    ],
    "heldout": [
        "would be scrapped by {month}",
        "had been rushed through",
        "might go to a public vote",
        "could run badly over budget",
        "had misled the committee",
        "should be reviewed independently",
        "would have to be rebuilt from scratch",
        "had lost the confidence of local people",
    ],
}
# Predicates said of a person (the speaker's own pronoun, or someone else by surname).
PERSON_PREDICATES = {
    "dev": ["would not resign", "had done nothing wrong", "had been kept in the dark", "would fight it"],
    "heldout": ["would stand again", "had never been consulted", "had acted in good faith", "would appeal"],
}
# Predicates with a quoted fragment in them (a mixed content): "{F}" is the quoted words.
MIXED_PREDICATES = {
    "dev": ["had been “{Fadj}” from the start", "was “{Fnp}”", "had “{Fvp}”"],
    "heldout": ["looked “{Fadj}” to anyone who read it", "amounted to “{Fnp}”", "had plainly “{Fvp}”"],
}

# --- cues -------------------------------------------------------------------------------------------------
SAY = {
    "dev": ["said", "argued", "warned", "claimed", "acknowledged", "suggested"],
    "heldout": ["insisted", "maintained", "conceded", "predicted", "contended", "stressed"],
}
SAY_INVERTED = {"dev": ["said", "argued"], "heldout": ["insisted", "added"]}
BELIEVE = {
    "dev": ["believes", "fears", "thinks", "is convinced"],
    "heldout": ["suspects", "doubts", "expects", "is confident"],
}
# What an amount is said to cost ("the repairs would cost £4m"): the sentence goes on after it.
COSTED = {
    "dev": ["the repairs", "the new depot", "the first phase"],
    "heldout": ["the upgrade", "the clean-up"],
}
# Adjectives of certainty, some tagged participles, whose clause may hang on "be" ("was adamant the …").
CERTAIN = {
    "dev": ["was adamant", "is certain", "was worried", "is convinced"],
    "heldout": ["is adamant", "was sure", "is worried", "was convinced"],
}
# A view someone is in, with its that-clause ("was of the view that …").
VIEW_STATE = {
    "dev": ["was of the view", "is of the opinion", "remains of the view"],
    "heldout": ["was of the firm view", "is under the impression", "was of the belief"],
}
# A feeling about what the clause says, some tagged participles ("was angered that …").
FEELING = {
    "dev": ["was angered", "is pleased", "was disappointed", "is delighted"],
    "heldout": ["was infuriated", "is relieved", "was incensed", "is saddened"],
}
# A noun a light verb puts forward with its that-clause ("made the observation that …").
LIGHT_NOUNS = {"dev": ["observation", "point"], "heldout": ["argument", "case"]}
# A stance of someone else's after a subordinate clause that reports the speaker: not a frame of it.
OTHERS_STANCE = {
    "dev": ["the council disagrees", "few residents agree"],
    "heldout": ["the ministry disagrees", "many traders doubt it"],
}
# A hearing that takes evidence, which holds what it heard (gold: the hearing, typed an organisation).
HEARINGS = {"dev": ["court", "hearing"], "heldout": ["trial", "tribunal"]}
# Listener verbs with a that-clause: the one told is no source.
INFORM = {"dev": ["informed", "assured"], "heldout": ["apprised", "reassured"]}
URGE = {"dev": ["urged", "asked", "pressed"], "heldout": ["called on", "encouraged", "implored"]}
TARGETS = {
    "dev": ["the council", "ministers", "the board"],
    "heldout": ["the ministry", "the regulator", "the mayor"],
}
ACTIONS = {
    "dev": ["publish the full costs", "pause the work", "meet the families", "order an independent audit"],
    "heldout": ["halt the sale", "release the report", "consult the residents", "reopen the tender"],
}
CLAIM_NOUNS = {"dev": ["claim", "warning"], "heldout": ["assertion", "prediction"]}
AUDIENCES = {
    "dev": ["reporters", "a news conference", "the council", "local radio"],
    "heldout": ["journalists", "a public meeting", "the committee", "a briefing"],
}
WHEN = {"dev": ["on {day}", "last week"], "heldout": ["on {day} evening", "this week"]}
# Unnamed sources: (as written, the words a predicted speaker must hold).
ANONYMOUS = {
    "dev": [
        ("Officials", ["officials"]),
        ("Two people familiar with the talks", ["people familiar with the talks"]),
        ("Several residents", ["residents"]),
    ],
    "heldout": [
        ("Sources close to the council", ["sources close to the council"]),
        ("Engineers who inspected the site", ["engineers"]),
        ("Critics", ["critics"]),
    ],
}

# Shares of people a survey asked, as written, with the words a predicted speaker must hold.
SHARES = {
    "dev": [
        ("More than half of residents", ["half"]),
        ("About 40 percent of voters", ["40 percent"]),
        ("Fewer than half", ["half"]),
        ("Two in three islanders", ["two in three"]),
    ],
    "heldout": [
        ("Nearly two-thirds of commuters", ["two-thirds"]),
        ("Less than a third", ["third"]),
        ("One in five traders", ["one in five"]),
        ("A majority of tenants", ["majority"]),
    ],
}

# Noun phrases a stance is about ("{N}"): "{tshort}" is the article's topic.
NOUN_CONTENTS = {
    "dev": "{tshort}|the new parking charges|the bypass scheme|the rent rise|the merger plan".split("|"),
    "heldout": "{tshort}|the toll increase|the harbour sale|the budget cuts|the library closures".split("|"),
}
# Verbs of a stance held through an object, phrasal verbs, attitudes, holders, records.
STANCE = {
    "dev": ["backed", "opposed", "criticised", "welcomed"],
    "heldout": ["endorsed", "rejected", "condemned", "defended"],
}
PHRASAL = {"dev": ["laid out", "played down"], "heldout": ["spelled out", "ruled out"]}
ATTITUDE = {
    "dev": ["is nervous about", "has been vocal about", "is critical of"],
    "heldout": ["is angry about", "has long been wary of", "is sceptical of"],
}
HOLDER = {
    "dev": ["a fierce critic of", "a longtime supporter of"],
    "heldout": ["an outspoken opponent of", "a vocal backer of"],
}
HOLDER_TAIL = {
    "dev": ["chaired the meeting", "arrived late"],
    "heldout": ["sat on the front row", "left early"],
}
# Records set off at the end of their clause: (as written, the words a predicted speaker must hold).
RECORDS = {
    "dev": [("council records", ["records"]), ("figures released by the council", ["council"])],
    "heldout": [("planning documents", ["documents"]), ("data from the county office", ["county office"])],
}

# --- frames ---------------------------------------------------------------------------------------------
# (split tag, family, template). "{C}" is a content clause, "{Cc}" the same capitalised (it opens the
# sentence), "{Cs}"/"{Cp}" its subject (capitalised) and predicate apart (an aside between them),
# "{M}"/"{Mc}" a mixed content, "{C2}" a second content. "{Sur}", "{Full}", "{Title}", "{Pron}" name
# the speaker; "{Org}"/"{org}" the organisation by full name (with "the" if it takes one), "{Oref}" by
# its short reference; "{Doc}" the
# document; "{Anon}" an unnamed source; "{say}", "{sayi}" (after an inversion), "{believe}", "{urge}",
# "{claim}", "{aud}", "{when}", "{target}", "{action}" fill in the rest.
FRAMES = [
    ("d", "clause", "{Sur} {say} that {C}."),
    ("d", "clause", "{Full} {say} {C}."),
    ("h", "clause", "{Sur} {say} {when} that {C}."),
    ("h", "clause", "{Title} {say} {C}."),
    ("d", "source-last", "{Cc}, {sur} {say}."),
    ("d", "source-last", "{Cc}, {title} {say} {when}."),
    ("h", "source-last", "{Cc}, {sayi} {sur}."),
    ("h", "source-last", "{Cc}, {full} {say}."),
    ("d", "according-to", "According to {sur}, {C}."),
    ("h", "according-to", "{Cc}, according to {full}."),
    ("d", "told", "{Sur} told {aud} that {C}."),
    ("h", "told", "{Sur} told {aud} {when} that {C}."),
    ("d", "told-setting", "{Sur} told {aud} at a meeting in {town} that {C}."),
    ("h", "told-setting", "{Full} told {aud} at the launch of a campaign for {tshort} that {C}."),
    ("d", "belief", "{Sur} {believe} that {C}."),
    ("h", "belief", "{Full} {believe} {C}."),
    ("d", "pronoun", "{Sur} {bg}. {Pron} {say} {C}."),
    ("h", "pronoun", "{Sur} {bg}. {Pron} {say} {when} that {C}."),
    ("d", "aside", "{Cs}, {sur} {say}, {Cp}."),
    ("h", "aside", "{Cs}, {sayi} {sur}, {Cp}."),
    ("d", "infinitive", "{Sur} {urge} {target} to {action}."),
    ("h", "infinitive", "{Full} {urge} {target} to {action}."),
    ("d", "noun-clause", "{Sur}'s {claim} that {C} drew an angry response."),
    ("h", "noun-clause", "{Sur}'s {claim} that {C} was dismissed by opponents."),
    ("d", "mixed", "{Sur} {say} that {M}."),
    ("h", "mixed", "{Mc}, {sur} {say}."),
    ("d", "org", "{Org} said {C}."),
    ("d", "org", "{Oref} said in a statement that {C}."),
    ("h", "org", "In a statement, {org} said that {C}."),
    ("h", "org", "{Cc}, {oref} said."),
    ("d", "anonymous", "{Anon} said {C}."),
    ("h", "anonymous", "{Anon} said that {C}."),
    ("d", "document", "The {Doc} found that {C}."),
    ("h", "document", "{Cc}, the {Doc} concluded."),
    ("h", "two-clauses", "{Sur} {say} that {C} and that {C2}."),
    ("d", "two-clauses", "{Sur} {say} {C}, and that {C2}."),
    ("d", "relative", "{Full}, who {bg}, {say} {C}."),
    ("h", "relative", "{Sur}, who {bg}, {say} {when} that {C}."),
    ("d", "quoted-as", "{Sur} was quoted as saying that {C}."),
    ("h", "quoted-as", "{Full} was quoted by {paper} as saying {C}."),
    ("d", "reportedly", "{Sur} reportedly {say} {C}."),
    ("h", "reportedly", "{Sur} has reportedly {say} that {C}."),
    ("d", "setting", "In an interview, {sur} {say} {C}."),
    ("h", "setting", "Speaking on local radio {when}, {full} {say} that {C}."),
    ("d", "stance", "{Sur} {stance} {N}."),
    ("h", "stance", "{Full} {stance} {N} {when}."),
    ("d", "phrasal", "{Sur} {phrasal} {N} {when}."),
    ("h", "phrasal", "{Full} {phrasal} {N}."),
    ("d", "attitude", "{Sur} {attitude} {N}."),
    ("h", "attitude", "{Full} {attitude} {N}."),
    ("d", "holder", "{Full}, {holder} {N}, {htail}."),
    ("h", "holder", "{Sur} is {holder} {N}."),
    ("d", "record", "{Cc}, {Rec} show."),
    ("h", "record", "{Cc}, {Rec} indicate."),
    ("d", "post-nominal", "{Full} MP {say} {C}."),
    ("h", "post-nominal", "{Full} KC {say} {when} that {C}."),
    ("d", "epithet", "{Full} {bg}. The {nat} {say} {C}."),
    ("h", "epithet", "{Full} {bg}. The {nat} {say} {when} that {C}."),
    ("d", "spokesperson-for", "A spokesperson for {org}, {Full}, {say} {C}."),
    ("h", "spokesperson-for", "A spokesperson for the council, {Full}, {say} {when} that {C}."),
    ("d", "document-frame", "{Cc}, the {Doc} has found, raising fresh questions for the council."),
    ("h", "document-frame", "{Cc}, the {Doc} has concluded, adding to pressure on the council."),
    ("d", "role-of-body", "The {lead} of {org} {say} {C}."),
    ("d", "certainty", "{Sur} {certain} {C}."),
    ("h", "certainty", "{Full} {certain} {C}."),
    ("d", "told-bare", "{Sur} told {aud} {C}."),
    ("h", "told-bare", "{Full} told {aud} {when} {C}."),
    ("d", "amount", "{Sur} {say} {A}. The council has yet to respond."),
    ("h", "amount", "{Full} {say} {when} that {A}. No date has been set."),
    ("h", "role-of-body", "{Cc}, the {lead} of {org} {say} {when}."),
    ("d", "view-state", "{Sur} {viewstate} that {C}."),
    ("h", "view-state", "{Full} {viewstate} that {C}."),
    ("d", "hearing", "The {hearing} heard that {C}."),
    ("h", "hearing", "{Cc}, the {hearing} heard."),
    ("d", "listener", "{Sur} {inform} {target0} that {C}."),
    ("h", "listener", "{Full} {inform} {target0} {when} that {C}."),
    ("d", "feeling", "{Sur} {feeling} that {C}."),
    ("h", "feeling", "{Full} {feeling} that {C}."),
    ("d", "light-noun", "{Sur} made the {lightnoun} that {C}."),
    ("h", "light-noun", "{Full} made the {lightnoun} {when} that {C}."),
    ("d", "subordinate", "While {sur} {say} that {C}, {others}."),
    ("h", "subordinate", "Although {full} {say} {C}, {others}."),
    ("d", "share", "In a survey for the council, {anon} said {C}."),
    ("d", "share", "{Anon} believe that {C}, a new poll found."),
    ("h", "share", "{Anon} think {C}, according to a survey published {when}."),
    ("h", "share", "In the latest poll, {anon} agreed that {C}."),
]

# Roles named by the body they serve, whose holder the article never names ("the head of …").
LEADS = {
    "dev": ["head", "chief executive", "director"],
    "heldout": ["president", "chair", "general secretary"],
}

# Nationalities a person named before may be called by ("the Kenyan said …").
NATIONALITIES = {
    "dev": ["Kenyan", "Brazilian", "Norwegian", "Australian"],
    "heldout": ["Nigerian", "Chilean", "Canadian", "Peruvian"],
}

# Sentences with no attribution at all, between the frames (a prediction there is a false positive).
FILLERS = {
    "dev": [
        "Work on {tshort} began in {year}.",
        "The next council meeting is set for {month}.",
        "The site has been fenced off since the spring.",
        "About {n} people live within a mile of it.",
    ],
    "heldout": [
        "{Tshort} was first proposed in {year}.",
        "A final decision is due in {month}.",
        "Traffic was diverted for most of the day.",
        "The town has about {n} residents.",
    ],
}
HEADLINES = {
    "dev": ["Row over {tshort} deepens in {town}", "{Town} divided over {tshort}"],
    "heldout": ["New questions over {tshort} in {town}", "{Town} waits for answers on {tshort}"],
}
LEDES = {
    "dev": ["The row over {tfull} has divided {town} for months."],
    "heldout": ["The fight over {tfull} has become the most argued-over issue in {town}."],
}
