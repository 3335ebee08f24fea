#!/usr/bin/env bash
# Throughput of Mexico's member page, side by side with nginx serving a saved copy of the same bytes.
#
#   bench/run.sh            (as root on Debian 12, or as a user who already has wrk, nginx and PostgreSQL 15+)
#
# What it does, everything on 127.0.0.1 only, and it stops all it started when it ends (also on Ctrl-C):
#  1. installs wrk, nginx-light and postgresql with apt-get when missing; builds the jar when target/ has none;
#  2. starts the jar as the Docker image does (extracted, on JDK 25 with an ahead-of-time cache from a training run,
#     with the image's JVM options src/main/docker/jvm.options: see src/main/docker/Dockerfile; START=cds uses JDK 17
#     with a class data sharing archive, START=plain the plain jar) on the embedded H2 database in a fresh data
#     folder, measuring the time from launch to the first 200 on /members/mexico (bench/start.sh compares the ways);
#  3. saves that page with curl, and serves the copy with nginx (generated config: same Content-Type, same gzip
#     settings as the app, see below);
#  4. warms each server up (wrk, 20 s, not reported), then runs wrk -t2 -c32 -d20s --latency against both, with the
#     same "Accept-Encoding: gzip" header, and prints requests/s, p50 and p99 latency, errors, the server's CPU time
#     per request (which other load on the machine disturbs less than requests/s) and the ratio app/nginx; then the
#     app's resident memory (RSS);
#  5. the same with the app on a throwaway PostgreSQL cluster (initdb in a temp folder, Debian's binaries) and
#     --spring.profiles.active=postgres.
#
# gzip: the app sends anonymous visitors a copy of the page it compressed once (level 9) when it rendered it; nginx
# gets the same advantage (gzip_static with the copy compressed by gzip -9), so both send the same bytes without
# compressing per request. NGINX_GZIP=dynamic makes nginx compress per request instead (gzip_comp_level 6, Tomcat's
# level), which is slower for nginx.
#
# Settings (environment): DURATION (20s), WARMUP (20s), CONNECTIONS (32), THREADS (2), NGINX_GZIP (static|dynamic),
# JAVA_OPTS (the image's: @src/main/docker/jvm.options), APP_ARGS (more arguments for the app, e.g.
# --spring.datasource.hikari.maximum-pool-size=20), START (aot|cds|plain), JAVA25 (a JDK 25 java, for START=aot),
# SKIP_H2 or SKIP_POSTGRES (set to 1 to measure only the other), SKIP_STARTS (1: no bench/start.sh at the end).
set -euo pipefail
# As the image runs it (src/main/docker/Dockerfile).
export MALLOC_ARENA_MAX=2
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
NGINX_GZIP=${NGINX_GZIP:-static}
JAVA_OPTS=${JAVA_OPTS:-@src/main/docker/jvm.options}
APP_ARGS=${APP_ARGS:-}
START=${START:-aot}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PAGE=/members/mexico
HOST=127.0.0.1

