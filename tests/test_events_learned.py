"""The learned coder in the events stage (``--coder learned``): the rules' events stay, the model
adds wordings the lexicon does not have, and it says what did not happen."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import ActorMention, Article, Entity
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def learned() -> Pipeline:
    return Pipeline(Settings(coder="learned"))


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(Settings(coder="rules"))


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    article = Article(id="t", text=text, published=date(2024, 5, 8))
    (doc,) = list(pipeline.process([article]))
    return [(e.event, tuple(sorted(e.actor_codes)), tuple(sorted(e.recipient_codes)), e.modality) for e in doc.events]


def _mention_at(tok: object) -> ActorMention:
    """A one-word actor mention of the token ``tok`` (the guard reads only where it starts)."""
    i = tok.i  # type: ignore[attr-defined]
    return ActorMention(0, 1, "x", Entity(code="UNO"), token_start=i, token_end=i + 1)


def test_events_learned_is_the_default_coder() -> None:
    assert Settings().coder == "learned"


def test_events_learned_keeps_what_the_rules_find(learned: Pipeline, rules: Pipeline) -> None:
    text = "France expelled two Iranian diplomats on Monday. Japan did not condemn China over the incident."
    assert set(_events(rules, text)) <= set(_events(learned, text))


def test_events_learned_drops_negated_and_hypothetical_mentions(learned: Pipeline) -> None:
    assert not any(e[0] == "ASSAULT" for e in _events(learned, "If Serbia attacks Kosovo, NATO could send troops."))
    assert _events(learned, "Japan did not condemn China over the incident.") == []


def test_events_learned_event_carries_its_modality(learned: Pipeline) -> None:
    found = _events(learned, "Kenya pledged to send 400 police officers to Haiti.")
    assert ("AGREE", ("KEN",), ("HTI",), "asserted") in found


def test_events_learned_unknown_coder_is_refused() -> None:
    from parley.errors import SettingsError

    with pytest.raises(SettingsError) as info:
        Settings(coder="oracle")
    assert info.value.code == "E604"


def test_events_learned_role_features_of_views_equal_those_of_spacy_tokens(learned: Pipeline) -> None:
    from parley.coder._roles import role_features
    from parley.coder._view import token_views
    from parley.document import Document
    from parley.mentions import MentionFinder

    text = (
        "Kenya's foreign minister, who arrived in Kampala on Monday, accused Ethiopia of backing the rebels "
        "that attacked Somalia, while France said it would send aid to Sudan and Chad."
    )
    finder = next(c for c in learned.components if isinstance(c, MentionFinder))
    doc = Document(article=Article(id="t", text=text, published=date(2024, 5, 8)), text=text)
    doc.spacy = learned.nlp(text)
    mentions = finder(doc).actor_mentions
    views = token_views(doc.spacy)
    pairs = [(t, m) for t in doc.spacy if t.pos_ in {"VERB", "NOUN"} for m in mentions]
    assert len(mentions) >= 4 and len(pairs) > 20
    for trigger, m in pairs:
        assert role_features(trigger, m, "ACCUSE", doc.spacy, views) == role_features(trigger, m, "ACCUSE", doc.spacy)


def test_events_learned_pronoun_subject_is_kept_by_the_role_labeller(learned: Pipeline) -> None:
    text = (
        "President Gustavo Petro toured the flooded coast on Friday. "
        "He met the envoys of Spain, Norway, Sweden and Japan on Tuesday evening and asked them to urge "
        "Caracas to free the prisoners."
    )
    found = _events(learned, text)
    # the envoys called on him (PLOVER: the visitor acts); "He" is still Petro, the meeting's host
    assert ("CONSULT", ("ESP", "JPN", "NOR", "SWE"), ("COL",)) in [e[:3] for e in found]
    assert next(e for e in found if e[0] == "REQUEST")[1] == ("COL",)


def test_events_learned_sure_model_retypes_a_lexicon_word(learned: Pipeline, rules: Pipeline) -> None:
    text = (
        "The militia leader told radio that his fighters would defend themselves if Ugandan troops entered the valley."
    )
    assert "THREATEN" not in [e[0] for e in _events(rules, text)]
    assert [e[0] for e in _events(learned, text)] == ["THREATEN"]


def test_events_learned_threat_overrides_a_promise_reading() -> None:
    from parley.events import promised_threat
    from parley.events._candidates import Candidate
    from parley.events._lexicon import Trigger

    row = Trigger("defend", "VERB", "SUPPORT", None, "051", "", "default")
    promised = Candidate(trigger=row, token=None, type="AGREE", modality="future")
    told = Candidate(trigger=row, token=None, type="SUPPORT", modality="asserted")
    assert promised_threat("THREATEN", promised)  # "would guard its coast if the raids went on"
    assert not promised_threat("THREATEN", told)  # a told defence needs a sure model to become a threat
    assert not promised_threat("ACCUSE", promised)


def test_events_learned_clause_completing_a_lexicon_verb_is_not_a_second_event(learned: Pipeline) -> None:
    # the parser takes "persona" for the verb of a small clause whose subject is the expelled diplomats
    text = "Zimbabwe on Thursday declared two Zambian diplomats persona non grata."
    sanctions = [e for e in _events(learned, text) if e[0] == "SANCTION"]
    assert sanctions == [("SANCTION", ("ZWE",), ("ZMB",), "asserted")]


def test_events_learned_role_labeller_does_not_make_the_forum_of_a_complaint_the_accused(learned: Pipeline) -> None:
    text = (
        "Zimbabwe imposed a levy on South African goods last month. Harare had complained to the Southern "
        "African Development Community that the levy violated the bloc's trade protocol."
    )
    complaints = [e for e in _events(learned, text) if e[0] == "ACCUSE"]
    assert complaints and all("IGO" not in e[2] for e in complaints)


def test_events_learned_promised_withdrawal_is_one_concession(learned: Pipeline) -> None:
    events = _events(learned, "Ethiopia and Sudan agreed on Monday to pull their troops back from the farmland.")
    assert [e[0] for e in events] == ["CONCEDE"]


def test_events_learned_negated_refusal_is_no_rejection(learned: Pipeline) -> None:
    # the negation denies the refusal: the sanctions are left open, the proposal was not turned down
    assert _events(learned, "Kenya has not ruled out new sanctions against Uganda.") == []
    assert _events(learned, "Ghana did not reject the proposal from Togo.") == []
    assert ("REJECT", ("GHA",), ("TGO",), "asserted") in _events(learned, "Ghana rejected the proposal from Togo.")


def test_events_learned_denied_doer_denies_the_act(learned: Pipeline) -> None:
    # a subject no one fills ("no arrests") denies the act the model reads at the verb
    text = "Police in Ghana said no arrests had been made after the clash with Togolese traders."
    assert not any(e[0] == "COERCE" for e in _events(learned, text))
    assert ("REJECT", ("UGA",), ("KEN",), "asserted") in _events(
        learned, "Uganda would not allow the Kenyan lorries to cross."
    )


def test_events_learned_act_told_with_would_is_announced(learned: Pipeline) -> None:
    # "would" under a verb of speech announces the act for later, whatever the model's modality
    found = _events(learned, "Bolivia said it would send 40 engineers and two bulldozers to Peru within a week.")
    assert ("AGREE", ("BOL",), ("PER",), "future") in found
    assert not any(e[0] == "AID" for e in found)
    assert _events(learned, "Lima said it would protest formally.") == []


def test_learned_blocking_in_protest_is_a_protest(learned: Pipeline) -> None:
    types = [
        e[0]
        for e in _events(
            learned, "Ghanaian drivers blocked the Aflao crossing on Monday in protest at new Togolese fees."
        )
    ]
    assert "PROTEST" in types and "ACCUSE" not in types and "COERCE" not in types


def test_learned_crowd_setting_fire_to_a_post_riots(learned: Pipeline) -> None:
    types = [
        e[0]
        for e in _events(learned, "Angry Kenyan traders set fire to a customs post at the Busia crossing on Monday.")
    ]
    assert "PROTEST" in types and "ASSAULT" not in types


def test_events_learned_deed_asked_of_another_is_no_deed(learned: Pipeline) -> None:
    # the reopening is what the Union asks of Kenya: its call is the event, no withdrawal happened
    events = _events(learned, "The African Union called on Kenya to reopen the border crossing with Somalia.")
    assert [e[0] for e in events] == ["REQUEST"]
    assert [e[0] for e in _events(learned, "Uganda wants Kenya to scrap the new transit fee on its lorries.")] == [
        "REQUEST"
    ]


def test_events_learned_offer_on_condition_is_no_deed(learned: Pipeline) -> None:
    # the pardon and the lifting are offered for a condition: nothing was conceded or withdrawn yet
    text = "Chad's president said on Monday he would consider a pardon if the company paid its debts."
    assert not any(e[0] == "CONCEDE" for e in _events(learned, text))
    text = "Niger said it would lift the ban on Benin's lorries if Cotonou reopened the port."
    assert not any(e[0] == "RETREAT" for e in _events(learned, text))


def test_events_learned_warning_of_what_a_thing_could_do_is_no_threat(learned: Pipeline) -> None:
    text = "The World Health Organization warned that the floods could cut off food supplies to millions."
    assert not any(e[0] == "THREATEN" for e in _events(learned, text))


def test_events_learned_restated_signing_is_one_event(learned: Pipeline) -> None:
    text = (
        "Kenya concluded a defence pact with Uganda on Friday. "
        "The pact was concluded during a visit to Kampala by the Kenyan defence minister."
    )
    assert [e[0] for e in _events(learned, text)].count("SUPPORT") == 1


def test_events_learned_alleged_act_is_no_event_of_its_own(learned: Pipeline, rules: Pipeline) -> None:
    # "accused X of holding": the detention is what is alleged, as the rules read it, not a COERCE by the accuser
    text = "Peru accused Ecuador on Monday of holding four Peruvian fishermen."
    for pipeline in (learned, rules):
        assert [e[0] for e in _events(pipeline, text)] == ["ACCUSE"]


def test_events_learned_name_in_the_subject_of_an_agentless_passive_is_no_actor(learned: Pipeline) -> None:
    # the role labeller once took the "by" agent of a verb nested in the subject for the seizer
    text = (
        "Myanmar's junta has kept foreign aid workers out. "
        "Planeloads of rice sent by the World Food Programme were seized at Yangon airport."
    )
    seized = [e for e in _events(learned, text) if e[0] == "COERCE"]
    assert seized
    assert all("UNO" not in actors for _, actors, _, _ in seized)
    assert ("COERCE", ("MMR",), ("UNO",), "asserted") in seized


def test_events_learned_sufferer_phrase_is_only_the_agentless_subject() -> None:
    from types import SimpleNamespace

    from parley.events._sufferer_mentions import in_sufferer_phrase
    from parley.parse import load_model

    nlp = load_model(Settings().model)
    sdoc = nlp("Planeloads of food shipped by the World Food Programme were impounded at the airport.")
    verb = next(t for t in sdoc if t.lemma_ == "impound")
    wfp = next(t for t in sdoc if t.text == "World")
    airport = next(t for t in sdoc if t.text == "airport")

    def cand(kind: str, mode: str | None = None) -> object:
        return SimpleNamespace(token=verb, type=kind, trigger=SimpleNamespace(type=kind, mode=mode))

    assert in_sufferer_phrase(cand("COERCE", "seize"), _mention_at(wfp))  # type: ignore[arg-type]
    assert not in_sufferer_phrase(cand("COERCE", "seize"), _mention_at(airport))  # type: ignore[arg-type]
    assert not in_sufferer_phrase(cand("MOBILIZE"), _mention_at(wfp))  # type: ignore[arg-type]
    assert not in_sufferer_phrase(cand("RETREAT", "withdraw"), _mention_at(wfp))  # type: ignore[arg-type]


def test_events_learned_sufferer_phrase_edge_cases() -> None:
    """The guard's edges: a "by" agent of the trigger itself names its doer (no guard); every conjunct of a
    coordinated subject is inside the phrase; a release ("were freed") guards its subject's captors too; a
    candidate retyped away from its "withdraw" trigger is guarded by its own type."""
    from types import SimpleNamespace

    from parley.events._sufferer_mentions import in_sufferer_phrase
    from parley.parse import load_model

    nlp = load_model(Settings().model)

    def cand(verb: object, kind: str, trigger: str | None = None, mode: str | None = None) -> object:
        return SimpleNamespace(token=verb, type=kind, trigger=SimpleNamespace(type=trigger or kind, mode=mode))

    def words(text: str, lemma: str) -> tuple[object, dict[str, object]]:
        sdoc = nlp(text)
        return next(t for t in sdoc if t.lemma_ == lemma), {t.text: t for t in sdoc}

    verb, tok = words("Food shipped by the World Food Programme were impounded by soldiers at the airport.", "impound")
    assert not in_sufferer_phrase(cand(verb, "COERCE"), _mention_at(tok["World"]))  # type: ignore[arg-type]
    verb, tok = words("Food shipped by the World Food Programme and tents sent by Oxfam were impounded.", "impound")
    for name in ("World", "Oxfam"):
        assert in_sufferer_phrase(cand(verb, "COERCE"), _mention_at(tok[name]))  # type: ignore[arg-type]
    verb, tok = words("Two aid workers held by the rebels were freed on Sunday.", "free")
    assert in_sufferer_phrase(cand(verb, "RETREAT", mode="release"), _mention_at(tok["rebels"]))  # type: ignore[arg-type]
    retyped = cand(verb, "COERCE", trigger="RETREAT", mode="withdraw")
    assert in_sufferer_phrase(retyped, _mention_at(tok["rebels"]))  # type: ignore[arg-type]
    assert not in_sufferer_phrase(cand(verb, "RETREAT", mode="withdraw"), _mention_at(tok["rebels"]))  # type: ignore[arg-type]
