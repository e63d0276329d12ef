"""Which place phrase of a sentence locates an event, read from the parse.

A careful coder puts an event where its own clause says it happened ("in Colombo", "at the
border town of Narva", "in the Malian capital, Bamako", "inside Oeste metro
station", "took off from Tirana airport"), else where the clause it serves happened
("stepped over the boundary at Narva to greet Karis"). A physical act happens where its
target is ("threw stun grenades at workers rallying in Dhaka"). A named town beats the
country around it ("inside Laos, near the hamlet of Ban Na"); "the city" points back
to the city the story already named.

A month's or weekday's name is no place even when the gazetteer knows a town of that name
("to Muscat in March": March, England). Training corpus (all 932 documents, rules coder): 15
events were placed at March, none rightly (no gold place there is a calendar word); now 14 have
no place and one moves to its right place (Galafi, "at Galafi crossing"); nothing else moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words as words
from ..parse import SUBJECT_DEPS, ent_at, ents_before
from ..parse._dates import is_calendar_word
from ._parse import Link, clause_chain, clause_preps, later_and_conjuncts, nested_clauses
from ._place_heads import name_before, place_lemma, venue_name

__all__ = ["Site", "event_site", "is_proper_place", "story_city", "unnamed_site"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# the prepositions the place reading takes apart are resolve_words.tsv roles: place_prep ("in X", "at X"),
# named_place_prep ("off the islets"), destination_prep ("sent troops to X") and aside_prep ("after a row
# over X": another happening's place)

#: (name, country code if the name is a country) for a place name; from the actor mentions.
CountryOf = Callable[[str], "str | None"]


class Site:
    """A place name found in the parse; ``anaphor`` is "city"/"capital" for "the city"."""

    def __init__(self, name: str | None, anaphor: str = "", country_level: bool = False) -> None:
        self.name = name
        self.anaphor = anaphor
        self.country_level = country_level

    def __repr__(self) -> str:
        return f"Site({self.name!r}, anaphor={self.anaphor!r}, country_level={self.country_level})"


def _ent_of(tok: Any) -> Any | None:
    return ent_at(tok.doc, tok.i)


def _proper_compounds(noun: Any) -> str:
    """ "Tamsin Road" of "Tamsin Road tram stop", "Kabul" of "Kabul airport"."""
    parts = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not parts:
        return ""
    # a compound may carry its own compounds ("Kwai" under "Fong")
    tokens = sorted({t for p in parts for t in p.subtree if t.pos_ == "PROPN"}, key=lambda t: t.i)
    return " ".join(t.text for t in tokens)


def _named_in(noun: Any) -> Iterator[Any]:
    """Nouns that name what ``noun`` stands for: "the hamlet of X", "the capital, X"."""
    for child in children_of(noun):
        if child.dep_ == "appos":
            yield child
        if child.dep_ == "prep" and child.lower_ == "of":
            yield from (p for p in children_of(child) if p.dep_ == "pobj")


def _site_of(
    noun: Any, known: Callable[[str], bool], country_of: CountryOf, depth: int = 0, named: bool = False
) -> Site | None:
    """The place a noun in locative position names, or None. ``named``: the noun follows a
    settlement word ("the hamlet of X"), so a proper name there is a place even if unknown."""
    lemma = place_lemma(noun)
    ent = _ent_of(noun)
    named = named or _after_off(noun) or _after_near(noun) or _after_at(noun) or _after_bearing(noun)
    named = named or _told_a_settlement(noun)
    name = ""
    if ent is not None:
        doc, start = noun.doc, ent.start
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1  # "Tambo Quemado" when the model tagged only "Quemado"
        text = doc[start : ent.end].text
        name = text[4:] if text.lower().startswith("the ") else text
    elif noun.pos_ == "PROPN":
        name = " ".join(t.text for t in noun.subtree if t.pos_ == "PROPN")
    if name and not _proper(name):
        name = ""  # "at desert summit": a common word the gazetteer happens to know is no place
    if " " not in name and is_calendar_word(name):
        name = ""  # "to Muscat in March": a month or weekday the gazetteer knows as a town is no place
    if name:
        if country_of(name):
            return Site(name, country_level=True)
        if known(name):
            return Site(name)  # the model may call a village a person ("Panmunjom")
        is_place = ent is not None and ent.label_ in _PLACE_LABELS
        city = _leading_city(name, known) if is_place else ""
        if city:
            return Site(city)  # "Hong Kong International Airport"
        if (is_place or named) and lemma not in words("facility") and noun.pos_ == "PROPN":
            return Site(name)  # a place the gazetteer lacks still names where it happened
    if lemma in words("facility") or lemma in words("settlement"):
        if depth < 2:
            for inner in _named_in(noun):
                site = _site_of(inner, known, country_of, depth + 1, named=lemma in words("settlement"))
                if site is not None:
                    return site
        compound = _before_qualifier(_proper_compounds(noun))
        if compound and not country_of(compound):
            if known(compound):
                return Site(compound)
            return Site(_leading_city(compound, known) or venue_name(compound, noun))
        article = words("definite_article")
        is_back = any(c.dep_ == "det" and c.lower_ in article for c in children_of(noun)) and not compound
        if is_back and lemma in words("city") | words("capital"):
            return Site(None, anaphor="capital" if lemma in words("capital") else "city")
    if depth < 2:
        for inner in _off_names(noun):  # "waters off Tumbes", "a trawler off Ruhnu"
            if (site := _site_of(inner, known, country_of, depth + 1)) is not None:
                return site
    before = name_before(noun)
    return Site(before) if before and not country_of(before) else None


def _told_a_settlement(noun: Any) -> bool:
    """ "in Mbita, a fishing town on the shores of Lake Victoria", "in Turkmenabat, a border city on
    the Amu Darya": a proper name the sentence calls a village or town is a place, whatever the tagger
    called it, and it beats the landmark the description locates it by.

    Training gold (all 932 documents, asserted events with a place in sentences holding "<Name>, a/the
    ... <settlement word>"): the name is inside the gold's place for 3 events, another place for none."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.lemma_.lower() in words("settlement") for c in children_of(noun)
    )


