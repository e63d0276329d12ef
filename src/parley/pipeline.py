"""The pipeline: clean -> parse -> mentions -> chains -> events -> resolve -> dedup.

One :class:`~parley.document.Document` flows through small components; each
declares the fields it ``reads`` and ``writes``. Articles stream through
``nlp.pipe`` in batches, so memory stays flat however many articles pass.

With ``Settings.workers`` > 1 the whole per-article work (clean, parse, extract)
runs in that many worker processes, each holding its own pipeline: the caller's
process only hands out batches of articles and receives the finished Documents
(``spacy`` dropped, so only small dataclasses cross between processes), in input
order, with a bounded number of batches in flight. Such a caller's own loaded parts are idle while
the workers run: ``process(..., release=True)`` frees them once the workers exist (see
:meth:`Pipeline.release`).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from ._columns import holding_columns
from .chains import ChainBuilder
from .clean import clean_document
from .coder import forget_loaded_coders, load_coder
from .dedup import ArticleDedup
from .document import Article, Document, Event
from .errors import ModelError
from .events import EventFinder, load_lexicon
from .knowledge import forget_loaded_knowledge, load_knowledge
from .mentions import MentionFinder
from .parse import free_names_from_dates, load_model, timestamp_ends, trim_ents_at
from .resolve import Resolver
from .settings import Settings

__all__ = ["PIECE_CHARS", "Pipeline", "extract_events", "set_aside_loaded", "split_text", "trim_openings"]

logger = logging.getLogger(__name__)

Component = Callable[[Document], Document]
#: Asked at the safe points of a stream: True ends it there (e.g. after a Ctrl-C).
Stop = Callable[[], bool]


def _never() -> bool:
    return False


#: Batches handed to each worker process ahead of the one it works on.
IN_FLIGHT = 2
#: Longer cleaned texts are parsed in pieces of at most this many characters (far below spaCy's
#: 1,000,000-character limit, so the parser's memory stays small).
PIECE_CHARS = 20_000
#: How often a stream waiting for a worker's batch asks whether to stop (seconds).
STOP_POLL = 0.1
T = TypeVar("T")


class Pipeline:
    """Runs every stage over a stream of articles, in batches."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.released = False
        self.nlp = load_model(settings.model)
        self.knowledge = load_knowledge(settings.knowledge_dirs)
        self.lexicon = load_lexicon(settings.knowledge_dirs)
        mentions = MentionFinder(
            self.nlp, self.knowledge, surname_years=(settings.surname_years_after, settings.surname_years_before)
        )
        coder = load_coder(settings.coder_model, self.lexicon) if settings.coder == "learned" else None
        events = EventFinder(self.knowledge, self.lexicon, mentions, coder, keep_unresolved=settings.keep_unresolved)
        self.components: list[Component] = [
            mentions,
            ChainBuilder(self.knowledge),
            events,
            Resolver(self.lexicon, self.knowledge.gazetteer, self.knowledge.region_country),
            ArticleDedup(),
        ]

    @property
    def component_names(self) -> list[str]:
        return [type(c).__name__ for c in self.components]

    def release(self) -> None:
        """Free this process's loaded parts (model, knowledge, lexicon, coder, components: some 200 MB once
        a run is under way).

        For a caller whose workers hold their own copies (``process(..., release=True)`` calls it once
        they exist) or that is done with the pipeline while still holding it. The per-process load
        caches are emptied too (else they would keep the parts alive), so a later Pipeline loads
        them again. Afterwards this pipeline refuses to work (ModelError E204) and its ``nlp``,
        ``knowledge``, ``lexicon`` and ``components`` are gone: read what you need of them first.
        """
        for name in _PARTS:
            self.__dict__.pop(name, None)
        self.released = True
        _forget_loaded()
        frozen = gc.get_freeze_count() > 0  # e.g. by set_aside_loaded: frozen objects are never collected
        if frozen:
            gc.unfreeze()
        gc.collect()
        if frozen:
            gc.freeze()
        _return_free_memory()

    def _check_loaded(self) -> None:
        if self.released:
            raise ModelError("this pipeline's model and knowledge were released; create a new Pipeline", code="E204")

    def clean(self, articles: Iterable[Article]) -> Iterator[Document]:
        self._check_loaded()
        for article in articles:
            doc = Document(article=article)
            try:
                yield clean_document(doc, self.settings)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the stream
                logger.warning("%s: cleaning failed: %s", article.id, exc)
                doc.text = article.text
                doc.warnings.append(f"cleaning failed: {exc}")
                yield doc

    def process(
        self, articles: Iterable[Article], *, stop: Stop | None = None, release: bool = False
    ) -> Generator[Document, None, None]:
        """Yield one Document per article, in input order, with ``text`` and ``events`` filled.

        ``stop`` is asked between batches and articles (and, with workers, while waiting for one):
        once it answers True the stream ends there, as if the input had ended, and the workers stop.
        ``release``: with workers, this process's own loaded parts are freed (:meth:`release`) as
        soon as the workers have them, for a caller that will not use this pipeline again.

        Raises:
            ModelError: the pipeline was released (E204).
        """
        self._check_loaded()
        stopped = stop if stop is not None else _never
        if self.settings.workers > 1:
            return self._process_in_workers(articles, stopped, release)
        return self._process_here(articles, stopped)

    def _process_here(self, articles: Iterable[Article], stop: Stop = _never) -> Generator[Document, None, None]:
        for batch in _batches(self.clean(articles), self.settings.batch_size):
            if stop():
                return
            yield from self._parse_batch(batch, stop)

    def _parse_batch(self, batch: list[Document], stop: Stop = _never) -> Iterator[Document]:
        """Parse a batch at once; when that fails, each article alone, so only the bad one fails.

        An article longer than ``PIECE_CHARS`` is parsed in pieces cut at paragraph ends (see
        :func:`split_text`) and joined again into one spaCy Doc with the same text, so character
        offsets stay those of the cleaned text, the model's length limit is never reached and
        the parser's memory stays bounded.
        """
        short = [doc for doc in batch if len(doc.text) <= PIECE_CHARS]
        parsed: dict[int, Any] = {}
        try:
            texts = [d.text for d in short]
            for doc, sdoc in zip(short, self.nlp.pipe(texts, batch_size=self.settings.parse_batch), strict=True):
                parsed[id(doc)] = sdoc
                if stop():  # a batch of long articles takes a while to parse
                    return
        except Exception as exc:  # noqa: BLE001 - a bad article must cost only itself: retried alone below
            logger.info("a batch failed to parse (%s); parsing its articles one by one", exc)
            parsed = {}
        self.look_again(list(parsed.values()))
        for doc in batch:
            if stop():
                return
            sdoc = parsed.pop(id(doc), None)
            if sdoc is None:
                try:
                    sdoc = self.parse(doc.text)
                except Exception as exc:  # noqa: BLE001
                    logger.warning("%s: parsing failed: %s", doc.id, exc, exc_info=True)
                    doc.warnings.append(f"parse failed: {type(exc).__name__}: {exc}")
                    doc.events = []
                    yield doc
                    continue
            yield self.annotate(doc, sdoc)

    def look_again(self, sdocs: list[Any]) -> None:
        """The mentions stage's second look at verbless sentences (``HeadlineVerbs``) of a whole
        parse batch at once: its short re-parses cost a third as much in one batch as one by one.
        When it fails, each article gets its look alone in :meth:`annotate` (it is marked once done)."""
        try:
            for component in self.components:
                if isinstance(component, MentionFinder):
                    component.second_look.look_all(sdocs)
        except Exception as exc:  # noqa: BLE001 - each article is looked at again alone
            logger.info("the second look of a batch failed (%s); each article gets its own", exc)

    def parse(self, text: str) -> Any:
        """One spaCy Doc of ``text``; a long text is parsed in pieces and joined (same text, same offsets)."""
        self._check_loaded()
        if len(text) <= PIECE_CHARS:
            return self.nlp(text)
        from spacy.tokens import Doc

        pieces = list(self.nlp.pipe(split_text(text, PIECE_CHARS), batch_size=1))
        joined = Doc.from_docs(pieces, ensure_whitespace=False)
        if joined.text != text:  # pragma: no cover - split_text keeps every character
            raise RuntimeError("the pieces of a long article do not give its text back")
        return joined

    def _process_in_workers(
        self, articles: Iterable[Article], stop: Stop, release: bool
    ) -> Generator[Document, None, None]:
        """Clean, parse and extract in ``settings.workers`` processes; this one only hands out and collects."""
        if stop():  # e.g. a Ctrl-C while the model loaded: no worker is started
            return
        workers = self.settings.workers
        context = multiprocessing.get_context()
        global _INHERITED
        _INHERITED = self  # a forked worker starts with this pipeline, already loaded
        try:
            pool = context.Pool(workers, initializer=_start_worker, initargs=(self.settings,))
        finally:
            _INHERITED = None
        logger.info("%d worker processes (%s)", workers, context.get_start_method())
        try:
            if release:  # the forked workers have their copies; a replacement worker loads its own
                self.release()
            waiting: deque[Any] = deque()
            for batch in _batches(articles, self.settings.batch_size):
                if stop():
                    return
                waiting.append(pool.apply_async(_work, (batch,)))
                while len(waiting) >= workers * IN_FLIGHT:
                    if not _wait(waiting[0], stop):
                        return
                    yield from waiting.popleft().get()
            while waiting:
                if not _wait(waiting[0], stop):
                    return
                yield from waiting.popleft().get()
            pool.close()
            pool.join()
        finally:
            _stop_pool(pool)

    def annotate(self, doc: Document, sdoc: Any) -> Document:
        """Run the components after the parse; the spaCy Doc is dropped afterwards."""
        self._check_loaded()
        doc.spacy = sdoc
        try:
            trim_openings(doc, sdoc)
            # the stages read the same token columns some 20 times an article: read once, while they run
            with holding_columns(sdoc):
                for component in self.components:
                    doc = component(doc)
        except Exception as exc:  # noqa: BLE001
            logger.warning("%s: extraction failed: %s", doc.id, exc, exc_info=True)
            doc.warnings.append(f"extraction failed: {exc}")
            doc.events = []
        doc.events = [e for e in doc.events if e.confidence >= self.settings.min_confidence]
        doc.spacy = None
        return doc


