#!/usr/bin/env bash
# tests/ci-formats/run.sh POP_BINARY
#
# The CI output formats of `pop check` (--format github|gitlab|junit|sarif), checked with the
# consumers' own validators where they exist, and against `--format json` of the same run:
#   sarif   the official SARIF validator (`Sarif.Multitool validate`, npm package
#           @microsoft/sarif-multitool-linux) must report no errors, with its default rules and
#           again with GitHub's ingestion rules (`--rule-kind Gh`: what GitHub code scanning
#           requires, such as a fullDescription and help for every rule); the SARIF 2.1.0 JSON
#           Schema that package ships is applied with Ajv too (the validator skips some schema
#           errors, see below); results, notifications and rule indexes agree with the JSON
#           output, and every rule's help comes from `pop check --list` and names docs/rules.md.
#   junit   well-formed XML (xmllint) that is valid against tests/ci-formats/junit.xsd; one test
#           case per file; failures and errors as the JSON output says.
#   gitlab  valid against tests/ci-formats/gitlab-codequality.schema.json (Ajv); fingerprints
#           unique in each report, the same in English and Dutch, and kept when lines move.
#   github  no validator exists: each line must match the documented workflow command syntax
#           strictly, with GitHub's escaping; parsed back, the annotations are the JSON findings
#           (paths, lines, columns, rules, messages); the summary line ends the output.
# Each check is also shown to fail on a deliberately broken output.
# Ends with `N passed, M failed`; exits 1 when something failed.
#
# Needs node, npm and xmllint (Debian: libxml2-utils). The npm packages ajv@8, ajv-formats@3 and
# @microsoft/sarif-multitool-linux@5.7.0 are installed (once) into
# ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}, outside the source tree, by tests/lib/npm.sh.

set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/ci-formats: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
cd -- "$ROOT" || exit 2
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1
unset GITHUB_ACTIONS  # pop picks the github format by itself when it is true

if ! command -v xmllint >/dev/null 2>&1; then
    echo "tests/ci-formats: xmllint is not installed; install the Debian package libxml2-utils" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# --- npm packages, outside the source tree (sets NPM_DIR) -------------------------------------
source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/ci-formats ajv@8 ajv-formats@3 @microsoft/sarif-multitool-linux@5.7.0 || exit 1
SARIF_PACKAGE=$NPM_DIR/node_modules/@microsoft/sarif-multitool-linux
MULTITOOL=$SARIF_PACKAGE/Sarif.Multitool
if [[ ! -f $MULTITOOL ]]; then
    echo "tests/ci-formats: $MULTITOOL is missing from the installed package; delete" \
        "$SARIF_PACKAGE and run again to reinstall it" >&2
    exit 1
