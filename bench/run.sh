#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/<date>.md. Each figure is reported with a baseline
# measured in the same run on the same machine, as a ratio.
#   bench/run.sh                 everything
#   GONGZHI_SHARED=/path/shared  where the whole-country division files are (default ../shared)
#   PGHOST/PGPORT/PGUSER         the PostgreSQL to use (default localhost:5432, postgres)
#   BENCH_CASES=10000000         cases bulk-loaded for the dashboard queries (100000 for a quick run)
#   BENCH_DURATION=30            seconds of each intake load (wrk and pgbench)
#   BENCH_OUT=bench/results/<date>.md   where the table goes
#   BENCH_PORT=18980             port of the application under test
#   BENCH_JAVA_OPTS=-Xmx1g       JVM options of the application under test
#   BENCH_DB, BENCH_KEEP_DB=1, BENCH_BULK_LOG   run the application benchmarks on a database loaded before
#                                (see bench/app.sh), e.g. the 10 M cases loaded while the machine was busy
# Needs wrk (apt-get install -y wrk), pgbench and psql (postgresql-client), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${GONGZHI_SHARED:-../shared}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
work=bench/work
mkdir -p "$work" bench/results
out=${BENCH_OUT:-bench/results/$(date +%F).md}

echo "== building"
./mvnw -B -q -DskipTests -Dspring-javaformat.skip package
./mvnw -B -q -Pbench -Dspring-javaformat.skip test-compile dependency:build-classpath \
	-Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test

echo "== point → grid (JMH)"
java -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" org.openjdk.jmh.Main LocateBenchmark \
	-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -rf json -rff "$work/jmh-locate.json"

echo "== whole-country division import into PostgreSQL vs COPY (3 alternating rounds)"
bench/import.sh "$work/import.json" 3

bench/app.sh "$work"

python3 - "$work/jmh-locate.json" "$work/import.json" "$out" "$work/app.json" <<'PY'
import json, os, platform, subprocess, sys
jmh, out = sys.argv[1], sys.argv[3]
imp = json.load(open(sys.argv[2]))
app = json.load(open(sys.argv[4]))
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
    f"Load average: {app['load_before']} before the application benchmarks, {app['load_after']} after (other work on the machine counts)",
    f"Application JVM: `{app['java_opts']}`; wrk {app['wrk_version']}; intake {app['duration']} s per side; BENCH_CASES={os.environ.get('BENCH_CASES', '10000000')}",
    f"Java: {cmd('java', '-version').splitlines()[0]}; PostgreSQL: {cmd('psql', '--version')}, autovacuum {cmd('psql', '-Atqd', 'postgres', '-c', 'show autovacuum')}, shared_buffers {cmd('psql', '-Atqd', 'postgres', '-c', 'show shared_buffers')}", "",
    "| figure | value | baseline (same run) | ratio | aim |", "|---|---|---|---|---|"]
for grids, label in [('demo', 'demo grids of 皇姑区'), ('synthetic100k', '100,000 synthetic grids')]:
    idx, idx_err = score[('indexed', grids)]
    brute, brute_err = score[('bruteForce', grids)]
    aim = '≥ 1,000,000/s per core, ≥ 1000×' if grids == 'synthetic100k' else ''
    lines.append(f"| point → grid, {label} | {idx:,.0f} lookups/s (± {idx_err:,.0f}), 1 thread | brute-force scan {brute:,.0f}/s (± {brute_err:,.0f}) | {idx/brute:,.0f}× | {aim} |")
loads = ", ".join(f"{r['load']:.1f}" for r in imp['rounds'])
lines.append(f"| whole-country import (665,276 units) into PostgreSQL, median of {len(imp['rounds'])} rounds (load average {loads}) | {imp['first_s']:.2f} s | COPY of villages.csv into a plain table {imp['copy_s']:.2f} s | {imp['first_ratio']:.1f}× COPY (" + ", ".join(f"{r['first_s']/r['copy_s']:.1f}" for r in imp['rounds']) + ") | ≤ 30 s, ≤ 3× COPY |")
lines.append(f"| the same import again (nothing changes) | {imp['again_s']:.2f} s | COPY {imp['copy_s']:.2f} s | {imp['again_ratio']:.1f}× COPY (" + ", ".join(f"{r['again_s']/r['copy_s']:.1f}" for r in imp['rounds']) + ") | idempotent |")
i, p = app['intake'], app['pgbench']
failed = f"{i['non2xx']} of {i['requests']:,} failed: non-2xx or wrk's 2 s timeout" + (f"; statuses {i['statuses']}" if i.get('statuses') else "")
lines.append(f"| intake `POST /api/cases`, 64 connections | {i['rps']:,.0f} req/s, p50 {i['p50']:.1f} ms, p99 {i['p99']:.1f} ms ({failed}) | pgbench single-row INSERT, 64 clients: {p['tps']:,.0f}/s, p50 {p['p50']:.1f} ms, p99 {p['p99']:.1f} ms | {100*i['rps']/p['tps']:.0f} % of pgbench | ≥ 25 %, p99 ≤ 50 ms |")
f = app.get('floor')
if f:
    lines.append(f"| the floor: authenticated `GET /api/identity/me` (no database work), 64 connections | {f['rps']:,.0f} req/s, p50 {f['p50']:.1f} ms, p99 {f['p99']:.1f} ms | pgbench as above | {100*f['rps']/p['tps']:.0f} % of pgbench; intake {100*i['rps']/f['rps']:.0f} % of this | |")
