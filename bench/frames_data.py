"""Word pools and frame templates for ``bench/frames.py``: every name, town, body and sentence is invented.

Pools keyed by split ("dev", "heldout") are disjoint, so the held-out articles use names, towns,
organisations, verbs, adverbials and frame templates that the dev articles never show. Templates are
tagged ``d`` (dev) or ``h`` (heldout); the slot language is described in ``frames.py``.
"""

from __future__ import annotations

# --- people ---------------------------------------------------------------------------------------

FEMALE = {
    "dev": (
        "Amara Beatriz Chiara Dagny Elif Farida Gesine Hana Ines Jovana Kalinda Leilani Mireille Nadia "
        "Oksana Priya Roswitha Saoirse Tamsin Ulla Valentina Wanjiru Ximena Yara Zofia Adaeze Bryony "
        "Camille Dilnoza Esme Folasade Gudrun Ilse Jelena Keiko Lucia Marisol Noor Orla"
    ).split(),
    "heldout": (
        "Aiko Brigitte Carmen Dorota Efua Fiona Gaia Hedda Imani Josefina Katarzyna Liesel Mei Ngozi "
        "Ottilie Pilar Rania Sigrid Thandiwe Unni Vesna Winifred Yasmin Zainab Anneke Consuelo Daria "
        "Filipa Giulia Hortense Ifeoma Jarmila Kaisa Ludmila Maren Nilufar Petra Remedios Solveig Tereza"
    ).split(),
}

MALE = {
    "dev": (
        "Anatol Bogdan Corentin Dario Emeka Florian Goran Harith Ignacio Jonas Kwame Lorenzo Mateus Nikolai "
        "Oguz Pavel Quentin Rodolfo Soren Tariq Ugo Vesselin Wendell Yusuf Zoltan Arvid Bao Cormac Dobromir "
        "Esteban Farouk Gunnar Hiroshi Idris Joaquim Kenji Lars Mehmet Nnamdi Olusegun"
    ).split(),
    "heldout": (
        "Amadeo Bertrand Casimir Dragan Emre Fernando Gorm Henrik Ivo Jakub Kofi Lauritz Milos Nuno "
        "Orhan Piotr Radu Stellan Teodor Umar Varun Wilhelm Yannick Zeno Aurelio Bjorn Chidi Desmond "
        "Erling Fabio Grigor Haruto Ibrahim Jerzy Kazuo Lucien Marzio Nazim Oskar Perrin"
    ).split(),
}

SURNAMES = {
    "dev": [
        *(
            "Abernethy Adeyemi Bergström Castellano Danielsen Ekwueme Falcone Grabowski Halvorsen Ibarra "
            "Jankowski Babić Lindqvist Moreau Nakashima Okonkwo Petrović Quintero Ravnsborg Szabó Takahashi "
            "Uribe Valdivia Wojcik Yilmaz Zamora Arkwright Bracewell Cardoso Delacroix Esposito Gallardo "
            "Horvath Iwasaki Jaramillo Kowalczyk Lamberti Marchetti Novotny Oyelaran Pellicano Ramaswamy "
            "Saldaña Urwin Whitcombe Zielinski Anyanwu Bianchi Drummond Engström Ferreira Hakimi "
            "Ionescu Jovanović Karlsson Lozano Mensah Nwosu Pereira Quigley Rinaldi Sarmiento Toivonen "
            "Varga Yeo Zapata Truong"
        ).split(),
        "de Lima",
        "van Aalst",
        "O'Halloran",
        "Al-Mansour",
    ],
    "heldout": [
        *(
            "Aaltonen Bakshi Carrasco Dimitriou Eklund Fagerlund Gonzaga Haddad Ilunga Jablonski Kaczmarek "
            "Lindholm Mbatha Navarro Oduya Papadakis Quaresma Rautio Sekibo Tessmer Ulloa Vrabec Wieland "
            "Yoshida Zanetti Asante Brodeur Cienfuegos Dahlberg Ezeani Ferraro Grünewald Holmqvist Ivanek "
            "Jurado Kirchhoff Lachance Moretti Nieminen Obi Palacios Rydell Sørensen Tremblay Ugwu "
            "Villanueva Wasielewski Yazdani Zupančič Abiodun Bellamy Chaudhry Duarte Etxeberria Falk "
            "Gilvarry Hosseini Ishikawa Janssen Kuznetsov Lundeby Mahlangu Pachón Romaguera Schäfer Tiwari "
            "Umeh Vidal Wendt Zubiri"
        ).split(),
        "van Dijk",
        "O'Dowda",
        "El-Amin",
        "da Costa",
    ],
}

