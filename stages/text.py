"""Word and line splitting shared by the quality filters (not a step), and their language tables.

`words(doc, language)` splits a document's text into words once and caches the result in
`doc.cache`, so the Gopher, C4 and FineWeb filters of one batch share one split. Two splitters:
- languages written with spaces: the rules of spaCy's blank English tokenizer (what datatrove's
  filters use for English: split on whitespace, peel prefix/suffix punctuation, split infixes,
  spaCy's special cases from stages/text_exceptions.py), as compiled regular expressions with fast
  paths for plain words: the same words as spaCy on every dev page, ~0.5 ms instead of ~15 ms per
  4.6 KB page, without importing spaCy;
- Chinese, Japanese, Thai, Lao, Khmer, Myanmar, Tibetan: each character of those scripts is one
  word (with its combining marks); runs of other scripts in the same text split as above. No
  dictionary segmenter (jieba, sudachi, pythainlp) is needed or downloaded.
Which languages split per character: stages.languages.is_spaceless (by the script of the
document's language-script code, or a lid.176 label); the per-language thresholds live there too.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import regex

from stages.base import Doc
from stages.languages import is_spaceless
from stages.text_exceptions import EXCEPTIONS

# datatrove's PUNCTUATION (datatrove/utils/text.py): a word made only of these (plus the terminal
# punctuation below) is a "symbol" for Gopher's word count and mean word length.
PUNCTUATION = ("!/—”:％１〈&(、━\\【#%「」，】；+^]~“《„';’{|∶´[=-`*．（–？！：$～«〉,><》)?）。…@_.\"}►»"
               + "".join(map(chr, (x for a, b in ((0, 9), (11, 13), (13, 32), (127, 160))
                                   for x in range(a, b)))))
# datatrove's TERMINAL_PUNCTUATION: Unicode's sentence terminals (FineWeb's line ending test).
TERMINAL_PUNCTUATION = frozenset(
    "!.?\u0589\u061d\u061e\u061f\u06d4\u0700\u0701\u0702\u07f9\u0837\u0839\u083d\u083e\u0964\u0965"
    "\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u17d4\u17d5\u17d6\u17d9\u17da\u1803\u1809"
    "\u1944\u1945\u1aa8\u1aa9\u1aaa\u1aab\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d\u1b7e\u1c3b\u1c3c\u1c7e"
    "\u1c7f\u203c\u203d\u2047\u2048\u2049\u2e2e\u2e3c\u2e53\u2e54\u3002\ua4ff\ua60e\ua60f\ua6f3"
    "\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d\uaa5e\uaa5f\uaaf0\uaaf1\uabeb\ufe52"
    "\ufe56\ufe57\uff01\uff0e\uff1f\uff61\U00010a56\U00010a57\U00010f55\U00010f56\U00010f57"
    "\U00010f58\U00010f59\U00010f86\U00010f87\U00010f88\U00010f89\U00011047\U00011048\U000110be"
    "\U000110bf\U000110c0\U000110c1\U00011141\U00011142\U00011143\U000111c5\U000111c6\U000111cd"
    "\U000111de\U000111df\U00011238\U00011239\U0001123b\U0001123c\U000112a9\U0001144b\U0001144c"
    "\U000115c2\U000115c3\U000115c9\U000115ca\U000115cb\U000115cc\U000115cd\U000115ce\U000115cf"
    "\U000115d0\U000115d1\U000115d2\U000115d3\U000115d4\U000115d5\U000115d6\U000115d7\U00011641"
    "\U00011642\U0001173c\U0001173d\U0001173e\U00011944\U00011946\U00011a42\U00011a43\U00011a9b"
    "\U00011a9c\U00011c41\U00011c42\U00011ef7\U00011ef8\U00011f43\U00011f44\U00016a6e\U00016a6f"
    "\U00016af5\U00016b37\U00016b38\U00016b44\U00016e98\U0001bc9f\U0001da88")
TERMINAL_PUNCTUATION_TUPLE = tuple(sorted(TERMINAL_PUNCTUATION))
PUNCTUATION_SET = frozenset(PUNCTUATION) | TERMINAL_PUNCTUATION


# --- splitting like spaCy's blank English tokenizer ---------------------------------------------
# spaCy's rules (spacy/lang/punctuation.py, char_classes.py, en/tokenizer_exceptions.py), with
# Unicode properties instead of spaCy's long character lists.
_QUOTES = "'\"”“`‘´’‚,„»«「」『』（）〔〕【】《》〈〉〈〉⟦⟧"
_PUNCT = "…,:;!?¿؟¡()[]{}<>_#*&。？！，、；：～·।،۔؛٪"
_CURRENCY = r"\$|£|€|¥|฿|US\$|C\$|A\$|₽|﷼|₴|[₠-₿]"
_UNITS = (r"km²|km³|km|m²|m³|m/s|m|dm²|dm³|dm|cm²|cm³|cm|mm²|mm³|mm|ha|µm|nm|yd|in|ft|kg|g|mg|µg|t"
          r"|lb|oz|km/h|kmh|mph|hPa|Pa|mbar|mb|MB|kb|KB|gb|GB|tb|TB|T|G|M|K|%|км²|км³|км|м²|м³|м/с"
          r"|м|дм²|дм³|дм|см²|см³|см|мм²|мм³|мм|нм|кг|г|мг|км/ч|кПа|Па|мбар|Кб|КБ|кб|Мб|МБ|мб|Гб|ГБ"
          r"|гб|Тб|ТБ|тб")
_ICON = r"\p{So}"  # spaCy excludes "°" here, yet splits it off everywhere in practice
_QUOTE_CLASS = "".join("\\" + c if c in "\\]^-[" else c for c in _QUOTES)
_PUNCT_CLASS = "".join("\\" + c if c in "\\]^-[" else c for c in _PUNCT + _QUOTES)
_PREFIX = regex.compile(
    rf"(?:§|%|=|—|–|\+(?![0-9])|…|[{_PUNCT_CLASS}]|\.\.+|{_CURRENCY}|{_ICON})")
_SUFFIX = regex.compile(
    rf"(?:\.\.+|……|…|['’][sS]|—|–|(?<=[0-9])\+|(?<=°[FfCcKk])\.|(?<=[0-9])(?:{_CURRENCY})"
    rf"|(?<=[0-9])(?:{_UNITS})|(?<=[0-9\p{{Ll}}\p{{Lo}}%²\-+{_PUNCT_CLASS}])\.|(?<=[\p{{Lu}}\p{{Lo}}][\p{{Lu}}\p{{Lo}}])\."
    rf"|[{_PUNCT_CLASS}])$")
_INFIX = regex.compile(
    rf"\.\.+|…|{_ICON}|(?<=[0-9])[+\-*^](?=[0-9-])|(?<=[\p{{Ll}}\p{{Lo}}{_QUOTE_CLASS}])\.(?=[\p{{Lu}}\p{{Lo}}"
    rf"{_QUOTE_CLASS}])|(?<=\p{{L}}),(?=\p{{L}})|(?<=[\p{{L}}0-9])(?:---|--|——|-|–|—|~)(?=\p{{L}})"
    rf"|(?<=[\p{{L}}0-9])[:<>=/](?=\p{{L}})")
# spaCy's URL_MATCH (spacy/lang/tokenizer_exceptions.py) without its IP-address branch: optional
# scheme and user@, dotted host labels, a lowercase (or caseless-script) top-level domain.
_URL = regex.compile(
    r"(?:[\w+\-.]{2,}://)?(?:\S+(?::\S*)?@)?"
    r"(?:(?:[A-Za-z0-9\u00a1-\uffff][A-Za-z0-9\u00a1-\uffff_-]{0,62})?[A-Za-z0-9\u00a1-\uffff]\.)+"
    r"[\p{Ll}\p{Lo}]{2,63}(?::\d{2,5})?(?:[/?#]\S*)?")
_UNIT_SUFFIX = regex.compile(rf"(?<=[0-9])(?:{_UNITS})$")
_DIGIT = regex.compile(r"[0-9]")
_SUFFIX_WINDOW = 10  # longer than any suffix but a run of dots ("US$", "km/h", "……")


def _suffix_length(chunk: str, start: int) -> int:
    """Length of spaCy's suffix match at the end of chunk[start:] (0: none). Same result as
    _SUFFIX.search(chunk, start), without scanning every position of long chunks."""
    last = chunk[-1]
    if last.isalnum():  # only "'s" or a unit after a number ("5km") can end in a letter or digit
        if last in "sS" and len(chunk) - start >= 2 and chunk[-2] in "'’":
            return 2
        if _DIGIT.search(chunk, start):
            unit = _UNIT_SUFFIX.search(chunk, start)
            return len(chunk) - unit.start() if unit else 0
        return 0
    match = _SUFFIX.search(chunk, max(start, len(chunk) - _SUFFIX_WINDOW))
    if match is None:
        return 0
    begin = match.start()
    if chunk[begin] == "." and begin + 1 < len(chunk) and chunk[begin + 1] == ".":
        while begin > start and chunk[begin - 1] == ".":  # the whole run of dots, as spaCy's "\.\.+"
            begin -= 1
    return len(chunk) - begin


_EXCEPTIONS = EXCEPTIONS


def _split_chunk(chunk: str, out: list[str]) -> None:
    """spaCy's Tokenizer._split_affixes and _attach_tokens for one whitespace-free chunk."""
    exceptions = _EXCEPTIONS
    first = len(out)
    suffixes: list[str] = []
    last = -1
    while chunk and len(chunk) != last and chunk not in exceptions:
        last = len(chunk)
        prefix = _PREFIX.match(chunk)
        pre = prefix.end() if prefix else 0
        if pre and chunk[pre:] in exceptions:
            out.append(chunk[:pre])
            chunk = chunk[pre:]
            break
        suf = _suffix_length(chunk, pre)
        if suf and chunk[:-suf] in exceptions:
            suffixes.append(chunk[-suf:])
            chunk = chunk[:-suf]
            break
        if pre and suf and pre + suf <= len(chunk):
            out.append(chunk[:pre])
            suffixes.append(chunk[-suf:])
            chunk = chunk[pre:-suf]
        elif pre:
            out.append(chunk[:pre])
            chunk = chunk[pre:]
        elif suf:
            suffixes.append(chunk[-suf:])
            chunk = chunk[:-suf]
    if chunk:
        special = exceptions.get(chunk)
        if special is not None:
            out.extend(special)
        elif _URL.fullmatch(chunk):
            out.append(chunk)
        else:
            start = 0
            for infix in _INFIX.finditer(chunk):
                if infix.start() == 0:
                    continue  # spaCy ignores an infix at the very start
                if infix.start() != start:
                    out.append(chunk[start:infix.start()])
                if infix.end() > infix.start():
                    out.append(chunk[infix.start():infix.end()])
                start = infix.end()
            if start < len(chunk):
                out.append(chunk[start:])
    out.extend(reversed(suffixes))
    # spaCy 3 then merges adjacent pieces that spell a special case ("z" "." -> "z.", ")" ":").
    if len(out) - first > 1:
        i = first
        while i < len(out) - 1:
            for width in (3, 2):
                joined = "".join(out[i:i + width]) if i + width <= len(out) else None
                if joined is not None and joined in exceptions:
                    out[i:i + width] = exceptions[joined]
                    break
            i += 1


