"""Trigger rows of data/triggers.tsv for wordings reporters use that the lexicon once missed, for
assaults, coercion, aid, cooperation, mobilisation, retreats, concessions and sanctions ("razed",
"rained shells on", "hauled in for questioning", "rolled over its deposit", "coordinated their patrols",
"fortified the border", "laid down their arms", "amnestied", "tore up the accord"): each read in an
invented sentence by both coders, and a near sentence of another sense the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley import Pipeline, Settings


@pytest.fixture(scope="module", params=["rules", "learned"])
def pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


ASSAULTS = [
    ("Ugandan police mowed down Kenyan protesters.", "UGA", "KEN"),
    ("Venezuelan troops razed Colombian farms.", "VEN", "COL"),
    ("Russian bombers flattened a Syrian town.", "RUS", "SYR"),
    ("Israeli aircraft pummelled Lebanese villages.", "ISR", "LBN"),
    ("Saudi jets hammered Yemeni positions.", "SAU", "YEM"),
    ("Russian jets rocketed Ukrainian positions.", "RUS", "UKR"),
    ("Pakistani forces rained shells on Indian villages.", "PAK", "IND"),
    ("Russian forces mortared Ukrainian trenches.", "RUS", "UKR"),
    ("Russian forces unleashed a barrage of rockets on Ukrainian cities.", "RUS", "UKR"),
    ("Indian soldiers roughed up Nepali traders.", "IND", "NPL"),
    ("Rwandan soldiers bayoneted Congolese villagers.", "RWA", "COD"),
    ("Iranian guards whipped two Afghan migrants.", "IRN", "AFG"),
    ("Indian rioters firebombed a Pakistani bus.", "IND", "PAK"),
    ("Chinese ships blasted Philippine boats with water cannon.", "CHN", "PHL"),
    ("North Korean troops executed two South Korean fishermen.", "PRK", "KOR"),
    ("Sudanese militiamen slaughtered Chadian herders.", "SDN", "TCD"),
    ("Mexican gunmen riddled a Guatemalan bus with bullets.", "MEX", "GTM"),
    ("Russian agents poisoned a Ukrainian defector.", "RUS", "UKR"),
    ("A North Korean submarine torpedoed a South Korean warship.", "PRK", "KOR"),
    ("Ugandan troops wiped out a Congolese rebel camp.", "UGA", "COD"),
    ("Iranian guards strangled an Afghan migrant.", "IRN", "AFG"),
    ("Chadian rebels knifed a Sudanese guard.", "TCD", "SDN"),
    ("Ugandan soldiers bludgeoned Kenyan fishermen.", "UGA", "KEN"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), ASSAULTS)
def test_events_news_wordings_assaults(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_assault_words_of_other_senses(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Kenya hammered out a deal with Uganda.",
        "Kenya flattened its tariffs with Uganda.",
        "The storm rained debris on Kenyan towns.",
        "Kenyan farmers slaughtered cattle for Ugandan buyers.",
        "The Kenyan dispute poisoned relations with Uganda.",
        "Kenya whipped up anger against Uganda.",
        "The Kenyan drought wiped out Ugandan harvests.",
        "The blockade strangled Bolivian trade.",
    ):
        assert "ASSAULT" not in _types(pipeline, text), text
    # a minister blasting a neighbour criticises it; only water cannon make it a blast of force
    assert _types(pipeline, "The Ugandan minister blasted Kenya over the ban.") == ["ACCUSE"]


COERCIONS = [
    ("Egyptian police placed a Qatari reporter under house arrest.", "EGY", "QAT"),
    ("Kenyan police evicted Somali refugees.", "KEN", "SOM"),
    ("Uganda muzzled the Kenyan press.", "UGA", "KEN"),
    ("Malaysia interned Indonesian migrants.", "MYS", "IDN"),
    ("Russian forces besieged a Ukrainian city.", "RUS", "UKR"),
    ("Russian police nabbed two Ukrainian activists.", "RUS", "UKR"),
    ("Russia commandeered Ukrainian ships.", "RUS", "UKR"),
    ("Greek coast guards pushed back Turkish migrant boats.", "GRC", "TUR"),
    ("Russia gagged the Ukrainian press.", "RUS", "UKR"),
    ("Turkey incarcerated two Greek soldiers.", "TUR", "GRC"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), COERCIONS)
def test_events_news_wordings_coercion(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("COERCE", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_coercion_needs_its_sense(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chinese police hauled in two Japanese businessmen for questioning.")
    assert [e[0] for e in found] == ["COERCE"]
    assert _types(pipeline, "The journalist was stripped of his citizenship by Nicaragua.") == ["COERCE"]
    for text in (
        "Kenyan police hauled in a big catch of Ugandan fish.",
        "Kenya nabbed the title against Uganda.",
        "Kenya pushed back the vote on Uganda.",
        "The talks were besieged by problems.",
    ):
        assert "COERCE" not in _types(pipeline, text), text


AIDS = [
    ("Qatar bankrolled Syrian rebels.", "QAT", "SYR"),
    ("Saudi Arabia topped up Pakistani reserves.", "SAU", "PAK"),
    ("Turkey sheltered Syrian refugees.", "TUR", "SYR"),
    ("China channelled aid to North Korea.", "CHN", "PRK"),
    ("Saudi Arabia underwrote a Pakistani loan.", "SAU", "PAK"),
    ("Germany resettled Syrian refugees.", "DEU", "SYR"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), AIDS)
def test_events_news_wordings_aid(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("AID", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_aid_in_money_not_in_concrete(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in _types(pipeline, "The UAE poured billions into Egypt.")
    assert "AID" not in _types(pipeline, "Ugandan firms poured concrete into Kenyan foundations.")
    assert "AID" not in _types(pipeline, "Kenya channelled its anger at Uganda.")
    # a state rolling over its own debt is helped, it helps no one: only a deposit it holds is rolled over
    assert "AID" not in _types(pipeline, "Kenya rolled over its debt with China.")


def test_events_news_wordings_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("COOPERATE", ["EGY"], ["SDN"]) in _events(pipeline, "Egypt and Sudan linked their power grids.")
    assert ("COOPERATE", ["FRA"], ["GBR"]) in _events(pipeline, "France and Britain coordinated their patrols.")
    assert ("COOPERATE", ["RUS"], ["BLR"]) in _events(pipeline, "Russia and Belarus staged joint exercises.")
    # a standing arrangement told in the simple present is no act (the row leaves it; the learned model
    # reads such clauses on its own)
    if pipeline.settings.coder == "rules":
        text = "Under the pact, Kenya and Uganda coordinate patrols on the lake."
        assert "COOPERATE" not in _types(pipeline, text)
    assert "COOPERATE" not in _types(pipeline, "Ugandan analysts linked Kenya to the attack.")


MOBILIZATIONS = [
    ("Serbia strengthened its forces on the Kosovo border.", "SRB", "XKX"),
    ("Egypt boosted its military presence on the Libyan border.", "EGY", "LBY"),
    ("Russia built up forces near Ukraine.", "RUS", "UKR"),
    ("China garrisoned troops on the disputed Vietnamese islands.", "CHN", "VNM"),
    ("India fortified its border with China.", "IND", "CHN"),
    ("Pakistan mined its border with Afghanistan.", "PAK", "AFG"),
    ("China sailed warships through the Taiwan Strait.", "CHN", "TWN"),
    ("Turkish jets buzzed Greek islands.", "TUR", "GRC"),
    ("North Korea test-fired a missile toward Japan.", "PRK", "JPN"),
    ("Kenya marshalled troops on the Somali border.", "KEN", "SOM"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), MOBILIZATIONS)
def test_events_news_wordings_mobilization(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("MOBILIZE", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_mobilization_words_of_other_senses(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Kenya strengthened ties with Uganda.",
        "Kenya boosted exports to Uganda.",
        "Kenya built up its reserves.",
        "Kenya mined gold near the Ugandan border.",
        "Kenya marshalled its arguments against Uganda.",
        "Kenya reopened its border with Uganda, which was mined in the early 2000s.",
    ):
        assert "MOBILIZE" not in _types(pipeline, text), text
    # a missile test is a show of arms, not an attack; a missile fired at a target is one
    assert "ASSAULT" not in _types(pipeline, "North Korea test-fired a missile toward Japan.")


RETREATS = [
    ("Russia ended the siege of the Ukrainian city.", "RUS", "UKR"),
    ("The Israeli army vacated a Palestinian town.", "ISR", "PSE"),
    ("China ceded territory to Tajikistan.", "CHN", "TJK"),
    ("Iran paroled two French academics.", "IRN", "FRA"),
    ("Turkey unblocked Armenian bank accounts.", "TUR", "ARM"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), RETREATS)
def test_events_news_wordings_retreat(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("RETREAT", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_retreat_words_of_other_senses(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(pipeline, "Armenian rebels laid down their arms.")
    assert "RETREAT" in _types(pipeline, "Armenian troops fell back from the Azerbaijani border.")
    assert "RETREAT" not in _types(pipeline, "The Kenyan judge vacated the Ugandan ruling.")


def test_events_news_wordings_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("CONCEDE", ["RUS"], ["UKR"]) in _events(pipeline, "Russia amnestied Ukrainian prisoners.")
    text = "Japan admitted responsibility for the sinking of the Korean boat."
    assert ("CONCEDE", ["JPN"], ["KOR"]) in _events(pipeline, text)
    assert _types(pipeline, "Kenya admitted two Ugandan students.") == []
    assert "CONCEDE" in _types(pipeline, "Poland backtracked on its ban on Ukrainian grain.")


SANCTIONS = [
    ("Germany mothballed a gas pipeline with Russia.", "DEU", "RUS"),
    ("Japan curbed exports of chemicals to South Korea.", "JPN", "KOR"),
    ("The US hiked tariffs on Chinese goods.", "USA", "CHN"),
    ("The US raised tariffs on Chinese steel.", "USA", "CHN"),
    ("The US tore up the nuclear agreement with Iran.", "USA", "IRN"),
    ("Bolivia annulled a contract with a Chilean firm.", "BOL", "CHL"),
    ("The US levied tariffs on Chinese steel.", "USA", "CHN"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), SANCTIONS)
def test_events_news_wordings_sanction(pipeline, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert ("SANCTION", [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_sanction_words_of_other_senses(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Kenya curbed inflation.") == []
    if pipeline.settings.coder == "rules":  # the learned model reads the cut-off as a coercion of its own
        assert ("SANCTION", ["RUS"], ["BGR"]) in _events(pipeline, "Russia shut off the gas to Bulgaria.")
    assert "SANCTION" not in _types(pipeline, "Kenya raised taxes on Ugandan imports.")
    # a threat to tear up an accord is a threat, not the act
    assert _types(pipeline, "Kenya threatened to tear up its agreement with Uganda.") == ["THREATEN"]


# stop 34: a siege laid, boats sunk, homes demolished, crowds dispersed; people put behind bars; aid
# withheld or slashed, contracts terminated, firms blacklisted; war games; control relinquished
STOP34_WORDINGS = [
    ("Ugandan troops laid siege to a Kenyan town on Saturday.", "COERCE", "UGA", "KEN"),
    ("Ugandan troops demolished Kenyan homes on Saturday.", "ASSAULT", "UGA", "KEN"),
    ("Ugandan troops bulldozed Kenyan homes on Saturday.", "ASSAULT", "UGA", "KEN"),
    ("Ugandan jets levelled a Kenyan village on Saturday.", "ASSAULT", "UGA", "KEN"),
    ("Kenyan protesters were dispersed by Ugandan police on Saturday.", "ASSAULT", "UGA", "KEN"),
    ("Uganda put two Kenyan traders behind bars on Saturday.", "COERCE", "UGA", "KEN"),
    ("Ugandan police hauled off two Kenyan traders on Saturday.", "COERCE", "UGA", "KEN"),
    ("Uganda withheld budget support to Kenya on Saturday.", "SANCTION", "UGA", "KEN"),
    ("Uganda slashed aid to Kenya on Saturday.", "SANCTION", "UGA", "KEN"),
    ("Uganda trimmed Kenya's sugar quota on Saturday.", "SANCTION", "UGA", "KEN"),
    ("Uganda terminated its gas contract with Kenya on Saturday.", "SANCTION", "UGA", "KEN"),
    ("Uganda put Kenyan firms on a blacklist on Saturday.", "SANCTION", "UGA", "KEN"),
    ("Ugandan troops relinquished control of the Kenyan town on Saturday.", "RETREAT", "UGA", "KEN"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), STOP34_WORDINGS)
def test_events_news_wordings_stop34_rows(pipeline, text: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert (type_, [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_war_games_are_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(pipeline, "Uganda conducted war games near the Kenyan border on Saturday.")


def test_events_news_wordings_stop34_words_of_other_senses(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The Kenyan protesters dispersed peacefully on Saturday.",
        "The Ugandan earthquake levelled whole streets in Kenyan towns.",
        "Uganda demolished its old stadium, Kenyan media said.",
        "Kenya broke up the Ugandan cartel, the ministry said.",
        "Uganda slashed interest rates on Saturday, Kenyan media said.",
        "Kenya withheld comment on the Ugandan report on Saturday.",
        "Uganda laid a wreath for Kenyan victims on Saturday.",
        "Ugandan trucks hauled away Kenyan grain on Saturday.",
    ):
        assert _types(pipeline, text) == [], text


SANCTION_MEASURES_34 = [
    ("Russia hit Ukraine with sanctions on Tuesday.", "SANCTION", "RUS", "UKR"),
    ("Russia placed Ukrainian firms under sanctions on Tuesday.", "SANCTION", "RUS", "UKR"),
    ("Russia embargoed Ukrainian grain on Tuesday.", "SANCTION", "RUS", "UKR"),
    ("Russia pulled funding from Ukrainian projects on Tuesday.", "SANCTION", "RUS", "UKR"),
    ("The Russian navy interdicted Ukrainian ships on Tuesday.", "COERCE", "RUS", "UKR"),
    ("Russian guards turned back Ukrainian trucks at the border on Tuesday.", "COERCE", "RUS", "UKR"),
    ("A Ukrainian boat was turned back by a Russian patrol on Tuesday.", "COERCE", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), SANCTION_MEASURES_34)
def test_events_news_wordings_measures_dealt_and_traffic_turned_back(
    pipeline: Pipeline, text: str, type_: str, actor: str, recipient: str
) -> None:
    assert (type_, [actor], [recipient]) in _events(pipeline, text)


def test_events_news_wordings_retaliation_with_a_duty_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine retaliated on Wednesday with a 40 per cent duty on Belarusian tractors."
    assert "SANCTION" in _types(pipeline, text)
    assert _types(pipeline, "Ukraine retaliated against the Russian attack on Tuesday.") == []


def test_events_news_wordings_measures_words_of_other_senses(rules_pipeline: Pipeline) -> None:
    for text in (
        "The Ukrainian economy was hit by falling grain prices.",
        "Russia placed Ukrainian firms on a watch list on Tuesday.",
        "The Ukrainian plane turned back on Tuesday, Russian officials said.",
        "Ukrainian drivers turned back at the Russian border on Tuesday.",
    ):
        assert _types(rules_pipeline, text) == [], text


def test_events_news_wordings_relief_trucked_in_or_ferried(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The World Food Programme has trucked in 1,200 tonnes of sorghum to Ethiopia.",
        "Kenyan planes ferried food and medicine to Somali villages on Saturday.",
    ):
        assert "AID" in _types(pipeline, text), text
    assert _types(pipeline, "Kenyan ferries ferried tourists to Tanzania on Saturday.") == []


def test_events_news_wordings_let_go_with_the_freed_as_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "let" an auxiliary of "go", whose object is then the people freed
    assert ("RETREAT", ["NGA"], ["GHA"]) in _events(pipeline, "Nigerian police let go two Ghanaian fishermen.")
