"""Sentence-level attribution: find the cue that governs a quotation, and its speaker.

The ways a cue reaches a quotation, tried together and ranked:

- ``frame-after``: the words right after the closing mark are the cue clause ("“…,” X said", "“…,”
  said X, a spokeswoman"), whatever the parser made of the sentence. First for a quotation set
  off by a comma, question or exclamation mark: that is how a direct quotation is framed.
- ``frame-before``: the words right before the opening mark end in the cue ("X said: “…”",
  "X told reporters, “…”"); this also carries the second part of a split quotation.
- ``name-colon``: a name and a colon: "Jo Roe: “…”".
- ``syntax``: the quotation hangs in the parse, directly or through clauses, from a speech verb or
  a source phrase ("X said that Y had been “very successful”", "X called it “…”", "according to
  X"), or a parenthetical cue hangs from a clause above it ("…, he said, Congress can pass it with
  “a strong vote”"; "As X has pointed out, that is the “textbook definition”").
- ``colon-frame``: a clause whose subject is someone, ending in a colon ("She is sure of it: “…”").
- ``sentence-cue``: the one speech verb with a speaker in the quotation's sentence, before it.

A cue whose speaker is missing, generic ("you"), or inside a quotation does not count; nor does a
quotation that is itself the subject of the verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.attribute.cues import (
    Cue,
    cue_at,
    document_source,
    in_words_of,
    infinitive,
    negated,
    no_one_told,
    speech_noun_cue,
    speech_verb,
    verb_lemma,
    written_as_speech_verb,
)
from quotes.lexicons.grammar import (
    CLAUSE_LINKS,
    DASH_WORDS,
    GENERIC_SPEAKERS,
    NAME_PARTICLES,
    RELATIVE_PRONOUNS,
    SOMEONE_WORDS,
    UPPER_CHARS,
)
from quotes.lexicons.people import SPEAKING_POSSESSIVES
from quotes.lexicons.speech import (
    DOCUMENT_NOUNS,
    INTRANSITIVE_SPEECH_VERBS,
    OBJECT_NOT_CONTENT_VERBS,
    SOURCE_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_SPEECH_VERBS,
    WORD_BEARING_VERBS,
    WORDING_NOUNS,
)
from quotes.nlp.mentions import (
    SUBJECTS,
    body_noun,
    can_be_told,
    can_speak,
    common_noun,
    entity_of,
    is_person_noun,
    mention_for,
    of_people,
    one_of_them,
    proper_noun,
    speaking_noun,
    speaking_word,
)

_SENT_END = frozenset({".", "?", "!", "…"})
_PATH_STOP = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "appos"})


def _own_conjunct(verb: Token) -> bool:
    """A verb joined to another by ", and" with a subject of its own, named (not a pronoun, which
    may be the same speaker's): a second act, whose words are not the first verb's ("X warned …,
    and its chief, Y, accused them of “…”")."""
    if verb.dep_ not in {"conj", "ccomp"} or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc = verb.doc
    if verb.dep_ == "ccomp":  # the same, misparsed as the first verb's clause: ", and" before it
        at = verb.left_edge.i
        return at > 1 and subject.i < verb.i and doc[at - 1].lower_ == "and" and doc[at - 2].text == ","
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text == ","
_SET_OFF = frozenset(",?!—–…")
_SUBORDINATE = frozenset({"advcl", "acl", "relcl", "xcomp", "pcomp", "amod", "npadvmod"})
_MAX_DEPTH = 8
_REPORTED_CLAUSE = frozenset({"ccomp", "xcomp", "conj", "parataxis", "advcl"})  # a clause below another
_PUNCT_DEPTH = 4  # where a path from punctuation inside the marks starts: the words' own paths go first
_HANGING = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})
_MODIFIER_VERBS = frozenset({"amod", "compound", "acl", "relcl", "npadvmod", "nmod", "aux", "auxpass"})


@dataclass(slots=True)
class QuoteTokens:
    """A quotation located in the Doc: its words' tokens and its marks."""

    index: int
    start: int
    end: int
    paragraph: int
    last_paragraph: int
    tokens: list[Token]
    open_mark: Token | None
    close_mark: Token | None


@dataclass(slots=True)
class Found:
    """What the rules found for a quotation: the cue, the speaker's head token, the rule."""

    cue: Cue | None
    speaker: Token | None
    rule: str
    confidence: float


def locate(
    doc: Doc,
    index: int,
    parts: Sequence[tuple[int, int]],
    open_at: int | None,
    close_at: int | None,
    paragraph: int,
    last_paragraph: int,
) -> QuoteTokens:
    """Find a quotation's tokens in the Doc from its character offsets."""
    tokens: list[Token] = []
    for s, e in parts:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            tokens.extend(t for t in span if not t.is_space)
    open_mark = _token_at(doc, open_at) if open_at is not None else None
    close_mark = _token_at(doc, close_at) if close_at is not None else None
    return QuoteTokens(
        index, parts[0][0], parts[-1][1], paragraph, last_paragraph, tokens, open_mark, close_mark
    )


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