# Official roles: (title before a name or "", appositive description, role noun, audiences for "told").
# "{gn}" becomes "man"/"woman" by gender; "{town}" the article's town.
ROLES = {
    "dev": [
        ("Prosecutor", "the district's chief prosecutor", "the prosecutor", ["jurors", "the jury"]),
        ("Mayor", "the mayor of {town}", "the mayor", ["the council", "residents"]),
        ("Finance Minister", "the finance minister", "the minister", ["parliament", "lawmakers"]),
        ("Superintendent", "the superintendent of {town}'s schools", "the superintendent", ["parents"]),
        ("", "a lawyer for the families", "the lawyer", ["the court"]),
        ("Dr.", "a surgeon at {town} General Hospital", "the surgeon", ["the inquiry"]),
        ("", "the union's general secretary", "the general secretary", ["members"]),
        ("Fire Chief", "the head of the {town} fire service", "the fire chief", ["firefighters"]),
        ("", "the company's chief executive", "the chief executive", ["shareholders", "analysts"]),
        ("Judge", "the presiding judge", "the judge", ["the court", "the defendants"]),
        ("", "a spokes{gn} for the mayor", "the spokes{gn}", ["reporters"]),
        ("Commissioner", "the county's water commissioner", "the commissioner", ["the board"]),
        ("Professor", "an economist at the University of {town}", "the economist", ["the panel"]),
        ("", "the chair of the parents' association", "the chair", ["parents"]),
    ],
    "heldout": [
        ("Governor", "the governor of the province", "the governor", ["legislators"]),
        ("Senator", "a senator who sits on the budget committee", "the senator", ["colleagues"]),
        ("Health Minister", "the health minister", "the minister", ["parliament"]),
        ("Chief Inspector", "the officer leading the investigation", "the chief inspector", ["detectives"]),
        ("", "a defence lawyer for two of the accused", "the defence lawyer", ["the court"]),
        ("Dr.", "an epidemiologist at {town} University", "the epidemiologist", ["the committee"]),
        ("Councillor", "a councillor for the harbour ward", "the councillor", ["the chamber"]),
        ("", "the chair{gn} of the planning committee", "the chair{gn}", ["the committee"]),
        ("Deputy Mayor", "the deputy mayor", "the deputy mayor", ["the assembly"]),
        ("", "a structural engineer who advised the council", "the engineer", ["the inquiry"]),
        ("Coach", "the coach of the town's football club", "the coach", ["the players"]),
        ("", "the headteacher of {town} Primary School", "the headteacher", ["parents"]),
        ("Bishop", "the bishop of {town}", "the bishop", ["the congregation"]),
        ("", "a spokes{gn} for the governor", "the spokes{gn}", ["reporters"]),
    ],
}

OCCUPATIONS = {
    "dev": "a bus driver|a retired nurse|a baker|a ferry pilot|a student|a shop owner|a warehouse worker|"
    "a farmer|a pensioner|a hairdresser".split("|"),
    "heldout": "a lorry driver|a retired teacher|a pharmacist|a fishmonger|a care worker|a cafe owner|"
    "a plumber|a night-shift cleaner|a postal worker|a florist".split("|"),
}

# Former posts of people mentioned but never quoted.
DISTRACTOR_DESC = {
    "dev": [
        "a former council planner",
        "the previous director",
        "a retired magistrate",
        "a former civil servant",
    ],
    "heldout": [
        "a former harbour master",
        "the outgoing head of the board",
        "a one-time adviser",
        "a former auditor",
    ],
}

# --- places, bodies, documents --------------------------------------------------------------------

TOWNS = {
    "dev": (
        "Marrowby|Kelthorpe|Dunsmere|Brackenholt|Quillfield|Orrinsford|Tavistow|Farrowmere|Glenhallow|"
        "Lindcaster|Northavel|Pellingham|Ravensholt|Stonebarrow|Thistlecombe|Vantry|Wynmarsh|Yarrowdale|"
        "Corvell|Eldermoor|Brisholme|Caddowfield|Port Velaria|Kvernaholm|Santa Ilvera"
    ).split("|"),
    "heldout": (
        "Anvermouth|Blythorne|Carrowdale|Drennick|Esker Bay|Fennowick|Gorsehallow|Hallorby|Istbury|"
        "Kilbarrow|Lowmarsh|Merricombe|Nettlecrest|Oakhollow|Penmarrow|Quarrick|Rushwater|Saltmere|"
        "Tollbeck|Varrowby|Westerlow|Yelverstone|Zellmoor|Novo Brdarsk|San Aurelio"
    ).split("|"),
}

NEWSPAPERS = {
    "dev": ["the {town} Courier", "the Evening Lantern"],
    "heldout": ["the {town} Gazette", "the Weekly Ledger"],
}

# Organisations: (kind, full name, takes "the", short reference, what it does).
ORGS = {
    "dev": [
        ("ministry", "Ministry of Water", True, "the ministry", "oversees the reservoirs"),
        ("ministry", "Ministry of Rural Transport", True, "the ministry", "funds the bus network"),
        ("ministry", "Ministry of Coastal Affairs", True, "the ministry", "licenses harbour works"),
        ("union", "Dockside Workers' Union", True, "the union", "represents about {n} dock workers"),
        ("union", "Ferry Crews' Union", True, "the union", "represents most of the ferry staff"),
        ("union", "{town} Teachers' Union", True, "the union", "speaks for the town's teachers"),
        ("company", "Brisk Rail Logistics", False, "the company", "holds the maintenance contract"),
        ("company", "Calloway Dredging", False, "the company", "won the tender in {year}"),
        ("company", "Norvane Energy", False, "the company", "runs the power plant"),
        ("agency", "National Roads Agency", True, "the agency", "manages the trunk roads"),
        ("agency", "Coastal Flood Agency", True, "the agency", "is responsible for the sea defences"),
        ("court", "{town} District Court", True, "the court", "will rule on the case"),
        ("council", "{town} Town Council", True, "the council", "must approve the final plans"),
        ("trust", "Hollin Valley Trust", True, "the trust", "owns much of the land"),
    ],
    "heldout": [
        ("ministry", "Ministry of Inland Waterways", True, "the ministry", "regulates the canals"),
        ("ministry", "Ministry of Social Care", True, "the ministry", "pays for the care homes"),
        ("ministry", "Ministry of Trade and Ports", True, "the ministry", "sets the port fees"),
        ("union", "Rail Signallers' Union", True, "the union", "represents about {n} signallers"),
        ("union", "Union of Refuse Collectors", True, "the union", "organised last winter's strike"),
        ("federation", "Federation of Market Traders", True, "the federation", "speaks for the stallholders"),
        ("company", "Ambrell Utilities", False, "the company", "supplies water to the district"),
        ("company", "Vessant Shipping", False, "the firm", "operates the ferry route"),
        ("company", "Larkmoor Homes", False, "the developer", "plans to build {n} homes"),
        ("authority", "Regional Water Authority", True, "the authority", "sets the tariffs"),
        ("directorate", "Public Health Directorate", True, "the directorate", "monitors the outbreak"),
        ("court", "Regional Administrative Court", True, "the court", "heard the appeal in {month}"),
        ("council", "{town} District Council", True, "the council", "owns the site"),
        ("foundation", "Merrow Heritage Foundation", True, "the foundation", "restores old buildings"),
    ],
}

