"""stages.pii: typed placeholders, offline tldextract, a lossless prefilter, measured P/R."""
from __future__ import annotations

import json
import re
import socket
from collections import Counter

import pytest
import tldextract
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import RecognizerResult

from stages.pii import (
    PREFILTER,
    PiiScrubber,
    PiiSettings,
    prefilter_matches,
    resolve_overlaps,
)

# Measured on the whole pii_dev.jsonl at min_score 0.5: every type P = R = 1.0000 (see
# test_dev_set_precision_recall_per_type); asserted just under.
MIN_PRECISION = {"EMAIL_ADDRESS": 0.995, "PHONE_NUMBER": 0.995, "IP_ADDRESS": 0.995,
                 "CREDIT_CARD": 0.995, "IBAN_CODE": 0.995, "US_SSN": 0.995}
MIN_RECALL = dict(MIN_PRECISION)


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber(PiiSettings())


@pytest.fixture(scope="module")
def dev_rows(shared_data) -> list[dict]:
    path = shared_data / "pii" / "pii_dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_scrub_replaces_each_type_with_a_typed_placeholder(scrubber):
    text = ("Mail jane.doe@example.org or phone +44 20 7946 0958. Server 203.0.113.7 and "
            "fe80::1ff:fe23:4567:890a. Pay with card 4111 1111 1111 1111. "
            "IBAN DE89 3704 0044 0532 0130 00, SSN: 536-22-8107.")
    scrubbed, counts = scrubber.scrub(text)
    assert scrubbed == ("Mail <EMAIL_ADDRESS> or phone <PHONE_NUMBER>. Server <IP_ADDRESS> and "
                        "<IP_ADDRESS>. Pay with card <CREDIT_CARD>. "
                        "IBAN <IBAN_CODE>, SSN: <US_SSN>.")
    assert counts == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1, "IP_ADDRESS": 2, "CREDIT_CARD": 1,
                      "IBAN_CODE": 1, "US_SSN": 1}


@pytest.mark.parametrize("text", [
    "",
    "Read the full changelog for version 3.2.1.",
    "Build 10.0.19045.3803 fixed the login issue.",
    "ISBN 978-3-16-148410-0 is out of print. Prices were updated on 2024-03-15.",
    "Item #48213 ships within 2-3 business days. The conference starts at 9:30.",
    "Our hotel is near the ship yard; call it a day.",
])
def test_look_alikes_are_left_alone(scrubber, text):
    assert scrubber.scrub(text) == (text, {})


def test_weak_shapes_need_a_context_word(scrubber):
    assert scrubber.scrub("Phone us on 382426942.") == ("Phone us on <PHONE_NUMBER>.",
                                                        {"PHONE_NUMBER": 1})
    assert scrubber.scrub("Tracking code 382426942.")[1] == {}
    assert scrubber.scrub("Card number 639038836859 was charged twice.")[1] == {"CREDIT_CARD": 1}
    assert scrubber.scrub("Order 639038836859 was shipped.")[1] == {}


def test_iban_followed_by_a_capitalised_word(scrubber):
    # presidio's own IBAN regex takes "ISBN" as a fifth group and then loses the IBAN
    text = "Bank account: ES0999284195151584297689 ISBN 978-3-16-148410-0"
    assert scrubber.scrub(text) == ("Bank account: <IBAN_CODE> ISBN 978-3-16-148410-0",
                                    {"IBAN_CODE": 1})


def test_entities_config_limits_types():
    only_email = PiiScrubber(PiiSettings(entities=("EMAIL_ADDRESS",)))
    text = "a@example.com SSN: 536-22-8107"
    assert only_email.scrub(text) == ("<EMAIL_ADDRESS> SSN: 536-22-8107", {"EMAIL_ADDRESS": 1})
    with pytest.raises(ValueError, match="unsupported"):
        PiiSettings(entities=("PERSON",))


def test_overlaps_merge_within_a_type_and_higher_score_wins_across_types():
    spans = resolve_overlaps([
        RecognizerResult("PHONE_NUMBER", 0, 10, 0.55),
        RecognizerResult("PHONE_NUMBER", 5, 15, 0.75),
        RecognizerResult("US_SSN", 12, 20, 0.85),
        RecognizerResult("IP_ADDRESS", 30, 40, 0.6),
        RecognizerResult("CREDIT_CARD", 30, 42, 0.6),
    ])
    assert [(s.entity_type, s.start, s.end, s.score) for s in spans] == [
        ("US_SSN", 12, 20, 0.85), ("CREDIT_CARD", 30, 42, 0.6)]


def test_no_network_e_mail_domain_check(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(tldextract, "extract", refuse)  # presidio's default path is unused
    fresh = PiiScrubber(PiiSettings())
    assert fresh.scrub("Write to someone@mail.example.co.uk today") == \
        ("Write to <EMAIL_ADDRESS> today", {"EMAIL_ADDRESS": 1})
    assert fresh.scrub("not an address: user@localhost")[1] == {}


def test_prefilter_passes_every_gold_span(dev_rows):
    for row in dev_rows:
        for span in row["spans"]:
            if span["type"] != "PHONE_NUMBER":  # phones are found outside presidio, on whole texts
                assert PREFILTER.search(span["text"]), span


def test_prefilter_never_hides_what_presidio_finds(scrubber, dev_rows, shared_data):
    pieces = [piece for row in dev_rows[:600] for piece in re.split(r"(?<=[.!?])\s+", row["text"])]
    for lang in ("en", "de", "fr", "ru"):
        pieces += (shared_data / "langid" / f"{lang}.txt").read_text(encoding="utf-8") \
            .splitlines()[:300]
    rejected = [piece for piece in pieces if not PREFILTER.search(piece)]
    assert len(rejected) > 0.5 * len(pieces)
    presidio_entities = [e for e in PiiSettings().entities if e != "PHONE_NUMBER"]
    for piece in rejected:
        assert scrubber.analyzer.analyze(piece, language="en", entities=presidio_entities,
                                         score_threshold=0.0) == [], piece


def test_dev_set_precision_recall_per_type(scrubber, dev_rows):
    true_pos, false_pos, false_neg = Counter(), Counter(), Counter()
    for row in dev_rows:
        gold = {(s["type"], s["start"], s["end"]) for s in row["spans"]}
        found = {(s.entity_type, s.start, s.end) for s in scrubber.find(row["text"])}
        for entity, *_ in found & gold:
            true_pos[entity] += 1
        for entity, *_ in found - gold:
            false_pos[entity] += 1
        for entity, *_ in gold - found:
            false_neg[entity] += 1
    for entity, min_precision in MIN_PRECISION.items():
        precision = true_pos[entity] / max(1, true_pos[entity] + false_pos[entity])
        recall = true_pos[entity] / max(1, true_pos[entity] + false_neg[entity])
        assert true_pos[entity] > 700, entity
        assert precision >= min_precision, (entity, precision)
        assert recall >= MIN_RECALL[entity], (entity, recall)


def test_scrub_counts_match_gold_on_the_dev_set(scrubber, dev_rows):
    for row in dev_rows[:200]:
        scrubbed, counts = scrubber.scrub(row["text"])
        assert counts == dict(Counter(s["type"] for s in row["spans"]))
        assert not any(s["text"] in scrubbed for s in row["spans"])


# --- the broader labelled set (benchmarks/pii_eval.py), split by template family ---------------

def _pii_eval():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_eval

    return pii_eval


# Measured on the held-back families, 400 paragraphs each (BENCHMARKS.md `## PII beyond the dev
# set`): phone P 1.0000 R 0.9995, every other type P = R = 1.0.
HELD_BACK_FLOOR = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.995),
                   "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.995),
                   "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.99, 0.995)}


def test_held_back_template_families_floors(scrubber):
    pii_eval = _pii_eval()
    rows = [row for row in pii_eval.generate(per_family=400) if row["half"] == "held"]
    assert {row["family"] for row in rows} == {f for f, (half, _) in pii_eval.FAMILIES.items()
                                              if half == "held"}
    results, _ = pii_eval.score(rows, scrubber.find)
    for entity, (min_precision, min_recall) in HELD_BACK_FLOOR.items():
        r = results[entity]
        assert r["tp"] + r["fn"] > 400, (entity, r)
        assert r["precision"] >= min_precision and r["recall"] >= min_recall, (entity, r)


def test_generator_is_deterministic_and_spans_are_exact():
    pii_eval = _pii_eval()
    first, second = pii_eval.generate(per_family=20), pii_eval.generate(per_family=20)
    assert first == second
    for row in first:
        for span in row["spans"]:
            assert row["text"][span["start"]:span["end"]] == span["text"]
    halves = {row["family"]: row["half"] for row in first}
    assert set(halves.values()) == {"tune", "held"}


def test_every_listed_web_hit_is_still_found_in_its_context(scrubber):
    # benchmarks/data/pii_web_hits.tsv: each hit of the scrubber on the real pages (extraction
    # pages, the bundled sample, the shared WARC excerpts), read and judged by hand.
    pii_eval = _pii_eval()
    lines = pii_eval.WEB_HITS.read_text(encoding="utf-8").splitlines()[1:]
    assert len(lines) >= 400
    verdicts, checked, missed = Counter(), Counter(), []
    for line in lines:
        verdict, entity, value, _url, context = line.split("\t")
        verdicts[verdict] += 1
        found = {(s.entity_type, context[s.start:s.end]) for s in scrubber.find(context)}
        if context.count(value) == 1 and len(context) > len(value) + 60:
            checked[entity] += 1
            if (entity, value) not in found:
                # a phone's label may lie outside the 60 characters kept ("Contact: 624-6456;
                # 225-8452; ..." keeps only the later numbers of such a list)
                assert entity == "PHONE_NUMBER", (entity, value, context)
                missed.append(value)
    assert verdicts.get("not_pii", 0) == 0 and verdicts.get("unjudged", 0) == 0, verdicts
    assert len(missed) <= 0.05 * checked["PHONE_NUMBER"], missed


