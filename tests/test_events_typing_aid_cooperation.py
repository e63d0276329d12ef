"""Type decisions for aid, cooperation and releases (parley.events._typing)."""

from __future__ import annotations

from _events_setup import matched_type as _matched_type
from parley.document import Entity
from parley.events._act_kinds import is_joint_exercise
from parley.events._lexicon import Trigger
from parley.events._typing import TriggerMatcher, reclassified_type


def test_events_typing_releasing_a_video_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("The army released a video of the pilot.", "He objected to the footage released by the army."):
        doc = pipeline.nlp(text)
        verb = next(t for t in doc if t.lower_ == "released")
        assert matcher.match(verb) is None, text
    prisoners = pipeline.nlp("The army released the prisoners.")
    match = matcher.match(prisoners[2])
    assert match is not None and match.type == "RETREAT"


def test_events_typing_handing_over_money_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    cheque = matcher.match(pipeline.nlp("Tokyo handed over a cheque to the Red Cross.")[1])
    assert cheque is not None and cheque.type == "AID"
    pilot = matcher.match(pipeline.nlp("Pakistan handed over the pilot to India.")[1])
    assert pilot is not None and pilot.type == "RETREAT"


def test_events_typing_handing_over_suspects_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    robbers = pipeline.nlp("Nigeria handed over 11 suspected highway robbers to Nigerien police.")
    assert _matched_type(matcher, robbers, "handed") == "COOPERATE"
    soldiers = pipeline.nlp("Eritrea handed 60 captured Djiboutian soldiers to Red Cross delegates.")
    assert _matched_type(matcher, soldiers, "handed") == "RETREAT"  # without "over": the object says so


def test_events_typing_letting_captives_go_is_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    go = pipeline.nlp("The fishermen were let go on Saturday.")
    assert _matched_type(matcher, go, "let") == "RETREAT"


def test_events_typing_handing_over_wanted_people_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    wanted = pipeline.nlp("Mauritania handed over two Malian nationals wanted for a hotel attack to Malian police.")
    assert _matched_type(matcher, wanted, "handed") == "COOPERATE"  # "wanted" tells a suspect, not a captive
    suspected = pipeline.nlp("Togo turned over 15 Beninese nationals suspected of smuggling fuel to Benin.")
    assert _matched_type(matcher, suspected, "turned") == "COOPERATE"
    captives = pipeline.nlp("Eritrea handed over 60 captured Djiboutian soldiers to Red Cross delegates.")
    assert _matched_type(matcher, captives, "handed") == "RETREAT"  # captured, not wanted: a release
    misread = pipeline.nlp("Zambian police handed over to Malawi last month two suspects wanted over a bank robbery.")
    assert _matched_type(matcher, misread, "handed") == "COOPERATE"  # parsed as a clause "suspects wanted ..."
    cash = pipeline.nlp("Moscow transferred $20 million to the Kazakh treasury.")
    assert _matched_type(matcher, cash, "transferred") == "AID"  # a sum moved, not people handed over


def test_events_typing_joint_drills_and_operations_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    drills = pipeline.nlp("The two navies held joint search-and-rescue drills off Colonia.")
    assert _matched_type(matcher, drills, "drills") == "COOPERATE"  # the joint row comes before the bare one
    alone = pipeline.nlp("The navy held drills off Colonia.")
    assert _matched_type(matcher, alone, "drills") == "MOBILIZE"
    patrols = pipeline.nlp("Jordanian and Iraqi units started coordinated patrols along the border.")
    assert _matched_type(matcher, patrols, "patrols") == "COOPERATE"
    operation = pipeline.nlp("Kenyan and Ethiopian police conducted a joint operation near Moyale.")
    assert _matched_type(matcher, operation, "operation") == "COOPERATE"
    own = pipeline.nlp("Kenyan police conducted an operation near Moyale.")
    assert _matched_type(matcher, own, "operation") is None


def test_events_typing_training_or_working_together_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    together = pipeline.nlp("Kazakh and Uzbek officers train together at a police academy in Almaty.")
    assert _matched_type(matcher, together, "train") == "COOPERATE"
    troops = pipeline.nlp("Britain will train Kenyan troops.")
    assert _matched_type(matcher, troops, "train") == "AID"  # training someone else's forces is help
    alone = pipeline.nlp("Kazakh officers train at a police academy in Almaty.")
    assert _matched_type(matcher, alone, "train") is None
    sharing = pipeline.nlp("The rescue was the fruit of intelligence sharing with Malaysian forces.")
    assert _matched_type(matcher, sharing, "sharing") == "COOPERATE"


