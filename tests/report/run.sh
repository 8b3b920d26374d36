#!/usr/bin/env bash
# tests/report/run.sh POP_BINARY
#
# The machine-readable outputs of `pop report`, read by real readers:
#   1. json: every output made here (examples/ in English and Dutch, one POP, examples/pops,
#      tests/rules, a POP without roster, a date on which nobody has a current POP, and a copy
#      with awkward names) validates against schemas/report.schema.json with Ajv (draft-07,
#      ajv-formats); and tampered copies of an output do not (unknown keys, an impossible date, a
#      missing count, a wrong format name, ...): the schema can fail.
#   2. json numbers: numbers.mjs recomputes people, goals, steps, last conversation, hours per
#      year, team totals, the groupings and left_out from the YAML files (privacy rules included)
#      and compares.
#   3. csv (separators `,` and `;`, and --excel in English and Dutch): Python's csv module (strict)
#      reads it: CRLF, the header (stable keys in both languages; --excel: a UTF-8 BOM, `;` and the
#      column names in the language), the same number of fields in every row, and the rows are the json's people (ids, names, teams,
#      dates, numbers). In a copy of examples/ with a name with a quote, a team with a comma, a
#      semicolon and quotes, a name with a line break and cells that look like formulas, those
#      values read back exactly (formulas with a leading '). The npm package csv-parse reads the
#      same records as Python. --partial with a missing folder: exit 3 and a first row (as wide as
#      the others) that names it.
#   4. markdown: every row of every table has as many cells as its header (escaped `|` are not
#      cell borders), and the people table holds the json's people.
# Ends with `N passed, M failed`; exits 1 when something failed.
#
# Needs node, npm and /usr/bin/python3 (its csv module). The npm packages ajv@8, ajv-formats@3,
# yaml@2 and csv-parse@5 are installed (once) into ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm},
# outside the source tree, by tests/lib/npm.sh; schemas are checked with tests/schema/validate.mjs.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/report: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
cd -- "$ROOT" || exit 2
TODAY=2026-11-22
SCHEMA=$ROOT/schemas/report.schema.json
PYTHON=/usr/bin/python3
export LC_ALL=C.UTF-8 NO_COLOR=1

if [[ ! -x $PYTHON ]]; then
    echo "tests/report: $PYTHON is missing; the csv output is read with Python's csv module (apt-get install python3)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# --- npm packages, outside the source tree (sets NPM_DIR) -------------------------------------
source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/report ajv@8 ajv-formats@3 yaml@2 csv-parse@5 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-report-test.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
OUT=$TMP/out
mkdir -p "$OUT"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# Runs a checker that prints `ok ...` / `FAIL ...` lines, and counts them.
tally() {
    local what=$1
    shift
    local output code
    output=$("$@" 2>&1)
    code=$?
    local oks fails
    oks=$(grep -c '^ok ' <<<"$output")
    fails=$(grep -c '^FAIL ' <<<"$output")
    [[ -n $output ]] && echo "$output"
    passed=$((passed + oks))
    failed=$((failed + fails))
    if [[ $code -ne 0 && $fails -eq 0 ]]; then
        fail "$what: the checker failed (exit $code) without saying why"
    elif [[ $code -eq 0 && $fails -gt 0 ]]; then
        fail "$what: the checker reported failures but exited 0"
    fi
}

# --- the data ------------------------------------------------------------------------------------
# A copy of examples/ with awkward names and teams (see oddities.py).
cp -R -- examples "$TMP/odd" || exit 1
if ! "$PYTHON" "$HERE/oddities.py" "$TMP/odd" >"$TMP/odd.tsv"; then
    fail "oddities.py could not edit the copy of examples/"
fi
# One POP alone: no roster, no school goals, no policy.
mkdir -p "$TMP/alone"
cp -- examples/pops/h.bakker.pop.yaml "$TMP/alone/"

