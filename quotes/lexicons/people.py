"""Words about people: titles before names, role nouns, pronouns and gender.

General English. Titles are dropped from canonical names ("Army General Jane Roe" → "Jane Roe")
and remembered as the person's roles, so that "the general" later finds her.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.lexicons import word_set
from quotes.lexicons.first_names import given_name

# Endings that make an office one about to be taken up: "Prime Minister-elect Jo Roe", "Chief
# Minister-designate Jo Roe" (still a title: the office's word before them).
PENDING_OFFICE_ENDINGS: tuple[str, ...] = ("-elect", "-designate")
# Words that may stand in a title before a name (each also makes a role noun).
TITLE_WORDS: frozenset[str] = word_set(
    """
    mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady rev rev.
    madam madame mdm mdm.
    usec usec. asec asec. cong cong. pcol pcol. pmaj pmaj. pgen pgen. datuk dato datin tun
    reverend father sister brother rabbi imam sheikh sheik pope cardinal bishop archbishop pastor
    comrade barrister
    president vice vice-president president-elect prime minister premier chancellor secretary
    deputy undersecretary under-secretary foreign defense defence interior finance justice health
    education intelligence energy transport transportation trade labor labour economy treasury
    environment agriculture commerce culture home state homeland security public affairs
    attorney general solicitor governor gov gov. lieutenant lt lt. mayor senator sen sen.
    representative rep rep. congressman congresswoman councilman councilwoman councillor cllr cllr. cr cr.
    councilor alderman speaker leader majority minority whip chairman chairwoman chairperson chair
    chief executive ceo cfo coo cto cio founder co-founder director commissioner ambassador envoy
    spokesman spokeswoman spokesperson judge magistrate officer sergeant sgt sgt. corporal cpl
    captain capt capt. major maj maj. colonel col col. commander cmdr admiral adm adm. general gen
    gen. brigadier marshal army navy naval air force police detective det. inspector
    superintendent constable sheriff king queen prince princess duke duchess emperor empress
    crown sultan emir ayatollah sheikh coach manager owner candidate nominee former acting interim
    then-president then former ex senior junior assistant associate special supreme high
    first lady gentleman mp mep msp mla mpp mec
    treasurer comptroller coroner ombudsman registrar provost rector warden
    adv adv. advocate hon hon. honourable honorable engr engr. barr barr. alhaji alhaja mallam
    shri shri. sri smt smt. shrimati kumari td begum thiru thiru. tmt tmt. thirumathi mzee
    sp asp dsp csp ssp acp dcp igp aig
    dc ds di dci dsi dcs pc pcso
    det det. insp insp. supt supt. cdr cdr. cmdr. cpl. pvt pvt. brig brig. atty atty. amb amb. msgr msgr.
    pres. sec. const.
    """
)

# What an abbreviated title before a name stands for, so that "Gov. Jo Roe" is "the governor"
# later; the first word replaces the abbreviation in the person's title, the others are roles too.
TITLE_ABBREVIATION_ROLES: dict[str, tuple[str, ...]] = {
    "gov": ("governor",),
    "sen": ("senator", "lawmaker"),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gen": ("general",),
    "lt": ("lieutenant",),
    "capt": ("captain",),
    "sgt": ("sergeant",),
    "det": ("detective",),
    "insp": ("inspector",),
    "supt": ("superintendent",),
    "prof": ("professor",),
    "col": ("colonel",),
    "maj": ("major",),
    "cmdr": ("commander",),
    "cdr": ("commander",),
    "adm": ("admiral",),
    "cpl": ("corporal",),
    "pvt": ("private",),
    "brig": ("brigadier",),
    "atty": ("attorney",),
    "amb": ("ambassador",),
    "pres": ("president",),
    "sec": ("secretary",),
    "usec": ("undersecretary",),
    "asec": ("assistant secretary", "secretary"),
    "cong": ("congressman", "congresswoman", "representative", "lawmaker"),
    "pcol": ("colonel",),
    "pmaj": ("major",),
    "pgen": ("general",),
    "cllr": ("councillor",),
    "cr": ("councillor",),
    "rev": ("reverend",),
    "msgr": ("monsignor",),
    "justice": ("justice", "judge"),  # "Justice Jo Roe ruled …": "the judge said"
    "adv": ("advocate",),
    "engr": ("engineer",),
    "barr": ("barrister",),
    # British police ranks: "DC Jo Roe" is "the detective constable", "the detective", "the officer"
    "dc": ("detective constable", "detective", "officer"),
    "ds": ("detective sergeant", "detective", "sergeant", "officer"),
    "di": ("detective inspector", "detective", "inspector", "officer"),
    "dci": ("detective chief inspector", "detective", "inspector", "officer"),
    "dsi": ("detective superintendent", "detective", "superintendent", "officer"),
    "dcs": ("detective chief superintendent", "detective", "superintendent", "officer"),
    "pc": ("police constable", "constable", "officer"),
    "pcso": ("police community support officer", "officer"),
}

# Abbreviated titles written with a full stop before a name ("Capt. Jo Roe", "Det. Insp. Roe"): one
# token each, as spaCy's English tokenizer already keeps "Gen." and "Sen.", so the stop ends no sentence.
TITLE_ABBREVIATIONS: tuple[str, ...] = tuple(
    """
    Capt. Sgt. Lt. Col. Maj. Cpl. Pvt. Cmdr. Cdr. Brig. Det. Insp. Supt. Const. Atty. Msgr. Hon.
    Amb. Pres. Sec. Cllr. Adv. Engr. Barr. Smt. Shri. Usec. Asec. Cong. PCol. PMaj. PGen.
    """.split()
)

# Words for one member of a group named after it: "One of the firms, Orchard Lines, said", "Another,
# Jo Roe, said": a name in apposition to them is the speaker's.
ONE_OF_WORDS: frozenset[str] = word_set("one another other")
# Short words written with a full stop inside a name or before one ("Mr. Jo Roe", "Jo Roe Jr.", "St.
# Kilda", "Sen. Roe"): any other short capitalised word before a full stop ends its sentence ("… in
# May. Ministry staff …").
NAME_ABBREVIATIONS: tuple[str, ...] = tuple(
    """
    Mr Mrs Ms Dr Jr Sr St Ste Mt Ft Co Gov Sen Rep Gen Lt Col Maj Det Rev Hon Adm Cpl Pvt Sgt Adv
    Engr Barr Smt Shri Usec Asec Cong PCol PMaj PGen Ma Sta Sto
    """.split()
)

# Role nouns: common nouns for a person by office, job or description ("the minister said").
# Titles that only a person bears, written with or without a full stop (British and Commonwealth
# papers write "Mr Roe", "Ms Roe", "Dr Roe"): the name after one is a person's, whatever the tagger
# says.
HONORIFICS: frozenset[str] = word_set(
    "mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. sir dame shri shri. sri smt smt. shrimati kumari begum"
    " thiru thiru. tmt tmt. thirumathi mzee alhaji alhaja madam madame mdm mdm."
)

ROLE_NOUNS: frozenset[str] = word_set(
    """
    president minister secretary undersecretary under-secretary chancellor premier governor mayor
    senator congressman mp mps
    taoiseach tanaiste tánaiste
    mep meps msp msps mla mlas
    congresswoman representative lawmaker legislator politician official officials spokesman
    spokeswoman spokesperson spokespeople aide aides adviser advisor advisers advisors counselor
    ambassador envoy diplomat general admiral colonel commander officer chief director
    chairman chairwoman chair chairperson executive ceo cfo coo cto pm cm dg igp founder owner manager head
    leader
    candidate nominee contender challenger incumbent judge justice prosecutor attorney lawyer
    counsel defendant plaintiff witness victim suspect detective inspector sheriff police
    policeman policewoman trooper soldier sergeant captain analyst expert economist scientist
    researcher professor scholar historian strategist consultant pollster doctor physician
    nurse surgeon teacher principal student resident residents neighbor neighbour citizen
    voter voters supporter supporters activist activists organizer protester protesters
    critic critics opponent opponents observer observers commentator columnist journalist
    reporter editor writer author host anchor correspondent blogger king queen prince princess
    pope cleric priest rabbi imam bishop pastor monk worker workers employee employees
    farmer owner businessman businesswoman entrepreneur investor banker trader engineer
    player coach athlete actor actress singer musician artist director producer star
    father mother son daughter brother sister husband wife widow parent parents child
    nephew niece uncle aunt cousin grandson granddaughter grandfather grandmother grandparent
    grandchild stepfather stepmother stepson stepdaughter spouse fiance fiancé fiancee fiancée
    man woman boy girl person people friend relative source sources insider insiders
    member members delegate delegates minister deputy commissioner regulator administrator
    donor donors agent agents
    inspector auditor negotiator mediator representative rep staffer staffers volunteer steward
    chief-of-staff secretary-general director-general rapporteur president-elect
    advocate landlord landlady pundit local teen teenager youth skeptic sceptic scout
    counterpart colleague predecessor successor lady ladies gentleman gentlemen
    governor-elect senator-elect mayor-elect vice-president veteran survivor eyewitness
    official spokesperson operator pilot driver passenger customer patient mp mep mla msp mpp
    collector boss pal pals buddy buddies confidant confidante acquaintance classmate teammate
    clubmate clubmates rival rivals roommate flatmate housemate
    campaigner campaign campaigners fan fans teenager student students militant militants
    rebel rebels commander commanders leader leaders
    comedian novelist poet rapper filmmaker playwright photographer designer chef dancer
    treasurer comptroller registrar provost rector vicar deacon warden chaplain coroner supervisor
    assemblyman assemblywoman assemblymember trustee consul clerk curator ombudsman
    ally allies associate associates confidant confidante surrogate surrogates loyalist loyalists
    juror jurors councillor councillors councilor councilors alderman alderwoman firefighter firefighters
    paramedic paramedics midwife midwives tenant tenants homeowner homeowners commuter commuters
    shopper shoppers motorist motorists pensioner pensioners bystander bystanders mourner mourners
    villager villagers shopkeeper shopkeepers onlooker onlookers spectator spectators refugee refugees
    migrant migrants lecturer lecturers magistrate magistrates barrister barristers solicitor solicitors
    constable constables pupil pupils retiree retirees widower parishioner parishioners worshipper
    worshippers fisherman fishermen
    monarch ruler emperor empress sultan emir chieftain regent
    moderator moderators organiser organisers protestor protestors presenter presenters influencer
    influencers streamer streamers plumber electrician cleaner cleaners caretaker carer carers
    pharmacist dentist therapist counsellor psychologist psychiatrist referee umpire goalkeeper
    midfielder winger batsman jockey cyclist swimmer climber hiker hikers camper campers angler
    sailor sailors miner miners steelworker steelworkers cashier waiter waitress barista bartender
    mec mecs
    """
)

# Words before a role that say when or how it is held, no part of the role's name ("former chief
# executive", "the acting mayor", "ex-minister"): "the former employee" is the employee met before.
TENURE_WORDS: frozenset[str] = word_set("former then acting interim ex onetime one-time")
# Words before a role that say its holder has retired from it ("the retired teacher"): said with
# "the" of no one named by that role, a description of the person just named. Not "former": "the
# former president" is as often someone new, the office's last holder.
PAST_ROLE_WORDS: frozenset[str] = word_set("retired")
# Words that make a lower office of the one they stand before: a deputy secretary is no secretary
# when the article names one ("the secretary said" is hers, not her deputy's).
RANK_WORDS: frozenset[str] = word_set("deputy vice assistant associate under sub")
# Words that make another office of the one they stand before, never held by its holder: a shadow
# chancellor (the opposition's spokesperson on the chancellor's brief) is never "the chancellor".
COUNTERPART_WORDS: frozenset[str] = word_set("shadow")
# Words a writer puts before a role to describe its holder, no part of the office: "the veteran
# minister" is the minister named before; "the embattled chief executive" the chief executive.
EPITHET_WORDS: frozenset[str] = word_set(
    """
    veteran embattled beleaguered outspoken longtime long-time long-serving seasoned experienced
    respected influential powerful popular controversial combative defiant charismatic soft-spoken
    straight-talking plain-spoken affable genial tireless indefatigable redoubtable
    """
)
# Party letters US news sets after a lawmaker's name with the state or district: "Rep. Jo Roe,
# D-Ohio," (Democrat), "R-Texas" (Republican), "I-Maine" (independent).
PARTY_LETTERS: frozenset[str] = frozenset({"D", "R", "I"})
# Verbs of holding an office over a body, and the role their agent holds: "the inquiry, chaired by
# retired judge Jo Roe," makes her "the chair" later.
OFFICE_VERBS: dict[str, str] = {
    "chair": "chair",
    "head": "head",
    "found": "founder",
    "edit": "editor",
    "coach": "coach",
    "manage": "manager",
    "host": "host",
    "moderate": "moderator",
    "captain": "captain",
}
# Verbs by which a person takes or holds a role their complement names: "Jo Roe, who became chairman
# last year," and "Jo Roe was named coach" make her "the chairman", "the coach" later.
ROLE_TAKING_VERBS: frozenset[str] = word_set("become appoint name elect")
# Other words for a role, which later name whoever was introduced with it ("Captain Jo Roe" is "the
# skipper"; "chairwoman Jo Roe" is "the chair"). Not across sexes: "the spokesman" is no spokeswoman.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "captain": word_set("skipper"),
    "skipper": word_set("captain"),
    "chairman": word_set("chair chairperson"),
    "chairwoman": word_set("chair chairperson"),
    "manager": word_set("boss"),  # a team's manager is "the boss"
    "boss": word_set("manager"),
    "lawyer": word_set("attorney"),
    "attorney": word_set("lawyer"),
    "headteacher": word_set("principal"),
    "principal": word_set("headteacher"),
    "insider": word_set("source"),  # "A source close to the board said … ‘…,’ the insider added"
    "source": word_set("insider"),
}
# The broader words a story uses later for the holder of an office: "Senator Jo Roe … the
# lawmaker said", "King Jo of Arlen … the monarch said", "Imam Jo Roe … the cleric said".
ROLE_HYPERNYMS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        word_set("senator representative congressman congresswoman mp mla mep msp mpp mca")
        | word_set("assemblyman assemblywoman"),
        word_set("lawmaker legislator"),
    ),
    **dict.fromkeys(word_set("lawmaker legislator"), word_set("lawmaker legislator")),
    **dict.fromkeys(word_set("king queen emperor empress sultan emir"), word_set("monarch")),
    **dict.fromkeys(
        word_set("imam pastor priest bishop archbishop rabbi cardinal reverend vicar chaplain"),
        word_set("cleric"),
    ),
    **dict.fromkeys(word_set("ambassador envoy consul"), word_set("diplomat")),
}
# Offices written before a surname alone ("Senator Roe", "Councillor Roe"), which no company's name
# opens with (not "General Motors", "Executive Jet").
SURNAME_TITLES: frozenset[str] = word_set(
    """
    senator councillor councilor governor mayor judge justice president minister premier chancellor
    sheriff detective inspector sergeant constable superintendent commissioner congressman
    congresswoman representative ambassador professor bishop rabbi imam pastor reverend captain
    colonel major lieutenant admiral commander coach
    """
)
# Offices written out or as their initials, one set a row: "Finance chief Jo Roe … the CFO said".
ROLE_EQUIVALENTS: tuple[frozenset[str], ...] = tuple(
    frozenset(row.split(", "))
    for row in (
        "ceo, chief executive, chief executive officer",
        "cfo, chief financial officer, finance chief, finance director",
        "coo, chief operating officer, operations chief",
        "cto, chief technology officer, technology chief",
        "pm, prime minister",
        "cm, chief minister",
        "dg, director general, director-general",
        "igp, inspector general of police, inspector-general of police",
    )
)
# Groups that speak as one and are often named after a person: "the Roe campaign", "Roe's office".
# What "Dr." before a name may be called later: "Dr. Jo Roe … the surgeon said".
DOCTOR_NOUNS: frozenset[str] = word_set(
    "doctor physician surgeon epidemiologist virologist pediatrician paediatrician psychiatrist "
    "cardiologist neurologist oncologist radiologist anaesthetist anesthesiologist gp medic"
)
# Nouns for whoever leads a body: "the head of the fire service" is "the fire chief" and "its head".
LEADER_NOUNS: frozenset[str] = word_set("head chief leader director")
COLLECTIVE_NOUNS: frozenset[str] = word_set(
    """
    campaign camp team office staff administration government cabinet family foundation
    organization organisation committee trust estate firm company lawyers attorneys body
    prosecution defence defense army navy military militia junta regime crew crews
    """
)

# Suffixes of English person nouns not in ROLE_NOUNS (campaigner, strategist, theologian,
# restaurateur).
PERSON_SUFFIXES: tuple[str, ...] = (
    "er",
    "eur",
    "or",
    "ist",
    "ian",
    "man",
    "woman",
    "person",
    "ant",
    "ent",
    "eer",
    "ee",
    "ess",
)
# Endings that look like a person suffix but make nouns for acts and things: "-ment" (agreement),
# "-ness" (fairness), "-over" (takeover, turnover, makeover).
NOT_PERSON_ENDINGS: tuple[str, ...] = ("ment", "ness", "over")

# Nouns that end like person nouns but are not people.
NOT_PERSON_NOUNS: frozenset[str] = word_set(
    """
    paper order number water matter letter power center centre border corner cancer computer
    chapter character quarter manner dinner summer winter weather answer register error mirror
    terror horror sector factor motor floor door flavor color colour honor honour labor labour
    favor favour tumor rumor rumour vapor harbor harbour statement government comment moment
    document agreement payment movement department element event content percent talent
    fee committee coffee degree decree tree guarantee jubilee median budget tower shelter
    river silver hunger anger danger finger layer filter cluster poster banner barrier
    tender timber lumber fever sister-city headquarter headquarters report paper monitor
    incident accident component patent current intent consent dissent accent extent
    plant grant warrant instant process success access address business progress congress
    press stress disaster chamber cover offer server trailer printer ladder corridor
    merger ledger powder thriller blockbuster charter trigger sticker folder container primer
    rubber theater theatre transfer wonder cylinder boulder shoulder leather feather meter metre
    liter litre fiber fibre caliber calibre glacier frontier tractor reactor elevator radiator
    calculator indicator generator refrigerator ventilator simulator vector razor meteor
    voucher bumper hammer helicopter tanker freighter remainder disorder platter newsletter
    filibuster blister restaurant pageant variant pollutant stimulant tangent deterrent
    precedent equivalent continent ingredient nutrient gradient coefficient detergent solvent
    torrent twist wrist knee spree mattress fortress excess recess largess harness
    murder thunder laughter slaughter encounter counter prayer career shower flower butter oyster
    lobster chatter banter whisper shudder plunder blunder splendor splendour candor candour rigor
    rigour vigor vigour fervor fervour valor valour ardor ardour rancor rancour clamor clamour
    pallor stupor torpor squalor tremor liquor decor demeanor demeanour behavior humor manor armor
    armour sweater roster hamster blender transistor semiconductor processor sensor detector
    inhibitor accelerator temper poker soccer scooter january february march april june july
    august september october november december
    """
)

# Not the titles of office in "-man" (chairman, spokesman, congressman): news gives them to women too
# ("Wilma Roe, the club chairman"), so they say nothing of gender; their "-woman" forms do.
MALE_WORDS: frozenset[str] = word_set(
    """
    he him his himself mr mr. sir lord king prince duke emperor sultan emir father brother son
    husband widower man boy gentleman actor uncle nephew grandfather monk shri shri. sri
    """
)
FEMALE_WORDS: frozenset[str] = word_set(
    """
    she her hers herself mrs mrs. ms ms. miss madam dame lady queen princess duchess empress
    mother sister daughter wife widow woman girl spokeswoman chairwoman congresswoman
    councilwoman businesswoman policewoman sportswoman stateswoman actress aunt niece
    grandmother nun first-lady smt smt. shrimati kumari
    """
)

PERSONAL_PRONOUNS: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "i": "first",
    "we": "first",
    "it": "neuter",
    "its": "neuter",
    "who": "relative",
    "which": "relative",
    "that": "relative",
}

# Subjects that never name who is speaking: "It was late." "There is a plan."
NOT_SOMEONE: frozenset[str] = word_set("it there this that what")

# Last words of capitalised runs that name an institution, a place, a work or a time, not a person
# ("Coastal Flood Agency", "Harbour Street", "Supreme Court", "Labour Day").
# Kinds of body a story often names two of (a match report's clubs): "the club" then finds one only
# when one alone was named.
RIVAL_KIND_NOUNS: frozenset[str] = word_set("club team side")
# Last words of a sports club's name: "Kestow Wanderers", "Marlow Athletic", "Harbour City FC".
CLUB_NAME_WORDS: frozenset[str] = word_set("fc afc united rovers wanderers athletic albion hotspur rangers")
# Words that open a sports club's name ("Sporting Halvern", "Real Cordova", "Dynamo Kelsk"): a body's
# name, whatever the rest looks like.
CLUB_FIRST_WORDS: frozenset[str] = word_set(
    "sporting real atletico atlético athletic dynamo dinamo olympique olympic racing deportivo inter"
    " fc afc ac sc"
)
NOT_PERSON_NAME_ENDS: frozenset[str] = CLUB_NAME_WORDS | word_set(
    """
    agency authority association assembly academy administration alliance army bank board bureau
    cabinet center centre church city clinic club coalition college commission committee company
    congress council county court department district embassy federation fund foundation front
    government group guard hall herald hospital house institute journal kingdom league ministry
    movement museum network news office organisation organization parliament party police post
    press project republic review road school senate service society square state station street
    times tribune trust union university valley village avenue bridge river lake park port
    gazette daily weekly monitor observer chronicle telegraph times echo courier examiner inquirer
    dispatch sentinel advertiser record recorder mail express mirror standard bulletin inc inc. ltd ltd.
    corp corp. corporation guild confederation brotherhood syndicate consortium cooperative co-operative
    constabulary
    directorate secretariat inspectorate tribunal legislature orchestra partnership forum
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december day week year act bill law plan report
    airport area region province island islands mountains sea ocean bay coast
    united rovers wanderers rangers athletic albion fc afc hotspur
    """
)
# Days and months: a date the tagger typed so is no speaker ("Friday's broadcast").
CALENDAR_WORDS: frozenset[str] = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    """
)
# Nouns for a stretch of time: "last week's poll", "this year's survey" say when, not whose.
PERIOD_NOUNS: frozenset[str] = word_set(
    """
    today yesterday tomorrow tonight day days week weeks weekend month months year years decade
    century quarter season morning afternoon evening night
    """
)
# Months whose names are verbs too: "Roe May Not Run" in a title is a modal, "March On" a verb.
MONTHS_THAT_ARE_VERBS: frozenset[str] = word_set("may march")
# First words of capitalised runs that open a sentence or a phrase rather than a name.
NOT_PERSON_NAME_STARTS: frozenset[str] = word_set(
    """
    the a an and but or of in on at to for from by with as if when while after before since
    this that these those his her their its our my your we they he she it i you there here
    asked speaking reporting according during under over about mr mrs ms dr
    because although though unless until once whether where why how what which who whose so yet
    nor then now also still meanwhile however instead even just only despite unlike like than
    through between among against without within into upon via every each both neither either
    maybe perhaps probably surely certainly clearly obviously indeed yes no not never always often
    sometimes later earlier today yesterday tonight tomorrow
    afterwards afterward finally eventually initially separately additionally overall elsewhere
    nonetheless nevertheless besides moreover furthermore consequently thus hence accordingly
    rival fellow former
    likewise similarly otherwise anyway again already recently previously subsequently ultimately
    originally currently notably importantly interestingly ironically unfortunately fortunately
    sadly frankly
    is was are were has have had does did will would can could should may might must
    one two three four five six seven eight nine ten
    """
)
# Letters after a name for an office, an honour or a degree, as printed ("Jo Roe MP", "Ada Marsh
# KC"): no part of the name. Matched as written, in capitals, and only after two words of name.
POST_NOMINALS: frozenset[str] = frozenset(
    """
    MP MSP MLA MEP MHK MNA MPP TD AM QC KC SC OBE MBE CBE KBE DBE GBE FRS PhD
    """.split()
)
# Words for a party or a political camp before a name ("Republican Jo Roe", "Labour MP Jo Roe"):
# an affiliation, not part of the name.
AFFILIATION_WORDS: frozenset[str] = word_set(
    """
    republican republicans democrat democrats democratic conservative conservatives liberal
    liberals labour tory tories socialist socialists communist communists independent
    libertarian progressive progressives centrist nationalist populist gop
    """
)
# Last words of a name that a business shares with other bodies ("Harlow Cables Group", "the Tarn
# Steel Corporation"): "the company" may find it; "the group" finds it anyway (``INSTITUTION_WORDS``).
COMPANY_OR_BODY_NAME_ENDS: frozenset[str] = word_set("group corporation")
# Last words of an organisation's name, so that "the agency" finds "the Coastal Flood Agency".
INSTITUTION_WORDS: frozenset[str] = word_set(
    """
    agency authority association assembly academy alliance bank board bureau cabinet commission
    committee company corporation council court department federation foundation fund government
    group institute league ministry network office organisation organization parliament party
    police service society trust union university college school hospital inspectorate
    regulator tribunal firm corps directorate secretariat congress senate legislature reserve
    club charity coalition watchdog bench district tank branch guild confederation brotherhood
    commissariat consortium syndicate cooperative co-operative chamber museum gallery library zoo
    orchestra theatre theater inquiry coastguard partnership forum constabulary
    """
)
# How an unnamed speaker gives the name news prints for them: "a woman who gave her name only as
# Moira", "a man who would give only his first name, Tariq", "a resident identified only as Jo".
NAME_GIVING_VERBS: frozenset[str] = word_set("give provide offer")
NAMING_PARTICIPLES: frozenset[str] = word_set("identified named known")
SELF_NAMING_VERBS: frozenset[str] = word_set("identify")  # "a caller who identified himself only as Jo"
# People who are sources by what they know or whom they know, never by who they are: "the source
# said" and "the friend said" are as anonymous as "a source said".
UNNAMED_SOURCE_NOUNS: frozenset[str] = word_set(
    "source insider informant tipster friend pal buddy confidant confidante acquaintance"
)
# Places that speak as their government ("the state has threatened to close it", "the county
# expects …", "the city said"): a body, as a speaker.
# Bodies named by their kind and their field, in lower case too: "the ministry of finance".
FIELD_NAMED_BODIES: frozenset[str] = word_set(
    "ministry department bureau office agency commission directorate secretariat inspectorate"
)
# The fields an office is named for, after its "for" or "of" ("Minister for Water Resources",
# "Commissioner for Data Protection", "Secretary of Planning and Relief"): where the office's name
# ends and the holder's begins when no given name says so ("… for Water Zubair Kamal").
PORTFOLIO_WORDS: frozenset[str] = word_set(
    """
    water resources housing planning relief protection data digital privacy information
    communications broadcasting technology science research industry industries innovation
    infrastructure works roads highways railways aviation shipping ports fisheries forests forestry
    mines mining minerals petroleum oil gas power electricity irrigation tourism sport sports youth
    women children family families welfare social services veterans immigration citizenship
    development local government rural urban regional cooperation reform budget revenue taxation
    customs prisons corrections policing lands land heritage arts media equality equalities
    disability pensions employment jobs skills training higher schools consumer competition
    climate change emergency emergencies management disaster disasters human rights ethics
    standards oversight audit statistics elections electoral minorities indigenous aboriginal
    northern southern eastern western affairs relations
    """
)
# Kinds of body named after their place in lower case: "the Pine Hollow school district", "the
# Marlow county council".
PLACE_NAMED_KINDS: frozenset[str] = word_set(
    "district council board authority commission committee department"
)
# Adjectives that make a kind of body of their own: "the central bank" is no savings bank named
# before, "the high court" no district court, "the foreign ministry" no health ministry.
KIND_ADJECTIVES: frozenset[str] = word_set(
    "central supreme high constitutional appellate electoral foreign interior economic environmental"
    " agricultural"
)
GOVERNED_PLACE_NOUNS: frozenset[str] = word_set(
    "state county city town village borough municipality metro province region parish shire"
)
# Words before an office that say only which level of government holds it: "the state treasurer"
# is the treasurer the story names, "the county coroner" its coroner.
JURISDICTION_WORDS: frozenset[str] = GOVERNED_PLACE_NOUNS | word_set(
    "federal national provincial municipal regional local"
)
# Nouns after "with" that say how an unnamed source knows: "people with knowledge of the talks",
# "an official with ties to the campaign".
# People who speak for someone else: "a spokesman for the mayor", "sources close to the minister",
# "Roe's lawyers". What they say of "he" or "she" is most often said of that someone ("A spokesman for
# the mayor said she would not attend").
INTERMEDIARY_NOUNS: frozenset[str] = word_set(
    """
    spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors
    lawyer lawyers attorney attorneys counsel representative representatives rep reps source sources
    friend friends ally allies associate associates confidant confidants confidante insider insiders
    staffer staffers surrogate surrogates people person official officials
    """
)
# People whose only job is to speak for a body: "A spokeswoman said …" right after "Cobbleford Water
# denied …" speaks for Cobbleford Water.
SPOKESPERSON_NOUNS: frozenset[str] = word_set("spokesman spokeswoman spokesperson")
# The prepositions that tie such a person to whom they speak for: "for", "to", "of", "close to",
# "familiar with", "around".
INTERMEDIARY_PREPOSITIONS: frozenset[str] = word_set("for to of with around")
SOURCE_ACCESS_NOUNS: frozenset[str] = word_set("knowledge ties access links insight")
# Prepositions after an unnamed source that say whom it belongs to or where it stands, kept as
# written: "lawyers for the families", "officials at the agency", "residents of the valley".
AFFILIATION_PREPOSITIONS: frozenset[str] = word_set("for at of with from in")
# Prepositions that say where such a source stands, kept when what follows is no time: "residents
# on both streets", "voters across the state", "officials on the committee" (not "officials on Monday").
PLACE_PREPOSITIONS: frozenset[str] = word_set("on across near inside within")
# Words after "on" that say when or how, not where: "officials on Monday", "on condition of anonymity".
NOT_PLACE_WORDS: frozenset[str] = word_set(
    "condition background record day night morning evening week weekend"
)
# Prepositions that say which people are meant, after those urged or asked ("anyone with information",
# "residents near the river"), not what they are asked about ("asked Roe about …").
DESCRIBING_PREPOSITIONS: frozenset[str] = word_set("with at of from in near across")
# Pronouns for people ("anyone", "those"), not things ("something").
PEOPLE_PRONOUNS: frozenset[str] = word_set(
    "anyone anybody everyone everybody someone somebody no-one nobody those them us him her me you"
)
# Prepositions that tie a person noun to the body it works for: "a spokeswoman for the Acme Group",
# "an official at the agency", "a lawyer with Roe Partners".
EMPLOYER_PREPOSITIONS: frozenset[str] = word_set("for at of with")
# People a firm employs to judge other firms: "analysts at Acme Securities" name Acme only as their
# employer, so "the company" later is not Acme.
OUTSIDE_EXPERT_NOUNS: frozenset[str] = word_set("analyst economist strategist broker trader")
# Last words of the names of bodies that are neither institutions nor businesses: "Amnesty
# International", "Human Rights Watch", "Crisis Action", "Friends of the Earth".
BODY_NAME_ENDS: frozenset[str] = NOT_PERSON_NAME_ENDS | word_set(
    "international watch action earth worldwide global network alliance initiative coalition"
)
# Words that end a business's name ("Corvane Systems", "Hartwell Securities", "Lyle Holdings"):
# a name ending in one is a company's, not a person's, though a person may share its first word.
BUSINESS_NAME_WORDS: frozenset[str] = word_set(
    """
    systems holdings inc inc. corp corp. co co. llc llp ltd ltd. plc pty gmbh technologies technology tech
    labs laboratories partners capital securities research foods motors airlines airways pharma
    pharmaceuticals industries solutions networks software logistics ventures insurance
    communications entertainment studios consulting analytics robotics therapeutics biosciences
    electronics enterprises associates brands properties investments financial services bancorp
    shipping utilities homes energy dredging mining resources construction engineering
    manufacturing retail stores metals minerals chemicals steel petroleum telecom materials
    ferries line lines transit rail buses coaches railways freight haulage logistics aviation aerospace
    automotive hotels brothers bakery bakeries cables water gas electric electricity telecoms promotions
    motorsport motorsports racing
    resorts breweries distillers dairies farms beverages cosmetics apparel textiles semiconductors
    devices healthcare publishing media records recordings music films pictures productions games
    press books publishers broadcasting residential estates developments industrial commercial
    international mobile wireless cellular digital environmental ecological medical biotech
    """
)
# Common nouns that refer back to a business named before: "the company", "the firm", "the
# developer" (after "Larkmoor Homes plans to build …").
COMPANY_NOUNS: frozenset[str] = word_set(
    """
    company firm business developer operator retailer manufacturer carrier insurer lender utility
    supplier conglomerate chain maker producer airline shipper builder landlord label
    broadcaster studio distributor brokerage bank fund startup start-up carmaker automaker chipmaker
    drugmaker steelmaker shipbuilder planemaker telecom telco glassmaker toymaker tyremaker tiremaker
    papermaker truckmaker lorrymaker phonemaker shipyard yard
    """
)
# The words before "house" that make it a firm: "the production house said", "a fashion house".
FIRM_HOUSE_WORDS: frozenset[str] = word_set(
    "production publishing fashion auction trading design brokerage investment media fund software record"
)
# Words for a kind of business that open names of their own ("Bank Melli", "Studio Ghibli"): not
# the kind before a name ("Carmaker Veridane said": the firm is Veridane).
NAME_OPENING_KINDS: frozenset[str] = word_set("bank fund studio label chain company utility business telecom")
# The words for a kind of business written before a firm's name, no part of it ("Carmaker Veridane").
KIND_BEFORE_NAME_WORDS: frozenset[str] = COMPANY_NOUNS - NAME_OPENING_KINDS
# Nouns that refer back to a body named before whatever its name ends in, as "the company" does to
# a business: "The Heart Foundation said … the charity stressed …".
# Words for many people that take no plural ending: "Staff said …" speaks for unnamed people.
PLURAL_GROUP_NOUNS: frozenset[str] = word_set("staff personnel people folks")
# A person's kin, spoken of as one and taken up as "they": "his family said …, they added".
KIN_GROUP_NOUNS: frozenset[str] = word_set("family relatives parents")
GENERIC_BODY_NOUNS: frozenset[str] = word_set(
    "charity nonprofit non-profit organisation organization watchdog"
)
# Of those, the nouns for a body that is never a public one: "the charity" is no court or ministry.
VOLUNTARY_BODY_NOUNS: frozenset[str] = word_set("charity nonprofit non-profit")
# Nouns for a body of people joined for a cause, which refer back to the last such body named
# ("Citizens for Clean Air praised it. The group said …"): never a business's, a place's or a public body's.
GROUP_NOUNS: frozenset[str] = word_set("group organisation organization coalition association alliance")
# Words before one of those that say only what the group does ("the campaign group", "the pressure group").
GROUP_KIND_WORDS: frozenset[str] = word_set(
    "campaign campaigning pressure advocacy lobby lobbying protest action activist community"
)
# Head words of a public body's name, which "the group" never means ("the Ministry of Health").
PUBLIC_BODY_WORDS: frozenset[str] = word_set(
    """
    ministry department government council parliament court police agency authority commission
    office bureau senate congress legislature assembly directorate secretariat inspectorate
    tribunal regulator cabinet army navy military service administration embassy
    """
)
# Last words of the names of political camps that do not call themselves a party ("the Popular
# Renewal Front", "the Citizens Reform Movement"): a body's name, which "the party" finds.
PARTY_NAME_ENDS: frozenset[str] = word_set("front movement league")
# Common nouns that refer back to a body of their kind named before, by the words its name holds:
# "the agency" after "the Bureau of Coastal Surveys", "the union" after "the Dellwick Nurses
# Association", "the airline" after "Orrendale Airways", "the hospital" after "the Tallowmere
# Hospital Trust".
BODY_KIND_WORDS: dict[str, frozenset[str]] = {
    "agency": word_set(
        "agency bureau office department administration commission authority service directorate"
    ),
    "union": word_set("union association federation guild congress confederation brotherhood"),
    "airline": word_set("airline airlines airways air"),
    "carrier": word_set("airline airlines airways air lines line shipping"),
    "hospital": word_set("hospital hospitals infirmary"),
    "school": word_set("school academy"),
    "ministry": word_set("ministry department"),
    "department": word_set("department ministry"),
    "regulator": word_set("regulator authority commission agency office board"),
    "court": word_set("court tribunal"),
    "bench": word_set("court tribunal"),  # "a bench of the Court of Appeal … The bench held …"
    "bank": word_set("bank bancorp"),
    "council": word_set("council"),
    # (or whose name says what kind of camp it is: "the Popular Front", "the Reform Movement")
    "party": word_set("party congress alliance") | PARTY_NAME_ENDS,
    # a sports club by the words its names end in: "Kestow Wanderers", "Harbour City FC"
    "club": word_set("club") | CLUB_NAME_WORDS | CLUB_FIRST_WORDS,
    # a racing or sports team: "Redfern Motorsport", "Castell Racing", "Harbour Cycling Team"
    "team": word_set("team racing motorsport motorsports cycling sailing") | CLUB_NAME_WORDS,
    "district": word_set("district"),
    "inquiry": word_set("inquiry commission"),
    "university": word_set("university college"),
    # a police force by its name: "the force" after "Brackmoor Police", "the Kelton Constabulary"
    "force": word_set("police constabulary force"),
    "co-operative": word_set("co-operative cooperative co-op"),
    "cooperative": word_set("co-operative cooperative co-op"),
    "co-op": word_set("co-operative cooperative co-op"),
}
# Endings of words that say where a business is or who owns it, not which one it is: "the
# Copenhagen-based company", "the London-listed firm" is the company named before (not "the combined
# firm", "its parent company").
SITUATING_SUFFIXES: tuple[str, ...] = ("-based", "-listed", "-headquartered", "-registered", "-owned")
# Nouns for a news outlet, which a name in apposition names ("the Italian newspaper Corriere dello
# Sport", "the broadcaster Kestrel FM"): a body.
MEDIA_NOUNS: frozenset[str] = word_set(
    "newspaper paper magazine broadcaster channel station website tabloid daily weekly outlet network"
    " publication journal newsletter television tv radio media press"
)
# Every common noun that says what kind of body a name is ("the charity Harbour Aid", "campaign group
# Rede Mata Viva", "the journal Marine Letters").
BODY_KIND_NOUNS: frozenset[str] = INSTITUTION_WORDS | COMPANY_NOUNS | GENERIC_BODY_NOUNS | MEDIA_NOUNS
# Common nouns for groups and bodies that speak, beyond roles and institutions: "the crowd
# chanted", "the audience shouted", "the public believes", "the majority said".
SPEAKING_GROUP_NOUNS: frozenset[str] = word_set(
    """
    crowd crowds audience audiences public majority minority electorate congregation jury panel
    coalition caucus delegation faction bloc movement community communities country nation state
    couple couples pair duo trio
    states city town county village neighbourhood neighborhood household households kingdom republic
    army military navy force forces troops regime junta opposition leadership establishment brass
    industry sector market markets media press newspaper paper magazine outlet network channel
    station website site publication journal tabloid daily weekly newsletter
    chamber house senate congress legislature ministry embassy consulate mission secretariat
    church mosque synagogue diocese club league side squad camp couple duo trio pair
    user users netizen netizens mogul tycoon magnate billionaire millionaire operative operatives
    graduate graduates colleague colleagues ally allies rival rivals
    """
)
# A hearing that takes evidence, which holds what it heard as a court does: "The inquest heard that
# …", "the trial heard the pilot was tired" (the witness is unnamed).
HEARING_NOUNS: frozenset[str] = word_set("inquest inquests hearing hearings trial trials")
# How words for nationalities and peoples end (American, Chinese, British, Israeli), to tell them
# from a surname the entity tagger mistook for one.
NATIONALITY_ENDINGS: tuple[str, ...] = ("an", "ese", "ish", "i")
# Words for one person of a nation or a region, which news uses to refer back to someone named
# before ("the Kenyan said …", "the Irishman conceded …"); not "British", "Chinese" or "Swiss",
# which name a nation as often as a person.
# Words before a nationality that name part of a country or a country of two words ("the Northern
# Irishman", "the South African", "the New Zealander").
NATIONALITY_QUALIFIERS: frozenset[str] = word_set(
    "northern southern eastern western north south east west new"
)
NATIONALITY_NOUNS: frozenset[str] = word_set(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian austrian
    azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian botswanan brazilian briton
    bulgarian burkinabe burundian cambodian cameroonian canadian chadian chilean colombian croatian
    cuban cypriot czech dane dominican ecuadorian egyptian emirati englishman englishwoman eritrean
    estonian ethiopian fijian filipino filipina finn frenchman frenchwoman gambian georgian german
    ghanaian greek guatemalan guinean haitian honduran hungarian icelander indian indonesian
    iranian iraqi irishman irishwoman israeli italian ivorian jamaican jordanian kazakh kenyan kiwi
    korean kosovan kuwaiti kyrgyz laotian latvian liberian libyan lithuanian luxembourger
    macedonian malagasy malawian malaysian malian mauritanian mexican moldovan mongolian
    montenegrin moroccan mozambican namibian nepali nicaraguan nigerian nigerien norwegian omani
    pakistani palestinian panamanian paraguayan peruvian pole qatari romanian russian rwandan
    salvadoran saudi scot scotsman scotswoman serb serbian singaporean slovak slovenian somali
    spaniard swede syrian tajik tanzanian thai tunisian turk ugandan ukrainian uruguayan uzbek
    venezuelan welshman welshwoman yemeni zambian zimbabwean dutchman dutchwoman texan californian
    african zealander sudanese
    """
)
# Pronouns that can be the subject of a speech verb and name someone.
SPEAKING_PRONOUNS: frozenset[str] = word_set("he she they i we")
# Their possessive forms: the owner of "his willingness to savage …" does the savaging.
SPEAKING_POSSESSIVES: frozenset[str] = word_set("his her their my our")
# Parts of the body: never a speaker ("his eyes said …"), and never what a verb of speech reports
# as its object ("jabbed her finger", "shook his head", "raised her hand").
BODY_PART_NOUNS: frozenset[str] = word_set(
    """
    eye eyes face hand hands arm arms leg legs foot feet head mouth lip lips tongue finger fingers
    hair skin body heart fist fists shoulder shoulders eyebrow eyebrows cheeks cheek
    """
)
# What a speaker's look or sound is told by, after the frame: "…,” Roe said, her voice breaking".
BEARING_NOUNS: frozenset[str] = BODY_PART_NOUNS | word_set("voice")
# Prepositions inside a body's name, after its head word: "Ministry of Health", "Department for
# Transport", "Select Committee on Port Charges".
BODY_NAME_PREPOSITIONS: frozenset[str] = word_set("of for on")
# The preposition in lower case of a body named by its members and their cause ("Neighbours for
# Quiet Roads", "Parents for Safe Crossings").
CAUSE_PREPOSITIONS: frozenset[str] = word_set("for")
# Nouns for things that never speak: body parts, objects, measures and abstractions, so that "his
# eyes", "the box" or "the timeline" is never given as a speaker (but a body may be an organisation:
# "the sport's governing body said").
NOT_SPEAKER_NOUNS: frozenset[str] = BODY_PART_NOUNS - {"body"} | word_set(
    """
    box bag hat cap shirt t-shirt jacket car truck bus train table chair desk door wall window floor
    roof building room house home street road bridge bottle cup glass phone screen
    timeline clause willingness preference instinct notion idea thing things way fact matter
    issue problem part portion share number percent percentage amount sum figure figures
    total rate price cost level time day week month year decade moment period date chance
    money dollar dollars cent cents point points step steps list lot bit kind sort type
    """
)
# Words that make a "figure" a person, before it ("senior figures in the party", "a leading figure",
# "industry figures fear …"): else a figure is a number ("the figures show …").
PERSON_FIGURE_WORDS: frozenset[str] = word_set(
    """
    senior leading prominent key public political influential top veteran controversial respected
    notable powerful high-profile opposition establishment party industry business community
    religious military cultural
    """
)
# Words for how many, which speak for the people they count: "a number of farmers said …", "a
# handful of residents", "a wide range of experts" (alone, "the number" is no one).
QUANTITY_NOUNS: frozenset[str] = word_set(
    "number handful lot lots couple host array range slew dozen dozens score scores share proportion fraction"
)
# Entity types that never name a speaker: sums, shares, counts, dates and times.
NOT_SPEAKER_ENTITIES: frozenset[str] = frozenset(
    {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "DATE", "TIME"}
)
# Words for a share after a number: "52 percent said …", "52 % said …", "52 per cent said …" (the
# last word of the two: "cent", after "per").
SHARE_WORDS: frozenset[str] = frozenset({"percent", "%", "pct", "cent"})
# Fractions, a share of people with a number before them: "two-thirds said", "three-quarters back it".
FRACTION_WORDS: frozenset[str] = word_set(
    "halves thirds quarters fifths sixths sevenths eighths ninths tenths"
)
# Words for a share of people that need no number, which the parse may take for an adverb of the
# verb after them ("Fewer than half think …", "Less than a third agreed …").
LONE_SHARE_WORDS: frozenset[str] = word_set("half third quarter fifth tenth majority minority")


def name_after_office(words: Sequence[str]) -> int | None:
    """Where a holder's name starts in the capitalised words after an office's "for" or "of", when
    no given name says so: after the last word of the office's field or body ("Water Zubair Kamal",
    "the Tarn Assembly Jo Roe", "Selectors Ravi Pillai"), two or three words of a name, none of them
    such a word itself."""
    office = PORTFOLIO_WORDS | TITLE_WORDS | INSTITUTION_WORDS
    for n in (3, 2):
        k = len(words) - n
        if k < 1 or any(w.lower() in office for w in words[k:]) or any(map(_field_plural, words[k:-1])):
            continue  # (a surname may end in "s": "… Jo Roberts")
        if words[k - 1].lower() in office or _field_plural(words[k - 1]):
            return k
    return None


def _field_plural(word: str) -> bool:
    """A plural that ends an office's field ("Director of Public Prosecutions", "Chairman of
    Selectors"), no given name ("Charles", "Agnes")."""
    low = word.lower()
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return len(low) > 4 and plural and not given_name(word)
