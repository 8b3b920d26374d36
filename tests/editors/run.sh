#!/usr/bin/env bash
# tests/editors/run.sh POP_BINARY
#
# What an editor without a language server gets from pop (issue 16, point 6):
#   a. `pop check --format gnu` writes one line per finding, `file:line:col: severity: message [rule]`,
#      and nothing else: the same findings, at the same positions, as `--format json`;
#   b. vim from Debian reads that output with its DEFAULT errorformat (`vim -es`, `cgetexpr`): one
#      valid quickfix entry per finding, with the right file, line and column, and no other entry;
#      the text format, for contrast, fills vim's list with lines that are not findings (the source
#      lines, carets and hints); and (b2) docs/editors.md's :PopCheck line, run in vim on an
#      unsaved change, lists the change's finding;
#   c. `pop check --stdin-filename PATH -` checks the text on stdin as if it were PATH: the same
#      output as checking the file itself; an unsaved change is reported at its line while the file
#      on disk stays as it was; a file that is not on disk yet gets the policy of its folder;
#   d. usage errors (exit 2): `-` without --stdin-filename, --stdin-filename without `-`, `-` twice;
#      binary and oversized input on stdin are findings (exit 1), never a crash or a hang;
#   e. the editor setups of docs/editors.md, as far as they run without the editor: VS Code's
#      problem matcher (editors/vscode/tasks.json) applied by node to real --format gnu output,
#      English and Dutch, and the same tasks.json in the docs; the VS Code extension
#      (editors/vscode/package.json, extension.js loaded with stand-ins for VS Code's modules:
#      tests/editors/vscode.js); Helix's editors/helix/languages.toml parsed as TOML (python3
#      tomllib; the same as docs/editors.md shows) with its globs tried on the file names. Without
#      node the VS Code part is skipped with a message. The Neovim 0.7 setup of docs/editors.md,
#      word for word, in Neovim from Debian (headless): opening fouten.pop.yaml starts `pop lsp`
#      and shows pop check's findings.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1
unset GITHUB_ACTIONS

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-editors.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | head -n 20 | sed 's/^/    | /'
    failed=$((failed + 1))
}
pop() { (cd -- "$ROOT" && "$POP" --today "$TODAY" "$@"); }

# --- a. the gnu format ---------------------------------------------------------------------
pop check --format gnu examples/ >"$TMP/gnu.txt" 2>"$TMP/gnu.err"
gnu_exit=$?
pop check --format json examples/ >"$TMP/check.json" 2>/dev/null
# The findings of the JSON output as "file:line:col: severity [rule]", in output order.
python3 - "$TMP/check.json" >"$TMP/json-findings.txt" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for f in doc["findings"]:
    print(f'{f["path"]}:{f["line"]}:{f["column"]}: {f["severity"]} [{f["rule"]}]')
PY
sed -E 's/^([^:]+:[0-9]+:[0-9]+: (error|warning)): .* (\[[a-z0-9.-]+\])$/\1 \3/' "$TMP/gnu.txt" >"$TMP/gnu-findings.txt"
if [[ $gnu_exit -eq 1 && ! -s $TMP/gnu.err ]] && [[ -s $TMP/json-findings.txt ]] &&
    diff -u "$TMP/json-findings.txt" "$TMP/gnu-findings.txt" >"$TMP/d" 2>&1; then
    ok "a: --format gnu has the findings of --format json, at the same places ($(wc -l <"$TMP/gnu.txt") lines, exit 1)"
else
    bad "a: --format gnu differs from --format json (exit $gnu_exit)" "$(cat "$TMP/gnu.err" "$TMP/d")"
fi
if grep -qvE '^[^:]+:[0-9]+:[0-9]+: (error|warning): .+ \[[a-z0-9.-]+\]$' "$TMP/gnu.txt"; then
    bad "a: a line of --format gnu is not file:line:col: severity: message [rule]" "$(grep -vE '^[^:]+:[0-9]+:[0-9]+: (error|warning): .+ \[[a-z0-9.-]+\]$' "$TMP/gnu.txt")"
else
    ok "a: every line of --format gnu has the shape file:line:col: severity: message [rule]"
