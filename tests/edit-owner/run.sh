#!/usr/bin/env bash
# tests/edit-owner/run.sh POP_BINARY
#
# An edit keeps what the file system knows about a POP (issue 11, point 7), on copies of
# examples/pops/a.jansen.pop.yaml in a temporary folder, with a real `pop goal set`:
#   mode-*        modes 640, 600, 2640 (setgid), 4640 (setuid), 1644 (sticky) are kept exactly;
#   owner-kept    (root) a POP owned by nobody:GROUP stays nobody:GROUP;
#   xattr         a user.* extended attribute is kept (skipped when the file system has none);
#   acl           a POSIX ACL (setfacl -m u:nobody:rw) is kept (skipped without ACL support);
#   read-only     a 0444 POP is refused (exit 3, "read-only", both languages), unchanged; with
#                 --force it is edited and stays 0444;
#   hard-link     a POP with a second name is refused (exit 3, "hard links"), unchanged; with
#                 --force this name gets the new version and the other name keeps the old bytes;
#   shared-group  (root; run as nobody with a supplementary group) a group-writable POP owned by
#                 root in a setgid group folder is refused (exit 3, "belongs to root:GROUP"),
#                 unchanged; with --force it is saved, owned by nobody, group kept;
#   symlink       an edit through a symbolic link keeps the link and edits the file it points to.
# Root-only cases print `skip` when not run as root. Nothing is bounded by elapsed time; `timeout`
# is a watchdog against a hang only (60 s, an edit takes about 0.02 s, 0.2 s under ASan).
# Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
[[ -x $POP ]] || { echo "tests/edit-owner: $1 is not an executable" >&2; exit 2; }
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
export LC_ALL=C.UTF-8 NO_COLOR=1
TODAY=2026-11-22
NAME=a.jansen.pop.yaml
SOURCE=$ROOT/examples/pops/$NAME
EDIT=(goal set orde-en-structuur title "Nieuwe titel")
WATCHDOG=60  # seconds; against a hang only
GROUP_ID=50  # a group nobody is not in by default ("staff" on Debian); only its number matters

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-edit-owner.XXXXXX") || exit 1
chmod 755 "$TMP"
trap 'rm -rf -- "$TMP"' EXIT
mkdir -p "$TMP/.git"

passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
skip() { skipped=$((skipped + 1)); echo "skip $1: $2"; }
snippet() { head -c 300 -- "$1" 2>/dev/null | tr '\n' ' '; }
is_root() { [[ $(id -u) -eq 0 ]]; }
leftovers() { find "$1" -maxdepth 1 -name ".*.pop-tmp-*" -printf '%f\n' 2>/dev/null; }

# new_case NAME: a folder with a copy of the POP; prints the folder.
new_case() {
    local d=$TMP/$1
    mkdir -p -- "$d" && cp -- "$SOURCE" "$d/$NAME" && echo "$d"
}
# edit DIR [RUNNER...] : [OPTION...]: the edit on DIR/NAME (run through RUNNER, e.g. setpriv ... --);
# output in DIR/out, DIR/err; exit in $rc.
edit() {
    local d=$1
    shift
    local runner=()
    while [[ $1 != : ]]; do runner+=("$1"); shift; done
    shift
    "${runner[@]}" timeout -s KILL "$WATCHDOG" "$POP" --today "$TODAY" --lang "${LANG_OF_RUN:-en}" "${EDIT[@]}" \
        --pop "$d/$NAME" "$@" >"$d/out" 2>"$d/err" </dev/null
    rc=$?
}
edited() { grep -q "title: Nieuwe titel" "$1/$NAME"; }

# --- modes ----------------------------------------------------------------------------------------
for mode in 640 600 2640 4640 1644; do
    d=$(new_case "mode-$mode")
    chmod "$mode" "$d/$NAME"
    edit "$d" :
    got=$(stat -c %a "$d/$NAME")
    problems=""
    [[ $rc -eq 0 ]] && edited "$d" || problems+="; the edit failed (exit $rc): $(snippet "$d/err")"
    [[ $got == "$mode" ]] || problems+="; mode $got, not $mode"
    [[ -z $(leftovers "$d") ]] || problems+="; temporary file left"
    if [[ -z $problems ]]; then pass "mode-$mode"; else fail "mode-$mode" "${problems#; }"; fi