def test_events_typing_an_exercise_of_several_states_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    drill = Trigger("exercise", "NOUN", "MOBILIZE", "troops", None, "", "default")
    both = [Entity(code="NOR", sector="MIL", entity_text="Norway's coast guard"), Entity(code="RUS", sector="MIL")]
    held = pipeline.nlp("Norway's coast guard and the Russian border service held their annual exercise.")
    exercise = next(t for t in held if t.lower_ == "exercise")
    assert reclassified_type("MOBILIZE", drill, exercise, both, words) == "COOPERATE"
    assert reclassified_type("MOBILIZE", drill, exercise, both[:1], words) == "MOBILIZE"  # a show of force
    partner = pipeline.nlp("The French frigate carried out an exercise with Mozambican patrol boats.")
    assert is_joint_exercise(next(t for t in partner if t.lower_ == "exercise"), both[:1], words)
    troops = pipeline.nlp("Russia moved troops to the border.")
    assert not is_joint_exercise(troops[2], both, words)  # only exercises are done together


def test_events_typing_joint_bodies_shared_records_and_exchanges(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    venture = pipeline.nlp("Latvian Railways set up a joint venture with Uzbekistan's state railway company.")
    assert _matched_type(matcher, venture, "venture") == "COOPERATE"
    nested = pipeline.nlp("Iranian and Omani warships began a joint search-and-rescue exercise on Tuesday.")
    assert _matched_type(matcher, nested, "exercise") == "COOPERATE"  # "joint" hangs on "search"
    database = pipeline.nlp("Croatian and Slovenian customs officers now share a database of stolen cars.")
    assert _matched_type(matcher, database, "share") == "COOPERATE"
    border = pipeline.nlp("Croatia and Slovenia share a border.")
    assert _matched_type(matcher, border, "share") is None
    prisoners = pipeline.nlp("The two countries exchanged prisoners after the ceasefire.")
    assert _matched_type(matcher, prisoners, "exchanged") == "RETREAT"  # a release, not cooperation
    views = pipeline.nlp("The two ministers exchanged views on the border.")
    assert _matched_type(matcher, views, "exchanged") == "CONSULT"
    accusations = pipeline.nlp("The two countries traded accusations of sheltering rebels.")
    assert _matched_type(matcher, accusations, "traded") is None


def test_events_typing_setting_captives_free_is_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Gabon set free nine of the sailors on Monday.", "The kidnappers set the teachers free."):
        assert _matched_type(matcher, pipeline.nlp(text), "set") == "RETREAT", text


def test_events_typing_evacuating_the_wounded_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Kenyan helicopters evacuated the wounded to Nairobi.", "The navy evacuated 12 injured sailors."):
        assert _matched_type(matcher, pipeline.nlp(text), "evacuated") == "AID", text
    embassy = pipeline.nlp("France evacuated its embassy staff from Niamey.")
    assert _matched_type(matcher, embassy, "evacuated") == "RETREAT"


def test_events_typing_deposits_and_payments_for_others_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    deposit = pipeline.nlp("Qatar deposited $1 billion with the central bank of Egypt.")
    assert _matched_type(matcher, deposit, "deposited") == "AID"
    paid = pipeline.nlp("Norway paid for the new border scanners.")
    assert _matched_type(matcher, paid, "paid") == "AID"
    rations = pipeline.nlp("The Red Cross handed out rations in the camp.")
    assert _matched_type(matcher, rations, "handed") == "AID"


def test_events_typing_gifts_named_by_with_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    provided = pipeline.nlp("Japan provided the Philippine coast guard with ten patrol boats.")
    assert _matched_type(matcher, provided, "provided") == "AID"
    presented = pipeline.nlp("Vietnam presented Lao police with 20 motorbikes.")
    assert _matched_type(matcher, presented, "presented") == "AID"
    financed = pipeline.nlp("The Kuwaiti fund has financed 12 projects in Sudan.")
    assert _matched_type(matcher, financed, "financed") == "AID"
    report = pipeline.nlp("The minister presented the report to parliament.")
    assert _matched_type(matcher, report, "presented") is None


def test_events_typing_water_sent_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert _matched_type(matcher, pipeline.nlp("Greece sent two water bombers to Albania."), "sent") == "AID"
