#!/usr/bin/env bash
# Two builds side by side, for search at scale on a shared machine: start each build's jar on its own copy of one
# database (OLD_PORT, NEW_PORT, with --portal.page-cache.max-size=0), warm both up, then run this. It first checks
# that both show the same result pages (hits, order, counts, marks) for fourteen queries, some filtered, pages 1
# and 3, then asks each of the search benchmark's ten queries of both in turn, alternating which goes first, and
# prints the slowest of each build, with the load average before and after.
#
#   OLD_PORT=18091 NEW_PORT=18092 MEMBER=ukraine bench/search-side-by-side.sh
set -euo pipefail
OLD_PORT="${OLD_PORT:-18091}"
NEW_PORT="${NEW_PORT:-18092}"
MEMBER="${MEMBER:-ukraine}"
PREFIXES=("/members/$MEMBER/commitments?q=" "/commitments?q=")

SAME=(corrupcion "spending+citizen" participate transparente "access+information" lobbying "open+contracting"
	parliament "beneficial+ownership" procurement water "health&area=Health" "data&plan=2" "open&region=Europe")
differ=0
for prefix in "${PREFIXES[@]}"; do
	for q in "${SAME[@]}"; do
		for page in 0 2; do
			if ! diff -q <(curl -s "http://127.0.0.1:$OLD_PORT$prefix$q&page=$page") \
				<(curl -s "http://127.0.0.1:$NEW_PORT$prefix$q&page=$page") > /dev/null; then
				echo "differs: $prefix$q&page=$page"
				differ=$((differ + 1))
			fi
		done
	done
done
echo "result pages that differ between the builds: $differ"

QUERIES=(corrupcion "spending+citizen" participate transparente "access+information" lobbying "open+contracting"
	parliament "beneficial+ownership" procurement)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for prefix in "${PREFIXES[@]}"; do
	old_worst=0
	new_worst=0
	i=0
	for q in "${QUERIES[@]}"; do
		ports=("$OLD_PORT" "$NEW_PORT")
		[ $((i % 2)) = 0 ] || ports=("$NEW_PORT" "$OLD_PORT")
		for port in "${ports[@]}"; do
			t=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$prefix$q")
			if [ "$port" = "$OLD_PORT" ]; then
				old=$t
				old_worst=$(python3 -c "print(max($old_worst, $t))")
			else
				new=$t
				new_worst=$(python3 -c "print(max($new_worst, $t))")
			fi
		done
		echo "  $prefix$q old $old new $new"
		i=$((i + 1))
	done
	echo "$prefix slowest: old $old_worst s, new $new_worst s"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
