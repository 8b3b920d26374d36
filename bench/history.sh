#!/usr/bin/env bash
# Benchmark of the history-aware check: a repository of N POPs (default 1,000) with C commits
# (default 200), checked with `pop check --history` at its root. Prints wall time and peak memory
# of the whole run (median of 5), and how long git's own history walk takes, for comparison.
#
#   usage: bash bench/history.sh [POP_BINARY] [N] [C]
# The corpus is generated in a temporary folder and removed afterwards; nothing is committed.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
POP=$(realpath "${1:-$SRC/build/pop}")
N=${2:-1000}
C=${3:-200}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || { echo "bench/history.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

cd "$WORK"
git init -q -b main repo && cd repo
git config user.name bench && git config user.email bench@example.invalid
cp "$SRC"/examples/pop-policy.yaml "$SRC"/examples/pop-school-goals.yaml .
templates=("$SRC"/examples/pops/[a-z]*.[a-z]*.pop.yaml)
mkdir pops
{
    echo "format_version: 1"
    echo "staff:"
    for ((i = 0; i < N; i++)); do echo "  - {id: p$i, name: Persoon $i}"; done
} > pop-roster.yaml
for ((i = 0; i < N; i++)); do
    t=${templates[$((i % ${#templates[@]}))]}
    sed -E "s/^  id: .*/  id: p$i/" "$t" > "pops/p$i.pop.yaml"
done
GIT_COMMITTER_DATE="2024-09-01T12:00:00" GIT_AUTHOR_DATE="2024-09-01T12:00:00" git add -A
GIT_COMMITTER_DATE="2024-09-01T12:00:00" GIT_AUTHOR_DATE="2024-09-01T12:00:00" git commit -qm "start"
# C-1 more commits, each touching a few POPs, spread over two years.
for ((c = 1; c < C; c++)); do
    for k in 0 1 2; do
        f="pops/p$(((c * 7 + k * 131) % N)).pop.yaml"
        echo "# bijgewerkt in commit $c" >> "$f"
    done
    day=$((c * 730 / C))
    d=$(date -u -d "2024-09-01 + $day days" +%Y-%m-%dT12:00:00)
    git add -A && GIT_COMMITTER_DATE="$d" GIT_AUTHOR_DATE="$d" git commit -qm "commit $c"
done

run() {  # run LABEL COMMAND...: median wall time and peak RSS of 5 runs
    local label=$1 times=() mems=() i
    shift
    for i in 1 2 3 4 5; do
        /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >/dev/null 2>&1 || true
        read -r t m < <(tail -n 1 "$WORK/t")
        times+=("$t"); mems+=("$m")
    done
    local mt mm
    mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    mm=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n 3p)
    printf '%-44s %8s s %8s MB\n' "$label" "$mt" "$((mm / 1024))"
}
echo "repository: $N POPs, $(git rev-list --count HEAD) commits, $(du -sh .git | cut -f1) of git objects; $(nproc) cores"
run "pop check --history (whole run)" "$POP" check --today 2026-11-22 --history .
run "pop check (without --history)" "$POP" check --today 2026-11-22 .
run "git log --name-only (the walk alone)" git log --format=%x1e%cs --name-only --no-renames -- '*.pop.yaml'
stale=$("$POP" check --today 2026-11-22 --history . | grep -c 'history.stale' || true)
echo "history.stale findings: $stale of $N POPs"
