"""Languages: FineWeb-2's per-language filter profiles, and which one a document is judged by.

Not a step: `langid` and the quality filters share it. A document's language and script
(`language_script`, FineWeb-2's subset name: ISO 639-3 code, underscore, ISO 15924 script, e.g.
`deu_Latn`, `srp_Cyrl`, `cmn_Hani`) picks its profile and its output folder:
- GlotLID labels documents with these codes directly (`__label__deu_Latn`);
- lid.176's and lingua's labels (ISO 639-1 or Wikipedia codes) go through `LID176` / `LINGUA`
  (below: macro-languages to the member FineWeb-2 files them under, Wikipedia codes to ISO 639-3)
  and, for a language FineWeb-2 has in several scripts (sr, hi, uz, ...), the script most of the
  text's letters are written in (`language_script`).
English is judged by FineWeb's settings (each filter's own); the 1,929 profiles of FineWeb-2
(stages/data/fineweb2_profiles.json.gz, Apache-2.0, see stages/data/README.md) judge the rest.
What a filter does with a language FineWeb-2 has no profile for is its `no_profile` setting.
It does not split words (stages/text.py does) nor decide anything itself.
"""
from __future__ import annotations

import dataclasses
import gzip
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from stages.base import Decision, Doc

PROFILE_FILE = "fineweb2_profiles.json.gz"
CODE = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")
ENGLISH = "eng_Latn"
UNDETERMINED = "und"

