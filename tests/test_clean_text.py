from __future__ import annotations

import hashlib
import sys
from datetime import date
from pathlib import Path

import pytest

from parley.clean import (
    clean_document,
    clean_text,
    find_dateline,
    normalize_unicode,
    repair_glued_words,
    strip_boilerplate,
)
from parley.document import Article, Document
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _clean(text: str, published: date | None = None, title: str | None = None) -> Document:
    return clean_document(Document(article=Article(id="t", text=text, published=published, title=title)), Settings())


def test_clean_unicode_spaces_dashes_and_zero_width() -> None:
    raw = "Seoul\u00a0and Tokyo\u200b met \u2014 again -- on a long--awaited day.\r\n"
    assert normalize_unicode(raw) == "Seoul and Tokyo met \u2014 again \u2014 on a long-awaited day."


def test_clean_unicode_is_idempotent_and_keeps_ranges() -> None:
    raw = "The 1950\u201353 war \u2013 and Korea\u2013Russia ties --\nnext\ufb01le \uff08A\uff09"
    once = normalize_unicode(raw)
    assert once == "The 1950\u201353 war \u2014 and Korea-Russia ties \u2014\nnextfile (A)"
    assert normalize_unicode(once) == once


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("Marta Kovacevon Tuesday", "Marta Kovacev on Tuesday"),
        ("a short list of mattersregarding fishing", "a short list of matters regarding fishing"),
        ("a letter toNorwegian diplomats", "a letter to Norwegian diplomats"),
        ("a U.N.convoy left", "a U.N. convoy left"),
        ("a long--awaited treaty", "a long-awaited treaty"),
        ("sound groundsfor renewal", "sound grounds for renewal"),
        ("Aldo Benedettion Monday said", "Aldo Benedetti on Monday said"),
        ("The U.K.Cabinet Office wrote", "The U.K. Cabinet Office wrote"),
        ("President Ilse Vandermeulenthanked Chile", "President Ilse Vandermeulen thanked Chile"),
        ("fishing quotas.Koval told", "fishing quotas. Koval told"),
        ("Haraldsenon Friday. Haraldsen added", "Haraldsen on Friday. Haraldsen added"),
        ("Freedonia'sforeign minister phoned", "Freedonia's foreign minister phoned"),
        ("as the ministry followsreports of", "as the ministry follows reports of"),
    ],
)
def test_clean_repairs_glued_words(glued: str, fixed: str) -> None:
    assert repair_glued_words(glued) == fixed


@pytest.mark.parametrize(
    "word",
    [
        "Losyukov", "Pyongyang", "Paek", "Lavrov", "Interfax", "Wickremesinghe", "Tsikhanouskaya",
        "denuclearization", "ceasefire", "counterpart", "shipbuilding", "icebreaking", "cyberattack",
        "Ulf Kristersson Monday", "Malegaon Monday", "see www.example.Com", "U.S.-led", "U.S.A.",
        "Ma'shallah", "the army's own",
    ],
)  # fmt: skip
def test_clean_never_splits_names_or_rare_words(word: str) -> None:
    assert repair_glued_words(word) == word


@pytest.mark.parametrize(
    "text",
    [
        "planeloads of aid", "two carrier battlegroups", "climbdowns", "the deckhands,", "a longliner",
        "a minelayer", "write to mediainquiries@who.int today",
    ],
)  # fmt: skip
def test_clean_keeps_closed_compounds_and_addresses_whole(text: str) -> None:
    # a bare stem before a content word is a compound the word list lacks, not two glued words
    assert repair_glued_words(text) == text


def test_clean_glue_test_sets_meet_targets() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from glue_report import measure

    recall, false_split, _, _ = measure()
    assert recall >= 0.95
    assert false_split < 0.005


def test_clean_dateline_at_start_takes_year_from_publication() -> None:
    line = find_dateline("SEOUL, April 27 (Wire) -- The leaders met.", date(2018, 4, 28))
    assert line is not None and line.place == "Seoul" and line.date == date(2018, 4, 27)


