#!/usr/bin/env bash
# tests/hostile/run.sh POP_BINARY
#
# Hostile input in bounded time and memory. Each case is generated into a temporary folder and
# checked with `pop check --today 2026-11-22 --color never`, under GNU time (CPU time: user +
# system, and peak RSS). Each case must:
#   - exit with the expected code (1 for findings, 3 when a file cannot be read);
#   - print the finding line `path:LINE:COL: error[RULE]` with the expected rule and position;
#   - use under 1 s of CPU and under 100 MB peak RSS (with POP_SANITIZED=1, set by CMake for a
#     -DPOP_SANITIZE=ON build: 10 s and 2 GB, as ASan is slower and its shadow memory counts).
# The last case (a folder of 10,000 valid POPs) must exit 0 in under 10 s of CPU (60 s sanitized).
# No bound is on elapsed time: a busy machine slows a case down but does not fail it. `ulimit -t`
# kills a case at twice its CPU bound, and `timeout` is only a watchdog against a hang (a process
# that sleeps uses no CPU): WATCHDOG seconds of wall time, over 100x what a case takes.
# One line per case with its CPU seconds and KB, then `N passed, M failed`; exits 1 when a case failed.
#
# Needs GNU time (/usr/bin/time, Debian package `time`) and coreutils `timeout`.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/hostile: $1 is not an executable" >&2
    exit 2
fi
GNU_TIME=/usr/bin/time
if [[ ! -x $GNU_TIME ]] || ! "$GNU_TIME" -f '%U %S %M' -o /dev/null true 2>/dev/null; then
    echo "tests/hostile: GNU time is not installed at $GNU_TIME; install it (apt-get install time; .ci/run does this)" >&2
    exit 1
fi
if ! command -v timeout >/dev/null 2>&1; then
    echo "tests/hostile: timeout (coreutils) is not installed" >&2
    exit 1
fi
export LC_ALL=C.UTF-8 NO_COLOR=1
TODAY=2026-11-22
MAX_SECONDS=1       # CPU seconds (user + system) of one case
MANY_SECONDS=10     # CPU seconds of the folder of 10,000 POPs (0.3 s measured, all threads; 3.8 s with ASan)
MAX_KB=$((100 * 1024))
# watchdog: wall-clock seconds after which a hung case is killed; not a bound on how fast pop is
# (the slowest cases take about 0.3 s of CPU in the normal build, 3.8 s with ASan).
WATCHDOG=300
LIMIT_BYTES=$((1024 * 1024))  # pop refuses larger files (input.size)
if [[ ${POP_SANITIZED:-} == 1 ]]; then
    # A build with AddressSanitizer (set by CMake for -DPOP_SANITIZE=ON): several times slower, and its
    # shadow memory and quarantine count in the RSS. The 1 s / 100 MB bounds are the normal build's
    # promise and are checked there; here the exit codes and positions must still be exact.
    MAX_SECONDS=10
    MANY_SECONDS=60
    MAX_KB=$((2 * 1024 * 1024))
    echo "tests/hostile: sanitizer build: bounds relaxed to $MAX_SECONDS s of CPU ($MANY_SECONDS s for 10,000 files) and $((MAX_KB / 1024)) MB"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-hostile.XXXXXX") || exit 1
cleanup() {
    chmod -R u+rwx -- "$TMP" 2>/dev/null
    rm -rf -- "$TMP"
}
trap cleanup EXIT
# pop looks for pop-policy.yaml and the like up to the git root: keep it inside the temporary folder.
mkdir -p "$TMP/.git"
cd -- "$TMP" || exit 1

passed=0
failed=0
RUN_AS=()  # a command prefix that runs pop as another user (the unreadable-file case, as root)
skipped=0