# --- tools -------------------------------------------------------------------------------------------------------
initdb_binary() {
	ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1
}
packages=()
command -v wrk >/dev/null 2>&1 || packages+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx-light)
command -v curl >/dev/null 2>&1 || packages+=(curl)
command -v gzip >/dev/null 2>&1 || packages+=(gzip)
[ -n "${SKIP_POSTGRES:-}" ] || [ -n "$(initdb_binary)" ] || packages+=(postgresql)
if [ "${#packages[@]}" -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "Missing ${packages[*]}; run as root or install them first" >&2
		exit 1
	fi
	echo "Installing ${packages[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${packages[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

jar=$(ls target/ogp-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ]; then
	echo "Building the jar (./mvnw -q -B package -DskipTests)"
	./mvnw -q -B package -DskipTests
	jar=$(ls target/ogp-portal-*.jar | grep -v -- '-plain' | head -1)
fi

# --- bookkeeping: everything started is stopped on exit -----------------------------------------------------------
work=$(mktemp -d /tmp/ogp-bench.XXXXXX)
chmod 755 "$work"
app_pid=""
nginx_pid=""
pg_data=""
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

stop_app() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=""
}
cleanup() {
	stop_app
	if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
		kill "$nginx_pid"
		wait "$nginx_pid" 2>/dev/null || true
	fi
	if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
		"${as_postgres[@]}" "$(dirname "$(initdb_binary)")/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The image's way to start (src/main/docker/Dockerfile): the jar extracted, and a training run on a throwaway H2
# database that records what the portal loads, in an AOT cache (JDK 25) or a CDS archive (JDK 17), which every later
# start maps.
java=java
launch=(-jar "$jar")
if [ "$START" != plain ]; then
	java -Djarmode=tools -jar "$jar" extract --destination "$work/app" --application-filename app.jar >/dev/null
	if [ "$START" = aot ]; then
		java=$JAVA25
		record=(-XX:AOTCacheOutput="$work/app/app.aot")
		launch=(-XX:AOTCache="$work/app/app.aot" -jar "$work/app/app.jar")
	else
		record=(-XX:ArchiveClassesAtExit="$work/app/app.jsa")
		launch=(-XX:SharedArchiveFile="$work/app/app.jsa" -jar "$work/app/app.jar")
	fi
	# shellcheck disable=SC2086
	PORTAL_DATA_DIR="$work/training" "$java" $JAVA_OPTS "${record[@]}" -Dspring.context.exit=onRefresh \
		-jar "$work/app/app.jar" --portal.admin.password=training-only >"$work/training.log" 2>&1
	rm -rf "$work/training"
fi

# The first free port from $1 on; callers start from a random port, so two runs at once do not collide.
free_port() {
	local port
	for port in $(seq "$1" $(($1 + 100))); do
		if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	echo "No free port from $1" >&2
	exit 1
}

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

# Starts the jar with the given arguments; sets app_pid, app_url and start_ms (launch to first 200 on the page).
start_app() {
	local port
	port=$(free_port $((18080 + RANDOM % 500)))
	app_url="http://$HOST:$port"
	local launched
	launched=$(now_ms)
	# shellcheck disable=SC2086
	"$java" $JAVA_OPTS "${launch[@]}" --server.address=$HOST --server.port="$port" \
		--portal.admin.password="bench-$(date +%s%N)" "$@" $APP_ARGS >"$work/app-$port.log" 2>&1 &
	app_pid=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$app_url$PAGE" || true)" = "200" ]; do
		if ! kill -0 "$app_pid" 2>/dev/null; then
			echo "The app did not start:" >&2
			tail -40 "$work/app-$port.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	start_ms=$(($(now_ms) - launched))
}

start_nginx() {
	local port
	port=$(free_port $((18600 + RANDOM % 500)))
	nginx_url="http://$HOST:$port"
	mkdir -p "$work/www/members" "$work/nginx"
	curl -s -o "$work/www$PAGE.html" "$app_url$PAGE"
	gzip -9 -k -f "$work/www$PAGE.html"
	chmod -R a+rX "$work/www"
	local gzip_static=off
	[ "$NGINX_GZIP" = "static" ] && gzip_static=on
	cat >"$work/nginx/nginx.conf" <<-EOF
		worker_processes auto;
		pid $work/nginx/nginx.pid;
		error_log $work/nginx/error.log warn;
		events { worker_connections 1024; }
		http {
		    access_log off;
		    client_body_temp_path $work/nginx/body;
		    proxy_temp_path $work/nginx/proxy;
		    fastcgi_temp_path $work/nginx/fastcgi;
		    uwsgi_temp_path $work/nginx/uwsgi;
		    scgi_temp_path $work/nginx/scgi;
		    # The app's settings: server.compression.* (2 KB minimum, the same types; nginx always includes text/html);
		    # Content-Type text/html, UTF-8.
		    gzip on;
		    gzip_comp_level 6;
		    gzip_min_length 2048;
		    gzip_types text/css application/javascript application/json image/svg+xml text/csv;
		    gzip_vary on;
		    gzip_static $gzip_static;
		    server {
		        listen $HOST:$port;
		        root $work/www;
		        location = $PAGE {
		            default_type "text/html; charset=UTF-8";
		            try_files $PAGE.html =404;
		        }
		    }
		}
	EOF
	"$NGINX" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
	nginx_pid=$!
	until curl -s -o /dev/null "$nginx_url$PAGE"; do
		sleep 0.1
	done
}

# CPU time (clock ticks) used so far by a process and its children (nginx's workers). Processes may end while it
# reads: cat skips them.
cpu_ticks() {
	cat /proc/[0-9]*/stat 2>/dev/null | awk -v root="$1" '
		{
			pid = $1
			# The fields after the command name, which is in parentheses and may contain spaces.
			line = $0
			sub(/^.*\) /, "", line)
			split(line, f, " ")
			# f[2] is the parent pid, f[12] and f[13] user and system time.
			if (pid == root || f[2] == root) total += f[12] + f[13]
		}
		END { print total + 0 }'
}

