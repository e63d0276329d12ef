"""``parley eval``: score the extractor against a folder of gold answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import ParleyError
from ._app import app, console, err_console, setup_logging
from ._options import build_settings


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold .json files (e.g. ../shared/gold/dev).")],
    corpus: Annotated[Path | None, typer.Option(help="Look articles up by file name in this folder.")] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List false positives, misses, wrong dates and places.")
    ] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON here.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model.")] = None,
) -> None:
    """Precision, recall, F1, date and place accuracy, overall and per event type."""
    setup_logging(False)
    from ..evaluate import evaluate

    try:
        result = evaluate(gold_dir, build_settings(model=model), corpus)
    except ParleyError as exc:
        err_console.print(f"parley: {exc}")
        raise typer.Exit(2) from exc
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
    if verbose:
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
    if json_out is not None:
        json_out.write_text(json.dumps(result.as_dict(), indent=2), encoding="utf-8")