# run NAME EXPECTED_EXIT MAX_CPU_SECONDS [EXPECTED_LINE...] -- ARGS...
# Each EXPECTED_LINE is the start of a finding line, e.g. `flow/x.pop.yaml:1:21: error[yaml.depth]`
# (messages are English: LC_ALL=C.UTF-8).
run() {
    local name=$1 want_exit=$2 max_s=$3
    shift 3
    local want_lines=()
    while [[ $# -gt 0 && $1 != -- ]]; do want_lines+=("$1"); shift; done
    shift
    local out=$TMP/.out-$name times=$TMP/.time-$name
    # ulimit -t: the kernel stops a case at twice its CPU bound (SIGXCPU, then SIGKILL).
    # timeout is the watchdog against a hang (see WATCHDOG), not a time bound.
    (ulimit -t $((2 * max_s)) && exec "$GNU_TIME" -o "$times" -f '%U %S %M' timeout -k 2 "$WATCHDOG" \
        "${RUN_AS[@]}" "$POP" check --today "$TODAY" --color never "$@") >"$out" 2>&1 </dev/null
    local code=$?
    local user sys kb secs
    read -r user sys kb < <(tail -n 1 "$times")
    secs=$(awk -v u="${user:-x}" -v s="${sys:-x}" 'BEGIN { if (u ~ /^[0-9.]+$/ && s ~ /^[0-9.]+$/) printf "%.2f", u + s; else print "?" }')
    kb=${kb:-?}
    local problems=()
    if [[ $code == 124 || $code == 137 ]]; then
        problems+=("killed (exit $code): a hang past the $WATCHDOG s watchdog, or over $((2 * max_s)) s of CPU")
    elif [[ $code == 152 ]]; then
        problems+=("over $((2 * max_s)) s of CPU (SIGXCPU)")
    elif [[ $code != "$want_exit" ]]; then
        problems+=("exit $code, expected $want_exit")
    fi
    local want_line
    for want_line in "${want_lines[@]}"; do
        if ! awk -v w="$want_line" 'index($0, w) == 1 { found = 1; exit } END { exit !found }' "$out"; then
            local first
            first=$(grep -m1 -E '^.*:[0-9]+:[0-9]+: (error|warning)\[' "$out" | cut -c1-160)
            problems+=("no line '$want_line', first finding: '${first:-none}'")
        fi
    done
    if [[ $secs == "?" ]] || awk -v s="$secs" -v m="$max_s" 'BEGIN { exit !(s >= m) }'; then
        problems+=("took $secs s of CPU, limit $max_s s")
    fi
    if [[ $kb == "?" ]] || ((kb >= MAX_KB)); then
        problems+=("peak RSS $kb KB, limit $MAX_KB KB")
    fi
    local figures
    figures=$(printf 'exit %-3s %6s s CPU %7s KB' "$code" "$secs" "$kb")
    if [[ ${#problems[@]} -eq 0 ]]; then
        passed=$((passed + 1))
        printf 'ok   %-22s %s  %s\n' "$name" "$figures" "${want_lines[*]}"
    else
        failed=$((failed + 1))
        printf 'FAIL %-22s %s  %s\n' "$name" "$figures" "$(IFS=';'; echo "${problems[*]}")"
        head -c 2000 "$out" | head -n 12 | sed 's/^/     | /'
    fi
}

skip() {
    skipped=$((skipped + 1))
    printf 'skip %-22s %s\n' "$1" "$2"
}

# repeat TEXT N: TEXT N times, no newline.
repeat() { awk -v t="$1" -v n="$2" 'BEGIN { s = ""; for (i = 0; i < n; i++) printf "%s", t }'; }

case_dir() { mkdir -p -- "$TMP/$1" && echo "$1"; }

# A valid, finding-free POP.
small_pop() {
    cat <<'EOF'
format_version: 1
person:
  id: t.tester
  name: Tess Tester
period:
  start: 2025-08-01
  end: 2027-07-31
sign_off:
  employee: { name: Tess Tester, date: 2025-09-01 }
  manager: { name: Mia Manager, date: 2025-09-02 }
goals:
  - id: feedback
    title: Feedback in de bovenbouw
    specific: In havo 4 geef ik bij elke praktische opdracht schriftelijke feedback met een vaste kijkwijzer.
    measurable: Bij 20 van de 25 leerlingen staat de feedback binnen 10 werkdagen in het leerlingvolgsysteem.
    realistic: { hours: 20 }
    start: 2025-09-01
    end: 2026-06-30
    inspiring: Leerlingen vragen er zelf om en ik wil dat ze zien hoe ze groeien.
EOF
}

# --- nesting ----------------------------------------------------------------------------------
d=$(case_dir flow-depth)
{ repeat '[' 100000; repeat ']' 100000; echo; } >"$d/x.pop.yaml"
run flow-depth-100000 1 $MAX_SECONDS "$d/x.pop.yaml:1:21: error[yaml.depth]" -- "$d/x.pop.yaml"

d=$(case_dir block-compact)  # `- - - ... x`: block sequences, 100,000 deep on one line
{ repeat '- ' 100000; echo x; } >"$d/x.pop.yaml"
run block-compact-100000 1 $MAX_SECONDS "$d/x.pop.yaml:1:41: error[yaml.depth]" -- "$d/x.pop.yaml"

# Block sequences, each level on its own line one space deeper: the file grows with the square
# of the depth, so use the deepest that fits in pop's 1 MiB limit (5,000 would take 12.5 MB).
# Line i (0-based) is i spaces and "-"; then n spaces and "x": n(n-1)/2 + 3n + 2 bytes.
depth=5000
while ((depth * (depth - 1) / 2 + 3 * depth + 2 > LIMIT_BYTES)); do depth=$((depth - 1)); done
d=$(case_dir block-indented)
awk -v n="$depth" 'BEGIN { pad = ""; for (i = 0; i < n; i++) { print pad "-"; pad = pad " " } print pad "x" }' \
    >"$d/x.pop.yaml"
run "block-indented-$depth" 1 $MAX_SECONDS "$d/x.pop.yaml:21:21: error[yaml.depth]" -- "$d/x.pop.yaml"

# --- anchors and aliases ----------------------------------------------------------------------
d=$(case_dir billion-laughs)
{
    printf 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev=a
    for k in b c d e f g h i; do
        printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' "$k" "$k" $prev $prev $prev $prev $prev $prev $prev $prev $prev
        prev=$k
    done
} >"$d/x.pop.yaml"
run billion-laughs 1 $MAX_SECONDS "$d/x.pop.yaml:1:4: error[yaml.anchor]" "$d/x.pop.yaml:2:8: error[yaml.anchor]" -- "$d/x.pop.yaml"

d=$(case_dir alias-cycle)
printf 'a: &x [1, *x]\n' >"$d/x.pop.yaml"
run alias-cycle 1 $MAX_SECONDS "$d/x.pop.yaml:1:4: error[yaml.anchor]" "$d/x.pop.yaml:1:11: error[yaml.anchor]" -- "$d/x.pop.yaml"

# --- YAML that is wrong -------------------------------------------------------------------------
d=$(case_dir duplicate-keys)  # 40,000 times the same key: 39,999 findings
{ small_pop; repeat 'person: x\n' 40000; } >"$d/x.pop.yaml"
run duplicate-keys-40000 1 $MAX_SECONDS "$d/x.pop.yaml:20:1: error[yaml.duplicate-key]" -- "$d/x.pop.yaml"

d=$(case_dir unclosed-quote)
{ printf 'format_version: 1\nperson:\n  id: t.tester\n  name: "Tess Tester\n'; small_pop | tail -n +5; } \
    >"$d/x.pop.yaml"
run unclosed-quote 1 $MAX_SECONDS "$d/x.pop.yaml:4:9: error[yaml.unclosed-quote]" -- "$d/x.pop.yaml"

d=$(case_dir lone-comma)
printf ',\n' >"$d/x.pop.yaml"
run lone-comma 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[yaml.syntax]" -- "$d/x.pop.yaml"

d=$(case_dir documents)
repeat '---\n' 10000 >"$d/x.pop.yaml"
run documents-10000 1 $MAX_SECONDS "$d/x.pop.yaml:2:1: error[yaml.documents]" -- "$d/x.pop.yaml"

d=$(case_dir tabs)
printf 'format_version: 1\nperson:\n\tid: t.tester\n\tname: Tess Tester\n' >"$d/x.pop.yaml"
run tab-indentation 1 $MAX_SECONDS "$d/x.pop.yaml:3:1: error[yaml.tab]" -- "$d/x.pop.yaml"

d=$(case_dir tags)
{ small_pop | sed 's/^format_version: 1$/format_version: !!int 1/'; } >"$d/x.pop.yaml"
run tags 1 $MAX_SECONDS "$d/x.pop.yaml:1:17: error[yaml.tag]" -- "$d/x.pop.yaml"

d=$(case_dir many-nodes)  # 100,000 scalars and their list: one node over pop's limit of 100,000
{ printf '['; repeat '1,' 99999; printf '1]\n'; } >"$d/x.pop.yaml"
run many-nodes-100000 1 $MAX_SECONDS "$d/x.pop.yaml:1:200000: error[input.size]" -- "$d/x.pop.yaml"

# --- size -----------------------------------------------------------------------------------------
d=$(case_dir huge)  # 50 MB of comment lines: refused by size without reading it all
yes '# Dit is een commentaarregel van precies zestig tekens lang.' | head -c $((50 * 1000 * 1000)) >"$d/x.pop.yaml"
run huge-50MB 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.size]" -- "$d/x.pop.yaml"

# 8 GiB, sparse: 2 MB of comment lines, then a hole. Reading it all would take many seconds of
# CPU (copying 8 GiB of zeros), so finishing in under 1 s of CPU shows that pop stops reading past its limit. Only on file systems that
# keep holes (elsewhere truncate would really write 8 GiB).
d=$(case_dir sparse)
case $(stat -f -c %T "$TMP" 2>/dev/null) in
    ext2/ext3 | xfs | btrfs | tmpfs | overlayfs | zfs)
        yes '# Dit is een commentaarregel van precies zestig tekens lang.' | head -c $((2 * 1000 * 1000)) >"$d/x.pop.yaml"
        truncate -s 8G "$d/x.pop.yaml"
        run sparse-8GiB 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.size]" -- "$d/x.pop.yaml"
        rm -f -- "$d/x.pop.yaml"
        ;;
    *) skip sparse-8GiB "$(stat -f -c %T "$TMP" 2>/dev/null || echo 'this file system') may not keep holes" ;;
esac

d=$(case_dir long-line)  # 5 MB on one line
{ printf 'format_version: 1\nperson: '; repeat 'abcdefghij' 500000; echo; } >"$d/x.pop.yaml"
run long-line-5MB 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.size]" -- "$d/x.pop.yaml"

