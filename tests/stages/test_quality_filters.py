"""The four FineWeb quality filters: texts that trip each rule with the reason asserted, and
near-misses that must pass; the shared word split (spaCy's English rules, CJK/Thai per character)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stages import step_class
from stages.base import Doc
from stages.c4 import C4Quality, C4Settings
from stages.fineweb_quality import FineWebQuality, FineWebQualitySettings
from stages.gopher_quality import GopherQuality, GopherQualitySettings
from stages.gopher_repetition import GopherRepetition, GopherRepetitionSettings
from stages.text import count_sentences, split_words, words

SENTENCES = [
    "The river that runs through the old town has been a source of water for centuries.",
    "Farmers built small canals to bring it to the fields and to the mills along the banks.",
    "In spring the snow melts in the mountains and the level of the water rises quickly.",
    "Engineers have studied the floods of the past to design better walls for the future.",
    "Today the banks are a park where families walk with their dogs and children play.",
    "A museum near the bridge tells the story of the town and of the people who lived there.",
    "Visitors can see old tools, maps of the canals and photographs of the great flood.",
    "The city plans to restore the oldest mill and to open it to the public next summer.",
]
PROSE = "\n".join(SENTENCES)


def decide(step, text, language=None):
    return step([Doc(text=text, annotations={"language": language} if language else {})])[0]


# --- word split -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hello there. This is it!", ["Hello", "there", ".", "This", "is", "it", "!"]),
    ("don't can't I'm we're John's", ["do", "n't", "ca", "n't", "I", "'m", "we", "'re", "John", "'s"]),
    ("well-known COVID-19 10-20 1,000 3.14", ["well", "-", "known", "COVID-19", "10", "-", "20", "1,000", "3.14"]),
    ("U.S. A. USA. e.g. etc. Mr. z.B.", ["U.S.", "A.", "USA", ".", "e.g.", "etc", ".", "Mr.", "z.", "B."]),
    ("(word) \"quoted\" wait... 50% 5km", ["(", "word", ")", '"', "quoted", '"', "wait", "...", "50", "%", "5", "km"]),
    ("see http://x.com/a?b=1. or mail me@x.com", ["see", "http://x.com/a?b=1", ".", "or", "mail", "me@x.com"]),
    ("im Haus :-) 60°C", ["i", "m", "Haus", ":-)", "60", "°", "C"]),
])
def test_english_split_matches_spacy_rules(text, expected):
    assert split_words(text) == expected


@pytest.fixture(scope="module")
def spacy_english():
    """datatrove's English word tokenizer: spaCy's blank English pipeline (offline)."""
    spacy = pytest.importorskip("spacy")
    tokenizer = spacy.blank("en").tokenizer
    return lambda text: [t.text.strip() for t in tokenizer(text) if t.text.strip()]


MIXED = ("The U.S. economy grew 3.5% in Q2 (see http://example.com/report?id=7). Mr. Smith's "
         "team can't say... \"It's well-known,\" he said -- e.g. at 9am; 1,000 km/h? No:it's 5km!\n"
         "z.B. im Haus ... (Sept. 2019) [1] I'm sure—aren't you?  #tags & more…\tend.")


def test_split_matches_spacy_on_mixed_text(spacy_english):
    assert split_words(MIXED) == spacy_english(MIXED)
    for line in MIXED.splitlines():
        assert split_words(line) == spacy_english(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abXY.,'-/()\"1é?!…$%", min_size=1, max_size=12))
def test_split_matches_spacy_on_random_chunks(spacy_english, chunk):
    # punctuation-heavy chunks exercise every prefix / suffix / infix rule and the fast paths
    assert split_words(chunk) == spacy_english(chunk)


def test_spaceless_languages_split_per_character():
    assert split_words("東京は日本の首都です。", "ja") == list("東京は日本の首都です") + ["。"]
    assert split_words("我喜欢Python 3.12版本", "zh") == ["我", "喜", "欢", "Python", "3.12", "版", "本"]
    # Thai: each character with its combining vowel and tone marks
    assert split_words("ภาษาไทย", "th") == ["ภ", "า", "ษ", "า", "ไ", "ท", "ย"]
    assert split_words("ที่นี่", "th") == ["ที่", "นี่"]
    # the same text in a language written with spaces is split on spaces only
    assert split_words("東京は日本の首都です。", "en") == ["東京は日本の首都です", "。"]


def test_word_split_is_cached_per_doc_and_shared():
    doc = Doc(text="One two three.\nFour five.")
    first = words(doc, None)
    assert words(doc, None) is first
    assert first.words == ["One", "two", "three", ".", "Four", "five", "."]
    assert first.line_starts.tolist() == [0, 4, 7]
    assert words(doc, "ja") is not first  # another splitter, another cache entry


def test_sentences_counted_like_spacys_sentencizer():
    assert count_sentences(split_words('Hello there. This is it! "Quoted." Yes')) == 4
    assert count_sentences(split_words("No end punctuation here")) == 1
    assert count_sentences([]) == 0


# --- Gopher repetition --------------------------------------------------------------------------

def test_gopher_repetition_keeps_prose():
    assert decide(GopherRepetition(), PROSE).kept


@pytest.mark.parametrize("text, reason", [
    ("\n\n".join(["A paragraph that repeats itself."] * 4 + SENTENCES[:4]), "dup_para_frac"),
    ("\n".join(["Same line again and again."] * 4 + SENTENCES[:5]), "dup_line_frac"),
    ("buy now " * 200, "top_2_gram"),
    ("", "empty"),
])
def test_gopher_repetition_reasons(text, reason):
    decision = decide(GopherRepetition(), text)
    assert not decision.kept and decision.reason == reason


def test_gopher_repetition_duplicated_ngrams_and_near_miss():
    # A 5-word phrase said twice in an otherwise new text: 5-gram duplicates ~ 3% < 15%.
    text = "the quick brown fox jumps. " + " ".join(SENTENCES) + " the quick brown fox jumps."
    assert decide(GopherRepetition(), text).kept
    phrase = "the quick brown fox jumps over the lazy old dog"
    # the same phrase 4 times: its 5-grams cover far more than 15% of the characters
    text = " ".join([phrase + " and then"] * 4 + SENTENCES[:2])
    decision = decide(GopherRepetition(GopherRepetitionSettings(top_n_grams=())), text)
    assert not decision.kept and decision.reason == "duplicated_5_n_grams"


def test_gopher_repetition_thresholds_are_settings():
    text = "\n".join(["Same line again and again."] * 4 + SENTENCES[:5])
    assert decide(GopherRepetition(GopherRepetitionSettings(
        dup_line_frac=0.5, dup_line_char_frac=0.5, dup_n_grams=())), text).kept
    with pytest.raises(ValueError, match="n-gram size"):
        GopherRepetitionSettings(top_n_grams=[[1, 0.2]])
    # a recipe's list of lists becomes tuples
    assert GopherRepetitionSettings(top_n_grams=[[2, 0.3]]).top_n_grams == ((2, 0.3),)


def _datatrove_ngram_chars(words_of_text: list[str], n: int) -> tuple[int, int]:
    """datatrove's find_top_duplicate and find_all_duplicate on one text's words, in plain
    Python (n-grams as tuples of words): characters of the most frequent n-gram times its count,
    and characters in repeated n-grams."""
    from collections import Counter

    grams = [tuple(words_of_text[i:i + n]) for i in range(len(words_of_text) - n + 1)]
    gram, count = Counter(grams).most_common(1)[0]
    top = (sum(map(len, gram)) + n - 1) * count
    seen, repeated, index = set(), 0, 0
    while index < len(grams):
        if grams[index] in seen:
            repeated += sum(map(len, grams[index]))
            index += n
        else:
            seen.add(grams[index])
            index += 1
    return top, repeated


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", "ccc", "the", "of", "river", "x"]), min_size=2,
                max_size=60),
       st.lists(st.tuples(st.integers(0, 59), st.integers(2, 12), st.integers(0, 59)),
                max_size=4),
       st.integers(2, 10))
def test_gopher_repetition_ngram_counts_match_datatrove(base, copies, n):
    """Every n-gram size, on texts made of few words with copied stretches (many repeated
    n-grams, ties, overlaps): the top n-gram's and the repeated n-grams' characters are
    datatrove's. Texts of <= 60 short words, so one character moves the fraction shown."""
    text_words = list(base)
    for start, length, at in copies:  # copy a stretch of the text somewhere else in it
        text_words[at:at] = text_words[start:start + length]
    text = " ".join(text_words)
    if len(text_words) < n:
        return
    top, repeated = _datatrove_ngram_chars(text_words, n)
    no_lines = {"dup_line_frac": None, "dup_para_frac": None, "dup_line_char_frac": None,
                "dup_para_char_frac": None}
    top_decision = decide(GopherRepetition(GopherRepetitionSettings(
        top_n_grams=((n, 0.0),), dup_n_grams=(), **no_lines)), text)
    assert (top_decision.reason, top_decision.detail) == (
        f"top_{n}_gram", f"{top / len(text):.3f} > 0.0")
    dup_decision = decide(GopherRepetition(GopherRepetitionSettings(
        top_n_grams=(), dup_n_grams=((n, 0.0),), **no_lines)), text)
    if repeated:
        assert (dup_decision.reason, dup_decision.detail) == (
            f"duplicated_{n}_n_grams", f"{repeated / len(text):.3f} > 0.0")
    else:
        assert dup_decision.kept


