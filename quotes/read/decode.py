"""Turn a file's bytes into text: UTF-8 (BOM or not), UTF-16 with BOM, cp1252 fallback; refuse binary data.

Text never leaves here with a lone surrogate (U+D800–U+DFFF, which a codec such as UTF-8 with
``surrogateescape`` or ``utf-7`` lets through): it cannot be encoded as UTF-8, so the parser and every
writer would fail on it. Each is replaced by U+FFFD (one for one: offsets keep), with a warning.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from quotes.errors import InputError

SNIFF_BYTES = 8192
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD, and how many; offsets stay as they were."""
    return _SURROGATE.subn(REPLACEMENT, text)


def surrogate_note(count: int) -> str:
    """The warning for ``count`` replaced surrogates (after ``SOURCE: ``)."""
    plural = "s" if count > 1 else ""
    return f"{count} lone surrogate{plural} (undecodable character{plural}) replaced with U+FFFD"


def _clean(text: str, source: str, on_warning: Callable[[str], None] | None) -> str:
    """``text`` without lone surrogates; a warning naming ``source`` when there were any."""
    if not _SURROGATE.search(text):
        return text
    text, count = replace_surrogates(text)
    if on_warning:
        on_warning(f"{source}: {surrogate_note(count)}")
    return text


def is_binary(data: bytes) -> bool:
    """Whether the first 8 KB hold NUL bytes or a high share of control characters."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if (byte < 32 or byte == 127) and byte not in _ALLOWED_CONTROLS)
    return controls / len(sample) > 0.1


def _looks_like_text(text: str) -> bool:
    """Whether a cp1252 reading is plausible prose rather than mojibake or data."""
    if not text:
        return True
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\x0b\x0c")
    non_ascii = sum(1 for ch in sample if ord(ch) > 127)
    return controls / len(sample) < 0.01 and non_ascii / len(sample) < 0.3


def _bad_byte(data: bytes, err: UnicodeDecodeError, skipped: int = 0) -> str:
    """``byte 0xNN at offset N`` for the first byte a codec rejected."""
    return f"byte 0x{data[err.start]:02x} at offset {err.start + skipped}"


def decode(
    data: bytes,
    source: str,
    *,
    encoding: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> str:
    """The text of ``data`` (BOM removed, line endings untouched); InputError when it is not text.

    A lone surrogate the codec let through is replaced by U+FFFD and reported to ``on_warning``.
    """
    return _clean(_decode(data, source, encoding=encoding, on_warning=on_warning), source, on_warning)


def _decode(
    data: bytes,
    source: str,
    *,
    encoding: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> str:
    """:func:`decode` before lone surrogates are replaced."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InputError(source, f"not valid UTF-16 ({_bad_byte(data, err, 0)})") from None
        if is_binary(text[:SNIFF_BYTES].encode("utf-8", "replace")):
            raise InputError(source, "binary data, not text")
        return text
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[skipped:]
    if is_binary(body):
        raise InputError(source, "binary data, not text")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    if encoding:
        try:
            return body.decode(encoding)
        except UnicodeDecodeError as err:
            raise InputError(
                source, f"cannot decode as {encoding} ({_bad_byte(body, err, skipped)})"
            ) from None
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        if on_warning:
            on_warning(f"{source}: not valid UTF-8; read as cp1252")
        return text
    raise InputError(
        source,
        f"not valid UTF-8 ({_bad_byte(body, utf8_error, skipped)}); convert it to UTF-8 or pass --encoding",
    )
