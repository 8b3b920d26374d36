#!/usr/bin/env bash
# Benchmark of `pop check` and `pop report` at the scale of a school board and beyond (issue #6).
#
#   usage: bash bench/run.sh [SIZE] [--profile]      SIZE: smoke, 1k, 10k (default), 100k or 250k
#
# smoke: 300 POPs, one round, a loop of 20 single-file runs, and ajv-cli only when it is installed
# already (nothing is installed); for tests/bench/smoke.sh, which checks that every row is measured
# and the targets print, never a figure.
#
# 1. Builds pop in Release (build-bench/, its own folder) and, with g++ directly, the corpus
#    generator (bench/gen_corpus.cpp) and the libyaml floor (bench/libyaml_floor.cpp).
# 2. Generates the corpus, SIZE POPs with policies, rosters and school goals, into
#    bench/corpus/SIZE/ (ignored by git; POP_BENCH_CORPUS overrides the folder). The generator is
#    deterministic; a corpus made by the same generator is reused.
# 3. Installs ajv-cli 5 and ajv-formats 3 from the npm registry into
#    ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}, outside the source tree.
# 4. Measures side by side, interleaved (one round runs every command once; the median of the
#    rounds is shown; POP_BENCH_ROUNDS overrides 3 rounds for 1k/10k, 1 for 100k/250k):
#      pop check (every core and --jobs 1), pop report --format json, pop hours --format json,
#      the libyaml floor (every core and one thread),
#      ajv-cli validating the POPs against schemas/pop.schema.json. ajv-cli reads .yaml with
#      js-yaml's default schema, which turns 2025-09-01 into a Date object, so every POP fails
#      `type: string` (shown once below); it is therefore timed on the same POPs converted to
#      JSON beforehand, the conversion (js-yaml, YAML 1.2 core schema) is timed separately, and a
#      one-process node equivalent (js-yaml core schema + Ajv + ajv-formats on the .yaml files,
#      what ajv-cli would do without the Date problem) is timed too.
#    Each row: wall time, CPU time (user + system), POP files per second (wall), peak memory
#    (GNU time %M) and the ratio of its wall time to that of `pop check`.
# 5. A single-file `pop check` as a pre-commit hook runs it (a POP of the school with the largest
#    roster, so policy, roster and school goals are read too): a loop of 200 runs, and hyperfine
#    when it is installed.
# 6. The targets of issue #6, each met or not, and of issue 17 (pop hours within 1.5x of pop report).
# With --profile: callgrind on the 1k corpus, `pop check --jobs 1`, and the top functions.
# Environment: POP_BENCH_ROUNDS (rounds), POP_BENCH_LIMIT (seconds before a command is stopped,
# default 600), POP_BENCH_POP (measure another pop binary; pop is then not built), POP_BENCH_CORPUS (corpus folder),
# POP_NPM_DIR (where ajv-cli is installed). Results and how to read them: docs/performance.md.
#
# The machine is shared and noisy: compare the ratios within one run, not times across runs.
# This is no test itself; tests/bench/smoke.sh runs it on the smoke size (ctest bench_smoke, and a
# stage of tests/run-all.sh) to keep it working.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
SIZE=10k
PROFILE=0
for arg in "$@"; do
    case $arg in
        smoke | 1k | 10k | 100k | 250k) SIZE=$arg ;;
        --profile) PROFILE=1 ;;
        *) echo "usage: bash bench/run.sh [smoke|1k|10k|100k|250k] [--profile]" >&2; exit 2 ;;
    esac
done
case $SIZE in
    smoke) N=300 ;;
    1k) N=1000 ;;
    10k) N=10000 ;;
    100k) N=100000 ;;
    250k) N=250000 ;;
esac
if [[ $SIZE == smoke ]]; then ROUNDS=1; elif [[ $N -le 10000 ]]; then ROUNDS=${POP_BENCH_ROUNDS:-3}; else ROUNDS=${POP_BENCH_ROUNDS:-1}; fi
SMOKE=0
[[ $SIZE == smoke ]] && SMOKE=1
LOOP=200  # single-file runs in the loop of section 5
[[ $SMOKE == 1 ]] && LOOP=20
LIMIT=${POP_BENCH_LIMIT:-600}  # seconds; a command still running then is stopped and shown as "> LIMIT"
TODAY=2026-11-22
BUILD=$SRC/build-bench
TOOLS=$BUILD/bench-tools
CORPUS=${POP_BENCH_CORPUS:-$SRC/bench/corpus/$SIZE}
JSON=$CORPUS-json
NPM_DIR=${POP_NPM_DIR:-${HOME:-/tmp}/.cache/pop-test-npm}
export LC_ALL=C.UTF-8 NO_COLOR=1

