"""Reading the spaCy parse around an event's trigger: its clause, the clauses it leans on,
and the time and place phrases each clause holds.

An event names its trigger only by text and sentence offsets; ``trigger_token`` finds the
token again. Every helper takes spaCy tokens and works without a parse-specific import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._columns import children_of
from ..document import Event
from ..knowledge import resolve_words as words
from ..parse import SUBJECT_DEPS
from ..parse._tree import VERBS, ClauseTree, clause_tree, starts_clause

__all__ = [
    "Link",
    "clause_chain",
    "clause_head",
    "clause_members",
    "clause_preps",
    "in_clause",
    "later_and_conjuncts",
    "nested_clauses",
    "relative_subject",
    "trigger_token",
]

_VERBS = VERBS


def trigger_token(sdoc: Any, event: Event) -> Any | None:
    """The token of ``event``'s trigger word inside its sentence, or None when it is not there."""
    if sdoc is None or not event.event_text:
        return None
    span = sdoc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    word = event.event_text.split(",")[0].strip()
    found = _tokens_written(span, word) if type(sdoc).__name__ == "Doc" else [t for t in span if t.text == word]
    if not found:
        return None
    by_lemma = [t for t in found if t.lemma_.lower() == event.trigger.lower()]
    return (by_lemma or found)[0]


def clause_head(token: Any) -> Any:
    """The verb whose clause a trigger belongs to: itself for a verb, the governing verb for a noun."""
    tok = token
    for _ in range(5):
        if tok.pos_ in _VERBS:
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return token


def _is_token(tok: Any) -> bool:
    """A spaCy token (whose tree :func:`clause_tree` reads), not a stand-in with the same attributes."""
    return type(tok).__name__ == "Token" and hasattr(tok, "doc")


def _tokens_written(span: Any, word: str) -> list[Any]:
    """The tokens of ``span`` whose text is ``word``, found by the hash of their text."""
    from spacy.strings import get_string_id

    doc, orth = span.doc, get_string_id(word)
    orths = clause_tree(doc).orths
    return [doc[i] for i in range(span.start, span.end) if orths[i] == orth]


def _clause_indices(head: Any, keep: Any | None) -> list[int]:
    """The indices of :func:`in_clause`'s tokens, in its order, walked on the document's tree once
    per head and kept token (kept with the tree, so they live as long as the document's). Callers
    only read the list."""
    tree = clause_tree(head.doc)
    key = (head.i, -1 if keep is None else keep.i)  # ``_contains`` reads only the kept token's index
    found = tree.clauses.get(key)
    if found is None:
        found = tree.clauses[key] = _walk_clause(tree, head, keep)
    return found


def _walk_clause(tree: ClauseTree, head: Any, keep: Any | None) -> list[int]:
    doc = head.doc
    kids, bounds, starts = tree.kids, tree.bounds, tree.starts
    out: list[int] = []
    stack = [head.i]
    while stack:
        i = stack.pop()
        out.append(i)
        for c in kids[bounds[i] : bounds[i + 1]]:
            if starts[c] and not (keep is not None and _contains(doc[c], keep)):
                continue
            stack.append(c)
    return out


def clause_members(head: Any, keep: Any | None = None) -> set[int]:
    """The indices of :func:`in_clause`'s tokens."""
    if _is_token(head):
        return set(_clause_indices(head, keep))
    return {t.i for t in in_clause(head, keep)}


def in_clause(head: Any, keep: Any | None = None) -> Iterator[Any]:
    """The tokens of ``head``'s own clause: its subtree without the clauses nested in it
    (a nested clause that holds ``keep`` is walked, so a trigger's own phrase stays in)."""
    if _is_token(head):
        doc = head.doc
        yield from map(doc.__getitem__, _clause_indices(head, keep))
        return
    stack = [head]
    while stack:
        tok = stack.pop()
        yield tok
        for child in children_of(tok):
            if starts_clause(child.dep_, child.pos_) and not (keep is not None and _contains(child, keep)):
                continue
            stack.append(child)


def clause_preps(head: Any, keep: Any | None = None) -> Iterator[Any]:
    """The prepositions (dependency ``prep``) among :func:`in_clause`'s tokens, in its order; on a
    spaCy Doc only they are built as tokens (the place rules ask of every clause, and read only these)."""
    if _is_token(head):
        doc = head.doc
        preps = clause_tree(doc).preps
        return (doc[i] for i in _clause_indices(head, keep) if preps[i])
    return (tok for tok in in_clause(head, keep) if tok.dep_ == "prep")


