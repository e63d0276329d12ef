"""The clause of a trigger walked on index lists (parley.events._clause_ids), on invented sentences."""

from __future__ import annotations

from typing import Any

from parley.events._parse import clause_token_ids


class _StandIn:
    """A token seen through another object: ``clause_token_ids`` then walks spaCy's tokens, as before."""

    def __init__(self, token: Any) -> None:
        self._token = token

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._token, name)
        if name in {"head", "left_edge", "right_edge"}:
            return _StandIn(value)
        if name == "children":
            return [_StandIn(c) for c in value]
        return value


_SENTENCES = [
    "The council said on Friday that it would expel the envoy who had insulted the queen.",
    "Rebels seized the town and troops shelled it, residents fleeing the fighting told reporters.",
    "Officials carrying the letter met the minister, hoping to end the strike, and left at noon.",
]


def test_events_clause_ids_same_as_the_walk_on_tokens(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in _SENTENCES:
        sdoc = pipeline.nlp(text)
        for token in sdoc:
            for participles in (False, True):
                assert clause_token_ids(token, participles) == clause_token_ids(_StandIn(token), participles)


def test_events_clause_ids_leave_out_another_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("The council said that it would expel the envoy.")
    said = next(t for t in sdoc if t.text == "said")
    expel = next(t for t in sdoc if t.text == "expel")
    own = {sdoc[i].text for i in clause_token_ids(said)}
    assert "said" in own and "envoy" not in own
    assert "envoy" in {sdoc[i].text for i in clause_token_ids(expel)}