fi
pop --lang nl check --format gnu examples/pops/fouten.pop.yaml >"$TMP/gnu-nl.txt" 2>/dev/null
if grep -q ': error: ' "$TMP/gnu-nl.txt" && ! grep -qE ': (fout|waarschuwing): ' "$TMP/gnu-nl.txt" &&
    ! cmp -s "$TMP/gnu-nl.txt" <(pop check --format gnu examples/pops/fouten.pop.yaml 2>/dev/null); then
    ok "a: in Dutch the messages are Dutch and the severity stays error/warning (what editors match)"
else
    bad "a: --lang nl --format gnu" "$(head -3 "$TMP/gnu-nl.txt")"
fi
pop check --format gnu examples/pops/a.jansen.pop.yaml >"$TMP/clean.txt" 2>&1
clean_exit=$?
if [[ $clean_exit -eq 0 && ! -s $TMP/clean.txt ]]; then
    ok "a: a POP without findings gives no output at all (exit 0)"
else
    bad "a: a clean POP in --format gnu (exit $clean_exit)" "$(cat "$TMP/clean.txt")"
fi

# --- b. vim's default errorformat ------------------------------------------------------------
# Each valid quickfix entry as "file:line:col" into $2, and how many entries there are in all into $2.all.
vim_entries() {
    (cd -- "$ROOT" && vim -es -N -u NONE -i NONE \
        -c 'set errorformat&' \
        -c "cgetexpr readfile('$1')" \
        -c "call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . \":\" . v:val.lnum . \":\" . v:val.col'), '$2')" \
        -c "call writefile([len(getqflist())], '$2.all')" \
        -c 'qa!') </dev/null >/dev/null 2>&1
}
if ! command -v vim >/dev/null 2>&1; then
    bad "b: vim is not installed (Debian package vim)"
else
    sed -E 's/^([^:]+:[0-9]+:[0-9]+):.*/\1/' "$TMP/gnu.txt" >"$TMP/gnu-places.txt"
    vim_entries "$TMP/gnu.txt" "$TMP/vim-gnu.txt"
    if [[ -s $TMP/vim-gnu.txt ]] && diff -u "$TMP/gnu-places.txt" "$TMP/vim-gnu.txt" >"$TMP/d" 2>&1 &&
        [[ $(cat "$TMP/vim-gnu.txt.all") -eq $(wc -l <"$TMP/gnu.txt") ]]; then
        ok "b: vim's default errorformat reads one entry per finding, at its file, line and column, and nothing else ($(wc -l <"$TMP/vim-gnu.txt") entries)"
    else
        bad "b: vim's quickfix list from --format gnu" "$(cat "$TMP/d" 2>/dev/null || echo 'vim wrote nothing')"
    fi
    pop check --format text examples/ >"$TMP/text.txt" 2>/dev/null
    vim_entries "$TMP/text.txt" "$TMP/vim-text.txt"
    if [[ $(cat "$TMP/vim-text.txt.all") -gt $(wc -l <"$TMP/gnu.txt") ]]; then
        ok "b: (contrast) the text format gives vim $(cat "$TMP/vim-text.txt.all") lines in its list for $(wc -l <"$TMP/gnu.txt") findings"
    else
        bad "b: the text format no longer gives vim extra entries: is the vim test still reading anything?"
    fi
fi

# b2: the unsaved-buffer command of docs/editors.md, word for word, in vim with pop on its PATH.
popcheck=$(grep -m1 '^command! PopCheck ' "$ROOT/docs/editors.md" | sed 's/ | copen$//')
start_line=$(grep -n '^  start: ' "$ROOT/examples/pops/a.jansen.pop.yaml" | head -1 | cut -d: -f1)
before_sum=$(sha256sum <"$ROOT/examples/pops/a.jansen.pop.yaml")
(cd -- "$ROOT" && PATH=$(dirname -- "$POP"):$PATH vim -es -N -u NONE -i NONE \
    -c 'edit examples/pops/a.jansen.pop.yaml' \
    -c "${start_line}s/[0-9-]*\$/2025-02-30/" \
    -c "$popcheck" -c PopCheck \
    -c "call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . \":\" . v:val.lnum . \":\" . v:val.col . \":\" . v:val.text'), '$TMP/vim-buffer.txt')" \
    -c 'qa!') </dev/null >/dev/null 2>&1
