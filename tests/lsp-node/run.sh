#!/usr/bin/env bash
# tests/lsp-node/run.sh POP_BINARY
#
# `pop lsp` driven by a Node client with vscode-jsonrpc, the JSON-RPC library of VS Code's
# language client (issue 16, "Done when"): tests/lsp-node/session.js runs the whole protocol twice
# (client locale nl and en) in temporary copies of examples/ made git repositories, and after every
# change compares pop's diagnostics with `pop check --format json --stdin-filename PATH -` on the
# same text (rule ids, ranges in UTF-16, severity, message and hint in the same language). It also
# asks for hover, completion and quick fixes (code actions), and ends with
# shutdown and exit (exit code 0).
#
# Needs node; vscode-jsonrpc (the version pinned in tests/lsp-node/package.json) is installed, once,
# into ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm} by tests/lib/npm.sh, never into the source tree.
# Without node the test is skipped (exit 0) with a message saying so.
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

if ! command -v node >/dev/null 2>&1; then
    echo "tests/lsp-node: SKIPPED: node is not installed (apt-get install nodejs npm, or tests/run-all.sh --install)"
    echo "0 passed, 0 failed"
    exit 0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-lsp-node.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | head -n 20 | sed 's/^/    | /'
    failed=$((failed + 1))
}

# The pinned version, from package.json (one place to change it).
spec=$(node -e 'const p = require(process.argv[1]); console.log(`vscode-jsonrpc@${p.dependencies["vscode-jsonrpc"]}`)' "$HERE/package.json")
source "$ROOT/tests/lib/npm.sh" || exit 1
if ! npm_need tests/lsp-node "$spec"; then
    bad "$spec could not be installed into $NPM_DIR"
    echo "$passed passed, $failed failed"
    exit 1
fi

# Each session makes its temporary repository under $TMP (removed with it).
# watchdog: session.js waits for each answer of pop lsp itself; the limit only turns a hung server
# into a failure instead of a suite that never ends (a run takes a few seconds).
TMPDIR=$TMP timeout -k 5 600 node "$HERE/session.js" "$POP" "$ROOT/examples" "$TODAY" >"$TMP/session.txt" 2>&1
node_exit=$?
while IFS= read -r line; do
    case $line in
        "ok "*) ok "${line#ok }" ;;
        "FAIL "*) bad "${line#FAIL }" ;;
        "    | "*) echo "$line" ;;
    esac
done <"$TMP/session.txt"
if grep -q '^done ' "$TMP/session.txt"; then
    if [[ $node_exit -eq 0 || $failed -gt 0 ]]; then
        ok "session.js ran to its end (exit $node_exit)"
    else
        bad "session.js exited $node_exit without a failed check" "$(cat "$TMP/session.txt")"
    fi
else
    bad "session.js did not finish (exit $node_exit)" "$(grep -v '^ok ' "$TMP/session.txt" | tail -n 20)"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
