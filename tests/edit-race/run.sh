#!/usr/bin/env bash
# tests/edit-race/run.sh POP_BINARY POP_FAULTS_BINARY
#
# Edits never lose an update (issue 11, points 1 and 6): real processes on real files in a
# temporary folder, on copies of examples/pops/a.jansen.pop.yaml.
#   pairs        PAIRS (default 500; a fifth of each count in the sanitizer build) pairs of different edits of one POP, the second started 0-5 ms
#                after the first (two `pop goal set` of different goals, or `pop evidence add` and
#                `pop goal set`): each change is in the file, or its pop exited non-zero with a
#                message. A pop that exits 0 while its change is missing is a silent loss.
#   locked       while another process holds the POP's lock (flock(1)), an edit waits, then refuses
#                (exit 1, "being edited by another pop", the file named) and writes nothing; once
#                the lock is free the same edit succeeds.
#   editor-*     an "editor" saves the file during pop's save, in place (truncate + write) or by
#                temp + rename: deterministically while pop-faults is paused before its last
#                comparison (reread) and right after taking the lock (locked), and EDITOR_RUNS
#                (default 200) times at random moments. The editor's line must be in the file
#                afterwards: either pop refused (exit 1), or pop's save came first or built on it.
#   kill         KILLS (default 300) times `kill -9` at a random moment of an edit: the POP is
#                exactly the old or the new bytes and `pop check` reads it as before; a temporary
#                file left behind is reported by `pop check` (input.leftover-temp) unless an edit
#                holds the lock, and the next edit removes it.
# Nothing here is bounded by elapsed time: `timeout` is only a watchdog against a hang, at least
# 10x the slowest run measured (an edit takes about 0.02 s, 0.2 s under ASan; the lock wait is 5 s).
# Ends with `N passed, M failed` and the figures (pairs, losses, kills, temp files left).
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 POP_BINARY POP_FAULTS_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
FAULTS=$(realpath -- "$2") || exit 2
for b in "$POP" "$FAULTS"; do
    [[ -x $b ]] || { echo "tests/edit-race: $b is not an executable" >&2; exit 2; }
done
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
export LC_ALL=C.UTF-8 NO_COLOR=1
unset POP_TEST_FAULT POP_TEST_PAUSE POP_TEST_RESUME
PAIRS=${PAIRS:-500}
EDITOR_RUNS=${EDITOR_RUNS:-200}
KILLS=${KILLS:-300}
# The sanitizer build (POP_SANITIZED=1, set by CMakeLists.txt) runs a fifth of each: the same code
# paths, looked at for memory errors, at several times the cost per run (issue 20, point 6).
if [[ ${POP_SANITIZED:-} == 1 ]]; then
    PAIRS=$((PAIRS / 5)) EDITOR_RUNS=$((EDITOR_RUNS / 5)) KILLS=$((KILLS / 5))
fi
TODAY=2026-11-22
NAME=a.jansen.pop.yaml
SOURCE=$ROOT/examples/pops/$NAME
WATCHDOG=60  # seconds; a watchdog against a hang only, never a judgement of speed

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-edit-race.XXXXXX") || exit 1
BG=()
cleanup() {
    local p
    for p in "${BG[@]}"; do kill -9 "$p" 2>/dev/null; done
    rm -rf -- "$TMP"
}
trap cleanup EXIT
mkdir -p "$TMP/.git"  # keep pop's search for repository files inside the temporary folder
cd -- "$TMP" || exit 1

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
snippet() { head -c 300 -- "$1" 2>/dev/null | tr '\n' ' '; }
leftovers() { find "$1" -maxdepth 1 -name ".$NAME.pop-tmp-*" -printf '%f\n' 2>/dev/null; }
# A random number of milliseconds in 0..$1, as seconds for sleep(1).
random_ms() { local ms=$((RANDOM % ($1 + 1))); printf '0.%03d' "$ms"; }
pop_run() { timeout -s KILL "$WATCHDOG" "$POP" --today "$TODAY" --lang en "$@"; }

