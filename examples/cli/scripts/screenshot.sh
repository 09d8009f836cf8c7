#!/usr/bin/env bash
# Renders the HTML report of the reference article in headless Chromium and saves a PNG, to check by
# eye what a reader sees. Not part of the test suite: CI does not need Chromium.
#
#   apt-get update && apt-get install -y chromium     # once (Debian's package)
#   mvn -q package -DskipTests                        # builds examples/cli/target/ascribe.jar
#   examples/cli/scripts/screenshot.sh [OUT.png] [ARTICLE.txt]
#
# Defaults: OUT.png = examples/cli/target/istanbul-talks.png, ARTICLE = examples/samples/istanbul-talks.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
jar="$root/examples/cli/target/ascribe.jar"
out="${1:-$root/examples/cli/target/istanbul-talks.png}"
article="examples/samples/istanbul-talks.txt"   # relative to $root: the report shows the name as given
if [[ $# -ge 2 ]]; then article="$(realpath "$2")"; fi

command -v chromium >/dev/null || { echo "screenshot.sh: chromium not found; apt-get install -y chromium" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "screenshot.sh: $jar missing; run: mvn -q package -DskipTests" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && java -jar "$jar" analyze --format html --output "$work/report.html" "$article")
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
size="${SCREENSHOT_SIZE:-1280,1600}"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$out" --window-size="$size" "file://$work/report.html" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 1; }
[[ -s "$out" ]] || { echo "screenshot.sh: no screenshot written" >&2; cat "$work/chromium.log" >&2; exit 1; }
echo "$out"
