"""An article issued by a state body: its bare "The Ministry", "The Government" is the issuing state."""

from __future__ import annotations

from datetime import date

from _events_setup import roles_of_type
from parley.document import Article
from parley.events._context import DocumentContext

_RELEASE = (
    "Press Release: Detention of Nigerian Nationals\n\n"
    "The Ministry of Foreign Affairs today received with concern reports that Nigerians were detained in Malabo.\n\n"
    "The Federal Government demands that Equatorial Guinea release the detained Nigerians.\n\n"
    "Signed: Director, Press and Public Relations, Ministry of Foreign Affairs, Abuja."
)


def _context(pipeline, text: str, outlet: str | None) -> DocumentContext:  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country=outlet)
    (doc,) = list(pipeline.clean([article]))
    doc.spacy = pipeline.nlp(doc.text)
    doc = pipeline.components[0](doc)  # actor mentions
    mention_at = {i: m for m in doc.actor_mentions for i in range(m.token_start, m.token_end)}
    return DocumentContext(
        doc, doc.spacy, mention_at, pipeline.knowledge.gazetteer, pipeline.lexicon, pipeline.knowledge.region_country
    )


def test_events_issuer_release_is_issued_by_the_outlets_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a bare, capitalised ministry opening the text and signing it: the outlet's own state wrote it
    assert _context(pipeline, _RELEASE, "NGA").issuer == "NGA"


def test_events_issuer_wire_copy_naming_the_ministrys_state_has_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    # wire copy says whose ministry it quotes and files from abroad: no issuer
    text = "NAIROBI, May 8 (Reuters) - Kenya's foreign ministry on Thursday said it had summoned Somalia's envoy."
    assert _context(pipeline, text, "GBR").issuer is None


def test_events_issuer_needs_the_outlets_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _context(pipeline, _RELEASE, None).issuer is None


def test_events_issuer_federal_government_is_the_issuer_not_a_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Federal" is a level of government, not the Argentine town of that name
    assert roles_of_type(pipeline, _RELEASE, "REQUEST", outlet="NGA")[:1] == [(["NGA"], ["GNQ"])]


def test_events_issuer_bare_ministry_acts_for_the_issuer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # in Oman's release, "The Ministry" thanking parties in Yemen is Oman's, not Yemen's
    text = (
        "Sultanate facilitates release of two sailors\n\n"
        "The Ministry of Foreign Affairs announces the release of two Kenyan sailors held in Yemen.\n\n"
        "The Ministry expresses its thanks to all parties in Yemen who cooperated.\n\n"
        "Ministry of Foreign Affairs, Muscat"
    )
    assert (["OMN"], ["YEM"]) in roles_of_type(pipeline, text, "SUPPORT", outlet="OMN")


_LETTERHEAD = (
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "INFORMATION DEPARTMENT - BULLETIN No. 12\n\n"
    "1. Government troops reopened the road between Bafata and Gabu on 4 March.\n\n"
    "2. The Minister welcomes the African Union's plan to send police trainers to Guinea-Bissau."
)


def test_events_issuer_capital_letterhead_names_the_issuer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a letterhead in capitals above the release heads it as a signature closes it
    assert _context(pipeline, _LETTERHEAD, "FRA").issuer == "FRA"


def test_events_issuer_bare_minister_of_a_release_is_the_issuers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "The Minister" with no holder named before, in France's release about Guinea-Bissau: France's minister
    assert (["FRA"], ["IGO"]) in roles_of_type(pipeline, _LETTERHEAD, "SUPPORT", outlet="FRA")
