"""The cross-file dedup on Ray: large-star/small-star components through shuffle files equal
union-find within 2 log2(n) + 4 rounds; two --slice runs into one output equal one run."""
from __future__ import annotations

import math
import random

import numpy as np
import pytest

from pipeline import dedup as global_dedup
from pipeline.config import Execution, RunError
from pipeline.ray_session import RaySession, progress_bar
from pipeline.run import dedup_components
from pipeline.storage import Storage
from stages import dedup
from tests.conftest import run_cli
from tests.stages.test_dedup import union_find_labels as union_find


@pytest.fixture(scope="module")
def session():
    """The runner's own Ray session (local, two CPUs), as a run holds it."""
    with RaySession(Execution(num_cpus=2, progress=False)) as held:
        held.get()
        yield held


def test_a_local_cluster_runs_without_metrics_and_usage_reports(session):
    """The local cluster's processes (and so its workers) were started with the settings that
    quiet what a run does not use (pipeline.ray_session.QUIET_LOCAL_RAY)."""
    import os

    from pipeline.ray_session import QUIET_LOCAL_RAY

    def environment(names):
        return {name: os.environ.get(name) for name in names}

    [seen] = session.map(environment, [(sorted(QUIET_LOCAL_RAY),)])
    assert seen == {name: os.environ.get(name, value) for name, value in QUIET_LOCAL_RAY.items()}


def components_on_ray(session: RaySession, storage: Storage, src, dst, partitions: int, max_rounds: int = 64):
    """Write the verified edges as the verify tasks do, run the runner's rounds, read labels."""
    first, second = dedup.both_directions(src, dst)
    pieces = dedup.split_by(dedup.node_partition(first, partitions), partitions, first, second)
    for p in range(partitions):  # as if verify task p had written everything
        own = [pieces[q] if q == p else (np.zeros(0, np.int64), np.zeros(0, np.int64))
               for q in range(partitions)]
        storage.write_bytes(f"{global_dedup.COMPONENTS}/0000/{p:05d}.bin",
                            dedup.encode_pieces(own))
    last, rounds = dedup_components(session, storage, partitions, max_rounds,
                                    progress_bar(None, "rounds", False))
    labels = {}
    for q in range(partitions):
        paths = [f"{global_dedup.COMPONENTS}/{last:04d}/{p:05d}.bin" for p in range(partitions)]
        s, d = global_dedup._gather(storage, paths, q, partitions, dedup.EDGE_COLUMNS)
        node, label = dedup.star_labels(s, d)
        labels.update(zip(node.tolist(), label.tolist()))
    steps_left = storage.list(global_dedup.COMPONENTS)
    return labels, rounds, steps_left, last


@pytest.mark.parametrize("graph", ["path", "path_in_order", "random_sparse", "random_dense"])
def test_components_on_ray_equal_union_find_in_log_rounds(session, tmp_path, graph):
    rng = random.Random(graph)
    n = 3000
    ids = [(i % 50) << 32 | i for i in range(n)]  # 50 WARC files
    if graph.startswith("path"):
        if graph == "path":
            rng.shuffle(ids)
        edges = list(zip(ids[1:], ids[:-1]))
    else:
        m = n if graph == "random_sparse" else 2 * n
        edges = [(rng.choice(ids), rng.choice(ids)) for _ in range(m)]
        edges = [(a, b) for a, b in edges if a != b]
    storage = Storage(str(tmp_path))
    labels, rounds, steps_left, last = components_on_ray(
        session, storage, np.array([a for a, _ in edges]), np.array([b for _, b in edges]), 4)
    expected = union_find(edges)
    assert labels == expected
    assert rounds <= 2 * math.log2(len(expected)) + 4, rounds
    # every step's messages were deleted once read; only the last step's edges remain
    assert steps_left == [f"{last:04d}"]


def test_round_limit_on_ray_is_a_one_line_error(session, tmp_path):
    ids = list(range(3000))
    random.Random(4).shuffle(ids)
    with pytest.raises(RunError) as error:
        components_on_ray(session, Storage(str(tmp_path)), np.array(ids[1:]),
                          np.array(ids[:-1]), 4, max_rounds=2)
    assert str(error.value).startswith("dedup: connected components still changing after 2")
    assert "\n" not in str(error.value)


def documents_of(root) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "documents").glob("*.parquet"))}


def without_cluster_sizes(root) -> dict[str, object]:
    """The documents without `minhash_cluster_size`: a kept document's cluster size counts the
    copies of the runs up to its own (docs/languages.md), so an earlier slice's is smaller."""
    import pyarrow.parquet as pq

    return {p.name: pq.read_table(p).drop_columns(["minhash_cluster_size"])
            for p in sorted((root / "documents").glob("*.parquet"))}


