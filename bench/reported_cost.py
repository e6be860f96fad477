"""What reported speech costs: ``quotes extract`` with and without ``reported`` records, one run.

Issue bar: extraction throughput with reported speech (``--kinds direct,partial,reported``) falls
by at most 20% against the same commit extracting quotation marks only (``--kinds direct,partial,scare``).
Both are timed in this process on the same articles with the same loaded model, with matrix
products on one thread (``OPENBLAS_NUM_THREADS=1`` unless set, as in ``make bench``); CPU time is
reported beside wall time because a shared machine makes wall time noisy. The two settings take
turns on small chunks of the corpus (which goes first alternating from chunk to chunk), so that both
see the machine in the same state: a shared machine's speed drifts over minutes, and timing one
setting over the whole corpus, then the other, measured the drift as much as the code. Each
throughput line is the best of ``--rounds`` rounds (as ``timeit`` advises); the fall is the median
of the rounds' paired falls. The corpus defaults to ../shared/polnear/train/articles.

    python bench/reported_cost.py [--corpus DIR] [--limit N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "polnear" / "train" / "articles"
QUOTATIONS = ("direct", "partial", "scare")
WITH_REPORTED = ("direct", "partial", "reported")
CHUNK = 10  # articles timed in one setting before the other takes its turn


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
    chunks = [articles[k : k + CHUNK] for k in range(0, len(articles), CHUNK)]
    for _ in range(args.rounds):
        totals = {QUOTATIONS: [0.0, 0.0, 0], WITH_REPORTED: [0.0, 0.0, 0]}
        for n, chunk in enumerate(chunks):
            order = (QUOTATIONS, WITH_REPORTED) if n % 2 == 0 else (WITH_REPORTED, QUOTATIONS)
            for kinds in order:
                for k, value in enumerate(_time(chunk, kinds)):
                    totals[kinds][k] += value
        for kinds, (wall, cpu, n_records) in totals.items():
            runs[kinds].append((wall, cpu, int(n_records)))
    words = sum(len(a.text.split()) for a in articles)
    for kinds, label in ((QUOTATIONS, "quotation marks only"), (WITH_REPORTED, "with reported speech")):
        wall = min(r[0] for r in runs[kinds])
        cpu = min(r[1] for r in runs[kinds])
        print(f"{label:22} {len(articles)} articles, {runs[kinds][0][2]} records: "
              f"{wall:.1f} s wall, {cpu:.1f} s CPU, {words / cpu:,.0f} words/s of CPU")
    falls = sorted(1 - b[1] / r[1] for b, r in zip(runs[QUOTATIONS], runs[WITH_REPORTED], strict=True))
    fall = statistics.median(falls)
    print("paired falls by round: " + ", ".join(f"{f:.1%}" for f in falls))
    print(f"throughput falls by {fall:.1%} with reported speech (CPU time; bar <= 20%): "
          f"{'PASS' if fall <= 0.20 else 'FAIL'}")


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads: single-core figures
    main()