def _before_qualifier(name: str) -> str:
    """The place words of a gathering's name, before the words that qualify the gathering:
    "Pyeongchang" of "Pyeongchang Winter (Olympics)", "Doha" of "Doha Asian (Games)"."""
    parts = name.split()
    for n, part in enumerate(parts[1:], 1):
        if part.lower() in words("qualifier"):
            return " ".join(parts[:n])
    return name


def _proper(name: str) -> bool:
    """A place name is written as a proper name: it starts with a capital or a number."""
    first = next((ch for ch in name if ch.isalnum()), "")
    return first.isupper() or first.isdigit()


def _leading_city(name: str, known: Callable[[str], bool]) -> str:
    """The known place a facility's name starts with ("Kabul International Airport" -> "Kabul")."""
    parts = name.split()
    for n in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:n])
        if known(head):
            return head
    return ""


def _locative_nouns(clause: Any, token: Any, physical: bool) -> Iterator[Any]:
    """Nouns of the clause's place phrases ("in X", "at X", "on the outskirts of X"; for a ``physical``
    act, "from X" after a verb of leaving and "to X" after a verb of sending forces; for any act, "to X"
    after a word of a trip; for any act, "<compass word> of X"), nearest the trigger first."""
    found = []
    for tok in clause_preps(clause, keep=token):
        if _told_in_passing(tok, clause):
            continue
        word = tok.lower_
        verb = tok.head.lemma_.lower()
        if word in words("place_prep") or (physical and _moved_along(word, verb)) or _journeyed_to(word, verb):
            found += [p for p in children_of(tok) if p.dep_ == "pobj"]
        elif word == "of" and _bearing(tok.head):
            found += [p for p in children_of(tok) if p.dep_ == "pobj" and (p.pos_ == "PROPN" or _ent_of(p) is not None)]
        elif word in words("named_place_prep"):
            found += [p for p in children_of(tok) if p.dep_ == "pobj" and (name_before(p) or _off_name(word, p))]
        elif word == "on":
            # "on the rim of the valley", "on the border of X"
            found += [
                inner
                for p in children_of(tok)
                if p.dep_ == "pobj"
                for prep in children_of(p)
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for inner in children_of(prep)
                if inner.dep_ == "pobj"
            ]
    found.sort(key=lambda n: abs(n.i - token.i))
    yield from found