def run_slice(output, part: str, *extra: str) -> None:
    result = run_cli("run", "--sample", "--slice", part, "--output", str(output), "--no-progress",
                     *extra)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_later_slice_is_deduplicated_against_the_earlier_ones(tmp_path, sample_run):
    """Slice 0:1, then slice 1:3 into the same output (no flag: the slice is not part of the
    run's identity), give the documents of one run over all three files (the session's sample
    run), byte for byte (the sample's files 1 and 2 hold copies of documents of files 0 and 1),
    through one dedup index under dedup/. (With the default survivor rule this holds where no
    later document is the one its cluster is best kept by, as on the sample; with "id_order"
    always: tests/stages/test_dedup.py.)"""
    one, two = sample_run.parent, tmp_path / "two"
    whole = documents_of(one / "sample-CC-MAIN-2024-10")
    run_slice(two, "0:1")
    first = documents_of(two / "sample-CC-MAIN-2024-10")
    assert sorted(first) == ["part-000000.parquet"]
    run_slice(two, "1:3")
    both = documents_of(two / "sample-CC-MAIN-2024-10")
    assert sorted(both) == ["part-000000.parquet", "part-000001.parquet", "part-000002.parquet"]
    # The later slice's documents are byte for byte one run's; the earlier slice's differ only in
    # the cluster sizes of the documents later copies were found of, which the statistics of
    # both runs complete: the sizes over the whole output are one run's.
    assert both["part-000001.parquet"] == whole["part-000001.parquet"]
    assert both["part-000002.parquet"] == whole["part-000002.parquet"]
    one_docs, two_docs = (without_cluster_sizes(root / "sample-CC-MAIN-2024-10")
                          for root in (one, two))
    assert all(one_docs[name].equals(two_docs[name]) for name in one_docs)
    from pipeline.report import cluster_sizes

    sizes = cluster_sizes(two / "sample-CC-MAIN-2024-10")
    assert sizes.equals(cluster_sizes(one / "sample-CC-MAIN-2024-10")) and sizes.num_rows > 0
    import pyarrow.parquet as pq

    written = pq.read_table(one / "sample-CC-MAIN-2024-10" / "documents",
                            columns=["doc_id", "minhash_cluster_size"])
    by_doc = dict(zip(written["doc_id"].to_pylist(), written["minhash_cluster_size"].to_pylist()))
    assert all(by_doc[d] == n for d, n in zip(sizes["doc_id"].to_pylist(),
                                              sizes["minhash_cluster_size"].to_pylist()))
    verdicts = sorted(p.name for p in (two / "sample-CC-MAIN-2024-10" / "dedup" / "verdicts").iterdir())
    assert verdicts == ["000000.bin", "000001.bin", "000002.bin"]
    removed = sum(len(global_dedup.file_labels(Storage(str(two / "sample-CC-MAIN-2024-10")), 0, i))
                  for i in (1, 2))
    assert removed >= 15  # the sample plants 8 + 7 copies across files, and more within them
    # The same slice again is complete: nothing to do.
    again = run_cli("run", "--sample", "--slice", "1:3", "--output", str(two), "--no-progress")
    assert again.returncode == 0 and "nothing to do" in again.stdout


def _square_inside_gauge(i, gauge):
    import time as clock

    import ray

    ray.get(gauge.enter.remote())
    clock.sleep(0.05)
    ray.get(gauge.leave.remote())
    return i * i


def test_dedup_phases_keep_a_bounded_window_of_tasks_in_flight(session):
    """Issue 16: the dedup phases submit at most `window` tasks at a time, results in order."""
    ray = session.get()

    @ray.remote(num_cpus=0)
    class Gauge:
        def __init__(self):
            self.now = self.most = 0

        def enter(self):
            self.now += 1
            self.most = max(self.most, self.now)

        def leave(self):
            self.now -= 1

        def peak(self):
            return self.most

    gauge = Gauge.remote()
    results = session.map(_square_inside_gauge, [(i, gauge) for i in range(40)], window=3)
    assert results == [i * i for i in range(40)]
    assert 1 <= ray.get(gauge.peak.remote()) <= 3


