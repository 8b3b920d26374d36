#!/usr/bin/env bash
# tests/precommit/build-hook.sh POP_BINARY
#
# The hooks of .pre-commit-hooks.yaml for someone without an installed pop, run by the real
# pre-commit framework (the Debian package `pre-commit`) with a PATH on which there is no `pop`:
#   1. pop-check-build (`language: script`, tools/pre-commit-pop): the first commit builds pop in
#      pre-commit's clone of the hook repository (it says "building pop once"), checks, and the
#      clean POP is committed; a POP with a mistake is then refused with its
#      `path:line:col: error[dates.invalid]` line, WITHOUT a second build (the build log and the
#      built pop are the same files as before); pop-check-build-strict fails on warnings.
#   2. pop-check (`language: system`): without pop on the PATH it fails with "Executable `pop`
#      not found" (why the build hooks exist); with POP_BINARY on the PATH it passes the clean POP
#      and refuses the mistake, as today.
#   3. pop-check-build on a second rev of the hook repository (its own clone, nothing built yet)
#      when the build cannot work: a. no cmake on the PATH, b. pkg-config does not find yaml-0.1
#      (PKG_CONFIG_LIBDIR is an empty folder; LC_MESSAGES Dutch, so the Dutch message), c. the compiler
#      rejects the flags (the build itself fails). Each fails the hook, says what is missing and
#      names the Debian packages (`sudo apt-get install cmake ... libfmt-dev`), or shows the end of
#      the build log and where the whole log is; none leaves a built pop.
#   4. Two runs of the hook's script at the same time on that second clone, once everything is
#      there: both wait for the lock the test holds, then exactly one builds and both check.
# The hook repository is a fresh git repository of this checkout's files (git's tracked and
# untracked-but-not-ignored files, as they are in the work tree, committed), because pre-commit
# clones it. Everything happens in a temporary folder, removed at the end; PRE_COMMIT_HOME and the
# git configuration are inside it. No network. pop is built twice (once per rev), with ccache when it
# is installed (CCACHE_DIR from the environment or ccache's default): the second build, and reruns
# of the test, mostly hit the cache (tools/pre-commit-pop sets CCACHE_BASEDIR to the clone).
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
for tool in pre-commit git flock mkfifo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tests/precommit: $tool is not installed (Debian packages pre-commit, git, util-linux, coreutils)" >&2
        exit 1
    fi
done
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
PACKAGES="sudo apt-get install cmake make g++ pkg-config libyaml-dev libcli11-dev nlohmann-json3-dev libfmt-dev"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-build-hook.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

export GIT_CONFIG_GLOBAL=$TMP/gitconfig GIT_CONFIG_NOSYSTEM=1
export PRE_COMMIT_HOME=$TMP/pre-commit-home
export LC_ALL=C.UTF-8 NO_COLOR=1 TERM=dumb
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE LANGUAGE CXX CXXFLAGS PKG_CONFIG_PATH PKG_CONFIG_LIBDIR
: >"$GIT_CONFIG_GLOBAL"

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | sed 's/^/    | /'
    failed=$((failed + 1))
}
commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }
# stamp FILE...: inode, size and modification time of each, to tell "the same file" from "rebuilt".
stamp() { stat -c '%i %s %Y' -- "$@" 2>&1; }

echo "tests/precommit: $(pre-commit --version), $(git --version)"

# --- PATHs without pop: a folder of symlinks to every program of the usual folders but `pop` -------
# (another test may have installed /usr/bin/pop meanwhile). A second one lacks cmake too.
make_path() {  # make_path FOLDER NAME-TO-LEAVE-OUT...
    local dir=$1 d f name links=()
    local -A seen=()
    shift
    for name in "$@"; do seen[$name]=1; done
    mkdir -p -- "$dir" || return 1
    for d in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
        [[ -d $d ]] || continue
        for f in "$d"/*; do
            [[ -e $f || -L $f ]] || continue
            name=${f##*/}
            [[ -n ${seen[$name]-} ]] && continue
            seen[$name]=1
            links+=("$f")
        done
    done
    ln -s -t "$dir" -- "${links[@]}"
}
NOPOP=$TMP/path-without-pop NOCMAKE=$TMP/path-without-pop-and-cmake
make_path "$NOPOP" pop && make_path "$NOCMAKE" pop cmake || exit 1
export PATH=$NOPOP
if command -v pop >/dev/null 2>&1; then
    bad "no pop on the PATH" "$(command -v pop)"
    echo "$passed passed, $failed failed"
    exit 1
