"""The ``quotes`` spaCy component: ``nlp.add_pipe("quotes")`` sets ``doc._.quotes``.

It runs after the parser and the entity recognizer, on the whole Doc, and gives the same records as
``quotes.extract`` with the component's ``kinds`` (config, comma-separated; by default ``all``, so
that ``doc._.reported`` holds the reported contents as Spans, label ``REPORTED``):
``nlp.add_pipe("quotes", config={"kinds": "direct,partial"})`` keeps quotation marks only.
Metadata can be put in ``doc.user_data`` under ``id``, ``outlet``, ``published``
and ``title`` before the pipeline runs (``nlp.pipe`` with Docs as input).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.pipeline import article_from_text, finish, prepare
from quotes.records import check_kinds

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("reported"):
    Doc.set_extension("reported", default=None)  # the reported contents, as Spans labelled REPORTED


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
        doc._.quotes = finish(prepare(article, self.kinds), doc).quotes
        doc._.reported = [
            span
            for q in doc._.quotes
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
