"""People with no office in the knowledge files, resolved through what the article says of them."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Document
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _doc(pipeline: Pipeline, text: str, source: str = "GBR") -> Document:
    (doc,) = list(pipeline.process([Article(id="d", text=text, published=date(2015, 3, 2), source_country=source)]))
    return doc


def _people(pipeline: Pipeline, text: str, source: str = "GBR") -> dict[str, tuple[str, str | None]]:
    doc = _doc(pipeline, text, source)
    return {m.text: (m.entity.code, m.entity.sector) for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_people_age_in_commas_gives_a_private_person_of_the_story(pipeline: Pipeline) -> None:
    text = (
        "A court in Nairobi jailed two reporters on Monday. Kenya's police said Daniel Otieno Mwaura, 41, "
        "and Peter Kamau Njoroge, 35, had published secret papers. Kenya rejected the criticism."
    )
    found = _people(pipeline, text)
    assert found.get("Daniel Otieno Mwaura") == ("KEN", "CVL")
    assert found.get("Peter Kamau Njoroge") == ("KEN", "CVL")


def test_mentions_people_a_number_that_is_no_age_gives_nobody(pipeline: Pipeline) -> None:
    text = "Kenya's police said Daniel Otieno Mwaura, 2015, was a difficult year. Kenya said so."
    assert "Daniel Otieno Mwaura" not in _people(pipeline, text)


def test_mentions_people_named_storm_is_no_person(pipeline: Pipeline) -> None:
    text = "Fiji asked for aid after Cyclone Tomasi flattened villages. Fiji's government thanked Australia."
    assert not any("Tomasi" in name for name in _people(pipeline, text))


def test_mentions_people_title_cut_off_before_a_known_name_joins_it(pipeline: Pipeline) -> None:
    text = "The Qatari monarch, Emir Sheikh Tamim bin Hamad Al Thani, travelled to Muscat for the talks."
    doc = _doc(pipeline, text)
    people = [m for m in doc.actor_mentions if m.kind == "person"]
    assert [(m.text, m.entity.code) for m in people] == [("Emir Sheikh Tamim bin Hamad Al Thani", "QAT")]


def test_mentions_people_honorific_before_a_name_keeps_the_title_in_commas(pipeline: Pipeline) -> None:
    text = (
        "Landowners in Solomon Islands blocked the logging road. Their spokesman, Chief Walter Tekulu, "
        "said the road would stay closed. Solomon Islands police made no arrests."
    )
    assert _people(pipeline, text, "SLB").get("Walter Tekulu") == ("SLB", "GOV")


def test_mentions_people_the_title_told_before_gives_its_country(pipeline: Pipeline) -> None:
    text = (
        "Finland welcomed the release after a German court freed an Iranian businessman on Wednesday. "
        "Prosecutors said the case against the businessman, Reza Tabrizi, had been dropped. Finland thanked Oman."
    )
    assert _people(pipeline, text).get("Reza Tabrizi") == ("IRN", "BUS")


def test_mentions_people_member_for_a_seat_is_a_legislator(pipeline: Pipeline) -> None:
    text = (
        "Papua New Guinea protested to Australia. The Member for Kiunga Open, Mr Aiwa Taumeke, accused "
        "Australian officers of harassing villagers. Papua New Guinea summoned the envoy."
    )
    assert _people(pipeline, text, "PNG").get("Aiwa Taumeke") == ("PNG", "LEG")


@pytest.mark.parametrize("title", ["Legislator", "Major General"])
def test_mentions_people_local_paper_leaves_its_own_officers_country_unsaid(pipeline: Pipeline, title: str) -> None:
    # a lawmaker or an officer with a bare title in a Kenyan paper's story mostly about Ethiopia is Kenya's
    text = (
        "Ethiopian herders raided villages near the Ethiopian border. Ethiopia denied the claim. "
        f"{title} John Mwangi Odhiambo blamed the herders. He said Nairobi had complained to Addis Ababa."
    )
    assert _people(pipeline, text, "KEN")["John Mwangi Odhiambo"][0] == "KEN"


def test_mentions_people_opposition_figure_in_a_local_paper_is_of_the_story(pipeline: Pipeline) -> None:
    text = (
        "Ethiopian herders raided villages near the Ethiopian border. Ethiopia denied the claim. "
        "Opposition leader John Mwangi Odhiambo blamed the herders. He said Nairobi had complained to Addis Ababa."
    )
    assert _people(pipeline, text, "KEN")["John Mwangi Odhiambo"][0] == "ETH"


def test_mentions_people_portfolio_before_the_holders_name_is_no_person(pipeline: Pipeline) -> None:
    text = (
        "PORT VILA -- China handed over military vehicles to Vanuatu. Minister of Internal Affairs "
        "Joe Natuman Kaltonga expressed deep gratitude to the Chinese government for its assistance."
    )
    doc = _doc(pipeline, text, source="CHN")
    assert "Internal Affairs" not in _people(pipeline, text, source="CHN")
    thanks = [e for e in doc.events if e.event == "SUPPORT"]
    assert [(e.actor_codes, e.recipient_codes) for e in thanks] == [(["VUT"], ["CHN"])]


def test_mentions_people_portfolio_without_a_name_stands_for_the_office(pipeline: Pipeline) -> None:
    text = "PORT VILA -- Landowners blocked the airport road. The Minister of Infrastructure promised payment."
    assert _people(pipeline, text, source="VUT").get("Infrastructure") == ("VUT", "GOV")


def test_mentions_people_two_offices_joined_by_and_share_the_country_word(pipeline: Pipeline) -> None:
    text = (
        "China and Cambodia held a joint military exercise. Cambodian Deputy Prime Minister and Minister of "
        "National Defence Tep Sarith praised the exercise."
    )
    assert _people(pipeline, text, source="CHN").get("Tep Sarith") == ("KHM", "GOV")


def test_mentions_people_and_between_two_named_people_keeps_them_apart(pipeline: Pipeline) -> None:
    text = "Cambodian Defence Minister Sao Kimheng and Chinese Defence Minister Zhou Baoming met in Beijing."
    found = _people(pipeline, text, source="CHN")
    assert found.get("Sao Kimheng", ("",))[0] == "KHM"
    assert found.get("Zhou Baoming", ("",))[0] == "CHN"


def test_mentions_people_indefinite_appositive_gives_a_private_person_of_the_story(pipeline: Pipeline) -> None:
    text = (
        'Pakistan closed the border crossing on Monday. "Every autumn it is the same story," said '
        "Muhammad Aslam, a school teacher in the district. Pakistan blamed India for the delay."
    )
    assert _people(pipeline, text, "PAK").get("Muhammad Aslam") == ("PAK", "CVL")


def test_mentions_people_fronted_one_of_gives_a_private_person_of_the_story(pipeline: Pipeline) -> None:
    text = (
        'Georgia welcomed nine fishermen home on Thursday. "We did not ask for mercy," said one of the '
        "freed men, Rustam Aliyev. Georgia thanked the Red Cross."
    )
    assert _people(pipeline, text, "GEO").get("Rustam Aliyev") == ("GEO", "CVL")


def test_mentions_people_definite_appositive_with_no_title_stays_unresolved(pipeline: Pipeline) -> None:
    text = "Ghana closed the border. Kwame Mensah, the one who left, came back. Ghana said so."
    assert "Kwame Mensah" not in _people(pipeline, text, "GHA")


def test_mentions_people_appositive_counting_things_gives_nobody(pipeline: Pipeline) -> None:
    text = (
        "Belize protested to Guatemala. Sapodilla Cayes, a string of islets at the southern end of the "
        "reef, is also claimed by Honduras."
    )
    assert "Sapodilla Cayes" not in _people(pipeline, text, "BLZ")


def test_mentions_people_shortened_given_name_is_no_other_person(pipeline: Pipeline) -> None:
    # "Ma." (Maria) is part of the mayor's name: "Isabel" after it is no foreign minister of that name
    text = (
        "ZAMBOANGA CITY -- Four fishermen were handed back by the Malaysian navy. "
        "Mayor Ma. Isabel Dela Paz expressed the city's gratitude to the Malaysian government."
    )
    found = _people(pipeline, text, source="PHL")
    assert found.get("Dela Paz") == ("PHL", "GOV")
    assert all(code == "PHL" for code, _ in found.values())


def test_mentions_people_private_person_coded_by_the_story_gives_no_home(pipeline: Pipeline) -> None:
    # the farmer's country is only the story's: it must not outvote the army that names Sri Lanka
    text = (
        "The Sri Lanka Army handed back 200 acres of farmland on Monday. "
        "Landmines will be cleared by a British charity. "
        "Farmer Ratnam Sivakumar, 58, said he did not recognise his own field."
    )
    doc = _doc(pipeline, text, source="LKA")
    assert doc.home_country == "LKA"
    found = {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}
    assert found.get("Ratnam Sivakumar") == "LKA"


def test_mentions_people_a_private_noun_told_before_gives_its_country(pipeline: Pipeline) -> None:
    text = "Tanzanian police detained a Malawian herdsman on Monday. The herdsman, Yohane Banda, was freed on Friday."
    assert _people(pipeline, text)["Yohane Banda"] == ("MWI", "CVL")


def test_mentions_people_one_of_them_takes_the_groups_country(pipeline: Pipeline) -> None:
    text = (
        "Tanzanian rangers detained nine Burundian herders near the border on Sunday. "
        "One of them, Jean Ndayishimiye Bosco, said their cattle were seized. Tanzania denied it."
    )
    assert _people(pipeline, text)["Jean Ndayishimiye Bosco"] == ("BDI", "CVL")


def test_mentions_people_among_them_takes_the_groups_country(pipeline: Pipeline) -> None:
    text = (
        "Tanzanian rangers detained nine Burundian herders near the border on Sunday. "
        "Among them was Jean Ndayishimiye Bosco, who said their cattle were seized. Tanzania denied it."
    )
    assert _people(pipeline, text)["Jean Ndayishimiye Bosco"] == ("BDI", "CVL")


def test_mentions_people_two_of_the_noun_takes_its_earlier_country(pipeline: Pipeline) -> None:
    text = (
        "Tanzanian rangers detained nine Burundian herders near the border on Sunday. "
        "Two of the herders, Jean Bosco and Eric Niyonzima, said their cattle were seized."
    )
    found = _people(pipeline, text)
    assert found["Jean Bosco"] == ("BDI", "CVL")
    assert found["Eric Niyonzima"] == ("BDI", "CVL")


def test_mentions_people_untagged_name_described_by_a_demonym_noun(pipeline: Pipeline) -> None:
    text = "Chadian troops entered Sudan on Monday. Mahamat Idriss, a Chadian trader, said the troops burned his shop."
    # a trader is business (sectors.tsv), as "traders" already were
    assert _people(pipeline, text)["Mahamat Idriss"] == ("TCD", "BUS")


def test_mentions_people_crew_of_a_named_vessel_takes_its_flag(pipeline: Pipeline) -> None:
    text = (
        "Norway's coast guard boarded the Russian trawler Karev on Friday. "
        "The Karev's captain, Sergei Lomakin, was taken to Tromso. Russia protested."
    )
    assert _people(pipeline, text, source="NOR")["Sergei Lomakin"] == ("RUS", "CVL")


def test_mentions_people_national_read_as_adjective_gives_its_country(pipeline: Pipeline) -> None:
    # the parser tags "national" an adjective, so the title readings miss the noun the name follows
    text = (
        "A Portuguese national, Duarte Falcao, had also been held since March. Indonesia hanged six convicted "
        "smugglers on Tuesday, Indonesian officials said. Lisbon said executing Mr Falcao would harm its ties with "
        "Indonesia."
    )
    found = _people(pipeline, text, "IDN")
    assert found.get("Duarte Falcao") == ("PRT", "CVL")
    assert found.get("Falcao") == ("PRT", "CVL")  # "Mr Falcao" later


def test_mentions_people_list_of_names_after_a_described_noun_takes_its_country(pipeline: Pipeline) -> None:
    # the first name hangs on the noun as a conjunct, the second on the first name
    text = (
        "Peru arrested two Chilean climbers, Tomas Ibarra and Gonzalo Vera, who had crossed the border without "
        "papers. Peru said the men would be deported."
    )
    found = _people(pipeline, text, "PER")
    assert found.get("Tomas Ibarra") == ("CHL", "CVL")
    assert found.get("Gonzalo Vera") == ("CHL", "CVL")


def test_mentions_people_name_after_a_titled_name_is_no_list_of_the_noun(pipeline: Pipeline) -> None:
    text = "The Chilean envoy, Tomas Ibarra Soto, and Gonzalo Vera Lagos met in La Paz. Bolivia welcomed the visit."
    assert _people(pipeline, text, "BOL").get("Gonzalo Vera Lagos", ("", None))[0] != "CHL"
