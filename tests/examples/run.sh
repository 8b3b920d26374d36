#!/usr/bin/env bash
# Every example gives the findings it was written to show, and only those:
# a POP with a `<name>.expected` beside it must give exactly those `LINE:COL rule` findings;
# every other POP must be clean, even with --strict. The partners' POPs sit in folders of their
# own (examples/mbo/pops/, examples/vlaanderen/pops/), each under its own pop-policy.yaml.
set -euo pipefail
POP=${1:?usage: run.sh POP_BINARY}
cd "$(dirname "$0")/../.."
passed=0 failed=0
for file in examples/pops/*.pop.yaml examples/*/pops/*.pop.yaml; do
    expected="${file%.pop.yaml}.expected"
    set +e
    output=$("$POP" check --today 2026-11-22 --color never --strict "$file")
    code=$?
    set -e
    actual=$(printf '%s\n' "$output" | sed -nE 's/^[^ ]+:([0-9]+):([0-9]+): (error|warning)\[([a-z.-]+)\]: .*/\1:\2 \4/p')
    if [[ -f "$expected" ]]; then
        if [[ "$actual" == "$(cat "$expected")" && $code -eq 1 ]]; then
            echo "ok $file (its $(wc -l <"$expected") intended findings)"; passed=$((passed + 1))
        else
            echo "FAIL $file (exit $code):"; diff <(cat "$expected") <(printf '%s\n' "$actual") || true
            failed=$((failed + 1))
        fi
    elif [[ -z "$actual" && $code -eq 0 ]]; then
        echo "ok $file (clean)"; passed=$((passed + 1))
    else
        echo "FAIL $file should be clean (exit $code):"; printf '%s\n' "$output"; failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