if [[ -n $popcheck ]] && grep -q "^examples/pops/a.jansen.pop.yaml:$start_line:10: .*\[dates.invalid\]" "$TMP/vim-buffer.txt" 2>/dev/null &&
    [[ $(sha256sum <"$ROOT/examples/pops/a.jansen.pop.yaml") == "$before_sum" ]]; then
    ok "b2: docs/editors.md's :PopCheck in vim lists the unsaved change's finding (line $start_line) and saves nothing"
else
    bad "b2: :PopCheck on an unsaved buffer" "$(cat "$TMP/vim-buffer.txt" 2>/dev/null || echo 'no quickfix list')"
fi

# --- c. stdin ---------------------------------------------------------------------------------
POPFILE=examples/pops/a.jansen.pop.yaml
for format in text json gnu; do
    pop check --format "$format" "$POPFILE" >"$TMP/file.$format" 2>&1
    e1=$?
    pop check --format "$format" --stdin-filename "$POPFILE" - <"$ROOT/$POPFILE" >"$TMP/stdin.$format" 2>&1
    e2=$?
    if [[ $e1 -eq $e2 ]] && cmp -s "$TMP/file.$format" "$TMP/stdin.$format"; then
        ok "c: stdin named $POPFILE gives what the file gives ($format, exit $e1)"
    else
        bad "c: stdin vs file in $format (exit $e1 vs $e2)" "$(diff "$TMP/file.$format" "$TMP/stdin.$format")"
    fi
done
# An unsaved change: line 8 of the buffer gets a date that does not exist.
line=$(grep -n '^  start: ' "$ROOT/$POPFILE" | head -1 | cut -d: -f1)
sed "${line}s/^  start: .*/  start: 2025-02-30/" "$ROOT/$POPFILE" >"$TMP/buffer.yaml"
before=$(sha256sum <"$ROOT/$POPFILE")
pop check --format gnu --stdin-filename "$POPFILE" - <"$TMP/buffer.yaml" >"$TMP/changed.txt" 2>&1
e=$?
if [[ $e -eq 1 ]] && grep -q "^$POPFILE:$line:10: error: .* \[dates.invalid\]$" "$TMP/changed.txt" &&
    [[ $(sha256sum <"$ROOT/$POPFILE") == "$before" ]]; then
    ok "c: an unsaved change is reported at its line ($line:10, dates.invalid) and the file is untouched"
else
    bad "c: the unsaved change (exit $e)" "$(cat "$TMP/changed.txt")"
fi
# A file not on disk yet, in a copy of examples/: the policy of its folder applies to it, exactly as
# when it is saved there.
cp -r -- "$ROOT/examples" "$TMP/ex"
(cd -- "$TMP/ex" && "$POP" --today "$TODAY" check --format gnu --stdin-filename pops/nieuw.pop.yaml - \
    <"$ROOT/examples/pops/fouten.pop.yaml") >"$TMP/new-stdin.txt" 2>&1
e1=$?
cp -- "$ROOT/examples/pops/fouten.pop.yaml" "$TMP/ex/pops/nieuw.pop.yaml"
(cd -- "$TMP/ex" && "$POP" --today "$TODAY" check --format gnu pops/nieuw.pop.yaml) >"$TMP/new-file.txt" 2>&1
e2=$?
rm -f -- "$TMP/ex/pops/nieuw.pop.yaml"
if [[ $e1 -eq 1 && $e1 -eq $e2 ]] && [[ -s $TMP/new-file.txt ]] && cmp -s "$TMP/new-stdin.txt" "$TMP/new-file.txt"; then
    ok "c: a buffer that is not on disk yet is checked with its folder's policy, as the saved file would be"
else
    bad "c: a new file from stdin (exit $e1 vs $e2)" "$(diff "$TMP/new-file.txt" "$TMP/new-stdin.txt")"
