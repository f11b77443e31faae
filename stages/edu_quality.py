"""FineWeb-Edu-style quality: a Hugging Face sequence-classification model's educational score.

Text in, `edu_score` (the model's 0-5 regression output) and `edu_int_score` (rounded and clamped
to 0-5, as FineWeb-Edu publishes it) out, and a drop when `edu_int_score < threshold` unless
`annotate_only`. The default model is FineWeb-Edu's own (HuggingFaceFW/fineweb-edu-classifier:
Snowflake arctic-embed-m, a BERT-base encoder, plus a linear head, trained on 450k pages that
Llama-3-70B rated 0-5; FineWeb-Edu keeps int score >= 3). transformers and torch do the work
(`pip install -e '.[classifier]'`): on a GPU in bf16 when the worker has one (the runner gives the
step a pool of GPU actors when the cluster has GPUs: `actor_resources`), else on CPU, ~100x
slower, with a warning that says how fast. Documents are sorted by token count and packed into
batches of about `batch_tokens` padded tokens, so little of a batch is padding.
Models load from a local folder or the Hugging Face cache only; the driver fetches a hub model
into the cache first (`preflight`), so workers never touch the network.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from stages.base import Annotation, Decision, Doc, Step, file_sha256, versions

FINEWEB_EDU_CLASSIFIER = "HuggingFaceFW/fineweb-edu-classifier"
INSTALL_HINT = "pip install -e '.[classifier]'"
# What a model folder needs; the weights' other formats (ONNX, TF, Flax) are never fetched.
MODEL_FILES = ["*.json", "*.safetensors", "*.txt", "*.model", "pytorch_model*.bin"]


@dataclass(frozen=True)
class EduQualitySettings:
    model: str = FINEWEB_EDU_CLASSIFIER  # a hub id (fetched into HF_HOME once) or a local folder
    revision: str | None = None          # a hub commit, branch or tag (None: main)
    threshold: int = 3                   # keep when edu_int_score >= threshold (FineWeb-Edu: 3)
    annotate_only: bool = False          # true: drop nothing, only write the scores
    max_tokens: int = 512                # FineWeb-Edu's annotation: truncate at 512 tokens
    batch_tokens: int = 65_536           # padded tokens per forward pass (GPU); CPU uses 1/16
    device: str = "auto"                 # auto (a GPU when the worker has one), cpu, cuda
    # A cluster with GPUs: a pool of GPU actors, `actors` of them (0: one per GPU). Without
    # GPUs: 0 runs the step inside the file tasks (one model per worker process), N > 0 in N
    # single-CPU actors.
    actors: int = 0

    def __post_init__(self):
        if not self.model:
            raise ValueError("model must be a Hugging Face hub id or a local folder")
        if not 0 <= self.threshold <= 5:
            raise ValueError(f"threshold must be an integer score in [0, 5], got {self.threshold}")
        if not 1 <= self.max_tokens <= 8192:
            raise ValueError(f"max_tokens must be in [1, 8192], got {self.max_tokens}")
        if self.batch_tokens < self.max_tokens:
            raise ValueError(f"batch_tokens must be >= max_tokens ({self.max_tokens}), got "
                             f"{self.batch_tokens}")
        if self.actors < 0:
            raise ValueError(f"actors must be >= 0, got {self.actors}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"device must be auto, cpu or cuda, got {self.device!r}")


def hf_home() -> str:
    try:
        from huggingface_hub import constants

        return constants.HF_HOME
    except ImportError:
        return os.environ.get("HF_HOME") or os.path.expanduser("~/.cache/huggingface")


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def model_folder(settings: EduQualitySettings, download: bool = True) -> Path:
    """The local folder of the model: `model` itself when it is a folder, else its snapshot in
    the Hugging Face cache (downloaded now when `download` and the hub is reachable). A
    ValueError in one line naming the model and the cache folder when it cannot be had."""
    local = Path(settings.model).expanduser()
    if local.is_dir():
        if not (local / "config.json").is_file():
            raise ValueError(f"model {settings.model}: a folder without config.json (expected "
                             f"a saved transformers model: save_pretrained's output)")
        return local
    if local.exists() or settings.model.startswith((".", "/", "~")):
        raise ValueError(f"model {settings.model}: no such folder")
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise ValueError(f"edu_quality needs torch and transformers: {INSTALL_HINT}") from None
    try:
        folder = snapshot_download(settings.model, revision=settings.revision,
                                   allow_patterns=MODEL_FILES, local_files_only=not download)
    except Exception as error:  # noqa: BLE001 - hub errors have many types; all mean "cannot"
        offline = os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes")
        where = (f"offline (HF_HUB_OFFLINE=1) and not in the Hugging Face cache HF_HOME="
                 f"{hf_home()}" if offline or not download else
                 f"not in the Hugging Face cache HF_HOME={hf_home()} and not downloadable")
        raise ValueError(f"cannot load model {settings.model!r}: {where} "
                         f"({type(error).__name__}: {_one_line(error)}); fetch it where there "
                         f"is network (`hf download {settings.model}`) or set `model` to a "
                         f"local folder") from None
    return Path(folder)


def _torch_for_transformers():
    """torch, imported, and transformers imported knowing it. The pii step hides torch while
    spaCy and presidio import (stages/pii.py), and transformers, imported by them then, decides
    once and for all that there is no torch: its models then refuse to load. Such a transformers
    (nothing of it is in use: presidio only probes for it) is imported again."""
    try:
        import torch
        from transformers.utils import import_utils
    except ImportError:
        raise ValueError(f"edu_quality needs torch and transformers: {INSTALL_HINT}") from None
    if not import_utils.is_torch_available():
        for module in [m for m in sys.modules if m == "transformers" or
                       m.startswith("transformers.")]:
            del sys.modules[module]
    return torch


_LOADED: dict[tuple, tuple] = {}
_LOAD_LOCK = threading.Lock()


def load(folder: Path, device: str):
    """(tokenizer, model, device) of a model folder, once per process and device."""
    key = (str(folder), device)
    with _LOAD_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        torch = _torch_for_transformers()
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        # bf16 on a GPU (FineWeb-Edu's annotation ran so); fp32 on CPU, where bf16 is slower
        # on most CPUs and the scores would differ from the GPU's only in their last digits.
        dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # a bar per worker on the driver's stderr
        transformers_logging.set_verbosity_error()
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(folder))
            model = AutoModelForSequenceClassification.from_pretrained(str(folder), dtype=dtype)
        except (OSError, ValueError, KeyError) as error:
            raise ValueError(f"cannot load model {folder}: {_one_line(error)}") from None
        model.eval().to(device)
        _LOADED.clear()
        _LOADED[key] = (tokenizer, model, device)
        return _LOADED[key]


def int_score(score: float) -> int:
    """FineWeb-Edu's `int_score`: the score clamped to [0, 5], rounded (half to even)."""
    return int(round(max(0.0, min(score, 5.0))))


