"""Generate stages/data/text_exceptions.json from spaCy's English tokenizer special cases.

    python scripts/make_text_exceptions.py

Input: spaCy (MIT license) as installed, `English().tokenizer.rules`: each special case maps a
string to the tokens spaCy splits it into (contractions, abbreviations, emoticons). Only keys
without whitespace are kept (stages.text looks up whitespace-free chunks). Output: one JSON object,
key -> list of token texts (ORTH), sorted by key, one entry per line; the spaCy version is recorded
in the file and in stages/data/README.md. The output is byte-identical for the same spaCy version.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.lang.en import English

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "stages" / "data" / "text_exceptions.json"


def exceptions() -> dict[str, list[str]]:
    rules = English().tokenizer.rules
    return {key: [token[ORTH] for token in rules[key]]
            for key in sorted(rules) if not any(c.isspace() for c in key)}


def main() -> None:
    table = exceptions()
    lines = [f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
             for key, value in table.items()]
    header = json.dumps(f"spaCy {spacy.__version__} (MIT license): English().tokenizer.rules, "
                        f"keys without whitespace; key -> the words spaCy splits it into")
    text = "{\n" + f'"source": {header},\n"exceptions": {{\n' + ",\n".join(lines) + "\n}}\n"
    json.loads(text)  # well-formed
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(TARGET.read_bytes()).hexdigest()
    print(f"{TARGET.relative_to(ROOT)}: {len(table)} exceptions, {TARGET.stat().st_size:,} bytes, "
          f"sha256 {digest}")


if __name__ == "__main__":
    main()
