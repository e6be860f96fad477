"""What the report shows, as plain data: overview counts, speakers, statements, outlets and articles.

Everything here comes from the library's own results (``extract_many``, ``compare``, ``summarize``);
nothing is re-derived. The data is embedded in the page as JSON and drawn by its script.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.compare import compare, outlet_of, summarize
from quotes.errors import InputError
from quotes.pipeline import ArticleQuotes
from quotes.records import OutletSummary, Quote, Statement

# How a version relates to its statement's reference, in the order the chart and the legend use.
RELATIONS = ("reference", "verbatim", "fragment", "elided", "extended", "variant", "altered", "reported")
SPEAKER_COLOURS = 10  # quotations are coloured by speaker in this many classes (sp0 … sp9)


@dataclass(slots=True)
class ReportData:
    """Everything one report shows; ``page`` is what the page's script reads, ``outlets`` is drawn here."""

    overview: dict[str, Any]
    outlets: list[dict[str, Any]]
    page: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when no article and no quotation was read."""
        return not self.overview["articles"] and not self.overview["quotations"]


def _skipped_spans(result: ArticleQuotes) -> list[list[int]]:
    """The stretches of text outside every kept paragraph that hold more than white space (furniture)."""
    text = result.article.text
    spans: list[list[int]] = []
    pos = 0
    for p in sorted(result.paragraphs, key=lambda p: p.start):
        if text[pos : p.start].strip():
            spans.append([pos, p.start])
        pos = max(pos, p.end)
    if text[pos:].strip():
        spans.append([pos, len(text)])
    return spans


def _article(result: ArticleQuotes, speaker_index: dict[str, int]) -> dict[str, Any]:
    """One article for the Articles section: its text (when read as an article) and its quotations."""
    art = result.article
    has_text = bool(result.paragraphs)  # records read back carry their quotations, not the text
    quotes = []
    for q in result.quotes:
        quotes.append(
            {
                "parts": [[s, e] for s, e in q.parts] if has_text else [],
                "quote": None if has_text else q.quote,
                "kind": q.kind,
                "speaker": q.speaker,
                "mention": q.speaker_mention,
                "cue": q.cue,
                "confidence": q.confidence,
                "colour": speaker_index.get(q.speaker or "", -1),
            }
        )
    return {
        "id": art.id,
        "title": art.title,
        "outlet": art.outlet,
        "published": art.published,
        "url": art.url,
        "text": art.text if has_text else None,
        "skipped": _skipped_spans(result) if has_text else [],
        "quotes": quotes,
    }


def _statement(st: Statement, by_place: dict[tuple[str, int, int], Quote]) -> dict[str, Any]:
    """One statement with its versions, each with the speaker as its outlet gives it."""
    versions = []
    for v in st.versions:
        q = by_place.get((v.article, v.start, v.end))
        versions.append(
            {
                "article": v.article,
                "outlet": outlet_of(v),
                "published": v.published,
                "speaker": v.speaker,
                "mention": q.speaker_mention if q is not None else None,
                "quote": v.quote,
                "relation": v.relation,
                "similarity": v.similarity,
                "diff": v.diff,
                "reasons": v.reasons,
            }
        )
    return {
        "id": st.id,
        "speaker": st.speaker,
        "text": st.text,
        "first_published": st.first_published,
        "outlets": st.outlets,
        "versions": versions,
    }


def _speakers(records: Sequence[Quote], statements: Sequence[Statement]) -> list[dict[str, Any]]:
    """One row per speaker: quotations, the outlets quoting them, statements, versions flagged altered."""
    quotations: Counter[str] = Counter()
    outlets: dict[str, set[str]] = defaultdict(set)
    for q in records:
        if q.speaker and q.kind != "scare":
            quotations[q.speaker] += 1
            outlets[q.speaker].add(outlet_of(q))
    stated: Counter[str] = Counter()
    altered: Counter[str] = Counter()
    for st in statements:
        stated[st.speaker] += 1
        altered[st.speaker] += sum(v.relation == "altered" for v in st.versions)
    names = set(quotations) | set(stated)
    rows = [
        {
            "name": name,
            "quotations": quotations[name],
            "outlets": sorted(outlets[name]),
            "statements": stated[name],
            "altered": altered[name],
        }
        for name in names
    ]
    rows.sort(key=lambda r: (-r["quotations"], r["name"]))
    return rows


def _outlet_row(row: OutletSummary) -> dict[str, Any]:
    """An outlet's summary with its relations in chart order and the largest count (the chart's scale)."""
    counts = [(name, getattr(row, name)) for name in RELATIONS]
    return {
        "outlet": row.outlet,
        "quotations": row.quotations,
        "statements_shared": row.statements_shared,
        "relations": counts,
        "versions": sum(n for _, n in counts),
        "largest": max([n for _, n in counts] + [1]),
    }


def build(
    results: Iterable[ArticleQuotes],
    *,
    window: int = 3,
    show_all: bool = False,
    problems: Sequence[str] = (),
    title: str = "Quotations report",
) -> ReportData:
    """Compare the results' quotations across outlets and gather what each section of the report shows."""
    articles: list[ArticleQuotes] = list(results)
    records = [q for r in articles for q in r.quotes]
    statements = compare(records, window=window)
    summary = summarize(statements, records)
    shown = [st for st in statements if show_all or st.repeated]
    by_place = {(q.article, q.start, q.end): q for q in records}
    speakers = _speakers(records, statements)
    speaker_index = {row["name"]: n % SPEAKER_COLOURS for n, row in enumerate(speakers)}
    dates = sorted(d for d in (r.article.published for r in articles) if d)
    dates += sorted(q.published for q in records if q.published and not dates)
    named = {r.article.outlet for r in articles if r.article.outlet}
    overview = {
        "articles": len(articles),
        "outlets": len(named),
        "unnamed": sum(1 for r in articles if not r.article.outlet),
        "quotations": len(records),
        "attributed": sum(1 for q in records if q.speaker and q.kind != "scare"),
        "speakers": len(speakers),
        "shared": sum(1 for st in statements if st.shared),
        "altered": sum(v.relation == "altered" for st in shown for v in st.versions),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "skipped": len(problems),
        "show_all": show_all,
    }
    outlets = [_outlet_row(row) for row in sorted(summary, key=lambda r: (-r.quotations, r.outlet))]
    page = {
        "title": title,
        "speakers": speakers,
        "statements": [_statement(st, by_place) for st in shown],
        "articles": [_article(r, speaker_index) for r in articles],
        "relations": list(RELATIONS),
    }
    return ReportData(overview, outlets, page, list(problems))


