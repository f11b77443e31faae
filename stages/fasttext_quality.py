"""Model-based quality: a fastText supervised classifier's probability of one label, per document.

Text in, P(`label`) out as an annotation (a column of the documents), and a drop below `threshold`
unless `annotate_only`. Any fastText supervised model works; DCLM's baseline is the documented
example (docs/classifiers.md): `__label__hq` (OpenHermes-2.5 + ELI5 answers) against `__label__cc`
(random RefinedWeb pages), word bigrams, kept when P(hq) >= 0.018112 (its top ~10%).
`pipeline train-classifier` trains such a model, or distils a transformer's judgement into one.
fastText (fasttext-predict, or fasttext-numpy2 where training is installed) does the work, in
batches (one C++ call per batch).
"""
from __future__ import annotations

import os
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from stages.base import Annotation, Decision, Doc, Step, versions
from stages.model_files import check_file, fetch, is_url

LABEL_PREFIX = "__label__"
# DCLM's fastText filter (baselines/README.md, "fasttext filtering"): keep P(hq) >= 0.018112.
DCLM_THRESHOLD = 0.018112


def normalize(text: str, lowercase: bool = False) -> str:
    """The line fastText scores: the document's lines joined by spaces, as DCLM's scorer and
    our trainer (pipeline/train_classifier.py) both do. fastText reads one example per line and
    treats a newline as an end-of-sentence token, so a document must be one line, at training
    and at prediction alike (fastText itself refuses a text with a newline). Lower-casing only
    when the model was trained on lower-cased text (`lowercase`): fastText's words are
    case-sensitive, so the same rule must hold at both ends, and DCLM's model keeps the case."""
    line = " ".join(text.strip().splitlines())
    return line.lower() if lowercase else line


def label_name(label: str) -> str:
    """`hq` for `hq` or `__label__hq`."""
    return label[len(LABEL_PREFIX):] if label.startswith(LABEL_PREFIX) else label


@dataclass(frozen=True)
class FastTextQualitySettings:
    # A fastText supervised model (.bin or quantized .ftz): a local path, or an https:// or s3://
    # URL fetched once per node into the model cache (stages/model_files.py). Required.
    model: str = ""
    model_sha256: str | None = None  # checked on download, and in the driver for a local file
    model_bytes: int | None = None   # the same for the file's size (cheap)
    label: str = "hq"                # the positive label, with or without `__label__` (DCLM: hq)
    threshold: float = DCLM_THRESHOLD  # keep when P(label) >= threshold (DCLM: top ~10%)
    annotate_only: bool = False      # true: drop nothing, only write the score
    annotation: str = "fasttext_score"  # the score's name: a statistics and documents column
    lowercase: bool = False          # lower-case the text first: only for a model trained so
    # 0: every worker process that runs the step loads the model (fastest, one copy per worker);
    # N: N single-CPU Ray actors hold it (one copy each: memory) and the tasks send them batches.
    actors: int = 0

    def __post_init__(self):
        if not self.model:
            raise ValueError("model is required: a fastText model file (a local path, https:// "
                             "or s3:// URL), e.g. one `pipeline train-classifier` wrote")
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1] (a probability), got {self.threshold}")
        if not label_name(self.label):
            raise ValueError("label must name the positive label, e.g. hq or __label__hq")
        if not self.annotation.isidentifier():
            raise ValueError(f"annotation must be an identifier (a column name), got "
                             f"{self.annotation!r}")
        if self.actors < 0:
            raise ValueError(f"actors must be >= 0, got {self.actors}")
        if self.model_bytes is not None and self.model_bytes <= 0:
            raise ValueError(f"model_bytes must be positive, got {self.model_bytes}")


# --- the model file ---------------------------------------------------------------------------

FASTTEXT_MAGIC, FASTTEXT_VERSION = 793712314, 12
_ARGS = ("dim", "ws", "epoch", "min_count", "neg", "word_ngrams", "loss", "model", "bucket",
         "minn", "maxn", "lr_update_rate")
LOSSES = {1: "hs", 2: "ns", 3: "softmax", 4: "ova"}
SUPERVISED = 3  # fastText's model_name::sup