# --- pairs of simultaneous edits -----------------------------------------------------------------
d=$TMP/pairs
mkdir -p "$d"
losses=0
refusals=0
both=0
problems=""
for ((i = 1; i <= PAIRS; i++)); do
    cp -- "$SOURCE" "$d/$NAME"
    if ((i % 2)); then
        a=(goal set orde-en-structuur title "Titel A $i")
        want_a="title: Titel A $i"
    else
        a=(evidence add formatief-engels --what "Bewijs A $i" --date 2026-11-20)
        want_a="what: Bewijs A $i"
    fi
    b=(goal set formatief-engels title "Titel B $i")
    want_b="title: Titel B $i"
    pop_run "${a[@]}" --pop "$d/$NAME" >"$d/a.out" 2>"$d/a.err" &
    pid_a=$!
    sleep "$(random_ms 5)"
    pop_run "${b[@]}" --pop "$d/$NAME" >"$d/b.out" 2>"$d/b.err" &
    pid_b=$!
    wait "$pid_a"; rc_a=$?
    wait "$pid_b"; rc_b=$?
    has_a=0; has_b=0
    grep -qF -- "$want_a" "$d/$NAME" && has_a=1
    grep -qF -- "$want_b" "$d/$NAME" && has_b=1
    for x in a b; do
        rc_var=rc_$x; has_var=has_$x
        if [[ ${!rc_var} -eq 0 && ${!has_var} -eq 0 ]]; then
            losses=$((losses + 1))
            problems+="; pair $i: $x exited 0 but its change is missing"
        elif [[ ${!rc_var} -ne 0 ]]; then
            refusals=$((refusals + 1))
            [[ ${!has_var} -eq 0 ]] || problems+="; pair $i: $x exited ${!rc_var} but its change is there"
            grep -q "^pop: .*$NAME" "$d/$x.err" || problems+="; pair $i: $x exited ${!rc_var} without a message naming the file: $(snippet "$d/$x.err")"
        fi
    done
    ((rc_a == 0 && rc_b == 0 && has_a && has_b)) && both=$((both + 1))
    [[ -z $(leftovers "$d") ]] || problems+="; pair $i: temporary file left: $(leftovers "$d")"
done
echo "     pairs: $PAIRS, both changes kept: $both, refusals (exit 1, change absent): $refusals, silent losses: $losses"
if [[ -z $problems ]]; then pass "pairs ($PAIRS pairs, 0 silent losses)"; else fail pairs "${problems#; }"; fi

# --- an edit while another process holds the lock -----------------------------------------------
d=$TMP/locked
mkdir -p "$d"
cp -- "$SOURCE" "$d/$NAME"
# not a limit: the holder keeps the lock until the test says release (no bound on elapsed time).
flock -x "$d/$NAME" -c "touch '$d/held'; while [ ! -e '$d/release' ]; do sleep 0.02; done" &
holder=$!
BG+=("$holder")
until [[ -e $d/held ]]; do sleep 0.01; done  # not a limit: waits for the holder, however long it takes
pop_run goal set orde-en-structuur title "Vergrendeld" --pop "$d/$NAME" >"$d/out" 2>"$d/err"
rc=$?
problems=""
[[ $rc -eq 1 ]] || problems+="; exit $rc, expected 1"
grep -Eq "^pop: .*$NAME is being edited by another pop.*nothing was written" "$d/err" ||
    problems+="; stderr lacks the message: $(snippet "$d/err")"
cmp -s "$d/$NAME" "$SOURCE" || problems+="; the file changed"
[[ -z $(leftovers "$d") ]] || problems+="; temporary file left"
# The Dutch message too.
timeout -s KILL "$WATCHDOG" "$POP" --today "$TODAY" --lang nl goal set orde-en-structuur title "Vergrendeld" --pop "$d/$NAME" >"$d/out" 2>"$d/err.nl"
grep -q "wordt door een andere pop gewijzigd" "$d/err.nl" || problems+="; no Dutch message: $(snippet "$d/err.nl")"
touch "$d/release"
wait "$holder"
pop_run goal set orde-en-structuur title "Vergrendeld" --pop "$d/$NAME" >"$d/out" 2>"$d/err"
rc=$?
[[ $rc -eq 0 ]] && grep -q "title: Vergrendeld" "$d/$NAME" || problems+="; after the lock was released the edit failed (exit $rc): $(snippet "$d/err")"
if [[ -z $problems ]]; then pass "locked (waits, refuses with exit 1, writes nothing; works once free)"; else fail locked "${problems#; }"; fi

# --- an editor saving during pop's save -------------------------------------------------------
# editor_save FILE MARK STYLE: what an editor does: read the file, add a line, save it in place
# (inplace: truncate + write) or by temp + rename (rename).
editor_save() {
    local file=$1 mark=$2 style=$3 content
    content=$(cat -- "$file"; echo x)
    content=${content%x}
    case $style in
        inplace) printf '%s# %s\n' "$content" "$mark" >"$file" ;;
        rename) printf '%s# %s\n' "$content" "$mark" >"$file.editor-tmp" && mv -f -- "$file.editor-tmp" "$file" ;;
    esac
}