fi
# The whole folder with the buffer in it: the buffer replaces the file on disk, once.
pop check --format gnu --stdin-filename "$POPFILE" examples/ - <"$TMP/buffer.yaml" >"$TMP/folder.txt" 2>&1
if [[ $(grep -c "^$POPFILE:" "$TMP/folder.txt") -eq 1 ]] && grep -q "^$POPFILE:$line:10:" "$TMP/folder.txt"; then
    ok "c: with a folder beside -, the buffer stands in for its file, once"
else
    bad "c: folder and -" "$(grep "^$POPFILE:" "$TMP/folder.txt")"
fi

# --- d. usage errors and hostile input --------------------------------------------------------
expect_usage() {
    local what=$1
    shift
    pop "$@" </dev/null >"$TMP/u.out" 2>"$TMP/u.err"
    local e=$?
    if [[ $e -eq 2 && ! -s $TMP/u.out && -s $TMP/u.err ]]; then
        ok "d: $what: exit 2 ($(head -1 "$TMP/u.err"))"
    else
        bad "d: $what (exit $e)" "$(cat "$TMP/u.out" "$TMP/u.err")"
    fi
}
expect_usage "- without --stdin-filename" check -
expect_usage "--stdin-filename without -" check --stdin-filename x.pop.yaml examples/
expect_usage "- twice" check --stdin-filename x.pop.yaml - -
head -c 3000 /dev/urandom >"$TMP/binary"
pop check --format gnu --stdin-filename "$POPFILE" - <"$TMP/binary" >"$TMP/bin.txt" 2>&1
e=$?
if [[ $e -eq 1 ]] && grep -q '\[input\.' "$TMP/bin.txt"; then
    ok "d: binary input on stdin is a finding ($(head -1 "$TMP/bin.txt" | sed 's/.*\[/[/'))"
else
    bad "d: binary input (exit $e)" "$(cat "$TMP/bin.txt")"
fi
# 64 MiB of text: read up to the reader's limit only, then refused (input.size).
# watchdog: timeout only stops a hang (60 s of wall time; the run takes well under a second).
yes 'a: b' | head -c 67108864 | timeout -k 2 60 "$POP" --today "$TODAY" check --format gnu --stdin-filename "$TMP/big.pop.yaml" - >"$TMP/big.txt" 2>&1
e=$?
if [[ $e -eq 1 ]] && grep -q '\[input.size\]' "$TMP/big.txt"; then
    ok "d: 64 MiB on stdin is refused as too large (input.size), without reading it all"
else
    bad "d: oversized stdin (exit $e)" "$(cat "$TMP/big.txt")"
fi

# --- e. editor setups ------------------------------------------------------------------------
(cd -- "$ROOT" && "$POP" --today "$TODAY" --lang nl check --format gnu examples/) >"$TMP/gnu-nl-all.txt" 2>/dev/null
(cd -- "$ROOT" && "$POP" --today "$TODAY" --lang nl check --format json examples/) >"$TMP/check-nl.json" 2>/dev/null
if command -v node >/dev/null 2>&1; then
    node "$HERE/vscode.js" "$ROOT" "$TMP/gnu.txt" "$TMP/gnu-nl-all.txt" "$TMP/check.json" "$TMP/check-nl.json" >"$TMP/vscode.txt" 2>&1
    node_exit=$?
    while IFS= read -r line; do
        case $line in
            "ok "*) ok "e: ${line#ok }" ;;
            "FAIL "*) bad "e: ${line#FAIL }" ;;
            "    | "*) echo "$line" ;;
        esac
    done <"$TMP/vscode.txt"
    if [[ $node_exit -ne 0 || $(grep -cE '^(ok|FAIL) ' "$TMP/vscode.txt") -lt 8 ]]; then
        bad "e: tests/editors/vscode.js did not run all its checks (exit $node_exit)" "$(cat "$TMP/vscode.txt")"
    fi
    if node --check "$ROOT/editors/vscode/extension.js" 2>"$TMP/check.err"; then
        ok "e: editors/vscode/extension.js parses (node --check)"
    else
        bad "e: node --check editors/vscode/extension.js" "$(cat "$TMP/check.err")"
    fi
else
    echo "e: SKIPPED: node is not installed, so the VS Code setups are not checked (apt-get install nodejs)"
