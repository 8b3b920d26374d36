#!/usr/bin/env bash
# tests/lsp/run.sh POP_BINARY
#
# `pop lsp` (issue 16, points 1 and 2) with a real client and with a broken one:
#   a. Neovim from Debian (0.7, headless, its built-in LSP client from tests/lsp/neovim.lua) opens
#      a POP with a SMARTI problem and a date written 1-8-2025 in a temporary copy of examples/
#      in git; pop's diagnostics carry the rule ids and positions `pop check --format json` gives
#      on the same file; the code actions at the date hold pop's quick fix (textDocument/codeAction),
#      Neovim applies its workspace edit to the buffer itself (vim.lsp.util.apply_workspace_edit,
#      an incremental change) and that diagnostic goes while the others stay; completion inside
#      `school_goals: [` gives the ids of the repository's pop-school-goals.yaml; the client's
#      shutdown and exit end the server with 0; then a second server (--lang nl) on a POP under a
#      Flemish policy and one under a Dutch policy (their own repositories), each with a goal's
#      `competence:` written by the area's Dutch name: completion after `competence: ` offers the
#      framework's areas (ids, the Dutch name as detail), the quick fix writes the id (`opvoeder` ->
#      `educator`, `pedagogisch` -> `pedagogical`; Neovim applies it, the diagnostic goes), the
#      hover on it names the area and the framework;
#   b. malformed frames on stdin (a garbage header, a body cut off by the end of the input, a
#      huge Content-Length, a binary body, a header that never ends): pop answers what it can
#      and exits, never crashes or hangs; a whole session from the shell exits 0.
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

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-lsp.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | head -n 20 | sed 's/^/    | /'
    failed=$((failed + 1))
}

# --- a. Neovim --------------------------------------------------------------------------------
REPO=$TMP/repo
cp -r -- "$ROOT/examples" "$REPO"
git -C "$REPO" init -q && git -C "$REPO" add -A && git -C "$REPO" -c user.name=t -c user.email=t@example.org commit -qm start
FILE=$REPO/pops/fouten.pop.yaml
(cd -- "$REPO" && "$POP" --today "$TODAY" check --format json "$FILE") >"$TMP/check.json" 2>/dev/null
python3 - "$TMP/check.json" >"$TMP/expected.txt" <<'PY'
import json, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    print(f'{f["rule"]} {f["line"]} {f["column"]}')
PY
SCHOOL_GOALS=$(sed -n 's/^  - id: *//p' "$REPO/pop-school-goals.yaml" | tr '\n' ' ' | sed 's/ $//')
# Two more repositories for the competence areas (a second server, in Dutch): a Flemish policy,
# whose framework has the area `educator` (Dutch name "opvoeder"), and a Dutch one (po). Each POP
# writes its goal's area by name; pop's quick fix writes the id.
# A POP of person $2 (named $5) in repository $1 under policy preset $3 whose goal's competence is $4.
areas_repo() {
    mkdir -p "$1/pops"
    printf 'format_version: 1\npreset: %s\n' "$3" >"$1/pop-policy.yaml"
    cat >"$1/pops/$2.pop.yaml" <<EOF
format_version: 1
person:
  id: $2
  name: $5
period:
  start: 2026-09-01
  end: 2027-08-31
goals:
  - id: rust-in-de-klas
    title: Rust in de klas
    competence: $4
    status: active
EOF
    git -C "$1" init -q && git -C "$1" add -A && git -C "$1" -c user.name=t -c user.email=t@example.org commit -qm start
}
areas_repo "$TMP/vl" e.claes vlaanderen opvoeder "Els Claes"
areas_repo "$TMP/nl" j.smit po pedagogisch "Joris Smit"
VL_AREAS="content_expert culture_participant education_community educator innovator_researcher learning_guide organiser partner_external partner_parents school_team"
AREAS="$TMP/vl/pops/e.claes.pop.yaml|opvoeder|educator|$VL_AREAS|opvoeder|Basiscompetenties van de leraren (2018)"
AREAS+=";$TMP/nl/pops/j.smit.pop.yaml|pedagogisch|pedagogical|pedagogical subject_didactics subject_matter|pedagogisch bekwaam|Bekwaamheidseisen onderwijspersoneel (2017)"
if command -v nvim >/dev/null; then
    cp -- "$FILE" "$TMP/before.yaml"
    # watchdog: nvim waits for the diagnostics itself (vim.wait with a condition); this only ends a
    # hung editor so that the suite reports a failure instead of never finishing.
    (cd -- "$REPO" && POP_LSP_CMD="$POP"$'\x1f'--today$'\x1f'"$TODAY"$'\x1f'lsp POP_LSP_ROOT=$REPO POP_LSP_FILE=$FILE \
        POP_LSP_EXPECT=$TMP/expected.txt POP_LSP_SCHOOL_GOALS=$SCHOOL_GOALS POP_LSP_RESULTS=$TMP/nvim.txt POP_LSP_WAIT_MS=60000 \
        POP_LSP_AREAS_CMD="$POP"$'\x1f'--lang$'\x1f'nl$'\x1f'--today$'\x1f'"$TODAY"$'\x1f'lsp POP_LSP_AREAS=$AREAS \
        timeout 300 nvim --headless -u NONE -i NONE -n -c "luafile $HERE/neovim.lua" >"$TMP/nvim.out" 2>&1 </dev/null)
    nvim_exit=$?
    if [[ -s $TMP/nvim.txt ]] && [[ $(tail -n 1 "$TMP/nvim.txt") == "done" ]]; then
        while IFS= read -r line; do
            case $line in
                "ok "*) ok "a: nvim: ${line#ok }" ;;
                "FAIL "*) bad "a: nvim: ${line#FAIL }" ;;
                "    | "*) echo "$line" ;;
            esac
        done <"$TMP/nvim.txt"
    else
        bad "a: nvim did not finish its script (exit $nvim_exit)" "$(cat "$TMP/nvim.out" "$TMP/nvim.txt" 2>/dev/null)"
    fi
    if [[ $nvim_exit -eq 0 ]] && cmp -s "$FILE" "$TMP/before.yaml" && git -C "$TMP/vl" diff --quiet && git -C "$TMP/nl" diff --quiet; then
        ok "a: nvim quit cleanly; the files on disk are unchanged (the fixes were in the buffers only)"
    else
        bad "a: nvim exit $nvim_exit, or the file on disk changed" "$(cat "$TMP/nvim.out")"
    fi
