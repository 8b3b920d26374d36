#!/usr/bin/env bash
# tests/lsp/wire.sh POP_BINARY
#
# `pop lsp` fast and bounded (issue 16, point 5), through its real stdin and stdout, driven by
# bench/lsp_session.py (the same driver as bench/lsp.sh) in a repository with a roster of 500
# people and a 4 KB POP. Counts and memory only, never time:
#   a. coalescing: 10,000 keystrokes sent at once give far fewer checks than keystrokes (at most
#      one in ten), the last diagnostics are those of the last version and equal those of the
#      text checked when opened (the keystrokes type and remove a letter in turn);
#   b. flat memory: peak RSS (/usr/bin/time -f %M) after 2,000 keystrokes each checked (lockstep)
#      and after 10,000 sent at once is at most 1.5 times that after 100 (not under ASan, whose
#      quarantine keeps freed memory: POP_SANITIZED=1);
#   c. a client that never reads: 10,000 keystrokes, shutdown and exit with nobody reading pop's
#      stdout: pop ends (exit 0) and its peak RSS stays within 1.5 times that of 100;
#   d. a client that closes its end of stdout: pop ends with exit 1, not killed by SIGPIPE;
#   e. a roster deleted while its POP is open, a POP outside any repository, a huge buffer
#      (2 MB: over pop's size limit) and a binary one (every byte value): diagnostics for each,
#      and the session ends with 0.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
DRIVER=$ROOT/bench/lsp_session.py
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-lsp-wire.XXXXXX") || exit 2
trap 'rm -rf -- "$TMP"' EXIT

passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
bad() {
    echo "FAIL $1"
    [[ -n ${2-} ]] && printf '%s\n' "$2" | head -n 20 | sed 's/^/    | /'
    failed=$((failed + 1))
}
# A field of the driver's JSON summary.
field() { python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$1" "$2"; }

REPO=$TMP/repo
python3 "$DRIVER" make-repo "$REPO" >/dev/null || { bad "the repository could not be made"; echo "0 passed, 1 failed"; exit 1; }

# Runs a driver session MODE EDITS; the summary in $TMP/MODE-EDITS.json, pop's peak RSS (KB) in
# $TMP/MODE-EDITS.rss.
session() {
    local mode=$1 edits=$2
    # watchdog: the session ends by itself (the driver waits for pop's answers, pop for the end of
    # its input); the limit only turns a hang into a failure.
    timeout 600 python3 "$DRIVER" "$mode" "$edits" "$REPO" -- /usr/bin/time -f %M -o "$TMP/$mode-$edits.rss" \
        "$POP" --today "$TODAY" lsp >"$TMP/$mode-$edits.json" 2>"$TMP/$mode-$edits.err"
}

# --- a. coalescing ------------------------------------------------------------------------------
session lockstep 0
session burst 10000
if [[ -s $TMP/burst-10000.json ]]; then
    published=$(field "$TMP/burst-10000.json" published)
    last=$(field "$TMP/burst-10000.json" last_version)
    if [[ $published -ge 1 && $published -le 1000 && $last == 10001 ]]; then
        ok "a: 10,000 keystrokes at once: $published checks published, the last of version 10001"
    else
        bad "a: coalescing: $published checks for 10,000 keystrokes, last version $last" "$(cat "$TMP/burst-10000.json")"
    fi
    if [[ $(field "$TMP/burst-10000.json" diagnostics) == "$(field "$TMP/lockstep-0.json" diagnostics)" ]] &&
        [[ $(field "$TMP/lockstep-0.json" diagnostics) != "[]" ]]; then
        ok "a: the last diagnostics equal those of the same text checked on opening"
    else
        bad "a: the last diagnostics differ from those on opening" "$(cat "$TMP/burst-10000.json" "$TMP/lockstep-0.json")"
    fi
else
    bad "a: the burst session did not finish" "$(cat "$TMP/burst-10000.err")"
fi

# --- b. flat memory -----------------------------------------------------------------------------
session lockstep 100
session lockstep 2000
# Peak RSS of a session as a ratio to the 100-keystroke one, or "?".
ratio() { python3 -c 'import sys; print(round(int(open(sys.argv[1]).read().split()[-1]) / int(open(sys.argv[2]).read().split()[-1]), 2))' "$1" "$TMP/lockstep-100.rss" 2>/dev/null || echo "?"; }
# Under AddressSanitizer (POP_SANITIZED=1, the sanitizer stage of tests/run-all.sh) freed memory
# waits in ASan's quarantine (256 MB), so peak RSS grows with the work done: not measured there.
rss_measured() {
    if [[ -n ${POP_SANITIZED-} ]]; then
        echo "skip $1: peak RSS is not pop's own under AddressSanitizer (its quarantine keeps freed memory)"
        return 1
    fi
}
for run in lockstep-2000 burst-10000; do
    rss_measured "b: peak RSS of $run" || continue
    r=$(ratio "$TMP/$run.rss")
    if [[ $r != "?" ]] && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= 1.5 else 1)" "$r"; then
        ok "b: peak RSS of $run is $r times that of lockstep-100 ($(tail -n 1 "$TMP/$run.rss") KB)"
    else
        bad "b: peak RSS of $run is $r times that of lockstep-100" "$(cat "$TMP/$run.rss" "$TMP/lockstep-100.rss" "$TMP/$run.err")"
    fi
