#!/usr/bin/env bash
# tests/completion/run.sh POP_BINARY COMPLETIONS_DIR
#
# The completion scripts (made at build time by `pop __completion SHELL`, cmake/completions.cmake)
# in the real shells, each asking the real pop (on PATH as `pop`, as once installed):
#   bash  the script sourced, COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT set, _pop called, COMPREPLY read;
#         `complete -p pop` shows it is registered;
#   zsh   an interactive `zsh -f` with compinit and _pop on fpath, TAB pressed (zsh-complete.zsh, zpty);
#   fish  `fish --no-config`, the script sourced, `complete -C LINE`.
# The same cases in each: top-level commands, `pop goal` subcommands, options of `pop check`,
# values of --format and --lang, goal ids after `pop step add` and step ids after `pop step done
# GOAL` in a folder with a real POP (a copy of examples/pops/a.jansen.pop.yaml), goal status values,
# and a broken POP: no candidates and no error; the competence areas of `pop goal add --competence`
# and `pop goal set GOAL competence`: those of the policy's framework (a Flemish policy in a
# temporary repository; --pop naming a POP there), the Dutch ones without a policy or a POP.
# Also `pop __complete` itself: nothing on stderr; the areas described by their names.
# Ends with `N passed, M failed`; exit 1 when something failed.
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 POP_BINARY COMPLETIONS_DIR" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
COMPLETIONS=$(realpath -- "$2") || exit 2
HERE=$(cd "$(dirname "$0")" && pwd)
EXAMPLES=$HERE/../../examples

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $*"
}

work=$(mktemp -d) || exit 2
trap 'rm -rf -- "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/plan" "$work/broken" "$work/empty"
ln -s "$POP" "$work/bin/pop"
cp "$EXAMPLES/pops/a.jansen.pop.yaml" "$work/plan/"
printf 'format_version: 1\ngoals: [ {id: "open\n  - : :\n' >"$work/broken/x.pop.yaml"
cp "$work/plan/a.jansen.pop.yaml" "$work/plan/before"
# A repository under a Flemish policy: its competence framework (the basiscompetenties) has other
# areas than the Dutch ones a POP without a policy may name.
mkdir -p "$work/vl/pops"
printf 'format_version: 1\npreset: vlaanderen\n' >"$work/vl/pop-policy.yaml"
printf '%s\n' 'format_version: 1' 'person:' '  id: e.claes' '  name: Els Claes' 'period:' '  start: 2026-09-01' \
    '  end: 2027-08-31' 'goals:' '  - id: rust-in-de-klas' '    title: Rust in de klas' >"$work/vl/pops/e.claes.pop.yaml"
git -C "$work/vl" init -q
VL_AREAS=(learning_guide educator content_expert organiser innovator_researcher partner_parents school_team
    partner_external education_community culture_participant)
NL_AREAS=(subject_matter subject_didactics pedagogical)
export PATH="$work/bin:$PATH" HOME="$work/home" LANG=C.UTF-8 LC_ALL= LANGUAGE= NO_COLOR=1
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_DATA_DIRS

