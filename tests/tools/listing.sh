#!/usr/bin/env bash
# End to end: which events `kg events` lists without --all. What an actor says it will do
# itself is listed (modality INTENDED); what was denied or threatened is listed only with
# --all, as the content of its container.
set -euo pipefail
kg=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'The Zambian opposition said it would ask the court for a recount.\n' >"$tmp/a.txt"
printf 'Malawi denied that it had attacked Zambia.\n' >"$tmp/b.txt"
printf 'Malawi threatened to expel Zambian diplomats.\n' >"$tmp/c.txt"
"$kg" ingest -q --db "$tmp/db" "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
"$kg" events --db "$tmp/db" --format jsonl >"$tmp/listed.jsonl"
"$kg" events --db "$tmp/db" --format jsonl --all >"$tmp/all.jsonl"
python3 - "$tmp/listed.jsonl" "$tmp/all.jsonl" <<'PY'
import json, sys
listed = [json.loads(line) for line in open(sys.argv[1])]
every = [json.loads(line) for line in open(sys.argv[2])]
classes = lambda events: sorted(e["class"] for e in events)
requests = [e for e in listed if e["class"] == "REQUEST"]
assert requests and requests[0]["modality"] == "INTENDED" and not requests[0]["asserted"], classes(listed)
assert not [e for e in listed if e["class"] in ("ASSAULT", "SANCTION", "COERCE")], classes(listed)
assert [e for e in every if e["class"] == "ASSAULT"], classes(every)
assert [e for e in every if e["class"] in ("SANCTION", "COERCE")], classes(every)
PY
echo ok