@pytest.mark.parametrize(
    ("text", "published", "place", "day"),
    [
        ("MOSCOW (AP) \u2014 Talks began.", date(2020, 5, 1), "Moscow", None),
        ("Moscow, May 21 -- Talks began.", date(2002, 5, 22), "Moscow", date(2002, 5, 21)),
        ("UNITED NATIONS, Dec 31 (Wire) \u2014 x", date(2019, 1, 1), "United Nations", date(2018, 12, 31)),
        ("APIA, Samoa, Oct 4 (PNW) \u2014 x", date(2009, 10, 4), "Apia", date(2009, 10, 4)),
        ("SUVA, Fiji -- The ferry docked.", date(2016, 3, 2), "Suva", None),
        ("BEIRUT, Lebanon \u2014 Jets flew low.", date(2006, 7, 20), "Beirut", None),
        ("Libreville, 14 February 2002 - The ministers met.", date(2002, 2, 15), "Libreville", date(2002, 2, 14)),
        ("BANGKOK, 10 February (NNT) - A pardon.", date(2019, 2, 11), "Bangkok", date(2019, 2, 10)),
        ("Geneva/Kinshasa, 21 November 2023 - WHO said.", date(2023, 11, 21), "Geneva/Kinshasa", date(2023, 11, 21)),
    ],
)
def test_clean_dateline_forms(text: str, published: date, place: str, day: date | None) -> None:
    line = find_dateline(text, published)
    assert line is not None and (line.place, line.date) == (place, day)
    assert text[line.start : line.end].startswith(text.split(",")[0].split(" (")[0])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Headline here\n\nNUKU'ALOFA -- About 1,000 people marched.", "Nuku'Alofa"),
        ("LIMA \u2014 Ministers met.", "Lima"),
    ],
)
def test_clean_dateline_place_alone_before_a_long_dash(text: str, place: str) -> None:
    line = find_dateline(text, date(2014, 7, 2))
    assert line is not None and (line.place, line.date) == (place, None)
    assert text[line.start : line.end].startswith(place.upper())


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Russia acts.",
        "SEOUL - no agency, date or long dash",
        "UPDATE \u2014 x",
        "U.S. officials -- said",
        "Moscow, Russia -- x",
        "RELATED: Fishermen count losses as Nile perch stocks dwindle\n\nMore text.",
        "KCNA: Japan's plan is a declaration of war\n\nMore text.",
        "Comments (14) Readers wrote in.",
        "PRESS STATEMENT: Kenya Defence Forces Reinforce Mandera Border\n\nThe Ministry said.",
        "Monday, May 3 - Talks began.",
        "Washington, which funds part of the operation, said - in a statement - it would help.",
        "India, whose nationals made up the crew, said its embassy would help.",
    ],
)
def test_clean_dateline_not_found_in_ordinary_openings(text: str) -> None:
    assert find_dateline(text, date(2020, 1, 1)) is None


def test_clean_closing_credit_gives_date_without_place() -> None:
    line = find_dateline("Ministers met.\n\n(Xinhua News Agency March 9, 2004)", None)
    assert line is not None and line.place is None and line.date == date(2004, 3, 9)


def test_clean_article_without_date_takes_the_dateline_date() -> None:
    doc = _clean("MOSCOW, March 3 2019 (Wire) -- Talks ended.\n\nMore talks are planned.")
    assert doc.dateline is not None and doc.dateline.place == "Moscow"
    assert doc.published == date(2019, 3, 3)


def test_clean_drops_boilerplate_and_repeated_captions() -> None:
    raw = (
        "Envoys meet in Oslo\n\nHome > World > Europe\n\nsave print email\n\nEnvoys meet in Oslo\n\n"
        "The two envoys, right, pose for cameras. [PRESS OFFICE]\n\n"
        "The two envoys, right, pose for cameras. [PRESS OFFICE]\n\n"
        "Both envoys sat down in Oslo on Friday.\n\nBY JANE DOE [jane@example.com]\n\n"
        "Log in with your reader account to post a reply\n\n댓글을 작성하려면 로그인하세요"
    )
    doc = _clean(raw)
    assert doc.title == "Envoys meet in Oslo"
    assert doc.text == "Envoys meet in Oslo\n\nBoth envoys sat down in Oslo on Friday."


