#!/usr/bin/env bash
# tests/edit-styles/run.sh POP_BINARY
#
# The edit commands on a POP in every style other tools write (tests/styles/: by hand, PyYAML
# block and flow, ruamel.yaml, npm yaml, yaml-cpp, JSON). The same series of edits runs on a copy
# of each fixture: block lists replaced, appended to, shortened and set to what they already say
# (methods, school_goals), steps added and ticked off, evidence and a conversation added, the POP
# signed, a goal added, hours and titles set, with values that YAML 1.1 and 1.2 readers could read
# differently (yes, no, on, 020, 1:20, ?, =, ~). Every edit must exit 0: with the change, or with
# "nothing to change" where the value is already there (and then the file is byte for byte the same).
#
# Every file pop wrote is then read by PyYAML (`yaml.safe_load`, Debian's python3-yaml, YAML 1.1)
# and by the npm `yaml` package v2 (YAML 1.2): both must read the same data (dates that PyYAML
# returns as datetime.date compared as YYYY-MM-DD text). After each edit all styles must hold the
# same data (so each edit did the same thing everywhere), the JSON fixture must still be JSON
# (`json.loads`), and `pop check` must find no errors in the final files.
#
# Needs /usr/bin/python3 with python3-yaml, node and npm (tests/lib/npm.sh installs yaml@2 once,
# outside the source tree). Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
STYLES=$ROOT/tests/styles
PY=/usr/bin/python3
TODAY=2026-12-03

if ! "$PY" -c 'import yaml' 2>/dev/null; then
    echo "tests/edit-styles: $PY cannot import yaml; install Debian's python3-yaml" >&2
    exit 1
fi
# shellcheck source=../lib/npm.sh
source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/edit-styles yaml@2 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-edit-styles.XXXXXX") || exit 1
[[ -n ${POP_KEEP_TMP:-} ]] && echo "tests/edit-styles: keeping $TMP" || trap 'rm -rf -- "$TMP"' EXIT

passed=0
failed=0
ok() {
    passed=$((passed + 1))
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 30
}

# NAME EXPECT ARGS...: EXPECT is "changed" or "same" (exit 0 and "nothing to change").
EDITS=(
    "methods-replace|changed|goal set 1 methods course,coaching"
    "methods-same|same|goal set 2 methods coaching,collegial_visit"
    "methods-append|changed|goal set 2 methods coaching,collegial_visit,intervision"
    "methods-front|changed|goal set 3 methods intervision,learning_community"
    "methods-drop-first|changed|goal set 2 methods collegial_visit,intervision"
    "school-goals-append|changed|goal set 1 school_goals begeleiding-starters,formatief-evalueren"
    "school-goals-same|same|goal set 3 school_goals taalgericht-vakonderwijs"
    "school-goals-replace|changed|goal set 3 school_goals formatief-evalueren"
    "step-add|changed|step add 3 --what=Lesbezoek 3: yes, no? [ja] {nee} = ~ --due 2027-03-01"
    "step-done-number|changed|step done 3 2 --on 2026-12-01"
    "evidence-add|changed|evidence add 1 --what=Verslag #1: on --date 2026-12-02 --link https://x.example/a?b=1&c=yes"
    "talk-add|changed|talk add --kind progress --date 2026-12-01 --with=Sanne Koster --agreements no"
    "sign|changed|sign --manager=Sanne Koster --on 2026-12-02"
    "goal-add|changed|goal add --id nieuw --title 1:20 --measurable=020 lessen --start 2027-01-01 --end 2027-06-30 --hours 010 --method coaching --method reading --school-goal begeleiding-starters"
    "hours|changed|goal set 2 hours 020"
    "title-on|changed|goal set 1 title on"
    "title-quote|changed|goal set 2 title=Joost's les: 'rust' \"nu\""
    "title-null|changed|goal set 3 title null"
)

