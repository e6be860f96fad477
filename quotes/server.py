"""A warm ``quotes check``: a background process that keeps spaCy and the model loaded.

A cold ``quotes check`` spends most of its time importing spaCy and loading the model, before it
reads a word of the draft. A pre-commit hook runs it on every commit, so ``quotes check --warm``
hands the run to a server that has done that once:

- The server (``quotes server start``, or the first ``--warm`` run) loads the model, then waits on
  a Unix socket in a private folder of the user's (``$XDG_RUNTIME_DIR``, else ``/tmp/quotes-UID``).
- A ``--warm`` run connects and passes its arguments, working folder, environment and its own
  standard input, output and error (the file descriptors themselves). The server forks; the child
  runs the command exactly as a cold process would, writing straight to the caller's terminal or
  pipe, and sends back the exit status. Each run is a fresh fork, so no state carries from one run
  to the next: the output is the same, byte for byte, as a cold run's.
- The socket's name carries a fingerprint of the installed code (the package's files, Python,
  spaCy), so a server left from another version is never used. A server exits after
  ``QUOTES_SERVER_IDLE`` seconds without a request (900 by default).
- When no server answers, the run goes on in its own process (and ``--warm`` starts a server for
  the next one). A platform without Unix sockets always runs cold.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

IDLE_SECONDS = 900.0  # a server with no request for this long exits (QUOTES_SERVER_IDLE overrides)
START_SECONDS = 60.0  # how long ``start_server(wait=True)`` waits for the model to load
_HEADER = struct.Struct("!I")
_MAX_REQUEST = 4 << 20
_SERVING_ENV = "QUOTES_SERVING"  # set in a server's children: never hand the run on again


def supported() -> bool:
    """Whether this platform can pass file descriptors over a Unix socket (Linux, macOS)."""
    return hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds") and hasattr(os, "fork")


def runtime_dir() -> Path | None:
    """The private folder for the server's socket, created if missing; None when it cannot be made
    private to this user (then no server is used)."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(base) / "quotes" if base and os.path.isdir(base) else None
    if folder is None:
        folder = Path(tempfile.gettempdir()) / f"quotes-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, parents=False, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None  # someone else's folder, or one others can enter: not safe for a socket
    return folder


def fingerprint() -> str:
    """A short hash of what the server runs: this package's files (names, sizes, times), the
    Python executable and spaCy's version. A changed install gives another socket name."""
    digest = hashlib.sha1(sys.executable.encode())
    package = Path(__file__).parent
    for folder, dirs, files in sorted(os.walk(package)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".j2", ".html", ".css", ".js", ".toml", ".json")):
                info = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    with contextlib.suppress(Exception):
        from importlib.metadata import version

        digest.update(version("spacy").encode())
    return digest.hexdigest()[:16]


def socket_path() -> Path | None:
    """Where this install's server listens; None when there is no safe place for it."""
    if not supported():
        return None
    folder = runtime_dir()
    return folder / f"check-{fingerprint()}.sock" if folder is not None else None


# -- the caller's side --------------------------------------------------------------------------------
def run_remote(argv: Sequence[str], path: Path | None = None) -> int | None:
    """Run ``quotes ARGV`` in the server and return its exit status, or None when no server
    answers (nothing has been run then: the caller runs the command itself).

    Interrupting the caller (Ctrl-C, SIGTERM) interrupts the run in the server.
    """
    if os.environ.get(_SERVING_ENV) or not supported():
        return None
    path = path or socket_path()
    if path is None or not path.exists():
        return None
    try:
        cwd = os.getcwd()
    except OSError:
        return None  # a folder deleted under us: the run here will say so
    request = {
        "argv": list(argv),
        "cwd": cwd,
        "env": dict(os.environ),
        "encodings": [_encoding(s) for s in (sys.stdin, sys.stdout, sys.stderr)],
    }
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(5)
        conn.connect(str(path))
        body = json.dumps(request).encode()
        socket.send_fds(conn, [_HEADER.pack(len(body))], [0, 1, 2])
        conn.sendall(body)
        conn.settimeout(None)
        reader = conn.makefile("rb")
        first = reader.readline()
        if not first.startswith(b"pid "):
            return None  # a server of another kind, or one that is stopping: run here
        child = int(first.split()[1])
    except (OSError, ValueError):
        conn.close()
        return None
    with _forwarding_signals(child):
        line = reader.readline()
    conn.close()
    if not line.startswith(b"exit "):
        print("quotes: the warm server ended the run early; run without --warm", file=sys.stderr)
        return 1
    return int(line.split()[1])


