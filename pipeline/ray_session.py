"""The run's Ray, and the only module that imports it: starting a local cluster (early, in a
background thread, while the driver imports and checks) or joining one (`--ray-address`),
shipping the user's step modules to every worker, submitting work with a bounded window of tasks
in flight, and stopping everything a run started, even after a `kill -9` of an earlier driver.

The plan (pipeline/run.py) calls `RaySession.map` and `RaySession.each` with plain functions
(pipeline/tasks.py, pipeline/dedup.py) and never sees a Ray object.
"""
from __future__ import annotations

import fcntl
import json
import os
import signal
import sys
import threading
import time

from pipeline.config import Execution, RunConfig, RunError, normalize_output
from pipeline.layout import Layout
from pipeline.tasks import warm_worker
from stages.base import Doc


def ray_record_path(layout: Layout) -> str:
    """Where a run notes the Ray processes it started: beside `.lock` for a local output, else
    in the temporary folder (keyed by the output URL)."""
    return record_path_of(layout.storage, layout.url)


def record_path_of(storage, url: str) -> str:
    """`ray_record_path` for any output (`pipeline tokenize`'s too): `storage` (a
    pipeline.storage.Storage) and its URL."""
    if storage.is_local:
        return storage.path(".ray-processes.json")
    import hashlib
    import tempfile

    key = hashlib.sha256(url.encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"cc-pipeline-{os.getuid()}-ray-{key}.json")


def stop_stale_ray(path: str) -> None:
    """Stop the Ray processes a killed run started (a `kill -9` of the driver leaves raylet's
    agents, GCS and idle workers running). Only processes noted by a driver that is gone, and
    only if each is still the same process (pid and start time)."""
    import psutil

    try:
        with open(path) as handle:
            record = json.load(handle)
    except (OSError, ValueError):
        return
    if _same_process(psutil, *record["driver"]) is None:
        stale = [p for p in (_same_process(psutil, pid, at) for pid, at in record["processes"])
                 if p is not None]
        for process in stale:
            try:
                process.terminate()
            except psutil.Error:
                pass
        _, alive = psutil.wait_procs(stale, timeout=5)
        for process in alive:
            try:
                process.kill()
            except psutil.Error:
                pass
        if stale:
            print(f"pipeline: stopped {len(stale)} Ray processes left by a killed run "
                  f"(driver pid {record['driver'][0]})", flush=True)
        try:
            os.unlink(path)
        except OSError:
            pass


def _same_process(psutil, pid: int, started: float):
    try:
        process = psutil.Process(pid)
        return process if abs(process.create_time() - started) < 0.01 else None
    except psutil.Error:
        return None


def start_ray(output: str, folder: str, execution: Execution,
              py_modules: list[str] = ()) -> RaySession | None:
    """Start Ray in a background thread now, when the run will need it (a local output folder
    with no progress yet): ray.init spends seconds waiting for its processes, which then overlap
    the driver's imports and checks, and the workers build the steps meanwhile (`warm`). None
    otherwise: Ray starts on first use, if some work is left. Pass the session to `run`."""
    if "://" in output:
        return None
    root = os.path.join(normalize_output(output), folder)
    try:
        if os.listdir(os.path.join(root, Layout.PROGRESS)):
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        with open(os.path.join(root, ".lock"), "rb") as lock:
            fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)  # released on close
    except BlockingIOError:
        return None  # another run is writing there: this one will be refused (_RunLock)
    except OSError:
        pass
    return RaySession(execution, py_modules).start()



