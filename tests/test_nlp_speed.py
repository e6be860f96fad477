"""The fast stand-ins of quotes.nlp.fast and quotes.nlp.tokenizer give what spaCy's own components give.

Every comparison is token by token against the stock pipeline of the same model, on sentences written
for these tests (contractions, pronouns, auxiliaries, slang the attribute ruler's exceptions cover,
white space, glued quotation marks).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer

from quotes.nlp.fast import (
    LEMMATIZER,
    RULER,
    FastAttributeRuler,
    FastEntityRecognizer,
    FastLemmatizer,
    Unsupported,
    accelerate,
    compile_ruler,
    entity_recognizer_supported,
    use_numpy_gemm,
)
from quotes.nlp.model import available_model, load_model
from quotes.nlp.tokenizer import QuotesTokenizer, split_glued_marks

pytestmark = pytest.mark.slow  # loads the stock pipeline beside ours and parses with both

TEXTS = [
    '"We will not rebuild the bridge this year," the mayor said on Tuesday.',
    "She said she'd gone there once, but he hasn't, and they're gonna be late, y'all.",
    "I can't and won't do it; it's been done. Let's go! Ain't nobody doin' nothin' 'bout it.",
    "Everything is fine, somebody told me; nobody asked anyone if anything had changed.",
    "There is a plan, and there were two before it. Do you have one? I do. He does.",
    "The ministers were being briefed while the talks, which had stalled, resumed at 3:30pm.",
    "Officials in Brackford said the council's decision would cost £4.2m over ten years.",
    "  \n\nWhite space   between\t\twords, and lines\n\n   that are blank.  ",
    "C'mon, he said, ol' Jim got ta see 'em — gon na happen, y' all.",
    "Ms. Oduya, 54, of Dunmere, said:“Look at the boats.”Roe said so,”Roe added.",
    "He'll say it's theirs, not ours; hers is mine, and yours is his. Them, us, myself, themselves.",
    "Nothing happened. Something did! Everybody knew, and everyone agreed that it was so.",
]
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as spaCy ships it, with quotes' infixes so both tokenize alike."""
    nlp = spacy.load(available_model())
    split_glued_marks(nlp)
    return nlp


@pytest.fixture(scope="module")
def fast() -> Language:
    """The pipeline quotes parses with."""
    return load_model(None)


def _table(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_quotes_pipeline_uses_the_stand_ins(fast: Language) -> None:
    assert RULER in fast.pipe_names and LEMMATIZER in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert isinstance(fast.get_pipe("ner"), FastEntityRecognizer)  # under the stock name
    assert isinstance(fast.tokenizer, QuotesTokenizer)
    assert "senter" not in fast.component_names


def test_every_annotation_equals_the_stock_pipeline(stock: Language, fast: Language) -> None:
    for mine, theirs in zip(fast.pipe(TEXTS, batch_size=4), stock.pipe(TEXTS), strict=True):
        assert _table(mine) == _table(theirs)
        assert numpy.array_equal(mine.to_array(COLUMNS), theirs.to_array(COLUMNS))


def test_one_doc_at_a_time_equals_a_batch(stock: Language, fast: Language) -> None:
    for text in TEXTS:
        assert _table(fast(text)) == _table(stock(text))


def test_ruler_equals_stock_ruler_on_the_same_input(stock: Language) -> None:
    """Only the attribute ruler differs: the same tagged and parsed Docs go into both."""
    ruler: AttributeRuler = stock.get_pipe("attribute_ruler")
    mine = FastAttributeRuler("fast", ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    copies = [d.copy() for d in docs]
    for doc in docs:
        ruler(doc)
    list(mine.pipe(copies, batch_size=5))  # batches that cut the texts in uneven groups
    for theirs, ours in zip(docs, copies, strict=True):
        assert _table(ours) == _table(theirs)


def test_multi_token_rules_never_match_across_docs(stock: Language) -> None:
    """``gon na`` is one match within a Doc, none when ``gon`` ends one Doc and ``na`` opens the next."""
    ruler: AttributeRuler = stock.get_pipe("attribute_ruler")
    mine = FastAttributeRuler("fast", ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(["It is gon", "na rain", "It is gon na rain"]))
    copies = [d.copy() for d in docs]
    for doc in docs:
        ruler(doc)
    list(mine.pipe(copies))
    assert [_table(d) for d in copies] == [_table(d) for d in docs]
    assert [t.lemma_ for t in copies[2]][2:4] == ["go", "to"]


def test_lemmatizer_equals_stock_lemmatizer_word_by_word(stock: Language) -> None:
    lemmatizer: Lemmatizer = stock.get_pipe("lemmatizer")
    mine = FastLemmatizer("fast", lemmatizer)
    with stock.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(stock.pipe([*TEXTS, "The geese were running; the mice ate cheeses and better ideas."]))
    for doc in docs:
        for token in doc:
            assert mine.rule_lemma(token) == lemmatizer.rule_lemmatize(token)[0], token.text
    copies = [d.copy() for d in docs]
    for doc in docs:
        lemmatizer(doc)
    for doc in copies:
        mine(doc)
        mine(doc)  # the second time from the cache, and only where no lemma is set
    assert [[t.lemma_ for t in d] for d in copies] == [[t.lemma_ for t in d] for d in docs]


def test_lemmatizer_keeps_lemmas_set_before_it(stock: Language) -> None:
    lemmatizer: Lemmatizer = stock.get_pipe("lemmatizer")
    mine = FastLemmatizer("fast", lemmatizer)
    with stock.select_pipes(disable=["lemmatizer", "ner"]):
        doc = stock("They were running.")
    doc[0].lemma_ = "SET"
    mine(doc)
    assert [t.lemma_ for t in doc] == ["SET", "be", "run", "."]


def test_unsupported_rules_keep_the_stock_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"OP": "+"}]], {"LEMMA": "x"})
    with pytest.raises(Unsupported):
        compile_ruler(ruler)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert accelerate(nlp) == []  # neither stand-in applies: the stock components stay
    assert nlp.pipe_names == ["attribute_ruler", "lemmatizer"]


