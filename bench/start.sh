#!/usr/bin/env bash
# Time from launch to the first page (200 on /members/mexico) of the packaged portal, each way it can be started,
# every start on a fresh embedded H2 database (so the migrations run), with the image's JVM options
# (src/main/docker/jvm.options):
#   plain   java -jar target/ogp-portal-*.jar                                    (JDK 17 or later)
#   cds     extracted jar + class data sharing archive from a training run     (JDK 17 or later; the old image)
#   aot     extracted jar + ahead-of-time cache from a training run            (JDK 25: -XX:AOTCache; the image)
#
#   bench/start.sh            (RUNS=3 starts per way; JAVA25=path to a JDK 25 java, default Temurin 25's)
#
# Prints each start and the fastest of each way, and the resident memory (RSS) right after the first page.
set -euo pipefail
# As the image runs it (src/main/docker/Dockerfile).
export MALLOC_ARENA_MAX=2
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OPTIONS=@src/main/docker/jvm.options
PAGE=/members/mexico
HOST=127.0.0.1

jar=$(ls target/ogp-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -B package -DskipTests
	jar=$(ls target/ogp-portal-*.jar | grep -v -- '-plain' | head -1)
fi
work=$(mktemp -d)
app_pid=
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# Starts "$@" on a fresh H2 database, prints the time to the first 200 and the RSS then, and stops it.
start_once() {
	local port=$((19000 + RANDOM % 900)) launched
	rm -rf "$work/data"
	launched=$(now_ms)
	"$@" --server.address=$HOST --server.port="$port" --portal.data-dir="$work/data" \
		--portal.admin.password="bench-$(date +%s%N)" >"$work/app.log" 2>&1 &
	app_pid=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$port$PAGE" || true)" = "200" ]; do
		if ! kill -0 "$app_pid" 2>/dev/null; then
			echo "The app did not start:" >&2
			tail -40 "$work/app.log" >&2
			exit 1
		fi
		sleep 0.02
	done
	echo "$(($(now_ms) - launched)) $(($(ps -o rss= -p "$app_pid") / 1024))"
	kill "$app_pid"
	wait "$app_pid" 2>/dev/null || true
	app_pid=
}

# Runs a way RUNS times: "name" then the command.
way() {
	local name=$1 fastest= line ms rss
	shift
	printf '%-8s' "$name"
	for _ in $(seq "$RUNS"); do
		line=$(start_once "$@")
		read -r ms rss <<<"$line"
		printf ' %6s ms' "$ms"
		if [ -z "$fastest" ] || [ "$ms" -lt "$fastest" ]; then
			fastest=$ms
		fi
	done
	printf '   fastest %s ms, RSS after the first page %s MB\n' "$fastest" "$rss"
}

# The image's preparation (src/main/docker/Dockerfile): the jar extracted, then a training run on a throwaway H2
# database that stops once the context is up and records what the portal loads.
training() {
	PORTAL_DATA_DIR="$work/training" "$@" -Dspring.context.exit=onRefresh -jar "$work/app/app.jar" \
		--portal.admin.password=training-only >"$work/training.log" 2>&1
	rm -rf "$work/training"
}
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" --application-filename app.jar >/dev/null

echo "Start to the first page of $PAGE, fresh H2 database each time, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
way plain "$JAVA17" "$OPTIONS" -jar "$jar"
training "$JAVA17" "$OPTIONS" -XX:ArchiveClassesAtExit="$work/app/app.jsa"
way cds "$JAVA17" "$OPTIONS" -XX:SharedArchiveFile="$work/app/app.jsa" -jar "$work/app/app.jar"
if [ -x "$JAVA25" ]; then
	training "$JAVA25" "$OPTIONS" -XX:AOTCacheOutput="$work/app/app.aot"
	way aot "$JAVA25" "$OPTIONS" -XX:AOTCache="$work/app/app.aot" -jar "$work/app/app.jar"
else
	echo "aot      skipped: no JDK 25 at $JAVA25"
fi
