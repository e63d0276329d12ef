"""The word sets the events stage reads, loaded from ``data/event_words.tsv`` plus the user's files."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._columns import children_of
from ..knowledge import knowledge_files, read_table, resolve_words
from ._data_rows import load_lemma_fixes

__all__ = [
    "EventWords",
    "has_definite_article",
    "has_definite_determiner",
    "has_definite_left_determiner",
    "has_determiner",
    "has_indefinite_determiner",
    "load_event_words",
    "word_in",
]

_FILE = "event_words.tsv"
_TABLE = "event_words"
#: Sets whose words carry a number in the ``value`` column.
_VALUED = ("number_word", "later_unit")


@dataclass(frozen=True, slots=True)
class EventWords:
    """One frozenset of lower-case words per set of ``event_words.tsv`` (see the file for what each is for),
    and the lists the events stage shares with the resolve stage, read from ``resolve_words.tsv``.

    The attribute names are the set names of the file, so a word found in the file is found in the code
    by the same name.
    """

    # modality
    speech_verb: frozenset[str]
    reported_state_verb: frozenset[str]
    alleging_verb: frozenset[str]
    wrongdoing_verb: frozenset[str]
    attempt_verb: frozenset[str]
    hypothetical_determiner: frozenset[str]
    statement_verb: frozenset[str]
    judging_verb: frozenset[str]
    naming_verb: frozenset[str]
    answer_verb: frozenset[str]
    answer_noun: frozenset[str]
    negating_head: frozenset[str]
    restraint_verb: frozenset[str]
    negating_prep: frozenset[str]
    refrained_prep: frozenset[str]
    cost_word: frozenset[str]
    denying_determiner: frozenset[str]
    denial_verb: frozenset[str]
    claim_noun: frozenset[str]
    ending_verb: frozenset[str]
    completing_verb: frozenset[str]
    lasted_protest: frozenset[str]
    length_adjective: frozenset[str]
    force_member: frozenset[str]
    future_head: frozenset[str]
    schedule_copula: frozenset[str]
    pending_mark: frozenset[str]
    awaiting_prep: frozenset[str]
    coming_prep: frozenset[str]
    background_mark: frozenset[str]
    wanted_participle: frozenset[str]
    itinerary_verb: frozenset[str]
    obligation_head: frozenset[str]
    continuing_verb: frozenset[str]
    future_modifier: frozenset[str]
    commitment_aux: frozenset[str]
    conditional_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    inverted_condition_aux: frozenset[str]
    perfect_aux: frozenset[str]
    satisfy_verb: frozenset[str]
    requirement_noun: frozenset[str]
    aim_noun: frozenset[str]
    background_prep: frozenset[str]
    response_word: frozenset[str]
    withheld_grant: frozenset[str]
    answered_request: frozenset[str]
    granted_request_prep: frozenset[str]
    regional_adjective: frozenset[str]
    regional_gathered: frozenset[str]
    advice_aux: frozenset[str]
    demand_speech_verb: frozenset[str]
    going_future: frozenset[str]
    directive_verb: frozenset[str]
    causative_verb: frozenset[str]
    refuge_verb: frozenset[str]
    condition_mark: frozenset[str]
    condition_bound: frozenset[str]
    threat_condition: frozenset[str]
    held_threat_mark: frozenset[str]
    forecast_adjective: frozenset[str]
    wish_word: frozenset[str]
    desire_verb: frozenset[str]
    retort_verb: frozenset[str]
    past_reference: frozenset[str]
    number_word: dict[str, int]
    later_unit: dict[str, int]
    date_prep: frozenset[str]
    boundary_prep: frozenset[str]
    boundary_noun: frozenset[str]
    time_prep: frozenset[str]
    occasion_prep: frozenset[str]
    occasion_noun: frozenset[str]
    outcome_verb: frozenset[str]
    outcome_meeting: frozenset[str]
    past_time_prep: frozenset[str]
    ending_occasion_prep: frozenset[str]
    held_meeting_prep: frozenset[str]
    adjunct_meeting_prep: frozenset[str]
    adjunct_meeting: frozenset[str]
    adjunct_party_prep: frozenset[str]
    spoken_act_noun: frozenset[str]
    author_prep: frozenset[str]
    habitual_adverb: frozenset[str]
    span_noun: frozenset[str]
    span_modifier: frozenset[str]
    long_span_noun: frozenset[str]
    lasting_state_verb: frozenset[str]
    grievance_verb: frozenset[str]
    long_adverb: frozenset[str]
    standing_prep: frozenset[str]
    standing_gerund: frozenset[str]
    detention_since_verb: frozenset[str]
    # type decisions
    decision_verb: frozenset[str]
    taken_decision: frozenset[str]
    concession_head: frozenset[str]
    apology_word: frozenset[str]
    protest_accompaniment: frozenset[str]
    contact_verb: frozenset[str]
    summoning_verb: frozenset[str]
    telling_participle: frozenset[str]
    pact_participle: frozenset[str]
    gift_participle: frozenset[str]
    funding_verb: frozenset[str]
    quantity_word: frozenset[str]
    degree_noun: frozenset[str]
    source_prep: frozenset[str]
    message_noun: frozenset[str]
    transport_verb: frozenset[str]
    relief_cue: frozenset[str]
    consent_noun: frozenset[str]
    military_force: frozenset[str]
    readiness_word: frozenset[str]
    pledge_noun: frozenset[str]
    renewing_verb: frozenset[str]
    background_label: frozenset[str]
    lethal_act: frozenset[str]
    lethal_weapon: frozenset[str]
    hand_weapon: frozenset[str]
    visit_word: frozenset[str]
    describing_journey_verb: frozenset[str]
    courtesy_visit: frozenset[str]
    exercise_noun: frozenset[str]
    home_council: frozenset[str]
    owned_council: frozenset[str]
    home_council_prep: frozenset[str]
    pointed_demand: frozenset[str]
    demand_content_prep: frozenset[str]
    consent_prep: frozenset[str]
    setting_meeting: frozenset[str]
    setting_prep: frozenset[str]
    setting_party_prep: frozenset[str]
    command_verb: frozenset[str]
    handover_verb: frozenset[str]
    # actors and recipients
    recipient_prep: frozenset[str]
    cooperation_prep: frozenset[str]
    meeting_prep: frozenset[str]
    aid_request_prep: frozenset[str]
    receiving_verb: frozenset[str]
    giver_prep: frozenset[str]
    sender_prep: frozenset[str]
    mobilize_prep: frozenset[str]
    deployment_prep: frozenset[str]
    placing_verb: frozenset[str]
    placing_prep: frozenset[str]
    strengthening_verb: frozenset[str]
    between_prep: frozenset[str]
    part_prep: frozenset[str]
    letting_verb: frozenset[str]
    kind_prep: frozenset[str]
    noun_actor_prep: frozenset[str]
    belonging_prep: frozenset[str]
    side_prep: frozenset[str]
    insider_noun: frozenset[str]
    insider_prep: frozenset[str]
    voice_noun: frozenset[str]
    voice_prep: frozenset[str]
    held_origin_prep: frozenset[str]
    nationals_whole: frozenset[str]
    nationals_part: frozenset[str]
    destination_prep: frozenset[str]
    opposed_prep: frozenset[str]
    demand_verb: frozenset[str]
    grievance_prep: frozenset[str]
    protest_object_prep: frozenset[str]
    topic_prep: frozenset[str]
    forum_prep: frozenset[str]
    complaint_noun: frozenset[str]
    complaint_verb: frozenset[str]
    locative_prep: frozenset[str]
    area_prep: frozenset[str]
    street_prep: frozenset[str]
    protest_aim: frozenset[str]
    pressed_ask: frozenset[str]
    person_relative: frozenset[str]
    envoy_noun: frozenset[str]
    envoy_post_prep: frozenset[str]
    guest_modifier: frozenset[str]
    side_traveller: frozenset[str]
    host_participle: frozenset[str]
    host_party: frozenset[str]
    person_pronoun: frozenset[str]
    speaker_pronoun: frozenset[str]
    quote_self_pronoun: frozenset[str]
    body_pronoun: frozenset[str]
    issued_text: frozenset[str]
    reported_text: frozenset[str]
    reported_access: frozenset[str]
    empty_subject_verb: frozenset[str]
    commentator_noun: frozenset[str]
    forecast_verb: frozenset[str]
    warning_verb: frozenset[str]
    threat_head_verb: frozenset[str]
    relation_noun: frozenset[str]
    pair_word: frozenset[str]
    pair_head: frozenset[str]
    pair_state_head: frozenset[str]
    pair_person_head: frozenset[str]
    pair_anyone_head: frozenset[str]
    summit_member: frozenset[str]
    tip_noun: frozenset[str]
    service_sector: frozenset[str]
    states_at_large: frozenset[str]
    mutual_verb: frozenset[str]
    signing_word: frozenset[str]
    signing_partner_prep: frozenset[str]
    reciprocal_object: frozenset[str]
    other_one_object: frozenset[str]
    distributive_word: frozenset[str]
    distributive_head: frozenset[str]
    currency_word: frozenset[str]
    organisation_noun: frozenset[str]
    igo_head_title: frozenset[str]
    igo_work_noun: frozenset[str]
    igo_agent_noun: frozenset[str]
    summit_text_noun: frozenset[str]
    body_meeting: frozenset[str]
    body_noun: frozenset[str]
    led_body_noun: frozenset[str]
    leading_verb: frozenset[str]
    joint_mark: frozenset[str]
    proxy_verb: frozenset[str]
    authored_text: frozenset[str]
    authoring_verb: frozenset[str]
    fired_from_verb: frozenset[str]
    firing_ground: frozenset[str]
    not_actor: frozenset[str]
    not_group: frozenset[str]
    unpolitical_body: frozenset[str]
    unpolitical_field: frozenset[str]
    condition_noun: frozenset[str]
    forecast_prep: frozenset[str]
    counterpart_noun: frozenset[str]
    neighbour_noun: frozenset[str]
    neighbour_adjective: frozenset[str]
    office_title: frozenset[str]
    holder_title: frozenset[str]
    body_possessive: frozenset[str]
    ethnic_word: frozenset[str]
    talk_noun: frozenset[str]
    hosted_meeting: frozenset[str]
    border_noun: frozenset[str]
    abroad_cue: frozenset[str]
    home_group: frozenset[str]
    own_following: frozenset[str]
    seized_goods: frozenset[str]
    stateless_armed: frozenset[str]
    local_gunmen: frozenset[str]
    deed_doer: frozenset[str]
    crime_word: frozenset[str]
    police_force: frozenset[str]
    show_of_force: frozenset[str]
    war_craft: frozenset[str]
    protest_doer: frozenset[str]
    mission_noun: frozenset[str]
    host_word: frozenset[str]
    crew_noun: frozenset[str]
    crewed_vehicle: frozenset[str]
    told_back_people: frozenset[str]
    earlier_people: frozenset[str]
    nation_collective: frozenset[str]
    owners_possessive: frozenset[str]
    origin_verb: frozenset[str]
    former_word: frozenset[str]
    state_noun: frozenset[str]
    ruler_title: frozenset[str]
    ministry_noun: frozenset[str]
    office_of_noun: frozenset[str]
    portfolio_word: frozenset[str]
    issuer_body: frozenset[str]
    government_level: frozenset[str]
    reporter_noun: frozenset[str]
    local_level: frozenset[str]
    local_seat: frozenset[str]
    local_office: frozenset[str]
    custody_harm_verb: frozenset[str]
    custody_word: frozenset[str]
    freeing_noun: frozenset[str]
    freeing_verb: frozenset[str]
    receiver_prep: frozenset[str]
    route_prep: frozenset[str]
    casualty_verb: frozenset[str]
    deadline_verb: frozenset[str]
    restated_noun: frozenset[str]
    seat_building: frozenset[str]
    seat_prep: frozenset[str]
    withdrawn_particle: frozenset[str]
    # lists of ``resolve_words.tsv`` (``_RESOLVE_WORD_SETS``): the resolve stage reads the same words
    future_aux: frozenset[str]
    length_unit: frozenset[str]
    definite_determiner: frozenset[str]
    definite_article: frozenset[str]
    indefinite_determiner: frozenset[str]
    # built from the sets above when loading
    past_reference_re: re.Pattern[str]
    later_re: re.Pattern[str]
    #: (form, part of speech) -> true lemma, from ``lemma_fixes.tsv`` (bundled and the user's): the word-set
    #: checks read it through ``_lexicon.true_lemma``, as the trigger lexicon does
    lemma_fixes: dict[tuple[str, str], str]


#: Fields read from another table than ``event_words.tsv``.
_OTHER_TABLES = ("lemma_fixes",)
#: Fields that are roles of the bundled ``resolve_words.tsv``: the resolve stage reads the same words, so
#: each list is kept once, there (a user's ``event_words.tsv`` naming one stops with E301, unknown set).
_RESOLVE_WORD_SETS = (
    "future_aux",
    "length_unit",
    "definite_determiner",
    "definite_article",
    "indefinite_determiner",
)
#: The set names a file may use: every field but the patterns built from them and the other tables.
SET_NAMES = tuple(
    f.name
    for f in fields(EventWords)
    if not f.name.endswith("_re") and f.name not in _OTHER_TABLES and f.name not in _RESOLVE_WORD_SETS
)


def _alternatives(words: frozenset[str] | dict[str, int]) -> str:
    # longest first, so that no word stops the regex engine before a longer one that starts the same
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _read(files: list[Path]) -> dict[str, dict[str, int | None]]:
    """Words of every set, bundled file first; a user file's words are added to its sets."""
    found: dict[str, dict[str, int | None]] = {name: {} for name in SET_NAMES}
    for path in files:
        for row in read_table(path, _TABLE, ("set", "word"), ("value",)):
            name, word, value = row.get("set"), row.get("word").lower(), row.get("value")
            if name not in found:
                raise row.error(f"unknown set {name!r} (known: {', '.join(SET_NAMES)})")
            if name in _VALUED:
                if not value.isdigit():
                    raise row.error(f"set {name!r} needs a whole number in the value column, not {value!r}")
                found[name][word] = int(value)
            else:
                found[name][word] = None
    return found


