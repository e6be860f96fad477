"""Scale-out: guided chunks for the local pool, and extraction on a Dask cluster.

A LocalCluster and a scheduler with two workers in processes of their own must give the records of a
single-process run; a scheduler that is not there is one line naming it; a worker killed mid-run
loses nothing; an article that fails on a worker is reported as a local run reports it. Every
article here is invented.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import quotes.scale
from quotes import pipeline
from quotes.records import Article
from quotes.scale import CHUNK_WEIGHT, guided_chunks

pytestmark = pytest.mark.slow  # starts real Dask clusters

# Invented towns, outlets and people.
STORIES = [
    (
        "Harbour wall to be rebuilt\n\n"
        "The Westmere harbour board approved the repairs on Monday.\n\n"
        '"The old wall will not survive another winter," said board chair Ilse Varga.\n'
    ),
    (
        "Bakery wins county prize\n\n"
        "A family bakery in Oldcastle took the county prize for its rye bread.\n\n"
        '"We bake every loaf by hand," owner Tomas Reyes told the Oldcastle Echo. '
        '"Nothing else would taste right."\n'
    ),
    (
        "School roof repaired early\n\n"
        "Builders finished the roof of Fernhill primary school a week early.\n\n"
        'Head teacher Amara Osei said the pupils were "thrilled to be back".\n\n'
        '"We can finally use the hall again," Osei said.\n'
    ),
    (
        "Cycle lane plan divides traders\n\n"
        "Shopkeepers on Mill Street are split over the new cycle lane.\n\n"
        '"It will bring more people past our windows," said florist Jana Holm.\n\n'
        'Butcher Pavel Novak disagreed. "My customers come by car," he said.\n'
    ),
]


def stories(n: int) -> list[Article]:
    """``n`` invented articles, the four stories over and over, each with a name of its own."""
    return [
        Article(id=f"story-{k:02d}.txt", text=STORIES[k % len(STORIES)], outlet="Westmere Post")
        for k in range(n)
    ]


def records(results: Iterator[pipeline.ArticleQuotes]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each article's id and records, in the order they came."""
    return [(r.article.id, [q.to_dict() for q in r.quotes]) for r in results]


@functools.cache
def _single(n: int) -> tuple[tuple[str, str], ...]:
    found = records(pipeline.extract_many(stories(n)))
    return tuple((key, json.dumps(recs)) for key, recs in found)


def single_process(n: int) -> list[tuple[str, list[dict[str, Any]]]]:
    """The records of ``stories(n)`` extracted in this process, one batch after another (cached)."""
    return [(key, json.loads(recs)) for key, recs in _single(40)[:n]]


# --- guided chunks (the local pool and Dask alike) -----------------------------------------------------


def test_guided_chunks_keep_every_item_in_order() -> None:
    for n in (0, 1, 3, 10, 84, 840):
        for size, workers in ((32, 2), (1, 2), (8, 4), (32, 1)):
            chunks = list(guided_chunks(range(n), size, workers))
            assert [x for c in chunks for x in c] == list(range(n))
            assert all(1 <= len(c) <= size for c in chunks)


def test_guided_chunks_give_every_worker_work_on_a_small_corpus() -> None:
    sizes = [len(c) for c in guided_chunks(range(84), 32, 2)]
    assert sizes[:2] == [8, 8]  # both workers start at once
    assert len(sizes) >= 8  # not three chunks of 32, 32 and 20: two workers share the work evenly
    assert sizes[-2:] == [1, 1]  # the end comes in small pieces
    long_run = [len(c) for c in guided_chunks(range(840), 32, 2)]
    assert long_run.count(32) >= 20  # full batches while the stream goes on