def test_clean_drops_page_tail_and_social_lines() -> None:
    raw = (
        "Tribunal fines harbour pilots\n\nA tribunal fined three harbour pilots on Monday.\n\n"
        "Share via: Telegram | Reddit\nComments (0)\nReport a typo\n"
        "You may also like\nHarbour board unveils a second ferry pier\n\nMorning Post, all rights reserved"
    )
    assert _clean(raw).text == "Tribunal fines harbour pilots\n\nA tribunal fined three harbour pilots on Monday."


def test_clean_corpus_articles_are_idempotent(shared: Path) -> None:
    for path in sorted((shared / "corpus").rglob("*.txt")):
        once = _clean(path.read_text(encoding="utf-8"), date(2020, 1, 1))
        again = _clean(once.text, date(2020, 1, 1))
        assert again.text == once.text, path.name
        assert again.title == once.title, path.name


def test_clean_is_idempotent() -> None:
    raw = "Talks resume\n\nSEOUL, May 2 (Wire) -- Officials met toRussian envoys.\n\nHome > World"
    once = _clean(raw).text
    assert _clean(once).text == once


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def test_clean_seed_joongang_is_headline_and_body(shared: Path) -> None:
    path = shared / "corpus" / "seeds" / "joongang-2021-10-28-korea-russia.txt"
    doc = _clean(path.read_text(encoding="utf-8"), date(2021, 10, 28))
    paragraphs = doc.text.split("\n\n")
    # the dev article's own words are not quoted here: digests of the headline and of the first
    # 59 and 32 characters of the first and last body paragraphs pin where cleaning cut
    assert paragraphs[0] == doc.title and _digest(paragraphs[0]) == "d038176019af9697"
    assert _digest(paragraphs[1][:59]) == "8326ec8a01ff3495"
    assert _digest(paragraphs[-1][:32]) == "d14d41260754a11a"
    for junk in ("Home >", "print dictionary", "[MINISTRY", "BY ESTHER", "Log in", "Standards Board", "lock icon"):
        assert junk not in doc.text


def test_clean_boilerplate_drops_wire_credit_lines_not_sentences() -> None:
    text = (
        "Ministers met in Lima.\n(Reporting by Ana Ruiz in Lima; Editing by Tom Vale)\n"
        "Reporting by Ana Ruiz; Editing by Tom Vale\nReporting by the agency showed gains."
    )
    body, _ = strip_boilerplate(text, None)
    assert body == "Ministers met in Lima.\n\nReporting by the agency showed gains."


