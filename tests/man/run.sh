#!/usr/bin/env bash
# tests/man/run.sh POP_BINARY MAN_BUILD_DIR
#
# The man pages the build wrote with `pop __man` (MAN_BUILD_DIR/man1 in English,
# MAN_BUILD_DIR/nl/man1 in Dutch), read with the real man (man-db, groff):
#   1. `man --warnings -l` prints no warning for any page (groff's warnings, on stderr);
#   2. every visible command (from `pop help`, not from a list kept here) has a page, pop.1 names
#      it as pop-CMD(1), and there is no page for anything else;
#   3. every argument and option of `pop CMD... --help` (English) and `pop --lang nl CMD... --help`
#      (Dutch), with its value placeholder and its help text, and the usage line, is on the
#      rendered page of its top-level command;
#   4. no internal command (`__man`, ...) shows on any page;
#   5. every page has the sections EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES (EXITCODE, OMGEVING,
#      BESTANDEN, VOORBEELDEN in Dutch), and a Dutch page shows Dutch text (accents too);
#   6. the command lines under EXAMPLES run in a copy of examples/ (a git repository): exit 0, or 1
#      for `pop check` (the examples hold mistakes on purpose) and `pop lsp` (no shutdown on /dev/null);
#   7. the checks can fail: a page with a groff mistake, and a page without one option, are caught.
# Ends with `N passed, M failed`; exit 1 when something failed.
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 POP_BINARY MAN_BUILD_DIR" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
MAN_DIR=$(realpath -- "$2") || exit 2
ROOT=$(cd "$(dirname -- "$0")/../.." && pwd)
for tool in man groff col git; do
    if ! command -v "$tool" >/dev/null; then
        echo "tests/man: $tool is not installed (Debian: man-db, groff-base, bsdextrautils, git)" >&2
        exit 2
    fi
done

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $*"
}
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

