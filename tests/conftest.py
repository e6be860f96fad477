"""Shared fixtures: invented news articles and a runner for the ``quotes`` command, in process."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent

# Invented outlets, places and people; each article has quotations with a clear speaker.
NEWS: dict[str, str] = {
    "tram": (
        "Council delays vote on tram extension\n"
        "\n"
        "The Brackford city council postponed its vote on the tram extension on Tuesday.\n"
        "\n"
        '"We need another month to study the costs," said council leader Orla Venn.\n'
        "\n"
        "Transport campaigner Dmitri Halloway was not impressed. "
        '"Every delay makes the project dearer," Halloway said.\n'
    ),
    "water": (
        "# Farmers protest new water rules\n"
        "\n"
        "Farmers gathered outside the regional office in Dunmere on Friday.\n"
        "\n"
        '"The rules were written without asking a single grower," said Petra Lindqvist, '
        "who chairs the growers' union.\n"
    ),
    "ferry": (
        "Ferry service to resume\n"
        "\n"
        "The island ferry will sail again next month after a winter of repairs.\n"
        "\n"
        '"The new boats will carry twice as many cars," harbour director Selma Oduya told reporters.\n'
    ),
}


@pytest.fixture(scope="session")
def news() -> dict[str, str]:
    """The invented articles, by short name."""
    return dict(NEWS)


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run ``quotes`` in process; fail the test on any exception other than a normal exit."""
    from quotes.cli import app

    runner = CliRunner()

    def run(args: Sequence[str], input: str | bytes | None = None) -> Result:
        result = runner.invoke(app, [str(a) for a in args], input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"quotes {' '.join(map(str, args))} raised") from result.exception
        assert "Traceback" not in result.stderr
        return result

    return run
