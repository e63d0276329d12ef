"""Where a speaker who is named only after the quotation he speaks comes from: in "Pakistan's prime minister
addressed parliament. 'We reject the demand,' he said." the "he" of the attribution follows the quotation,
so it does not open its sentence the way "He said: 'We reject ...'" does, yet it stands for the same
office-holder, the one the sentence before the quotation is about.

The reading only asks whether a pronoun's sentence begins with the quotation it closes: the pronoun is the
subject of the verb of saying that attributes it and nothing but the quotation (and its marks) stands before
it. The sentence to read the speaker from is then the one before the quotation opens, not the one before
the pronoun (a quotation may run over several sentences). Training gold: the corpus's writers seldom attribute
a quotation this way with no person named (13 sentences with `," he said`/`," she added` and the like),
so its figures do not move; the report-only sets' writers quote more."""

from __future__ import annotations

from typing import Any

__all__ = ["quotation_before"]


def quotation_before(pronoun: Any, spans: list[tuple[int, int]], sent_start: list[int]) -> Any | None:
    """The first word of the quotation ``pronoun``'s sentence opens with, when the pronoun follows it at
    once as the subject that attributes it ('"We reject this," he said.'), else None."""
    start = sent_start[pronoun.i]
    for first, last in spans:
        if last >= pronoun.i or last < start - 1 or first > start + 1:
            continue
        if all(t.is_punct or t.is_space for t in pronoun.doc[last + 1 : pronoun.i]):
            return pronoun.doc[first]
    return None
