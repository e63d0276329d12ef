"""The learned coder's training corpus: row checks, sentence context, training on small corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.coder import (
    LABELS,
    check_corpus,
    context_of,
    corpus_stats,
    cross_validate,
    featurise,
    fit,
    load_coder,
    load_config,
    load_corpus,
    make_space,
    parse_corpus,
    score,
)
from parley.errors import TrainingError
from parley.events import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def _row(doc: str = "x1-wire-01", n: int = 0, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "doc": doc,
        "n": n,
        "style": "wire",
        "published": "2020-01-02",
        "source_country": "FRA",
        "text": "Kenya deployed 400 soldiers to the border on Monday.",
        "events": [
            {
                "trigger": "deployed",
                "type": "MOBILIZE",
                "mode": "troops",
                "modality": "asserted",
                "actors": [{"text": "Kenya", "code": "KEN"}],
                "recipients": [],
                "date": "on Monday",
                "place": None,
            }
        ],
        "negative": None,
    }
    row.update(changes)
    return row


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_coder_corpus_accepts_a_valid_row(tmp_path: Path) -> None:
    sentences, problems = check_corpus(_write(tmp_path / "a.jsonl", [_row()]))
    assert problems == []
    assert sentences[0].events[0].type == "MOBILIZE"
    assert sentences[0].writer == "x1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"style": "tabloid"}, "unknown style"),
        ({"published": "2020/01/02"}, "published"),
        ({"source_country": "France"}, "source_country"),
        ({"events": [], "negative": None}, "negative kind"),
        ({"negative": "opinion"}, "has a negative kind"),
        ({"text": ""}, "text is empty"),
        ({"extra": 1}, "fields"),
    ],
)
def test_coder_corpus_rejects_malformed_rows(tmp_path: Path, change: dict[str, object], message: str) -> None:
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [{**_row(), **change}]))
    assert problems and message in problems[0]
    assert problems[0].startswith(str(tmp_path / "a.jsonl") + ":1:")


def test_coder_corpus_rejects_spans_not_in_the_text(tmp_path: Path) -> None:
    row = _row()
    row["events"][0]["trigger"] = "sent"  # type: ignore[index]
    row["events"][0]["actors"] = [{"text": "Nairobi", "code": "KEN"}]  # type: ignore[index]
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [row]))
    assert any("trigger 'sent'" in p for p in problems)
    assert any("'Nairobi' is not in the text" in p for p in problems)


def test_coder_corpus_rejects_bad_codes_modalities_and_types(tmp_path: Path) -> None:
    row = _row()
    row["events"][0].update({"type": "INVADE", "modality": "maybe"})  # type: ignore[index]
    row["events"][0]["actors"] = [{"text": "Kenya", "code": "ke"}]  # type: ignore[index]
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [row]))
    text = " ".join(problems)
    assert "unknown type" in text and "unknown modality" in text and "three capital letters" in text


def test_coder_corpus_reports_binary_and_broken_lines_without_losing_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(_row()) + "\n{not json\n" + json.dumps(_row(n=1)) + "\n", encoding="utf-8")
    sentences, problems = check_corpus(path)
    assert len(sentences) == 2
    assert len(problems) == 1 and ":2: not JSON" in problems[0]
    (tmp_path / "b.jsonl").write_bytes(b"\xff\xfe\x00\x01binary")
    with pytest.raises(TrainingError) as info:
        check_corpus(tmp_path / "b.jsonl")
    assert info.value.code == "E702"


def test_coder_corpus_needs_complete_documents_and_unique_rows(tmp_path: Path) -> None:
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [_row(n=0), _row(n=2), _row(n=0)]))
    assert any("already at" in p for p in problems)
    assert any("are not 0.." in p for p in problems)
    with pytest.raises(TrainingError) as info:
        load_corpus(tmp_path / "a.jsonl")
    assert info.value.code == "E703"


def test_coder_corpus_gives_each_sentence_its_context(tmp_path: Path) -> None:
    first = _row(n=0, text="Kenya deployed 400 soldiers to the border on Monday.")
    second = _row(n=1, text="They deployed more on Monday.")
    second["events"][0]["actors"] = [{"text": "They", "code": "KEN"}]  # type: ignore[index]
    sentences = load_corpus(_write(tmp_path / "a.jsonl", [second, first]))
    context = context_of(sentences)
    assert context[("x1-wire-01", 1)] == ["Kenya deployed 400 soldiers to the border on Monday."]
    assert corpus_stats(sentences).by_type["MOBILIZE"] == 2


def test_coder_bundled_training_corpus_is_valid() -> None:
    folder = ROOT / "training" / "batches"
    if not folder.is_dir():
        pytest.skip("no training corpus in this checkout")
    _, problems = check_corpus(folder)
    assert problems == []


def test_coder_trains_on_a_small_corpus_and_finds_an_unseen_sentence(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i, (country, code) in enumerate([("Kenya", "KEN"), ("Chad", "TCD"), ("Peru", "PER"), ("Fiji", "FJI")] * 3):
        row = _row(doc=f"x{i % 2}-wire-{i:02d}", text=f"{country} deployed 400 soldiers to the border on Monday.")
        row["events"][0]["actors"] = [{"text": country, "code": code}]  # type: ignore[index]
        rows.append(row)
        text = f"{country} is a large country."
        rows.append(_row(doc=f"x{i % 2}-wire-{i:02d}", n=1, text=text, events=[], negative="no-event"))
    sentences = load_corpus(_write(tmp_path / "a.jsonl", rows))
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"]["epochs"] = 20
    parsed = parse_corpus(sentences, nlp)
    space = make_space(config, load_lexicon(()), None)
    data = featurise(parsed, space, range(len(sentences)))
    model = fit(data, space, config)
    figures = score(model, featurise(parsed, space, range(len(sentences))))
    assert figures.recall == 1.0 and figures.precision == 1.0
    # the rules' lexicon reads "deployed" as MOBILIZE: featurise records it for the hybrid scores
    assert {LABELS[int(r)] for r in data.rule_of[data.types.labels > 0]} == {"MOBILIZE"}  # type: ignore[index]
    model.save(tmp_path / "m")
    coder = load_coder(tmp_path / "m", load_lexicon(()))
    found = coder.predict(nlp("Ghana deployed 300 soldiers to the border.")[:])
    assert [(p.token.text, p.type, p.modality) for p in found] == [("deployed", "MOBILIZE", "asserted")]


def test_coder_cross_validate_holds_out_groups_of_writers_together(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i, (country, code) in enumerate([("Kenya", "KEN"), ("Chad", "TCD"), ("Peru", "PER")] * 2):
        row = _row(doc=f"x{i % 3}-wire-{i:02d}", text=f"{country} deployed 400 soldiers to the border on Monday.")
        row["events"][0]["actors"] = [{"text": country, "code": code}]  # type: ignore[index]
        rows.append(row)
    parsed = parse_corpus(load_corpus(_write(tmp_path / "a.jsonl", rows)), nlp)
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"]["epochs"] = 2
    space = make_space(config, load_lexicon(()), None)
    alone = cross_validate(parsed, space, config)
    assert sorted(alone) == ["x0", "x1", "x2"]
    grouped = cross_validate(parsed, space, config, folds=[["x0", "x2"], ["x1"]])
    assert sorted(grouped) == ["x0+x2", "x1"]
    assert (grouped["x0+x2"].gold, grouped["x1"].gold) == (4, 2)