# Runs pop (with --today DATE); keeps stdout as $OUT/NAME.FORMAT. The exit code must be one of ALLOWED.
declare -A made_by
report() {
    local name=$1 format=$2 allowed_exit=$3 today=$4
    shift 4
    local file=$OUT/$name.$format
    "$POP" --today "$today" "$@" >"$file" 2>"$OUT/$name.$format.err"
    local code=$?
    made_by[$file]="pop --today $today $*"
    if [[ ! -s $file ]]; then
        fail "pop $*: no output (exit $code): $(head -c 300 "$OUT/$name.$format.err")"
    elif [[ " $allowed_exit " != *" $code "* ]]; then
        fail "pop $*: exit code $code (expected $allowed_exit)"
    fi
}
report examples json 0 $TODAY report --format json examples
report examples-nl json 0 $TODAY --lang nl report --format json examples
report one-pop json 0 $TODAY report --format json examples/pops/a.jansen.pop.yaml
report pops-folder json 0 $TODAY report --format json examples/pops
report rules json "0 3" $TODAY report --partial --format json tests/rules
report alone json 0 $TODAY report --format json "$TMP/alone"
report nobody-current json 0 2031-01-01 report --format json examples
report odd json 0 $TODAY report --format json "$TMP/odd"

# --- 1. json against the schema ---------------------------------------------------------------------
if [[ ! -f $SCHEMA ]]; then
    fail "schemas/report.schema.json is missing"
else
    jsons=()
    for f in "$OUT"/*.json; do [[ -s $f ]] && jsons+=("$f"); done
    while IFS= read -r line; do
        case $line in
            "valid "*)
                f=${line#valid }
                pass "schemas/report.schema.json accepts: ${made_by[$f]:-$f}"
                ;;
            "invalid "*)
                rest=${line#invalid }
                f=${rest%%: *}
                fail "schemas/report.schema.json refuses: ${made_by[$f]:-$f}: ${rest#*: }"
                ;;
            *) [[ -n $line ]] && fail "validate.mjs: $line" ;;
        esac
    done < <(node "$ROOT/tests/schema/validate.mjs" --modules "$NPM_DIR" --schema "$SCHEMA" -- "${jsons[@]}" 2>&1)

    # Nullable dates and the optional label do occur, so the schema's choices are exercised.
    if node -e '
        const fs = require("fs");
        const seen = new Set();
        for (const f of process.argv.slice(1)) {
            const j = JSON.parse(fs.readFileSync(f, "utf8"));
            for (const p of j.people)
                for (const k of ["path", "period_end", "last_conversation", "next_conversation"])
                    seen.add(k + (p[k] === null ? ":null" : ":string"));
            for (const r of j.school_goals) if ("label" in r) seen.add("label");
            for (const r of j.themes) if (!("label" in r)) seen.add("no-label");
        }
        const want = ["path:null", "path:string", "period_end:null", "period_end:string", "last_conversation:null",
                      "last_conversation:string", "next_conversation:null", "next_conversation:string", "label", "no-label"];
        const missing = want.filter((w) => !seen.has(w));
        if (missing.length) { console.log(missing.join(", ")); process.exit(1); }' "${jsons[@]}" >"$TMP/coverage.txt"; then
        pass "the outputs validated hold every nullable date both as null and as a date, and rows with and without label"
    else
        fail "the outputs validated never hold: $(cat "$TMP/coverage.txt")"
    fi

    # Tampered copies: each must be refused.
    node -e '
        const fs = require("fs");
        const [src, dir] = process.argv.slice(1);
        const base = () => JSON.parse(fs.readFileSync(src, "utf8"));
        const cases = {
            "unknown-top-key": (j) => { j.notes = "leaked"; },
            "unknown-person-key": (j) => { j.people[0].reflection = "leaked"; },
            "impossible-date": (j) => { j.people[0].period_end = "2026-02-30"; },
            "date-not-iso": (j) => { j.today = "22-11-2026"; },
            "missing-left-out-count": (j) => { delete j.left_out.reflections; },
            "wrong-format": (j) => { j.format = "pop-check"; },
            "wrong-version": (j) => { j.version = 2; },
            "warning-not-a-rule": (j) => { j.people[0].warnings = ["fatal"]; },
            "negative-count": (j) => { j.people[0].goals = -1; },
            "goals-as-text": (j) => { j.teams[0].goals = "3"; },
            "too-many-examples": (j) => { j.methods[0].examples = ["a", "b", "c", "d", "e", "f"]; },
            "missing-people": (j) => { delete j.people; },
            "null-today": (j) => { j.today = null; },
            "missing-not-paths": (j) => { j.missing = [1]; },
            "missing-empty": (j) => { j.missing = []; },
        };
        for (const [name, mutate] of Object.entries(cases)) {
            const j = base();
            mutate(j);
            fs.writeFileSync(`${dir}/tampered-${name}.json`, JSON.stringify(j, null, 2));
        }' "$OUT/examples.json" "$TMP" || fail "could not make the tampered copies"
    while IFS= read -r line; do
        case $line in
            "valid "*) fail "schemas/report.schema.json accepts a tampered output: ${line#valid }" ;;
            "invalid "*)
                rest=${line#invalid }
                name=${rest%%: *}
                name=${name##*/tampered-}
                pass "schemas/report.schema.json refuses a tampered output (${name%.json}): ${rest#*: }"
                ;;
            *) [[ -n $line ]] && fail "validate.mjs: $line" ;;
        esac
    done < <(node "$ROOT/tests/schema/validate.mjs" --modules "$NPM_DIR" --schema "$SCHEMA" -- "$TMP"/tampered-*.json 2>&1)
