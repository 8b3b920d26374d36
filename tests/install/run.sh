#!/usr/bin/env bash
# tests/install/run.sh BUILD_DIR [--root]
#
# pop installed like any other command-line tool (issue 15), checked on a built tree BUILD_DIR.
#
# Without --root (ctest `install_tree`; no root needed, nothing outside a temporary folder):
#   a. `DESTDIR=TMP cmake --install BUILD_DIR --prefix /usr` installs bin/pop, the schemas
#      (share/pop/schemas/: every file of schemas/, the four file schemas equal to `pop schema KIND`),
#      README.md and docs/*.md (share/doc/pop/), copyright and changelog.gz; the man pages
#      (English and Dutch, gzipped; BUILD_DIR/man), the bash, zsh and fish completions
#      (BUILD_DIR/completions);
#   b. no test program is installed: pop is the only program (ELF file) in the tree;
#   c. the installed pop says the same --version, and on examples/ gives the build's output of
#      `pop check --today 2026-11-22 examples/` (stdout, stderr, exit code 1);
#      `pop schema --write` (installed) writes the schemas into a repository, and `pop init` in a new
#      repository leaves the schema its first line names;
#   d. `cmake --install BUILD_DIR --prefix TMP/prefix` (no DESTDIR) installs TMP/prefix/bin/pop.
#
# With --root (only from `tests/run-all.sh --install`, never from ctest; needs root): the Debian
# package, for real on this machine, which is left as it was (the package is removed on any exit):
#   e. `cpack -G DEB` in BUILD_DIR makes pop_<version>_amd64.deb: stripped binary, Depends from the
#      shared libraries, copyright; lintian reports no error (warnings are printed);
#   f. `apt-get install -y ./pop_<version>_amd64.deb`; /usr/bin/pop --version is the build's; the
#      installed pop on examples/ gives the build's output; `pop help check` works;
#   g. the man pages open (`man -w pop`, `man -L nl -w pop`, `man -l`); the completion files are
#      in the folders bash, zsh and fish read, and tests/completion/run.sh passes on the installed
#      files with /usr/bin/pop (static and dynamic candidates in each shell);
#   h. `apt-get remove --purge -y pop` leaves none of the package's files behind.
# Ends with `N passed, M failed`; exits 1 when something failed.
set -uo pipefail

