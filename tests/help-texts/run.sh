#!/usr/bin/env bash
# tests/help-texts/run.sh [POP_BINARY]
#
# Every help text and message of the command line comes from the message catalog
# (src/core/i18n/catalog_*.cpp), never from a language chosen inline. Checks:
#   - no file in src/cli picks a text by language inline: `nl ? ...`, `Lang::Nl ? ...`,
#     `(lang == Lang::Nl) ? ...`, or a `bool nl` that would lead to one;
#   - every catalog key "cli.*" written in src/cli is in the catalog (a mistyped key would show
#     as the key itself in the help);
#   - both checks catch what they are meant to: they must fail on planted files;
#   - with POP_BINARY: `--help` of every command and subcommand (found in src/cli/cmd_*.cpp) in
#     English and Dutch shows no catalog key, and the Dutch help differs from the English one.
# Ends with `N passed, M failed`; exit code 1 when anything failed.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
POP=""
if [[ $# -ge 1 ]]; then
    POP=$(realpath -- "$1") || exit 2
    if [[ ! -x $POP ]]; then
        echo "tests/help-texts: $POP is not an executable" >&2
        exit 2
    fi
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}

# Lines in SRC_ROOT/src/cli that choose a text by language inline (file:line: text).
inline_language_choices() {
    grep -nE '(^|[^[:alnum:]_])nl[[:space:]]*\?|Lang::Nl[[:alnum:]_]*[[:space:]]*\)?[[:space:]]*\?|(^|[^[:alnum:]_])bool[[:space:]]+nl([^[:alnum:]_]|$)' \
        "$1"/src/cli/*.cpp "$1"/src/cli/*.h 2>/dev/null
}

# Catalog keys "cli.*" written in SRC_ROOT/src/cli that no catalog part in SRC_ROOT has.
# A literal that ends in a dot is a prefix a key is built from, not a key.
unknown_cli_keys() {
    local root=$1 key
    grep -ohE '"cli\.[a-z0-9._-]*[a-z0-9_-]"' "$root"/src/cli/*.cpp "$root"/src/cli/*.h 2>/dev/null | sort -u |
        while read -r key; do
            grep -qF "E{$key," "$root"/src/core/i18n/catalog_*.cpp || echo "$key"
        done
}

# ---- the checks catch what they are meant to (planted files) ----
plant=$(mktemp -d)
trap 'rm -rf "$plant"' EXIT
mkdir -p "$plant/src/cli" "$plant/src/core/i18n"
printf '    E{"cli.known.help", "known", "bekend"},\n' >"$plant/src/core/i18n/catalog_help.cpp"
printf 'auto h = render_message("cli.known.help", lang);\nauto prefix = std::string("cli.arg.");\n' >"$plant/src/cli/cmd_clean.cpp"
if [[ -z $(inline_language_choices "$plant") && -z $(unknown_cli_keys "$plant") ]]; then pass; else fail "a clean planted file is flagged"; fi
for line in 'cmd->add_flag("--x", x, nl ? "ja" : "yes");' \
            'auto t = nl? "ja" : "yes";' \
            'auto t = globals.lang == Lang::Nl ? "ja" : "yes";' \
            'auto t = (lang == Lang::NlBe) ? "ja" : "yes";' \
            'bool nl = globals.lang == Lang::Nl;'; do
    printf '%s\n' "$line" >"$plant/src/cli/cmd_planted.cpp"
    if [[ -n $(inline_language_choices "$plant") ]]; then pass; else fail "not caught: $line"; fi
done
printf 'auto h = render_message("cli.knwon.help", lang);\n' >"$plant/src/cli/cmd_planted.cpp"
if [[ $(unknown_cli_keys "$plant") == '"cli.knwon.help"' ]]; then pass; else fail "a mistyped key is not caught"; fi

# ---- the sources ----
found=$(inline_language_choices "$ROOT")
if [[ -z $found ]]; then pass; else fail "texts chosen by language inline in src/cli (put them in the catalog):"$'\n'"$found"; fi
found=$(unknown_cli_keys "$ROOT")
if [[ -z $found ]]; then pass; else fail "keys used in src/cli that are not in the catalog:"$'\n'"$found"; fi

# ---- every command's help, in both languages ----
if [[ -n $POP ]]; then
    commands=()
    for file in "$ROOT"/src/cli/cmd_*.cpp; do
        top=$(grep -oE 'app\.add_subcommand\(\s*"[a-z-]+"' "$file" | grep -oE '"[a-z-]+"' | tr -d '"' | head -n 1)
        [[ -z $top ]] && continue
        commands+=("$top")
        for sub in $(grep -oE 'add_subcommand\(\s*"[a-z-]+"' "$file" | grep -oE '"[a-z-]+"' | tr -d '"' | tail -n +2); do
            commands+=("$top $sub")
        done
    done
    if [[ ${#commands[@]} -ge 14 ]]; then pass; else fail "only ${#commands[@]} commands found in src/cli/cmd_*.cpp"; fi
    for command in "${commands[@]}"; do
        # shellcheck disable=SC2086  # the command is one or two words
        en=$(LANG=C LC_ALL= LC_MESSAGES= "$POP" --lang en $command --help 2>&1)
        # shellcheck disable=SC2086
        nl=$(LANG=nl_NL.UTF-8 LC_ALL= LC_MESSAGES= "$POP" --lang nl $command --help 2>&1)
        for text in "$en" "$nl"; do
            if grep -qE '(^|[^[:alnum:]_])cli\.[a-z]' <<<"$text"; then
                fail "pop $command --help shows a catalog key:"$'\n'"$(grep -E 'cli\.[a-z]' <<<"$text")"
            else
                pass
            fi
        done
        if [[ -n $nl && $nl != "$en" ]]; then pass; else fail "pop $command --help is the same in Dutch and English"; fi
    done
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
