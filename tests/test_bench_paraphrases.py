"""The generated paraphrase benchmark: reported speech's shifts, and a small run that meets its bars."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))  # the bench runs as scripts

from paraphrases import BARS, reported_form, run_split


@pytest.mark.parametrize(
    ("statement", "gender", "reported"),
    [
        ("We will close our office in May.", "f", "they would close their office in May"),
        ("I have asked the board to act.", "m", "he had asked the board to act"),
        ("Ashbury is ready.", "f", "Ashbury was ready"),  # a name keeps its capital
    ],
)
def test_reported_speech_moves_pronouns_and_tenses(statement: str, gender: str, reported: str) -> None:
    assert reported_form(statement, gender, frozenset({"Ashbury"})) == reported


@pytest.mark.slow
def test_a_small_run_meets_the_bars() -> None:
    summary = run_split("heldout", 2)
    assert summary["recall"] >= BARS["recall"]
    assert summary["false_alarms"] <= BARS["false_alarms"]
    assert summary["grouped"] >= BARS["grouped"]