_SPACELESS_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}ー\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_HAS_SPACELESS = regex.compile(rf"[{_SPACELESS_SCRIPTS}]")
# one character of those scripts with its combining marks, or a run of anything else
_SPACELESS_PIECES = regex.compile(rf"([{_SPACELESS_SCRIPTS}]\p{{M}}*)|([^{_SPACELESS_SCRIPTS}]+)")


def split_words(text: str, language: str | None = None) -> list[str]:
    """The words of `text`, punctuation tokens included (as datatrove's split_into_words).

    `language` (a language-script code such as cmn_Hani, or a lid.176 label) picks the
    splitter: a language written without spaces (stages.languages.is_spaceless) splits those
    scripts per character; any other (or None) uses the spaCy-English rules.
    """
    return split_lines(text, language)[0]


def split_lines(text: str, language: str | None = None) -> tuple[list[str], list[int]]:
    """split_words(text), and the index of the first word of each line of text.splitlines()
    followed by the number of words. Words never span a line break (every line separator is
    whitespace to str.split), so the words of a line are a slice of the whole split."""
    exceptions = _EXCEPTIONS
    out: list[str] = []
    append = out.append
    starts = [0]
    spaceless = is_spaceless(language) and _HAS_SPACELESS.search(text) is not None
    # Line by line, in nested loops: a generator of chunks (noting line starts) cost 9% more.
    for number, line in enumerate(text.splitlines() or [text]):
        if number:
            starts.append(len(out))
        for chunk in line.split():
            special = exceptions.get(chunk)
            if special is not None:
                out.extend(special)
            elif chunk.isalpha() and not (spaceless and _HAS_SPACELESS.search(chunk)):
                append(chunk)
            elif spaceless and _HAS_SPACELESS.search(chunk):
                for char, other in _SPACELESS_PIECES.findall(chunk):
                    if char:
                        append(char)
                    else:
                        out.extend(_CHUNK_CACHE.get(other) or _split_new(other))
            else:
                # Fast path for the commonest shape, a word then one punctuation mark; the same
                # outcome as _split_chunk (tests/stages/test_quality_filters.py checks both against spaCy).
                word, last = chunk[:-1], chunk[-1]
                if last in _SIMPLE_SUFFIX and word.isalpha() and word not in exceptions:
                    if last != "." or not word[-1].isupper() or (len(word) > 1 and not word[-2].islower()):
                        append(word)
                        append(last)
                    else:
                        append(chunk)  # "A." and "iPhoneX." stay whole, as in spaCy
                elif chunk.isdecimal():
                    append(chunk)
                else:
                    out.extend(_CHUNK_CACHE.get(chunk) or _split_new(chunk))
    starts.append(len(out))
    return out, starts


