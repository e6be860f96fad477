"""Lone surrogates (U+D800–U+DFFF: undecodable bytes kept by ``surrogateescape``, a ``\\ud800`` escape)
become U+FFFD with a warning, in the library and on the command line; output is still written."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import write
from typer.testing import Result

import quotes
from quotes.read.decode import decode, replace_surrogates

Cli = Callable[..., Result]

TEXT = (
    "Storm batters the coast\n\n"
    "“The sea wall held \ud800 all night, and not one house was flooded,” said harbour master Idris Calloway.\n"
)


def test_replace_surrogates_one_for_one() -> None:
    assert replace_surrogates("a\ud800b\udfffc") == ("a\ufffdb\ufffdc", 2)
    assert replace_surrogates("plain “text” ✓") == ("plain “text” ✓", 0)


def test_extract_replaces_a_lone_surrogate_with_a_warning() -> None:
    with pytest.warns(UnicodeWarning, match=r"^story-1: 1 lone surrogate .*replaced with U\+FFFD$"):
        (q,) = quotes.extract(TEXT, id="story-1", outlet="Daily Example")
    assert q.speaker == "Idris Calloway"
    assert q.quote == "The sea wall held \ufffd all night, and not one house was flooded,"
    # Offsets still fit the text as given: one character for one.
    assert TEXT[q.start : q.end] == q.quote.replace("\ufffd", "\ud800")
    json.dumps(q.to_dict(), ensure_ascii=False).encode("utf-8")  # no UnicodeEncodeError


def test_extract_replaces_surrogates_in_metadata() -> None:
    with pytest.warns(UnicodeWarning, match="2 lone surrogates"):
        (q,) = quotes.extract(TEXT.replace(" \ud800", ""), id="caf\udcff.txt", outlet="Bay \udc80 Wire")
    assert (q.article, q.outlet) == ("caf\ufffd.txt", "Bay \ufffd Wire")


def test_decode_replaces_what_a_codec_lets_through() -> None:
    notes: list[str] = []
    data = "Storm\n\n“The sea wall held all night,” said Idris Calloway.\n".encode().replace(
        b"held", b"h\xffld"
    )
    text = decode(data, "coast.txt", encoding=_SURROGATEESCAPE, on_warning=notes.append)
    assert "h\ufffdld" in text
    assert notes == ["coast.txt: 1 lone surrogate (undecodable character) replaced with U+FFFD"]


# "utf-8 with surrogateescape" as a codec of its own, so --encoding can name it.
_SURROGATEESCAPE = "test-utf8-surrogateescape"


def _search(name: str) -> codecs.CodecInfo | None:
    if name != _SURROGATEESCAPE.replace("-", "_"):
        return None
    utf8 = codecs.lookup("utf-8")
    return codecs.CodecInfo(
        name=_SURROGATEESCAPE,
        encode=lambda s, errors="strict": utf8.encode(s, "surrogateescape"),
        decode=lambda b, errors="strict": utf8.decode(b, "surrogateescape"),
    )


@pytest.fixture(autouse=True)
def _codec() -> Iterator[None]:
    codecs.register(_search)
    yield
    codecs.unregister(_search)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_cli_replaces_surrogates_from_a_file_and_writes_the_output(
    cli: Cli, tmp_path: Path, fmt: str
) -> None:
    source = write(tmp_path / "coast.txt", TEXT.replace(" \ud800", "").encode().replace(b"held", b"h\x81ld"))
    out = tmp_path / f"out.{fmt}"
    result = cli(["extract", source, "--encoding", _SURROGATEESCAPE, "-f", fmt, "-o", out])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {source}: 1 lone surrogate (undecodable character) replaced with U+FFFD"
    ]
    written = out.read_text(encoding="utf-8")
    if fmt == "json":
        (record,) = json.loads(written)
    elif fmt == "jsonl":
        (record,) = map(json.loads, written.splitlines())
    elif fmt == "csv":
        (record,) = csv.DictReader(written.splitlines())
    else:
        assert "Idris Calloway" in written
        return
    assert record["quote"] == "The sea wall h\ufffdld all night, and not one house was flooded,"
    assert record["speaker"] == "Idris Calloway"


@pytest.mark.xfail(
    strict=True,
    reason="a JSONL \\ud800 escape is made by json.loads in quotes/read/jsonl.py, after decode(): "
    "it needs replace_surrogates() there (not in this change's files)",
)
def test_cli_replaces_a_surrogate_escape_in_jsonl(cli: Cli, tmp_path: Path) -> None:
    line = json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=True)  # "\ud800" as an escape
    source = write(tmp_path / "wire.jsonl", line + "\n")
    out = tmp_path / "out.json"
    result = cli(["extract", source, "-f", "json", "-o", out])
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert "\ufffd" in record["quote"]
