"""store/_batch.TakenIds: which taken event ids are some wanted ids or their ``~n`` variants."""

from __future__ import annotations

from parley.store._batch import TakenIds


def _scan(ids: set[str], wanted: list[str]) -> set[str]:
    """The answer by a scan of every id (what ``among`` must give)."""
    want = set(wanted)
    return {i for i in ids if i in want or i.split("~", 1)[0] in want}


def test_store_batch_taken_ids_finds_wanted_ids_and_their_variants() -> None:
    taken = TakenIds(["paper-7:e1", "paper-7:e1~2", "paper-7:e1~3", "paper-7:e2", "paper-9:e1~2"])
    assert taken.among(["paper-7:e1"]) == {"paper-7:e1", "paper-7:e1~2", "paper-7:e1~3"}
    # a variant is found though its base id was never taken; an id of another article is not
    assert taken.among(["paper-9:e1", "paper-8:e1"]) == {"paper-9:e1~2"}
    assert taken.among([]) == set()


def test_store_batch_taken_ids_answers_as_a_scan_while_ids_are_added() -> None:
    taken, plain = TakenIds(), set[str]()
    for k in range(40):
        wanted = [f"wire-{k % 7}:e{n}" for n in range(k % 4)] + [f"wire-{k % 5}:e1~2"]
        assert taken.among(wanted) == _scan(plain, wanted)
        for event_id in (*wanted, f"wire-{k % 7}:e1~{k % 3 + 2}"):
            taken.add(event_id)
            plain.add(event_id)
    assert bool(taken) and not TakenIds()
    taken.update(["wire-99:e1~4"])
    assert taken.among(["wire-99:e1"]) == {"wire-99:e1~4"}


def test_store_batch_taken_ids_iterate_as_added() -> None:
    taken = TakenIds(["harbour-3:e1"])
    assert set(taken) == {"harbour-3:e1"}
    taken.add("harbour-3:e1~2")
    assert set(taken) == {"harbour-3:e1", "harbour-3:e1~2"}
    assert taken.among(["harbour-3:e1"]) == {"harbour-3:e1", "harbour-3:e1~2"}
