"""Speed bars of the product, measured in one run (``make bench``).

- extract: ``quotes extract`` (reading, layout, parsing, attribution, JSONL output) on a corpus,
  against spaCy's own ``nlp.pipe`` over the same texts with the same model as spaCy ships it (bar: not
  slower), and against textacy's ``direct_quotations`` on that same ``nlp.pipe`` (bar: at least 2x its
  throughput); words and articles per second. Seconds are wall-clock; ``*_cpu_s`` are the process's
  CPU seconds, steadier on a shared machine. The baselines run the stock pipeline, as a user of spaCy
  or textacy would; ``quotes`` runs its own (``quotes.nlp.fast``: the same annotations, faster);
  ``--fast-baselines`` also times both baselines on quotes' pipeline.
- compare: ``quotes compare`` on the extracted records, at 1x, 2x and 4x copies of the corpus under
  shifted dates. Bars: under 10 s at 1x, growth close to linear.
- check: ``quotes check`` of a 1,000-word draft against a quote bank of the corpus, cold and with
  ``--warm`` (the pre-commit hook's way: a server keeps the model loaded; the cold figure
  includes loading spaCy and the model). Bar: under 2 s warm.
- report: ``quotes report RECORDS --output report.html`` on the corpus's records (those the extract part
  wrote, ``--records FILE``, or else ``quotes extract`` run first and not timed), then the page opened
  in headless Chromium (Debian's ``/usr/bin/chromium`` driven by Playwright) until its first statements
  are drawn. Bars: written in under 60 s, opened in under 5 s. The browser half is skipped, with the
  reason, when Chromium or Playwright is missing.

The corpus defaults to ../shared/polnear/train/articles (840 articles); pass --corpus DIR for another,
``--only check`` (or ``extract``, ``compare``, ``report``) for one part, ``--bank FILE`` to check against
a bank built before (``quotes index CORPUS --db FILE``) instead of indexing the corpus again, ``--repeat N``
to time the check N times (the median is the figure), ``--records FILE`` to report on records extracted
before (``quotes extract CORPUS -f jsonl -o FILE``) instead of extracting the corpus again.

Matrix products run on one thread (``OPENBLAS_NUM_THREADS=1``, unless set), as spaCy's blis does, so
every figure is single-core.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "polnear" / "train" / "articles"


def _texts(corpus: Path) -> list[tuple[str, str]]:
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".md"})
    return [(str(p), p.read_text(encoding="utf-8")) for p in files]


def _manifest(corpus: Path) -> str | None:
    """The corpus's manifest: beside the files, or one level up (PolNeAR keeps it there)."""
    for candidate in (corpus / "manifest.csv", corpus.parent / "manifest.csv"):
        if candidate.is_file():
            return str(candidate)
    return None


class _Timer:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self) -> _Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def _textacy(nlp: Any, texts: list[str]) -> int:
    """textacy's direct quotations of the texts, with the whole pipeline run over each text."""
    from textacy.extract.triples import direct_quotations

    found = 0
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except (ValueError, IndexError, AttributeError):  # textacy gives up on some documents
            continue
    return found


