#!/usr/bin/env bash
# tests/json-outputs/run.sh POP_BINARY [CORPUS_DIR...]
#
# Every JSON output of pop is JSON, and valid against its schema, for every input (issue 14):
# each input file becomes a POP of its own (its own folder, in one git repository), and
#   pop check --format json   (all of them at once, in English and in nl-BE) schemas/check-output.schema.json
#   pop report --format json  (all of them at once)      schemas/report.schema.json
#   pop due --format json     (all of them at once)      schemas/due-output.schema.json
#   pop status --format json  (each)                     schemas/status-output.schema.json
#   pop diff --format json    (each, since the start)    schemas/diff-output.schema.json
# are parsed with JSON.parse (strict RFC 8259: no NaN, no Infinity, no trailing commas) and
# validated with Ajv (draft-07, tests/schema/validate.mjs). The inputs: examples/pops, the rule
# fixtures, the fuzz regressions, number edge cases planted here (1e400, .inf, .nan, 12,5, ...),
# and every file of each CORPUS_DIR (tests/run-all.sh passes the grown fuzz corpus; per-file
# commands run on at most POP_JSON_PER_FILE_MAX files of it, 400 by default, in name order).
# Also proves it can fail: a tampered output of each kind must be refused.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 POP_BINARY [CORPUS_DIR...]" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
shift
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
PER_FILE_MAX=${POP_JSON_PER_FILE_MAX:-400}
export LC_ALL=C.UTF-8 NO_COLOR=1

source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/json-outputs ajv@8 ajv-formats@3 yaml@2 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-json-outputs.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
REPO=$TMP/repo OUT=$TMP/out
mkdir -p "$REPO" "$OUT"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# --- the inputs, one folder each ------------------------------------------------------------
n=0
per_file=()  # the POPs status and diff run on
add_input() {  # add_input FILE [per-file]
    n=$((n + 1))
    local dir=$REPO/p$(printf '%05d' "$n")
    mkdir -p "$dir"
    cp -- "$1" "$dir/x.pop.yaml"
    [[ ${2:-} == per-file ]] && per_file+=("$dir/x.pop.yaml")
}
shopt -s nullglob globstar
for f in "$ROOT"/examples/pops/*.pop.yaml "$ROOT"/tests/rules/**/*.pop.yaml "$ROOT"/tests/fuzz/regressions/*/*; do
    [[ -f $f ]] && add_input "$f" per-file
done
# Numbers JSON cannot hold, and numbers written the Dutch way, in every place a POP has one.
base=$ROOT/examples/pops/a.jansen.pop.yaml
for value in 1e400 -1e400 .inf -.inf .nan 1e-400 99999999999999999999999 12,5 '2.450' -0.0 0x1F; do
    sed -E "s/^( +hours: ).*/\1$value/; s/^( +budget: ).*/\1$value/" "$base" >"$TMP/planted.pop.yaml"
    add_input "$TMP/planted.pop.yaml" per-file