fi
[[ -x $MULTITOOL ]] || chmod u+x -- "$MULTITOOL"  # its postinstall does this, unless scripts were off
SARIF_SCHEMA=$SARIF_PACKAGE/sarif-2.1.0.json      # the schema the validator ships (draft 2020-12)
# The validator is a .NET program: without ICU culture data it would refuse to start; it needs none.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
# validate_sarif LOG OUTPUT [RULE_KIND]: the validator's default rules (or those of RULE_KIND:
# `Gh` are GitHub's ingestion rules) less the one that fetches URIs (sarif-validator.xml); its
# findings go into OUTPUT (a SARIF log), its console into OUTPUT.console. The validator exits 0
# whether or not it finds errors, and leaves an old OUTPUT in place when it cannot run: OUTPUT is
# removed first, and is removed again when the validator exits with another code.
validate_sarif() {
    local -a kind=()
    [[ -n ${3:-} ]] && kind=(--rule-kind "$3")
    rm -f -- "$2"
    "$MULTITOOL" validate "${kind[@]}" --log ForceOverwrite -c "$HERE/sarif-validator.xml" -o "$2" "$1" \
        >"$2.console" 2>&1 || rm -f -- "$2"
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-ci-formats.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
mkdir -p "$TMP/out"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
check() { node "$HERE/check.mjs" "$@"; }
indent() { sed 's/^/     /' | head -n "${1:-20}"; }

# --- every format comes from pop itself ------------------------------------------------------
declare -A producer
for format in github gitlab junit sarif; do
    "$POP" check --format "$format" --today "$TODAY" examples/pops/a.jansen.pop.yaml >/dev/null 2>&1
    if [[ $? -eq 2 ]]; then
        fail "pop check does not know --format $format"
    else
        producer[$format]=pop
    fi
done

# The rule list in both languages, for the rules of the SARIF output; and the language of a SARIF output.
LC_ALL=C.UTF-8 "$POP" check --list --format json >"$TMP/out/list.en.json" 2>/dev/null
LC_ALL=C.UTF-8 "$POP" check --list --format json --lang nl >"$TMP/out/list.nl.json" 2>/dev/null
sarif_lang() { if grep -q '"language": "nl-NL"' "$1"; then echo nl; else echo en; fi; }

# What the validator printed about OUT.sarif: its error and warning lines, without the path.
validator_says() { grep -E '^.*\([0-9,]+\): (error|warning) ' "$1.validation.sarif.console" | sed "s|^$1.sarif||"; }

# run WHO DIR OUT FORMAT ARGS...: output in OUT, exit code in OUT.code.
run() {
    local who=$1 dir=$2 out=$3 format=$4
    shift 4
    (cd -- "$dir" && "$POP" check --format "$format" --today "$TODAY" "$@") >"$out" 2>"$out.err"
    echo $? >"$out.code"
}

# The runs: NAME|FOLDER|ARGUMENTS. tests/rules has more than 10 errors and an unreadable file.
mkdir -p "$TMP/odd/odd, dir: 100%"
cp -- "$HERE/fixtures/escape.pop.yaml" "$TMP/odd/odd, dir: 100%/esc.pop.yaml"
CASES=(
    "examples|$ROOT|examples"
    "examples-nl|$ROOT|--lang nl examples"
    "examples-strict|$ROOT|--strict examples"
    "clean|$ROOT|examples/pops/a.jansen.pop.yaml"
    "rules|$ROOT|tests/rules"
    "missing|$ROOT|./tests/ci-formats/fixtures/escape.pop.yaml tests/ci-formats/no-such.pop.yaml"
    "escape|$TMP/odd|odd, dir: 100%/esc.pop.yaml"
)
case_field() { local IFS='|'; read -r -a parts <<<"$1"; echo "${parts[$2]}"; }
case_args() {  # the arguments of a case as an array (the escape case's one path has spaces)
    local name=$1 raw=$2
    if [[ $name == escape ]]; then args=("$raw"); else read -r -a args <<<"$raw"; fi
}

for c in "${CASES[@]}"; do
    name=$(case_field "$c" 0)
    dir=$(case_field "$c" 1)
    case_args "$name" "$(case_field "$c" 2)"
    strict=nostrict
    [[ " ${args[*]} " == *" --strict "* ]] && strict=strict
    for who in pop; do  # the JSON pop writes for the same run
        uses=0
        for format in github gitlab junit sarif; do [[ ${producer[$format]:-} == "$who" ]] && uses=1; done
        [[ $uses -eq 1 ]] && run "$who" "$dir" "$TMP/out/$name.$who.json" json "${args[@]}"
    done
    for format in github gitlab junit sarif; do
        who=${producer[$format]:-}
        [[ -z $who ]] && continue
        out=$TMP/out/$name.$format
        json=$TMP/out/$name.$who.json
        run "$who" "$dir" "$out" "$format" "${args[@]}"
        label="$format ($name: ${args[*]})"
        want_code=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).summary.exit_code)' "$json" 2>/dev/null)
        if [[ $(cat "$out.code") != "$want_code" ]]; then
            fail "$label: exit code $(cat "$out.code"), the JSON output says $want_code"
            indent 5 <"$out.err"
        fi
        case $format in
            github)
                if check github "$out" "$json" >"$out.check"; then
                    pass "$label: workflow command syntax, summary line, same findings as --format json"
                else
                    fail "$label: $(wc -l <"$out.check") problems"
                    indent <"$out.check"
                fi
                ;;
            gitlab)
                if check schema --modules "$NPM_DIR" --draft 07 --schema "$HERE/gitlab-codequality.schema.json" \
                    "$out" >"$out.schema"; then
                    pass "$label: valid against gitlab-codequality.schema.json"
                else
                    fail "$label: not valid against gitlab-codequality.schema.json"
                    indent <"$out.schema"
                fi
                if check gitlab "$out" "$json" >"$out.check"; then
                    pass "$label: unique fingerprints, same findings as --format json"
                else
                    fail "$label: $(wc -l <"$out.check") problems"
                    indent <"$out.check"
                fi
                ;;
            junit)
                if xmllint --noout "$out" 2>"$out.xmllint" &&
                    xmllint --noout --schema "$HERE/junit.xsd" "$out" 2>"$out.xmllint"; then
                    pass "$label: well-formed, valid against junit.xsd (xmllint)"
                else
                    fail "$label: xmllint says"
                    indent <"$out.xmllint"
                fi
                if check junit "$out" "$json" "$strict" >"$out.check"; then
                    pass "$label: one test case per file, failures and errors as --format json"
                else
                    fail "$label: $(wc -l <"$out.check") problems"
                    indent <"$out.check"
                fi
                ;;
            sarif)
                cp -- "$out" "$out.sarif"
                validate_sarif "$out.sarif" "$out.validation.sarif"
                if [[ ! -f $out.validation.sarif ]]; then
                    fail "$label: the SARIF validator wrote no output log"
                    indent <"$out.validation.sarif.console"
                elif check sarif-log "$out.validation.sarif" >"$out.verdict"; then
                    pass "$label: SARIF validator: $(tail -n 1 "$out.verdict" | sed 's/^validator: //')"
                    validator_says "$out" | indent 5  # its warnings, for the record
                else
                    fail "$label: SARIF validator: $(tail -n 1 "$out.verdict" | sed 's/^validator: //')"
                    validator_says "$out" | indent
                    head -n -1 "$out.verdict" | indent
                fi
                validate_sarif "$out.sarif" "$out.github.sarif" Gh
                if [[ ! -f $out.github.sarif ]]; then
                    fail "$label: the SARIF validator with GitHub's rules (--rule-kind Gh) wrote no output log"
                    indent <"$out.github.sarif.console"
                elif check sarif-log "$out.github.sarif" >"$out.github.verdict"; then
                    pass "$label: SARIF validator, GitHub's ingestion rules: $(tail -n 1 "$out.github.verdict" | sed 's/^validator: //')"
                else
                    fail "$label: SARIF validator, GitHub's ingestion rules: $(tail -n 1 "$out.github.verdict" | sed 's/^validator: //')"
                    head -n -1 "$out.github.verdict" | indent
                fi
                if check schema --modules "$NPM_DIR" --draft 2020 --schema "$SARIF_SCHEMA" "$out" >"$out.schema"; then
                    pass "$label: valid against the SARIF 2.1.0 JSON Schema (Ajv)"
                else
                    fail "$label: not valid against the SARIF 2.1.0 JSON Schema"
                    indent <"$out.schema"
                fi
                if check sarif "$out" "$json" "$TMP/out/list.$(sarif_lang "$out").json" >"$out.check"; then
                    pass "$label: results, notifications, rule indexes as --format json; rule help as --list"
                else
                    fail "$label: $(wc -l <"$out.check") problems"
                    indent <"$out.check"
                fi
                ;;
        esac
    done
