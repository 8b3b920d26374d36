#!/usr/bin/env bash
# History-aware checks against a real git repository built here: --changed-since, pop diff,
# the history.stale rule, shallow clones and folders outside git.
set -euo pipefail
POP=$(realpath "${1:?usage: run.sh POP_BINARY}")
SRC=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0

check() {  # check NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then
        echo "ok $1"; passed=$((passed + 1))
    else
        echo "FAIL $1"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | sed 's/^/    /' || true
        failed=$((failed + 1))
    fi
}

findings() {  # the `LINE:COL rule` of each finding line, with the file's base name
    sed -nE 's#^([^ ]+):([0-9]+):([0-9]+): (error|warning)\[([a-z.-]+)\]: .*#\1 \2:\3 \5#p' | sed -E 's#^[^ ]*/##'
}

commit() {  # commit DATE MESSAGE: commit everything with that author and committer date
    git add -A
    GIT_AUTHOR_DATE="$1T12:00:00" GIT_COMMITTER_DATE="$1T12:00:00" git commit -qm "$2"
}

REPO=$WORK/school
mkdir -p "$REPO/pops"
cd "$REPO"
git init -q -b main
git config user.name "Test"
git config user.email "test@example.invalid"
cp "$SRC"/examples/pop-policy.yaml "$SRC"/examples/pop-school-goals.yaml .
cat > pop-roster.yaml <<'YAML'
format_version: 1
staff:
  - {id: a.jansen, name: Anouk Jansen, start_date: 2026-08-01}   # a starter, as in examples/
  - {id: m.elbaz, name: Mohamed El Baz}
  - {id: k.mulder, name: Kees Mulder}
YAML
cp "$SRC"/examples/pops/a.jansen.pop.yaml "$SRC"/examples/pops/m.elbaz.pop.yaml "$SRC"/examples/pops/k.mulder.pop.yaml pops/
commit 2025-09-01 "Eerste POP's"
# A few commits over a year: only a.jansen's POP keeps changing.
for month in 10 11 12; do
    printf '# bijgewerkt 2025-%s\n' "$month" >> pops/a.jansen.pop.yaml
    commit "2025-$month-15" "a.jansen bijgewerkt"
done
sed -i 's/^    status: achieved$/    status: active/' pops/m.elbaz.pop.yaml
commit 2026-01-10 "m.elbaz: status"
BASE=$(git rev-parse HEAD)
sed -i 's/^conversations:$/conversations:\n  - kind: progress\n    date: 2026-11-01\n    agreements: Lesbezoek in december./' pops/a.jansen.pop.yaml
commit 2026-11-05 "a.jansen: voortgangsgesprek"

# --changed-since: only the POP changed since BASE is reported; the roster check still runs.
out=$("$POP" check --today 2026-11-22 --color never --changed-since "$BASE" . || true)
check "changed-since reports only the changed POP" \
    "4 files checked: no problems" "$(printf '%s\n' "$out" | tail -n 1)"
out=$("$POP" check --today 2026-11-22 --format json --changed-since "$BASE" . || true)
check "changed-since lists a.jansen and the repository files" \
    "pop-policy.yaml pop-roster.yaml pop-school-goals.yaml pops/a.jansen.pop.yaml" \
    "$(printf '%s\n' "$out" | sed -nE 's/^      "path": "(.*)",$/\1/p' | tr '\n' ' ' | sed 's/ $//')"
echo "# nieuw" > pops/k.mulder.pop.yaml.tmp && cat pops/k.mulder.pop.yaml >> pops/k.mulder.pop.yaml.tmp && mv pops/k.mulder.pop.yaml.tmp pops/k.mulder.pop.yaml
out=$("$POP" check --today 2026-11-22 --format json --changed-since "$BASE" . || true)
check "changed-since counts uncommitted changes" "2" \
    "$(printf '%s\n' "$out" | grep -c '"path": "pops/' || true)"
git checkout -q pops/k.mulder.pop.yaml
set +e; "$POP" check --changed-since no-such-rev . >/dev/null 2>"$WORK/err"; code=$?; set -e
check "changed-since with an unknown revision is a usage error" "2" "$code"
check "changed-since says what git said" "pop: --changed-since no-such-rev: git says: fatal: bad revision 'no-such-rev'" "$(cat "$WORK/err")"

# --history: POPs unchanged for more than stale_months (12) are "in the drawer".
out=$("$POP" check --today 2026-11-22 --color never --history . || true)
check "history.stale flags k.mulder (unchanged since 2025-09-01) and nothing else" \
    "k.mulder.pop.yaml 1:1 history.stale" "$(printf '%s\n' "$out" | findings)"
