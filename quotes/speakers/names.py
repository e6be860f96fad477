"""Find people's names in text that is not parsed: titled, in apposition, or a capitalised run.

Only the paragraphs around quotations are parsed. People are often introduced earlier, with their
full name and title, in a paragraph without quotations; these scans find them there, cheaply, so
that "Roe", "Jane" and "the prime minister" still find "Jane Roe" later:

- ``titled_names``: "Prime Minister Jane Roe", "Acme CEO John Doe";
- ``appositive_names``: "Jane Roe, 47,", "Jane Roe, the city's spokeswoman,", and the other order,
  "the mayor, Jane Roe," / "a spokesman for the port, John Doe,";
- ``capitalised_names``: any run of two to four capitalised words that can be a person's name
  ("Jane Roe said"), not an institution or a place ("Harbour Street", "Flood Agency").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quotes.lexicons.first_names import given_name
from quotes.lexicons.grammar import (
    AUXILIARIES,
    CONNECTIVES,
    FIRST_PERSON,
    LOWER,
    NAME_HYPHENS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    RELATIVE_PRONOUNS,
    UPPER,
    name_word,
)
from quotes.lexicons.people import (
    AFFILIATION_WORDS,
    BODY_KIND_NOUNS,
    BODY_NAME_ENDS,
    BUSINESS_NAME_WORDS,
    CLUB_NAME_WORDS,
    COMPANY_NOUNS,
    EMPLOYER_PREPOSITIONS,
    INSTITUTION_WORDS,
    KIND_BEFORE_NAME_WORDS,
    NAME_ABBREVIATIONS,
    NOT_PERSON_NAME_ENDS,
    NOT_PERSON_NAME_STARTS,
    PARTY_NAME_ENDS,
    PENDING_OFFICE_ENDINGS,
    PERSON_SUFFIXES,
    PLACE_NAMED_KINDS,
    POST_NOMINALS,
    ROLE_NOUNS,
    TITLE_WORDS,
    name_after_office,
)
from quotes.lexicons.places import COUNTRY_NAMES
from quotes.lexicons.speech import OBJECT_CONTENT_VERBS, SPEECH_VERBS
from quotes.marks.styles import ALL_MARKS
from quotes.nlp.mentions import person_noun_word, speech_verb_form, thing_compound

# Capitalised words, joined by single spaces, with the particles of names.
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"
# one particle or two before the capitalised rest of a name: "van Berg", "van der Berg", "de la Rosa"
_PARTICLES = rf"{_PARTICLE}(?:[ \u00a0]{_PARTICLE})?"
_INSTITUTION_OR_BUSINESS = INSTITUTION_WORDS | BUSINESS_NAME_WORDS
_BODY_NAME_ENDS = INSTITUTION_WORDS | BUSINESS_NAME_WORDS | CLUB_NAME_WORDS | PARTY_NAME_ENDS
# A full stop belongs to an initial or a short abbreviation ("J.", "H.W.", "Jr.", "St.":
# NAME_ABBREVIATIONS), never to another word, where it ends the sentence: "… Marek. Marek
# exaggerates" is no name "Marek. Marek", "… in May. Ministry staff" no body "May. Ministry".
# A word may open with an elided particle: "Pierre d'Estournel".
_CAP = (
    rf"(?:{UPPER}\.(?:{UPPER}\.)*|(?:{'|'.join(NAME_ABBREVIATIONS)})\.|{UPPER}[\w'’-]*|[dl]['’]{UPPER}[\w'’-]*)"
)
_SEQUENCE = re.compile(rf"{_CAP}(?:[ \u00a0](?:{_CAP}|{_PARTICLES}(?=[ \u00a0]{UPPER})))+")


# "Ministry of Inland Waterways", "University of the North", "Department of Trade and Ports".
_INSTITUTION_OF = re.compile(
    rf"(?P<name>(?:{UPPER}[\w’'-]* )*(?P<head>{UPPER}{LOWER}+) (?:of|for) (?:the )?{UPPER}[\w’'-]*"
    rf"(?: (?:and |for |of )?{UPPER}[\w’'-]*)*"
    # a list of fields: "Department for Environment, Food and Rural Affairs"
    rf"(?:(?:, {UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*)*)*,? and {UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*)*)?)"
)


@dataclass(frozen=True, slots=True)
class TitledName:
    """A name found with its title: the name's words, the title's words, where it starts."""

    name: tuple[str, ...]
    title: tuple[str, ...]
    start: int
    employer: str | None = None  # the head noun of the body the role is held at ("company", "agency")
    letters: tuple[str, ...] = ()  # the letters after the name, a role later: "Jo Roe MP" is "the MP"


def _describes(words: Sequence[str]) -> bool:
    """The first of a name's words describes the person, two name words or more after it: a party
    ("Republican Jo Roe"), an origin ("Korean-born Jo Roe") or a role ("Donor Jo Roe")."""
    if len(words) < 3:
        return False
    first, origin = words[0].lower(), ("-born", "-based")
    if len(words) >= 4 and words[1].lower().endswith(origin):
        return True  # "South Korean-born Jo Roe"
    return first in AFFILIATION_WORDS or first.endswith(origin) or first in ROLE_NOUNS


def _is_title(word: str) -> bool:
    low = _office(word.lower().rstrip("."))
    plural = len(low) > 4 and low.endswith("s") and low[:-1] in TITLE_WORDS  # "Senators Jo Roe and …"
    return word.lower() in TITLE_WORDS or low in TITLE_WORDS or plural


def _office(low: str) -> str:
    """A lower-case title word without an ending for an office not yet taken ("minister-elect")."""
    for ending in PENDING_OFFICE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending):
            return low.removesuffix(ending)
    return low


def name_end(words: Sequence[str]) -> int:
    """Where a name's words end, before the letters after it ("Jo Roe MP" → 2): an office or an
    honour, no part of the name. Two words of name stay."""
    end = len(words)
    while end > 2 and words[end - 1].rstrip(".,;:") in POST_NOMINALS:
        end -= 1
    return end


def title_length(words: Sequence[str]) -> int:
    """How many words at the start of a capitalised run are a title, not the name.

    The title ends at its last title word or noun for a person, and two words of name stay after
    it: "Fire Chief Jo Roe" → 2, "Prosecutor Jo Roe" → 1, "Forecaster Jo Roe" → 1, "Jo Baker" → 0;
    a given name is no title ("Peter Paul Rubens" → 0).
    """
    end = 0
    for k, word in enumerate(words[: max(len(words) - 2, 0)]):
        low = _office(word.lower().rstrip("."))
        if words[k + 1] in NAME_PARTICLES:
            break  # "Pieter van der Berg": the word before a name's particle is a given name
        if words[k + 1] in NAME_HYPHENS:
            break  # "Bo Okafor - Rask" as tokens: a double-barrelled surname, not "Prosecutor"
        # a word made a person's by its ending is a title only before a given name: "Forecaster Jo
        # Roe", not "Jaswinder Singh Dhillon"
        suffixed = person_noun_word(low) and not given_name(word) and given_name(words[k + 1])
        suffixed = suffixed and words[k + 1].lower() not in NAME_PARTICLES  # ("Pieter Van Dael")
        if low in TITLE_WORDS or low in ROLE_NOUNS or suffixed:
            end = k + 1
        elif not word[:1].isupper():
            break
    return end


def titled_names(
    text: str, start: int = 0, end: int | None = None, surnames: bool = False
) -> Iterator[TitledName]:
    """Every "Title Words First Last" in ``text[start:end]``; with ``surnames``, every "Title
    Last" instead ("Councillor Roe"), a name only where a person of that surname is known."""
    segment = text[start:end]
    for m in _SEQUENCE.finditer(segment):
        words = m.group(0).replace("\u00a0", " ").split(" ")
        words = [w.rstrip(",;:") for w in words]
        titles = [k for k, w in enumerate(words) if _is_title(w)]
        office = _OFFICE_FOR.search(segment, max(0, m.start() - 30), m.start())
        office = office if office is not None and _is_title(office.group(1)) and not surnames else None
        held = _holder_start(words) if office is not None else None
        if held is not None and not any(k >= held for k in titles):
            # "Minister for Emergency Services Jo Roe": the emergency services minister, the minister
            name = tuple(words[held:])
            field = tuple(w.lower() for w in words[:held])
            at = start + m.start() + len(" ".join(words[:held])) + 1
            yield TitledName(name, (*field, office.group(1).lower()), at)
            continue
        if not titles:
            continue
        # "State Coroner Jo Roe": a role noun after the last title word is the title's too
        last = max(titles[-1], title_length(words) - 1)
        first = last
        # "Fire Chief Jo Roe", "Acme CEO Jo Roe": the capitalised words before the title word too
        # (every tail of a title is a role: "fire chief" and "chief")
        while first > 0 and (_is_title(words[first - 1]) or words[first - 1].lower() not in NOT_NAME_WORDS):
            first -= 1
        name = tuple(w.removesuffix("'s").removesuffix("’s") for w in words[last + 1 :])
        letters = tuple(w for w in name[name_end(name) :] if w in POST_NOMINALS)
        name = name[: name_end(name)]  # "Councillor Jo Roe MSP"
        lengths = (1, 1) if surnames else (2, 4)
        if not lengths[0] <= len(name) <= lengths[1] or any(w.lower() in NOT_NAME_WORDS for w in name):
            continue
        if not all(name_word(w) for w in name) or " ".join((words[last], *name)).lower() in COUNTRY_NAMES:
            continue  # (not "Sri Lanka")
        if not surnames and name[-1].lower() in _BODY_NAME_ENDS:
            continue  # a body after a field: "the Health Workers Union" is no "Health" named Workers Union
        title = tuple(w.lower().rstrip(".") for w in words[first : last + 1])
        if office is not None and first == 0:
            # "Minister for Regional Health Jo Roe": the regional health minister, the minister
            title = (*title, office.group(1).lower())
        at = start + m.start() + len(" ".join(words[: last + 1])) + 1
        yield TitledName(name, title, at, letters=letters)


