#!/usr/bin/env bash
# Makes (or reuses) the Python venv that runs the notebooks: scripts/venv.sh [DIR] (default target/venv).
# Installs requirements.txt (every version pinned) with no prompts and no retries, so an unreachable
# index fails at once instead of after minutes of retrying. A venv whose requirements are unchanged is
# reused as it is.
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
venv="${1:-$module/target/venv}"
python="${PYTHON:-python3}"
requirements="$module/requirements.txt"
stamp="$venv/.requirements.txt"
if [[ -x "$venv/bin/python" && -f "$stamp" ]] && cmp -s "$requirements" "$stamp"; then
  exit 0
fi
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --retries 0 --no-input --disable-pip-version-check \
  --requirement "$requirements"
cp "$requirements" "$stamp"
echo "venv ready: $venv"
