"""The learned role labeller's features (``coder/_roles.role_features``): the prepositions and speech
verbs it names come from ``resolve_words.tsv`` (roles ``labeller_prep``, ``labeller_speech``); the
sentence is made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.coder._roles import role_features
from parley.document import Article, Document
from parley.knowledge import resolve_words
from parley.mentions import MentionFinder


def test_coder_roles_features_name_the_file_s_prepositions_and_speech_verbs(learned_pipeline: Any) -> None:
    assert {"against", "towards"} <= resolve_words("labeller_prep") and "beside" not in resolve_words("labeller_prep")
    assert "announce" in resolve_words("labeller_speech")
    text = "Norway announced that Chile had protested against Peru, and Brazil stood beside Bolivia."
    finder = next(c for c in learned_pipeline.components if isinstance(c, MentionFinder))
    doc = Document(article=Article(id="t", text=text, published=date(2024, 5, 8)), text=text)
    doc.spacy = learned_pipeline.nlp(text)
    mentions = {m.text: m for m in finder(doc).actor_mentions}
    protested = next(t for t in doc.spacy if t.lower_ == "protested")
    stood = next(t for t in doc.spacy if t.lower_ == "stood")
    assert "prep=against" in role_features(protested, mentions["Peru"], "PROTEST", doc.spacy)
    assert "prep=other" in role_features(stood, mentions["Bolivia"], "COOPERATE", doc.spacy)
    assert "speech_between" in role_features(protested, mentions["Norway"], "PROTEST", doc.spacy)
