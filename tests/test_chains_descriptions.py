"""The chains stage: descriptions joined to the actor they stand for, and the chains of mentions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.chains import build_chains
from parley.document import ActorMention, Article, Document, Entity
from parley.errors import KnowledgeError
from parley.knowledge import load_knowledge
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _doc(pipeline: Pipeline, text: str, day: date = date(2019, 6, 3)) -> Document:
    (doc,) = list(pipeline.process([Article(id="c", text=text, published=day)]))
    return doc


def _described(doc: Document) -> dict[str, str]:
    return {m.text: m.entity.code for m in doc.actor_mentions if m.evidence}


def test_chains_description_takes_the_code_of_the_earlier_mention_it_fits(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "Saudi Arabia and Iran exchanged ambassadors on Monday. The kingdom said the move ended years of rivalry.",
    )
    assert _described(doc) == {"The kingdom": "SAU"}  # Iran is named last but is no kingdom
    mention = next(m for m in doc.actor_mentions if m.evidence)
    assert "Saudi Arabia" in mention.evidence and "sentence 1" in mention.evidence


def test_chains_kingdom_never_stands_for_the_emirates(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "Saudi Arabia halted flights to Brazil on Monday. The United Arab Emirates also stopped flights to Recife. "
        "Egypt said it stood firmly with the kingdom.",
    )
    assert _described(doc).get("the kingdom") == "SAU"  # the Emirates, named last, are no kingdom


def test_chains_description_without_a_fitting_mention_stays_unresolved(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Brazil and Argentina signed a trade pact. The kingdom was not mentioned.")
    assert _described(doc) == {}


def test_chains_agency_stands_for_the_un_body_named_before(pipeline: Pipeline) -> None:
    # a UN agency's press release calls itself "the agency" after its name
    doc = _doc(
        pipeline, "UNICEF welcomed the release of 163 children in Ituri. The agency has appealed for $4.5 million."
    )
    assert _described(doc) == {"The agency": "UNO"}


def test_chains_agency_without_an_organisation_before_stays_unresolved(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Kenya and Uganda signed a trade pact. The agency has appealed for $4.5 million.")
    assert _described(doc) == {}


def test_chains_title_stands_for_the_person_who_holds_that_office(pipeline: Pipeline) -> None:
    text = (
        "Kenyan President Uhuru Kenyatta met Ugandan Foreign Minister Sam Kutesa in Nairobi. "
        "The president later thanked Uganda for its help."
    )
    doc = _doc(pipeline, text)
    assert _described(doc) == {"The president": "KEN"}
    titled = next(m for m in doc.actor_mentions if m.text == "The president")
    assert titled.kind == "person" and titled.entity.office == "President"


def test_chains_any_country_description_prefers_the_country_the_story_is_about(pipeline: Pipeline) -> None:
    text = (
        "Protests spread across Mali on Tuesday. Mali's government imposed a curfew in Bamako. "
        "France said it was watching closely. The country has seen three coups since 2012."
    )
    doc = _doc(pipeline, text)
    assert _described(doc).get("The country") == "MLI"


def test_chains_mentions_of_one_state_form_one_chain(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Qatar rejected the demands. Doha said the Gulf state would not close the network.")
    codes = {doc.chains[m.chain].code for m in doc.actor_mentions if m.entity.code == "QAT"}
    assert codes == {"QAT"}
    qatar = [c for c in doc.chains if c.code == "QAT"]
    assert len(qatar) == 1 and len(qatar[0].mentions) == 3 and qatar[0].label == "Qatar"
    assert any("Gulf state" in e for e in qatar[0].evidence)


def test_chains_build_chains_joins_a_description_to_its_antecedent_chain() -> None:
    nato = ActorMention(0, 4, "NATO", Entity("IGO"), kind="igo", token_start=0, token_end=1)
    au = ActorMention(10, 12, "AU", Entity("IGO"), kind="igo", token_start=3, token_end=4)
    alliance = ActorMention(20, 32, "the alliance", Entity("IGO"), kind="description", token_start=6, token_end=8)
    chains = build_chains([nato, au, alliance], {id(alliance): nato})
    assert [len(c.mentions) for c in chains] == [2, 1]
    assert alliance.chain == nato.chain != au.chain


def test_knowledge_descriptions_reject_an_unknown_kind(tmp_path: Path) -> None:
    (tmp_path / "descriptions.tsv").write_text(
        "# parley-data descriptions v1\nphrase\trefers\tcodes\toffice\tsector\nthe realm\tplanet\t\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="refers"):
        load_knowledge((tmp_path,))


def test_knowledge_descriptions_of_a_person_need_office_words(tmp_path: Path) -> None:
    (tmp_path / "descriptions.tsv").write_text(
        "# parley-data descriptions v1\nphrase\trefers\tcodes\toffice\tsector\nthe boss\tperson\t\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="office"):
        load_knowledge((tmp_path,))


def test_chains_event_actor_says_how_a_description_was_resolved(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "Saudi Arabia recalled its envoy from Canada. The kingdom also suspended all new trade deals with Canada.",
    )
    froze = [e for e in doc.events if any(a.entity_text == "The kingdom" for a in e.actors)]
    assert froze, [e.to_plover() for e in doc.events]
    actor = froze[0].to_plover()["actor"][0]
    assert actor["code"] == "SAU" and "Saudi Arabia" in actor["resolved_by"]


def test_chains_island_nation_prefers_the_island_the_story_is_about(pipeline: Pipeline) -> None:
    text = (
        "A cyclone hit Tuvalu on Saturday. Roofs were torn off across Tuvalu and its capital Funafuti. "
        "New Zealand sent a plane with water. Fiji said it was flying in soldiers. "
        "The island nation's prime minister thanked its neighbours."
    )
    doc = _doc(pipeline, text)
    assert _described(doc).get("The island nation") == "TUV"  # Fiji, named last, is an island nation too


def test_chains_army_chief_and_home_minister_stand_for_the_holder_named_before(pipeline: Pipeline) -> None:
    doc = _doc(
        pipeline,
        "Indian Home Minister Amit Shah met Pakistan's envoy on Monday. The home minister said the talks were useful.",
    )
    assert _described(doc) == {"The home minister": "IND"}
    doc = _doc(
        pipeline,
        "Thai army commander Apirat Kongsompong met Cambodian officers. Later the army chief said the border was calm.",
    )
    assert _described(doc) == {"the army chief": "THA"}


def test_chains_regional_description_stands_for_the_state_of_that_region(pipeline: Pipeline) -> None:
    text = (
        "Turkmenistan and Afghanistan held talks on the border on Monday. "
        "The reclusive Central Asian state has put its air force on alert."
    )
    doc = _doc(pipeline, text)
    assert _described(doc) == {"The reclusive Central Asian state": "TKM"}


def test_chains_the_north_stands_for_north_korea_only_where_it_is_named(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "North Korea freed two fishermen on Monday. Last year, the North returned a trawler.")
    assert _described(doc) == {"the North": "PRK"}
    doc = _doc(pipeline, "Sudan held talks with rebels on Monday. Last year, the North returned a trawler.")
    assert _described(doc) == {}


def test_chains_head_positions_are_the_words_that_end_a_description(pipeline: Pipeline) -> None:
    from parley.chains import ChainBuilder

    builder = next(c for c in pipeline.components if isinstance(c, ChainBuilder))
    sdoc = pipeline.parse("Oman hosted the talks. The kingdom said the sultanate would mediate.")
    expected = [t.i for t in sdoc if t.lower_ in builder.index.heads]
    assert builder.index.head_positions(sdoc) == expected
    assert expected  # "kingdom" heads a description of the knowledge files
