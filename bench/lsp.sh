#!/usr/bin/env bash
# bench/lsp.sh [POP_BINARY] - the figures of `pop lsp` (issue 16, point 5) in docs/performance.md,
# "The language server (issue 16)". POP_BINARY defaults to build/pop (RelWithDebInfo); sessions are
# driven by bench/lsp_session.py in a fresh repository: examples/ with a roster of 500 people and
# a 4 KB POP (k.mulder.pop.yaml padded), in git. A keystroke types or removes one letter in the
# first goal's title (an incremental didChange).
#   a. CPU of a re-check after one keystroke: callgrind instructions of a session of N+K
#      keystrokes minus one of N, each keystroke checked (lockstep), divided by K; converted to ms
#      with this machine's instructions per second, measured as the callgrind instructions of the
#      N+K session divided by the user CPU of the same session without valgrind (best of 3). Also
#      the plain CPU difference (user+sys, best of 3 each) per keystroke as a cross-check.
#   b. Peak RSS (/usr/bin/time -f %M) after 100 and after 10,000 keystrokes, each checked.
#   c. Coalescing: 10,000 keystrokes sent at once; how many diagnostics were published.
# Environment: LSP_N (default 50), LSP_K (200), LSP_EDITS (10000).
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/.." && pwd)
POP=$(realpath -- "${1:-$ROOT/build/pop}")
DRIVER=$HERE/lsp_session.py
N=${LSP_N:-50}
K=${LSP_K:-200}
EDITS=${LSP_EDITS:-10000}
TODAY=2026-11-22
command -v valgrind >/dev/null || { echo "bench/lsp.sh: valgrind is needed" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/lsp.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-bench-lsp.XXXXXX")
trap 'rm -rf -- "$TMP"' EXIT
REPO=$TMP/repo
python3 "$DRIVER" make-repo "$REPO"
echo "repository: $(wc -c <"$REPO/pops/k.mulder.pop.yaml") byte POP, roster of $(grep -c '^  - id:' "$REPO/pop-roster.yaml") people" \
    "($(wc -c <"$REPO/pop-roster.yaml") bytes), $(grep -c '^  - id:' "$REPO/pop-school-goals.yaml") school goals"
echo "pop: $POP ($("$POP" --version | head -n 1)); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Field of a JSON summary.
field() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

# a. Instructions (callgrind) of lockstep sessions of N and N+K keystrokes.
instructions() {
    local edits=$1 out=$TMP/cg.$1
    python3 "$DRIVER" lockstep "$edits" "$REPO" -- valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$POP" --today "$TODAY" lsp >"$TMP/cg-$edits.json" 2>"$TMP/cg-$edits.err"
    sed -n 's/^summary: *//p; s/^totals: *//p' "$out" | head -n 1 | cut -d' ' -f1
}
ir_n=$(instructions "$N")
ir_nk=$(instructions "$((N + K))")
# CPU without valgrind (best of 3: the lowest is the least disturbed by other processes).
cpu() {
    local edits=$1 best="" run
    for run in 1 2 3; do
        python3 "$DRIVER" lockstep "$edits" "$REPO" -- "$POP" --today "$TODAY" lsp >"$TMP/cpu.json"
        local u s
        u=$(field "$TMP/cpu.json" user_cpu)
        s=$(field "$TMP/cpu.json" sys_cpu)
        best=$(python3 -c 'import sys; b = sys.argv[1]; v = (float(sys.argv[2]), float(sys.argv[3]))
print("%s %s" % v if not b or sum(v) < sum(map(float, b.split())) else b)' "$best" "$u" "$s")
    done
    echo "$best"
}
read -r user_n sys_n <<<"$(cpu "$N")"
read -r user_nk sys_nk <<<"$(cpu "$((N + K))")"
python3 - "$ir_n" "$ir_nk" "$user_n" "$sys_n" "$user_nk" "$sys_nk" "$N" "$K" <<'PY'
import sys
ir_n, ir_nk = int(sys.argv[1]), int(sys.argv[2])
user_n, sys_n, user_nk, sys_nk = map(float, sys.argv[3:7])
n, k = int(sys.argv[7]), int(sys.argv[8])
per_key = (ir_nk - ir_n) / k
ips = ir_nk / user_nk
print(f"a. callgrind: {ir_n:,} instructions with {n} keystrokes, {ir_nk:,} with {n + k}: "
      f"{per_key:,.0f} instructions per keystroke")
print(f"   instructions per second: {ir_nk:,} / {user_nk:.3f} s user CPU of the same session without valgrind "
      f"= {ips / 1e9:.2f} G/s")
print(f"   re-check after one keystroke: {per_key / ips * 1000:.3f} ms of CPU (target: at most 2 ms)")
print(f"   cross-check, CPU without valgrind: ({user_nk:.3f}+{sys_nk:.3f} s - {user_n:.3f}+{sys_n:.3f} s) / {k} "
      f"= {((user_nk + sys_nk) - (user_n + sys_n)) / k * 1000:.3f} ms per keystroke (user+sys)")
PY
callgrind_annotate "$TMP/cg.$((N + K))" 2>/dev/null | sed -n '/^Ir/,$p' | head -n 25 >"$TMP/profile.txt" || true
echo "   the profile's top (callgrind_annotate, $((N + K)) keystrokes):"
sed 's/^/     /' "$TMP/profile.txt"

# b. Peak RSS after 100 and EDITS keystrokes, each checked.
rss() {
    python3 "$DRIVER" "$1" "$2" "$REPO" -- /usr/bin/time -f %M -o "$TMP/rss" "$POP" --today "$TODAY" lsp >"$TMP/rss.json"
    echo "$(tail -n 1 "$TMP/rss") $(field "$TMP/rss.json" published)"
}
read -r rss_small checks_small <<<"$(rss lockstep 100)"
read -r rss_large checks_large <<<"$(rss lockstep "$EDITS")"
echo "b. peak RSS: $rss_small KB after 100 keystrokes ($checks_small checks), $rss_large KB after $EDITS ($checks_large checks):" \
    "ratio $(python3 -c "print(round($rss_large / $rss_small, 3))")"

# c. Coalescing.
read -r rss_burst checks_burst <<<"$(rss burst "$EDITS")"
echo "c. $EDITS keystrokes sent at once: $checks_burst diagnostics published (peak RSS $rss_burst KB)"
