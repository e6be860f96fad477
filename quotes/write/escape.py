"""Text from articles made safe to show: control codes and bidi overrides become visible escapes.

Article text can hold anything: ANSI colour and cursor codes (``ESC [ … m``), OSC hyperlinks and
window titles (``ESC ] … BEL``), C1 codes (U+0080–U+009F, which some terminals obey like ESC
sequences), and bidirectional overrides that make a line read differently from what it holds.
Output meant for people (tables, the text report, SARIF messages) shows them as Python-style
escapes instead; data formats keep every character (JSON writes the risky ones as ``\\uXXXX``).

A lone surrogate (U+D800–U+DFFF) cannot be written as UTF-8 at all. Article text never holds one (it
is replaced when read), but a file name with undecodable bytes does (``surrogateescape``). Every
format writes it the same way, as the escape Python itself prints on stderr: the name ``caf\\xff.txt``
is written ``caf\\udcff.txt`` (a backslash and five characters) in tables, CSV, JSON and reports.
"""

from __future__ import annotations

import re
from typing import Any

# C0 controls and DEL, C1 controls, lone surrogates (undecodable bytes), the Unicode line and
# paragraph separators, and the bidi marks, embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
# The subset json.dumps(ensure_ascii=False) leaves raw (it escapes C0 controls itself).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS = re.compile(r"[ \t\n\r\v\f]*[\t\n\r\v\f][ \t\n\r\v\f]*")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control code, lone surrogate and bidi control written as a visible escape.

    ESC becomes ``\\x1b``, a C1 code ``\\x9b``, an override ``\\u202e``, a tab ``\\t`` and a line
    break ``\\n``; everything else, backslashes and rich markup included, is left as it is (print
    the result as a rich ``Text``, never as markup).
    """
    return _UNSAFE.sub(_escape, text)


def visible_line(text: str) -> str:
    """:func:`visible` for one line (a table cell, a report line): tabs and line breaks become a space."""
    return visible(_BREAKS.sub(" ", text))


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its escape, ``\\udcff``; the rest unchanged."""
    return _SURROGATE.sub(_escape, text)


def without_surrogates(value: Any) -> Any:
    """A record (dicts, lists, strings) with :func:`escape_surrogates` applied to every string in it."""
    if isinstance(value, str):
        return escape_surrogates(value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {key: without_surrogates(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_surrogates(item) for item in value]
    return value


def _json_escape(match: re.Match[str]) -> str:
    """A character as a JSON escape; a lone surrogate as the text of its escape (``\\\\udcff``)."""
    code = ord(match.group())
    return f"\\\\u{code:04x}" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


def json_safe(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with C1 codes and bidi controls escaped.

    Such characters only occur inside JSON strings, where ``\\uXXXX`` stands for the same character:
    the data is unchanged, but printing the document cannot drive a terminal. A lone surrogate, which
    no UTF-8 file can hold, becomes the text of its escape, as in :func:`escape_surrogates`.
    """
    return _JSON_UNSAFE.sub(_json_escape, dumped)
