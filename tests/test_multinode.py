"""The sample on a real two-node Ray cluster on this machine, joined with `--ray-address`.

Two `ray start --block` processes form the cluster: a head node (127.0.0.2) and a second node
(127.0.0.3), each with one CPU, its own ports and its own temp dir (so each has its own raylet,
object store and logs, as two machines would). `pipeline run --ray-address` joins it in a
subprocess, as a user would, and its outputs must equal a local run's byte for byte.

Cleanup kills exactly the processes these two `ray start`s began: each runs in its own session
(`start_new_session`), and Ray's workers stay in that session (they only change process group),
so the test kills by session id. Never `ray stop`: it kills every Ray instance on the machine,
other tests' local clusters included.

Ray >= 2.5x turns token authentication on for `ray start --head` when ~/.ray/auth_token exists,
but not for `ray start --address` or `ray.init(address=...)`; the test gives all three processes
the same fresh `RAY_AUTH_TOKEN` with `RAY_AUTH_MODE=token`, so it never depends on ~/.ray.
"""
from __future__ import annotations

import gzip
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.snapshot import SAMPLE_DATA_ROOT, SAMPLE_SNAPSHOT
from tests.conftest import REPO

HEAD_IP, NODE_IP = "127.0.0.2", "127.0.0.3"
START_TIMEOUT_S = 60    # each node: from `ray start` to registered in the cluster
RUN_TIMEOUT_S = 150     # `pipeline run --sample` (~40 s on 2 cores)
STOP_TIMEOUT_S = 10     # SIGTERM grace before SIGKILL, then the same again to see them gone
PIPELINE_TASKS = ("filter_warc_file", "group_bands", "bucket", "attach", "verify",
                  "component_step", "route", "survivors", "write_verdicts", "finish_warc_file")


_GIVEN_PORTS: set[int] = set()


def free_port() -> int:
    """A port free now and never given before in this process: the OS may hand a just-released
    port out again, and two Ray components on one port make `ray start` exit (seen in CI:
    dashboard_agent_grpc and dashboard_agent_http both on one port)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in _GIVEN_PORTS:
            _GIVEN_PORTS.add(port)
            return port


def loopback_aliases_work() -> bool:
    """127.0.0.0/8 is all loopback on Linux; elsewhere (macOS) only 127.0.0.1 may be bound."""
    for ip in (HEAD_IP, NODE_IP):
        with socket.socket() as sock:
            try:
                sock.bind((ip, 0))
            except OSError:
                return False
    return True


# --- processes, by session ---------------------------------------------------------------------

def session_members(session_id: int) -> list[int]:
    """Live (non-zombie) processes whose session is `session_id`, from /proc."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # exited while we looked
            continue
        # fields after "(comm)": state ppid pgrp session ...; comm itself may hold spaces
        state, _ppid, _pgrp, session = stat.rsplit(")", 1)[1].split()[:4]
        if int(session) == session_id and state != "Z":
            members.append(int(entry))
    return members


def kill_sessions(session_ids: list[int]) -> list[int]:
    """SIGTERM every process of these sessions, SIGKILL what is left after a grace period;
    returns the processes still alive afterwards (should be none)."""
    def signal_all(sig: int) -> None:
        for session_id in session_ids:
            for pid in session_members(session_id):
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass

    def wait_gone(seconds: float) -> list[int]:
        deadline = time.monotonic() + seconds
        while True:
            left = [pid for s in session_ids for pid in session_members(s)]
            if not left or time.monotonic() > deadline:
                return left
            time.sleep(0.2)

    signal_all(signal.SIGTERM)
    if wait_gone(STOP_TIMEOUT_S / 2):
        signal_all(signal.SIGKILL)  # Ray's gcs_server and `ray start --block` ignore SIGTERM a while
    return wait_gone(STOP_TIMEOUT_S)


# --- the cluster -------------------------------------------------------------------------------