@pytest.mark.parametrize("text, expected", [
    ("they're not answering at (617) 555-0178, so I gave up", "PHONE_NUMBER"),
    ("they're not answering at 617-555-0178", "PHONE_NUMBER"),
    ("London office +44 (0)20 7946 0958", "PHONE_NUMBER"),
    ("London office +44 20 79 46 09 58 today", "PHONE_NUMBER"),
    ("Zentrale 030 1234 5678, Vertrieb", "PHONE_NUMBER"),
    ("Mobile: 8 (912) 345-67-89", "PHONE_NUMBER"),
    ("bureau 0033 1 23 45 67 89 ouvert", "PHONE_NUMBER"),
    ("refund to de89 3704 0044 0532 0130 00 please", "IBAN_CODE"),
    ("refund to de89370400440532013000 please", "IBAN_CODE"),
    ("my cc 639038836859 was declined", "CREDIT_CARD"),
    ("paid with 4111111111111111 yesterday", "CREDIT_CARD"),
    ("paid with 3714 496353 98431 yesterday", "CREDIT_CARD"),
    ("row A-1,4111 1111 1111 1111,ok", "CREDIT_CARD"),
    ("host 2001:db8::8a2e:370:7334 is up", "IP_ADDRESS"),
    ("write to jane.doe+newsletter@example.org now", "EMAIL_ADDRESS"),
])
def test_hard_cases_from_the_issue(scrubber, text, expected):
    assert [s.entity_type for s in scrubber.find(text)] == [expected], text


@pytest.mark.parametrize("text", [
    "at 0.539591, 12.345678 on the map",
    "Prices from 1.299,00 EUR; order 2024-03-15 14:30",
    "ISBN 978-3-16-148410-0 and build 10.0.19045.3803",
    "Population 1 234 567 in 2023",
    "IBAN-like DE00 3704 0044 0532 0130 00 with a wrong check",
    "sku 305-608-8046-70 and item 913121-44",
])
def test_look_alikes_without_context_stay(scrubber, text):
    assert scrubber.find(text) == [], text


def test_importing_the_step_does_not_import_torch_but_leaves_it_importable():
    """spaCy's thinc would import torch (1.3 CPU s per process); the blank pipeline never uses it."""
    import subprocess
    import sys

    pytest.importorskip("torch")  # the [train] extra
    code = ("import sys, stages.pii_engine; assert 'torch' not in sys.modules, 'torch imported'; "
            "import torch; print(torch.tensor([1, 2]).sum().item())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"


def test_a_driver_checking_the_recipe_imports_neither_spacy_nor_presidio():
    """A run's driver builds the recipe (every step's class and settings) but never scrubs: the
    pii step's ~1.4 CPU s of imports (spaCy, presidio, the recognizers' patterns) wait for the
    first PiiScrubber, which a worker builds."""
    import subprocess
    import sys

    code = ("import sys; from pipeline.recipe import Recipe; recipe = Recipe.default(); "
            "assert recipe.has('pii') and recipe.settings('pii').context_model; "
            "heavy = [m for m in ('spacy', 'presidio_analyzer', 'stages.pii_words', 'stages.pii_engine') "
            "if m in sys.modules]; assert not heavy, heavy; "
            "from stages.pii import PiiScrubber; PiiScrubber(); "
            "assert 'spacy' in sys.modules and 'stages.pii_engine' in sys.modules")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr


# --- phone numbers by context (issue 26), one class per test, cases made for these tests --------

def _phones(scrubber, text, url=None, language=None):
    return [text[s.start:s.end] for s in scrubber.find(text, url, language)
            if s.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize("text, number", [
    ("Bei Fragen rufen Sie Herrn Maier gerne an unter 4711 83920.", "4711 83920"),
    ("Pour réserver, composez le 4 56 78 90 12 avant midi.", "4 56 78 90 12"),
    ("Si tiene dudas, llámenos al 934 56 78 12.", "934 56 78 12"),
    ("Zadzwoń do nas pod numer 512 640 811, czekamy!", "512 640 811"),
    ("Справки по телефону 255-43-17 с 9 до 18.", "255-43-17"),
    ("如有疑问，请拨打13912345678。", "13912345678"),
    ("ご予約は電話 6734-5521 まで。", "6734-5521"),
    ("สอบถามเพิ่มเติมโทร 2 345 6789", "2 345 6789"),
    ("give Sam a ring on 4482 119 03 tonight", "4482 119 03"),
])
def test_a_phone_word_before_the_number_in_its_sentence(scrubber, text, number):
    assert _phones(scrubber, text) == [number]


@pytest.mark.parametrize("text, number", [
    ("Ruf einfach 4711 83920 an, ich bin erreichbar.", "4711 83920"),
    ("4711 83920 (Fax)", "4711 83920"),
    ("Jan Nowak, 512 640 811 - biuro", "512 640 811"),
    ("3378 2291 is the number to call for tickets.", "3378 2291"),
])
def test_a_phone_word_or_label_after_the_number(scrubber, text, number):
    assert _phones(scrubber, text) == [number]


@pytest.mark.parametrize("text, number", [
    ("Desk: 4482 119 03", "4482 119 03"),
    ("Office 3378 2291", "3378 2291"),
    ("Zentrale: 4711 83920", "4711 83920"),
    ("Kim Berg\nM 4482 119 03\nkim@example.org", "4482 119 03"),
    ("Sent from my desk. T 4482 119 03", "4482 119 03"),
    ("Мобильный: 255-43-17", "255-43-17"),
])
def test_a_label_right_before_the_number(scrubber, text, number):
    assert _phones(scrubber, text) == [number]


@pytest.mark.parametrize("text", [
    "| Name | Room | Telephone |\n|---|---|---|\n| Ada Shaw | B12 | 4482 119 03 |\n| Li Wen | C4 | 4482 119 77 |",
    "name;office;durchwahl\nAda Shaw;B12;4482 119 03\nLi Wen;C4;4482 119 77",
    "Nom\tBureau\tPortable\nAda Shaw\tB12\t4482 119 03\nLi Wen\tC4\t4482 119 77",
])
def test_a_table_column_named_for_phones(scrubber, text):
    assert _phones(scrubber, text) == ["4482 119 03", "4482 119 77"]


def test_the_same_numbers_in_a_column_named_for_something_else_stay(scrubber):
    text = "| Name | Room | Order |\n|---|---|---|\n| Ada Shaw | B12 | 4482 119 03 |"
    assert _phones(scrubber, text) == []


def test_a_label_on_the_line_above_and_a_contact_block(scrubber):
    assert _phones(scrubber, "Telefono\n3378 2291\nOrari\n9-18") == ["3378 2291"]
    block = "Ada Shaw\nHead of Sales\n4482 119 03\nada.shaw@example.org"
    assert _phones(scrubber, block) == ["4482 119 03"]
    # one unseparated digit run alone on a line is an id as often as a phone
    assert _phones(scrubber, "Ada Shaw\n448211903\nada.shaw@example.org") == []


def test_a_second_number_under_the_same_label(scrubber):
    assert _phones(scrubber, "Tel. 4711 83920 / 4711 83921") == ["4711 83920", "4711 83921"]
    assert _phones(scrubber, "call 3378 2291 or 3378 2292") == ["3378 2291", "3378 2292"]


@pytest.mark.parametrize("number", [
    "+1 617 555 0178 ext. 204", "(617) 555-0178 x12", "030 4711839-20", "02 9876 5432 poste 14",
    "+48 22 640 81 12 wew. 31", "+7 495 123-45-67 доб. 2210", "03-1234-5678 内線 205",
    "0 2345 6789 ต่อ 12", "+39 06 4471 8250 int. 7", "512 640 811, Durchwahl 31",
])
def test_the_extension_belongs_to_the_number(scrubber, number):
    assert _phones(scrubber, f"Kontakt: {number}. Danke") == [number]


def test_an_extension_makes_a_phone_without_a_phone_word(scrubber):
    assert _phones(scrubber, "Ada Shaw, 4482 119 03 ext. 12, Sales") == ["4482 119 03 ext. 12"]


def test_region_from_the_page_url_and_language(scrubber):
    # valid Italian and Polish numbers written as those countries write them, no phone word
    italian, polish = "Sede centrale 06 4471 8250, Roma", "Biuro ul. Polna 3, 512 640 811"
    assert _phones(scrubber, italian, url="https://www.comune-example.it/contatti") == ["06 4471 8250"]
    assert _phones(scrubber, polish, url="https://firma.example.pl/") == ["512 640 811"]
    assert _phones(scrubber, polish, language="pl") == ["512 640 811"]
    # the same digits mean nothing on a page with no hint of those countries
    assert _phones(scrubber, polish, url="https://example.com/", language="en") == []


def test_international_numbers_phonenumbers_does_not_validate(scrubber):
    # a country code, then a possible length, in groups: real plans move faster than the metadata
    assert _phones(scrubber, "Neue Nummer +49 1234 567890 ab Mai") == ["+49 1234 567890"]
    assert _phones(scrubber, "Neue Nummer +54 9 3394 8197 ab Mai") == ["+54 9 3394 8197"]
    assert _phones(scrubber, "(261) 609-9069 is not in use yet") == ["(261) 609-9069"]


@pytest.mark.parametrize("text", [
    "Call us before 15.03.2024 or on 2024-03-15.",                    # dates
    "Phone repairs from 1.299,00 € or $1,299.99.",                     # prices
    "Tel. orders: order no. 4482 119 03 shipped.",                     # order id after a phone word
    "Bestellnummer 4711 83920, Rechnung 2024-00123",                   # order ids, German
    "Numéro client 512 640 811 — commande 77/526/24310",               # client and file numbers
    "订单号 13912345678 已发货",                                          # an order number, Chinese
    "ISBN 978-3-16-148410-0 and ISBN 9783161484100",                   # ISBNs
    "He lived from 1877-1953; the club ran 1998 - 2004.",              # years and ranges
    "The mast stands at 52.520008, 13.404954 (call sign DL1).",        # coordinates
    "Final score 3-1, then 2:0; call it a day.",                       # scores
    "Open 9.00-12.00 - 15.00-18.00, hotline hours 08:00–20:00.",       # times
    "Phone app version 10.0.19045.3803, build 4.47.4.3976.",           # versions
    "CEP 01310-100 São Paulo, 〒100-0001 Tokyo, 00-950 Warszawa.",       # postcodes
    "IBAN ending 0532 0130 00, card **** **** **** 4242.",             # IBAN and card fragments
    "NIP 123-456-32-18, SIRET 732 829 320 00074, CPF 123.456.789-09.",  # tax ids
    "Mobile subscribers: 1 234 567 in 2023, 7.727.243 Einwohner.",     # amounts
    "Kundennummer 4711 83920. Telefonisch erreichbar Mo-Fr.",          # the number before the phone word
])
def test_not_phone_numbers_even_near_phone_words(scrubber, text):
    assert _phones(scrubber, text, url="https://example.de/", language="de") == []


def test_the_step_reads_the_url_and_language_of_each_document():
    from stages.base import Doc

    step = PiiScrubber(PiiSettings())
    docs = [Doc(url="https://firma.example.pl/kontakt", text="Biuro ul. Polna 3, 512 640 811"),
            Doc(url="https://example.com/", text="Biuro ul. Polna 3, 512 640 811",
                annotations={"language": "pl"}),
            Doc(url="https://example.com/", text="Biuro ul. Polna 3, 512 640 811")]
    decisions = step(docs)
    assert [d.annotations["pii_counts"] for d in decisions] == [{"PHONE_NUMBER": 1}] * 2 + [{}]
    assert decisions[0].text == "Biuro ul. Polna 3, <PHONE_NUMBER>"


def _pii_pages():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_pages

    return pii_pages


# benchmarks/pii_pages.py's held half (BENCHMARKS.md `## PII beyond the dev set`; its `fresh` half
# is measured there only), floors just under what was measured: phone P 0.9997 R 0.9970, every
# other type 1.0 (US SSNs, 7 of them, are not floored here: tests/stages/test_pii_ssn.py).
@pytest.mark.parametrize("half, floors", [
    ("held", {"PHONE_NUMBER": (0.997, 0.995), "EMAIL_ADDRESS": (0.999, 0.999),
              "IBAN_CODE": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999), "IP_ADDRESS": (0.999, 0.999)}),
])
def test_page_sets_floors(scrubber, half, floors):
    pii_pages, pii_eval = _pii_pages(), _pii_eval()
    rows = pii_pages.load(half)
    assert len(rows) == 1200 and all("url" in row and "language" in row for row in rows)
    results, _ = pii_eval.score(rows, scrubber.find)
    for entity, (min_precision, min_recall) in floors.items():
        r = results[entity]
        assert r["tp"] + r["fn"] >= 80, (entity, r)
        assert r["precision"] >= min_precision and r["recall"] >= min_recall, (entity, r)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZfF:@.1234567890\u0663-() \n\u00e9x", max_size=60))
def test_prefilter_matches_are_finditers(text):
    # prefilter_matches only tries PREFILTER near "@", ":" and digits: the same matches
    assert ([m.span() for m in prefilter_matches(text)]
            == [m.span() for m in PREFILTER.finditer(text)])


def test_prefilter_hint_covers_every_alternative():
    # prefilter_matches tries PREFILTER only within two characters before an "@", ":" or digit;
    # a new alternative without one of those among its first three characters breaks that.
    assert PREFILTER.pattern.split("|") == [
        "@", r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d", "::", "[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]",
        r"[A-Za-z]{2}\d{2}", r"\d(?:\D{0,4}\d){8}"], "PREFILTER changed: check _PREFILTER_HINT"


def test_prefilter_matches_on_real_shapes():
    text = ("Mail ab@c.de, IBAN DE44 5001 0517 5407 3249 31, ip 10.0.0.1, ::1 and fe80:0:1, "
            "call +1 (555) 010-9999 or GB82WEST12345698765432; 12 apples, 3:4.")
    spans = [m.span() for m in prefilter_matches(text)]
    assert spans == [m.span() for m in PREFILTER.finditer(text)]
    assert [text[a:b] for a, b in spans][:3] == ["@", "DE44", "5001 0517 5"]


# benchmarks/pii_wild.py (BENCHMARKS.md `## PII beyond the dev set`, issue 26), floors just under
# what was measured: wild held (blind: scored once after the last change) phone P 0.9993 R 0.9878,
# every other type 1.0; wild tune (read) phone P 1.0 R 0.9963, IP P 0.9972, every other type 1.0.
@pytest.mark.parametrize("half, floors", [
    ("held", {"PHONE_NUMBER": (0.995, 0.985), "EMAIL_ADDRESS": (0.995, 0.995), "IP_ADDRESS": (0.995, 0.995),
              "CREDIT_CARD": (0.995, 0.995), "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}),
    ("tune", {"PHONE_NUMBER": (0.995, 0.99), "EMAIL_ADDRESS": (0.995, 0.995), "IP_ADDRESS": (0.995, 0.995),
              "CREDIT_CARD": (0.995, 0.995), "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}),
])
def test_wild_sets_floors(scrubber, half, floors):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_wild

    rows = pii_wild.load(half)
    assert len(rows) == 1000 and len({row["register"] for row in rows}) == 14
    results, _ = _pii_eval().score(rows, scrubber.find)
    for entity, (min_precision, min_recall) in floors.items():
        r = results[entity]
        assert r["tp"] + r["fn"] >= 70, (entity, r)
        assert r["precision"] >= min_precision and r["recall"] >= min_recall, (entity, r)


# benchmarks/pii_blind2.py (issue 26: written without reading the step; its errors are never
# printed): floors just under what the step measured there in the hard round (e-mail P 0.9879,
# phone P 0.9890 / R 0.9823, card R 0.9915, every other figure 1.0; before it phone P 0.9645,
# card R 0.9619), so that no later change loses ground on it.
# Only the per-type figures are compared: a failure names the type, never a document.
BLIND2_FLOORS = {"EMAIL_ADDRESS": (0.985, 0.995), "PHONE_NUMBER": (0.98, 0.975),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.985),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind2_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind2

    rows = pii_blind2.load()
    assert len(rows) == 1200
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND2_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind2 under its floors (precision, recall): {low}"


# benchmarks/pii_blind3.py (issue 26: a third set written without reading the step or the other
# generators; its errors are never printed). First scoring, with the hard round's step: e-mail P
# 0.9836, phone P / R 0.9587, IP P 0.7432 / R 0.9136, card R 0.9706, US SSN R 0.9662, IBAN 1.0.
# The IP rules were then changed for the span rules its author states (no zone id, no netmask,
# loopback or unspecified address, no version number), not for its errors: IP P 0.9196 / R 0.9682.
# Floors just under those, per type only: a failure names the type, never a document.
BLIND3_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.99, 0.97),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.995),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.985)}


def test_blind3_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind3

    rows = pii_blind3.load()
    assert len(rows) == 1355
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND3_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind3 under its floors (precision, recall): {low}"


# benchmarks/pii_blind4.py (issue 26: a fourth set written without reading the step). First and
# only blind scoring, main 3660e51: e-mail P 0.9741 / R 0.9976, phone P 0.9706 / R 0.9629, IP
# 1.0, card R 0.9883, IBAN 1.0, US SSN R 0.8717. Then read as a tuning set and its classes fixed:
# e-mail 1.0, phone P 0.9993 / R 0.9844, card R 0.9961, SSN 1.0. Floors just under, per type only.
BLIND4_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.98),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.99),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind4_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind4

    rows = pii_blind4.load()
    assert len(rows) == 1400
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND4_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind4 under its floors (precision, recall): {low}"


