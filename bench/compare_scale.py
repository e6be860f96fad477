"""compare-scale: ``quotes compare`` at archive scale, end to end (part of ``make bench``).

Generates synthetic quotation records (``bench/records_gen.py``: a year of news from a couple of
dozen outlets, Zipf-like speakers, statements quoted by several outlets with fragments, trims,
ellipses and altered words, plus unrelated quotations) at 10,000 and 100,000 records, and times the
command line on each JSONL file as a user runs it: ``quotes compare FILE -f json -o OUT``, reading,
grouping, comparing and writing included.

Printed per size: records, wall-clock seconds, CPU seconds (user + system, steadier on a shared
machine), peak memory (MB, the process's maximum resident set), statements written; then the growth
from the smallest size to the largest (wall and CPU). Bars: the largest size in under 60 s and under
4 GB, growth at most 12x for 10x the records.

    python bench/compare_scale.py [--sizes 10000,100000] [--seed 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

from records_gen import generate, write_jsonl  # noqa: E402

BARS = {"seconds": 60.0, "peak_mb": 4096.0, "growth": 12.0}
TIME = "/usr/bin/time"


def write_records(n: int, seed: int, path: Path) -> int:
    """Generate ``n`` records with ``seed`` into ``path``; how many were written."""
    with open(path, "w", encoding="utf-8") as handle:
        return write_jsonl(generate(n, seed), handle, seed)


def time_compare(records: Path, out: Path) -> dict[str, Any]:
    """Run ``quotes compare`` on ``records`` once: wall and CPU seconds, peak memory in MB."""
    quotes_bin = str(Path(sys.executable).with_name("quotes"))
    command = [quotes_bin, "compare", str(records), "-f", "json", "-o", str(out), "-q"]
    timed = Path(TIME).is_file()
    if timed:
        command = [TIME, "-v", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0:
        raise RuntimeError(f"quotes compare failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_kb = after.ru_maxrss  # the largest child so far: right when sizes grow
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr) if timed else None
    if found:
        peak_kb = int(found.group(1))
    with open(out, encoding="utf-8") as handle:
        statements = len(json.load(handle)["statements"])
    return {
        "seconds": round(wall, 1),
        "cpu_seconds": round(cpu, 1),
        "peak_mb": round(peak_kb / 1024),
        "statements": statements,
    }


def bench_compare_scale(sizes: list[int], seed: int, keep: Path | None = None) -> dict[str, Any]:
    """Generate and time every size; the figures per size and the growth from first to last."""
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            path = folder / f"records-{n}.jsonl"
            written = write_records(n, seed, path)
            figures = time_compare(path, folder / f"statements-{n}.json")
            rows.append({"records": written, **figures})
            print(f"compare-scale: {json.dumps(rows[-1])}", flush=True)
    first, last = rows[0], rows[-1]
    return {
        "sizes": rows,
        "growth": round(last["seconds"] / max(first["seconds"], 1e-9), 2),
        "growth_cpu": round(last["cpu_seconds"] / max(first["cpu_seconds"], 1e-9), 2),
        "records_ratio": round(last["records"] / max(first["records"], 1), 2),
    }


def report(result: dict[str, Any]) -> bool:
    """Print the table and the bars; True when every bar is met."""
    print(f"{'records':>9} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} {'statements':>11}")
    for row in result["sizes"]:
        print(
            f"{row['records']:>9} {row['seconds']:>8} {row['cpu_seconds']:>7} {row['peak_mb']:>8} "
            f"{row['statements']:>11}"
        )
    last = result["sizes"][-1]
    print(
        f"growth {result['growth']}x wall, {result['growth_cpu']}x cpu, "
        f"for {result['records_ratio']}x the records"
    )
    bars = {
        f"{last['records']} records in under {BARS['seconds']:.0f} s": last["seconds"] < BARS["seconds"],
        f"peak memory under {BARS['peak_mb']:.0f} MB": last["peak_mb"] < BARS["peak_mb"],
        f"growth at most {BARS['growth']:.0f}x": result["growth"] <= BARS["growth"],
    }
    for name, ok in bars.items():
        print(f"  bar: {name}: {'PASS' if ok else 'FAIL'}")
    return all(bars.values())


def main(argv: list[str] | None = None) -> int:
    """Run the compare-scale benchmark; 0 when its bars are met."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="record counts, smallest first")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="write the records and statements here, and keep them")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    if not shutil.which(str(Path(sys.executable).with_name("quotes"))):
        print("compare-scale: the quotes command is not installed beside this Python", file=sys.stderr)
        return 2
    return 0 if report(bench_compare_scale(sizes, args.seed, args.keep)) else 1


if __name__ == "__main__":
    sys.exit(main())