# Deterministic: pop-faults paused at STEP (POP_TEST_PAUSE, resumed by a file), the editor saves
# meanwhile. At reread (temp written, right before the last comparison) pop must refuse; at
# locked (before pop's first read) pop builds on the editor's version.
for step in reread locked; do
    for style in inplace rename; do
        name=editor-paused-$step-$style
        d=$TMP/$name
        mkdir -p "$d"
        cp -- "$SOURCE" "$d/$NAME"
        POP_TEST_PAUSE=$step POP_TEST_RESUME=$d/resume timeout -s KILL "$WATCHDOG" "$FAULTS" --today "$TODAY" --lang en \
            goal set orde-en-structuur title "Titel pop" --pop "$d/$NAME" >"$d/out" 2>"$d/err" &
        pid=$!
        BG+=("$pid")
        until grep -q "paused at $step" "$d/err" 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
        editor_save "$d/$NAME" "editor $name" "$style"
        touch "$d/resume"
        wait "$pid"
        rc=$?
        problems=""
        grep -q "^# editor $name\$" "$d/$NAME" || problems+="; the editor's line is lost"
        if [[ $step == reread ]]; then
            [[ $rc -eq 1 ]] || problems+="; exit $rc, expected 1 (changed on disk)"
            grep -q "changed on disk" "$d/err" || problems+="; stderr lacks 'changed on disk': $(snippet "$d/err")"
            grep -q "title: Titel pop" "$d/$NAME" && problems+="; pop's change was written over the editor's"
        else
            [[ $rc -eq 0 ]] || problems+="; exit $rc, expected 0 (pop reads after the editor saved)"
            grep -q "title: Titel pop" "$d/$NAME" || problems+="; pop's change is missing"
        fi
        [[ -z $(leftovers "$d") ]] || problems+="; temporary file left"
        if [[ -z $problems ]]; then pass "$name"; else fail "$name" "${problems#; }"; fi
    done
done

# Randomized: the editor starts at a random moment during pop's edit (0 to 1.5x an edit's time).
d=$TMP/editor-random
mkdir -p "$d"
cp -- "$SOURCE" "$d/$NAME"
start=$(date +%s%N)
for ((k = 0; k < 5; k++)); do pop_run goal set orde-en-structuur title "Meting $k" --pop "$d/$NAME" >/dev/null 2>&1; done
edit_ms=$((($(date +%s%N) - start) / 5000000 + 1))  # to spread the editor's start, not to judge
spread=$((edit_ms * 3 / 2))
editor_lost=0
editor_refused=0
editor_after=0
problems=""
for ((i = 1; i <= EDITOR_RUNS; i++)); do
    style=inplace
    ((i % 2)) || style=rename
    cp -- "$SOURCE" "$d/$NAME"
    pop_run goal set orde-en-structuur title "Titel pop $i" --pop "$d/$NAME" >"$d/out" 2>"$d/err" &
    pid=$!
    sleep "$(random_ms "$spread")"
    editor_save "$d/$NAME" "editor $i" "$style"
    wait "$pid"
    rc=$?
    if ! grep -q "^# editor $i\$" "$d/$NAME"; then
        editor_lost=$((editor_lost + 1))
        problems+="; run $i ($style): the editor's save is lost (pop exit $rc)"
    fi
    if [[ $rc -ne 0 ]]; then
        editor_refused=$((editor_refused + 1))
        grep -q "^pop: .*$NAME" "$d/err" || problems+="; run $i: exit $rc without a message: $(snippet "$d/err")"
    elif grep -q "title: Titel pop $i\$" "$d/$NAME"; then
        editor_after=$((editor_after + 1))  # both: one of the two saved on top of the other
    fi
    [[ -z $(leftovers "$d") ]] || problems+="; run $i: temporary file left"
done
echo "     editor runs: $EDITOR_RUNS (in place and temp + rename alternately, start spread over $spread ms), pop refused: $editor_refused, both kept: $editor_after, editor's save lost: $editor_lost"
if [[ -z $problems ]]; then pass "editor-random ($EDITOR_RUNS runs, the editor's save never lost)"; else fail editor-random "${problems#; }"; fi

