# Sourced by import-benchmark.sh: imports the file through the admin pages of a running portal, as an admin does
# (sign in, upload, preview, confirm), and prints how long each step took. The confirm answers once the import has
# committed and the search index holds what it changed, so its time is the import's with search kept up to date.
# Reads BASE (the portal's address), FILE, PASSWORD (the admin's) and OUT.
# Usage: server_import
server_import() {
	local jar="$OUT/cookies" token location changeset id start
	rm -f "$jar"
	token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
	location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=admin" \
		--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
	case "$location" in *error*) echo "could not sign in"; return 1 ;; esac
	token=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/import" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
	start=$(date +%s%N)
	curl -s -c "$jar" -b "$jar" -F "_csrf=$token" -F "file=@$FILE;type=text/csv" "$BASE/admin/import" > "$OUT/preview.html"
	echo "upload and preview: $(( ($(date +%s%N) - start) / 1000000 )) ms"
	id=$(grep -o 'action="/admin/import/[^/"]*/confirm"' "$OUT/preview.html" | head -n 1 | cut -d/ -f4)
	changeset=$(grep -o 'name="changeSet" value="[^"]*"' "$OUT/preview.html" | head -n 1 | cut -d'"' -f4)
	token=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/preview.html" | head -n 1 | cut -d'"' -f4)
	[ -n "$id" ] || { echo "no preview: $(grep -o '<p[^>]*class="[^"]*problem[^"]*"[^>]*>[^<]*' "$OUT/preview.html" | head -n 3)"; return 1; }
	start=$(date +%s%N)
	location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
		--data-urlencode "changeSet=$changeset" "$BASE/admin/import/$id/confirm")
	echo "confirm (import, commit and search index brought up to date): $(( ($(date +%s%N) - start) / 1000000 )) ms, answered $location"
}