for tool in g++ cmake node npm pkg-config /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: needs $tool" >&2; exit 1; }
done
pkg-config --exists yaml-0.1 || { echo "bench/run.sh: needs libyaml-dev" >&2; exit 1; }

# --- 1. build ---------------------------------------------------------------------------------
mkdir -p "$BUILD"
if [[ -n ${POP_BENCH_POP:-} ]]; then  # another pop binary (say, a patched build): pop is not built
    echo "== building the bench tools (pop: POP_BENCH_POP)"
    [[ -x $POP_BENCH_POP ]] || { echo "bench/run.sh: POP_BENCH_POP=$POP_BENCH_POP is not an executable" >&2; exit 1; }
else
    echo "== building pop (Release) in build-bench/ and the bench tools"
    if ! { cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DPOP_BUILD_TESTS=OFF &&
        cmake --build "$BUILD" -j"$(nproc)"; } >"$BUILD/bench-build.log" 2>&1; then
        tail -n 30 "$BUILD/bench-build.log" >&2
        echo "bench/run.sh: the build failed (log: $BUILD/bench-build.log)" >&2
        exit 1
    fi
fi
POP=${POP_BENCH_POP:-$BUILD/pop}
echo "pop: $POP ($(git -C "$SRC" describe --always --dirty 2>/dev/null || echo "no git"))"
mkdir -p "$TOOLS"
build_tool() {  # build_tool NAME [LIBS...]: rebuilt when the source is newer
    local name=$1
    shift
    if [[ ! -x $TOOLS/$name || $SRC/bench/$name.cpp -nt $TOOLS/$name ]]; then
        g++ -std=c++20 -O2 -Wall -Wextra -o "$TOOLS/$name" "$SRC/bench/$name.cpp" "$@"
    fi
}
build_tool gen_corpus
build_tool libyaml_floor $(pkg-config --cflags --libs yaml-0.1) -pthread

# --- 2. corpus --------------------------------------------------------------------------------
stamp="$N $(sha256sum <"$SRC/bench/gen_corpus.cpp" | cut -c1-16)"
if [[ -f $CORPUS/.stamp && $(cat "$CORPUS/.stamp") == "$stamp" ]]; then
    echo "== corpus: $CORPUS (reused; made by this generator)"
    cat "$CORPUS/.generated"
else
    need=$((N * 5 / 1000 + 1))  # about 5 KB per POP on disk, with the JSON copy
    mkdir -p -- "$(dirname "$CORPUS")"  # a fresh clone has no bench/corpus/ yet (df needs the folder)
    avail=$(df -Pm "$(dirname "$CORPUS")" | awk 'NR == 2 { print $4 }')
    if [[ $avail -lt $((need * 2)) ]]; then
        echo "bench/run.sh: $SIZE needs about $((need * 2)) MB of disk, $avail MB free" >&2
        exit 1
    fi
    echo "== corpus: generating $N POPs into $CORPUS"
    rm -rf -- "$CORPUS" "$JSON"
    start=$(date +%s%N)
    "$TOOLS/gen_corpus" "$N" "$CORPUS" >"$CORPUS.generated.tmp"
    end=$(date +%s%N)
    echo "gen_corpus: written in $(((end - start) / 1000000)) ms" >>"$CORPUS.generated.tmp"
    mv "$CORPUS.generated.tmp" "$CORPUS/.generated"
    echo "$stamp" >"$CORPUS/.stamp"
    cat "$CORPUS/.generated"
fi
pops=$(find "$CORPUS" -name '*.pop.yaml' | wc -l)
others=$(find "$CORPUS" -name 'pop-*.yaml' | wc -l)
echo "corpus: $pops POPs + $others policy, roster and school-goals files, $(du -sh "$CORPUS" | cut -f1) on disk," \
    "largest folder $(find "$CORPUS" -type f -printf '%h\n' | sort | uniq -c | sort -rn | awk 'NR == 1 { print $1 }') files"

