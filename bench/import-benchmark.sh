#!/usr/bin/env bash
# The import benchmark: builds the application, makes a file of ROWS rows (default 50,000) from the real OGP export
# in src/test/resources, and imports it twice through the command line into a fresh embedded H2 database, with the
# heap capped (HEAP, default 256m) to show that memory stays bounded. The first import creates every commitment; the
# second finds every one unchanged. Prints the import's own time and the process's elapsed time and peak memory.
#
#   bench/import-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-50000}"
HEAP="${HEAP:-256m}"
OUT=bench/out
REAL=src/test/resources/opendata/ogp-commitments-open-parliament-2024-07.csv

./mvnw -B -q package -DskipTests
JAR="$(ls target/ogp-portal-*.jar | grep -v -- '-plain' | head -n 1)"
mkdir -p "$OUT"
rm -rf "$OUT/data" "$OUT/lib"
# Commons CSV and what it needs (Commons IO, Commons Codec), as the application ships them.
unzip -o -q -j "$JAR" 'BOOT-INF/lib/commons-*.jar' -d "$OUT/lib"
java -cp "$OUT/lib/*" bench/GenerateOgpFile.java "$REAL" "$OUT/ogp-$ROWS.csv" "$ROWS"
echo "File: $OUT/ogp-$ROWS.csv, $(du -h "$OUT/ogp-$ROWS.csv" | cut -f1), $ROWS rows; heap capped at $HEAP; $(nproc) cores; load average now: $(cut -d" " -f1-3 /proc/loadavg)"

for run in first second; do
	echo "== $run import"
	/usr/bin/time -f "process: %e s elapsed, %U s user + %S s system CPU, %M KB peak resident memory" \
		java -Xmx"$HEAP" -jar "$JAR" --portal.import="$OUT/ogp-$ROWS.csv" --portal.data-dir="$PWD/$OUT/data" \
			--logging.level.root=warn 2>&1 | grep -v '^\s*$'
done