def read_header(path: str | Path) -> dict:
    """A fastText model's training arguments and labels, read from its header without loading it
    (the driver's check of a multi-GB model; fastText's Args::save and Dictionary::save layout).
    `labels` is None when they cannot be found cheaply. ValueError if not a fastText model."""
    with open(path, "rb") as handle:
        head = handle.read(8 + 4 * len(_ARGS) + 8 + 4 * 3 + 8 * 2)
        if len(head) < 92 or struct.unpack_from("<ii", head) != (FASTTEXT_MAGIC,
                                                                  FASTTEXT_VERSION):
            raise ValueError(f"{path}: not a fastText model file (wrong header); expected the "
                             f".bin or .ftz that fastText's train_supervised saves")
        values = struct.unpack_from(f"<{len(_ARGS)}i", head, 8)
        header = dict(zip(_ARGS, values))
        header["loss"] = LOSSES.get(header["loss"], str(header["loss"]))
        _size, nwords, nlabels = struct.unpack_from("<3i", head, 64)
        header.update(nwords=nwords, nlabels=nlabels, labels=None)
        header["supervised"] = header.pop("model") == SUPERVISED
        # The dictionary lists every word, then every label (`word\0`, int64 count, int8 type):
        # the first label starts after the last word's type byte 0, and a word cannot hold \0.
        # Searching the bytes finds it without parsing millions of words in Python.
        import mmap

        handle.seek(0, os.SEEK_END)
        if handle.tell() <= 92:
            return header
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start = 92 if nwords == 0 else data.find(b"\x00" + LABEL_PREFIX.encode(), 92) + 1
            if start <= 0:
                return header
            labels, position = [], start
            for _ in range(nlabels):
                end = data.find(b"\x00", position)
                if end < 0 or end + 9 > len(data) or data[end + 9] != 1:
                    return header
                labels.append(data[position:end].decode("utf-8", "replace"))
                position = end + 10
        header["labels"] = [label_name(label) for label in labels]
    return header


_MODELS: dict[tuple, object] = {}
_MODELS_LOCK = threading.Lock()


def load_model(path: Path):
    """fastText's model of `path`, loaded once per process (the step is rebuilt when a worker
    runs another recipe; the model is not, unless the file changed). One model at a time."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _MODELS_LOCK:
        if key not in _MODELS:
            import fasttext

            _MODELS.clear()  # free the previous model before loading the next one
            before = _anonymous_regions()
            _MODELS[key] = fasttext.load_model(str(path))
            _huge_pages(_anonymous_regions() - before)
        return _MODELS[key]


def _anonymous_regions() -> set[tuple[int, int]]:
    regions = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                fields = line.split()
                if len(fields) == 5:  # no file name: anonymous memory (the heap's big blocks)
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    regions.add((start, end))
    except OSError:
        pass
    return regions


HUGE_PAGE = 2 << 20
MADV_HUGEPAGE, MADV_COLLAPSE = 14, 25


def _huge_pages(regions) -> None:
    """Back the model's big blocks (the embedding matrix, the word hash table) with 2 MiB pages.
    A prediction reads a few random rows of a matrix of hundreds of MB per word, so it waits on
    TLB misses: on DCLM's shape this makes scoring ~40% faster (BENCHMARKS.md, "Classifiers").
    Linux >= 6.1 with transparent huge pages in `madvise` or `always` mode; elsewhere a no-op.
    It costs ~2 s of CPU per GB, once per process."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        madvise = libc.madvise
    except (OSError, AttributeError):
        return
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    for start, end in regions:
        start = (start + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1)
        length = (end - start) & ~(HUGE_PAGE - 1)
        if length >= 16 * HUGE_PAGE:
            madvise(start, length, MADV_HUGEPAGE)
            madvise(start, length, MADV_COLLAPSE)  # now, not when khugepaged gets to it


