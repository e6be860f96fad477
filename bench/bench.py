"""Speed bars of the product, measured in one run (``make bench``).

- extract: ``quotes extract`` (reading, layout, parsing, attribution, JSONL output) on a corpus,
  against spaCy's own ``nlp.pipe`` over the same texts with the same pipeline (bar: not slower), and
  against textacy's ``direct_quotations`` on that same ``nlp.pipe`` (bar: at least 2x its throughput);
  words and articles per second.
- compare: ``quotes compare`` on the extracted records, at 1x, 2x and 4x copies of the corpus under
  shifted dates. Bars: under 10 s at 1x, growth close to linear.
- check: ``quotes check`` of a 1,000-word draft against a quote bank of the corpus, model loading
  included. Bar: under 2 s.

The corpus defaults to ../shared/polnear/train/articles (840 articles); pass --corpus DIR for another.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def bench_extract(corpus: Path, records_out: Path) -> dict[str, float]:
    """Time the extraction pipeline against nlp.pipe over the same texts, in one process."""
    from quotes.nlp.model import load_model
    from quotes.pipeline import extract_many
    from quotes.read import iter_articles
    from quotes.write.formats import JsonlWriter

    nlp = load_model()
    texts = [t for _, t in _texts(corpus)]
    list(nlp.pipe(texts[:8]))  # warm up both paths the same way

    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    spacy_seconds = time.perf_counter() - start

    errors: list[str] = []
    start = time.perf_counter()
    with open(records_out, "w", encoding="utf-8") as handle:
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
    quotes_seconds = time.perf_counter() - start

    # textacy's direct_quotations needs the whole pipeline run over each text, as nlp.pipe does.
    from textacy.extract.triples import direct_quotations

    start = time.perf_counter()
    textacy_quotes = 0
    for doc in nlp.pipe(texts, batch_size=32):
        try:
            textacy_quotes += sum(1 for _ in direct_quotations(doc))
        except (ValueError, IndexError, AttributeError):  # textacy gives up on some documents
            continue
    textacy_seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {
        "articles": n_articles,
        "tokens": tokens,
        "records": writer.count,
        "dated_records": dated,
        "spacy_nlp_pipe_s": round(spacy_seconds, 1),
        "quotes_extract_s": round(quotes_seconds, 1),
        "ratio": round(quotes_seconds / spacy_seconds, 2),
        "textacy_direct_quotations_s": round(textacy_seconds, 1),
        "textacy_quotations": textacy_quotes,
        "speedup_over_textacy": round(textacy_seconds / quotes_seconds, 2),
        "quotes_words_per_s": round(words / quotes_seconds),
        "quotes_articles_per_s": round(n_articles / quotes_seconds, 1),
        "errors": len(errors),
    }


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


def bench_check(corpus: Path) -> dict[str, float]:
    """Time `quotes check` of a 1,000-word draft against a bank of the corpus, as a user runs it."""
    quotes_bin = str(Path(sys.executable).with_name("quotes"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bank.db"
        start = time.perf_counter()
        subprocess.run([quotes_bin, "index", str(corpus), "--db", str(db), "--quiet"], check=True)
        index_seconds = time.perf_counter() - start
        texts = _texts(corpus)
        words: list[str] = []
        for _, text in texts:
            if '"' in text or "“" in text:
                words.extend(text.split())
            if len(words) >= 1000:
                break
        draft = Path(tmp) / "draft.md"
        draft.write_text(" ".join(words[:1000]) + "\n", encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([quotes_bin, "check", str(draft), "--against", str(db)], capture_output=True)
        check_seconds = time.perf_counter() - start
    return {"index_s": round(index_seconds, 1), "check_1000_words_s": round(check_seconds, 2)}


def main() -> int:
    """Run the benchmarks and print their figures and bars."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--only", default="extract,compare,check")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"bench: corpus folder {args.corpus} not found; pass --corpus DIR", file=sys.stderr)
        return 2
    only = set(args.only.split(","))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.jsonl"
        if only & {"extract", "compare"}:
            ex = bench_extract(args.corpus, records)
            print("extract:", json.dumps(ex))
            bar = ex["quotes_extract_s"] <= ex["spacy_nlp_pipe_s"]
            ok &= bar
            print(f"  bar: quotes extract no slower than nlp.pipe: {'PASS' if bar else 'FAIL'}")
            fast = ex["speedup_over_textacy"] >= 2.0
            print(f"  bar: at least 2x textacy's direct_quotations throughput: {'PASS' if fast else 'FAIL'}")
        if "compare" in only:
            cmp_ = bench_compare(records)
            print("compare:", json.dumps(cmp_))
            bar = cmp_["compare_1x_s"] < 10 and cmp_["growth_4x"] < 6
            ok &= bar
            print(f"  bar: under 10 s at 1x, close to linear growth: {'PASS' if bar else 'FAIL'}")
    if "check" in only:
        ch = bench_check(args.corpus)
        print("check:", json.dumps(ch))
        bar = ch["check_1000_words_s"] < 2
        ok &= bar
        print(f"  bar: a 1,000-word draft checked in under 2 s: {'PASS' if bar else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
