"""Whose country unnamed groups, gunmen, police and officials stand for (parley.events._roles)."""

from __future__ import annotations

from datetime import date

from _events_setup import coded_events as _events
from _events_setup import entity_codes as _codes
from _events_setup import role_finder as _roles
from _events_setup import role_token as _token
from _events_setup import roles_of_type
from parley.document import Article


def test_events_roles_unnamed_conjunct_shares_the_named_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Manila said Chinese coast guard and navy vessels rammed a Philippine boat."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    assert ("ASSAULT", ["CHN"]) in [(e.event, e.actor_codes) for e in doc.events]


def test_events_roles_unnamed_group_is_of_its_own_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Police in Sughd province detained 200 men who had worked in Russia.")
    assert [(e.code, e.sector) for e in roles.np_entities(_token(roles, "Police"))] == [("TJK", "COP")]


def test_events_roles_unnamed_office_is_of_the_province_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Carchi's governor accused Colombia of ignoring the outbreak.")
    assert [e.code for e in roles.np_entities(_token(roles, "governor"))] == ["ECU"]


def test_events_roles_group_from_a_states_region_is_the_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Armed riders from Chad's Ouaddai region raided a frontier camp.")
    assert _codes(roles.np_entities(_token(roles, "riders"))) == ["TCD"]


def test_events_roles_group_phrase_says_what_it_stands_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru, Chile and Bolivia signed a water pact.\n\nThe three countries later asked Brazil to join."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    asked = next(e for e in doc.events if e.event == "REQUEST")
    assert sorted(asked.actor_codes) == ["BOL", "CHL", "PER"]
    assert all(a.resolved_by.startswith('"The three countries" stands for') for a in asked.actors)


def test_events_roles_unnamed_people_keep_the_nationality_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nine Filipino fishermen left Davao on a small trawler in March. "
        "The fishermen were detained by the Malaysian navy off Sabah on Monday."
    )
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    detained = next(e for e in doc.events if e.event == "COERCE")
    assert (detained.actor_codes, detained.recipient_codes) == (["MYS"], ["PHL"])


def test_events_roles_object_them_is_the_group_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Chile met the envoys of Peru, Bolivia and Brazil and asked them to back the plan.")
    assert sorted(_codes(roles.np_entities(_token(roles, "them")))) == ["BOL", "BRA", "PER"]


def test_events_roles_unnamed_arresters_are_of_the_town_of_the_arrest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser tags neither town as a place; the town after "arrested in" says whose police acted
    text = "The man was arrested in Hat Yai in June and will be handed over at the Sadao checkpoint next week."
    roles = _roles(pipeline, text)
    verb = _token(roles, "arrested")
    actors, _ = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(actors) == ["THA"]


def test_events_roles_unnamed_arresters_are_not_of_a_month_named_like_a_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "March" is also an English town: a date after "arrested in" names no place
    text = "Tanzania and Burundi disagree. The six Burundians were arrested in March 2009 when police stopped a boat."
    roles = _roles(pipeline, text)
    verb = _token(roles, "arrested")
    actors, _ = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert "GBR" not in _codes(actors)