class SentenceRules:
    """The sentence-level rules over one Doc and its quotations."""

    def __init__(self, doc: Doc, quotes: Sequence[QuoteTokens]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.owner = [-1] * len(doc)  # which quotation each token belongs to (marks included)
        for q in quotes:
            for t in q.tokens:
                self.owner[t.i] = q.index
            for m in (q.open_mark, q.close_mark):
                if m is not None:
                    self.owner[m.i] = q.index
        self.flags = [o == -1 for o in self.owner]  # per token: in no quotation

    def outside(self, token: Token) -> bool:
        """True when ``token`` is in no quotation."""
        return self.owner[token.i] == -1

    def _valid(self, cue: Cue | None) -> bool:
        return cue is not None and valid_cue(cue, self.flags) and not _thing_quoting(cue)

    # -- syntax ------------------------------------------------------------------------------
    def by_syntax(self, q: QuoteTokens) -> tuple[float, Found] | None:
        """The nearest cue above the quotation in the parse (or a cue hanging from its words)."""
        own = {t.i for t in q.tokens}
        best: tuple[float, Cue] | None = None

        def offer(depth: float, cue: Cue | None) -> None:
            nonlocal best
            if cue is not None and _names_source(q, cue):
                return  # "according to the “Homes for All” document": a title, not the source's words
            if self._valid(cue) and (best is None or depth < best[0]):
                best = (depth, cue)  # type: ignore[assignment]

        for t in q.tokens:
            # Cues below the quotation's words: “…,” the minister added (parataxis).
            for child in t.children:
                marked = any(_links(m) for m in child.children)
                # Not "…,” while Y said", nor "owes it “…” to answer questions" (an infinitive
                # or a relative clause below the quoted words is part of what was said).
                # An "acl" with a subject of its own is a misparsed frame ("“…,” the Post reported").
                subject = any(
                    c.dep_ in SUBJECTS and c.lower_ not in RELATIVE_PRONOUNS for c in child.children
                )
                relative = child.dep_ == "relcl" or (child.dep_ == "acl" and not subject)
                marked = marked or relative or infinitive(child)
                if q.open_mark is not None and child.i == q.open_mark.i - 1:
                    offer(1.25, speech_noun_cue(child))  # "coined the term “…”", the words its head
                if child.dep_ == "relcl" and self.outside(child) and _reports_its_antecedent(child):
                    said = cue_at(child)  # "the “broken harbour” that he says is …": his words
                    offer(1.5, said if said is not None and not said.cognition else None)
                if child.i not in own and self.outside(child) and not marked:
                    # A verb conjoined to the quoted clause ("had “moved too slowly” and promised")
                    # is part of the reported clause: the verb above it owns the quotation.
                    later = 1.5 if child.dep_ == "conj" else 0.0
                    for node, depth in self._hanging(child):
                        offer(depth + later, cue_at(node))
            if t.head.i in own or t.head.i == t.i:
                continue
            path_dep, path_child = t.dep_, t
            # A full stop inside the marks may hang on any verb of the sentence: the words say
            # better where they belong ('… as “Madam Mayor,” while Roe addresses him as “Tommy.”').
            node, depth = t.head, _PUNCT_DEPTH if t.is_punct else 1
            while depth <= _MAX_DEPTH and (best is None or depth < best[0]):
                if self.outside(node) and path_dep not in _PATH_STOP:
                    cue = cue_at(node)
                    # "… for not calling the attack “terrorism”": words not said are not the subject's
                    # (but "did not feel “this is …”" reports what they did say)
                    unsaid = negated(cue) and path_dep != "ccomp"
                    # ("said the roadworks had gone on “far too long”": a thing's verb inside a report)
                    unsaid = unsaid or (cue is not None and _things_verb_in_report(cue))
                    if self._valid(cue) and _on_topic(cue, path_child) and not unsaid:
                        offer(depth, cue)
                        break
                wording = path_dep == "appos" and node.lemma_.lower() in WORDING_NOUNS  # "the phrase “…”"
                # "X's “divisive” remarks", "declaring X's remarks as “…”": what someone else calls
                # the remarks, not their words
                judged = path_dep == "amod" or (path_dep == "nmod" and path_child.pos_ == "ADJ")
                judged = judged or (path_dep == "prep" and path_child.lower_ == "as")
                if self.outside(node) and (path_dep not in _PATH_STOP or wording) and not judged:
                    offer(depth + 0.25, speech_noun_cue(node))
                copula = node.lemma_ == "be" and path_dep == "ccomp" and node.dep_ not in _REPORTED_CLAUSE
                if self.outside(node) and copula:
                    # "Her answer was that “…”", "Their slogan is “…”": a clause, the speech's
                    # content ("His words were “bluster”" says what they were: someone else's
                    # word). Weaker than any speech verb near ("X's remarks were …, Y said")
                    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
                    if subject is not None and self.outside(subject):
                        offer(depth + 1.5, speech_noun_cue(subject))
                for child in node.children:
                    if child.i == path_child.i or not self.outside(child):
                        continue
                    before_mark = q.open_mark is not None and child.right_edge.i == q.open_mark.i - 1
                    if before_mark and child.dep_ == "dobj":
                        # "coined the term “…”", the words parsed as the verb's second object
                        offer(depth + 0.5, speech_noun_cue(child))
                    if child.lower_ in SOURCE_WORDS or _parenthetical(child):
                        offer(depth + 0.5, cue_at(child))
                    elif child.dep_ == "prep":
                        offer(depth + 0.5, in_words_of(child))
                    elif child.dep_ in SUBJECTS:  # "The server by her own admission was “…”"
                        for grand in child.children:
                            if grand.dep_ == "prep" and grand.i > child.i:
                                offer(depth + 0.75, in_words_of(grand))
                if node.head.i == node.i:
                    break
                if _own_conjunct(node):
                    break  # "X warned …, and its chief, Y, accused them of “…”": Y's act, not X's
                path_dep, path_child = node.dep_, node
                node, depth = node.head, depth + 1
        if best is None:
            return None
        depth, cue = best
        cue = self._matrix(cue) or cue
        return depth, Found(cue, cue.speaker, "syntax", max(0.6, 0.95 - 0.05 * (depth - 1)))

    def _matrix(self, cue: Cue) -> Cue | None:
        """The reporting verb above a cue found inside its complement: in "X said (that) Y called it
        “…”" the quotation is reported by X. Climbs through ccomp, xcomp, conj and participles
        ("…, saying"), never through a relative or a marked clause ("while Y said")."""
        if cue.kind != "verb" and not (cue.kind == "noun" and cue.token.pos_ in {"VERB", "AUX"}):
            return None  # a light verb's speech noun ("made a decision that …") climbs as a verb
        node = cue.token
        for _ in range(4):
            if _own_conjunct(node):
                return None  # a second act of its own subject, set off by ", and"
            participle = node.dep_ == "advcl" and node.tag_ in {"VBG", "VBN"}
            if node.dep_ not in {"ccomp", "xcomp", "conj"} and not (
                participle and not any(c.dep_ == "mark" for c in node.children)
            ):
                return None
            up = node.head
            if _semicolon_between(node, up):
                return None  # "Critics called it “reckless”; Roe calls it overdue": two clauses
            above = cue_at(up) if self.outside(up) else None
            if node.dep_ == "ccomp" and above is not None and self._valid(above) and not above.cognition:
                return above
            node = up
        return None

    def _hanging(self, child: Token) -> list[tuple[Token, float]]:
        """A token below the quotation's words, and clauses below it: “…” was, he said, …"""
        out = [(child, 1.0)]
        for grand in child.children:
            if grand.dep_ in _HANGING and self.outside(grand):
                out.append((grand, 1.5))
        return out

    # -- frames ------------------------------------------------------------------------------
    def _frame_after(self, q: QuoteTokens) -> list[Token]:
        if q.close_mark is None:
            return []
        out: list[Token] = []
        doc = self.doc
        for i in range(q.close_mark.i + 1, len(doc)):  # not ``doc[i:]``: an empty Span joins doc.text
            t = doc[i]
            if not self.outside(t):
                if self._short_quote(self.owner[t.i]) and out:
                    continue  # “…,” Jo Roe, wearing “Vote Roe” pins, said: a name inside the frame
                break
            if (t.is_space and "\n" in t.text) or t.text in _SENT_END:
                break
            out.append(t)
        return out

    def _short_quote(self, index: int) -> bool:
        """A quotation of a few words (a name, a slogan) that a frame may run through."""
        return index >= 0 and len(self.quotes[index].tokens) <= 4

    def _frame_before(self, q: QuoteTokens) -> list[Token]:
        """Words before the opening mark, back to the sentence start or the last quotation.

        A quotation opening its paragraph after a paragraph that ends with a colon takes that
        paragraph's last sentence ("Stated the senator:" ¶ "“…”").
        """
        if q.open_mark is None:
            return []
        out: list[Token] = []
        i = q.open_mark.i - 1
        while i >= 0:
            t = self.doc[i]
            if t.is_space and "\n" in t.text and not out:
                prev = self.doc[i - 1] if i > 0 else None
                if prev is not None and prev.text == ":" and self.outside(prev):
                    i -= 1
                    continue
            if not self.outside(t) or (t.is_space and "\n" in t.text) or _ends_sentence(t):
                break
            out.insert(0, t)
            i -= 1
        return [t for t in out if not t.is_space]

    def by_frame_after(self, q: QuoteTokens) -> Found | None:
        """“…,” X said / “…,” said X: the first clause verb after the closing mark is the cue.

        Only a plain frame counts: a subject and the verb, with no conjunction or subordinate
        clause between the mark and the verb ("“…,” while Y said" is another clause). A quotation
        inside its sentence that ends with . ? ! is not framed by a capitalised word after it (that
        is the next sentence). A quotation that opens its sentence, set off by a comma, takes any
        finite verb of a short plain frame ("“…,” she beamed"; "“…,” shot back the mayor").
        """
        raw = [t for t in self._frame_after(q) if not t.is_space]
        if raw and raw[0].text in DASH_WORDS:
            name = label_name(raw[1:], frozenset({"PERSON", "ORG"}), surname=True)
            if name is not None:  # "“…” — Jo Roe, a nurse": a signature after the quotation
                return Found(Cue(raw[0], raw[0].text, "colon", name), name, "frame-after", 0.8)
        frame = [t for t in raw if not t.is_punct]
        ends = bool(q.tokens) and q.tokens[-1].text in {".", "?", "!"}
        if ends and not self._opens_sentence(q) and (not frame or frame[0].text[:1].isupper()):
            return None
        found = self._mistagged_frame(frame)
        if found is not None:
            return found
        aside: set[int] = set()  # words of a participle set off by commas: "X, wearing a hat, said"
        for k, t in enumerate(frame):
            if t.i in aside or _particle_of_name(t):
                continue  # ("“…,” dos Anjos Prado told …": "dos" tagged a verb)
            if t.lower_ == "according":
                cue = cue_at(t)
                return Found(cue, cue.speaker, "frame-after", 0.85) if self._valid(cue) else None
            if t.pos_ in {"VERB", "AUX"} and (t.dep_ not in _MODIFIER_VERBS or _frame_acl(t, frame[k + 1 :])):
                cue = cue_at(t)
                if cue is None:  # "“…?” a reporter can be heard asking": the participle is the cue
                    doing = next((c for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
                    cue = cue_at(doing) if doing is not None else None
                if cue is None and _aside(t):
                    aside.update(w.i for w in t.subtree)
                    continue
                if cue is None or k > 15:
                    return self._any_verb_frame(q, frame) if cue is None else None
                if cue.speaker is None or not self.outside(cue.speaker):
                    subject = _name_between(frame[:k])
                    if subject is not None:
                        cue = Cue(cue.token, cue.text, cue.kind, subject, cue.cognition)
                if not self._valid(cue) or _topic(cue):  # "“Today,” she discussed …"
                    return None
                assert cue is not None and cue.speaker is not None
                after_mark = q.close_mark is not None and cue.speaker.i > q.close_mark.i
                own = {w.i for w in cue.speaker.subtree} if after_mark else set()
                if any(_joins_clauses(w) for w in frame[:k] if w.i not in own and w.i not in aside):
                    return None
                if q.tokens[-1].text == "." and frame[0].text[:1].isupper():
                    if says_more(cue.token):
                        return None  # "“….” She noted a rally on Saturday": the next sentence, not a frame
                    if frame[0].i < cue.speaker.left_edge.i and frame[0].i != cue.token.i:
                        return None  # "“….” The county, he said, was …": a new sentence with an aside
                return Found(cue, cue.speaker, "frame-after", 0.9)
        return None

    def _mistagged_frame(self, frame: Sequence[Token]) -> Found | None:
        """ "“…,” the memo read." / "“…,” read the memo.": a speech verb the tagger took for a noun
        or a bare infinitive, with a noun phrase before or after it and nothing else."""
        if not 2 <= len(frame) <= 6:
            return None
        first, last = frame[0], frame[-1]
        if written_as_speech_verb(last) and last.pos_ == "NOUN" and last.dep_ in {"ROOT", "conj"}:
            subject = frame[-2]  # "the memo read": the noun right before the verb
            verb = last
            # "the editorial read": the tagger took both words for a noun phrase, the noun for its modifier
            mistagged = subject.pos_ == "ADJ" and subject.dep_ == "amod" and subject.head.i == verb.i
        elif written_as_speech_verb(first) and first.tag_ == "VB":
            nouns = (t for t in frame[1:] if t.pos_ in {"NOUN", "PROPN"} and t.head.i == first.i)
            subject = next(nouns, None)
            verb, mistagged = first, False
        else:
            return None
        if subject is None or (subject.pos_ not in {"NOUN", "PROPN"} and not mistagged):
            return None
        cue = Cue(verb, verb.text.lower(), "verb", subject)
        return Found(cue, subject, "frame-after", 0.85) if self._valid(cue) else None

    def _any_verb_frame(self, q: QuoteTokens, frame: Sequence[Token]) -> Found | None:
        """ "“…,” she beamed" / "“…,” shot back the mayor": a verb outside the speech lexicon in a
        short plain frame right after a quotation that opens its sentence and is set off."""
        if not (self._opens_sentence(q) and self._set_off(q)):
            return None
        for k, t in enumerate(frame[:6]):
            if _particle_of_name(t):
                continue
            if t.tag_ in {"VBD", "VBZ"} and t.dep_ not in {"aux", "auxpass", "amod", "compound"}:
                if no_one_told(t):
                    return None  # "“…,” union told": the union was told
                subject: Token | None
                if k == 0 and len(frame) > 1:  # inverted: "beamed the mayor"
                    subject = frame[1]
                    while (
                        subject.dep_ in {"compound", "det", "amod", "nmod", "poss"}
                        and subject.i < subject.head.i < t.i + 8
                    ):
                        subject = subject.head
                else:
                    subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
                    subject = subject or _name_between(frame[:k])
                if subject is None or not _someone(subject) or any(_joins_clauses(w) for w in frame[:k]):
                    return None
                cue = Cue(t, t.text.lower(), "verb", subject)
                return Found(cue, subject, "frame-after", 0.8) if self._valid(cue) else None
            if t.pos_ in {"VERB", "AUX"}:
                return None
        return None

    def _opens_sentence(self, q: QuoteTokens) -> bool:
        return opens_sentence(q, self.flags)

    def by_frame_before(self, q: QuoteTokens) -> Found | None:
        """X said: “…” / X told reporters, “…” / Jo Roe: “…”: the frame before the mark ends in a cue."""
        words = self._frame_before(q)
        if not words:
            return None
        tail = words[-1]
        if tail.text == ":":
            name = _name_before_colon(words[:-1])
            if name is not None:
                return Found(Cue(tail, ":", "colon", name), name, "name-colon", 0.8)
        if tail.text in {":", ","}:
            name = _inverted_before_colon(words[:-1])
            if name is not None:  # "Added the mayor: “…”", "Said Roe, “…”"
                return Found(Cue(words[0], words[0].text.lower(), "verb", name), name, "frame-before", 0.85)
        # Only a colon, a comma, "that" or the verb itself may stand between the cue and the mark.
        framing = tail.text in DASH_WORDS | {":", ","} or tail.lower_ == "that"
        if not framing and tail.pos_ not in {"VERB", "NOUN", "PROPN", "PRON"}:
            return None
        for t in reversed(words[-20:]):
            if t.lower_ == "according":
                cue = cue_at(t)
                named = _person_in([w for w in words if w.i > t.i])
                if cue is not None and named is not None:
                    cue = Cue(cue.token, cue.text, cue.kind, named)  # "according to Acme CEO Jo Roe,"
                if self._valid(cue):
                    return Found(cue, cue.speaker, "frame-before", 0.85)
                continue
            if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}:
                if _writers_aside(t):
                    continue  # "Roe said, and I quote, “…”": the writer vouches for the words
                cue = cue_at(t)
                if negated(cue) and tail.text not in {":", ","}:
                    break  # "for not calling the attack “…”": no words of the subject's
                if self._valid(cue) and (tail.text == ":" or not _topic(cue)):  # "spoke on “…”"
                    assert cue is not None
                    cue = self._matrix(cue) or cue
                    return Found(cue, cue.speaker, "frame-before", 0.85)
                if t.dep_ in _SUBORDINATE or t.dep_ in _MODIFIER_VERBS:
                    continue  # "X joked, again using an accent, “…”"; a name tagged as a verb
                break
        if tail.text == ":" or (tail.text in DASH_WORDS | {","} and self._whole_sentence(q)):
            return self._colon_frame(words)
        return None

    def _whole_sentence(self, q: QuoteTokens) -> bool:
        """The quotation is a sentence of its own that ends its sentence: capitalised, and closed
        by . ? ! (“X reacted coolly, “I am concerned about it.”")."""
        if not q.tokens or q.close_mark is None:
            return False
        first = next((t for t in q.tokens if not t.is_punct), None)
        if first is None or not first.text[:1].isupper() or q.tokens[-1].text not in _SENT_END:
            return False
        nxt = q.close_mark.i + 1  # then the end of the text or paragraph, or a new sentence
        return nxt >= len(self.doc) or self.doc[nxt].is_space or self.doc[nxt].text[:1].isupper()

    def _colon_frame(self, words: Sequence[Token]) -> Found | None:
        """A clause about someone that ends in a colon introduces their words.

        The clause is read from the words before the colon, not from the sentence's root: the
        parser often makes the quotation the root and the clause a part of it.
        """
        colon = words[-1]
        inside = {t.i for t in words[:-1]}
        heads = [t for t in words[:-1] if t.head.i not in inside or t.head.i == t.i]
        for root in sorted(heads, key=lambda t: t.pos_ not in {"VERB", "AUX"}):
            if not self.outside(root):
                continue
            writing = _text_quoted_from(root)
            if writing is not None:  # "From her Facebook post:", "From the report:": the text's source
                speaker = document_source(writing) or writing
                cue = Cue(colon, root.lower_, "colon", speaker)
                if self._valid(cue):
                    return Found(cue, speaker, "colon-frame", 0.7)
            if root.pos_ == "NOUN":
                # "The District Court counters on its website:": the verb tagged as a plural noun,
                # the subject as its compound (``cue_at`` reads it so)
                cue = cue_at(root)
                if cue is not None and cue.kind == "verb" and self._valid(cue):
                    return Found(cue, cue.speaker, "colon-frame", 0.7)
            children = list(root.children)
            if root.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECTS for c in children):
                # "Roe was blunt: "…"": the parser hung the subject on the quotation's verb
                children += [t for t in heads if t.dep_ in SUBJECTS and t.i < root.i][-1:]
            for child in children:
                if child.i not in inside:
                    continue
                speaker: Token | None = None
                if child.dep_ in SUBJECTS:
                    speaker = child
                    if child.lemma_.lower() in SPEECH_NOUNS:  # "Her letter makes the case: “…”"
                        speaker = document_source(child) or child
                    if not (_someone(speaker) or speaker.i != child.i or _text_noun(speaker)):
                        speaker = None  # "The memo was blunt: “…”": a text speaks; "The question is:" not
                elif child.dep_ == "prep" and child.lower_ in {"for", "as"} and child.i < root.i:
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    # "For Roe, the lesson is clear:", "As the mayor, Jo Roe, put it:"
                    speaker = obj if obj is not None and _someone(obj) else None
                if speaker is not None:
                    cue = Cue(colon, root.text.lower(), "colon", speaker)
                    if self._valid(cue):
                        return Found(cue, speaker, "colon-frame", 0.7)
            spoken = any(c.dep_ in SUBJECTS and _someone(c) for c in root.children)
            if root.pos_ in {"VERB", "AUX"} and not spoken:
                # "The delay does not surprise the pollster Jo Roe:": the one person the clause is about
                people = [c for c in root.children if c.dep_ == "dobj" and c.i in inside and _someone(c)]
                if len(people) == 1 and people[0].lower_ not in {"it", "this", "that"}:
                    cue = Cue(colon, root.text.lower(), "colon", people[0])
                    if self._valid(cue):
                        return Found(cue, people[0], "colon-frame", 0.65)
        return None

    def by_sentence(self, q: QuoteTokens) -> Found | None:
        """The speech verb before a quotation in its sentence when one speaker says all there are (the
        nearest of them)."""
        if not q.tokens:
            return None
        sent = q.tokens[0].sent
        cues = []
        for t in sent:
            if t.i >= q.tokens[0].i:
                break
            if self.outside(t) and t.pos_ in {"VERB", "AUX"}:
                cue = cue_at(t)
                valid = self._valid(cue) and not cue.cognition and not _topic(cue) and not negated(cue)
                if valid and _someone(cue.speaker):
                    cues.append(cue)
        if not cues or len({c.speaker.i for c in cues}) != 1:
            return None  # two speakers before it: which one says it is not known
        # "Roe went on the attack, saying …, her plan is “flawed”": the verb nearest the quotation
        return Found(cues[-1], cues[-1].speaker, "sentence-cue", 0.6)

    def attribute(self, q: QuoteTokens) -> Found | None:
        """The best sentence-level attribution of a quotation: the first rule of ``SENTENCE_RULES``."""
        seen = _Candidates(self, q)
        for rule in SENTENCE_RULES:
            found = rule.find(seen)
            if found is not None:
                return found
        return None

    def _set_off(self, q: QuoteTokens) -> bool:
        """True when the quotation ends with a comma, question or exclamation mark, or a dash."""
        if not q.tokens:
            return False
        last = q.tokens[-1]
        if last.text in _SET_OFF or last.text in {"?!", "..."}:
            return True
        if q.close_mark is not None and q.close_mark.i + 1 < len(self.doc):
            return self.doc[q.close_mark.i + 1].text == ","
        return False


class _Candidates:
    """What each way of reaching a cue finds for one quotation, computed at most once."""

    def __init__(self, rules: SentenceRules, q: QuoteTokens) -> None:
        self.rules, self.q = rules, q
        self._memo: dict[str, Found | None] = {}

    def _get(self, key: str, compute: Callable[[QuoteTokens], Found | None]) -> Found | None:
        if key not in self._memo:
            self._memo[key] = compute(self.q)
        return self._memo[key]

    @property
    def after(self) -> Found | None:
        return self._get("after", self.rules.by_frame_after)

    @property
    def before(self) -> Found | None:
        return self._get("before", self.rules.by_frame_before)

    @property
    def syntax(self) -> Found | None:
        return self._get("syntax", lambda q: (found := self.rules.by_syntax(q)) and found[1])

    @property
    def sentence(self) -> Found | None:
        return self._get("sentence", self.rules.by_sentence)

    @property
    def set_off(self) -> bool:
        """The quotation ends with a comma, question or exclamation mark, or a dash."""
        return self.rules._set_off(self.q)

    @property
    def framed_before(self) -> bool:
        """A colon or a comma stands right before the opening mark."""
        words = self.rules._frame_before(self.q)
        return bool(words) and words[-1].text in {":", ","}


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """A semicolon between a clause and the verb the parse hung it on: no complement is set off so."""
    low, high = sorted((clause.i, verb.i))
    return any(c.text == ";" and low < c.i < high for c in verb.children)


def _participle_after(c: _Candidates) -> Found | None:
    after, before = c.after, c.before
    if after is None or before is None or not c.set_off or _introduces_next(after):
        return None
    return before if _continues(after, before) else None


def _set_off_after(c: _Candidates) -> Found | None:
    after = c.after
    return after if after is not None and c.set_off and not _introduces_next(after) else None


def _framed_before(c: _Candidates) -> Found | None:
    before = c.before
    if before is None or before.rule not in {"frame-before", "name-colon"}:
        return None
    return before if c.framed_before else None


def _unframed_before(c: _Candidates) -> Found | None:
    before = c.before
    return before if before is not None and before.rule in {"frame-before", "name-colon"} else None


@dataclass(frozen=True, slots=True)
class SentenceRule:
    """One way a quotation's own sentence names its speaker, with an example and why it is trusted.

    The confidence of what a rule finds is set by the finder that found it (``Found.confidence``);
    ``confidence`` here is that finder's usual value, for the reader.
    """

    name: str
    find: Callable[[_Candidates], Found | None]
    confidence: float
    pattern: str
    why: str


# The first rule that answers wins.
SENTENCE_RULES: tuple[SentenceRule, ...] = (
    SentenceRule(
        "frame-before", _participle_after, 0.85, "X said “…,” adding that …",
        "a participle after the quotation continues the cue before it",
    ),
    SentenceRule(
        "frame-after", _set_off_after, 0.9, "“…,” X said. / “…,” said X, a spokeswoman.",
        "a quotation set off by a comma, ? or ! and followed by a cue clause is that clause's object",
    ),
    SentenceRule(
        "frame-before", _framed_before, 0.85, "X said: “…” / X told reporters, “…” / Jo Roe: “…”",
        "a colon or comma right after a cue introduces the quotation",
    ),
    SentenceRule(
        "syntax", lambda c: c.syntax, 0.95, "X said that Y was “very successful”; X called it “…”",
        "the quotation hangs in the parse from a speech verb, a source phrase or a speech noun",
    ),
    SentenceRule(
        "frame-before", _unframed_before, 0.85, "X said “…”",
        "a cue right before the opening mark, when the parse gives nothing better",
    ),
    SentenceRule(
        "colon-frame", lambda c: c.before, 0.7, "She was blunt: “…”",
        "a clause about someone that ends in a colon introduces their words",
    ),
    SentenceRule(
        "frame-after", lambda c: c.after, 0.9, "“…” X said",
        "a cue clause right after the closing mark, even without a comma",
    ),
    SentenceRule(
        "sentence-cue", lambda c: c.sentence, 0.6, "X, in a long speech on Monday, … “…”",
        "the one speech verb with a speaker in the quotation's sentence, before it",
    ),
)  # fmt: skip


def opens_sentence(q: QuoteTokens, outside: Sequence[bool]) -> bool:
    """True when nothing but punctuation, or a connective ("But", "Instead,"), stands before the
    quotation in its sentence.

    ``outside[i]`` is True for a token in no quotation.
    """
    if q.open_mark is None or not q.tokens:
        return False
    connectives = 0
    for t in q.open_mark.sent:
        if t.i >= q.open_mark.i:
            return True
        if not outside[t.i] or t.is_punct or t.is_space:
            continue
        connectives += 1
        if connectives > 1 or t.pos_ not in _CONNECTIVES or not t.is_sent_start:
            return False
    return True


_CONNECTIVES = frozenset({"ADV", "CCONJ"})  # "But “…”", "Instead, “…”", "Still, “…”"


def _aside(verb: Token) -> bool:
    """A participle set off by a comma before it: "Jo Roe, wearing a hat, said"."""
    doc = verb.doc
    participle = verb.tag_ in {"VBG", "VBN"} and verb.dep_ in {"advcl", "acl"}
    return participle and verb.i > 0 and doc[verb.i - 1].text == ","


def valid_cue(cue: Cue, outside: Sequence[bool]) -> bool:
    """Whether a cue gives a speaker: cue and speaker outside every quotation (``outside``, per
    token), and the speaker someone who can speak where the cue found them."""
    speaker = cue.speaker
    return (
        speaker is not None
        and outside[cue.token.i]
        and outside[speaker.i]
        # "one of his aides" speaks, and "one" after people were named ("Some residents agreed. One said")
        # (and one named in apposition: "One of them, Dan Hollis, said")
        and (speaker.lower_ not in GENERIC_SPEAKERS or of_people(speaker) or one_of_them(speaker)
             or _apposed(speaker) or _someone_did(speaker, cue.token))
        and speaker.dep_ != "expl"
        and (can_speak(mention_for(speaker)) or cited_text(cue))
        and _speaking(cue)
    )


def _someone_did(speaker: Token, verb: Token) -> bool:
    """An unnamed person who did the saying ("Someone told the mayor that …"): a past tense with no
    modal, not a generic "someone might say"."""
    if speaker.lower_ not in SOMEONE_WORDS or verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _apposed(speaker: Token) -> bool:
    """A generic word with who it is in apposition: "One of them, Dan Hollis, said"."""
    return any(c.dep_ == "appos" for c in speaker.children)


def _names_source(q: QuoteTokens, cue: Cue) -> bool:
    """A quotation inside a source phrase, before the source's noun: a title that names it."""
    speaker = cue.speaker
    if cue.kind != "source" or speaker is None or not q.tokens:
        return False
    return cue.token.i < q.tokens[0].i and q.tokens[-1].i < speaker.i


def _thing_quoting(cue: Cue) -> bool:
    """A quotation's cue in a relative clause on a thing, with a verb whose object is seldom what
    was said ("would seek a sentence that reflected “…”"): the words are those of whoever reports
    it, not the thing's. A thing that bears words keeps them ("shirts that read “…”"), and "who" is
    someone, whatever noun the parse hung it on."""
    speaker = cue.speaker
    if cue.kind != "verb" or speaker is None or speaker.lower_ not in {"that", "which"}:
        return False
    lemma = verb_lemma(cue.token)
    if lemma not in OBJECT_NOT_CONTENT_VERBS or lemma in WORD_BEARING_VERBS:
        return False
    return cue.token.dep_ == "relcl" and not speaking_noun(cue.token.head)


def cited_text(cue: Cue) -> bool:
    """A text or a record named as a source ("according to a council timeline", "according to
    figures released on Monday"), though the same noun as a subject speaks for no one ("the
    timeline showed"). Not a bare singular ("according to plan")."""
    speaker = cue.speaker
    if cue.kind != "source" or speaker is None or not common_noun(speaker) or speaker.ent_type_:
        return False
    return _determined(speaker)


def _determined(noun: Token) -> bool:
    """A plural or a noun with a determiner or an owner: "figures", "a timeline", "its records"."""
    return noun.tag_ == "NNS" or any(c.dep_ in {"det", "poss"} for c in noun.children)


def _speaking(cue: Cue) -> bool:
    """The cue's speaker can be one where the cue found it: any noun that is not a thing as the
    subject of the verb itself, the source of "according to", the owner of a speech ("Roe's
    message"); elsewhere only a noun that names people, a body or a text."""
    speaker = cue.speaker
    if speaker is None:
        return False
    if cue.kind in {"source", "noun"} or speaker.dep_ == "poss" or _own_subject(cue):
        return True
    # "Her counterpart, Jo Roe, struck a gloomier tone, saying …": named in apposition
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in speaker.children)
    return speaking_noun(speaker) or named