def _star_of_copies(root) -> list[str]:
    """A mirror of two WARC files: file 0 holds three copies of an English article, each with a
    different 7% stretch of its words replaced (each copy at Jaccard ~0.87 from the article, the
    copies ~0.75 from each other), file 1 the article itself, last by doc id. Returns the URLs
    in doc-id order (the three copies, then the article)."""
    import gzip

    from tests.tiny_warcs import SNAPSHOT, english_paragraphs
    from tests.warc_builder import WarcBuilder, html_page

    paragraphs = max(english_paragraphs(), key=lambda page: sum(len(p.split()) for p in page))
    words = [p.split() for p in paragraphs]
    where = [(i, j) for i, p in enumerate(words) for j in range(len(p))]
    vocabulary = sorted({w for p in words for w in p if w.isalpha() and len(w) >= 5})
    run = round(0.07 * len(where))
    rng = random.Random(5)
    copies = []
    for k in range(3):  # three disjoint stretches, so that the copies differ from each other
        edited = [list(p) for p in words]
        for i, j in where[(2 * k + 1) * run:(2 * k + 2) * run]:
            edited[i][j] = rng.choice(vocabulary)
        copies.append([" ".join(p) for p in edited])
    folder = f"crawl-data/{SNAPSHOT}/segments/star/warc"
    (root / folder).mkdir(parents=True)
    urls, listed = [], []
    for index, pages in enumerate((copies, [paragraphs])):
        builder = WarcBuilder(seed=index * 1000)
        for number, page in enumerate(pages):
            urls.append(f"https://star{index}.example/{number}")
            builder.response(urls[-1], html_page("A star of copies", page).encode())
        listed.append(f"{folder}/star-{index:06d}.warc.gz")
        (root / listed[-1]).write_bytes(builder.bytes())
    (root / "crawl-data" / SNAPSHOT / "warc.paths.gz").write_bytes(
        gzip.compress(("\n".join(listed) + "\n").encode(), mtime=0))
    return urls


def test_the_survivor_rule_reaches_the_dedup_tasks(tmp_path):
    """Through the CLI: by default ("cover") the article in the middle of its three copies is
    kept and the copies are removed as its duplicates, though they come first by doc id; a
    recipe with survivors = "id_order" keeps the copies and removes the article, and the
    output's dedup index records the rule."""
    import json

    import pyarrow.parquet as pq

    urls = _star_of_copies(tmp_path / "mirror")

    def run(output, *extra):
        result = run_cli("run", "--snapshot", "CC-MAIN-2024-10", "--data-root", str(tmp_path / "mirror"),
                         "--output", str(output), "--no-progress", "--no-prefilter", *extra)
        assert result.returncode == 0, result.stdout + result.stderr
        root = output / "CC-MAIN-2024-10"
        kept = sorted(url for path in sorted((root / "documents").glob("*.parquet"))
                      for url in pq.read_table(path, columns=["url"])["url"].to_pylist())
        rows = [row for path in sorted((root / "stats").glob("finish-*.parquet"))
                for row in pq.read_table(path, columns=["stage", "url", "reason"]).to_pylist()]
        removed = sorted(row["url"] for row in rows if row["stage"] == "dedup" and row["reason"] == "near_duplicate")
        return root, kept, removed

    root, kept, removed = run(tmp_path / "cover")
    assert kept == [urls[3]] and removed == urls[:3]
    assert json.loads((root / "dedup" / "settings.json").read_text())["survivors"] == "cover"
    recipe = json.loads((root / "config.json").read_text())["recipe"]
    for step in recipe:
        if step["step"] == "dedup":
            step["survivors"] = "id_order"
    (tmp_path / "id_order.json").write_text(json.dumps({"steps": recipe}))
    root, kept, removed = run(tmp_path / "id_order", "--recipe", str(tmp_path / "id_order.json"))
    assert kept == urls[:3] and removed == [urls[3]]
    assert json.loads((root / "dedup" / "settings.json").read_text())["survivors"] == "id_order"


def test_an_index_from_before_the_survivor_rules_goes_on_with_the_default(tmp_path):
    """dedup/settings.json written before `survivors` existed: its earlier verdicts stay fixed
    under either rule, so it reads as today's default and a default recipe goes on with it; a
    recipe with the other rule is the one-line settings error."""
    import dataclasses
    import json

    storage = Storage(str(tmp_path))
    old = {k: v for k, v in dataclasses.asdict(dedup.DedupSettings()).items() if k != "survivors"}
    storage.write_text(global_dedup.SETTINGS, json.dumps(dict(old, partitions=8), sort_keys=True))
    settings, partitions = global_dedup.index_settings(storage)
    assert settings == dedup.DedupSettings() and settings.survivors == "cover" and partitions == 8
    global_dedup.check_settings(storage, dedup.DedupSettings())
    with pytest.raises(ValueError, match=r"other dedup settings \(survivors\)"):
        global_dedup.check_settings(storage, dedup.DedupSettings(survivors="id_order"))