# benchmarks/pii_blind5.py (issue 26: a fifth set written without reading the step). First and
# only blind scoring, main dddc77d: e-mail P 0.9161 / R 0.9425, phone P 0.9603 / R 0.9716, IP P
# 0.9934, card R 0.8916, IBAN 1.0, US SSN R 0.6946. Then read as a tuning set and its classes
# fixed: e-mail 1.0, phone P 0.9970 / R 0.9917, IP P 0.9978, card 1.0, SSN 1.0. Floors just under.
BLIND5_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.99),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.995),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind5_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind5

    rows = pii_blind5.load()
    assert len(rows) == 1400
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND5_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind5 under its floors (precision, recall): {low}"


# benchmarks/pii_blind6.py (issue 26: a sixth set written without reading the step). First and
# only blind scoring, main after the blind5 round: e-mail 1.0 / 0.9938, phone P 0.9830 / R 0.9952,
# IP P 0.9376 / R 0.9896, card R 0.9746, IBAN 1.0, US SSN R 0.9381. Then read as a tuning set and
# its classes fixed: phone P 0.9989 / R 0.9984, IP 1.0 / 0.9983, card 1.0, SSN 1.0. Floors just under.
BLIND6_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.99), "PHONE_NUMBER": (0.995, 0.995),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.995),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind6_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind6

    rows = pii_blind6.load()
    assert len(rows) == 1400
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND6_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind6 under its floors (precision, recall): {low}"


@pytest.mark.parametrize("text, found", [
    # masks, loopback and unspecified addresses name no host
    ("ip address 10.14.2.1 255.255.252.0", ["10.14.2.1"]),
    ("permit 172.20.0.0 0.0.15.255 any", ["172.20.0.0"]),
    ("listen 0.0.0.0:80; proxy_pass http://127.0.0.1:9000; ::1 and :: too", []),
    ("nameserver 127.0.0.53 then 9.9.9.9", ["9.9.9.9"]),
    ("Upstream 127.44.10.9 timed out", ["127.44.10.9"]),  # 127/8 beyond 127.0/16 stays
    ("the broadcast is 10.1.255.255, the gateway 10.1.0.1", ["10.1.255.255", "10.1.0.1"]),
    # the zone id and the prefix length stay out of the span
    ("ssh admin@fe80::a00:27ff:fe4e:66a1%enp0s3", ["fe80::a00:27ff:fe4e:66a1"]),
    ("route add 2001:db8:40::/48 via fd00::2", ["2001:db8:40::", "fd00::2"]),
    # version numbers of four parts
    ("Firmware v3.1.0.22 and Version: 10.2.1.4 are out; host 10.2.1.4 rebooted", ["10.2.1.4"]),
    ("Wersja 1.12.0.7 działa na 192.168.8.20", ["192.168.8.20"]),
])
def test_ip_addresses_that_name_a_host(scrubber, text, found):
    spans = [text[r.start:r.end] for r in scrubber.find(text) if r.entity_type == "IP_ADDRESS"]
    assert spans == found


