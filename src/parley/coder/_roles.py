"""The learned role labeller: for an event's trigger and each actor mention of its sentence, is the
mention the actor, the recipient, or neither?

Features describe the pair without trusting one parse alone: the dependency path between them
(when the parse joins them plausibly), and parse-free ones too: word order, distance in words, the
preposition or verb right before the mention, whether a speech verb or a comma lies between, the
voice of the trigger, the event type and the kind of mention (country name, capital, person ...).
Training pairs come from the role spans of the training corpus (``training/``): a mention is the
actor when it overlaps an actor's words in the sentence, the recipient when it overlaps a
recipient's.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .._doc_span import doc_span
from ..document import ActorMention, Article, Document
from ..errors import TrainingError
from ..knowledge import resolve_words
from ._candidate_words import span_head
from ._corpus import TrainingSentence
from ._model import Classifier, Examples

__all__ = ["ROLE_LABELS", "RoleLabeller", "RoleModel", "role_examples", "role_features", "train_roles"]

logger = logging.getLogger(__name__)

ROLE_LABELS = ("NONE", "ACTOR", "RECIPIENT")
_BITS = 16


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "far"


def _ancestors(token: Any) -> Iterator[Any]:
    """``token.ancestors`` of spaCy (the heads up to the root, at most as many as the document has
    tokens), for a spaCy token or a :class:`~._view.TokenView` alike."""
    for _ in range(len(token.doc)):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


def _path(a: Any, b: Any) -> tuple[list[str], list[str]]:
    """Dependency labels from ``a`` up to the lowest common ancestor, and from ``b`` up to it."""
    up_a = [a, *_ancestors(a)]
    ids_a = {t.i: k for k, t in enumerate(up_a)}
    path_b: list[str] = []
    tok = b
    for _ in range(12):
        if tok.i in ids_a:
            return [t.dep_ for t in up_a[: ids_a[tok.i]]], path_b
        path_b.append(tok.dep_)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return [t.dep_ for t in up_a[:3]], ["?"]


def role_features(
    trigger: Any, mention: ActorMention, event_type: str, sdoc: Any, tokens: Sequence[Any] | None = None
) -> list[str]:
    """The features of a (trigger, mention) pair. ``tokens``: the document's token views (see
    ``_view``), read instead of spaCy tokens (each attribute of which is built anew on access):
    the same features."""
    if tokens is not None:
        head, trigger = tokens[_mention_head(mention, sdoc).i], tokens[trigger.i]
    else:
        tokens, head = sdoc, _mention_head(mention, sdoc)
    before = head.i < trigger.i
    words_between = abs(head.i - trigger.i)
    up_m, up_t = _path(head, trigger)
    path = ">".join(up_m[:3]) + "|" + "<".join(up_t[:3])
    f = [
        "bias",
        f"kind={mention.kind}",
        f"type={event_type}",
        f"order={'before' if before else 'after'}",
        f"dist={_bucket(words_between)}",
        f"dep={head.dep_}",
        f"path={path}",
        f"path_type={event_type}|{path}",
        f"mdep_type={event_type}|{head.dep_}|{'before' if before else 'after'}",
        f"trigger={trigger.lemma_.lower()}",
        f"trigger_pos={trigger.pos_}",
        f"sector={mention.entity.sector or 'none'}",
    ]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children)
    f.append(f"voice={'passive' if passive else 'active'}|{'before' if before else 'after'}")
    # the trained roles.npz weighs features named by these words: changing a list needs a refit
    preps = resolve_words("labeller_prep")
    if head.head.dep_ == "prep" or head.head.pos_ == "ADP":
        prep = head.head.lower_
        f.append(f"prep={prep if prep in preps else 'other'}")
        f.append(f"prep_type={event_type}|{prep if prep in preps else 'other'}")
        f.append(f"prep_attached={head.head.head.i == trigger.i}")
    if head.dep_ == "poss":
        f.append(f"poss_of_trigger={head.head.i == trigger.i}")
    if head.head.i == trigger.i:
        f.append(f"direct={head.dep_}")
    lo, hi = sorted((head.i, trigger.i))
    between = tokens[lo + 1 : hi]
    speech = resolve_words("labeller_speech")
    if any(t.lemma_.lower() in speech and t.pos_ == "VERB" for t in between):
        f.append("speech_between")
    if any(t.text in {",", ";", "\u2014"} for t in between):
        f.append("comma_between")
    prev = tokens[mention.token_start - 1] if mention.token_start > 0 else None
    if prev is not None:
        f.append(f"prev={prev.lower_ if prev.lower_ in preps or prev.pos_ == 'VERB' else prev.pos_}")
    if any(t.dep_ == "relcl" for t in _ancestors(head) if t.i != trigger.i and t.i > min(head.i, trigger.i)):
        f.append("in_relcl")
    ancestors = {t.i for t in _ancestors(trigger)}
    if head.i in ancestors:
        f.append("mention_above_trigger")
    return f


def _mention_head(mention: ActorMention, sdoc: Any) -> Any:
    span = doc_span(sdoc, mention.token_start, mention.token_end)
    return span.root if len(span) else sdoc[mention.token_start]


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << _BITS) - 1)


#: The index of each feature string met so far: the same few thousand strings come back for every
#: (trigger, mention) pair of every document.
_MET: dict[str, int] = {}


def _indices(features: Iterable[str]) -> list[int]:
    if len(_MET) > 200_000:
        _MET.clear()
    out = set()
    for f in features:
        hit = _MET.get(f)
        if hit is None:
            hit = _MET[f] = _hash(f)
        out.add(hit)
    return sorted(out)


@dataclass
class RoleModel:
    classifier: Classifier
    threshold: float

    def save(self, folder: Path) -> None:
        state = self.classifier.state()
        arrays = {**state, "threshold": np.array([self.threshold])}
        np.savez_compressed(folder / "roles.npz", **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, folder: Path) -> RoleModel | None:
        path = folder / "roles.npz"
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                state = {k: data[k] for k in ("rows", "sparse", "dense", "bias")}
                threshold = float(data["threshold"][0])
        except (OSError, KeyError, ValueError) as exc:
            raise TrainingError(f"{path}: not a parley role model ({exc})", code="E741") from exc
        return cls(Classifier.from_state(ROLE_LABELS, 1 << _BITS, state), threshold)


class RoleLabeller:
    """Picks the actors and recipients of an event among the mentions of its sentence."""

    def __init__(
        self,
        model: RoleModel,
        views: Callable[[Any], Sequence[Any]] | None = None,
        actor_threshold: float | None = None,
    ) -> None:
        self.model = model
        self.views = views  # a document's token views (the coder's, read once per document), if any
        # the bar for an actor pick (``[roles] actor_threshold``; default the model's own threshold):
        # held out by writer (tools/role_heldout.py), its actors in place of the rules' story-level ones
        # were right less often (263 vs 269 of 327 at .5), as often at .7 and above
        self.actor_threshold = model.threshold if actor_threshold is None else actor_threshold

    def probabilities(self, trigger: Any, mentions: Sequence[ActorMention], event_type: str, sdoc: Any) -> np.ndarray:
        if not mentions:
            return np.zeros((0, len(ROLE_LABELS)), dtype=np.float32)
        tokens = self.views(sdoc) if self.views is not None else None
        rows = [_indices(role_features(trigger, m, event_type, sdoc, tokens)) for m in mentions]
        return self.model.classifier.row_probabilities(rows)

    def label(
        self, trigger: Any, mentions: Sequence[ActorMention], event_type: str, sdoc: Any
    ) -> tuple[list[ActorMention], list[ActorMention]]:
        """The mentions read as actors (each at least ``actor_threshold`` likely) and as recipients (each
        at least ``threshold`` likely)."""
        # plain floats: indexing the array would make a numpy scalar for every comparison below
        p = self.probabilities(trigger, mentions, event_type, sdoc).tolist()
        actors = [m for m, row in zip(mentions, p, strict=True) if row[1] >= self.actor_threshold and row[1] > row[2]]
        recipients = [
            m for m, row in zip(mentions, p, strict=True) if row[2] >= self.model.threshold and row[2] > row[1]
        ]
        return actors, recipients


def _overlaps(mention: ActorMention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


def _spans(text: str, phrases: Iterable[str | None], offset: int) -> list[tuple[int, int]]:
    out = []
    for phrase in phrases:
        if phrase:
            i = text.find(phrase)
            if i >= 0:
                out.append((offset + i, offset + i + len(phrase)))
    return out


def role_examples(
    sentences: list[TrainingSentence],
    nlp: Any,
    mentions_of: Callable[[Document], list[ActorMention]],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[list[int]], list[int], list[str]]:
    """Training pairs of the corpus: (feature indices, label, writer) per (event, mention) pair.

    Each document's sentences are joined into one text so the mention finder sees the whole
    article (people introduced earlier, the story's country)."""
    by_doc: dict[str, list[TrainingSentence]] = {}
    for s in sentences:
        by_doc.setdefault(s.doc, []).append(s)
    rows: list[list[int]] = []
    labels: list[int] = []
    writers: list[str] = []
    for k, (doc_id, doc_sentences) in enumerate(sorted(by_doc.items())):
        doc_sentences.sort(key=lambda s: s.n)
        offsets, parts, at = [], [], 0
        for s in doc_sentences:
            offsets.append(at)
            parts.append(s.text)
            at += len(s.text) + 1
        text = " ".join(parts)
        first = doc_sentences[0]
        article = Article(
            id=doc_id,
            text=text,
            published=date.fromisoformat(first.published),
            source_country=first.source_country,
        )
        doc = Document(article=article, text=text, published=article.published, source_country=first.source_country)
        doc.spacy = nlp(text)
        mentions = mentions_of(doc)
        for s, offset in zip(doc_sentences, offsets, strict=True):
            inside = [m for m in mentions if offset <= m.start and m.end <= offset + len(s.text)]
            if not inside or not s.events:
                continue
            span = doc.spacy.char_span(offset, offset + len(s.text), alignment_mode="expand")
            if span is None:
                continue
            for event in s.events:
                start = s.text.find(event.trigger)
                trigger = span_head(span, start, start + len(event.trigger)) if start >= 0 else None
                if trigger is None:
                    continue
                actor_spans = _spans(s.text, (r.text for r in event.actors), offset)
                recipient_spans = _spans(s.text, (r.text for r in event.recipients), offset)
                for m in inside:
                    if trigger.i in range(m.token_start, m.token_end):
                        continue
                    label = 1 if _overlaps(m, actor_spans) else 2 if _overlaps(m, recipient_spans) else 0
                    rows.append(_indices(role_features(trigger, m, event.type, doc.spacy)))
                    labels.append(label)
                    writers.append(s.writer)
        if progress is not None and k % 20 == 0:
            progress(k, len(by_doc))
    return rows, labels, writers


def train_roles(
    rows: list[list[int]], labels: list[int], config: dict[str, Any], keep: Sequence[int] | None = None
) -> RoleModel:
    train = config["train"]
    picked = list(keep) if keep is not None else list(range(len(rows)))
    x = Examples.build(
        [rows[i] for i in picked], [np.zeros(0, dtype=np.float32)] * len(picked), [labels[i] for i in picked]
    )
    clf = Classifier(ROLE_LABELS, 1 << _BITS, 0)
    clf.fit(
        x,
        epochs=int(train["epochs"]),
        learning_rate=float(train["learning_rate"]),
        l2=float(train["l2"]),
        batch_size=int(train["batch_size"]),
        seed=int(train["seed"]),
    )
    return RoleModel(clf, float(config.get("roles", {}).get("threshold", 0.5)))


def role_accuracy(
    model: RoleModel, rows: list[list[int]], labels: list[int], picked: Sequence[int]
) -> dict[str, float]:
    """Per-label precision and recall of the labeller on some pairs."""
    x = Examples.build(
        [rows[i] for i in picked], [np.zeros(0, dtype=np.float32)] * len(picked), [labels[i] for i in picked]
    )
    p = model.classifier.probabilities(x)
    pred = p.argmax(axis=1)
    gold = np.array([labels[i] for i in picked])
    out: dict[str, float] = {"accuracy": float((pred == gold).mean()) if len(gold) else 0.0}
    for k, name in enumerate(ROLE_LABELS[1:], 1):
        tp = float(((pred == k) & (gold == k)).sum())
        out[f"{name.lower()}_precision"] = tp / max(1.0, float((pred == k).sum()))
        out[f"{name.lower()}_recall"] = tp / max(1.0, float((gold == k).sum()))
    return out
