#!/usr/bin/env bash
# tests/edit-faults/run.sh POP_FAULTS_BINARY [POP_BINARY]
#
# The original POP survives every failure of a save. A real edit command (`pop goal status`, and
# `pop sign` once) runs on a copy of examples/pops/a.jansen.pop.yaml with permissions 640 in a
# temporary folder, while save.cpp's test hooks make one step of the save fail or pause there.
# The hooks exist only in the test binary `pop-faults` (save.cpp built with POP_FAULT_INJECTION);
# the product binary POP_BINARY, when given, must ignore them:
#   product-ignores-hooks  POP_BINARY with POP_TEST_FAULT, POP_TEST_PAUSE and POP_TEST_RESUME set
#                 for every step makes a normal edit (exit 0, the new bytes).
#   fault-STEP    POP_TEST_FAULT=STEP for each step (locked open write fsync chmod reread rename
#                 fsync-dir): a non-zero exit and a message that says what happened and that
#                 the file is unchanged, nothing on stdout, the file byte-identical to the
#                 original. locked acts as a lock another pop holds (exit 1, "being edited").
#                 fsync-dir comes after the rename: there the edit succeeds and the
#                 file holds exactly the new bytes. Always: permissions still 640, no temporary
#                 file (.NAME.pop-tmp-*) left behind.
#   disk-full-*   a real ENOSPC on a 64 KiB tmpfs (needs root and mount; else skipped), once
#                 with no space at all and once with 4 KiB free (a partial write); and a real
#                 EFBIG from a file size limit (ulimit -f), which needs no privileges.
#   kill-STEP     POP_TEST_PAUSE=STEP, wait for `paused at STEP`, kill -9: the file is exactly
#                 the old bytes (every step up to and including rename) or exactly the new ones
#                 (fsync-dir), never a mix, permissions kept. A killed process cannot remove its
#                 temporary file; one that is left must hold nothing or exactly the new bytes,
#                 `pop check` on the folder must report it (input.leftover-temp), and the same
#                 edit run again must succeed and remove it.
#   changed-on-disk  the file changes while pop is paused before its last comparison
#                 (POP_TEST_PAUSE=reread with POP_TEST_RESUME=FILE: the pause ends when FILE
#                 exists): pop must refuse (exit 1, "changed on disk") and keep the other
#                 writer's bytes.
# Nothing is bounded by elapsed time: `timeout` and the wait for `paused at` are watchdogs against
# a hang only (60 s; an edit takes about 0.02 s, 0.2 s under ASan).
# While pop has no edit commands yet, every case prints a `skip` line and the script exits 0.
# One line per case, the number of faults injected, then `N passed, M failed`; exits 1 when a
# case failed.
# shellcheck disable=SC2317  # (functions called from a trap and from command substitutions)
set -uo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 POP_FAULTS_BINARY [POP_BINARY]" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/edit-faults: $1 is not an executable" >&2
    exit 2