def _bearing(word: Any) -> bool:
    """ "in the desert north of Zouerate", "patrolling along the border north of Subotica", "bombed
    positions south of Hodeidah": the name a compass word is reckoned from is where the act happened.

    Training gold (all 932 documents, asserted events with a place in sentences holding "<compass
    word> of <Name>"): the phrase is inside the gold's place for 17 events, another place for 3 (85 %).
    Run on the 91 documents with the shape: 7 events (rules) / 8 (learned) move to the gold's place
    (4 from another place, 3/4 from none), no place is lost."""
    return word.lower_ in words("bearing") or word.lemma_.lower() in words("bearing")


def _after_bearing(noun: Any) -> bool:
    """The proper name is the object of a compass word's "of" ("west of Zagrevo"): a place, whatever
    the tagger called it."""
    prep = noun.head
    return noun.dep_ == "pobj" and noun.pos_ == "PROPN" and prep.lower_ == "of" and _bearing(prep.head)


def _off_name(prep: str, noun: Any) -> bool:
    """ "detained two trawlers off Ruhnu", "held a joint exercise off Karachi", "entered waters off
    Karonga": a proper name after "off" is the sea place the act happened at, even one the gazetteer
    lacks and the tagger calls a person ("off Punta Sal").

    Training gold (all 932 documents, asserted events with a place in sentences holding "off
    <Name>"): the name is (inside) the gold's place for 52 events, another place for 8 (87 %; the 8
    are other clauses' acts of the same sentence: "were turned over ... at sea")."""
    return prep == "off" and noun.pos_ == "PROPN"


def _after_off(noun: Any) -> bool:
    """The proper name is the object of "off" ("off Ruhnu")."""
    return noun.dep_ == "pobj" and _off_name(noun.head.lower_, noun)


def _after_near(noun: Any) -> bool:
    """ "rammed a trawler near Skellholm", "clashed near Bolshoy Ostrov": one is near a place, so a proper
    name after "near" is where the act happened even when the gazetteer lacks it and the tagger calls
    it a body or a person.

    Training gold (all 932 documents, sentences with an asserted event that has a place): of 132
    "near <Name>" phrases, the name is (inside) a gold place of its sentence for 126, not for 6 (95 %);
    the tagger calls the name a body or a person in 27 of them (24 inside, 3 not)."""
    return noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.lower_ == "near"


def _after_at(noun: Any) -> bool:
    """ "unloaded the grain at Pelvoro", "staged a sit-in at Tazrouk": a proper name after "at" that the
    tagger calls a person, leaves untagged, or calls a one-word body is a place the gazetteer lacks,
    unless it is an acronym ("at NATO" names the alliance) or takes "the" ("at the Treasury" names an
    office; a town's name goes bare).

    Training gold (all 932 documents, sentences with an asserted event that has a place): of 43 "at
    <Name>" phrases of this kind, the name is (inside) a gold place of its sentence for 38, not for 5
    (88 %); of the names left out for their "the" or for being an acronym, 1 is inside and 3 are not."""
    if noun.dep_ != "pobj" or noun.pos_ != "PROPN" or noun.head.lower_ != "at":
        return False
    if any(c.dep_ == "det" for c in children_of(noun)):
        return False
    ent = _ent_of(noun)
    if ent is None or ent.label_ == "PERSON":
        return True
    return ent.label_ == "ORG" and len(ent) == 1 and not noun.text.isupper()


def _off_names(noun: Any) -> Iterator[Any]:
    """The proper names a common noun is said to lie off ("waters off Tumbes")."""
    if noun.pos_ == "PROPN":
        return
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "off":
            yield from (p for p in children_of(prep) if p.dep_ == "pobj" and p.pos_ == "PROPN")


def _moved_along(prep: str, verb: str) -> bool:
    """ "took off from Tirana airport", "moved a battalion to Ochamchire": the phrase of a verb of
    leaving or of sending that says where the act took place.

    Training corpus (all 932 documents, rules coder): the "to/into" reading moves 29 of the 1,324
    events that match a gold event with a place; 24 go to the gold's place (11 word for word, 13 the
    name inside the gold's phrase: "Chitipa" of "the northern district of Chitipa"), none had it
    before; 5 are elsewhere (3 of them wrong before, 2 placeless); no right place is lost. Stop 47 added
    airlift, ferry and pour: over the training gold's events with a place in sentences where a sending
    verb has "to/into <Name>", the name is the place 99 times, another place 17 (85 %). Stop 49 added
    deliver, evacuate and ship ("delivered tents to the city of Osh", "evacuated children to São
    Paulo"): the name is inside the gold's place for 11 of 14 AID events with a place; run on the 70
    documents with the verbs, 4 events (each coder) move to the gold's place, none is lost."""
    if prep == "from":
        return verb in words("departure")
    return prep in words("destination_prep") and verb in words("destination")