done
if [[ $(field "$TMP/lockstep-2000.json" published) == 2000 ]]; then
    ok "b: lockstep: each of 2,000 keystrokes checked"
else
    bad "b: lockstep: $(field "$TMP/lockstep-2000.json" published) checks for 2,000 keystrokes"
fi

# --- c. a client that never reads ---------------------------------------------------------------
session noread 100
session noread 10000
if [[ $(field "$TMP/noread-10000.json" exit) == 0 ]]; then
    ok "c: nobody reads stdout: pop still ends after shutdown and exit (exit 0)"
else
    bad "c: nobody reads stdout: pop's exit $(field "$TMP/noread-10000.json" exit 2>&1)" "$(cat "$TMP/noread-10000.err")"
fi
r=$(python3 -c 'import sys; print(round(int(open(sys.argv[1]).read().split()[-1]) / int(open(sys.argv[2]).read().split()[-1]), 2))' \
    "$TMP/noread-10000.rss" "$TMP/noread-100.rss" 2>/dev/null || echo "?")
if ! rss_measured "c: peak RSS with nobody reading"; then
    :
elif [[ $r != "?" ]] && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= 1.5 else 1)" "$r"; then
    ok "c: nobody reads stdout: peak RSS after 10,000 keystrokes is $r times that after 100"
else
    bad "c: nobody reads stdout: peak RSS ratio $r" "$(cat "$TMP/noread-10000.rss" "$TMP/noread-100.rss")"
fi

# --- d. a client that closes its end --------------------------------------------------------------
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
{
    frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
    for i in $(seq 2 3000); do frame '{"jsonrpc":"2.0","id":'"$i"',"method":"unknown/method"}'; done
    frame '{"jsonrpc":"2.0","id":9999,"method":"shutdown"}'
    frame '{"jsonrpc":"2.0","method":"exit"}'
} >"$TMP/many.in"
# watchdog: pop ends at the end of its input or when its output is closed; only against a hang.
(cd -- "$REPO" && timeout 120 "$POP" --today "$TODAY" lsp <"$TMP/many.in" 2>"$TMP/closed.err" | head -c 100 >/dev/null)
code=${PIPESTATUS[0]}
if [[ $code -eq 1 ]]; then
    ok "d: stdout closed by the client after 100 bytes: pop ends with exit 1 (not SIGPIPE)"
else
    bad "d: stdout closed by the client: exit $code" "$(cat "$TMP/closed.err")"
fi

