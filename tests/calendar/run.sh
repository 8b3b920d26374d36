#!/usr/bin/env bash
# tests/calendar/run.sh POP_BINARY
#
# `pop calendar` read by a real iCalendar parser: Debian's python3-icalendar, run with
# /usr/bin/python3 (a python3 earlier on PATH may not see Debian's packages). Checks:
#   - the output parses; every VEVENT has a DATE DTSTART, DTEND = DTSTART + 1 day and a unique UID;
#     lines end in CRLF, are at most 75 octets and never split a UTF-8 character (check_ics.py);
#   - the events are exactly the items of `pop due --format json` of the same run (--within
#     99999: `pop due` takes at most 5 digits), for examples/, one file, and in Dutch;
#   - moving one step's due date in a copy keeps the same UIDs, with only that event's date changed;
#   - a marker planted in a private step of a copy of examples/ is absent from the multi-person
#     calendar (and stderr says how many private items were left out) but present when that one
#     file is exported alone;
#   - --output FILE writes what stdout would get.
# Ends with `N passed, M failed`; exit code 1 when anything failed.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/calendar: $POP is not an executable" >&2
    exit 2
fi
PY=/usr/bin/python3
if ! "$PY" -c 'import icalendar' 2>/dev/null; then
    echo "tests/calendar: $PY cannot import icalendar; install Debian's python3-icalendar (apt-get install -y python3-icalendar)"
    echo "0 passed, 1 failed"
    exit 1
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
CHECK=$HERE/check_ics.py
TODAY=2026-11-22
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-calendar.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
cd -- "$ROOT" || exit 1

passed=0
failed=0
ok() {
    passed=$((passed + 1))
    echo "ok   $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 30
}

# run_pop NAME ARGS...: pop with a fixed environment; stdout, stderr and exit code in $TMP/NAME.*
run_pop() {
    local name=$1
    shift
    env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" "$@" \
        >"$TMP/$name.out" 2>"$TMP/$name.err" </dev/null
    echo $? >"$TMP/$name.rc"
}

# agrees NAME [--lang L] PATH...: the calendar parses, is well formed, and holds the items of `pop due`.
agrees() {
    local name=$1
    shift
    local lang=()
    if [[ $1 == --lang ]]; then
        lang=(--lang "$2")
        shift 2
    fi
    run_pop "$name" "${lang[@]}" --today "$TODAY" calendar "$@"
    run_pop "$name.due" "${lang[@]}" --today "$TODAY" due --format json --within 99999 "$@"
    if [[ $(cat "$TMP/$name.rc") != 0 || $(cat "$TMP/$name.due.rc") != 0 ]]; then
        fail "$name: exit codes calendar $(cat "$TMP/$name.rc"), due $(cat "$TMP/$name.due.rc")" "$(cat "$TMP/$name.err")"
        return
    fi
    local problems n
    if problems=$("$PY" "$CHECK" check "$TMP/$name.out" "$TMP/$name.due.out" 2>&1); then
        n=$(grep -c '^BEGIN:VEVENT' "$TMP/$name.out")
        ok "$name: parses; $n events, one per item of pop due, well formed"
    else
        fail "$name: $*" "$problems"
    fi
}

# 1. The calendar and `pop due` agree, with the same privacy rule.
agrees examples examples/
agrees examples-nl --lang nl examples/
agrees one-file examples/pops/a.jansen.pop.yaml
agrees one-file-with-private examples/pops/n.visser.pop.yaml
left_out=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["private_left_out"])' "$TMP/examples.due.out")
if [[ $left_out -gt 0 ]] && grep -q "^pop: $left_out private items left out of the calendar" "$TMP/examples.err"; then
    ok "examples: stderr says $left_out private items were left out, as pop due counts them"
else
    fail "examples: stderr does not say $left_out private items were left out" "$(cat "$TMP/examples.err")"
fi

# 2. Moving one step's due date keeps every UID; only that event's date changes.
mkdir -p "$TMP/move" && cp examples/pops/a.jansen.pop.yaml examples/pop-policy.yaml "$TMP/move/"
run_pop move.before --today "$TODAY" calendar "$TMP/move/a.jansen.pop.yaml"
"$PY" "$CHECK" uids "$TMP/move.before.out" >"$TMP/move.before.uids"
line=$(grep -n 'what: Eerste lesbezoek door Marloes' "$TMP/move/a.jansen.pop.yaml" | cut -d: -f1)
sed -i "$((line + 1))s/due: 2026-12-03/due: 2027-02-05/" "$TMP/move/a.jansen.pop.yaml"
if ! grep -q 'due: 2027-02-05' "$TMP/move/a.jansen.pop.yaml"; then
    fail "move: could not change the step's due date in the copy"
