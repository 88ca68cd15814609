#!/usr/bin/env bash
# End to end: ingest the sample articles into a fresh store, export the events, ask the gold
# questions and score them with shared/eval/score.py (core recall and answer F1 at least 0.6, no
# forbidden answer). Re-ingesting the samples must change no count. Skips (77) without shared/.
set -euo pipefail
kg=$1; root=$2
shared=$root/../shared
[ -f "$shared/eval/score.py" ] || { echo "no $shared/eval: skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg" ingest -q --db "$tmp/db" "$shared"/seeds/*.txt
"$kg" stats --db "$tmp/db" --format json >"$tmp/stats1"
"$kg" ingest -q --db "$tmp/db" "$shared"/seeds/*.txt
"$kg" stats --db "$tmp/db" --format json >"$tmp/stats2"
diff "$tmp/stats1" "$tmp/stats2" || { echo "re-ingest changed the counts"; exit 1; }
"$kg" events --db "$tmp/db" --format jsonl >"$tmp/events.jsonl"
"$kg" ask --db "$tmp/db" --format json "who denied coordination with whom" >"$tmp/answers.json"
python3 "$shared/eval/score.py" --gold "$shared/eval/seeds.gold.json" --events "$tmp/events.jsonl" \
  --answers "who denied coordination with whom=$tmp/answers.json" --min-core-recall 0.6 --min-answer-f1 0.6
