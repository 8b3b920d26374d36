#!/usr/bin/env bash
# tests/schema/run.sh POP_BINARY
#
# "schemas/ and pop check agree", checked with a real JSON Schema validator (Ajv, draft-07):
#   1. schemas/<kind>.schema.json, when committed, is byte-identical to `pop schema <kind>`;
#      when missing, the output of `pop schema <kind>` is used instead (with a warning).
#   2. Every file pop accepts without errors (examples/, tests/rules/, tests/schema/) is
#      accepted by its schema. The files in tests/schema/agree/ (edge cases: CRLF, a %YAML
#      directive, a leap day...) must be accepted by both.
#   3. Every file in which pop reports a structural error a schema can express (unknown key,
#      wrong type, missing key, bad enum, bad id, empty text, format_version, date format, a date
#      that does not exist, and YAML that does not parse) is rejected by its schema. Files with
#      anchors, tags or complex keys (yaml.anchor, yaml.tag, yaml.complex-key) are not compared:
#      pop reads those differently from any YAML library on purpose.
#   4. The files in tests/schema/reject/ (each says `# expect: RULE` on line 1) are rejected by
#      both: pop reports RULE, and the schema says invalid. This proves the test can fail.
#   5. Every `pop check --format json` output made here validates against
#      schemas/check-output.schema.json, and its counts and exit code agree with its findings.
# Ends with `N passed, M failed`; exits 1 when something failed.
#
# Needs node and npm. The npm packages ajv@8, ajv-formats@3 and yaml@2 are installed (once) into
# ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}, outside the source tree, by tests/lib/npm.sh.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/schema: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
cd -- "$ROOT" || exit 2
TODAY=2026-11-22
SCHEMAS=${POP_SCHEMAS_DIR:-$ROOT/schemas}  # another folder only to try the test itself
export LC_ALL=C.UTF-8 NO_COLOR=1

# --- npm packages, outside the source tree (sets NPM_DIR) -------------------------------------
source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/schema ajv@8 ajv-formats@3 yaml@2 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-schema-test.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
mkdir -p "$TMP/schemas" "$TMP/out"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
validate() { node "$HERE/validate.mjs" --modules "$NPM_DIR" "$@"; }

# --- 1. committed schemas == `pop schema KIND` ------------------------------------------------
for kind in pop policy roster school-goals; do
    generated=$TMP/generated-$kind.schema.json
    if ! "$POP" schema "$kind" >"$generated"; then
        fail "pop schema $kind failed"
        continue
    fi
    committed=$SCHEMAS/$kind.schema.json
    if [[ -f $committed ]]; then
        if cmp -s -- "$committed" "$generated"; then
            pass "schemas/$kind.schema.json is the output of pop schema $kind"
        else
            fail "schemas/$kind.schema.json differs from the output of pop schema $kind;" \
                "regenerate it: pop schema $kind > schemas/$kind.schema.json"
            diff -u --label "schemas/$kind.schema.json" --label "pop schema $kind" \
                -- "$committed" "$generated" | head -n 40 | sed 's/^/     /'
        fi
        cp -- "$committed" "$TMP/schemas/$kind.schema.json"
    else
        echo "warning: schemas/$kind.schema.json is missing; testing with the output of pop schema $kind" \
            "(create it: pop schema $kind > schemas/$kind.schema.json)"
        cp -- "$generated" "$TMP/schemas/$kind.schema.json"
    fi
done
OUTPUT_SCHEMA=$SCHEMAS/check-output.schema.json
if [[ ! -f $OUTPUT_SCHEMA ]]; then
    fail "schemas/check-output.schema.json is missing"
    echo "$passed passed, $failed failed"
    exit 1
fi

# --- the files ---------------------------------------------------------------------------------
# Every file of a kind pop knows by name.
known_kind() {
    case ${1##*/} in
        *.pop.yaml | pop-policy.yaml | pop-roster.yaml | pop-school-goals.yaml) return 0 ;;
        *) return 1 ;;
    esac
}
files=()
while IFS= read -r -d '' f; do
    known_kind "$f" && files+=("${f#./}")
