"""Text from articles made safe to show: control codes and bidi overrides become visible escapes.

Article text can hold anything: ANSI colour and cursor codes (``ESC [ … m``), OSC hyperlinks and
window titles (``ESC ] … BEL``), C1 codes (U+0080–U+009F, which some terminals obey like ESC
sequences), and bidirectional overrides that make a line read differently from what it holds.
Output meant for people (tables, the text report, SARIF messages) shows them as Python-style
escapes instead; data formats keep every character (JSON writes the risky ones as ``\\uXXXX``).
"""

from __future__ import annotations

import re

# C0 controls and DEL, C1 controls, lone surrogates (undecodable bytes), the Unicode line and
# paragraph separators, and the bidi marks, embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
# The subset json.dumps(ensure_ascii=False) leaves raw (it escapes C0 controls itself).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
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


def json_safe(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with C1 codes and bidi controls escaped.

    Such characters only occur inside JSON strings, where ``\\uXXXX`` stands for the same character:
    the data is unchanged, but printing the document cannot drive a terminal.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
