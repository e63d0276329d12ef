"""The role labeller held out by writer: its own pair accuracy, and the decisions it takes in the
learned coder (``[roles] mode = "fallback"``) against the rules' reading of the same events.

    PYTHONPATH=src python tools/role_heldout.py --rows /tmp/roles.pkl [--extract] [--limit N] [--extra GROUPS]

``--extract`` runs the rules' pipeline (mentions, chains, events, resolve) over each training document
(its sentences joined, as ``role_examples`` does) and saves, per gold event, the labeller's rows (the
shipped features and a few candidate ones, ``x_*``), the gold codes and the rules' same-type event of the
sentence in ``--rows``; without it the rows are read from there. Five folds of whole writers (t3+t10,
t1+t9, t2+t8, t4+t7, t5+t6) are fitted with the ``[train]`` recipe of training/config.toml (one seed).
Decisions, as ``relabel_roles`` takes them, are counted right when the codes equal the gold's:
``out`` (the rules' recipient is from outside the sentence), ``empty`` (the rules have none), ``act``
(the rules' actor is from outside the sentence); printed as events, rules right, fallback right.
``--extra``: candidate feature groups added to the shipped ones ("subj+agent+rank", "all").
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tomllib
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from parley.coder import load_corpus
from parley.coder._candidate_words import span_head
from parley.coder._roles import _BITS, _ancestors, _mention_head, _overlaps, _spans, role_features, train_roles
from parley.document import ActorMention, Article, Document
from parley.pipeline import Pipeline
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FOLDS = [{"t3", "t10"}, {"t1", "t9"}, {"t2", "t8"}, {"t4", "t7"}, {"t5", "t6"}]
_SUBJ = {"nsubj", "nsubjpass", "csubj"}


def extra_features(trigger: Any, m: ActorMention, inside: list[ActorMention], sdoc: Any, home: str) -> list[str]:
    """Candidate features (not shipped): subject of the trigger, "by" agent, rank by distance on its
    side, first mention, code repeated, the outlet's state, kind and trigger lemma by side, the
    mention's two governing labels, mention count, another mention the trigger's subject."""
    head = _mention_head(m, sdoc)
    side = "before" if head.i < trigger.i else "after"
    up = {t.i for t in _ancestors(trigger)}
    subj = (
        None
        if head.dep_ not in _SUBJ
        else "trig"
        if head.head.i == trigger.i
        else "anc"
        if head.head.i in up
        else "other"
    )
    dist = abs(head.i - trigger.i)
    same_side = [x for x in inside if (x.token_start < trigger.i) == (head.i < trigger.i)]
    rank = sum(1 for x in same_side if abs(_mention_head(x, sdoc).i - trigger.i) < dist)
    codes = [x.entity.code for x in inside]
    other_subj = any(
        _mention_head(x, sdoc).dep_ in _SUBJ and _mention_head(x, sdoc).head.i == trigger.i
        for x in inside
        if x is not m
    )
    f = [
        f"x_subj={subj}",
        f"x_rank={side}|{min(rank, 3)}",
        f"x_first={bool(inside) and inside[0] is m}",
        f"x_dupcode={codes.count(m.entity.code) > 1}",
        f"x_source={m.entity.code == home}",
        f"x_kind_o={m.kind}|{side}",
        f"x_trig_o={trigger.lemma_.lower()}|{side}",
        f"x_hh={head.dep_}>{head.head.dep_}>{head.head.head.dep_}",
        f"x_n={min(len(inside), 4)}",
        f"x_othersubj={other_subj}|{side}",
    ]
    if head.head.lower_ == "by" and head.head.dep_ in {"agent", "prep"}:
        f.append(f"x_agent={head.head.head.i == trigger.i}")
    return f


def extract(limit: int) -> list[dict[str, Any]]:
    """Per gold event of the training corpus: its mention rows, gold codes and the rules' reading."""
    by_doc: dict[str, list[Any]] = {}
    for path in sorted((ROOT / "training" / "batches").glob("*.jsonl")):
        for s in load_corpus(path):
            by_doc.setdefault(s.doc, []).append(s)
    pipe = Pipeline(Settings().with_(coder="rules"))
    out: list[dict[str, Any]] = []
    for k, (doc_id, sents) in enumerate(sorted(by_doc.items())):
        if limit and k >= limit:
            break
        sents.sort(key=lambda s: s.n)
        offsets = list(np.cumsum([0] + [len(s.text) + 1 for s in sents[:-1]]))
        text = " ".join(s.text for s in sents)
        first = sents[0]
        published = date.fromisoformat(first.published)
        article = Article(id=doc_id, text=text, published=published, source_country=first.source_country)
        doc = Document(article=article, text=text, published=published, source_country=first.source_country)
        doc.spacy = sdoc = pipe.nlp(text)
        for component in pipe.components[:4]:  # mentions, chains, events, resolve (no dedup)
            doc = component(doc)
        for s, off in zip(sents, offsets, strict=True):
            off = int(off)
            span = sdoc.char_span(off, off + len(s.text), alignment_mode="expand")
            if not s.events or span is None:
                continue
            inside = [m for m in doc.actor_mentions if off <= m.start and m.end <= off + len(s.text)]
            ruled = [
                (e.event, e.actor_codes, e.recipient_codes, e.trigger)
                for e in doc.events
                if off <= e.start <= off + len(s.text)
            ]
            for ev in s.events:
                at = s.text.find(ev.trigger)
                trigger = span_head(span, at, at + len(ev.trigger)) if at >= 0 else None
                if trigger is None:
                    continue
                actor_spans = _spans(s.text, (r.text for r in ev.actors), off)
                recipient_spans = _spans(s.text, (r.text for r in ev.recipients), off)
                ms = [m for m in inside if not m.token_start <= trigger.i < m.token_end]
                rows = [
                    {
                        "label": 1 if _overlaps(m, actor_spans) else 2 if _overlaps(m, recipient_spans) else 0,
                        "code": m.entity.code,
                        "f": role_features(trigger, m, ev.type, sdoc),
                        "x": extra_features(trigger, m, ms, sdoc, first.source_country),
                    }
                    for m in ms
                ]
                same = [r for r in ruled if r[0] == ev.type]
                rules = next((r for r in same if r[3] == trigger.lemma_.lower()), same[0] if same else None)
                out.append(
                    {
                        "writer": s.writer,
                        "rows": rows,
                        "gold_actors": [r.code for r in ev.actors],
                        "gold_recips": [r.code for r in ev.recipients],
                        "rules": rules,
                        "sent_codes": sorted({m.entity.code for m in inside}),
                    }
                )
        if k % 50 == 0:
            print(f"{k} of {len(by_doc)} documents", file=sys.stderr, flush=True)
    return out


