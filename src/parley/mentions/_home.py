"""The story's home country: where it is told from or mainly about (dateline, names, people, towns).

The mention stage asks it twice: once from the names alone, once more when the people are known.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Document
from ..knowledge import NON_STATE_CODES, is_seat_city, resolve_words
from ..parse import doc_ents
from ._spans import _is_main_country

if TYPE_CHECKING:
    from ..knowledge import Knowledge

__all__ = ["COUNTRY_KINDS", "is_own_news", "is_proper_place", "named_countries", "story_home"]

#: Where a capital stands for its government acting ("Washington backs", "Moscow's decision").
_ACTING_DEPS = {"nsubj", "nsubjpass", "poss"}
#: Mentions that name a country (its name, another name, its people's adjective, its capital).
COUNTRY_KINDS = {"name", "alias", "demonym", "capital"}
#: International bodies, which dateline their word at their seat.
_BODY_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})
#: Sectors of a state's own organs (its army, parliament, courts, services): a story that names one
#: ("The Sri Lanka Army handed back ...") is about that state too.
_ORGAN_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


def story_home(
    knowledge: Knowledge, doc: Document, entry_at: dict[int, Any], people: Sequence[ActorMention] = (), sdoc: Any = None
) -> str | None:
    """The country the story is about: the dateline city's, else the country most named, counting
    its people and its towns too once they are known ("Tokayev", "in Almaty").

    An international body datelines its word at its seat ("Washington, DC: A staff team from
    the IMF ..." on Lesotho, "GENEVA - The World Food Programme ..." on Pakistan): when the first
    party after the dateline is such a body and the story never names the seat's country, the
    country most named is the home, and it stays so when the seat's country is named only in passing
    ("a network of associations in Kenya, Uganda and Tanzania" under "Nairobi" on a raid in Kampala):
    the seat is the home only when no state is named more often. In all 3 training releases where this
    changes the home, the gold gives the unnamed parties (police, the minister) the most-named state.
    A local paper's city ("DILI --") is its home unnamed."""
    filed = None
    if doc.dateline is not None and doc.dateline.place:
        filed = knowledge.dateline_country(doc.dateline, doc.source_country)
    counts = named_countries(knowledge, doc, entry_at, people, sdoc)
    if filed is None and _unknown_town_filed(doc) and doc.source_country in counts:
        # "PENGHU --" in a Taiwanese paper that names Taiwan: a town of its own the gazetteer lacks
        filed = doc.source_country
    if filed is not None and (
        not counts
        or not (_issued_by_body(doc, entry_at) or _filed_at_seat(doc, knowledge, filed))
        or _seat_is_home(doc, entry_at, filed, counts)
    ):
        return filed
    return max(counts, key=lambda c: counts[c]) if counts else None


def named_countries(
    knowledge: Knowledge, doc: Document, entry_at: dict[int, Any], people: Sequence[ActorMention], sdoc: Any
) -> dict[str, int]:
    """How often the story names each country, by its name, its people and its towns."""
    counts: dict[str, int] = {}
    organs: set[str] = set()
    tokens = doc.spacy
    for i, entry in entry_at.items():
        if entry.kind == "capital" and tokens is not None and tokens[i].dep_ in _ACTING_DEPS:
            continue  # "Washington backs the vote": a government acting, not where the story is
        if tokens is not None and _names_mission(tokens[i]):
            continue  # "outside the Turkish consulate in Erbil": whose building, not where the story is
        if entry.kind in COUNTRY_KINDS:
            counts[entry.code] = counts.get(entry.code, 0) + 1
        elif _is_state_organ(entry) and entry.code not in organs:
            # one vote for a state's organs, however often named: a local paper names the other side's
            # border force at every turn ("the BSF") of a story about its own villagers
            organs.add(entry.code)
            counts[entry.code] = counts.get(entry.code, 0) + 1
    for person in people:
        if person.entity.code not in NON_STATE_CODES:
            counts[person.entity.code] = counts.get(person.entity.code, 0) + 1
    for ent in doc_ents(sdoc) if sdoc is not None else ():
        if ent.label_ != "GPE" or ent.start in entry_at or not is_proper_place(ent):
            continue  # "in the canton": a common noun the tagger took for a place is no town
        place = knowledge.gazetteer.lookup(ent.text)
        if place is not None and place.country:
            counts[str(place.country)] = counts.get(str(place.country), 0) + 1
    return counts


def is_proper_place(ent: Any) -> bool:
    """A place's name is written with a capital ("Tuzla"); "the canton", "the district" are common nouns."""
    return any(t.text[:1].isupper() for t in ent)


def _is_state_organ(entry: Any) -> bool:
    """A national body of a state's own (its army, a ministry), not a company or a party."""
    return entry.kind == "body" and entry.sector in _ORGAN_SECTORS and entry.code not in NON_STATE_CODES


def is_own_news(knowledge: Knowledge, doc: Document, source: str, entry_at: dict[int, Any]) -> bool:
    """The outlet writes about its own country: the story is mainly about it, or names it at all and
    was not filed from abroad. A local paper leaves its own ministers' country unsaid ("Internal
    Security Minister X blamed herders from Ethiopia"); a correspondent's story datelined in
    another country ("HONIARA --") gives that country's people without it. The dateline's own city
    is where the story is filed, not the story naming its country: an international body's release
    datelined at its seat ("Washington, DC: An IMF team ...") on Lesotho names the US nowhere else."""
    if _is_main_country(source, entry_at):
        return True
    named = (entry_at[i] for i in _after_dateline(doc, entry_at))
    if not any(entry.code == source and entry.kind in COUNTRY_KINDS for entry in named):
        return False
    filed = knowledge.dateline_country(doc.dateline, doc.source_country)
    return filed is None or filed == source


def _after_dateline(doc: Document, entry_at: dict[int, Any]) -> list[int]:
    """The tokens of named parties after the dateline, in order."""
    tokens = doc.spacy
    after = doc.dateline.end if doc.dateline is not None else -1
    return sorted(i for i in entry_at if tokens is not None and tokens[i].idx >= after)


def _issued_by_body(doc: Document, entry_at: dict[int, Any]) -> bool:
    """The first party named after the dateline is an international body (the issuer of a release)."""
    firsts = _after_dateline(doc, entry_at)
    return bool(firsts) and entry_at[firsts[0]].code in _BODY_CODES


def _filed_at_seat(doc: Document, knowledge: Knowledge, filed: str) -> bool:
    """The dateline is a city that seats international bodies ("VIENNA -", "BRUSSELS -"): a story told
    there is about the states that meet there, as a body's release is; its host is home only as a
    body's seat is (named after the dateline and named most). A region that files it from a namesake
    elsewhere ("VIENNA, Virginia -") makes it an ordinary town of that state."""
    place = doc.dateline.place if doc.dateline is not None else None
    if not place or not is_seat_city(str(place)):
        return False
    seat = knowledge.gazetteer.lookup(str(place))
    return seat is None or seat.country == filed


def _unknown_town_filed(doc: Document) -> bool:
    """The dateline names one town ("PENGHU --"), with no region after it and not a list of seats
    ("GENEVA/KINSHASA --"); asked when no table places the town."""
    line = doc.dateline
    return line is not None and bool(line.place) and line.region is None and "/" not in (line.place or "")


def _seat_is_home(doc: Document, entry_at: dict[int, Any], seat: str, counts: dict[str, int]) -> bool:
    """A body's release is about its seat's country when it names it after the dateline and names no
    other state more often."""
    return _named_after(doc, entry_at, seat) and counts.get(seat, 0) >= max(counts.values())


def _named_after(doc: Document, entry_at: dict[int, Any], code: str) -> bool:
    """The story names the country ``code`` after its dateline."""
    return any(entry_at[i].code == code for i in _after_dateline(doc, entry_at))


def _names_mission(token: Any) -> bool:
    """The country word says whose embassy or consulate it is ("the Chilean consulate", "the embassy of
    Turkey"): the country is represented there, the story happens in the host country."""
    missions = resolve_words("mission")
    head = token.head
    if head.lemma_.lower() in missions or head.lower_ in missions:
        return head.i != token.i  # the root is its own head (a new Token object: compare positions)
    if head.dep_ == "prep" and head.lower_ == "of":
        return head.head.lower_ in missions or head.head.lemma_.lower() in missions
    return False