fi
PRODUCT=""
if [[ $# -eq 2 ]]; then
    PRODUCT=$(realpath -- "$2") || exit 2
    [[ -x $PRODUCT ]] || { echo "tests/edit-faults: $2 is not an executable" >&2; exit 2; }
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
export LC_ALL=C.UTF-8 NO_COLOR=1
unset POP_TEST_FAULT POP_TEST_PAUSE POP_TEST_RESUME
TODAY=2026-11-22
NAME=a.jansen.pop.yaml
SOURCE=$ROOT/examples/pops/$NAME
EDIT=(goal status formatief-engels paused)  # active -> paused
SIGN=(sign --manager "Marieke de Groot" --on "$TODAY")
STEPS=(locked open write fsync chmod reread rename fsync-dir)
MODE=640

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-edit-faults.XXXXXX") || exit 1
BG_PID=""   # the pop started in the background and not yet waited for (killed at the end)
MOUNTS=()   # tmpfs mounts, unmounted at the end
cleanup() {
    local m
    [[ -n $BG_PID ]] && kill -9 "$BG_PID" 2>/dev/null
    for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null; done
    rm -rf -- "$TMP"
}
trap cleanup EXIT
# pop looks for pop-policy.yaml and the like up to the git root: keep it inside the temporary folder.
mkdir -p "$TMP/.git"
cd -- "$TMP" || exit 1

passed=0
failed=0
skipped=0
faults=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
skip() { skipped=$((skipped + 1)); echo "skip $1: $2"; }
finish() {
    echo "faults injected: $faults"
    if ((skipped > 0)); then
        echo "$passed passed, $failed failed ($skipped skipped)"
    else
        echo "$passed passed, $failed failed"
    fi
    [[ $failed -eq 0 ]]
    exit
}

if ! "$POP" goal status --help >/dev/null 2>&1; then
    for step in "${STEPS[@]}"; do skip "fault-$step" "pop has no edit command yet (pop goal status)"; done
    for step in "${STEPS[@]}"; do skip "kill-$step" "pop has no edit command yet (pop goal status)"; done
    echo "tests/edit-faults: pop has no \`goal status\` command yet: nothing was tested; run this again when it has"
    finish
fi

# A new folder NAME under the temporary folder with a copy of the POP (mode 640) in it.
new_case() {
    local d=$TMP/$1
    mkdir -p -- "$d" && cp -- "$SOURCE" "$d/$NAME" && chmod "$MODE" "$d/$NAME" && echo "$d"
}

# The start of an output file on one line, for a failure message.
snippet() { head -c 300 -- "$1" | tr '\n' ' '; }

# The temporary files of a save left in a folder, one a line.
leftovers() { find "$1" -maxdepth 1 -name ".$NAME.pop-tmp-*" -printf '%f\n' 2>/dev/null; }

# Where the output of pop on a case folder goes: beside it, not in it (a full disk is full).
out() { echo "$TMP/out/$(basename -- "$1").$2"; }
mkdir -p "$TMP/out"

# run_pop DIR ENV... -- ARGS...: runs pop on DIR/NAME with the environment given; stdout and
# stderr in $(out DIR out) and $(out DIR err), exit code in $rc. A watchdog ends a hang after 60 s.
run_pop() {
    local d=$1
    shift
    local env=()
    while [[ $1 != -- ]]; do env+=("$1"); shift; done
    shift
    # watchdog: 60 s against a hang; an edit takes about 0.01 s.
    env "${env[@]}" timeout -s KILL 60 "$POP" --today "$TODAY" --lang en "$@" --file "$d/$NAME" \
        >"$(out "$d" out)" 2>"$(out "$d" err)"
    rc=$?
}

# check_state DIR WANT: sets $problems to what is wrong with DIR/NAME ("" when nothing), WANT
# being old, new or either. Callers write `check_state ... || problems=...`: a check that did not
# run must not pass.
check_state() {
    local d=$1 want=$2 mode is_old=0 is_new=0
    problems=""
    cmp -s "$d/$NAME" "$SOURCE" && is_old=1
    cmp -s "$d/$NAME" "$TMP/new-bytes" && is_new=1
    case $want in
        old) ((is_old)) || problems+="; the file is not the original ($(cmp "$d/$NAME" "$SOURCE" 2>&1 | head -n 1))" ;;
        new) ((is_new)) || problems+="; the file does not hold exactly the new bytes" ;;
        either) ((is_old || is_new)) || problems+="; the file is neither the old nor the new bytes: a mix" ;;
        *) problems+="; check_state: bad WANT $want" ;;
    esac
    mode=$(stat -c %a "$d/$NAME" 2>/dev/null)
    [[ $mode == "$MODE" ]] || problems+="; permissions $mode, not $MODE"
    return 0
}

# --- the reference: the edit without faults ----------------------------------------------------
d=$(new_case reference)
run_pop "$d" -- "${EDIT[@]}"
if [[ $rc -ne 0 ]] || cmp -s "$d/$NAME" "$SOURCE"; then
    fail reference "pop ${EDIT[*]} did not edit the file (exit $rc): $(snippet "$(out "$d" err)")"
    finish