# --- 3. ajv-cli ------------------------------------------------------------------------------
have_ajv() {
    node -e '
        const r = require("module").createRequire(require("path").resolve(process.argv[1], "package.json"));
        const want = { "ajv-cli": 5, "ajv-formats": 3 };
        for (const [name, major] of Object.entries(want))
            if (Number(r(name + "/package.json").version.split(".")[0]) !== major) process.exit(1);' "$NPM_DIR" >/dev/null 2>&1
}
AJV_OK=1
if ! have_ajv && [[ $SMOKE == 1 ]]; then
    AJV_OK=0  # the smoke run installs nothing: the ajv-cli and node rows are left out
    echo "== ajv-cli@5 and ajv-formats@3 are not in $NPM_DIR: smoke run without the ajv-cli and node rows"
elif ! have_ajv; then
    echo "== installing ajv-cli@5 ajv-formats@3 into $NPM_DIR"
    mkdir -p -- "$NPM_DIR"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error ajv-cli@5 ajv-formats@3 >&2
    have_ajv || { echo "bench/run.sh: could not install ajv-cli into $NPM_DIR" >&2; exit 1; }
fi
AJV=$NPM_DIR/node_modules/.bin/ajv
AJV_ARGS=(validate --spec=draft7 --all-errors -c ajv-formats -s "$SRC/schemas/pop.schema.json")

WORK=$(mktemp -d)
trap 'rm -rf -- "$WORK"' EXIT

if [[ $AJV_OK == 1 ]]; then
ajv_version=$(node -e 'console.log(require(process.argv[1] + "/node_modules/ajv-cli/package.json").version)' "$NPM_DIR")
jsyaml_version=$(node -e 'console.log(require(process.argv[1] + "/node_modules/js-yaml/package.json").version)' "$NPM_DIR")
# ajv-cli on the .yaml files as they are: the Date problem, shown on one folder.
sample_dir=$(find "$CORPUS" -name '*.pop.yaml' -printf '%h\n' | sort | awk 'NR == 1')
"$AJV" "${AJV_ARGS[@]}" -d "$sample_dir/*.pop.yaml" >"$WORK/ajv-yaml.txt" 2>&1 || true
sample_total=$(find "$sample_dir" -name '*.pop.yaml' | wc -l)
sample_invalid=$(grep -c ' invalid$' "$WORK/ajv-yaml.txt" || true)
sample_date=$(grep -c "instancePath: '/period/start'" "$WORK/ajv-yaml.txt" || true)
echo "ajv-cli $ajv_version on .yaml as is ($sample_dir): $sample_invalid of $sample_total POPs invalid," \
    "$sample_date of them with \"/period/start must be string\" (js-yaml $jsyaml_version makes dates Date objects)"

# The JSON copy for ajv-cli, made once here (and timed again in every round below).
node "$SRC/bench/yaml_to_json.mjs" "$NPM_DIR" "$CORPUS" "$JSON" >"$WORK/convert.txt"
cat "$WORK/convert.txt"
fi

# --- 4. side by side -------------------------------------------------------------------------
echo "== machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
    "$(free -h | awk '/^Mem:/ { print $2 " memory, " $7 " available" }'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== measuring $ROUNDS round(s), commands interleaved"