fi
ok "no pop on the PATH ($(command -v cmake), $(command -v pre-commit))"

# --- the hook repository: this checkout's files, committed ------------------------------------------
HOOKS=$TMP/hooks
git init -q -b main "$HOOKS" || exit 1
if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd -- "$ROOT" && git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [[ -f $f ]] && printf '%s\0' "$f"; done |
        tar --null -T - -cf -) | tar -xf - -C "$HOOKS" || exit 1
else  # a source tree without .git: everything but build folders
    (cd -- "$ROOT" && tar --exclude='./build*' --exclude=./.pop-hook -cf - .) | tar -xf - -C "$HOOKS" || exit 1
fi
git -C "$HOOKS" config user.name "pop test" && git -C "$HOOKS" config user.email "test@pop.invalid"
git -C "$HOOKS" add -A && git -C "$HOOKS" commit -q -m "pop" || exit 1
REV1=$(git -C "$HOOKS" rev-parse HEAD) || exit 1
git -C "$HOOKS" commit -q --allow-empty -m "a second rev" || exit 1
REV2=$(git -C "$HOOKS" rev-parse HEAD) || exit 1

# clone_of REV: pre-commit's clone of the hook repository at REV (in PRE_COMMIT_HOME).
clone_of() {
    local d
    for d in "$PRE_COMMIT_HOME"/repo*/; do
        [[ $(git -C "$d" rev-parse HEAD 2>/dev/null) == "$1" ]] && { printf '%s\n' "${d%/}"; return 0; }
    done
    return 1
}

# --- a school's repository of POPs (as in tests/precommit/run.sh) -----------------------------------
REPO=$TMP/school
source "$HERE/school-repo.sh"
make_school_repo "$REPO" "$ROOT" || exit 1
# verbose: the hook's own lines ("building pop once") show even when it passes.
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $HOOKS
    rev: $REV1
    hooks:
      - id: pop-check-build
        args: [--today=$TODAY]
        verbose: true
      - id: pop-check-build-strict
        args: [--today=$TODAY]
        stages: [manual]
EOF
git add -A && git commit -q -m "start" || exit 1
out=$(pre-commit install 2>&1)
if [[ $? -eq 0 && -x .git/hooks/pre-commit ]]; then
    ok "pre-commit install"
else
    bad "pre-commit install" "$out"
fi

# --- 1. pop-check-build: the first commit builds pop -------------------------------------------------
cp -- "$ROOT/examples/pops/m.elbaz.pop.yaml" pops/
git add pops/m.elbaz.pop.yaml
before=$(commits)
echo "# 1. the first commit builds pop (minutes of processor time the first time, less with ccache)"
out=$(git commit -m "POP van Mourad" 2>&1)
code=$?
CLONE1=$(clone_of "$REV1") || CLONE1=$TMP/no-clone
if [[ $code -eq 0 && $(commits) -eq $((before + 1)) && $out == *"pop check (builds pop on first use)"*Passed* &&
    $out == *"building pop once, about "*" minutes"* && $out == *"files checked"* ]] &&
    [[ -x $CLONE1/.pop-hook/bin/pop && -s $CLONE1/.pop-hook/build.log && ! -e $CLONE1/.pop-hook/build ]]; then
    ok "1. first commit: pop built in pre-commit's clone ($CLONE1/.pop-hook/bin/pop), clean POP committed"
else
    bad "1. first commit: pop built in pre-commit's clone, clean POP committed (exit $code)" \
        "$out$(printf '\n--- build log:\n')$(tail -n 20 "$CLONE1/.pop-hook/build.log" 2>&1)"
fi
if "$CLONE1/.pop-hook/bin/pop" --version >/dev/null 2>&1; then
    ok "1. the built pop runs: $("$CLONE1/.pop-hook/bin/pop" --version 2>&1 | head -n 1)"
else
    bad "1. the built pop runs"
fi
built=$(stamp "$CLONE1/.pop-hook/bin/pop" "$CLONE1/.pop-hook/build.log")

sed -i 's/^  end: 2027-07-31$/  end: 2027-02-30/' pops/m.elbaz.pop.yaml
line=$(grep -n '^  end: 2027-02-30$' pops/m.elbaz.pop.yaml | cut -d: -f1)
git add pops/m.elbaz.pop.yaml
head_before=$(git rev-parse HEAD)
out=$(git commit -m "einddatum" 2>&1)
code=$?
want="pops/m.elbaz.pop.yaml:$line:8: error[dates.invalid]"
if [[ -n $line && $code -ne 0 && $(git rev-parse HEAD) == "$head_before" && $out == *Failed* && $out == *"$want"* ]]; then
    ok "1. mistake: hook fails with $want, no commit"