check "history.stale message" \
    "pops/k.mulder.pop.yaml:1:1: warning[history.stale]: this POP has not changed in git since 2025-09-01, more than 12 months ago" \
    "$(printf '%s\n' "$out" | grep 'history.stale')"
out=$("$POP" check --today 2026-08-20 --color never --history . || true)
check "history.stale depends on --today (12 months after 2025-09-01 is not yet past)" "" \
    "$(printf '%s\n' "$out" | findings | grep history.stale || true)"
printf '\n' >> pops/k.mulder.pop.yaml
out=$("$POP" check --today 2026-11-22 --color never --history . || true)
check "an uncommitted change counts as a change today" "" "$(printf '%s\n' "$out" | findings)"
git checkout -q pops/k.mulder.pop.yaml

# pop diff: what changed, in domain terms, since a revision and since a date.
out=$(cd pops && "$POP" diff --lang nl "$BASE" a.jansen.pop.yaml)
check "pop diff since a revision" "a.jansen.pop.yaml: veranderingen sinds $BASE
  + gesprek: voortgangsgesprek op 2026-11-01
1 verandering" "$out"
out=$("$POP" diff 2025-12-31 pops/m.elbaz.pop.yaml)
check "pop diff since a date" "pops/m.elbaz.pop.yaml: changes since 2025-12-31
  ~ goal \`instructie-mavo3\`: status achieved → active
1 change" "$out"
out=$("$POP" diff 2025-09-01 pops/k.mulder.pop.yaml)
check "pop diff of an unchanged POP" "pops/k.mulder.pop.yaml: changes since 2025-09-01
no changes" "$out"
set +e; out=$("$POP" diff 2020-01-01 pops/k.mulder.pop.yaml 2>"$WORK/err"); code=$?; set -e
check "pop diff from a date before the first commit: since the beginning, everything new" \
    "0 pops/k.mulder.pop.yaml: changes since the beginning (the first commit is after 2020-01-01)|21 changes" \
    "$code $(printf '%s\n' "$out" | sed -n '1p;$p' | paste -sd'|')$(cat "$WORK/err")"
# Signing again is said when it happens, and pop diff reports it.
out=$("$POP" --today 2026-11-22 sign --employee "Kees Mulder" --on 2026-09-01 --pop pops/k.mulder.pop.yaml)
check "signing again says what it replaced" \
    "pops/k.mulder.pop.yaml: signed by Kees Mulder on 2026-09-01; this replaces the earlier signature (Kees Mulder, 2025-10-03)" "$out"
out=$("$POP" diff HEAD pops/k.mulder.pop.yaml)
check "pop diff reports a signature made again" "pops/k.mulder.pop.yaml: changes since HEAD
  ~ signed again by Kees Mulder on 2026-09-01 (was Kees Mulder, 2025-10-03)
1 change" "$out"
git checkout -q pops/k.mulder.pop.yaml
out=$(cd pops && "$POP" --today 2026-11-22 diff "$(git rev-list --max-parents=0 HEAD)" 2>&1 || true)
check "pop diff needs a file when the folder has several that run today" \
    "pop: this folder has 3 *.pop.yaml files (a.jansen.pop.yaml, k.mulder.pop.yaml and m.elbaz.pop.yaml) and not exactly one of them runs today; name the POP file" "$out"

# Completeness against the roster (checked when the roster is among what is checked).
cp pops/k.mulder.pop.yaml pops/k.mulder-kopie.pop.yaml
sed -i 's/^  - {id: k.mulder, name: Kees Mulder}$/&\n  - {id: j.smit, name: Jasmijn Smit}\n  - {id: w.hendriks, name: Wim Hendriks, active: false}/' pop-roster.yaml
cp "$SRC"/examples/mbo/pops/s.yilmaz.pop.yaml pops/
sed -i 's/^  id: s.yilmaz$/  id: w.hendriks/' pops/s.yilmaz.pop.yaml
out=$("$POP" check --today 2026-11-22 --color never . || true)
check "roster.duplicate-pop, roster.missing-pop and an inactive person's POP" \
"pop-roster.yaml 6:10 roster.missing-pop
k.mulder.pop.yaml 9:7 roster.duplicate-pop
s.yilmaz.pop.yaml 12:7 links.person" "$(printf '%s\n' "$out" | findings)"
check "roster.duplicate-pop names the other POP" \
    "pops/k.mulder.pop.yaml:9:7: error[roster.duplicate-pop]: \`k.mulder\` has more than one current POP; the other is pops/k.mulder-kopie.pop.yaml" \
    "$(printf '%s\n' "$out" | grep 'roster.duplicate-pop')"
out=$("$POP" check --today 2026-11-22 --color never pops/ || true)
check "a folder without the roster: no completeness findings" "" \
    "$(printf '%s\n' "$out" | findings | grep roster || true)"
rm pops/k.mulder-kopie.pop.yaml pops/s.yilmaz.pop.yaml
git checkout -q pop-roster.yaml

# roster.retention (AVG): someone who left (`left:` on the roster) longer than the policy's
# retention_months (default 24) ago still has POP files here: a warning at their roster entry,
# naming the files. Someone with `left` counts as not active: no roster.missing-pop without a POP,
# and a current POP of theirs gets links.person, like `active: false`.
sed -i 's/^  - {id: k.mulder, name: Kees Mulder}$/  - {id: k.mulder, name: Kees Mulder, left: 2024-09-30}\n  - {id: j.smit, name: Jasmijn Smit, left: 2020-01-31}/' pop-roster.yaml
mkdir -p pops/oud && cp pops/k.mulder.pop.yaml pops/oud/k.mulder-2023.pop.yaml
sed -i 's/^  start: 2025-08-01$/  start: 2023-08-01/; s/^  end: 2027-07-31$/  end: 2025-07-31/' pops/oud/k.mulder-2023.pop.yaml
out=$("$POP" check --today 2026-11-22 --color never . || true)
check "roster.retention: k.mulder left 2024-09-30, 24 months have passed on 2026-11-22" \
"pop-roster.yaml 5:10 roster.retention
k.mulder.pop.yaml 9:7 links.person" "$(printf '%s\n' "$out" | findings | grep -v 'k.mulder-2023' || true)"
check "roster.retention names the person and every one of their POP files" \
    "pop-roster.yaml:5:10: warning[roster.retention]: \`k.mulder\` (Kees Mulder) left on 2024-09-30 and the retention period has passed; their POP files are still here: pops/k.mulder.pop.yaml and pops/oud/k.mulder-2023.pop.yaml" \
    "$(printf '%s\n' "$out" | grep 'roster.retention')"
out=$("$POP" check --lang nl --today 2026-11-22 --color never . || true)
check "roster.retention in Dutch" \
    "pop-roster.yaml:5:10: waarschuwing[roster.retention]: \`k.mulder\` (Kees Mulder) is op 2024-09-30 uit dienst gegaan en de bewaartermijn is voorbij; de POP-bestanden staan er nog: pops/k.mulder.pop.yaml en pops/oud/k.mulder-2023.pop.yaml" \
    "$(printf '%s\n' "$out" | grep 'roster.retention')"
out=$("$POP" check --today 2026-09-30 --color never . || true)
check "roster.retention: not on the last day of the retention period (2026-09-30)" "" \
    "$(printf '%s\n' "$out" | findings | grep roster.retention || true)"
out=$("$POP" check --today 2026-10-01 --color never . || true)
check "roster.retention: the day after it (2026-10-01)" "pop-roster.yaml 5:10 roster.retention" \
    "$(printf '%s\n' "$out" | findings | grep roster.retention || true)"
printf 'retention_months: 36\n' >> pop-policy.yaml
out=$("$POP" check --today 2026-11-22 --color never . || true)
check "roster.retention follows the policy's retention_months (36)" "" \
    "$(printf '%s\n' "$out" | findings | grep roster.retention || true)"
git checkout -q pop-policy.yaml
mkdir -p "$WORK/archief" && mv pops/k.mulder.pop.yaml pops/oud "$WORK/archief/"
out=$("$POP" check --today 2026-11-22 --color never . || true)
check "roster.retention: nothing once the files are archived elsewhere; no roster.missing-pop for those who left" "" \
    "$(printf '%s\n' "$out" | findings | grep roster || true)"
mv "$WORK/archief/k.mulder.pop.yaml" pops/ && rm -rf "$WORK/archief"
git checkout -q pop-roster.yaml

# A shallow clone: a clear message, and the staleness rule is skipped rather than wrong.
git clone -q --depth 1 "file://$REPO" "$WORK/shallow"
set +e
out=$(cd "$WORK/shallow" && "$POP" check --today 2026-11-22 --color never --history . 2>"$WORK/err"); code=$?
set -e
check "shallow clone: exit code unchanged" "0" "$code"
check "shallow clone: says why history.stale is skipped" "1" "$(grep -c 'shallow clone' "$WORK/err")"
check "shallow clone: no stale findings" "" "$(printf '%s\n' "$out" | findings)"

# Outside git: a clear usage error.
mkdir "$WORK/plain" && cp "$SRC"/examples/pops/k.mulder.pop.yaml "$WORK/plain/"
set +e; (cd "$WORK/plain" && "$POP" check --history . >/dev/null 2>"$WORK/err"); code=$?; set -e
check "outside git: --history is a usage error" "2" "$code"
check "outside git: message" "pop: --history needs a git repository, and k.mulder.pop.yaml is not in one" "$(cat "$WORK/err")"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