class HeldRayLogs:
    """A filter on the "ray" logger's handlers while Ray starts: what Ray logs then (its
    token-authentication notice) is held, and dropped once Ray is up (`release(show=False)`), so
    that a run prints its own lines only (and one stopped by a mistake its one-line error);
    `--verbose` shows them (no filter).
    ray.init's warning that a thread other than the main one sets no SIGTERM handler is dropped:
    `RaySession.start` sets the handler ray.init would."""

    def __init__(self):
        import logging

        self.handlers = list(logging.getLogger("ray").handlers)
        self.held: list = []
        self.holding = True
        self._lock = threading.Lock()
        for handler in self.handlers:
            handler.addFilter(self)

    def filter(self, record) -> bool:
        if "SIGTERM handler is not set" in record.getMessage():
            return False
        with self._lock:
            if not self.holding:
                return True
            if not any(record is seen for seen in self.held):  # once, whatever the handlers
                self.held.append(record)
            return False

    def release(self, show: bool) -> None:
        with self._lock:
            self.holding = False
            held, self.held = self.held, []
        for handler in self.handlers:
            handler.removeFilter(self)
            for record in held if show else ():
                if record.levelno >= handler.level:
                    handler.handle(record)


def stop_autoscaler_monitor() -> None:
    """Kill our local cluster's autoscaler monitor before `ray.shutdown`. Ray stops the GCS
    first and then gives the monitor a second to exit on SIGTERM, which it spends failing to
    report its end to the GCS that is gone, then kills it: a second of every run's wall time.
    Nothing of the run's output depends on it."""
    import psutil

    for child in psutil.Process().children():
        try:
            if any(part.endswith(os.path.join("autoscaler", "_private", "monitor.py"))
                   for part in child.cmdline()):
                child.kill()
                child.wait(timeout=5)
        except (psutil.Error, psutil.TimeoutExpired):
            pass


# What a local cluster's own processes do for every second a run lasts, and a run does not use
# (it starts no dashboard): metrics collection and the agent's per-process reports for it, usage
# statistics, and the log monitor's search for new log files ten times a second (twice a second
# with this; a worker's printed lines still reach the driver as they come). About a third less
# CPU while a run lasts, 0.003-0.005 of a core (BENCHMARKS.md, "Runner and text steps, back to
# back"). A value set in the environment wins; a cluster joined with --ray-address is left as
# it is.
QUIET_LOCAL_RAY = {
    "RAY_enable_metrics_collection": "0",
    "REPORTER_UPDATE_INTERVAL_MS": "60000",
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_LOG_MONITOR_MANY_FILES_THRESHOLD": "0",
}


