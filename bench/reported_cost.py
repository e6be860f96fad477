"""What reported speech costs: ``quotes extract`` with and without ``reported`` records, one run.

Issue bar: extraction throughput with reported speech (``--kinds direct,partial,reported``) falls
by at most 20% against the same commit extracting quotation marks only (``--kinds direct,partial,scare``).
Both are timed in this process, alternately, ``--rounds`` times each, on the same articles with the
same loaded model, with matrix products on one thread (``OPENBLAS_NUM_THREADS=1`` unless set, as in
``make bench``); CPU time is reported beside wall time because a shared machine makes wall time
noisy. Each figure is the best of the rounds (as ``timeit`` advises: slower rounds are slowed by
other work on the machine, not by the code). The corpus defaults to ../shared/polnear/train/articles.

    python bench/reported_cost.py [--corpus DIR] [--limit N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "polnear" / "train" / "articles"
QUOTATIONS = ("direct", "partial", "scare")
WITH_REPORTED = ("direct", "partial", "reported")


def _time(articles: list, kinds: tuple[str, ...]) -> tuple[float, float, int]:
    from quotes.pipeline import extract_many

    wall, cpu = time.perf_counter(), time.process_time()
    n = sum(len(r.quotes) for r in extract_many(articles, kinds=kinds))
    return time.perf_counter() - wall, time.process_time() - cpu, n


def main() -> None:
    """Time both settings and print the throughput ratio."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=200, help="articles to use (default 200)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no such folder (pass --corpus DIR)")
    from quotes.nlp.model import load_model
    from quotes.read import iter_articles

    files = sorted(str(p) for p in args.corpus.iterdir() if p.suffix in {".txt", ".md"})[: args.limit]
    articles = list(iter_articles(files, on_error=lambda err: print(f"error: {err}")))
    load_model()
    _time(articles[:5], WITH_REPORTED)  # warm up
    runs: dict[tuple[str, ...], list[tuple[float, float, int]]] = {QUOTATIONS: [], WITH_REPORTED: []}
    for _ in range(args.rounds):
        for kinds in (QUOTATIONS, WITH_REPORTED):
            runs[kinds].append(_time(articles, kinds))
    words = sum(len(a.text.split()) for a in articles)
    for kinds, label in ((QUOTATIONS, "quotation marks only"), (WITH_REPORTED, "with reported speech")):
        wall = min(r[0] for r in runs[kinds])
        cpu = min(r[1] for r in runs[kinds])
        print(f"{label:22} {len(articles)} articles, {runs[kinds][0][2]} records: "
              f"{wall:.1f} s wall, {cpu:.1f} s CPU, {words / cpu:,.0f} words/s of CPU")
    base = min(r[1] for r in runs[QUOTATIONS])
    with_reported = min(r[1] for r in runs[WITH_REPORTED])
    fall = 1 - base / with_reported
    print(f"throughput falls by {fall:.1%} with reported speech (CPU time; bar <= 20%): "
          f"{'PASS' if fall <= 0.20 else 'FAIL'}")


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads: single-core figures
    main()