def test_supported_rules_of_another_pipeline_are_reproduced() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TEXT": {"REGEX": "^[A-Z]+$"}}, {"IS_PUNCT": True}]], {"POS": "PROPN"}, index=0)
    ruler.add([[{"NORM": {"NOT_IN": ["the", "a"]}, "IS_ALPHA": True}]], {"MORPH": "Foo=Bar"})
    ruler.add([[{"ORTH": "NASA"}]], {"LEMMA": "nasa", "MORPH": "Abbr=Yes"})
    texts = ["NASA, the agency.", "A cat sat.", "OK! NASA said so."]
    theirs = [ruler(nlp.make_doc(t)) for t in texts]
    mine = FastAttributeRuler("fast", ruler)
    ours = list(mine.pipe([nlp.make_doc(t) for t in texts]))
    assert [_table(d) for d in ours] == [_table(d) for d in theirs]


def test_numpy_gemm_only_on_the_pipeline_it_is_given(stock: Language, fast: Language) -> None:
    from thinc.api import NumpyOps

    copy = spacy.load(available_model())
    assert use_numpy_gemm(copy) > 0
    tok2vec = copy.get_pipe("tok2vec").model
    assert all(not n.ops.use_blis for n in tok2vec.walk() if isinstance(n.ops, NumpyOps))
    assert any(n.ops.use_blis for n in stock.get_pipe("tok2vec").model.walk())  # untouched
    split_glued_marks(copy)
    for a, b in zip(copy.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert _table(a) == _table(b)


def test_quotes_tokenizer_splits_glued_marks_as_before(stock: Language, fast: Language) -> None:
    text = "He said,“Look at this.”Roe said so,”Roe. “Yes,” she said, can't — U.S. e.g. :) “Don't”"
    assert [(t.text, t.whitespace_) for t in fast.make_doc(text)] == [
        (t.text, t.whitespace_) for t in stock.make_doc(text)
    ]
    assert "“" in [t.text for t in fast.make_doc("said,“Look")]
    assert fast.tokenizer.rules == stock.tokenizer.rules
    assert fast.tokenizer.infix_finditer.__self__.pattern == stock.tokenizer.infix_finditer.__self__.pattern
    again = pickle.loads(pickle.dumps(fast.tokenizer))
    assert [t.text for t in again("so,”Roe")] == ["so", ",", "”", "Roe"]


def test_quotes_tokenizer_without_saved_state_gets_the_language_rules(tmp_path) -> None:
    from quotes.nlp.tokenizer import TOKENIZER, finish_tokenizer

    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    assert isinstance(nlp.tokenizer, QuotesTokenizer)
    finish_tokenizer(nlp)  # never loaded from disk: the language's special cases, as spaCy's has
    assert [t.text for t in nlp("I can't go.")] == ["I", "ca", "n't", "go", "."]
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert isinstance(again.tokenizer, QuotesTokenizer) and again.tokenizer.loaded_rules
    assert [t.text for t in again("She said,“No.”")] == ["She", "said", ",", "“", "No", ".", "”"]


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ENTITY_TEXTS = [
    "Jo Roe, the mayor of Brackford, told ABC News on Tuesday that 40 people left Paris in 2019.",
    "The Federal Reserve Bank of New York lent $4.5 billion to Acme Corp. at 3 per cent, Dr. Ada Marsh said.",
    "On March 3rd, 1999 the USS Resolute sailed from Norfolk, Virginia, to the Gulf of Aden with 300 sailors.",
    "Ms. Oduya met President Ilse Varga of Norway and two French ministers at the Hotel Savoy at 9 a.m.",
    "“It is over,” said Coach Ben S. Roe.\n\nThe Brackford Rovers lost 3-1 to the New Jersey Lions.",
    "x",
]


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _entities(docs: list[spacy.tokens.Doc]) -> list[numpy.ndarray]:
    return [d.to_array([ENT_IOB, ENT_TYPE]) for d in docs]


def test_entity_recognizer_equals_stock_on_the_same_input(fast: Language) -> None:
    """Only the decoding differs: the same parsed Docs (articles of many lengths, one word, none) go to
    the stock recogniser and to the stand-in, in uneven batches."""
    stand_in: FastEntityRecognizer = fast.get_pipe("ner")
    texts = [*_seed_texts(), *ENTITY_TEXTS, *TEXTS, ""]
    assert len(texts) > 20
    with fast.select_pipes(disable=["ner"]):
        docs = list(fast.pipe(texts))
    copies = [d.copy() for d in docs]
    theirs = list(stand_in.stock.pipe(docs, batch_size=7))
    ours = list(stand_in.pipe(copies, batch_size=5))
    assert sum(len(d.ents) for d in theirs) > 100
    for a, b in zip(_entities(ours), _entities(theirs), strict=True):
        assert numpy.array_equal(a, b)
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in ours] == [
        [(e.start, e.end, e.label_) for e in d.ents] for d in theirs
    ]