# Documents: (kind, how it is introduced; "{a}" is "A"/"An" as the kind needs).
DOCS = {
    "dev": [
        ("audit", "published on Monday"),
        ("report", "commissioned by the county"),
        ("memo", "seen by {paper}"),
        ("inspection report", "released last week"),
        ("ruling", "handed down on Tuesday"),
    ],
    "heldout": [
        ("review", "published on Thursday"),
        ("assessment", "obtained by reporters"),
        ("study", "commissioned by the province"),
        ("letter", "sent to every household"),
        ("indictment", "unsealed on Wednesday"),
    ],
}

DOC_VERBS = {
    "dev": ["said", "concluded", "noted", "states"],
    "heldout": ["says", "found", "warned", "stated"],
}

# Topics: (full noun phrase, short reference, the plan noun). Shared between splits.
TOPICS = [
    ("the plan to close the {town} bus depot", "the depot closure", "closure"),
    ("the dredging contract for {town} harbour", "the dredging contract", "contract"),
    ("a proposed rise in water charges", "the water charges", "rise"),
    ("the merger of two secondary schools in {town}", "the school merger", "merger"),
    ("the new flood barrier on the river", "the flood barrier", "barrier"),
    ("repeated delays to the ring road", "the ring road", "project"),
    ("the sale of the municipal power plant", "the power plant sale", "sale"),
    ("a ban on overnight lorry parking", "the parking ban", "ban"),
    ("cuts to the rural ambulance service", "the ambulance cuts", "plan"),
    ("the rezoning of farmland for warehouses", "the rezoning", "rezoning"),
    ("a pay dispute at the ferry operator", "the pay dispute", "offer"),
    ("the collapse of a footbridge over the canal", "the footbridge collapse", "repair plan"),
    ("a fraud trial over housing grants", "the grants case", "case"),
    ("the closure of the maternity ward", "the ward closure", "closure"),
    ("a contract for school meals", "the meals contract", "contract"),
    ("the contamination of the Olt reservoir", "the reservoir contamination", "clean-up"),
    ("new licensing rules for holiday rentals", "the rental rules", "licensing scheme"),
    ("the relocation of the covered market", "the market move", "relocation"),
    ("a plan to pedestrianise the old town", "the pedestrian zone", "scheme"),
    ("the wind farm planned off the coast", "the wind farm", "project"),
]

MONTHS = {
    "dev": ["March", "June", "September", "November"],
    "heldout": ["January", "April", "July", "October"],
}
DAYS = {"dev": ["Monday", "Tuesday", "Friday"], "heldout": ["Wednesday", "Thursday", "Sunday"]}

# --- verbs and adverbials ---------------------------------------------------------------------------

# Speech verbs after a quotation or before a colon: (past, present). "said" is shared by both splits.
SPEECH_VERBS = {
    "dev": [
        ("added", "adds"),
        ("warned", "warns"),
        ("argued", "argues"),
        ("explained", "explains"),
        ("conceded", "concedes"),
        ("recalled", "recalls"),
        ("countered", "counters"),
        ("stressed", "stresses"),
    ],
    "heldout": [
        ("insisted", "insists"),
        ("noted", "notes"),
        ("acknowledged", "acknowledges"),
        ("cautioned", "cautions"),
        ("admitted", "admits"),
        ("remarked", "remarks"),
        ("maintained", "maintains"),
        ("complained", "complains"),
    ],
}
INVERSION_VERBS = {
    "dev": [("added", "adds"), ("explained", "explains")],
    "heldout": [("noted", "notes"), ("insisted", "insists")],
}
AUDIENCES = {
    "dev": ["reporters", "a news conference", "{paper}", "a packed meeting", "the council"],
    "heldout": ["journalists", "a briefing", "{paper}", "local radio", "a public meeting", "the committee"],
}

# Adverbials after a speech verb: (text with leading space, usable with the present tense).
ADVERBIALS = {
    "dev": [
        (" on {day}", False),
        (" in an interview", True),
        (" at a news conference", False),
        (" last week", False),
        (" during the hearing", False),
        (" on {day} evening", False),
        (" at the town hall meeting", False),
    ],
    "heldout": [
        (" on {day}", False),
        (" in a phone interview", True),
        (" at a briefing", False),
        (" this week", True),
        (" in a radio interview", False),
        (" after the vote", False),
        (" outside the courthouse", False),
    ],
}
WHEN = {
    "dev": ["on {day}", "last week", "on {day} morning"],
    "heldout": ["on {day}", "this week", "late on {day}"],
}
SPEAKING = {
    "dev": ["after the vote", "to a packed hall", "at the launch"],
    "heldout": ["outside the courthouse", "on local radio", "before the meeting"],
}
# Participial inserts, sentence-initial ("Pressed on the delay,") and mid-sentence.
INSERTS = {
    "dev": [
        "Pressed on the delay,",
        "Asked about the cost,",
        "Speaking after the vote,",
        "Asked when work would resume,",
    ],
    "heldout": [
        "Questioned about the timetable,",
        "Responding to the criticism,",
        "Asked whether {pron} would resign,",
        "Challenged on the figures,",
    ],
}
MID_INSERTS = {
    "dev": [", pressed on the delay,", ", visibly frustrated,", ", asked about the cost,"],
    "heldout": [
        ", questioned about the timetable,",
        ", responding to the criticism,",
        ", clearly irritated,",
    ],
}
TAILS = {
    "dev": [
        ", pointing to figures published in {year}",
        ", as the hearing drew to a close",
        ", before leaving",
    ],
    "heldout": [
        ", noting that the {plan} had already cost {money}",
        ", to applause",
        ", declining to say more",
    ],
}
GESTURES = {
    "dev": [" with a shrug", ", shaking {poss} head", ", pointing at the map behind {obj}", " quietly"],
    "heldout": [", raising {poss} voice", " with a smile", ", tapping the table"],
}
STATES = {"dev": ["confident", "disappointed"], "heldout": ["not surprised", "optimistic", "furious"]}
INDIRECT = {
    "dev": ["the review would be published in full", "the council had been warned"],
    "heldout": ["{pron} would not resign", "the figures had been checked twice", "nobody had been consulted"],
}

