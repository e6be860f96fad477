"""Names of countries, as news writes them: a country that "said" something speaks through its
government, an organisation, never a person ("China said …", "Papua New Guinea said …")."""

from __future__ import annotations

# One name a line, lower-cased; short forms and common variants included ("the US", "Britain").
COUNTRY_NAMES: frozenset[str] = frozenset(
    line.strip().lower()
    for line in """
    afghanistan
    albania
    algeria
    andorra
    angola
    antigua and barbuda
    argentina
    armenia
    australia
    austria
    azerbaijan
    bahamas
    bahrain
    bangladesh
    barbados
    belarus
    belgium
    belize
    benin
    bhutan
    bolivia
    bosnia
    bosnia and herzegovina
    botswana
    brazil
    britain
    great britain
    brunei
    bulgaria
    burkina faso
    burundi
    cambodia
    cameroon
    canada
    cape verde
    central african republic
    chad
    chile
    china
    colombia
    comoros
    congo
    costa rica
    croatia
    cuba
    cyprus
    czech republic
    czechia
    denmark
    djibouti
    dominica
    dominican republic
    east timor
    timor-leste
    ecuador
    egypt
    el salvador
    equatorial guinea
    eritrea
    estonia
    eswatini
    ethiopia
    fiji
    finland
    france
    gabon
    gambia
    georgia
    germany
    ghana
    greece
    grenada
    guatemala
    guinea
    guinea-bissau
    guyana
    haiti
    honduras
    hungary
    iceland
    india
    indonesia
    iran
    iraq
    ireland
    israel
    italy
    ivory coast
    jamaica
    japan
    jordan
    kazakhstan
    kenya
    kiribati
    kosovo
    kuwait
    kyrgyzstan
    laos
    latvia
    lebanon
    lesotho
    liberia
    libya
    liechtenstein
    lithuania
    luxembourg
    madagascar
    malawi
    malaysia
    maldives
    mali
    malta
    marshall islands
    mauritania
    mauritius
    mexico
    micronesia
    moldova
    monaco
    mongolia
    montenegro
    morocco
    mozambique
    myanmar
    burma
    namibia
    nauru
    nepal
    netherlands
    new zealand
    nicaragua
    niger
    nigeria
    north korea
    north macedonia
    norway
    oman
    pakistan
    palau
    palestine
    panama
    papua new guinea
    paraguay
    peru
    philippines
    poland
    portugal
    qatar
    romania
    russia
    rwanda
    saint lucia
    samoa
    san marino
    saudi arabia
    senegal
    serbia
    seychelles
    sierra leone
    singapore
    slovakia
    slovenia
    solomon islands
    somalia
    south africa
    south korea
    south sudan
    spain
    sri lanka
    sudan
    suriname
    sweden
    switzerland
    syria
    taiwan
    tajikistan
    tanzania
    thailand
    togo
    tonga
    trinidad and tobago
    tunisia
    turkey
    turkmenistan
    tuvalu
    uganda
    ukraine
    united arab emirates
    united kingdom
    united states
    united states of america
    uruguay
    uzbekistan
    vanuatu
    vatican
    venezuela
    vietnam
    yemen
    zambia
    zimbabwe
    """.splitlines()
    if line.strip()
)

# Capitals and seats of power that news writes for a government ("Beijing said", "Whitehall
# insists", "the Kremlin denied"): a body, never a person's name. One a line, lower-cased. Capitals
# that are also common given names (Victoria, Sofia, Paris, Kingston …) are left out: a person
# named so is more often meant.
GOVERNMENT_SEATS: frozenset[str] = frozenset(
    line.strip()
    for line in """
    abuja
    accra
    addis ababa
    algiers
    amman
    amsterdam
    ankara
    astana
    athens
    baghdad
    baku
    bamako
    bangkok
    beijing
    beirut
    belgrade
    berlin
    bern
    bogota
    bogotá
    brasilia
    brasília
    bratislava
    brussels
    bucharest
    budapest
    buenos aires
    cairo
    canberra
    caracas
    copenhagen
    dakar
    damascus
    dhaka
    doha
    dublin
    hanoi
    harare
    havana
    helsinki
    islamabad
    jakarta
    kabul
    kampala
    kathmandu
    khartoum
    kigali
    kinshasa
    kyiv
    kiev
    lisbon
    ljubljana
    london
    luanda
    madrid
    managua
    manila
    minsk
    mogadishu
    moscow
    muscat
    nairobi
    new delhi
    nicosia
    oslo
    ottawa
    prague
    pretoria
    pyongyang
    quito
    rabat
    riyadh
    rome
    seoul
    stockholm
    taipei
    tallinn
    tashkent
    tbilisi
    tehran
    tokyo
    tripoli
    tunis
    ulaanbaatar
    vienna
    vilnius
    warsaw
    washington
    wellington
    yerevan
    zagreb
    whitehall
    westminster
    downing street
    kremlin
    the kremlin
    white house
    the white house
    pentagon
    the pentagon
    elysee
    elysée
    the elysee
    the elysée
    holyrood
    stormont
    capitol hill
    foggy bottom
    zhongnanhai
    """.splitlines()
    if line.strip()
)
