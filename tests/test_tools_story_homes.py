"""tools/story_homes.py: the chosen home beside the gold's states for bare actors."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from parley.evaluate import GoldDoc, GoldEvent
from parley.evaluate._gold import Reading

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from story_homes import bare_actor_states, main, verdict  # noqa: E402


def _event(evidence: str, *actors: str) -> GoldEvent:
    reading = Reading(type="ACCUSE", actors=frozenset(actors), recipients=frozenset(), symmetric=False)
    return GoldEvent(id="e1", readings=(reading,), date=None, place=None, required=True, evidence=evidence)


def test_tools_story_homes_bare_actor_states_count_only_bare_evidence() -> None:
    gold = GoldDoc(
        id="x",
        doc=Path("x.txt"),
        published=None,
        source=None,
        source_country="AAA",
        events=[
            _event("the government blamed the smugglers", "AAAGOV"),
            _event("Freedonia blamed the smugglers", "BBB"),
            _event("police said the harbour was shut", "AAACOP", "CCC"),
        ],
    )
    assert bare_actor_states(gold) == Counter({"AAA": 2, "CCC": 1})


def test_tools_story_homes_verdict_names_the_outlet_when_the_gold_takes_it() -> None:
    assert verdict("BBB", "AAA", Counter({"AAA": 3, "BBB": 1})) == "outlet"
    assert verdict("AAA", "AAA", Counter({"AAA": 1})) == "agree"
    assert verdict("CCC", "AAA", Counter({"BBB": 1})) == "other"
    assert verdict(None, "AAA", Counter({"BBB": 1})) == "none"
    assert verdict("AAA", "AAA", Counter()) == "-"


def test_tools_story_homes_refuses_a_report_only_set(tmp_path: Path) -> None:
    sealed = tmp_path / "evaluation" / "sealed" / "gold"
    sealed.mkdir(parents=True)
    assert main([str(sealed)]) == 2