# --- kill -9 at random moments ------------------------------------------------------------------
d=$TMP/kill
mkdir -p "$d"
EDIT=(goal set orde-en-structuur title "Na de kill")
cp -- "$SOURCE" "$d/$NAME"
pop_run "${EDIT[@]}" --pop "$d/$NAME" >/dev/null 2>&1 || { fail kill "the reference edit failed"; }
cp -- "$d/$NAME" "$TMP/new-bytes"
check_of() { pop_run check "$1" 2>&1 | sed -E 's/[0-9.]+ ?(ms|s)\b//g'; }
cp -- "$SOURCE" "$d/$NAME"
check_old=$(check_of "$d/$NAME"; echo "exit ${PIPESTATUS[0]}")
cp -- "$TMP/new-bytes" "$d/$NAME"
check_new=$(check_of "$d/$NAME"; echo "exit ${PIPESTATUS[0]}")
start=$(date +%s%N)
for ((k = 0; k < 5; k++)); do cp -- "$SOURCE" "$d/$NAME"; pop_run "${EDIT[@]}" --pop "$d/$NAME" >/dev/null 2>&1; done
edit_ms=$((($(date +%s%N) - start) / 5000000 + 1))
spread=$((edit_ms * 3 / 2))
killed_old=0
killed_new=0
temps_left=0
temps_after=0
problems=""
for ((i = 1; i <= KILLS; i++)); do
    cp -- "$SOURCE" "$d/$NAME"
    "$POP" --today "$TODAY" --lang en "${EDIT[@]}" --pop "$d/$NAME" >/dev/null 2>&1 &
    pid=$!
    sleep "$(random_ms "$spread")"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if cmp -s "$d/$NAME" "$SOURCE"; then
        killed_old=$((killed_old + 1))
        want=$check_old
    elif cmp -s "$d/$NAME" "$TMP/new-bytes"; then
        killed_new=$((killed_new + 1))
        want=$check_new
    else
        problems+="; kill $i: the POP is neither the old nor the new bytes"
        continue
    fi
    left=$(leftovers "$d")
    if [[ -n $left ]]; then
        temps_left=$((temps_left + 1))
        report=$(pop_run check "$d/$NAME" 2>&1)
        grep -q "input.leftover-temp" <<<"$report" || problems+="; kill $i: pop check does not report the temporary file $left"
        grep -qF "$left" <<<"$report" || problems+="; kill $i: pop check does not name $left"
    else
        got=$(check_of "$d/$NAME"; echo "exit ${PIPESTATUS[0]}")
        [[ $got == "$want" ]] || problems+="; kill $i: pop check reads the POP differently: $got"
    fi
    pop_run "${EDIT[@]}" --pop "$d/$NAME" >"$d/out" 2>"$d/err" || problems+="; kill $i: the next edit failed: $(snippet "$d/err")"
    cmp -s "$d/$NAME" "$TMP/new-bytes" || problems+="; kill $i: the next edit did not give the new bytes"
    if [[ -n $(leftovers "$d") ]]; then
        temps_after=$((temps_after + 1))
        problems+="; kill $i: the next edit left $(leftovers "$d")"
    fi
    if [[ -n $left ]]; then
        pop_run check "$d/$NAME" 2>&1 | grep -q "input.leftover-temp" && problems+="; kill $i: pop check still reports a temporary file"
    fi
done
echo "     kills: $KILLS (spread over $spread ms): old bytes $killed_old, new bytes $killed_new; temporary files left by a kill: $temps_left, left after the next edit: $temps_after"
if [[ -z $problems ]]; then pass "kill ($KILLS kill -9, always old or new, no temporary file after the next edit)"; else fail kill "${problems#; }"; fi

# A temporary file of an edit that is still running (it holds the lock) is not left over.
d=$TMP/in-use
mkdir -p "$d"
cp -- "$SOURCE" "$d/$NAME"
POP_TEST_PAUSE=reread POP_TEST_RESUME=$d/resume timeout -s KILL "$WATCHDOG" "$FAULTS" --today "$TODAY" --lang en \
    goal set orde-en-structuur title "Bezig" --pop "$d/$NAME" >"$d/out" 2>"$d/err" &
pid=$!
BG+=("$pid")
until grep -q "paused at reread" "$d/err" 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
problems=""
[[ -n $(leftovers "$d") ]] || problems+="; no temporary file while paused (the test sees nothing)"
pop_run check "$d/$NAME" 2>&1 | grep -q "input.leftover-temp" && problems+="; pop check reports the temporary file of a running edit"
touch "$d/resume"
wait "$pid" || problems+="; the paused edit failed: $(snippet "$d/err")"
[[ -z $(leftovers "$d") ]] || problems+="; temporary file left"
if [[ -z $problems ]]; then pass "in-use (a running edit's temporary file is not reported)"; else fail in-use "${problems#; }"; fi

# pop init: a temporary file of a killed `pop init` is removed once the file exists.
d=$TMP/init
mkdir -p "$d"
touch "$d/.n.nieuw.pop.yaml.pop-tmp-Ab12Cd"
pop_run init "$d/n.nieuw.pop.yaml" --id n.nieuw --name "N. Nieuw" --role docent --start 2026-08-01 </dev/null >"$d/out" 2>"$d/err"
rc=$?
problems=""
[[ $rc -eq 0 && -f $d/n.nieuw.pop.yaml ]] || problems+="; pop init failed (exit $rc): $(snippet "$d/err")"
[[ ! -e $d/.n.nieuw.pop.yaml.pop-tmp-Ab12Cd ]] || problems+="; the stale temporary file is still there"
if [[ -z $problems ]]; then pass "init (removes a stale temporary file once the POP exists)"; else fail init "${problems#; }"; fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
