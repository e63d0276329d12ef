"""Whom pronouns stand for (parley.events._pronouns), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder
from parley.events._roles import RoleFinder


def _reader(pipeline: Any, text: str) -> RoleFinder:
    """The role finder (which reads pronouns) over one parsed article, as the events stage builds it."""
    return role_finder(pipeline, text)


def _codes_of(reader: RoleFinder, word: str) -> list[str]:
    token = next(t for t in reader.ctx.sdoc if t.text == word)
    return sorted(e.code for e in reader.np_entities(token))


def test_events_pronouns_reported_possessive_is_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no person is named: "her" is the spokeswoman's, and her government Rwanda's, not the place's
    reader = _reader(pipeline, "Rwanda's spokeswoman said her government had come to Arusha in good faith.")
    assert _codes_of(reader, "government") == ["RWA"]


def test_events_pronouns_they_take_the_whole_list(pipeline) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(pipeline, "Ukraine and Turkey have held annual talks, and in 1997 they agreed on a joint scheme.")
    assert _codes_of(reader, "they") == ["TUR", "UKR"]


def test_events_pronouns_relative_they_is_not_the_antecedent(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands marched in Mogadishu, chanting against African Union peacekeepers, whom they blame for deaths."
    reader = _reader(pipeline, text)
    assert "IGO" not in _codes_of(reader, "they")


def test_events_pronouns_own_speaker_does_not_loop(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the speaker's own "its" and the reported "its" each point at the other's phrase: read once, no endless loop
    reader = _reader(pipeline, "Its spokesman said its navy had fired on the boats.")
    assert _codes_of(reader, "navy") == []


def _token(reader: RoleFinder, word: str) -> Any:
    return next(t for t in reader.ctx.sdoc if t.text == word)


def test_events_pronouns_their_party_noun_is_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a title or a state service owned by "their" is the two states' own
    text = "Vietnam and China met in Hanoi, and their deputy foreign ministers agreed to talk, and their armies left."
    reader = _reader(pipeline, text)
    assert reader._is_pair(_token(reader, "ministers"))
    assert reader._is_pair(_token(reader, "armies"))


def test_events_pronouns_their_other_noun_is_not_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "their families", "their rifles": whoever "they" are owns them, not the story's two states
    text = "Vietnam and China freed the fishermen, and their families wept as their rifles were handed back."
    reader = _reader(pipeline, text)
    assert not reader._is_pair(_token(reader, "families"))
    assert not reader._is_pair(_token(reader, "rifles"))


def test_events_pronouns_bare_two_after_a_count_of_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story counted two people, not two parties: "the two" are those people, not the pair of states
    text = (
        "A Malaysian court sentenced two Thai nationals to 12 years two years after the raid. "
        "The judge said the sentence was a lesson. The two were arrested at the border."
    )
    reader = _reader(pipeline, text)
    two = [t for t in reader.ctx.sdoc if t.text == "two"][-1]
    assert not reader._is_pair(two)
    assert sorted(e.code for e in reader.np_entities(two)) == ["THA"]


def test_events_pronouns_bare_two_after_a_count_of_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The two countries met in Hanoi on Monday. The two agreed to hold talks."
    reader = _reader(pipeline, text)
    two = [t for t in reader.ctx.sdoc if t.text == "two"][-1]
    assert reader._is_pair(two)


def _last_token(reader: RoleFinder, word: str) -> Any:
    return [t for t in reader.ctx.sdoc if t.text == word][-1]


def test_events_pronouns_opening_it_goes_on_with_the_body_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "It" opening a sentence with an act of its own is the state the sentence before is about
    text = "Uzbekistan called the verdict unjust. It also suspended the issue of border passes."
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "It"))) == ["UZB"]


def test_events_pronouns_empty_it_stands_for_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "It is too late", "It follows a visit": no one is the subject
    text = "Uzbekistan called the verdict unjust. It is too late for talks."
    reader = _reader(pipeline, text)
    assert reader.np_entities(_last_token(reader, "It")) == []


def test_events_pronouns_statement_we_is_the_body_that_spoke(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a statement's "we" with no speaker in its sentence: the body that last spoke before it, not the
    # state of the sentence just before
    text = (
        "Armenian soldiers were wounded on Monday. The Government of Armenia condemns the attack. "
        "Azerbaijan has massed troops on the border. We call on the international partners to record these violations."
    )
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "We"))) == ["ARM"]


def test_events_pronouns_we_is_the_concerned_body_after_a_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the lead tells no saying but a concern ("is gravely concerned", read as a passive): its body is
    # the voice of the later "we", though the parser hangs the body on the dateline's place
    text = (
        "Lusaka, 3 March 2011 - The Lakeshore Migrant Rights Network is gravely concerned for the health of "
        "twenty fishermen held at a police post in Mpulungu. We appeal to the Zambian authorities to free them."
    )
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "We"))) == ["NGO"]


def test_events_pronouns_it_said_by_a_relative_is_the_noun_described(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "which says it has sent": the speaker is the unit the relative clause describes
    text = "The frontier is watched by a Bolivian police unit, which says it has moved forty officers to the river."
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "it"))) == ["BOL"]


def test_events_pronouns_named_we_is_its_apposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "We, the foreign ministers of the European Union, met in Brussels on Monday. We call on both sides to talk."
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "We"))) == ["EUR"]


def test_events_pronouns_he_after_an_appositive_name_is_that_person(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    from _events_setup import coded_events

    text = (
        "Guards led away Alvaro Garcia Linera, who was deputy to Evo Morales for years. Brazil's deputy "
        "chief of mission, Luis Ortega, said he blocked the officers."
    )
    blocks = [e for e in coded_events(rules_pipeline, text) if e[0] == "COERCE"]
    assert blocks and blocks[0][1] == ["BRA"]  # "he" is Ortega, not Morales


def _all_codes(reader: RoleFinder, word: str) -> list[list[str]]:
    """The reading of each token spelt ``word``, in the order they stand."""
    return [sorted(e.code for e in reader.np_entities(t)) for t in reader.ctx.sdoc if t.text == word]


def test_events_pronouns_we_of_a_quote_closed_in_the_next_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the quotation runs over two sentences; its speaker is named where it closes
    text = (
        'Tensions rose on the border on Friday. "We will not accept this. Any attempt to cross the line will be '
        "resisted,\" Turkey's defence minister said."
    )
    assert _all_codes(_reader(pipeline, text), "We") == [["TUR"]]


def test_events_pronouns_we_of_a_quote_told_on_after_its_attribution(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "'...,' X said. 'We ...'": a quotation opening the sentence goes on with the speaker before it
    text = '"The talks are over," Kenya\'s foreign minister said. "We demand the release of our citizens."'
    assert _all_codes(_reader(pipeline, text), "We") == [["KEN"]]


def test_events_pronouns_hyphened_count_is_a_measure_not_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a two-day blockade" lasts two days; "the two navies" are the story's two states
    text = "Mexico and the United States met, the two navies sailed, and drivers ended a two-day blockade."
    reader = _reader(pipeline, text)
    assert reader._is_pair(_token(reader, "navies"))
    assert not reader._is_pair(_token(reader, "day"))


def test_events_pronouns_group_on_both_sides_is_of_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a group placed "on both sides" / "in both countries" is of each of the story's two states
    text = (
        "Djibouti and Somalia reopened the border on Monday. Traders on both sides celebrated, and "
        "journalists' groups in both countries welcomed the move."
    )
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "Traders") == ["DJI", "SOM"]
    assert _codes_of(reader, "groups") == ["DJI", "SOM"]


def test_events_pronouns_trailing_it_is_the_issuer_of_the_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "..., it warned" after its reported clause: the voice of the statement issued before, not the
    # state the clause names
    text = (
        "A spokesman for the Uzbek foreign ministry issued a statement on Sunday. "
        "Tajikistan will bear full responsibility for the consequences, it warned."
    )
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "it"))) == ["UZB"]


def test_events_pronouns_the_statement_speaks_for_its_issuer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "The statement said": the body that issued the statement earlier
    text = (
        "The Uzbek foreign ministry issued a statement on Sunday. "
        "The statement said Tajikistan had violated the agreement."
    )
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "statement"))) == ["UZB"]


def test_events_pronouns_opening_it_skips_a_closing_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a closing quote the parser splits off with the paragraph break as a sentence of its own does not
    # hide the sentence before
    text = (
        'Uzbekistan said it would not sign "unless the border is opened."\n\n'
        "It demanded that Tajikistan open the crossing."
    )
    reader = _reader(pipeline, text)
    assert sorted(e.code for e in reader.np_entities(_last_token(reader, "It"))) == ["UZB"]


def test_events_pronouns_they_is_not_the_place_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Tonga" is where the police served, not who "they" are
    text = "Australian police last served in Tonga in 2006, when they helped restore order."
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "they") == ["AUS"]


def test_events_pronouns_he_under_an_unnamed_office_holders_speech_is_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(pipeline, "Paraguay's president says he would walk away from the talks if Brazil insisted.")
    assert _codes_of(reader, "he") == ["PRY"]


def test_events_pronouns_bare_two_after_a_meeting_in_their_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an earlier count of people ("killing two officers") yields to the two of the meeting the sentence told
    from _events_setup import roles_of_type

    text = (
        "Chad sent troops to the border after a Sudanese militia attacked a police post, killing two officers. "
        "Chad's defence minister hosted his Sudanese counterpart in Abeche on Monday, and the two later "
        "agreed to run joint patrols along the frontier."
    )
    assert roles_of_type(pipeline, text, "AGREE", outlet="GBR") == [(["SDN", "TCD"], [])]


def test_events_pronouns_unnamed_joint_body_is_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a bilateral commission" with no name of its own is the two states the story is about
    from _events_setup import roles_of_type

    text = (
        "Kyrgyzstan and Tajikistan signed a deal on shared pastures in Bishkek on Monday. "
        "A bilateral commission on the pastures has met only twice since 2015."
    )
    found = roles_of_type(pipeline, text, "CONSULT", outlet="GBR")
    assert [sorted(actors) for actors, _ in found] == [["KGZ", "TJK"]]


def test_events_pronouns_named_joint_body_is_no_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a joint body with a name of its own says whose it is: it is not read as the story's pair
    reader = _reader(pipeline, "Kenya and Ethiopia met. The Kenya-Ethiopia Joint Commission met in Moyale.")
    commission = [t for t in reader.ctx.sdoc if t.lower_ == "commission"][-1]
    assert not reader._unnamed_joint_body(commission)


def test_events_pronouns_he_after_a_holder_named_by_state_is_that_holders(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # a person named first, then an office holder named by state and title alone: "He" goes on with the holder
    text = (
        "President William Ruto opened the summit in Nairobi on Monday. Tanzania's foreign minister thanked "
        "Kenya for hosting it. He also praised the new border post at Namanga."
    )
    for coder in (pipeline, rules_pipeline):
        assert _codes_of(_reader(coder, text), "He") == ["TZA"]


def test_events_pronouns_he_after_the_person_named_last_is_that_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the holder named by state and title came before the person: "He" is still the person named last
    text = (
        "Tanzania's foreign minister arrived in Nairobi on Monday. President William Ruto received the "
        "delegation. He also praised the new border post at Namanga."
    )
    assert _codes_of(_reader(pipeline, text), "He") == ["KEN"]


def test_events_pronouns_confirmed_it_is_the_confirmer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "confirm" reports a clause as "say" does: its "it" is the one who confirms
    reader = _reader(pipeline, "The European Commission has confirmed it is suspending its aid to Honduras.")
    assert _codes_of(reader, "it") == ["EUR"]


def test_events_pronouns_signature_title_leaves_the_government_a_body(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the signature's "Government Spokesman" is no person called "Government": "It" is the government's
    text = (
        "Bamako, 3 May 2011 - The Government of Mali announces a ceasefire in the north.\n\n"
        "The Government notes that the rebels have paused their attacks.\n\n"
        "It calls on their leaders to join talks in Algiers.\n\n"
        "Done at Bamako, 3 May 2011. The Minister of Communication, Government Spokesman."
    )
    for coder in (pipeline, rules_pipeline):
        assert _codes_of(_reader(coder, text), "It") == ["MLI"]


def test_events_pronouns_opening_its_is_the_state_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a sentence opening with "Its coast guard": the state the sentence before is about, not the story's home
    text = (
        "Chilean trawlers waited at anchor off Chile. Peru had patrolled the disputed fishing grounds since March. "
        "Its coast guard ended the patrols on Monday."
    )
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "guard") == ["PER"]


def test_events_pronouns_reported_he_is_the_speaker_not_the_last_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "he" opens a clause reported by Lula's verb: Lula, though Bachelet is named after him
    text = "Lula wrote to Michelle Bachelet on Friday that he would host the water talks in Brasilia."
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "he") == ["BRA"]


def test_events_pronouns_joined_he_is_the_first_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "he" is the subject of a verb joined to Schroeder's: Schroeder, not Erdogan whom he phoned
    text = "Gerhard Schroeder phoned Recep Tayyip Erdogan on Sunday, and he promised to send aid to the camps."
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "he") == ["DEU"]


def test_events_pronouns_told_that_he_keeps_the_last_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "told X that he": either may be meant; the person named last, as before
    text = "Angela Merkel told Recep Tayyip Erdogan that he must end the raids."
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "he") == ["TUR"]


def test_events_pronouns_titled_speaker_speaks_of_himself(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a person is named before, but the office holder who says it speaks of himself
    text = "Fidel Castro met the visitors. The UN Secretary-General then said he would return to Havana in May."
    reader = _reader(pipeline, text)
    assert _codes_of(reader, "he") == ["UNO"]
