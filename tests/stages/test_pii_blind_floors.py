"""Per-type floors on the blind PII sets from blind12 on (issue 26), scored with the step's defaults
(both context models on). A failure names the set and the type, never a document (blind13's
errors were printed only in its own round, pii-classes11)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stages.pii import PiiScrubber

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


@pytest.fixture(scope="module")
def scrubber() -> PiiScrubber:
    return PiiScrubber()


# blind12 (benchmarks/pii_blind12.py), a tuning set since pii-classes10. First scoring (main
# 8265bd6, models off): phone P 0.9537, card R 0.8712, US SSN R 0.9136. After the round that read
# it, with both models on (pii_eval.py --web --skip blind2, 2026-12-06): phone P 0.9968 / R 0.9888,
# IP P 0.9960 / R 0.9880, card P 0.9953 / R 0.9991, US SSN R 0.9928, e-mail and IBAN 1.0.
# blind13 (benchmarks/pii_blind13.py), held back: aggregates only, scored at the end of the
# same day: e-mail P 0.9735, phone P 0.9738 / R 0.9904, IP R 0.9990, card R 0.9989, US SSN
# P 0.9917 / R 0.9857, everything else 1.0. A tuning set since pii-classes11, whose round read its
# errors: phone P 0.9984 / R 0.9997, US SSN P 0.9991, everything else 1.0.
# blind14 (benchmarks/pii_blind14.py), held back until scored once (main 1b14a35): IP R 0.8673,
# e-mail R 0.9814, phone P 0.9856 / R 0.9830, card R 0.9959, IBAN R 0.9986, US SSN P 0.9966 /
# R 0.9893. A tuning set since pii-classes12, whose round read its errors: phone P 0.9997, card
# P 0.9994, IBAN R 0.9986, US SSN P 0.9966, everything else 1.0.
# blind15 (benchmarks/pii_blind15.py), held back: scored once, aggregates only (main after
# pii-classes12, 2026-12-06 17:42): phone P 0.9683 / R 0.9964, US SSN R 0.9569, IP R 0.9996,
# card P / R 0.9993, IBAN R 0.9930, e-mail 1.0. A tuning set since pii-classes13, whose round
# read its errors: phone P 0.9994 / R 0.9976, everything else 1.0; floors just under these.
# blind16 (benchmarks/pii_blind16.py), held back: scored once with the final main of 2026-12-06
# (after pii-classes13 and pii-models3; aggregates only): e-mail R 0.9792, phone P 0.9380 /
# R 0.9666, IP R 0.9964, card R 0.9982, US SSN P 0.9959 / R 0.9502, IBAN 1.0. A tuning set since
# pii-classes14, whose round read its errors: phone P 0.9966 / R 0.9989, US SSN P 0.9976 /
# R 0.9985, IP R 0.9964, card R 0.9982, e-mail and IBAN 1.0; floors just under these.
# blind17 (benchmarks/pii_blind17.py), held back: scored once, aggregates only, with the final main
# of 2026-12-06 (after pii-classes14): e-mail P 0.9726, phone P 0.9883 / R 0.9984, card P 0.9435,
# US SSN R 0.9846, IP and IBAN 1.0 (before pii-classes14: card P 0.9435, SSN R 0.9323). A tuning
# set since pii-classes15, whose round read its errors: phone P 0.9990 / R 0.9987, everything else
# 1.0; floors just under these.
# blind18 and blind19 (benchmarks/pii_blind18.py, pii_blind19.py), held back: scored once with main
# b1b4f96 (after pii-classes15; aggregates only): blind18 phone R 0.9784, IP P 0.9067 / R 0.9630,
# card P 0.8997, US SSN R 0.9863; blind19 card R 0.9614, US SSN R 0.9032; the rest >= 0.99.
# Tuning sets since pii-classes16a/16b, whose rounds read their errors: blind18 card P 0.9980,
# everything else 1.0 on both; floors just under these.
# blind20 (benchmarks/pii_blind20.py), held back: scored once with main dc08d16 (after
# pii-classes16a/16b): US SSN P 0.9266 / R 0.9562, phone P 0.9796 / R 0.9820, IP 0.9887 / 0.9871,
# card P 0.9920 / R 0.9763, e-mail and IBAN 1.0. A tuning set since pii-classes17, whose round read
# its errors: phone P 0.9927 / R 0.9981, IP P 0.9928 / R 0.9912, card P 0.9921 / R 0.9939, the
# rest 1.0; after pii-classes19a/b phone P 0.9937, IP P 0.9992 / R 1.0, card P 0.9939 / R 0.9991;
# floors just under these.
# blind21 (benchmarks/pii_blind21.py), held back: scored once with main 0963ef1 (after
# pii-classes17): phone P 0.9236 / R 0.9929, e-mail P 0.9777, IP P 0.9804, US SSN R 0.9919, card
# and IBAN 1.0. A tuning set since pii-classes18, which fixed one class: phone P 0.9818, the rest
# as scored. After pii-classes19a/b: phone P 0.9983, e-mail P 1.0, IP P 0.9841, US SSN R 1.0;
# floors just under these.
# blind22 (benchmarks/pii_blind22.py), held back: scored once with main 972a9e8 (after
# pii-classes18; aggregates only): phone P 0.8862 / R 0.9843, IP R 0.9909, card P 0.9940, the rest
# 1.0. A tuning set since pii-classes19a/b: phone P 1.0 / R 0.9902, IP 1.0, card P 0.9940, the
# rest 1.0; floors just under these.
# blind23 (benchmarks/pii_blind23.py), held back: scored once with main 9af6292 (after
# pii-classes19a/b; aggregates only): phone P 0.9640 / R 0.9970, IP P 0.9160, the rest 1.0. A
# tuning set since pii-classes20a/b: phone P 0.9813 / R 0.9970, IP 1.0, the rest 1.0; floors just
# under these.
# blind24 (benchmarks/pii_blind24.py), held back: scored once with main 872c64c (after
# pii-classes20a/b; aggregates only): e-mail P 0.9398, phone P 0.9759, US SSN R 0.9830, the rest
# 1.0. A tuning set since pii-classes21: e-mail P 1.0, US SSN R 1.0, phone P 0.9759, the rest 1.0;
# floors just under these.
# blind25 (benchmarks/pii_blind25.py), held back: scored once with main a81024d (after
# pii-classes21; aggregates only): e-mail P 0.9622 / R 0.9731, phone P 0.9490, IP P 0.8905, US SSN
# P 0.8026 / R 0.9657, card and IBAN 1.0. A tuning set since pii-classes22a/b: e-mail 1.0, US SSN
# P 1.0 / R 0.9989, phone P 0.9514 (the bare 7-digit column left as debatable), IP P 0.8905 (two
# classes left as labels against the span rules); blind24's phone P 0.9759 -> 0.9858 in the same
# round. Floors just under these.
# blind26 (benchmarks/pii_blind26.py), held back: scored once with main 03742d0 (after
# pii-classes22a/b; aggregates only): phone P 0.9943 / R 0.9696, IP P 0.9899 / R 0.9989, card
# P 0.9899, e-mail, IBAN, US SSN 1.0. A tuning set since pii-classes23: phone P 0.9966 / R 0.9996,
# the rest as scored; floors just under these.
# blind27 (benchmarks/pii_blind27.py), held back: scored once with main 8c11f50 (after
# pii-classes23; aggregates only): phone P 0.9773 / R 0.9205, IP P 0.8147, e-mail P 0.9854, card
# P 0.9829, IBAN and US SSN 1.0. A tuning set since pii-classes24: phone P 0.9804 / R 0.9720,
# e-mail 1.0, IP P 0.8359 (SIP-trace hosts the author left unlabelled, against the span rules),
# the rest as scored; floors just under these.
# blind28 (benchmarks/pii_blind28.py), held back: scored once with main 733fa85 (after
# pii-classes24; aggregates only): phone P 0.9358 / R 0.9879, IP P 0.8454, US SSN R 0.9330, card
# P 0.9951, e-mail and IBAN 1.0. A tuning set since pii-classes25a/b: phone P 1.0 / R 0.9888, IP
# P 0.9995, US SSN 1.0, the rest as scored; floors just under these.
# blind29 (benchmarks/pii_blind29.py), held back: scored once with main 6f71393 (after
# pii-classes25a/b; aggregates only): e-mail P 0.9130, phone P 0.9630 / R 0.9924, IP P 0.9628,
# card P 0.9585, US SSN P 0.9542, IBAN 1.0. A tuning set since pii-classes26a/b (with the merge's
# narrowings): phone P 0.9991 / R 0.9991, IP P 0.9995 / R 0.9975, US SSN P 1.0 / R 0.9990, e-mail
# P 0.9439 (68 mailto: addresses the author left unlabelled against the span rules), card P 0.9585
# (16-digit numbers of no brand starting with 9 after a card word: kept as national-scheme cards);
# floors just under these.
# blind30 (benchmarks/pii_blind30.py), held back: scored once with main e412a09 (after
# pii-classes26a/b; aggregates only): phone P 0.9484 / R 0.9358, IP R 0.9154, US SSN R 0.9424,
# e-mail P 0.9798 / R 0.9751, card and IBAN 1.0. A tuning set since pii-classes27a/b: phone
# P 0.9993 / R 0.9944, every other type 1.0; floors just under these. The round also raised
# blind12's IP recall (0.9880 -> 0.9952: public networks written with their length) and blind27's
# phone recall (0.9720 -> 0.9755).
# blind31 (benchmarks/pii_blind31.py), held back: scored once with main 6995ed7 (after
# pii-classes27a/b; aggregates only): phone P 0.9846 / R 0.9904, IP 0.9875 / 0.9875, US SSN
# R 0.9838, card P 0.9984, e-mail and IBAN 1.0 (0.97 met on all six). A tuning set since
# pii-classes28: phone P 0.9963 / R 0.9989, card P 0.9984, every other type 1.0; floors just
# under these. That round also raised blind27's phone precision (0.9819 -> 0.9865).
# blind32 (benchmarks/pii_blind32.py), held back: scored once with main a15f6ca (after
# pii-classes28; aggregates only): e-mail 0.9704 / 0.9704, phone P 0.9873 / R 0.9716, IP P 0.9389,
# card R 0.9632, US SSN P 0.9952, IBAN 1.0. A tuning set since pii-classes29a/b: every type 1.0;
# floors just under these.
# blind33 (benchmarks/pii_blind33.py), held back: scored once with main 1f37f9a (after
# pii-classes29a/b; aggregates only): phone P 0.9757 / R 0.9772, US SSN P 0.9748, IP R 0.9903,
# e-mail, card and IBAN 1.0 (0.97 met on all six). A tuning set since pii-classes30a/b: phone
# P 0.9995 / R 0.9960, every other type 1.0; floors just under these. That round also took
# blind31's last card false positive away (card P 0.9984 -> 1.0).
# blind34 (benchmarks/pii_blind34.py), held back: scored once with main c6dd4f7 (after
# pii-classes30a/b; aggregates only): phone P 0.9657 / R 0.9810, IP P 0.9405 / R 0.9824, card
# P 0.9962 / R 0.9740, e-mail, IBAN and US SSN 1.0. A tuning set since pii-classes31a/b: phone
# P 0.9911 / R 0.9989, IP R 0.9824 (private networks written with their length, which most sets'
# authors leave unlabelled and this one labels: left), every other type 1.0; floors just under.
# blind35 (benchmarks/pii_blind35.py), held back: scored once with main 6456ea7 (after
# pii-classes31a/b; aggregates only): e-mail P 0.9879, phone P 0.9758 / R 0.9696, IP P 0.9856,
# card P 0.9975, US SSN P 0.9828 / R 0.9987, IBAN 1.0. A tuning set since pii-classes32a/b: phone
# P 0.9983 / R 0.9916, IP and US SSN 1.0, e-mail P 0.9879 (fediverse handles, left), card P 0.9975
# (Uzcard/Humo, left); floors just under these.
FLOORS = {
    "blind12": (1473, {"EMAIL_ADDRESS": (0.995, 0.995), "PHONE_NUMBER": (0.995, 0.985),
                       "IP_ADDRESS": (0.993, 0.995), "CREDIT_CARD": (0.993, 0.997),
                       "IBAN_CODE": (0.995, 0.995), "US_SSN": (0.995, 0.99)}),
    "blind13": (1492, {"EMAIL_ADDRESS": (0.997, 0.997), "PHONE_NUMBER": (0.996, 0.997),
                       "IP_ADDRESS": (0.997, 0.998), "CREDIT_CARD": (0.997, 0.998),
                       "IBAN_CODE": (0.997, 0.997), "US_SSN": (0.997, 0.997)}),
    "blind14": (1560, {"EMAIL_ADDRESS": (0.998, 0.998), "PHONE_NUMBER": (0.998, 0.998),
                       "IP_ADDRESS": (0.998, 0.998), "CREDIT_CARD": (0.998, 0.998),
                       "IBAN_CODE": (0.998, 0.997), "US_SSN": (0.995, 0.998)}),
    "blind15": (1344, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.997),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind16": (1553, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.996, 0.998),
                       "IP_ADDRESS": (0.999, 0.996), "CREDIT_CARD": (0.999, 0.998),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.997, 0.998)}),
    "blind17": (1162, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.998, 0.998),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind18": (1316, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.999),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.997, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind19": (1351, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.999),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind20": (1100, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.992, 0.997),
                       "IP_ADDRESS": (0.998, 0.999), "CREDIT_CARD": (0.993, 0.998),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind21": (1074, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.997, 0.991),
                       "IP_ADDRESS": (0.983, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind22": (1366, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.989),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.993, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind23": (1174, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.980, 0.996),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind24": (1318, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.985, 0.999),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind25": (1236, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.951, 0.999),
                       "IP_ADDRESS": (0.890, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.998)}),
    "blind26": (1304, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.996, 0.999),
                       "IP_ADDRESS": (0.989, 0.998), "CREDIT_CARD": (0.989, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind27": (1298, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.986, 0.975),
                       "IP_ADDRESS": (0.835, 0.999), "CREDIT_CARD": (0.982, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind28": (1400, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.988),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.995, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind29": (1320, {"EMAIL_ADDRESS": (0.943, 0.999), "PHONE_NUMBER": (0.998, 0.998),
                       "IP_ADDRESS": (0.999, 0.997), "CREDIT_CARD": (0.958, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.998)}),
    "blind30": (1356, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.994),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind31": (1260, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.996, 0.998),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind32": (1392, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.999),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind33": (1256, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.999, 0.995),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind34": (1308, {"EMAIL_ADDRESS": (0.999, 0.999), "PHONE_NUMBER": (0.99, 0.998),
                       "IP_ADDRESS": (0.999, 0.98), "CREDIT_CARD": (0.999, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
    "blind35": (1338, {"EMAIL_ADDRESS": (0.985, 0.999), "PHONE_NUMBER": (0.997, 0.99),
                       "IP_ADDRESS": (0.999, 0.999), "CREDIT_CARD": (0.996, 0.999),
                       "IBAN_CODE": (0.999, 0.999), "US_SSN": (0.999, 0.999)}),
}


# The sets that have held their figures through five rounds or more (blind12-31) are scored on
# every other document (the suite's time: ~80 CPU s less for blind12-25, ~29 for blind26-31);
# every set is scored whole at each round's merge (`pii_eval.py`, docs/pii.md). On those halves
# (2026-12-07, main after the blind35 round; blind26-31 after blind36's) every type is at or over
# its set's floor above but these, just under their halves':
HALVED = frozenset(f"blind{number}" for number in range(12, 32))
HALF_FLOORS = {
    "blind15": {"PHONE_NUMBER": (0.999, 0.995)},   # half: 1.0 / 0.9957
    "blind21": {"PHONE_NUMBER": (0.997, 0.99)},    # 0.9983 / 0.9908
    "blind22": {"PHONE_NUMBER": (0.999, 0.986)},   # 1.0 / 0.987
    "blind23": {"PHONE_NUMBER": (0.976, 0.996)},   # 0.9765 / 0.9974
    "blind24": {"PHONE_NUMBER": (0.984, 0.999)},   # 0.9845 / 1.0
    "blind25": {"PHONE_NUMBER": (0.949, 0.999), "IP_ADDRESS": (0.888, 0.999),
                "US_SSN": (0.999, 0.997)},         # 0.95 / 1.0, 0.8885 / 1.0, 1.0 / 0.9977
    "blind26": {"CREDIT_CARD": (0.987, 0.999)},    # 0.9874 / 1.0
    "blind27": {"PHONE_NUMBER": (0.985, 0.974), "IP_ADDRESS": (0.831, 0.999)},  # 0.9855 / 0.9747, 0.8319 / 1.0
    "blind28": {"IP_ADDRESS": (0.998, 0.999)},     # 0.999 (0.9989..) / 1.0
    "blind29": {"CREDIT_CARD": (0.956, 0.999), "US_SSN": (0.999, 0.997)},  # 0.9564 / 1.0, 1.0 / 0.9979
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_floors(scrubber, name):
    import importlib

    import pii_eval

    count, floors = FLOORS[name]
    rows = importlib.import_module(f"pii_{name}").load()
    assert len(rows) == count
    if name in HALVED:
        rows, floors = rows[::2], floors | HALF_FLOORS.get(name, {})
    results, _ = pii_eval.score(rows, scrubber.find)
    low = {entity: (round(results[entity]["precision"], 4), round(results[entity]["recall"], 4))
           for entity, (p, r) in floors.items()
           if results[entity]["precision"] < p or results[entity]["recall"] < r}
    assert not low, f"{name} under its floors (precision, recall): {low}"