class RaySession:
    """The run's Ray: started by the first phase that has a task to submit (a run with nothing
    left to do never starts it), or early in a background thread (`start_ray`), shut down at
    the end. A local cluster's processes are noted in `ray_record_path` (once the run holds
    its output folder: `attach`) so that the next run stops them if this driver is killed."""

    RECORD_EVERY_S = 30.0
    # Ray's agents (dashboard, runtime env) start seconds after ray.init returns: the record is
    # written again 1, 2, 4, 8 and 16 s after the first time, by a thread, then every
    # RECORD_EVERY_S (a driver killed 6-8 s in left two agents running that no record named).
    FIRST_RECORD_AGAIN_S = 1.0

    def __init__(self, execution: Execution, py_modules: list[str] = ()):
        self.execution = execution
        self.layout: Layout | None = None
        self.ray = None
        self.started = False
        self.cpus = 1
        self.tasks_submitted = 0
        # The recipe's own step modules (steps named by import path): shipped to every worker
        # with the job (Ray takes local modules at ray.init only).
        self.py_modules: list[str] = list(py_modules)
        self._shared: dict[int, tuple] = {}
        self._remote: dict[tuple, object] = {}
        self._recorded_at = 0.0
        self.record_path: str | None = None  # where Ray's processes are noted (`attach`)
        self._record_lock = threading.Lock()
        self._stop_recording = threading.Event()
        self._recorder: threading.Thread | None = None
        self._thread = None
        self._ready = threading.Event()  # ray.init has returned (or failed) in the thread
        self._closed = threading.Event()
        self._failure: BaseException | None = None
        self._lock = threading.Lock()
        self._warm_request: tuple[RunConfig, int] | None = None
        self._warm_refs: list = []
        self._held_logs: HeldRayLogs | None = None
        self._pools: dict | None = None
        self._pools_lock = threading.Lock()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self) -> RaySession:
        """ray.init in a background thread; `get` waits for it."""
        if threading.current_thread() is threading.main_thread():
            # What ray.init sets when called in the main thread: SIGTERM exits through atexit,
            # which shuts Ray down.
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(signum))
        self._thread = threading.Thread(target=self._start_in_background, name="ray-init",
                                        daemon=True)
        self._thread.start()
        return self

    def _start_in_background(self) -> None:
        try:
            self._init()
            with self._lock:
                if self._warm_request is not None:
                    self._submit_warm(*self._warm_request)
        except BaseException as error:  # noqa: BLE001 - raised again by get()
            self._failure = error
        finally:
            self._ready.set()
        # Ray starts its processes with PR_SET_PDEATHSIG, which fires when the *thread* that
        # started them ends: this thread lives until the session is closed.
        self._closed.wait()

    def prepare(self, config: RunConfig, files: int) -> None:
        """Ship the recipe's own step modules (steps named by import path) with every task, and
        have up to `files` workers (one per CPU) build the steps as soon as Ray is up: only when
        Ray was started early, so a run with nothing left to do starts nothing."""
        shipped = config.recipe.shipped_paths
        if self._thread is None and self.ray is None:
            self.py_modules = shipped  # Ray starts later, with them
        elif sorted(shipped) != sorted(self.py_modules):
            raise RunError(f"Ray was started without the recipe's own modules "
                           f"({', '.join(shipped)}): start it with start_ray(..., py_modules)")
        if self._thread is None:
            return
        with self._lock:
            if self.ray is None:
                self._warm_request = (config, files)
            else:
                self._submit_warm(config, files)

    def _submit_warm(self, config: RunConfig, files: int) -> None:
        task = self._remote_function(warm_worker, retries=0, retry_exceptions=False)
        pools = self.step_pools(config.recipe)
        self._warm_refs = [task.remote(self.share(config), pools)
                           for _ in range(min(files, self.cpus))]

    def step_pools(self, recipe) -> dict:
        """The actor pools of the recipe's steps that ask for one (stages.base.Step
        .actor_resources: a model per GPU, or one too large to load in every worker), created
        once: {step name: StepPool}, passed to the file tasks (tasks.worker_steps)."""
        with self._pools_lock:
            if self._pools is None:
                ray = self._ray()
                cluster = ray.cluster_resources()
                pools, cpus_held = {}, 0
                for step in recipe.steps:
                    wanted = step.step_class.actor_resources(step.settings, cluster)
                    if not wanted:
                        continue
                    count = int(wanted.get("actors", 1))
                    options = {"num_cpus": wanted.get("num_cpus", 1),
                               "num_gpus": wanted.get("num_gpus", 0)}
                    cpus_held += count * options["num_cpus"]
                    if cpus_held >= cluster.get("CPU", 0):
                        raise RunError(f"step {step.name}: a pool of {count} actor(s) of "
                                       f"{options['num_cpus']} CPU each leaves none of the "
                                       f"cluster's {cluster.get('CPU', 0):g} CPUs to the file "
                                       f"tasks; set the step's `actors` lower")
                    actor = ray.remote(StepActor).options(**options)
                    pools[step.name] = StepPool(step.name, [actor.remote(step)
                                                            for _ in range(count)])
                self._pools = pools
            return self._pools

    def attach(self, layout: Layout) -> None:
        """The run holds `layout`'s lock now: note Ray's processes there from here on."""
        self.layout = layout
        self.attach_record(ray_record_path(layout))

    def attach_record(self, path: str) -> None:
        """Note Ray's processes in `path` from here on (`ray_record_path`, `record_path_of`)."""
        self.record_path = path
        if self.ray is not None:
            self.note_processes(force=True)

    def _record_again(self) -> None:
        """The recorder thread: the record written again at growing intervals (see
        FIRST_RECORD_AGAIN_S) until the session closes."""
        delay = self.FIRST_RECORD_AGAIN_S
        while not self._stop_recording.wait(delay):
            try:
                self.note_processes(force=True)
            except Exception:  # noqa: BLE001 - a record not written now is written later
                pass
            delay = min(self.RECORD_EVERY_S, 2 * delay)

    def _release_logs(self, show: bool) -> None:
        if self._held_logs is not None:
            self._held_logs.release(show)
            self._held_logs = None

    def close(self) -> None:
        if self._thread is not None:
            self._ready.wait()
            self._release_logs(show=False)  # not shown if the run never used Ray
        self._stop_recording.set()
        if self._recorder is not None:
            self._recorder.join()
            self._recorder = None
        if self.ray is not None:
            if self.execution.ray_address is None:
                stop_autoscaler_monitor()
            self.ray.shutdown()
            self.ray = None
            if self.execution.ray_address is None and self.record_path is not None:
                try:
                    os.unlink(self.record_path)
                except OSError:
                    pass
        if self._thread is not None:
            self._closed.set()
            self._thread.join()
            self._thread = None

    def get(self):
        if self._thread is not None:
            self._ready.wait()
            self._release_logs(show=False)
            if self._failure is not None:
                raise self._failure
        elif self.ray is None:
            self._init()
            self._release_logs(show=False)
        if not self._recorded_at:
            self.note_processes(force=True)
        return self.ray

    def _ray(self):
        """Ray itself: already up in the background thread that started it (which must not wait
        for itself through `get`), else `get`."""
        return self.ray if self.ray is not None else self.get()

    def _init(self) -> None:
        import ray

        if not self.execution.verbose:
            self._held_logs = HeldRayLogs()  # Ray's start-up notices: shown with --verbose only
        # Workers see the driver's network settings (snapshot.RetryPolicy) wherever they run.
        # Model caches and offline switches reach them too (Hugging Face: HF_HOME, HF_HUB_OFFLINE).
        env_vars = {k: v for k, v in os.environ.items()
                    if k.startswith(("PIPELINE_", "HF_", "TRANSFORMERS_"))
                    or k == "TIKTOKEN_CACHE_DIR"}
        runtime_env = {"env_vars": env_vars} if env_vars else {}
        if self.py_modules:
            runtime_env["py_modules"] = self.py_modules
        runtime_env = runtime_env or None
        if self.execution.ray_address:
            ray.init(address=self.execution.ray_address, logging_level="WARNING",
                     runtime_env=runtime_env)
        else:
            for name, value in QUIET_LOCAL_RAY.items():
                os.environ.setdefault(name, value)  # the processes ray.init starts read them
            # address="local": never join a cluster that RAY_ADDRESS or a stale
            # /tmp/ray/ray_current_cluster points at; --ray-address is the way to join one.
            from pipeline.config import env_num_cpus

            ray.init(address="local", num_cpus=self.execution.num_cpus or env_num_cpus(),
                     include_dashboard=False, logging_level="WARNING", runtime_env=runtime_env)
        self.cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.ray, self.started = ray, True

    # -- work ------------------------------------------------------------------------------

    def share(self, value):
        """`value` (the run's config, a list of file indexes) put in the object store once;
        pass what this returns to `map`/`each` instead of the value itself."""
        if id(value) not in self._shared:
            self._shared[id(value)] = (value, self._ray().put(value))
        return self._shared[id(value)][1]

    def map(self, function, calls: list[tuple], window: int | None = None) -> list:
        """`function(*arguments)` for each tuple of `calls`, as Ray tasks of one CPU each, with
        at most `window` (default: twice the cluster's CPUs) in flight; the results in order.
        A task is retried 3 times, on any exception too (the dedup tasks read and write whole
        files, so running one again is safe); then its error propagates, as from ray.get."""
        results: list = [None] * len(calls)
        numbered = list(enumerate(calls))
        for (number, _), result, error in self._windowed(
                function, numbered, lambda call: call[1], retry_exceptions=True, window=window):
            if error is not None:
                raise error
            results[number] = result
        return results

    def each(self, function, items: list, arguments, description: str):
        """`function(*arguments(item))` for each item as a Ray task of one CPU, at most twice
        the cluster's CPUs in flight, with a progress bar; yields (item, result, error) as
        they finish. A task is retried 3 times when its worker dies; an exception is not
        retried (the caller counts the file as failed): `error` is set then."""
        yield from self._windowed(function, items, arguments, retry_exceptions=False,
                                  description=description)

    def _remote_function(self, function, retries: int, retry_exceptions: bool):
        key = (function, retries, retry_exceptions)
        if key not in self._remote:
            options = {"num_cpus": 1, "max_retries": retries,
                       "retry_exceptions": retry_exceptions}
            self._remote[key] = self._ray().remote(**options)(function)
        return self._remote[key]

    def _windowed(self, function, items: list, arguments, retry_exceptions: bool,
                  window: int | None = None, description: str | None = None):
        """The one submit loop: at most `window` tasks in flight, every finished task collected
        at each wait (so driver CPU per task is constant: a wait looks at the window, never at
        all N tasks); yields (item, result, error)."""
        from ray.exceptions import RayError

        ray = self.get()
        task = self._remote_function(function, 3, retry_exceptions)
        window = window or 2 * self.cpus
        bar = progress_bar(len(items), description, self.execution.progress and bool(description))
        queue = iter(items)
        pending: dict = {}
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < window:
                    item = next(queue, _END)
                    if item is _END:
                        exhausted = True
                        break
                    pending[task.remote(*arguments(item))] = item
                    self.tasks_submitted += 1
                if not pending:
                    break
                ready, rest = ray.wait(list(pending), num_returns=1)
                if rest:
                    ready += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
                for ref in ready:
                    item = pending.pop(ref)
                    try:
                        yield item, ray.get(ref), None
                    except RayError as error:
                        yield item, None, error
                bar.update(len(ready))
                self.note_processes()
        finally:
            bar.close()

    def note_processes(self, force: bool = False) -> None:
        if self.execution.ray_address is not None or self.record_path is None or (
                not force and time.monotonic() - self._recorded_at < self.RECORD_EVERY_S):
            return
        import psutil

        with self._record_lock:
            if self._stop_recording.is_set() and self.ray is None:
                return  # closed: the record is removed, not written again
            me = psutil.Process()
            processes = []
            for child in me.children(recursive=True):
                try:
                    processes.append([child.pid, child.create_time()])
                except psutil.Error:
                    pass
            path = self.record_path
            temporary = f"{path}.tmp-{os.getpid()}"
            with open(temporary, "w") as handle:
                json.dump({"driver": [me.pid, me.create_time()], "processes": processes}, handle)
            os.replace(temporary, path)
            first = not self._recorded_at
            self._recorded_at = time.monotonic()
            if first and self._recorder is None and not self._stop_recording.is_set():
                self._recorder = threading.Thread(target=self._record_again, name="ray-record",
                                                  daemon=True)
                self._recorder.start()


_END = object()


class StepActor:
    """A Ray actor holding one recipe step, built once (its model loaded once, on its GPU when
    it asked for one); `call` is the step on a batch."""

    def __init__(self, recipe_step):
        self.step = recipe_step.step_class(recipe_step.settings)

    def call(self, docs: list[Doc]) -> list:
        return self.step(docs)


class StepPool:
    """What a file task holds in place of a step that runs on actors: it sends each batch's
    documents (url, payload, text, annotations; not the per-process cache) to one actor of the
    pool, in turn from a start that differs between worker processes, and returns that actor's
    decisions. The runner applies them as a local step's (tasks.apply_step)."""

    def __init__(self, name: str, actors: list):
        self.name, self.actors, self._turn = name, actors, None

    def __call__(self, docs) -> list:
        import ray

        if self._turn is None:
            self._turn = os.getpid()
        actor = self.actors[self._turn % len(self.actors)]
        self._turn += 1
        sent = [Doc(url=d.url, payload=d.payload, charset=d.charset, text=d.text,
                    annotations=d.annotations) for d in docs]
        return ray.get(actor.call.remote(sent))


def progress_bar(total, description: str | None, enabled: bool, unit: str = " tasks"):
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit=unit, disable=not enabled, leave=True)
