"""Clause and shape rules of `stages/pii_phones.py` (blind29's round, part a, and its merge): a
call word that hands its reach to a later number, a one-word label before a colon, ranges of hours,
a version with its build, and "or by e-mail" after a number."""
from __future__ import annotations

import re

# another phone-length number after a phone word in the same sentence (blind29's round, part a)
_NUMBER_AFTER_WORD = re.compile(r"(?<!\w)[+(]?\d(?:[\d \u00a0.\-/()]*\d){6,}")


# a one-word label of its own before the colon, at a line's or a bracket's start ("(Bemerkung: ",
# "Remarque: "): it names this number, not a clause handing it the number (the merge of blind29's
# round: blind21's "Handy: +352 … (Bemerkung: 21 512 201)")
_ONE_WORD_LABEL = re.compile(r"(?:^|[\n(\[|;])[ \t\u00a0]*[^\W\d_][^\s(\[|;:：]*[ \t\u00a0]*[:：][ \t\u00a0]*$")


def _called_after(text: str, at: int, line_end: int) -> bool:
    """Whether another phone-length number follows `at` (a phone word's end) in its sentence."""
    rest = text[at:min(at + 120, len(text) if line_end < 0 else line_end)]
    if re.match(r"[ \t\u00a0:：.#\-–]*[+(]?\d", rest):
        return False  # the word is the next number's own label ("电话：021-… 54098577  传真：021-…"):
        # it leaves a listed number before it as it was
    stop = re.search(r"[.!?。！？।॥؟۔](?:\s|$)|[(\[（]", rest)  # a danda, an Arabic question mark
    # or a bracket ends it too: "980-5432805 पर फ़ोन करें। ऑर्डर संख्या: …", "با شماره … تماس بگیرید
    # (2026/06/13, 37276413)": a verb-final call clause names the number before it (the merge of
    # blind29's round: blind21, blind23)
    return _NUMBER_AFTER_WORD.search(rest[:stop.start()] if stop else rest) is not None
# blind29's round, part a: two groups of three or four digits a dash joins, after a word for a
# range ("between", "zwischen", "entre", "tra", "между") or before hours ("hours", "hrs", "Uhr",
# "heures", "horas", "ore", "uur"): a span of times, not a number to dial
_RANGE = re.compile(r"\d{3,4}[ \u00a0]?[-–—][ \u00a0]?\d{3,4}")
_RANGE_BEFORE = re.compile(r"(?i:\b(?:between|zwischen|entre|tra|tussen|mellan|mezi|между|між)[ \u00a0]+)$")
_RANGE_AFTER = re.compile(r"[ \u00a0]*(?i:hours|hour|hrs|hr|h|uhr|heures|horas|ore|uur|timmar|tuntia|godz\w*|"
                          r"hod\w*|час\w*|giờ)(?!\w)")
# a version, then a slash and a build or database number: "0.103.2/26841" (ClamAV's engine and daily.cvd)
_VERSION_BUILD = re.compile(r"\d\.\d{1,3}\.\d{1,3}/\d{3,8}")
# blind29's round, part a: "or (by) e-mail" right after a number, in the languages kept and a few more
_OR_EMAIL_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?i:or|oder|ou|o|lub|albo|nebo|anebo|или|або|чи|of|eller|tai|vagy|veya|ya da|או|أو|یا|"
    r"hoặc|atau|ή|sau|ili)[ \u00a0]+(?i:(?:by|per|par|por|via|via|na|на|през|through)[ \u00a0]+)?"
    r"(?:(?i:e-?mail\w*|mail\w*|mejl\w*|почт\w*|эл\.?|ел\.|e-?post\w*|sähköpost\w*|courriel\w*|correo\w*|"
    r"email\w*|ईमेल|אימייל|דוא\"ל|ایمیل|البريد)(?!\w)|[\w.+\-]+@[\w\-]+\.)")
