#!/usr/bin/env bash
# tests/help/run.sh POP_BINARY
#
# The help of pop and of every command and subcommand:
#   1. `pop help CMD...` prints exactly what `pop CMD... --help` prints, and both exit 0;
#   2. in Dutch (LANG=nl_NL.UTF-8, as a teacher's terminal has it) no English word is left of the
#      ones CLI11 writes or pop's own help used to have (Usage, Options, Print, Display, ...);
#   3. the scan of 2 finds those words in the English help (LANG=C), so it can fail;
#   4. the help of every command in en, nl and nl-BE is the same as its golden file
#      tests/help/expected/<lang>/<command words joined by ->.txt (`pop.txt` for pop itself);
#      POP_REGENERATE=1 rewrites them (read the diff before committing). A golden file of a
#      command that no longer exists fails the run.
# The commands come from pop's own help (the commands listed by `pop help`, and by `pop help CMD`
# for each of them), not from a list kept here: a new command is checked without editing this file.
# Ends with `N passed, M failed`; exit 1 when something failed.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/help: $POP is not an executable" >&2
    exit 2
fi

# The words that must not appear in Dutch help, as whole words and case-sensitive ("text" as a
# value of --format is fine; "TEXT" as CLI11's type name is not).
FORBIDDEN='Usage|Options|OPTIONS|Print|Display|Subcommands|SUBCOMMANDS?|Positionals|REQUIRED|TEXT|INT|UINT|FLOAT|BOOLEAN|Needs|Excludes|Option Group'

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $*"
}

# pop in an otherwise empty environment with the given LANG; the rest are pop's arguments.
run_pop() {
    local lang=$1
    shift
    # watchdog: 60 s against a hang; printing help takes about 0.01 s.
    env -i PATH=/usr/local/bin:/usr/bin:/bin LANG="$lang" NO_COLOR=1 timeout -k 2 60 "$POP" "$@" </dev/null
}

# The names in the "Commands:" section of an English help text (stdin), one per line.
commands_in() {
    awk '/^Commands:$/ { inside = 1; next } /^$/ { inside = 0 } inside && /^  [a-z]/ { print $1 }'
}

# Every command path ("check", "goal set", ...), found through the help itself.
top=$(run_pop C.UTF-8 help | commands_in)
if [[ -z $top ]]; then
    fail "enumerate: \`pop help\` (LANG=C) lists no commands under \"Commands:\""
fi
paths=()
for command in $top; do
    paths+=("$command")
    for sub in $(run_pop C.UTF-8 help "$command" | commands_in); do paths+=("$command $sub"); done
done

# The lines of stdin that hold a forbidden word, numbered.
english_words() { grep -n -w -E "$FORBIDDEN"; }

# 3. The scan can fail: the English help of pop and of one command has these words.
for words in "" "check"; do
    # shellcheck disable=SC2086
    if run_pop C.UTF-8 $words --help | english_words >/dev/null; then
        ok
    else
        fail "self-check: the scan finds no English word in \`pop $words --help\` with LANG=C; it could never fail"
    fi
done

EXPECTED=$(dirname -- "$(realpath -- "${BASH_SOURCE[0]}")")/expected
declare -A LOCALE_OF=([en]=C.UTF-8 [nl]=nl_NL.UTF-8 [nl-BE]=nl_BE.UTF-8)
declare -A seen_files=()

# 1, 2 and 4, for pop itself and for every command.
for path in "" "${paths[@]}"; do
    name=${path// /-}
    for tag in en nl nl-BE; do
        file="$EXPECTED/$tag/${name:-pop}.txt"
        seen_files[$file]=1
        # shellcheck disable=SC2086
        actual=$(run_pop "${LOCALE_OF[$tag]}" $path --help; echo "exit $?")
        if [[ ${POP_REGENERATE:-} == 1 ]]; then
            mkdir -p -- "$(dirname -- "$file")"
            printf '%s\n' "$actual" >"$file"
            ok
        elif [[ ! -f $file ]]; then
            fail "pop${path:+ $path} --help ($tag): no golden file $file (POP_REGENERATE=1 writes it)"
        elif [[ $actual != "$(cat -- "$file")" ]]; then
            fail "pop${path:+ $path} --help ($tag) differs from $file"
            diff <(cat -- "$file") <(echo "$actual") | head -n 20 | sed 's/^/     /'
        else
            ok
        fi
    done
    shown="pop${path:+ $path}"
    # shellcheck disable=SC2086
    for lang in C.UTF-8 nl_NL.UTF-8; do
        by_flag=$(run_pop "$lang" $path --help)
        flag_status=$?
        by_command=$(run_pop "$lang" help $path)
        command_status=$?
        if [[ $flag_status -ne 0 || $command_status -ne 0 ]]; then
            fail "$shown: exit codes $flag_status (--help) and $command_status (pop help) with LANG=$lang, expected 0"
        elif [[ $by_flag != "$by_command" ]]; then
            fail "$shown: \`pop help${path:+ $path}\` differs from \`$shown --help\` with LANG=$lang"
            diff <(echo "$by_flag") <(echo "$by_command") | head -n 20 | sed 's/^/     /'
        else
            ok
        fi
    done
    for lang in nl_NL.UTF-8 nl_BE.UTF-8; do
        # shellcheck disable=SC2086
        found=$(run_pop "$lang" $path --help | english_words)
        if [[ -n $found ]]; then
            fail "$shown --help (LANG=$lang) has English words:"
            sed 's/^/     /' <<<"$found"
        else
            ok
        fi
    done
done

# 4. No golden file for a command that is gone.
for file in "$EXPECTED"/*/*.txt; do
    [[ -e $file ]] || continue
    if [[ -z ${seen_files[$file]:-} ]]; then
        fail "$file: no such command any more; remove the file"
    fi
done

echo "${#paths[@]} commands; $passed passed, $failed failed"
[[ $failed -eq 0 ]]