# Background clauses: "who {bg}" and "{Sur} {bg}.".
BACKGROUND = {
    "dev": [
        "has held the post since {year}",
        "grew up in {town}",
        "spent a decade as a lawyer before taking the job",
        "was appointed last spring",
    ],
    "heldout": [
        "took office in {year}",
        "has led the inquiry since {month}",
        "spent twenty years in the civil service",
        "was re-elected in {year}",
    ],
}
BACKGROUND_PRIVATE = {
    "dev": [
        "lives two streets from the site",
        "walks to school along the canal",
        "has lived in {town} all {poss} life",
    ],
    "heldout": [
        "has worked at the market for {n} years",
        "saw the collapse from {poss} window",
        "moved to {town} last year",
    ],
}

# --- what is quoted ---------------------------------------------------------------------------------

STATEMENTS = [
    "We have been asking for answers on {tshort} since {year}.",
    "Nobody in {town} was consulted before the decision was taken.",
    "The figures simply do not add up.",
    "This is not the end of the process but the beginning.",
    "We will publish every document once the review is finished.",
    "I have seen no evidence that the contractor was warned.",
    "People deserve to know what went wrong, and when.",
    "There is no money set aside for this, and there never was.",
    "We made mistakes, and we are fixing them.",
    "The timetable was always too ambitious.",
    "We are not going to rush a decision of this size.",
    "Every family affected will be contacted by the end of {month}.",
    "If the council wants to cut costs, it should start somewhere else.",
    "We warned about this in {year}, and again last year.",
    "The cost has risen to {money}, and it is still rising.",
    "I do not accept that anyone acted in bad faith.",
    "This was avoidable.",
    "The people of {town} have been patient for long enough.",
    "We will be in court if that is what it takes.",
    "It is a good deal for taxpayers, whatever the critics say.",
    "Safety has to come before speed.",
    "The law is clear, and it was not followed.",
    "We have the funding, we have the staff and we have a plan.",
    "Nothing has been decided yet.",
    "I understand the anger, but the alternative would have cost far more.",
    "The evidence will show a pattern that lasted years.",
    "We expect the work to resume within weeks.",
    "There are no easy choices left.",
    "These are not numbers on a spreadsheet; they are people's jobs.",
    "We are ready to talk at any time.",
    "The decision will be reviewed, but it will not be reversed.",
    "It's a question of trust, and trust has been lost.",
    "We don't know yet how many homes were affected.",
    "I have asked for a full report by {month}.",
    "We were given three weeks to respond to a plan that took three years to write.",
    "That is simply not true.",
    "Our members have had enough.",
    "This is the biggest investment in {town} in a generation.",
    "The delays have cost us {money} so far.",
    "We owe it to the next generation to get this right.",
    "The old system was broken, and everyone knew it.",
    "We will not be signing anything until the safety checks are done.",
    "It was never about money.",
    "I'm confident the numbers will improve by the spring.",
    "There is still time to change course.",
    "We had no choice.",
    "Frankly, the response has been too slow.",
    "The risks were known from the start.",
    "Nobody is above the rules, least of all the people who wrote them.",
    "We will keep the service running while the talks go on.",
    "I would make the same decision again tomorrow.",
    "Half of the money has already been spent.",
    "This has never been a party political issue.",
    "We have listened, and we have changed the plan.",
    "The site is safe, and it will stay safe.",
    "I can't promise that there will be no job losses.",
    "We are talking about {n} households, not a handful.",
    "The report makes uncomfortable reading for all of us.",
]

QUESTIONS = [
    "Who is going to pay for this?",
    "Why were residents told nothing until last week?",
    "What exactly are we waiting for?",
    "How many more warnings do we need?",
    "Where was the oversight?",
    "Is this really the best we can do?",
    "Why should families in {town} pay for someone else's mistake?",
    "What happens to the workers now?",
]

CONTINUATIONS = [
    "and nobody has explained why.",
    "but that is not a reason to stop.",
    "because the numbers do not lie.",
    "and we intend to keep asking.",
    "but we are not there yet.",
    "so we will keep pressing for answers.",
    "and that is what worries me most.",
    "but the families deserve better than that.",
    "and the council knows it.",
    "because nobody wants to take responsibility.",
    "and I expect that to change.",
    "but I will not pretend it has been easy.",
    "and that should worry everyone in {town}.",
    "which is exactly what we warned about.",
]

# What residents and witnesses say; children say the CHILD_STATEMENTS.
PRIVATE_STATEMENTS = [
    "We heard a bang and then everything went quiet.",
    "Nobody asked us what we wanted.",
    "I've lived here for thirty years and I've never seen anything like it.",
    "The bus was the only way I could get to work.",
    "We just want somebody to tell us the truth.",
    "It's not fair on the kids.",
    "I walk past there every day with my dog.",
    "My mother can't get to the clinic any more.",
    "We had water in the kitchen by midnight.",
    "I think they should have listened to the people who live here.",
    "If they close it, I don't know where we'll go.",
    "It used to take me ten minutes, and now it takes an hour.",
    "Honestly, I stopped believing the promises years ago.",
]
CHILD_STATEMENTS = [
    "I was scared the whole time.",
    "My dad drives that route every morning.",
    "I miss my friends from the old school.",
    "We have to walk the long way round now.",
    "My teacher says we might have to move classrooms.",
    "It was really loud and then everybody started running.",
]