# An office and "for" or "of" right before a run of capitals that names its field ("Minister for ").
_OFFICE_FOR = re.compile(rf"\b({UPPER}[\w-]*) (?:for|of) (?:the )?$")
_NAME = rf"{_CAP}(?:[ \u00a0](?:{_CAP}|{_PARTICLES}(?=[ \u00a0]{UPPER}))){{1,3}}"
# Role words: lower-case, possessives allowed ("the county's water commissioner"), the first maybe
# an age ("a 70-year-old nurse"); or an office's initials ("the CFO", "its new CEO").
_ROLE = (
    r"(?P<role>(?:[a-z]|\d{1,3}-)[\w-]*(?:['’]s)?(?: [a-z][\w-]*(?:['’]s)?){0,4}?"
    r"|(?:[a-z][\w-]* ){0,2}[A-Z]{2,4})"
)
_OWNER = rf"(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|{UPPER}[\w-]*['’]s)"
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}), (?:(?P<age>\d{{1,3}})(?=,)"
    rf"|(?P<owner>{_OWNER} )?{_ROLE}"
    # (a role with no article is one only before the body it serves: "Jo Roe, head of the trust,")
    rf"(?(owner)(?= (?:for|of|at|in|with|from|who|to|on)\b|,|[.;](?:\s|$))|(?= (?:for|of|at|with)\b)))"
)
# The other order: "the mayor, Jane Roe," / "A spokesman for the port, John Doe, said".
# (a role may be written as a title: "The Speaker, Jane Roe,", "The Chief Whip, Jo Roe,")
_ROLE_FIRST = re.compile(
    rf"\b(?P<owner>{_OWNER}) (?:{_ROLE}|(?P<titled>(?:[a-z]+ )?{UPPER}[a-z]+(?: {UPPER}[a-z]+){{0,2}}))"
    rf"(?: (?:for|of|at|with|from|to|on|[a-z]+ing) [^,.;:“”\"]{{1,60}}?)?, "
    rf"(?P<name>{_NAME})(?=,|\.|\s+(?:said|says|told|tells|added|adds))"
)


