#!/usr/bin/env bash
# Load on `tagcat serve` (issue: HTTP API): a model of k = 200 over 1M generated posts, wrk with 64
# connections for DURATION seconds on each of POST /api/suggest, GET /api/search and GET /health, one after
# the other in one run, server and wrk on the same 2 cores, 127.0.0.1 only. Prints a markdown table
# (requests/s, p50, p99, errors) and the server's peak RSS.
#
#   bench/serve-load.sh                  30 s per route
#   DURATION=10 bench/serve-load.sh      shorter
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
mkdir -p "$out"
DURATION="${DURATION:-30}"
PORT="${PORT:-18080}"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }   # Debian's wrk on a new machine
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -pl tagcat-cli -am package)
jar="$out/tagcat-serve.jar"
cp "$root/tagcat-cli/target/tagcat.jar" "$jar"
launch=(env TAGCAT_JAR="$jar" "$root/tagcat")
[ -s "$out/1m.txt" ] || TAGCAT_JAVA_OPTS="-Xmx8g" "${launch[@]}" generate --posts 1000000 --seed 7 --out "$out/1m.txt"
model="$out/serve-k200.json.gz"
[ -s "$model" ] || TAGCAT_JAVA_OPTS="-Xmx8g" "${launch[@]}" cluster "$out/1m.txt" --format tags --k 200 --seed 1 -q --model "$model" >/dev/null
# as users run it: the launcher (G1 for serve), 2 GiB heap
TAGCAT_JAVA_OPTS="${SERVE_JAVA_OPTS:--Xmx2g}" "${launch[@]}" serve --model "$model" --port "$PORT" ${SERVE_ARGS:-} > /dev/null 2> "$out/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
jpid=$(pgrep -P "$pid" java || echo "$pid")
# warm the JIT on every route before measuring (it takes some 20 s of load to settle)
for s in suggest.lua search.lua; do wrk -t2 -c64 -d15s -s "$here/$s" "http://127.0.0.1:$PORT" >/dev/null; done
wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT/health" >/dev/null

echo "| route | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
row() { # name wrk-args...
  local name="$1"; shift
  local r
  r=$(wrk -t2 -c64 -d"${DURATION}s" --latency "$@")
  echo "$r" > "$out/wrk-$(echo "$name" | tr -c 'a-z' '_').txt"
  local rps p50 p99 errs non2xx
  rps=$(echo "$r" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$r" | awk '$1=="50%" {print $2}')
  p99=$(echo "$r" | awk '$1=="99%" {print $2}')
  errs=$(echo "$r" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}')
  non2xx=$(echo "$r" | awk '/Non-2xx/ {print $5}')
  echo "| $name | $rps | $p50 | $p99 | $(( ${errs:-0} + ${non2xx:-0} )) |"
}
row "POST /api/suggest" -s "$here/suggest.lua" "http://127.0.0.1:$PORT"
row "GET /api/search" -s "$here/search.lua" "http://127.0.0.1:$PORT"
row "GET /health" "http://127.0.0.1:$PORT/health"
echo
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$jpid/status")"