fi
if python3 - "$ROOT/editors/helix/languages.toml" "$ROOT/editors/helix/queries/pop/highlights.scm" "$ROOT/docs/editors.md" >"$TMP/helix.txt" 2>&1 <<'PY'; then
import fnmatch, re, sys, tomllib
conf = tomllib.load(open(sys.argv[1], "rb"))
shown = re.search(r"```toml\n(.*?)```", open(sys.argv[3]).read(), re.S)
assert shown and tomllib.loads(shown.group(1)) == conf, "docs/editors.md shows another languages.toml"
server = conf["language-server"]["pop"]
assert server["command"] == "pop" and server["args"] == ["lsp"], server
lang = [l for l in conf["language"] if l["name"] == "pop"][0]
assert "pop" in lang["language-servers"], lang
globs = [t["glob"] for t in lang["file-types"]]
takes = lambda name: any(fnmatch.fnmatchcase(name, g) for g in globs)
for name in ["a.jansen.pop.yaml", "pop-policy.yaml", "pop-roster.yaml", "pop-school-goals.yaml"]:
    assert takes(name), name
for name in ["notes.yaml", "pop.yaml", "a.pop.yml"]:
    assert not takes(name), name
assert open(sys.argv[2]).read().strip() == "; inherits: yaml"
print(f"{len(globs)} globs")
PY
    ok "e: editors/helix/languages.toml is TOML (the one docs/editors.md shows): pop lsp for *.pop.yaml and the three repository files ($(cat "$TMP/helix.txt"))"
else
    bad "e: editors/helix/languages.toml" "$(cat "$TMP/helix.txt")"
fi

# e: docs/editors.md's Neovim 0.7 setup, word for word, with a `pop` on the PATH that runs this
# build with the test's today.
if command -v nvim >/dev/null 2>&1; then
    awk '/^```lua$/ { block = ""; inside = 1; next } /^```$/ { if (inside && block ~ /start_client/) { printf "%s", block; exit } inside = 0 }
         inside { block = block $0 "\n" }' "$ROOT/docs/editors.md" >"$TMP/init07.lua"
    mkdir -p -- "$TMP/bin"
    printf '#!/bin/sh\nexec %q --today %s "$@"\n' "$POP" "$TODAY" >"$TMP/bin/pop"
    chmod +x "$TMP/bin/pop"
    rm -rf -- "$TMP/ex"
    cp -r -- "$ROOT/examples" "$TMP/ex"
    (cd -- "$TMP/ex" && "$POP" --today "$TODAY" check --format json pops/fouten.pop.yaml) >"$TMP/fouten.json" 2>/dev/null
    python3 - "$TMP/fouten.json" >"$TMP/nvim-want.txt" <<'PY'
import json, sys
print("\n".join(sorted(f'{f["rule"]} {f["line"]}' for f in json.load(open(sys.argv[1]))["findings"])))
PY
    # watchdog: vim.wait returns as soon as the diagnostics are there; its 60 s and the timeout
    # around nvim only end a hang (the run takes about a second).
    (cd -- "$TMP/ex" && PATH=$TMP/bin:$PATH timeout -k 5 300 nvim --headless -u NONE -i NONE -n \
        -c "luafile $TMP/init07.lua" -c 'edit pops/fouten.pop.yaml' \
        -c 'lua vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 20)' \
        -c "lua local out = {} for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, d.user_data.lsp.code .. ' ' .. (d.lnum + 1)) end table.sort(out) vim.fn.writefile(out, '$TMP/nvim-got.txt')" \
        -c 'qa!') </dev/null >"$TMP/nvim.out" 2>&1
    if grep -q 'vim.lsp.start_client' "$TMP/init07.lua" && [[ -s $TMP/nvim-want.txt ]] &&
        diff -u "$TMP/nvim-want.txt" "$TMP/nvim-got.txt" >"$TMP/d" 2>&1; then
        ok "e: docs/editors.md's Neovim 0.7 setup starts pop lsp on opening fouten.pop.yaml: pop check's $(wc -l <"$TMP/nvim-want.txt") findings"
    else
        bad "e: docs/editors.md's Neovim 0.7 setup in nvim" "$(cat "$TMP/d" "$TMP/nvim.out" 2>/dev/null)"
    fi
else
    bad "e: nvim is not installed (Debian package neovim)"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