def load_event_words(extra_dirs: tuple[Path, ...] = ()) -> EventWords:
    """The bundled ``event_words.tsv`` plus each folder's file of that name (once per folder list).

    Raises:
        KnowledgeError: a malformed file or an unknown set name (the message names the file and line).
    """
    return _load(tuple(Path(p).resolve() for p in extra_dirs))


@lru_cache(maxsize=4)
def _load(extra_dirs: tuple[Path, ...]) -> EventWords:
    found = _read(knowledge_files(_FILE, extra_dirs))
    numbers = {word: value for word, value in found.pop("number_word").items() if value is not None}
    units = {word: value for word, value in found.pop("later_unit").items() if value is not None}
    sets = {name: frozenset(words) for name, words in found.items()}
    # a commitment is made with any future auxiliary too ("will not recognise"): that list is kept once
    sets["commitment_aux"] |= resolve_words("future_aux")
    # "\d{4}s" is no word: "the 1990s" is a past decade whatever the words
    past = re.compile(rf"\b({_alternatives(sets['past_reference'])}|\d{{4}}s)\b")
    later = re.compile(rf"\b(\d+|{_alternatives(numbers)})\s+({_alternatives(units)})\s+later\b")
    return EventWords(
        **sets,  # every other set name is a frozenset field (SET_NAMES)
        **{name: resolve_words(name) for name in _RESOLVE_WORD_SETS},
        number_word=numbers,
        later_unit=units,
        past_reference_re=past,
        later_re=later,
        lemma_fixes=load_lemma_fixes(extra_dirs),
    )


