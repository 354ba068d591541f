#!/usr/bin/env bash
# The board's HTML report in a real browser: renders the page of the bundled example, of a variant with findings
# and trends, and of a national configuration with the packaged ics tool, opens each in headless Chromium from the
# distribution's packages, audits it with axe-core (WCAG 2.2 A and AA, light and dark) and keeps the screenshots in
# report-html/target/browser-check/. Needs Node.js and Chromium (Debian: apt-get install -y chromium nodejs npm);
# CHROMIUM=/path/to/chromium picks another. Builds examples/target/ics.jar when it is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/report-html/target/browser-check"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "run.sh: no Chromium at $chromium (Debian: apt-get install -y chromium; or set CHROMIUM)" >&2
  exit 2
fi
jar="$root/examples/target/ics.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -DskipTests package -pl examples -am)
fi
mkdir -p "$out"
# Exit 1 means the configuration has errors: the page is still written.
page() {
  local status=0
  java -jar "$jar" validate --format html --as-of 2026-12-01 "$1" > "$2" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "run.sh: ics validate exited $status for $1" >&2
    exit 1
  fi
}
# Paths relative to the repository, as the pages quote them, so that they are the same on every machine.
cd "$root"
variant="report-html/src/test/resources/northshire-with-trend.json"
page examples/data/northshire.json "$out/northshire.html"
page "$variant" "$out/northshire-with-trend.html"
node "$here/national.mjs" examples/data/northshire.json "$variant" > report-html/target/national.json
page report-html/target/national.json "$out/national.html"
cd "$here"
# Never let Playwright fetch a browser of its own; the lock file pins what npm installs.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --ignore-scripts --no-audit --no-fund --silent
CHROMIUM="$chromium" node check.mjs "$out" "northshire=$out/northshire.html" \
  "northshire-with-trend=$out/northshire-with-trend.html" "national=$out/national.html"
# The image of docs/images/report.png (copy it there when the page changes): findings and an inequality chart.
CHROMIUM="$chromium" node screenshot.mjs "$out/northshire-with-trend.html" system-findings system-indicator-3 \
  "$out/report.png"
