"""``parley clean``: show what the extractor will read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import app, console, err_console, print_error, setup_logging
from ._options import OUTSIDE_HELP, build_settings


@app.command()
def clean(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    meta: Annotated[Path | None, typer.Option(help="JSONL metadata file.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for articles without one.")] = None,
    source_country: Annotated[str | None, typer.Option(help="ISO3 outlet country for articles without one.")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Do not split glued words.")] = False,
    allow_outside_paths: Annotated[bool, typer.Option("--allow-outside-paths", help=OUTSIDE_HELP)] = False,
) -> None:
    """Print each article's cleaned text and detected metadata (id, title, published, source, dateline)."""
    setup_logging(False)
    from ..clean import clean_document
    from ..document import Document
    from ..read import ReadReport, iter_articles

    settings = build_settings(
        published=published, source_country=source_country, allow_outside_paths=allow_outside_paths
    ).with_(repair_glued_words=not no_repair)
    report = ReadReport()
    for article in iter_articles(paths, settings, meta=meta, report=report):
        doc = clean_document(Document(article=article), settings)
        dateline = doc.dateline.place if doc.dateline and doc.dateline.place else "-"
        header = (
            f"=== {article.origin or doc.id}\nid: {doc.id}\ntitle: {doc.title or '-'}\n"
            f"published: {doc.published or '-'}\nsource: {article.source or '-'} ({doc.source_country or '-'})\n"
            f"dateline: {dateline}\n"
        )
        console.print(header, markup=False, highlight=False, soft_wrap=True)
        console.print(doc.text, markup=False, highlight=False, soft_wrap=True)
        console.print()
    for problem in report.problems:
        print_error(problem)
    err_console.print(f"parley: {report.summary()}")
    if report.read == 0:
        raise typer.Exit(1)
