#!/usr/bin/env bash
# Installs everything the test suite needs and runs it: lint, format check, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

echo "== ruff check"
python -m ruff check .
echo "== ruff format --check"
python -m ruff format --check .
echo "== pytest"
python -m pytest "$@"
