#!/usr/bin/env bash
# tests/precommit/run.sh POP_BINARY
#
# The `language: system` hooks of our .pre-commit-hooks.yaml (pop-check, pop-check-strict: the
# `pop` on the PATH), run by the real pre-commit framework (the Debian package `pre-commit`), in a
# throwaway git repository of POPs (the hooks that build pop themselves: build-hook.sh):
#   a. committing a clean POP: the hook passes and the commit is made;
#   b. committing a POP with a mistake (a date that does not exist): the hook fails, shows the
#      `path:line:col: error[dates.invalid]` line, and the commit is not made; and (b2) the
#      hook exactly as published (no args, so the system clock) fails on it the same way;
#   c. `pre-commit run --all-files` on the clean repository passes, with ONE `pop check` run
#      (require_serial: one summary line, not one per chunk of files);
#   d. a change to files that are not ours (README.md, another .yaml) does not run pop at all,
#      and a change to pop-roster.yaml does;
#   e. pop-check-strict fails on a POP with only warnings, which pop-check lets through.
# Everything happens in a temporary folder (removed at the end): the hook repository is a fresh
# git repository holding only this checkout's .pre-commit-hooks.yaml, so the test does not depend
# on what is committed; PRE_COMMIT_HOME and the git configuration are inside it too. No network.
# The POPs' results depend on "today", so the test's pre-commit config pins it with
# `args: [--today=2026-11-22]`, except in case b2, whose finding is an error on any date.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/precommit: $1 is not an executable" >&2
    exit 2
fi
if ! command -v pre-commit >/dev/null 2>&1; then
    echo "tests/precommit: pre-commit is not installed; install the Debian package (apt-get install pre-commit)" >&2
    exit 1
fi
if ! command -v git >/dev/null 2>&1; then
    echo "tests/precommit: git is not installed" >&2
    exit 1
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-precommit.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

# Nothing from the user's own set-up: no global or system git config (a core.hooksPath there
# makes `pre-commit install` refuse), no ~/.cache/pre-commit, no colour, English messages.
export GIT_CONFIG_GLOBAL=$TMP/gitconfig GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_HOME=$TMP/pre-commit-home
export LC_ALL=C.UTF-8 NO_COLOR=1 TERM=dumb
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
: >"$GIT_CONFIG_GLOBAL"

# `pop` on the PATH, first: a wrapper that records each run (to tell "pop ran" from "skipped")
# and then runs the binary under test.
LOG=$TMP/pop-runs.log
mkdir -p -- "$TMP/bin"
cat >"$TMP/bin/pop" <<EOF
#!/usr/bin/env bash
printf '%s\n' "\$*" >>'$LOG'
exec '$POP' "\$@"
EOF
chmod +x -- "$TMP/bin/pop"
: >"$LOG"
export PATH=$TMP/bin:$PATH

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | sed 's/^/    | /'
    failed=$((failed + 1))
}
runs() { wc -l <"$LOG" | tr -d ' '; }
commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }

echo "tests/precommit: $(pre-commit --version), $(git --version)"

# --- the hook repository: only .pre-commit-hooks.yaml, committed ----------------------------
HOOKS=$TMP/hooks
git init -q -b main "$HOOKS" || exit 1
cp -- "$ROOT/.pre-commit-hooks.yaml" "$HOOKS/" || exit 1
git -C "$HOOKS" config user.name "pop test" && git -C "$HOOKS" config user.email "test@pop.invalid"
git -C "$HOOKS" add .pre-commit-hooks.yaml && git -C "$HOOKS" commit -q -m "hooks" || exit 1
REV=$(git -C "$HOOKS" rev-parse HEAD) || exit 1

# --- a school's repository of POPs --------------------------------------------------------------
REPO=$TMP/school
source "$HERE/school-repo.sh"
make_school_repo "$REPO" "$ROOT" || exit 1
printf '# POPs of team onderbouw and team mavo\n' >README.md
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $HOOKS
    rev: $REV
    hooks:
      - id: pop-check
        args: [--today=$TODAY]
      - id: pop-check-strict
        args: [--today=$TODAY]
        stages: [manual]
EOF
git add -A && git commit -q -m "start" || exit 1   # before `pre-commit install`: no hooks yet

out=$(pre-commit install 2>&1)
if [[ $? -eq 0 && -x .git/hooks/pre-commit ]]; then
    ok "pre-commit install"
else
    bad "pre-commit install" "$out"
fi

# --- a. a clean POP is committed ------------------------------------------------------------------
cp -- "$ROOT/examples/pops/m.elbaz.pop.yaml" pops/
git add pops/m.elbaz.pop.yaml
before=$(commits) runs_before=$(runs)
out=$(git commit -m "POP van Mourad" 2>&1)
code=$?
if [[ $code -eq 0 && $(commits) -eq $((before + 1)) && $out == *"pop check"*Passed* ]] &&
    [[ $(runs) -eq $((runs_before + 1)) ]] && tail -n 1 "$LOG" | grep -q 'pops/m.elbaz.pop.yaml'; then
    ok "a. clean POP: hook passes, commit made"
else
    bad "a. clean POP: hook passes, commit made (exit $code)" "$out"
fi