done
shipped=$n
for corpus in "$@"; do
    count=0
    for f in "$corpus"/*; do
        [[ -f $f ]] || continue
        count=$((count + 1))
        if ((count <= PER_FILE_MAX)); then add_input "$f" per-file; else add_input "$f"; fi
    done
    echo "     $corpus: $count files"
done
echo "     $n inputs ($shipped shipped with the tests)"
git -C "$REPO" init -q && git -C "$REPO" -c user.name=t -c user.email=t@example.org add -A &&
    git -C "$REPO" -c user.name=t -c user.email=t@example.org commit -qm inputs || { fail "git repository"; exit 1; }

# --- run pop ----------------------------------------------------------------------------------
# run NAME ARGS...: stdout to $OUT/NAME.json; exit codes other than 0, 1 and 3 are failures
# (a crash or a usage error means the run did not produce the output it should).
declare -A schema_of
run() {
    local name=$1 schema=$2
    shift 2
    (cd "$REPO" && "$POP" "$@" >"$OUT/$name.json" 2>"$OUT/$name.err")
    local rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 && $rc -ne 3 ]]; then
        fail "pop $* exited $rc: $(head -c 300 "$OUT/$name.err")"
        rm -f -- "$OUT/$name.json"
        return
    fi
    schema_of[$name]=$schema
}
run check check-output check --format json --today "$TODAY" --reminders .
run check-nl-be check-output check --format json --lang nl-BE --today "$TODAY" --reminders .  # "lang": "nl-BE"
run report report report --format json --today "$TODAY" .
run due due-output due --format json --today "$TODAY" --within 3650d .
run due-partial due-output due --format json --today "$TODAY" --partial . no-such-folder/
run report-partial report report --format json --today "$TODAY" --partial . no-such-folder/
k=0
for f in "${per_file[@]}"; do
    k=$((k + 1))
    rel=${f#"$REPO"/}
    run "status-$k" status-output status --format json --today "$TODAY" "$rel"
    run "diff-$k" diff-output diff --format json 2000-01-01 "$rel"
done

# --- parse and validate, one Ajv run per schema -----------------------------------------------
validate_all() {  # validate_all SCHEMA FILE...: prints a line per file
    node "$ROOT/tests/schema/validate.mjs" --modules "$NPM_DIR" --schema "$ROOT/schemas/$1.schema.json" "${@:2}"
}
for schema in check-output report due-output status-output diff-output; do
    files=()
    for name in "${!schema_of[@]}"; do
        [[ ${schema_of[$name]} == "$schema" ]] && files+=("$OUT/$name.json")
    done
    if [[ ${#files[@]} -eq 0 ]]; then
        fail "no output to validate against schemas/$schema.schema.json"
        continue
    fi
    mapfile -t lines < <(validate_all "$schema" "${files[@]}" | LC_ALL=C sort)
    bad=0
    for line in "${lines[@]}"; do
        case $line in
            "valid "*) ;;
            *) bad=$((bad + 1)); ((bad <= 5)) && fail "schemas/$schema.schema.json: ${line#invalid }" ;;
        esac
    done
    if [[ ${#lines[@]} -ne ${#files[@]} ]]; then
        fail "$schema: ${#files[@]} outputs, ${#lines[@]} answers"
    elif ((bad == 0)); then
        pass "${#files[@]} outputs are strict JSON and valid against schemas/$schema.schema.json"
    elif ((bad > 5)); then
        fail "$schema: $((bad - 5)) more"
    fi
done

# --- the test can fail: tampered outputs are refused ------------------------------------------
tamper() {  # tamper NAME SCHEMA SED-EXPRESSION WHAT
    local src=$OUT/$1.json
    [[ -f $src ]] || { fail "no $1 output to tamper with"; return; }
    sed -E "$3" "$src" >"$TMP/tampered-$1.json"
    if cmp -s "$src" "$TMP/tampered-$1.json"; then
        fail "tampering ($4) changed nothing in $1"
        return
    fi
    case $(validate_all "$2" "$TMP/tampered-$1.json") in
        "valid "*) fail "schemas/$2.schema.json accepts $4" ;;
        *) pass "schemas/$2.schema.json refuses $4" ;;
    esac
}
tamper check check-output '0,/"errors": [0-9]+/s//"errors": Infinity/' 'Infinity (not JSON)'
tamper report report '0,/"today": "[^"]*"/s//"today": NaN/' 'NaN (not JSON)'
tamper due due-output '0,/"kind": "[a-z-]+"/s//"kind": "holiday"/' 'an unknown kind of due item'
tamper status-1 status-output '0,/"status": "[a-z]+"/s//"status": "klaar"/' 'an unknown goal status'
tamper diff-1 diff-output '0,/"format": "pop-diff"/s//"format": "pop-diff", "extra": 1/' 'an unknown key'
tamper due due-output '0,/"person_id": "[^"]*"/s//"person_id": ""/' 'an empty person id'

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