def nested_clauses(head: Any, keep: Any | None = None) -> list[Any]:
    """Heads of the clauses nested directly in ``head``'s clause (not the one holding ``keep``)."""
    if _is_token(head):
        doc = head.doc
        tree = clause_tree(doc)
        return [
            doc[c]
            for i in _clause_indices(head, keep)
            for c in tree.children(i)
            if tree.starts[c] and not (keep is not None and _contains(doc[c], keep))
        ]
    out = []
    for tok in in_clause(head, keep):
        for child in children_of(tok):
            if starts_clause(child.dep_, child.pos_) and not (keep is not None and _contains(child, keep)):
                out.append(child)
    return out


def later_and_conjuncts(head: Any) -> Iterator[Any]:
    """Verbs joined to ``head`` after it by a bare "and" with no subject of their own ("seized two
    boats and detained their crews ..."): they share the time and place phrases the parser hangs off
    the last of them (resolve/_when, resolve/_where)."""
    for verb in children_of(head):
        if verb.dep_ != "conj" or verb.i < head.i or any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
            continue
        if any(t.dep_ == "cc" and t.lower_ == "and" for t in head.doc[head.i : verb.i]):
            yield verb


def _contains(tok: Any, target: Any) -> bool:
    return bool(tok.left_edge.i <= target.i <= tok.right_edge.i)


class Link:
    """How a clause hangs from the one above it."""

    SAID = "said"  # what was said, below the verb of saying
    INTENT = "intent"  # "agreed to hold talks", "rode across the river to meet": the act below the intent
    SHARED = "shared"  # conjoined or adjoined clauses that share a time and place
    NONE = ""


def _mark(verb: Any) -> str:
    return next((c.lower_ for c in children_of(verb) if c.dep_ == "mark"), "")


def relative_subject(clause: Any) -> bool:
    """The relative clause's subject is its relative pronoun ("who said", "which said")."""
    return any(c.dep_ == "nsubj" and c.lower_ in words("relative_pronoun") for c in children_of(clause))


def _link(clause: Any) -> tuple[Any | None, str]:
    """The clause above ``clause`` and how they are linked; (None, NONE) when the upper clause
    is no guide to this one's time or place (object relative clauses, "after"/"before" clauses)."""
    dep = clause.dep_
    head = clause.head
    if head is clause:
        return None, Link.NONE
    if dep == "ccomp" and head.lemma_.lower() in words("speech"):
        return head, Link.SAID
    if dep == "xcomp" and clause.pos_ in _VERBS:
        return head, Link.INTENT
    if dep == "conj" and clause.pos_ in _VERBS:
        return head, Link.SHARED
    if dep == "advcl":
        if _mark(clause) in words("bound"):
            if any(c.dep_ == "npadvmod" and c.lemma_.lower() in words("moments") for c in children_of(clause)):
                return head, Link.SHARED  # "was brought down on Friday, hours after drones hit": that day
            return None, Link.NONE  # "began sailing on Friday after they signed": another time
        if _mark(clause) in {"to", "so"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            return head, Link.INTENT  # "stepped over the boundary ... to greet Karis"
        return head, Link.SHARED  # "sailed on Friday, ending the mission"
    if dep == "relcl" and any(c.lower_ == "when" for c in children_of(clause)):
        return clause_head(head), Link.SHARED  # "ended the war on Monday, when they signed ..."
    if dep == "relcl" and relative_subject(clause):
        # "was made public on Friday by the envoy, who said Hanoi had consented", "held a call this
        # morning with Coulibaly, who expressed thanks": the act belongs to the occasion the clause
        # above describes (training: where the writer dated such an act it was the upper clause's
        # time, 2 of 2; 11 more left undated). A time of its own still wins ("who flew in on
        # Thursday"): 28 of 30 such training acts are dated by their own phrase, 2 undated.
        upper = clause_head(head)
        return (upper, Link.SHARED) if upper.i != head.i else (None, Link.NONE)
    if dep in {"acl", "pcomp"}:
        # "passed a motion on Friday calling ...", "replied by closing ..."
        return clause_head(head) if head.pos_ not in _VERBS else head, Link.SHARED
    return None, Link.NONE


def clause_chain(token: Any, hops: int = 3) -> list[tuple[Any, str]]:
    """The trigger's clause head, then the clauses it leans on for its time and place, with the
    link that led to each (the first item's link is NONE)."""
    head = clause_head(token)
    chain: list[tuple[Any, str]] = [(head, Link.NONE)]
    for _ in range(hops):
        upper, how = _link(chain[-1][0])
        if upper is None or any(upper.i == c.i for c, _ in chain):
            break
        chain.append((upper, how))
    return chain