# A role noun in lower case right before a name, with a capitalised word before it that names where
# it is held: "Ravens coach Mark Dellow", "local angler Tomas Ryan" (the role only).
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:\b(?P<body>{UPPER}[\w-]*) )?\b(?P<role>[a-z][a-z-]+) (?P<name>{_NAME})(?![\w'’-])"
)

_NOT_IN_BARE_ROLES = RELATIVE_PRONOUNS | AUXILIARIES | CONNECTIVES


def _person_word(word: str) -> bool:
    word = word.lower()
    if word in ROLE_NOUNS or word.rstrip("s") in ROLE_NOUNS:
        return True
    return len(word) > 4 and word.endswith(PERSON_SUFFIXES) and not thing_compound(word)


def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role, without the owners before the office ("county's water commissioner")."""
    words = role.replace("’", "'").split()
    while words and words[0].endswith("'s"):
        words = words[1:]
    return tuple(w.lower() if w.isupper() else w for w in words)  # "the CFO" is "the cfo" as a role


_BODY_AFTER_ROLE = re.compile(
    rf" (?:of|for|at) (?:the )?((?:{UPPER}[\w’'-]*(?: (?:of|for|and) | ))*{UPPER}[\w’'-]*)"
)
# A body named by common nouns after a role: " of the planning committee" (its last word, before a
# comma or the end of the sentence).
_COMMON_BODY_AFTER_ROLE = re.compile(r" (?:of|for|at) the (?:[a-z][\w-]* ){0,3}([a-z][\w-]*)(?=[,.;]|$)")


def _role_employer(role: str, text: str, end: int) -> str | None:
    """The head noun of the body a role in apposition is held at: its owner ("the company's chief
    executive": company) or a capitalised body after it ("chief executive of the Flood Agency":
    agency)."""
    owners = [w for w in role.replace("’", "'").split() if w.endswith("'s")]
    if owners:
        return owners[-1].removesuffix("'s").lower()
    m = _BODY_AFTER_ROLE.match(text, end)
    if m:
        return institution_head(m.group(1))
    m = _COMMON_BODY_AFTER_ROLE.match(text, end)  # "chairman of the planning committee": committee
    return m.group(1).lower() if m and m.group(1).lower() in INSTITUTION_WORDS else None


def _office_country(words: tuple[str, ...]) -> bool:
    """A word before a title and a name of two words at least, no given name: the country or body
    whose office it is ("Belvarran President Jo Roe", "Kenyan Health Minister Jo Roe")."""
    return len(words) > 3 and _is_title(words[1]) and not given_name(words[0])


def appositive_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """Every "Jane Roe, 47,", "Jane Roe, a spokeswoman for the port," and "the mayor, Jane Roe," in
    ``text[start:end]``."""
    stop = len(text) if end is None else end
    for m in _APPOSITION.finditer(text, start, stop):
        words = tuple(m.group("name").replace("\u00a0", " ").split(" "))
        if _is_title(words[0]):
            continue  # "Governor Jane Roe" is found by titled_names
        at = m.start()
        # "Added Jane Roe, the mayor, …", "But Jane Roe, 47, …", "As Teddo, a pilot, …": a verb or a
        # connective opens the sentence
        while (len(words) > 2 and speech_verb_form(words[0])) or (
            len(words) > 1 and words[0].lower() in NOT_PERSON_NAME_STARTS
        ):
            at += len(words[0]) + 1
            words = words[1:]
        for _ in range(title_length(words)):  # "Actor Jane Roe, 47,": a description, not the name
            at += len(words[0]) + 1
            words = words[1:]
        if m.group("age"):
            yield TitledName(words, (f"{m.group('age')}-year-old",), at)
        elif m.group("role") and _person_word(m.group("role").split()[-1]):
            if not m.group("owner") and any(w in _NOT_IN_BARE_ROLES for w in m.group("role").split()):
                continue  # "Jo Roe, who is head of …": a clause, not a role
            if _firm_described(words, m.group("role")):
                continue  # "Pennine Trams, the rail operator,": a firm's name (``described_bodies``)
            employer = _role_employer(m.group("role"), text, m.end())
            yield TitledName(words, _role_words(m.group("role")), at, employer)
    for m in _ROLE_FIRST.finditer(text, start, stop):
        words = tuple(m.group("name").replace("\u00a0", " ").split(" "))
        titled = m.group("titled")
        role = _role_words(m.group("role") or titled.lower())
        if titled and not all(w in TITLE_WORDS or _person_word(w) for w in role):
            continue  # "The Harbour Trust, Jane Roe" is no role ("The Chief Whip, Jo Roe," is)
        if not (role and (titled or _person_word(role[-1]))) or _firm_described(words, " ".join(role)):
            continue  # (not "the operator, Pennine Trams,": a firm)
        at = m.start("name")
        while len(words) > 2 and (_is_title(words[0]) or _office_country(words)):
            if _is_title(words[0]):  # "the leader, Councillor Jo Roe,": a title
                role = (*role, words[0].lower().rstrip("."))
            at += len(words[0]) + 1  # (and "the host, Belvarran President Jo Roe,": whose office)
            words = words[1:]
        if _person_name(words):
            # held at the owner's body: "Ghana's farm minister, Kofi Roe," is Ghana's, not Peru's
            owner = m.group("owner").replace("’", "'")
            employer = owner.removesuffix("'s").lower() if owner.endswith("'s") else None
            yield TitledName(words, role, at, employer)
    for m in _ROLE_BEFORE_NAME.finditer(text, start, stop):
        # "Ravens coach Mark Dellow said", "union leader Sipho Ndlovu": a role written before the name
        # with no title word (which ``titled_names`` finds), learned here where no tagger read it
        role, body = m.group("role"), m.group("body")
        words = tuple(m.group("name").replace("\u00a0", " ").split(" "))
        if role not in ROLE_NOUNS or not _person_name(words):
            continue  # (a listed role only: "whether Judicial Watch", "after Report Reveals …" are none)
        if any(_is_title(w) or w.endswith(("'s", "’s")) for w in words):
            continue  # "candidate Sen. Jo Roe" (titled, found by ``titled_names``), "Jo Roe's …"
        where = body is not None and body.lower() not in NOT_PERSON_NAME_STARTS  # (not "His friend …")
        yield TitledName(words, (body.lower(), role) if where else (role,), m.start("name"))


def _firm_described(words: Sequence[str], role: str) -> bool:
    """A name of two words or more, no given name first, described by a word for a firm that may
    be a person's too ("Pennine Trams, the rail operator,", "the developer, Harrow Vale Homes,")."""
    kind = role.split()[-1].lower() if role.split() else ""
    return len(words) >= 2 and kind in COMPANY_NOUNS and not given_name(words[0])


def _person_name(words: tuple[str, ...]) -> bool:
    """Two to four capitalised words that can name a person (not "Flood Agency", not "Halden
    Capital", not "The Mayor")."""
    if not 2 <= len(words) <= 4 or " ".join(words).lower() in COUNTRY_NAMES:
        return False  # (not "Papua New Guinea")
    first, last = words[0].lower(), words[-1].lower().rstrip(".,")
    body = last in NOT_PERSON_NAME_ENDS or last in BUSINESS_NAME_WORDS
    # (a last word that is a title's is a surname after a given name: "Stephen King", "Jo Bishop")
    if first in NOT_PERSON_NAME_STARTS or body or (_is_title(words[-1]) and not given_name(words[0])):
        return False
    return all(name_word(w) for w in words) and not any(
        w.lower() in NOT_NAME_WORDS
        or w.lower() in AFFILIATION_WORDS
        or (w.isupper() and len(w) > 1)
        or _APOSTROPHE.split(w)[0].lower() in FIRST_PERSON  # "Farmers I've spoken to"
        for w in words
    )  # not "Harbour Democratic" (from "the Harbour Democratic caucus"): a party word is no name


_APOSTROPHE = re.compile(r"['’]")


def capitalised_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """Every run of capitalised words in ``text[start:end]`` that can be a person's full name.

    Titles before the name are left out ("Professor Jane Roe" gives "Jane Roe"). The run is a
    candidate only: it is used to complete a surname or a first name that the article uses later.
    """
    for m in _SEQUENCE.finditer(text, start, len(text) if end is None else end):
        after_the = _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
        words, at = m.group(0).replace("\u00a0", " ").split(" "), m.start()
        if _OFFICE_BEFORE.search(text, max(0, at - 40), at):
            k = _holder_start(words)
            if k is not None:
                at += sum(len(w) + 1 for w in words[:k])
                words = words[k:]
        for raw, offset in _headline_clauses(words, at):
            name = _name_in_run(raw, offset, after_the and offset == m.start())
            if name is not None:
                yield name


def _holder_start(words: Sequence[str]) -> int | None:
    """Where the holder's name starts in the capitalised words after an office's "of" or "for":
    "Chief Inspector of Schools Marjorie Pellworth" (at a given name), "… for Water Zubair Kamal"
    (after the field, ``name_after_office``); None when the first word is a given name itself."""
    if given_name(words[0]):
        return None
    k = next((k for k in range(1, len(words) - 1) if given_name(words[k])), None)
    return name_after_office(words) if k is None else k


# A capitalised office and "of" or "for" right before a run of capitals ("Chief Inspector of ",
# "Minister for ").
_OFFICE_BEFORE = re.compile(rf"\b{UPPER}[\w-]*(?: {UPPER}[\w-]*)* (?:of|for) (?:the )?$")


_SHARED_SURNAME = re.compile(
    rf"\b({UPPER}{LOWER}+)[ \u00a0](?:and|&)[ \u00a0]({UPPER}{LOWER}+)[ \u00a0]({_CAP})\b"
)


def shared_surname_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """The full name of the first of two people named with one surname ("Hester and Maud Penrose"
    gives "Hester Penrose"): two given names joined by "and" before a word that is none."""
    for m in _SHARED_SURNAME.finditer(text, start, len(text) if end is None else end):
        first, second, surname = m.group(1), m.group(2), m.group(3)
        if given_name(first) and given_name(second) and not given_name(surname):
            yield TitledName((first, surname), (), m.start(1))


_MARK = f"[{re.escape(''.join(sorted(ALL_MARKS)))}]"
# A name with a nickname in marks between its given name and surname: 'Ernesto "Boyet" Lacson'.
_NICKNAMED = re.compile(
    rf"((?:{_CAP} )*?{_CAP}) {_MARK}{UPPER}[\w'’.-]*(?: {UPPER}[\w'’.-]*)?{_MARK} "
    rf"({_CAP}(?: {_CAP})?)(?![\w'’-])"
)


def nicknamed_names(text: str, start: int = 0, end: int | None = None) -> Iterator[TitledName]:
    """The full name around a nickname in marks ('Gov. Ernesto "Boyet" Lacson' gives "Ernesto
    Lacson", titled "gov."), as ``quotes.marks.scan.nicknames`` finds them, its marks or not."""
    for m in _NICKNAMED.finditer(text, start, len(text) if end is None else end):
        words = m.group(1).split(" ")
        titles = title_length(words)
        while titles < len(words) - 1 and _is_title(words[titles]):
            titles += 1  # ("Gov. Ernesto": a title before a given name alone)
        given, title = words[titles:], tuple(w.lower() for w in words[:titles])
        if (given and given_name(given[-1])) or (title and given):
            at = m.start(1) + sum(len(w) + 1 for w in words[:titles])
            yield TitledName((*given, *m.group(2).split(" ")), title, at)


def _headline_clauses(raw: list[str], offset: int) -> Iterator[tuple[list[str], int]]:
    """A capitalised run cut at a speech verb inside it, as title-case headlines run a subject into
    its clause ("Ada Marsh Says Roe Is Wrong" holds "Ada Marsh" and "Roe Is Wrong", no "Ada Marsh
    Says Roe")."""
    k = next((k for k, w in enumerate(raw) if k > 0 and _headline_verb(w.rstrip(",;:"))), None)
    if k is None:
        yield raw, offset
        return
    yield raw[:k], offset
    yield from _headline_clauses(raw[k:], offset + sum(len(w) + 1 for w in raw[:k]))


def _headline_verb(word: str) -> bool:
    """A verb a title-case headline puts after its subject: a speech verb ("Says", "Warned") or, in
    the headline's present, one whose object is a stance ("Backs", "Endorses", "Slams"; not "May
    Not Have Backed", where the name ends well before the verb)."""
    if speech_verb_form(word):
        return True
    low = word.lower()
    stems = (low[:-1], low[:-2]) if low.endswith("s") else ()
    return any(len(stem) >= 3 and stem in OBJECT_CONTENT_VERBS for stem in stems)


def _speaking_participle(word: str) -> bool:
    """A speech verb in -ing opening a run ("Telling Jo Roe …" at a sentence start): no first name."""
    low = word.lower()
    return low.endswith("ing") and any(stem in SPEECH_VERBS for stem in (low[:-3], low[:-3] + "e"))


_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]$")