def test_clean_text_dateline_keeps_the_region_after_the_city() -> None:
    line = find_dateline("GIZO, Solomon Islands, May 3 (Reuters) - Police arrested two men.", date(2003, 5, 3))
    assert line is not None and line.place == "Gizo" and line.region == "Solomon Islands"
    plain = find_dateline("SEOUL, April 27 (Wire) -- The leaders met.", date(2018, 4, 28))
    assert plain is not None and plain.region is None


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("HAVANA, Dec 1 (Prensa Latina) Cuba and Jamaica signed a treaty.", "Havana", date(2020, 12, 1)),
        ("THIMPHU, Apr 22 (PTI) India and Bhutan signed.", "Thimphu", date(2020, 4, 22)),
        ("Kabul (AFP) - Afghan forces attacked.", "Kabul", None),
        ("Ha Noi (VNA) -- Border guards seized drugs.", "Ha Noi", None),
        ("Nairobi, 14 January 2021: Kenya said.", "Nairobi", date(2021, 1, 14)),
        ("ISLAMABAD, Oct 9: Pakistan condemned the firing.", "Islamabad", date(2020, 10, 9)),
        ("LANDI KOTAL, Sept 3 (APP): Pakistan reopened the crossing.", "Landi Kotal", date(2020, 9, 3)),
        ("KARACHI: The Pakistan Navy conducted drills.", "Karachi", None),
        ("TEHRAN - The commander cautioned Bahrain.", "Tehran", None),
        ("MOGADISHU, Somalia - Al-Shabaab fighters attacked.", "Mogadishu", None),
        ("SARAJEVO, Bosnia-Herzegovina - Peacekeepers seized a suspect.", "Sarajevo", None),
        ("Manila, Philippines \u2013 The navy said.", "Manila", None),
        ("NEW YORK, Jan. 5, 2020 /PRNewswire/ -- The company said.", "New York", date(2020, 1, 5)),
        ("MOSCOW, December 1 /TASS/ - Russia said.", "Moscow", date(2020, 12, 1)),
        ("PORT MORESBY, Aug 19 AAP - Indonesia apologised.", "Port Moresby", date(2020, 8, 19)),
        ("Tehran, Dec 1, IRNA -- Iran said.", "Tehran", date(2020, 12, 1)),
        ("ABU DHABI, 9th May, 2020 (WAM) -- The UAE sent ships.", "Abu Dhabi", date(2020, 5, 9)),
        ("La Paz, Aug 6 (ABI).- Units of the navy patrolled.", "La Paz", date(2020, 8, 6)),
        ("Cox's Bazar, Dec 8 (BSS) - Myanmar returned fishermen.", "Cox's Bazar", date(2020, 12, 8)),
        ("N'Djamena, 3 November 2020 - The Council met.", "N'Djamena", date(2020, 11, 3)),
        ("Dar es Salaam, 21 September 2010 - The court ruled.", "Dar es Salaam", date(2010, 9, 21)),
        ("Bogot\u00e1, 15 September 2021. The Ministry said.", "Bogot\u00e1", date(2021, 9, 15)),
        ("SANA'A / GENEVA - The World Food Programme resumed aid.", "Sana'A/Geneva", None),
        ("CIUDAD JU\u00c1REZ \u2014 Truck drivers ended a blockade.", "Ciudad Ju\u00e1rez", None),
        ("By Jane Doe, Staff Reporter; ANKARA, March 3 - Turkey said.", "Ankara", date(2020, 3, 3)),
    ],
)
def test_clean_dateline_outlet_and_press_styles(text: str, place: str, day: date | None) -> None:
    line = find_dateline(text, date(2020, 12, 24))
    assert line is not None and (line.place, line.date) == (place, day)
    # the line ends where the story's first sentence begins
    assert text[line.end :].strip()[0].isupper()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("(AKP) -- Cambodia and Thailand agreed.", None),
        ("Dec 1 (Reuters) - Britain said.", date(2020, 12, 1)),
        ("May 11, 2010 (KHARTOUM) \u2013 Egyptian border guards have pulled out.", date(2010, 5, 11)),
    ],
)
def test_clean_dateline_credit_alone_has_no_place(text: str, day: date | None) -> None:
    line = find_dateline(text, date(2020, 12, 3))
    assert line is not None and line.place is None and line.date == day
    assert text[line.start : line.end].rstrip("-\u2013\u2014 ").endswith(")")


def test_clean_dateline_heading_with_a_lower_case_note_is_no_dateline() -> None:
    text = "1. Oslo welcomed the talks.\n\nSUMMARY OF TALKS (prepared by the staff)\n\nA. Norway sent aid."
    assert find_dateline(text, None) is None


def test_clean_dateline_lower_case_outlet_still_credits() -> None:
    line = find_dateline("ZAGREB, May 8 (dpa) - Croatia recalled its envoy.", date(2014, 5, 8))
    assert line is not None and line.place == "Zagreb"


def test_clean_keeps_names_the_knowledge_holds_whole() -> None:
    # a region, a town and a people's name that look like a name glued to "and", "to", "is"
    text = "Jubaland forces met Omanis in Moroto. Putinsaid on Monday."
    body, _ = clean_text(text, None, Settings())
    assert body == "Jubaland forces met Omanis in Moroto. Putin said on Monday."
