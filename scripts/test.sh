#!/usr/bin/env bash
# The project's test command (README.md; .ci/run calls exactly this): installs the package with
# its test and training extras if anything is missing, then runs the whole pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[train,test]"
exec python -m pytest -q "$@"
