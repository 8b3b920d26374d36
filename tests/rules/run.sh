#!/usr/bin/env bash
# Runs the rule fixtures in tests/rules/ against a pop binary.
#
#   usage: bash tests/rules/run.sh POP_BINARY
#
# For every rule id that `POP check --list` prints there must be a folder tests/rules/<rule-id>/ with
#   good.pop.yaml                     a clean POP: exit code 0 and not a single finding;
#   bad.pop.yaml or bad.generate.sh   a POP with one mistake of that rule (bad.generate.sh prints the
#                                     file to stdout, for inputs too large to keep in git);
#   bad.expected                      every finding for the bad file, one `LINE:COL rule-id` a line,
#                                     sorted by line, then column;
# or, for a repository-wide rule that no single file can show, a file `covered-by` naming the test
# script (relative to the repository root) that does; that script must mention the rule id.
# The bad file must give exactly the findings in bad.expected (compared as sorted lists, so a finding
# reported twice is a failure too) and the exit code that goes with them: 1 for an error rule, 0 for a
# warning rule (and 1 again with --strict), 3 for input.unreadable. A folder for a rule that the
# registry does not list is a failure as well.
#
# First it checks `pop check --list` itself against docs/rules.md (whose table a unit test keeps equal
# to the registry), so a new rule needs no regenerated expected output: in English (LANG=C.UTF-8) the
# text and the JSON list (--format json) must be exactly what the table's rows give; in Dutch
# (LANG=nl_NL.UTF-8) the same ids and severities (fout, waarschuwing) in the same layout, each with a description that
# is not the English one. Needs only bash, sed, sort, diff, mktemp and cp.
set -euo pipefail