def _own_subject(cue: Cue) -> bool:
    """The cue's speaker is the parsed subject of the cue verb itself ("the tycoon said"), not a
    word reached by a detour (a participle's noun, an object, a word found by position)."""
    speaker = cue.speaker
    if speaker is None or speaker.dep_ not in SUBJECTS:
        return False
    return speaker.head.i == cue.token.i or cue.kind == "colon" or _shared_subject(speaker, cue.token)


def _shared_subject(speaker: Token, verb: Token) -> bool:
    """A finite verb joined to the speaker's own verb, with no subject of its own, shares it: "the
    firm keeps its books private but says revenue doubled"."""
    head = verb
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head is verb or speaker.head.i != head.i or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children)


def _text_quoted_from(prep: Token) -> Token | None:
    """The text a "from" phrase before a colon names ("From the report:", "From her post:")."""
    if prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in SPEECH_NOUNS else None


def _frame_acl(verb: Token, rest: Sequence[Token]) -> bool:
    """A frame's verb the parse hung on the noun before it ("“…!” the candidate, Jo Roe, tweeted"):
    finite, which no reduced relative is, or a participle with no verb after it in the frame (not
    "the report, published Monday, said"); the noun is its subject."""
    if verb.dep_ != "acl" or any(c.dep_ in {"nsubj", "auxpass", "agent"} for c in verb.children):
        return False
    last = verb.tag_ == "VBN" and not any(t.pos_ in {"VERB", "AUX"} for t in rest)
    return verb.tag_ in {"VBD", "VBZ"} or last


