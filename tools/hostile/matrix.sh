#!/usr/bin/env bash
# The hostile-input matrix (RELIABILITY.md): junk and damaged inputs, a full disk, an unwritable stdout and
# interrupts at random moments during writes, against the commands that read and write. For every case it checks:
#   - the exit code is one the docs give (0, 1, 2, 3, 130, 143) and the one expected for the case;
#   - stderr has no stack trace (no "Exception", no "\tat ");
#   - every line read is accounted for: lines = posts + empty + malformed (stats --json);
#   - outputs are complete or absent (a model loads, or is not there / is the old one), no temporary file left.
#
#   tools/hostile/matrix.sh            # prints one line per case and a summary; exit 1 if any case failed
#   ROUNDS=20 tools/hostile/matrix.sh  # more random interrupts
set -uo pipefail
cd "$(dirname "$0")/../.."
T="$PWD/tagcat"
ROUNDS=${ROUNDS:-8}
W=$(mktemp -d)
trap 'mountpoint -q "$W/full" && umount "$W/full"; rm -rf "$W"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok    $1"; }
bad() { fail=$((fail + 1)); echo "FAIL  $1: $2"; }

# run NAME EXPECTED_CODES CMD...: runs, checks the code and that stderr has no stack trace
run() {
  local name=$1 codes=$2; shift 2
  "$@" >"$W/out" 2>"$W/err"; local rc=$?
  if ! [[ " $codes " == *" $rc "* ]]; then bad "$name" "exit $rc, expected one of $codes: $(head -c 300 "$W/err")"; return 1; fi
  if grep -qE 'Exception|^\s+at [a-z]' "$W/err"; then bad "$name" "stack trace on stderr: $(head -c 300 "$W/err")"; return 1; fi
  ok "$name (exit $rc)"
}

# accounted NAME FILE FORMAT: lines in FILE = posts + empty + malformed, per stats --json
accounted() {
  local name=$1 file=$2 format=$3
  local lines; lines=$(python3 -c "import sys; b=open(sys.argv[1],'rb').read(); print(b.count(b'\n') + (1 if b and not b.endswith(b'\n') else 0))" "$file")
  if ! "$T" stats "$file" --format "$format" --json >"$W/stats.json" 2>"$W/err"; then
    [ "$(cat "$W/err" | grep -c 'Exception')" = 0 ] && ok "$name (refused as a whole: $(head -c 120 "$W/err"))" || bad "$name" "trace"
    return
  fi
  local sum; sum=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['posts'] + d['dropped']['empty'] + d['dropped']['malformed'])" "$W/stats.json")
  [ "$sum" = "$lines" ] && ok "$name ($lines lines = posts + dropped)" || bad "$name" "$lines lines but $sum accounted"
}

"$T" --version >/dev/null 2>&1 || { echo "tagcat does not start"; exit 1; }
"$T" generate --posts 20000 --seed 3 --format pgarray --out "$W/posts.txt" 2>/dev/null

