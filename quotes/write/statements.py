"""Show statements on a terminal: one panel per statement, each version with its differences.

Every piece of article text goes in as a rich ``Text`` through :func:`visible_line`: never read as
markup, control codes and bidi controls shown as escapes, line breaks and tabs as spaces.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quotes.compare import outlet_of
from quotes.compare.relations import render_diff
from quotes.records import OutletSummary, Statement, Version
from quotes.write.escape import visible_line

_RELATION_STYLE = {
    "reference": "bold",
    "verbatim": "green",
    "fragment": "cyan",
    "elided": "cyan",
    "extended": "cyan",
    "variant": "yellow",
    "altered": "bold red",
}


def diff_text(version: Version, plain: bool = False) -> Text:
    """A version's words with its differences from the reference marked.

    On a terminal, words of the reference left out are struck through and words the version adds
    are underlined; ``plain`` (no colours: a file or a pipe) writes ``[-left out-]{+added+}``.
    """
    out = Text()
    if version.relation in {"reference", "verbatim"} or not version.diff:
        return Text(visible_line(version.quote))
    if plain:
        return Text(visible_line(render_diff(version.diff)))
    for op in version.diff:
        if out:
            out.append(" ")
        if op["op"] == "equal":
            out.append(visible_line(str(op["text"])))
        elif op["op"] == "delete":
            out.append(visible_line(str(op["text"])), style="strike dim red")
        elif op["op"] == "insert":
            out.append(visible_line(str(op["text"])), style="underline green")
        else:
            out.append(visible_line(str(op["from"])), style="strike dim red")
            out.append(" ")
            out.append(visible_line(str(op["to"])), style="underline green")
    return out


def statement_panel(st: Statement, plain: bool = False) -> Panel:
    """One statement: speaker, dates, and each outlet's version against the reference."""
    rows = Table.grid(padding=(0, 1))
    rows.add_column(style="bold", no_wrap=True)
    rows.add_column()
    for v in st.versions:
        label = Text(f"{visible_line(outlet_of(v))}\n", style="bold")
        where = f"{v.published or 'undated'} · {Path(str(v.article)).name}"
        label.append(f"{visible_line(where)}\n", style="dim")
        label.append(v.relation, style=_RELATION_STYLE.get(v.relation, ""))
        if v.relation not in {"reference", "verbatim"}:
            label.append(f" {v.similarity:.2f}", style="dim")
        if v.reasons:
            label.append("\n" + visible_line(", ".join(v.reasons)), style="red")
        rows.add_row(label, diff_text(v, plain))
    dates = sorted({v.published for v in st.versions if v.published})
    when = visible_line(f"{dates[0]} – {dates[-1]}" if len(dates) > 1 else "".join(dates))
    title = Text(visible_line(st.speaker), style="bold")
    title.append(
        f"  {when or 'undated'}  ·  {len(st.outlets)} outlet{'s' if len(st.outlets) != 1 else ''}",
        style="dim",
    )
    subtitle = Text(visible_line(st.id))
    return Panel(rows, title=title, title_align="left", subtitle=subtitle, subtitle_align="right")


_SUMMARY_COLUMNS = (
    ("quotes", "quotations"),
    ("shared", "statements_shared"),
    ("ref", "reference"),
    ("verb", "verbatim"),
    ("frag", "fragment"),
    ("elid", "elided"),
    ("var", "variant"),
    ("alt", "altered"),
)


def summary_table(rows: Sequence[OutletSummary]) -> Table:
    """The outlet summary: quotations, shared statements, and how each outlet's versions relate."""
    table = Table(
        box=box.SIMPLE_HEAD,
        collapse_padding=True,
        pad_edge=False,
        title="Outlets",
        title_justify="left",
        caption="shared: statements also printed by another outlet; how its versions relate: ref(erence), "
        "verb(atim), frag(ment), elid(ed), var(iant), alt(ered)",
        caption_justify="left",
    )
    table.add_column("outlet", no_wrap=True, max_width=22, overflow="ellipsis")
    for header, _ in _SUMMARY_COLUMNS:
        table.add_column(header, justify="right", min_width=len(header), no_wrap=True)
    for r in rows:
        cells = [str(getattr(r, name)) for _, name in _SUMMARY_COLUMNS]
        altered = Text(cells[-1], style="bold red" if r.altered else "")
        table.add_row(Text(visible_line(r.outlet)), *cells[:-1], altered)
    return table


def print_comparison(
    stream: TextIO,
    statements: Sequence[Statement],
    summary: Sequence[OutletSummary],
    show_all: bool = False,
    width: int | None = None,
) -> None:
    """The terminal view of ``quotes compare``, ``width`` columns wide (default: the terminal's)."""
    console = Console(file=stream, width=width)
    plain = console.color_system is None
    shown = [st for st in statements if show_all or st.repeated]
    for st in shown:
        console.print(statement_panel(st, plain))
    hidden = len(statements) - len(shown)
    if not shown:
        console.print("No statement is quoted more than once.")
    if hidden and not show_all:
        console.print(
            Text(
                f"{hidden} statement{'s' if hidden != 1 else ''} quoted only once "
                "(--all shows them).",
                style="dim",
            )
        )
    console.print(Group(summary_table(summary)))