FRAG_NP = [
    "a slow-motion disaster",
    "an insult to every family in {town}",
    "the worst kind of politics",
    "a sensible first step",
    "a line in the sand",
    "an accounting trick",
    "a betrayal of the people who work here",
    "a blank cheque",
    "a scandal in plain sight",
    "a fig leaf",
    "the right decision at the wrong time",
    "a step backwards",
    "a masterclass in delay",
    "a gamble with public money",
    "a victory for common sense",
    "a broken promise",
    "a mess of its own making",
]
FRAG_ADJ = [
    "reckless",
    "deeply troubling",
    "entirely avoidable",
    "premature",
    "unworkable",
    "unacceptable",
    "long overdue",
    "shameful",
    "disappointing but not surprising",
    "frankly absurd",
    "irresponsible",
    "fair and proportionate",
    "badly rushed",
]
# Past participles (after "had", "having", "has").
FRAG_VP = [
    "ignored every warning",
    "failed the people it was meant to protect",
    "moved far too slowly",
    "treated the deadline as optional",
    "lost control of the budget",
    "misled every resident",
    "cut corners on safety",
    "buried the findings",
    "broken its own rules",
    "kept residents in the dark",
    "wasted two years",
    "put profit before safety",
    "dragged its heels for months",
    "acted within the law",
]
# Singular bodies inside a reported clause: never the speaker.
INSTITUTIONS = [
    "the county",
    "the contractor",
    "the previous administration",
    "the regional government",
    "the planning department",
    "the management",
    "the inspectorate",
    "the selection committee",
]
PROMISES = ["to publish the figures", "a full inquiry", "to meet the families", "changes by the summer"]
DEMANDS = [
    "an independent inquiry",
    "the contract to be suspended",
    "a public vote",
    "the minutes to be released",
]
CONDITIONS = [
    "the funding was restored",
    "the deadline was moved",
    "residents were consulted",
    "the contract was rewritten",
]
SCARE_TERMS = [
    "green corridor",
    "efficiency savings",
    "phase two",
    "community hubs",
    "managed decline",
    "rebalancing",
    "holding pattern",
    "soft launch",
    "value for money",
    "fast track",
]

# --- frame templates --------------------------------------------------------------------------------
# (split, frame, template). Slots are listed in frames.py. Templates of one frame are disjoint by split.