def test_entity_recognizer_keeps_entities_set_before_it(fast: Language) -> None:
    """A Doc with entities already set is decoded by the stock rules, which never overwrite them."""
    stand_in: FastEntityRecognizer = fast.get_pipe("ner")
    text = "Jo Roe flew from Brackford to Paris on Tuesday."
    with fast.select_pipes(disable=["ner"]):
        doc = fast(text)
    doc.set_ents([spacy.tokens.Span(doc, 4, 5, label="FAC")])
    copy = doc.copy()
    stand_in(doc)
    stand_in.stock(copy)
    assert ("Brackford", "FAC") in [(e.text, e.label_) for e in doc.ents]
    assert numpy.array_equal(doc.to_array([ENT_IOB, ENT_TYPE]), copy.to_array([ENT_IOB, ENT_TYPE]))


def test_entity_recognizer_gives_unseen_classes_the_lowest_score(fast: Language) -> None:
    """Classes the model marks unseen score the batch's minimum, as in spaCy's ``predict_states``:
    with the PERSON moves unseen, no person is found, and the stock component agrees."""
    stand_in: FastEntityRecognizer = fast.get_pipe("ner")
    names = [stand_in.stock.moves.get_class_name(i) for i in range(stand_in.moves.n)]
    person = {i for i, n in enumerate(names) if n.endswith("-PERSON")}
    attrs = stand_in.stock.model.attrs
    before = attrs["unseen_classes"]
    with fast.select_pipes(disable=["ner"]):
        docs = list(fast.pipe(ENTITY_TEXTS))
    copies = [d.copy() for d in docs]
    try:
        attrs["unseen_classes"] = set(person)
        ours = list(stand_in.pipe(docs))
        theirs = list(stand_in.stock.pipe(copies))
    finally:
        attrs["unseen_classes"] = before
    assert not any(e.label_ == "PERSON" for d in ours for e in d.ents)
    for a, b in zip(_entities(ours), _entities(theirs), strict=True):
        assert numpy.array_equal(a, b)


def test_beam_entity_recognizer_keeps_the_stock_component() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("beam_ner")
    nlp.initialize()
    assert not entity_recognizer_supported(nlp.get_pipe("beam_ner"))
    with pytest.raises(Unsupported):
        FastEntityRecognizer("fast", nlp.get_pipe("beam_ner"))


def test_joined_pieces_equal_spacys_own_join(fast: Language) -> None:
    from spacy.tokens import Doc

    from quotes.nlp.doc import join_docs

    pieces = list(fast.pipe([" ".join(TEXTS[:4]) + "\n\n", " ".join(TEXTS[4:8]) + " ", " ".join(TEXTS[8:])]))
    ours = join_docs(pieces)
    theirs = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
    assert ours.text == theirs.text
    assert _table(ours) == _table(theirs)
    assert [s.start for s in ours.sents] == [s.start for s in theirs.sents]
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]


def test_a_dash_glued_between_a_word_and_a_quotation_mark_is_a_token_of_its_own(fast: Language) -> None:
    text = "her record—“the best in years”—and promised more"
    assert [t.text for t in fast.make_doc(text)] == [
        "her", "record", "—", "“", "the", "best", "in", "years", "”", "—", "and", "promised", "more",
    ]  # fmt: skip
    assert [t.text for t in fast.make_doc("a well-known plan")] == ["a", "well", "-", "known", "plan"]
