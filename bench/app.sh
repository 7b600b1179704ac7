#!/usr/bin/env bash
# The benchmarks of the running application (called by bench/run.sh after the build; writes <work>/app.json):
# cold start and RSS, intake against pgbench, bulk-cases, dashboard queries against plain SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-bench/work}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cases=${BENCH_CASES:-10000000}
duration=${BENCH_DURATION:-30}
port=${BENCH_PORT:-18980}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
# BENCH_DB with BENCH_KEEP_DB=1 runs on a database prepared before (e.g. with 10 M cases loaded while the machine
# was busy); BENCH_BULK_LOG then names the output of that load, whose figure is reported
db=${BENCH_DB:-gongzhi_bench_app}
url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
base="http://localhost:$port"
mkdir -p "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
	psql -qd postgres -c "drop database if exists $db" -c "create database $db"
fi

pid=
stop_app() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		pid=
	fi
}
trap stop_app EXIT

# Starts the jar on the bench database; sets pid, start_s (to the first page served) and rss_mb.
start_app() {
	local started
	started=$(date +%s.%N)
	# shellcheck disable=SC2086
	GONGZHI_DB_URL="$url" GONGZHI_DB_USER="$PGUSER" java $java_opts ${launch:--jar target/gongzhi.jar} \
		--spring.profiles.active=postgres,demo --server.port="$port" --logging.level.root=WARN \
		--gongzhi.files.dir="$work/files" >"$work/app-$1.log" 2>&1 &
	pid=$!
	until curl -sfL -o /dev/null "$base/"; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "the application did not start, see $work/app-$1.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	start_s=$(python3 -c "print($(date +%s.%N) - $started)")
	rss_mb=$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status")
	# the demo district is built (or checked) after the first page is served: wait for its API token and grids
	until curl -sf -o /dev/null -H 'Authorization: Bearer demo-dispatcher-210105' "$base/api/identity/me" \
		&& [ "$(psql -Atqd "$db" -c "select count(*) from org_unit where level = 'GRID'")" -gt 0 ]; do
		sleep 0.5
	done
	ready_s=$(python3 -c "print($(date +%s.%N) - $started)")
}

echo "== first start (builds the demo district)"
start_app first
first_s=$ready_s
# the case history and the population are generated in the background: the later figures are taken without them running
until [ "$(psql -Atqd "$db" -c "select (select count(*) from demo_case_history where finished_at is not null)
	+ (select count(*) from registry_demo_progress where finished)")" = 2 ]; do
	sleep 2
done
# and the listeners have counted every event of the history (else the next start takes them up again)
until [ "$(psql -Atqd "$db" -c "select count(*) from event_publication")" = 0 ]; do
	sleep 2
done
echo "   demo district ready in $first_s s; history and population generated"
# the leader's dashboard in Chromium on the demo data (the page's first load after the history, then warm)
page_load() {
	java -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" org.gongzhi.bench.DashboardPageLoad \
		"$base" 2>&1 | grep '^RESULT' | cut -d' ' -f2-
}
demo_page=$(page_load)
[ -z "$demo_page" ] || demo_page="$demo_page $(psql -Atqd "$db" -c "select count(*) from cases")"
echo "   dashboard page on the demo data (first, warm median, sign-in page): $demo_page ms"
stop_app
# The deployment the README recommends: the jar extracted (no nested-jar class loading) with a class data sharing
# archive written by a training run that stops after the context refreshed (Spring Boot's CDS recipe).
rm -rf "$work/app"
java -Djarmode=tools -jar target/gongzhi.jar extract --destination "$work/app" >/dev/null
GONGZHI_DB_URL="$url" GONGZHI_DB_USER="$PGUSER" java $java_opts -XX:ArchiveClassesAtExit="$work/app/gongzhi.jsa" \
	-Dspring.context.exit=onRefresh -jar "$work/app/gongzhi.jar" --spring.profiles.active=postgres,demo \
	--server.port="$port" --logging.level.root=WARN >"$work/app-cds-training.log" 2>&1