usage() {
    echo "usage: $0 BUILD_DIR [--root]" >&2
    exit 2
}
[[ $# -ge 1 && $# -le 2 ]] || usage
BUILD=$(realpath -- "$1") || exit 2
ROOT_MODE=
if [[ $# -eq 2 ]]; then
    [[ $2 == --root ]] || usage
    ROOT_MODE=1
fi
if [[ ! -x $BUILD/pop || ! -f $BUILD/cmake_install.cmake ]]; then
    echo "tests/install: $BUILD is not a build folder with a built pop" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1
unset GITHUB_ACTIONS GITLAB_CI

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-install.XXXXXX") || exit 1
PACKAGE_INSTALLED=
cleanup() {
    # Leave the machine as it was: the package goes, whatever step failed.
    if [[ -n $PACKAGE_INSTALLED ]] && dpkg-query -W -f='${Status}' pop 2>/dev/null | grep -qv 'not-installed'; then
        echo "tests/install: removing the package pop"
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y pop >/dev/null 2>&1
    fi
    rm -rf -- "$TMP"
}
trap cleanup EXIT

passed=0
failed=0
ok() {
    passed=$((passed + 1))
    echo "ok   $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    # shellcheck disable=SC2001
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 40
}
check() {  # check NAME COMMAND...: ok when the command succeeds
    local name=$1
    shift
    local out
    if out=$("$@" 2>&1); then ok "$name"; else fail "$name" "$out"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
    exit
}

# The build's pop on examples/, the reference for every installed pop. (cpack builds the build
# folder again first, which brings its pop's `git describe` up to date: taken after that.)
reference() {
    (cd -- "$SRC" && "$BUILD/pop" check --today "$TODAY" examples/ >"$TMP/want.out" 2>"$TMP/want.err")
    echo $? >"$TMP/want.rc"
    "$BUILD/pop" --version >"$TMP/want.version" 2>&1
    if [[ $(cat "$TMP/want.rc") != 1 ]]; then
        fail "the build's pop check on examples/ exits 1" "exit $(cat "$TMP/want.rc")"
    fi
}

# same_as_build NAME POP: the installed POP gives the build's output on examples/ and its --version.
same_as_build() {
    local name=$1 pop=$2
    (cd -- "$SRC" && "$pop" check --today "$TODAY" examples/ >"$TMP/got.out" 2>"$TMP/got.err")
    echo $? >"$TMP/got.rc"
    if cmp -s "$TMP/want.out" "$TMP/got.out" && cmp -s "$TMP/want.err" "$TMP/got.err" &&
        cmp -s "$TMP/want.rc" "$TMP/got.rc"; then
        ok "$name: pop check on examples/ as the build's (exit $(cat "$TMP/got.rc"))"
    else
        fail "$name: pop check on examples/ differs from the build's" \
            "exit $(cat "$TMP/got.rc") (want $(cat "$TMP/want.rc"))
$(diff "$TMP/want.out" "$TMP/got.out"; diff "$TMP/want.err" "$TMP/got.err")"
    fi
    if "$pop" --version 2>&1 | cmp -s "$TMP/want.version" -; then
        ok "$name: --version is the build's: $(cat "$TMP/want.version")"
    else
        fail "$name: --version differs" "$("$pop" --version 2>&1) (want $(cat "$TMP/want.version"))"
    fi
}

# expected_files PREFIX_IN_TREE: the files the install must contain, one a line.
expected_files() {
    local p=$1 f
    echo "$p/bin/pop"
    for f in "$SRC"/schemas/*.schema.json; do echo "$p/share/pop/schemas/${f##*/}"; done
    echo "$p/share/doc/pop/README.md"
    for f in "$SRC"/docs/*.md; do echo "$p/share/doc/pop/docs/${f##*/}"; done
    echo "$p/share/doc/pop/copyright"
    echo "$p/share/doc/pop/changelog.gz"
    echo "$p/share/lintian/overrides/pop"
}

# Man pages and completions: checked when this build made them (cmake/man.cmake, completions.cmake).
HAVE_MAN=
[[ -d $BUILD/man ]] && HAVE_MAN=1
HAVE_COMPLETIONS=
[[ -d $BUILD/completions ]] && HAVE_COMPLETIONS=1

if [[ -z $ROOT_MODE ]]; then
    reference
    # ---- a. DESTDIR install with --prefix /usr ----
    DEST=$TMP/dest
    if DESTDIR=$DEST cmake --install "$BUILD" --prefix /usr >"$TMP/install.log" 2>&1; then
        ok "DESTDIR=... cmake --install --prefix /usr"
    else
        fail "DESTDIR=... cmake --install --prefix /usr" "$(cat "$TMP/install.log")"
        finish
    fi
    missing=()
    while read -r f; do [[ -f $DEST$f ]] || missing+=("$f"); done < <(expected_files /usr)
    if [[ ${#missing[@]} -eq 0 ]]; then
        ok "installed: bin/pop, $(ls "$SRC"/schemas/*.schema.json | wc -l) schemas, README.md and $(ls "$SRC"/docs/*.md | wc -l) docs, copyright, changelog.gz"
    else
        fail "files not installed" "$(printf '%s\n' "${missing[@]}"; echo "--- installed:"; cd "$DEST" && find . -type f | sort)"
    fi
    [[ -x $DEST/usr/bin/pop ]] && ok "bin/pop is executable" || fail "bin/pop is not executable"
    bad=()
    for kind in pop policy roster school-goals; do
        "$BUILD/pop" schema "$kind" | cmp -s - "$DEST/usr/share/pop/schemas/$kind.schema.json" || bad+=("$kind")
    done
    [[ ${#bad[@]} -eq 0 ]] && ok "installed schemas are what pop schema KIND prints" ||
        fail "installed schemas differ from pop schema KIND: ${bad[*]}"
    if gzip -t "$DEST/usr/share/doc/pop/changelog.gz" 2>/dev/null; then ok "changelog.gz is gzip"; else fail "changelog.gz is not gzip"; fi
    if [[ -n $HAVE_MAN ]]; then
        found=$(find "$DEST/usr/share/man/man1" "$DEST/usr/share/man/nl/man1" -name 'pop.1*' 2>/dev/null | wc -l)
        [[ $found -eq 2 ]] && ok "man pages pop(1) in English and Dutch installed" ||
            fail "man pages: $found of man1/pop.1 and nl/man1/pop.1" "$(cd "$DEST" && find . -path '*man*' | sort)"
    else
        fail "this build made no man pages ($BUILD/man; the target man of cmake/man.cmake)"
    fi
    if [[ -n $HAVE_COMPLETIONS ]]; then
        missing=()
        for f in bash-completion/completions/pop zsh/vendor-completions/_pop fish/vendor_completions.d/pop.fish; do
            [[ -f $DEST/usr/share/$f ]] || missing+=("$f")
        done
        [[ ${#missing[@]} -eq 0 ]] && ok "bash, zsh and fish completions installed" ||
            fail "completions not installed: ${missing[*]}"
    else
        fail "this build made no completions ($BUILD/completions; cmake/completions.cmake)"
    fi

    # ---- b. no test program ----
    programs=$(cd "$DEST" && find . -type f -exec sh -c 'head -c 4 "$1" | grep -q "ELF" && echo "$1"' sh {} \; | sort)
    if [[ $programs == ./usr/bin/pop ]]; then
        ok "pop is the only program installed (no pop-faults, pop_unit_tests, yamlcpp_compare, fuzz targets)"
    else
        fail "programs installed besides pop" "$programs"
    fi
    others=$(cd "$DEST" && find . -type f \( -name 'pop-faults' -o -name 'pop_unit_tests' -o -name 'yamlcpp_compare' -o -name 'fuzz_*' \))
    [[ -z $others ]] && ok "no test program by name" || fail "test programs installed" "$others"

    # ---- c. the installed pop works as the build's ----
    same_as_build "DESTDIR install" "$DEST/usr/bin/pop"

    # ---- c2. the installed pop gives a new repository its schemas ----
    repo=$TMP/repo
    mkdir -p "$repo/team" && git -C "$repo" init -q
    (cd "$repo/team" && "$DEST/usr/bin/pop" schema --write >"$TMP/write1.out" 2>&1 &&
        "$DEST/usr/bin/pop" schema --write >"$TMP/write2.out" 2>&1)
    bad=()
    for kind in pop policy roster school-goals; do
        "$BUILD/pop" schema "$kind" | cmp -s - "$repo/schemas/$kind.schema.json" || bad+=("$kind")
    done
    if [[ ${#bad[@]} -eq 0 && $(grep -c '^wrote \.\./schemas/' "$TMP/write1.out") == 4 &&
        $(grep -c 'is up to date$' "$TMP/write2.out") == 4 ]]; then
        ok "pop schema --write in a repository's subfolder: ../schemas/, four files as pop schema KIND, then up to date"
    else
        fail "pop schema --write" "differ: ${bad[*]}
$(cat "$TMP/write1.out" "$TMP/write2.out")"
    fi
    mkdir -p "$TMP/new" && git -C "$TMP/new" init -q
    (cd "$TMP/new" && "$DEST/usr/bin/pop" --today "$TODAY" init --id e.demir --name "Elif Demir" </dev/null >"$TMP/init.out" 2>&1)
    if [[ $(head -n 1 "$TMP/new/e.demir.pop.yaml" 2>/dev/null) == '# yaml-language-server: $schema=schemas/pop.schema.json' ]] &&
        "$BUILD/pop" schema pop | cmp -s - "$TMP/new/schemas/pop.schema.json"; then
        ok "pop init in a new repository: the modeline's schemas/pop.schema.json is there"
    else
        fail "pop init in a new repository" "$(cat "$TMP/init.out"; ls -R "$TMP/new")"
    fi

    # ---- d. --prefix without DESTDIR ----
    if cmake --install "$BUILD" --prefix "$TMP/prefix" >"$TMP/install2.log" 2>&1 && [[ -x $TMP/prefix/bin/pop ]] &&
        [[ -f $TMP/prefix/share/pop/schemas/pop.schema.json ]]; then
        ok "cmake --install --prefix DIR: DIR/bin/pop and DIR/share/pop/schemas"
    else
        fail "cmake --install --prefix DIR" "$(cat "$TMP/install2.log")"
    fi
    finish
fi

# ---- --root: the Debian package ----
if [[ $(id -u) -ne 0 ]]; then
    echo "tests/install: --root installs a Debian package: run as root" >&2
    exit 2
fi
for cmd in cpack lintian apt-get dpkg-deb readelf; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
        echo "tests/install: $cmd is not installed (tests/run-all.sh --install installs what is needed)" >&2
        exit 1
    fi
done
if dpkg-query -W -f='${Status}' pop 2>/dev/null | grep -q 'ok installed'; then
    echo "tests/install: a package pop is installed already; remove it first (apt-get remove --purge pop)" >&2
    exit 1
fi
for f in /usr/bin/pop /usr/local/bin/pop; do
    [[ -e $f ]] && echo "note: $f exists before the test" >&2
done

# ---- e. the package ----
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
DEB=$BUILD/pop_${VERSION}_$(dpkg --print-architecture).deb
rm -f -- "$DEB"
if (cd -- "$BUILD" && cpack -G DEB) >"$TMP/cpack.log" 2>&1 && [[ -f $DEB ]]; then
    ok "cpack -G DEB: ${DEB##*/}"
else
    fail "cpack -G DEB made no ${DEB##*/}" "$(tail -n 30 "$TMP/cpack.log")"
    finish
fi
reference
depends=$(dpkg-deb -f "$DEB" Depends)
if [[ $depends == *libc6* && $depends == *libyaml* ]]; then
    ok "Depends from the shared libraries: $depends"
else
    fail "Depends does not name libc6 and libyaml" "Depends: $depends"
fi
mkdir -p "$TMP/deb" && dpkg-deb -x "$DEB" "$TMP/deb"
contents=$(cd "$TMP/deb" && find . -type f | sed 's#^\.##' | sort)
not_in_package=$(comm -23 <(expected_files /usr | sort) <(echo "$contents"))
[[ -z $not_in_package ]] && ok "the package holds bin/pop, the schemas, the docs, copyright, changelog.gz" ||
    fail "not in the package" "$not_in_package"
if readelf -S "$TMP/deb/usr/bin/pop" | grep -Eq '\.(symtab|debug_info)'; then
    fail "usr/bin/pop in the package is not stripped"
else
    ok "usr/bin/pop in the package is stripped"
fi
lintian --tag-display-limit 0 "$DEB" >"$TMP/lintian.log" 2>&1
if grep -q '^E:' "$TMP/lintian.log"; then
    fail "lintian reports errors" "$(cat "$TMP/lintian.log")"
else
    ok "lintian: no errors ($(grep -c '^W:' "$TMP/lintian.log") warnings)"
fi
sed 's/^/     lintian: /' "$TMP/lintian.log"

# What of the package's paths existed before: those must still exist after the purge, the others not.
paths=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed -e 's#^\./#/#' -e 's#/$##' | grep -v '^$' | sort -u)
while read -r p; do [[ -e $p ]] && echo "$p"; done <<<"$paths" >"$TMP/existed-before"

# ---- f. apt-get install ----
PACKAGE_INSTALLED=1
if DEBIAN_FRONTEND=noninteractive apt-get install -y "$DEB" >"$TMP/apt.log" 2>&1; then
    ok "apt-get install -y ./${DEB##*/}"
else
    fail "apt-get install" "$(tail -n 30 "$TMP/apt.log")"
    finish
fi
dpkg -L pop | sort >"$TMP/dpkg-L"
same_as_build "the .deb's /usr/bin/pop" /usr/bin/pop
[[ $(command -v pop) == /usr/bin/pop ]] && ok "pop on PATH is /usr/bin/pop" || fail "pop on PATH is $(command -v pop)"
if /usr/bin/pop help check >"$TMP/help.out" 2>&1 && grep -q -- '--format' "$TMP/help.out"; then
    ok "pop help check"
else
    fail "pop help check" "$(head -n 20 "$TMP/help.out")"
fi

# ---- g. man pages and completions ----
if [[ -n $HAVE_MAN ]]; then
    page=$(man -w pop 2>&1)
    [[ $page == /usr/share/man/man1/pop.1* ]] && ok "man -w pop: $page" || fail "man -w pop" "$page"
    page_nl=$(man -L nl -w pop 2>&1)
    [[ $page_nl == /usr/share/man/nl/man1/pop.1* ]] && ok "man -L nl -w pop: $page_nl" || fail "man -L nl -w pop" "$page_nl"
    for p in "$page" "$page_nl"; do
        if [[ -f $p ]] && MANWIDTH=80 man -l "$p" 2>&1 | grep -q 'pop'; then ok "man -l $p opens"; else fail "man -l $p"; fi
    done
else
    fail "this build made no man pages ($BUILD/man): man not checked"
fi
if [[ -n $HAVE_COMPLETIONS ]]; then
    dir=$(pkg-config --variable=completionsdir bash-completion 2>/dev/null || echo /usr/share/bash-completion/completions)
    [[ -f $dir/pop ]] && ok "bash completion in $dir" || fail "no bash completion in $dir"
    if bash -c 'source /usr/share/bash-completion/bash_completion && __load_completion pop && complete -p pop' >"$TMP/bash.log" 2>&1; then
        ok "bash loads it: $(cat "$TMP/bash.log")"
    else
        fail "bash does not load a completion for pop" "$(cat "$TMP/bash.log")"
    fi
    if command -v zsh >/dev/null 2>&1; then
        where=$(zsh -fc 'for d in $fpath; do [[ -f $d/_pop ]] && print -r -- $d/_pop; done' 2>&1)
        [[ -n $where ]] && ok "zsh finds _pop on its fpath: $where" || fail "_pop is on no folder of zsh's fpath"
    fi
    if command -v fish >/dev/null 2>&1; then
        where=$(HOME=$TMP fish -c 'for d in $fish_complete_path; test -f $d/pop.fish; and echo $d/pop.fish; end' 2>&1)
        [[ -n $where ]] && ok "fish finds pop.fish: $where" || fail "pop.fish is on no folder of fish's fish_complete_path"
    fi
    # The installed scripts with the installed pop, static and dynamic, in the three shells: the
    # whole of tests/completion/run.sh on the files the package put in place.
    mkdir -p -- "$TMP/installed-completions"
    cp -- "$dir/pop" "$TMP/installed-completions/pop.bash"
    cp -- /usr/share/zsh/vendor-completions/_pop "$TMP/installed-completions/_pop"
    cp -- /usr/share/fish/vendor_completions.d/pop.fish "$TMP/installed-completions/pop.fish"
    if bash "$SRC/tests/completion/run.sh" /usr/bin/pop "$TMP/installed-completions" >"$TMP/completion.log" 2>&1; then
        ok "the installed completions with /usr/bin/pop in bash, zsh and fish: $(tail -n 1 "$TMP/completion.log")"
    else
        fail "the installed completions with /usr/bin/pop" "$(grep -v '^ok' "$TMP/completion.log" | tail -n 20)"
    fi
else
    fail "this build made no completions ($BUILD/completions): not checked"
fi

# ---- h. remove and purge ----
if DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y pop >"$TMP/remove.log" 2>&1; then
    ok "apt-get remove --purge -y pop"
    PACKAGE_INSTALLED=
else
    fail "apt-get remove --purge pop" "$(tail -n 20 "$TMP/remove.log")"
fi
left=()
while read -r p; do
    [[ -z $p || $p == /. ]] && continue
    grep -qxF -- "$p" "$TMP/existed-before" && continue
    [[ -e $p || -L $p ]] && left+=("$p")
done <"$TMP/dpkg-L"
if [[ ${#left[@]} -eq 0 ]]; then
    ok "nothing of the package is left ($(wc -l <"$TMP/dpkg-L") paths of dpkg -L gone or there before)"
else
    fail "left after the purge" "$(printf '%s\n' "${left[@]}")"
fi
if dpkg-query -W -f='${Status}' pop 2>/dev/null | grep -Eq ' (installed|config-files|unpacked|half-installed|half-configured)$'; then
    fail "dpkg still knows pop: $(dpkg-query -W -f='${Status}' pop)"
else
    ok "dpkg no longer knows pop (purged, no config files)"
fi
finish
