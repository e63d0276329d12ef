"""Small operations on lists of entities shared by the events stage's modules."""

from __future__ import annotations

from dataclasses import replace

from ..document import Entity

__all__ = ["as_guess", "same_entity", "unique_by_code"]


def as_guess(entity: Entity) -> Entity:
    """The entity taken from the story, not from words of the sentence at hand: without its words."""
    return replace(entity, entity_text="", resolved_by="")


def same_entity(entity: Entity, others: list[Entity]) -> bool:
    """A recipient that is one of the actors (police against protesters of one country is not)."""
    return any(
        o.code == entity.code and (o.sector == entity.sector or not entity.sector or not o.sector) for o in others
    )


def unique_by_code(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for ent in entities:
        if ent.code not in seen:
            seen.add(ent.code)
            out.append(ent)
    return out
