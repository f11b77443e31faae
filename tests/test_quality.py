"""Quality goals that are met, held just under the measured values (benchmarks/quality.py, on
subsets so the module runs in well under a minute). PII's per-type precision and recall are held
by tests/stages/test_pii.py on the whole dev set."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "extraction" / "groundtruth.json").is_file(),
                                reason=f"shared ground-truth data not found at {SHARED_DATA}")

sys.path.insert(0, str(REPO / "benchmarks"))
quality = pytest.importorskip("quality", reason="benchmarks/quality.py not importable")

EXTRACTION_EVERY = 3  # 169 of the 506 pages
LANGID_SENTENCES = 100  # per language


@pytest.fixture(scope="module")
def pages():
    from _warc_input import extraction_pages

    return extraction_pages()[::EXTRACTION_EVERY]


@pytest.fixture(scope="module")
def extracted(pages):
    from stages.extract import ExtractSettings, TextExtractor

    extractor = TextExtractor(ExtractSettings())
    return [extractor.extract(html)[0] for _, html, _ in pages]


def test_extraction_f1_on_a_third_of_the_benchmark(pages, extracted):
    precision, recall, f1 = quality.snippet_score([t or "" for t in extracted],
                                                  [item for _, _, item in pages])
    # Measured on this subset (trafilatura 2.3.1, default ExtractSettings): P 0.919 R 0.928 F1 0.924.
    assert f1 >= 0.918, (precision, recall, f1)
    assert recall >= 0.92 and precision >= 0.91, (precision, recall)


def test_extraction_on_the_held_out_fifth_matches_trafilatura():
    """The pages no threshold was tuned on (benchmarks/_warc_input.py `held_out`)."""
    import trafilatura

    from _warc_input import extraction_pages, held_out
    from stages.extract import ExtractSettings, TextExtractor, decode_html

    pages = [p for p in extraction_pages() if held_out(p[0])]
    items = [item for _, _, item in pages]
    extractor = TextExtractor(ExtractSettings())
    ours_texts = [extractor.extract(html)[0] or "" for _, html, _ in pages]
    their_texts = [trafilatura.extract(decode_html(html)[0], include_comments=False) or "" for _, html, _ in pages]
    ours, theirs = quality.snippet_score(ours_texts, items), quality.snippet_score(their_texts, items)
    # Measured (95 pages, trafilatura 2.3.1): ours F1 0.918, trafilatura's default 0.916; page by
    # page (trafilatura's metric on each page) ours is below trafilatura's text on none, above on 1.
    assert len(pages) == 95
    assert ours[2] >= 0.915 and ours[2] >= theirs[2] - 0.002, (ours, theirs)
    worse = [key for (key, _, item), a, b in zip(pages, ours_texts, their_texts)
             if quality.page_score(a, item) < quality.page_score(b, item)]
    assert worse == []


def test_page_prefilter_loses_no_page_that_langid_keeps(pages, extracted):
    from stages.langid import LangIdSettings, LanguageId

    from stages.prefilter import LanguagePrefilter

    langid = LanguageId(LangIdSettings())
    prefilter = LanguagePrefilter()
    dropped = kept_english = 0
    for (key, html, _), text in zip(pages, extracted):
        decision = prefilter.check(html, None)
        english = text is not None and langid.decide(*langid.predict([text])[0]).kept
        kept_english += english
        if not decision.kept:
            assert decision.reason == "language"
            assert not english, key
            dropped += 1
    # Measured on this subset: 131 of 169 pages skipped, 32 English pages kept, none lost.
    assert dropped >= 120 and kept_english >= 30, (dropped, kept_english)


def test_language_id_accuracy_on_sentences_and_documents():
    results = quality.evaluate_langid(per_language=LANGID_SENTENCES)
    summary = quality.langid_summary(results)
    assert summary["languages"] == 67
    assert sorted(c for c, r in results.items() if not r["supported"]) == \
        ["lg", "mi", "sn", "st", "tn", "ts", "xh", "zu"]
    assert results["nb"]["expected"] == "no" and results["nb"]["supported"]
    # Measured with 100 sentences per language: sentences 0.892, 5-sentence documents 0.939
    # (all sentences: 0.891 and 0.939).
    assert summary["sentence_micro"] >= 0.88, summary
    assert summary["document_micro"] >= 0.93, summary


def test_minhash_against_exact_jaccard(extracted):
    texts = quality.near_duplicate_set([t for t in extracted if t][:60])
    result = quality.evaluate_dedup(texts)
    # Measured on this set (531 documents, 662 true pairs): pairs P 0.707 R 0.988; documents
    # P 0.928 R 0.997. Low pair precision is by design: FineWeb's 14 x 8 bands (~0.72) also catch
    # pairs between ~0.72 and 0.8.
    assert result["true_pairs"] > 600, result
    assert result["pair_recall"] >= 0.975 and result["doc_recall"] >= 0.99, result
    assert result["pair_precision"] >= 0.68 and result["doc_precision"] >= 0.91, result


def test_tokenizer_round_trips_pages_byte_exact(pages, extracted):
    from stages.extract import decode_html

    texts = [decode_html(html)[0] for _, html, _ in pages[::4]] + [t for t in extracted if t]
    result = quality.evaluate_tokenize(texts)
    assert result["exact"] == result["texts"] == len(texts)
