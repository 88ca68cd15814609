#!/usr/bin/env bash
# End to end: what an event was done to, or who spoke, when that is no actor ("stormed the
# building", "the leaked report says") is exported as {"name", "kind": "THING"} by `kg events`
# and read by Cypher as e.target_phrase / e.source_phrase, never as an actor of the graph.
set -euo pipefail
kg=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf 'Gunmen stormed the building in the capital.\n' >"$tmp/a.txt"
printf 'The leaked report says the Chilean police tortured prisoners.\n' >"$tmp/b.txt"
"$kg" ingest -q --db "$tmp/db" "$tmp/a.txt" "$tmp/b.txt"
"$kg" events --db "$tmp/db" --format jsonl >"$tmp/events.jsonl"
python3 - "$tmp/events.jsonl" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
targets = [e["target"] for e in events if e["class"] == "ASSAULT" and e["target"]]
sources = [e["source"] for e in events if e["class"] == "STATEMENT" and e["source"]]
assert {"name": "the building", "kind": "THING"} in targets, targets
assert {"name": "The leaked report", "kind": "THING"} in sources, sources
PY
"$kg" query --db "$tmp/db" --format csv \
  'MATCH (e:Event) WHERE e.source_phrase IS NOT NULL RETURN e.class, e.source_phrase' >"$tmp/q.csv"
grep -q '^STATEMENT,The leaked report' "$tmp/q.csv" || { cat "$tmp/q.csv"; echo "no source_phrase"; exit 1; }
"$kg" actors --db "$tmp/db" --format csv >"$tmp/actors.csv"
if grep -qi 'report\|building' "$tmp/actors.csv"; then echo "a phrase became an actor"; exit 1; fi
echo ok
