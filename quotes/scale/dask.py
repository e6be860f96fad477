"""Extraction on a Dask distributed cluster: one machine or many.

``extract_dask`` sends chunks of articles (cut by :func:`quotes.scale.guided_chunks`) to the workers
of a running scheduler (``tcp://HOST:PORT``), or of a ``LocalCluster`` started for the run. Each
worker process loads the spaCy model once, on its first chunk, and keeps it. Results come back as
they finish and are yielded in input order; at most two chunks per worker thread are in flight or
waiting for an earlier one, so memory stays flat however large the corpus.

Faults: a scheduler that cannot be reached is one :class:`~quotes.errors.QuotesError` naming it,
before anything is sent; a worker that dies mid-run loses nothing (the scheduler runs its chunks
again elsewhere); an article that fails on a worker goes to ``on_error`` with the same message as in
a local run, and the other articles are kept.

Imported only when Dask is asked for (``--engine dask`` or ``--scheduler``); Dask itself is the
optional extra ``quotes[dask]``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from distributed import Client, LocalCluster, as_completed
from distributed.comm.addressing import parse_address, parse_host_port

from quotes.errors import QuotesError, UsageError
from quotes.records import DEFAULT_KINDS
from quotes.scale import article_weight, guided_chunks

if TYPE_CHECKING:
    from quotes.pipeline import ArticleQuotes, ErrorHandler
    from quotes.records import Article

CONNECT_TIMEOUT = 8.0  # seconds to reach a scheduler (one line within 10 s), and to wait for a worker
_LOAD_LOCK = threading.Lock()  # one model load per worker process, however many threads it runs


def _run_chunk(chunk: list[Article], model: str | None, kinds: frozenset[str]) -> list[Any]:
    """On a worker: extract one chunk with the process's model (loaded on its first chunk)."""
    from quotes.nlp.model import load_model
    from quotes.pipeline import run_chunk

    with _LOAD_LOCK:
        nlp = load_model(model)
    return run_chunk(chunk, nlp, kinds)


def _worker_ready() -> str:
    """On a worker: proves that quotes can be imported there; its version."""
    from quotes import __version__

    return __version__


def probe(address: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """Fail fast, with one line naming ``address``, unless a Dask scheduler answers there.

    A TCP (or TLS) address is first tried with a plain socket: a refused connection or an unknown
    host is reported at once. Then the scheduler is asked who it is, over Dask's own protocol: a
    server that does not answer as a scheduler is reported too. Both take ``timeout`` seconds at most.
    """
    deadline = time.monotonic() + timeout
    try:
        scheme, location = parse_address(address)
        host, port = parse_host_port(location) if scheme in {"tcp", "tls"} else (None, None)
    except ValueError:
        raise UsageError(f"{address}: not a scheduler address; give tcp://HOST:PORT") from None
    if host is not None:
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                pass
        except OSError as exc:
            raise QuotesError(f"{address}: cannot reach the Dask scheduler ({_reason(exc)})") from None
    left = max(1.0, deadline - time.monotonic())
    with ThreadPoolExecutor(1) as thread:  # its own event loop, whatever the caller runs
        try:
            reply = thread.submit(asyncio.run, _identity(address, left)).result()
        except Exception as exc:  # a timeout, a refusal, or a server that speaks another protocol
            raise QuotesError(f"{address}: cannot reach the Dask scheduler ({_reason(exc)})") from None
    if not isinstance(reply, dict) or reply.get("type") != "Scheduler":
        raise QuotesError(f"{address}: cannot reach the Dask scheduler ({NOT_DASK})")


NOT_DASK = "no Dask scheduler answers there"


def _reason(exc: Exception) -> str:
    """Why a scheduler could not be reached, in a few words."""
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError):
        return exc.strerror or _one_line(exc)
    return NOT_DASK  # a server that speaks another protocol: its garbage is no message


