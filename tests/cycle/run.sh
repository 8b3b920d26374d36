#!/usr/bin/env bash
# tests/cycle/run.sh POP_BINARY
#
# A school year of the POP cycle, played in a real git repository whose policy switches on all
# three `complete` settings (sign_off, current_goal, conversation): tests/cycle/school/ holds the
# policy, the roster and four colleagues' POPs as they are on 2 November 2026.
#
#   - the coordinator adds a new colleague, Elif Demir, to the roster in the middle of her period;
#   - she runs `pop init` with a start date in the past, adds a goal with steps, ticks one off;
#     both sign, the start conversation is recorded, and it is committed;
#   - a year later the coordinator marks a retired colleague inactive, and `pop renew --all`
#     renews the POPs that end within the policy's warning window (the retired colleague's is
#     skipped, the one that runs on is not due);
#   - after the new POPs are signed and their start conversations recorded,
#     `pop check --strict --reminders .` on the whole repository exits 0.
#
# Every step is a golden case: expected/NN-name.out holds its command, exit code, stdout and
# stderr. Then the shell blocks of README.md's sections "A teacher's workflow" and "A
# coordinator's year" are run as they are written (a `pop` on PATH that adds --today from the
# block's "# on YYYY-MM-DD" comments): every command must succeed.
#
# POP_REGENERATE=1 rewrites the expected files. Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/cycle: $POP is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
EXPECTED=$HERE/expected
REGENERATE=${POP_REGENERATE:-0}
[[ $REGENERATE == 0 ]] && REGENERATE=

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-cycle.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT

passed=0
failed=0
ok() {
    passed=$((passed + 1))
    echo "ok   $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 60
}

REPO=$TMP/school
cp -R -- "$HERE/school" "$REPO"
# A fixed environment: no colour, English, git commits with fixed names and dates.
export LANG=C.UTF-8 NO_COLOR=1 HOME=$TMP
export GIT_AUTHOR_NAME="Marieke de Groot" GIT_AUTHOR_EMAIL=m.degroot@hetbaken.example
export GIT_COMMITTER_NAME="Marieke de Groot" GIT_COMMITTER_EMAIL=m.degroot@hetbaken.example
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
(cd "$REPO" && git init -q -b main . && git add -A &&
    GIT_AUTHOR_DATE=2026-11-02T09:00:00 GIT_COMMITTER_DATE=2026-11-02T09:00:00 git commit -q -m "Het Baken: POP's en beleid")

# step NAME DATE FOLDER COMMAND: runs the shell COMMAND in FOLDER (relative to the repository) on
# DATE, with `pop` meaning this pop with --today DATE and git commits dated DATE; compares the
# command, its exit code, stdout and stderr with expected/NAME.out.
step() {
    local name=$1 date=$2 folder=$3 command=$4
    local out=$TMP/$name
    (
        cd -- "$REPO/$folder" || exit 99
        export GIT_AUTHOR_DATE=${date}T12:00:00 GIT_COMMITTER_DATE=${date}T12:00:00
        pop() { "$POP" --today "$date" "$@"; }
        eval "$command"
    ) >"$out.stdout" 2>"$out.stderr" </dev/null
    local rc=$?
    {
        echo "# $date, in ${folder:-the repository root}:"
        echo "\$ $command"
        echo "exit $rc"
        echo "--- stdout"
        cat -- "$out.stdout"
        echo "--- stderr"
        cat -- "$out.stderr"
    } | sed "s|$TMP|TMP|g" >"$out.actual"
    if [[ -n $REGENERATE ]]; then
        cp -- "$out.actual" "$EXPECTED/$name.out"
        ok "$name (regenerated)"
    elif diff -u --label "expected $name.out" --label "actual $name.out" -- "$EXPECTED/$name.out" "$out.actual" >"$out.diff"; then
        ok "$name"
    else
        fail "$name" "$(cat -- "$out.diff")"
    fi
}

[[ -n $REGENERATE ]] && mkdir -p -- "$EXPECTED"