done

# --- escaping, as it appears in the raw GitHub output ----------------------------------------
# A file in a folder `odd, dir: 100%` whose status value holds `100% klaar: ja, echt`. (A line
# break cannot reach a message through pop's pipeline, which shows it as `?`; the unit tests
# cover the escaping of CR and LF with a hand-made finding.)
out=$TMP/out/escape.github
if [[ -f $out ]]; then
    line=$(grep -F 'title=structure.enum::' "$out")
    if [[ $line == '::error file=odd%2C dir%3A 100%25/esc.pop.yaml,line=27,col=13,endColumn=68,title=structure.enum::`100%25 klaar: ja, echt?volgende regel <b>&amp;"'"'"' tab` is not a valid value for `status`'* ]]; then
        pass "github: % , : escaped in the file property, % in the message (: and , need not be there)"
    else
        fail "github: escaping in the raw output is not as expected:"
        echo "$line" | indent
    fi
fi

# --- fingerprints: independent of the language, kept when lines move -------------------------
if [[ -n ${producer[gitlab]:-} ]]; then
    fingerprints() { node -e 'for (const i of JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))) console.log(i.fingerprint)' "$1" | sort; }
    if [[ -f $TMP/out/examples.gitlab && -f $TMP/out/examples-nl.gitlab ]] &&
        [[ $(fingerprints "$TMP/out/examples.gitlab") == $(fingerprints "$TMP/out/examples-nl.gitlab") ]]; then
        pass "gitlab: the same fingerprints in English and Dutch"
    else
        fail "gitlab: fingerprints differ between English and Dutch output of the same files"
    fi
    mkdir -p "$TMP/moved"
    cp -R -- examples "$TMP/moved/examples"
    { printf '# three lines\n# more at the top\n# of the file\n'; cat examples/pops/fouten.pop.yaml; } \
        >"$TMP/moved/examples/pops/fouten.pop.yaml"
    run "${producer[gitlab]}" "$TMP/moved" "$TMP/out/moved.gitlab" gitlab examples
    if [[ $(fingerprints "$TMP/out/examples.gitlab") == $(fingerprints "$TMP/out/moved.gitlab") ]] &&
        ! cmp -s "$TMP/out/examples.gitlab" "$TMP/out/moved.gitlab"; then
        pass "gitlab: fingerprints are kept when the findings move three lines down"
    else
        fail "gitlab: fingerprints change when the findings move three lines down"
    fi