def _writers_aside(verb: Token) -> bool:
    """ ", and I quote,", ", I quote,": the writer's aside set off inside a frame."""
    doc = verb.doc
    if verb_lemma(verb) != "quote" or verb.i < 2 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    subject = doc[verb.i - 1]
    conjoined = verb.i >= 3 and doc[verb.i - 2].lower_ == "and" and doc[verb.i - 3].text == ","
    opened = doc[verb.i - 2].text == "," or conjoined
    return subject.lower_ in {"i", "we"} and opened


def _joins_clauses(token: Token) -> bool:
    """A word that opens another clause or joins two: "while", "and", "which", "when"."""
    return (
        token.lower_ in CLAUSE_LINKS or token.pos_ in {"SCONJ", "CCONJ"} or token.tag_ in {"WDT", "WP", "WRB"}
    )


def _topic(cue: Cue | None) -> bool:
    """A verb that names what was talked about, not the words said ("spoke", "discussed")."""
    return cue is not None and cue.kind == "verb" and verb_lemma(cue.token) in TOPIC_SPEECH_VERBS


def _on_topic(cue: Cue | None, path_child: Token) -> bool:
    """A topic verb's quotation is its object or "about"/"of" phrase, not where or to whom it spoke;
    and not even those inside what someone else is reported to have said ("The governor said the
    state was ready to discuss “new options”": the governor's words)."""
    if not _topic(cue):
        return True
    if cue is not None and _inside_report(cue.token):
        return False
    about = path_child.dep_ == "prep" and path_child.lower_ in TOPIC_PREPOSITIONS
    # "spoke of “warned the ministry”": quoted words with a verb, the preposition parsed as their mark
    marks = [c for c in path_child.children if c.dep_ == "mark" and c.i < path_child.i]
    marked = path_child.dep_ == "advcl" and any(c.lower_ in TOPIC_PREPOSITIONS for c in marks)
    return about or marked or path_child.dep_ == "dobj"


