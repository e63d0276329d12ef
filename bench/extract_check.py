"""The extraction stage alone, on real-looking articles parsed once: its time, its profile, its output.

    python bench/extract_check.py --real 150                      # ms per article of extract, per coder
    python bench/extract_check.py --real 150 --profile learned    # cProfile of the learned coder's extract
    python bench/extract_check.py --real 150 --dump out.jsonl     # every event and every candidate's scores

The articles (``real_corpus.py``) are cleaned and parsed once and the spaCy Docs cached in
``bench/out/`` (pickled), so that changes to the stages after the parse can be timed and compared
without parsing again; each pass works on fresh copies of them, in the pipeline's batches (the
batch's second look at verbless sentences, then each article's stages). ``--dump`` writes, per
article and coder, the events (type, mode, modality, participants, trigger, offsets, date, place,
confidence) and, for the learned coder, the type and modality probabilities of every candidate
word: two dumps of the same articles are equal when a change kept the output exactly (``cmp``
them). Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pickle
import pstats
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _parsed(count: int) -> list[tuple[Any, Any]]:
    """(article, spaCy Doc of its cleaned text) for ``count`` real-looking articles, cached."""
    from parley.pipeline import Pipeline
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings

    sys.path.insert(0, str(HERE))
    from real_corpus import write_real_corpus

    cache = HERE / "out" / f"parsed-real-{count}.pickle"
    corpus = HERE / "out" / f"real-{count}.jsonl"
    if not corpus.exists():
        write_real_corpus(corpus, count, HERE.parent / "training" / "batches")
    articles = list(iter_articles([corpus], Settings(coder="rules"), report=ReadReport()))
    if cache.exists():
        from spacy.tokens import Doc

        from parley.parse import load_model

        with cache.open("rb") as handle:
            docs = pickle.load(handle)
        # an unpickled Doc brings its own vocab; the stages (the second look's morphs) need the
        # loaded model's, so each Doc is rebuilt on it
        vocab = load_model(Settings(coder="rules").model).vocab
        docs = [Doc(vocab).from_bytes(d.to_bytes()) for d in docs]
    else:
        pipeline = Pipeline(Settings(coder="rules"))
        docs = [pipeline.parse(doc.text) for doc in pipeline.clean(articles)]
        with cache.open("wb") as handle:
            pickle.dump(docs, handle)
    return list(zip(articles, docs, strict=True))


def _fresh(sdocs: list[Any]) -> list[Any]:
    """Copies of the parsed Docs as the parser left them: the stages change a Doc's trees (the
    second look), so each timed pass starts from its own copies and does the same work."""
    from spacy.tokens import Doc

    return [Doc(sdoc.vocab).from_bytes(sdoc.to_bytes()) for sdoc in sdocs]


def prepared(count: int, coder: str) -> tuple[Any, list[Any], list[Any]]:
    """A ``coder`` pipeline with the cleaned documents and fresh parsed Docs of ``count`` cached
    real-looking articles: what ``_extract`` takes (the bench tools that trace one extract share it)."""
    from parley.pipeline import Pipeline
    from parley.settings import Settings

    parsed = _parsed(count)
    pipeline = Pipeline(Settings(coder=coder))
    docs = list(pipeline.clean(a for a, _ in parsed))
    return pipeline, docs, _fresh([sdoc for _, sdoc in parsed])


def _extract(pipeline: Any, docs: list[Any], sdocs: list[Any]) -> list[Any]:
    """The extraction as ``Pipeline`` runs it after each parse batch: the batch's second look at
    once (``look_again``), then each article's stages (``annotate``)."""
    size = pipeline.settings.batch_size
    look = getattr(pipeline, "look_again", None)  # None before stop 46: each article looked alone
    done = []
    for lo in range(0, len(docs), size):
        if look is not None:
            look(sdocs[lo : lo + size])
        done += [
            pipeline.annotate(doc, sdoc) for doc, sdoc in zip(docs[lo : lo + size], sdocs[lo : lo + size], strict=True)
        ]
    return done


def _scores(coder: Any, sdoc: Any) -> list[list[Any]]:
    out = []
    for sent in sdoc.sents:
        for token, p_type, p_mod in coder.scores(sent):
            out.append([token.i, [round(float(p), 6) for p in p_type], [round(float(p), 6) for p in p_mod]])
    return out


def _event(e: Any) -> dict[str, Any]:
    return {
        "event": e.event,
        "mode": e.mode,
        "modality": e.modality,
        "cameo": e.cameo,
        "actors": [a.to_plover() for a in e.actors],
        "recipients": [r.to_plover() for r in e.recipients],
        "trigger": e.trigger,
        "event_text": e.event_text,
        "start": e.start,
        "end": e.end,
        "date": str(e.date),
        "place": e.place.to_plover() if e.place else None,
        "confidence": e.confidence,
        "mentions": [m.event_text for m in e.mentions],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--real", type=int, default=150, help="real-looking articles (default 150)")
    parser.add_argument("--coders", default="rules,learned")
    parser.add_argument("--profile", help="coder to run under cProfile")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per coder (the best is shown)")
    parser.add_argument("--dump", type=Path, help="write events and candidate scores here (JSONL)")
    args = parser.parse_args()

    from parley.pipeline import Pipeline
    from parley.settings import Settings

    parsed = _parsed(args.real)
    words = sum(len(a.text.split()) for a, _ in parsed)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for coder in args.coders.split(","):
        pipeline = Pipeline(Settings(coder=coder))
        best = cpu = float("inf")
        for _ in range(args.repeat):
            docs = list(pipeline.clean(a for a, _ in parsed))
            sdocs = _fresh([sdoc for _, sdoc in parsed])
            start, start_cpu = time.perf_counter(), time.process_time()
            done = _extract(pipeline, docs, sdocs)
            best = min(best, time.perf_counter() - start)
            cpu = min(cpu, time.process_time() - start_cpu)
        events = sum(len(d.events) for d in done)
        print(f"{coder}: extract {1000 * best / len(parsed):.1f} ms/article ({1000 * cpu / len(parsed):.1f} ms CPU), "
              f"{words / best:,.0f} words/s, {events} events, {len(parsed)} articles")  # fmt: skip
        if args.profile == coder:
            docs = list(pipeline.clean(a for a, _ in parsed))
            fresh = _fresh([sdoc for _, sdoc in parsed])
            prof = cProfile.Profile(time.process_time)
            prof.enable()
            _extract(pipeline, docs, fresh)
            prof.disable()
            buf = io.StringIO()
            stats = pstats.Stats(prof, stream=buf).strip_dirs()
            stats.sort_stats("tottime").print_stats(args.top)
            stats.sort_stats("cumulative").print_stats(args.top)
            print(buf.getvalue())
            prof.dump_stats(str(HERE / "out" / f"extract-{coder}.prof"))
        if dump is not None:
            finder: Any = next(c for c in pipeline.components if type(c).__name__ == "EventFinder")
            for doc, (article, _), sdoc in zip(done, parsed, sdocs, strict=True):
                row: dict[str, Any] = {"coder": coder, "id": article.id, "events": [_event(e) for e in doc.events]}
                if finder.coder is not None:
                    row["scores"] = _scores(finder.coder, sdoc)
                dump.write(json.dumps(row, sort_keys=True) + "\n")
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
