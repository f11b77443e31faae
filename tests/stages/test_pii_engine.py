"""presidio's engine as the step builds it (stages/pii_engine.py): a window is tokenized only when
a recognizer found something there, and the results are presidio's own, score for score."""
from __future__ import annotations

import pytest

from stages.pii import PiiScrubber

ENTITIES = ["EMAIL_ADDRESS", "IP_ADDRESS", "IBAN_CODE"]

# windows as the step cuts them: some with e-mails, IPs (with and without a context word that
# lifts their score) and IBANs, some with only digit runs (phones, dates, order numbers)
WINDOWS = [
    "Schreiben Sie an anna.keller@beispiel.de oder rufen Sie 030 1234567 an.",
    "server ip 203.0.113.7, gateway 10.0.0.1 (the router) and 2001:db8::7:1",
    "Lieferung am 12.03.2024, Bestellnummer 4471 2283 9910, Tel. 089 4471 2283",
    "IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX · Konto 532013000",
    "Order #88213-4471-20 shipped 2024-06-01; track 1Z999AA10123456784",
    "mail: ops@example.org, host 198.51.100.23 port 8443, IBAN GB82WEST12345698765432",
    "",
    "1.2.3.4.5 version 10.0.19045.3803, OID 1.3.6.1.4.1.311",
]


@pytest.fixture(scope="module")
def analyzer():
    return PiiScrubber().analyzer


def as_tuples(results):
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


@pytest.mark.parametrize("text", WINDOWS)
def test_results_are_presidios_own(analyzer, text):
    from presidio_analyzer import AnalyzerEngine

    ours = analyzer.analyze(text, language="en", entities=ENTITIES, score_threshold=0.5)
    plain = AnalyzerEngine.analyze(analyzer, text, language="en", entities=ENTITIES,
                                   score_threshold=0.5)
    assert as_tuples(ours) == as_tuples(plain)
    # context words still lift a score: "ip" before an address (presidio's enhancer ran)
    if text.startswith("server ip"):
        assert max(r.score for r in ours if r.entity_type == "IP_ADDRESS") > 0.6


def test_a_window_without_findings_is_never_tokenized(analyzer, monkeypatch):
    calls = []
    real = analyzer.nlp_engine.process_text
    monkeypatch.setattr(analyzer.nlp_engine, "process_text",
                        lambda text, language: calls.append(text) or real(text, language))
    for text in WINDOWS:
        analyzer.analyze(text, language="en", entities=ENTITIES, score_threshold=0.5)
    found = [text for text in WINDOWS if analyzer.analyze(text, language="en", entities=ENTITIES)]
    assert set(calls) == set(found)
    assert "Order #88213-4471-20 shipped 2024-06-01; track 1Z999AA10123456784" not in calls


def test_precomputed_artifacts_are_used_as_given(analyzer):
    text = WINDOWS[0]
    artifacts = analyzer.nlp_engine.process_text(text, "en")
    ours = analyzer.analyze(text, language="en", entities=ENTITIES, nlp_artifacts=artifacts)
    assert [r.entity_type for r in ours] == ["EMAIL_ADDRESS"]
