"""The model-based quality steps through the real CLI: a fastText model trained here by
`pipeline train-classifier` (from the sample run's documents), a tiny randomly initialised BERT
saved here, one `pipeline run --sample --recipe` with both (fasttext_quality filtering,
edu_quality annotate-only), then distillation of edu_quality's scores into a fastText model,
the report's score histograms, and the one-line errors before any WARC file is read.
No network: HF_HUB_OFFLINE=1, models in temporary folders."""
from __future__ import annotations

import json
import math
import os
import string
import threading
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from tests.conftest import SAMPLE_MANIFEST, run_cli

OFFLINE = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
HEURISTICS = ["blocklist", "prefilter", "extract", "langid", "gopher_repetition",
              "gopher_quality", "c4", "fineweb_quality", "dedup"]
POSITIVE_TEMPLATES = ("blog", "news")  # the sample's page templates labelled hq for the test


def toml_recipe(path: Path, extra: list[dict]) -> Path:
    lines = []
    for entry in [*({"step": s} for s in HEURISTICS), *extra, {"step": "pii"},
                  {"step": "tokenize"}]:
        lines.append("[[steps]]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in entry.items()]
    path.write_text("\n".join(lines) + "\n")
    return path


def make_tiny_bert(folder: Path) -> Path:
    """A 2-layer BERT (hidden 32) with random weights and a character vocabulary, saved with
    its fast tokenizer: the same files as a hub model's snapshot. initializer_range 0.5 and a
    bias of 2.5 spread its scores over 0-5, so the thresholds have something to cut."""
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
             *(string.ascii_lowercase + string.digits + string.punctuation),
             *("##" + c for c in string.ascii_lowercase + string.digits)]
    ids = {token: i for i, token in enumerate(vocab)}
    wordpiece = Tokenizer(models.WordPiece(ids, unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.BertNormalizer(lowercase=True)
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    wordpiece.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])])
    PreTrainedTokenizerFast(tokenizer_object=wordpiece, unk_token="[UNK]", pad_token="[PAD]",
                            cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]"
                            ).save_pretrained(folder)
    torch.manual_seed(0)
    model = BertForSequenceClassification(BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=512, num_labels=1,
        problem_type="regression", initializer_range=0.5))
    with torch.no_grad():
        model.classifier.bias.fill_(2.5)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def models(sample_run, tmp_path_factory):
    """(fastText model, its card, BERT folder): the fastText model trained by the CLI on the
    sample run's documents, labelled hq by page template (the sample's manifest)."""
    folder = tmp_path_factory.mktemp("classifier_models")
    templates = {r["record_id"]: r["template"]
                 for r in json.loads(SAMPLE_MANIFEST.read_text())["records"]}
    documents = ds.dataset(sample_run / "documents", format="parquet").to_table(
        columns=["record_id", "text"]).to_pylist()
    with open(folder / "labelled.jsonl", "w") as out:
        for doc in documents:
            label = "hq" if templates[doc["record_id"]] in POSITIVE_TEMPLATES else "cc"
            out.write(json.dumps({"text": doc["text"], "label": label}) + "\n")
        out.write("{not json\n")
        out.write(json.dumps({"text": "", "label": "hq"}) + "\n")
    model = folder / "quality.bin"
    result = run_cli("train-classifier", "--input", str(folder / "labelled.jsonl"),
                     "--output", str(model), "--bucket", "20000", "--dim", "16", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    assert "agreement with the labels" in result.stdout and "skipped records: bad_json 1, " \
        "no_text 1" in result.stdout, result.stdout
    card = json.loads((folder / "quality.bin.json").read_text())
    return model, card, make_tiny_bert(folder / "tiny-bert")


@pytest.fixture(scope="module")
def threshold(models, sample_run):
    """A P(hq) threshold that splits the sample's documents (their median score)."""
    from stages.base import Doc
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    step = FastTextQuality(FastTextQualitySettings(model=str(models[0])))
    texts = [r["text"] for r in ds.dataset(sample_run / "documents", format="parquet").to_table(
        columns=["text"]).to_pylist()]
    scores = sorted(d.annotations["fasttext_score"] for d in step([Doc(text=t) for t in texts]))
    return round(scores[len(scores) // 2], 4)


@pytest.fixture(scope="module")
def classifier_run(models, threshold, tmp_path_factory):
    model, _, bert = models
    folder = tmp_path_factory.mktemp("classifier_run")
    recipe = toml_recipe(folder / "recipe.toml", [
        {"step": "fasttext_quality", "model": str(model), "label": "__label__hq",
         "threshold": threshold, "annotation": "hq_prob"},
        # on a pool of one single-CPU actor (where a cluster with GPUs has one per GPU)
        {"step": "edu_quality", "model": str(bert), "annotate_only": True, "max_tokens": 128,
         "actors": 1},
    ])
    result = run_cli("run", "--sample", "--recipe", str(recipe), "--output",
                     str(folder / "out"), "--no-progress", "--num-cpus", "2", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    root = folder / "out" / "sample-CC-MAIN-2024-10"
    (root / "cli_stderr.txt").write_text(result.stderr)
    return root


def stage_rows(run: Path, stage: str) -> list[dict]:
    table = ds.dataset(sorted((run / "stats").glob("*.parquet")), format="parquet").to_table()
    return [r for r in table.to_pylist() if r["stage"] == stage]


def sample_documents(sample_run) -> int:
    return ds.dataset(sample_run / "documents", format="parquet").count_rows()


def test_the_trained_model_and_its_card(models, sample_run):
    from stages.fasttext_quality import read_header

    model, card, _ = models
    header = read_header(model)
    assert header["supervised"] and header["word_ngrams"] == 2 and header["dim"] == 16
    assert sorted(header["labels"]) == ["cc", "hq"]
    counts = card["counts"]
    assert counts["skipped"] == {"bad_json": 1, "no_text": 1}
    assert (sum(counts["train"].values()) + sum(counts["held_back"].values())
            == sample_documents(sample_run))
    held = card["metrics"]["held_back"]
    assert held["documents"] == sum(counts["held_back"].values()) > 0
    assert 0.0 <= held["agreement"] <= 1.0 and set(held["labels"]) <= {"hq", "cc"}
    assert card["settings"]["word_ngrams"] == 2 and card["settings"]["epoch"] >= 5
    assert card["recipe"]["step"] == "fasttext_quality" and card["sha256"]


def test_fasttext_quality_filters_and_keeps_its_scores(classifier_run, threshold, sample_run):
    rows = stage_rows(classifier_run, "fasttext_quality")
    assert len(rows) == sample_documents(sample_run)  # after dedup, as in the default recipe
    kept = [r for r in rows if r["kept"]]
    dropped = [r for r in rows if not r["kept"]]
    assert kept and dropped
    assert all(r["hq_prob"] >= threshold for r in kept)
    assert all(r["hq_prob"] < threshold and r["reason"] == "low_score" for r in dropped)
    summary = json.loads((classifier_run / "summary.json").read_text())
    assert summary["fasttext_quality"]["reasons"] == {"low_score": len(dropped)}
    documents = pq.read_table(sorted((classifier_run / "documents").glob("*.parquet")))
    assert str(documents.schema.field("hq_prob").type) == "float"
    assert documents.num_rows == len(kept)
    assert sorted(documents["hq_prob"].to_pylist()) == sorted(r["hq_prob"] for r in kept)


def test_edu_quality_annotates_only_and_scores_as_the_step_does(classifier_run, models):
    from stages.base import Doc
    from stages.edu_quality import EduQuality, EduQualitySettings, int_score

    rows = stage_rows(classifier_run, "edu_quality")
    assert rows and all(r["kept"] for r in rows)  # annotate_only drops nothing
    documents = pq.read_table(sorted((classifier_run / "documents").glob("*.parquet")))
    assert documents.num_rows == len(rows)
    assert str(documents.schema.field("edu_score").type) == "float"
    assert str(documents.schema.field("edu_int_score").type) == "int32"
    scores = documents["edu_score"].to_pylist()
    assert len({round(s, 2) for s in scores}) > 5  # a real spread, not a constant
    assert documents["edu_int_score"].to_pylist() == [int_score(s) for s in scores]
    # The run's scores are the step's: the same model folder, loaded in this process. The run
    # scored the text before PII scrubbing; compare on documents that PII did not change.
    by_id = {r["doc_id"]: r for r in stage_rows(classifier_run, "pii")}
    unchanged = [d for d in documents.to_pylist() if by_id[d["doc_id"]]["pii_counts"] in
                 (None, {}, [])][:12]
    step = EduQuality(EduQualitySettings(model=str(models[2]), max_tokens=128))
    again = step([Doc(text=d["text"]) for d in unchanged])
    for doc, decision in zip(unchanged, again):
        assert math.isclose(doc["edu_score"], decision.annotations["edu_score"], abs_tol=1e-4)
    warning = (classifier_run / "cli_stderr.txt").read_text()
    assert "edu_quality: WARNING: no GPU" in warning and "pages/s measured" in warning
    # scored on the pool's actor (Ray prefixes the lines a worker prints with its process)
    assert "StepActor" in warning, warning


def test_funnel_and_stats_show_each_classifier(classifier_run, threshold):
    result = run_cli("stats", str(classifier_run), "--top", "50")
    assert result.returncode == 0, result.stderr
    funnel = [line.split() for line in result.stdout.splitlines()]
    stages = [line[0] for line in funnel if line]
    assert stages.index("dedup") < stages.index("fasttext_quality") < stages.index(
        "edu_quality") < stages.index("pii")
    assert "fasttext_quality/low_score" in result.stdout
    assert f"fasttext_quality.hq_prob: threshold {threshold:g} keeps" in result.stdout
    assert "edu_quality.edu_score: threshold 3 (edu_score >= 2.5) would keep" in result.stdout
    assert "<- cut" in result.stdout


def test_report_histograms_come_from_the_recipe_not_from_step_names(classifier_run, threshold):
    from pipeline import report

    histograms = {(h.stage, h.column): h for h in report.score_histograms(classifier_run)}
    assert set(histograms) == {("fasttext_quality", "hq_prob"), ("edu_quality", "edu_score")}
    fasttext = histograms[("fasttext_quality", "hq_prob")]
    rows = stage_rows(classifier_run, "fasttext_quality")
    assert fasttext.cut == threshold and fasttext.documents == len(rows)
    assert fasttext.at_or_above == sum(r["kept"] for r in rows)
    outcomes = {o: 0 for o in ("kept", "low_score")}
    for b in fasttext.bins.to_pylist():
        outcomes[b["outcome"]] += b["documents"]
    assert outcomes == {"kept": sum(r["kept"] for r in rows),
                        "low_score": sum(not r["kept"] for r in rows)}
    edu = histograms[("edu_quality", "edu_score")]
    assert edu.cut == 2.5 and edu.annotate_only and edu.low <= 0.0
    assert edu.at_or_above == sum(r["edu_int_score"] >= 3 for r in stage_rows(
        classifier_run, "edu_quality"))
    page = report.render_html(report.build(classifier_run))
    assert page.count("<img ") == 8 + 2 and "Classifier scores" in page


def test_distilling_edu_scores_into_fasttext(classifier_run, tmp_path):
    from stages.base import Doc
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    scores = sorted(pq.read_table(sorted((classifier_run / "documents").glob("*.parquet")),
                                  columns=["edu_score"])["edu_score"].to_pylist())
    median = round(scores[len(scores) // 2], 3)
    model = tmp_path / "distilled.bin"
    result = run_cli("train-classifier", "--input", str(classifier_run), "--label-from",
                     f"edu_score>={median}", "--output", str(model), "--bucket", "20000",
                     "--dim", "16", "--held-back", "0.2", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    assert "agreement with the teacher" in result.stdout
    card = json.loads(model.with_name("distilled.bin.json").read_text())
    assert card["data"]["label_from"] == f"edu_score>={median:g}"
    positives = sum(s >= median for s in scores)
    assert card["counts"]["train"].get("hq", 0) + card["counts"]["held_back"].get("hq", 0) \
        == positives
    assert card["metrics"]["held_back"]["documents"] > 0
    step = FastTextQuality(FastTextQualitySettings(model=str(model), threshold=0.0))
    decisions = step([Doc(text="a page about photosynthesis"), Doc(text="")])
    assert all(0.0 <= d.annotations["fasttext_score"] <= 1.0 for d in decisions)
    # The same, compressed: a quantized .ftz that the step loads like any model.
    small = tmp_path / "distilled.ftz"
    result = run_cli("train-classifier", "--input", str(classifier_run), "--label-from",
                     f"edu_score>={median}", "--output", str(small), "--bucket", "20000",
                     "--dim", "16", "--quantize", "2000", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    assert small.stat().st_size < model.stat().st_size / 4
    FastTextQuality.preflight(FastTextQualitySettings(model=str(small)))
    assert FastTextQuality(FastTextQualitySettings(model=str(small))).scores(["text"])[0] > 0.0


def test_train_classifier_errors_are_one_line(classifier_run, tmp_path):
    cases = [
        (["--input", str(classifier_run), "--label-from", "no_such_column>=3"],
         "no column no_such_column"),
        (["--input", str(classifier_run), "--label-from", "edu_score>=high"],
         ">= needs a number"),
        (["--input", str(tmp_path / "missing.jsonl")], "no such file or folder"),
    ]
    for arguments, expected in cases:
        result = run_cli("train-classifier", *arguments, "--output", str(tmp_path / "m.bin"))
        assert result.returncode == 2 and expected in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_model_that_cannot_load_stops_the_run_before_reading(models, tmp_path):
    recipe = toml_recipe(tmp_path / "recipe.toml", [
        {"step": "edu_quality", "model": "nobody/no-such-classifier"}])
    result = run_cli("run", "--sample", "--recipe", str(recipe), "--output",
                     str(tmp_path / "out"), "--no-progress", "--num-cpus", "2", env=OFFLINE)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("pipeline: error")]
    assert len(errors) == 1, result.stderr
    assert ("step edu_quality: cannot load model 'nobody/no-such-classifier': offline "
            "(HF_HUB_OFFLINE=1) and not in the Hugging Face cache HF_HOME=") in errors[0]
    assert not list((tmp_path / "out").rglob("stats/*.parquet"))  # no WARC file was read


def test_fasttext_preflight_checks_label_and_model_file(models, tmp_path):
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    model = str(models[0])
    with pytest.raises(ValueError, match="the model has no label 'wikipedia'; its labels: "):
        FastTextQuality.preflight(FastTextQualitySettings(model=model, label="wikipedia"))
    (tmp_path / "vectors.txt").write_text("not a model\n" * 20)
    with pytest.raises(ValueError, match="not a fastText model file"):
        FastTextQuality.preflight(FastTextQualitySettings(model=str(tmp_path / "vectors.txt")))
    with pytest.raises(ValueError, match="no such file"):
        FastTextQuality.preflight(FastTextQualitySettings(model=str(tmp_path / "none.bin")))
    with pytest.raises(ValueError, match="the recipe says 12"):
        FastTextQuality.preflight(FastTextQualitySettings(model=model, model_bytes=12))
    FastTextQuality.preflight(FastTextQualitySettings(model=model, label="__label__hq"))


def test_fasttext_model_fetched_once_from_a_url_and_checked(models, tmp_path, monkeypatch):
    from stages import model_files
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    model, card, _ = models
    monkeypatch.setenv("CC_PIPELINE_CACHE", str(tmp_path / "cache"))
    served = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            served.append(self.path)

    server = HTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(model.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/{model.name}"
        wrong = FastTextQualitySettings(model=url, model_sha256="0" * 64)
        with pytest.raises(ValueError, match="downloaded file has sha256"):
            FastTextQuality.preflight(wrong)
        assert not model_files.cached_path(url).exists()  # a bad download is not kept
        good = FastTextQualitySettings(model=url, model_sha256=card["sha256"],
                                       model_bytes=card["bytes"])
        FastTextQuality.preflight(good)
        step = FastTextQuality(good)  # a worker: from the cache, no second download
        assert step.scores(["some text"])[0] >= 0.0
        assert len([p for p in served if p.endswith(model.name)]) == 2
        missing = FastTextQualitySettings(model=url.replace(model.name, "nothing.bin"))
        with pytest.raises(ValueError, match="HTTP 404"):
            FastTextQuality.preflight(missing)
    finally:
        server.shutdown()


def test_settings_and_normalisation():
    from stages.fasttext_quality import FastTextQualitySettings, label_name, normalize
    from stages.edu_quality import EduQualitySettings, int_score

    assert normalize("  A line\nanother\r\nthird\u2028fourth  ") == "A line another third fourth"
    assert normalize("Mixed Case", lowercase=True) == "mixed case"
    assert label_name("__label__hq") == label_name("hq") == "hq"
    assert [int_score(s) for s in (-1.2, 0.4, 2.5, 2.51, 3.49, 7.0)] == [0, 0, 2, 3, 3, 5]
    for bad, message in (({"model": ""}, "model is required"),
                         ({"model": "m.bin", "threshold": 1.5}, "threshold must be in"),
                         ({"model": "m.bin", "annotation": "a b"}, "must be an identifier")):
        with pytest.raises(ValueError, match=message):
            FastTextQualitySettings(**bad)
    with pytest.raises(ValueError, match="threshold must be an integer score"):
        EduQualitySettings(threshold=6)
    with pytest.raises(ValueError, match="batch_tokens must be >= max_tokens"):
        EduQualitySettings(max_tokens=512, batch_tokens=100)


def test_length_packing_keeps_batches_within_the_token_budget():
    from stages.edu_quality import EduQuality

    step = EduQuality.__new__(EduQuality)
    step.batch_tokens = 1000
    lengths = [5, 500, 20, 499, 250, 3, 1000, 7]
    batches = step.batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert max(lengths[i] for i in batch) * len(batch) <= 1000
    assert [lengths[i] for i in batches[0]] == [3, 5, 7, 20]  # short ones together


def test_the_notebook_shows_the_scores_with_no_step_specific_code(classifier_run):
    from tests.test_notebook import NOTEBOOK, PLOTS, execute, printed

    executed = execute(NOTEBOOK, classifier_run)
    images = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs
              if "image/png" in o.get("data", {})]
    assert len(images) == PLOTS + 2  # the default plots, then hq_prob and edu_score
    shown = printed(executed)
    assert "fasttext_quality.hq_prob: threshold" in shown
    assert "edu_quality.edu_score: threshold 3 (edu_score >= 2.5) would keep" in shown


def test_the_shipped_recipes_load():
    from pipeline.recipe import Recipe
    from tests.conftest import REPO

    edu = Recipe.load(REPO / "recipes" / "fineweb_edu.toml")
    assert edu.names[-4:] == ["dedup", "edu_quality", "pii", "tokenize"]
    assert edu.settings("edu_quality").threshold == 3
    dclm = Recipe.load(REPO / "recipes" / "dclm.toml")
    settings = dclm.settings("fasttext_quality")
    assert settings.threshold == 0.018112 and settings.label == "hq"
    assert settings.model.startswith("https://") and settings.annotation == "dclm_score"


def test_actor_resources_ask_for_gpus_only_where_there_are_some():
    from stages.edu_quality import EduQuality, EduQualitySettings
    from stages.fasttext_quality import FastTextQuality, FastTextQualitySettings

    gpu_cluster, cpu_cluster = {"CPU": 64.0, "GPU": 4.0}, {"CPU": 2.0}
    assert EduQuality.actor_resources(EduQualitySettings(), gpu_cluster) == {
        "num_gpus": 1, "num_cpus": 1, "actors": 4}
    assert EduQuality.actor_resources(EduQualitySettings(actors=2), gpu_cluster)["actors"] == 2
    assert EduQuality.actor_resources(EduQualitySettings(), cpu_cluster) is None
    assert EduQuality.actor_resources(EduQualitySettings(device="cpu"), gpu_cluster) is None
    assert EduQuality.actor_resources(EduQualitySettings(actors=1), cpu_cluster) == {
        "num_cpus": 1, "actors": 1}
    assert FastTextQuality.actor_resources(FastTextQualitySettings(model="m.bin"),
                                           gpu_cluster) is None
    assert FastTextQuality.actor_resources(FastTextQualitySettings(model="m.bin", actors=2),
                                           cpu_cluster) == {"num_cpus": 1, "actors": 2}
