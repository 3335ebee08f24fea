#!/usr/bin/env bash
# The import benchmark: builds the application, makes a file of ROWS rows (default 50,000) from the real OGP export
# in src/test/resources, and imports it twice through the command line into a fresh embedded H2 database, with the
# heap capped (HEAP, default 256m) to show that memory stays bounded. The first import creates every commitment; the
# second finds every one unchanged. Prints the import's own time and the process's elapsed time and peak memory.
# Then starts the server on that database and prints how long it took to index every commitment for search (the
# time from the import's end until the server's search finds what it imported), and restarts it (the index is kept on
# disk: nothing to index again). Last, the import an admin makes: the server (with the image's JVM options) on a fresh
# database, the file uploaded, previewed and confirmed through the admin pages; the confirm answers once the search
# index holds what the import changed. DATABASE=postgres runs the same on
# a fresh local PostgreSQL cluster (Debian's server binaries, PG_BIN, started as the postgres user on PG_PORT).
# JAVA chooses the runtime (default: java on the PATH); the Docker image runs a JDK 25. SERVER_JVM_OPTS replaces the
# server's JVM options (default: the image's, src/main/docker/jvm.options, with -Xmx$HEAP); SERVER_JVM_OPTS=" " runs
# it with the JVM's own defaults, as ./mvnw spring-boot:run does.
#
#   bench/import-benchmark.sh [ROWS]
#   DATABASE=postgres bench/import-benchmark.sh [ROWS]
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/import-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-50000}"
HEAP="${HEAP:-256m}"
OUT=bench/out
REAL=src/test/resources/opendata/ogp-commitments-open-parliament-2024-07.csv
DATABASE="${DATABASE:-h2}"
PORT="${PORT:-18090}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-55440}"
PG_DIR=/tmp/ogp-import-benchmark-pg
JAVA="${JAVA:-java}"

./mvnw -B -q package -DskipTests
JAR="$(ls target/ogp-portal-*.jar | grep -v -- '-plain' | head -n 1)"
. bench/fifty-thousand.sh
prepare_database data import-pg.log
stop() {
	[ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
	if [ "$DATABASE" = postgres ]; then
		su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" > /dev/null 2>&1 || true
	fi
}
trap stop EXIT
echo "File: $OUT/ogp-$ROWS.csv, $(du -h "$OUT/ogp-$ROWS.csv" | cut -f1), $ROWS rows on $DATABASE; heap capped at $HEAP; $(nproc) cores; $("$JAVA" -version 2>&1 | head -n 1); load average now: $(cut -d" " -f1-3 /proc/loadavg)"

for run in first second; do
	echo "== $run import"
	/usr/bin/time -f "process: %e s elapsed, %U s user + %S s system CPU, %M KB peak resident memory" \
		"$JAVA" -Xmx"$HEAP" -jar "$JAR" --portal.import="$OUT/ogp-$ROWS.csv" "${DB_ARGS[@]}" \
			--logging.level.root=warn 2>&1 | grep -v '^\s*$'
done

echo "== server start on the imported data (load average now: $(cut -d" " -f1-3 /proc/loadavg))"
"$JAVA" -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" "${DB_ARGS[@]}" --logging.level.root=warn \
	--logging.level.org.opengovpartnership.portal.commitment.CommitmentIndex=info > "$OUT/import-app.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
	grep -q "Indexed" "$OUT/import-app.log" && break
	sleep 1
done
grep -o 'Indexed.*' "$OUT/import-app.log" || echo "index not built"
curl -s "http://127.0.0.1:$PORT/commitments?q=verkhovna" | grep -o '[0-9,]* commitments found' || true
kill "$APP"; wait "$APP" || true

server() {
	# shellcheck disable=SC2086 # several options
	"$JAVA" ${SERVER_JVM_OPTS:-@src/main/docker/jvm.options -Xmx$HEAP} -jar "$JAR" --server.port="$PORT" "${DB_ARGS[@]}" \
		--portal.admin.password="$PASSWORD" --logging.level.root=warn \
		--logging.level.org.opengovpartnership.portal.commitment=info \
		--logging.level.org.opengovpartnership.portal.opendata=info > "$OUT/$1" 2>&1 &
	APP=$!
	for _ in $(seq 1 600); do
		curl -s -o /dev/null "http://127.0.0.1:$PORT/members" && break
		sleep 0.2
	done
}
PASSWORD=benchmark-admin-password
echo "== server restarted on the same data"
server import-app-again.log
for _ in $(seq 1 600); do
	grep -q "Search index\|Indexed" "$OUT/import-app-again.log" && break
	sleep 0.2
done
grep -o 'Search index.*\|Indexed.*' "$OUT/import-app-again.log" || true
kill "$APP"; wait "$APP" || true

echo "== import through the admin pages, fresh database, JVM options: ${SERVER_JVM_OPTS:-@src/main/docker/jvm.options -Xmx$HEAP} (load average now: $(cut -d" " -f1-3 /proc/loadavg))"
prepare_database data-admin import-pg-admin.log
server import-app-admin.log
BASE="http://127.0.0.1:$PORT" FILE="$OUT/ogp-$ROWS.csv"
. bench/server-import.sh
server_import
grep -o 'Imported .*\|Indexed.*imported.*' "$OUT/import-app-admin.log" || true
curl -s "$BASE/commitments?q=verkhovna" | grep -o '[0-9,]* commitments found' || true