def _things_verb_in_report(cue: Cue) -> bool:
    """A cue whose subject is a common noun for a thing, inside what someone else is reported to
    have said: the quoted words are the reporter's ("the roadworks had gone on “far too long”")."""
    who = cue.speaker
    if who is None or who.pos_ != "NOUN" or is_person_noun(who) or body_noun(who) or speaking_word(who):
        return False
    if who.lower_ in DOCUMENT_NOUNS or who.lemma_.lower() in DOCUMENT_NOUNS:
        return False  # "the report called the plan “a shambles”": the report's words
    return _inside_report(cue.token)


def _inside_report(verb: Token) -> bool:
    """Whether a verb is inside the clause a speech verb above it reports."""
    node = verb
    while node.dep_ in {"ccomp", "xcomp", "acomp", "advcl", "conj"} and node.head is not node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and speech_verb(node) is not None and not _topic(cue_at(node)):
            return True
    return False


def _ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark that ends a sentence (not "Spot.IM", "U.S.")."""
    return token.text in _SENT_END and (bool(token.whitespace_) or token.i + 1 == len(token.doc))


def _continues(after: Found, before: Found) -> bool:
    """The cue after a quotation is a participle hanging on the cue before it ("…,” adding)."""
    if after.cue is None or before.cue is None:
        return False
    tok = after.cue.token
    return tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "conj"} and tok.head == before.cue.token