# A possessive's ending: "Roe's", "Hollins Systems’" (a plural's, the apostrophe alone).
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _unowned(word: str) -> str:
    """A word without its possessive ending ("Roe's" → "Roe", "Systems’" → "Systems")."""
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word.removesuffix("'s").removesuffix("’s")


def _name_in_run(raw: list[str], offset: int, after_the: bool = False) -> TitledName | None:
    """The person's name a run of capitalised words can be, without the titles before it; none
    right after an article ("the Harlow Rovers", "A Kelby Courier poll"): a person's name takes
    none, unless a title stands between ("the Rev. Jo Roe")."""
    owner = next((k for k, w in enumerate(raw) if w.rstrip(",;:").endswith(_POSSESSIVE_ENDS)), None)
    if owner is not None:  # a possessive ends the name: "Ada Marsh's Facebook post" names Ada Marsh
        named = raw[owner + 1].rstrip(",;:").lower() if owner + 1 < len(raw) else ""
        if named in _INSTITUTION_OR_BUSINESS:
            return None  # "Harlow Children's Hospital", "St Ann's School": an institution's name
        owned = raw[owner + 1 :]
        if len(owned) >= 2 and _unowned(raw[owner]).lower() in _INSTITUTION_OR_BUSINESS:
            # "Democracy Corps’ Stan Greenberg": a body's person, named after it
            return _name_in_run(owned, offset + sum(len(w) + 1 for w in raw[: owner + 1]))
        raw = raw[: owner + 1]
    words = [_unowned(w.rstrip(",;:")) for w in raw]
    titled = False
    while words and (
        _is_title(words[0]) or words[0].lower() in NOT_PERSON_NAME_STARTS or _headline_verb(words[0])
        or _speaking_participle(words[0]) or _describes(words) or words[0].lower() in KIND_BEFORE_NAME_WORDS
    ):
        after_the = after_the or words[0].lower() in {"the", "a", "an"}
        titled = titled or _is_title(words[0])
        offset += len(raw[0]) + 1
        words, raw = words[1:], raw[1:]
    for _ in range(title_length(words)):
        titled = True
        offset += len(raw[0]) + 1
        words, raw = words[1:], raw[1:]
    if after_the and not titled:
        return None
    name = tuple(words[: name_end(words)])  # "Jo Roe MP"
    letters = tuple(w for w in words[len(name) :] if w in POST_NOMINALS)
    return TitledName(name, (), offset, letters=letters) if _person_name(name) else None


