"""The library: ``quotes.extract`` and ``quotes.extract_many`` (streaming, errors, several processes)."""

from __future__ import annotations

import functools
import inspect
import multiprocessing
from collections.abc import Iterator

import pytest

import quotes
from quotes import pipeline
from quotes.errors import UsageError
from quotes.nlp import doc as nlp_doc
from quotes.nlp.model import load_model
from quotes.records import Article, Quote

GATE = '"We will open gate {n} at dawn," said warden Cole Paxby.\n\nThe gate was closed for a week.\n'


def gate_articles(count: int, taken: list[int] | None = None) -> Iterator[Article]:
    """Short invented articles, one quotation each; ``taken`` records how far the input was read."""
    for n in range(count):
        if taken is not None:
            taken.append(n)
        yield Article(id=f"gate-{n}", text=GATE.format(n=n))


def test_extract_copies_metadata_into_records(news: dict[str, str]) -> None:
    found = quotes.extract(
        news["tram"], id="tram-1", outlet="Brackford Herald", published="2024-05-01", title="Tram vote"
    )
    assert all(isinstance(q, Quote) for q in found)
    assert [q.quote for q in found] == [
        "We need another month to study the costs,",
        "Every delay makes the project dearer,",
    ]
    assert {(q.article, q.outlet, q.published) for q in found} == {
        ("tram-1", "Brackford Herald", "2024-05-01")
    }
    for q in found:
        assert news["tram"][q.start : q.end] == q.quote


def test_extract_defaults_and_bad_metadata(news: dict[str, str]) -> None:
    found = quotes.extract(news["ferry"])
    assert [(q.article, q.outlet, q.published) for q in found] == [("<text>", None, None)]
    assert quotes.extract("") == [] and quotes.extract("No one said anything today.") == []
    with pytest.raises(TypeError, match="unknown metadata: author"):
        quotes.extract(news["ferry"], author="Nobody")
    with pytest.raises(ValueError, match="format"):
        quotes.extract(news["ferry"], format="pdf")


def test_extract_reads_text_like_a_file_of_that_format() -> None:
    # Quoted attribute values in markup are not quotations, as when the same text is read from a file.
    text = (
        "Library funding row\n\n"
        '<div class="pull-quote" data-note="Read more">Sidebar</div>\n\n'
        '"The reading room stays open," said librarian Hugo Fenwright.\n'
    )
    assert [q.quote for q in quotes.extract(text)] == ["The reading room stays open,"]
    markdown = (
        'Budget day\n\n```\nprint("not a quotation")\n```\n\n"Taxes stay flat," said treasurer Lena Moss.\n'
    )
    assert [q.quote for q in quotes.extract(markdown, format="markdown")] == ["Taxes stay flat,"]
    html = (
        '<html><head><script>var x = "Buy now";</script></head><body><article><h1>Pier saved</h1>'
        "<p>The old pier in Saltby will be repaired after a long campaign by residents of the town.</p>"
        '<p>"The pier is part of who we are," said campaigner Jonas Pell, who led the effort.</p>'
        "</article></body></html>"
    )
    assert [q.quote for q in quotes.extract(html, format="html")] == ["The pier is part of who we are,"]


def test_extract_many_is_a_lazy_generator() -> None:
    taken: list[int] = []
    results = quotes.extract_many(gate_articles(10, taken), batch_size=2)
    assert inspect.isgenerator(results)
    assert taken == []  # nothing read before the first result is asked for
    seen = 0
    for result in results:
        seen += 1
        assert len(result.quotes) == 1 and result.article.id == f"gate-{seen - 1}"
        # Never more than one batch read ahead of what was handed out: memory stays flat.
        assert len(taken) - seen <= 2
    assert seen == 10


def test_articles_without_quotations_are_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real_make_docs = pipeline.make_docs

    def spy(nlp, text, keep, hide=(), **options):  # type: ignore[no-untyped-def]
        parsed.append(text[:12])
        return real_make_docs(nlp, text, keep, hide, **options)

    monkeypatch.setattr(pipeline, "make_docs", spy)
    arts = [Article("dull", "Nothing happened in Saltby today.\n"), Article("gate", GATE.format(n=1))]
    results = list(quotes.extract_many(arts))
    assert [len(r.quotes) for r in results] == [0, 1]
    assert parsed == [GATE.format(n=1)[:12]]


@pytest.mark.parametrize("stage", ["prepare", "finish"])
def test_one_failing_article_does_not_stop_the_others(stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = getattr(pipeline, stage)

    def flaky(*args):  # type: ignore[no-untyped-def]
        article = args[0] if stage == "prepare" else args[0].article
        if article.id == "gate-1":
            raise RuntimeError("rule exploded")
        return real(*args)

    monkeypatch.setattr(pipeline, stage, flaky)
    failures: list[tuple[str, str]] = []
    results = list(
        quotes.extract_many(gate_articles(3), on_error=lambda a, e: failures.append((a.id, str(e))))
    )
    assert [r.article.id for r in results] == ["gate-0", "gate-2"]
    assert failures == [("gate-1", "rule exploded")]
    with pytest.raises(RuntimeError, match="rule exploded"):
        list(quotes.extract_many(gate_articles(3)))


def test_text_too_long_to_parse_is_one_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_model(None)  # the cache key extract_many uses
    long_text = GATE.format(n=1) + "The warden walked along the wall. " * 20
    monkeypatch.setattr(nlp, "max_length", len(long_text) - 1)
    failures: list[tuple[str, str]] = []
    arts = [Article("long", long_text), Article("short", GATE.format(n=2))]
    results = list(quotes.extract_many(arts, on_error=lambda a, e: failures.append((a.id, str(e)))))
    assert [r.article.id for r in results] == ["short"]
    assert len(failures) == 1 and failures[0][0] == "long" and "too long" in failures[0][1]


# --- several processes ------------------------------------------------------------------------------

needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method(allow_none=True) == "spawn"
    or "fork" not in multiprocessing.get_all_start_methods(),
    reason="the monkeypatched pipeline reaches workers only when they are forked",
)