# modelines_ok LABEL POP...: the first line of each POP is a modeline
# (`# yaml-language-server: $schema=PATH`) naming a schema that is there, relative to the POP, and
# holds what `pop schema pop` prints now: the editor finds the schema pop init (or renew) points at.
modelines_ok() {
    local label=$1 f line schema checked=0 bad=()
    shift
    "$POP" schema pop >"$TMP/pop.schema.json"
    for f in "$@"; do
        line=$(head -n 1 -- "$f")
        [[ $line == '# yaml-language-server: $schema='* ]] || { bad+=("${f##*/}: no modeline"); continue; }
        schema=$(dirname -- "$f")/${line#*\$schema=}
        checked=$((checked + 1))
        cmp -s -- "$schema" "$TMP/pop.schema.json" || bad+=("${f##*/}: ${line#*\$schema=} is missing or not pop schema pop")
    done
    if [[ $checked -gt 0 && ${#bad[@]} -eq 0 ]]; then
        ok "$label: the modeline of $checked POP(s) names a schema that exists"
    else
        fail "$label: modelines" "$(printf '%s\n' "${bad[@]}")"
    fi
}

# ---- Autumn 2026: where the school stands, a new colleague ----
step 01-check-at-start 2026-11-02 "" 'pop check --strict --reminders .'
step 02-roster-add 2026-11-16 "" 'printf "  - id: e.demir\n    name: Elif Demir\n    team: onderbouw\n    manager: Marieke de Groot\n" >> pop-roster.yaml && git commit -q -am "Personeelslijst: Elif Demir"'
step 03-check-missing 2026-11-16 "" 'pop check .'
step 04-init 2026-11-23 pops 'pop init --id e.demir --name "Elif Demir" --role "docent economie" --school "Het Baken" --manager "Marieke de Groot" --start 2026-08-01 --end 2027-07-31'
modelines_ok "04-init" "$REPO/pops/e.demir.pop.yaml"
step 05-goal-add 2026-11-23 pops 'pop goal add --file e.demir.pop.yaml --id exit-tickets --title "Exit tickets in havo 3" --specific "In havo 3 economie sluit ik elke les af met een exit ticket van twee vragen." --measurable "In minstens 8 van de 10 lessen per periode gebruik ik een exit ticket." --hours 20 --start 2026-11-23 --end 2027-12-20 --agreed-by "Marieke de Groot" --inspiring "Ik wil eerder zien welke leerlingen de stof nog niet snappen."'
step 06-step-add 2026-11-23 pops 'pop step add exit-tickets --file e.demir.pop.yaml --id set --what "Set van 10 exit tickets maken" --due 2026-12-18'
step 07-step-add 2026-11-23 pops 'pop step add exit-tickets --file e.demir.pop.yaml --id lesbezoek --what "Lesbezoek met de focus op exit tickets" --due 2027-10-15'
step 08-sign-employee 2026-11-24 pops 'pop sign --file e.demir.pop.yaml --employee "Elif Demir"'
step 09-sign-manager 2026-11-25 pops 'pop sign --file e.demir.pop.yaml --manager "Marieke de Groot"'
step 10-talk-start 2026-11-25 pops 'pop talk add --file e.demir.pop.yaml --kind start --date 2026-11-25 --with "Marieke de Groot" --agreements "Exit tickets in havo 3; lesbezoek in oktober."'
step 11-step-done 2026-12-17 pops 'pop step done exit-tickets set --file e.demir.pop.yaml'
step 12-check-own 2026-12-17 pops 'pop check --reminders e.demir.pop.yaml'
step 13-commit 2026-12-17 "" 'git add -A && git commit -q -m "POP van Elif Demir" && git status --short'

# ---- Summer 2027: a colleague retires, the POPs that end are renewed ----
step 14-evidence-add 2027-06-15 pops 'pop evidence add exit-tickets --pop k.mulder.pop.yaml --what "Exit tickets unit 3, met de sectie besproken" --date 2027-06-15 && git commit -q -am "Bewijs Karin Mulder"'
step 15-roster-retire 2027-06-30 "" 'sed -i "/name: Henk Bakker/a\    active: false" pop-roster.yaml && git commit -q -am "Henk Bakker met pensioen"'
step 16-status 2027-07-10 pops 'pop status e.demir.pop.yaml'
step 17-renew-all-dry-run 2027-07-10 "" 'pop renew --all --dry-run pops && git status --short'
step 18-renew-all 2027-07-10 "" 'pop renew --all pops'
modelines_ok "18-renew-all" "$REPO"/pops/*-2027.pop.yaml
step 19-commit 2027-07-10 "" 'git add -A && git commit -q -m "Nieuwe POP'"'"'s" && git status --short'

# ---- September 2027: the new POPs are signed and started ----
n=20
for who in "a.jansen Anouk Jansen" "b.dewit Bram de Wit" "e.demir Elif Demir"; do
    id=${who%% *}
    person=${who#* }
    file=$id-2027.pop.yaml
    step "$n-sign-$id" 2027-09-06 pops "pop sign --file $file --employee \"$person\" && pop sign --file $file --manager \"Marieke de Groot\""
    n=$((n + 1))
    step "$n-talk-$id" 2027-09-06 pops "pop talk add --file $file --kind start --date 2027-09-06 --with \"Marieke de Groot\""
    n=$((n + 1))
done
step 26-check-at-end 2027-09-06 "" 'pop check --strict --reminders .'
step 27-status 2027-09-06 pops 'pop status a.jansen-2027.pop.yaml'
step 28-diff 2027-09-06 pops 'pop diff 2027-07-10 a.jansen-2027.pop.yaml'
step 29-due 2027-09-06 "" 'pop due --within 200d pops'
step 30-status-old 2027-09-06 pops 'pop status a.jansen.pop.yaml'

# ---- README.md: the teacher's workflow and the coordinator's year, as written ----
# A block's "# on YYYY-MM-DD" comment sets the date for the commands after it.
readme_block() {  # the shell code under the heading $1, up to the next heading
    awk -v heading="$1" '
        $0 == heading { inside = 1; next }
        inside && /^## / { exit }
        inside && /^```sh$/ { code = 1; next }
        inside && /^```$/ { code = 0; next }
        inside && code { print }' "$ROOT/README.md"
}
mkdir -p -- "$TMP/bin"
cat >"$TMP/bin/pop" <<EOF
#!/bin/sh
exec "$POP" --today "\${POP_README_TODAY:-2026-11-22}" "\$@"
EOF
chmod +x -- "$TMP/bin/pop"
for heading in "## A teacher's workflow" "## A coordinator's year"; do
    block=$(readme_block "$heading")
    if [[ -z $block ]]; then
        fail "README: $heading" "no shell block under this heading"
        continue
    fi
    dir=$TMP/readme-$(tr -cd 'a-z' <<<"$heading")
    mkdir -p -- "$dir"
    cp -R -- "$ROOT/examples" "$dir/examples"  # README's commands run from the repository root
    script=$(sed -E 's/^# on ([0-9]{4}-[0-9]{2}-[0-9]{2}).*$/export POP_README_TODAY=\1 GIT_AUTHOR_DATE=\1T12:00:00 GIT_COMMITTER_DATE=\1T12:00:00/' <<<"$block")
    if output=$(cd -- "$dir" && PATH="$TMP/bin:$PATH" bash -euo pipefail -c "$script" 2>&1); then
        ok "README: $heading"
    else
        fail "README: $heading" "$output"
    fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