def bench_extract(corpus: Path, records_out: Path, *, fast_baselines: bool = False) -> dict[str, float]:
    """Time the extraction pipeline against nlp.pipe over the same texts, in one process."""
    import spacy

    from quotes.nlp.model import available_model, load_model
    from quotes.pipeline import extract_many
    from quotes.read import iter_articles
    from quotes.write.formats import JsonlWriter

    nlp = load_model()
    stock = spacy.load(available_model())  # the model as spaCy ships it: what the baselines run
    texts = [t for _, t in _texts(corpus)]
    list(nlp.pipe(texts[:8]))  # warm up every path the same way
    list(stock.pipe(texts[:8]))

    with _Timer() as spacy_time:
        tokens = sum(len(doc) for doc in stock.pipe(texts, batch_size=32))

    errors: list[str] = []
    with _Timer() as quotes_time, open(records_out, "w", encoding="utf-8") as handle:
        writer = JsonlWriter(handle)
        n_articles = dated = 0
        for result in extract_many(
            iter_articles(
                [str(corpus)], manifest=_manifest(corpus), on_error=lambda e: errors.append(str(e))
            ),
            nlp=nlp,
        ):
            n_articles += 1
            for q in result.quotes:
                writer.write(q.to_dict())
                dated += q.published is not None

    # textacy's direct_quotations needs the whole pipeline run over each text, as nlp.pipe does.
    with _Timer() as textacy_time:
        textacy_quotes = _textacy(stock, texts)
    words = sum(len(t.split()) for t in texts)
    out: dict[str, float] = {
        "articles": n_articles,
        "words": words,
        "tokens": tokens,
        "records": writer.count,
        "dated_records": dated,
        "spacy_nlp_pipe_s": round(spacy_time.wall, 1),
        "quotes_extract_s": round(quotes_time.wall, 1),
        "ratio": round(quotes_time.wall / spacy_time.wall, 2),
        "textacy_direct_quotations_s": round(textacy_time.wall, 1),
        "textacy_quotations": textacy_quotes,
        "speedup_over_textacy": round(textacy_time.wall / quotes_time.wall, 2),
        "quotes_words_per_s": round(words / quotes_time.wall),
        "quotes_articles_per_s": round(n_articles / quotes_time.wall, 1),
        "spacy_nlp_pipe_cpu_s": round(spacy_time.cpu, 1),
        "quotes_extract_cpu_s": round(quotes_time.cpu, 1),
        "textacy_direct_quotations_cpu_s": round(textacy_time.cpu, 1),
        "speedup_over_textacy_cpu": round(textacy_time.cpu / quotes_time.cpu, 2),
        "quotes_words_per_cpu_s": round(words / quotes_time.cpu),
        "errors": len(errors),
    }
    if fast_baselines:  # the baselines on quotes' own pipeline (same annotations, faster components)
        with _Timer() as fast_spacy:
            sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
        with _Timer() as fast_textacy:
            _textacy(nlp, texts)
        out["spacy_nlp_pipe_quotes_pipeline_s"] = round(fast_spacy.wall, 1)
        out["textacy_quotes_pipeline_s"] = round(fast_textacy.wall, 1)
        out["spacy_nlp_pipe_quotes_pipeline_cpu_s"] = round(fast_spacy.cpu, 1)
        out["textacy_quotes_pipeline_cpu_s"] = round(fast_textacy.cpu, 1)
        out["speedup_over_textacy_quotes_pipeline"] = round(fast_textacy.wall / quotes_time.wall, 2)
    return out