fi
cp -- "$d/$NAME" "$TMP/new-bytes"
check_state "$d" new || problems="; the state check did not run"
[[ -z $(leftovers "$d") ]] || problems+="; temporary file left: $(leftovers "$d")"
grep -q "is now paused" "$(out "$d" out)" || problems+="; stdout does not say what was done: $(snippet "$(out "$d" out)")"
if [[ -z $problems ]]; then pass "no-fault (the edit works, permissions kept)"; else fail no-fault "${problems#; }"; fi

# --- the product binary has no hooks ---------------------------------------------------------------
if [[ -n $PRODUCT ]]; then
    problems=""
    for step in "${STEPS[@]}"; do
        d=$(new_case "product-$step")
        # A pause without POP_TEST_RESUME would last until a signal: the watchdog (60 s) would end it.
        POP_TEST_FAULT=$step POP_TEST_PAUSE=$step POP_TEST_RESUME=$d/never timeout -s KILL 60 "$PRODUCT" \
            --today "$TODAY" --lang en "${EDIT[@]}" --file "$d/$NAME" >"$(out "$d" out)" 2>"$(out "$d" err)"
        rc=$?
        [[ $rc -eq 0 ]] || problems+="; $step: exit $rc: $(snippet "$(out "$d" err)")"
        cmp -s "$d/$NAME" "$TMP/new-bytes" || problems+="; $step: the file does not hold the new bytes"
        grep -q paused "$(out "$d" err)" && problems+="; $step: it paused"
    done
    if [[ -z $problems ]]; then pass "product-ignores-hooks (pop with POP_TEST_FAULT/PAUSE/RESUME at every step edits normally)"; else fail product-ignores-hooks "${problems#; }"; fi
fi

# --- POP_TEST_FAULT=STEP -----------------------------------------------------------------------
# check_failed_save CASE DIR WANT_EXIT MESSAGE_PATTERN: the checks for a save that must fail.
check_failed_save() {
    local name=$1 d=$2 want_exit=$3 pattern=$4 problems err out_file
    err=$(out "$d" err)
    out_file=$(out "$d" out)
    check_state "$d" old || problems="; the state check did not run"
    [[ $rc -eq $want_exit ]] || problems+="; exit $rc, expected $want_exit"
    grep -Eq "^pop: .*$pattern" "$err" || problems+="; stderr lacks /$pattern/: $(snippet "$err")"
    grep -Fq "$NAME" "$err" || problems+="; stderr does not name the file"
    [[ ! -s $out_file ]] || problems+="; stdout is not empty: $(snippet "$out_file")"
    [[ -z $(leftovers "$d") ]] || problems+="; temporary file left: $(leftovers "$d" | tr '\n' ' ')"
    if [[ -z $problems ]]; then pass "$name"; else fail "$name" "${problems#; }"; fi
    # An injected fault sets no errno: the reason shown may be a leftover one. Not a failure.
    if grep -q "No such file or directory" "$err"; then
        echo "     note: $name: the reason given is a stale errno (the injected fault sets none): $(sed 's/.*(\(.*\)).*/\1/' "$err" | head -n 1)"
    fi
}

for step in "${STEPS[@]}"; do
    d=$(new_case "fault-$step")
    faults=$((faults + 1))
    run_pop "$d" POP_TEST_FAULT="$step" -- "${EDIT[@]}"
    case $step in
        reread) check_failed_save "fault-$step" "$d" 1 "changed on disk.*nothing was written" ;;
        locked) check_failed_save "fault-$step" "$d" 1 "being edited by another pop.*nothing was written" ;;
        fsync-dir)  # after the rename: the edit is done, and complete
            check_state "$d" new || problems="; the state check did not run"
            [[ $rc -eq 0 ]] || problems+="; exit $rc, expected 0: $(snippet "$(out "$d" err)")"
            [[ -z $(leftovers "$d") ]] || problems+="; temporary file left: $(leftovers "$d")"
            if [[ -z $problems ]]; then pass "fault-$step (after the rename: the new file is complete)"; else fail "fault-$step" "${problems#; }"; fi
            ;;
        *) check_failed_save "fault-$step" "$d" 3 "could not write.*the file is unchanged" ;;
    esac