# --- b. a POP with a date that does not exist is refused ------------------------------------------
sed -i 's/^  end: 2027-07-31$/  end: 2027-02-30/' pops/m.elbaz.pop.yaml
line=$(grep -n '^  end: 2027-02-30$' pops/m.elbaz.pop.yaml | cut -d: -f1)
git add pops/m.elbaz.pop.yaml
head_before=$(git rev-parse HEAD)
out=$(git commit -m "einddatum" 2>&1)
code=$?
want="pops/m.elbaz.pop.yaml:$line:8: error[dates.invalid]"
if [[ -n $line && $code -ne 0 && $(git rev-parse HEAD) == "$head_before" && $out == *"pop check"*Failed* &&
    $out == *"$want"* ]] && git diff --cached --name-only | grep -qx 'pops/m.elbaz.pop.yaml'; then
    ok "b. mistake: hook fails with $want, no commit, file still staged"
else
    bad "b. mistake: hook fails with $want, no commit (exit $code)" "$out"
fi

# --- b2. the hook as published: no args, so the system clock --------------------------------------
cat >"$TMP/published.yaml" <<EOF
repos:
  - repo: $HOOKS
    rev: $REV
    hooks:
      - id: pop-check
EOF
out=$(pre-commit run --config "$TMP/published.yaml" pop-check --files pops/m.elbaz.pop.yaml 2>&1)
code=$?
if [[ $code -ne 0 && $out == *"$want"* ]] && tail -n 1 "$LOG" | grep -qx 'check pops/m.elbaz.pop.yaml'; then
    ok "b2. published hook (system clock): fails with $want"
else
    bad "b2. published hook (system clock): fails with $want (exit $code)" "$out"
fi
git reset -q --hard HEAD

# --- c. the whole clean repository ------------------------------------------------------------
runs_before=$(runs)
out=$(pre-commit run --all-files --verbose 2>&1)
code=$?
summaries=$(printf '%s\n' "$out" | grep -c 'files\{0,1\} checked')
last=$(tail -n 1 "$LOG")
has_all() {
    local f
    for f in "$@"; do [[ " $last " == *" $f "* ]] || return 1; done
}
if [[ $code -eq 0 && $(runs) -eq $((runs_before + 1)) && $summaries -eq 1 ]] &&
    has_all pop-policy.yaml pop-roster.yaml pop-school-goals.yaml pops/a.jansen.pop.yaml pops/m.elbaz.pop.yaml &&
    [[ $last != *README* && $last != *pre-commit-config* ]]; then
    ok "c. --all-files: passes, one pop run over the 5 files, one summary line"
else
    bad "c. --all-files: passes, one pop run over the 5 files (exit $code, $summaries summary lines, run: $last)" "$out"
fi

# --- d. other files do not run pop; the roster does -------------------------------------------------
printf 'Zie docs/format.md.\n' >>README.md
printf 'vergaderingen: [2026-12-01]\n' >agenda.yaml
mkdir -p archief && printf 'format_version: 1\n' >archief/oud-pop-policy.yaml
git add -A
before=$(commits) runs_before=$(runs)
out=$(git commit -m "README en agenda" 2>&1)
code=$?
if [[ $code -eq 0 && $(commits) -eq $((before + 1)) && $(runs) -eq $runs_before && $out == *"pop check"*Skipped* ]]; then
    ok "d. README.md, agenda.yaml, archief/oud-pop-policy.yaml: pop does not run, commit made"
else
    bad "d. README.md, agenda.yaml, archief/oud-pop-policy.yaml: pop does not run, commit made (exit $code, $(($(runs) - runs_before)) pop runs)" "$out"
fi
printf '  - id: j.smit\n    name: Jasmijn Smit\n    active: false\n' >>pop-roster.yaml
git add pop-roster.yaml
before=$(commits) runs_before=$(runs)
out=$(git commit -m "personeelslijst" 2>&1)
code=$?
if [[ $code -eq 0 && $(commits) -eq $((before + 1)) && $(runs) -eq $((runs_before + 1)) ]] &&
    tail -n 1 "$LOG" | grep -q ' pop-roster.yaml$'; then
    ok "d. pop-roster.yaml: pop checks it, commit made"
else
    bad "d. pop-roster.yaml: pop checks it, commit made (exit $code)" "$out"
fi

# --- e. warnings: pop-check lets them through, pop-check-strict does not -----------------------------
# The smallest POP of docs/format.md: no goals yet (a warning), and not on the roster (a warning).
cat >pops/e.demir.pop.yaml <<'EOF'
format_version: 1
person:
  id: e.demir
  name: Elif Demir
period:
  start: 2026-08-01
  end: 2030-07-31
EOF
git add pops/e.demir.pop.yaml
out=$(pre-commit run pop-check-strict --hook-stage manual --files pops/e.demir.pop.yaml 2>&1)
code=$?
if [[ $code -ne 0 && $out == *"pops/e.demir.pop.yaml:"*"warning[structure.no-goals]"* ]]; then
    ok "e. pop-check-strict fails on warnings"
else
    bad "e. pop-check-strict fails on warnings (exit $code)" "$out"
fi
before=$(commits)
out=$(git commit -m "POP van Elif" 2>&1)
code=$?
if [[ $code -eq 0 && $(commits) -eq $((before + 1)) ]]; then
    ok "e. pop-check lets warnings through: commit made"
else
    bad "e. pop-check lets warnings through: commit made (exit $code)" "$out"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