def test_guided_chunks_weigh_long_articles() -> None:
    lengths = [1_000] * 20 + [40_000] + [1_000] * 60
    chunks = list(guided_chunks(lengths, 32, 2, weight=lambda n: n))
    assert [40_000] in chunks  # a long article is a chunk of its own
    weights = [sum(c) for c in chunks]
    assert max(w for w in weights if w != 40_000) <= CHUNK_WEIGHT  # the others: short texts together
    assert [x for c in chunks for x in c] == lengths


def test_guided_chunks_read_a_bounded_amount_ahead() -> None:
    taken: list[int] = []

    def stream() -> Iterator[int]:
        for k in range(10_000):
            taken.append(k)
            yield k

    chunks = guided_chunks(stream(), 32, 2)
    for _ in range(4):
        next(chunks)
    assert len(taken) <= 8 + 8 + 32 + 32 + 2 * 2 * 31 + 1  # what was sent, and the read-ahead
    ones = guided_chunks(stream(), 1, 2)
    taken.clear()
    for _ in range(4):
        next(ones)
    assert len(taken) == 4  # chunks of one article: nothing to look ahead for


def test_workers_keep_their_blas_to_their_share_of_the_cores() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    import numpy  # noqa: F401  # loads the BLAS the model's matrix products run in

    before = {info["filepath"]: info["num_threads"] for info in threadpoolctl.threadpool_info()}
    try:
        quotes.scale.limit_blas_threads(1)
        blas = [info for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas"]
        assert blas and all(info["num_threads"] == 1 for info in blas)
    finally:
        threadpoolctl.threadpool_limits(limits=max(before.values(), default=1), user_api="blas")


def test_two_local_workers_give_the_records_of_one() -> None:
    assert records(pipeline.extract_many(stories(9), workers=2)) == single_process(9)


def test_check_takes_workers_for_drafts_and_sources(tmp_path: Path, cli: Callable[..., Any]) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for art in stories(4):
        (sources / art.id).write_text(art.text, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text('Board chair Ilse Varga said: "The old wall will survive another winter."\n')
    (drafts / "b.md").write_text('"We bake every loaf by hand," said Tomas Reyes.\n')
    args = ["check", drafts, "--against", sources, "-f", "json", "-q"]
    one, two = cli([*args, "--workers", "1"]), cli([*args, "--workers", "2"])
    assert two.exit_code == one.exit_code == 1  # Q004: the negation dropped
    assert two.stdout == one.stdout and "Q004" in one.stdout


# --- without Dask ---------------------------------------------------------------------------------------


def test_engine_dask_without_dask_says_how_to_install_it(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails, as when not installed
    monkeypatch.delitem(sys.modules, "quotes.scale.dask", raising=False)
    monkeypatch.delattr(quotes.scale, "dask", raising=False)
    result = cli(["extract", tmp_path, "--engine", "dask", "-o", tmp_path / "out.jsonl"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: Dask is not installed; install it with: pip install 'quotes[dask]'"
    ]
    assert not (tmp_path / "out.jsonl").exists()


# --- Dask -----------------------------------------------------------------------------------------------

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None, reason="Dask is not installed"
)


def free_port() -> int:
    """A TCP port nobody listens on (just released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@needs_dask
def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    address = f"tcp://127.0.0.1:{free_port()}"
    out = tmp_path / "out.csv"
    out.write_text("old\n", encoding="utf-8")
    started = time.monotonic()
    result = cli(["extract", tmp_path / "a.txt", "--scheduler", address, "-o", out])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {address}: cannot reach the Dask scheduler")
    assert out.read_text(encoding="utf-8") == "old\n"
    piped = cli(["extract", tmp_path / "a.txt", "--scheduler", address, "-f", "csv"])
    assert piped.exit_code == 1 and piped.stdout == ""  # not even the CSV header


@needs_dask
def test_a_server_that_is_no_dask_scheduler_is_one_line() -> None:
    import socketserver
    import threading

    from quotes.errors import QuotesError
    from quotes.scale.dask import probe

    class Web(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.request.recv(100)
            self.request.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    with socketserver.TCPServer(("127.0.0.1", 0), Web) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        address = f"tcp://127.0.0.1:{server.server_address[1]}"
        started = time.monotonic()
        with pytest.raises(QuotesError) as caught:
            probe(address, timeout=2)
        server.shutdown()
    assert time.monotonic() - started < 5
    assert (
        str(caught.value) == f"{address}: cannot reach the Dask scheduler (no Dask scheduler answers there)"
    )


@needs_dask
def test_a_scheduler_address_that_is_no_address_is_a_usage_error(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    result = cli(["extract", tmp_path / "a.txt", "--scheduler", "tcp://127.0.0.1:notaport"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: tcp://127.0.0.1:notaport: not a scheduler address; give tcp://HOST:PORT"
    ]


@needs_dask
@pytest.mark.slow
def test_a_local_cluster_gives_the_records_of_one_process() -> None:
    arts = stories(10)
    one = single_process(10)
    failures: list[tuple[str, str]] = []
    bad = Article(id="bad.txt", text=None)  # type: ignore[arg-type]  # fails in prepare, on the worker
    dask = records(
        pipeline.extract_many(
            [*arts[:5], bad, *arts[5:]],
            engine="dask",
            workers=2,
            batch_size=2,
            on_error=lambda a, e: failures.append((a.id, str(e))),
        )
    )
    assert dask == one
    local: list[tuple[str, str]] = []
    list(pipeline.extract_many([bad], on_error=lambda a, e: local.append((a.id, str(e)))))
    assert failures == local and len(failures) == 1


# --- a scheduler and workers in processes of their own ---------------------------------------------------


class Cluster:
    """A ``dask scheduler`` and two ``dask worker`` processes on this machine."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "scheduler.json"
        self.logs = folder
        self.scheduler = self._start(
            "dask_scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(self.file),
        )
        deadline = time.monotonic() + 60
        while not self.file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.address: str = json.loads(self.file.read_text())["address"]
        self.workers = [
            self._start(
                "dask_worker",
                self.address,
                "--nthreads",
                "1",
                "--no-nanny",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                "--name",
                f"w{k}",
            )
            for k in range(2)
        ]
        import distributed

        with distributed.Client(self.address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)

    def _start(self, module: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"{module}-{len(list(self.logs.iterdir()))}.log", "wb")  # noqa: SIM115
        return subprocess.Popen(
            [sys.executable, "-m", f"distributed.cli.{module}", *args], stdout=log, stderr=subprocess.STDOUT
        )

    def stop(self) -> None:
        """Stop the processes at once: nothing of theirs needs saving."""
        for proc in [*self.workers, self.scheduler]:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=20)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A scheduler and two workers, shared by this module's tests (the last one kills a worker)."""
    running = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        yield running
    finally:
        running.stop()


@needs_dask
@pytest.mark.slow
def test_a_scheduler_and_two_worker_processes_give_the_records_of_one_process(
    tmp_path: Path, cluster: Cluster, cli: Callable[..., Any]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for art in stories(12):
        (folder / art.id).write_text(art.text, encoding="utf-8")
    one = cli(["extract", folder, "-q", "-o", tmp_path / "one.jsonl"])
    dask = cli(
        [
            "extract",
            folder,
            "-q",
            "--scheduler",
            cluster.address,
            "--batch-size",
            "2",
            "-o",
            tmp_path / "dask.jsonl",
        ]
    )
    assert one.exit_code == 0 and dask.exit_code == 0, dask.stderr
    assert dask.stderr == ""
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "one.jsonl").read_bytes().count(b"\n") > 12


@needs_dask
@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_record(cluster: Cluster) -> None:
    arts = stories(24)
    one = single_process(24)
    results = pipeline.extract_many(arts, scheduler=cluster.address, batch_size=1)
    got = records(iter([next(results)]))  # the run is under way: chunks are on both workers
    victim = cluster.workers[0]
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=20)
    got += records(results)
    assert got == one