done

# The same through another command, which edits a flow mapping (sign_off.manager).
if "$POP" sign --help >/dev/null 2>&1; then
    d=$(new_case fault-write-sign)
    faults=$((faults + 1))
    run_pop "$d" POP_TEST_FAULT=write -- "${SIGN[@]}"
    check_failed_save "fault-write (pop sign)" "$d" 3 "could not write.*the file is unchanged"
else
    skip "fault-write (pop sign)" "pop has no sign command yet"
fi

# --- a full disk -------------------------------------------------------------------------------
# fill DIR FREE_BYTES: fills the file system of DIR up to FREE_BYTES (a multiple of 4096) free.
fill() {
    dd if=/dev/zero of="$1/filler" bs=4096 2>/dev/null  # until ENOSPC
    (($2 > 0)) && truncate -s "-$2" "$1/filler"
    sync -f "$1/filler" 2>/dev/null
    return 0
}
if [[ $(id -u) -ne 0 ]]; then
    skip disk-full "not root: cannot mount a small tmpfs"
    skip disk-full-partial "not root: cannot mount a small tmpfs"
else
    for free in 0 4096; do
        name=disk-full
        ((free > 0)) && name=disk-full-partial
        d=$TMP/$name
        mkdir -p "$d"
        if ! mount -t tmpfs -o size=64k,mode=0755 tmpfs "$d" 2>"$TMP/.mount-err"; then
            skip "$name" "cannot mount a tmpfs here: $(head -n 1 "$TMP/.mount-err")"
            continue
        fi
        MOUNTS+=("$d")
        cp -- "$SOURCE" "$d/$NAME" && chmod "$MODE" "$d/$NAME"
        fill "$d" "$free"
        faults=$((faults + 1))
        run_pop "$d" -- "${EDIT[@]}"
        label="$name (ENOSPC, $free bytes free)"
        check_failed_save "$label" "$d" 3 "could not write.*No space left on device.*the file is unchanged"
        umount "$d" && MOUNTS=("${MOUNTS[@]:0:${#MOUNTS[@]}-1}")
    done
fi

# A file size limit: write() fails with EFBIG after 4 KiB (SIGXFSZ ignored, so it does not kill).
d=$(new_case file-too-large)
faults=$((faults + 1))
(
    trap '' XFSZ
    ulimit -f 4
    # watchdog: 30 s of wall time against a hang; the edit takes about 0.01 s.
    timeout -s KILL 30 "$POP" --today "$TODAY" --lang en "${EDIT[@]}" --file "$d/$NAME" >"$(out "$d" out)" 2>"$(out "$d" err)"
)
rc=$?
check_failed_save "file-too-large (EFBIG after 4 KiB)" "$d" 3 "could not write.*File too large.*the file is unchanged"

# --- kill -9 while paused at STEP --------------------------------------------------------------
# wait_paused DIR PID STEP: true when pop said `paused at STEP`; false when it ended (or, as a
# watchdog against a hang, after 60 s).
wait_paused() {
    local i
    for ((i = 0; i < 1200; i++)); do
        grep -q "paused at $3\$" "$(out "$1" err)" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.05  # watchdog: 1200 polls, 60 s
    done
    return 1
}