@pytest.mark.parametrize("text, url, language, found", [
    # phone words of Arabic, Persian, Hindi and Ukrainian pages, digits of their scripts
    ("للحجز هاتف: ٠١٠٠ ٩٨٧ ٦٥٤٣ أو زوروا موقعنا", "https://a.com.eg/", "ar", ["٠١٠٠ ٩٨٧ ٦٥٤٣"]),
    ("الجوال ٠٥٥٩٨٧٦٥٤٣ متاح طوال اليوم", "https://b.sa/", "ar", ["٠٥٥٩٨٧٦٥٤٣"]),
    ("برای رزرو با تلفن ۰۲۱ ۲۲۳۳ ۴۴۵۵ تماس بگیرید", "https://c.ir/", "fa", ["۰۲۱ ۲۲۳۳ ۴۴۵۵"]),
    ("अधिक जानकारी के लिए फोन 022 2345 6789 पर करें", "https://d.in/", "hi", ["022 2345 6789"]),
    ("Дзвоніть 044 234 56 78 щодня", "https://e.ua/", "uk", ["044 234 56 78"]),
    # extension words of more languages are part of the span
    ("Tel. +420 224 123 456 linka 318", None, "cs", ["+420 224 123 456 linka 318"]),
    ("전화 02-3456-7890 내선 204", "https://f.kr/", "ko", ["02-3456-7890 내선 204"]),
    # an Arabic word that ends in letters of a phone word is no phone word
    ("يعرفون أن رقم الطلب 4829137 جاهز", "https://a.com.eg/", "ar", []),
])
def test_phone_words_of_more_scripts(scrubber, text, url, language, found):
    spans = [text[r.start:r.end] for r in scrubber.find(text, url=url, language=language)
             if r.entity_type == "PHONE_NUMBER"]
    assert spans == found


def _found(scrubber, text, entity, url=None, language=None):
    return [text[r.start:r.end] for r in scrubber.find(text, url=url, language=language)
            if r.entity_type == entity]


@pytest.mark.parametrize("text, found", [
    # a vanity number's letters are not cut off to leave its digits as a phone (docs/pii.md)
    ("Free line: 1-888-467-BIKE\nmail shop@velo.example.com", []),
    ("Sales: 877-52-TOYOTA or +1 415 555 0142", ["+1 415 555 0142"]),
    ("Hotline 0800-ROOFING, Fax 030 4412 998", ["030 4412 998"]),
    # a MAC address's groups and an anonymised address's octets are no phone number
    ("eth0 link/ether 3c-52-82-41-07-ae, admin 0171 2238 901", ["0171 2238 901"]),
    ("switch mac 7c21.0e93.b4f1 · Tel. 089 412 2087", ["089 412 2087"]),
    ("logged as 81.44.192.xxx; call 01632 960 442", ["01632 960 442"]),
    # a day above 31 or a month above 12 is no date inside a number
    ("Tel: +61.41.2013.7745", ["+61.41.2013.7745"]),
    ("Phone +45.31.2010.4477 after 18:00", ["+45.31.2010.4477"]),
    ("Geboren am 14.10.2006 in Graz", []),
])
def test_tokens_glued_to_a_number_and_dotted_international_numbers(scrubber, text, found):
    assert _found(scrubber, text, "PHONE_NUMBER") == found


@pytest.mark.parametrize("text, url, language, found", [
    # an SSN, a CEP or ZIP+4, a number with a check digit alone on a line of a contact block
    ("Ana Lima\nana.lima@correio.example.br\n51023-440\n", "https://x.com.br/", "pt", []),
    ("Max Roth\nmax@roth.example.de\n4711 0815\n37210-6\n", "https://x.de/", "de", ["4711 0815"]),
    ("Kim Lee\nkim@lee.example.com\n512-37-0000\n", None, "en", []),
    ("Olga Orlova\nolga@orlova.example.ru\n80050-661\n", "https://x.ru/", "ru", []),
    # ... while a local number (no area code) there stays a phone
    ("Press contact:\nDana Ruiz\n482-7731\ndana@ruiz.example.org\n", None, "en", ["482-7731"]),
    # 3-2-4 on a page of a country that dials no trunk prefix is written as no phone there
    ("Informes: 612-44-9087 (horario de tarde)", "https://x.es/", "es", []),
    # capitals-only abbreviations name other numbers; the same word in lower case does not
    ("IMO 9321483 · MMSI 211331640 · Tel. +49 40 3009 1120", None, None, ["+49 40 3009 1120"]),
    ("Your SIN 046 454 286 is on file", "https://x.ca/", "en", []),
    ("Llámenos sin compromiso al 913 446 220", "https://x.es/", "es", ["913 446 220"]),
    ("CPV 45233140-2 · Folio 4419327 · e-mail obras@ayto.example.es", "https://x.es/", "es", []),
    # a card's expiry date on the line before is not the start of a number broken over a line
    ("Garantía: tarjeta exp 11/29\n31540-118\n", "https://x.com.br/", "pt", []),
    # a pet's microchip number is an id
    ("Found dog, microchip 985141002233417\nmail rescue@paws.example.org", None, "en", []),
])
def test_numbers_written_as_other_ids_in_contact_blocks(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, url, language, found", [
    ("Wir erreichen Sie: ruf mich an 0151 4471 2290", "https://x.de/", "de", ["0151 4471 2290"]),
    ("[09:12] Lia: me liga no (21) 3345-7710 amanhã", "https://x.com.br/", "pt", ["(21) 3345-7710"]),
    ("[11:02] Hugo: rappelez-moi au 01 44 62 90 18", "https://x.fr/", "fr", ["01 44 62 90 18"]),
    ("Marta: llámame al 644 210 873, gracias", "https://x.es/", "es", ["644 210 873"]),
    ("Richiamami: richiamaci al 06 4471 8250", "https://x.it/", "it", ["06 4471 8250"]),
    # "no" after a word that is no phone word still names another number
    ("Pedido no 912 447 310", "https://x.com.br/", "pt", []),
])
def test_call_me_phrases(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, url, language, found", [
    # a name, then the number ending a line of a contact block
    ("Onoranze funebri Bassi S.r.l., 0331 445 902\nCondoglianze: info@bassi.example.it\n",
     "https://x.it/", "it", ["0331 445 902"]),
    ("Arrangements by Hollis & Webb, 4825519903\nCondolences: care@hollis.example.com\n",
     None, "en", ["4825519903"]),
    ("; contact: Jonas Berg 31 44 70 12\n_dmarc IN TXT \"v=DMARC1; rua=mailto:dmarc@berg.example.dk\"\n",
     None, "en", ["31 44 70 12"]),
    ("3. Moderátor: Petra Malá 603 441 902\n4. pište na petra@mala.example.cz\n",
     "https://x.cz/", "cs", ["603 441 902"]),
    # not a bank, a post box or a room before the number, nor a word in lower case
    ("Sparkasse Köln 1234 5678 90\nanna@example.de\n", "https://x.de/", "de", []),
    ("Postfach 10 20 30 40\ninfo@x.example.de\n", "https://x.de/", "de", []),
    ("see room 2214 883\nrooms@hotel.example.com\n", None, "en", []),
    # and not without an e-mail address near by
    ("Arrangements by Hollis & Webb, 4825519903\n\n\n\n\nEnd\n", None, "en", []),
])
def test_a_name_then_its_number_in_a_contact_block(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, entity, found", [
    # the turn before a reply names what the number is (the cards: no brand's prefix, and not
    # industry 7's, petroleum's, which no payment card has)
    ("[10:31] Agent: What's the best number to call you back?\n[10:32] Rui: é 41 2290 8813\n",
     "PHONE_NUMBER", ["41 2290 8813"]),
    ("[10:32] Rui: é 41 2290 8813\n", "PHONE_NUMBER", []),
    ("Rep: Please read me your Social Security number.\nCustomer: it's 412673021.\n",
     "US_SSN", ["412673021"]),
    ("Customer: it's 412673021.\n", "US_SSN", []),
    ("[12:01] Sam: Which card do you want to use?\n[12:02] Kay: 8845 1290 3366 4128 08/28\n",
     "CREDIT_CARD", ["8845 1290 3366 4128"]),
    ("Agent: I can take the card payment now.\nCaller: 8801 4452 7019 2330\n",
     "CREDIT_CARD", ["8801 4452 7019 2330"]),
    # not when this line is no reply (no speaker) or says more than a few words
    ("Agent: Which card will you use?\n8845 1290 3366 4128 is the order code\n", "CREDIT_CARD", []),
    ("Bob: what is your SSN?\nAnn: I will not give you 412673021 or anything else today\n",
     "US_SSN", []),
])
def test_a_reply_to_the_turn_that_asks_for_it(scrubber, text, entity, found):
    assert _found(scrubber, text, entity) == found


def test_ssn_column_mates_in_a_table(scrubber):
    text = ("Dependents:\n  Ava | 2019-02-11 | 412-31-7780 | child\n  Ben | 2021-07-30 | 523441290 | child\n"
            "  Cal | 2016-05-05 | 600213991 | child\n")
    assert _found(scrubber, text, "US_SSN") == ["412-31-7780", "523441290", "600213991"]
    # without a mate written as an SSN (nor an SSN word or column header) a run stays
    assert _found(scrubber, "  Ava | 2019-02-11 | 523441290 | child\n", "US_SSN") == []


@pytest.mark.parametrize("text, found", [
    ("الدفع بالبطاقة 4716 9101 4203 5564 فقط", ["4716 9101 4203 5564"]),
    ("भुगतान कार्ड 4716 910 142 030 से", ["4716 910 142 030"]),
    ("결제 카드 5425 2334 3010 9903", ["5425 2334 3010 9903"]),
    # a card broken over a line needs a group after the break, not the next line's list number
    ("1. Karte 4716 9101 4203 5564\n7. Bestellung\n", ["4716 9101 4203 5564"]),
])
def test_card_words_of_more_scripts(scrubber, text, found):
    assert _found(scrubber, text, "CREDIT_CARD") == found


