#!/usr/bin/env bash
# The project's test command (README.md): installs the package with its test and training extras
# into the active Python if anything is missing, then runs the whole pytest suite; extra arguments
# go to pytest (after `-n 2 --dist loadfile`). .ci/run runs exactly this in a new virtual
# environment, after the README's install command. pytest's exit status is this script's (5 = no tests collected is a failure, not a pass).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check --no-compile -e ".[train,test]"
# The install leaves packages uncompiled (--no-compile: byte-compiling all ~25,000 of their modules
# took pip ~100 of its ~210 s, and the suite imports ~3,000 of them); a module is compiled on its
# first import and its bytecode kept. PYTHONDONTWRITEBYTECODE would make every one of the suite's
# Python processes (pytest's, each CLI run's, each Ray worker) compile its imports again.
unset PYTHONDONTWRITEBYTECODE
# Headless Chromium renders `pipeline report`'s HTML in tests/test_report.py (Debian's package).
# Best effort: without it (no apt-get, not root, offline) that one test skips and says why.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
    if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends chromium fonts-liberation; } >/dev/null 2>&1; then
        echo "test.sh: installed chromium" >&2
    else
        echo "test.sh: could not install chromium; the report rendering test will skip" >&2
    fi
fi
# Two processes, each taking whole test files (pytest-xdist's loadfile: a file's module and session
# fixtures are built once, in one process), handed out in collection order: the slowest first
# (tests/conftest.py's SLOW_FILES); PYTEST_WORKERS=0 runs the suite in one process.
# Arguments given to this script come last, so `-n 0` there wins too.
exec python -m pytest -q -n "${PYTEST_WORKERS:-2}" --dist loadfile --no-loadscope-reorder "$@"
