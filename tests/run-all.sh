#!/usr/bin/env bash
# tests/run-all.sh [--install]
#
# Builds pop with its tests and runs them all: the one test command of README.md and .ci/run.
#
# --install   first installs what is missing: the Debian packages for building and testing
#             (apt-get; needs root, or sudo), and the npm packages of the schema test (ajv@8,
#             ajv-formats@3, yaml@2) into ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}.
# Without --install nothing is installed and no root is needed.
set -euo pipefail

cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

install=
for arg in "$@"; do
    case $arg in
        --install) install=1 ;;
        -h | --help)
            sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
            exit 0
            ;;
        *)
            echo "tests/run-all.sh: unknown argument $arg (only --install)" >&2
            exit 2
            ;;
    esac
done

# Debian packages the build and the tests need.
PACKAGES=(pkg-config libyaml-dev libyaml-cpp-dev libcli11-dev libfmt-dev doctest-dev nodejs npm time ca-certificates pre-commit libxml2-utils python3 python3-icalendar chromium fonts-dejavu-core patch util-linux)

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
    # The JSON Schema validator of tests/schema (kept outside the source tree, never committed).
    local npm_dir=${POP_NPM_DIR:-${HOME:-/tmp}/.cache/pop-test-npm}
    if [[ -f $npm_dir/node_modules/ajv/package.json && -f $npm_dir/node_modules/ajv-formats/package.json &&
        -f $npm_dir/node_modules/yaml/package.json && -f $npm_dir/node_modules/csv-parse/package.json ]]; then
        echo "tests/run-all.sh: npm packages are in $npm_dir"
    else
        echo "tests/run-all.sh: installing ajv@8 ajv-formats@3 yaml@2 csv-parse@5 into $npm_dir"
        mkdir -p -- "$npm_dir"
        npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error ajv@8 ajv-formats@3 yaml@2 csv-parse@5
    fi
}

if [[ -n $install ]]; then
    install_missing
fi

# The test command (README.md quotes it).
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOP_BUILD_TESTS=ON && cmake --build build -j"$(nproc)" && ctest --test-dir build --output-on-failure