@pytest.mark.parametrize("text, found", [
    # an IPv6 address after an SPF record's key
    ('@ IN TXT "v=spf1 ip4:203.0.113.9/32 ip6:2a01:4f8:c17:1a2::5/64 -all"', ["203.0.113.9", "2a01:4f8:c17:1a2::5"]),
    # versions after a browser, system, mailer or image name, and container image tags
    ("UA: Firefox 128.0.3.1 on iOS 17.5.1.2 · client 81.2.69.160", ["81.2.69.160"]),
    ("X-Mailer: 16.0.5.11\nX-Originating-IP: [198.51.100.23]", ["198.51.100.23"]),
    ("image: ghcr.io/acme/web:2.14.0.3@sha256:ab12", []),
    ('{"version": "3.2.0.17", "ip": "100.64.12.9"}', ["100.64.12.9"]),
    ("chore: bump version to 2.6.1.40", []),
    # four dotted numbers whose first three are single digits need an address word or another address
    ("Release notes 1.4.2.18 · 2.0.9.3 · 5.1.1.201", []),
    ("DNS 1.1.1.1 and 9.9.9.9; gateway 10.0.0.1, 8.8.4.4", ["1.1.1.1", "9.9.9.9", "10.0.0.1", "8.8.4.4"]),
    ("peer 3.4.5.60 up", ["3.4.5.60"]),
    ("fe80::1 · 5.2.7.10", ["fe80::1", "5.2.7.10"]),
    # a MAC address or a time before them is no address
    ("46:55:af:b6:27:75 · 5.2.7.10 · 12:30:45 · 4.1.2.77", []),
])
def test_ip_versions_keys_and_image_tags(scrubber, text, found):
    assert _found(scrubber, text, "IP_ADDRESS") == found


def test_message_ids_are_not_mailboxes(scrubber):
    text = ("From: Eva Kern <eva.kern@example.org>\nMessage-ID: <1718.a9f3@mail.example.org>\n"
            "In-Reply-To: <ccd1.77@mx2.example.net>\nReferences: <x1@mx.example.net> <y2@mx.example.net>\n"
            "Reply-To: desk+help@example.org")
    assert _found(scrubber, text, "EMAIL_ADDRESS") == ["eva.kern@example.org", "desk+help@example.org"]


# --- blind4's error classes (issue 26: blind4 read after its first scoring), our own cases -----

def test_sql_insert_rows_take_their_column_list(scrubber):
    text = ("INSERT INTO `staff` (`uid`,`full_name`,`mobile`,`soc_sec_no`,`cc`,`dept`) VALUES\n"
            "(7,'Roe, Jo','(312) 555-0193','318-44-2071','4716 9101 4203 5564','ops'),\n"
            "(8,'Ito','+1 312 555 0144','402719315','5425233430109903','hr');\n")
    assert _found(scrubber, text, "US_SSN") == ["318-44-2071", "402719315"]
    assert _found(scrubber, text, "PHONE_NUMBER") == ["(312) 555-0193", "+1 312 555 0144"]
    assert _found(scrubber, text, "CREDIT_CARD") == ["4716 9101 4203 5564", "5425233430109903"]
    # a nine-digit run under a column named for another number stays, and so does one after the
    # statement has ended
    other = ("INSERT INTO orders (id, routing, order_no) VALUES (1, '402719315', '318447201');\n"
             "-- 402719315\n")
    assert _found(scrubber, other, "US_SSN") == []


@pytest.mark.parametrize("text, url, language, found", [
    # an unmarked 3-2-4 value of a form field beside a field whose SSN word marks its number
    (("Nombre: Ada Ruiz\nNúmero de Seguro Social: 521-30-7714\nTeléfono: (305) 555-0131\n"
      "Otros números utilizados: 522-41-0093\n"), "https://empleo.example.com/", "es",
     ["521-30-7714", "522-41-0093"]),
    ("SSN: 233 10 4471\nPrevious numbers: 233 10 4472\n", None, "en", ["233 10 4471", "233 10 4472"]),
    # not a number under a phone or another number's label, not one with words after it, not
    # one far from the marked field, and no SSN word at all leaves a bare run alone
    ("SSN: 233-10-4471\nFax: 233-10-4472\nCase no.: 233-10-4473\n", None, "en", ["233-10-4471"]),
    ("Número de Seguro Social: 521-30-7714\nNotas: 522-41-0093 fue rechazado\n",
     "https://empleo.example.com/", "es", ["521-30-7714"]),
    ("SSN: 233-10-4471\n" + "Line\n" * 7 + "Other: 233104472\n", None, "en", ["233-10-4471"]),
])
def test_ssn_form_fields_beside_a_marked_one(scrubber, text, url, language, found):
    assert _found(scrubber, text, "US_SSN", url, language) == found


@pytest.mark.parametrize("text, url, language, found", [
    # a full-width plus leads a number as "+" does
    ("お問い合わせ：山田, ＋８１ ６－６１２３－４５６７", "https://x.jp/", "ja", ["＋８１ ６－６１２３－４５６７"]),
    ("연락처 ＋８２ ２－３４５６－７８９０", "https://x.kr/", "ko", ["＋８２ ２－３４５６－７８９０"]),
    # extension words of Bulgarian, Ukrainian, Romanian, Finnish, Vietnamese and Hindi
    ("Обадете се на +359 2 981 4410 вътр. 27.", "https://x.bg/", "bg", ["+359 2 981 4410 вътр. 27"]),
    ("Телефонуйте 044 235 1170 дод. 312.", "https://x.ua/", "uk", ["044 235 1170 дод. 312"]),
    ("Sunați la +40 21 312 4455 interior 18.", "https://x.ro/", "ro", ["+40 21 312 4455 interior 18"]),
    ("Soita 09 4159 2200 alanumero 5.", "https://x.fi/", "fi", ["09 4159 2200 alanumero 5"]),
    ("Gọi +84 28 3822 1144 máy lẻ 90.", "https://x.vn/", "vi", ["+84 28 3822 1144 máy lẻ 90"]),
    ("कॉल करें +91 80 4112 7730 एक्सटेंशन 41", "https://x.in/", "hi", ["+91 80 4112 7730 एक्सटेंशन 41"]),
    # a config or query key naming a phone before "="; other keys leave the number alone
    ("[ops]\nbackup_mobile=+4915112345678\nhotel=4915112\n", None, "en", ["+4915112345678"]),
    ("https://example.com/form?tel=0612345678&id=20240117", "https://example.fr/", "fr", ["0612345678"]),
    ("order_id=+4915112345678", None, "en", []),
])
def test_full_width_plus_extension_words_and_phone_keys(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, url, language, found", [
    # an escaped line break in iCalendar or JSON text ends the line: the id label is this line's
    ("DESCRIPTION:Llamar al teléfono: +34 912 345 678\\nID de la sala: 845 2210 9931\\nPIN: 4471\n",
     "https://x.es/", "es", ["+34 912 345 678"]),
    ('{"info": "Appeler au téléphone 01 42 68 53 00\\nID de réunion : 912 4406 3381"}',
     "https://x.fr/", "fr", ["01 42 68 53 00"]),
    # customs tariff codes, EU tender notices, dates with a time, a year's serial are no phone
    ("Shipper TEL +49 40 3011 2200\nHS 8471.30.01 · HTS 6403.99.60", "https://x.de/", "de", ["+49 40 3011 2200"]),
    ("Oznámení 2023/S 118-370415 · tel. 224 851 111", "https://x.cz/", "cs", ["224 851 111"]),
    ("Retiro: 14-08-2023 17.30 · Tel. 011 4312-5500", "https://x.com.ar/", "es", ["011 4312-5500"]),
    ("Anna — rappeler au 01 45 22 81 90 — ref 2022/58213", "https://x.fr/", "fr", ["01 45 22 81 90"]),
])
def test_escaped_breaks_tariff_codes_notices_and_dated_times(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, found", [
    # an iCalendar or vCard UID is an id, not a mailbox; the organizer's address stays
    (("BEGIN:VEVENT\nORGANIZER;CN=Li:mailto:li.wen@corp.example.cn\nUID:a81f0c2e99@sync.example.net\n"
      "END:VEVENT"), ["li.wen@corp.example.cn"]),
    ("BEGIN:VCARD\nUID:7731-bb@contacts.example.org\nEMAIL:kai@example.org\nEND:VCARD", ["kai@example.org"]),
    # a Latin address glued to CJK writing ends where its Latin letters do; a CJK domain stays whole
    ("详情请发邮件至zhang.wei@example.com。", ["zhang.wei@example.com"]),
    ("またはSATO@EXAMPLE.JPまでご連絡ください", ["SATO@EXAMPLE.JP"]),
    ("또는 park@example.co.kr로 메일 주세요", ["park@example.co.kr"]),
    ("連絡先 suzuki@例え.jp", ["suzuki@例え.jp"]),
])
def test_calendar_uids_and_addresses_in_cjk_text(scrubber, text, found):
    assert _found(scrubber, text, "EMAIL_ADDRESS") == found