# "Rail and Ferry Workers' Federation": capitalised words joined by "and" before an institution's word.
_INSTITUTION_AND = re.compile(
    rf"(?P<name>{UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*)* and {UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*)*)"
)


def institution_names(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int]]:
    """Every run of capitalised words in ``text[start:end]`` that names an institution: its last
    word is an institution's ("Coastal Flood Agency", "Hill Street Union"), with its offset."""
    stop = len(text) if end is None else end
    joined: list[tuple[int, int]] = []  # "the Rail and Ferry Workers' Federation": one name, not its tail
    for m in _INSTITUTION_AND.finditer(text, start, stop):
        words, at = m.group("name").split(" "), m.start("name")
        if words[0] == "The" and len(words) > 3:  # "The Port and Harbour Staff Union" opening a sentence
            at += len(words[0]) + 1
            words = words[1:]
        if words[-1].lower() in INSTITUTION_WORDS and words[0].lower() not in NOT_PERSON_NAME_STARTS:
            joined.append((m.start("name"), m.end("name")))
            yield " ".join(words), at
    for m in _SEQUENCE.finditer(text, start, stop):
        if any(s < m.start() and m.end() <= e for s, e in joined):
            continue
        words = [w.rstrip(",;:") for w in m.group(0).split()]
        if words:  # "the Harbour Board's plan": the board; not inside ("Sheriff's Office")
            words[-1] = _unowned(words[-1])
        while words and words[0].lower() in NOT_PERSON_NAME_STARTS:
            words = words[1:]
        if len(words) >= 2 and words[-1].lower() in _BODY_NAME_ENDS:
            yield " ".join(words), m.start()
        elif len(words) >= 2 and all(w.lower() in AFFILIATION_WORDS for w in words):
            yield " ".join(words), m.start()  # a party: "the Liberal Democrats", "the Social Democrats"
    for m in _INSTITUTION_OF.finditer(text, start, stop):
        if m.group("head").lower() in INSTITUTION_WORDS:
            name = m.group("name")
            fields = re.split(r", | and ", name)[1:]
            if any(given_name(f.split(" ")[0]) for f in fields):
                name = name.split(",")[0]  # "the Ministry of Health, Jo Roe and …": people after it
            words = name.split(" ")
            skip = 0
            while skip < len(words) - 1 and words[skip].lower() in NOT_PERSON_NAME_STARTS:
                skip += 1
            yield " ".join(words[skip:]), m.start("name") + sum(len(w) + 1 for w in words[:skip])