def _journeyed_to(prep: str, verb: str) -> bool:
    """ "flew to Algiers to thank the president", "travelled to Ashgabat for talks", "a visit to
    Minsk": a trip's "to" phrase is where the traveller's acts happened, whatever their kind.

    Training gold (all 932 documents, asserted events with a place in sentences where a trip word
    has "to <Name>"): the name is the gold's place in 26, another place in 5 (84 %); CONSULT 20 to 2.
    Stop 60 added "into" ("flew into Lilongwe to open a clinic") and the trip verb come ("came to Tunis
    and opened a clinic"): in the training batches' gold each such phrase with a name names the gold's
    place (fly into 1, come to 1, none elsewhere)."""
    return prep in words("destination_prep") and verb in words("journey")


def _told_in_passing(prep: Any, clause: Any) -> bool:
    """A place phrase of another happening the clause mentions: "expelled diplomats after a row over
    the detention of a journalist in Caracas" did not happen in Caracas. A name in apposition is the
    noun it names, not one more noun: "held talks with his counterpart Maria Lindqvist in Kuala
    Lumpur", where the parser hangs the place off the name, counts "counterpart" and "talks" only."""
    tok, nouns = prep.head, 0
    while tok.i != clause.i:
        head = tok.head  # read once: each read builds a spaCy Token
        if head.i == tok.i:
            break
        if tok.dep_ == "prep" and tok.lower_ in words("aside_prep"):
            return True
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "appos":
            nouns += 1
        tok = head
    return nouns > 2


def _object_sites(clause: Any) -> Iterator[Any]:
    """A physical act's objects that are places: "packed the terminal of X Airport", "stormed X"."""
    for child in children_of(clause):
        if child.dep_ == "dobj":
            yield child
            yield from _named_in(child)


def _subject_of(token: Any, clause: Any) -> bool:
    """The trigger is the subject of the clause's verb, not the verb or its object."""
    return token.i != clause.i and token.dep_ in SUBJECT_DEPS and token.head.i == clause.i


def _best(sites: list[Site]) -> Site | None:
    """A town, building or venue beats the country it lies in."""
    for site in sites:
        if not site.country_level:
            return site
    return sites[0] if sites else None


def event_site(
    token: Any,
    physical: bool,
    verbal: bool,
    known: Callable[[str], bool],
    country_of: CountryOf,
) -> Site | None:
    """Where the parse says the event of trigger ``token`` happened, or None.

    ``physical`` acts (fighting, protests, arrests, aid) also look at their objects and at the
    non-finite clauses describing their targets; ``verbal`` acts (statements) happen where
    they were said, so they follow a "said" link up to the verb of saying.
    """
    for i, (clause, how) in enumerate(clause_chain(token)):
        if how == Link.SAID and not verbal:
            break  # where a report was made is not where the reported act happened
        sites = [s for n in _locative_nouns(clause, token, physical) if (s := _site_of(n, known, country_of))]
        if physical and i == 0 and not _subject_of(token, clause):
            # "a strike on a militia base threw the region into turmoil": what the raid's clause does to its
            # object is not where the raid was
            sites += [s for n in _object_sites(clause) if (s := _site_of(n, known, country_of))]
            for nested in nested_clauses(clause, keep=token):
                # "at students marching in Colombo"; "detained after agents passed them files in a
                # cafe near the harbour": the act's circumstances share its place
                if nested.dep_ == "advcl" or (nested.dep_ == "acl" and nested.tag_ in {"VBG", "VBN"}):
                    sites += [s for n in _locative_nouns(nested, token, False) if (s := _site_of(n, known, country_of))]
        if physical and i == 0:
            sites += [s for n in _targets_named(token) if (s := _site_of(n, known, country_of))]
            if not sites:
                sites = [s for n in _struck_on(token, clause) if (s := _struck_site(n, known, country_of))]
        if i == 0 and not sites:
            sites = [s for n in _later_conjunct_nouns(clause, token) if (s := _site_of(n, known, country_of))]
        if i == 0 and not sites:
            sites = [s for n in _infinitive_nouns(clause, token) if (s := _site_of(n, known, country_of))]
        if not sites and (antecedent := _place_antecedent(clause)) is not None:
            sites = [s for s in [_site_of(antecedent, known, country_of)] if s]
        best = _best(sites)
        if best is not None:
            return best  # a country-level site may still give way to a town the caller knows
    return _described_site(token, known, country_of) if physical else None