# --- e. a deleted roster, outside a repository, huge and binary buffers ---------------------------
OUTSIDE=$TMP/outside
mkdir -p "$OUTSIDE"
cp -- "$REPO/pops/k.mulder.pop.yaml" "$OUTSIDE/k.mulder.pop.yaml"
python3 - "$TMP/script.jsonl" <<'PY'
import json, sys
pop = "file://$DIR/pops/k.mulder.pop.yaml"
outside = "file://$DIR/../outside/k.mulder.pop.yaml"
huge = "file://$DIR/pops/groot.pop.yaml"
binary = "file://$DIR/pops/binair.pop.yaml"
text = open(sys.argv[1].rsplit("/", 1)[0] + "/repo/pops/k.mulder.pop.yaml", encoding="utf-8").read()
def note(m, p): return {"jsonrpc": "2.0", "method": m, "params": p}
def opened(uri, t): return note("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": t}})
steps = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}, {"wait": 1},
    opened(pop, text), {"wait": pop},
    {"run": ["rm", "pop-roster.yaml"]},
    note("workspace/didChangeWatchedFiles", {"changes": [{"uri": "file://$DIR/pop-roster.yaml", "type": 3}]}), {"wait": pop},
    opened(outside, text), {"wait": outside},
    opened(huge, "goals:\n" + "  - id: g\n    title: " + "x" * 2000000 + "\n"), {"wait": huge},
    opened(binary, "".join(chr(c) for c in range(1, 0xD800, 7)) + "\x00\uffff"), {"wait": binary},
    note("textDocument/didChange", {"textDocument": {"uri": binary, "version": 2},
                                    "contentChanges": [{"range": {"start": {"line": 0, "character": 3}, "end": {"line": 99, "character": 0}}, "text": "\x00"}]}),
    {"wait": binary},
    {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"wait": 2}, note("exit", {}),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for s in steps:
        f.write(json.dumps(s) + "\n")
PY
cp -- "$REPO/pop-roster.yaml" "$TMP/roster.keep"
# watchdog: the script waits for pop's answers and pop ends at exit; only against a hang.
timeout 600 python3 "$DRIVER" script "$TMP/script.jsonl" "$REPO" -- "$POP" --today "$TODAY" lsp >"$TMP/script.out" 2>"$TMP/script.err"
cp -- "$TMP/roster.keep" "$REPO/pop-roster.yaml"
mapfile -t lines <"$TMP/script.out"
show="$(cat "$TMP/script.out" "$TMP/script.err")"
if [[ ${#lines[@]} -ge 8 && ${lines[1]} == "diagnostics "*"/pops/k.mulder.pop.yaml 1"* && ${lines[2]} == "diagnostics "*"/pops/k.mulder.pop.yaml 1"* ]]; then
    ok "e: the roster deleted while its POP is open: diagnostics again, from the POP without a roster"
else
    bad "e: the roster deleted" "$show"
fi
if [[ ${lines[3]-} == "diagnostics "*"/outside/k.mulder.pop.yaml 1"* ]]; then
    ok "e: a POP outside any repository: diagnostics"
else
    bad "e: a POP outside any repository" "$show"
fi
if [[ ${lines[4]-} == "diagnostics "*"/groot.pop.yaml 1 "*"input.size"* ]]; then
    ok "e: a 2 MB buffer: the size finding (input.size)"
else
    bad "e: a 2 MB buffer" "$show"
fi
if [[ ${lines[5]-} == "diagnostics "*"/binair.pop.yaml 1"* && ${lines[6]-} == "diagnostics "*"/binair.pop.yaml 2"* ]]; then
    ok "e: a binary buffer and a change past its end: diagnostics for both versions"
else
    bad "e: a binary buffer" "$show"
fi
if [[ ${lines[7]-} == "response 2 result" && ${lines[8]-} == "exit 0" ]]; then
    ok "e: then shutdown and exit: exit 0"
else
    bad "e: the end of the session" "$show"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