if [ "$#" -ne 1 ]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$1
case $POP in
    /*) ;;
    *) POP=$PWD/$POP ;;  # pop runs from inside the fixture folders
esac
if [ ! -f "$POP" ] || [ ! -x "$POP" ]; then
    echo "run.sh: '$POP' is not an executable file" >&2
    exit 2
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TODAY=2026-11-22
CONTEXT_FILES=(pop-policy.yaml pop-roster.yaml pop-school-goals.yaml)

# Generated bad files go here, next to copies of the context files (pop finds those by walking up).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pop-rule-fixtures.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for f in "${CONTEXT_FILES[@]}"; do
    if [ ! -f "$HERE/$f" ]; then
        echo "run.sh: missing context file $HERE/$f" >&2
        exit 2
    fi
    cp "$HERE/$f" "$tmp/$f"
done

# The registry: rule id and severity (error or warning), one rule a line.
if ! list=$("$POP" check --list); then
    echo "run.sh: '$POP check --list' failed" >&2
    exit 2
fi
declare -A severity=()
rules=()
while read -r id sev _; do
    [ -n "$id" ] || continue
    rules+=("$id")
    severity[$id]=$sev
done <<<"$list"
if [ "${#rules[@]}" -eq 0 ]; then
    echo "run.sh: '$POP check --list' listed no rules" >&2
    exit 2
fi

# The rule list: `pop check --list` in English (text and JSON) and in Dutch, against docs/rules.md.
list_failed=0
list_fail() {
    echo "FAIL check --list: $1"
    [ -z "${2:-}" ] || printf '%s\n' "$2" | indent
    list_failed=$((list_failed + 1))
}
# run_list LANG [OPTION...]: `pop check --list` in a clean environment; sets `out`, `err` and `rc`.
run_list() {
    local lang=$1
    shift
    rc=0
    out=$(env -i PATH="$PATH" LANG="$lang" NO_COLOR=1 "$POP" check --list "$@" 2>"$tmp/list.err") || rc=$?
    err=$(cat "$tmp/list.err")
}
# json_text TEXT: TEXT as a JSON string (the descriptions hold no control characters).
json_text() {
    local t=${1//\\/\\\\}
    printf '"%s"' "${t//\"/\\\"}"
}
check_list() {
    local doc=$HERE/../../docs/rules.md id sev text
    local -a doc_ids=() doc_sevs=() doc_texts=()
    # The table rows: | <a id="id"></a>`id` | severity | description |
    while IFS=$'\t' read -r id sev text; do
        doc_ids+=("$id") doc_sevs+=("$sev") doc_texts+=("$text")
    done < <(sed -nE 's/^\| <a id="([a-z.-]+)"><\/a>`\1` \| (error|warning) \| (.*) \|$/\1\t\2\t\3/p' "$doc")
    if [ "${#doc_ids[@]}" -eq 0 ]; then
        list_fail "docs/rules.md has no rule rows"
        return
    fi
    local want="" want_json i n=${#doc_ids[@]}
    for ((i = 0; i < n; i++)); do
        want+=$(printf '%-28s %-8s %s' "${doc_ids[i]}" "${doc_sevs[i]}" "${doc_texts[i]}")$'\n'
    done
    run_list C.UTF-8
    if [ "$rc" -ne 0 ] || [ -n "$err" ]; then
        list_fail "English: exit code $rc, stderr: $err"
    elif [ "$out"$'\n' != "$want" ]; then
        printf '%s' "$want" >"$tmp/want"
        printf '%s\n' "$out" >"$tmp/got"
        list_fail "English text differs from docs/rules.md" \
            "$(diff -u --label docs/rules.md --label "pop check --list" "$tmp/want" "$tmp/got" || true)"
    fi
    want_json=$'{\n  "format": "pop-rules",\n  "version": 1,\n  "rules": [\n'
    for ((i = 0; i < n; i++)); do
        want_json+=$'    {\n      "id": '$(json_text "${doc_ids[i]}")$',\n      "severity": '$(json_text "${doc_sevs[i]}")
        want_json+=$',\n      "description": '$(json_text "${doc_texts[i]}")$'\n    }'
        [ "$i" -eq $((n - 1)) ] || want_json+=","
        want_json+=$'\n'
    done
    want_json+=$'  ]\n}'
    run_list C.UTF-8 --format json
    if [ "$rc" -ne 0 ] || [ -n "$err" ]; then
        list_fail "JSON: exit code $rc, stderr: $err"
    elif [ "$out" != "$want_json" ]; then
        printf '%s\n' "$want_json" >"$tmp/want"
        printf '%s\n' "$out" >"$tmp/got"
        list_fail "JSON differs from docs/rules.md" \
            "$(diff -u --label docs/rules.md --label "pop check --list --format json" "$tmp/want" "$tmp/got" || true)"
    fi
    run_list nl_NL.UTF-8
    if [ "$rc" -ne 0 ] || [ -n "$err" ]; then
        list_fail "Dutch: exit code $rc, stderr: $err"
        return
    fi
    local line prefix bad="" word
    i=0
    while IFS= read -r line; do
        # In Dutch the severity is fout or waarschuwing, in a column one wider than the longer word.
        case ${doc_sevs[i]:-?} in error) word=fout ;; warning) word=waarschuwing ;; *) word=? ;; esac
        prefix=$(printf '%-28s %-13s ' "${doc_ids[i]:-?}" "$word")
        text=${line#"$prefix"}
        if [ "$i" -ge "$n" ] || [ "$text" = "$line" ]; then
            bad+="line $((i + 1)) is not \`${doc_ids[i]:-(no rule)} $word ...\`: $line"$'\n'
        elif [ -z "$text" ] || [ "$text" = "${doc_texts[i]}" ]; then
            bad+="${doc_ids[i]}: no Dutch description: $line"$'\n'
        fi
        i=$((i + 1))
    done <<<"$out"
    [ "$i" -eq "$n" ] || bad+="$i lines, docs/rules.md has $n rules"$'\n'
    [ -z "$bad" ] || list_fail "Dutch list (LANG=nl_NL.UTF-8) does not follow docs/rules.md" "$bad"
}
# `LINE:COL rule-id` of every finding line (`path:LINE:COL: severity[rule-id]: message`), sorted.
# pop runs inside the file's folder on `./FILE`, so the paths it prints hold no spaces.
pairs() {
    sed -nE 's/^[^ ]+:([0-9]+):([0-9]+): (error|warning)\[([^]]+)\]: .*/\1:\2 \4/p' |
        LC_ALL=C sort -t: -k1,1n -k2,2n
}

# run_pop DIR FILE [OPTION...]: checks DIR/FILE from inside DIR; sets `out` (stdout and stderr) and `rc`.
# The file is named `./FILE`: with a bare `FILE`, pop (at the time of writing) does not walk up to the
# context files, and the links.* and hours fixtures would silently lose their roster, goals and policy.
run_pop() {
    local dir=$1 file=$2
    shift 2
    rc=0
    # A fixture folder may hold `args`: extra options its rule needs (e.g. --reminders).
    local extra=()
    [ -f "$dir/args" ] && read -r -a extra < "$dir/args"
    out=$(cd "$dir" && "$POP" check --today "$TODAY" --color never "${extra[@]}" "$@" "./$file" 2>&1) || rc=$?
}

indent() { sed 's/^/    /'; }

# lines TEXT: prints TEXT with a final newline, or nothing at all when TEXT is empty.
lines() { [ -z "$1" ] || printf '%s\n' "$1"; }

