"""Straits, seas, gulfs, banks, spits, mountain passes and border tunnels of the news are places of the
gazetteer (places_extra.tsv), so an act "through the X Tunnel" or "in the X Strait" is placed there."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article
from parley.knowledge import load_knowledge


def test_knowledge_water_passes_resolve_to_their_state_or_none() -> None:
    gaz = load_knowledge().gazetteer
    for name, code in {
        "Kerch Strait": None,  # between Crimea and Russia's Taman peninsula: no one state
        "Bab el-Mandeb": None,
        "Shatt al-Arab": None,  # the Iran-Iraq border river
        "Bosporus": "TUR",
        "Gulf of Sirte": "LBY",
        "Roki Tunnel": "GEO",
        "Khyber Pass": "PAK",
        "Arabat Spit": "UKR",
    }.items():
        entry = gaz.lookup(name)
        assert entry is not None and entry.country == code, name


def test_knowledge_water_passes_do_not_shadow_a_town() -> None:
    # a strait or a spit is named after a town: the bare town name still means the town
    gaz = load_knowledge().gazetteer
    for town, code in {"Kerch": "UKR", "Tuzla": "BIH", "Messina": "ITA"}.items():
        entry = gaz.lookup(town)
        assert entry is not None and entry.country == code and entry.feature_code.startswith("PPL"), town


def test_knowledge_water_passes_tunnel_is_the_event_place(pipeline: Any) -> None:
    text = (
        "TBILISI, 4 May (Caucasus Wire) - Georgia's interior ministry said on Monday that columns of "
        "armoured vehicles had crossed the border.\n\n"
        "The neighbouring army moved two more battalions through the Roki Tunnel on Sunday, the ministry said."
    )
    article = Article(id="t", text=text, published=date(2024, 5, 8))
    (doc,) = list(pipeline.process([article]))
    places = {e.place.extracted_place for e in doc.events if e.event == "MOBILIZE" and e.place is not None}
    assert "Roki Tunnel" in places