# lid.176's 176 labels -> ISO 639-3 code(s), in order of preference. Most are ISO 639-1 codes
# (de -> deu); some are Wikipedia's codes, which differ from ISO's (als, bh, eml, nah); a
# macro-language goes to the member FineWeb-2 files it under, the member with the most FineWeb-2
# words (fineweb2-language-distribution.csv) unless noted. tests/stages/test_languages.py checks
# every label against the model's own list and the shipped profiles.
LID176: dict[str, tuple[str, ...]] = {
    "af": ("afr",), "als": ("gsw",),  # Wikipedia's "als" is Alemannic (ISO gsw); ISO "als" is Tosk Albanian
    "am": ("amh",), "an": ("arg",),
    "ar": ("arb",),  # macro ara: Standard Arabic (32.8 G words; ary 0.8 G)
    "arz": ("arz",), "as": ("asm",), "ast": ("ast",), "av": ("ava",),
    "az": ("azj",),  # macro aze: North Azerbaijani; South Azerbaijani has its own label, azb
    "azb": ("azb",), "ba": ("bak",), "bar": ("bar",), "bcl": ("bcl",), "be": ("bel",),
    "bg": ("bul",),
    "bh": ("bho",),  # Wikipedia's "bh" (Bihari, an ISO collective code) is written in Bhojpuri
    "bn": ("ben",), "bo": ("bod",), "bpy": ("bpy",), "br": ("bre",), "bs": ("bos",),
    "bxr": ("bxr",), "ca": ("cat",), "cbk": ("cbk",), "ce": ("che",), "ceb": ("ceb",),
    "ckb": ("ckb",), "co": ("cos",), "cs": ("ces",), "cv": ("chv",), "cy": ("cym",),
    "da": ("dan",), "de": ("deu",), "diq": ("diq",), "dsb": ("dsb",), "dty": ("dty",),
    "dv": ("div",), "el": ("ell",),
    "eml": ("eml",),  # Emilian-Romagnol: ISO retired eml (egl + rgn); FineWeb-2 keeps eml_Latn
    "en": ("eng",), "eo": ("epo",), "es": ("spa",),
    "et": ("ekk",),  # macro est: Standard Estonian
    "eu": ("eus",),
    "fa": ("fas",),  # FineWeb-2 files Persian under the macro code (fas_Arab; no pes, prs)
    "fi": ("fin",), "fr": ("fra",), "frr": ("frr",), "fy": ("fry",), "ga": ("gle",),
    "gd": ("gla",), "gl": ("glg",),
    "gn": ("gug",),  # macro grn: Paraguayan Guarani
    "gom": ("gom",), "gu": ("guj",), "gv": ("glv",), "he": ("heb",), "hi": ("hin",),
    "hif": ("hif",), "hr": ("hrv",), "hsb": ("hsb",), "ht": ("hat",), "hu": ("hun",),
    "hy": ("hye",), "ia": ("ina",), "id": ("ind",), "ie": ("ile",), "ilo": ("ilo",),
    "io": ("ido",), "is": ("isl",), "it": ("ita",), "ja": ("jpn",), "jbo": ("jbo",),
    "jv": ("jav",), "ka": ("kat",), "kk": ("kaz",), "km": ("khm",), "kn": ("kan",),
    "ko": ("kor",), "krc": ("krc",),
    "ku": ("kmr",),  # macro kur: Northern Kurdish (Kurmanji); Central Kurdish has its own label, ckb
    "kv": ("kpv",),  # macro kom: Komi-Zyrian
    "kw": ("cor",), "ky": ("kir",), "la": ("lat",), "lb": ("ltz",), "lez": ("lez",),
    "li": ("lim",), "lmo": ("lmo",), "lo": ("lao",), "lrc": ("lrc",), "lt": ("lit",),
    "lv": ("lvs",),  # macro lav: Standard Latvian
    "mai": ("mai",),
    "mg": ("plt",),  # macro mlg: Plateau Malagasy
    "mhr": ("mhr",), "min": ("min",), "mk": ("mkd",), "ml": ("mal",),
    "mn": ("khk",),  # macro mon: Halh Mongolian
    "mr": ("mar",), "mrj": ("mrj",),
    "ms": ("zsm",),  # macro msa: Standard Malay (Indonesian has its own label, id)
    "mt": ("mlt",), "mwl": ("mwl",), "my": ("mya",), "myv": ("myv",), "mzn": ("mzn",),
    "nah": ("nah",),  # Nahuatl, an ISO collective code; FineWeb-2 keeps nah_Latn
    "nap": ("nap",), "nds": ("nds",),
    "ne": ("npi",),  # macro nep: Nepali (individual language)
    "new": ("new",), "nl": ("nld",), "nn": ("nno",),
    "no": ("nob",),  # macro nor: Bokmal (Nynorsk has its own label, nn)
    "oc": ("oci",),
    "or": ("ory",),  # macro ori: Odia (individual language)
    "os": ("oss",), "pa": ("pan",), "pam": ("pam",), "pfl": ("pfl",), "pl": ("pol",),
    "pms": ("pms",), "pnb": ("pnb",),
    "ps": ("pbt",),  # macro pus: Southern Pashto
    "pt": ("por",),
    "qu": ("quy",),  # macro que: Wikipedia's Quechua is Southern Quechua; Ayacucho (quy) is its
                     # largest member in FineWeb-2 (qug, larger, is Ecuadorian Kichwa)
    "rm": ("roh",), "ro": ("ron",), "ru": ("rus",), "rue": ("rue",), "sa": ("san",),
    "sah": ("sah",), "sc": ("srd",), "scn": ("scn",), "sco": ("sco",), "sd": ("snd",),
    "sh": ("bos", "hrv", "srp"),  # macro hbs (no FineWeb-2 profile): its members by words,
                                  # so Latin script -> bos_Latn, Cyrillic -> srp_Cyrl
    "si": ("sin",), "sk": ("slk",), "sl": ("slv",), "so": ("som",),
    "sq": ("als",),  # macro sqi: Tosk Albanian (FineWeb-2's als_Latn; see "als" above)
    "sr": ("srp",),  # two profiles: srp_Cyrl, srp_Latn, by the text's script
    "su": ("sun",), "sv": ("swe",),
    "sw": ("swh",),  # macro swa: Swahili (individual language)
    "ta": ("tam",), "te": ("tel",), "tg": ("tgk",), "th": ("tha",), "tk": ("tuk",),
    "tl": ("fil",),  # FineWeb-2 files Tagalog as Filipino (fil_Latn; no tgl profile)
    "tr": ("tur",), "tt": ("tat",), "tyv": ("tyv",), "ug": ("uig",), "uk": ("ukr",),
    "ur": ("urd",),
    "uz": ("uzn",),  # macro uzb: Northern Uzbek
    "vec": ("vec",), "vep": ("vep",), "vi": ("vie",), "vls": ("vls",), "vo": ("vol",),
    "wa": ("wln",), "war": ("war",), "wuu": ("wuu",), "xal": ("xal",), "xmf": ("xmf",),
    "yi": ("ydd",),  # macro yid: Eastern Yiddish
    "yo": ("yor",), "yue": ("yue",),
    "zh": ("cmn",),  # macro zho: Mandarin (cmn_Hani; wuu and yue have their own labels)
}
# lingua's answers that lid.176 cannot give (stages.langid: its second opinion); lingua's other
# codes are lid.176's (and its "nb" is reported as lid.176's "no").
LINGUA: dict[str, tuple[str, ...]] = {
    "lg": ("lug",), "mi": ("mri",), "sn": ("sna",), "st": ("sot",), "tn": ("tsn",),
    "ts": ("tso",), "xh": ("xho",), "zu": ("zul",),
}
LABELS: dict[str, tuple[str, ...]] = {**LID176, **LINGUA}

