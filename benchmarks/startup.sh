#!/usr/bin/env bash
# Start-up benchmark of the ics tool: whole processes, each case run right after `java -version` (the JVM's own
# floor) in the same round, rounds interleaved, medians reported. See benchmarks/README.md ("Start-up").
#
# Usage: benchmarks/startup.sh [-n ROUNDS] [--jar ICS_JAR] [--dist DIR] [--baseline OLD_ICS_JAR [--baseline-config F]]
#   -n ROUNDS          rounds (default 9)
#   --jar              the ics.jar run with java -jar (default examples/target/ics.jar)
#   --dist             the unpacked distribution whose bin/ics is run (default distribution/target/ics-*/)
#   --baseline         an older ics.jar to time beside it with java -jar (e.g. one built from main before a change)
#   --baseline-config  the configuration the baseline validates (default the bundled example; an old jar may not
#                      read today's example, so give the example of its own commit)
# Build first: ./mvnw -q -DskipTests package. Java is $JAVA_HOME/bin/java, else java on the PATH; the launcher
# gets the same JAVA_HOME. Needs GNU time (/usr/bin/time) for the peak memory (maximum resident set size).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=9
jar=examples/target/ics.jar
dist=
baseline=
baseline_config=
while [ $# -gt 0 ]; do
  case $1 in
    -n) rounds=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --dist) dist=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --baseline-config) baseline_config=$2; shift 2 ;;
    *) echo "usage: $0 [-n ROUNDS] [--jar ICS_JAR] [--dist DIR] [--baseline OLD_ICS_JAR [--baseline-config F]]" >&2
       exit 64 ;;
  esac
done
if [ -z "$dist" ]; then
  dist=$(ls -d distribution/target/ics-*/ 2>/dev/null | head -n 1 || true)
fi
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java); fi
export JAVA_HOME=${JAVA_HOME:-$(cd "$(dirname "$(readlink -f "$java")")/.." && pwd)}
config=examples/data/northshire.json
[ -f "$jar" ] || { echo "no $jar: build with ./mvnw -q -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }

names=()
commands=()
add() { names+=("$1"); shift; commands+=("$*"); }
if [ -n "$dist" ] && [ -x "$dist/bin/ics" ]; then
  ics=${dist%/}/bin/ics
  add "ics --version"            "$ics" --version
  add "ics --help"               "$ics" --help
  add "ics validate --quiet"     "$ics" validate --quiet "$config"
  add "ics rules"                "$ics" rules
  add "ics init --icb QYG"       "$ics" init --icb QYG
fi
add "java -jar ics.jar --version"        "$java" -jar "$jar" --version
add "java -jar ics.jar validate --quiet" "$java" -jar "$jar" validate --quiet "$config"
if [ -n "$baseline" ]; then
  add "baseline: java -jar --version"        "$java" -jar "$baseline" --version
  add "baseline: java -jar validate --quiet" "$java" -jar "$baseline" validate --quiet "${baseline_config:-$config}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run: wall time in ms (from nanosecond clocks), CPU ms (user + system) and peak RSS in KB.
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
    echo "failed: $* (exit $?)" >&2; cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  read -r user sys rss < "$work/time"
  awk -v w=$(( (end - start) / 1000 )) -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%.1f %.0f %.1f\n", w / 1000, (u + s) * 1000, r / 1024 }'
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -n), $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# warming the file cache (and letting bin/ics make its archive if it must) ..."
for i in "${!commands[@]}"; do ${commands[$i]} > /dev/null 2>&1 || true; done

for round in $(seq 1 "$rounds"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    read -r fw fc fr <<< "$(measure "$java" -version)"
    # shellcheck disable=SC2086
    read -r w c r <<< "$(measure ${commands[$i]})"
    echo "$fw $fc $fr" >> "$work/floor"
    echo "$w $c $r $(awk -v a="$w" -v b="$fw" 'BEGIN { printf "%.2f", a / b }')" >> "$work/case$i"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$1" '{ print $c }' "$2" | median; }

echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds, medians"
printf '%-38s %10s %12s %10s %14s\n' "command" "wall ms" "x java -version" "CPU ms" "peak RSS MB"
printf '%-38s %10s %12s %10s %14s\n' "java -version" "$(col 1 "$work/floor")" "1.00" \
  "$(col 2 "$work/floor")" "$(col 3 "$work/floor")"
for i in "${!commands[@]}"; do
  printf '%-38s %10s %12s %10s %14s\n' "${names[$i]}" "$(col 1 "$work/case$i")" "$(col 4 "$work/case$i")" \
    "$(col 2 "$work/case$i")" "$(col 3 "$work/case$i")"
done