_LINK = r"(?:of|for|and|&|on)"
_BRACKETED = re.compile(
    rf"((?:{UPPER}[\w’'-]*)(?: (?:{UPPER}[\w’'-]*|{_LINK}(?= {UPPER}))){{1,8}}) \(([A-Za-z]{{2,8}})\)"
)


def bracketed_initials_names(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[str, str, int]]:
    """Every body's name in ``text[start:end]`` given with its initials in brackets ("the Federal
    Mining Administration (FMA)"), as (name, initials, offset), read from the text alone (a sentence
    with no speech in it is never parsed): initials of two capitals or more, that begin as the name
    does."""
    stop = len(text) if end is None else end
    for m in _BRACKETED.finditer(text, start, stop):
        words, at = m.group(1).split(" "), m.start(1)
        while len(words) > 1 and words[0].lower() in NOT_PERSON_NAME_STARTS:
            at += len(words[0]) + 1
            words = words[1:]
        initials = m.group(2)
        if len(words) >= 2 and sum(c.isupper() for c in initials) >= 2 and initials[0] == words[0][0]:
            yield " ".join(words), initials, at


_KIND_WORDS = sorted(BODY_KIND_NOUNS, key=lambda w: (-len(w), w))  # longest first, for the pattern
_DESCRIBED_BODY = re.compile(
    rf"\b[Tt]he (?P<kind>{'|'.join(map(re.escape, _KIND_WORDS))}) "
    rf"(?P<name>{UPPER}[\w’'-]*(?:\.[a-z]{{2,4}}\b)?(?: (?:{UPPER}[\w’'-]*|of|for|and)){{0,4}})"
    r"(?<!\bof)(?<!\bfor)(?<!\band)"
)