echo "== junk and damaged inputs"
python3 - "$W" <<'EOF'
import os, random, sys, gzip
w = sys.argv[1]; r = random.Random(7)
good = open(os.path.join(w, "posts.txt"), "rb").read()
def put(name, data): open(os.path.join(w, name), "wb").write(data)
put("random.bin", bytes(r.randrange(256) for _ in range(200_000)))
put("nul.txt", b"a\x00b c\n" * 100)
put("cr-only.txt", good[:5000].replace(b"\n", b"\r"))
put("control.txt", b"{ok}\n{\x1b]0;x\x07}\n{del\x7f}\n" * 50)
put("utf16.txt", "food italy\n".encode("utf-16"))
put("mixed.txt", b"food italy\n" * 60 + b"{food,italy}\n" + b"{\"tags\":[\"x\"]}\n")
put("long-line.txt", b"{" + b"a," * 700_000 + b"b}\n{ok}\n")
put("bad-utf8.txt", b"{caf\xe9}\n{ok}\n" * 30)
gz = gzip.compress(good[:100_000])
put("cut.gz", gz[: len(gz) // 2])
put("garbage-after.gz", gz + b"garbage")
put("two-members-cut.gz", gz + gzip.compress(good[:1000])[:-6])
lines = good.split(b"\n")
put("flipped.txt", b"\n".join(bytes(c ^ (1 << r.randrange(8)) if r.random() < 0.01 else c for c in l) for l in lines[:3000]))
EOF
for f in random.bin nul.txt cr-only.txt control.txt mixed.txt long-line.txt bad-utf8.txt flipped.txt; do
  accounted "stats $f" "$W/$f" auto
  accounted "stats $f as tags" "$W/$f" tags
  run "cluster $f" "0 1" "$T" cluster "$W/$f" --k 3 --quiet
  run "extract $f" "0 1" "$T" extract "$W/$f"
done
run "cluster random.bin --on-error fail" "1 3" "$T" cluster "$W/random.bin" --k 3 --on-error fail --quiet
for f in utf16.txt cut.gz garbage-after.gz two-members-cut.gz; do
  run "stats $f is refused, naming it" "1" "$T" stats "$W/$f"
  grep -q "$f" "$W/err" || bad "stats $f" "the message does not name the file"
done
printf 'tag,posts\nfood,1m\nfo\x1bod,2k\nbad\xff,3\n' > "$W/pop.csv"
"$T" cluster "$W/posts.txt" --k 5 --model "$W/m.json" --quiet >/dev/null 2>&1
run "suggest with a hostile popularity table" "0" "$T" suggest --model "$W/m.json" --tags food --popularity "$W/pop.csv"
head -c 3000 "$W/m.json" > "$W/m-cut.json"
run "a cut model file is refused" "1" "$T" categories --model "$W/m-cut.json"

echo "== unwritable stdout and a full disk"
for cmd in "stats $W/posts.txt" "extract $W/posts.txt" "cluster $W/posts.txt --k 3 --quiet" "categories --model $W/m.json --json"; do
  run "$cmd > /dev/full" "1" bash -c "'$T' $cmd > /dev/full"
  grep -q "write error" "$W/err" || bad "$cmd > /dev/full" "no 'write error' on stderr"
done
mkdir -p "$W/full"
if mount -t tmpfs -o size=256k tmpfs "$W/full" 2>/dev/null; then
  cp "$W/m.json" "$W/full/old-model.json" 2>/dev/null || true
  run "cluster --model onto a full disk" "1" "$T" cluster "$W/posts.txt" --k 5 --model "$W/full/model.json" --assignments "$W/full/a.csv" --quiet
  [ ! -e "$W/full/model.json" ] && [ ! -e "$W/full/a.csv" ] && ok "full disk: no output appeared" || bad "full disk" "an output appeared"
  run "extract > a full disk" "1" bash -c "'$T' extract '$W/posts.txt' > '$W/full/out.txt'"
  run "cluster --plot onto a full disk" "1" "$T" cluster "$W/posts.txt" --k 5 --plot "$W/full/plots" --quiet
  ls -A "$W/full" | grep -q '\.tmp' && bad "full disk" "temporary files left: $(ls -A "$W/full")" || ok "full disk: no temporary file left"
  umount "$W/full"
else
  echo "skip  full disk: mounting a tmpfs is not allowed here"
fi

echo "== interrupts at random moments during writes"
"$T" generate --posts 400000 --seed 4 --out "$W/big.txt" 2>/dev/null
"$T" cluster "$W/big.txt" --k 50 --seed 99 --model "$W/old.json" --quiet >/dev/null 2>&1  # not what the runs below make
for i in $(seq "$ROUNDS"); do
  for sig in INT TERM; do
    cp "$W/old.json" "$W/model.json"; rm -f "$W/a.csv"
    delay=$(python3 -c "import random; print(round(random.uniform(0.5, 6.0), 2))")
    "$T" cluster "$W/big.txt" --k 50 --model "$W/model.json" --assignments "$W/a.csv" --quiet >/dev/null 2>"$W/err" &
    pid=$!; sleep "$delay"; kill -"$sig" "$pid" 2>/dev/null; wait "$pid"; rc=$?
    expected=$([ "$sig" = INT ] && echo 130 || echo 143)
    name="SIG$sig after ${delay}s"
    if [ "$rc" != 0 ] && [ "$rc" != "$expected" ]; then bad "$name" "exit $rc"; continue; fi
    if grep -qE 'Exception|^\s+at [a-z]' "$W/err"; then bad "$name" "stack trace"; continue; fi
    if cmp -s "$W/model.json" "$W/old.json"; then
      [ ! -e "$W/a.csv" ] && ok "$name: exit $rc, old model kept, no assignments" || bad "$name" "old model beside new assignments"
    elif "$T" categories --model "$W/model.json" >/dev/null 2>&1 && [ -s "$W/a.csv" ]; then
      ok "$name: exit $rc, new model and assignments complete"
    else
      bad "$name" "model or assignments incomplete"
    fi
    ls -A "$W" | grep -q '^\..*\.tmp$' && bad "$name" "temporary files left" || true
  done
done

echo "== $pass passed, $fail failed"
[ "$fail" = 0 ]