# FineWeb-2's profiles use ISO 15924 codes; "Jpan" is Han + kana, which `regex` has no name for.
_SCRIPT_PATTERNS = {"Jpan": r"[\p{Han}\p{Hiragana}\p{Katakana}]", "Hani": r"\p{Han}",
                    "Hang": r"\p{Hangul}"}
# Scripts written without spaces between words: their text splits per character (stages.text).
SPACELESS_SCRIPTS = frozenset({"Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"})
SCRIPT_SAMPLE_CHARS = 2000  # the script vote reads this much of the text


@dataclass(frozen=True)
class LanguageProfile:
    """FineWeb-2's values for one language-script pair (huggingface/fineweb-2 configs/<code>.yml),
    under the field names of the filter settings they replace."""

    code: str
    dup_line_frac: float
    top_n_grams: tuple[tuple[int, float], ...]
    dup_n_grams: tuple[tuple[int, float], ...]
    language_score: float
    line_punct_thr: float
    new_line_ratio: float
    min_avg_word_length: float | None
    max_avg_word_length: float | None
    max_non_alpha_words_ratio: float
    stop_words: tuple[str, ...]
    words: int  # FineWeb-2's words in this subset (train split): orders a language's scripts

    @property
    def script(self) -> str:
        return self.code[4:]

    @property
    def spaceless(self) -> bool:
        return self.script in SPACELESS_SCRIPTS


@lru_cache(maxsize=1)
def profiles() -> dict[str, LanguageProfile]:
    """Every FineWeb-2 profile by code, loaded once per process (~30 ms)."""
    data = resources.files("stages").joinpath("data", PROFILE_FILE).read_bytes()
    document = json.loads(gzip.decompress(data))
    out = {}
    for code, p in document["profiles"].items():
        out[code] = LanguageProfile(
            code=code, dup_line_frac=p["dup_line_frac"],
            top_n_grams=tuple((int(n), float(f)) for n, f in p["top_n_grams"]),
            dup_n_grams=tuple((int(n), float(f)) for n, f in p["dup_n_grams"]),
            language_score=p["language_score"], line_punct_thr=p["line_punct_thr"],
            new_line_ratio=p["new_line_ratio"], min_avg_word_length=p["min_avg_word_length"],
            max_avg_word_length=p["max_avg_word_length"],
            max_non_alpha_words_ratio=p["max_non_alpha_words_ratio"],
            stop_words=tuple(p["stopwords"]), words=p["words"])
    return out