class EduQuality(Step):
    """Score each document's educational value (0-5); drop those whose rounded score is below
    `threshold`."""

    name, Settings = "edu_quality", EduQualitySettings
    annotations = (
        Annotation("edu_score", "float32", "educational value, the classifier's 0-5 regression "
                   "output (FineWeb-Edu's `score`; may leave [0, 5] slightly)"),
        Annotation("edu_int_score", "int32", "edu_score clamped to [0, 5] and rounded "
                   "(FineWeb-Edu's `int_score`); the threshold applies to it"),
    )

    def __init__(self, settings: EduQualitySettings = EduQualitySettings()):
        self.settings = settings
        try:  # the driver's preflight fetched it into this node's cache, if it is the same node
            folder = model_folder(settings, download=False)
        except ValueError:
            folder = model_folder(settings, download=True)  # another node: its own cache
        self.tokenizer, self.model, self.device = load(folder, settings.device)
        self.on_gpu = self.device.startswith("cuda")
        self.batch_tokens = settings.batch_tokens if self.on_gpu else max(
            settings.max_tokens, settings.batch_tokens // 16)
        self._warned = self.on_gpu

    @classmethod
    def preflight(cls, settings: EduQualitySettings) -> None:
        """Fetch the model into the Hugging Face cache now (once), or fail in one line naming
        the model and HF_HOME, before any WARC file is read; check it is a classifier."""
        folder = model_folder(settings, download=True)
        try:
            from transformers import AutoConfig
        except ImportError:
            raise ValueError(f"edu_quality needs torch and transformers: {INSTALL_HINT}") from None
        try:
            config = AutoConfig.from_pretrained(str(folder))
        except (OSError, ValueError, KeyError) as error:
            raise ValueError(f"cannot load model {settings.model!r} ({folder}): "
                             f"{_one_line(error)}") from None
        if not any(name.endswith("ForSequenceClassification")
                   for name in (config.architectures or [])):
            raise ValueError(f"model {settings.model!r} is a {', '.join(config.architectures or ['?'])}, "
                             f"not a sequence-classification model (FineWeb-Edu's: "
                             f"{FINEWEB_EDU_CLASSIFIER})")
        if not any(folder.glob("*.safetensors")) and not any(folder.glob("pytorch_model*.bin")):
            raise ValueError(f"model {settings.model!r}: no weights (*.safetensors) in {folder}")

    @classmethod
    def fingerprint(cls, settings: EduQualitySettings) -> dict[str, str]:
        folder = model_folder(settings, download=False)
        weights = sorted([*folder.glob("*.safetensors"), *folder.glob("pytorch_model*.bin")])
        found = {"model_sha256": file_sha256(*(p.resolve() for p in weights))} if weights else {}
        return found | versions("torch", "transformers", "tokenizers")

    @classmethod
    def threshold_cuts(cls, settings: EduQualitySettings) -> dict[str, float]:
        """Where `threshold` cuts each score (the report's histograms): on edu_int_score at the
        threshold, on edu_score half a point lower (the rounding)."""
        return {"edu_score": settings.threshold - 0.5, "edu_int_score": float(settings.threshold)}

    @classmethod
    def actor_resources(cls, settings: EduQualitySettings,
                        cluster: Mapping[str, float]) -> dict | None:
        """A pool of one actor per GPU when the cluster has GPUs (and `device` allows): each
        holds the model on its GPU and scores the batches the file tasks send. Without GPUs,
        `actors` CPU actors, or None (0): the step runs inside the file tasks, on CPU."""
        gpus = int(cluster.get("GPU", 0))
        if settings.device != "cpu" and gpus >= 1:
            return {"num_gpus": 1, "num_cpus": 1, "actors": min(settings.actors or gpus, gpus)}
        return {"num_cpus": 1, "actors": settings.actors} if settings.actors else None

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        started = time.perf_counter()
        scores = self.scores([doc.text or "" for doc in docs])
        if not self._warned and docs:
            self._warn_cpu(len(docs), time.perf_counter() - started)
        threshold, annotate_only = self.settings.threshold, self.settings.annotate_only
        decisions = []
        for score in scores:
            rounded = int_score(score)
            values = {"edu_score": score, "edu_int_score": rounded}
            decisions.append(Decision.keep(**values) if annotate_only or rounded >= threshold
                             else Decision.drop("low_score", **values))
        return decisions

    def _warn_cpu(self, pages: int, seconds: float) -> None:
        self._warned = True
        print(f"edu_quality: WARNING: no GPU in this worker, scoring on CPU: "
              f"{pages / seconds:.1f} pages/s measured on its first {pages} pages (up to "
              f"{self.settings.max_tokens} tokens each); a run with a GPU in the Ray cluster "
              f"scores on a pool of GPU actors (~1,000 pages/s per H100)", file=sys.stderr,
              flush=True)

    # -- scoring -------------------------------------------------------------------------------

    def encode(self, texts: list[str]) -> list[list[int]]:
        """Token ids of each text, truncated to `max_tokens` (special tokens included). Only
        the head of a long text is tokenized: 16 characters per token is more than any real
        text needs; a text that still comes out short of `max_tokens` is tokenized whole."""
        limit, cut = self.settings.max_tokens, self.settings.max_tokens * 16
        heads = [text[:cut] for text in texts]
        encoded = self.tokenizer(heads, truncation=True, max_length=limit)
        ids = encoded["input_ids"]
        again = [i for i, text in enumerate(texts) if len(text) > cut and len(ids[i]) < limit]
        if again:
            redone = self.tokenizer([texts[i] for i in again], truncation=True, max_length=limit)
            for i, row in zip(again, redone["input_ids"]):
                ids[i] = row
        return ids

    def batches(self, lengths: list[int]) -> list[list[int]]:
        """Indices grouped into forward passes: sorted by length, each batch as many documents
        as fit `batch_tokens` padded to its longest (length packing)."""
        order = sorted(range(len(lengths)), key=lengths.__getitem__)
        batches, current, longest = [], [], 0
        for index in order:
            longest_if = max(longest, lengths[index])
            if current and longest_if * (len(current) + 1) > self.batch_tokens:
                batches.append(current)
                current, longest_if = [], lengths[index]
            current.append(index)
            longest = longest_if
        if current:
            batches.append(current)
        return batches

    def scores(self, texts: list[str]) -> list[float]:
        """The model's score of each text: its single output (a regressor, as FineWeb-Edu's),
        or the expected class index under its softmax (a classifier of labels 0..n-1)."""
        if not texts:
            return []
        import torch

        ids = self.encode(texts)
        scores = [0.0] * len(texts)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        with torch.inference_mode():
            for batch in self.batches([len(row) for row in ids]):
                longest = max(len(ids[i]) for i in batch)
                input_ids = torch.full((len(batch), longest), pad, dtype=torch.long)
                mask = torch.zeros((len(batch), longest), dtype=torch.long)
                for row, index in enumerate(batch):
                    input_ids[row, :len(ids[index])] = torch.tensor(ids[index])
                    mask[row, :len(ids[index])] = 1
                logits = self.model(input_ids=input_ids.to(self.device),
                                    attention_mask=mask.to(self.device)).logits.float()
                if logits.shape[-1] == 1:
                    values = logits[:, 0]
                else:
                    classes = torch.arange(logits.shape[-1], device=logits.device,
                                           dtype=torch.float32)
                    values = (logits.softmax(-1) * classes).sum(-1)
                for index, value in zip(batch, values.cpu().tolist()):
                    scores[index] = float(value)
        return scores
