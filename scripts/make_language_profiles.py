"""Generate stages/data/fineweb2_profiles.json.gz from FineWeb-2's per-language configs.

    python scripts/make_language_profiles.py [../shared/data/fineweb2]

Input: a copy of huggingface/fineweb-2 (Apache-2.0) with `configs/<code>_<Script>.yml` (one per
language-script pair: dup_line_frac, top_n_grams, dup_n_grams, language_score, line_punct_thr,
min/max_avg_word_length, max_non_alpha_words_ratio, new_line_ratio, stopwords) and
`fineweb2-language-distribution.csv` (words per subset), and its SOURCE.txt naming the commit.
Output: one gzipped JSON object, every value unchanged, plus the training-split word count of each
subset (stages.languages orders a language's scripts by it: the default script is the largest).
The output is byte-identical for the same input (sorted keys, gzip without a timestamp).
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "stages" / "data" / "fineweb2_profiles.json.gz"
FIELDS = ("dup_line_frac", "top_n_grams", "dup_n_grams", "language_score", "line_punct_thr",
          "min_avg_word_length", "max_avg_word_length", "max_non_alpha_words_ratio",
          "new_line_ratio", "stopwords")
CODE = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")


def main(source: Path) -> None:
    origin = (source / "SOURCE.txt").read_text(encoding="utf-8").split("\n")[0]
    commit = re.search(r"commit ([0-9a-f]{40})", origin)
    if commit is None:
        raise SystemExit(f"{source}/SOURCE.txt: no commit named in its first line")
    words: dict[str, int] = {}
    with open(source / "fineweb2-language-distribution.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] == "train" and CODE.match(row["subset"]) and row["words"] != "-":
                words[row["subset"]] = int(row["words"])
    profiles = {}
    for path in sorted((source / "configs").glob("*.yml")):
        code = path.stem
        if not CODE.match(code):
            raise SystemExit(f"{path}: not a <iso639-3>_<Script> name")
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing = [f for f in FIELDS if f not in config]
        if missing or set(config) - set(FIELDS):
            raise SystemExit(f"{path}: fields {sorted(config)}, expected {sorted(FIELDS)}")
        profiles[code] = {**{f: config[f] for f in FIELDS}, "words": words.get(code, 0)}
    document = {
        "source": f"github.com/huggingface/fineweb-2 at commit {commit.group(1)}, configs/*.yml "
                  f"(values unchanged) and fineweb2-language-distribution.csv (column words, "
                  f"train split)",
        "license": "Apache-2.0 (the repository's code and configuration license)",
        "profiles": profiles,
    }
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                  filename="", compresslevel=9) as out:
        out.write(data.encode("utf-8"))
    digest = hashlib.sha256(TARGET.read_bytes()).hexdigest()
    print(f"{TARGET.relative_to(ROOT)}: {len(profiles)} profiles, {TARGET.stat().st_size:,} bytes, "
          f"sha256 {digest}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "fineweb2")
