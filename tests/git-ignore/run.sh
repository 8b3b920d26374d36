#!/usr/bin/env bash
# tests/git-ignore/run.sh POP_BINARY
#
# `pop check .` leaves alone what git ignores (issue 20): a real git repository in a temporary
# folder, with POPs in folders and files ignored by .gitignore (node_modules/, *.draft.pop.yaml),
# by .git/info/exclude (build/) and by the global excludes file (vendor/), each POP there broken so
# that a search that walks into it reports errors. Checks that:
#   - `pop check .` (and from a subfolder, and with an absolute path) checks only what git does
#     not ignore, a tracked file that matches an ignore pattern included (git's own rule);
#   - `--no-ignore` checks everything, and `pop report` leaves ignored POPs out too;
#   - a file named on the command line, or a folder named on it, is checked even when ignored;
#   - a .git folder is never searched (in git, with --no-ignore, and outside git);
#   - outside git every folder is searched, as before;
#   - when git cannot run, pop says so (in English and Dutch) and searches every folder;
#   - the --no-ignore help text is there in English and Dutch.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

POP=$(realpath -- "${1:?usage: run.sh POP_BINARY}") || exit 2
SRC=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pop-git-ignore.XXXXXX") || exit 1
trap 'rm -rf -- "$WORK"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1
unset GITHUB_ACTIONS GIT_DIR GIT_WORK_TREE
mkdir -p "$HOME"
TODAY=2026-11-22
passed=0 failed=0

check() {  # check NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then
        echo "ok   $1"; passed=$((passed + 1))
    else
        echo "FAIL $1"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | sed 's/^/     /'
        failed=$((failed + 1))
    fi
}

# checked ARGS...: the sorted paths of the POPs `pop check --format json ARGS` reports on
# (with $PATH_FOR_POP as pop's PATH when set).
checked() {
    env ${PATH_FOR_POP:+PATH="$PATH_FOR_POP"} "$POP" check --today "$TODAY" --format json "$@" 2>/dev/null |
        sed -nE 's/^      "path": "(.*\.pop\.yaml)",$/\1/p' | sort -u | tr '\n' ' ' | sed 's/ $//'
}

REPO=$WORK/school
mkdir -p "$REPO"/{pops,node_modules/pkg,build,vendor/lib,drafts}
cd -- "$REPO" || exit 1
git init -q -b main
git config user.name Test
git config user.email test@example.invalid
git config --global core.excludesFile "$HOME/global-ignore"
printf 'vendor/\n' >"$HOME/global-ignore"
printf 'node_modules/\n*.draft.pop.yaml\n' >.gitignore
printf 'build/\n' >>.git/info/exclude
cp -- "$SRC/examples/pops/a.jansen.pop.yaml" pops/
mkdir -p node_modules/other && cp -- "$SRC/examples/pops/k.mulder.pop.yaml" node_modules/other/  # valid, for pop report
BROKEN='format_version: 1
'
for f in node_modules/pkg/x.pop.yaml build/y.pop.yaml vendor/lib/z.pop.yaml drafts/d.draft.pop.yaml \
    drafts/kept.draft.pop.yaml .git/in-git-folder.pop.yaml; do
    printf '%s' "$BROKEN" >"$f"
done
git add .gitignore pops
git add -f drafts/kept.draft.pop.yaml  # tracked, though it matches *.draft.pop.yaml
git commit -qm "POPs"

check "pop check . skips what .gitignore, .git/info/exclude and global excludes leave out" \
    "drafts/kept.draft.pop.yaml pops/a.jansen.pop.yaml" "$(checked .)"
check "the summary counts only those" "2 files checked" \
    "$("$POP" check --today "$TODAY" --color never . 2>&1 | tail -n 1 | cut -d: -f1)"
check "from a subfolder, with ..: the same" \
    "../drafts/kept.draft.pop.yaml ../pops/a.jansen.pop.yaml" "$(cd pops && checked ..)"
check "with an absolute path: the same" \
    "$REPO/drafts/kept.draft.pop.yaml $REPO/pops/a.jansen.pop.yaml" "$(cd "$WORK" && checked "$REPO")"
check "--no-ignore checks everything but .git" \
    "build/y.pop.yaml drafts/d.draft.pop.yaml drafts/kept.draft.pop.yaml node_modules/other/k.mulder.pop.yaml node_modules/pkg/x.pop.yaml pops/a.jansen.pop.yaml vendor/lib/z.pop.yaml" \
    "$(checked --no-ignore .)"
check "a named file is checked though git ignores it" \
    "node_modules/pkg/x.pop.yaml" "$(checked node_modules/pkg/x.pop.yaml)"
check "a named folder is searched though git ignores it" \
    "node_modules/other/k.mulder.pop.yaml node_modules/pkg/x.pop.yaml" "$(checked node_modules)"
check "in a folder, the ignored file is left out and the tracked one checked" \
    "drafts/kept.draft.pop.yaml" "$(checked drafts)"
check "pop report leaves ignored POPs out too (k.mulder is only in node_modules/)" "0 1" \
    "$("$POP" report --today "$TODAY" --format json . 2>/dev/null | grep -c 'k\.mulder') $("$POP" report --today "$TODAY" --format json node_modules 2>/dev/null | grep -c -m1 'k\.mulder')"

# Outside git: every folder but .git is searched (an empty .git folder is no repository).
PLAIN=$WORK/plain
mkdir -p "$PLAIN/node_modules" "$PLAIN/.git"
printf '%s' "$BROKEN" >"$PLAIN/node_modules/n.pop.yaml"
printf '%s' "$BROKEN" >"$PLAIN/.git/g.pop.yaml"
printf 'node_modules/\n' >"$PLAIN/.gitignore"
check "outside git: node_modules is searched, .git is not" "node_modules/n.pop.yaml" "$(cd "$PLAIN" && checked .)"

# git cannot run (not on PATH): a warning, and every folder is searched.
for lang in en nl; do
    err=$(env PATH=/nonexistent "$POP" --lang "$lang" check --today "$TODAY" --format json . 2>&1 >/dev/null)
    case $lang in
        en) want="pop: . is in a git repository, but git could not say what it ignores" ;;
        nl) want="pop: . staat in een git-repository, maar git kon niet zeggen wat het negeert" ;;
    esac
    check "without git ($lang): pop says so" "$want" "$(printf '%s\n' "$err" | grep -o "^pop: [^(]*ignores\|^pop: [^(]*negeert")"
done
check "without git: every folder is searched" \
    "build/y.pop.yaml drafts/d.draft.pop.yaml drafts/kept.draft.pop.yaml node_modules/other/k.mulder.pop.yaml node_modules/pkg/x.pop.yaml pops/a.jansen.pop.yaml vendor/lib/z.pop.yaml" \
    "$(PATH_FOR_POP=/nonexistent checked .)"

check "--no-ignore help (en)" "1" "$("$POP" --lang en check --help | grep -c -- '--no-ignore.*git ignores')"
check "--no-ignore help (nl)" "1" "$("$POP" --lang nl check --help | grep -c -- '--no-ignore.*git negeert')"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
