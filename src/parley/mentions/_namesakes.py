"""Which of several namesakes in office a bare surname means, when they act for different states
("Mr. Maliki" in 2008: Iraq's prime minister or the Palestinian foreign minister; "President Santos"
in 2016: Colombia's or Angola's dos Santos). Until stop 48 such a surname named nobody. (A bare
"Santos" is still nobody: a gazetteer town has the name, and only a title or "Mr." passes that.)

The news calls a person by the surname alone when the reader knows whom it means, so the choice
follows what the story and the names themselves say, in this order:

1. the particle: a holder whose name puts a lower-case particle before the surname ("José Eduardo
   dos Santos", "Noli de Castro") is written with it ("dos Santos"); a bare "Santos" is a holder
   whose surname stands alone, and "dos Santos" in the text is one whose name has that particle;
2. the story's home state (``Document.home_country``): the namesake of the state the story is about;
3. the office: the UN's Secretary-General, then a head of state, then a head of government over any
   other office (kinds ``world_office``, ``state_head_office`` and ``government_head_office`` of
   ``resolve_words.tsv``), as news names the most senior of namesakes by surname alone ("Mr. Abbas"
   in 2008 is the Palestinian president, not Chad's prime minister Youssouf Saleh Abbas).

Each step is taken only when it leaves the holders of one state; otherwise the next is tried, and
with none left the surname still names nobody ("Kim" of both Koreas with no story home among them).
The training corpus has no such surname: over person_accuracy's reading of all 932 documents the
choice was asked 0 times (its people are named in full first). So the reading rests on the facts of
people.tsv and probes of dated sentences (names49: 29 -> 40 of 42 right, none wrong; the probes of
stop 48 and 47: 8 more right, none more wrong), and is kept as it leaves person accuracy, dev and
held-in unchanged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..knowledge import resolve_words

__all__ = ["namesake_holders", "particle_holders"]


def namesake_holders(pool: Sequence[Any], token: Any, home: str | None) -> list[Any]:
    """Of ``pool`` (holders of the surname ``token`` of more than one state), the holders of the one
    state the surname means; none when nothing decides."""
    steps: list[Callable[[list[Any]], list[Any]]] = [
        lambda held: _by_particle(held, token),
        lambda held: [e for e in held if home is not None and e.code == home],
        _by_office,
    ]
    held = list(pool)
    for step in steps:
        chosen = step(held)
        if chosen and len({e.code for e in chosen}) == 1:
            return chosen
        held = chosen or held
    return []


def particle_holders(pool: Sequence[Any], token: Any) -> list[Any]:
    """Of ``pool``, the holders a particle the text sets before the surname fits: a name that has no
    such particle before its last word is another family's ("Palacio de Lopez" is no building of
    Nicaragua's Samuel Santos Lopez; "de Castro" is Noli de Castro, not Fidel Castro). Without a
    particle in the text, the whole pool."""
    if token.i == 0 or token.nbor(-1).text not in resolve_words("name_particle"):
        return list(pool)
    return _by_particle(list(pool), token)


def _by_particle(pool: list[Any], token: Any) -> list[Any]:
    """The holders whose name has the particle the text sets before the surname, none for none."""
    particles = resolve_words("name_particle")
    before = token.nbor(-1).text if token.i > 0 and token.nbor(-1).text in particles else None
    return [e for e in pool if _particle_of(e.phrase, token.text, particles) == before]


def _particle_of(phrase: str, surname: str, particles: frozenset[str]) -> str | None:
    """The particle a name sets right before its last word ``surname`` ("dos" of "José Eduardo dos
    Santos"), if any."""
    words = phrase.split()
    if len(words) < 3 or words[-1] != surname or words[-2] not in particles:
        return None
    return words[-2]


def _by_office(pool: list[Any]) -> list[Any]:
    """The holders of the most senior office in the pool: the UN's Secretary-General, else heads of
    state, else heads of government."""
    for kind in ("world_office", "state_head_office", "government_head_office"):
        offices = resolve_words(kind)
        heads = [e for e in pool if (e.office or "").lower() in offices]
        if heads:
            return heads
    return []