else
    bad "a: nvim is not installed (apt-get install neovim)"
fi

# --- b. malformed frames ----------------------------------------------------------------------
# A frame: the header and the body.
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
INIT='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}'
SHUTDOWN='{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
EXIT='{"jsonrpc":"2.0","method":"exit"}'
# Runs pop lsp on the file $1; sets $code and leaves the output in $TMP/out.
serve() {
    # watchdog: pop lsp ends at the end of its input; the limit only turns a hang into a failure.
    (cd -- "$REPO" && timeout 60 "$POP" --today "$TODAY" lsp <"$1" >"$TMP/out" 2>"$TMP/err")
    code=$?
}

{ frame "$INIT"; frame "$SHUTDOWN"; frame "$EXIT"; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 0 ]] && grep -q '"serverInfo":{"name":"pop"' "$TMP/out" && grep -q '"id":2,"jsonrpc":"2.0","result":null' "$TMP/out"; then
    ok "b: initialize, shutdown, exit from the shell: exit 0"
else
    bad "b: a whole session: exit $code" "$(cat "$TMP/out" "$TMP/err")"
fi
{ frame "$INIT"; frame "$EXIT"; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 1 ]]; then ok "b: exit without shutdown: exit 1"; else bad "b: exit without shutdown: exit $code"; fi

{ printf 'garbage\r\n\r\n'; frame "$INIT"; frame "$SHUTDOWN"; frame "$EXIT"; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 0 ]] && grep -q '"code":-32700' "$TMP/out" && grep -q '"serverInfo"' "$TMP/out"; then
    ok "b: a garbage header: a ParseError, then the session goes on (exit 0)"
else
    bad "b: a garbage header: exit $code" "$(cat "$TMP/out" "$TMP/err")"
fi
{ frame "$INIT"; printf 'Content-Length: 5000\r\n\r\n{"jsonrpc":"2.0","id":3,'; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 1 ]]; then ok "b: a Content-Length larger than the data, then the end of the input: exit 1"; else bad "b: a cut-off body: exit $code" "$(cat "$TMP/err")"; fi
{ printf 'Content-Length: 99999999999999999999999999\r\n\r\n{}'; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 1 ]]; then ok "b: a huge Content-Length, then the end of the input: exit 1"; else bad "b: a huge Content-Length: exit $code" "$(cat "$TMP/err")"; fi
python3 -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 16)" >"$TMP/binary"
{ frame "$INIT"; printf 'Content-Length: 4096\r\n\r\n'; cat "$TMP/binary"; frame "$SHUTDOWN"; frame "$EXIT"; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 0 ]] && grep -q '"code":-32700' "$TMP/out"; then
    ok "b: a binary body: a ParseError, then the session goes on (exit 0)"
else
    bad "b: a binary body: exit $code" "$(cat "$TMP/out" "$TMP/err")"
fi
python3 - "$TMP/deep" <<'PY'
import sys
body = b'{"jsonrpc":"2.0","id":3,"method":"x","params":' + b'[' * 2000000 + b']' * 2000000 + b'}'
open(sys.argv[1], "wb").write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
PY
{ frame "$INIT"; cat "$TMP/deep"; frame "$SHUTDOWN"; frame "$EXIT"; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 0 ]] && grep -q '"code":-32700' "$TMP/out"; then
    ok "b: a body nested two million deep: a ParseError, then the session goes on (exit 0)"
else
    bad "b: a deeply nested body: exit $code" "$(cat "$TMP/out" "$TMP/err")"
fi
{ printf 'Content-Length: 2'; head -c 100000 /dev/zero | tr '\0' 'x'; } >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 1 ]]; then ok "b: a header line that never ends: exit 1"; else bad "b: an endless header: exit $code"; fi
: >"$TMP/in"
serve "$TMP/in"
if [[ $code -eq 1 && ! -s $TMP/out ]]; then ok "b: no input at all: exit 1, nothing written"; else bad "b: empty input: exit $code"; fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