for step in "${STEPS[@]}"; do
    name=kill-$step
    d=$(new_case "$name")
    POP_TEST_PAUSE=$step "$POP" --today "$TODAY" --lang en "${EDIT[@]}" --file "$d/$NAME" >"$(out "$d" out)" 2>"$(out "$d" err)" &
    pid=$!
    BG_PID=$pid
    if ! wait_paused "$d" "$pid" "$step"; then
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        BG_PID=""
        fail "$name" "pop never said \`paused at $step\`: $(snippet "$(out "$d" err)")"
        continue
    fi
    faults=$((faults + 1))
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
    BG_PID=""
    want=old
    [[ $step == fsync-dir ]] && want=new
    check_state "$d" either || problems="; the state check did not run"
    [[ -z $problems ]] && { check_state "$d" "$want" || problems="; the state check did not run"; }
    # What a killed process leaves: at most one temporary file, empty (before the write) or complete.
    mapfile -t left < <(leftovers "$d")
    if ((${#left[@]} > 1)); then
        problems+="; ${#left[@]} temporary files left"
    elif ((${#left[@]} == 1)); then
        tmpfile=$d/${left[0]}
        if [[ -s $tmpfile ]] && ! cmp -s "$tmpfile" "$TMP/new-bytes"; then
            problems+="; the temporary file ${left[0]} holds part of the new bytes"
        fi
        # watchdog: 60 s against a hang; the check takes about 0.01 s.
        timeout -s KILL 60 "$POP" --today "$TODAY" --lang en check "$d" >"$(out "$d" check)" 2>&1
        grep -q "input.leftover-temp.*${left[0]}" "$(out "$d" check)" || problems+="; pop check does not report the temporary file"
    fi
    # The same edit again finishes the job (or finds it done).
    run_pop "$d" -- "${EDIT[@]}"
    [[ $rc -eq 0 ]] && cmp -s "$d/$NAME" "$TMP/new-bytes" ||
        problems+="; the edit run again fails (exit $rc): $(snippet "$(out "$d" err)")"
    [[ -z $(leftovers "$d") ]] || problems+="; the edit run again left $(leftovers "$d" | tr '\n' ' ')"
    note=""
    ((${#left[@]} == 1)) && note=", left ${left[0]%-*}-* behind"
    if [[ -z $problems ]]; then pass "$name (the $want bytes$note)"; else fail "$name" "${problems#; }"; fi
done

# --- the file changes on disk between pop's read and its save ------------------------------------
{
    name=changed-on-disk
    d=$(new_case "$name")
    POP_TEST_PAUSE=reread POP_TEST_RESUME=$d/resume "$POP" --today "$TODAY" --lang en "${EDIT[@]}" \
        --file "$d/$NAME" >"$(out "$d" out)" 2>"$(out "$d" err)" &
    pid=$!
    BG_PID=$pid
    if ! wait_paused "$d" "$pid" reread; then
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        BG_PID=""
        fail "$name" "pop never said \`paused at reread\`: $(snippet "$(out "$d" err)")"
    else
        faults=$((faults + 1))
        printf '# changed by someone else\n' >>"$d/$NAME"  # another writer, in place
        cp -- "$d/$NAME" "$d/.theirs"
        touch "$d/resume"
        # watchdog: waits for pop to end, 60 s at most against a hang (it ends in about 0.01 s).
        for ((i = 0; i < 1200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null  # watchdog: still there after 60 s, it hangs (the exit code says 137)
        wait "$pid"
        rc=$?
        BG_PID=""
        problems=""
        cmp -s "$d/$NAME" "$d/.theirs" || problems+="; the other writer's change is lost"
        [[ $rc -eq 1 ]] || problems+="; exit $rc, expected 1"
        grep -Eq "^pop: .*$NAME.*changed on disk.*nothing was written" "$(out "$d" err)" ||
            problems+="; stderr lacks /changed on disk/: $(snippet "$(out "$d" err)")"
        [[ -z $(leftovers "$d") ]] || problems+="; temporary file left: $(leftovers "$d")"
        mode=$(stat -c %a "$d/$NAME")
        [[ $mode == "$MODE" ]] || problems+="; permissions $mode, not $MODE"
        if [[ -z $problems ]]; then pass "$name (refused, the other writer's bytes kept)"; else fail "$name" "${problems#; }"; fi
    fi
}

finish