d=$(case_dir long-line-1MB)  # just under the limit: one line of 1,000,000 characters
{ printf 'format_version: 1\nperson: '; repeat 'abcdefghij' 100000; echo; } >"$d/x.pop.yaml"
run long-line-under-1MiB 1 $MAX_SECONDS "$d/x.pop.yaml:2:9: error[structure.type]" -- "$d/x.pop.yaml"

# --- bytes that are not UTF-8 text -----------------------------------------------------------
d=$(case_dir nul)
printf 'format_version: 1\nperson:\n  id: t.te\000ster\n' >"$d/x.pop.yaml"
run nul-byte 1 $MAX_SECONDS "$d/x.pop.yaml:3:11: error[input.encoding]" -- "$d/x.pop.yaml"

d=$(case_dir bad-utf8)
printf 'format_version: 1\nperson:\n  id: t.tester\n  name: Jos\xe9 Tester\n' >"$d/x.pop.yaml"
run invalid-utf8 1 $MAX_SECONDS "$d/x.pop.yaml:4:12: error[input.encoding]" -- "$d/x.pop.yaml"

d=$(case_dir bom-middle)
printf 'format_version: 1\n\xef\xbb\xbfperson:\n  id: t.tester\n' >"$d/x.pop.yaml"
run bom-in-the-middle 1 $MAX_SECONDS "$d/x.pop.yaml:2:1: error[input.encoding]" -- "$d/x.pop.yaml"

