"""tools/dateline_venues.py: a dateline's town against a place the act's sentence names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from dateline_venues import host_source, main, named_places, scan, verdict  # noqa: E402

from parley.evaluate._gold import GoldEvent, Reading  # noqa: E402


def test_tools_dateline_venues_named_places_skips_the_dateline_town_and_unknown_names() -> None:
    known = {"Kestrel Bay", "Orlin"}.__contains__
    sentence = "The two ministers talked at Kestrel Bay in Orlin on Tuesday, not in Varnholt as planned."
    assert named_places(sentence, "orlin", known) == ["Kestrel Bay"]


def test_tools_dateline_venues_host_source_tells_the_dateline_town_from_others() -> None:
    assert host_source("Orlin", "ORLIN") == "dateline"
    assert host_source("Kestrel Bay", "Orlin") == "own"
    assert host_source("Kestrel Bay", None) == "own"


def test_tools_dateline_venues_refuses_report_only_sets() -> None:
    with pytest.raises(ValueError):
        scan(Path("evaluation/test/gold"), "rules")


def test_tools_dateline_venues_main_refuses_report_only_sets_as_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "evaluation" / "sealed" / "gold")])
    assert stop.value.code == 2  # argparse's usage error, before any pipeline is built


class _Hosted:
    def __init__(self, *codes: str) -> None:
        self.recipient_codes = list(codes)


def _gold(*recipients: frozenset[str]) -> GoldEvent:
    readings = tuple(Reading("CONSULT", frozenset({"FRA"}), r, False) for r in recipients)
    return GoldEvent(id="e1", readings=readings, date=None, place=None, required=True)


def test_tools_dateline_venues_verdict_reads_every_gold_reading() -> None:
    # the main reading has no recipient, the alt one has the host's state: right, not gold-none
    assert verdict(_Hosted("DEU"), _gold(frozenset(), frozenset({"DEU"}))) == "right"
    assert verdict(_Hosted("ITA"), _gold(frozenset(), frozenset({"DEU"}))) == "gold-none"
    assert verdict(_Hosted("ITA"), _gold(frozenset({"ESP"}), frozenset({"DEU"}))) == "wrong"
    assert verdict(_Hosted("DEU"), _gold(frozenset({"ESP"}), frozenset({"DEU"}))) == "right"
    assert verdict(_Hosted("DEU"), _gold(frozenset())) == "gold-none"
    assert verdict(_Hosted("DEU"), None) == "unmatched"