names=(check check1 report hours floor floor1)
[[ $AJV_OK == 1 ]] && names+=(ajvjson convert ajvyaml)
declare -A label cmd
label[check]="pop check ($(nproc) threads)"
label[check1]="pop check --jobs 1"
label[report]="pop report --format json"
label[hours]="pop hours --format json"
label[floor]="libyaml floor ($(nproc) threads)"
label[floor1]="libyaml floor (1 thread)"
label[ajvjson]="ajv-cli on pre-converted JSON"
label[convert]="  + YAML->JSON conversion (js-yaml)"
label[ajvyaml]="node: js-yaml + Ajv in one process"
run_one() {  # run_one NAME: appends "wall_ms cpu_ms peak_kb exit" to $WORK/NAME
    local name=$1 start end code
    local -a c
    case $name in
        check) c=("$POP" check --today "$TODAY" "$CORPUS") ;;
        check1) c=("$POP" check --jobs 1 --today "$TODAY" "$CORPUS") ;;
        report) c=("$POP" report --format json --today "$TODAY" "$CORPUS") ;;
        hours) c=("$POP" hours --format json --today "$TODAY" "$CORPUS") ;;
        floor) c=("$TOOLS/libyaml_floor" "$CORPUS") ;;
        floor1) c=("$TOOLS/libyaml_floor" --jobs 1 "$CORPUS") ;;
        ajvjson) c=("$AJV" "${AJV_ARGS[@]}" -d "$JSON/**/*.pop.json") ;;
        convert) rm -rf -- "$JSON"; c=(node "$SRC/bench/yaml_to_json.mjs" "$NPM_DIR" "$CORPUS" "$JSON") ;;
        ajvyaml) c=(node "$SRC/bench/ajv_yaml.mjs" "$NPM_DIR" "$SRC/schemas/pop.schema.json" "$CORPUS") ;;
    esac
    start=$(date +%s%N)
    code=0
    timeout "$LIMIT" /usr/bin/time -f '%U %S %M' -o "$WORK/time" "${c[@]}" >"$WORK/$name.out" 2>"$WORK/$name.err" || code=$?
    if [[ $code == 124 ]]; then  # stopped at the time limit: no usable time or memory
        echo "$((LIMIT * 1000)) 0 0 124" >>"$WORK/$name"
        return
    fi
    end=$(date +%s%N)
    read -r user sys peak < <(tail -n 1 "$WORK/time")
    echo "$(((end - start) / 1000000)) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }') $peak $code" >>"$WORK/$name"
}
for ((round = 1; round <= ROUNDS; round++)); do
    for name in "${names[@]}"; do run_one "$name"; done
    echo "round $round done"
done
median() {  # median FILE COLUMN
    awk -v col="$2" '{ print $col }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
declare -A wall cpu peak
for name in "${names[@]}"; do
    wall[$name]=$(median "$WORK/$name" 1)
    cpu[$name]=$(median "$WORK/$name" 2)
    peak[$name]=$(median "$WORK/$name" 3)
done

echo
echo "pop check: $(tail -n 1 "$WORK/check.out")"
echo "pop report: $(wc -c <"$WORK/report.out") bytes of JSON"
echo "pop hours: $(wc -c <"$WORK/hours.out") bytes of JSON"
cat "$WORK/floor.out"
[[ $AJV_OK == 1 ]] && echo "ajv-cli on JSON: $(cat "$WORK/ajvjson.out" "$WORK/ajvjson.err" | grep -c ' valid$' || true) valid," \
    "$(cat "$WORK/ajvjson.out" "$WORK/ajvjson.err" | grep -c ' invalid$' || true) invalid;" \
    "$(cat "$WORK/ajvyaml.out")"
echo
printf '| %-38s | %9s | %9s | %10s | %8s | %9s |\n' "what ($pops POPs, $SIZE)" "wall" "CPU" "POPs/s" "peak" "wall/check"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" "-----------" "-----------" "------------" "----------" "-----------"
for name in "${names[@]}"; do
    stopped=$(awk '$4 == 124' "$WORK/$name" | wc -l)
    awk -v l="${label[$name]}" -v w="${wall[$name]}" -v c="${cpu[$name]}" -v p="${peak[$name]}" -v n="$pops" \
        -v base="${wall[check]}" -v stopped="$stopped" 'BEGIN {
            if (stopped > 0) { printf "| %-38s | > %5d s | %9s | %10s | %8s | %10s |\n", l, w / 1000, "-", "-", "-", "-"; exit }
            printf "| %-38s | %7.2f s | %7.2f s | %10.0f | %5.0f MB | %8.2fx |\n",
                l, w / 1000, c / 1000, n / (w > 0 ? w / 1000 : 0.001), p / 1024, w / (base > 0 ? base : 1) }'
done
for name in "${names[@]}"; do
    if awk '$4 == 124 { found = 1 } END { exit !found }' "$WORK/$name"; then
        echo "(${label[$name]}: stopped after ${LIMIT} s, POP_BENCH_LIMIT; the ratios with it are lower bounds)"
    fi
done
if [[ $AJV_OK == 1 ]]; then
    ajv_total=$((wall[ajvjson] + wall[convert]))
    echo "(ajv-cli on JSON plus the conversion: $(awk -v t="$ajv_total" 'BEGIN { printf "%.2f s", t / 1000 }'))"
fi