def _encoding(stream: object) -> list[str]:
    return [getattr(stream, "encoding", None) or "utf-8", getattr(stream, "errors", None) or "strict"]


@contextlib.contextmanager
def _forwarding_signals(child: int):  # type: ignore[no-untyped-def]
    """While waiting, pass SIGINT and SIGTERM on to the server's child running the command."""
    previous: dict[int, object] = {}

    def forward(signum: int, _frame: object) -> None:
        with contextlib.suppress(OSError):
            os.kill(child, signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, forward)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


def start_server(wait: bool = False, path: Path | None = None) -> Path | None:
    """Start a server in the background (it outlives this process); with ``wait``, return once it
    answers. The socket's path, or None when this platform or folder allows no server (or when
    this process is a server's run: its server is up)."""
    if os.environ.get(_SERVING_ENV):
        return None
    path = path or socket_path()
    if path is None:
        return None
    if not _answers(path):
        env = dict(os.environ)
        env.pop(_SERVING_ENV, None)
        subprocess.Popen(
            [sys.executable, "-m", "quotes.server", str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
            close_fds=True,
        )
    if wait:
        deadline = time.monotonic() + START_SECONDS
        while not _answers(path):
            if time.monotonic() > deadline:
                return None
            time.sleep(0.1)
    return path


def stop_server(path: Path | None = None) -> int:
    """Ask the server on ``path`` to exit, or by default every server of this user's (those of
    other installs or versions too); how many were running."""
    if path is not None:
        return int(_ask(path, "stop") is not None)
    folder = runtime_dir()
    if folder is None:
        return 0
    return sum(_ask(found, "stop") is not None for found in sorted(folder.glob("check-*.sock")))


def server_status(path: Path | None = None) -> dict[str, object] | None:
    """The running server's pid, socket, start time and the number of runs it has served, or None
    when none answers."""
    path = path or socket_path()
    if path is None:
        return None
    answer = _ask(path, "status")
    return json.loads(answer) if answer else None


def _answers(path: Path) -> bool:
    return path.exists() and _ask(path, "status") is not None


def _ask(path: Path, command: str) -> str | None:
    """Send a control command (``status``, ``stop``); the server's one-line answer, or None."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(2)
            conn.connect(str(path))
            body = json.dumps({"control": command}).encode()
            conn.sendall(_HEADER.pack(len(body)) + body)
            answer = conn.makefile("rb").readline()
    except OSError:
        return None
    return answer.decode().strip() or None


# -- the server's side ---------------------------------------------------------------------------------
def serve(path: Path, run: Callable[[list[str]], int], idle: float | None = None) -> None:
    """Listen on ``path`` and run each request's command in a forked child with ``run(argv)``
    (which returns the exit status). Returns after ``idle`` seconds without a request, or when
    asked to stop."""
    if idle is None:
        idle = float(os.environ.get("QUOTES_SERVER_IDLE", IDLE_SECONDS))
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a socket left by a server that died: nobody answers on it
    listener.bind(str(path))
    os.chmod(path, 0o600)
    listener.listen(16)
    listener.settimeout(1.0)
    started = time.time()
    runs = 0
    last = time.monotonic()
    children: set[int] = set()
    try:
        while True:
            children = {pid for pid in children if not _reaped(pid)}
            if not children and time.monotonic() - last > idle:
                return
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            last = time.monotonic()
            with conn:
                if not _same_user(conn):
                    continue
                request, fds = _receive(conn)
                if request is None:
                    continue
                if request.get("control") == "stop":
                    conn.sendall(b"stopping\n")
                    return
                if request.get("control") == "status":
                    status = {"pid": os.getpid(), "socket": str(path), "started": round(started)}
                    conn.sendall(json.dumps({**status, "runs": runs}).encode() + b"\n")
                    continue
                if len(fds) != 3 or not isinstance(request.get("argv"), list):
                    for fd in fds:
                        os.close(fd)
                    continue
                pid = os.fork()
                if pid == 0:
                    listener.close()
                    _child(conn, request, fds, run)  # never returns
                children.add(pid)
                runs += 1
                for fd in fds:
                    os.close(fd)
    finally:
        listener.close()
        with contextlib.suppress(FileNotFoundError):
            if path.exists():
                path.unlink()


def _reaped(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done != 0


def _same_user(conn: socket.socket) -> bool:
    """The caller runs as this user (checked where the platform tells; the folder is private too)."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is None:
        return True
    creds = conn.getsockopt(socket.SOL_SOCKET, peercred, struct.calcsize("3i"))
    _, uid, _ = struct.unpack("3i", creds)
    return uid == os.getuid()


def _receive(conn: socket.socket) -> tuple[dict[str, object] | None, list[int]]:
    """A request: its JSON body and the file descriptors sent with it."""
    conn.settimeout(5)
    try:
        head, fds, _, _ = socket.recv_fds(conn, _HEADER.size, 3)
        while len(head) < _HEADER.size:
            more = conn.recv(_HEADER.size - len(head))
            if not more:
                return None, fds
            head += more
        (size,) = _HEADER.unpack(head)
        if size > _MAX_REQUEST:
            return None, fds
        body = b""
        while len(body) < size:
            more = conn.recv(size - len(body))
            if not more:
                return None, fds
            body += more
        request = json.loads(body)
    except (OSError, ValueError):
        return None, []
    return (request if isinstance(request, dict) else None), fds


def _child(conn: socket.socket, request: dict, fds: list[int], run: Callable[[list[str]], int]) -> None:
    """In the forked child: take the caller's stdio, folder and environment, run, report, exit."""
    code = 1
    try:
        os.setsid()  # the caller's signals reach this child by pid, not the server's group
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        encodings = request.get("encodings") or [["utf-8", "strict"]] * 3
        sys.stdin, sys.stdout, sys.stderr = (
            _stream(fd, mode, *encodings[fd]) for fd, mode in ((0, "r"), (1, "w"), (2, "w"))
        )
        os.chdir(str(request["cwd"]))
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in dict(request["env"]).items()})
        os.environ[_SERVING_ENV] = "1"
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)
        conn.settimeout(None)
        conn.sendall(f"pid {os.getpid()}\n".encode())
        code = run([str(a) for a in request["argv"]])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        with contextlib.suppress(OSError):
            conn.sendall(f"exit {code}\n".encode())
        os._exit(0)


def _stream(fd: int, mode: str, encoding: str, errors: str):  # type: ignore[no-untyped-def]
    """A text stream on a standard descriptor, buffered as Python buffers its own."""
    buffering = 1 if mode == "w" and os.isatty(fd) else -1  # line-buffered on a terminal
    return open(fd, mode, buffering, encoding, errors, closefd=False)


def _serve_main(argv: Sequence[str]) -> None:
    """``python -m quotes.server SOCKET``: load the model and everything ``check`` imports, then
    serve."""
    import fcntl

    path = Path(argv[0])
    with open(path.with_suffix(".lock"), "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # another server for this install is starting or running: it serves
        from quotes.cli import run_in_server, warm_up

        warm_up()
        serve(path, run_in_server)


if __name__ == "__main__":
    _serve_main(sys.argv[1:])


__all__ = ["run_remote", "serve", "server_status", "socket_path", "start_server", "stop_server", "supported"]
