"""``Trigger.prep_particles``: the words of a row's ``prep`` conditions, read once per condition."""

from __future__ import annotations

from parley.events._lexicon import Trigger


def _row(cond: str) -> Trigger:
    return Trigger(lemma="hand", pos="VERB", type="RETREAT", mode=None, cameo=None, cond=cond, roles="")


def test_events_lexicon_prep_particles_joins_every_prep_condition() -> None:
    assert _row("obj=keys;prep=back|over;prep=out").prep_particles() == frozenset({"back", "over", "out"})


def test_events_lexicon_prep_particles_is_empty_without_a_prep_condition() -> None:
    assert _row("obj=keys").prep_particles() == frozenset()
    assert _row("").prep_particles() == frozenset()
