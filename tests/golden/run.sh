#!/usr/bin/env bash
# tests/golden/run.sh POP_BINARY [CASE...]
#
# Golden tests of whole CLI runs. Each case is a folder tests/golden/cases/<name>/ with:
#   cmd        the arguments of one pop invocation, one line of shell words, e.g.
#              check --today 2026-11-22 --color never examples/pops/fouten.pop.yaml
#   env        optional: KEY=VALUE lines (blank lines and # comments are skipped) set on top of
#              the defaults LANG=C.UTF-8 and NO_COLOR=1; `KEY=` sets KEY to the empty string
#   stdin      optional: what the run reads on standard input (default: /dev/null)
#   stdout, stderr, exit_code   what the run must produce, byte for byte
# The run starts from the repository root in an otherwise empty environment (PATH only), with
# stdin from the case's file `stdin` or /dev/null. All three expectations are compared exactly; a mismatch shows a diff.
#
# POP_REGENERATE=1 tests/golden/run.sh POP  rewrites the expected files from the actual runs.
# Only the named cases run when CASE names are given. Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 POP_BINARY [CASE...]" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
shift
if [[ ! -x $POP ]]; then
    echo "tests/golden: $POP is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
CASES=$HERE/cases
REGENERATE=${POP_REGENERATE:-0}
[[ $REGENERATE == 0 ]] && REGENERATE=

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-golden.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT

names=()
if [[ $# -gt 0 ]]; then
    names=("$@")
else
    shopt -s nullglob
    for dir in "$CASES"/*/; do
        dir=${dir%/}
        names+=("${dir##*/}")
    done
    shopt -u nullglob
fi
if [[ ${#names[@]} -eq 0 ]]; then
    echo "tests/golden: no cases in $CASES"
fi

passed=0
failed=0

# Shows the difference between an expected file and the actual output, as a unified diff.
show_diff() {
    local expected=$1 actual=$2 label=$3
    diff -u --label "expected $label" --label "actual $label" -- "$expected" "$actual" | head -n 60 | sed 's/^/     /'
}

for name in "${names[@]}"; do
    dir=$CASES/$name
    if [[ ! -f $dir/cmd ]]; then
        failed=$((failed + 1))
        echo "FAIL $name: no file $dir/cmd"
        continue
    fi
    # The arguments: one line of shell words, split the way the shell would (quotes allowed).
    line=$(head -n 1 -- "$dir/cmd")
    # The case files are part of the repository and trusted like any script in it.
    args=()
    set -f
    eval "args=($line)" 2>/dev/null
    split=$?
    set +f
    if [[ $split -ne 0 ]]; then
        failed=$((failed + 1))
        echo "FAIL $name: cannot split the words of cmd: $line"
        continue
    fi

    environment=(PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1)
    if [[ -f $dir/env ]]; then
        bad_env=
        while IFS= read -r kv || [[ -n $kv ]]; do
            [[ -z ${kv//[[:space:]]/} || $kv == \#* ]] && continue
            if [[ ! $kv =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
                bad_env=$kv
                break
            fi
            environment+=("$kv")
        done <"$dir/env"
        if [[ -n $bad_env ]]; then
            failed=$((failed + 1))
            echo "FAIL $name: env: not KEY=VALUE: $bad_env"
            continue
        fi
    fi

    actual=$TMP/$name
    mkdir -p -- "$actual"
    input=/dev/null
    [[ -f $dir/stdin ]] && input=$dir/stdin
    # watchdog: timeout only stops a hang (60 s of wall time; a case takes about 0.01 s), no time bound.
    (cd -- "$ROOT" && exec env -i "${environment[@]}" timeout -k 2 60 "$POP" "${args[@]}") \
        >"$actual/stdout" 2>"$actual/stderr" <"$input"
    echo "$?" >"$actual/exit_code"

    if [[ -n $REGENERATE ]]; then
        for f in stdout stderr exit_code; do cp -- "$actual/$f" "$dir/$f"; done
        passed=$((passed + 1))
        echo "ok   $name (expected files regenerated: exit code $(cat "$actual/exit_code"))"
        continue
    fi
    mismatched=()
    for f in exit_code stdout stderr; do
        if [[ ! -f $dir/$f ]] || ! cmp -s -- "$dir/$f" "$actual/$f"; then mismatched+=("$f"); fi
    done
    if [[ ${#mismatched[@]} -eq 0 ]]; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        missing=()
        for f in "${mismatched[@]}"; do [[ -e $dir/$f ]] || missing+=("$f"); done
        echo "FAIL $name: ${mismatched[*]} differ (pop ${line})"
        if [[ ${#missing[@]} -gt 0 ]]; then
            echo "     no expected ${missing[*]}: create with POP_REGENERATE=1 tests/golden/run.sh POP_BINARY $name"
        fi
        for f in "${mismatched[@]}"; do [[ -e $dir/$f ]] && show_diff "$dir/$f" "$actual/$f" "$f"; done
    fi
done

if [[ -n $REGENERATE ]]; then
    echo "POP_REGENERATE=1: rewrote the expected files of ${#names[@]} case(s) in $CASES; review them with git diff"
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