def test_workers_keep_order_and_records() -> None:
    load_model(None)  # loaded before the workers fork, so they share it
    one = [(r.article.id, r.quotes) for r in quotes.extract_many(gate_articles(5))]
    two = [(r.article.id, r.quotes) for r in quotes.extract_many(gate_articles(5), workers=2, batch_size=1)]
    assert two == one


def test_workers_do_not_read_the_whole_input_ahead() -> None:
    taken: list[int] = []
    results = quotes.extract_many(gate_articles(30, taken), workers=2, batch_size=1)
    first = next(results)
    assert first.article.id == "gate-0"
    assert len(taken) <= 2 * 2 + 1  # two chunks in flight per worker
    results.close()


@needs_fork
def test_worker_failure_goes_to_on_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.finish

    def flaky(prep, doc):  # type: ignore[no-untyped-def]
        if prep.article.id == "gate-1":
            raise KeyError("no such rule")
        return real(prep, doc)

    monkeypatch.setattr(pipeline, "finish", flaky)
    failures: list[tuple[str, str]] = []
    results = quotes.extract_many(
        gate_articles(3), workers=2, batch_size=1, on_error=lambda a, e: failures.append((a.id, str(e)))
    )
    assert [r.article.id for r in results] == ["gate-0", "gate-2"]
    assert failures == [("gate-1", "'no such rule'")]
    with pytest.raises(pipeline.WorkerError, match="gate-1"):
        list(quotes.extract_many(gate_articles(3), workers=2, batch_size=1))


def test_workers_with_a_missing_model_fail_at_once() -> None:
    with pytest.raises(UsageError, match="xx_no_such_pipeline"):
        next(quotes.extract_many(gate_articles(2), workers=2, model="xx_no_such_pipeline"))


def test_a_long_article_parsed_in_pieces_gives_the_records_of_one_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = ["Ada Quillfeather", "Tomas Brezeny", "Nell Okafor", "Ravi Santhanam", "Greta Lindqvist"]
    paragraphs = [
        f"Engineer {people[k % 5]} opened bridge number {k + 1} on Monday.\n\n"
        f"“This bridge took {k + 2} years to build,” {people[k % 5].split()[1]} said. “We are proud of it.”\n\n"
        for k in range(40)
    ]
    text = "".join(paragraphs)
    whole = quotes.extract(text)
    monkeypatch.setattr(pipeline, "make_docs", functools.partial(nlp_doc.make_docs, chunk_chars=300))
    pieces = quotes.extract(text)
    assert len(whole) == 80
    assert [q.to_dict() for q in pieces] == [q.to_dict() for q in whole]
    assert all(q.speaker for q in pieces)


def test_an_article_is_cut_by_the_text_it_parses_not_by_its_length() -> None:
    """Two short paragraphs far apart are one piece: the blanked text between costs nothing."""
    from quotes.layout.paragraphs import split_paragraphs
    from quotes.nlp.model import load_model

    nlp = load_model()
    text = "The first short paragraph.\n\n" + "A paragraph nobody parses.\n\n" * 60 + "The last one."
    paragraphs = split_paragraphs(text)
    ends = [paragraphs[0], paragraphs[-1]]
    assert len(nlp_doc.make_docs(nlp, text, ends, chunk_chars=300)) == 1
    assert len(nlp_doc.make_docs(nlp, text, paragraphs, chunk_chars=300)) > 1


def test_an_organisation_with_an_empty_name_does_not_break_an_article() -> None:
    from quotes.speakers.names import institution_head

    assert institution_head("") == ""
    assert institution_head("Ministry of Inland Waterways") == "ministry"
    assert institution_head("Bank of the North and of the South") == "bank"


@pytest.mark.parametrize(
    ("second", "context_parsed"),
    [
        ("She said the ferry would run again in May.", True),  # who "she" is was said before
        ("The mayor said she would run again in May.", True),
        ("Mara Lynch said she would run again in May.", False),  # the name comes first
    ],
)
def test_the_paragraph_before_reported_speech_is_parsed_when_a_pronoun_needs_it(
    second: str, context_parsed: bool
) -> None:
    text = f"Mara Lynch visited the harbour on Monday with two engineers.\n\n{second}"
    prep = pipeline.prepare(Article(id="a.txt", text=text), kinds="all")
    starts = {p.start for p in pipeline.parse_plan(prep)}
    assert (0 in starts) == context_parsed


def test_a_pronoun_resolves_across_the_paragraph_parsed_for_it() -> None:
    text = "Mara Lynch visited the harbour on Monday with two engineers.\n\nShe said the ferry would run again in May."
    (record,) = [q for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert record.speaker == "Mara Lynch"


def test_of_a_paragraph_parsed_for_a_pronoun_only_its_last_sentences_are_parsed() -> None:
    first = (
        "The harbour opened in 1890. Its pier was rebuilt in 1950. Storms closed it twice. "
        "Mara Lynch visited it on Monday with two engineers."
    )
    text = f"{first}\n\nShe said the ferry would run again in May."
    prep = pipeline.prepare(Article(id="a.txt", text=text), kinds="all")
    hidden = {text[s:e].strip() for s, e in pipeline._far_context(prep)}
    assert hidden == {"The harbour opened in 1890.", "Its pier was rebuilt in 1950."}
    (record,) = [q for q in quotes.extract(text, kinds="all") if q.kind == "reported"]
    assert record.speaker == "Mara Lynch"
