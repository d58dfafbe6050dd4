#!/usr/bin/env bash
# Times `journey render X.yaml -o X.svg` against Mermaid's CLI (`mmdc`) on the same generated journeys, whole process,
# the two in turn (journey, mmdc, journey, mmdc, ...), and prints the medians and their ratio as a markdown table.
#
#   journey-bench/compare-mermaid.sh [PEER_DIR]
#
# PEER_DIR (or $MERMAID_PEER) is an installed copy of the Mermaid peer harness (gen-journey.mjs, mmd2yaml.py,
# node_modules/.bin/mmdc). This script installs nothing; see the message it prints when the peer is missing.
#
# Environment knobs:
#   RUNS=5                       timed runs of each command per size (medians reported)
#   SIZES="2x5 40x50 100x100"    SECTIONSxTASKS_PER_SECTION, as the peer's bench.sh: 10, 2,000 and 10,000 tasks
#   OUT=<temp dir>               where the journeys and maps go (kept when given)
#   JOURNEY="<repo>/journey"     the journey command: the launcher (class-data sharing archive, C1, serial GC,
#                                a 16 MB young generation);
#                                e.g. JOURNEY="java -jar journey-cli/target/journey.jar" for the bare jar
#
# The launcher rebuilds the jar when a source is newer than it: leave the sources alone while this runs, or point
# JOURNEY at a copy. Ratios from one run are what to quote: the machine is shared, so absolute times drift between runs. The load
# average before and after is printed with the table.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
peer="${1:-${MERMAID_PEER:-}}"
if [ -z "$peer" ]; then
  for candidate in "$root/../shared/peers/mermaid" /work/shared/peers/mermaid; do
    [ -d "$candidate" ] && { peer="$candidate"; break; }
  done
fi

missing() {
  cat >&2 <<EOF
compare-mermaid: $1
The peer is the Mermaid harness (install.sh, gen-journey.mjs, mmd2yaml.py, mermaid-cli). Install it into a writable
copy once, then pass that copy:

  cp -r ${peer:-/path/to/shared/peers/mermaid} /tmp/peer && (cd /tmp/peer && bash install.sh)
  $0 /tmp/peer          # or MERMAID_PEER=/tmp/peer $0
EOF
  exit 1
}

[ -n "$peer" ] && [ -d "$peer" ] || missing "no peer directory (give it as an argument or MERMAID_PEER)"
peer="$(cd "$peer" && pwd)"
for f in gen-journey.mjs mmd2yaml.py puppeteer-config.json mermaid-config.json; do
  [ -f "$peer/$f" ] || missing "$peer has no $f"
done
mmdc="$peer/node_modules/.bin/mmdc"
[ -x "$mmdc" ] || missing "$peer is not installed (no node_modules/.bin/mmdc)"
command -v node >/dev/null || missing "no node on the PATH"
command -v python3 >/dev/null || missing "no python3 on the PATH"

RUNS=${RUNS:-5}
SIZES=${SIZES:-"2x5 40x50 100x100"}
if [ -n "${OUT:-}" ]; then
  mkdir -p "$OUT"
else
  OUT="$(mktemp -d "${TMPDIR:-/tmp}/compare-mermaid.XXXXXX")"
  trap 'rm -rf "$OUT"' EXIT
fi
read -r -a journey <<<"${JOURNEY:-$root/journey}"

# The launcher builds the jar and its class-data sharing archive on first use: do that before any timing.
"${journey[@]}" --version >/dev/null

now() { date +%s.%N; }
# Seconds a command takes, whole process, its output thrown away; exits the script when the command fails.
timed() {
  local t0 t1 rc=0
  t0=$(now)
  "$@" >/dev/null 2>"$OUT/last-stderr.txt" || rc=$?
  t1=$(now)
  if [ "$rc" != 0 ]; then
    echo "compare-mermaid: failed (exit $rc): $*" >&2
    tail -n 20 "$OUT/last-stderr.txt" >&2
    exit 1
  fi
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
with_commas() { printf "%'d" "$1" 2>/dev/null || printf '%d' "$1"; }

echo "journey: ${journey[*]} ($("${journey[@]}" --version | sed -n 1p))"
echo "mmdc: $("$mmdc" --version 2>/dev/null) ($(/usr/bin/chromium --version 2>/dev/null || echo 'chromium?'))"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "runs: $RUNS of each per size, in turn; medians of whole-process wall time"
echo

rows=()
for st in $SIZES; do
  S=${st%x*}; T=${st#*x}; N=$((S * T))
  mmd="$OUT/journey-$N.mmd"; yaml="$OUT/journey-$N.yaml"
  node "$peer/gen-journey.mjs" "$S" "$T" "$mmd"
  python3 "$peer/mmd2yaml.py" "$mmd" "$yaml"
  # One untimed run of each: checks both draw it and warms the file cache.
  timed "${journey[@]}" render "$yaml" -o "$OUT/journey-$N.svg" >/dev/null
  timed "$mmdc" -q -p "$peer/puppeteer-config.json" -c "$peer/mermaid-config.json" -i "$mmd" -o "$OUT/mmdc-$N.svg" \
    >/dev/null
  faces=$(grep -o 'class="face"' "$OUT/mmdc-$N.svg" | wc -l)
  [ "$faces" = "$N" ] || { echo "compare-mermaid: mmdc drew $faces faces for $N tasks" >&2; exit 1; }
  ours=(); theirs=()
  for _ in $(seq 1 "$RUNS"); do
    ours+=("$(timed "${journey[@]}" render "$yaml" -o "$OUT/journey-$N.svg")")
    theirs+=("$(timed "$mmdc" -q -p "$peer/puppeteer-config.json" -c "$peer/mermaid-config.json" -i "$mmd" \
      -o "$OUT/mmdc-$N.svg")")
  done
  # (a failure inside $(...) ends only that subshell: an empty figure says a timed run failed)
  [ "${#ours[@]}" = "$RUNS" ] && [ "${#theirs[@]}" = "$RUNS" ] && [[ " ${ours[*]} ${theirs[*]} " != *"  "* ]] \
    || { echo "compare-mermaid: a timed run failed at $N tasks" >&2; exit 1; }
  a=$(median "${ours[@]}"); b=$(median "${theirs[@]}")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b / a }')
  echo "$N tasks: journey ${ours[*]} s; mmdc ${theirs[*]} s; SVG $(stat -c %s "$OUT/journey-$N.svg") vs $(stat -c %s "$OUT/mmdc-$N.svg") bytes" >&2
  rows+=("| $(with_commas "$N") | $a s | $b s | ${ratio}× |")
done

echo
echo "| tasks | journey | mmdc | ratio (mmdc / journey) |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
