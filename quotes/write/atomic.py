"""Write output files atomically: a reader sees the old file or the whole new one, never a part."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def _mode_for(target: Path) -> int:
    """Permissions for the new file: those of the file it replaces, else the usual ones (umask applied)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: str | None, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text stream to ``path`` that replaces the file only when the block succeeds.

    With no path (or ``-``) the stream is stdout. The data goes to a temporary file in the same
    folder, which is renamed over ``path`` at the end; on an error the temporary file is removed
    and ``path`` is untouched. A symbolic link is followed (the file it points to is replaced), and
    the new file keeps the permissions of the one it replaces.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(os.path.realpath(path))
    if target.is_dir():  # fail now, not after the whole run
        raise IsADirectoryError(21, "Is a directory", path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            os.chmod(tmp, _mode_for(target))
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
