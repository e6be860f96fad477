"""Where extraction runs: this process, a pool of local processes, or a Dask cluster.

``quotes.pipeline.extract_many`` chooses: ``engine="local"`` (the default) runs in this process, or in
``workers`` processes of a pool; ``engine="dask"`` (or a ``scheduler`` address) hands the work to
:mod:`quotes.scale.dask`, imported only then. Both send the articles out in chunks cut by
:func:`guided_chunks`, so every worker is busy from the start to the end of a run, however small.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import Any, TypeVar

from quotes.errors import UsageError

ENGINES: tuple[str, ...] = ("local", "dask")

DASK_MISSING = "Dask is not installed; install it with: pip install 'quotes[dask]'"

T = TypeVar("T")


def dask_engine(engine: str = "dask") -> ModuleType:
    """:mod:`quotes.scale.dask`, imported now; a one-line error when Dask is not installed."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    try:
        from quotes.scale import dask as engine_module
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in {"dask", "distributed"}:
            raise UsageError(DASK_MISSING) from None
        raise
    return engine_module


def guided_chunks(
    items: Iterable[T], size: int, workers: int, weight: Callable[[T], int] | None = None
) -> Iterator[list[T]]:
    """Cut a stream into chunks that keep ``workers`` busy from the start to the very end.

    ``weight`` estimates an item's cost (for an article, :func:`article_weight`: its length);
    without it every item weighs one. A chunk holds at most ``size`` items and about
    ``CHUNK_WEIGHT`` of weight, so one long article does not hold up a chunk of short ones. The
    first chunk of each worker is a quarter of that, sent at once. Items are read ahead until the
    end of the stream is in sight (``2 * workers`` chunks' worth); from then on each chunk takes the
    weight left divided by twice the workers, so chunks shrink to one item at the end and no worker
    is left with a long tail while the others wait. Memory stays bounded by the read-ahead.
    """
    weigh = weight or _one
    size = max(1, size)
    workers = max(1, workers)
    cap = CHUNK_WEIGHT if weight is not None else size
    ahead_items = 2 * workers * (size - 1) + 1  # more than this: no chunk can be cut short by the end
    ahead_weight = 2 * workers * cap
    stream = iter(items)
    buffer: deque[tuple[T, int]] = deque()
    held = 0  # the weight in the buffer
    ended = False
    emitted = 0
    while True:
        while not ended and len(buffer) < ahead_items and held < ahead_weight:
            try:
                item = next(stream)
            except StopIteration:
                ended = True
                break
            w = max(1, weigh(item))
            buffer.append((item, w))
            held += w
        if not buffer:
            return
        target = cap if emitted >= workers else max(1, cap // 4)
        if ended:
            target = min(target, math.ceil(held / (2 * workers)))
        chunk: list[T] = []
        taken = 0
        while buffer and len(chunk) < size and (not chunk or taken + buffer[0][1] <= target):
            item, w = buffer.popleft()
            chunk.append(item)
            taken += w
        held -= taken
        emitted += 1
        yield chunk


CHUNK_WEIGHT = 20_000  # characters of text in a chunk: a few seconds of parsing


def limit_blas_threads(threads: int) -> None:
    """Let this process's BLAS (OpenBLAS under numpy) use at most ``threads`` threads.

    spaCy's matrix products may run in a threaded BLAS; in a pool of worker processes each one must
    keep to its share of the cores, or the threads of all of them fight for the same cores.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # nothing to limit it with: the BLAS keeps its own setting
        return
    threadpool_limits(limits=max(1, threads), user_api="blas")


def _one(item: object) -> int:
    return 1


def article_weight(article: Any) -> int:
    """An article's cost estimate for :func:`guided_chunks`: its length, plus a little for the rest."""
    return len(article.text or "") + 500
