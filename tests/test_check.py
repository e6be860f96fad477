"""quotes.check: each rule firing and not firing, the quote bank, suppressions and reports."""

from __future__ import annotations

import json
import sqlite3

import pytest

from quotes.check import check, fails, source_bank
from quotes.check.bank import QuoteBank, fill
from quotes.check.config import CheckConfig, load_config
from quotes.check.report import as_json, as_sarif
from quotes.errors import UsageError
from quotes.pipeline import extract_many
from quotes.read import iter_articles, read_text

SOURCE = (
    "Harbor fees frozen for another year\n\n"
    "Mayor Mara Ellison said on Tuesday that the town would not raise harbor fees this year.\n\n"
    '"We will not raise the harbor fees this year, and the 40 new berths will open in June," '
    "Ellison told the council.\n\n"
    'Harbor master Olaf Brandt said the dredging was finished. "Ships can now come in at any tide, '
    'day or night," Brandt said.\n'
)
TRANSCRIPT = (
    "Council meeting, evening session\n\n"
    "ELLISON: Thank you all for coming out on such a cold night to talk about the harbor.\n\n"
    "ELLISON: The fish market will stay where it is for as long as I am mayor of this town.\n"
)


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    (folder / "council.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    errors: list = []
    bank = source_bank([str(folder)], articles=lambda ps: iter_articles(ps, on_error=errors.append))
    assert not errors
    return bank


def findings(draft: str, bank=None, ignore=()):
    art = read_text(draft, "draft.md", format="markdown")
    (report,) = list(check([art], bank=bank, ignore=ignore))
    return report.findings


def rules(draft: str, bank=None, ignore=()):
    return [f.rule for f in findings(draft, bank, ignore)]


GOOD = '"We will not raise the harbor fees this year, and the 40 new berths will open in June," Mara Ellison said.\n'


def test_a_faithful_draft_has_no_findings(bank):
    assert rules(GOOD, bank) == []


def test_q001_unbalanced_marks():
    draft = '"We will not raise the harbor fees, Mara Ellison said.\n\nThe council agreed.\n'
    fs = findings(draft)
    assert [f.rule for f in fs] == ["Q001"]
    assert (fs[0].line, fs[0].column) == (1, 1)
    assert fs[0].severity == "error"
    assert rules('"We will not raise the harbor fees," Mara Ellison said.\n') == []


def test_q001_stray_closing_mark():
    assert "Q001" in rules("The council agreed to the plan.” Then it adjourned.\n")


def test_q002_unattributed_direct_quotation():
    draft = "The harbor was quiet on Sunday.\n\n“The boats will never come back to this town, not in our lifetime.”\n"
    assert rules(draft) == ["Q002"]
    attributed = draft.replace("lifetime.”", "lifetime,” said Olaf Brandt.")
    assert rules(attributed) == []


def test_q003_words_in_no_source(bank):
    draft = '"The lighthouse will be sold to a hotel chain next spring," Mara Ellison said.\n'
    assert rules(draft, bank) == ["Q003"]
    assert rules(draft) == []  # no sources: nothing to compare with


@pytest.mark.parametrize(
    "changed",
    [
        GOOD.replace("will not raise", "will raise"),
        GOOD.replace("40 new berths", "14 new berths"),
        GOOD.replace("in June", "in July"),
    ],
)
def test_q004_altered_meaning(bank, changed):
    fs = findings(changed, bank)
    assert [f.rule for f in fs] == ["Q004"]
    assert fs[0].detail is not None and ("{+" in fs[0].detail or "[-" in fs[0].detail)
    assert fs[0].source["article"].endswith("council.txt")


def test_q004_against_a_transcript(bank):
    draft = '"The fish market will not stay where it is," Mara Ellison said.\n'
    assert rules(draft, bank) == ["Q004"]
    faithful = '"The fish market will stay where it is," Mara Ellison said.\n'
    assert rules(faithful, bank) == []


def test_q005_words_left_out_without_an_ellipsis(bank):
    draft = '"We will not raise the harbor fees this year, and the berths will open in June," Mara Ellison said.\n'
    fs = findings(draft, bank)
    assert [f.rule for f in fs] == ["Q005"]
    assert "without an ellipsis" in fs[0].message
    marked = '"We will not raise the harbor fees this year … the 40 new berths will open in June," Mara Ellison said.\n'
    assert rules(marked, bank) == []


def test_q005_words_changed(bank):
    draft = '"We shall not raise the harbor charges this year, and the 40 new berths will open in June," Mara Ellison said.\n'
    assert rules(draft, bank) == ["Q005"]


def test_q006_misattributed(bank):
    draft = '"Ships can now come in at any tide, day or night," Mara Ellison said.\n'
    fs = findings(draft, bank)
    assert [f.rule for f in fs] == ["Q006"]
    assert "Olaf Brandt" in fs[0].message
    right = draft.replace("Mara Ellison", "Olaf Brandt")
    assert rules(right, bank) == []


def test_inline_suppression_on_the_line_before():
    draft = (
        "<!-- quotes: ignore Q002 -->\n“The boats will never come back to this town, not in our lifetime.”\n"
    )
    assert rules(draft) == []
    other_rule = (
        "<!-- quotes: ignore Q004 -->\n“The boats will never come back to this town, not in our lifetime.”\n"
    )
    assert rules(other_rule) == ["Q002"]
    every_rule = (
        "<!-- quotes: ignore -->\n“The boats will never come back to this town, not in our lifetime.”\n"
    )
    assert rules(every_rule) == []


def test_rules_turned_off():
    draft = "“The boats will never come back to this town, not in our lifetime.”\n"
    assert rules(draft, ignore={"Q002"}) == []


def test_markdown_code_and_front_matter_are_not_prose():
    draft = (
        '---\ntitle: "A draft"\n---\n\n'
        '```\nprint("not a quotation\n```\n\n'
        'See [the "docs"](https://example.org/"x") for `"code"`.\n'
    )
    assert rules(draft) == []


def test_never_modifies_the_draft(tmp_path, bank):
    path = tmp_path / "draft.md"
    path.write_text(GOOD.replace("will not raise", "will raise"), encoding="utf-8")
    before = path.read_bytes()
    list(check(iter_articles([str(path)], on_error=print), bank=bank))
    assert path.read_bytes() == before


def test_fail_levels():
    from quotes.check.findings import Finding

    warning = Finding("a.md", 1, 1, "Q002", "x")
    error = Finding("a.md", 1, 1, "Q004", "x")
    assert not fails([warning], "error")
    assert fails([warning], "warning")
    assert fails([error], "error")
    assert not fails([error], "never")


# -- the quote bank -------------------------------------------------------------------------------


def _results(text: str, id: str = "a.txt"):
    return list(extract_many([read_text(text, id)]))


def test_bank_reindexing_the_same_article_does_not_duplicate(tmp_path):
    db = tmp_path / "bank.db"
    with QuoteBank(str(db)) as b:
        assert fill(b, _results(SOURCE)) == {"added": 1, "replaced": 0, "unchanged": 0}
        n = b.count()
        assert fill(b, _results(SOURCE)) == {"added": 0, "replaced": 0, "unchanged": 1}
        assert b.count() == n
        changed = SOURCE.replace("40 new berths", "50 new berths")
        assert fill(b, _results(changed)) == {"added": 0, "replaced": 1, "unchanged": 0}
        assert b.count() == n
        assert any("50 new berths" in c.text for c in b.candidates("new berths will open in June"))
        assert not any("40 new berths" in c.text for c in b.candidates("new berths will open in June"))


def test_bank_interrupted_run_stays_consistent(tmp_path, monkeypatch):
    db = tmp_path / "bank.db"
    with QuoteBank(str(db)) as b:
        fill(b, _results(SOURCE, "first.txt"))
        calls = {"n": 0}
        real = b.db.execute

        class Boom(Exception):
            pass

        def failing(sql, *args):
            if sql.startswith("INSERT INTO quotes_fts"):
                calls["n"] += 1
                if calls["n"] == 2:
                    raise Boom
            return real(sql, *args)

        monkeypatch.setattr(b, "db", _Proxy(b.db, failing))
        with pytest.raises(Boom):
            fill(b, _results(SOURCE, "second.txt"))
    con = sqlite3.connect(db)
    keys = [r[0] for r in con.execute("SELECT key FROM articles")]
    assert keys == ["first.txt"]  # the interrupted article left nothing behind
    n_quotes = con.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    n_fts = con.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()[0]
    assert n_quotes == n_fts > 0


class _Proxy:
    """A sqlite3 connection whose execute can be replaced (the real one's attributes are read-only)."""

    def __init__(self, con, execute):
        self._con = con
        self.execute = execute

    def __getattr__(self, name):
        return getattr(self._con, name)

    def __enter__(self):
        return self._con.__enter__()

    def __exit__(self, *exc):
        return self._con.__exit__(*exc)


# -- configuration and reports --------------------------------------------------------------------


def test_config_from_pyproject_and_dot_file(tmp_path):
    py = tmp_path / "pyproject.toml"
    py.write_text(
        '[tool.quotes]\nagainst = ["sources"]\nfail-level = "warning"\nignore = ["Q002"]\n'
        'speech-verbs = ["harrumph"]\n',
        encoding="utf-8",
    )
    cfg = load_config(py)
    assert cfg.against == [str(tmp_path / "sources")]
    assert cfg.fail_level == "warning"
    assert cfg.ignore == {"Q002"}
    assert cfg.speech_verbs == ["harrumph"]
    dot = tmp_path / ".quotes.toml"
    dot.write_text('fail_level = "error"\n', encoding="utf-8")
    assert load_config(dot).fail_level == "error"
    assert load_config(None) == CheckConfig()


@pytest.mark.parametrize(
    "body",
    ['fail-level = "loud"\n', 'ignore = ["Q999"]\n', 'colour = "red"\n', "against = 3\n", "not toml ===\n"],
)
def test_bad_config_is_a_usage_error(tmp_path, body):
    cfg = tmp_path / ".quotes.toml"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(UsageError, match=r"\.quotes\.toml"):
        load_config(cfg)


def test_extra_speech_verbs_from_configuration():
    from quotes.lexicons.speech import EXTRA_SPEECH_VERBS, add_speech_verbs

    draft = '"The harbor is ours and it always will be," Olaf Brandt harrumphed.\n'
    before = set(EXTRA_SPEECH_VERBS)
    try:
        add_speech_verbs(["harrumph"])
        assert rules(draft) == []
    finally:
        EXTRA_SPEECH_VERBS.clear()
        EXTRA_SPEECH_VERBS.update(before)


def test_json_report_is_versioned(bank):
    fs = findings(GOOD.replace("will not raise", "will raise"), bank)
    report = json.loads(json.dumps(as_json(fs, 1)))
    assert report["version"] == 1
    assert report["summary"] == {"files": 1, "errors": 1, "warnings": 0}
    (f,) = report["findings"]
    assert {"path", "line", "column", "rule", "severity", "message", "detail", "diff", "source"} <= f.keys()


def test_sarif_report(bank):
    fs = findings(GOOD.replace("will not raise", "will raise"), bank)
    log = as_sarif(fs)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "Q001",
        "Q002",
        "Q003",
        "Q004",
        "Q005",
        "Q006",
    ]
    (result,) = run["results"]
    assert result["ruleId"] == "Q004" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["startColumn"] >= 1
