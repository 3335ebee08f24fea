#!/usr/bin/env bash
# The search benchmark: imports a file of ROWS rows (default 50,000, made as bench/import-benchmark.sh makes it)
# through the command line into a fresh embedded H2 database, starts the application on that database (which builds
# the search index at its start), warms it up with other queries, then times ten different
# searches in one member's explorer (MEMBER, default ukraine) and ten across every member (/commitments), each
# asked once so the page cache cannot answer, and prints the slowest of each.
#
# The warm-up asks thirty other queries (single words, pairs, Spanish) of both pages, WARMUP_ROUNDS times (default
# 3: 180 requests, some 15 s), as a server does that has answered a few hundred searches. WARMUP=short asks only
# the first ten, once (twenty requests, this script's warm-up until 2026-12-07): the slowest figure is then mostly
# the JIT compiling the search's code paths while they are timed; bench/RESULTS.md records both. DATABASE=postgres runs the same on a
# fresh local PostgreSQL cluster (Debian's server binaries, PG_BIN, started as the postgres user on PG_PORT).
#
# JAVA chooses the runtime (default: java on the PATH); the Docker image runs a JDK 25. JVM_OPTS adds options to the
# server's JVM, e.g. JVM_OPTS=@src/main/docker/jvm.options for the image's (serial collector, 256 MB heap).
#
#   bench/search-benchmark.sh [ROWS]
#   DATABASE=postgres bench/search-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-50000}"
MEMBER="${MEMBER:-ukraine}"
PORT="${PORT:-18089}"
OUT=bench/out
REAL=src/test/resources/opendata/ogp-commitments-open-parliament-2024-07.csv
DATABASE="${DATABASE:-h2}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-55439}"
PG_DIR=/tmp/ogp-search-benchmark-pg
JAVA="${JAVA:-java}"

./mvnw -B -q package -DskipTests
JAR="$(ls target/ogp-portal-*.jar | grep -v -- '-plain' | head -n 1)"
. bench/fifty-thousand.sh
prepare_database search-data search-pg.log
echo "$ROWS rows on $DATABASE; $(nproc) cores; $("$JAVA" -version 2>&1 | head -n 1); load average now: $(cut -d" " -f1-3 /proc/loadavg)"

echo "== command-line import (the server builds the search index at its start)"
/usr/bin/time -f "import process: %e s elapsed" \
	"$JAVA" -jar "$JAR" --portal.import="$OUT/ogp-$ROWS.csv" "${DB_ARGS[@]}" \
		--logging.level.root=warn --logging.level.org.opengovpartnership.portal.commitment.CommitmentIndex=info 2>&1 \
	| grep -E "Indexed|import process|commitments" | grep -v '^\s*$'

# shellcheck disable=SC2086 # JVM_OPTS holds several options
"$JAVA" ${JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" "${DB_ARGS[@]}" --portal.page-cache.max-size=0 \
	--logging.level.root=warn --logging.level.org.opengovpartnership.portal.commitment.CommitmentIndex=info \
	> "$OUT/search-app.log" 2>&1 &
APP=$!
stop() {
	kill $APP 2>/dev/null || true
	if [ "$DATABASE" = postgres ]; then
		su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" > /dev/null 2>&1 || true
	fi
}
trap stop EXIT
for _ in $(seq 1 300); do
	curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
	sleep 1
done

echo "server start: $(grep -o 'Indexed.*' "$OUT/search-app.log" || echo 'index not built')"

seconds() {
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT$1"
}

# Warm-up: other words, so the measured ones are each asked for the first time.
WARM_UP=(water health budget justice data open citizen women youth digital education environment climate land
	police court elections media "police+reform" "public+service" "tax+policy" "gender+equality" "civic+space"
	"right+information" anticorruption "datos+abiertos" participación presupuesto salud justicia)
WARMUP_ROUNDS="${WARMUP_ROUNDS:-3}"
if [ "${WARMUP:-}" = short ]; then
	WARM_UP=("${WARM_UP[@]:0:10}")
	WARMUP_ROUNDS=1
fi
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
	for q in "${WARM_UP[@]}"; do
		seconds "/members/$MEMBER/commitments?q=$q" > /dev/null
		seconds "/commitments?q=$q" > /dev/null
	done
done
echo "warm-up: $(( ${#WARM_UP[@]} * 2 * WARMUP_ROUNDS )) requests"

QUERIES=(corrupcion "spending+citizen" participate transparente "access+information" lobbying "open+contracting"
	parliament "beneficial+ownership" procurement)
slowest() {
	local prefix="$1" worst=0 code time
	for q in "${QUERIES[@]}"; do
		read -r code time < <(seconds "$prefix$q")
		[ "$code" = 200 ] || { echo "  $prefix$q answered $code" >&2; exit 1; }
		echo "  $prefix$q: $time s" >&2
		worst=$(python3 -c "print(max($worst, $time))")
	done
	echo "$worst"
}
echo "== member search (/members/$MEMBER/commitments?q=...)"
MEMBER_WORST=$(slowest "/members/$MEMBER/commitments?q=")
echo "slowest: $MEMBER_WORST s"
echo "== search across members (/commitments?q=...)"
ALL_WORST=$(slowest "/commitments?q=")
echo "slowest: $ALL_WORST s"
echo "load average now: $(cut -d" " -f1-3 /proc/loadavg)"
