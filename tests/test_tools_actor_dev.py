"""tools/actor_dev.py: with --pair best a prediction is held against the sentence's gold event of its type
that agrees with it most, so the second half of a reciprocal act is not scored as a swap; beside the
equal-sets figures it counts the roles as the evaluation does (a shared code)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from actor_dev import gold_agreement, shared_roles  # noqa: E402


def _gold(actor: str, recipient: str) -> SimpleNamespace:
    return SimpleNamespace(actors=[SimpleNamespace(code=actor)], recipients=[SimpleNamespace(code=recipient)])


def test_tools_actor_dev_best_pair_takes_the_mirror_gold_event() -> None:
    golds = [_gold("THA", "KHM"), _gold("KHM", "THA")]  # "Bangkok freed ..., and Phnom Penh released ..."
    best = max(golds, key=lambda g: gold_agreement(g, {"KHM"}, {"THA"}))
    assert best is golds[1]


def test_tools_actor_dev_best_pair_keeps_the_first_on_ties() -> None:
    golds = [_gold("THA", "KHM"), _gold("THA", "LAO")]
    assert max(golds, key=lambda g: gold_agreement(g, {"VNM"}, {"MMR"})) is golds[0]
    assert gold_agreement(golds[0], {"THA"}, {"KHM"}) == 2


def test_tools_actor_dev_shared_roles_count_a_joint_party_coded_as_recipient_right() -> None:
    # "Japanese and Chinese diplomats held talks": the training gold lists both as actors
    assert shared_roles({"JPN"}, {"CHN"}, {"CHN", "JPN"}, set()) == (True, None)
    assert shared_roles({"JPN", "CHN"}, {"KOR"}, {"JPN"}, {"KOR", "PRK"}) == (True, True)


def test_tools_actor_dev_shared_roles_reject_a_wrong_party() -> None:
    assert shared_roles({"IMG"}, {"TCD"}, {"SDN"}, {"TCD"}) == (False, True)
    assert shared_roles({"RUS"}, set(), {"RUS"}, {"UKR"}) == (True, False)
