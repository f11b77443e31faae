"""Every language through the real CLI: one `pipeline run --sample --languages all` (10 languages
in the sample) writes one documents and one tokens folder per language, each document records its
near-duplicate cluster size, the statistics show the funnel per language, config.json the
profiles; `pipeline train` and `pipeline pack` take one language. The English-only sample run
(the session's `sample_run`) keeps its flat layout."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import run_cli

EXPECTED = {"eng_Latn", "deu_Latn", "fra_Latn", "spa_Latn", "ita_Latn", "nld_Latn", "por_Latn",
            "rus_Cyrl", "jpn_Jpan", "pol_Latn"}


@pytest.fixture(scope="module")
def all_languages(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("all_languages")
    result = run_cli("run", "--sample", "--languages", "all", "--output", str(output),
                     "--no-progress")
    assert result.returncode == 0, result.stderr[-3000:]
    return output / "sample-CC-MAIN-2024-10"


def folders(path: Path) -> set[str]:
    return {p.name for p in path.iterdir() if p.is_dir()}


def test_one_folder_per_language(all_languages):
    root = all_languages
    assert folders(root / "documents") == EXPECTED
    assert not list((root / "documents").glob("*.parquet"))  # nothing outside a language folder
    assert folders(root / "tokens") == EXPECTED  # only the language folders: no empty index/
    assert not list((root / "tokens").glob("*.bin"))
    assert not list((root / "tokens").glob("*.parquet"))
    summary = json.loads((root / "summary.json").read_text())
    total = 0
    for code in EXPECTED:
        documents = pq.read_table(root / "documents" / code)
        index = pq.read_table(root / "tokens" / code / "index")
        assert set(documents["language_script"].to_pylist()) == {code}
        assert sorted(index["doc_id"].to_pylist()) == sorted(documents["doc_id"].to_pylist())
        shards = {p.name for p in (root / "tokens" / code).glob("shard_*.bin")}
        assert set(documents["shard"].to_pylist()) == shards
        total += documents.num_rows
    assert total == summary["tokenize"]["records_kept"]


def test_every_document_records_its_cluster_size(all_languages):
    root = all_languages
    documents = pq.read_table(root / "documents", columns=["language_script",
                                                           "minhash_cluster_size"])
    sizes = documents["minhash_cluster_size"].to_pylist()
    assert min(sizes) >= 1 and max(sizes) > 1
    # one run, nothing dropped after dedup: every document entering dedup is in exactly one
    # kept document's cluster
    summary = json.loads((root / "summary.json").read_text())
    assert summary["pii"]["records_in"] == summary["tokenize"]["records_kept"]
    assert sum(sizes) == summary["dedup"]["records_in"]


def test_statistics_and_config_per_language(all_languages):
    root = all_languages
    stats = run_cli("stats", str(root))
    assert stats.returncode == 0, stats.stderr
    lines = stats.stdout.split("per language", 1)[1].splitlines()[2:]
    shown = {line.split()[0]: int(line.split()[3].replace(",", "")) for line in lines
             if line.split() and line.split()[0] in EXPECTED}
    assert shown == {code: pq.read_table(root / "documents" / code).num_rows for code in EXPECTED}
    config = json.loads((root / "config.json").read_text())
    assert config["languages"]["profiles"].startswith("all 1929")
    assert len(config["languages"]["sha256"]) == 64


def test_train_and_pack_take_one_language(all_languages):
    root = all_languages
    trained = run_cli("train", "--data", str(root / "tokens"), "--languages", "deu_Latn",
                      "--steps", "2", "--batch-size", "2", "--seq-len", "16", "--compact-vocab",
                      "--log-every", "1", "--device", "cpu")
    assert trained.returncode == 0, trained.stderr[-2000:]
    assert "done:" in trained.stdout
    missing = run_cli("train", "--data", str(root / "tokens"), "--languages", "tha_Thai",
                      "--steps", "1")
    assert missing.returncode == 2 and "no language folder for tha_Thai" in missing.stderr
    packed = run_cli("pack", str(root), "--languages", "deu_Latn", "--shard-tokens", "8000")
    assert packed.returncode == 0, packed.stderr
    manifest = json.loads((root / "tokens" / "deu_Latn" / "manifest.json").read_text())
    documents = pq.read_table(root / "documents" / "deu_Latn")
    assert set(documents["shard"].to_pylist()) <= {s["name"] for s in manifest["shards"]}
    assert sum(s["num_tokens"] for s in manifest["shards"]) == sum(
        documents["tokens"].to_pylist())
    assert list((root / "tokens" / "fra_Latn").glob("shard_*.bin"))  # other languages untouched
    refused = run_cli("pack", str(root), "--languages", "tha_Thai")
    assert refused.returncode == 2 and "no tokens folder for tha_Thai" in refused.stderr
    # one language packed: the output takes no more runs
    again = run_cli("run", "--sample", "--languages", "all", "--output", str(root.parent),
                    "--no-progress")
    assert again.returncode != 0 and "packed by `pipeline pack`" in again.stderr, again.stderr


def test_an_english_only_run_keeps_its_flat_layout(sample_run):
    documents = pq.read_table(sample_run / "documents", columns=["language_script",
                                                                 "minhash_cluster_size"])
    assert set(documents["language_script"].to_pylist()) == {"eng_Latn"}
    assert min(documents["minhash_cluster_size"].to_pylist()) >= 1
    assert list((sample_run / "tokens").glob("shard_*.bin"))


def test_report_finds_documents_in_language_folders(all_languages):
    from pipeline import report

    samples = report.removed_samples(all_languages, per_reason=2).to_pylist()
    copies = [r for r in samples if r["reason"] == "near_duplicate"]
    assert copies and all(r["text"] for r in copies)  # the kept document's text, from its folder


def test_report_shows_the_funnel_per_language(all_languages):
    pytest.importorskip("matplotlib", reason="pip install -e '.[report]'")
    from pipeline import report

    built = report.build(all_languages)
    rows = {r["language"]: r for r in built.language_funnel.to_pylist()}
    assert set(rows) == EXPECTED
    assert sum(r["kept"] for r in rows.values()) == built.tokens.documents
    page = report.render_html(built)
    assert "Per language" in page and "deu_Latn" in page and "jpn_Jpan" in page


# --- codes only lingua or only GlotLID knows, through the CLI ------------------------------------

def language_pages(root: Path) -> dict[str, str]:
    """A one-file snapshot of a Zulu, a German and a Thai page; their URLs by language."""
    import gzip

    from tests.stages.test_languages import GERMAN, THAI, ZULU
    from tests.warc_builder import WarcBuilder, html_page

    folder = "crawl-data/CC-MAIN-2024-10/segments/languages/warc"
    (root / folder).mkdir(parents=True)
    builder, urls = WarcBuilder(), {}
    for code, sentences in (("zu", ZULU), ("de", GERMAN), ("th", THAI)):
        urls[code] = f"https://{code}.example/page"
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        builder.response(urls[code], html_page(f"{code} page", paragraphs).encode())
    (root / folder / "languages-000000.warc.gz").write_bytes(builder.bytes())
    (root / "crawl-data/CC-MAIN-2024-10/warc.paths.gz").write_bytes(
        gzip.compress(f"{folder}/languages-000000.warc.gz\n".encode(), mtime=0))
    return urls


def kept_urls_and_counts(output: Path) -> tuple[list[str], dict]:
    root = output / "CC-MAIN-2024-10"
    summary = json.loads((root / "summary.json").read_text())
    urls = pq.read_table(root / "documents", columns=["url"])["url"].to_pylist()
    return sorted(urls), {step: (summary[step]["records_in"], summary[step]["records_kept"])
                          for step in ("prefilter", "langid")}


def test_codes_only_lingua_or_glotlid_knows_keep_their_pages(tmp_path):
    """`--languages zu` (lingua's, not lid.176's) runs with the default recipe: the prefilter
    keeps every page (lid.176 cannot rule a Zulu page out) and langid keeps the Zulu one (it was
    refused; with --no-prefilter langid kept nothing). A recipe whose prefilter and langid load a
    GlotLID-format model, with `--languages de`: the prefilter keeps the German page by its
    deu_Latn label and drops the others (it dropped every page)."""
    import fasttext

    from tests.stages.test_languages import GERMAN, THAI, ZULU

    data = tmp_path / "data"
    urls = language_pages(data)
    common = ["--snapshot", "CC-MAIN-2024-10", "--data-root", str(data), "--no-progress",
              "--num-cpus", "1"]
    zulu = run_cli("run", *common, "--output", str(tmp_path / "zu"), "--languages", "zu")
    assert zulu.returncode == 0, zulu.stderr[-2000:]
    assert kept_urls_and_counts(tmp_path / "zu") == ([urls["zu"]], {"prefilter": (3, 3),
                                                                   "langid": (3, 1)})

    train = tmp_path / "glotlid.txt"
    train.write_text("".join(f"__label__{code} {line}\n" for code, lines in (
        ("deu_Latn", GERMAN), ("tha_Thai", THAI), ("zul_Latn", ZULU)) for line in lines),
        encoding="utf-8")
    model = fasttext.train_supervised(str(train), epoch=60, lr=0.5, minn=1, maxn=3, dim=16,
                                      minCount=1, thread=1, verbose=0, seed=1)
    model.save_model(str(tmp_path / "glotlid-format.bin"))
    recipe = tmp_path / "glotlid.toml"
    recipe.write_text("".join(
        f'[[steps]]\nstep = "{step}"\n' + (f'model_path = "{tmp_path / "glotlid-format.bin"}"\n'
                                           if step in ("prefilter", "langid") else "")
        for step in ("blocklist", "prefilter", "extract", "langid", "tokenize")))
    german = run_cli("run", *common, "--output", str(tmp_path / "de"), "--recipe", str(recipe),
                     "--languages", "de")
    assert german.returncode == 0, german.stderr[-2000:]
    kept, counts = kept_urls_and_counts(tmp_path / "de")
    assert kept == [urls["de"]]
    # the model's deu_Latn label decides: Thai is dropped (this small model gives the Latin-script
    # Zulu page more than the prefilter's 0.01 for German)
    assert counts["prefilter"][0] == 3 and 1 <= counts["prefilter"][1] < 3, counts
