"""Write output files atomically: a reader sees the old file or the whole new one, never a part.

Only a regular file (or a name not yet taken) is replaced. A named pipe, a device such as
``/dev/null`` and a file descriptor such as ``/dev/stdout`` are written to as they are, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

_STD_FDS = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_FD_PATH = re.compile(r"/(?:dev|proc/self)/fd/(\d+)")


def _fd_named(path: str) -> int | None:
    """The file descriptor a path such as ``/dev/stdout`` or ``/dev/fd/3`` names, else None."""
    if path in _STD_FDS:
        return _STD_FDS[path]
    match = _FD_PATH.fullmatch(path)
    return int(match.group(1)) if match else None


def mode_for(target: Path) -> int:
    """Permissions for the new file: those of the file it replaces, else the usual ones (umask applied)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def written_in_place(path: str) -> bool:
    """Whether ``path`` is to be written in place: a file descriptor, a pipe, a device or a socket."""
    if _fd_named(path) is not None:
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:  # not there (or a broken link): a new regular file
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def _stream_output(path: str, newline: str | None) -> Iterator[TextIO]:
    """A text stream written straight into ``path`` (a pipe, a device or a file descriptor)."""
    fd = _fd_named(path)
    if fd is not None:  # the same open file (its offset, its append mode), not a second one
        sys.stdout.flush()
    with open(path if fd is None else os.dup(fd), "w", encoding="utf-8", newline=newline) as handle:
        yield handle


@contextlib.contextmanager
def atomic_output(path: str | None, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text stream to ``path`` that replaces the file only when the block succeeds.

    With no path (or ``-``) the stream is stdout. The data goes to a temporary file in the same
    folder, which is renamed over ``path`` at the end; on an error (or an interruption) the temporary
    file is removed and ``path`` is untouched. A symbolic link is followed (the file it points to is
    replaced), and the new file keeps the permissions of the one it replaces. A path that is not a
    regular file (a named pipe, ``/dev/null``, ``/dev/stdout``) is written to in place, never replaced.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if written_in_place(path):
        with _stream_output(path, newline) as handle:
            yield handle
        return
    target = Path(os.path.realpath(path))
    if target.is_dir():  # fail now, not after the whole run
        raise IsADirectoryError(21, "Is a directory", path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            os.chmod(tmp, mode_for(target))
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