done

# --- owner and group kept (root may give files away) --------------------------------------------
if is_root; then
    d=$(new_case owner-kept)
    chown 65534:"$GROUP_ID" "$d/$NAME" && chmod 2664 "$d/$NAME"
    edit "$d" :
    problems=""
    [[ $rc -eq 0 ]] && edited "$d" || problems+="; the edit failed (exit $rc): $(snippet "$d/err")"
    [[ $(stat -c %u:%g:%a "$d/$NAME") == "65534:$GROUP_ID:2664" ]] || problems+="; now $(stat -c %u:%g:%a "$d/$NAME"), not 65534:$GROUP_ID:2664"
    if [[ -z $problems ]]; then pass "owner-kept (nobody:$GROUP_ID, setgid 2664, edited as root)"; else fail owner-kept "${problems#; }"; fi
else
    skip owner-kept "not root: cannot give a file to another user"
fi

# --- extended attributes and ACLs -----------------------------------------------------------------
d=$(new_case xattr)
if ! command -v setfattr >/dev/null || ! setfattr -n user.pop.test -v "kept" "$d/$NAME" 2>"$d/setfattr.err"; then
    skip xattr "no user extended attributes here: $(snippet "$d/setfattr.err")"
else
    edit "$d" :
    problems=""
    [[ $rc -eq 0 ]] && edited "$d" || problems+="; the edit failed (exit $rc): $(snippet "$d/err")"
    [[ $(getfattr --only-values -n user.pop.test "$d/$NAME" 2>/dev/null) == kept ]] || problems+="; user.pop.test is gone"
    if [[ -z $problems ]]; then pass "xattr (user.pop.test kept)"; else fail xattr "${problems#; }"; fi
fi

d=$(new_case acl)
chmod 640 "$d/$NAME"
if ! command -v setfacl >/dev/null || ! setfacl -m u:nobody:rw "$d/$NAME" 2>"$d/setfacl.err"; then
    skip acl "no POSIX ACLs here: $(snippet "$d/setfacl.err")"
else
    before=$(getfacl -cp "$d/$NAME" 2>/dev/null)
    edit "$d" :
    after=$(getfacl -cp "$d/$NAME" 2>/dev/null)
    problems=""
    [[ $rc -eq 0 ]] && edited "$d" || problems+="; the edit failed (exit $rc): $(snippet "$d/err")"
    grep -q "^user:nobody:rw-" <<<"$after" || problems+="; the ACL entry for nobody is gone"
    [[ $before == "$after" ]] || problems+="; the ACL changed: $(tr '\n' ' ' <<<"$after")"
    if [[ -z $problems ]]; then pass "acl (user:nobody:rw- and the mask kept)"; else fail acl "${problems#; }"; fi
fi

# --- read-only ---------------------------------------------------------------------------------------
d=$(new_case read-only)
chmod 444 "$d/$NAME"
edit "$d" :
problems=""
[[ $rc -eq 3 ]] || problems+="; exit $rc, expected 3"
grep -Eq "^pop: .*$NAME is read-only; pop does not change it" "$d/err" || problems+="; stderr lacks the message: $(snippet "$d/err")"
cmp -s "$d/$NAME" "$SOURCE" || problems+="; the file changed"
[[ ! -s $d/out ]] || problems+="; stdout not empty"
LANG_OF_RUN='nl' edit "$d" :
grep -q "is alleen-lezen" "$d/err" || problems+="; no Dutch message: $(snippet "$d/err")"
edit "$d" : --force
[[ $rc -eq 0 ]] && edited "$d" || problems+="; --force did not edit (exit $rc): $(snippet "$d/err")"
[[ $(stat -c %a "$d/$NAME") == 444 ]] || problems+="; after --force the mode is $(stat -c %a "$d/$NAME"), not 444"
edit "$d" : --dry-run
[[ $rc -eq 0 ]] || problems+="; --dry-run on a read-only POP fails (exit $rc)"
if [[ -z $problems ]]; then pass "read-only (refused, exit 3; --force edits and keeps 0444; --dry-run works)"; else fail read-only "${problems#; }"; fi