# --- Gopher quality -----------------------------------------------------------------------------

def test_gopher_quality_keeps_prose():
    assert decide(GopherQuality(), PROSE).kept


@pytest.mark.parametrize("text, reason", [
    (" ".join(SENTENCES[:2]), "short_doc"),
    (" ".join(["a an ox to be or go"] * 10), "below_avg_threshold"),
    (" ".join(["internationalization characteristically"] * 40), "above_avg_threshold"),
    (PROSE + " " + "#tag " * 30, "too_many_hashes"),
    (PROSE + " wait..." * 30, "too_many_ellipsis"),
    ("\n".join("- " + s for s in SENTENCES), "too_many_bullets"),
    ("\n".join(s[:-1] + "..." for s in SENTENCES[:3]) + "\n" + " ".join(SENTENCES[3:]), "too_many_end_ellipsis"),
    (PROSE + " " + " ".join(str(n) for n in range(60)), "below_alpha_threshold"),
    (" ".join(["Quick brown foxes jump over lazy dogs daily."] * 8), "few_stop_words"),
])
def test_gopher_quality_reasons(text, reason):
    decision = decide(GopherQuality(), text)
    assert not decision.kept and decision.reason == reason, decision


def test_gopher_quality_near_misses():
    # 50 non-punctuation words exactly: passes the minimum
    text = " ".join(f"the word{i} and" for i in range(17))[: -len(" and")]
    assert len([w for w in split_words(text) if w.isalnum()]) == 50
    assert decide(GopherQuality(GopherQualitySettings(min_avg_word_length=None)), text).kept
    # 89% bullet lines: under the 90% limit
    lines = ["- " + s for s in SENTENCES] + [SENTENCES[0]]
    assert decide(GopherQuality(), "\n".join(lines)).kept