# The candidates a shell offers in folder $2 for line $3 (ending at the cursor), one a line, sorted;
# what the shell wrote on stderr goes to $work/stderr.
complete_bash() {
    (cd "$2" && bash --norc --noprofile -c '
        source "$1" || exit 3
        line=$2
        read -ra COMP_WORDS <<<"$line"
        [[ $line == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$line
        COMP_POINT=${#line}
        _pop pop "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        ((${#COMPREPLY[@]})) && printf "%s\n" "${COMPREPLY[@]}"
        exit 0' bash "$COMPLETIONS/pop.bash" "$3") 2>"$work/stderr" | sort -u
}
complete_zsh() {
    # watchdog: 60 s against a hang of the pseudo-terminal session; a completion takes well under a second.
    (cd "$2" && TMPDIR=$work timeout -k 2 60 zsh -f "$HERE/zsh-complete.zsh" "$COMPLETIONS" "$3") 2>"$work/stderr"
}
complete_fish() {
    (cd "$2" && fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$COMPLETIONS/pop.fish" "$3") \
        2>"$work/stderr" | cut -f1 | sort -u
}

# expect SHELL NAME FOLDER LINE MODE WORD...: the candidates for LINE in FOLDER are exactly the WORDs
# (MODE exact) or include every WORD (MODE has) and not the word after `!` (a word `!__complete`).
expect() {
    local shell=$1 name=$2 dir=$3 line=$4 mode=$5
    shift 5
    local got
    got=$(complete_"$shell" "$shell" "$dir" "$line")
    local errors
    errors=$(cat "$work/stderr")
    if [[ -n $errors ]]; then
        fail "$shell $name: stderr: $errors"
        return
    fi
    local word missing=()
    local -a wanted=()
    for word in "$@"; do
        if [[ $word == '!'* ]]; then
            grep -qxF -- "${word#!}" <<<"$got" && missing+=("$word")
        else
            wanted+=("$word")
            grep -qxF -- "$word" <<<"$got" || missing+=("$word")
        fi
    done
    if [[ $mode == exact ]]; then
        local want
        want=$(printf '%s\n' "${wanted[@]}" | sed '/^$/d' | sort -u)
        [[ $got == "$want" ]] || missing+=("(exactly: got [$(tr '\n' ' ' <<<"$got")], want [$(tr '\n' ' ' <<<"$want")])")
    fi
    if ((${#missing[@]})); then
        fail "$shell $name: '$line': ${missing[*]}"
    else
        ok
    fi
}

for shell in bash zsh fish; do
    expect $shell commands "$work/plan" "pop " has check init goal step evidence talk status help '!__complete' '!__completion'
    expect $shell after-global-option "$work/plan" "pop --lang nl --version go" exact goal
    expect $shell goal-subcommands "$work/plan" "pop goal " exact add set status
    expect $shell check-options "$work/plan" "pop check --" has --format --strict --policy --lang --help
    expect $shell check-format "$work/plan" "pop check --format " has text json github sarif
    expect $shell diff-format "$work/plan" "pop diff --format " exact text json
    expect $shell lang "$work/plan" "pop check --lang " exact nl nl-BE en
    expect $shell talk-kind "$work/plan" "pop talk add --date 2026-01-01 --kind " exact start progress performance appraisal
    expect $shell goal-ids "$work/plan" "pop step add " exact orde-en-structuur formatief-engels mentor-brugklas
    expect $shell goal-ids-prefix "$work/plan" "pop goal status f" exact formatief-engels
    expect $shell step-ids "$work/plan" "pop step done formatief-engels " exact \
        studiemiddag exit-tickets intervisie lesbezoek-1 lesbezoek-2
    expect $shell goal-status "$work/plan" "pop goal status mentor-brugklas " has planned achieved
    expect $shell goal-set-status "$work/plan" "pop goal set mentor-brugklas status " has planned achieved
    expect $shell file-argument "$work/plan" "pop check a." exact a.jansen.pop.yaml
    expect $shell broken-pop "$work/broken" "pop step add " exact
    expect $shell no-pop "$work/empty" "pop step done g " exact
    expect $shell competence-flemish "$work/vl/pops" "pop goal add --competence " exact "${VL_AREAS[@]}"
    expect $shell competence-flemish-prefix "$work/vl/pops" "pop goal add --competence educ" exact educator education_community
    expect $shell goal-set-competence-flemish "$work/vl/pops" "pop goal set rust-in-de-klas competence " exact "${VL_AREAS[@]}"
    expect $shell competence-named-pop "$work/empty" "pop goal add --pop $work/vl/pops/e.claes.pop.yaml --competence " \
        exact "${VL_AREAS[@]}"
    expect $shell competence-dutch "$work/plan" "pop goal add --competence " exact "${NL_AREAS[@]}"
    expect $shell goal-set-competence-dutch "$work/plan" "pop goal set mentor-brugklas competence p" exact pedagogical
    expect $shell competence-no-pop "$work/empty" "pop goal add --competence " exact "${NL_AREAS[@]}"
done

# bash: the function is registered for pop.
registered=$(bash --norc --noprofile -c 'source "$1" && complete -p pop' bash "$COMPLETIONS/pop.bash" 2>&1)
if [[ $registered == "complete -F _pop pop" ]]; then ok; else fail "bash: complete -p pop: $registered"; fi

# pop __complete itself: never a word on stderr, exit 0, the directive last.
for dir in plan broken empty; do
    out=$(cd "$work/$dir" && pop __complete --shell zsh -- step done formatief-engels "" 2>"$work/stderr")
    code=$?
    if [[ $code -ne 0 || -s $work/stderr || $(tail -n 1 <<<"$out") != ":none" ]]; then
        fail "__complete in $dir: exit $code, stderr [$(cat "$work/stderr")], last line [$(tail -n 1 <<<"$out")]"
    else
        ok
    fi
done
# Each candidate once (--help is both the command's and pop's).
out=$(pop __complete -- check --he)
if [[ $out == $'--help\n:none' ]]; then ok; else fail "__complete check --he: [$out]"; fi
# The POP is never changed by completing.
if cmp -s "$work/plan/a.jansen.pop.yaml" "$work/plan/before"; then ok; else fail "the POP changed"; fi
# Paths are left to the shell's file completion.
out=$(cd "$work/plan" && pop __complete -- check "")
if [[ $out == ":file" ]]; then ok; else fail "__complete check '': [$out], want :file"; fi
# Descriptions in the user's language (fish and zsh): Dutch with --lang nl.
out=$(cd "$work/plan" && pop __complete --shell fish -- --lang nl g)
if grep -q $'^goal\t.*doel' <<<"$out"; then ok; else fail "__complete --lang nl: no Dutch description: [$out]"; fi

# The competence areas described by their names, in the user's language (zsh and fish show them).
out=$(cd "$work/vl/pops" && pop __complete --shell fish -- goal add --competence c)
if [[ $out == $'content_expert\tsubject expert\nculture_participant\tparticipant in culture\n:none' ]]; then ok; else
    fail "__complete goal add --competence c: [$out]"
fi
out=$(cd "$work/vl/pops" && pop __complete --shell zsh -- --lang nl goal set rust-in-de-klas competence ed)
if [[ $out == $'educator\topvoeder\neducation_community\tlid van de onderwijsgemeenschap\n:none' ]]; then ok; else
    fail "__complete --lang nl goal set ... competence ed: [$out]"
fi
out=$(cd "$work/empty" && pop __complete --shell fish -- --lang nl goal add --competence p)
if [[ $out == $'pedagogical\tpedagogisch bekwaam\n:none' ]]; then ok; else fail "__complete --lang nl --competence p: [$out]"; fi

echo "$passed passed, $failed failed"
((failed == 0))