cds="-XX:SharedArchiveFile=$work/app/gongzhi.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $work/app/gongzhi.jar"
# Three cold starts of each launch, alternating; the median of each is reported.
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
fat_s=() fat_rss=() cds_s=() cds_rss=()
for i in 1 2 3; do
	echo "== cold start $i: java -jar"
	launch= start_app "cold-jar-$i"
	fat_s+=("$start_s") fat_rss+=("$rss_mb")
	stop_app
	echo "   $start_s s, RSS $rss_mb MB"
	echo "== cold start $i: extracted jar with the CDS archive"
	launch=$cds start_app "cold-cds-$i"
	cds_s+=("$start_s") cds_rss+=("$rss_mb")
	[ "$i" = 3 ] || stop_app
	echo "   $start_s s, RSS $rss_mb MB"
done
cold_s=$(median "${cds_s[@]}")
cold_rss=$(median "${cds_rss[@]}")
jar_s=$(median "${fat_s[@]}")
jar_rss=$(median "${fat_rss[@]}")

echo "== intake: wrk POST /api/cases vs pgbench INSERT, 64 connections, ${duration} s each"
points=$(psql -Atqd "$db" -c "select string_agg(format('{%s,%s}', centroid_lat, centroid_lng), ',') from
	(select centroid_lat, centroid_lng from org_unit where level = 'GRID' and centroid_lat is not null order by code) g")
categories=$(psql -Atqd "$db" -c "select string_agg(format('\"%s\"', code), ',') from case_category_version v
	where is_current and not exists (select 1 from case_category_version c where c.parent_code = v.code)
	and coalesce(attributes, '') not like '%\"required\":true%'")
# What both wrk loads print at the end: requests, duration, p50 and p99, failures, and the statuses of the answers
# that were not 2xx (counted per thread, summed at the end)
cat >"$work/report.lua" <<'LUA'
refused = {}
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
response = function(status, headers, body)
  if status >= 300 then
    refused[status] = (refused[status] or 0) + 1
  end
end
done = function(summary, latency, requests)
  local statuses = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("refused")) do
      statuses[status] = (statuses[status] or 0) + n
    end
  end
  local listed = ""
  for status, n in pairs(statuses) do
    listed = listed .. string.format(" %d×%d", n, status)
  end
  io.write(string.format("RESULT %d %d %.3f %.3f %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write("STATUSES" .. listed .. "\n")
end
LUA
cat >"$work/intake.lua" <<LUA
local points = { $points }
local categories = { $categories }
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer demo-dispatcher-210105"
request = function()
  local p = points[math.random(#points)]
  local body = string.format('{"categoryCode":"%s","lat":%.7f,"lng":%.7f,"description":"wrk benchmark report"}',
    categories[math.random(#categories)], p[1] + (math.random() - 0.5) * 0.0004, p[2] + (math.random() - 0.5) * 0.0004)
  return wrk.format(nil, "/api/cases", nil, body)
end
dofile("$work/report.lua")
LUA
# The floor under any API call on this machine: the same server, connections and token, answering who the caller
# is (authentication and JSON, no database work)
cat >"$work/floor.lua" <<LUA
wrk.headers["Authorization"] = "Bearer demo-dispatcher-210105"
dofile("$work/report.lua")
LUA
status=n/a
wrk -t2 -c64 -d5s -s "$work/intake.lua" "$base" >/dev/null # warm-up
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/intake.lua" "$base" | tee "$work/wrk.txt"
wrk_result=$(grep '^RESULT' "$work/wrk.txt")
wrk_statuses=$(grep '^STATUSES' "$work/wrk.txt" | cut -d' ' -f2-)
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/floor.lua" "$base/api/identity/me" | tee "$work/floor.txt"
floor_result=$(grep '^RESULT' "$work/floor.txt")
psql -qd "$db" -c "drop table if exists bench_intake" \
	-c "create table bench_intake (id bigserial primary key, category_code varchar(32), lat double precision,
		lng double precision, description varchar(2000), reported_at timestamptz not null default now())"
echo "insert into bench_intake (category_code, lat, lng, description) values ('SJ0101', 41.83, 123.42, 'pgbench');" \
	>"$work/pgbench.sql"
rm -f "$work"/pgbench_log.*
pgbench -n -c 64 -j 2 -T "$duration" -f "$work/pgbench.sql" -l --log-prefix="$work/pgbench_log" "$db" \
	| tee "$work/pgbench.txt"
rss_after_intake=$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status")
stop_app

echo "== bulk-cases: $cases cases"
GONGZHI_DB_URL="$url" GONGZHI_DB_USER="$PGUSER" GONGZHI_SECURITY_SECRET="bench-$(date +%s%N)-not-a-production-secret" \
	java -jar target/gongzhi.jar bulk-cases --count "$cases" --seed 1 \
	--days 365 --spring.profiles.active=postgres --logging.level.root=WARN 2>&1 | tr '\r' '\n' | tee "$work/bulk.txt" \
	| grep -E '^(bulk|loaded)' || true
if [ -n "${BENCH_BULK_LOG:-}" ]; then
	cp "$BENCH_BULK_LOG" "$work/bulk.txt"
fi
psql -qd "$db" -c "vacuum analyze cases" -c "vacuum analyze case_timeline" -c "vacuum analyze indicator_rollup"

echo "== dashboard queries"
start_app dashboard
big_page=$(page_load)
echo "   dashboard page on $cases cases (cold, warm median, sign-in page): $big_page ms"
python3 - "$work" "$db" "$base" <<'PY'
import datetime, json, re, statistics, subprocess, sys, time, urllib.request
work, db, base = sys.argv[1:4]
def api_ms(path):
    times = []
    for i in range(6):
        req = urllib.request.Request(base + path, headers={'Authorization': 'Bearer demo-leader-210105'})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            body = r.read()
            assert r.status == 200, (path, r.status)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[1:]), body
until = subprocess.run(['psql', '-Atqd', db, '-c', 'select until_day from case_bulk_run where seed = 1'],
    capture_output=True, text=True).stdout.strip()
last = datetime.date.fromisoformat(until).replace(day=1) - datetime.timedelta(days=1)
first = last.replace(day=1)
month = f"from={first}&to={last}"
queries = []
ms, body = api_ms(f"/api/indicators?org=210105&{month}")
reported = json.loads(body)['total']['counters']['reported']
lo, hi = f"{first} 00:00:00+08", f"{last + datetime.timedelta(days=1)} 00:00:00+08"
baseline = (f"select count(*) filter (where t.action = 'REPORT') reported, count(*) filter (where t.action = 'ACCEPT') accepted,"
    f" count(*) filter (where t.action = 'DISPATCH') dispatched, count(*) filter (where t.action = 'RETURN') returned,"
    f" count(*) filter (where t.action in ('HANDLE', 'SELF_HANDLE')) handled, count(*) filter (where t.action = 'CLOSE') closed,"
    f" count(*) filter (where t.action = 'EVALUATE') rated, count(*) filter (where t.action = 'OVERDUE') overdue"
    f" from case_timeline t join cases c on c.id = t.case_id where c.district_code = '210105'"
    f" and t.at >= '{lo}' and t.at < '{hi}';"
    f" select count(*) filter (where state <> 'REJECTED') should_close,"
    f" count(*) filter (where state in ('CLOSED', 'EVALUATED')) closed_now from cases"
    f" where district_code = '210105' and reported_at >= '{lo}' and reported_at < '{hi}';"
    f" select state, count(*) from cases where district_code = '210105' group by state;")
base_times = []
for i in range(3):
    out = subprocess.run(['psql', '-qd', db, '-c', '\\timing on', '-c', baseline], capture_output=True, text=True, check=True).stdout
    base_times.append(sum(float(t) for t in re.findall(r'Time: ([0-9.]+) ms', out)))
queries.append(dict(label=f"indicators of the district for {first:%Y-%m} (`GET /api/indicators`, {reported:,} reported)",
    api_ms=ms, baseline_label='GROUP BY over case_timeline ⋈ cases + state counts', baseline_ms=statistics.median(base_times)))
path = "/api/cases?org=210105001&state=DISPATCHED&state=IN_PROGRESS&category=SJ&limit=20"
ms, body = api_ms(path)
page = ("select id, number, state, category_code, org_code, reported_at, stage_deadline from cases"
    " where org_code like '210105001%' and state in ('DISPATCHED', 'IN_PROGRESS') and category_code like 'SJ%'"
    " order by reported_at desc, id desc limit 20")
scan_times = []
for i in range(3):
    out = subprocess.run(['psql', '-qd', db, '-c', 'set enable_indexscan = off', '-c', 'set enable_bitmapscan = off',
        '-c', 'set enable_indexonlyscan = off', '-c', '\\timing on', '-c', page], capture_output=True, text=True, check=True).stdout
    scan_times.append(float(re.findall(r'Time: ([0-9.]+) ms', out)[-1]))
queries.append(dict(label="case list page: street, open states, category prefix, newest 20 (`GET /api/cases?…`)",
    api_ms=ms, baseline_label='the same page by a scan of cases (index scans off)', baseline_ms=statistics.median(scan_times)))
json.dump(dict(queries=queries), open(f"{work}/queries.json", 'w'))
print(json.dumps(queries, indent=1, ensure_ascii=False))
PY
rss_after=$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status")
stop_app
cases_total=$(psql -Atqd "$db" -c "select count(*) from cases")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work" "$wrk_result" "$first_s" "$cold_s" "$cold_rss" "$rss_after" "$cases_total" "$load_before" \
	"$load_after" "$java_opts" "$duration" "$status" "$rss_after_intake" "$jar_s" "$jar_rss" "$demo_page" \
	"$big_page" "$floor_result" "$wrk_statuses" <<'PY'
import glob, json, re, subprocess, sys
(work, wrk, first_s, cold_s, cold_rss, rss_after, cases_total, load_before, load_after, java_opts, duration, status,
    rss_intake, jar_s, jar_rss, demo_page, big_page, floor, statuses) = sys.argv[1:]
page = lambda r: dict(zip(('first_ms', 'warm_ms', 'login_ms', 'cases'), map(float, r.split()))) if r.strip() else None
_, requests, micros, p50, p99, errors = wrk.split()
_, f_requests, f_micros, f_p50, f_p99, f_errors = floor.split()
pg = open(f"{work}/pgbench.txt").read()
lat = sorted(int(line.split()[2]) for f in glob.glob(f"{work}/pgbench_log*") for line in open(f))
pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
bulk = open(f"{work}/bulk.txt").read()
m = re.search(r'loaded ([0-9,]+) cases with ([0-9,]+) events .* in ([0-9.]+) s', bulk)
num = lambda s: int(s.replace(',', ''))
json.dump(dict(
    intake=dict(requests=int(requests), rps=int(requests) / (int(micros) / 1e6), p50=float(p50), p99=float(p99),
        non2xx=int(errors), statuses=statuses.strip(), probe_status=status),
    floor=dict(rps=int(f_requests) / (int(f_micros) / 1e6), p50=float(f_p50), p99=float(f_p99), errors=int(f_errors)),
    pgbench=dict(tps=float(re.search(r'tps = ([0-9.]+)', pg).group(1)), p50=pct(0.5), p99=pct(0.99)),
    bulk=dict(cases=num(m.group(1)), events=num(m.group(2)), seconds=float(m.group(3))) if m else dict(cases=0, events=0, seconds=0),
    queries=json.load(open(f"{work}/queries.json"))['queries'], cases_total=int(cases_total),
    start=dict(seconds=float(cold_s), rss_mb=float(cold_rss), first_seconds=float(first_s),
        jar_seconds=float(jar_s), jar_rss_mb=float(jar_rss)),
    page_demo=page(demo_page), page_big=page(big_page),
    rss_after_mb=float(rss_after), rss_after_intake_mb=float(rss_intake), load_before=load_before, load_after=load_after,
    java_opts=java_opts, duration=int(duration),
    wrk_version=subprocess.run(['wrk', '-v'], capture_output=True, text=True).stdout.split('\n')[0].split(' [')[0]),
    open(f"{work}/app.json", 'w'), indent=1)
PY
echo "== application benchmarks written to $work/app.json"