def test_gopher_quality_other_languages():
    german = ("Der Fluss, der durch die alte Stadt fließt, ist seit Jahrhunderten eine Quelle für "
              "Wasser. Die Bauern bauten kleine Kanäle, um es zu den Feldern und den Mühlen am Ufer "
              "zu bringen. Im Frühjahr schmilzt der Schnee in den Bergen und das Wasser steigt mit "
              "der Zeit schnell an. Heute ist das Ufer ein Park, in dem Familien mit den Kindern "
              "spazieren gehen und spielen.")
    # FineWeb's English stop words are absent from German ...
    assert decide(GopherQuality(GopherQualitySettings(other_languages="same")), german, "de").reason == "few_stop_words"
    # ... FineWeb-2's German profile has its own
    assert decide(GopherQuality(), german, "de").kept
    # a language FineWeb-2 has no profile for (Montenegrin) follows `no_profile`
    decision = decide(GopherQuality(), german, "cnr_Latn")
    assert not decision.kept and decision.reason == "no_profile" and "cnr_Latn" in decision.detail
    decision = decide(GopherQuality(GopherQualitySettings(no_profile="keep")), german, "cnr_Latn")
    assert decision.kept and "no profile for cnr_Latn" in decision.detail
    assert decide(GopherQuality(GopherQualitySettings(no_profile="english")), german,
                  "cnr_Latn").reason == "few_stop_words"
    assert decide(GopherQuality(GopherQualitySettings(other_languages="pass")), german, "de").detail