def _introduces_next(found: Found) -> bool:
    """A cue followed by a colon introduces the next quotation, not the one before it."""
    if found.cue is None:
        return False
    doc = found.cue.token.doc
    for t in doc[found.cue.token.i + 1 : found.cue.token.i + 6]:
        if t.text == ":":
            return True
        if t.text in _SENT_END or t.is_quote:
            return False
    return False


def _inverted_before_colon(words: Sequence[Token]) -> Token | None:
    """ "Added the mayor:", "Continued Roe:": a speech verb opening its sentence, then who spoke."""
    if len(words) < 2 or not words[0].is_sent_start or words[0].pos_ not in {"VERB", "AUX"}:
        return None
    if verb_lemma(words[0]) not in SPEECH_VERBS:
        return None
    rest = words[1:]
    if len(rest) > 8 or any(t.pos_ in {"VERB", "AUX"} for t in rest):
        return None
    head = next((t for t in rest if _someone(t) and t.pos_ != "DET"), None)
    if head is None:
        return None
    inside = {t.i for t in rest}
    while head.dep_ in {"compound", "amod", "det", "poss", "nmod"} and head.head.i in inside:
        head = head.head
    return head


def label_name(
    words: Sequence[Token], entities: frozenset[str] = frozenset({"PERSON"}), surname: bool = False
) -> Token | None:
    """The head of the name a label opens with ("Jo Roe, 34, of Hale"; "Jo Roe, a nurse:"): a name
    of one of the ``entities`` or two to four capitalised proper nouns (or, with ``surname``, one
    ending its sentence: "— Roe."), and no finite verb after it; else None."""
    if not words or any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words):
        return None
    first = words[0]
    ent = entity_of(first)
    if ent is not None and ent.label_ in entities and ent.start == first.i:
        return ent.root
    run = [first]
    for k, t in enumerate(words[1:], start=1):
        following = words[k + 1] if k + 1 < len(words) else None
        particle = t.lower_ in NAME_PARTICLES and following is not None and following.text[:1].isupper()
        # "Ulla de Lima, 54,": a particle inside the name; "Idris O’Halloran": a surname the
        # tagger took for a noun (a label line holds no other capitalised word before its comma)
        capitalised = t.text[:1].isupper() and t.pos_ not in {"PUNCT", "NUM", "VERB", "AUX"}
        if not particle and not capitalised:
            break
        run.append(t)
    rest = words[len(run) :]
    alone = surname and len(run) == 1 and (not rest or rest[0].text in _SENT_END)
    return run[-1] if first.pos_ == "PROPN" and (2 <= len(run) <= 4 or alone) else None