fi

# --- every check fails on a broken output ----------------------------------------------------
broken=$TMP/broken
mkdir -p "$broken"
mutate() {  # mutate IN OUT JS: OUT is IN parsed as JSON, changed by JS (on `j`), written back
    node -e 'const fs = require("fs"); const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
             eval(process.argv[3]); fs.writeFileSync(process.argv[2], JSON.stringify(j, null, 2));' "$1" "$2" "$3"
}
if [[ -f $TMP/out/examples.sarif ]]; then
    mutate "$TMP/out/examples.sarif" "$broken/a.sarif" \
        'delete j.runs[0].results[0].message; j.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
         delete j.runs[0].results[2].ruleId; delete j.runs[0].results[2].ruleIndex;'
    validate_sarif "$broken/a.sarif" "$broken/a.validation.sarif"
    if [[ -f $broken/a.validation.sarif ]] && ! check sarif-log "$broken/a.validation.sarif" >"$broken/a.verdict"; then
        pass "sarif: the validator reports errors for a broken log ($(tail -n 1 "$broken/a.verdict" | sed 's/^validator: //'))"
    else
        fail "sarif: the validator (or this test's reading of it) accepts a log with a result lacking its message"
    fi
    # The SARIF of pop before it had rule help (issue 14): GitHub's rules report each rule's
    # missing fullDescription and help, two errors per rule.
    mutate "$TMP/out/examples.sarif" "$broken/c.sarif" \
        'for (const r of j.runs[0].tool.driver.rules) { delete r.fullDescription; delete r.help; delete r.helpUri; }'
    validate_sarif "$broken/c.sarif" "$broken/c.validation.sarif" Gh
    rules=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0].tool.driver.rules.length)' "$broken/c.sarif")
    if [[ -f $broken/c.validation.sarif ]] && ! check sarif-log "$broken/c.validation.sarif" >"$broken/c.verdict" &&
        [[ $(tail -n 1 "$broken/c.verdict") == "validator: $((2 * rules)) errors, "* ]]; then
        pass "sarif: GitHub's rules report the rules without help, as pop wrote them before ($(tail -n 1 "$broken/c.verdict" | sed 's/^validator: //'))"
    else
        fail "sarif: GitHub's rules do not report $((2 * rules)) errors for $rules rules without help: $(tail -n 1 "$broken/c.verdict" 2>/dev/null)"
    fi
    if ! check sarif "$broken/c.sarif" "$TMP/out/examples.${producer[sarif]}.json" "$TMP/out/list.en.json" >/dev/null; then
        pass "sarif: the comparison with --list notices rules without help"
    else
        fail "sarif: the comparison with --list does not notice rules without help"
    fi
    # The validator says nothing at all about a log in which a level is not one of SARIF's four
    # (it seems to stop reading it): the JSON Schema catches that.
    mutate "$TMP/out/examples.sarif" "$broken/b.sarif" 'j.runs[0].results[0].level = "fatal";'
    if ! check schema --modules "$NPM_DIR" --draft 2020 --schema "$SARIF_SCHEMA" "$broken/b.sarif" >/dev/null; then
        pass "sarif: the JSON Schema refuses a result of level \"fatal\""
    else
        fail "sarif: the JSON Schema accepts a result of level \"fatal\""
    fi
    if ! check sarif "$broken/a.sarif" "$TMP/out/examples.${producer[sarif]}.json" "$TMP/out/list.en.json" >/dev/null; then
        pass "sarif: the comparison with --format json notices a broken log"
    else
        fail "sarif: the comparison with --format json does not notice a broken log"
    fi
