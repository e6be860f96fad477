"""Open one file from disk: size limit first, then the bytes, with OS failures as one-line problems."""

from __future__ import annotations

import errno
import os

from quotes.errors import InputError


def format_size(size: int, limit: int) -> tuple[str, str]:
    """Both byte counts in the same readable unit, with enough decimals to tell them apart."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if limit >= scale:
            for decimals in (1, 2, 3):
                shown = f"{size / scale:.{decimals}f}", f"{limit / scale:.{decimals}f}"
                if shown[0] != shown[1]:
                    return f"{shown[0]} {unit}", f"{shown[1]} {unit}"
            break
    return f"{size} bytes", f"{limit} bytes"


def too_big(what: str, size: int, limit: int, advice: str = "split it or raise --max-bytes") -> str:
    """The problem text for input over the size limit."""
    shown, shown_limit = format_size(size, limit)
    return f"{what} is {shown}, over the {shown_limit} limit; {advice}"


def os_problem(err: OSError) -> str:
    """The one-line problem text for an OS error on a path."""
    if isinstance(err, FileNotFoundError) or err.errno == errno.ENOENT:
        return "no such file or directory"
    if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if isinstance(err, IsADirectoryError):
        return "cannot read: is a directory"
    return f"cannot read: {(err.strerror or str(err)).lower()}"


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The whole content of a file no bigger than ``max_bytes``; InputError otherwise."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(path, too_big("file", size, max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(path, os_problem(err)) from None
    if len(data) > max_bytes:  # a file that grew, or a pipe whose size stat cannot tell
        raise InputError(path, too_big("file", len(data), max_bytes))
    return data
