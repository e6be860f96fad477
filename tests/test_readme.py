"""The README's Python examples run as written, and the library API they document holds.

Every ```python block of README.md is executed on its own, in a fresh namespace: a block may rely only
on the names it defines itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quotes
from quotes.errors import UsageError
from quotes.nlp.model import load_model

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)

# Invented: a council meeting that never happened.
TEXT = (
    "Library hours to be cut\n\n"
    "The Fenwick town council agreed on Wednesday to close the library on Sundays.\n\n"
    '"Nobody asked the readers what they wanted," said librarian Noor Castellan.\n'
)


def python_blocks() -> list[tuple[int, str]]:
    """Every ```python block of the README, with the line its code starts on."""
    readme = README.read_text(encoding="utf-8")
    return [(readme.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in _FENCE.finditer(readme)]


BLOCKS = python_blocks()


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 2
    assert any("quotes.load()" in code for _, code in BLOCKS)
    assert any("quotes.compare(" in code for _, code in BLOCKS)


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_readme_python_block_runs_as_written(
    line: int, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": "__readme__"}
    exec(compile(code, f"README.md:{line}", "exec"), namespace)
    assert capsys.readouterr().out.strip(), "every example prints what it found"


# --- quotes.compare: a subpackage that can be called -----------------------------------------------


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter (so the import order is the one given); return its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.slow  # five fresh interpreters
@pytest.mark.parametrize(
    "imports",
    [
        "import quotes",
        "import quotes.check; import quotes",  # the subpackage imported first, by another module
        "import quotes.compare.group; import quotes",
        "import quotes; quotes.summarize; import quotes.compare",
        "from quotes import compare",
    ],
)
def test_quotes_compare_is_callable_whatever_the_import_order(imports: str) -> None:
    out = _run(
        f"""
        {imports}
        import quotes
        from quotes.compare import compare, summarize
        print(callable(quotes.compare), quotes.compare.compare is compare, quotes.compare.summarize is summarize)
        """
    )
    assert out == "True True True"


def test_calling_quotes_compare_is_calling_its_compare_function() -> None:
    from quotes.compare import compare

    records = [
        quotes.Quote(
            article=name,
            outlet=outlet,
            published="2024-03-04",
            quote="Nobody asked the readers what they wanted",
            start=0,
            end=41,
            speaker="Noor Castellan",
        )
        for name, outlet in (("a.txt", "Fenwick Post"), ("b.txt", "Valley Courier"))
    ]
    statements = quotes.compare(records)
    assert [s.to_dict() for s in statements] == [s.to_dict() for s in compare(records)]
    assert statements[0].outlets == ["Fenwick Post", "Valley Courier"]
    assert quotes.compare(records, window=0)[0].shared
    assert quotes.compare([]) == []


def test_import_quotes_stays_light() -> None:
    out = _run(
        """
        import sys
        import quotes
        print(sorted(m for m in ("spacy", "quotes.pipeline", "quotes.compare") if m in sys.modules))
        """
    )
    assert out == "[]"


def test_the_public_names_are_all_there() -> None:
    for name in quotes.__all__:
        assert getattr(quotes, name) is not None, name
    with pytest.raises(AttributeError):
        quotes.no_such_thing  # noqa: B018


# --- quotes.load: the spaCy component --------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Language:
    return quotes.load()


def test_load_gives_the_english_pipeline_with_the_component_last(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "quotes"
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert nlp.lang == "en"


def test_the_component_finds_what_extract_finds(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [(q.kind, q.speaker, q.quote) for q in doc._.quotes] == [
        ("reported", "Fenwick town council", "to close the library on Sundays"),
        ("direct", "Noor Castellan", "Nobody asked the readers what they wanted,"),
    ]
    assert [q.to_dict() for q in doc._.quotes] == [q.to_dict() for q in quotes.extract(TEXT, id="<doc>", kinds="all")]
    assert [span.text for span in doc._.reported] == ["to close the library on Sundays"]


def test_the_component_splits_a_mark_glued_to_a_word_as_extract_does(nlp: Language) -> None:
    text = "Oskar Lindahl said,“Look, the pier has no place in this budget.”"
    assert [(q.speaker, q.quote) for q in nlp(text)._.quotes] == [
        (q.speaker, q.quote) for q in quotes.extract(text)
    ] == [("Oskar Lindahl", "Look, the pier has no place in this budget.")]


def test_the_component_reads_metadata_from_user_data(nlp: Language) -> None:
    doc = nlp.make_doc(TEXT)
    doc.user_data.update({"id": "fenwick-12", "outlet": "Fenwick Post", "published": "2024-03-04"})
    (doc,) = nlp.pipe([doc])
    assert {(q.article, q.outlet, q.published) for q in doc._.quotes} == {
        ("fenwick-12", "Fenwick Post", "2024-03-04")
    }


def test_load_gives_a_new_pipeline_and_leaves_the_shared_one_alone(nlp: Language) -> None:
    other = quotes.load()
    assert other is not nlp
    other.remove_pipe("quotes")
    assert nlp.pipe_names[-1] == "quotes"
    assert "quotes" not in load_model(None).pipe_names  # the pipeline quotes.extract uses
    other.add_pipe("quotes", config={"kinds": "direct,partial"})  # the records its config names
    doc = other(TEXT)
    assert [q.kind for q in doc._.quotes] == ["direct"]
    assert doc._.reported == []


def test_load_a_pipeline_that_is_not_installed() -> None:
    with pytest.raises(UsageError, match="no_such_pipeline"):
        quotes.load("no_such_pipeline")


def test_a_doc_the_component_ran_on_can_be_written_and_read_back(nlp: Language) -> None:
    # Doc.to_bytes is what DocBin and nlp.pipe(n_process=2) use to move Docs between processes.
    doc = nlp(TEXT)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [q.to_dict() for q in back._.quotes] == [q.to_dict() for q in doc._.quotes]
    assert [(s.text, s.label_) for s in back._.reported] == [("to close the library on Sundays", "REPORTED")]
    assert not any(str(k).startswith("quotes.memo.") for k in back.user_data)  # no working memos kept