# pop in a clean environment (English unless --lang says otherwise).
run_pop() { env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" "$@" </dev/null; }

# groff's warnings about a page (empty when there are none).
warnings_of() { LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l -Tutf8 "$1" 2>&1 >/dev/null; }

# A page as man shows it, without bold and underline, every run of white space one space.
rendered_flat() { LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$1" 2>/dev/null | col -bx | tr -s ' \n\t' '   '; }

# The names in the "Commands:" section of an English help text (stdin), one per line.
commands_in() {
    awk '/^Commands:$/ { inside = 1; next } /^$/ { inside = 0 } inside && /^  [a-z]/ { print $1 }'
}

# The rows of the arguments and options of a help text (stdin), one per line: "TAG<TAB>HELP",
# where TAG is the argument or option with its placeholder and HELP its text (continuation lines
# joined), white space squeezed. Rows of commands (lowercase, no dash) are not options.
option_rows() {
    awk '
        function flush() { if (tag != "") { gsub(/[ \t]+/, " ", text); sub(/^ /, "", text); sub(/ $/, "", text); print tag "\t" text } tag = "" }
        /^  [-A-Z]/ {
            flush()
            line = substr($0, 3)
            if (match(line, /  +/)) { tag = substr(line, 1, RSTART - 1); text = substr(line, RSTART + RLENGTH) }
            else { tag = line; text = "" }
            gsub(/[ \t]+/, " ", tag)
            next
        }
        /^     / && tag != "" { text = text " " $0; next }
        { flush() }
        END { flush() }'
}

# The usage line of a help text (stdin), without its label, white space squeezed.
usage_of() { sed -n -E 's/^(Usage|Gebruik): //p' | head -n 1 | tr -s ' ' ' '; }

# Every path of a command ("check", "goal", "goal set"), from the help itself.
top=$(run_pop help | commands_in)
if [[ -n $top ]]; then ok; else fail "\`pop help\` lists no commands"; fi
paths=()
for command in $top; do
    paths+=("$command")
    for sub in $(run_pop help "$command" | commands_in); do paths+=("$command $sub"); done
done

declare -A DIR_OF=([en]="$MAN_DIR/man1" [nl]="$MAN_DIR/nl/man1")
declare -A SECTIONS_OF=([en]="NAME|SYNOPSIS|DESCRIPTION|OPTIONS|EXIT STATUS|ENVIRONMENT|FILES|EXAMPLES|SEE ALSO"
                        [nl]="NAAM|OVERZICHT|BESCHRIJVING|OPTIES|EXITCODE|OMGEVING|BESTANDEN|VOORBEELDEN|ZIE OOK")

# 3. One help text against one flat page: every row and the usage line. Prints what is missing.
missing_from_page() {
    local help=$1 flat=$2 tag text usage
    usage=$(usage_of <<<"$help")
    [[ -n $usage && $flat != *" $usage "* ]] && echo "usage line: $usage"
    while IFS=$'\t' read -r tag text; do
        [[ $flat == *" $tag "* ]] || echo "option: $tag"
        [[ -z $text || $flat == *" $text "* ]] || echo "help text of $tag: $text"
    done < <(option_rows <<<"$help")
}

for lang in en nl; do
    dir=${DIR_OF[$lang]}
    if [[ ! -d $dir ]]; then
        fail "$lang: no folder $dir (build the target man)"
        continue
    fi
    declare -A flat_of=()
    # 1, 5. Every page: no warning, the sections.
    for page in "$dir"/*.1; do
        name=$(basename -- "$page" .1)
        warnings=$(warnings_of "$page")
        if [[ -z $warnings ]]; then ok; else fail "$lang/$name.1: man --warnings says:"$'\n'"$warnings"; fi
        text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null | col -bx)
        flat_of[$name]=" $(tr -s ' \n\t' '   ' <<<"$text") "
        IFS='|' read -r -a sections <<<"${SECTIONS_OF[$lang]}"
        for section in "${sections[@]}"; do
            if grep -qx "$section" <<<"$text"; then ok; else fail "$lang/$name.1: no section $section"; fi
        done
        # 4. No internal command anywhere on the page.
        if grep -qE '(^|[^_[:alnum:]])__[a-z]' <<<"$text"; then
            fail "$lang/$name.1 shows an internal command: $(grep -E '__[a-z]' <<<"$text" | head -n 1)"
        else
            ok
        fi
    done
    # 2. A page per visible command, named in pop.1, and no other page.
    for command in $top; do
        if [[ -f $dir/pop-$command.1 ]]; then ok; else fail "$lang: no page pop-$command.1"; fi
        if [[ ${flat_of[pop]:-} == *" pop-$command(1)"* ]]; then ok; else fail "$lang/pop.1 does not name pop-$command(1)"; fi
    done
    for page in "$dir"/*.1; do
        name=$(basename -- "$page" .1)
        if [[ $name == pop || " $(echo $top) " == *" ${name#pop-} "* ]]; then ok; else fail "$lang: page $name.1 of no command"; fi
    done
    # 3. Every option of every command's help on its page.
    for path in "" "${paths[@]}"; do
        first=${path%% *}
        page=pop${first:+-$first}
        # shellcheck disable=SC2086
        help=$(run_pop --lang "$lang" $path --help)
        missing=$(missing_from_page "$help" "${flat_of[$page]:-}")
        if [[ -z $missing ]]; then ok; else fail "$lang/$page.1 lacks what \`pop --lang $lang${path:+ $path} --help\` shows:"$'\n'"$(sed 's/^/     /' <<<"$missing")"; fi
    done
    unset flat_of
done

# 5. A Dutch page is Dutch, accents and all; the English one is not.
nl_pop=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$MAN_DIR/nl/man1/pop.1" 2>/dev/null | col -bx)
if grep -q "BESCHRIJVING" <<<"$nl_pop" && grep -q "één" <<<"$nl_pop" && grep -q "Algemene opties" <<<"$nl_pop" &&
    ! grep -q "DESCRIPTION" <<<"$nl_pop"; then
    ok
else
    fail "nl/pop.1 does not read as Dutch (BESCHRIJVING, één, Algemene opties):"$'\n'"$(head -n 20 <<<"$nl_pop")"
fi
if ! grep -q "BESCHRIJVING" "$MAN_DIR/man1/pop.1"; then ok; else fail "en/pop.1 has Dutch section titles"; fi

# 6. The examples run, in a copy of examples/ under git (in the order of the pages).
cp -r -- "$ROOT/examples" "$work/school"
(cd "$work/school" && git init -q && git -c user.name=t -c user.email=t@example.org add -A &&
    git -c user.name=t -c user.email=t@example.org commit -qm examples) || fail "git init of the examples copy"
mkdir -p "$work/bin"
ln -s -- "$POP" "$work/bin/pop"
examples=0
for page in "$MAN_DIR/man1/pop.1" "$MAN_DIR"/man1/pop-*.1; do
    # The lines inside .nf/.fi under EXAMPLES, with roff's escapes undone.
    while IFS= read -r line; do
        examples=$((examples + 1))
        (cd "$work/school" && env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" LANG=C.UTF-8 NO_COLOR=1 \
            bash -c "$line" </dev/null >"$work/out" 2>&1)
        status=$?
        allowed=0
        [[ $line == "pop check"* ]] && allowed=1
        # pop lsp reads /dev/null here: a session that ends without shutdown, exit 1 (its page says so).
        [[ $line == "pop lsp" ]] && allowed=1
        if [[ $status -le $allowed ]]; then
            ok
        else
            fail "$(basename -- "$page"): example \`$line\` exits $status:"$'\n'"$(head -n 5 "$work/out" | sed 's/^/     /')"
        fi
    done < <(awk '/^\.SH/ { inside = ($0 ~ /EXAMPLES/) } inside && /^\.nf/ { code = 1; next } /^\.fi/ { code = 0 } inside && code' "$page" |
        sed -e 's/\\-/-/g' -e 's/\\e/\\/g')
done
if [[ $examples -ge 15 ]]; then ok; else fail "only $examples examples found on the English pages"; fi

# 7. The checks can fail: a groff mistake, and a page without one option of the help.
printf '.TH X 1\n.SH NAME\nx\n.XY\n\\fBbold\n' >"$work/broken.1"
if [[ -n $(warnings_of "$work/broken.1") ]]; then ok; else fail "self-check: no warning for a page with an unknown macro"; fi
sed '/^\\fB\\-\\-strict\\fR/,+1d' "$MAN_DIR/man1/pop-check.1" >"$work/pop-check.1"
missing=$(missing_from_page "$(run_pop check --help)" " $(rendered_flat "$work/pop-check.1") ")
if [[ $missing == *"--strict"* ]]; then ok; else fail "self-check: a page without --strict passes: '$missing'"; fi

echo "${#paths[@]} commands, $examples examples; $passed passed, $failed failed"
[[ $failed -eq 0 ]]
