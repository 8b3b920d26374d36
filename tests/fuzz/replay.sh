#!/usr/bin/env bash
# ctest fuzz_regressions: replays tests/fuzz/regressions/<target>/, the committed seeds
# tests/fuzz/seeds/<target>/ (when there) and the YAML files of examples/
# through each target's replay executable (built by tests/fuzz/fuzz.cmake, named <target>_replay).
# Usage: replay.sh SOURCE_DIR REPLAY_EXECUTABLE...
set -euo pipefail
src=$1
shift
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for exe in "$@"; do
  target=$(basename "$exe")
  target=${target%_replay}
  dir=$src/tests/fuzz/regressions/$target
  if [[ ! -d $dir ]]; then
    echo "FAIL $target: no folder $dir" >&2
    status=1
    continue
  fi
  # Every regression, committed seed and example file; stderr only shown on failure.
  seeds=()
  [[ -d $src/tests/fuzz/seeds/$target ]] && seeds=("$src/tests/fuzz/seeds/$target")
  if out=$("$exe" "$dir" "${seeds[@]}" "$src/examples" 2>"$log"); then
    echo "ok   $target: $out"
  else
    echo "FAIL $target:" >&2
    tail -n 40 "$log" >&2
    status=1
  fi
done
exit $status
