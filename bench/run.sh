#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/<date>.md. Each figure is reported with a baseline
# measured in the same run on the same machine, as a ratio.
#   bench/run.sh                 everything
#   GONGZHI_SHARED=/path/shared  where the whole-country division files are (default ../shared)
#   PGHOST/PGPORT/PGUSER         the PostgreSQL to use (default localhost:5432, postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${GONGZHI_SHARED:-../shared}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
work=bench/work
mkdir -p "$work" bench/results
out=bench/results/$(date +%F).md

echo "== building"
./mvnw -B -q -DskipTests -Dspring-javaformat.skip package
./mvnw -B -q -Pbench -Dspring-javaformat.skip test-compile dependency:build-classpath \
	-Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test

echo "== point → grid (JMH)"
java -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" org.openjdk.jmh.Main LocateBenchmark \
	-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -rf json -rff "$work/jmh-locate.json"

echo "== whole-country division import into PostgreSQL vs COPY"
db=gongzhi_bench
copydb=gongzhi_bench_copy
psql -qd postgres -c "drop database if exists $db" -c "create database $db" \
	-c "drop database if exists $copydb" -c "create database $copydb"
psql -qd "$copydb" -c "create table villages_copy (code text, name text, street_code text, province_code text, city_code text, area_code text)"
start=$(date +%s.%N)
zcat "$shared/data/divisions/villages.csv.gz" | psql -qd "$copydb" -c "\copy villages_copy from stdin with (format csv, header true)"
copy_s=$(python3 -c "print($(date +%s.%N) - $start)")
import() {
	GONGZHI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" GONGZHI_DB_USER="$PGUSER" \
		GONGZHI_SECURITY_SECRET="bench-$(date +%s%N)-not-a-production-secret" \
		java -jar target/gongzhi.jar import-divisions --dir "$shared/data/divisions" --spring.profiles.active=postgres \
		--logging.level.root=WARN 2>&1 | tr '\r' '\n' | grep -E '^read' | sed -E 's/.* in ([0-9.]+) s$/\1/'
}
first_s=$(import)
again_s=$(import)
psql -qd postgres -c "drop database if exists $db" -c "drop database if exists $copydb"

python3 - "$work/jmh-locate.json" "$copy_s" "$first_s" "$again_s" "$out" <<'PY'
import json, os, platform, subprocess, sys
jmh, copy_s, first_s, again_s, out = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
score = {}
for r in json.load(open(jmh)):
    score[(r['benchmark'].rsplit('.', 1)[1], r['params']['grids'])] = (r['primaryMetric']['score'], r['primaryMetric']['scoreError'])
def cmd(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True).stdout.strip() or subprocess.run(args, capture_output=True, text=True).stderr.strip()
    except FileNotFoundError:
        return 'n/a'
mem = [l for l in open('/proc/meminfo') if l.startswith('MemTotal')][0].split()[1]
lines = [f"# Benchmarks {os.path.basename(out)[:-3]}", "",
    f"Machine: {os.cpu_count()} cores, {int(mem)//1024//1024} GiB; {platform.platform()}",
    f"Java: {cmd('java', '-version').splitlines()[0]}; PostgreSQL: {cmd('psql', '--version')}", "",
    "| figure | value | baseline (same run) | ratio | aim |", "|---|---|---|---|---|"]
for grids, label in [('demo', 'demo grids of 皇姑区'), ('synthetic100k', '100,000 synthetic grids')]:
    idx, idx_err = score[('indexed', grids)]
    brute, brute_err = score[('bruteForce', grids)]
    aim = '≥ 1,000,000/s per core, ≥ 1000×' if grids == 'synthetic100k' else ''
    lines.append(f"| point → grid, {label} | {idx:,.0f} lookups/s (± {idx_err:,.0f}), 1 thread | brute-force scan {brute:,.0f}/s (± {brute_err:,.0f}) | {idx/brute:,.0f}× | {aim} |")
lines.append(f"| whole-country import (665,276 units) into PostgreSQL | {first_s:.1f} s | COPY of villages.csv into a plain table {copy_s:.1f} s | {first_s/copy_s:.1f}× COPY | ≤ 30 s, ≤ 3× COPY |")
lines.append(f"| the same import again (nothing changes) | {again_s:.1f} s | COPY {copy_s:.1f} s | {again_s/copy_s:.1f}× COPY | idempotent |")
lines += ["", "Point → grid: JMH, 1 fork, 3 × 2 s warm-up, 5 × 2 s measurement, one thread (so the figure is per core).",
    "Import: `java -jar target/gongzhi.jar import-divisions` timed by the importer itself (parsing, diffing against the",
    "table, COPY of new units into `org_unit` with its primary key, parent foreign key and indexes); the baseline is",
    "psql `\\copy` of the villages file alone into an unindexed table."]
open(out, 'w').write('\n'.join(lines) + '\n')
print('\n'.join(lines))
PY
echo "== written $out"
