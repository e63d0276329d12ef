"""A family name before a particle inside a person's name: "Fernandez" of "Cristina Fernandez de
Kirchner", "Lula" of "Luiz Inacio Lula da Silva". Stories name such people by that word alone later,
so it is one of the name's keys (mentions/_spans). The particles are the resolve_words kind
``name_particle``; a particle after the first word only ("F.W. de Klerk") gives no key: the word
before it is a first name or initials."""

from __future__ import annotations

from typing import Any

from ..knowledge import resolve_words

__all__ = ["before_particle"]


def before_particle(ent: Any, words: list[str]) -> list[str]:
    """The name words of ``ent`` (among ``words``, the name's words after the first) that stand before
    a lower-case particle inside a name of three words or more."""
    particles = resolve_words("name_particle")
    inner = [ent[i - 1].text for i in range(2, len(ent) - 1) if ent[i].text in particles]
    return [w for w in inner if w in words[1:]]
