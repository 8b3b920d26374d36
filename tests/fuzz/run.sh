#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ (incremental) and runs each for SECONDS.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      (default: 60 seconds, every target)
# Needs clang-14 and libclang-rt-14-dev (Debian 12), besides what the normal build needs.
# Seeds are made from the *.yaml files of examples/ and tests/ into build-fuzz/seeds/<target>;
# the corpus grows in build-fuzz/corpus/<target> across runs; crash, leak and timeout inputs go to
# build-fuzz/artifacts/<target>/ and logs to build-fuzz/logs/<target>.log (build-fuzz/ is never
# committed: copy a crash input into tests/fuzz/regressions/<target>/ to keep it).
# Two targets run at a time (FUZZ_JOBS=1 for one). Exits 1 when any target crashed, leaked or
# timed out, printing the path of the input that did; 2 on a usage or build problem.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build-fuzz
all_targets=(fuzz_read_check fuzz_report fuzz_edit fuzz_lsp)

seconds=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  if [[ ! " ${all_targets[*]} " == *" $t "* ]]; then
    echo "run.sh: unknown target $t (known: ${all_targets[*]})" >&2
    exit 2
  fi
done
jobs=${FUZZ_JOBS:-2}

# 1. Build (configure only once; later runs are incremental).
for tool in clang-14 clang++-14; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
done
if [[ ! -f $build/CMakeCache.txt ]]; then
  mkdir -p "$build"
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -DPOP_FUZZ=ON -DPOP_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; echo "run.sh: configuring failed" >&2; exit 2; }
fi
cmake --build "$build" -j2 --target "${targets[@]}" >"$build/build.log" 2>&1 ||
  { tail -n 40 "$build/build.log" >&2; echo "run.sh: the build failed (log: $build/build.log)" >&2; exit 2; }

# 2. Seeds: every *.yaml of examples/ and tests/ (fuzz_lsp: the sessions of tests/fuzz/seeds/fuzz_lsp,
#    one JSON-RPC body per line). fuzz_edit reads 8 selector bytes, two texts
#    (each ended by a backslash and another character) and then the document: each file gets a
#    few prefixes, so that different kinds of edit start from it.
# The bytes with these values (0..255).
bytes() { local b; for b in "$@"; do printf "\\x$(printf %02x "$b")"; done; }
make_seeds() {
  local target=$1 dir=$build/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  local n=0 file
  if [[ $target == fuzz_lsp ]]; then
    cp "$here/seeds/fuzz_lsp/"* "$dir/"
    return
  fi
  while IFS= read -r -d '' file; do
    n=$((n + 1))
    if [[ $target == fuzz_edit ]]; then
      local k
      for k in 0 1 2 3 4 5 6 7; do
        # selector bytes: the kind of edit comes from the last byte, the rest choose node, key and value
        { bytes $((n % 256)) $((k * 31 % 256)) $((k * 7)) 3 $((n * 13 % 256)) $((k * 11)) $((n % 10)) "$k"
          case $k in
            0) printf 'nieuwe waarde\\;2026-01-01\\;' ;;
            1) printf 'regel 1\nregel 2\n\\;x\\;' ;;
            2) printf 'no\\;- x\\;' ;;
            3) printf 'a: b #c\\;\\;' ;;
            4) printf 'caf\xc3\xa9 \xe2\x82\xac5\\;  \\;' ;;
            5) printf 'x\n  \\;y\n\\;' ;;
            6) printf '\\;\\;' ;;
            7) printf '"quoted"\\;|+\\;' ;;
          esac
          cat "$file"; } >"$dir/$(printf '%03d' "$n")-$k-$(basename "$file")"
      done
    else
      cp "$file" "$dir/$(printf '%03d' "$n")-$(basename "$file")"
    fi
  done < <(find "$root/examples" "$root/tests" -name '*.yaml' -type f -size -64k -print0 | sort -z)
}

# 3. Run one target; its summary goes to build-fuzz/logs/<target>.summary.
max_len_of() { case $1 in fuzz_edit) echo 6000 ;; *) echo 8192 ;; esac; }
dict_of() { case $1 in fuzz_lsp) echo "$here/lsp.dict" ;; *) echo "$here/pop.dict" ;; esac; }
run_target() {
  local target=$1
  local corpus=$build/corpus/$target artifacts=$build/artifacts/$target log=$build/logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$build/logs"
  make_seeds "$target"
  local started=$SECONDS  # not a limit: the summary prints how long the target ran
  # -max_total_time is how long to fuzz (not a limit on pop). watchdog: -timeout=10 reports an input
  # that runs 10 s of wall time as a hang; inputs take well under 10 ms (over 1000x).
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$build/$target" "$corpus" "$build/seeds/$target" \
    -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=1536 \
    -dict="$(dict_of "$target")" -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
  local rc=$?
  local execs cov ft files bytes problem=""
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  if [[ $rc -ne 0 ]]; then
    problem=$(grep -o 'Test unit written to .*' "$log" | tail -n 1 | sed 's/Test unit written to //')
    [[ -z $problem ]] && problem="exit code $rc, see $log"
  fi
  local took=$((SECONDS - started))  # not a limit: printed in the summary
  printf '%-16s %6ss  executions %-10s corpus %5s files %9s bytes  coverage %s edges %s features  %s\n' \
    "$target" "$took" "${execs:-?}" "$files" "$bytes" "${cov:-?}" "${ft:-?}" \
    "$([[ -n $problem ]] && echo "CRASH: $problem" || echo "no crashes")" >"$build/logs/$target.summary"
  [[ -z $problem ]]
}

echo "fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time (logs in $build/logs)"
failed=0
running=()
for t in "${targets[@]}"; do
  run_target "$t" &
  running+=($!)
  if [[ ${#running[@]} -ge $jobs ]]; then
    wait "${running[0]}" || failed=1
    running=("${running[@]:1}")
  fi
done
for pid in "${running[@]}"; do wait "$pid" || failed=1; done
for t in "${targets[@]}"; do cat "$build/logs/$t.summary"; done
if [[ $failed -ne 0 ]]; then
  echo "run.sh: a target crashed, leaked or timed out: reproduce with $build/TARGET FILE, keep the input in tests/fuzz/regressions/TARGET/" >&2
  exit 1
fi