@lru_cache(maxsize=1)
def profiles_sha256() -> str:
    """sha256 of the shipped profile file (recorded in config.json by the steps using it)."""
    import hashlib

    return hashlib.sha256(resources.files("stages").joinpath("data", PROFILE_FILE)
                          .read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def _by_language() -> dict[str, tuple[str, ...]]:
    """ISO 639-3 code -> its profiles' codes, most FineWeb-2 words first."""
    grouped: dict[str, list[LanguageProfile]] = {}
    for profile in profiles().values():
        grouped.setdefault(profile.code[:3], []).append(profile)
    return {iso: tuple(p.code for p in sorted(group, key=lambda p: (-p.words, p.code)))
            for iso, group in grouped.items()}


def candidates(label: str) -> tuple[str, ...]:
    """The language-script codes a language-ID label can stand for, the default first: the
    label itself for GlotLID's codes; for lid.176's and lingua's, every FineWeb-2 profile of
    its ISO 639-3 code(s) (`LABELS`), `eng_Latn` for English, `xxx_Zyyy` (unknown script) for a
    code without a profile; () for an unknown label."""
    if CODE.match(label):
        return (label,)
    isos = LABELS.get(label)
    if isos is None:
        return ()
    if isos == ("eng",):
        return (ENGLISH,)
    found = tuple(code for iso in isos for code in _by_language().get(iso, ()))
    return found or (f"{isos[0]}_Zyyy",)


@lru_cache(maxsize=64)
def _script_pattern(script: str):
    return regex.compile(_SCRIPT_PATTERNS.get(script, rf"\p{{Script={script}}}"))


def language_script(label: str | None, text: str) -> str:
    """The code a document with language-ID label `label` is judged and filed under: its only
    candidate, or (sr, hi, uz, sh, ...) the candidate whose script most of the first
    SCRIPT_SAMPLE_CHARS characters are written in, the default when none is. `und` for no
    label or an unknown one."""
    options = candidates(label) if label else ()
    if not options:
        return UNDETERMINED
    if len(options) == 1:
        return options[0]
    sample = text[:SCRIPT_SAMPLE_CHARS]
    best, best_count = options[0], 0
    for code in options:  # in preference order: a tie keeps the earlier
        count = len(_script_pattern(code[4:]).findall(sample))
        if count > best_count:
            best, best_count = code, count
    return best


def labels_naming(wanted, model_labels) -> frozenset[str] | None:
    """The labels of a language-ID model (`model_labels`: lid.176's `de`, `sh`, or GlotLID's
    `deu_Latn`) that can name one of `wanted` (labels or language-script codes) as the langid
    step judges a document: a label it keeps (itself wanted, or one of its `candidates` among the
    wanted codes: `sh` for `bs`, `de` for `deu_Latn`, `deu_Latn` for `de`). None when some wanted
    language-script code has no such label (lingua's `zu` for lid.176, a code GlotLID has and
    lid.176 lacks): then the model cannot rule a page out."""
    wanted = frozenset(wanted)
    codes = wanted_codes(wanted)
    found: set[str] = set()
    named: set[str] = set()
    for label in model_labels:
        options = set(candidates(label)) | {label}
        if label in wanted or options & codes:
            found.add(label)
            named |= options & codes
    if codes - named:
        return None
    return frozenset(found)


def lid176_labels(wanted) -> frozenset[str] | None:
    """`labels_naming` for lid.176's labels."""
    return labels_naming(wanted, LID176)


def wanted_codes(wanted) -> frozenset[str]:
    """The language-script codes a list of wanted languages (labels or codes) stands for."""
    return frozenset(code for entry in wanted for code in (candidates(entry) or (entry,)))


def profiles_record(wanted) -> dict:
    """What config.json records of the profiles a run applies: the shipped file (path, sha256)
    and, for a run keeping a list of languages, each code's FineWeb-2 values (English: FineWeb's
    settings, the steps' own; a code without a profile: null). A run keeping every language may
    meet any of the 1,929: the file's sha256 names them all."""
    record: dict = {"file": f"stages/data/{PROFILE_FILE}", "sha256": profiles_sha256()}
    if not wanted:
        record["profiles"] = f"all {len(profiles())} (each document by its language_script)"
        return record
    table = {}
    for code in sorted(wanted_codes(wanted)):
        profile = profiles().get(code)
        if is_english(code):
            table[code] = "FineWeb's English settings (each step's own)"
        elif profile is None:
            table[code] = None
        else:
            values = dataclasses.asdict(profile)
            table[code] = {k: v for k, v in values.items() if k not in ("code", "words")}
    record["profiles"] = table
    return record


def code_of(doc: Doc) -> str | None:
    """The document's language-script code: what `langid` annotated, else derived from its
    `language` label (a recipe with another language-ID step); None without a language."""
    code = doc.annotations.get("language_script")
    if code:
        return code
    label = doc.annotations.get("language")
    if not label:
        return None
    code = doc.cache.get("language_script")
    if code is None:
        code = doc.cache["language_script"] = language_script(label, doc.text or "")
    return code


def is_english(code: str | None) -> bool:
    """English, or no language at all (no language-ID step; blank text): FineWeb's settings."""
    return code in (None, UNDETERMINED) or code.startswith("eng_")


@lru_cache(maxsize=4096)
def is_spaceless(language: str | None) -> bool:
    """Whether `language` (a language-script code, or a lid.176 label) is written without spaces
    between words: its text is split per character of those scripts (stages.text)."""
    if not language:
        return False
    if CODE.match(language):
        return language[4:] in SPACELESS_SCRIPTS
    return any(code[4:] in SPACELESS_SCRIPTS for code in candidates(language)[:1])


# --- what a filter applies to one document ------------------------------------------------------

OTHER_LANGUAGES = ("fineweb2", "same", "pass")
NO_PROFILE = ("drop", "english", "keep")
NO_PROFILE_REASON = "no_profile"


def check_language_settings(settings, fields: tuple[str, ...]) -> None:
    """Validate a filter's `other_languages`, `no_profile` and `per_language` settings; turns
    `per_language` into plain dicts with tuples where the setting is a tuple. One-line errors."""
    if settings.other_languages not in OTHER_LANGUAGES:
        raise ValueError(f"other_languages must be one of {', '.join(OTHER_LANGUAGES)}; "
                         f"got {settings.other_languages!r}")
    if settings.no_profile not in NO_PROFILE:
        raise ValueError(f"no_profile must be one of {', '.join(NO_PROFILE)}; "
                         f"got {settings.no_profile!r}")
    object.__setattr__(settings, "per_language",
                       check_overrides(settings.per_language, fields, settings))


def check_overrides(per_language, fields: tuple[str, ...], settings=None) -> dict[str, dict]:
    """`per_language` = {code: {setting: value}}: codes are language-script codes (deu_Latn,
    eng_Latn), settings among `fields` (of the same kind as in `settings`). Returns a normalised
    copy; ValueError naming the entry."""
    if not isinstance(per_language, Mapping):
        raise ValueError(f"per_language must be a table of language-script codes, got "
                         f"{per_language!r}")
    out = {}
    for code, values in per_language.items():
        if not isinstance(code, str) or not CODE.match(code):
            hint = candidates(code) if isinstance(code, str) else ()
            raise ValueError(f"per_language: {code!r} is not a language-script code such as "
                             f"deu_Latn" + (f" (did you mean {' or '.join(hint)}?)" if hint else ""))
        if not isinstance(values, Mapping):
            raise ValueError(f"per_language.{code}: expected a table of settings, got {values!r}")
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise ValueError(f"per_language.{code}: unknown setting(s) {', '.join(unknown)}; "
                             f"per-language settings of this step: {', '.join(fields)}")
        entry = {}
        for name, value in values.items():
            if name in ("top_n_grams", "dup_n_grams"):
                from stages.text import as_pairs

                value = as_pairs(value)
            elif name == "stop_words":
                if isinstance(value, str) or not all(isinstance(w, str) for w in value):
                    raise ValueError(f"per_language.{code}.stop_words: expected a list of words")
                value = tuple(value)
            elif isinstance(getattr(settings, name, None), bool):
                if not isinstance(value, bool):
                    raise ValueError(f"per_language.{code}.{name}: expected true or false, "
                                     f"got {value!r}")
            elif value is not None and (isinstance(value, bool)
                                        or not isinstance(value, (int, float))):
                raise ValueError(f"per_language.{code}.{name}: expected a number, got {value!r}")
            entry[name] = value
        out[code] = entry
    return out


@dataclass(frozen=True)
class Applied:
    """What one filter applies to one document: `values` (the settings by name, FineWeb's own
    for English, FineWeb-2's profile for other languages, then the recipe's per_language
    overrides) or, when it does not judge the document, the `decision` to return."""

    code: str | None
    profile: LanguageProfile | None  # None: the step's own settings (FineWeb's, English)
    values: Mapping[str, object] | None = None
    decision: Decision | None = None

    @property
    def split_language(self) -> str | None:
        """The language stages.text splits words for: the profile's (per character in scripts
        without spaces); None, datatrove's English split, with FineWeb's own settings."""
        return self.code if self.profile is not None else None

    @property
    def spaceless(self) -> bool:
        return self.profile is not None and self.profile.spaceless

    def __getitem__(self, name: str):
        return self.values[name]

    def tag(self, decision: Decision) -> Decision:
        """A drop's detail with the profile it was judged by: "0.281 > 0.263 (deu_Latn)"."""
        if self.profile is None or decision.kept:
            return decision
        return Decision.drop(decision.reason, f"{decision.detail or ''} ({self.code})".lstrip(),
                             **decision.annotations)


def applied(doc: Doc, settings, fields: tuple[str, ...], fineweb2: Mapping[str, object] = {},
            spaceless_off: tuple[str, ...] = ()) -> Applied:
    """The values of `fields` (a filter's threshold settings) that a filter with `settings`
    (other_languages, no_profile, per_language) applies to `doc`, or the decision it returns
    without judging it. English (and "same"): the settings themselves. Other languages: the
    settings, then `fineweb2` (what fineweb-2-pipeline.py sets for every language), then the
    language's FineWeb-2 profile (the fields it has), with `spaceless_off` set to None for a
    language written without spaces (FineWeb-2 measured those with dictionary segmenters, which
    the per-character split is not); the recipe's per_language overrides last, always."""
    code = code_of(doc)
    own = {name: getattr(settings, name) for name in fields}
    overrides = settings.per_language.get(code, {}) if code else {}
    if is_english(code) or settings.other_languages == "same":
        return Applied(code, None, {**own, **overrides})
    if settings.other_languages == "pass":
        return Applied(code, None, decision=Decision.keep(
            detail=f"not tested: other_languages=pass (language {code})"))
    profile = profiles().get(code)
    if profile is None:
        if settings.no_profile == "drop":
            return Applied(code, None, decision=Decision.drop(
                NO_PROFILE_REASON, f"FineWeb-2 has no profile for {code}"))
        if settings.no_profile == "keep":
            return Applied(code, None, decision=Decision.keep(
                detail=f"not tested: FineWeb-2 has no profile for {code}"))
        return Applied(code, None, {**own, **overrides})
    values = {**own, **fineweb2,
              **{name: getattr(profile, name) for name in fields if hasattr(profile, name)}}
    if profile.spaceless:
        values.update(dict.fromkeys(spaceless_off))
    return Applied(code, profile, {**values, **overrides})