@pytest.mark.parametrize("text, url, language, found", [
    # a year range runs forwards: "2014-1873" inside a Korean mobile number is none
    ("예약 문의는 010-2014-1873으로 연락 주세요", "https://x.co.kr/", "ko", ["010-2014-1873"]),
    ("시즌 2014-2019 기록", "https://x.co.kr/", "ko", []),
    # national numbers the region writes without its trunk prefix (phonenumbers' own national format)
    ("Recepção: (21) 98812-4410", "https://x.com.br/", "pt", ["(21) 98812-4410"]),
    ("מוקד: 1-800-233-411", "https://x.co.il/", "he", ["1-800-233-411"]),
    # ... while one that the region writes after its trunk prefix still needs it
    ("Kundenkonto 30 2234567", "https://x.de/", "de", []),
    # full-width digits and dashes of a national number
    ("お電話は ０６－６２２１－４４０９ まで", "https://x.jp/", "ja", ["０６－６２２１－４４０９"]),
])
def test_year_ranges_trunkless_formats_and_full_width_digits(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


@pytest.mark.parametrize("text, url, language, found", [
    # a Hebrew prefix letter joined by a hyphen or maqaf to a number
    ("אפשר לשלוח הודעה ל-+972 54-331-2290 בכל שעה", "https://x.co.il/", "he", ["+972 54-331-2290"]),
    ("התקשרו ב־03-612-4477 בבוקר", "https://x.co.il/", "he", ["03-612-4477"]),
    # call-back words of more languages
    ("10:02  Eleni — επανάκληση 22 518804 — παραγγελία", "https://x.com.cy/", "el", ["22 518804"]),
    ("09:40  Ayşe — geri ara 0212 344 1188", "https://x.com.tr/", "tr", ["0212 344 1188"]),
    ("Rückruf 030 7723 4410 erbeten", "https://x.de/", "de", ["030 7723 4410"]),
    # the word named the number before it; after a field ends, the next number is another one
    ("11:20  Petr — zavolat zpět na 602 411 873 — 5561 4420 9913 27 (?) — INV-4471",
     "https://x.cz/", "cs", ["602 411 873"]),
    ("12:05  Jin — 회신 02-3451-7788 — 4411 2090 3371 (?) — CS-1123", "https://x.co.kr/", "ko", ["02-3451-7788"]),
])
def test_hebrew_prefixes_call_back_words_and_the_next_field(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url, language) == found


# --- blind5's error classes (issue 26), with values, languages and layouts of our own ----------

@pytest.mark.parametrize("text, found", [
    # a word for social security in more languages, and an abbreviated German compound
    ("Αριθμός κοινωνικής ασφάλισης ΗΠΑ: 287-65-4411", ["287-65-4411"]),
    ("Номер на социално осигуряване (САЩ): 287 65 4411", ["287 65 4411"]),
    ("미국 사회보장번호: 287654411", ["287654411"]),
    ("Amerikanskt socialförsäkringsnummer: 287-65-4411", ["287-65-4411"]),
    ("کد تأمین اجتماعی آمریکا: 287654411", ["287654411"]),
    ("Sozialversicherungs-Nr. (US): 287654411  ausgestellt in Ohio", ["287654411"]),
    # only the sentence says it
    ("btw his social is 287 65 4411 if they ask", ["287 65 4411"]),
    ("[09:12] Lee: your social 287654411 right?", ["287654411"]),
    # near misses: no word for social security, or another kind of number
    ("Versicherungsnr.: 287654411", []),
    ("social club member 287654411", []),
])
def test_ssn_words_of_more_languages_and_sentences(scrubber, text, found):
    assert _found(scrubber, text, "US_SSN") == found


def test_fixed_width_table_columns(scrubber):
    table = ("CASE NO      HOLDER              SOC SEC NO    FED EIN       AMOUNT\n"
             "-----------  ------------------  ------------  ------------  ---------\n"
             "304918227    Ana Lima            287654411     47-1234567    $1,204.50\n"
             "551230984    Ben Okafor          412 73 9021   83-7654321    €88,10\n")
    assert _found(scrubber, table, "US_SSN") == ["287654411", "412 73 9021"]
    assert _found(scrubber, table, "PHONE_NUMBER") == []  # the EIN column and the case numbers
    # a column named for another number: its nine digits are no SSN
    other = ("ACCOUNT       NAME\n"
             "------------  ----------\n"
             "287654411     Ana Lima\n")
    assert _found(scrubber, other, "US_SSN") == []


def test_colon_separated_dumps(scrubber):
    dump = ("user:soc:card:mobile:mail\n"
            "Ana Lima:287654411:4512039981456677:+14155550123:ana.lima@example.org\n"
            "Ben Okafor:412-73-9021:5204718836102954:+14155550177:BEN@EXAMPLE.NET\n")
    # a dump's column headed "soc" (social) holds SSNs, nine digits in a run too, and no phone
    # number: the rules read it as the SSN's column only (pii-classes14)
    assert _found(scrubber, dump, "US_SSN") == ["287654411", "412-73-9021"]
    assert [(r.entity_type, dump[r.start:r.end]) for r in scrubber.rule_results(dump)[0]
            if dump[r.start:r.end] == "287654411"] == [("US_SSN", "287654411")]
    dump = dump.replace("user:soc:", "user:ssn:")
    assert _found(scrubber, dump, "US_SSN") == ["287654411", "412-73-9021"]
    assert _found(scrubber, dump, "CREDIT_CARD") == ["4512039981456677", "5204718836102954"]
    assert _found(scrubber, dump, "EMAIL_ADDRESS") == ["ana.lima@example.org", "BEN@EXAMPLE.NET"]
    # times and ratios are no dump: a line with colons but no header of names above it
    assert _found(scrubber, "Lap 10:31:22:45 then 287654411:12", "US_SSN") == []


@pytest.mark.parametrize("text, found", [
    # a key or a cell border before the address is not its local part
    ("SUPPORT_MAIL=help.desk@example.org", ["help.desk@example.org"]),
    ("Ann Lee|+1 415-555-0123|ann.lee@example.com|10.0.0.9", ["ann.lee@example.com"]),
    ("4512039981456677|09/29|94107|ann.lee@example.com", ["ann.lee@example.com"]),
    ("bounces+ann=example.com@lists.example.net", ["bounces+ann=example.com@lists.example.net"]),
    # the next cell of a colon dump after the address; a path, prompt or port after a host is not
    ("ann.lee@example.com:5f4dcc3b5aa765d6:10.0.0.9", ["ann.lee@example.com"]),
    ("git clone deploy@git.example.org:team/app.git", []),
    ("admin@db2.example.org:~$ uptime", []),
    # message ids without their header at the line's start
    ("Ack: ann.lee@example.com  References: <a1b2c3d4e5f60718@mail.example.net>", ["ann.lee@example.com"]),
    ("see <9f8e7d6c5b4a3921@smtp.example.com> in the log", []),
    ("write to <mary.jones@example.com>", ["mary.jones@example.com"]),
])
def test_email_span_borders(scrubber, text, found):
    assert _found(scrubber, text, "EMAIL_ADDRESS") == found


@pytest.mark.parametrize("text, found", [
    ("AMQP_URL=amqp://::1:5672/vhost", []),
    ("AMQP_URL=amqp://fd12:3456::9:5672/vhost", ["fd12:3456::9"]),
    ("peer 2001:db8::7:80 is up", ["2001:db8::7:80"]),  # not in a URL: all of it is the address
])
def test_ipv6_in_a_url_without_brackets(scrubber, text, found):
    assert _found(scrubber, text, "IP_ADDRESS") == found


@pytest.mark.parametrize("text, found", [
    # a card label on the line above, unusual groupings under it
    ("Número de la tarjeta\n622126 4830512769040\nVence: 04/29", ["622126 4830512769040"]),
    ("Numéro de carte\n4512 883 361 701\nExpire : 11/28", ["4512 883 361 701"]),
    ("Kreditkarte\n3782 916453 00913\nalt.: 4512 883 361 701 · alt 4512 **** 0000",
     ["3782 916453 00913", "4512 883 361 701"]),
    # a list of cards under the label: the next line's card is not joined to the one above it
    ("ZAHLUNGSKARTEN\n3782 916453 00913\n4512 0399 8145 6677\n5204 7188 3610 2954 abgelehnt",
     ["3782 916453 00913", "4512 0399 8145 6677", "5204 7188 3610 2954"]),
    # near misses: a label for another number, a question, a phone word
    ("Bestellnummer\n4512 883 361 701", []),
    ("Which card number did you mean?\n4512 883 361 701 is the parcel", []),
])
def test_cards_labelled_on_a_line_above(scrubber, text, found):
    assert _found(scrubber, text, "CREDIT_CARD") == found


@pytest.mark.parametrize("text, url, found", [
    ("SMS_FROM=+4915112345678\nDEBUG=0", None, ["+4915112345678"]),
    ("NOTIFY_SENDER=+447700900123", None, ["+447700900123"]),
    ("VALID_FROM=20240117", None, []),
    # a ZIP+4-shaped number with no phone word is a postal code, except on Brazil's pages
    ("Lieferung: 12 Oak Road, 30301-1234, 3 Pakete", "https://shop.example.de/", []),
    ("Umzug von 44120-3306 nach 70173, 30 m³", "https://umzug.example.de/", []),
    ("WhatsApp: 91234-5678", "https://loja.example.com.br/", ["91234-5678"]),
    ("Mo-Fr 9-17 Uhr · 02241-8830 · info@example.de", "https://www.example.de/", ["02241-8830"]),
])
def test_phone_keys_and_postal_codes(scrubber, text, url, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url) == found


# --- blind6's error classes (issue 26), with values, languages and layouts of our own ----------

@pytest.mark.parametrize("text, found", [
    # a network's own address with its prefix names no host; a host with its prefix does
    ('subnet_cidr = "172.31.0.0/20"\nbastion = "172.31.4.17/32"', ["172.31.4.17"]),
    ("allow 10.64.0.0/10 and 192.0.2.0/24; deny 10.64.3.9/10", ["10.64.3.9"]),
    ("mask 10.64.0.0 255.192.0.0 then 10.64.0.0", ["10.64.0.0", "10.64.0.0"]),  # no prefix: an address
    # a version key glued by "_" or "-" to another word
    ('os_version: "4.11.2.60"\nkernel-release = 6.1.12.3\nserver_ip = "4.11.2.60"', ["4.11.2.60"]),
    ("package_ver 12.4.0.77 on host 12.4.0.77", ["12.4.0.77"]),
    # a well-known port after a shortened IPv6 address without brackets; other last groups stay
    ("Dashboard on fd3c:91::2a7:8443 and api at 2001:db8:5::17:3000.", ["fd3c:91::2a7", "2001:db8:5::17"]),
    ("peers fd3c:91::2a7:4411 and 2001:db8::8080", ["fd3c:91::2a7:4411", "2001:db8::8080"]),
])
def test_ip_networks_version_keys_and_ports(scrubber, text, found):
    assert _found(scrubber, text, "IP_ADDRESS") == found


@pytest.mark.parametrize("text, url, found", [
    # the SSN column of a table aligned by spaces, with no rule under its header
    (("Member no     Social Security No (9 digits)    Plan\n"
      "40718263      287654411                        Gold\n"
      "40718264      301-27-5512                      Silver\n"), None, ["287654411", "301-27-5512"]),
    # near miss: the column is another number's
    ("Member no     Order number    Plan\n40718263      287654411       Gold\n", None, []),
    # a word for social security in more languages, on the line above the number
    ("Số an sinh xã hội của chồng:\n287654411\n", "https://x.vn/", ["287654411"]),
    ("Nomor jaminan sosial AS:\n287-65-4411\n", "https://x.co.id/", ["287-65-4411"]),
    ("Amerikai társadalombiztosítási szám: 287654411", "https://x.hu/", ["287654411"]),
    ("Số bảo hiểm y tế:\n287654411\n", "https://x.vn/", []),  # health insurance: not the SSN
])
def test_ssn_aligned_columns_and_more_languages(scrubber, text, url, found):
    assert _found(scrubber, text, "US_SSN", url=url) == found


@pytest.mark.parametrize("text, found", [
    # a date or number before the card took its head: looked for again from the next group
    ("3. 11. 2019  2204 1298 3476 1535  settled", ["2204 1298 3476 1535"]),
    ("14.2.2021  371654309182736  pending", ["371654309182736"]),
    ("2020  3716-543091-82736", ["3716-543091-82736"]),
    # a 13-digit Visa printed 4-4-5; a CVV after a number names a card
    ("paid with 4302 1876 54328 yesterday", ["4302 1876 54328"]),
    ("Charged to 5108-4523-9187-3463 (CVC 221)", ["5108-4523-9187-3463"]),
    ("Fee charged to 4510-7733-29192 (cvv 003)", ["4510-7733-29192"]),
    # a brand nearer to the number than an order word; Hungarian and Finnish card words
    ("Standing order now paid from the Troy 9792 0581 3374 6207", ["9792 0581 3374 6207"]),
    ("Kártyaszám:\n4510-7733-29192\n", ["4510-7733-29192"]),
    # near misses: not Luhn-valid, an order word nearer than the brand, 4-4-5 without a Visa prefix
    ("3. 11. 2019  2204 1298 3476 1536  settled", []),
    ("Troy card, order 9792 0581 3374 6207", []),
    ("ref 5302 1876 54327", []),
    # (pii-classes15) 12 digits under Visa's prefix: no length Visa issues, whatever names it
    ("Fee charged to 4510-7733-2919 (cvv 003)", []),
    ("Kártyaszám:\n4510-7733-2919\n", []),
])
def test_cards_after_a_number_4_4_5_visas_and_brands(scrubber, text, found):
    assert _found(scrubber, text, "CREDIT_CARD") == found


@pytest.mark.parametrize("text, url, found", [
    # drug and prescription codes are no phone numbers
    ("Rx #4410927  NDC 50242-040-62  qty 30\nCall me at (312) 555-0148.", None, ["(312) 555-0148"]),
    ("PZN 04114918 · Apotheke Tel. 030 2250 1133", "https://x.de/", ["030 2250 1133"]),
    # extension words: Finnish "alanro", Persian "داخلی", Indonesian "psw."
    ("Puh. 09 4159 2200 alanro 14\n", "https://x.fi/", ["09 4159 2200 alanro 14"]),
    ("تلفن: +98 21 8834 1190 داخلی 31", "https://x.ir/", ["+98 21 8834 1190 داخلی 31"]),
    ("Telp. (021) 5795 3311 psw. 204", "https://x.co.id/", ["(021) 5795 3311 psw. 204"]),
])
def test_drug_codes_and_more_extension_words(scrubber, text, url, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url) == found


# benchmarks/pii_blind7.py (issue 26: a seventh set written without reading the step). Blind
# scorings: after the blind4 round e-mail P 0.9490, phone R 0.9878, card R 0.9647, US SSN R 0.8858;
# after the blind6 round e-mail 0.9985 / 0.9985, phone P 0.9926 / R 0.9792, card R 0.9671, US SSN R
# 0.9619, IP and IBAN 1.0. Then read as a tuning set and its classes fixed (below): e-mail 1.0,
# phone P 1.0 / R 0.9994, card, SSN, IP, IBAN 1.0. Floors just under.
BLIND7_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.995),
                 "IP_ADDRESS": (0.995, 0.995), "CREDIT_CARD": (0.995, 0.995),
                 "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.995)}