d=$(case_dir utf16)  # UTF-16LE with a byte order mark, as Windows Notepad writes "Unicode"
small_pop | awk 'BEGIN { ORS = ""; printf "\377\376" } { for (i = 1; i <= length($0); i++) printf "%s\000", substr($0, i, 1); printf "\n\000" }' \
    >"$d/x.pop.yaml"
run utf16 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.encoding]" -- "$d/x.pop.yaml"

# 100,000 bytes from a fixed linear congruential generator: the same bytes on every machine.
d=$(case_dir binary)
printf '%b' "$(awk 'BEGIN { x = 12345; for (i = 0; i < 100000; i++) { x = (x * 75 + 74) % 65537; printf "\\x%02x", x % 256 } }')" \
    >"$d/x.pop.yaml"
if [[ $(wc -c <"$d/x.pop.yaml") -ne 100000 ]]; then
    echo "tests/hostile: the binary case came out as $(wc -c <"$d/x.pop.yaml") bytes, not 100000" >&2
fi
# The first bytes are EF 46: a three-byte sequence cut short at the first byte.
run binary 1 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.encoding]" -- "$d/x.pop.yaml"

# --- things that are not regular files ---------------------------------------------------------
d=$(case_dir dir-as-policy)  # a folder where pop expects the file pop-policy.yaml
small_pop >"$d/x.pop.yaml"
mkdir -p "$d/pop-policy.yaml"
run folder-as-policy 3 $MAX_SECONDS "$d/pop-policy.yaml:1:1: error[input.unreadable]: this is a folder" -- "$d/x.pop.yaml"