def described_bodies(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, str, int]]:
    """Every body named after the common noun that says what it is ("the journal Marine Letters",
    "the charity Harbour Aid", "the airline Skyvane") in ``text[start:end]``, as (name, kind,
    offset), read from the text alone; not a person's ("the group Jo Roe founded")."""
    stop = len(text) if end is None else end
    for m in _DESCRIBED_BODY.finditer(text, start, stop):
        name = m.group("name")
        clause = _LOWER_WORD_AFTER.match(text, m.end("name"))
        if clause and given_name(name.split()[0]):
            continue  # "the group Jo Roe founded": a person, subject of a relative clause
        yield name, m.group("kind").lower(), m.start("name")
    for m in _SET_OFF_BODY.finditer(text, start, stop):  # "a civil society group, the Fair Vote Network,"
        name = m.group("name")
        held = _held_office_before(text, m.start()) or _held_office_before(text, m.start("kind"))
        if held and name.split()[-1].lower() not in _BODY_LAST_WORDS:
            # "the chairwoman of the audit committee, Lena Farrow,", "the superintendent of police,
            # Ivo Ng,": the name of the office's holder, not the body's
            continue
        if not given_name(name.split()[0]):  # (not "a campaign group, Jo Roe said")
            yield name, m.group("kind").lower(), m.start("name")
    for m in _FIRM_BEFORE_KIND.finditer(text, start, stop):  # "Pennine Trams, the region's operator,"
        name = m.group("name")
        before = text[max(start, m.start() - 30) : m.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0][-1:].isalpha():
            continue  # the end of a longer name ("… San Marco Trams, …")
        if len(name.split()) >= 2 and not given_name(name.split()[0]) and not _person_name_end(name):
            yield name, m.group("kind").lower(), m.start("name")
    for m in _PLACE_KIND_BODY.finditer(text, start, stop):
        if not given_name(m.group("name").split()[0]):  # (not "the Jo Roe school board")
            yield m.group("name"), m.group("kind"), m.start("name")