b = app['bulk']
lines.append(f"| bulk-cases: {b['cases']:,} cases with {b['events']:,} events and rollups | {b['seconds']:.0f} s ({b['cases']/max(b['seconds'],1e-9):,.0f} cases/s) | | | |")
for q in app['queries']:
    lines.append(f"| {q['label']} on {app['cases_total']:,} cases | {q['api_ms']:.0f} ms (median of 5, warm) | {q['baseline_label']}: {q['baseline_ms']:,.0f} ms | {q['baseline_ms']/q['api_ms']:,.1f}× | ≤ 200 ms, ≥ 20× |")
for key, aim in [('page_demo', 'well under 1 s'), ('page_big', '')]:
    pg = app.get(key)
    if pg:
        label = (f"{pg['cases']:,.0f} cases (the first load after the demo history was generated)" if key == 'page_demo'
            else f"{app['cases_total']:,} cases (cold: the first page after a start)")
        lines.append(f"| leader's dashboard in Chromium until figures, charts and map are drawn, on {label} | first {pg['first_ms']:,.0f} ms, then {pg['warm_ms']:,.0f} ms (median of 5) | the sign-in page: {pg['login_ms']:,.0f} ms | {pg['warm_ms']/pg['login_ms']:.1f}× the sign-in page | {aim} |")
c = app['start']
lines.append(f"| cold start to first page served (demo district in place), extracted jar with a CDS archive | {c['seconds']:.1f} s, RSS {c['rss_mb']:.0f} MB at the first page (median of 3) | the same with `java -jar`: {c['jar_seconds']:.1f} s, RSS {c['jar_rss_mb']:.0f} MB; first start, which builds the demo district: {c['first_seconds']:.1f} s | {c['jar_seconds']/c['seconds']:.1f}× faster than `java -jar` | ≤ 8 s, ≤ 600 MB |")
lines.append(f"| RSS after the intake and dashboard runs | {app['rss_after_mb']:.0f} MB | | | |")
lines += ["", "Point → grid: JMH, 1 fork, 3 × 2 s warm-up, 5 × 2 s measurement, one thread (so the figure is per core).",
    "Import: `java -jar target/gongzhi.jar import-divisions` timed by the importer itself (parsing, diffing against the",
    "table, COPY of new units into `org_unit` with its primary key, parent foreign key and indexes); the baseline is",
    "psql `\\copy` of the villages file alone into an unindexed table. bench/import.sh alternates COPY, first import and",
    "re-import three times; the ratios are taken within each round (listed) and their median reported.",
    "Intake: wrk (2 threads, 64 connections) posting a valid report (random demo grid point and leaf category, no Idempotency-Key)",
    "with the demo dispatcher's API token to the jar on PostgreSQL; pgbench (64 clients, 2 threads) inserting one row into a",
    "plain table with a bigserial key on the same server; latencies of pgbench from its per-transaction log. The floor:",
    "the same wrk load asking `GET /api/identity/me`, what any API call costs on this machine before its own work.",
    "Dashboard: `bulk-cases` loads the cases (seed 1, 365 days); each API call is timed with curl (median of 5 after one",
    "warm-up); the baselines compute the same answer from the cases tables with psql: the month's counters by a GROUP BY",
    "over the timeline joined with the cases plus the state counts, and the same filtered page with index scans disabled.",
    "Dashboard page: `bench/src/jmh/java/org/gongzhi/bench/DashboardPageLoad.java`, Playwright driving /usr/bin/chromium,",
    "signed in as the demo leader, from navigation until the map's cases and both charts are drawn (network, server, scripts).",
    "Cold start: the launch until `/` (followed to the sign-in page) answers, then VmRSS of the process; three starts of",
    "each launch, alternating. The recommended launch (README, \"Production\") extracts the jar and uses a class data",
    "sharing archive written by a training run (`-XX:ArchiveClassesAtExit`, `-Dspring.context.exit=onRefresh`)."]
open(out, 'w').write('\n'.join(lines) + '\n')
print('\n'.join(lines))
PY
echo "== written $out"
