"""The dependency labels that open a clause of its own, for the three walks that cut a sentence into
clauses. They share one base set; each walk adds what its own question needs (see each set's comment).
Kept in a module of its own, with no imports, so that both the clause tree (._tree) and the events stage read it."""

from __future__ import annotations

__all__ = ["CLAUSE_OPENING", "GROUP_CLAUSE_DEPS", "TIME_PLACE_CLAUSE_DEPS", "TRIGGER_CLAUSE_DEPS"]

#: Dependencies that always open a clause of their own below a verb or noun: what is said, asked or
#: done besides the main act ("said [ccomp] ...", "to [xcomp] ...", "after [advcl] ...", "who [relcl] ...").
CLAUSE_OPENING = frozenset({"ccomp", "xcomp", "advcl", "relcl", "parataxis", "acl", "csubj"})

#: The trigger's own clause (``events._parse.clause_token_ids``): the base set alone. A verb joined by
#: "and" is cut by that walk's own test (only a verb, and only when it does not hold the trigger); a
#: gerund after a preposition ("accused the army of shelling the town") stays in the trigger's clause.
TRIGGER_CLAUSE_DEPS = CLAUSE_OPENING

#: The clause a date or place is read from (``parse._tree.starts_clause``): a gerund after a
#: preposition has its own time ("arrested on Monday after attacking a post last week"), and "conj"
#: is listed so a verb joined by "and" starts a clause (``starts_clause`` keeps nouns joined by "and"
#: in one phrase: "shields and batons").
TIME_PLACE_CLAUSE_DEPS = CLAUSE_OPENING | {"pcomp", "conj"}

#: The clause an unnamed group stands in (``events._group_place.clause_root``, walking up from a
#: token): a gerund after a preposition is a clause of its own; a verb joined by "and" is not, so the
#: walk climbs through it to the first verb of the pair.
GROUP_CLAUSE_DEPS = CLAUSE_OPENING | {"pcomp"}
