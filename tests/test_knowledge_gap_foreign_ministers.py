"""Foreign ministers of stop 49's office gaps (Africa, the Americas, South Asia) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices
from _mentions_setup import person_codes
from parley.pipeline import Pipeline


def test_knowledge_gap_foreign_ministers_hold_office_on_their_dates() -> None:
    assert offices("Farouk Kaddoumi", date(1994, 5, 1)) == {("PSE", "Foreign Minister")}
    assert offices("Bizima Karaha", date(1998, 1, 1)) == {("COD", "Foreign Minister")}
    assert offices("Arvin Boolell", date(2010, 5, 1)) == {("MUS", "Foreign Minister")}
    assert offices("Laurent Kavakure", date(2013, 1, 1)) == {("BDI", "Foreign Minister")}
    assert offices("Nassirou Bako Arifari", date(2013, 1, 1)) == {("BEN", "Foreign Minister")}
    assert offices("Kofi Esaw", date(2009, 6, 1)) == {("TGO", "Foreign Minister")}
    assert offices("Ahmed Moallim Fiqi", date(2024, 1, 3)) == {("SOM", "Foreign Minister")}
    assert offices("Ramesh Nath Pandey", date(2005, 6, 1)) == {("NPL", "Foreign Minister")}
    assert offices("Fernando Nunez Fabrega", date(2013, 7, 20)) == {("PAN", "Foreign Minister")}
    assert offices("Marie Levens", date(2003, 1, 1)) == {("SUR", "Foreign Minister")}


def test_knowledge_gap_foreign_ministers_second_terms_leave_the_first_alone() -> None:
    assert offices("Mohamed Bazoum", date(1995, 6, 1)) == {("NER", "Foreign Minister")}
    assert offices("Mohamed Bazoum", date(2013, 1, 1)) == {("NER", "Foreign Minister")}
    assert offices("Mohamed Bazoum", date(2022, 1, 1)) == {("NER", "President")}
    assert offices("Madhav Kumar Nepal", date(1995, 3, 1)) == {("NPL", "Foreign Minister")}
    assert offices("Madhav Kumar Nepal", date(2010, 1, 1)) == {("NPL", "Prime Minister")}
    assert offices("Maris Sangiampongsa", date(2025, 7, 28)) == {("THA", "Foreign Minister")}
    assert not offices("Maris Sangiampongsa", date(2025, 10, 1))


def test_knowledge_gap_foreign_ministers_left_out_surnames_stay_out() -> None:
    assert not offices("Billie Miller", date(2002, 1, 1))  # a bare 'Miller' is Leszek Miller then
    assert not offices("Haroldo Rodas", date(2009, 1, 1))  # Honduras's Patricia Rodas
    assert not offices("Allan Wagner", date(2021, 4, 1))  # the Wagner Group


def test_knowledge_gap_foreign_ministers_salvador_is_not_the_state(rules_pipeline: Pipeline) -> None:
    named = person_codes(rules_pipeline, "Maria Isabel Salvador said Colombia broke the law.", date(2008, 3, 3))
    assert named == {"Maria Isabel Salvador": "ECU"}
    text = "El Salvador and Honduras signed a border accord. Salvador said the talks went well."
    assert not person_codes(rules_pipeline, text, date(2008, 3, 3))  # the state, and a bare word nobody's
