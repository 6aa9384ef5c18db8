#!/usr/bin/env bash
# PostgreSQL as source and sink (issue: PostgreSQL), 1M generated posts, in one run on this machine:
#   read:  tagcat stats from the table (COPY out of a query) vs from the same posts in a file, vs psql's own
#          \copy (query) to /dev/null (the database's export speed);
#   write: tagcat assign --out-jdbc (1M post_categories rows by COPY, one transaction) vs psql \copy ... from
#          of the same rows.
# Starts its own PostgreSQL (Debian's postgresql package, installed when missing) in a temporary folder on a
# free port, as the postgres user; RUNS runs of each, medians printed as a markdown table.
#
#   bench/postgres-io.sh            RUNS=5 by default
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/out"
mkdir -p "$out"
RUNS="${RUNS:-5}"
PGPORT="${PGPORT:-15432}"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ] || ! command -v psql >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -pl tagcat-cli -am package)
jar="$out/tagcat-pg.jar"
cp "$root/tagcat-cli/target/tagcat.jar" "$jar"
tagcat=(env TAGCAT_JAR="$jar" TAGCAT_JAVA_OPTS="-Xmx4g" "$root/tagcat")

data=$(mktemp -d /tmp/tagcat-pg-bench.XXXXXX)
chown postgres "$data" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$pgbin/initdb" -D "$data/db" -A trust -U postgres -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$data/db" -o "-p $PGPORT -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" -w -l "$data/log" start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
url="jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres"
psql=(psql -q -X -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)

"${tagcat[@]}" generate --posts 1000000 --seed 7 --out-jdbc "$url" --table posts 2>/dev/null
[ -s "$out/1m-pgarray.txt" ] || "${tagcat[@]}" generate --posts 1000000 --seed 7 --format pgarray --out "$out/1m-pgarray.txt"
"${psql[@]}" -c "VACUUM ANALYZE posts"
model="$out/pg-k50.json.gz"
[ -s "$model" ] || "${tagcat[@]}" cluster "$out/1m-pgarray.txt" --k 50 --seed 1 -q --model "$model" >/dev/null

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$out/pg-last.err"; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
read_s() { "$@" 2>/dev/null | grep -o '"read_s":[0-9.]*' | cut -d: -f2; }

declare -A W R
for i in $(seq 1 "$RUNS"); do
  W[file]+="$(wall "${tagcat[@]}" stats "$out/1m-pgarray.txt" --json -q)"$'\n'
  R[file]+="$(read_s "${tagcat[@]}" stats "$out/1m-pgarray.txt" --json -q)"$'\n'
  W[table]+="$(wall "${tagcat[@]}" stats --jdbc "$url" --query "SELECT id, tags FROM posts ORDER BY id" --json -q)"$'\n'
  R[table]+="$(read_s "${tagcat[@]}" stats --jdbc "$url" --query "SELECT id, tags FROM posts ORDER BY id" --json -q)"$'\n'
  W[psql_out]+="$(wall "${psql[@]}" -c "\\copy (SELECT id, tags FROM posts ORDER BY id) to '/dev/null'")"$'\n'
done
# write: tagcat's own timing of its transaction ("wrote run ... in X s"), and the whole command; a new run id
# each time (--replace would add deleting the previous run's 1M rows to the timing)
for i in $(seq 1 "$RUNS"); do
  W[assign]+="$(wall "${tagcat[@]}" assign --model "$model" --jdbc "$url" --query "SELECT id, tags FROM posts ORDER BY id" --out-jdbc "$url" --run-id "bench-$i")"$'\n'
  R[assign]+="$(grep -o 'posts in [0-9.]* s' "$out/pg-last.err" | awk '{print $3}')"$'\n'
done
"${psql[@]}" -c "\\copy (SELECT run_id, post_id, rank, category_id, score FROM tagcat.post_categories WHERE run_id = 'bench-1') to '$data/rows.tsv'"
chmod a+r "$data/rows.tsv"
# the same table as tagcat writes to: primary key and the foreign key to runs (checked per row by the server)
"${psql[@]}" -c "CREATE TABLE scratch (LIKE tagcat.post_categories INCLUDING ALL, FOREIGN KEY (run_id) REFERENCES tagcat.runs ON DELETE CASCADE)"
"${psql[@]}" -c "CREATE TABLE scratch_nofk (LIKE tagcat.post_categories INCLUDING ALL)"
for i in $(seq 1 "$RUNS"); do
  "${psql[@]}" -c "TRUNCATE scratch, scratch_nofk"
  W[psql_in]+="$(wall "${psql[@]}" -c "\\copy scratch from '$data/rows.tsv'")"$'\n'
  W[psql_in_nofk]+="$(wall "${psql[@]}" -c "\\copy scratch_nofk from '$data/rows.tsv'")"$'\n'
done

m() { printf '%s' "$1" | grep -v '^$' | median; }
echo "| what | median s (whole command) | median s (tagcat's own timing) |"
echo "|---|---|---|"
echo "| tagcat stats, 1M posts from a file | $(m "${W[file]}") | read $(m "${R[file]}") |"
echo "| tagcat stats, 1M posts from the table (COPY out) | $(m "${W[table]}") | read $(m "${R[table]}") |"
echo "| psql \\copy (SELECT id, tags FROM posts ORDER BY id) to /dev/null | $(m "${W[psql_out]}") | |"
echo "| tagcat assign --out-jdbc, 1M rows written | $(m "${W[assign]}") | write $(m "${R[assign]}") |"
echo "| psql \\copy into the same table (primary key + foreign key to runs) from a file of the same 1M rows | $(m "${W[psql_in]}") | |"
echo "| psql \\copy into that table without the foreign key | $(m "${W[psql_in_nofk]}") | |"
