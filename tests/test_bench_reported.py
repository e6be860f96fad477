"""The generated reported-speech benchmark: reproducible, its gold spans exact, its splits apart."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))  # the bench runs as scripts

import reported_data
from reported_frames import FAMILIES, generate, score


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_files_and_gold_spans_are_exact(tmp_path: Path) -> None:
    gold = generate(tmp_path / "a", "dev", 12)
    generate(tmp_path / "b", "dev", 12)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    for g in gold:
        text = (tmp_path / "a" / "articles" / g["article"]).read_text(encoding="utf-8")
        assert text[g["start"] : g["end"]] == g["quote"]
        assert "{" not in text  # every slot filled


def test_each_split_has_every_family_and_its_own_templates_and_verbs() -> None:
    for tag in ("d", "h"):
        assert {f for t, f, _ in reported_data.FRAMES if t == tag} == set(FAMILIES)
    dev = {text for t, _, text in reported_data.FRAMES if t == "d"}
    held = {text for t, _, text in reported_data.FRAMES if t == "h"}
    assert not dev & held
    for pool in (reported_data.SAY, reported_data.BELIEVE, reported_data.PREDICATES, reported_data.URGE):
        assert not set(pool["dev"]) & set(pool["heldout"])


def test_the_score_counts_a_right_record_and_not_a_wrong_speaker(tmp_path: Path, capsys) -> None:
    gold = generate(tmp_path, "heldout", 4)
    right = [{"article": g["article"], "start": g["start"], "end": g["end"], "quote": g["quote"],
              "speaker": g["speaker"], "kind": "reported"} for g in gold]  # fmt: skip
    (tmp_path / "right.json").write_text(json.dumps(right), encoding="utf-8")
    assert score(tmp_path / "gold_attributions.jsonl", tmp_path / "right.json")["attributed"] == 1.0
    wrong = [dict(r, speaker="Nobody Atall") for r in right]
    (tmp_path / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    result = score(tmp_path / "gold_attributions.jsonl", tmp_path / "wrong.json")
    assert result["detection"] == 1.0 and result["attributed"] == 0.0
