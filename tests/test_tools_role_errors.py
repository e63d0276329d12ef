"""tools/role_errors.py tells a wrong side of one act from a gold act of another sentence paired by type."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from role_errors import evidence_in_sentence  # noqa: E402


def test_tools_role_errors_finds_evidence_in_its_sentence() -> None:
    sentence = "The harbour board said on Friday that any trawler crossing the line would be “boarded at once”."
    assert evidence_in_sentence('any trawler crossing the line would be "boarded at once"', sentence)


def test_tools_role_errors_tells_evidence_of_another_sentence() -> None:
    sentence = "The harbour board said on Friday that any trawler crossing the line would be boarded at once."
    assert not evidence_in_sentence("the coastguard fired flares over the fleet", sentence)
    assert not evidence_in_sentence("", sentence)