# --- 5. one file, as a pre-commit hook checks it ----------------------------------------------
biggest_roster=$(find "$CORPUS" -name pop-roster.yaml -printf '%s %p\n' | sort -n | tail -n 1 | cut -d' ' -f2-)
one=$(find "$(dirname "$biggest_roster")/pops" -name '*.pop.yaml' | sort | awk 'NR == 1')
echo
echo "== one file: ${one#"$SRC"/} (roster of $(grep -c '^  - id:' "$biggest_roster") staff)"
loop_ms() {  # loop_ms N COMMAND...: mean wall time of N runs in ms
    local n=$1 start end i
    shift
    start=$(date +%s%N)
    for ((i = 0; i < n; i++)); do "$@" >/dev/null 2>&1 || true; done
    end=$(date +%s%N)
    awk -v t=$((end - start)) -v n="$n" 'BEGIN { printf "%.2f", t / n / 1e6 }'
}
loop_ms 20 "$POP" check --today "$TODAY" "$one" >/dev/null  # warm up
single=$(loop_ms "$LOOP" "$POP" check --today "$TODAY" "$one")
truebase=$(loop_ms "$LOOP" /bin/true)
/usr/bin/time -f '%M' -o "$WORK/one-time" "$POP" check --today "$TODAY" "$one" >/dev/null 2>&1 || true
echo "pop check FILE: ${single} ms per run (mean of $LOOP runs in a loop; /bin/true in the same loop: ${truebase} ms)," \
    "peak $(($(tail -n 1 "$WORK/one-time") / 1024)) MB"
if command -v hyperfine >/dev/null && [[ $SMOKE == 0 ]]; then
    # Side by side: the cost of starting any process, of starting pop, and the check itself.
    hyperfine -N --warmup 20 --runs 200 -i --export-json "$WORK/hyperfine.json" \
        "/bin/true" "$POP --version" "$POP check --today $TODAY $one" >/dev/null 2>&1 || true
    node -e 'for (const r of require(process.argv[1]).results)
        console.log(`hyperfine, 200 runs, no shell: ${r.command.replace(process.argv[2], "pop").replace(/ \/.*\//, " .../")}: ` +
            `median ${(r.median * 1000).toFixed(2)} ms, mean ${(r.mean * 1000).toFixed(2)} ± ${(r.stddev * 1000).toFixed(2)}, min ${(r.min * 1000).toFixed(2)}`)' \
        "$WORK/hyperfine.json" "$POP"
    single_hf=$(node -e 'console.log((require(process.argv[1]).results[2].median * 1000).toFixed(2))' "$WORK/hyperfine.json")
else
    single_hf=$single
    [[ $SMOKE == 1 ]] || echo "(hyperfine is not installed: apt-get install hyperfine for mean ± σ)"
fi

# --- 6. the targets ---------------------------------------------------------------------------
echo
echo "== targets (issue #6)"
verdict() { if [[ $1 == 1 ]]; then echo "met"; else echo "NOT met"; fi; }
stopped() { awk '$4 == 124 { found = 1 } END { exit !found }' "$WORK/$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }'; }
if stopped check; then
    echo "pop check did not finish within ${LIMIT} s: the ajv-cli and floor targets are NOT met" \
        "(ajv-cli on JSON took $(ratio "${wall[ajvjson]}" 1000) s, the floor $(ratio "${wall[floor]}" 1000) s)"
else
    against_list=(ajvjson ajvboth ajvyaml)
    if [[ $AJV_OK == 0 ]]; then
        against_list=()
        echo "pop check vs ajv-cli and js-yaml + Ajv: not measured (ajv-cli is not installed; smoke run)"
    fi
    for against in "${against_list[@]}"; do
        case $against in
            ajvjson) what="ajv-cli on pre-converted JSON (conversion not counted)"; a=${wall[ajvjson]}; ac=${cpu[ajvjson]} ;;
            ajvboth) what="ajv-cli on JSON + the conversion"; a=$ajv_total; ac=$((cpu[ajvjson] + cpu[convert])) ;;
            ajvyaml) what="js-yaml + Ajv in one node process"; a=${wall[ajvyaml]}; ac=${cpu[ajvyaml]} ;;
        esac
        r=$(ratio "$a" "${wall[check]}")
        echo "pop check vs $what: ${r}x faster in wall time, $(ratio "$ac" "${cpu[check]}")x in CPU;" \
            "target at least 5x (on 10k; this is $SIZE): $(verdict "$(awk -v r="$r" 'BEGIN { print (r >= 5) }')")"
    done
    r_floor=$(ratio "${wall[check]}" "${wall[floor]}")
    echo "pop check vs the libyaml floor, every core: ${r_floor}x in wall time, $(ratio "${cpu[check]}" "${cpu[floor]}")x in CPU" \
        "(one thread each: $(ratio "${wall[check1]}" "${wall[floor1]}")x wall, $(ratio "${cpu[check1]}" "${cpu[floor1]}")x CPU);" \
        "target at most 2x: $(verdict "$(awk -v r="$r_floor" 'BEGIN { print (r <= 2) }')")"