def _indices(row: dict[str, Any], extra: str) -> list[int]:
    groups = set(extra.split("+")) if extra else set()
    feats = row["f"] + [x for x in row["x"] if extra == "all" or x.split("=", 1)[0][2:] in groups]
    return sorted({zlib.crc32(f.encode("utf-8")) & ((1 << _BITS) - 1) for f in feats})


def held_out(events: list[dict[str, Any]], extra: str, train: dict[str, Any]) -> dict[int, np.ndarray]:
    """Each event's row probabilities from the fold model that did not see its writer."""
    probs: dict[int, np.ndarray] = {}
    for fold in FOLDS:
        rows = [(_indices(m, extra), m["label"]) for e in events if e["writer"] not in fold for m in e["rows"]]
        clf = train_roles([r for r, _ in rows], [y for _, y in rows], {"train": train}).classifier
        for i, e in enumerate(events):
            if e["writer"] in fold and e["rows"]:
                probs[i] = clf.row_probabilities([_indices(m, extra) for m in e["rows"]])
    return probs


def decisions(
    events: list[dict[str, Any]], probs: dict[int, np.ndarray], bar: float, actor_bar: float
) -> dict[str, list[int]]:
    """(events, rules right, fallback right) per kind of decision the fallback takes."""
    out = {"out": [0, 0, 0], "empty": [0, 0, 0], "act": [0, 0, 0]}
    for i, e in enumerate(events):
        if e["rules"] is None or i not in probs:
            continue
        p, codes = probs[i], [m["code"] for m in e["rows"]]
        _, ra, rr, _ = e["rules"]
        here, ga, gr = set(e["sent_codes"]), set(e["gold_actors"]), set(e["gold_recips"])
        picks = list(dict.fromkeys(codes[k] for k in range(len(codes)) if p[k, 1] >= actor_bar and p[k, 1] > p[k, 2]))
        actor_out = not any(a in here for a in ra)
        actors = picks if picks and actor_out else ra
        if actor_out:
            out["act"] = [out["act"][0] + 1, out["act"][1] + (set(ra) == ga), out["act"][2] + (set(actors) == ga)]
        kind = "empty" if not rr else "out" if not any(r in here for r in rr) else None
        if kind is None:
            continue
        taken = [c for c in dict.fromkeys(codes[k] for k in range(len(codes)) if p[k, 2] >= bar and p[k, 2] > p[k, 1])]
        recips = [c for c in taken if c not in actors] or rr
        out[kind] = [out[kind][0] + 1, out[kind][1] + (set(rr) == gr), out[kind][2] + (set(recips) == gr)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--extract", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="first N documents only (with --extract)")
    parser.add_argument("--extra", default="", help='candidate feature groups ("subj+rank", "all")')
    args = parser.parse_args()
    if args.extract:
        events = extract(args.limit)
        args.rows.write_bytes(pickle.dumps(events))
    else:
        events = pickle.loads(args.rows.read_bytes())
    with (ROOT / "training" / "config.toml").open("rb") as fh:
        train = tomllib.load(fh)["train"]
    probs = held_out(events, args.extra, train)
    right = total = 0
    for i, p in probs.items():
        gold = np.array([m["label"] for m in events[i]["rows"]])
        right, total = right + int((p.argmax(axis=1) == gold).sum()), total + len(gold)
    print(f"pairs {total}, held-out accuracy {right / max(1, total):.4f}")
    for bar, actor_bar in ((0.5, 0.5), (0.5, 0.8), (0.8, 0.8)):
        print(f"bar {bar} actor bar {actor_bar}: {decisions(events, probs, bar, actor_bar)}")


if __name__ == "__main__":
    main()
