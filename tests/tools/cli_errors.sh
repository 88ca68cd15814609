#!/usr/bin/env bash
# The CLI's contract on bad input: a bad file is reported (naming it) and skipped while the rest
# goes in, with a non-zero exit; stdin works; $KG_DB is the default store; a malformed question or
# query exits 2 with a message; reading a missing store fails clearly.
set -uo pipefail
kg=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Iran attacks Iraq\n\nIran attacked Iraq on Monday, officials said.\n' >"$tmp/good.txt"
printf 'Syria and Turkey\n\nTurkey denied that it supports the rebels.\n' >"$tmp/good2.txt"
printf '\x00\x01\x02binary' >"$tmp/bad.txt"
: >"$tmp/empty.txt"

"$kg" ingest -q --db "$tmp/db" "$tmp/good.txt" "$tmp/bad.txt" "$tmp/missing.txt" "$tmp/empty.txt" "$tmp/good2.txt" \
  2>"$tmp/err"
[ $? -ne 0 ] || fail "ingest with bad files exited 0"
grep -q "bad.txt: not a UTF-8 text file" "$tmp/err" || fail "binary file not named: $(cat "$tmp/err")"
grep -q "missing.txt" "$tmp/err" || fail "missing file not named"
grep -q "empty.txt: empty article" "$tmp/err" || fail "empty file not named"
docs=$("$kg" stats --db "$tmp/db" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["documents"])')
[ "$docs" = 2 ] || fail "expected the 2 good documents in the store, found $docs"

echo "Russia denied that its troops attacked Georgia." | "$kg" ingest -q --db "$tmp/db" - || fail "stdin ingest failed"
docs=$("$kg" stats --db "$tmp/db" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["documents"])')
[ "$docs" = 3 ] || fail "stdin document not stored ($docs documents)"

printf '{"id": "feed/1", "title": "Talks", "date": "2014-12-03", "text": "Iran met Iraq on Tuesday."}\n' |
  "$kg" ingest -q --db "$tmp/db" - || fail "JSON lines on stdin failed"
"$kg" events --db "$tmp/db" --format jsonl >"$tmp/events.jsonl" || fail "events failed"
grep -q '"doc":"feed/1"' "$tmp/events.jsonl" || fail "feed document not stored under its id"
grep '"doc":"feed/1"' "$tmp/events.jsonl" | grep -q '"date":"2014-12-02"' ||
  fail "event date not resolved against the feed's date"

KG_DB="$tmp/db" "$kg" stats >/dev/null || fail "KG_DB not used"

"$kg" ask --db "$tmp/db" "what is the meaning of life" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "unreadable question exited $rc, not 2"
grep -q "who" "$tmp/err" || fail "unreadable question error does not list the forms"

"$kg" query --db "$tmp/db" "MATCH (a:Actor RETURN a" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "malformed query exited $rc, not 2"
grep -q "line 1, column" "$tmp/err" || fail "malformed query error has no position: $(cat "$tmp/err")"

"$kg" stats --db "$tmp/nothing-here" 2>"$tmp/err"; rc=$?
[ $rc -ne 0 ] || fail "stats on a missing store exited 0"
grep -q "nothing-here" "$tmp/err" || fail "missing store error does not name it"
echo ok