async def _identity(address: str, timeout: float) -> object:
    """What the server at ``address`` says it is, asked over Dask's protocol within ``timeout`` s."""
    from distributed.comm import connect

    async def ask() -> object:
        comm = await connect(address, timeout=timeout)
        try:
            await comm.write({"op": "identity"})
            return await comm.read()
        finally:
            comm.abort()

    return await asyncio.wait_for(ask(), timeout)


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask's own log lines (a worker lost, a task rerun) stay off stderr during a run: its errors
    reach the user as one line each, through this module."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def open_client(scheduler: str | None, workers: int = 1) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a ``LocalCluster`` of ``workers`` processes
    (one thread each) started for the run and stopped after it."""
    if scheduler is None:
        with (
            LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    probe(scheduler)  # a scheduler answers there: the client will not hang on something else
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as exc:
        raise QuotesError(f"{scheduler}: cannot reach the Dask scheduler ({_one_line(exc)})") from None
    try:
        yield client
    finally:
        client.close()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _check_workers(client: Client, scheduler: str | None) -> int:
    """The worker threads of the cluster, once one worker at least can run quotes."""
    where = scheduler or "the local Dask cluster"
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        raise QuotesError(f"{where}: no Dask worker joined within {CONNECT_TIMEOUT:.0f} s") from None
    try:
        client.run(_worker_ready)
    except Exception as exc:  # a worker without quotes cannot even unpickle the function
        raise QuotesError(
            f"{where}: a Dask worker cannot run quotes ({_one_line(exc)}); "
            "install quotes and its spaCy model on every worker"
        ) from None
    return max(1, sum(client.nthreads().values()))


def extract_dask(
    articles: Iterable[Article],
    *,
    scheduler: str | None = None,
    workers: int = 1,
    model: str | None = None,
    batch_size: int = 32,
    on_error: ErrorHandler | None = None,
    client: Client | None = None,
    kinds: frozenset[str] = DEFAULT_KINDS,
) -> Iterator[ArticleQuotes]:
    """Extract on a Dask cluster and yield each article's result in input order, as in a local run.

    ``client`` is an open client to use (left open); else one is opened to ``scheduler``, or to a
    ``LocalCluster`` of ``workers`` processes. An article that fails goes to ``on_error`` (without
    it, the error is raised); a chunk lost with its workers more often than Dask allows is reported
    article by article.
    """
    with _quiet_logs():
        if client is not None:
            yield from _extract(client, None, articles, model, batch_size, on_error, kinds)
            return
        with open_client(scheduler, workers) as own:
            yield from _extract(own, scheduler, articles, model, batch_size, on_error, kinds)


def _extract(
    client: Client,
    scheduler: str | None,
    articles: Iterable[Article],
    model: str | None,
    batch_size: int,
    on_error: ErrorHandler | None,
    kinds: frozenset[str],
) -> Iterator[ArticleQuotes]:
    """Submit chunks as slots free up, gather them as they finish, yield them in input order."""
    from distributed import Future

    threads = _check_workers(client, scheduler)
    run = uuid.uuid4().hex  # task keys of this run, unique on a scheduler shared with other clients
    limit = 2 * threads  # chunks submitted and not yet yielded: in flight, or done and waiting
    chunks = enumerate(guided_chunks(articles, batch_size, threads, weight=article_weight))
    sent: dict[int, list[Article]] = {}
    index_of: dict[Future, int] = {}
    done: dict[int, list[Any] | BaseException] = {}
    finished = as_completed(loop=client.loop)
    next_out = 0
    more = True

    def submit() -> None:
        nonlocal more
        while more and len(sent) < limit:
            item = next(chunks, None)
            if item is None:
                more = False
                return
            i, chunk = item
            sent[i] = chunk
            future = client.submit(_run_chunk, chunk, model, kinds, pure=False, key=f"quotes-{run}-{i}")
            index_of[future] = i
            finished.add(future)

    try:
        submit()
        while sent:
            while next_out not in done:
                future = next(finished)
                i = index_of.pop(future)
                try:
                    done[i] = future.result()
                except QuotesError:  # the model cannot be loaded there: no chunk can run
                    raise
                except Exception as exc:  # the chunk was lost more often than Dask retries it
                    if client.status != "running":
                        where = scheduler or "the local Dask cluster"
                        raise QuotesError(f"{where}: lost the Dask scheduler ({_one_line(exc)})") from None
                    done[i] = exc
                future.release()
            outcome = done.pop(next_out)
            chunk = sent.pop(next_out)
            next_out += 1
            submit()
            yield from _results(chunk, outcome, on_error)
    finally:
        for future in index_of:
            future.cancel()


def _results(
    chunk: list[Article], outcome: list[Any] | BaseException, on_error: ErrorHandler | None
) -> Iterator[ArticleQuotes]:
    """A chunk's results; its failures go to ``on_error`` as a local run reports them."""
    from quotes.pipeline import WorkerFailure, delivered

    if isinstance(outcome, BaseException):
        message = f"the Dask workers running it failed ({_one_line(outcome)})"
        outcome = [WorkerFailure(article, message) for article in chunk]
    yield from delivered(outcome, on_error)