def test_blind7_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind7

    rows = pii_blind7.load()
    assert len(rows) == 1320
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND7_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind7 under its floors (precision, recall): {low}"


# --- blind7's error classes (issue 26), with values, languages and layouts of our own ----------

@pytest.mark.parametrize("text, url, language, found", [
    # an itemised bill's columns aligned by spaces: the called / dialled number column holds phones
    # (the blind6 round's aligned-header reader had read "number of ..." there as another number)
    (("Datum       Zeit    Zielrufnummer         Dauer     Betrag\n"
      "03.02.2024  09:12   0511 3456789          04:10     0,32 €\n"
      "03.02.2024  11:40   0039 347 123 4567     12:02     1,14 €\n"), "https://x.de/", "de",
     ["0511 3456789", "0039 347 123 4567"]),
    (("Data        Hora    Número discado        Duração   Valor\n"
      "12/05/2023  08:30   (21) 4567-8901        02:11     R 0,40\n"
      "12/05/2023  19:05   8 (495) 123-45-67     10:00     R 3,10\n"), "https://x.com.br/", "pt",
     ["(21) 4567-8901", "8 (495) 123-45-67"]),
    (("Data        Godz.   Wybrany numer         Czas      Kwota\n"
      "14.06.2022  10:15   601.234.567           03:30     0,45 zł\n"), "https://x.pl/", "pl", ["601.234.567"]),
    # near miss: an aligned column the word lists name for another number
    (("Datum       Auftragsnummer        Betrag\n"
      "03.02.2024  0511 3456789          0,32 €\n"), "https://x.de/", "de", []),
])
def test_called_number_columns_of_itemised_bills(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url, language=language) == found


@pytest.mark.parametrize("text, url, language, found", [
    # a number for emergencies, a number to port, "my number" in the languages kept
    ("Número de emergencia: 612 34 56 78", "https://x.es/", "es", ["612 34 56 78"]),
    ("Número de emergência: 912 345 678", "https://x.pt/", "pt", ["912 345 678"]),
    ("Numero da portare: 347 123 4567", "https://x.it/", "it", ["347 123 4567"]),
    ("mon numéro : 06 12 34 56 78", "https://x.fr/", "fr", ["06 12 34 56 78"]),
    ("Pisz śmiało, mój numer 512 345 678", "https://x.pl/", "pl", ["512 345 678"]),
    # near misses: a file number and an order number named as such
    ("Número de expediente: 612 34 56 78", "https://x.es/", "es", []),
    ("mon numéro de commande 06 12 34 56 78", "https://x.fr/", "fr", []),
    # a phone word glued to its number by "/" (not a path)
    ("傳真/02 2345 6789", "https://x.tw/", "zh", ["02 2345 6789"]),
    ("Tel/030 2345 6789 · Fax/030 2345 6790", "https://x.de/", "de", ["030 2345 6789", "030 2345 6790"]),
    ("siehe /docs/030 2345 6789", "https://x.de/", "de", []),
    # written as a US EIN (2-7 without a trunk 0): no phone in a contact block; Israel's 0X-XXXXXXX is
    ("Dana Levi\ndana@firma.example.org\n47-1234567\n", None, None, []),
    ("Dana Levi\ndana@firma.co.il\n03-6123456\n", "https://firma.co.il/", "he", ["03-6123456"]),
    # an area code, one dot, the subscriber number: a phone right after a label only
    ("Celular: 315.4417629", "https://x.co/", "es", ["315.4417629"]),
    ("Ubicación 315.4417629, 4.6097102", "https://x.co/", "es", []),
    ("Llámenos. 315.4417629", "https://x.co/", "es", []),
])
def test_emergency_porting_possessive_glued_and_ein_shaped_numbers(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url, language=language) == found


@pytest.mark.parametrize("text, found", [
    # a card number glued to CJK, Hangul or Thai words (no spaces between words there)
    ("信用卡号是4111222233334448，谢谢", ["4111222233334448"]),
    ("カード番号は5412 7534 1234 5675です", ["5412 7534 1234 5675"]),
    ("카드번호는 3566-1234-5678-9015입니다", ["3566-1234-5678-9015"]),
    ("บัตรเครดิตหมายเลข4111222233334448ค่ะ", ["4111222233334448"]),
    # near misses: Luhn-invalid, and an order number glued the same way
    ("信用卡号是4111222233334449，谢谢", []),
    ("订单号是4111222233334448，谢谢", []),
    # a list number ends the card label; a card word far before the number in its line (numbers
    # of no brand: since the blind11 round one of industry 7, petroleum, is never a payment card)
    ("Kartennummer 3: 8201 4566 8812 3904", ["8201 4566 8812 3904"]),
    ("Cartão (2): 8400 9988 1276 5430", ["8400 9988 1276 5430"]),
    ("Tarjeta utilizada para el pago de la reserva del hotel: 8201 4566 8812 3904", ["8201 4566 8812 3904"]),
    # near misses: no card word, another number between the card word and the number
    ("Bestellung 2: 8201 4566 8812 3904", []),
    ("Tarjeta del cliente 4410, reserva del hotel y traslados: 8201 4566 8812 3904", []),
])
def test_cards_glued_to_cjk_listed_labels_and_long_labels(scrubber, text, found):
    assert _found(scrubber, text, "CREDIT_CARD") == found