else
    bad "1. mistake: hook fails with $want, no commit (exit $code)" "$out"
fi
if [[ $(stamp "$CLONE1/.pop-hook/bin/pop" "$CLONE1/.pop-hook/build.log") == "$built" && $out != *"building pop"* ]]; then
    ok "1. second run: no rebuild (the same bin/pop and build.log)"
else
    bad "1. second run: no rebuild" "before: $built$(printf '\n')after:  $(stamp "$CLONE1/.pop-hook/bin/pop" "$CLONE1/.pop-hook/build.log")$(printf '\n')$out"
fi
git reset -q --hard HEAD

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
out=$(pre-commit run pop-check-build-strict --hook-stage manual --files pops/e.demir.pop.yaml 2>&1)
code=$?
if [[ $code -ne 0 && $out == *"pops/e.demir.pop.yaml:"*"warning[structure.no-goals]"* && $out != *"building pop"* ]]; then
    ok "1. pop-check-build-strict fails on warnings (same build)"
else
    bad "1. pop-check-build-strict fails on warnings (exit $code)" "$out"
fi
git reset -q --hard HEAD
git clean -q -f pops

# --- 2. pop-check (language: system): the pop on the PATH ------------------------------------------
cat >"$TMP/system.yaml" <<EOF
repos:
  - repo: $HOOKS
    rev: $REV1
    hooks:
      - id: pop-check
        args: [--today=$TODAY]
EOF
out=$(pre-commit run --config "$TMP/system.yaml" pop-check --files pops/m.elbaz.pop.yaml 2>&1)
code=$?
if [[ $code -ne 0 && $out == *"Executable \`pop\` not found"* ]]; then
    ok "2. pop-check without pop on the PATH: \"Executable \`pop\` not found\""
else
    bad "2. pop-check without pop on the PATH: \"Executable \`pop\` not found\" (exit $code)" "$out"
fi
mkdir -p -- "$TMP/bin-pop" && ln -s -- "$POP" "$TMP/bin-pop/pop"
out=$(PATH=$TMP/bin-pop:$NOPOP pre-commit run --config "$TMP/system.yaml" pop-check --files pops/m.elbaz.pop.yaml 2>&1)
code=$?
if [[ $code -eq 0 && $out == *"pop check"*Passed* ]]; then
    ok "2. pop-check with $POP on the PATH: clean POP passes"
else
    bad "2. pop-check with $POP on the PATH: clean POP passes (exit $code)" "$out"
fi
sed -i 's/^  end: 2027-07-31$/  end: 2027-02-30/' pops/m.elbaz.pop.yaml
out=$(PATH=$TMP/bin-pop:$NOPOP pre-commit run --config "$TMP/system.yaml" pop-check --files pops/m.elbaz.pop.yaml 2>&1)
code=$?
if [[ $code -eq 1 && $out == *"$want"* ]]; then
    ok "2. pop-check with pop on the PATH: mistake fails with $want"
else
    bad "2. pop-check with pop on the PATH: mistake fails with $want (exit $code)" "$out"
fi
git checkout -q -- pops/m.elbaz.pop.yaml

# --- 3. the second rev: its own clone, and the build cannot work ------------------------------------
cat >"$TMP/rev2.yaml" <<EOF
repos:
  - repo: $HOOKS
    rev: $REV2
    hooks:
      - id: pop-check-build
        args: [--today=$TODAY]
EOF
run_rev2() { pre-commit run --config "$TMP/rev2.yaml" pop-check-build --files pops/m.elbaz.pop.yaml 2>&1; }
nothing_built() { [[ -n $CLONE2 && ! -e $CLONE2/.pop-hook/bin/pop && ! -e $CLONE2/.pop-hook/build ]]; }

out=$(PATH=$NOCMAKE run_rev2)
code=$?
CLONE2=$(clone_of "$REV2") || CLONE2=
if [[ $code -ne 0 && $out == *"- exit code: 4"* && $out == *Failed* && $out == *"the build needs what is missing here:"* &&
    $out == *$'\n    cmake\n'* && $out == *"$PACKAGES"* && $out != *"libyaml-dev (pkg-config"* ]] &&
    [[ $CLONE2 != "$CLONE1" ]] && nothing_built && [[ ! -e $CLONE2/.pop-hook/build.log ]]; then
    ok "3a. no cmake: fails, names cmake and \"$PACKAGES\", builds nothing"