def _described_site(token: Any, known: Callable[[str], bool], country_of: CountryOf) -> Site | None:
    """The last resort of a physical act (never a statement or a meeting: "condemned the attack that
    killed guards in X" was not said in X): the town its doers or targets are described at."""
    clause = clause_chain(token, hops=0)[0][0]
    described = (_site_of(n, known, country_of) for n in _described_nouns(clause))
    return next((s for s in described if s is not None and not s.country_level), None)


def _described_nouns(clause: Any) -> Iterator[Any]:
    """ "teachers who work at schools in Corvana boycotted the exams", "searched the lorries of traders
    who had parked overnight in Dravno": an act whose clauses (and those it leans on) name no place within reach happens
    at the named place its doers or targets are described at, however deep the description, in the
    order of the text; not at the place of another happening ("after", "over") or of what the act is
    about ("complained about the seizure of trawlers near X"), nor of another act joined by "and" or a
    clause of what someone says.

    Training corpus (all 932 documents, rules coder; a place is right when it is inside the gold's
    place phrase): of the 960 events matched to a gold event with a place, 19 change place; 10 go from
    wrong to right ("abducted two nurses from a health centre near Rutshuru", "handed a written
    complaint to the embassy in Lima"), 9 stay wrong, none is lost (counted over all acts, before the
    reader was kept to physical ones: a statement is not made where the deed it tells happened)."""
    for tok in clause.subtree:
        if tok.dep_ != "prep" or tok.lower_ not in words("place_prep") or _aside(tok, clause):
            continue
        yield from (p for p in children_of(tok) if p.dep_ == "pobj" and (p.pos_ == "PROPN" or _ent_of(p) is not None))


def _aside(prep: Any, clause: Any) -> bool:
    """A phrase of another happening ("after", "over"), of what the act is about ("against") or another
    act joined by "and" ("recalled its envoy and threatened to halt patrols in the desert") lies between
    the place phrase and the clause's head."""
    tok = prep
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and (tok.lower_ in words("aside_prep") or tok.lower_ in words("placeless_topic_prep")):
            return True
        if tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
            return True
        if tok.dep_ == "ccomp":
            return True  # a clause of what is said or thought: its place is the told act's
        tok = tok.head
    return False


def _place_antecedent(clause: Any) -> Any | None:
    """The noun a "where" clause hangs on ("towed to Sevastopol, where a court fined its owners"),
    whose place is the clause's when the clause names none of its own.

    Training gold: of the 11 asserted events in such a clause that names no place of its own, 10 are
    placed at the noun "where" refers to (Atyrau, Sevastopol, Magong, Salto, Moscow, a conference
    centre, "between Shkodër and Kukës" ...); the other is Astana, where the parser hangs the clause
    on the month before it ("to Astana in September, where")."""
    if clause.dep_ != "relcl" or not any(c.lower_ in words("place_relative") for c in children_of(clause)):
        return None
    return clause.head if clause.head.pos_ in {"PROPN", "NOUN"} else None


def _targets_named(token: Any) -> Iterator[Any]:
    """ "Rocket bombardments of northern Kismayo killed dozens", "ended their blockade of the Ras Jedir
    crossing": a physical act told as a noun happens at the place its "of" phrase names, after the
    clause's own place phrases.

    Training gold (all 932 documents, asserted events with a place in sentences holding "<bombing,
    bombardment, shelling, siege, attack, occupation, blockade, raid ...> of <Name>"): the name is
    inside the gold's place for 6 events, another place for none."""
    if token.pos_ != "NOUN":
        return
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            yield from (p for p in children_of(prep) if p.dep_ == "pobj")