# Splits "a b --x=c d e" into words, keeping "--opt=..." to the next " --" or the end as one word
# (values with blanks are written as --opt=VALUE above; a positional value as NAME=VALUE after
# the field name: "title=x y").
words_of() {
    local rest=$1 word
    WORDS=()
    while [[ -n $rest ]]; do
        rest=${rest# }
        if [[ $rest =~ ^(--[a-z-]+=)(.*)$ ]] || [[ $rest =~ ^(title=)(.*)$ ]]; then
            local head=${BASH_REMATCH[1]} tail=${BASH_REMATCH[2]}
            if [[ $tail == *" --"* ]]; then
                word=$head${tail%% --*}
                rest=" --${tail#* --}"
            else
                word=$head$tail
                rest=
            fi
            if [[ $head == title= ]]; then WORDS+=(title -- "${word#title=}"); else WORDS+=("$word"); fi
            continue
        fi
        word=${rest%% *}
        [[ $word == "$rest" ]] && rest= || rest=${rest#* }
        WORDS+=("$word")
    done
}

SNAPSHOTS=()
mapfile -t FIXTURES < <(cd "$STYLES" && ls -- *.pop.yaml)
for fixture in "${FIXTURES[@]}"; do
    style=${fixture%.pop.yaml}
    dir=$TMP/$style
    mkdir -p "$dir/.git"
    cp -- "$STYLES/$fixture" "$dir/$fixture"
    cp -- "$STYLES/$fixture" "$TMP/$style.00-original.yaml"
    SNAPSHOTS+=("$TMP/$style.00-original.yaml")
    n=0
    for edit in "${EDITS[@]}"; do
        n=$((n + 1))
        IFS='|' read -r name expect command <<<"$edit"
        words_of "$command"
        # A positional value after "--" comes last; the file option goes before it.
        args=()
        after=()
        seen_dashes=
        for w in "${WORDS[@]}"; do
            if [[ $w == -- ]]; then seen_dashes=1; fi
            if [[ -n $seen_dashes ]]; then after+=("$w"); else args+=("$w"); fi
        done
        before=$(cat -- "$dir/$fixture")
        out=$(cd -- "$dir" && env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 HOME="$TMP" \
            "$POP" --today "$TODAY" "${args[@]}" --pop "$fixture" "${after[@]}" 2>&1 </dev/null)
        rc=$?
        snap=$(printf '%s/%s.%02d-%s.yaml' "$TMP" "$style" "$n" "$name")
        cp -- "$dir/$fixture" "$snap"
        SNAPSHOTS+=("$snap")
        case=$style/$name
        if [[ $rc -ne 0 ]]; then
            fail "$case: exit $rc" "$out"
        elif [[ $expect == same ]] && { [[ $out != *"nothing to change"* ]] || [[ $before != "$(cat -- "$dir/$fixture")" ]]; }; then
            fail "$case: expected 'nothing to change' and the same bytes" "$out"
        elif [[ $expect == changed ]] && [[ $before == "$(cat -- "$dir/$fixture")" ]]; then
            fail "$case: nothing changed" "$out"
        else
            ok
        fi
    done
    check=$(cd -- "$dir" && "$POP" --today "$TODAY" check "$fixture" 2>&1)
    if [[ $? -ne 0 ]]; then fail "$style: pop check after the edits" "$check"; else ok; fi
done

# Every snapshot as the YAML 1.2 reader sees it, as JSON (one file per line: name TAB json).
node -e '
    const fs = require("fs"), YAML = require("yaml");
    for (const f of process.argv.slice(1)) {
        let out;
        try { out = JSON.stringify(YAML.parse(fs.readFileSync(f, "utf8"))); }
        catch (e) { out = "ERROR " + e.message.split("\n")[0]; }
        console.log(f + "\t" + out);
    }' "${SNAPSHOTS[@]}" >"$TMP/yaml12.tsv"

compare=$("$PY" - "$TMP/yaml12.tsv" "$STYLES" <<'PY'
import datetime, json, os, sys, yaml

def norm(o):
    if isinstance(o, dict):
        return {k: norm(v) for k, v in o.items()}
    if isinstance(o, list):
        return [norm(v) for v in o]
    if isinstance(o, (datetime.date, datetime.datetime)):
        return o.isoformat()
    return o

fails, passes = [], 0
by_step = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        path, js = line.rstrip("\n").split("\t", 1)
        name = os.path.basename(path)
        style, step = name.split(".", 1)
        try:
            with open(path, encoding="utf-8") as y:
                py = norm(yaml.safe_load(y))
        except Exception as e:
            fails.append(f"{name}: PyYAML cannot read it: {str(e).splitlines()[0]}")
            continue
        if js.startswith("ERROR "):
            fails.append(f"{name}: npm yaml cannot read it: {js[6:]}")
            continue
        if py != json.loads(js):
            fails.append(f"{name}: PyYAML (YAML 1.1) and npm yaml (YAML 1.2) read different data")
            continue
        if style == "json":
            try:
                with open(path, encoding="utf-8") as j:
                    json.load(j)
            except Exception as e:
                fails.append(f"{name}: no longer JSON: {e}")
                continue
        passes += 1
        by_step.setdefault(step, {})[style] = py
for step, styles in sorted(by_step.items()):
    reference = styles.get("hand")
    for style, data in sorted(styles.items()):
        if data != reference:
            fails.append(f"{step}: {style} holds other data than hand after this edit")
        else:
            passes += 1
print(passes)
for f in fails:
    print(f)
PY
)
read -r more <<<"$compare"
passed=$((passed + more))
while IFS= read -r line; do
    [[ -n $line ]] && fail "$line"
done < <(tail -n +2 <<<"$compare")

echo "tests/edit-styles: ${#EDITS[@]} edits x ${#FIXTURES[@]} styles; $passed passed, $failed failed"
[[ $failed -eq 0 ]]