fi
if [[ $SIZE == 250k ]] && stopped report; then
    echo "pop report, 250k POPs: did not finish within ${LIMIT} s: NOT met"
elif [[ $SIZE == 250k ]]; then
    echo "pop report, 250k POPs on $(nproc) cores: $(awk -v w="${wall[report]}" 'BEGIN { printf "%.1f", w / 1000 }') s," \
        "peak $((peak[report] / 1024)) MB; target under 20 s and under 150 MB:" \
        "$(verdict "$(awk -v w="${wall[report]}" -v p="${peak[report]}" 'BEGIN { print (w < 20000 && p < 150 * 1024) }')")"
else
    echo "pop report under 20 s and 150 MB: measured on 250k only (bash bench/run.sh 250k)"
fi
if stopped hours || stopped report; then
    echo "pop hours vs pop report: one of them did not finish within ${LIMIT} s: NOT met"
else
    echo "pop hours vs pop report --format json on the same corpus: $(ratio "${wall[hours]}" "${wall[report]}")x the wall time," \
        "$(ratio "${peak[hours]}" "${peak[report]}")x the peak memory; target at most 1.5x both (issue 17):" \
        "$(verdict "$(awk -v w="${wall[hours]}" -v wr="${wall[report]}" -v p="${peak[hours]}" -v pr="${peak[report]}" \
            'BEGIN { print (w <= 1.5 * wr && p <= 1.5 * pr) }')")"
fi
echo "pop check of one file: ${single_hf} ms (hyperfine's median, else the loop's mean); target under 10 ms: $(verdict "$(awk -v s="$single_hf" 'BEGIN { print (s < 10) }')")"

# --- profile -----------------------------------------------------------------------------------
if [[ $PROFILE == 1 ]]; then
    command -v valgrind >/dev/null || { echo "bench/run.sh: --profile needs valgrind" >&2; exit 1; }
    P1K=$SRC/bench/corpus/1k
    [[ $SIZE == 1k ]] && P1K=$CORPUS  # POP_BENCH_CORPUS names the 1k corpus too
    mkdir -p -- "$(dirname "$P1K")"
    if [[ ! -f $P1K/.stamp || $(cat "$P1K/.stamp") != "1000 ${stamp#* }" ]]; then
        rm -rf -- "$P1K"
        "$TOOLS/gen_corpus" 1000 "$P1K" >/dev/null
        echo "1000 ${stamp#* }" >"$P1K/.stamp"
    fi
    echo
    echo "== profile: valgrind --tool=callgrind pop check --jobs 1 on the 1k corpus (instructions, reproducible)"
    valgrind --tool=callgrind --callgrind-out-file="$BUILD/callgrind.pop-check-1k.out" \
        "$POP" check --jobs 1 --today "$TODAY" "$P1K" >/dev/null 2>"$WORK/cg.err" || true
    valgrind --tool=callgrind --callgrind-out-file="$BUILD/callgrind.floor-1k.out" \
        "$TOOLS/libyaml_floor" --jobs 1 "$P1K" >/dev/null 2>"$WORK/cgf.err" || true
    echo "pop check: $(grep -o 'refs: *[0-9,]*' "$WORK/cg.err"); libyaml floor: $(grep -o 'refs: *[0-9,]*' "$WORK/cgf.err")"
    echo "-- top functions, exclusive ($BUILD/callgrind.pop-check-1k.out)"
    callgrind_annotate "$BUILD/callgrind.pop-check-1k.out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n '3,27p' | cut -c1-170
    echo "-- top functions, inclusive"
    callgrind_annotate --inclusive=yes "$BUILD/callgrind.pop-check-1k.out" 2>/dev/null | sed -n '/file:function/,$p' |
        sed -n '3,40p' | cut -c1-170
fi
