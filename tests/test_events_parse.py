"""Walking the dependency tree (parley.events._parse) on invented sentences."""

from __future__ import annotations

from parley.events._finite_participles import past_read_as_participle
from parley.events._parse import (
    conjunct_path,
    first_conjunct,
    governing_verb,
    is_passive,
    particle_read_as_adverb,
    prep_objects,
    under_speech,
)
from parley.events._verb_subjects import own_subjects, subjects_of


def test_events_parse_relative_subject_is_the_noun_described(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("President Lula, who agreed to meet Milei, spoke.")
    agreed = next(t for t in sdoc if t.text == "agreed")
    assert [t.text for t in subjects_of(agreed, pipeline.lexicon.words)] == ["Lula"]


def test_events_parse_prepositional_objects_and_governing_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Germany expelled diplomats from Russia.")
    verb, noun = sdoc[1], sdoc[2]
    assert [t.text for t in prep_objects([verb], frozenset({"from"}))] == ["Russia"]
    assert prep_objects([verb], frozenset({"to"})) == []
    assert governing_verb(noun).text == "expelled"


def test_events_parse_passive_and_reported_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    passive = pipeline.nlp("Ten protesters were detained by police.")
    assert is_passive(next(t for t in passive if t.text == "detained"))
    said = pipeline.nlp("Bolivia said Peruvian raiders attacked a farm.")
    assert under_speech(next(t for t in said if t.text == "attacked"), words)


def test_events_parse_name_after_an_opening_date_is_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("On Thursday Bishkek warned that it would take the dispute to court.")
    warned = next(t for t in sdoc if t.text == "warned")
    assert [t.text for t in subjects_of(warned, words)] == ["Bishkek"]
    sdoc = pipeline.nlp("On Thursday, the talks in Geneva ended.")
    ended = next(t for t in sdoc if t.text == "ended")
    assert [t.text for t in subjects_of(ended, words)] == ["talks"]


def test_events_parse_who_describes_the_person_not_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "who" never stands for a place: the clause the parser hangs from "Djibouti" describes the ambassador
    sdoc = pipeline.nlp("Ethiopia's ambassador to Djibouti, who met port officials twice, praised the authorities.")
    met = next(t for t in sdoc if t.text == "met")
    assert [t.text for t in subjects_of(met, pipeline.lexicon.words)] == ["ambassador"]


def test_events_parse_who_after_people_placed_in_a_town_describes_the_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads "Birgunj" as a person and the parser hangs the clause from it: the traders complained
    sdoc = pipeline.nlp("Nepali traders in Birgunj, who had complained of the closure, cheered the reopening.")
    complained = next(t for t in sdoc if t.text == "complained")
    assert [t.text for t in subjects_of(complained, pipeline.lexicon.words)] == ["traders"]


def test_events_parse_past_verb_after_a_reported_clause_goes_with_the_reporter(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    # "apologised" cannot share "would": the minister apologised, not the border
    sdoc = pipeline.nlp("Kenya's trade minister said the border would reopen and apologised to the truck drivers.")
    apologised = next(t for t in sdoc if t.text == "apologised")
    assert [t.text for t in subjects_of(apologised, words)] == ["minister"]
    sdoc = pipeline.nlp("Lima says the boats fish in its waters and summoned the Chilean ambassador.")
    summoned = next(t for t in sdoc if t.text == "summoned")
    assert [t.text for t in subjects_of(summoned, words)] == ["Lima"]
    # two past verbs may share the clause's subject: the rebels attacked and killed
    sdoc = pipeline.nlp("The ministry said the rebels attacked a convoy and killed two soldiers.")
    killed = next(t for t in sdoc if t.text == "killed")
    assert [t.text for t in subjects_of(killed, words)] == ["rebels"]


def test_events_parse_past_read_as_participle_in_a_sentence_with_no_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the small parser hangs "offered" from "Africa" as if it described it: a sentence of prose has a verb
    sdoc = pipeline.nlp("South Africa, which chairs the bloc, offered to mediate between Ethiopia and Egypt.")
    offered = next(t for t in sdoc if t.text == "offered")
    assert offered.dep_ == "acl"  # the misparse this reading repairs
    assert past_read_as_participle(offered)
    # a headline has no full stop: its participle is a passive ("were jailed")
    headline = pipeline.nlp("Two Uzbek border guards jailed in Osh")
    jailed = next(t for t in headline if t.text == "jailed")
    assert not past_read_as_participle(jailed)


def test_events_parse_participle_set_off_by_commas_describes(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("The catch, estimated at 12 tonnes, and fishing equipment were confiscated.")
    estimated = next(t for t in sdoc if t.text == "estimated")
    assert not past_read_as_participle(estimated)


def test_events_parse_relative_clause_with_no_that_is_active(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "an agreement the two ministries signed": the ministries signed it, they were not signed
    sdoc = pipeline.nlp(
        "The operation grew out of an intelligence-sharing agreement"
        " the two interior ministries signed in Samarkand last summer."
    )
    signed = next(t for t in sdoc if t.text == "signed")
    assert past_read_as_participle(signed)
    assert [t.text for t in subjects_of(signed, pipeline.lexicon.words)] == ["ministries"]


def test_events_parse_name_joined_to_a_date_takes_no_first_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("Ghana closed its border with Togo on Monday and Benin sent troops to the frontier.")
    sent = next(t for t in sdoc if t.text == "sent")
    assert sent.doc[sent.i - 1].dep_ == "conj"  # the misparse: "on Monday and Benin"
    assert subjects_of(sent, words) == []
    shared = pipeline.nlp("Ghana closed its border with Togo on Monday and sent troops to the frontier.")
    assert [t.text for t in subjects_of(next(t for t in shared if t.text == "sent"), words)] == ["Ghana"]


def test_events_parse_live_blog_clock_time_is_no_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser may make an entry's opening time the subject and the name its apposition
    from spacy.tokens import Doc

    words = ["08:30", "\u2014", "Singapore", "has", "sent", "medics", "."]
    heads = [4, 0, 0, 4, 4, 4, 4]
    deps = ["nsubj", "punct", "appos", "aux", "ROOT", "dobj", "punct"]
    pos = ["NUM", "PUNCT", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"]
    sdoc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    sent = sdoc[4]
    assert [t.text for t in subjects_of(sent, pipeline.lexicon.words)] == ["Singapore"]
    assert [t.text for t in own_subjects(sent)] == ["Singapore"]
    plain = Doc(
        pipeline.nlp.vocab,
        words=["At", "08:30", "Chad", "sent", "medics", "."],
        heads=[3, 0, 3, 3, 3, 3],
        deps=["prep", "pobj", "nsubj", "ROOT", "dobj", "punct"],
    )
    assert [t.text for t in own_subjects(plain[3])] == ["Chad"]  # a time that opens no entry changes nothing


def test_events_parse_name_beside_a_dateline_date_is_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("ISLAMABAD, Nov 29 (APP): Pakistan on Tuesday dispatched a convoy of 60 trucks.")
    dispatched = next(t for t in sdoc if t.text == "dispatched")
    subjects = [t.text for t in subjects_of(dispatched, words)]
    assert "Nov" not in subjects and "APP" not in subjects
    assert subjects in (["Pakistan"], [])  # the parse of a model may differ: never the date or the agency
    sdoc = pipeline.nlp("Pakistan dispatched a convoy on Tuesday.")
    assert [t.text for t in subjects_of(sdoc[1], words)] == ["Pakistan"]


def test_events_parse_dateline_read_as_subject_gives_way(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    # the parser takes the dateline's place for the subject: the name beside it acts
    sdoc = pipeline.nlp("Nairobi, 27 May 1996 - The Press Freedom Coalition (EAPFC) strongly condemns the raid.")
    condemns = next(t for t in sdoc if t.text == "condemns")
    assert [t.text for t in subjects_of(condemns, words)] == ["EAPFC"]
    # or the verb's other subject
    sdoc = pipeline.nlp("Niamey, 30 May 2005 - On 27 May, an armed group travelling in six vehicles attacked a convoy.")
    attacked = next(t for t in sdoc if t.text == "attacked")
    assert [t.text for t in subjects_of(attacked, words)] == ["group"]
    # a name that opens the sentence with no date after it still acts
    sdoc = pipeline.nlp("Nairobi condemned the raid on Monday.")
    condemned = next(t for t in sdoc if t.text == "condemned")
    assert [t.text for t in subjects_of(condemned, words)] == ["Nairobi"]


def test_events_parse_dateline_glued_to_a_group_gives_way_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    # the parser hangs the date and dash inside the group set in apposition to the dateline's city
    sdoc = pipeline.nlp("TRIPOLI, March 12 - Armed men abducted four Egyptian workers on Monday night.")
    abducted = next(t for t in sdoc if t.text == "abducted")
    assert [t.text for t in subjects_of(abducted, words)] == ["men"]
    # a plain noun beside a city with no date and dash is no dateline
    sdoc = pipeline.nlp("Tripoli, a city of armed men, welcomed the workers on Monday.")
    welcomed = next(t for t in sdoc if t.text == "welcomed")
    assert "Tripoli" in [t.text for t in subjects_of(welcomed, words)]


def test_events_parse_tensed_verb_joined_to_a_gerund_stands_with_its_governor(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Khartoum denies firing across the border and accuses Kampala of arming the rebels.")
    accuses = next(t for t in sdoc if t.text == "accuses")
    assert first_conjunct(accuses).text == "denies"
    # two base forms after "that" share their place: inside what is demanded
    sdoc = pipeline.nlp("Oman demanded that Tehran free the crew and return the boat.")
    ret = next(t for t in sdoc if t.text == "return")
    assert first_conjunct(ret).text == "free"


def test_events_parse_ethnic_heads_are_the_words_is_ethnic_holds_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.events._ethnic_words import ethnic_heads, is_ethnic

    words = pipeline.lexicon.words
    sdoc = pipeline.nlp("Ethnic Albanians met ethnic Hungarian students in Cluj, and Serbian police watched.")
    indexed = ethnic_heads(sdoc, words)
    assert indexed == {t.i for t in sdoc if is_ethnic(t, words)}
    assert {sdoc[i].text for i in indexed} >= {"Albanians"}
    assert next(t.i for t in sdoc if t.text == "police") not in indexed


def test_events_parse_particle_read_as_adverb_keeps_its_to_phrase(parse) -> None:  # type: ignore[no-untyped-def]
    # "back" right after the verb, hung as an adverb with "to Armenia" under it, is the verb's particle
    verb = parse("The villagers were handed back to Armenia on Monday.", "handed")
    assert particle_read_as_adverb(verb, frozenset({"back"})) is not None
    assert particle_read_as_adverb(verb, frozenset({"over"})) is None
    # a particle hung apart from the verb is no particle read as adverb
    far = parse("The villagers were handed on Monday back to Armenia.", "handed")
    assert particle_read_as_adverb(far, frozenset({"back"})) is None


def test_events_parse_verb_after_a_relative_clause_takes_the_noun_described(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the small parser hangs "called" from "session", the object inside the relative clause
    sdoc = pipeline.nlp("The Kazakh president, who chaired the closing session, called on Kyrgyzstan to act.")
    called = next(t for t in sdoc if t.text == "called")
    assert [t.text for t in subjects_of(called, pipeline.lexicon.words)] == ["president"]
    sdoc = pipeline.nlp(
        "The Russian government, which chairs the customs talks between the three Slavic republics, offered to mediate."
    )
    offered = next(t for t in sdoc if t.text == "offered")
    if offered.dep_ == "acl" and offered.tag_ == "VBN":  # a participle of "republics" to the parser: not passive
        assert past_read_as_participle(offered)
    assert [t.text for t in subjects_of(offered, pipeline.lexicon.words)] == ["government"]


def test_events_parse_participle_after_its_own_noun_keeps_describing_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("The catch, estimated at 12 tonnes, and fishing equipment were confiscated.")
    estimated = next(t for t in sdoc if t.text == "estimated")
    assert not past_read_as_participle(estimated)


def test_events_parse_conjunct_path_runs_up_a_chain_of_conjuncts(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Rangers stopped the barge, searched its hold and detained the pilot.")
    stopped, searched, detained = (next(t for t in sdoc if t.text == w) for w in ("stopped", "searched", "detained"))
    path = [t.text for t in conjunct_path(stopped, detained)]
    assert path[0] == "detained" and path[-1] == "stopped"
    # the walk goes up the conjuncts only: the first verb hangs from no later one
    assert conjunct_path(detained, stopped) == [] and conjunct_path(searched, searched) == []