# --- hard links ------------------------------------------------------------------------------------
d=$(new_case hard-link)
ln "$d/$NAME" "$d/other-name.yaml"
edit "$d" :
problems=""
[[ $rc -eq 3 ]] || problems+="; exit $rc, expected 3"
grep -Eq "^pop: .*$NAME has 2 names \(hard links\)" "$d/err" || problems+="; stderr lacks the message: $(snippet "$d/err")"
cmp -s "$d/$NAME" "$SOURCE" || problems+="; the file changed"
[[ $(stat -c %h "$d/$NAME") == 2 ]] || problems+="; the link was split"
edit "$d" : --force
[[ $rc -eq 0 ]] && edited "$d" || problems+="; --force did not edit (exit $rc): $(snippet "$d/err")"
cmp -s "$d/other-name.yaml" "$SOURCE" || problems+="; the other name does not keep the old bytes"
if [[ -z $problems ]]; then pass "hard-link (refused, exit 3; --force: this name new, the other name old)"; else fail hard-link "${problems#; }"; fi

# --- a non-root user in a shared group folder ---------------------------------------------------------
if is_root && command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --groups="$GROUP_ID" -- true 2>/dev/null; then
    AS_NOBODY=(setpriv --reuid=65534 --regid=65534 --groups="$GROUP_ID" --)
    d=$(new_case shared-group)
    chgrp "$GROUP_ID" "$d" && chmod 2775 "$d"
    chgrp "$GROUP_ID" "$d/$NAME" && chmod 664 "$d/$NAME"
    edit "$d" "${AS_NOBODY[@]}" :
    problems=""
    [[ $rc -eq 3 ]] || problems+="; exit $rc, expected 3"
    grep -Eq "^pop: .*$NAME belongs to root:[^ ]+; saving it would make you its owner" "$d/err" || problems+="; stderr lacks the message: $(snippet "$d/err")"
    cmp -s "$d/$NAME" "$SOURCE" || problems+="; the file changed"
    [[ $(stat -c %u:%g "$d/$NAME") == "0:$GROUP_ID" ]] || problems+="; owner now $(stat -c %u:%g "$d/$NAME")"
    edit "$d" "${AS_NOBODY[@]}" : --force
    [[ $rc -eq 0 ]] && edited "$d" || problems+="; --force did not edit (exit $rc): $(snippet "$d/err")"
    [[ $(stat -c %u:%g:%a "$d/$NAME") == "65534:$GROUP_ID:664" ]] || problems+="; after --force $(stat -c %u:%g:%a "$d/$NAME"), not 65534:$GROUP_ID:664"
    [[ -z $(leftovers "$d") ]] || problems+="; temporary file left"
    if [[ -z $problems ]]; then pass "shared-group (nobody refused, exit 3; --force saves as nobody, group kept)"; else fail shared-group "${problems#; }"; fi
else
    skip shared-group "needs root and setpriv to run as nobody"
fi

# --- a symbolic link -----------------------------------------------------------------------------------
d=$(new_case symlink)
mkdir -p "$d/real"
mv "$d/$NAME" "$d/real/$NAME"
ln -s "real/$NAME" "$d/$NAME"
edit "$d" :
problems=""
[[ $rc -eq 0 ]] || problems+="; the edit failed (exit $rc): $(snippet "$d/err")"
[[ -L $d/$NAME ]] || problems+="; the link was replaced by a file"
grep -q "title: Nieuwe titel" "$d/real/$NAME" || problems+="; the file the link points to was not edited"
[[ -z $(leftovers "$d") && -z $(leftovers "$d/real") ]] || problems+="; temporary file left"
if [[ -z $problems ]]; then pass "symlink (the link kept, its target edited)"; else fail symlink "${problems#; }"; fi

if ((skipped > 0)); then echo "$passed passed, $failed failed ($skipped skipped)"; else echo "$passed passed, $failed failed"; fi
[[ $failed -eq 0 ]]