# Runs wrk and prints one table row: name, requests/s, p50, p99, errors, and the server's CPU time per request.
measure() {
	local name=$1 url=$2 pid=$4 out
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$url" >/dev/null
	local before after
	before=$(cpu_ticks "$pid")
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$url")
	after=$(cpu_ticks "$pid")
	echo "$out" >"$work/wrk-$name.txt"
	local rps p50 p99 non2xx socket requests cpu
	rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
	socket=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
	requests=$(awk '/requests in/ {print $1}' <<<"$out")
	cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$requests" \
		'BEGIN { printf "%.0f us", t / hz * 1e6 / r }')
	printf '%-22s %12s %10s %10s %8s %14s\n' "$name" "$rps" "$p50" "$p99" "$((${non2xx:-0} + ${socket:-0}))" "$cpu"
	grep -E 'Socket errors|Non-2xx' <<<"$out" | sed 's/^ */    /' || true
	eval "rps_$3=$rps"
}

header() {
	printf '%-22s %12s %10s %10s %8s %14s\n' "" "requests/s" "p50" "p99" "errors" "CPU/request"
}

ratio() {
	awk -v a="$1" -v n="$2" 'BEGIN { printf "app/nginx: %.3f (1/%.1f)\n", a / n, n / a }'
}

rss_mb() {
	awk '{ printf "%.0f MB\n", $1 / 1024 }' <<<"$(ps -o rss= -p "$app_pid")"
}

echo "OGP portal benchmark: $PAGE, wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H 'Accept-Encoding: gzip'"
echo "(after a $WARMUP warm-up of each server), nginx gzip: $NGINX_GZIP; $(nproc) cores; $("$java" -version 2>&1 | head -1)"
echo "jar: $jar, started $START ($([ "$START" = aot ] && echo "as the Docker image does, ")JVM options: $JAVA_OPTS)"
echo

# --- 1. embedded H2 ----------------------------------------------------------------------------------------------
start_app --portal.data-dir="$work/data"
start_nginx
html_bytes=$(stat -c %s "$work/www$PAGE.html")
gzip_bytes=$(curl -s -H 'Accept-Encoding: gzip' "$app_url$PAGE" | wc -c)
css_path=$(grep -o 'href="/css/[^"]*"' "$work/www$PAGE.html" | head -1 | cut -d'"' -f2)
css_bytes=$(curl -s "$app_url$css_path" | wc -c)
echo "Page: $html_bytes bytes of HTML + $css_bytes of CSS, no JavaScript; $gzip_bytes bytes gzip-compressed"
echo "== H2 (embedded default): started in ${start_ms} ms (launch to first 200 on $PAGE)"
if [ -z "${SKIP_H2:-}" ]; then
	header
	measure app "$app_url$PAGE" app_h2 "$app_pid"
	measure nginx "$nginx_url$PAGE" nginx_h2 "$nginx_pid"
	ratio "$rps_app_h2" "$rps_nginx_h2"
	echo "app memory after the run (RSS): $(rss_mb)"
fi
stop_app

# --- 2. PostgreSQL -----------------------------------------------------------------------------------------------
if [ -z "${SKIP_POSTGRES:-}" ]; then
	echo
	pg_bin=$(dirname "$(initdb_binary)")
	pg_port=$(free_port $((15432 + RANDOM % 500)))
	pg_data="$work/pg"
	mkdir -p "$pg_data" "$work/pg-socket"
	[ "$(id -u)" -eq 0 ] && chown postgres "$pg_data" "$work/pg-socket"
	"${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >"$work/initdb.log" 2>&1
	"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg-socket/server.log" -w \
		-o "-p $pg_port -c listen_addresses=$HOST -k $work/pg-socket" start >/dev/null
	"${as_postgres[@]}" "$pg_bin/createdb" -h "$HOST" -p "$pg_port" -U postgres portal
	start_app --spring.profiles.active=postgres \
		--spring.datasource.url="jdbc:postgresql://$HOST:$pg_port/portal" \
		--spring.datasource.username=postgres --spring.datasource.password=
	echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (profile postgres): started in ${start_ms} ms"
	header
	measure app "$app_url$PAGE" app_pg "$app_pid"
	measure nginx "$nginx_url$PAGE" nginx_pg "$nginx_pid"
	ratio "$rps_app_pg" "$rps_nginx_pg"
	echo "app memory after the run (RSS): $(rss_mb)"
	stop_app
fi

# --- 3. start, each way ------------------------------------------------------------------------------------------
if [ -z "${SKIP_STARTS:-}" ]; then
	echo
	bench/start.sh
fi