def test_gopher_quality_japanese_and_thai():
    japanese = ("東京は日本の首都であり、政治と経済の中心地です。多くの人が毎日電車で通勤しています。"
                "春には桜が咲き、公園は花見をする人でにぎわいます。") * 2
    assert decide(GopherQuality(), japanese, "ja").kept
    # per-character split: stop words (の, は, に ...) are found
    no_stop = "東京都市計画道路整備事業調査報告書概要" * 10
    assert decide(GopherQuality(), no_stop, "ja").reason == "few_stop_words"
    thai = ("ประเทศไทยมีประวัติศาสตร์ที่ยาวนานและมีวัฒนธรรมที่หลากหลาย "
            "การท่องเที่ยวเป็นส่วนสำคัญของเศรษฐกิจในหลายจังหวัด ") * 3
    assert decide(GopherQuality(), thai, "th").kept


# --- C4 -----------------------------------------------------------------------------------------

def test_c4_removes_lines_and_citations():
    text = "\n".join([
        SENTENCES[0] + "[1]",
        "Menu",                                          # fewer than 3 words
        "Please enable JavaScript to view the comments.",
        SENTENCES[1] + "[citation needed]",
        "This site uses cookies to improve your experience.",
        *SENTENCES[2:5],
        "Read more about it here",                       # kept: FineWeb keeps lines without a period
    ])
    decision = decide(C4Quality(), text)
    assert decision.kept
    assert decision.text == "\n".join([SENTENCES[0], SENTENCES[1], *SENTENCES[2:5], "Read more about it here"])


@pytest.mark.parametrize("text, reason", [
    (PROSE + "\nLorem ipsum dolor sit amet, consectetur.", "lorem_ipsum"),
    (PROSE + "\nfunction main() { return 1; }", "curly_bracket"),
    ("\n".join(SENTENCES[:4]), "too_few_sentences"),
    ("Short.\nTiny line.\n" * 10, "too_few_sentences"),
])
def test_c4_reasons(text, reason):
    decision = decide(C4Quality(), text)
    assert not decision.kept and decision.reason == reason


def test_c4_near_misses_and_settings():
    assert decide(C4Quality(), "\n".join(SENTENCES[:5])).kept              # exactly 5 sentences
    assert decide(C4Quality(), "\n".join(SENTENCES[:5])).text is None     # nothing changed
    # a curly bracket on a line that is removed anyway (too short) does not drop the document
    assert decide(C4Quality(), PROSE + "\n{ }").kept
    assert decide(C4Quality(C4Settings(min_num_sentences=3)), "\n".join(SENTENCES[:3])).kept
    terminal = decide(C4Quality(C4Settings(filter_no_terminal_punct=True)), PROSE + "\nRead more here")
    assert terminal.kept and terminal.text == PROSE
    # C4 is English-only in FineWeb-2: other languages are kept untested
    assert "C4 is English-only" in decide(C4Quality(), "Kurz.", "de").detail


# --- FineWeb quality ----------------------------------------------------------------------------

def test_fineweb_quality_keeps_prose():
    assert decide(FineWebQuality(), PROSE).kept


@pytest.mark.parametrize("text, reason", [
    ("\n".join(s.rstrip(".") for s in SENTENCES), "line_punct_ratio"),
    ("\n".join(["Home", "About us", "Contact", "Shop now", SENTENCES[0]]), "short_line_ratio"),
    (PROSE + "\n" + SENTENCES[0], "char_dup_ratio"),
    ("\n".join(f"Extraordinarily{i} uncharacteristically." for i in range(40)), "list_ratio"),
    ("   \n\n", "empty"),
])
def test_fineweb_quality_reasons(text, reason):
    decision = decide(FineWebQuality(), text)
    assert not decision.kept and decision.reason == reason, decision


def test_fineweb_quality_near_misses():
    # 1 of 8 lines ends in punctuation (0.125 >= 0.12): passes
    lines = [s.rstrip(".") for s in SENTENCES]
    lines[0] += "."
    assert decide(FineWebQuality(), "\n".join(lines)).kept
    assert decide(FineWebQuality(FineWebQualitySettings(line_punct_exclude_zero=True)),
                  "\n".join(s.rstrip(".") for s in SENTENCES)).kept


# --- registry -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, cls", [("gopher_repetition", GopherRepetition),
                                       ("gopher_quality", GopherQuality),
                                       ("c4", C4Quality), ("fineweb_quality", FineWebQuality)])
def test_registered_steps(name, cls):
    assert step_class(name) is cls and cls.name == name
    with pytest.raises(ValueError, match="other_languages"):
        cls.Settings(other_languages="maybe")