@pytest.mark.parametrize("text, url, language, found", [
    # short Chinese forms of the SSN's name; "your social" asked in a Spanish chat
    ("社安号：287-65-4411", "https://x.cn/", "zh", ["287-65-4411"]),
    ("我的社安號是287654411。", "https://x.tw/", "zh", ["287654411"]),
    ("Agente: ¿me da su social?\nRosa: claro, 287-65-4411", "https://x.mx/", "es", ["287-65-4411"]),
    # near misses: an order number; a company's name ("razón social") asked for
    ("订单号 287-65-4411", "https://x.cn/", "zh", []),
    ("Agente: ¿y su razón social?\nRosa: 287-65-4411", "https://x.mx/", "es", []),
])
def test_ssn_short_names_and_your_social(scrubber, text, url, language, found):
    assert _found(scrubber, text, "US_SSN", url=url, language=language) == found


@pytest.mark.parametrize("text, found", [
    # a Hebrew prefix letter and its hyphen before an address are not its local part
    ("שלחו ב-dana.k@mail.example.org", ["dana.k@mail.example.org"]),
    ("כתבו אל info-desk@example.org", ["info-desk@example.org"]),
])
def test_email_after_a_hebrew_prefix(scrubber, text, found):
    assert _found(scrubber, text, "EMAIL_ADDRESS") == found


@pytest.mark.parametrize("text, url, language, entity, found", [
    # a dialogue's speaker named by a word for another number ("Cliente", "Client") is who speaks,
    # when the turn above asks for the value
    ("Agente: ¿me da su social?\nCliente: claro, 287-65-4411", "https://x.mx/", "es", "US_SSN",
     ["287-65-4411"]),
    ("Agent: what is the best number to call you back?\nClient: 0612 345 678", "https://x.nl/", "nl",
     "PHONE_NUMBER", ["0612 345 678"]),
    # near misses: no question above (a form's lines), a bare "your number" of an order asked
    ("Cliente: 612 34 56 78", "https://x.es/", "es", "PHONE_NUMBER", []),
    ("Mobile: tel:0781216662\nIMEI: 28 890122 844662 3", None, None, "PHONE_NUMBER", ["0781216662"]),
    ("Agente: ¿me da su número de pedido?\nCliente: 612 34 56 78", "https://x.es/", "es", "PHONE_NUMBER", []),
])
def test_a_speaker_named_like_another_number_answers_the_question_above(scrubber, text, url, language,
                                                                        entity, found):
    assert _found(scrubber, text, entity, url=url, language=language) == found


# benchmarks/pii_blind8.py, read as a tuning set after its scoring (blind7 round: phone P 0.936 /
# R 0.971, IP P 0.915, card R 0.973, IBAN R 0.992, US SSN R 0.847); floors just under the
# figures after its error classes were fixed (pii_eval.py --only blind8: phone P 0.9901 / R 0.9960,
# IP P 0.9555, card 0.9990 / 0.9990, IBAN R 0.9924, SSN and e-mail 1.0)
BLIND8_FLOORS = {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.985, 0.99),
                 "IP_ADDRESS": (0.95, 0.995), "CREDIT_CARD": (0.995, 0.995),
                 "IBAN_CODE": (0.995, 0.99), "US_SSN": (0.995, 0.995)}


def test_blind8_floors(scrubber):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import pii_blind8

    rows = pii_blind8.load()
    assert len(rows) == 1400
    results, _ = _pii_eval().score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in BLIND8_FLOORS.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"blind8 under its floors (precision, recall): {low}"


# --- blind8's error classes (issue 26), with values, languages and layouts of our own ----------

@pytest.mark.parametrize("text, url, language, found", [
    # a question names the number its short answer gives on the same line (the question mark had
    # ended the sentence, and the SSN word with it)
    ("Miembro 1: Rosa Díaz\n  ¿Tiene número de Seguro Social? Sí — 287-65-4411\n", "https://x.mx/", "es",
     ["287-65-4411"]),
    ("成员 2: 王伟\n  您有社会安全号码吗？ 有 — 287654411\n", "https://x.cn/", "zh", ["287654411"]),
    ("Do you have a Social Security number? Yes: 287 65 4411\n", "https://x.de/", "en", ["287 65 4411"]),
    # near misses: the answer is a sentence naming another number; no question, a full stop
    ("Do you have a Social Security number? Yes. Our order number is 287-65-4411\n", "https://x.de/",
     "de", []),
    ("Social Security office hours. Claim 287654411\n", "https://x.com/", "en", []),
    # a printed data frame: the header has no cell over the index column
    (("   client_ref    ssn          city\n"
      "0  71223         287654411    Reno\n"
      "1  71224         382426942    Elko\n"), "https://x.com/", "en", ["287654411", "382426942"]),
    (("   client_ref    social       city\n"
      "0  71223         287654411    Reno\n"), "https://x.com/", "en", ["287654411"]),
    # near miss: the column's header names another number
    (("   client_ref    order_no     city\n"
      "0  71223         287654411    Reno\n"
      "1  71224         382426942    Elko\n"), "https://x.com/", "en", []),
    # a form's label line above values an OCR pass shifted out of alignment, in the labels' order
    (("Applicant given name   Family name          Applicant's social security number\n"
      "ROSA M          DELGADO          287654411\n"), "https://x.com/", "en", ["287654411"]),
    (("Applicant given name   Family name          Applicant's member number\n"
      "ROSA M          DELGADO          287654411\n"), "https://x.com/", "en", []),
])
def test_ssn_answered_questions_data_frames_and_ocr_forms(scrubber, text, url, language, found):
    assert _found(scrubber, text, "US_SSN", url=url, language=language) == found


@pytest.mark.parametrize("text, found", [
    # a version in brackets after a system or program's name and its edition
    ("OS: Windows 11 Home arm64 (10.22.3.41)\nIP: 203.0.113.9\n", ["203.0.113.9"]),
    ("Agent: Android 14 (2.1.0.77) on a Pixel\n", []),
    # near misses: an address word among those words; no bracket
    ("Ubuntu host (10.0.0.5) is down\n", ["10.0.0.5"]),
    ("Windows 10 box at 10.22.3.41\n", ["10.22.3.41"]),
    # netstat's loopback and unspecified addresses with their ports name no host
    ("tcp6  0  0 ::1:5432   :::*   LISTEN\ntcp6  0  0 :::22   :::*   LISTEN\n", []),
    ("tcp6  0  0 2001:db8:4::17:443   fe80::1:2   ESTABLISHED\n", ["2001:db8:4::17:443", "fe80::1:2"]),
    ("mapped ::ffff:10.1.2.3 here\n", ["::ffff:10.1.2.3"]),
])
def test_ip_versions_after_products_and_netstat_loopback(scrubber, text, found):
    assert _found(scrubber, text, "IP_ADDRESS") == found


@pytest.mark.parametrize("text, url, language, found", [
    # a number only a contact block marks must be a phone number by its digits: nine digits in
    # threes are none on a US page
    ("Cell: (231) 450-7543   Email: rosa@example.org\n412-563-207\nCase #2022-CV-48461\n",
     "https://apply.example.gov/a", "en", ["(231) 450-7543"]),
    # near miss: a valid Polish mobile in the same place on a Polish page
    ("Tel.: 22 345 67 89   E-mail: rosa@example.pl\n601-234-567\n", "https://x.pl/", "pl",
     ["22 345 67 89", "601-234-567"]),
    # the whole value of an attribute or quoted key naming a date or time is a timestamp
    ('<sms address="+44 7700 900123" date="1716200000123" type="1" body="hi"/>\n', None, None,
     ["+44 7700 900123"]),
    ('{"created_at": 1716200000123, "phone": "+447700900124"}\n', None, None, ["+447700900124"]),
    # near miss: "time:" in a sentence is no key
    ("Call 0161 496 0000 any time: 0161 496 0001\n", "https://x.co.uk/", "en",
     ["0161 496 0000", "0161 496 0001"]),
    # a bracketed form key names a phone as a dotted one does
    ('curl -d "customer[phone]=+44\u00a0191 498 0123" -d "customer[zip]=10115"\n', None, None,
     ["+44\u00a0191 498 0123"]),
    ("POST contact[0][tel]=+61 2 9876 5432&contact[0][order]=12345678\n", None, None, ["+61 2 9876 5432"]),
    # a case worker's, a social worker's line; near miss: a case's
    ("Case worker: (257) 273-2061 ext. 44\n", "https://x.gov/", "en", ["(257) 273-2061 ext. 44"]),
    ("Social worker: 0161 496 0002\n", "https://x.co.uk/", "en", ["0161 496 0002"]),
    ("Case: (257) 273-2061\n", "https://x.com/", "en", []),
])
def test_phone_blocks_timestamps_form_keys_and_worker_labels(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url, language=language) == found


@pytest.mark.parametrize("text, found", [
    ('curl -d "card[number]=4539578763621486" -d "card[exp]=12/30"\n', ["4539578763621486"]),
    ('curl -d "card[number]=4539 5787 6362 1486"\n', ["4539 5787 6362 1486"]),
    # near miss: a number that fails the Luhn check
    ('curl -d "card[number]=4539578763621487"\n', []),
])
def test_cards_after_bracketed_form_keys(scrubber, text, found):
    assert _found(scrubber, text, "CREDIT_CARD") == found


@pytest.mark.parametrize("text, url, language, found", [
    # the number to call back and the number topped up, in the languages kept
    ("Terugbelnummer: 020 612 3456", "https://x.nl/", "nl", ["020 612 3456"]),
    ("Nummer att ringa tillbaka: 08 123 456 78", "https://x.se/", "sv", ["08 123 456 78"]),
    ("Geri arama numarası: 0212 345 67 89", "https://x.com.tr/", "tr", ["0212 345 67 89"]),
    ("Numéro rechargé : 06 12 34 56 78", "https://x.fr/", "fr", ["06 12 34 56 78"]),
    ("Número recargado: 612 34 56 78", "https://x.es/", "es", ["612 34 56 78"]),
    # near miss: an order number topped up
    ("Número de pedido recargado: 612 34 56 78", "https://x.es/", "es", []),
])
def test_callback_and_topped_up_numbers(scrubber, text, url, language, found):
    assert _found(scrubber, text, "PHONE_NUMBER", url=url, language=language) == found
