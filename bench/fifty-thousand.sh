# Sourced by import-benchmark.sh and search-benchmark.sh: makes the file of ROWS rows (from the real export, by
# GenerateOgpFile.java) once, and sets DB_ARGS for DATABASE: the embedded H2 in $OUT/<data folder>, or a throw-away
# local PostgreSQL cluster (trusted on 127.0.0.1 only). Reads JAR, OUT, ROWS, REAL, DATABASE, PG_BIN, PG_PORT, PG_DIR.
# Usage: prepare_database <data folder under $OUT> <log file under $OUT>
prepare_database() {
	local data=$1 log=$2
	mkdir -p "$OUT"
	rm -rf "${OUT:?}/$data" "$OUT/lib"
	# Commons CSV and what it needs (Commons IO, Commons Codec), as the application ships them.
	unzip -o -q -j "$JAR" 'BOOT-INF/lib/commons-*.jar' -d "$OUT/lib"
	[ -f "$OUT/ogp-$ROWS.csv" ] || java -cp "$OUT/lib/*" bench/GenerateOgpFile.java "$REAL" "$OUT/ogp-$ROWS.csv" "$ROWS"
	DB_ARGS=(--portal.data-dir="$PWD/$OUT/$data")
	if [ "$DATABASE" = postgres ]; then
		[ -d "$PG_DIR" ] && su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" > /dev/null 2>&1 || true
		rm -rf "$PG_DIR" && mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"
		su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres" > "$OUT/$log"
		su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1' -l $PG_DIR/server.log -w start" >> "$OUT/$log"
		psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create user portal" -c "create database portal owner portal"
		DB_ARGS+=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/portal"
			--spring.datasource.username=portal)
	fi
}