else
    bad "3a. no cmake: fails, names cmake and the Debian packages, builds nothing (exit $code, clone $CLONE2)" "$out"
fi

mkdir -p -- "$TMP/empty-pkgconfig"
# (export ... 2>/dev/null: this bash's own warning that the machine lacks the nl_NL locale)
out=$(unset LC_ALL; export LC_MESSAGES=nl_NL.UTF-8 2>/dev/null; PKG_CONFIG_LIBDIR=$TMP/empty-pkgconfig run_rev2)
code=$?
if [[ $code -ne 0 && $out == *"- exit code: 4"* && $out == *"daarvoor ontbreekt hier:"* && $out == *"libyaml-dev (pkg-config yaml-0.1)"* &&
    $out == *"Installeer dat (Debian, Ubuntu) met:"* && $out == *"$PACKAGES"* && $out != *$'\n    cmake\n'* ]] &&
    nothing_built; then
    ok "3b. pkg-config without yaml-0.1, LC_MESSAGES Dutch: fails, names libyaml-dev and the packages, in Dutch"
else
    bad "3b. pkg-config without yaml-0.1, LC_MESSAGES Dutch: fails, names libyaml-dev and the packages, in Dutch (exit $code)" "$out"
fi

out=$(CXXFLAGS=-fno-such-option-for-pop run_rev2)
code=$?
if [[ $code -ne 0 && $out == *"- exit code: 4"* && $out == *"building pop failed; the end of the build log:"* && $out == *"    | "* &&
    $out == *"the whole log: $CLONE2/.pop-hook/build.log"* ]] && nothing_built &&
    grep -q 'no-such-option-for-pop' "$CLONE2/.pop-hook/build.log"; then
    ok "3c. the build fails: the end of the log and where the log is, no pop left"
else
    bad "3c. the build fails: the end of the log and where the log is, no pop left (exit $code)" "$out"
fi

# --- 4. two runs at the same time build once -------------------------------------------------------
# The test holds the hook's lock; both runs say they wait (read from FIFOs, no polling); then the
# test lets go, and one of them builds while the other waits for it.
if [[ -n $CLONE2 ]]; then
    exec 8>>"$CLONE2/.pop-hook/lock" && flock 8
    mkfifo "$TMP/err-a" "$TMP/err-b"
    "$CLONE2/tools/pre-commit-pop" --today=$TODAY pops/m.elbaz.pop.yaml >"$TMP/out-a" 2>"$TMP/err-a" 8>&- &
    pid_a=$!
    exec 5<"$TMP/err-a"
    IFS= read -r first_a <&5
    cat <&5 >"$TMP/rest-a" 8>&- &
    drain_a=$!
    "$CLONE2/tools/pre-commit-pop" --today=$TODAY pops/m.elbaz.pop.yaml pops/a.jansen.pop.yaml >"$TMP/out-b" 2>"$TMP/err-b" 8>&- 5<&- &
    pid_b=$!
    exec 6<"$TMP/err-b"
    IFS= read -r first_b <&6
    cat <&6 >"$TMP/rest-b" 8>&- 5<&- &
    drain_b=$!
    flock -u 8
    exec 8>&-
    echo "# 4. a second build (the second rev's clone); ccache makes it short"
    wait "$pid_a"
    code_a=$?
    wait "$pid_b"
    code_b=$?
    wait "$drain_a" "$drain_b"
    exec 5<&- 6<&-
    builds=$(cat "$TMP/rest-a" "$TMP/rest-b" | grep -c 'building pop once')
    waiting="another run is building pop; waiting for it"
    if [[ $first_a == *"$waiting" && $first_b == *"$waiting" && $code_a -eq 0 && $code_b -eq 0 && $builds -eq 1 ]] &&
        grep -q 'files checked' "$TMP/out-a" && grep -q 'files checked' "$TMP/out-b" &&
        [[ -x $CLONE2/.pop-hook/bin/pop ]]; then
        ok "4. two runs at once: both waited, one built, both checked"
    else
        bad "4. two runs at once: both waited, one built, both checked (exits $code_a $code_b, $builds builds)" \
            "$(printf 'a: %s\n' "$first_a"; cat "$TMP/rest-a" "$TMP/out-a"; printf 'b: %s\n' "$first_b"; cat "$TMP/rest-b" "$TMP/out-b")"
    fi
else
    bad "4. two runs at once: no clone of the second rev"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