done < <(find examples tests/rules tests/schema/agree tests/schema/reject -type f -name '*.yaml' -print0 2>/dev/null |
    sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
    fail "no files found under examples/, tests/rules/ or tests/schema/"
fi

# pop on each file, alone; the JSON outputs are kept for step 5.
declare -A pop_errors pop_rules described
summary_args=()
outputs=()
n=0
for f in "${files[@]}"; do
    n=$((n + 1))
    out=$TMP/out/file-$n.json
    "$POP" check --format json --today "$TODAY" -- "$f" >"$out" 2>"$TMP/out/file-$n.err"
    code=$?
    summary_args+=("$out" "$code" "$f")
    outputs+=("$out")
    described[$out]="pop check --format json $f"
done
# A few more runs, only for their JSON: whole folders, --strict, --lang nl, a missing file.
extra_run() {
    n=$((n + 1))
    local out=$TMP/out/extra-$n.json
    "$POP" check --format json --today "$TODAY" "$@" >"$out" 2>"$TMP/out/extra-$n.err"
    local code=$?
    summary_args+=("$out" "$code" "-")
    outputs+=("$out")
    described[$out]="pop check --format json $*"
}
extra_run examples
extra_run --strict --lang nl examples
extra_run --lang nl examples/pops/fouten.pop.yaml
extra_run tests/schema/reject
extra_run tests/schema/agree
extra_run -- "$TMP/does-not-exist.pop.yaml"
[[ -d tests/rules ]] && extra_run tests/rules

while IFS=$'\t' read -r out path errors rules consistency; do
    if [[ $consistency != ok ]]; then
        fail "output of ${described[$out]:-$out} disagrees with itself: $consistency"
    fi
    [[ $path == - ]] && continue
    pop_errors[$path]=$errors
    pop_rules[$path]=$rules
done < <(node "$HERE/check-json.mjs" "${summary_args[@]}")

# The schema's verdict on each file.
declare -A verdict why
while IFS= read -r line; do
    case $line in
        "valid "*) verdict[${line#valid }]=valid ;;
        "invalid "*)
            rest=${line#invalid }
            for f in "${files[@]}"; do  # the path is followed by ": "
                if [[ $rest == "$f: "* ]]; then
                    verdict[$f]=invalid
                    why[$f]=${rest#"$f: "}
                    break
                fi
            done
            ;;
    esac
done < <(validate --schemas "$TMP/schemas" -- "${files[@]}")

# Rules whose findings a JSON Schema (or a YAML parser) must also refuse.
expressible='^(structure\.(version|required|type|unknown-key|enum|id|empty)|dates\.(format|invalid)|yaml\.(syntax|unclosed-quote|duplicate-key|tab|documents))$'

# --- 2, 3 and 4 ----------------------------------------------------------------------------------
for f in "${files[@]}"; do
    errors=${pop_errors[$f]:-?}
    rules=${pop_rules[$f]:--}
    v=${verdict[$f]:-missing}
    if [[ $errors == "?" || $v == missing ]]; then
        fail "$f: no result (pop errors: $errors, schema: $v)"
        continue
    fi
    expect=
    if [[ $f == tests/schema/reject/* ]]; then
        expect=$(sed -n '1s/^# expect: *\([a-z.-]*\).*/\1/p' -- "$f")
        if [[ -z $expect ]]; then
            fail "$f: line 1 must say '# expect: RULE'"
            continue
        fi
    fi
    if [[ $f == tests/schema/agree/* && $errors != 0 ]]; then
        fail "$f: pop reports $rules; every file in tests/schema/agree/ must be accepted by pop and the schema"
        continue
    fi
    if [[ $errors == 0 ]]; then
        if [[ $v == valid ]]; then
            pass "$f: pop accepts it, and so does the schema"
        else
            fail "$f: pop accepts it, the schema does not: ${why[$f]}"
        fi
        [[ -n $expect ]] && fail "$f: pop reports no error, expected $expect"
        continue
    fi
    # pop reports errors: the schema must refuse the file when one of them is structural.
    structural=
    IFS=, read -r -a list <<<"$rules"
    for r in "${list[@]}"; do [[ $r =~ $expressible ]] && structural+="${structural:+,}$r"; done
    if [[ -z $expect && ,$rules, =~ ,yaml\.(anchor|tag|complex-key), ]]; then
        # pop refuses anchors, tags and complex keys while reading, and reads what remains
        # differently from a YAML library (an alias is no value to pop): nothing to compare.
        pass "$f: pop refuses YAML features a schema cannot see (${BASH_REMATCH[0]//,/}); not compared"
        continue
    fi
    if [[ -n $expect ]]; then
        if [[ ",$rules," != *",$expect,"* ]]; then
            fail "$f: pop reports $rules, expected $expect"
        elif [[ $v != invalid ]]; then
            fail "$f: pop reports $expect, the schema accepts it"
        else
            pass "$f: refused by pop ($expect) and by the schema (${why[$f]})"
        fi
    elif [[ -n $structural ]]; then
        if [[ $v == invalid ]]; then
            pass "$f: refused by pop ($structural) and by the schema"
        else
            fail "$f: pop reports $structural, the schema accepts it"
        fi
    else
        pass "$f: pop reports only non-structural errors ($rules); the schema says $v"
    fi
done

# --- 5. the JSON output of pop check ---------------------------------------------------------
while IFS= read -r line; do
    case $line in
        "valid "*)
            out=${line#valid }
            pass "output of ${described[$out]:-$out} matches schemas/check-output.schema.json"
            ;;
        "invalid "*)
            rest=${line#invalid }
            out=${rest%%: *}
            fail "output of ${described[$out]:-$out} does not match schemas/check-output.schema.json: ${rest#*: }"
            ;;
    esac
done < <(validate --schema "$OUTPUT_SCHEMA" -- "${outputs[@]}")
# The schema of the output is itself strict enough to refuse a wrong shape.
node -e '
    const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    j.findings.push({ ...j.findings[0], severity: "fatal" });
    j.surprise = true;
    require("fs").writeFileSync(process.argv[2], JSON.stringify(j));' \
    "$TMP/out/file-1.json" "$TMP/out/mutated.json" 2>/dev/null ||
    echo '{"format":"pop-check"}' >"$TMP/out/mutated.json"
if validate --schema "$OUTPUT_SCHEMA" -- "$TMP/out/mutated.json" >/dev/null; then
    fail "schemas/check-output.schema.json accepts an output with an unknown key and severity \"fatal\""
else
    pass "schemas/check-output.schema.json refuses an output with an unknown key and severity \"fatal\""
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