def says_more(verb: Token) -> bool:
    """A speech verb with words of its own: an object, a clause or a complement that is not a
    listener ("noted a rally", "said that …"), so it reports something else than a quotation."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp", "attr", "oprd"}:
            return True
        if child.dep_ == "dobj" and not can_be_told(child):
            return True
        # "Roe disagreed, saying the plan was poor": a participle of saying set off after it
        saying = child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
        if saying and speech_verb(child) is not None:
            return True
    return False


def _reports_its_antecedent(verb: Token) -> bool:
    """A relative clause of speech whose clause is about the noun it hangs on: in "the “X” that he
    says is kept alive" the relative pronoun is the subject of what he says."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
        for c in verb.children
    )


def _links(token: Token) -> bool:
    """A word opening a clause of its own: "while", "if", or "when" (which the parser hangs as an
    adverb)."""
    opening = token.dep_ == "mark" or (token.dep_ == "advmod" and token.tag_ == "WRB")
    return opening and token.lower_ in CLAUSE_LINKS


def _parenthetical(token: Token) -> bool:
    """A cue set in a clause above the quotation: "…, he said, …"; "As X has pointed out, …"."""
    if token.dep_ == "parataxis":
        return True
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    # "As Roe spoke, …" tells when, not whose words the clause holds ("As Roe noted, …" does)
    return verb_lemma(token) not in INTRANSITIVE_SPEECH_VERBS