fi

# --- 2. json numbers from the files ------------------------------------------------------------------
numbers() {
    local json=$1 today=$2 dir=$3
    shift 3
    local pops=()
    while IFS= read -r -d '' f; do pops+=("$f"); done < <(find "$@" -name '*.pop.yaml' -print0 | sort -z)
    local extra=()
    [[ -f $dir/pop-roster.yaml ]] && extra+=(--roster "$dir/pop-roster.yaml")
    [[ -f $dir/pop-school-goals.yaml ]] && extra+=(--school-goals "$dir/pop-school-goals.yaml")
    tally "numbers of $json" node "$HERE/numbers.mjs" --modules "$NPM_DIR" --today "$today" "${extra[@]}" \
        -- "$OUT/$json.json" "${pops[@]}"
}
echo "-- numbers: examples"
numbers examples "$TODAY" examples examples
echo "-- numbers: examples, --lang nl"
numbers examples-nl "$TODAY" examples examples
echo "-- numbers: examples/pops/a.jansen.pop.yaml alone (roster and school goals found above it)"
numbers one-pop "$TODAY" examples examples/pops/a.jansen.pop.yaml
echo "-- numbers: one POP in a folder without roster"
numbers alone "$TODAY" "$TMP/alone" "$TMP/alone"
echo "-- numbers: examples on 2031-01-01 (no current POPs)"
numbers nobody-current 2031-01-01 examples examples
echo "-- numbers: the copy with awkward names"
numbers odd "$TODAY" "$TMP/odd" "$TMP/odd"

# --- 3. csv ------------------------------------------------------------------------------------------
expects=()
while IFS=$'\t' read -r id field value; do
    value=$(node -e 'const v = JSON.parse(process.argv[1]); process.stdout.write(/^[=+\-@]/.test(v) && v !== "-" ? "\x27" + v : v)' "$value")
    expects+=(--expect "$id" "$field" "$value")
done <"$TMP/odd.tsv"
csv_case() {
    local name=$1 sep=$2 lang=$3 json=$4
    shift 4
    local file=$OUT/$name.csv
    # --excel: the separator is always ;
    local how=(--separator "$sep")
    [[ $name == *excel* ]] && how=(--excel)
    "$POP" --today "$TODAY" --lang "$lang" report --format csv "${how[@]}" "$@" >"$file" 2>"$OUT/$name.csv.err"
    local code=$?
    if [[ $code -ne 0 || ! -s $file ]]; then
        fail "pop report --format csv ${how[*]} $*: exit $code, $(wc -c <"$file") bytes"
        return
    fi
    local more=()
    [[ $name == odd* ]] && more=("${expects[@]}")
    [[ $name == *excel* ]] && more+=(--excel)
    echo "-- csv: pop --lang $lang report --format csv ${how[*]} $*"
    tally "csv $name" "$PYTHON" "$HERE/csv_check.py" "$file" "$sep" "$lang" "$OUT/$json.json" --dump "$OUT/$name.rows.json" "${more[@]}"
    tally "csv-parse $name" node "$HERE/csv_parse.mjs" --modules "$NPM_DIR" "$file" "$sep" "$OUT/$name.rows.json"
}
csv_case examples-comma , en examples examples
csv_case examples-semicolon ';' en examples examples
csv_case examples-nl-semicolon ';' nl examples-nl examples
csv_case odd-comma , en odd "$TMP/odd"
csv_case odd-semicolon ';' en odd "$TMP/odd"
csv_case examples-excel ';' en examples examples
csv_case examples-nl-excel ';' nl examples-nl examples
csv_case odd-excel ';' en odd "$TMP/odd"
# The header keys are the same in both languages; --excel names the columns in the language.
if [[ $(head -n 1 "$OUT/examples-comma.csv") == "$(head -n 1 "$OUT/examples-nl-semicolon.csv" | tr ';' ',')" ]] &&
    [[ $(head -c 3 "$OUT/examples-nl-excel.csv" | od -An -tx1 | tr -d ' ') == efbbbf ]] &&
    head -n 1 "$OUT/examples-nl-excel.csv" | grep -q 'naam;code;team;lopend POP;'; then
    pass "csv: the header keys do not change with --lang; --excel starts with a BOM and names the columns in Dutch"