def _person_name_end(name: str) -> bool:
    """Whether a name ends in a title or letters after a person's name ("Jo Roe MP")."""
    return name.split()[-1].rstrip(".") in POST_NOMINALS


def _held_office_before(text: str, at: int) -> bool:
    """Whether a role noun and a preposition of employment stand right before ``at`` ("the
    chairwoman of |the audit committee", "a spokesman for |the charity"): a name set off after
    the body's noun then names the role's holder, not the body."""
    before = _ROLE_AND_PREPOSITION_BEFORE.search(text, max(0, at - 60), at)
    return before is not None and _person_word(before.group("role"))


_BODY_LAST_WORDS = BODY_NAME_ENDS | BUSINESS_NAME_WORDS | INSTITUTION_WORDS  # ("… Harbour Trust,": a body's)
_ROLE_AND_PREPOSITION_BEFORE = re.compile(
    rf"(?P<role>[\w-]+) (?:{'|'.join(sorted(EMPLOYER_PREPOSITIONS))}) $"
)
# A body named in apposition after a common noun that says what it is: "a civil society group, the
# Fair Vote Monitoring Network,", "the drinks firm, Tavrin,".
_SET_OFF_BODY = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he) (?:[a-z][\w-]* ){{0,3}}(?P<kind>{'|'.join(map(re.escape, _KIND_WORDS))}), "
    rf"(?:the )?"
    rf"(?P<name>{UPPER}[\w’'-]*(?: (?:{UPPER}[\w’'-]*|of|for|and)){{0,5}})(?<!\bof)(?<!\bfor)(?<!\band)"
    r"(?=,| \()"
)
# A firm's name set off before the noun that says what it is: "Pennine Trams, the region's main
# operator,", "Dovecote Homes, a developer based in …" (two words at least: "Marsh, the
# developer," may be a surname).
_FIRM_WORDS = sorted(COMPANY_NOUNS, key=lambda w: (-len(w), w))
_FIRM_BEFORE_KIND = re.compile(
    rf"(?<![\w’'-])(?P<name>{UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*){{1,3}}), (?:[Tt]he|[Aa]n?) "
    rf"(?:[\w’'-]+ ){{0,3}}?(?P<kind>{'|'.join(map(re.escape, _FIRM_WORDS))})"
    r"(?=[,.;]| (?:that|which|based|behind)\b)"
)
# A body named by its place and its kind in lower case: "the Pine Hollow school district", "the
# Marlow county council" ("the district" later finds it).
_PLACE_KIND_BODY = re.compile(
    rf"\b[Tt]he (?P<name>{UPPER}[\w’'-]*(?: {UPPER}[\w’'-]*){{0,3}} (?:[a-z]+ )?"
    rf"(?P<kind>{'|'.join(sorted(PLACE_NAMED_KINDS))}))\b"
)
_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def institution_head(name: str) -> str:
    """The word that says what an institution is: "Ministry of Inland Waterways" → "ministry",
    "Department for Education" → "department"."""
    words = name.lower().split()
    if not words:
        return ""
    link = next((k for k in range(1, len(words)) if words[k] in {"of", "for"}), None)
    head = words[link - 1] if link is not None else words[-1]
    return head.strip("’'")
