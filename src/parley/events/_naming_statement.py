"""The statement a naming verb ("calling the move illegal") may belong to: "dismissed the verdict, calling
it unfair" says it in the same statement, not a second one, and so does "said the works would continue, calling
the claims baseless" (the verb hangs on what was said). A verb joined by "and" to what was said is the
speaker's own second act: "says its soldiers have not crossed the line and calls the accusation
'baseless'", "said Ukraine would appeal and called the sentence 'disproportionate'" (training gold codes
3 of 3 such joined namings; the "calling" ones under what was said 1 of 4, left as one statement)."""

from __future__ import annotations

from typing import Any

__all__ = ["statement_heads"]


def statement_heads(token: Any) -> list[Any]:
    """The words a naming verb's statement may be told by: its head, and the head's head when the head is
    a complement ("said the works would continue, calling ...")."""
    if token.dep_ == "relcl":
        return [token.head.head]  # "would defy the embargo, which she called unlawful"
    if token.head.dep_ not in {"xcomp", "ccomp"} or (token.dep_ == "conj" and token.head.dep_ == "ccomp"):
        return [token.head]
    return [token.head, token.head.head]
