"""One event per act: mentions of one type in one sentence are joined into one event, and joint
acts and meetings are oriented (who acts and who hosts) once their participants are known."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity, Event
from ..knowledge import NON_STATE_CODES, is_seat_city
from ..parse import OBJECT_DEPS
from ._coordinated_dispute import coordinated_dispute
from ._dated_apart import dated_apart
from ._entities import unique_by_code
from ._protest_aim_heads import aim_heads
from ._separate_acts import is_purpose_infinitive, separate_acts
from ._told_acts import demands_of_another
from ._type_sets import DETENTIONS, DISPUTE, FORCE, HOLD_ENDINGS, PROTEST_AIMS, SYMMETRIC
from ._words import EventWords

#: Acts whose unnamed receiver is the state they took place in (PLOVER requires a recipient of help and
#: cooperation; a meeting's is its host).
_PLACE_RECEIVES = frozenset({"CONSULT", "AID", "COOPERATE"})

__all__ = [
    "fold_protest_aims",
    "fold_release_handovers",
    "host_by_place",
    "joins_sentence_event",
    "orient_joint_act",
    "orient_meeting_host",
]


def joins_sentence_event(
    event: Event,
    others: list[Event],
    objects: dict[int, int | None] | None = None,
    words: EventWords | None = None,
    tokens: dict[int, Any] | None = None,
) -> bool:
    """Events of one type in one sentence are one event: symmetric ones pool their participants,
    others ("downed a cargo plane, killing three airmen") must share their actors, and are not coercive
    acts of different kinds on different things (``objects``: each event's object token, by ``id``).
    Training gold (stop 44 count): of the 385 joins the learned coder makes on the training corpus, 332
    fall in sentences the gold codes with one mention of the type (rules: 195 of 229); no shape of the
    other 53 (coordinated clauses with their own subjects 4 of 7, SANCTION verbs on different objects
    3 of 5, REQUEST 5 of 9) is one-sided enough to keep apart."""
    for other in others:
        if dated_apart(event, other, tokens or {}):
            continue  # "met in May, and ... met again in June": two acts, each dated in its own clause
        if _joins_one_sided(event, other, objects, words, tokens) or _purpose_of_act(event, other, tokens or {}):
            return True
    if event.event not in SYMMETRIC or (event.recipients and not _both_ways(event)):
        return False
    return _joins_symmetric(event, others, objects, words, tokens)


def _joins_one_sided(
    event: Event,
    other: Event,
    objects: dict[int, int | None] | None,
    words: EventWords | None,
    tokens: dict[int, Any] | None,
) -> bool:
    """``event`` repeats ``other`` (same type and actors), is one statement with it (a dispute), or one
    incident of force with it: ``other`` takes it in."""
    if (
        other.event == event.event
        and event.event not in SYMMETRIC
        and set(other.actor_codes) == set(event.actor_codes)
        and not separate_acts(event, other, objects or {}, words, tokens)
    ):
        if _naming_strength(event.recipients) > _naming_strength(other.recipients):
            # "signed an accord restoring ties with Oman": the mention that names the target gives
            # it; "blamed armed herders who he said had crossed from Ethiopia": a state named by its
            # name beats one guessed for a common noun ("herders")
            other.recipients = event.recipients
        other.mentions[0].event_text += f", {event.event_text}"
        return True
    if (
        {other.event, event.event} <= DISPUTE
        and not _allegation_beside_denial(event, other, objects or {})
        and not separate_acts(event, other, objects or {}, words, tokens)
        and not coordinated_dispute(event, other, tokens or {})
        and set(other.actor_codes) == set(event.actor_codes)
        and _same_addressee(other, event)
    ):
        # "would defy the embargo, which she called unlawful": one statement, coded once
        other.mentions[0].event_text += f", {event.event_text}"
        return True
    if (
        {other.event, event.event} == FORCE
        and set(other.actor_codes) == set(event.actor_codes)
        and not _detention_after_force(other, event)
    ):
        # "halted three barges and turned water cannon on their crews": one incident, coded by its worst act
        if event.event == "ASSAULT":
            other.event, other.mode, other.cameo = event.event, event.mode, event.cameo
            other.recipients = unique_by_code(other.recipients + event.recipients)
        other.mentions[0].event_text += f", {event.event_text}"
        return True
    return False


def _purpose_of_act(event: Event, other: Event, tokens: dict[int, Any]) -> bool:
    """ "is scheduled to visit Kuala Lumpur next week to discuss cooperation": a meeting (or other act
    of both sides) whose aim, a to-infinitive of the same type between the same sides, is told after
    it is one act; ``other`` takes it in. Training gold: of the 16 sentences with a planned visit or
    meeting followed by "to discuss/review/sign/finalise ...", 15 code one mention; the one with two
    ("to meet ... to sign an agreement") codes the signing as another type (SUPPORT)."""
    if other.event != event.event or event.event not in SYMMETRIC:
        return False
    if set(other.actor_codes) != set(event.actor_codes) or set(other.recipient_codes) != set(event.recipient_codes):
        return False
    first, second = tokens.get(id(other)), tokens.get(id(event))
    if first is None or second is None:
        return False
    if not any(is_purpose_infinitive(a) and a.head.i == b.i for a, b in ((second, first), (first, second))):
        return False
    other.mentions[0].event_text += f", {event.event_text}"
    return True


def _joins_symmetric(
    event: Event,
    others: list[Event],
    objects: dict[int, int | None] | None,
    words: EventWords | None,
    tokens: dict[int, Any] | None,
) -> bool:
    """A symmetric act (a meeting) told one-sidedly is the one already coded with both sides, or pools
    its actors into one of the same type with no recipient."""
    for other in others:
        if dated_apart(event, other, tokens or {}):
            continue
        if separate_acts(event, other, objects or {}, words, tokens):
            continue  # "began joint patrols, sharing radar data": two acts of cooperation, each coded
        sides = set(other.actor_codes + other.recipient_codes)
        if other.event == event.event and other.recipients and set(event.actor_codes) <= sides:
            # "X met Y in Tokyo ... for talks": the one-sided mention is the meeting already coded
            other.mentions[0].event_text += f", {event.event_text}"
            return True
        if other.event == event.event and not other.recipients:
            known = {a.code for a in other.actors}
            other.actors += [a for a in event.actors if a.code not in known]
            other.place = other.place or event.place
            if event.date_source == "explicit" and other.date_source != "explicit":
                other.date, other.date_precision, other.date_source = (
                    event.date,
                    event.date_precision,
                    event.date_source,
                )
            return True
    return False


def _both_ways(event: Event) -> bool:
    """ "police from both sides exchanged lists": a joint act coded both ways (each side acts with the
    other) is still one act of the pair, pooled with the sentence's other mention of it."""
    return set(event.recipient_codes) == set(event.actor_codes)


def _allegation_beside_denial(a: Event, b: Event, objects: dict[int, int | None]) -> bool:
    """ "Khartoum denies firing across the border and accuses Kampala of arming the rebels", "walked out,
    accusing India of refusing to talk": a refusal and an allegation (PLOVER's ``allege`` mode) whose
    verb names the accused as its object are two acts; a judgement of what was refused ("the
    embargo, which she called unlawful") is part of the refusal (training gold: 6 of 6 sentences with
    a refusal and an accusation by one actor code both). ``objects``: each event's object, by ``id``."""
    return a.event != b.event and any(
        e.event == "ACCUSE" and e.mode == "allege" and objects.get(id(e)) is not None for e in (a, b)
    )


def _detention_after_force(a: Event, b: Event) -> bool:
    """ "Scattered the crowd with batons and held 9 people": the arrest is an act of its own, not the
    same incident's worst act, so it is kept beside the violence."""
    return any((e.event, e.mode) in DETENTIONS for e in (a, b))


def orient_joint_act(event: Event) -> None:
    """ "Benin and Niger began joint patrols": material cooperation is done with a partner (PLOVER
    requires its recipient), so of joint actors named with nobody else the first acts and the others
    are its partners. Meetings and agreements keep every party as an actor."""
    if event.event == "COOPERATE" and not event.recipients and len(event.actors) > 1:
        event.actors, event.recipients = event.actors[:1], event.actors[1:]


def orient_meeting_host(event: Event) -> None:
    """ "the two foreign ministers met in Seoul": PLOVER codes the visitor as a meeting's actor and the
    host as its recipient, so of two states meeting on one's soil, that one hosts. A meeting at a
    neutral venue, or of more than two parties (a summit), keeps every party as an actor."""
    if event.event != "CONSULT" or event.place is None:
        return
    host = event.place.country_code
    if not event.recipients and len(set(event.actor_codes)) == 2 and host in event.actor_codes:
        event.recipients = [a for a in event.actors if a.code == host]
        event.actors = [a for a in event.actors if a.code != host]
    elif _hosts_named_guest(event, host):
        # "the Chinese premier met the visiting Papua New Guinea prime minister here": the guest is the actor
        event.actors, event.recipients = event.recipients, event.actors


def host_by_place(event: Event) -> None:
    """ "a visiting Bangladeshi envoy sat down with a deputy minister" (in Kuwait), "phoned the minister
    who hosts him in Maputo": a meeting or call of one state's people held in, or made to, another state
    is with that state, its host (PLOVER: visitor acts, host receives). Likewise help or cooperation
    given in another state with no receiver named ("handed out flour to displaced villagers in Baidoa")
    goes to that state. Run once the story has placed its events (the dateline, the next
    sentence's place), not only by the clause. A body of several states (IGAD's council meeting in
    Djibouti) meets among its members: no host."""
    if event.event not in _PLACE_RECEIVES or event.recipients or event.place is None:
        return
    host = event.place.country_code
    actors = set(event.actor_codes)
    if not host or len(actors) != 1 or host in actors:
        return
    if event.event == "CONSULT" and actors & NON_STATE_CODES:
        return
    if is_seat_city(event.place.extracted_place.split(",")[0].strip()):
        # talks "in Geneva" (or "in Geneva, Switzerland") are held at a seat of international bodies,
        # not with its host state
        return
    event.recipients = [Entity(code=host, sector="GOV", entity_text=event.place.extracted_place)]


def _hosts_named_guest(event: Event, host: str | None) -> bool:
    """The meeting's only actor is the state it took place in, and its only recipient another state the
    sentence names (not one guessed from the story)."""
    guests = set(event.recipient_codes)
    return (
        set(event.actor_codes) == {host}
        and len(guests) == 1
        and host not in guests
        and all(r.entity_text for r in event.recipients)
    )


def _same_addressee(one: Event, other: Event) -> bool:
    """Two parts of one statement are said to the same party: they share a recipient, or neither names
    one (a recipient guessed from the story for one part only is no other party)."""
    if set(one.recipient_codes) & set(other.recipient_codes):
        return True
    return (
        not one.recipients and _only_guessed(other.recipients) or not other.recipients and _only_guessed(one.recipients)
    )


def _naming_strength(entities: list[Entity]) -> int:
    """How firmly the sentence names these entities: 0 not at all (each a guess from the story), 1 by
    common nouns only ("armed herders", whose state is guessed) or by words standing for an actor
    named elsewhere ("both governments", "his": their text is the antecedent's), 2 by a name
    ("Ethiopia", "Ethiopian")."""
    if _only_guessed(entities):
        return 0
    return 2 if any(_named_by_name(e) for e in entities) else 1


def _named_by_name(entity: Entity) -> bool:
    """The sentence's own words name the entity by a name: a capital letter in them, and no description,
    pronoun or group word standing for it (``resolved_by`` says what such words stand for)."""
    return not entity.resolved_by and any(c.isupper() for c in entity.entity_text)


def _only_guessed(entities: list[Entity]) -> bool:
    """No entity (or none at all) is named by words of the sentence: each is a guess from the story."""
    return all(not e.entity_text for e in entities)


def fold_protest_aims(events: list[Event], tokens: dict[int, Any]) -> list[Event]:
    """ "Growers blocked highways, demanding government help": the demand says what a protest is for,
    and PLOVER codes the protest alone. Only known once the protest is typed (a blockade by civilians
    becomes a protest from its actors), so it is done on the sentence's events; ``tokens``: each
    event's trigger token, by ``id``."""
    protests = {tokens[id(e)].i: e for e in events if e.event == "PROTEST" and id(e) in tokens}
    kept = []
    for event in events:
        protest = _protest_aimed_at(event, tokens, protests)
        if protest is None:
            kept.append(event)
            continue
        protest.mentions[0].event_text += f", {event.event_text}"
        if event.event == "ACCUSE" and not protest.recipients:
            protest.recipients = event.recipients  # "blockaded the gates to protest a Dominican fee"
    return kept


def _protest_aimed_at(event: Event, tokens: dict[int, Any], protests: dict[int, Event]) -> Event | None:
    """The protest whose purpose clause or participle ``event`` is, if any."""
    token = tokens.get(id(event))
    if token is None:
        return None
    heads = aim_heads(token)
    if not heads:
        return None
    if event.event in PROTEST_AIMS:
        if demands_of_another(token):
            return None  # "blocked the road, demanding that Uzbekistan reopen": a request of its own
    elif event.event != "ACCUSE" or not _purpose_infinitive(token):
        return None
    return next((protests[i] for i in heads if i in protests), None)


def _purpose_infinitive(token: Any) -> bool:
    """ "blocked the crossing to protest the new fee", "gathered outside the consulate to denounce the
    deportations": what the protest was for, which PLOVER codes as the protest alone (training gold: none
    of 24 purpose clauses of "to protest", "to denounce" or "to oppose" is coded an accusation). A
    participle ("marched, accusing the army of ...") stays an accusation: gold codes it so."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))


def fold_release_handovers(events: list[Event], tokens: dict[int, Any], words: EventWords) -> list[Event]:
    """ "Sri Lanka released 43 Indian fishermen and handed them over to the Indian coast guard", "released
    12 Saudi nationals, handing them to the Red Cross": a handover of the people just released, joined to
    the release, tells how it was done; PLOVER codes the release alone (training gold: 4 of 4 such
    sentences). ``tokens``: each event's trigger token, by ``id``."""
    releases = {tokens[id(e)].i: e for e in events if (e.event, e.mode) in HOLD_ENDINGS and id(e) in tokens}
    kept = []
    for event in events:
        release = _release_handed_over(event, tokens, releases, words)
        if release is None:
            kept.append(event)
        else:
            release.mentions[0].event_text += f", {event.event_text}"
    return kept


def _release_handed_over(
    event: Event, tokens: dict[int, Any], releases: dict[int, Event], words: EventWords
) -> Event | None:
    """The release whose joined clause ``event`` hands the same people over ("them"), if any."""
    token = tokens.get(id(event))
    if token is None or token.lemma_.lower() not in words.handover_verb or event in releases.values():
        return None
    if token.dep_ not in {"conj", "advcl"} or token.head.i == token.i:
        return None
    if not any(c.dep_ in OBJECT_DEPS and c.pos_ == "PRON" for c in children_of(token)):
        return None  # "released 14 fishermen and handed over their boats": something else handed over
    return releases.get(token.head.i)
