"""The name word before a particle inside a name is a key the story may use alone later."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parley.mentions._name_particles import before_particle


def test_name_particles_word_before_an_inner_particle() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Cristina", "Fernandez", "de", "Kirchner"])
    assert before_particle(doc[0:4], ["Cristina", "Fernandez", "de", "Kirchner"]) == ["Fernandez"]


def test_name_particles_no_key_for_a_first_word_or_a_short_name() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["F.W.", "de", "Klerk"])
    assert before_particle(doc[0:3], ["F.W.", "de", "Klerk"]) == []  # "F.W." is initials, no family name
    doc = Doc(vocab, words=["Jose", "Ramos", "Horta"])
    assert before_particle(doc[0:3], ["Jose", "Ramos", "Horta"]) == []  # no particle
