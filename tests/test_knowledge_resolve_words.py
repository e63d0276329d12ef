"""The roles of ``data/resolve_words.tsv`` (``parley.knowledge.resolve_words``)."""

from __future__ import annotations

import re
from pathlib import Path

from parley.events._words import _RESOLVE_WORD_SETS
from parley.knowledge import resolve_words

SRC = Path(__file__).resolve().parents[1] / "src" / "parley"
#: A role asked by name: ``resolve_words("x")`` anywhere, or ``words("x")`` where the module imports it so.
_ASKED = re.compile(r"\bresolve_words\(\"([a-z_]+)\"\)")
_ASKED_AS_WORDS = re.compile(r"\bwords\(\"([a-z_]+)\"\)")


def _roles_asked() -> dict[str, str]:
    asked: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        found = _ASKED.findall(code)
        if "resolve_words as words" in code:
            found += _ASKED_AS_WORDS.findall(code)
        asked.update({role: path.name for role in found})
    asked.update({role: "events/_words.py" for role in _RESOLVE_WORD_SETS})
    return asked


def test_knowledge_resolve_words_every_role_the_code_asks_for_has_words() -> None:
    # an unknown role reads as an empty list, so a role renamed in the file but not in the code (or
    # the other way round) would silently switch its reading off
    asked = _roles_asked()
    assert len(asked) > 30
    missing = sorted(f"{role} ({module})" for role, module in asked.items() if not resolve_words(role))
    assert missing == []


def test_knowledge_resolve_words_unknown_role_is_empty() -> None:
    assert resolve_words("no_such_role") == frozenset()