def statements_from_compare_output(path: str, on_error: Any) -> list[Quote]:
    """The versions in a ``quotes compare`` JSON or JSONL file, as quotation records (compared again)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            raw = handle.read()
    except OSError as exc:
        on_error(InputError(path, f"cannot read: {exc.strerror or exc}"))
        return []
    except UnicodeDecodeError:
        on_error(InputError(path, "not valid UTF-8"))
        return []
    items: list[tuple[str, Any]] = []
    try:
        doc = json.loads(raw)
        listed = doc.get("statements") if isinstance(doc, dict) else None
        if not isinstance(listed, list):
            on_error(InputError(path, "not the output of quotes compare (no list of statements)"))
            return []
        items = [(f"{path}:statement {n}", st) for n, st in enumerate(listed, 1)]
    except json.JSONDecodeError:
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((f"{path}:{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                on_error(InputError(f"{path}:{n}", f"not valid JSON ({exc.msg})"))
    records: list[Quote] = []
    for source, st in items:
        versions = st.get("versions") if isinstance(st, dict) else None
        if not isinstance(versions, list):
            on_error(InputError(source, "not a statement of quotes compare"))
            continue
        for v in versions:
            try:
                records.append(Quote.from_dict({**v, "kind": "direct"}))
            except (TypeError, ValueError) as exc:
                on_error(InputError(source, f"not a statement version: {exc}"))
    return records


def is_compare_output(path: str) -> bool:
    """True when ``path`` is a file ``quotes compare --format json/jsonl`` wrote (statements, not records)."""
    if not path.lower().endswith((".json", ".jsonl")):
        return False
    try:
        with open(path, encoding="utf-8-sig") as handle:
            first = handle.readline(1 << 20).lstrip()
            head = first + handle.read(200) if first.strip() == "{" else first
    except (OSError, UnicodeDecodeError):
        return False
    if not head.startswith("{"):
        return False
    return '"statements"' in head[:60] or ('"versions"' in first and '"speaker"' in first)
