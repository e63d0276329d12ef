"""The actors a noun phrase names: named states and bodies, their modifiers and conjuncts, and the
unnamed groups ("police", "protesters") read where the sentence or the story is."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._doc_span import doc_span
from ..document import Entity
from ..knowledge import NON_STATE_CODES
from ..mentions import MentionFinder
from ..parse import SUBJECT_DEPS
from ._authored_texts import text_authors
from ._body_stand_ins import BodyStandIns
from ._context import STATE_KINDS, DocumentContext
from ._force_told import STATE_FORCES, force_told_before
from ._group_home import unnamed_group_home
from ._group_origins import GroupOrigins
from ._issuer import is_self_named_body
from ._lost_fired_from import fire_ground_of_weapon
from ._memo import per_token
from ._neighbouring import is_neighbouring_state, neighbouring_state, of_neighbouring_state
from ._office_holders import counterpart_codes, is_bare_title, owned_title_since, title_words, titled_before
from ._parse import agent_objects, prep_objects
from ._phrases import stand_in, with_conjuncts
from ._pronouns import PronounReader
from ._stray_appos import stray_apposition
from ._summit_members import pair_or_summit_body
from ._type_sets import PEOPLE, STATELESS_GROUP
from ._unpolitical import unpolitical_doer
from ._words import EventWords, has_definite_article, has_definite_determiner

__all__ = ["PhraseReader"]


class PhraseReader(BodyStandIns, GroupOrigins, PronounReader):
    """The noun-phrase reading of the role finder (:class:`~._roles.RoleFinder` adds the triggers'
    participants)."""

    ctx: DocumentContext
    words: EventWords
    mentions: MentionFinder

    def np_entities_many(self, heads: list[Any]) -> list[Entity]:
        out: list[Entity] = []
        for head in heads:
            out += self.np_entities(head)
        return out

    def np_entities(self, head: Any, depth: int = 0, country: str | None = None) -> list[Entity]:
        """The actors a noun phrase names, found from its head outwards. ``country``: the country an
        unnamed head shares with a named conjunct before it."""
        if depth > 6 or head.ent_type_ in {"DATE", "TIME"}:
            return []  # "on Friday and Bolivia massed ...": a misparsed date phrase names nobody
        if self.ctx.in_dateline(head):
            # "KUWAIT, Nov 12 - His Highness received ...", "MANILA - The Foreign Ministry filed ...": the
            # parser makes the dateline's city the subject and the unnamed ruler or ministry its
            # apposition (other appositions are read as before: an unnamed group there is as often a
            # misparse of the sentence's own subject as not)
            after = [c for c in children_of(head) if c.dep_ == "appos" and self._speaks_from_dateline(c)]
            ruler = [e for c in after if not self.ctx.in_dateline(c) for e in self.np_entities(c, depth + 1)]
            if ruler:
                return ruler
        found = self._direct_entities(head, depth, home=country)
        if head.dep_ in SUBJECT_DEPS and (before := self._comma_listed_before(head)) is not None:
            # "Peru, Ecuador hold joint exercise": a headline's list of two states, the first misread
            found = self.np_entities(before, depth + 1) + found
        for child in children_of(head):
            if child.dep_ == "conj" or self._listed_as_appositive(head, child):
                # "Chinese coast guard and navy vessels": an unnamed conjunct shares the named one's
                # country rather than taking the story's
                found += self.np_entities(child, depth + 1, country or (found[0].code if found else None))
        return found

    def _possessor_of_counterpart(self, head: Any, child: Any) -> bool:
        """ "his Iraqi counterpart", "their Tanzanian counterparts": the state named beside the noun is the
        counterpart's own; the possessor is the other party of the pair, not one of theirs."""
        if child.dep_ != "poss" or head.lemma_.lower() not in self.words.counterpart_noun:
            return False
        return any(c.dep_ in {"amod", "compound", "nmod"} and c.i in self.ctx.mention_at for c in children_of(head))

    def _place_country(self, span: Any) -> str | None:
        """The state of a place the words name, of namesakes the one in a state the story names."""
        return self.mentions.place_country_in(span, self.ctx.story_states)

    def _owners_neighbour(self, head: Any) -> list[Entity]:
        """ "Mozambique scrapped the levy, bowing to pressure from its landlocked neighbour": a state's one
        neighbour, in a story of two states, is the other of the pair; nobody when the owner is not
        one of them or the story has no clear pair."""
        if head.lower_ not in self.words.neighbour_noun:
            return []  # a plural ("its neighbours") counts more states than the pair
        owner = [c for c in children_of(head) if c.dep_ == "poss" and c.lower_ == "its"]
        if not owner:
            return []
        other = self.ctx.story_other_side(self._owner(owner[0]))
        return [self._with_sector(e, head) for e in other]

    def _listed_as_appositive(self, head: Any, child: Any) -> bool:
        """ "Norway, the Czech Republic, Chile and Kenya froze ties": the small parser reads
        the second item of a list of states as an apposition of the first; a country is not another
        country's apposition, so the two are a list."""
        if child.dep_ != "appos":
            return False
        if not any(c.dep_ == "conj" for c in children_of(child)) and not _comma_only_between(head, child):
            return False  # "Bolivia, Chile agree": two states a comma apart are a headline's list of two
        first, second = self.ctx.mention_at.get(head.i), self.ctx.mention_at.get(child.i)
        states = {"name", "alias"}
        return (
            first is not None
            and second is not None
            and first.kind in states
            and second.kind in states
            and first.entity.code != second.entity.code
        )

    def _comma_listed_before(self, subject: Any) -> Any | None:
        """The state the parser hangs off the verb just before the subject, a comma between ("Peru,
        Ecuador hold joint exercise"): a headline's list of two states, not a modifier of the verb."""
        before = [c for c in children_of(subject.head) if c.dep_ == "npadvmod" and _comma_only_between(c, subject)]
        if not before:
            return None
        first, second = self.ctx.mention_at.get(before[0].i), self.ctx.mention_at.get(subject.i)
        states = {"name", "alias"}
        if first is None or second is None or first.kind not in states or second.kind not in states:
            return None
        return before[0] if first.entity.code != second.entity.code else None

    def _direct_entities(self, head: Any, depth: int, guess: bool = True, home: str | None = None) -> list[Entity]:
        """The actors the phrase of ``head`` names, each reading tried only while none before found one: the
        head itself, its modifiers and phrases, what is linked to it, the body it stands for, the group it
        counts, and (with ``guess``) the country an unnamed group is of."""
        named = self._named_entities(head, depth, guess, home)
        if named is not None:
            return named
        kids = list(children_of(head))  # read once for the walks below (each walk of .children builds its Tokens)
        found = self._modifier_entities(head, kids, depth) or self._prep_entities(head, kids, depth)
        if not found:
            found = self._linked_entities(head, kids, depth) or self._body_entities(head, kids, depth)
        if found:
            return found
        if self.states_at_large(head):
            return []  # "appealed to governments to fill the gap": no one state, so neither pair nor guess
        found = self._group_entities(head, depth)
        if not found and guess and depth <= 2 and head.pos_ in {"NOUN", "PROPN"}:
            if of_neighbouring_state(head, self.words):
                return []  # "troops from the neighbouring country": not the sentence's own state's
            return self._guessed_entities(head, home)
        return found

    def _named_entities(self, head: Any, depth: int, guess: bool, home: str | None) -> list[Entity] | None:
        """The actors the head itself names (a mention, a pronoun, an issued text's issuer), or none it
        can name (a currency, an ethnic people past guessing); None when the phrase around it is to be read."""
        if head.lemma_.lower() in self.words.not_actor:
            return []  # "3 billion U.S. dollars" names a currency, not the United States
        if unpolitical_doer(head, self.words) and head.i not in self.ctx.mention_at:
            return []  # "a Libyan football club cancelled its season" (a known body, "the Paris Club", stays)
        if is_neighbouring_state(head, self.words):
            return [self._with_sector(e, head) for e in neighbouring_state(head, self.ctx)]  # never its own
        mention = self.ctx.mention_at.get(head.i)
        if head.i in self.ctx.ethnic_heads:
            return self._residents(head, home) if guess and depth <= 2 else []
        if mention is not None and mention.kind == "demonym":
            # "Bosnian Serbs", "Kosovo Albanians": the state before the people's name is where they live
            # ("Norwegian-Russian", "Cuban-American" join two states or name one people)
            states = [
                m.entity
                for c in children_of(head)
                if c.dep_ in {"amod", "compound"}
                and c.nbor(1).text != "-"
                and (m := self.ctx.mention_at.get(c.i)) is not None
                and m.kind in STATE_KINDS
            ]
            if states and states[0].code != mention.entity.code:
                return [self._with_sector(states[0], head)]
        if mention is not None:
            return [self._with_sector(mention.entity, head)]
        pron = self._pronoun(head)
        if pron:
            return pron
        if self._is_issued_text_subject(head):
            issuer = self._text_issuer(head)  # "A KPA spokesman issued a statement ... The statement said"
            if issuer:
                return issuer
            # no issuer read: the text's own words or the body that made it may still name one ("The
            # final communique called on ...", after a summit of a regional body)
        return None

    def _modifier_entities(self, head: Any, kids: list[Any], depth: int) -> list[Entity]:
        """The states the head's modifiers name ("Chinese coast guard vessels")."""
        found: list[Entity] = []
        for child in kids if not self._once_part_of(head) else ():
            if child.dep_ in {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}:
                if self._possessor_of_counterpart(head, child) or stray_apposition(head, child):
                    continue  # "leaders of X met in Yaounde, closed borders with Chad": a misparsed next act
                # a modifier names a country only by itself: "Chinese coast guard vessels" is not "guard" at home;
                # joined modifiers name each their own: "Albanian and Greek police officers"
                for modifier in with_conjuncts(child):
                    direct = self._direct_entities(modifier, depth + 1, guess=False)
                    found += [self._with_sector(e, head) for e in direct]
        return found

    def _prep_entities(self, head: Any, kids: list[Any], depth: int) -> list[Entity]:
        """The actors of the head's phrases of belonging or place ("troops from Chad")."""
        found: list[Entity] = []
        for child in kids:
            if child.dep_ != "prep":
                continue
            for pobj in children_of(child):
                if pobj.dep_ != "pobj" or self._is_town(pobj):
                    continue
                # "troops from Chad"; "traders on both sides", "journalists' groups in both countries":
                # a group placed with each of the pair is of both
                placed = child.lower_ in self.words.side_prep and self._is_pair(pobj)
                if child.lower_ in self.words.belonging_prep or placed or self._inside_body(head, child):
                    found += [self._with_sector(e, head) for e in self.np_entities(pobj, depth + 1)]
        return found

    def _linked_entities(self, head: Any, kids: list[Any], depth: int) -> list[Entity]:
        """The actors linked to the head by a phrase or a verb: a border's other side, a proxy's backers, a
        text's author, the owner of the ground fire came from, an owner's neighbour."""
        if head.lemma_.lower() in self.words.border_noun:
            # "massed troops along its border with Afghanistan": the border faces the other side
            found = self.np_entities_many(prep_objects([head], {"with"}))
            if found:
                return found
        # "monitors named by the UN Security Council", "militias backed by the army": agents of
        agents = [
            p
            for acl in kids
            if acl.dep_ == "acl" and acl.lemma_.lower() in self.words.proxy_verb
            for p in agent_objects(acl)
        ]
        found = self.np_entities_many(agents) if depth <= 2 else []
        if found or depth > 2:
            return found
        # "a message attributed to the Sudanese army warned": the text speaks for its author, read by
        # its own words only ("the gang" is no guess at the story's country)
        authors = text_authors(head, self.words.authored_text, self.words.authoring_verb)
        found = [e for a in authors for e in self._direct_entities(a, depth + 1, guess=False)]
        if not found:
            # "a shot fired from the Azerbaijani side": the owner of the ground the fire came from fired it
            found = [e for g in fire_ground_of_weapon(head, self.words) for e in self.np_entities(g, depth + 1)]
        if not found:
            found = self._owners_neighbour(head)  # "bowing to pressure from its landlocked neighbour"
        return found

    def _group_entities(self, head: Any, depth: int) -> list[Entity]:
        """The parties a counted or paired group stands for: "the three leaders", "the two [men]", "both sides"."""
        found: list[Entity] = []
        size = self._group_size(head)
        if size > 2:
            found = stand_in(self.ctx.group(size, head.i), head)  # "the three leaders", "the four countries"
        counted = self._counted_people(head) if not found and head.lower_ in self.words.pair_word else None
        if counted is not None:
            found = stand_in(self._direct_entities(counted, depth + 1, guess=False), head)  # "the two [men]"
        elif not found and self._is_pair(head):
            found = stand_in(pair_or_summit_body(head, self.ctx, self.words), head)
        return found

    def _guessed_entities(self, head: Any, home: str | None) -> list[Entity]:
        """ "police", "protesters", "the government" with no country: where the sentence or story is."""
        sector, office = self.mentions.sector_of(self._sector_span(head))
        titled = self._titled_subject(head, office)
        if titled:
            return titled
        sector = self._group_sector(head, sector)
        if sector is None and self._is_local_seat(head):
            sector = "GOV"  # "the mayor said the city had asked the navy": the town's own government
        if self._is_ruler_title(head):
            # "His Highness received ...": state media's own ruler, not a state the sentence names
            home = home or self._own_place_country(head) or self.ctx.own_country
            sector = sector or "GOV"
        # civilians keep the nationality the story gave them ("the fishermen were detained");
        # officials and forces are read where the sentence is
        told = self._told_of_people(head) if sector in PEOPLE else None
        if home is None and self.ctx.issuer and is_self_named_body(head, self.words):
            home = self.ctx.issuer  # "The Ministry" in a ministry's own release: the issuing state
        if home is None and self._named_by_origin(head, sector):
            home = self._origin_country(head)  # "gunmen who crossed from CAR" are CAR's
        if home is None and head.lemma_.lower() in self.words.stateless_armed:
            home = STATELESS_GROUP  # "gunmen attacked a police post": of no state the story names
        placed_in = self._placed_in_states(head) if home is None else []
        if sector is not None and len(placed_in) >= 2:
            # "police in Serbia and Bosnia and Herzegovina": a group placed in two states is of both
            return [Entity(code=code, sector=sector, entity_text=head.text, office=office) for code in placed_in]
        if home is None and told is None and sector in STATE_FORCES and head.dep_ in SUBJECT_DEPS:
            # "Bolivian police burst in ... Masked agents scaled the fence": that force's
            told = force_told_before(head, sector, self.ctx, self.mentions.sector_of)
        home = home or self._own_place_country(head) or told or self._group_place_country(head)
        if home is None and head.lemma_.lower() in self.words.ministry_noun and self._opens_sentence(head):
            # "Chile has summoned the ambassador. The ministry called ...": the state the sentence before
            # is about, not the dateline's or the story's home (training gold outside ministries' own
            # releases: 8 of 15 bare ministries; most others are placed by their own sentence, read first)
            before = [e for e in self._previous_subject(head) if e.code not in NON_STATE_CODES]
            home = before[0].code if before else None
        home = home or unnamed_group_home(sector, self.ctx.home, self.ctx.group_home)
        if sector is not None and home:
            return [Entity(code=home, sector=sector, entity_text=head.text, office=office)]
        return []

    def _inside_body(self, head: Any, prep: Any) -> bool:
        """ "a source in the Russian defence ministry": one known only as inside a body speaks for it
        (a place is no body: "sources in Niamey" are read where they are, as any group is); one who speaks
        for a body is of it ("a spokesman for the Russian foreign ministry")."""
        words, lemma, word = self.words, head.lemma_.lower(), prep.lower_
        inside = lemma in words.insider_noun and word in words.insider_prep
        return inside or (lemma in words.voice_noun and word in words.voice_prep)

    def states_at_large(self, head: Any) -> bool:
        """ "governments", "other countries in the region": a bare plural of states (no "the", no owner, no
        count: "the two governments" and "their governments" are the story's own) names none in particular."""
        if head.tag_ != "NNS" or head.lower_ not in self.words.states_at_large:
            return False
        return not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in children_of(head))

    def _is_issued_text_subject(self, head: Any) -> bool:
        """ "The statement said", "the communique added": a text named before speaks as a subject."""
        if head.dep_ not in SUBJECT_DEPS or head.lemma_.lower() not in self.words.issued_text:
            return False
        return has_definite_determiner(head, self.words)

    def _sector_span(self, head: Any) -> Any:
        """The words an unnamed group's sector is read from: the head and its modifiers, and for a
        ministry's name its "of" phrase too ("the Department of Foreign Affairs" is the foreign
        ministry; "the Ministry of Defence" the military's), and for a title named by its office's "of"
        phrase that phrase ("the Director of Public Prosecutions" is a prosecutor)."""
        end = head.i + 1
        if head.lemma_.lower() in self.words.ministry_noun or head.lower_ in self.words.office_of_noun:
            named = [p for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of" and p.i == end]
            end = named[0].right_edge.i + 1 if named else end
        return doc_span(self.ctx.sdoc, head.left_edge.i, end)

    def _titled_subject(self, head: Any, office: str | None) -> list[Entity]:
        """ "The minister praised ...": the holder of the title named before, else the story's own
        state's when the story is the outlet's own country's (no guess between the two otherwise)."""
        words, ctx = self.words, self.ctx
        if office is None or not is_bare_title(head, words.office_title, words.definite_determiner):
            return []
        if self._own_place_country(head) is not None:
            return []  # "the Tacna regional president": the place's own, read as an unnamed group's
        others = counterpart_codes(head, words.counterpart_noun, ctx)
        said = title_words(head, words.definite_determiner)
        holder = titled_before(head, said, ctx, others)
        owned = owned_title_since(head, said, ctx, 0 if holder is None else holder.token_end, words.body_possessive)
        owners = [e for e in self.np_entities(owned) if e.code not in others] if owned is not None else []
        if owners:
            return [Entity(code=owners[0].code, sector="GOV", entity_text=head.text, office=office)]
        code = holder.entity.code if holder is not None else (ctx.own_country if ctx.own_country == ctx.home else None)
        if holder is None and ctx.issuer and head.is_title:
            code = ctx.issuer  # "The Minister welcomes ..." in a ministry's own release: its own minister
        if code in others:
            return []
        return [Entity(code=code, sector="GOV", entity_text=head.text, office=office)] if code else []

    def _speaks_from_dateline(self, head: Any) -> bool:
        """An unnamed ruler or ministry, which the dateline's state speaks through."""
        return self._is_ruler_title(head) or head.lemma_.lower() in self.words.ministry_noun

    @per_token
    def _is_ruler_title(self, head: Any) -> bool:
        """A ruler's title with no name ("His Highness", "the Amir", "the Head of State"): the words up to
        the head past "the"/"his", or with its "of" phrase ("head of state")."""
        words = [t.lower_ for t in doc_span(self.ctx.sdoc, head.left_edge.i, head.i + 1)]
        while words and words[0] in self.words.definite_determiner | self.words.person_pronoun:
            words = words[1:]
        title = " ".join(words)
        if title in self.words.ruler_title:
            return True
        return any(f"{title} of {p.lower_}" in self.words.ruler_title for p in prep_objects([head], {"of"}))

    def _is_local_seat(self, head: Any) -> bool:
        """ "the city", "the state" alone as a clause's subject: a town or state inside a country acting, i.e.
        its own government (as an object, "shelled the city", it is the place, no one's act)."""
        if head.dep_ != "nsubj" or head.lower_ not in self.words.local_seat:
            return False
        return len(list(children_of(head))) == 1 and has_definite_article(head, self.words)

    def _group_sector(self, head: Any, sector: str | None) -> str | None:
        """The sector of an unnamed group. A role word ("leaders", "officials") alone says only what someone
        is, not whose: it names a group when its modifiers say whose people they are ("student leaders"
        are students', "Fujairah officials" the town's, "opposition leaders threatened a blockade" the
        opposition's)."""
        if head.lower_ not in self.words.not_group:
            return sector
        before = self.ctx.sdoc[head.left_edge.i : head.i]
        placed_by_phrase = self._placed_where(head)
        if not len(before):
            return sector if placed_by_phrase else None
        if head.dep_ in SUBJECT_DEPS and self._names_portfolio(before):
            # "Interior officials have backed down": a ministry's people, the government's like the ministry
            return self.mentions.sector_of(before)[0] or sector
        own = self.mentions.sector_of(before)[0]
        # "Fujairah officials" name their place; "local/regional officials" say they govern the story's own
        # (the level word on the role word itself: "local fishermen's leaders" are the fishermen's)
        local = any(c.lower_ in self.words.local_level and c.i < head.i and c.dep_ == "amod" for c in children_of(head))
        placed = local or placed_by_phrase or self._place_country(before) is not None
        if head.dep_ in SUBJECT_DEPS and not placed and self.ctx.group_home != self.ctx.own_country:
            # a subject's "union leaders" are the outlet's own people only where the story is at the outlet's
            # home: the dateline's, or one of the two states it names most (see :mod:`._group_home`)
            return None
        if own is not None:
            return own  # "opposition leaders", "union officials": the group's sector, not the role's
        return sector if placed else None

    def _placed_where(self, head: Any) -> bool:
        """ "Officials in Lusaka hinted ...", "an official in Oslo says": a role word placed in a town or
        state by its own "in"/"at" phrase names that place's people (the 3 training actors so written are
        coded so); "leaders of the Northern Hawk Brigade" are no province's."""
        preps = [p for p in children_of(head) if p.dep_ == "prep" and p.lower_ in self.words.locative_prep]
        for obj in (o for p in preps for o in children_of(p) if o.dep_ == "pobj"):
            mention = self.ctx.mention_at.get(obj.i)
            if mention is not None and mention.kind in STATE_KINDS:
                return True
            if self._place_country(self.ctx.sdoc[obj.left_edge.i : obj.i + 1]) is not None:
                return True
        return False

    def _names_portfolio(self, before: Any) -> bool:
        """The words before a role word name a ministry's portfolio ("Interior", "Foreign Ministry",
        "Customs"), past "the"."""
        words = [t.lower_ for t in before]
        while words and words[0] in self.words.definite_determiner:
            words = words[1:]
        return " ".join(words) in self.words.portfolio_word

    @per_token
    def _once_part_of(self, head: Any) -> bool:
        """ "both former Soviet states", "an ex-Yugoslav state": states that were once another's
        part are their own now; the state their modifier names is not theirs."""
        words = self.words
        if head.lemma_.lower() not in words.state_noun:
            return False  # the noun first: the words before it are a slice of new Token objects
        return any(t.lower_ in words.former_word for t in self.ctx.sdoc[head.left_edge.i : head.i])

    def _with_sector(self, entity: Entity, head: Any) -> Entity:
        if entity.sector or head.i in self.ctx.mention_at:
            return entity  # "People's" inside "Democratic People's Republic" is no sector
        left = head.left_edge.i
        span = doc_span(self.ctx.sdoc, left, head.i + 1)
        sector, office = self.mentions.sector_of(span)
        if sector is None:
            return entity
        return Entity(code=entity.code, sector=sector, entity_text=entity.entity_text, office=office)


def _comma_only_between(first: Any, second: Any) -> bool:
    """Whether only a comma stands between the head word ``first`` and the phrase of ``second`` after it."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    return len(between) == 1 and between[0].text == ","
