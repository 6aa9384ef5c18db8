#!/usr/bin/env bash
# tagcat vs scikit-learn, side by side, on the same machine and data (issue: fast, lean clustering engine).
#
#   bench/run.sh                 100k and 1M generated posts, HARRISON when ../shared has it; 3 runs each
#   RUNS=5 bench/run.sh          more runs per cell (medians are reported)
#   BENCH_10M=1 bench/run.sh     also 10M posts, k=200, tagcat only (peak RSS, time per iteration)
#   DATASETS="1m" bench/run.sh   only these of 100k, 1m, harrison
#   BASELINE_JAR=old.jar bench/run.sh   also runs that jar (variant "baseline", as "vector") in every run:
#                                       an earlier build measured side by side with this one
#
# Every run: k=100 (HARRISON: 50), n_init=1, 30 iterations with tol 0, seed = run number.
# Prints a markdown table (medians) and writes raw JSON lines to bench/out/results.jsonl.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
mkdir -p "$out"
RUNS="${RUNS:-3}"
ITER="${ITER:-30}"
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -pl tagcat-cli -am package)
jar="$out/tagcat.jar"   # a copy: rebuilding the project during a run does not change what is measured
cp "$root/tagcat-cli/target/tagcat.jar" "$jar"
"$root/tools/sklearn/install.sh" >/dev/null
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
PY=/usr/bin/python3  # Debian python with python3-sklearn (tools/sklearn/install.sh)
XMX="${XMX:-20g}"
# tagcat runs as users run it, through the launcher (its JVM options: the Vector API module, the
# throughput collector), on the copied jar; TAGCAT_VECTOR=0 is the plain-Java fallback
launch=(env TAGCAT_JAR="$jar" "$root/tagcat")

gen() { # posts file
  [ -s "$2" ] || TAGCAT_JAVA_OPTS="-Xmx$XMX" "${launch[@]}" generate --posts "$1" --seed 7 --out "$2"
}
gen 100000 "$out/100k.txt"
gen 1000000 "$out/1m.txt"
datasets=("100k:$out/100k.txt:100" "1m:$out/1m.txt:100")
harrison="${TAGCAT_SHARED:-$root/../shared}/datasets/harrison/tag_list.txt"
[ -f "$harrison" ] && datasets+=("harrison:$harrison:50")
if [ -n "${DATASETS:-}" ]; then
  chosen=()
  for ds in "${datasets[@]}"; do [[ " $DATASETS " == *" ${ds%%:*} "* ]] && chosen+=("$ds"); done
  datasets=("${chosen[@]}")
fi

results="$out/results.jsonl"
: > "$results"
record() { # name dataset run json maxrss_kb
  "$PY" -c 'import json,sys; d=json.loads(sys.argv[1]); d.update(tool=sys.argv[2], dataset=sys.argv[3], run=int(sys.argv[4]), peak_rss_mb=int(sys.argv[5])/1024); print(json.dumps(d))' "$4" "$1" "$2" "$3" "$5" >> "$results"
}
timed() { # file-for-rss cmd...
  local rss="$1"; shift
  /usr/bin/time -f "%M" -o "$rss" "$@"
}

for ds in "${datasets[@]}"; do
  IFS=: read -r name file k <<<"$ds"
  for run in $(seq 1 "$RUNS"); do
    # cold: vector without the start-up warm-up (the JIT compiles the reading code only as it reads)
    variants=(vector scalar cold)
    [ -n "${BASELINE_JAR:-}" ] && variants+=(baseline)
    for variant in "${variants[@]}"; do
      j=$(timed "$out/rss" env TAGCAT_VECTOR="$([ "$variant" = scalar ] && echo 0 || echo 1)" \
            TAGCAT_JAR="$([ "$variant" = baseline ] && echo "$BASELINE_JAR" || echo "$jar")" \
            TAGCAT_JAVA_OPTS="-Xmx$XMX$([ "$variant" = cold ] && echo " -Dtagcat.warmUp=false")" "$root/tagcat" cluster "$file" --format tags --k "$k" --n-init 1 \
            --max-iter "$ITER" --tol 0 --seed "$run" --method article --cooccurrence 0 --json -q --assignments "$out/labels-tagcat.csv" 2>/dev/null)
      j=$("$PY" -c 'import json,sys; d=json.loads(sys.argv[1]); t=d["timings"]; print(json.dumps({"posts":d["posts"],"vocabulary":d["vocabulary"],"read_vectorize_s":t["read_s"]+t["vectorize_s"],"init_s":t["init_s"],"fit_s":t["fit_s"],"iterations":d["iterations"],"inertia":d["inertia"]}))' "$j")
      same=$("$PY" "$here/inertia.py" "$file" "$out/labels-tagcat.csv")
      record "tagcat-$variant" "$name" "$run" "$("$PY" -c 'import json,sys; d=json.loads(sys.argv[1]); d["inertia_same_way"]=float(sys.argv[2]); print(json.dumps(d))' "$j" "$same")" "$(cat "$out/rss")"
    done
    j=$(timed "$out/rss" "$PY" "$here/sklearn_run.py" "$file" --k "$k" --max-iter "$ITER" --seed "$run" --labels-out "$out/labels-sklearn.txt")
    same=$("$PY" "$here/inertia.py" "$file" "$out/labels-sklearn.txt")
    record sklearn "$name" "$run" "$("$PY" -c 'import json,sys; d=json.loads(sys.argv[1]); d["inertia_same_way"]=float(sys.argv[2]); print(json.dumps(d))' "$j" "$same")" "$(cat "$out/rss")"
    echo "done: $name run $run" >&2
  done
done

if [ "${BENCH_10M:-0}" = "1" ]; then
  gen 10000000 "$out/10m.txt"
  j=$(timed "$out/rss" env TAGCAT_JAVA_OPTS="-Xmx$XMX" "${launch[@]}" cluster "$out/10m.txt" --format tags \
        --k 200 --n-init 1 --max-iter "$ITER" --tol 0 --seed 1 --method article --cooccurrence 0 --json -q 2>/dev/null)
  j=$("$PY" -c 'import json,sys; d=json.loads(sys.argv[1]); t=d["timings"]; print(json.dumps({"posts":d["posts"],"vocabulary":d["vocabulary"],"read_vectorize_s":t["read_s"]+t["vectorize_s"],"init_s":t["init_s"],"fit_s":t["fit_s"],"iterations":d["iterations"],"inertia":d["inertia"],"xmx":sys.argv[2]}))' "$j" "$XMX")
  record tagcat-vector 10m-k200 1 "$j" "$(cat "$out/rss")"
fi

"$PY" "$here/report.py" "$results"