def _infinitive_nouns(head: Any, token: Any) -> Iterator[Any]:
    """ "refused to let the two barges sail on through Ungheni", "offered to host the next round in
    Daugavpils", "threatens to lock the gates at the depot in Tartu": an act whose own clause names no place
    happens where the infinitive it governs (and what that infinitive lets or makes happen) does.

    Training gold (asserted events with a place whose trigger verb has an infinitive complement with a
    place phrase and names none itself): the infinitive's name is (inside) the gold's place for all 17
    (refuse, offer, threaten, allow, agree, consent, begin, order, help, try)."""
    if head.i != token.i:
        return  # the trigger is a noun or a word inside the clause: its clause's verb is not its own
    frontier = [c for c in children_of(head) if c.dep_ == "xcomp"]
    for _ in range(2):
        if not frontier:
            return
        for verb in frontier:
            yield from _locative_nouns(verb, token, False)
        frontier = [c for verb in frontier for c in children_of(verb) if c.dep_ in {"xcomp", "ccomp"}]


def _struck_on(token: Any, clause: Any) -> Iterator[Any]:
    """ "dropped cluster bombs on Kadugli", "imposed a curfew on Kassala", "flew patrols over the
    Baltic states": a physical act whose clause names no place of its own happens at the place its "on"
    or "over" phrase (``struck_prep``) names (on the trigger, the clause's verb or its object).

    Training gold (asserted ASSAULT, COERCE, MOBILIZE and PROTEST events with a place whose trigger,
    or its verb's object, has "on <Name>"): the name is (inside) the gold's place for 13 of 14 (the
    14th, "marching on Congress in Tegucigalpa", names its own place first). With "over <Name>" after
    the trigger, 10 such events: the gold places 2 at the name ("patrols over the Baltic states",
    "jammed signals over Finnmark"), 4 name their own place first, and 4 (a topic: "fought a war over
    Nagorno-Karabakh") have no gold place, which is not scored."""
    heads = [token, clause] + [c for c in children_of(clause) if c.dep_ == "dobj"]
    seen: set[int] = set()
    for head in heads:
        if head.i in seen:
            continue
        seen.add(head.i)
        for prep in children_of(head):
            if prep.dep_ == "prep" and prep.lower_ in words("struck_prep"):
                yield from (p for p in children_of(prep) if p.dep_ == "pobj")


def _struck_site(noun: Any, known: Callable[[str], bool], country_of: CountryOf) -> Site | None:
    """A town, island, lake or road named after "on"; a state ("sanctions on Iran"), a day ("on
    Friday"), a person or a body ("an attack on Congress") is no place of the act."""
    ent = _ent_of(noun)
    if ent is not None and ent.label_ not in _PLACE_LABELS:
        return None
    if ent is None and noun.pos_ != "PROPN":
        return None
    site = _site_of(noun, known, country_of)
    return None if site is None or site.country_level or not site.name else site


def _later_conjunct_nouns(head: Any, token: Any) -> Iterator[Any]:
    """ "seized two boats and detained their crews near Lokiriama": verbs joined by a bare "and"
    under one subject share the place phrase the parser hangs off the last of them, when the first
    verb's own clause names no place (the place reading of what resolve/_when does for the time).

    Training corpus (the 312 documents with "and <verb> ... near/in/at/inside/outside/within/through
    <Name>"): 8 events (rules) / 12 (learned) move to the gold's place ("surrendered to Mozambican
    forces in Mueda district", "boarded and impounded two American boats near Machias Seal Island"),
    3 move between wrong places ("Kochi." of "at Kochi", "Lake Victoria" for "around Migingo"), no
    right place is lost."""
    for verb in later_and_conjuncts(head):
        yield from _locative_nouns(verb, token, False)


def story_city(sent: Any, is_city: Callable[[str], bool]) -> str | None:
    """The last city named before ``sent``, which "the city" points back to."""
    doc = sent.doc
    for ent in reversed([e for e in ents_before(doc, sent.start) if e.label_ == "GPE"]):
        if is_city(ent.text):
            return str(ent.text)
    return None


def is_proper_place(name: str) -> bool:
    """True when ``name`` is written as a place's proper name ("Gao", "10 Downing Street")."""
    return _proper(name)


def unnamed_site(token: Any) -> bool:
    """ "attacked a border village", "traded shots close to a contested village": the act's own clause
    puts it at a place it does not name, so it did not happen in the dateline's city."""
    clause = clause_chain(token, hops=0)[0][0]
    nouns = list(_locative_nouns(clause, token, physical=False)) + list(_object_sites(clause))
    for noun in nouns:
        if noun.pos_ == "PROPN" or _ent_of(noun) is not None:
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in words("indefinite_determiner") for c in children_of(noun))
        if indefinite and place_lemma(noun) in words("elsewhere"):
            return True
    return False