class TwoNodeCluster:
    def __init__(self, temp_root: Path):
        self.temp_root = temp_root
        self.port = free_port()
        self.address = f"{HEAD_IP}:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
        self.env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(32),
                        RAY_USAGE_STATS_ENABLED="0")
        self.processes: dict[str, subprocess.Popen] = {}

    def node_args(self, name: str, ip: str) -> list[str]:
        # Two raylets on one machine: every port distinct (0 = let the OS pick for workers),
        # and a temp dir per node. AF_UNIX socket paths are limited to 107 bytes, so the temp
        # dir must be short (pytest's tmp_path is too deep).
        return ["--node-ip-address", ip, "--num-cpus", "1", "--disable-usage-stats",
                "--node-manager-port", str(free_port()),
                "--object-manager-port", str(free_port()),
                "--min-worker-port", "0", "--max-worker-port", "0",
                "--dashboard-agent-listen-port", str(free_port()),
                "--dashboard-agent-grpc-port", str(free_port()),
                "--runtime-env-agent-port", str(free_port()),
                "--metrics-export-port", str(free_port()),
                "--object-store-memory", str(256 * 2**20),
                "--temp-dir", str(self.temp_root / name), "--block"]

    def start_node(self, name: str, args: list[str]) -> None:
        log = open(self.temp_root / f"{name}.log", "w")
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", "ray.scripts.scripts", "start", *args], env=self.env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()

    def start(self) -> None:
        self.start_node("head", ["--head", "--port", str(self.port),
                                 "--resources", '{"head": 1}', "--include-dashboard=false",
                                 "--dashboard-port", str(free_port()),
                                 "--ray-client-server-port", str(free_port()),
                                 *self.node_args("head", HEAD_IP)])
        # The head writes its address file once its GCS is up.
        self.wait_for(lambda: (self.temp_root / "head" / "ray_current_cluster").exists(),
                      "the head node to start")
        self.start_node("node", ["--address", self.address, "--resources", '{"node": 1}',
                                 "--include-log-monitor=false", *self.node_args("node", NODE_IP)])
        self.wait_for(lambda: len(self.alive_nodes()) == 2, "2 alive nodes")

    def wait_for(self, condition, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not condition():
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise AssertionError(f"`ray start` of the {name} node exited with "
                                         f"{process.returncode}:\n{self.log_tail(name)}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {START_TIMEOUT_S} s waiting for {what}:\n"
                                     + "\n".join(self.log_tail(n) for n in self.processes))
            time.sleep(0.5)

    def log_tail(self, name: str) -> str:
        lines = (self.temp_root / f"{name}.log").read_text(errors="replace").splitlines()
        return "\n".join(lines[-15:])

    def alive_nodes(self) -> list[dict]:
        """The cluster's alive nodes (ip, CPUs, custom resources), asked by a fresh driver."""
        code = ("import json, ray\n"
                f"ray.init(address={self.address!r}, logging_level='ERROR')\n"
                "print(json.dumps([{'ip': n['NodeManagerAddress'], 'id': n['NodeID'],\n"
                "    'resources': n['Resources']} for n in ray.nodes() if n['Alive']]))\n")
        result = subprocess.run([sys.executable, "-c", code], env=self.env, capture_output=True,
                                text=True, timeout=START_TIMEOUT_S)
        if result.returncode != 0:
            return []
        return json.loads(result.stdout.strip().splitlines()[-1])

    def tasks_per_node(self) -> dict[str, Counter]:
        """Task names each node's workers ran, from Ray's `:task_name:` markers in worker logs
        (the state API needs the full dashboard, which this cluster does not start)."""
        ran = {}
        for name in self.processes:
            counts = Counter()
            for log in (self.temp_root / name / "session_latest" / "logs").glob("worker-*.out"):
                for line in log.read_text(errors="replace").splitlines():
                    if line.startswith(":task_name:"):
                        counts[line.removeprefix(":task_name:")] += 1
            ran[name] = counts
        return ran

    def stop(self) -> list[int]:
        left = kill_sessions([process.pid for process in self.processes.values()])
        for process in self.processes.values():
            try:
                process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                pass
        return left


@pytest.fixture
def two_node_cluster():
    if not sys.platform.startswith("linux") or not loopback_aliases_work():
        pytest.skip("needs Linux /proc and loopback aliases 127.0.0.2 / 127.0.0.3")
    temp_root = Path(tempfile.mkdtemp(prefix="ray2n-", dir="/tmp"))
    cluster = TwoNodeCluster(temp_root)
    try:
        cluster.start()
        yield cluster
    finally:
        left = cluster.stop()
        shutil.rmtree(temp_root, ignore_errors=True)
        if left:
            raise AssertionError(f"Ray processes of the test cluster still alive: {left}")


def run_pipeline(env: dict, *args: str) -> subprocess.CompletedProcess:
    """`pipeline run` in its own session, killed with everything it started on timeout."""
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", *args], cwd=REPO,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        kill_sessions([process.pid])
        stdout, stderr = process.communicate()
        raise AssertionError(f"pipeline run took over {RUN_TIMEOUT_S} s:\n{stdout}\n{stderr}")
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


# --- comparing two runs' outputs --------------------------------------------------------------

def output_files(root: Path) -> dict[str, Path]:
    files = {}
    for folder in ("stats", "documents", "tokens"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                files[str(path.relative_to(root))] = path
    return files


def describe_difference(name: str, local: Path, cluster: Path) -> str:
    if name.endswith(".parquet"):
        a, b = pq.read_table(local), pq.read_table(cluster)
        if a.equals(b):
            return f"{name}: same rows, different bytes (Parquet metadata)"
        return f"{name}: rows differ ({a.num_rows} local vs {b.num_rows} on the cluster)"
    return f"{name}: {local.stat().st_size} vs {cluster.stat().st_size} bytes"


def without_timings(summary: dict) -> dict:
    return {stage: ({k: v for k, v in row.items() if k != "seconds"}
                    if isinstance(row, dict) else row) for stage, row in summary.items()}


def repeated_sample(root: Path, copies: int) -> Path:
    """A mirror in Common Crawl's layout holding the sample's WARC files `copies` times over,
    under new file numbers."""
    sample = Path(SAMPLE_DATA_ROOT)
    listing = sample / "crawl-data" / SAMPLE_SNAPSHOT / "warc.paths.gz"
    paths = gzip.decompress(listing.read_bytes()).decode().split()
    written = []
    for copy in range(copies):
        for number, path in enumerate(paths):
            stem = path.removesuffix(".warc.gz").rsplit("-", 1)[0]
            new = f"{stem}-{100 + copy * len(paths) + number:05d}.warc.gz"
            (root / new).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sample / path, root / new)
            written.append(new)
    listing_out = root / "crawl-data" / SAMPLE_SNAPSHOT / "warc.paths.gz"
    listing_out.write_bytes(gzip.compress(("\n".join(written) + "\n").encode()))
    return root


# --- the test ----------------------------------------------------------------------------------

def test_sample_on_two_node_cluster_equals_local_run(sample_run, two_node_cluster, tmp_path):
    cluster = two_node_cluster
    nodes = cluster.alive_nodes()
    assert sorted(n["ip"] for n in nodes) == [HEAD_IP, NODE_IP]
    assert all(n["resources"].get("CPU") == 1.0 for n in nodes)

    started = time.monotonic()
    output = tmp_path / "cluster_out"
    result = run_pipeline(cluster.env, "--sample", "--ray-address", cluster.address,
                          "--output", str(output), "--no-progress")
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    root = output / sample_run.name

    # Both nodes still there after the run, and both ran pipeline tasks. Ray may rightly give
    # every file of the first run to the head while the other node's worker is still starting
    # (seen on a loaded machine: {'warm_worker': 1} there); a second run on the now warm cluster
    # must then use both nodes (the logs count both runs' tasks).
    assert sorted(n["ip"] for n in cluster.alive_nodes()) == [HEAD_IP, NODE_IP]
    ran = cluster.tasks_per_node()
    if any(sum(counts[t] for t in PIPELINE_TASKS) == 0 for counts in ran.values()):
        # a second run gets new workers, which warm up again: so it gets 4 times the files
        mirror = repeated_sample(tmp_path / "mirror", copies=4)
        again = run_pipeline(cluster.env, "--snapshot", SAMPLE_SNAPSHOT, "--data-root",
                             str(mirror), "--ray-address", cluster.address,
                             "--output", str(tmp_path / "cluster_again"), "--no-progress")
        assert again.returncode == 0, f"{again.stdout}\n{again.stderr}"
        ran = cluster.tasks_per_node()
    for name, counts in ran.items():
        pipeline_tasks = sum(counts[t] for t in PIPELINE_TASKS)
        assert pipeline_tasks > 0, f"the {name} node ran no pipeline task: {dict(counts)}"
    assert sum(ran[n]["filter_warc_file"] for n in ran) >= 3  # every file (retries add more)
    assert sum(ran[n]["finish_warc_file"] for n in ran) >= 3

    # The same outputs as the local run, byte for byte.
    local_files, cluster_files = output_files(sample_run), output_files(root)
    assert sorted(cluster_files) == sorted(local_files)
    assert any(name.startswith("tokens/shard_") for name in local_files)
    different = [describe_difference(name, local_files[name], cluster_files[name])
                 for name in local_files
                 if local_files[name].read_bytes() != cluster_files[name].read_bytes()]
    assert not different, "outputs differ from the local run:\n" + "\n".join(different)
    local_summary = json.loads((sample_run / "summary.json").read_text())
    cluster_summary = json.loads((root / "summary.json").read_text())
    assert without_timings(cluster_summary) == without_timings(local_summary)
    local_config = json.loads((sample_run / "config.json").read_text())
    cluster_config = json.loads((root / "config.json").read_text())
    # the same identity; where it ran (output, --ray-address) is recorded, not compared
    assert ({**cluster_config, "output": None, "execution": None}
            == {**local_config, "output": None, "execution": None})
    assert cluster_config["execution"]["ray_address"] == cluster.address
    assert not (root / "work").exists()  # intermediates removed, as locally
    print(f"two-node run: {seconds:.1f} s; tasks per node: "
          + "; ".join(f"{n}: {dict(c)}" for n, c in ran.items()))

    # A step of the user's own module (beside its recipe, outside the package, on no node's
    # sys.path), on a pool of one actor: Ray ships the module to both nodes with the job.
    from tests.test_user_steps import check_user_step_output, write_user_folder

    recipe = write_user_folder(tmp_path / "my_project", "origin_steps:Origin", actors=1)
    result = run_pipeline(cluster.env, "--sample", "--ray-address", cluster.address,
                          "--recipe", str(recipe), "--output", str(tmp_path / "own_step"),
                          "--no-progress")
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    check_user_step_output(tmp_path / "own_step" / sample_run.name, in_actor=True)