FRAMES = [
    # surname: the speaker is named by surname (or Ms./Mr./Dr. + surname), introduced earlier
    ("d", "surname", "{Qc} {sur} {said}{adv}."),
    ("d", "surname", "{Sur} {said}{adv}: {Qs}"),
    ("d", "surname", "{Qc} {saidi} {sur}."),
    ("d", "surname", "{Qc} {sur} {told}."),
    ("d", "surname", "{Ins} {sur} {said}: {Qs}"),
    ("d", "surname", "{Qq} {sur} {asked}."),
    ("d", "surname", "{Qc} {sur} {said}{tail}."),
    ("d", "surname", "{Sur}, who {bg}, {said}: {Qs}"),
    ("d", "surname", "{Qc} {sur} {said}{gest}."),
    ("h", "surname", "{Sur} {told}: {Qs}"),
    ("h", "surname", "{Sur}{ins} {said}: {Qs}"),
    ("h", "surname", "{Qc} {saidi} {sur}{adv}."),
    ("h", "surname", "{Sur} {said} {ind}. {Qs}"),
    ("h", "surname", "{Qq} {asked} {sur}."),
    ("h", "surname", "{Qc} {sur} {said}, speaking {speaking}."),
    ("h", "surname", "{Sur} {said}{adv} that {pron} was {state}: {Qs}"),
    ("h", "surname", "{Qc} {sur} wrote in a letter to residents."),
    ("h", "surname", "{Sur} {said} {when}: {Qs}"),
    # fullname-first: the full name at the quotation, speaker before or after it
    ("d", "fullname-first", "{Full}, {desc}, {said}{adv}: {Qs}"),
    ("d", "fullname-first", "{Title} {said}{adv}: {Qs}"),
    ("d", "fullname-first", "{Qc} {saidi} {full}, {desc}."),
    ("d", "fullname-first", "{Full} {said}{adv}: {Qs}"),
    ("d", "fullname-first", "{Qc} {full} {told}."),
    ("d", "fullname-first", "{Full}, who {bg}, {said} {when}: {Qs}"),
    ("h", "fullname-first", "{Qc} {full}, {desc}, {said}{adv}."),
    ("h", "fullname-first", "{Title} {told}: {Qs}"),
    ("h", "fullname-first", "{Qc} {saidi} {full}."),
    ("h", "fullname-first", "{Full} {said} {when} that {pron} had no regrets. {Qs}"),
    ("h", "fullname-first", "{Qc} {title} {said}{adv}."),
    ("h", "fullname-first", "Speaking {speaking}, {full}, {desc}, {said}: {Qs}"),
    # cataphora: a role, then the name, in the same sentence (first mention)
    ("d", "cataphora", "{Qc} {saidi} {desc}, {full}."),
    ("d", "cataphora", "{Desc}, {full}, {said}{adv}: {Qs}"),
    ("d", "cataphora", "As {desc}, {full}, put it: {Qs}"),
    ("d", "cataphora", "{Qc} {desc}, {full}, {told}."),
    ("h", "cataphora", "{Qc} {saidi} {desc}, {full}, {when}."),
    ("h", "cataphora", "{Desc}, {full}, was blunt: {Qs}"),
    ("h", "cataphora", "{Qc} {desc}, {full}, {said}."),
    ("h", "cataphora", "Speaking {speaking}, {desc}, {full}, {said}: {Qs}"),
    ("h", "cataphora", "{Desc}, {full}, {told}: {Qs}"),
    # pronoun: he/she for a speaker named in an earlier sentence or paragraph
    ("d", "pronoun", "{Sur} {bg}. {Qc} {pron} {said}{adv}."),
    ("d", "pronoun", "{Sur} took over the post from {dist} in {year}. {Qc} {pron} {said}."),
    ("d", "pronoun", "{Sur} was not at the meeting. Speaking later{adv}, {pron} {said}: {Qs}"),
    ("d", "pronoun", "{Qc} {pron} {said}{adv}."),
    ("d", "pronoun", "{Pron} {told}: {Qs}"),
    ("d", "pronoun", "{Ins} {pron} {said}: {Qs}"),
    ("d", "pronoun", "{Sur} has clashed with {dist} over {tshort} before. {Qc} {pron} {said}."),
    ("h", "pronoun", "{Sur} {bg}. {Pron} {said}{adv}: {Qs}"),
    ("h", "pronoun", "{Sur} succeeded {dist}, who retired in {year}. {Qc} {pron} {said}."),
    ("h", "pronoun", "{Qc} {pron} {told}."),
    ("h", "pronoun", "{Pron} {said}{adv}: {Qs}"),
    ("h", "pronoun", "{Qc} {pron} {said}{tail}."),
    ("h", "pronoun", "Asked about {tshort}, {pron} {said}: {Qs}"),
    ("h", "pronoun", "{Sur} and {dist} have not spoken since the vote. {Qc} {pron} {said}."),
    # role: "the prosecutor", for a named person introduced with that role
    ("d", "role", "{Qc} {role} {said}{adv}."),
    ("d", "role", "{Role} {said}{adv}: {Qs}"),
    ("d", "role", "{Qc} {role} {told}."),
    ("d", "role", "{Ins} {role} {said}: {Qs}"),
    ("d", "role", "{Role}, who {bg}, {said}: {Qs}"),
    ("d", "role", "{Qq} {role} {asked}."),
    ("h", "role", "{Role} {told}: {Qs}"),
    ("h", "role", "{Qc} {saidi} {role}."),
    ("h", "role", "{Qc} {role} {said}{tail}."),
    ("h", "role", "{Role}{ins} {said}: {Qs}"),
    ("h", "role", "{Qc} {role} {said} when asked about {tshort}."),
    ("h", "role", "{Role} was unmoved. {Qc} {pron} {said}."),
    # colon: a clause about the speaker, then a colon and the quotation
    ("d", "colon", "{Sur} was blunt: {Qs}"),
    ("d", "colon", "{Sur} did not mince words{adv}: {Qs}"),
    ("d", "colon", "{Surs} message to {aud} was simple: {Qs}"),
    ("d", "colon", "{Sur} was more cautious: {Qs}"),
    ("d", "colon", "{Sur} had a warning for {inst}: {Qs}"),
    ("d", "colon", "For {sur}, the lesson is clear: {Qs}"),
    ("h", "colon", "{Sur} put it plainly: {Qs}"),
    ("h", "colon", "{Surs} verdict was brief: {Qs}"),
    ("h", "colon", "{Sur} struck a defiant tone{adv}: {Qs}"),
    ("h", "colon", "{Sur} saw it differently: {Qs}"),
    ("h", "colon", "{Sur} was unequivocal: {Qs}"),
    ("h", "colon", "{Role} was blunter still: {Qs}"),
    # split: one quotation interrupted by the attribution
    ("d", "split", "{Qc} {sur} {said}, {Qk}"),
    ("d", "split", "{Qc} {saidi} {sur}. {Q2s}"),
    ("d", "split", "{Qc} {role} {said}, {Qk}"),
    ("d", "split", "{Qc} {sur} {told}. {Q2s}"),
    ("h", "split", "{Qc} {sur} {said}{adv}. {Q2s}"),
    ("h", "split", "{Qc} {sur} {said}{adv}, {Qk}"),
    ("h", "split", "{Qc} {saidi} {sur}, {Qk}"),
    ("h", "split", "{Qc} {pron} {said}, {Qk}"),
    # adding: a second quotation introduced by "adding"
    ("d", "adding", "{Qc} {sur} {said}, adding: {Q2s}"),
    ("d", "adding", "{Qc} {sur} said{adv}, before adding: {Q2s}"),
    ("d", "adding", "{Sur} {said} the {plan} was {Fadj}, adding: {Q2s}"),
    ("d", "adding", "{Qc} {saidi} {sur}, who added: {Q2s}"),
    ("h", "adding", "{Qc} {sur} {told}, adding: {Q2s}"),
    ("h", "adding", "{Sur} called the {plan} {Fnp}, adding: {Q2s}"),
    ("h", "adding", "{Qc} {role} {said}, adding: {Q2s}"),
    ("h", "adding", "{Qc} {sur} {said}, and added: {Q2s}"),
    # according-to
    ("d", "according-to", "According to {sur}, {Qs}"),
    ("d", "according-to", "According to {sur}, {inst} had {Fvp}."),
    ("d", "according-to", "According to {role}, {Qs}"),
    ("d", "according-to", "{Qc} according to {sur}."),
    ("d", "according-to", "According to {ofull}, {Qs}"),
    ("h", "according-to", "According to {sur}, who {bg}, {Qs}"),
    ("h", "according-to", "{Inst} had {Fvp}, according to {sur}."),
    ("h", "according-to", "According to {full}, {desc}, {inst} had {Fvp}."),
    ("h", "according-to", "According to {oref}, {Qs}"),
    ("h", "according-to", "According to {role}, {inst} had {Fvp}."),
    # reported-complement: a quoted fragment inside reported speech; the clause's subject is not the speaker
    ("d", "reported-complement", "{Sur} {said}{adv} that {inst} had {Fvp}."),
    ("d", "reported-complement", "{Role} {said} {inst} had {Fvp} and promised {promise}."),
    ("d", "reported-complement", "{Sur} accused {inst} of having {Fvp}."),
    ("d", "reported-complement", "{Sur} {told} that the {plan} was {Fadj}."),
    ("d", "reported-complement", "{Sur} {said} the {plan} would be {Fadj} unless {cond}."),
    ("d", "reported-complement", "{Sur} {said} {other} had been {Fadj}."),
    ("h", "reported-complement", "{Sur} {said} the {plan} had been {Fadj} and called for {demand}."),
    ("h", "reported-complement", "{Role} {told} that {inst} had {Fvp}."),
    ("h", "reported-complement", "{Sur} insisted {inst} had {Fvp}."),
    ("h", "reported-complement", "{Full} argued that the decision was {Fadj}."),
    ("h", "reported-complement", "In a letter to {aud}, {sur} wrote that {inst} had {Fvp}."),
    ("h", "reported-complement", "{Sur} believes {inst} has {Fvp}."),
    ("h", "reported-complement", "{Sur} accused {other} of being {Fadj}."),
    # called-it: "called the plan “…”", "described it as “…”"
    ("d", "called-it", "{Sur} called the {plan} {Fnp}."),
    ("d", "called-it", "{Sur} described {tshort} as {Fnp}."),
    ("d", "called-it", "{Role} called the decision {Fadj}."),
    ("d", "called-it", "Calling the {plan} {Fnp}, {sur} said {pron} would vote against it."),
    ("d", "called-it", "{Sur} dismissed the criticism as {Fnp}."),
    ("h", "called-it", "{Sur} labelled the delays {Fadj}."),
    ("h", "called-it", "{Sur} has described the {plan} as {Fnp}."),
    ("h", "called-it", "{Sur} branded the {plan} {Fnp}."),
    ("h", "called-it", "{Role} called it {Fnp}."),
    ("h", "called-it", "{Sur}, who called the vote {Fadj}, has asked for a recount."),
    # continuation: a paragraph that is only a quotation, after one with a clear speaker
    ("d", "continuation", "{Qs}"),
    ("d", "continuation", "{Qq}"),
    ("h", "continuation", "{QL}"),
    # first-name: a resident or child named by first name on second reference
    ("d", "first-name", "{Qc} {first} {said}."),
    ("d", "first-name", "{First} {said}{adv}: {Qs}"),
    ("d", "first-name", "{First}, who {bgp}, {said}: {Qs}"),
    ("d", "first-name", "{Qc} {first} {said}{gest}."),
    ("h", "first-name", "{Qc} {saidi} {first}."),
    ("h", "first-name", "{First} {bgp}. {Qc} {pron} {said}."),
    ("h", "first-name", "{Qc} {first} {told}."),
    ("h", "first-name", "{First} {told}: {Qs}"),
    # org: a ministry, union, company, agency, court or council
    ("d", "org", "{Ofull} {said}{ostate}: {Qs}"),
    ("d", "org", "{Qc} {oref} {said}{ostate}."),
    ("d", "org", "In a statement, {oref} said: {Qs}"),
    ("d", "org", "{Oref} rejected the claims. {Qc} it said."),
    ("d", "org", "{Qc} {ofull} said in a post on social media."),
    ("d", "org", "A statement from {oref} read: {Qs}"),
    ("h", "org", "{Qc} {ofull} {said}{ostate}."),
    ("h", "org", "{Oref} {said}{ostate}: {Qs}"),
    ("h", "org", "In a statement, {oref} said {inst} had {Fvp}."),
    ("h", "org", "{Qc} {oref} {said} in an emailed statement."),
    ("h", "org", "{Oref} declined an interview request but {said} in a written response: {Qs}"),
    ("h", "org", "{Oref} hit back. {Qc} it said."),
    # document: a report, an audit, a ruling
    ("d", "document", "{Dintro} found that {inst} had {Fvp}."),
    ("d", "document", "{Qc} {dref} said."),
    ("d", "document", "{Dref} {dverb}: {Qs}"),
    ("d", "document", "According to {dref}, {Qs}"),
    ("d", "document", "{Dref} describes the {plan} as {Fnp}."),
    ("h", "document", "{Dintro} concluded: {Qs}"),
    ("h", "document", "{Qc} {dref} {dverb}."),
    ("h", "document", "{Dref} found that {inst} had {Fvp}."),
    ("h", "document", "In its conclusions, {dref} {dverb}: {Qs}"),
    ("h", "document", "{Qc} {dref} reads."),
    ("h", "document", "{Dref} is blunt: {Qs}"),
]

