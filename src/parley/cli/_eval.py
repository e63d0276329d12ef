"""``parley eval``: score the extractor against a folder of gold answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import ParleyError
from ..evaluate import Breakdown, EvalResult
from ._app import app, console, print_error, setup_logging
from ._options import build_settings


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold .json files (e.g. ../shared/gold/dev).")],
    corpus: Annotated[Path | None, typer.Option(help="Look articles up by file name in this folder.")] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List false positives, misses, wrong dates and places.")
    ] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON here.")] = None,
    details: Annotated[
        bool,
        typer.Option(
            "--breakdown",
            "-b",
            help="Also show type-only P/R, actor and recipient accuracy among type matches (per type), "
            "figures per modality and the confusion table of types.",
        ),
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy model.")] = None,
    coder: Annotated[
        str | None, typer.Option(help="Event coder: rules or learned (default: PARLEY_CODER, else learned).")
    ] = None,
) -> None:
    """Precision, recall, F1, date and place accuracy, overall and per event type."""
    setup_logging(False)
    from ..evaluate import evaluate

    try:
        result = evaluate(gold_dir, build_settings(model=model, coder=coder), corpus)
    except ParleyError as exc:
        print_error(exc)
        raise typer.Exit(2) from exc
    _print_scores(gold_dir, result)
    if (details or verbose) and result.breakdown is not None:
        _print_breakdown(result.breakdown)
    if verbose:
        _print_mistakes(result)
    if json_out is not None:
        json_out.write_text(json.dumps(result.as_dict(), indent=2), encoding="utf-8")


def _print_scores(gold_dir: Path, result: EvalResult) -> None:
    """The table of figures per type, the density of events and the overall line."""
    table = Table(title=f"parley eval {gold_dir}", header_style="bold")
    for column in ("type", "gold", "predicted", "P", "R", "F1", "date acc", "place acc"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows = [("ALL", result.overall)] + sorted(result.by_type.items())
    for name, f in rows:
        table.add_row(
            name, str(f.gold), str(f.predicted), f"{f.precision:.3f}", f"{f.recall:.3f}", f"{f.f1:.3f}",
            f"{f.date_accuracy:.3f} ({f.dates_scored})", f"{f.place_accuracy:.3f} ({f.places_scored})",
        )  # fmt: skip
    console.print(table)
    per_1000 = result.as_dict()["events_per_1000_words"]
    console.print(f"events per 1,000 words: {per_1000} ({result.overall.predicted} events, {result.words} words)")
    o = result.overall
    console.print(
        f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}  "
        f"date accuracy {o.date_accuracy:.3f}  place accuracy {o.place_accuracy:.3f}",
        markup=False,
    )


def _print_mistakes(result: EvalResult) -> None:
    """Each false positive, miss, wrong date and wrong place, one line each."""
    for label, items in (
        ("false positive", result.false_positives),
        ("miss", result.misses),
        ("wrong date", result.wrong_dates),
        ("wrong place", result.wrong_places),
    ):
        for item in items:
            extra = f" gold={item['gold']} predicted={item['predicted']}" if "gold" in item else ""
            console.print(
                f"{label}: {item['doc_id']} {item['type']} {item['actors']} -> {item['recipients']}"
                f"{extra} | {item['evidence']}",
                markup=False,
                highlight=False,
            )


def _print_breakdown(b: Breakdown) -> None:
    table = Table(title="type-only matching and roles among type matches", header_style="bold")
    for column in ("type", "gold", "predicted", "type P", "type R", "actor acc", "recipient acc"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for name, f in [("ALL", b.overall), *sorted(b.by_type.items())]:
        table.add_row(
            name, str(f.gold), str(f.predicted), f"{f.type_precision:.3f}", f"{f.type_recall:.3f}",
            f"{f.actor_accuracy:.3f} ({f.type_matched_predictions})",
            f"{f.recipient_accuracy:.3f} ({f.recipient_scored})",
        )  # fmt: skip
    console.print(table)
    o = b.overall
    console.print(
        f"type-only precision {o.type_precision:.3f}  recall {o.type_recall:.3f}  "
        f"actor accuracy {o.actor_accuracy:.3f}  recipient accuracy {o.recipient_accuracy:.3f}",
        markup=False,
    )
    modality = Table(title="predictions per modality", header_style="bold")
    for column in ("modality", "predicted", "matched", "P"):
        modality.add_column(column, justify="left" if column == "modality" else "right")
    for name, counts in sorted(b.by_modality.items()):
        n, m = counts["predicted"], counts["matched"]
        modality.add_row(name, str(n), str(m), f"{m / n:.3f}" if n else "-")
    console.print(modality)
    types = sorted({g for g, _ in b.confusion} | {p for _, p in b.confusion}, key=lambda t: (t == "NONE", t))
    confusion = Table(
        title="confusion of types (rows: gold, columns: predicted in the same sentence; --- = none)",
        box=None,
        padding=(0, 0),
        header_style="bold",
    )
    confusion.add_column("gold", min_width=4, no_wrap=True)
    for t in types:
        confusion.add_column(_SHORT.get(t, t[:3]), justify="right", min_width=4, no_wrap=True)
    for g in types:
        confusion.add_row(_SHORT.get(g, g[:3]), *[str(b.confusion.get((g, p), "")) for p in types])
    console.print(confusion)


_SHORT = {
    "ACCUSE": "ACC", "AGREE": "AGR", "AID": "AID", "ASSAULT": "ASL", "COERCE": "COE", "CONCEDE": "CCD",
    "CONSULT": "CNS", "COOPERATE": "COO", "MOBILIZE": "MOB", "PROTEST": "PRO", "REJECT": "REJ",
    "REQUEST": "REQ", "RETREAT": "RET", "SANCTION": "SAN", "SUPPORT": "SUP", "THREATEN": "THR", "NONE": "---",
}  # fmt: skip
