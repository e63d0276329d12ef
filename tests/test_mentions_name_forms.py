"""The forms news gives a known person's name: plain spellings, a surname after a form of address or a
rank, a surname the parser tagged as a place, a name read by its first word at an international body,
and the other spellings people.tsv lists (a probe of stop 47)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from _mentions_setup import person_codes
from parley.mentions._name_forms import plain_spelling, spelling_mixes
from parley.mentions._spans import _name_keys
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str, day: date) -> dict[str, str]:
    return person_codes(pipeline, text, day)


def _code_of(found: dict[str, str], name: str) -> str | None:
    """The code of the person mention that holds the name ("Mr Ruto" or "Ruto" for "Ruto")."""
    return next((code for text, code in found.items() if name in text.split()), None)


def test_name_forms_plain_spelling_drops_marks_and_keeps_case() -> None:
    assert plain_spelling("Lech Wałęsa") == "Lech Walesa"
    assert plain_spelling("Aleksandar Vučić") == "Aleksandar Vucic"
    assert plain_spelling("Søren Gade") == "Soren Gade"
    assert plain_spelling("Obama") == "Obama"


def test_name_forms_spelling_mixes_drop_some_marks_and_keep_others() -> None:
    assert sorted(spelling_mixes("Vučić")) == ["Vucic", "Vucić", "Vučic"]
    assert spelling_mixes("Obama") == []
    # a name with too many marked letters is found fully marked or fully plain only
    assert spelling_mixes("Đặng Thị Ngọc Thịnh Đức") == ["Dang Thi Ngoc Thinh Duc"]


def test_name_forms_a_name_written_with_some_of_its_diacritics(pipeline: Pipeline) -> None:
    # people.tsv spells him "Aleksandar Vucic" and "Aleksandar Vučić"; scraped pages mix the two
    found = _people(pipeline, "Aleksandar Vucić met EU envoys in Belgrade.", date(2019, 3, 1))
    assert found.get("Aleksandar Vucić") == "SRB"
    found = _people(pipeline, "Mevlüt Cavuşoğlu criticised Greece.", date(2019, 3, 1))
    assert found.get("Mevlüt Cavuşoğlu") == "TUR"
    # the surname alone, after a title
    assert _code_of(_people(pipeline, "President Vucić rejected the plan.", date(2019, 3, 1)), "Vucić") == "SRB"


def test_name_forms_a_name_written_without_its_diacritics(pipeline: Pipeline) -> None:
    # people.tsv spells him "Soeren Gade" and "Søren Gade"; outlets also write "Soren"
    found = _people(pipeline, "Soren Gade visited the troops in Helmand.", date(2007, 6, 1))
    assert found.get("Soren Gade") == "DNK"
    # the surname alone, spelt "Björklund" in the file
    found = _people(pipeline, "Bjorklund said Sweden would send more troops.", date(2004, 6, 1))
    assert found.get("Bjorklund") == "SWE"


def test_name_forms_a_surname_after_a_form_of_address(pipeline: Pipeline) -> None:
    assert _code_of(_people(pipeline, "Mr Ruto said Kenya would send police.", date(2023, 6, 1)), "Ruto") == "KEN"


def test_name_forms_a_surname_after_a_military_rank(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Marshal Haftar launched an offensive on Tripoli.", date(2019, 6, 1))
    assert _code_of(found, "Haftar") == "LBY"
    found = _people(pipeline, "Gen. Burhan said the army would fight on.", date(2023, 6, 1))
    assert _code_of(found, "Burhan") == "SDN"
    found = _people(pipeline, "Gen. Musharraf met Singh.", date(2005, 6, 1))
    assert _code_of(found, "Musharraf") == "PAK"


def test_name_forms_a_title_that_fits_no_holder_gives_no_holder(pipeline: Pipeline) -> None:
    # Boris Johnson is prime minister on that day: a mayor of that name is somebody else
    found = _people(pipeline, "Mayor Johnson said the market would reopen on Monday.", date(2020, 6, 1))
    assert _code_of(found, "Johnson") != "GBR"


def test_name_forms_a_first_name_of_somebody_else_is_still_no_surname(pipeline: Pipeline) -> None:
    # "Roberto" is a foreign minister's first name in 2024: after a title it opens another name
    text = "Chile's trade attaché, Ambassador Roberto Ferrada, left the talks early."
    assert "Roberto" not in _people(pipeline, text, date(2024, 4, 8))


def test_name_forms_a_surname_the_parser_tagged_as_a_place(pipeline: Pipeline) -> None:
    assert _people(pipeline, "Karzai said Afghanistan needed more troops.", date(2008, 6, 1)).get("Karzai") == "AFG"
    assert _people(pipeline, "Saakashvili accused Russia.", date(2010, 6, 1)).get("Saakashvili") == "GEO"


def test_name_forms_a_given_name_used_at_an_international_body(pipeline: Pipeline) -> None:
    # Ethiopians are called by their given name: at the WHO too, not as Ethiopia's former minister
    found = _people(pipeline, "Dr Tedros said the virus was a global emergency.", date(2020, 6, 1))
    assert found.get("Tedros") == "UNO"


def test_name_forms_other_spellings_of_the_file(pipeline: Pipeline) -> None:
    assert _people(pipeline, "Rohani said Iran would honour the deal.", date(2015, 6, 1)).get("Rohani") == "IRN"
    assert _people(pipeline, "Peña Nieto cancelled his visit.", date(2017, 6, 1)).get("Peña Nieto") == "MEX"
    found = _people(pipeline, "Jordan's King Abdullah said the talks would continue.", date(2019, 3, 1))
    assert found.get("King Abdullah") == "JOR"  # Saudi Arabia's King Abdullah died in 2015


def test_name_forms_a_family_name_before_a_hyphened_given_name(pipeline: Pipeline) -> None:
    # "Tsai Ing-wen" is Ms Tsai: Taiwan's people are not all named family name first, this form is
    assert _people(pipeline, "Tsai said Taiwan would not bow.", date(2021, 6, 1)).get("Tsai") == "TWN"


def test_name_forms_a_family_name_after_bin(pipeline: Pipeline) -> None:
    found = _people(pipeline, "In a new tape bin Laden threatened Europe.", date(2010, 6, 1))
    assert found.get("bin Laden") == "AFG"


def test_name_forms_a_title_picks_among_holders_of_a_surname(pipeline: Pipeline) -> None:
    # in 2015 "Zuma" is South Africa's president and the AU Commission's chairperson: a president
    assert _code_of(_people(pipeline, "President Zuma rejected the criticism.", date(2015, 6, 1)), "Zuma") == "ZAF"


def test_name_forms_a_titled_surname_that_a_place_shares(pipeline: Pipeline) -> None:
    # "Bush" and "Tamim" are also gazetteer places; the title fits the holder in office
    found = _people(pipeline, "President Bush declared the end of major combat.", date(2003, 6, 1))
    assert _code_of(found, "Bush") == "USA"
    assert _code_of(_people(pipeline, "Emir Tamim rejected the demands.", date(2018, 6, 1)), "Tamim") == "QAT"


def test_name_forms_a_place_name_without_a_title_stays_no_person(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Exporters in Santos shipped more coffee.", date(2016, 6, 1))
    assert _code_of(found, "Santos") is None


def test_people_a_surname_of_a_person_named_in_full_before(pipeline: Pipeline) -> None:
    # Leonel Fernandez is the Dominican president in May 2012; the story named another Fernandez
    text = "Argentine President Cristina Fernandez de Kirchner spoke in Buenos Aires. Fernandez seized the firm."
    assert _people(pipeline, text, date(2012, 5, 1)).get("Fernandez") == "ARG"  # the bare form's own mention
    # "Santos" is also a Brazilian port
    text = "Colombian President Juan Manuel Santos flew to Havana. Santos signed the deal."
    assert _people(pipeline, text, date(2016, 6, 1)).get("Santos") == "COL"


def test_people_an_untitled_full_name_s_surname_is_that_person(pipeline: Pipeline) -> None:
    # no title before either form: the bare surname took the Dominican president of 2012 before
    text = "Cristina Fernandez de Kirchner spoke in Buenos Aires. Fernandez seized the firm."
    assert _people(pipeline, text, date(2012, 5, 1)).get("Fernandez") == "ARG"


def test_spans_a_name_word_before_a_particle_is_a_key() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Luiz", "Inacio", "Lula", "da", "Silva"])
    assert "Lula" in _name_keys(doc[0:5])
    doc = Doc(vocab, words=["F.W.", "de", "Klerk"])
    assert _name_keys(doc[0:3]) == ["Klerk"]  # the surname alone: "F.W." is no word before a particle


def test_mentions_namesakes_of_two_states_take_the_story_s(pipeline: Pipeline) -> None:
    # two kings Abdullah reign in 2010, of Saudi Arabia and of Jordan
    found = _people(pipeline, "Jordan's King Abdullah met the envoy in Amman.", date(2010, 6, 1))
    assert found.get("King Abdullah") == "JOR"
    found = _people(pipeline, "Saudi King Abdullah received the envoy in Riyadh.", date(2010, 6, 1))
    assert found.get("King Abdullah") == "SAU"