ORG_STATEMENT = {
    "dev": ["", " in a statement", " on its website", " in a statement on {day}"],
    "heldout": ["", " in a written statement", " in a press release", " on {day}"],
}

# --- paragraphs without a quotation, and the furniture of an article -------------------------------

# Topic background: no person is named.
BACKGROUND_TOPIC = {
    "dev": [
        "{Topic} has divided opinion in {town} since it was first proposed in {year}.",
        "The {plan} was approved in {year} at an estimated cost of {money}.",
        "Work was due to be finished by {month}, but has been delayed twice.",
        "About {n} households live within a mile of the site.",
    ],
    "heldout": [
        "The council will meet again on {day} to discuss {tshort}.",
        "A final decision is not expected before the autumn.",
        "Opponents have collected more than {n} signatures against the {plan}.",
        "The original budget for the {plan} was {money}; officials now concede it will be higher.",
    ],
}
# Introducing a speaker without a quotation ({spk} slots).
BACKGROUND_PERSON = {
    "dev": [
        "{Full}, {desc}, has been among the most vocal critics of the {plan}.",
        "{Title} {when} ordered an independent review of {tshort}.",
        "{Full}, {desc}, was in the public gallery when the vote was taken.",
    ],
    "heldout": [
        "{Full}, {desc}, has spent months studying the {plan}.",
        "{Title} is expected to give evidence to the inquiry next month.",
        "The strongest objections have come from {full}, {desc}.",
    ],
}
# Introducing a resident or a child without a quotation.
BACKGROUND_RESIDENT = {
    "dev": ["{Full}, {desc}, {bgp}.", "Among those at the meeting was {full}, {desc}."],
    "heldout": ["{Full}, {desc}, {bgp}.", "One of the first to arrive was {full}, {desc}."],
}
BACKGROUND_DISTRACTOR = {
    "dev": [
        "The {plan} was drawn up under {dist}, {ddesc}, who left in {year}.",
        "{Dist}, {ddesc}, did not respond to requests for comment.",
    ],
    "heldout": [
        "The idea was first floated by {dist}, {ddesc}, in {year}.",
        "{Dist}, {ddesc}, declined to comment on {tshort}.",
    ],
}
BACKGROUND_ORG = {
    "dev": ["{Ofull}, which {obg}, has been critical of the {plan}.", "{Ofull} {obg}."],
    "heldout": ["The role of {ofull}, which {obg}, is likely to come under scrutiny.", "{Ofull} {obg}."],
}
BACKGROUND_DOC = {
    "dev": [
        "The findings are set out in {dintro}.",
        "{Dintro} is expected to shape the council's next move.",
    ],
    "heldout": ["Details emerged in {dintro}.", "{Dintro} runs to more than {n} pages."],
}
SCARE = {
    "dev": [
        "The so-called {S} was unveiled in {year}.",
        "Much of the money went on {S}, a phrase that appears nowhere in the budget.",
    ],
    "heldout": [
        "The county's {S} scheme has been delayed twice.",
        "Under the {S}, spending on repairs fell by a third.",
    ],
}
LEDES = {
    "dev": [
        "Officials in {town} {when} postponed a decision on {topic}, the latest setback for a project "
        "first announced in {year}.",
        "{Title} {when} ordered a review of {topic}, saying the public deserved answers.",
        "{Full}, {desc}, {when} called for an inquiry into {topic}.",
    ],
    "heldout": [
        "A row over {topic} deepened {when} as critics demanded that the work be halted.",
        "{Title} {when} defended {topic} against mounting criticism.",
        "{Full}, {desc}, {when} became the latest figure to weigh in on {topic}.",
    ],
}
HEADLINES = {
    "dev": [
        "{Town} council delays vote on {tshort}",
        "Anger grows in {town} over {tshort}",
        "Audit raises new questions about {tshort}",
        "What we know about {tshort}",
        "{Town} braces for months of disruption",
    ],
    "heldout": [
        "Questions mount over {tshort}",
        "Officials defend {tshort} amid criticism",
        "Residents of {town} demand answers",
        "Inside the fight over {tshort}",
        "Deadline looms for {tshort}",
    ],
}
# Titles of linked articles: not speech even when they hold quotation marks.
RELATED_LABELS = {"dev": ["Related: ", "More coverage: "], "heldout": ["Read more: ", "See also: "]}
RELATED_TITLES = {
    "dev": [
        "The Long Road to {Town}'s New Harbour",
        "“We Were Never Asked”: Voices From {Town}",
        "How a Small Council Took On a Big Contractor",
        "The Engineer Who Saw It Coming",
        "“Not Another Year”: Families Wait for a Verdict",
    ],
    "heldout": [
        "Five Things to Know About the {Town} Vote",
        "‘It Felt Like Starting Over’: A Year After the Floods",
        "“A Promise Is a Promise”: The Mayor Who Would Not Back Down",
        "The Quiet Collapse of a River Town",
        "Who Pays When the Water Rises?",
    ],
}