def test_events_roles_unnamed_arresters_are_of_a_town_the_parser_split(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "do" of "Foz do Iguaçu" as a verb: the whole name still gives the town
    text = "The suspect was arrested in Foz do Iguaçu in January on a warrant issued in Asunción."
    roles = _roles(pipeline, text)
    verb = _token(roles, "arrested")
    actors, _ = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(actors) == ["BRA"]


def test_events_roles_former_republics_are_not_of_the_union(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia shut its checkpoints with Azerbaijan after border guards from former Soviet states traded shots."
    roles = _roles(pipeline, text)
    assert "RUS" not in _codes(roles.np_entities(_token(roles, "guards")))


def test_events_roles_ethnic_group_is_of_the_country_it_lives_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Ethnic Serbs in northern Kosovo blocked the roads into Leposavic.")
    assert _codes(roles.np_entities(_token(roles, "Serbs"))) == ["XKX"]
    roles = _roles(pipeline, "Ethnic Armenian villagers in Georgia blocked the main road to Tbilisi.")
    assert _codes(roles.np_entities(_token(roles, "villagers"))) == ["GEO"]


def test_events_roles_people_named_after_their_state_and_kin_are_of_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Several hundred Bosnian Serbs barricaded the main road through Foca.")
    assert _codes(roles.np_entities(_token(roles, "Serbs"))) == ["BIH"]


def test_events_roles_rights_groups_are_non_governmental(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Rights groups urged Bangkok not to push anyone back across the river."
    assert ("REQUEST", ["NGO"], ["THA"]) in _events(pipeline, text)


def test_events_roles_group_glued_to_dateline_is_of_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the dateline's date the parser hangs inside "Armed men" names no place (March, a town in England):
    # unnamed armed men are the dateline state's
    text = "TRIPOLI, March 12 - Armed men abducted four Egyptian construction workers on Monday night."
    assert ("ASSAULT", ["LBY"], ["EGY"]) in _events(pipeline, text)


def test_events_roles_unnamed_government_is_not_of_the_state_it_asks(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Georgia's economy shrank, and the government asked Brussels for help over the winter."
    roles = _roles(pipeline, text)
    assert _codes(roles.np_entities(_token(roles, "government"))) == ["GEO"]


def test_events_roles_unnamed_spokesperson_is_not_of_the_state_urged(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "China criticised the sale.\n\nThe spokesperson urged Washington to revoke the arms sale plan."
    roles = _roles(pipeline, text)
    assert _codes(roles.np_entities(_token(roles, "spokesperson"))) == ["CHN"]


def test_events_roles_unnamed_gunmen_are_a_militant_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police said militants attacked a police camp near Mandera in Kenya on Monday."
    assert ("ASSAULT", ["IMG"], ["KEN"]) in _events(pipeline, text)


def test_events_roles_gunmen_a_country_word_names_keep_its_code(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", ["SOM"], ["KEN"]) in _events(pipeline, "Somali gunmen attacked a Kenyan police camp on Monday.")


def test_events_roles_gunmen_who_crossed_from_a_state_are_its(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen who crossed from Chad killed five Sudanese herders on Monday."
    assert ("ASSAULT", ["TCD"], ["SDN"]) in _events(pipeline, text)


def test_events_roles_gunmen_from_across_the_border_are_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad accused Sudan of arming rebels. Sudan denied the charge and accused Chad of sheltering its "
        "own rebels. Gunmen from across the border attacked a Chadian village on Monday."
    )
    assert ("ASSAULT", ["SDN"], ["TCD"]) in _events(pipeline, text)


def test_events_roles_militants_from_a_state_stay_a_militant_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a militant movement is the movement wherever it is based
    text = "Militants crossing from Somalia attacked a Kenyan police post on Friday."
    assert ("ASSAULT", ["IMG"], ["KEN"]) in _events(pipeline, text)


def test_events_roles_group_from_a_town_keeps_the_town_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police from Sughd province detained three Afghan traders."
    assert ("COERCE", ["TJK"], ["AFG"]) in _events(pipeline, text)


def test_events_roles_pirates_are_a_militant_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armed pirates boarded a Greek tanker off Lome on Wednesday and abducted eight of its crew."
    assert ("ASSAULT", ["IMG"], ["GRC"]) in _events(pipeline, text)


def test_events_roles_unknown_assailants_are_a_militant_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Unknown assailants shot dead a Kenyan police officer in Nairobi."
    assert ("ASSAULT", ["IMG"], ["KEN"]) in _events(pipeline, text)


def test_events_roles_assailants_striking_foreigners_are_of_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the victims are not of the state the act is placed in: told as armed men of that state
    text = "Unknown assailants shot dead a Kenyan trader in Juba."
    assert ("ASSAULT", ["SSD"], ["KEN"]) in _events(pipeline, text)


def test_events_roles_attackers_are_a_militant_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The attackers, who arrived in a speedboat, fired at the bridge of a Greek tanker."
    found = _events(pipeline, text)
    assert ("ASSAULT", ["IMG"], ["GRC"]) in found
    # armed men arriving somewhere make no visit
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_roles_unnamed_ministry_is_not_of_the_state_its_demand_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Abu Dhabi protested the seizure.\n\nThe ministry demanded that Tehran free the crew without delay."
    roles = _roles(pipeline, text)
    assert _codes(roles.np_entities(_token(roles, "ministry"))) == ["ARE"]


def test_events_roles_role_word_with_a_group_modifier_names_the_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Kenya's interior minister met union leaders and officials in Nairobi.")
    leaders = roles.np_entities(_token(roles, "leaders"))
    assert [(e.code, e.sector) for e in leaders] == [("KEN", "LAB")]
    assert roles._direct_entities(_token(roles, "officials"), 0) == []  # a bare role word names nobody


def test_events_roles_unnamed_police_of_a_local_outlet_are_its_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a Kenyan paper writes "police" for Kenya's, though the story names Somalia most
    text = (
        "Somalia summoned Kenya's ambassador over the treatment of Somali traders. "
        "Somali officials said the Somali government wanted an apology. "
        "Police detained 20 traders on Tuesday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "COERCE", outlet="KEN")] == [["KEN"]]


def test_events_roles_unnamed_police_are_not_a_bystander_outlet_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a British paper on the same story: Britain is no party to it, the police are the story's
    text = (
        "Somalia summoned Kenya's ambassador over the treatment of Somali traders. "
        "Somali officials said the Somali government wanted an apology. "
        "Police detained 20 traders on Tuesday."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "COERCE", outlet="GBR")] == [["SOM"]]


def test_events_roles_kidnappers_and_armed_groups_are_of_their_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # armed criminals are no movement of their own: the story's place is theirs (training gold majority)
    text = "Kidnappers in Ukraine opened fire on a Slovak patrol on Sunday."
    assert ("ASSAULT", ["UKR"], ["SVK"]) in _events(pipeline, text)
    text = "An armed group attacked a police post in Bunia, Congo, on Sunday."
    assert ("ASSAULT", ["COD"], ["COD"]) in _events(pipeline, text)


def test_events_roles_guards_are_police_of_their_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Guards at a detention camp in Egypt beat two Eritrean hunger strikers on Monday."
    assert ("ASSAULT", ["EGY"], ["ERI"]) in _events(pipeline, text)
