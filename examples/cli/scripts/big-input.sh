#!/usr/bin/env bash
# Builds a large plain-text input from the repository's sample articles, for measuring `analyze` on
# big files: the samples, one after another with a blank line between them, repeated until the file
# reaches the size asked for.
#
#   examples/cli/scripts/big-input.sh                 # 50 MB -> examples/cli/target/big.txt
#   examples/cli/scripts/big-input.sh 10 small.txt    # 10 MB -> small.txt
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
megabytes=${1:-50}
out=${2:-$root/examples/cli/target/big.txt}
mkdir -p "$(dirname "$out")"
one=$(mktemp)
trap 'rm -f "$one"' EXIT
for f in "$root"/examples/samples/istanbul-talks.txt \
    "$root"/examples/cli/src/test/resources/golden/samples/*.txt \
    "$root"/examples/cli/src/test/resources/golden/analysis-tests/*.txt; do
  cat "$f"
  printf '\n\n'
done > "$one"
: > "$out"
want=$((megabytes * 1000 * 1000))
while [ "$(wc -c < "$out")" -lt "$want" ]; do
  cat "$one" "$one" "$one" "$one" "$one" "$one" "$one" "$one" "$one" "$one" >> "$out"
done
echo "$out: $(wc -c < "$out") bytes"