def trim_openings(doc: Document, sdoc: Any) -> None:
    """End the entities that run past an opening dateline or a live-blog entry's clock time: the model
    reads "Sept 9 - Yemen" as one date, which hides the actor. Run on every parse before the
    components (and by the tests that read a document as the components do)."""
    if doc.dateline is not None and doc.dateline.place:  # an opening dateline, not a closing credit
        trim_ents_at(sdoc, doc.dateline.end)
    for end in timestamp_ends(sdoc):
        trim_ents_at(sdoc, end)
    free_names_from_dates(sdoc)  # "mid-May Morales": the story's person, not part of a date


#: What :meth:`Pipeline.release` frees.
_PARTS = ("nlp", "knowledge", "lexicon", "components")


def _forget_loaded() -> None:
    """Empty the per-process load caches, which would otherwise keep a released pipeline's parts."""
    load_model.cache_clear()
    load_lexicon.cache_clear()
    forget_loaded_knowledge()
    forget_loaded_coders()


def _return_free_memory() -> None:
    """Hand the allocator's free pages back to the system (glibc's ``malloc_trim``; nothing elsewhere)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


def _wait(result: multiprocessing.pool.AsyncResult[Any], stop: Stop) -> bool:
    """Wait for a worker's batch; False as soon as ``stop`` answers True (a batch may take seconds)."""
    while not result.ready():
        if stop():
            return False
        result.wait(STOP_POLL)
    return True