# Vox pops: the introduction, then a quotation paragraph with the name before or after it.
VOX_INTROS = {
    "dev": ["Reporters spoke to people in {town} about the {plan}. Here is some of what they said."],
    "heldout": ["We asked residents of {town} what they made of {tshort}."],
}
VOX_STYLES = {
    "dev": ["dash-line", "name-colon"],
    "heldout": ["dash-paragraph", "name-line"],
}

# Transcripts: the introduction and the turn style.
TRANSCRIPT_INTROS = {
    "dev": [
        "{Full}, {desc}, spoke to {paper} on {day} about {topic}. The interview has been edited for "
        "length and clarity.",
    ],
    "heldout": [
        "What follows is an edited transcript of a conversation with {full}, {desc}, about {topic}.",
    ],
}
PANEL_INTROS = {
    "dev": ["The following exchange took place at {day}'s hearing on {topic}."],
    "heldout": ["Below is a lightly edited excerpt from {day}'s panel discussion on {topic}."],
}
TRANSCRIPT_HEADLINES = {
    "dev": ["Transcript: {full} on {tshort}", "The hearing on {tshort}, in their own words"],
    "heldout": ["Interview: {full} answers questions on {tshort}", "Excerpt: the panel on {tshort}"],
}
INTERVIEW_QUESTIONS = [
    "What went wrong with the {plan}?",
    "When will residents know more?",
    "Do you accept any responsibility for the delays?",
    "What would you say to families in {town} who feel ignored?",
    "Is the {plan} still affordable?",
    "How confident are you in the figures?",
    "Will you publish the full report?",
    "What happens next?",
]
TRANSCRIPT_STYLES = {"dev": ["qa-colon", "panel-caps"], "heldout": ["qa-dot", "panel-full"]}
