#!/usr/bin/env bash
# A fuzzing campaign over tagcat's fuzz targets (tagcat-core/src/test/java/tagcat/fuzz), one after another.
#
#   tools/fuzz/campaign.sh                         # every target, 10 million executions each
#   EXECUTIONS=1000000 tools/fuzz/campaign.sh ReadersFuzzTest#pgarray
#
# A finding fails its target and is written as crash-<sha1> into the target's inputs folder under
# tagcat-core/src/test/resources/tagcat/fuzz/; commit it with the fix and `mvn verify` replays it from then on.
# The corpus libFuzzer grows lives in tagcat-core/.cifuzz-corpus (git-ignored) and seeds the next campaign.
# Logs: target/fuzz/<target>.log; one summary line per target on stdout (RELIABILITY.md quotes them).
set -euo pipefail
cd "$(dirname "$0")/../.."
EXECUTIONS=${EXECUTIONS:-10000000}
MAX_SECONDS=${MAX_SECONDS:-1200}
ALL=(ReadersFuzzTest#pgarray ReadersFuzzTest#tags ReadersFuzzTest#tagsOnTwoThreads ReadersFuzzTest#text
     ReadersFuzzTest#jsonl ReadersFuzzTest#auto OtherInputsFuzzTest#gzip OtherInputsFuzzTest#popularity
     OtherInputsFuzzTest#normalizer OtherInputsFuzzTest#modelFile)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL[@]}")
mkdir -p target/fuzz
mvn -B -q install -DskipTests -pl tagcat-core >/dev/null   # test classes compiled, once
status=0
for t in "${TARGETS[@]}"; do
  log="target/fuzz/${t/\#/.}.log"
  start=$(date +%s)
  # only the fuzz execution of surefire runs (the default one would fuzz the same target a second time)
  if JAZZER_FUZZ=1 mvn -B -pl tagcat-core surefire:test@fuzz-regression -Dtest="tagcat.fuzz.$t" \
      -Djazzer.max_executions="$EXECUTIONS" -Djazzer.instrumentation_includes="tagcat.**" -Djazzer.max_duration="${MAX_SECONDS}s" >"$log" 2>&1; then
    result=ok
  else
    result=FINDING; status=1
  fi
  runs=$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
  echo "$t executions=$runs seconds=$(( $(date +%s) - start )) result=$result log=$log"
done
exit $status
