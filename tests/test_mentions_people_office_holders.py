"""People in the mentions stage: office holders found by full name and by surname in their terms."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import people_of_2004 as _people
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_mentions_people_prime_minister_and_mainland_affairs_minister_resolve_in_term(pipeline: Pipeline) -> None:
    text = "Alberto Otárola met the Bolivian envoy on Monday."
    assert _people(pipeline, text, date(2023, 6, 1)).get("Alberto Otárola") == "PER"
    text = "Chiu Chui-cheng said the drills near the island should stop."
    assert _people(pipeline, text, date(2024, 8, 5)).get("Chiu Chui-cheng") == "TWN"


def test_mentions_people_a_recent_foreign_minister_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "Foreign Minister Elmer Schialer met envoys in Lima on Tuesday. Schialer said the border would stay open."
    found = _people(pipeline, text, date(2025, 3, 1))
    assert found.get("Elmer Schialer") == "PER"
    assert found.get("Schialer") == "PER"


def test_mentions_people_an_army_chief_and_a_police_chief_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "General Patrick Nyamvumba inspected the troops in Kigali. Nyamvumba said the border was calm."
    found = _people(pipeline, text, date(2016, 5, 1))
    assert found.get("Patrick Nyamvumba") == "RWA"
    assert found.get("Nyamvumba") == "RWA"
    text = "Police chief Kale Kayihura ordered the rally dispersed. Kayihura said the march was illegal."
    assert _people(pipeline, text, date(2016, 5, 1)).get("Kayihura") == "UGA"


def test_mentions_people_a_regional_governor_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "Governor Oleh Syniehubov said two drones hit a depot overnight. Syniehubov said no one was hurt."
    found = _people(pipeline, text, date(2024, 5, 2))
    assert found.get("Oleh Syniehubov") == "UKR"
    assert found.get("Syniehubov") == "UKR"


def test_mentions_people_a_former_vice_president_by_full_name_after_his_term(pipeline: Pipeline) -> None:
    text = "Officers removed Jorge Glas, a former vice-president, from the building. Glas was later taken to a jail."
    found = _people(pipeline, text, date(2024, 4, 8))
    assert found.get("Jorge Glas") == "ECU"
    assert found.get("Glas") == "ECU"


def test_mentions_people_an_interior_minister_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "Interior Minister Grzegorz Schetyna visited the border post. Schetyna said more guards would come."
    found = _people(pipeline, text, date(2008, 5, 1))
    assert found.get("Grzegorz Schetyna") == "POL"
    assert found.get("Schetyna") == "POL"
    text = "Sarfraz Bugti told reporters the deadline for migrants would not move."
    assert _people(pipeline, text, date(2023, 10, 1)).get("Sarfraz Bugti") == "PAK"


def test_mentions_people_a_defence_and_a_foreign_minister_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "Defence Minister Erkki Nghimtina opened the new barracks. Nghimtina said the army would grow."
    found = _people(pipeline, text, date(2008, 5, 1))
    assert found.get("Erkki Nghimtina") == "NAM"
    assert found.get("Nghimtina") == "NAM"
    text = "Pradeep Gyawali met the visiting envoy on Monday. Gyawali said the two sides agreed on trade."
    found = _people(pipeline, text, date(2019, 6, 1))
    assert found.get("Pradeep Gyawali") == "NPL"
    assert found.get("Gyawali") == "NPL"


def test_mentions_people_a_defence_minister_of_a_filled_office_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Defence Minister Bacho Akhalaia inspected a base near the border. Akhalaia said the troops were ready."
    found = _people(pipeline, text, date(2011, 3, 1))
    assert found.get("Bacho Akhalaia") == "GEO"
    assert found.get("Akhalaia") == "GEO"


def test_mentions_people_a_un_mission_head_and_a_regional_commissioner_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Leila Zerrougui visited the camp near the lake. Zerrougui said the peacekeepers would stay."
    found = _people(pipeline, text, date(2019, 3, 1))
    assert found.get("Leila Zerrougui") == "UNO"
    assert found.get("Zerrougui") == "UNO"
    text = "Smail Chergui met the envoys in the capital. Chergui said the talks would resume."
    found = _people(pipeline, text, date(2016, 5, 1))
    assert found.get("Smail Chergui") == "IGO"
    assert found.get("Chergui") == "IGO"


def test_mentions_people_an_interior_minister_of_a_filled_gap_by_full_name_and_surname(pipeline: Pipeline) -> None:
    text = "Naseerullah Babar toured the border posts. Babar said the police would guard the roads."
    found = _people(pipeline, text, date(1995, 6, 1))
    assert found.get("Naseerullah Babar") == "PAK"
    assert found.get("Babar") == "PAK"
    text = "Malusi Gigaba spoke to officials at the border post. Gigaba said more staff would come."
    found = _people(pipeline, text, date(2015, 4, 1))
    assert found.get("Malusi Gigaba") == "ZAF"
    assert found.get("Gigaba") == "ZAF"


def test_mentions_people_an_interior_minister_of_a_filled_office_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Interior Minister Annemie Turtelboom visited the police school. Turtelboom said more officers were hired."
    found = _people(pipeline, text, date(2010, 4, 1))
    assert found.get("Annemie Turtelboom") == "BEL"
    assert found.get("Turtelboom") == "BEL"
    text = "Kristian Jaani met border guards on Tuesday. Jaani said the fence would be finished soon."
    found = _people(pipeline, text, date(2021, 9, 1))
    assert found.get("Kristian Jaani") == "EST"
    assert found.get("Jaani") == "EST"


def test_mentions_people_a_european_defence_minister_of_a_filled_1990s_or_2000s_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Defence Minister Anneli Taina inspected the new jets. Taina said the order would be signed soon."
    found = _people(pipeline, text, date(1997, 5, 1))
    assert found.get("Anneli Taina") == "FIN"
    assert found.get("Taina") == "FIN"
    text = "Lazar Elenovski met the army chiefs on Monday. Elenovski said the brigade would stay abroad."
    found = _people(pipeline, text, date(2007, 3, 1))
    assert found.get("Lazar Elenovski") == "MKD"
    assert found.get("Elenovski") == "MKD"


def test_mentions_people_a_defence_minister_of_an_asian_or_african_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Aftab Shaban Mirani inspected the new tanks. Mirani said the army was ready."
    found = _people(pipeline, text, date(1995, 3, 1))
    assert found.get("Aftab Shaban Mirani") == "PAK"
    assert found.get("Mirani") == "PAK"
    text = "Imed Memmich met the army chiefs on Monday. Memmich said the border patrols would grow."
    found = _people(pipeline, text, date(2022, 5, 1))
    assert found.get("Imed Memmich") == "TUN"
    assert found.get("Memmich") == "TUN"


def test_mentions_people_a_foreign_minister_of_a_filled_office_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Foreign Minister Jadranko Prlic met envoys in Sarajevo. Prlic said the talks would go on."
    found = _people(pipeline, text, date(1999, 3, 1))
    assert found.get("Jadranko Prlic") == "BIH"
    assert found.get("Prlic") == "BIH"
    text = "Didier Opertti spoke to reporters on Monday. Opertti said the treaty was ready."
    found = _people(pipeline, text, date(2002, 5, 1))
    assert found.get("Didier Opertti") == "URY"
    assert found.get("Opertti") == "URY"


def test_mentions_people_a_foreign_minister_of_an_asian_or_african_gap_by_full_name_and_surname(
    pipeline: Pipeline,
) -> None:
    text = "Ali Bozer flew to Baghdad for talks. Bozer said the border would stay open."
    found = _people(pipeline, text, date(1990, 8, 10))
    assert found.get("Ali Bozer") == "TUR"
    assert found.get("Bozer") == "TUR"
    text = "Mouldi Kefi met the envoys on Tuesday. Kefi said the elections would be held on time."
    found = _people(pipeline, text, date(2011, 5, 3))
    assert found.get("Mouldi Kefi") == "TUN"
    assert found.get("Kefi") == "TUN"


def test_mentions_people_bare_surname_of_a_finance_minister_or_un_ambassador(pipeline: Pipeline) -> None:
    text = "Siluanov said the budget would hold. Danon said the council had failed."
    found = _people(pipeline, text, date(2016, 5, 2))
    assert found.get("Siluanov") == "RUS"
    assert found.get("Danon") == "ISR"
