#!/usr/bin/env bash
# tests/bench/smoke.sh [POP]: keeps bench/run.sh working (issue 21). Runs `bash bench/run.sh smoke`
# (300 POPs, one round, ajv-cli only when it is installed already) on a corpus in a temporary
# folder and checks that the script ends well, that every row of its table is measured (a time,
# a rate, a peak and a ratio, not "> LIMIT s" or "-") and that the targets section prints. It
# never compares a figure: the machine is shared and timings are noise.
# POP: a pop binary to measure (POP_BENCH_POP); without it bench/run.sh builds its own Release pop.
set -euo pipefail

SRC=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf -- "$WORK"' EXIT
if [[ $# -ge 1 ]]; then export POP_BENCH_POP=$1; fi
export POP_BENCH_CORPUS=$WORK/corpus

fail() {
    echo "tests/bench/smoke.sh: FAILED: $*" >&2
    echo "--- output of bench/run.sh smoke" >&2
    cat "$WORK/out" >&2
    exit 1
}

code=0
bash "$SRC/bench/run.sh" smoke >"$WORK/out" 2>&1 || code=$?
[[ $code == 0 ]] || fail "bench/run.sh smoke exited with $code"

rows=("pop check (" "pop check --jobs 1" "pop report --format json" "pop hours --format json" "libyaml floor (" "libyaml floor (1 thread)")
if grep -q 'smoke run without the ajv-cli and node rows' "$WORK/out"; then
    echo "tests/bench/smoke.sh: ajv-cli is not installed: its rows are left out (as bench/run.sh says)"
else
    rows+=("ajv-cli on pre-converted JSON" "  + YAML->JSON conversion (js-yaml)" "node: js-yaml + Ajv in one process")
fi
grep -q '^| what (300 POPs, smoke)' "$WORK/out" || fail "no table header for 300 POPs"
measured='\| +[0-9]+\.[0-9]{2} s \| +[0-9]+\.[0-9]{2} s \| +[0-9]+ \| +[0-9]+ MB \| +[0-9]+\.[0-9]{2}x \|$'
for row in "${rows[@]}"; do
    line=$(grep -F -- "| $row" "$WORK/out" | head -n 1 || true)
    [[ -n $line ]] || fail "no row \"$row\""
    [[ $line =~ $measured ]] || fail "row \"$row\" is not measured: $line"
done
n_rows=$(grep -cE '^\| [^w-]' "$WORK/out" || true)
[[ $n_rows == "${#rows[@]}" ]] || fail "$n_rows rows in the table, expected ${#rows[@]}"
grep -q '^== targets' "$WORK/out" || fail "no targets section"
grep -q '^pop check vs the libyaml floor, every core: .*target at most 2x: \(met\|NOT met\)$' "$WORK/out" ||
    fail "the floor target is not printed"
grep -q '^pop hours vs pop report .*target at most 1.5x both (issue 17): \(met\|NOT met\)$' "$WORK/out" ||
    fail "the pop hours target is not printed"
grep -q '^pop check of one file: .* target under 10 ms: \(met\|NOT met\)$' "$WORK/out" ||
    fail "the one-file target is not printed"
grep -q '^pop check FILE: [0-9.]* ms per run' "$WORK/out" || fail "the one-file loop is not measured"
echo "tests/bench/smoke.sh: bench/run.sh smoke measured ${#rows[@]} rows and printed its targets"