def word_in(token: Any, values: Container[str]) -> bool:
    """The spaCy token's lemma or its lower-case form is one of ``values`` (a word set of
    ``event_words.tsv``): the lemma finds "seized" under "seize", the form finds a word whose lemma
    the parser got wrong."""
    return token.lemma_.lower() in values or token.lower_ in values


def has_determiner(noun: Any, values: Container[str]) -> bool:
    """The noun has a determiner (a "det" child) that is one of ``values`` (a word set of
    ``event_words.tsv``): "each side", "any force", "the talks"."""
    for c in children_of(noun):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and this is asked often)
        if c.dep_ == "det" and c.lower_ in values:
            return True
    return False


def has_definite_determiner(noun: Any, words: EventWords) -> bool:
    """ "the talks", "these demands": the noun's determiner (resolve_words.tsv definite_determiner) points
    back at what the story told."""
    return has_determiner(noun, words.definite_determiner)


def has_definite_left_determiner(noun: Any, words: EventWords) -> bool:
    """:func:`has_definite_determiner` read before the noun only: a "that" the parser hangs after the
    noun as its determiner is a relative clause's ("the men that fled"), so for a phrase whose other
    left words are read too (``_earlier_people``) the determiner is one of them."""
    return any(t.dep_ == "det" and t.lower_ in words.definite_determiner for t in noun.lefts)


def has_definite_article(noun: Any, words: EventWords) -> bool:
    """ "the leaders", "the city": the article alone (resolve_words.tsv definite_article), not every
    definite determiner: "the leaders" are the parties the story has (its pair, a summit's members) and
    "the city" as a subject its government, while a demonstrative ("these leaders", "this city") points
    at the people or place just named or the speaker's own."""
    return has_determiner(noun, words.definite_article)


def has_indefinite_determiner(noun: Any, words: EventWords) -> bool:
    """ "a charge", "an official visit": the noun (resolve_words.tsv indefinite_determiner) is told for the
    first time, not pointing back at one told before."""
    return has_determiner(noun, words.indefinite_determiner)