fi
if [[ -f $TMP/out/examples.junit ]]; then
    sed '0,/<testcase classname="pop.check" name="[^"]*"/s//<testcase classname="pop.check"/' \
        "$TMP/out/examples.junit" >"$broken/a.xml"
    if xmllint --noout "$broken/a.xml" 2>/dev/null && ! xmllint --noout --schema "$HERE/junit.xsd" "$broken/a.xml" 2>/dev/null; then
        pass "junit: junit.xsd refuses a test case without a name"
    else
        fail "junit: junit.xsd accepts a test case without a name"
    fi
    sed '0,/tests="[0-9]*"/s//tests="many"/' "$TMP/out/examples.junit" >"$broken/b.xml"
    if ! xmllint --noout --schema "$HERE/junit.xsd" "$broken/b.xml" 2>/dev/null; then
        pass "junit: junit.xsd refuses tests=\"many\""
    else
        fail "junit: junit.xsd accepts tests=\"many\""
    fi
    sed '0,/&lt;/s//</; 0,/&amp;/s//\&/' "$TMP/out/escape.junit" >"$broken/c.xml"
    if ! xmllint --noout "$broken/c.xml" 2>/dev/null; then
        pass "junit: xmllint refuses unescaped < and & (not well-formed)"
    else
        fail "junit: xmllint accepts unescaped < and &"
    fi
fi
if [[ -f $TMP/out/examples.gitlab ]]; then
    mutate "$TMP/out/examples.gitlab" "$broken/a.json" 'j[0].severity = "fatal"; delete j[1].fingerprint;'
    if ! check schema --modules "$NPM_DIR" --draft 07 --schema "$HERE/gitlab-codequality.schema.json" "$broken/a.json" >/dev/null; then
        pass "gitlab: the schema refuses severity \"fatal\" and a missing fingerprint"
    else
        fail "gitlab: the schema accepts severity \"fatal\" and a missing fingerprint"
    fi
    mutate "$TMP/out/examples.gitlab" "$broken/b.json" 'j[1].fingerprint = j[0].fingerprint;'
    if ! check gitlab "$broken/b.json" "$TMP/out/examples.${producer[gitlab]}.json" >/dev/null; then
        pass "gitlab: a repeated fingerprint is noticed"
    else
        fail "gitlab: a repeated fingerprint is not noticed"
    fi
fi
if [[ -f $TMP/out/escape.github ]]; then
    json=$TMP/out/escape.${producer[github]}.json
    sed '0,/%2C/s//,/' "$TMP/out/escape.github" >"$broken/a.txt"  # a raw comma in the file property
    sed '0,/100%25 klaar/s//100% klaar/' "$TMP/out/escape.github" >"$broken/b.txt"  # a raw % in a message
    sed '$d' "$TMP/out/escape.github" >"$broken/c.txt"  # no summary line
    for b in a b c; do
        if check github "$broken/$b.txt" "$json" >/dev/null; then
            fail "github: broken output $b.txt is accepted"
            bad=1
        fi
    done
    [[ -z ${bad:-} ]] && pass "github: a raw comma in a property, a raw % in a message and a missing summary line are noticed"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