def _stop_pool(pool: Any) -> None:
    """Stop a pool at once, whatever its workers are doing (Ctrl-C, SIGTERM, an error, a closed stream).

    ``Pool.terminate`` alone can hang: it first drains the task queue under a lock that a worker
    waiting for work holds, while its task thread may sit blocked on a full pipe. So no worker is
    started any more, every worker is killed, and the pool's own cleanup gets half a second.
    """
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = multiprocessing.pool.TERMINATE  # no replacement workers from now on
    workers = list(getattr(pool, "_pool", []))
    for process in workers:
        if process.exitcode is None:
            process.kill()
    for process in workers:
        process.join(timeout=1)
    stopper = threading.Thread(target=pool.terminate, name="parley-pool-stop", daemon=True)
    stopper.start()
    stopper.join(timeout=0.5)
    if stopper.is_alive():  # pragma: no cover - the workers are gone; the pool's threads are daemons
        logger.debug("the worker pool did not finish its cleanup in time; left to exit with the process")


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it exactly.

    Each cut comes after the last paragraph break (blank line) of the window, else the last
    line break, else the last sentence end, else the last space, else at ``size``.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for mark in _BREAKS:
            at = window.rfind(mark, size // 4)
            if at > 0:
                cut = at + len(mark)
                break
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


# -- inside a worker process --------------------------------------------------------------------
_INHERITED: Pipeline | None = None  # set in the parent while the workers start (fork copies it)
_WORKER: Pipeline | None = None


def _start_worker(settings: Settings) -> None:
    """Each worker holds one in-process pipeline: the parent's when forked, else loaded here.

    A worker leaves Ctrl-C to its parent (which stops the pool) and ends when the parent dies,
    however it dies: no orphan keeps parsing after a ``kill -9``.
    """
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool stops its workers with SIGTERM: no handler of the parent's
    _die_with_parent()
    _WORKER = _INHERITED if _INHERITED is not None else Pipeline(settings.with_(workers=1))
    # the pipeline lives as long as the worker: its objects leave the collector's full collections
    gc.collect()
    gc.freeze()


def set_aside_loaded(documents: Iterator[T]) -> Generator[T, None, None]:
    """``documents``, with what is alive when the stream starts (the model, the knowledge files and
    the coder: millions of objects that live as long as the pipeline) kept out of the garbage
    collector's full collections, which would otherwise walk them again every few articles. They are
    put back when the stream ends or is closed, so a pipeline discarded afterwards is freed as usual."""
    gc.collect()
    gc.freeze()
    try:
        yield from documents
    finally:
        gc.unfreeze()


#: How often a worker checks that its parent is alive (seconds).
PARENT_CHECK = 0.5


def _die_with_parent() -> None:
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        # the kernel kills this process when its parent ends (prctl PR_SET_PDEATHSIG); without
        # prctl the watch below does it
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    if os.getppid() != parent:  # pragma: no cover - the parent died while this one started
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parley-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK)
        if os.getppid() != parent:
            os._exit(1)


def _work(batch: list[Article]) -> list[Document]:
    if _WORKER is None:  # pragma: no cover - the pool's initializer always runs first
        raise RuntimeError("parley worker process not started")
    return list(_WORKER._process_here(batch))


def extract_events(articles: Iterable[Article], settings: Settings) -> Iterator[Event]:
    """Convenience: the events of a stream of articles."""
    for doc in Pipeline(settings).process(articles):
        yield from doc.events
