"""People in the mentions stage: titles, surnames and the country they give a person."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import people_of_2004 as _people
from parley.document import Article
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_mentions_people_bare_surname_of_a_known_office_holder(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Putin said the talks had gone well.", date(2003, 5, 1))
    assert found.get("Putin") == "RUS"


def test_mentions_people_surname_of_two_countries_stays_unresolved(pipeline: Pipeline) -> None:
    # two presidents named Kim (North and South Korea): no guess
    assert "Kim" not in _people(pipeline, "Kim said the talks had gone well.", date(2001, 5, 1))


def test_mentions_people_town_in_a_title_gives_the_country(pipeline: Pipeline) -> None:
    found = _people(
        pipeline, "Burmese officials met on Monday. Olongapo Mayor Rosario Gordon said the talks were useful."
    )
    assert found.get("Rosario Gordon") == "PHL"  # the town's country, not the story's


def test_mentions_people_a_province_or_a_title_is_no_surname(pipeline: Pipeline) -> None:
    found = _people(pipeline, "A Sabah trader was detained. Mayor said nothing.", date(2015, 5, 1))
    assert "Sabah" not in found  # Sabah, the Malaysian state, not Kuwait's emir
    assert "Mayor" not in found


def test_mentions_people_surname_the_parser_mistook_is_still_the_office_holder(pipeline: Pipeline) -> None:
    # the small parser tags "Trump" here as an adjective inside an organisation
    text = "Trump, facing criticism at home, warned Iran against attacking US ships."
    assert _people(pipeline, text, date(2019, 6, 3)).get("Trump") == "USA"
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2019, 6, 3))]))
    assert ("USA", ["IRN"]) in [(e.actor_codes[0], e.recipient_codes) for e in doc.events]


def test_mentions_people_a_first_name_of_somebody_else_is_no_surname(pipeline: Pipeline) -> None:
    # "Roberto" is the first name of a foreign minister in office on that day (Dominican Republic)
    text = "Chile's trade attaché, Roberto Ferrada, left the talks early."
    assert "Roberto" not in _people(pipeline, text, date(2024, 4, 8))


def test_mentions_people_a_title_before_the_name_in_commas_gives_the_country(pipeline: Pipeline) -> None:
    text = "Niger's Communications Minister, Idrissa Kane Moussa, told reporters that Tripoli had armed the gunmen."
    assert _people(pipeline, text).get("Idrissa Kane Moussa") == "NER"
    text = "The raid was condemned by Dagestan's governor, Ali Umarov, on Monday."
    assert _people(pipeline, text).get("Ali Umarov") == "RUS"  # a province's: its country


def test_mentions_people_a_title_in_commas_after_the_name_gives_the_province(pipeline: Pipeline) -> None:
    text = "Ali Umarov, the governor of Dagestan, condemned the raid on Monday."
    assert _people(pipeline, text).get("Ali Umarov") == "RUS"


def test_mentions_home_a_capital_acting_is_not_where_the_story_is(pipeline: Pipeline) -> None:
    text = (
        "Washington praised the vote. Washington said the count was fair, and Washington's envoy agreed. "
        "Hondurans voted on Sunday in Honduras, where a Honduran court had ruled on the ballot."
    )
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2009, 11, 30))]))
    assert doc.home_country == "HND"


def test_mentions_home_a_foreign_mission_is_not_where_the_story_is(pipeline: Pipeline) -> None:
    text = (
        "Several hundred people marched to the Greek consulate in Gjirokaster on Tuesday. Protesters threw "
        "eggs at the Greek consulate and at the embassy of Greece, and Albanian police watched."
    )
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2010, 5, 4))]))
    assert doc.home_country == "ALB"


def test_mentions_ethnonym_after_a_country_word_is_of_that_country(pipeline: Pipeline) -> None:
    text = "The Bosnian Serb government condemned the arrest. Serb leaders in Belgrade praised it."
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2010, 5, 4))]))
    found = [(m.text, m.entity.code) for m in doc.actor_mentions]
    assert ("Bosnian", "BIH") in found and ("Serb", "SRB") in found
    assert [m.text for m in doc.actor_mentions].count("Serb") == 1  # the second, alone, is still Serbia's


def test_mentions_people_office_in_a_relative_clause_gives_the_country(pipeline: Pipeline) -> None:
    text = "Police detained Lenin Arce, who served as interior minister under Rafael Correa, on Friday."
    assert _people(pipeline, text, date(2024, 4, 8))["Lenin Arce"] == "ECU"


def test_mentions_people_known_name_inside_a_longer_name_is_somebody_else(pipeline: Pipeline) -> None:
    # "Abdul Hamid" became Bangladesh's president in 2013; "Basri Abdul Hamid" is an Indonesian regent
    text = "Nunukan Regent Basri Abdul Hamid asked the central government to send extra funds."
    assert "BGD" not in _people(pipeline, text, date(2011, 8, 24)).values()


def test_mentions_people_honorific_of_an_alias_is_no_surname(pipeline: Pipeline) -> None:
    # "Chief Ojo Maduekwe" (Nigeria's foreign minister then) does not make every "Chief" Nigerian
    text = "Their spokesman, Chief Walter Kikolo, said the road would stay closed."
    assert "NGA" not in _people(pipeline, text, date(2008, 7, 5)).values()


def test_mentions_people_ranked_name_takes_the_country_of_the_title_before_the_commas(pipeline: Pipeline) -> None:
    # a rank before the name gives no country; the title in apposition before it does, not the home
    text = (
        "Indian troops fired across the line. Pakistan's military spokesman, Maj. Gen. Omar Farid, said any "
        "Indian attack would meet a firm reply. India said its soldiers had returned fire."
    )
    assert _people_from(pipeline, text, "IND").get("Omar Farid") == "PAK"


def test_mentions_people_first_name_before_a_noun_is_no_person(pipeline: Pipeline) -> None:
    # Karen Pierce was Britain's UN ambassador in 2018; "a Karen armed group" is of the Karen people
    text = "A Karen armed group says it ambushed an army column near Myawaddy yesterday."
    assert "GBR" not in _people(pipeline, text, date(2018, 12, 4)).values()


def test_mentions_people_fronted_place_gives_an_untitled_country(pipeline: Pipeline) -> None:
    text = "In Tegucigalpa, Security Minister Julio Paz Aguilar said the officers had been suspended."
    (doc,) = list(pipeline.process([Article(id="f", text=text, published=date(2015, 10, 7), source_country="USA")]))
    found = {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}
    assert found.get("Julio Paz Aguilar") == "HND"


def test_mentions_people_untitled_minister_is_not_of_a_country_without_ministers(pipeline: Pipeline) -> None:
    # the United States has secretaries: an American outlet's "Information Minister" is the story's country's
    text = (
        "South Sudan expelled a U.N. official on Tuesday. Juba accused the U.N. mission of bias. "
        "Information Minister Michael Lado called the U.N. report fabricated."
    )
    (doc,) = list(pipeline.process([Article(id="u", text=text, published=date(2020, 7, 15), source_country="USA")]))
    found = {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}
    assert found.get("Michael Lado") == "SSD"


def test_mentions_titles_a_country_without_ministers() -> None:
    from parley.knowledge import load_knowledge
    from parley.mentions._titles import TitleWords

    titles = TitleWords(load_knowledge().actors)
    assert titles.foreign_to("USA", "Information Minister")
    assert not titles.foreign_to("USA", "Secretary of State")
    assert not titles.foreign_to("FRA", "Foreign Minister")


def test_mentions_people_province_taken_for_a_person_gives_its_office_holder(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Sabah's chief minister said the state would protest.", date(2018, 7, 3))
    assert found.get("Sabah's chief minister") == "MYS"
    found = _people(pipeline, "Nuevo Laredo's mayor called on residents to stay away.", date(2007, 6, 4))
    assert found.get("Nuevo Laredo's mayor") == "MEX"  # not the Texan Laredo's country


def test_mentions_people_town_that_is_also_a_surname_stays_a_person(pipeline: Pipeline) -> None:
    assert "Jackson's spokesman" not in _people(pipeline, "Jackson's spokesman denied it.", date(2015, 1, 1))


def test_mentions_people_a_city_a_body_is_based_in_is_no_government(pipeline: Pipeline) -> None:
    (doc,) = list(
        pipeline.process(
            [Article(id="m", text="The Washington-based lender said Moscow had refused.", published=date(2020, 3, 2))]
        )
    )
    kinds = {m.text: m.kind for m in doc.actor_mentions}
    assert "Washington" not in kinds and kinds.get("Moscow") == "capital"


def test_mentions_people_title_words_the_parser_took_into_the_name_are_dropped(pipeline: Pipeline) -> None:
    text = (
        "Beijing, May 16 — Chinese Foreign Ministry Spokesperson Liu Qiang said Tuesday that China had recalled "
        "its envoy. Liu said the decision was final."
    )
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2023, 5, 16), source_country="CHN")]))
    found = [(m.text, m.entity.code) for m in doc.actor_mentions if m.kind == "person"]
    assert ("Liu Qiang", "CHN") in found
    assert ("Liu", "CHN") in found


def _people_from(pipeline: Pipeline, text: str, source: str) -> dict[str, str]:
    (doc,) = list(pipeline.process([Article(id="o", text=text, published=date(2009, 2, 11), source_country=source)]))
    return {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_people_local_paper_leaves_its_own_ministers_country_unsaid(pipeline: Pipeline) -> None:
    # the story is mostly about Ethiopia, but a Kenyan paper names Kenya and writes its own minister bare
    text = (
        "Ethiopian herders raided villages near the Ethiopian border. Ethiopia denied the claim. "
        "Interior Minister John Mwangi Odhiambo blamed the herders. He said Nairobi had complained to Addis Ababa."
    )
    assert _people_from(pipeline, text, "KEN").get("John Mwangi Odhiambo") == "KEN"


def test_mentions_people_story_filed_from_abroad_gives_that_countrys_minister(pipeline: Pipeline) -> None:
    # the same bare title in a New Zealand wire's story datelined in Honiara is the Solomon Islands'
    text = (
        "HONIARA, March 3 (Pacific Wire) -- A New Zealand army engineering unit landed in the Solomon Islands. "
        "Police Minister Peter Tomasi Rukale welcomed the troops. Australia and Fiji sent police."
    )
    assert _people_from(pipeline, text, "NZL").get("Peter Tomasi Rukale") == "SLB"


def test_mentions_people_a_title_cut_off_from_its_name_is_not_trimmed_to_an_honorific(pipeline: Pipeline) -> None:
    text = "The Qatari monarch, Emir Sheikh Tamim bin Hamad Al Thani, travelled to Muscat for the talks."
    (doc,) = list(pipeline.process([Article(id="e", text=text, published=date(2021, 1, 5), source_country="GBR")]))
    codes = {m.entity.code for m in doc.actor_mentions if m.kind == "person"}
    assert codes <= {"QAT"}


def test_mentions_people_office_name_with_and_gives_the_title(pipeline: Pipeline) -> None:
    # "Minister of Agriculture and Rural Development": the "and" is inside the office's name
    from parley.mentions._title_window import _left_window

    sdoc = pipeline.nlp("Talks were held with Deputy Minister of Agriculture and Rural Development Nguyen Duc Minh.")
    name = next(e for e in sdoc.ents if e.label_ == "PERSON")
    assert _left_window(name).text.endswith("Deputy Minister of Agriculture and Rural Development")


def test_mentions_people_list_of_two_people_stays_apart(pipeline: Pipeline) -> None:
    from parley.mentions._title_window import _left_window

    sdoc = pipeline.nlp("US President Joe Biden and Prime Minister Fumio Kishida met.")
    kishida = next(e for e in sdoc.ents if e.text == "Fumio Kishida")
    assert _left_window(kishida).text == "Prime Minister"


def test_mentions_people_office_name_with_and_resolves_the_minister(pipeline: Pipeline) -> None:
    text = "Vietnamese Deputy Minister of Agriculture and Rural Development Nguyen Duc Minh met the delegation."
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=date(2015, 6, 20))]))
    found = [m for m in doc.actor_mentions if "Nguyen" in m.text]
    assert found and found[0].entity.code == "VNM" and found[0].entity.sector == "GOV"


def test_mentions_people_amir_title_is_no_surname(pipeline: Pipeline) -> None:
    # "the Amir" is a ruler's title (as "the Emir"), not Amir Hatami, Iran's defence minister in 2018
    found = _people(pipeline, "His Highness the Amir received the Prime Minister of Bangladesh.", date(2018, 5, 1))
    assert "IRN" not in found.values()


def test_mentions_people_a_diplomatic_title_in_commas_gives_the_country(pipeline: Pipeline) -> None:
    found = _people(pipeline, "France's charge d'affaires, Jean Dupont, was summoned on Monday.")
    assert found.get("Jean Dupont") == "FRA"  # the title written without its accent
    found = _people(pipeline, "Kenya's deputy ambassador, Mary Wanjiru, left the meeting.")
    assert found.get("Mary Wanjiru") == "KEN"


def test_mentions_people_name_after_a_countrys_title_phrase_is_of_that_country(pipeline: Pipeline) -> None:
    text = (
        "Guards led away Alvaro Garcia Linera, who was deputy to Evo Morales for years. Brazil's deputy "
        "chief of mission, Luis Ortega, was pushed to the ground."
    )
    assert _people(pipeline, text, date(2024, 4, 8)).get("Luis Ortega") == "BRA"


def test_mentions_people_name_after_a_title_phrase_of_unknown_words_takes_its_owner(pipeline: Pipeline) -> None:
    # no title word here: the country that owns the noun the name stands in apposition to
    found = _people(pipeline, "Britain's richest man, James Dyson, said he would invest.")
    assert found.get("James Dyson") == "GBR"


def test_mentions_home_a_body_datelined_at_its_seat_is_about_the_country_it_names(pipeline: Pipeline) -> None:
    text = (
        "GENEVA - The World Food Programme (WFP) today began airlifting food to flood victims in Pakistan. "
        "The government of Pakistan asked for help, and Pakistani troops unloaded the first planes."
    )
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2010, 8, 5))]))
    assert doc.dateline is not None and doc.dateline.place == "Geneva"
    assert doc.home_country == "PAK"


def test_mentions_home_a_local_papers_dateline_city_stays_home_unnamed(pipeline: Pipeline) -> None:
    text = (
        "DILI -- Several hundred former resistance fighters camped outside the government palace. "
        "The Prime Minister came out to speak to the veterans, and Portugal's ambassador watched."
    )
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2010, 8, 5))]))
    assert doc.home_country == "TLS"


def test_mentions_home_a_local_papers_unknown_town_is_the_outlets_country(pipeline: Pipeline) -> None:
    # a town no table places, in a paper of a country the story names: the paper's own town
    text = (
        "KOPRIVKA -- Lorry drivers blocked the road to the Mexican border on Monday. "
        "The Mexican consul met the drivers, and Guatemalan police kept watch. Mexico said it regretted the delays."
    )
    article = Article(id="m", text=text, published=date(2010, 8, 5), source_country="GTM")
    (doc,) = list(pipeline.process([article]))
    assert doc.dateline is not None and doc.dateline.place == "Koprivka"
    assert doc.home_country == "GTM"


def test_mentions_home_a_datelines_region_places_an_unknown_town(pipeline: Pipeline) -> None:
    # "KOPRIVKA, Bolivia --": the region says the country even when the town is in no table
    text = (
        "KOPRIVKA, Bolivia -- Brazilian lorry drivers blocked the road on Monday. "
        "Brazil said it regretted the delays, and Brazilian officials met the drivers."
    )
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2010, 8, 5))]))
    assert doc.home_country == "BOL"


def test_mentions_people_title_and_known_surname_give_the_office_holders_country(pipeline: Pipeline) -> None:
    # a title with no country before a surname: the office holder's country, not the story's
    text = "Syrian troops shelled Aleppo. President Obama condemned it. Foreign Minister Lavrov said Moscow would veto."
    found = _people(pipeline, text, date(2015, 5, 5))
    assert found.get("Obama") == "USA"
    assert found.get("Lavrov") == "RUS"


def test_mentions_people_title_of_another_office_is_not_the_known_surname(pipeline: Pipeline) -> None:
    # "Mayor Johnson" is no prime minister Johnson: the story's country, as before
    found = _people(pipeline, "Syrian officials met Mayor Johnson in Aleppo.", date(2020, 5, 5))
    assert found.get("Johnson") != "GBR"


def test_mentions_people_a_fathers_name_after_bin_is_no_other_person(pipeline: Pipeline) -> None:
    # "Tarik" is also a WHO spokesman's first name; after "bin" it is the sultan's father's name
    text = "Denmark's Prime Minister thanked His Majesty Sultan Haitham bin Tarik in a phone call."
    found = _people(pipeline, text, date(2023, 5, 5))
    assert "Tarik" not in found
    assert "OMN" in found.values()


def test_mentions_people_surname_found_anywhere_in_a_longer_text(pipeline: Pipeline) -> None:
    # the surnames are found from the parse's word ids: one deep in the text is still found
    text = "The talks had gone well, officials said on Tuesday after the meeting ended. Putin said so too."
    assert _people(pipeline, text, date(2003, 5, 1)).get("Putin") == "RUS"


def test_mentions_people_first_word_of_a_longer_person_is_no_known_surname(pipeline: Pipeline) -> None:
    # Haiti's prime minister in 2015 was Evans Paul: "Paul" opening another man's name is not him
    text = "Kenyan fishermen were freed on Monday. Their skippers, Peter Odhiambo and Paul Were, thanked Uganda."
    found = _people(pipeline, text, date(2015, 6, 1))
    assert found.get("Paul") != "HTI"


_BODY_RELEASE = (
    "Fund staff reach agreement with Malawi\n\n"
    "Washington, DC: A staff team from the International Monetary Fund ended a visit to Lilongwe on Friday.\n\n"
    "Central Bank Governor Yusuf Kamanga Banda thanked the team for its support.\n\n"
    '"Malawi has committed to clear its arrears," the team said.\n'
)


def test_mentions_people_body_release_at_its_seat_gives_the_storys_governor(pipeline: Pipeline) -> None:
    # an international body's release datelined at its seat: the dateline's city is where it is
    # filed, not the story naming the outlet's country, so a bare title is the story's state's
    assert _people_from(pipeline, _BODY_RELEASE, "USA").get("Yusuf Kamanga Banda") == "MWI"


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_mentions_people_body_release_at_its_seat_codes_the_governor_under_both_coders(
    rules_pipeline: Pipeline, coder: str
) -> None:
    chosen = rules_pipeline if coder == "rules" else Pipeline(Settings(coder="learned"))
    article = Article(id="b", text=_BODY_RELEASE, published=date(2016, 3, 4), source_country="USA")
    (doc,) = list(chosen.process([article]))
    actors = {a.code for e in doc.events if "Governor" in e.text for a in e.actors}
    assert actors == {"MWI"}