# Chunks that need the full rules recur across pages ("(the", "2019.", "it's"): remember their
# split, per worker, up to a bound.
_CHUNK_CACHE: dict[str, tuple[str, ...]] = {}
_CHUNK_CACHE_SIZE = 200_000


def _split_new(chunk: str) -> tuple[str, ...]:
    if len(_CHUNK_CACHE) >= _CHUNK_CACHE_SIZE:
        _CHUNK_CACHE.clear()
    split: list[str] = []
    _split_chunk(chunk, split)
    pieces = _CHUNK_CACHE[chunk] = tuple(split)
    return pieces


_SIMPLE_SUFFIX = frozenset(".,;:!?)]}\"'”’»")


@dataclass(frozen=True, slots=True)
class Words:
    """One document's word split and what the filters derive from it, computed once."""

    words: list[str]
    ids: np.ndarray           # int64 id of each word (equal words, equal ids), in text order
    lengths: np.ndarray       # int64 length of each word
    vocabulary: list[str]     # id -> word
    line_starts: np.ndarray   # index of the first word of each line of text.splitlines(), + end


def words(doc: Doc, language: str | None) -> Words:
    """`doc`'s Words for the splitter of `language`, cached in doc.cache (the runner clears the
    cache when a step replaces the text)."""
    key = ("words", is_spaceless(language))
    cached = doc.cache.get(key)
    if cached is not None:
        return cached
    split, starts = split_lines(doc.text or "", language)
    vocabulary: dict[str, int] = {}
    ids = np.fromiter((vocabulary.setdefault(w, len(vocabulary)) for w in split), np.int64,
                      len(split))
    lengths = (np.fromiter(map(len, vocabulary), np.int64, len(vocabulary))[ids] if split
               else np.zeros(0, np.int64))
    result = Words(split, ids, lengths, list(vocabulary), np.asarray(starts, np.int64))
    doc.cache[key] = result
    return result


