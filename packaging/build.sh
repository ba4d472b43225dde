#!/usr/bin/env bash
# Build the one-folder app bundle and run its self-test (see packaging/README.md).
# Uses .venv if it exists, else the python3 on PATH; extra arguments go to build.py.
set -euo pipefail
cd "$(dirname "$0")/.."
py=python3
[ -x .venv/bin/python ] && py=.venv/bin/python
"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install -q -e ".[package]"
exec "$py" packaging/build.py "$@"