def _shifted_copies(records_path: Path, copies: int, out: Path) -> int:
    """Write ``copies`` copies of the records, each copy's dates moved past the previous copy's.

    The shift is the corpus's whole date span plus a margin, so copies never share a date window:
    the records per window stay the same and only their number grows.
    """
    from datetime import date, timedelta

    n = 0
    with open(records_path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        lines = src.readlines()
        days = [date.fromisoformat(d) for d in (json.loads(x).get("published") for x in lines) if d]
        shift = (max(days) - min(days)).days + 30 if days else 0
        for k in range(copies):
            for line in lines:
                rec = json.loads(line)
                if rec.get("published"):
                    d = date.fromisoformat(rec["published"]) + timedelta(days=shift * k)
                    rec["published"] = d.isoformat()
                rec["article"] = f"copy{k}/{rec['article']}"
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


def bench_compare(records_path: Path) -> dict[str, float]:
    """Time grouping and comparison at 1x, 2x and 4x the records."""
    from quotes.compare import compare
    from quotes.records import Quote

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (1, 2, 4):
            path = Path(tmp) / f"x{copies}.jsonl"
            n = _shifted_copies(records_path, copies, path)
            with open(path, encoding="utf-8") as handle:
                records = [Quote.from_dict(json.loads(line)) for line in handle]
            start = time.perf_counter()
            statements = compare(records)
            seconds = time.perf_counter() - start
            out[f"records_{copies}x"] = n
            out[f"statements_{copies}x"] = len(statements)
            out[f"compare_{copies}x_s"] = round(seconds, 2)
    out["growth_2x"] = round(out["compare_2x_s"] / max(out["compare_1x_s"], 1e-9), 2)
    out["growth_4x"] = round(out["compare_4x_s"] / max(out["compare_1x_s"], 1e-9), 2)
    return out


def bench_check(corpus: Path, bank: Path | None = None, repeat: int = 1) -> dict[str, float]:
    """Time `quotes check` of a 1,000-word draft against a bank of the corpus, as a user runs it.

    ``bank``: a bank of the corpus built before, used as it is (no indexing). ``repeat``: how many
    times the check is timed; the figure is the median.
    """
    quotes_bin = str(Path(sys.executable).with_name("quotes"))
    with tempfile.TemporaryDirectory() as tmp:
        out: dict[str, float] = {}
        if bank is None:
            db = Path(tmp) / "bank.db"
            start = time.perf_counter()
            subprocess.run([quotes_bin, "index", str(corpus), "--db", str(db), "--quiet"], check=True)
            out["index_s"] = round(time.perf_counter() - start, 1)
        else:
            db = bank
        texts = _texts(corpus)
        words: list[str] = []
        for _, text in texts:
            if '"' in text or "“" in text:
                words.extend(text.split())
            if len(words) >= 1000:
                break
        draft = Path(tmp) / "draft.md"
        draft.write_text(" ".join(words[:1000]) + "\n", encoding="utf-8")
        command = [quotes_bin, "check", str(draft), "--against", str(db)]
        cold = _timed(command, repeat)
        # Warm: as a pre-commit hook runs it (`quotes check --warm`), once the server is up.
        env = {**os.environ, "XDG_RUNTIME_DIR": tmp}  # a server of the bench's own, stopped after
        os.chmod(tmp, 0o700)
        subprocess.run([quotes_bin, "server", "start"], env=env, capture_output=True, check=True)
        try:
            warm = _timed([*command, "--warm"], max(3, repeat), env)
        finally:
            subprocess.run([quotes_bin, "server", "stop"], env=env, capture_output=True)
    out["check_1000_words_s"] = round(statistics.median(cold), 2)
    out["check_1000_words_warm_s"] = round(statistics.median(warm), 2)
    if len(cold) > 1:
        out["check_1000_words_all_s"] = [round(x, 2) for x in cold]  # type: ignore[assignment]
    return out


def _timed(command: list[str], repeat: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs of ``command``."""
    seconds = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env)
        seconds.append(time.perf_counter() - start)
    return seconds


def _chromium() -> str | None:
    """Debian's Chromium (or $QUOTES_CHROMIUM), as the browser tests find it; None when there is none."""
    for path in (os.environ.get("QUOTES_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if path and os.access(path, os.X_OK):
            return path
    return None


# What the page draws from its data once its script has run: the first statement cards (or the note
# that no statement is quoted twice), or the server-side note of an empty corpus.
_DRAWN = "#statement-list .statement, #statement-list .none, #empty-corpus"


def _open_report(page_path: Path, timeout_s: float = 60) -> dict[str, Any]:
    """Open the page in headless Chromium and time it until its first statements are drawn.

    Returns the figures, or ``{"browser_skipped": reason}`` when Chromium or Playwright is missing
    or the browser does not start. ``report_open_s`` runs from the request of the file:// address
    (in a browser already started, as a reader's is) to the load event and the drawn selector.
    """
    try:
        from playwright.sync_api import TimeoutError as PlaywrightTimeout
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"browser_skipped": "playwright is not installed (pip install playwright)"}
    executable = _chromium()
    if executable is None:
        return {"browser_skipped": "no Chromium browser found (apt-get install chromium)"}
    out: dict[str, Any] = {}
    with sync_playwright() as pw:
        start = time.perf_counter()
        try:
            browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        except Exception as exc:  # a browser that cannot start here: say why, as when it is missing
            return {"browser_skipped": f"Chromium did not start: {' '.join(str(exc).split())[:200]}"}
        out["chromium_launch_s"] = round(time.perf_counter() - start, 2)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            start = time.perf_counter()
            try:
                page.goto(page_path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
                page.wait_for_selector(_DRAWN, state="attached", timeout=timeout_s * 1000)
                out["report_open_s"] = round(time.perf_counter() - start, 2)
            except PlaywrightTimeout:
                out["report_open_s"] = None
                out["open_timeout_s"] = timeout_s
            paint = page.evaluate(
                "() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null"
            )
            out["first_contentful_paint_s"] = round(paint / 1000, 2) if paint is not None else None
            out["statements_drawn"] = page.locator("#statement-list .statement").count()
            out["speakers_drawn"] = page.locator("#speaker-table tbody tr").count()
            out["page_errors"] = len(errors)
            if errors:
                out["first_page_error"] = " ".join(errors[0].split())[:200]
        finally:
            browser.close()
    return out


def bench_report(corpus: Path, work: Path, records: Path | None = None) -> dict[str, Any]:
    """Time `quotes report` of the corpus's records as a user runs it, then its opening in Chromium.

    ``records``: the corpus's ``quotes extract`` records (JSONL); without them the corpus is
    extracted first, untimed, into ``work``. The page is written into ``work``.
    """
    quotes_bin = str(Path(sys.executable).with_name("quotes"))
    out: dict[str, Any] = {}
    if records is None:
        records = work / "report-records.jsonl"
        cmd = [quotes_bin, "extract", str(corpus), "--format", "jsonl", "-o", str(records), "--quiet"]
        manifest = _manifest(corpus)
        if manifest:
            cmd += ["--manifest", manifest]
        start = time.perf_counter()
        subprocess.run(cmd, check=False)  # an unreadable article still leaves the others' records
        out["records_extract_s"] = round(time.perf_counter() - start, 1)
        if not records.is_file():
            raise RuntimeError(f"quotes extract {corpus} wrote no records")
    with open(records, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    out["records"] = len(lines)
    out["record_articles"] = len({json.loads(line).get("article") for line in lines})
    del lines
    # Records carry the quotations, not the articles' texts: passing the corpus folder beside them
    # would extract it all again (quotes.pipeline.results_from_paths), so the page lists each
    # article's quotations without its text, as it says.
    page_path = work / "report.html"
    start = time.perf_counter()
    done = subprocess.run(
        [quotes_bin, "report", str(records), "--output", str(page_path), "--quiet"],
        capture_output=True,
        text=True,
    )
    out["report_write_s"] = round(time.perf_counter() - start, 2)
    if done.returncode != 0:
        out["report_exit"] = done.returncode
        out["report_stderr"] = " ".join(done.stderr.split())[:200]
    if not page_path.is_file():
        raise RuntimeError(f"quotes report wrote no page: {' '.join(done.stderr.split())[:200]}")
    out["report_kb"] = round(page_path.stat().st_size / 1024)
    out.update(_open_report(page_path))
    return out


def main() -> int:
    """Run the benchmarks and print their figures and bars."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--only", default="extract,compare,check,report")
    ap.add_argument("--bank", type=Path, help="check against this bank of the corpus; do not index it")
    ap.add_argument("--repeat", type=int, default=1, help="time the check this many times (median)")
    ap.add_argument(
        "--records", type=Path, help="report on these records of the corpus (JSONL); do not extract it"
    )
    ap.add_argument(
        "--fast-baselines", action="store_true", help="also time the baselines on quotes' own pipeline"
    )
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"bench: corpus folder {args.corpus} not found; pass --corpus DIR", file=sys.stderr)
        return 2
    if args.records is not None and not args.records.is_file():
        print(f"bench: records file {args.records} not found", file=sys.stderr)
        return 2
    only = set(args.only.split(","))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.jsonl"
        if only & {"extract", "compare"}:
            ex = bench_extract(args.corpus, records, fast_baselines=args.fast_baselines)
            print("extract:", json.dumps(ex))
            bar = ex["quotes_extract_s"] <= ex["spacy_nlp_pipe_s"]
            ok &= bar
            print(f"  bar: quotes extract no slower than nlp.pipe: {'PASS' if bar else 'FAIL'}")
            fast = ex["speedup_over_textacy"] >= 2.0
            ok &= fast
            print(f"  bar: at least 2x textacy's direct_quotations throughput: {'PASS' if fast else 'FAIL'}")
        if "compare" in only:
            cmp_ = bench_compare(records)
            print("compare:", json.dumps(cmp_))
            bar = cmp_["compare_1x_s"] < 10 and cmp_["growth_4x"] < 6
            ok &= bar
            print(f"  bar: under 10 s at 1x, close to linear growth: {'PASS' if bar else 'FAIL'}")
        if "report" in only:
            extracted = records if only & {"extract", "compare"} else None
            rep = bench_report(args.corpus, Path(tmp), args.records or extracted)
            print("report:", json.dumps(rep))
            bar = rep["report_write_s"] < 60 and "report_exit" not in rep
            ok &= bar
            print(f"  bar: report written in < 60 s: {'PASS' if bar else 'FAIL'}")
            if "browser_skipped" in rep:
                print(f"  report: browser half skipped: {rep['browser_skipped']}")
            else:
                opened = rep["report_open_s"] is not None and rep["report_open_s"] < 5
                ok &= opened
                print(f"  bar: opens in Chromium in < 5 s: {'PASS' if opened else 'FAIL'}")
    if "check" in only:
        ch = bench_check(args.corpus, args.bank, args.repeat)
        print("check:", json.dumps(ch))
        bar = ch["check_1000_words_warm_s"] < 2
        ok &= bar
        print(
            f"  bar: a 1,000-word draft checked in under 2 s with --warm: {'PASS' if bar else 'FAIL'} "
            f"(cold, loading spaCy and the model: {ch['check_1000_words_s']} s)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads: single-core figures
    sys.exit(main())