# spaCy's Sentencizer.default_punct_chars: datatrove splits English sentences with spaCy's
# sentencizer, which starts a sentence at the first non-punctuation word after one of these.
SENTENCE_ENDS = frozenset(
    "!.?\u0589\u061f\u06d4\u0700\u0701\u0702\u07f9\u0964\u0965\u104a\u104b\u1362\u1367\u1368"
    "\u166e\u1735\u1736\u1803\u1809\u1944\u1945\u1aa8\u1aa9\u1aaa\u1aab\u1b5a\u1b5b\u1b5e"
    "\u1b5f\u1c3b\u1c3c\u1c7e\u1c7f\u203c\u203d\u2047\u2048\u2049\u2e2e\u2e3c\ua4ff\ua60e"
    "\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d\uaa5e\uaa5f\uaaf0"
    "\uaaf1\uabeb\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61\u3002\U00010a56\U00010a57"
    "\U00011047\U00011048\U000110be\U000110bf\U000110c0\U000110c1\U00011141\U00011142"
    "\U00011143\U000111c5\U000111c6\U000111cd\U000111de\U000111df\U00011238\U00011239"
    "\U0001123b\U0001123c\U000112a9\U0001144b\U0001144c\U000115c2\U000115c3\U000115c9"
    "\U000115ca\U000115cb\U000115cc\U000115cd\U000115ce\U000115cf\U000115d0\U000115d1"
    "\U000115d2\U000115d3\U000115d4\U000115d5\U000115d6\U000115d7\U00011641\U00011642"
    "\U0001173c\U0001173d\U0001173e\U00011a42\U00011a43\U00011a9b\U00011a9c\U00011c41"
    "\U00011c42\U00016a6e\U00016a6f\U00016af5\U00016b37\U00016b38\U00016b44\U0001bc9f"
    "\U0001da88")
_ALL_PUNCTUATION = regex.compile(r"\p{P}+")


def count_sentences(line_words: list[str]) -> int:
    """Sentences in one line's words, as spaCy's sentencizer counts them (0 for no words)."""
    if not line_words:
        return 0
    sentences, seen_end = 1, False
    for word in line_words:
        if word in SENTENCE_ENDS:
            seen_end = True
        elif seen_end and not _ALL_PUNCTUATION.fullmatch(word):
            sentences += 1
            seen_end = False
    return sentences


# --- per-language settings ----------------------------------------------------------------------

# Gopher's stop words (Rae et al. 2021, as datatrove's GopherQualityFilter).
ENGLISH_STOP_WORDS = ("the", "be", "to", "of", "and", "that", "have", "with")


def as_pairs(value) -> tuple[tuple[int, float], ...]:
    """((n, fraction), ...) from a recipe's list of lists; ValueError naming a bad entry."""
    pairs = []
    for item in value:
        if len(item) != 2:
            raise ValueError(f"expected (n, fraction) pairs, got {item!r}")
        n, fraction = item
        if int(n) != n or n < 2:
            raise ValueError(f"n-gram size must be an integer >= 2, got {n!r}")
        pairs.append((int(n), float(fraction)))
    return tuple(pairs)
