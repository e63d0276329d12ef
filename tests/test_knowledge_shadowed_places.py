"""A small or foreign town's GeoNames alternate that is the name of a better-known place is dropped."""

from __future__ import annotations

from parley.knowledge import Gazetteer, load_knowledge


def _assert_towns(gaz: Gazetteer, expected: dict[str, str]) -> None:
    """Each name looks up to a town of the country given."""
    for name, country in expected.items():
        town = gaz.lookup(name)
        assert town is not None and town.country == country, name


def test_knowledge_shadowed_places_colonia_is_uruguay() -> None:
    # Floriano (Brazil) listed its old name "Colonia": "off Colonia" in a story of Uruguay went to Brazil
    gaz = load_knowledge().gazetteer
    town = gaz.lookup("Colonia")
    assert town is not None and town.country == "URY"
    among = gaz.lookup_among("Colonia", {"URY", "BRA"})
    assert among is not None and among.name == "Colonia del Sacramento"
    floriano = gaz.lookup("Floriano")
    assert floriano is not None and floriano.country == "BRA"


def test_knowledge_shadowed_places_names_keep_their_own_town() -> None:
    gaz = load_knowledge().gazetteer
    expected = {
        "Montgomery": "USA",
        "Galle": "LKA",
        "Sari": "IRN",
        "Yala": "THA",
        "Siracusa": "ITA",
        "Southport": "GBR",
        "Pueblo": "USA",
        "Poti": "GEO",
        "Nazareth": "ISR",
        "Mecca": "SAU",
        "Medina": "SAU",
        "Carthage": "TUN",
    }
    _assert_towns(gaz, expected)
    bethlehem = gaz.lookup_among("Bethlehem", {"PSE"})
    assert bethlehem is not None and bethlehem.country == "PSE"
    assert all(town.country != "BRA" for town in gaz.candidates("Bethlehem"))


def test_knowledge_shadowed_places_big_towns_keep_own_names() -> None:
    gaz = load_knowledge().gazetteer
    _assert_towns(gaz, {"Belém": "BRA", "Adama": "ETH", "Sahiwal": "PAK", "Halle": "DEU"})


def test_knowledge_shadowed_places_foreign_forms_leave_the_own_town() -> None:
    # each was a bigger town's foreign or misspelt alternate ("Kita" of Quito, "Goba" of Juba)
    gaz = load_knowledge().gazetteer
    expected = {
        "Kita": "JPN",
        "Goba": "ETH",
        "Rugby": "GBR",
        "Florida": "USA",
        "Kabinda": "COD",
        "Hohoe": "GHA",
        "Khenifra": "MAR",
        "Mora": "CMR",
        "Malaba": "UGA",
        "Goris": "ARM",
        "Reni": "UKR",
        "Bar": "MNE",
        "Salqin": "SYR",
        "Harper": "LBR",
    }
    _assert_towns(gaz, expected)


def test_knowledge_shadowed_places_bigger_towns_keep_their_names() -> None:
    gaz = load_knowledge().gazetteer
    expected = {"Quito": "ECU", "Juba": "SSD", "Tirana": "ALB", "Ho": "GHA", "Kenitra": "MAR", "Cabinda": "AGO"}
    _assert_towns(gaz, expected)
    tiran = gaz.lookup("Tiran")
    assert tiran is None or tiran.country != "ALB"
