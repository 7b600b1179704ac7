#!/usr/bin/env bash
# The whole-country division import into PostgreSQL against psql \copy of villages.csv.gz into a plain
# table, alternating: each round times the COPY, a first import into an empty database and the same
# import again (nothing changes). The machine may be busy, so each round notes the load average and
# the ratios are taken within a round; the medians go to the JSON file.
#   bench/import.sh OUT.json [ROUNDS]    from the project root, after packaging (default 3 rounds)
#   GONGZHI_SHARED, PGHOST/PGPORT/PGUSER as for bench/run.sh; BENCH_IMPORT_DB names the two databases
#   it creates and drops (default gongzhi_bench, and the same with _copy)
set -euo pipefail
out=$1
rounds=${2:-3}
shared=${GONGZHI_SHARED:-../shared}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_IMPORT_DB:-gongzhi_bench}
copydb=${db}_copy
import() {
	# the importer's own time, in ms from its log line (the summary prints tenths of seconds)
	GONGZHI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" GONGZHI_DB_USER="$PGUSER" \
		GONGZHI_SECURITY_SECRET="bench-$(date +%s%N)-not-a-production-secret" \
		java -jar target/gongzhi.jar import-divisions --dir "$shared/data/divisions" --spring.profiles.active=postgres \
		--logging.level.root=WARN --logging.level.org.gongzhi.org.DivisionImporter=INFO 2>&1 \
		| grep -oE 'bad rows in [0-9]+ ms' | grep -oE '[0-9]+' | awk '{ print $1 / 1000 }'
}
results=()
for round in $(seq "$rounds"); do
	psql -qd postgres -c "drop database if exists $db" -c "create database $db" \
		-c "drop database if exists $copydb" -c "create database $copydb"
	psql -qd "$copydb" -c "create table villages_copy (code text, name text, street_code text, province_code text, city_code text, area_code text)"
	load=$(cut -d' ' -f1 /proc/loadavg)
	start=$(date +%s.%N)
	zcat "$shared/data/divisions/villages.csv.gz" | psql -qd "$copydb" -c "\copy villages_copy from stdin with (format csv, header true)"
	copy_s=$(python3 -c "print($(date +%s.%N) - $start)")
	first_s=$(import)
	again_s=$(import)
	echo "round $round: load $load, COPY ${copy_s:0:5} s, import $first_s s, again $again_s s" >&2
	results+=("$load $copy_s $first_s $again_s")
done
psql -qd postgres -c "drop database if exists $db" -c "drop database if exists $copydb"
printf '%s\n' "${results[@]}" | python3 -c '
import json, statistics, sys
rounds = [dict(zip(("load", "copy_s", "first_s", "again_s"), map(float, line.split()))) for line in sys.stdin]
median = lambda key: statistics.median(r[key] for r in rounds)
ratio = lambda key: statistics.median(r[key] / r["copy_s"] for r in rounds)
json.dump({"rounds": rounds, "copy_s": median("copy_s"), "first_s": median("first_s"), "again_s": median("again_s"),
           "first_ratio": ratio("first_s"), "again_ratio": ratio("again_s")}, open(sys.argv[1], "w"), indent=1)
' "$out"