def _particle_of_name(token: Token) -> bool:
    """A particle in lower case opening a name ("dos Anjos Prado", "van Rijn"), whatever the tagger
    made of it: no verb of a frame."""
    doc = token.doc
    if token.lower_ not in NAME_PARTICLES or not token.text.islower() or token.i + 1 >= len(doc):
        return False
    return doc[token.i + 1].text[:1].isupper()


def _someone(token: Token) -> bool:
    """True when a subject names a person or an organisation that can speak."""
    if token.lower_ in {"he", "she", "they", "i", "we", "who"}:
        return True
    if token.dep_ == "poss" and token.lower_ in SPEAKING_POSSESSIVES:
        return True  # "his willingness to savage …": the owner does it
    if token.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    return token.pos_ == "PROPN" or proper_noun(token) or is_person_noun(token)  # "Falcone" tagged NOUN


def _person_in(tokens: Sequence[Token]) -> Token | None:
    """The last person named in a stretch of words (the head of the name)."""
    for t in reversed(tokens):
        if t.ent_type_ == "PERSON":
            ent = entity_of(t)
            root = ent.root if ent is not None else t
            if root.dep_ in {"compound", "poss", "nmod", "amod"}:
                return None  # "the Smith campaign", "Smith's spokesman": the source is not the person
            return root
    return None


def _name_between(tokens: Sequence[Token]) -> Token | None:
    """The head of a name standing between a closing mark and the cue verb (a person's first)."""
    for t in tokens:
        if t.ent_type_ == "PERSON":
            ent = entity_of(t)
            return ent.root if ent is not None else t
    for t in tokens:
        if t.ent_type_ in {"PERSON", "ORG"} or t.pos_ == "PROPN" or is_person_noun(t):
            ent = entity_of(t)
            return ent.root if ent is not None else t
    return None


def _name_before_colon(words: Sequence[Token]) -> Token | None:
    """ "Jo Roe: “…”": a name (and nothing else of its clause) right before a colon."""
    if not words:
        return None
    last = words[-1]
    ent = entity_of(last)
    if len(words) == 1 and _surname_named_before(last):
        return last  # "Raman: “…”" after "Chief executive Priya Raman …", however it was tagged
    if ent is None and not last.ent_type_:
        return _untagged_name_before_colon(words)
    if ent is None or ent.label_ not in {"PERSON", "ORG"} or ent.end != last.i + 1:
        return None
    before = [t for t in words if t.i < ent.start]
    if before and not (before[-1].is_punct or before[-1].lower_ in {"and", "but", "said", "says"}):
        # "Former finance minister Jo Roe:": words describing the name, the whole stretch one noun phrase
        described = ent.root.left_edge.i == words[0].i
        # ("Minister of State Jo Roe:" has an "of" in its title; "Speaking to Jo Roe:" is no name)
        verbs = any(t.pos_ in {"VERB", "AUX"} or (t.pos_ == "ADP" and t.lower_ != "of") for t in before)
        if not described or verbs:
            return None
    return ent.root


def _surname_named_before(token: Token) -> bool:
    """A capitalised word alone that the article wrote before as the last word of a full name
    ("Raman" after "Priya Raman"): a surname, as transcripts label their speakers."""
    word = token.text
    if not (word[:1].isupper() and word[1:].islower() and token.is_alpha and len(word) > 1):
        return False
    full_name = rf"\b[{UPPER_CHARS}][\w'’-]+ {re.escape(word)}\b"
    return re.search(full_name, token.doc.text[: token.idx]) is not None


def _text_noun(token: Token) -> bool:
    """A common noun for a written text that speaks for its authors: "the memo", "the report"."""
    lemma = token.lemma_.lower()
    return common_noun(token) and lemma in DOCUMENT_NOUNS and lemma in SPEECH_NOUNS  # not "the result"


def _untagged_name_before_colon(words: Sequence[Token]) -> Token | None:
    """ "…, in three states - Jo Roe: “…”": a name the tagger missed, two to four capitalised proper
    nouns and nothing else of their clause, after a dash or a comma inside a sentence (at its start
    such a run is as often a label: "Fact Check: “…”")."""
    run = 0
    for t in reversed(words):
        if t.pos_ != "PROPN" or not t.is_title or not t.is_alpha or t.ent_type_:
            break
        run += 1
    if not 2 <= run <= 4:
        return None
    before = words[: len(words) - run]
    if not before or before[-1].text not in DASH_WORDS | {","}:
        return None
    return words[-1]


def subject_token(sentence_root: Token) -> Token | None:
    """The subject of a sentence's main verb."""
    for child in sentence_root.children:
        if child.dep_ in SUBJECTS:
            return child
    return None
