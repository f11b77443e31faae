"""Words for "number" in languages and scripts the word lists of stages/pii_words.py leave out
(blind32's round, part a): "Захиалгын дугаар" (Mongolian, order number), "Pöntunarnúmer"
(Icelandic), "Sifariş nömrəsi" (Azerbaijani), "Numru tal-ordni" (Maltese), "Nr. i porosisë"
(Albanian), "შეკვეთის ნომერი" (Georgian), "Պատվերի համար" (Armenian), "የትዕዛዝ ቁጥር" (Amharic),
"ඇණවුම් අංකය" (Sinhala), "अर्डर नम्बर" (Nepali, Hindi), "မှာယူမှုအမှတ်" (Burmese), "លេខបញ្ជាទិញ"
(Khmer), "آرڈر نمبر" (Urdu). With a word beside it (or compounded with it) that is no phone or
contact word, it names another kind of number; "Утасны дугаар", "Símanúmer", "Telefon nömrəsi",
"ტელეფონის ნომერი", "Հեռախոսի համար", "ስልክ ቁጥር", "දුරකථන අංකය", "फोन नम्बर", "ဖုန်းနံပါတ်",
"លេខទូរស័ព្ទ", "فون نمبر" name the phone. Read by `other_number_end` (stages/pii_words.py) only.
"""
from __future__ import annotations

import re

# the words for "number", longest first (a compound holds them at its end or, Khmer, its start)
_NUMBER = ("дугаарын", "дугаар", "númerið", "númer", "nömrəsi", "nömrə", "numru", "ნომერი", "ნომრის",
           "համարը", "համար", "ቁጥር", "අංකය", "අංක", "नम्बर", "नंबर", "နံပါတ်", "အမှတ်", "លេខ", "نمبر",
           "எண்", "নম্বর", "নং", "код")
_NUMBER_RE = re.compile("|".join(_NUMBER), re.IGNORECASE)
# "Nr." as a word of its own, before a connector ("Nr. i porosisë": the order's number)
_ABBREVIATION = re.compile(r"nr\.?|nro\.?", re.IGNORECASE)
# phone and contact words of those languages (a neighbour holding one makes the number a phone's)
_PHONE = re.compile(
    r"утас|гар[ \u00a0]?утас|холбоо|сим|sím|farsím|samband|tel|fon|phone|mobil|mob|cel|whatsapp|viber|kuntatt|əlaqə|"
    r"ტელეფონ|მობილურ|კონტაქტ|ფაქს|հեռախոս|բջջային|կապ|ֆաքս|ስልክ|ሞባይል|ፋክስ|ግንኙነት|දුරකථන|ජංගම|සම්බන්ධ|ෆැක්ස්|"
    r"फोन|फ़ोन|मोबाइल|व्हाट्स|रिचार्ज|recharg|सम्पर्क|संपर्क|फ्याक्स|फैक्स|ဖုန်း|ဆက်သွယ်|ဖက်စ်|ទូរស័ព្ទ|ទំនាក់ទំនង|ទូរសារ|"
    r"فون|موبائل|رابط|فیکس|واٹس|"
    r"தொலைபேசி|கைபேசி|அலைபேசி|தொடர்பு|ফোন|মোবাইল|যোগাযোগ|ফ্যাক্স|телефон|моб|"
    # and their verbs for "call" ("Ամրագրման համար զանգահարեք՝ …": for booking, call …)
    r"залга|զանգ|ይደውሉ|ደውል|කතා|कल|ခေါ်|ហៅ|کال",
    re.IGNORECASE)
# connectors that stand between the word for "number" and the word it numbers (Albanian "i", "e",
# "të", Maltese "ta'")
_CONNECTORS = frozenset({"i", "e", "të", "ta'", "ta", "of"})
# "इस नंबर पर कॉल करें" (call this number), "मेरा नंबर" (my number), "اس نمبر پر": a pronoun or a
# possessive beside the word numbers nothing else
_FUNCTION_WORDS = frozenset("इस उस यह वह मेरा मेरे मेरी हमारा हमारे हमारी आपका आपके आपकी तुम्हारा नया नए "
                            "پر اس یہ وہ میرا میرے ہمارا ہمارے آپ آپکا نیا ka ta minu miina города страны оператора региона міста країни".split())  # noqa: SIM905
_TOKEN = re.compile(r"[^\s:：·|,;()\[\]/#№<>\"]+")


def script_number_end(field: str, is_phone) -> int | None:
    """End of the last word for "number" (in the languages above) in `field` that numbers
    something other than a phone, with what it numbers when that follows it; None if none.
    `is_phone` tells a phone word of the languages stages/pii_words.py keeps."""
    tokens = list(_TOKEN.finditer(field))
    end = None
    for index, token in enumerate(tokens):
        word = token.group()
        match = _NUMBER_RE.search(word) or _ABBREVIATION.fullmatch(word)
        # (the word whole, or a compound's end; Khmer's "លេខ…" its start: never inside another
        # word, as "númer" is inside Spanish "número")
        if match is None or match.end() not in (len(word), len(word.rstrip("."))) and \
                not (match.start() == 0 and match.group() == "លេខ"):
            continue
        neighbours = []
        rest = (word[:match.start()] + word[match.end():]).strip(".-'")
        if match.group() == "លេខ" and (rest.endswith("តាម") or index > 0 and tokens[index - 1].group().endswith("តាម")):
            continue  # Khmer "…តាមលេខ" (by the number: "កម្ម៉ង់តាមលេខ", order by the number; "ទាក់ទងតាមលេខ"):
            # the number to call (pii-classes31a)
        if rest:
            neighbours.append(rest)
        if index > 0 and not re.search(r"[<>]|[ \t\u00a0]{2,}", field[tokens[index - 1].end():token.start()]):
            neighbours.append(tokens[index - 1].group())
        after = index + 1
        while after < len(tokens) and tokens[after].group().lower() in _CONNECTORS:
            after += 1
        # (the word after it counts only in the same field: up to the next value's digits)
        if after < len(tokens) and not re.search(r"\d", field[token.end():tokens[after].end()]):
            neighbours.append(tokens[after].group())
        else:
            after = None
        # (a phone word up to three words before it still names the phone: "रिचार्ज किया गया
        # नंबर", the recharged number), not across a markup tag or the gap of spaces it leaves: "<a href=…>ទូរស័ព្ទ</a>
        # លេខវិក្កយបត្រ …", the link's text is a phone's, the invoice number another element's)
        before = [tokens[back].group() for back in range(max(0, index - 3), index - 1)
                  if not re.search(r"[\d<>]|[ \t\u00a0]{2,}", field[tokens[back].start():token.start()])]
        if any(_PHONE.search(neighbour) or is_phone(neighbour) for neighbour in neighbours + before):
            continue
        if any(re.search(r"[^\W\d_]", neighbour) and neighbour.lower() not in _FUNCTION_WORDS
               for neighbour in neighbours):
            end = tokens[after].end() if after is not None else token.end()
    return end
