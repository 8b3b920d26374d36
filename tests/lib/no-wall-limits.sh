#!/usr/bin/env bash
# tests/lib/no-wall-limits.sh [ROOT]
#
# The suite bounds CPU time and memory, never wall time: a busy machine may make a test slow, not
# make it fail (issue 20). This greps the test scripts and build files of ROOT (default: this
# checkout) for what measures or limits elapsed time:
#   - a `timeout DURATION` command, libFuzzer's -timeout=, a ctest TIMEOUT property or --timeout;
#   - GNU time's `%e` (elapsed seconds) in a format;
#   - bash's $SECONDS, C++ steady_clock / system_clock / high_resolution_clock,
#     JavaScript Date.now() / performance.now(), Python time.time() / monotonic() / perf_counter();
#   - a polling loop that sleeps (`sleep 0.05` in a loop bounds a wait by wall time).
# Each hit must be documented on its line or in the five lines above it with the word
# `watchdog` (a limit against a hang, at least 10x what the step takes, said in that comment) or
# `not a limit` (a duration that is only printed). Prints each undocumented hit as FILE:LINE: TEXT
# and exits 1 when there is one; prints how many hits it found documented and exits 0 otherwise.
set -uo pipefail

ROOT=${1:-$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)}
cd -- "$ROOT" || exit 2

PATTERN='(^|[^-A-Za-z0-9_.])timeout( +-[a-zA-Z]+( +[A-Z0-9]+)?)* +"?[0-9$]|-timeout=|(^|[^A-Z_])TIMEOUT([^A-Z_]|$)|--timeout|-f +["'"'"'][^"'"'"']*%e|\$SECONDS|\(\(SECONDS|steady_clock|system_clock|high_resolution_clock|Date\.now\(|performance\.now\(|time\.time\(|time\.monotonic|perf_counter|(^|[^a-z_])sleep +[0-9.]'

mapfile -t files < <(
    {
        git ls-files -- tests CMakeLists.txt '*.cmake' .ci 2>/dev/null ||
            find tests CMakeLists.txt .ci -type f 2>/dev/null
    } | grep -E '\.(sh|mjs|js|py|cpp|h|cmake|txt)$|^\.ci/run$' |
        grep -v -E '^tests/fuzz/regressions/|^tests/.*/fixtures/|^tests/golden/cases/|^tests/lib/no-wall-limits\.sh$'
)

bad=0 documented=0
for f in "${files[@]}"; do
    [[ -f $f ]] || continue
    # awk keeps the five lines before each line to look for the word.
    while IFS= read -r hit; do
        [[ -z $hit ]] && continue
        case $hit in
            ok:*) documented=$((documented + 1)) ;;
            *) echo "$hit"; bad=$((bad + 1)) ;;
        esac
    done < <(awk -v f="$f" -v re="$PATTERN" '
        {
            line[NR % 6] = $0
            if ($0 ~ re) {
                ctx = $0
                for (k = 1; k <= 5 && NR - k >= 1; k++) ctx = ctx "\n" line[(NR - k) % 6]
                if (tolower(ctx) ~ /watchdog|not a limit/) print "ok:" f ":" NR
                else { t = $0; sub(/^[ \t]+/, "", t); print f ":" NR ": " substr(t, 1, 140) }
            }
        }' "$f")
done

if ((bad > 0)); then
    echo "tests/lib/no-wall-limits.sh: $bad undocumented wall-clock limit(s) above: bound CPU time" \
        "(GNU time %U %S, ulimit -t) or memory instead, or document a generous watchdog (see the" \
        "top of this script)" >&2
    exit 1
fi
echo "tests/lib/no-wall-limits.sh: ${#files[@]} files, no undocumented wall-clock limit" \
    "($documented documented watchdogs or printed durations)"