else
    run_pop move.after --today "$TODAY" calendar "$TMP/move/a.jansen.pop.yaml"
    "$PY" "$CHECK" uids "$TMP/move.after.out" >"$TMP/move.after.uids"
    changed=$(diff "$TMP/move.before.uids" "$TMP/move.after.uids" | grep -c '^[<>]')
    moved_uid=$(diff "$TMP/move.before.uids" "$TMP/move.after.uids" | sed -n 's/^> \(.*\) 2027-02-05$/\1/p')
    old_uid=$(diff "$TMP/move.before.uids" "$TMP/move.after.uids" | sed -n 's/^< \(.*\) 2026-12-03$/\1/p')
    if [[ $(cut -d' ' -f1 "$TMP/move.before.uids") == $(cut -d' ' -f1 "$TMP/move.after.uids") && $changed -eq 2 &&
        -n $moved_uid && $moved_uid == "$old_uid" ]]; then
        ok "move: same $(wc -l <"$TMP/move.after.uids") UIDs after moving a step from 2026-12-03 to 2027-02-05; only its date changed"
    else
        fail "move: the UIDs or dates changed otherwise" "$(diff "$TMP/move.before.uids" "$TMP/move.after.uids")"
    fi
fi

# 3. Privacy: a marker in a private step stays out of the multi-person calendar.
MARKER=PRIVATE-MARKER-c41f9e
cp -r examples "$TMP/priv"
file=$TMP/priv/pops/n.visser.pop.yaml
sed -i "s/what: Met Marieke mijn taakuren als leescoördinator herzien/what: Met Marieke mijn taakuren als leescoördinator herzien $MARKER/" "$file"
if ! grep -q "$MARKER" "$file" || ! grep -A2 "$MARKER" "$file" | grep -q 'private: true'; then
    fail "privacy: could not plant the marker in the private step of the copy"
else
    run_pop priv.all --today "$TODAY" calendar "$TMP/priv"
    run_pop priv.one --today "$TODAY" calendar "$file"
    "$PY" "$CHECK" text "$TMP/priv.all.out" >"$TMP/priv.all.text"
    "$PY" "$CHECK" text "$TMP/priv.one.out" >"$TMP/priv.one.text"
    all_events=$(grep -c '^BEGIN:VEVENT' "$TMP/priv.all.out")
    # The raw bytes too, unfolded: the marker must not be there in any form.
    if grep -q "$MARKER" "$TMP/priv.all.text" || tr -d '\r' <"$TMP/priv.all.out" | sed ':a;N;$!ba;s/\n //g' | grep -q "$MARKER"; then
        fail "privacy: the private marker is in the calendar of $TMP/priv (10 POPs)"
    elif [[ $all_events -eq 0 ]]; then
        fail "privacy: the calendar of the copy of examples/ has no events"
    else
        ok "privacy: the private marker is not in the calendar of examples/ ($all_events events)"
    fi
    if grep -q "$MARKER" "$TMP/priv.one.text" && [[ -n $("$PY" "$CHECK" private "$TMP/priv.one.out" "$MARKER") ]]; then
        ok "privacy: exported alone, n.visser's calendar has the private step, marked CLASS:PRIVATE"
    else
        fail "privacy: the private step is missing from n.visser's own calendar (or not CLASS:PRIVATE)" \
            "$(grep -n "$MARKER" "$TMP/priv.one.text")"
    fi
fi

# 4. --output FILE writes exactly what stdout gets, and nothing to stdout.
run_pop output --today "$TODAY" calendar examples/ --output "$TMP/out.ics"
if [[ $(cat "$TMP/output.rc") == 0 && ! -s $TMP/output.out ]] && cmp -s "$TMP/out.ics" "$TMP/examples.out"; then
    ok "--output: the file holds what stdout would"
else
    fail "--output: exit code $(cat "$TMP/output.rc"), or the file differs from stdout" "$(cat "$TMP/output.err")"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
