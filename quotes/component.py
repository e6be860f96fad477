"""The ``quotes`` spaCy component: ``nlp.add_pipe("quotes")`` sets ``doc._.quotes``.

It runs after the parser and the entity recognizer, on the whole Doc, and gives the same records as
``quotes.extract`` with the component's ``kinds`` (config, comma-separated; by default ``all``, so
that ``doc._.reported`` holds the reported contents as Spans, label ``REPORTED``):
``nlp.add_pipe("quotes", config={"kinds": "direct,partial"})`` keeps quotation marks only.
Metadata can be put in ``doc.user_data`` under ``id``, ``outlet``, ``published``
and ``title`` before the pipeline runs (``nlp.pipe`` with Docs as input).

The records are kept as plain dicts and the reported contents in ``doc.spans["reported"]``, so a
Doc the component has run on can be written (``Doc.to_bytes``, ``DocBin``) and piped through
several processes (``nlp.pipe(texts, n_process=2)``). The few misparses ``quotes.nlp.repairs``
knows are put right on the Doc itself, as for ``quotes.extract``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotes.nlp.mentions import forget_work
from quotes.pipeline import article_from_text, finish, prepare
from quotes.records import Quote, check_kinds

RECORDS_KEY = "quotes.records"  # doc.user_data: the records, as ``Quote.to_dict`` gives them
REPORTED = "reported"  # doc.spans: the reported contents, labelled REPORTED


def _quotes_of(doc: Doc) -> list[Quote] | None:
    """``doc._.quotes``: the component's records of the Doc, or None before it has run."""
    records = doc.user_data.get(RECORDS_KEY)
    return None if records is None else [Quote.from_dict(r) for r in records]


def _reported_of(doc: Doc) -> list[Span] | None:
    """``doc._.reported``: the reported contents as Spans, or None before the component has run."""
    return list(doc.spans[REPORTED]) if REPORTED in doc.spans else None


for _name, _getter in (("quotes", _quotes_of), ("reported", _reported_of)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)


class QuotesComponent:
    """Finds and attributes the quotations of a parsed Doc."""

    def __init__(self, name: str = "quotes", kinds: str = "all") -> None:
        self.name = name
        self.kinds = check_kinds(kinds)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.quotes`` to the list of Quote records of the Doc's text."""
        if not doc.has_annotation("DEP"):
            raise ValueError(
                "the 'quotes' component needs a dependency parse: add it after the 'parser' component"
            )
        meta = doc.user_data
        fields = {k: meta.get(k) for k in ("outlet", "published", "title", "url", "format") if meta.get(k)}
        article = article_from_text(doc.text, {"id": str(meta.get("id", "<doc>")), **fields})
        records = finish(prepare(article, self.kinds), doc).quotes
        forget_work(doc)  # what attribution kept on the Doc, which no writer could serialise
        doc.user_data[RECORDS_KEY] = [q.to_dict() for q in records]
        doc.spans[REPORTED] = [
            span
            for q in records
            if q.kind == "reported"
            and (span := doc.char_span(q.start, q.end, label="REPORTED", alignment_mode="expand")) is not None
        ]
        return doc


@Language.factory(
    "quotes",
    default_config={"kinds": "all"},
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=["doc._.quotes", "doc._.reported"],
)
def make_quotes_component(nlp: Language, name: str, kinds: str) -> QuotesComponent:
    """spaCy factory for the ``quotes`` component; ``kinds``: its records (``quotes.records.KINDS``)."""
    return QuotesComponent(name, kinds)