class FastTextQuality(Step):
    """Score each document with a fastText classifier; drop those below `threshold`."""

    name, Settings = "fasttext_quality", FastTextQualitySettings

    def __init__(self, settings: FastTextQualitySettings):
        self.settings = settings
        path = fetch(settings.model, settings.model_bytes, settings.model_sha256,
                     verify_local=False)  # the driver's preflight checked a local file's hash
        self.model = load_model(path)
        self.label = LABEL_PREFIX + label_name(settings.label)
        labels = read_header(path)["labels"]
        if labels is not None and label_name(settings.label) not in labels:
            raise ValueError(f"{settings.model}: the model has no label "
                             f"{label_name(settings.label)!r}; its labels: {', '.join(labels)}")

    @classmethod
    def declared_annotations(cls, settings: FastTextQualitySettings) -> tuple[Annotation, ...]:
        return (Annotation(settings.annotation, "float32",
                           f"P({label_name(settings.label)}) by the fastText model "
                           f"{Path(settings.model).name}, 0-1"),)

    @classmethod
    def actor_resources(cls, settings: FastTextQualitySettings, cluster) -> dict | None:
        """`actors` > 0: a pool of that many single-CPU actors, each holding the model."""
        return {"num_cpus": 1, "actors": settings.actors} if settings.actors else None

    @classmethod
    def threshold_cuts(cls, settings: FastTextQualitySettings) -> dict[str, float]:
        """Where `threshold` cuts the score (the report's histograms)."""
        return {settings.annotation: settings.threshold}

    @classmethod
    def preflight(cls, settings: FastTextQualitySettings) -> None:
        """The model is fetched (once, into the cache) and checked here, in the driver: its
        hash when the recipe gives one, that it is a supervised fastText model, that it has the
        label. Its header only is read: a multi-GB model is loaded by the workers alone."""
        path = fetch(settings.model, settings.model_bytes, settings.model_sha256)
        header = read_header(path)
        if not header["supervised"]:
            raise ValueError(f"{settings.model}: a fastText word-vector model, not a classifier "
                             f"(train one with `pipeline train-classifier`)")
        wanted = label_name(settings.label)
        if header["labels"] is not None and wanted not in header["labels"]:
            raise ValueError(f"{settings.model}: the model has no label {wanted!r}; its labels: "
                             f"{', '.join(header['labels'])}")
        card = _card_of(path)
        if card is not None and bool(card.get("settings", {}).get("lowercase")) != \
                settings.lowercase:
            raise ValueError(f"{settings.model}: its card ({card['path']}) says the model was "
                             f"trained with lowercase = {card['settings']['lowercase']}; set "
                             f"lowercase = {str(card['settings']['lowercase']).lower()} in the "
                             f"recipe (text must be normalised as at training)")

    @classmethod
    def fingerprint(cls, settings: FastTextQualitySettings) -> dict[str, str]:
        path = fetch(settings.model, settings.model_bytes, settings.model_sha256,
                     verify_local=False)
        found = {"model_bytes": str(path.stat().st_size)}
        # A hash the recipe states is checked on every fetch; otherwise hash the file (a few
        # seconds for DCLM's 2.4 GB, once per run, in the driver).
        found["model_sha256"] = (settings.model_sha256 or "").lower() or _sha256_cached(path)
        return found | versions("fasttext-predict", "fasttext-numpy2")

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        lowercase, name = self.settings.lowercase, self.settings.annotation
        lines = [normalize(doc.text or "", lowercase) for doc in docs]
        scores = self.scores(lines)
        threshold, annotate_only = self.settings.threshold, self.settings.annotate_only
        return [Decision.keep(**{name: score}) if annotate_only or score >= threshold
                else Decision.drop("low_score", **{name: score}) for score in scores]

    def scores(self, lines: list[str]) -> list[float]:
        """P(label) of each normalised line. One C++ call per line: fasttext-predict's batch
        call (`predict` of a list) returns the labels without their probabilities, and a batch
        call costs the same per document (the time is fastText's own, ~0.2 ms a page)."""
        predict, wanted = self.model.f.predict, self.label
        scores = []
        for line in lines:
            score = 0.0  # fastText leaves out no label with k=-1, threshold 0; a guard only
            for probability, label in predict(line + "\n", -1, 0.0, "replace"):
                if label == wanted:
                    score = probability
                    break
            scores.append(min(max(float(score), 0.0), 1.0))  # softmax can give 1.00001
        return scores


def _card_of(path: Path) -> dict | None:
    """The JSON card `pipeline train-classifier` wrote beside a model (MODEL.json), if any."""
    import json

    card = path.with_name(path.name + ".json")
    if not card.is_file():
        return None
    try:
        data = json.loads(card.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data | {"path": str(card)} if isinstance(data, dict) else None


_HASHES: dict[tuple, str] = {}


def _sha256_cached(path: Path) -> str:
    from stages.model_files import sha256_of

    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _HASHES:
        _HASHES[key] = sha256_of(path)
    return _HASHES[key]


__all__ = ["FastTextQuality", "FastTextQualitySettings", "normalize", "read_header",
           "check_file", "is_url"]