else
    fail "csv: the header changes with --lang, or --excel lacks the BOM or the Dutch column names"
fi
# The awkward values really are awkward for csv: quoted with either separator.
if grep -q '^"Anouk ""Nouk"" Jansen",a\.jansen,"onderbouw; locatie ""Noord"", vleugel B",' "$OUT/odd-comma.csv" &&
    grep -q '^"Anouk ""Nouk"" Jansen";a\.jansen;"onderbouw; locatie ""Noord"", vleugel B";' "$OUT/odd-semicolon.csv"; then
    pass "csv: a name with quotes and a team with a comma and a semicolon are quoted (RFC 4180) with both separators"
else
    fail "csv: the row of a.jansen in the copy with awkward names is not quoted as RFC 4180 says"
fi

# --- 3b. --partial: a first row, as wide as the others, names the missing file --------------------
"$POP" --today "$TODAY" report --format csv --partial examples "$TMP/no-such-folder" >"$OUT/partial.csv" 2>"$OUT/partial.csv.err"
code=$?
if [[ $code -eq 3 ]] && "$PYTHON" - "$OUT/partial.csv" "$TMP/no-such-folder" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline=""), strict=True))
assert rows[0][0].startswith("INCOMPLETE") and sys.argv[2] in rows[0][0], rows[0]
assert all(c == "" for c in rows[0][1:]) and len({len(r) for r in rows}) == 1, rows[0]
assert rows[1][:3] == ["name", "id", "team"], rows[1]
PY
then
    pass "csv --partial: exit 3, a first row names the missing folder, every row as wide as the header"
else
    fail "csv --partial: exit $code, or the first row does not name the missing folder: $(head -c 300 "$OUT/partial.csv")"
fi

# --- 4. markdown -------------------------------------------------------------------------------------
md_case() {
    local name=$1 lang=$2 json=$3
    shift 3
    local file=$OUT/$name.md
    "$POP" --today "$TODAY" --lang "$lang" report --format markdown "$@" >"$file" 2>"$OUT/$name.md.err"
    local code=$?
    if [[ $code -ne 0 || ! -s $file ]]; then
        fail "pop report --format markdown $*: exit $code, $(wc -c <"$file") bytes"
        return
    fi
    echo "-- markdown: pop --lang $lang report --format markdown $*"
    tally "markdown $name" "$PYTHON" "$HERE/md_check.py" "$file" "$OUT/$json.json"
}
md_case examples en examples examples
md_case examples-nl nl examples-nl examples
md_case odd en odd "$TMP/odd"

# --- the csv and markdown checkers can fail ------------------------------------------------------
# A csv whose quoted team lost its quotes, and markdown whose escaped | lost its backslash.
sed 's/"Campus De Wilg, vakgroep Nederlands"/Campus De Wilg, vakgroep Nederlands/' "$OUT/examples-comma.csv" >"$TMP/broken.csv"
sed 's/\\|/|/' "$OUT/odd.md" >"$TMP/broken.md"
if cmp -s "$TMP/broken.csv" "$OUT/examples-comma.csv" || cmp -s "$TMP/broken.md" "$OUT/odd.md"; then
    fail "could not break the csv or markdown on purpose (nothing to unquote or unescape)"
else
    if "$PYTHON" "$HERE/csv_check.py" "$TMP/broken.csv" , en "$OUT/examples.json" >"$TMP/broken-csv.txt" 2>&1; then
        fail "csv_check.py accepts a csv with an unquoted comma in a field"
    else
        pass "csv_check.py refuses a csv with an unquoted comma in a field: $(grep -m1 '^FAIL' "$TMP/broken-csv.txt" | cut -c6-)"
    fi
    if "$PYTHON" "$HERE/md_check.py" "$TMP/broken.md" "$OUT/odd.json" >"$TMP/broken-md.txt" 2>&1; then
        fail "md_check.py accepts a table row with an unescaped | in a cell"
    else
        pass "md_check.py refuses a table row with an unescaped | in a cell: $(grep -m1 '^FAIL' "$TMP/broken-md.txt" | cut -c6-)"
    fi
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