d=$(case_dir symlink-loop)
ln -s loop.pop.yaml "$d/loop.pop.yaml"
run symlink-loop 3 $MAX_SECONDS "$d/loop.pop.yaml:1:1: error[input.unreadable]: symbolic links form a loop" -- "$d/loop.pop.yaml"
run symlink-loop-in-folder 3 $MAX_SECONDS "$d/loop.pop.yaml:1:1: error[input.unreadable]: symbolic links form a loop" -- "$d"

d=$(case_dir dangling)
ln -s nowhere.pop.yaml "$d/x.pop.yaml"
run dangling-symlink 3 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.unreadable]: no such file" -- "$d/x.pop.yaml"

d=$(case_dir fifo)
mkfifo "$d/x.pop.yaml"
run fifo 3 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.unreadable]: this is not a regular file" -- "$d/x.pop.yaml"
run fifo-in-folder 3 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.unreadable]: this is not a regular file" -- "$d"

d=$(case_dir unreadable)
small_pop >"$d/x.pop.yaml"
chmod 000 "$d/x.pop.yaml"
if [[ $(id -u) -ne 0 ]] && ! head -c1 "$d/x.pop.yaml" >/dev/null 2>&1; then
    run unreadable-file 3 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.unreadable]: permission denied" -- "$d/x.pop.yaml"
elif [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$POP" --version >/dev/null 2>&1; then
    # Root reads every file: run pop as the user nobody (setpriv, util-linux), who may enter the folder.
    chmod o+x -- "$TMP" "$TMP/$d"
    RUN_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
    run unreadable-file 3 $MAX_SECONDS "$d/x.pop.yaml:1:1: error[input.unreadable]: permission denied" -- "$d/x.pop.yaml"
    RUN_AS=()
else
    skip unreadable-file "file permissions are not enforced for this user, and pop cannot run as another"
fi
chmod 644 "$d/x.pop.yaml"

# --- many files ----------------------------------------------------------------------------------
d=$(case_dir many-files)
pop_text=$(small_pop)
for ((i = 0; i < 10000; i++)); do  # builtins only: a fork per file would take longer than pop
    printf -v name '%s/p%05d.pop.yaml' "$d" "$i"
    printf '%s\n' "$pop_text" >"$name"
done
run folder-of-10000-pops 0 "$MANY_SECONDS" -- "$d"
grep -q '^10000 files checked' "$TMP/.out-folder-of-10000-pops" ||
    { failed=$((failed + 1)); echo "FAIL folder-of-10000-pops: summary line: $(tail -n 1 "$TMP/.out-folder-of-10000-pops")"; }

if ((skipped > 0)); then
    echo "$passed passed, $failed failed ($skipped skipped)"
else
    echo "$passed passed, $failed failed"
fi
[[ $failed -eq 0 ]]