# check_rule RULE: 0 when the fixtures of RULE pass; otherwise sets `why` (and `detail`) and returns 1.
check_rule() {
    local rule=$1 dir=$HERE/$1 bad_dir got want want_rc
    why="" detail=""
    if [ ! -d "$dir" ]; then
        why="no folder tests/rules/$rule"
        return 1
    fi
    # A repository-wide rule (roster, git history) cannot be shown by one file: its folder holds
    # `covered-by`, naming the test script that shows it, and that script must name the rule.
    if [ -f "$dir/covered-by" ]; then
        local script
        script=$(cat "$dir/covered-by")
        if [ -f "$HERE/../../$script" ] && grep -q -- "$rule" "$HERE/../../$script"; then
            covered_by=$script
            return 0
        fi
        why="covered-by names $script, which does not exist or does not mention $rule"
        return 1
    fi
    if [ ! -f "$dir/good.pop.yaml" ]; then
        why="no good.pop.yaml"
        return 1
    fi
    if [ ! -f "$dir/bad.expected" ]; then
        why="no bad.expected"
        return 1
    fi
    if [ -e "$dir/bad.pop.yaml" ] && [ -e "$dir/bad.generate.sh" ]; then
        why="both bad.pop.yaml and bad.generate.sh; keep one"
        return 1
    fi
    if [ ! -e "$dir/bad.pop.yaml" ] && [ ! -f "$dir/bad.generate.sh" ]; then
        why="no bad.pop.yaml or bad.generate.sh"
        return 1
    fi
    if grep -nvE '^[0-9]+:[0-9]+ [A-Za-z0-9._-]+$' "$dir/bad.expected" >"$tmp/malformed"; then
        why="bad.expected has lines that are not \`LINE:COL rule-id\`"
        detail=$(cat "$tmp/malformed")
        return 1
    fi
    if ! LC_ALL=C sort -s -c -t: -k1,1n -k2,2n "$dir/bad.expected" 2>"$tmp/unsorted"; then
        why="bad.expected is not sorted by line, then column"
        detail=$(cat "$tmp/unsorted")
        return 1
    fi

    # The good file: exit 0 and no finding at all (also none in the context files).
    run_pop "$dir" good.pop.yaml
    got=$(printf '%s\n' "$out" | pairs)
    if [ "$rc" -ne 0 ] || [ -n "$got" ]; then
        why="good.pop.yaml: exit code $rc (want 0)${got:+, findings (want none)}"
        detail=$out
        return 1
    fi

    # The bad file, as committed or as generated.
    if [ -e "$dir/bad.pop.yaml" ]; then
        bad_dir=$dir
    else
        bad_dir=$tmp/$rule
        mkdir -p "$bad_dir"
        if ! bash "$dir/bad.generate.sh" >"$bad_dir/bad.pop.yaml" 2>"$tmp/generate.err"; then
            why="bad.generate.sh failed"
            detail=$(cat "$tmp/generate.err")
            return 1
        fi
    fi
    if [ "$rule" = input.unreadable ]; then
        want_rc=3
    elif [ "${severity[$rule]}" = error ]; then
        want_rc=1
    else
        want_rc=0  # warnings alone do not fail a check (without --strict)
    fi
    run_pop "$bad_dir" bad.pop.yaml
    got=$(printf '%s\n' "$out" | pairs)
    want=$(LC_ALL=C sort -t: -k1,1n -k2,2n "$dir/bad.expected")
    if [ "$got" != "$want" ]; then
        why="bad findings differ from bad.expected (exit code $rc)"
        lines "$want" >"$tmp/want"
        lines "$got" >"$tmp/got"
        detail=$(diff -u --label bad.expected --label "pop check" "$tmp/want" "$tmp/got" || true)
        detail+=$'\n'"--- output of pop check:"$'\n'"$out"
        return 1
    fi
    if [ "$rc" -ne "$want_rc" ]; then
        why="bad: exit code $rc (want $want_rc)"
        detail=$out
        return 1
    fi
    if [ "$want_rc" -eq 0 ]; then
        run_pop "$bad_dir" bad.pop.yaml --strict
        if [ "$rc" -ne 1 ]; then
            why="bad with --strict: exit code $rc (want 1)"
            detail=$out
            return 1
        fi
    fi
    return 0
}

check_list
[ "$list_failed" -ne 0 ] || echo "ok check --list (English text and JSON, Dutch) matches docs/rules.md"

passed=0
failed=0
for rule in "${rules[@]}"; do
    covered_by=""
    if check_rule "$rule"; then
        echo "ok $rule${covered_by:+ (covered by $covered_by)}"
        passed=$((passed + 1))
    else
        echo "FAIL $rule: $why"
        [ -z "$detail" ] || printf '%s\n' "$detail" | indent
        failed=$((failed + 1))
    fi
done

# Folders for rules that the registry does not list (a renamed or removed rule).
for dir in "$HERE"/*/; do
    [ -d "$dir" ] || continue
    name=$(basename "$dir")
    if [ -z "${severity[$name]+set}" ]; then
        echo "FAIL $name: folder tests/rules/$name, but \`pop check --list\` has no rule $name"
        failed=$((failed + 1))
    fi
done

failed=$((failed + list_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
