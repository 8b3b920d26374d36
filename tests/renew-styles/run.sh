#!/usr/bin/env bash
# tests/renew-styles/run.sh POP_BINARY
#
# `pop renew` on the same POPs written in every style `pop check` accepts (issue 11 point 5).
#
# The fixtures: every tests/styles/*.pop.yaml (the same POP written by hand, by PyYAML block and
# flow, ruamel.yaml, the npm `yaml` package, yaml-cpp's emitter and as JSON), and, made here from
# a few hand-written POPs of the repository, the same styles again: PyYAML block and flow
# (python3-yaml), ruamel.yaml (python3-ruamel.yaml, when installed), the npm `yaml` package (v2),
# JSON indented and JSON on one line. For each, in a folder of its own (with an empty .git):
#   - `pop check` of the old file has no error (else the fixture is not a style pop accepts: FAIL);
#   - `pop renew --output new.pop.yaml` exits 0;
#   - `pop check new.pop.yaml` reports no error;
#   - PyYAML (`yaml.safe_load`, YAML 1.1; dates normalised to YYYY-MM-DD) and the npm `yaml`
#     package (YAML 1.2) read the new file as the same data;
#   - that data has the old file's person and exactly its goals that belong to the new period
#     (not achieved or dropped, not outside it; dates moved into it; done steps and evidence left
#     behind), the new period, and nothing of the old sign-off or conversations;
#   - the old file (whose period pop shortens when it ends after 2027-07-31) still has no error,
#     and both readers still read it alike when they did before.
# Ends with `N passed, M failed`; exit 1 when anything failed.
set -uo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22

# Debian's python3 (python3-yaml, python3-ruamel.yaml): a python3 earlier on PATH may not see them.
PY=/usr/bin/python3

source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/renew-styles yaml@2 || exit 1
"$PY" -c 'import yaml' || {
    echo "tests/renew-styles: needs python3-yaml (apt-get install python3-yaml)" >&2
    exit 1
}
# ruamel.yaml is optional here: tests/styles/ruamel.pop.yaml covers its style when it is missing.
HAVE_RUAMEL=
"$PY" -c 'import ruamel.yaml' 2>/dev/null && HAVE_RUAMEL=1
[[ -n $HAVE_RUAMEL ]] || echo "note: python3-ruamel.yaml is not installed; the ruamel style comes from tests/styles only"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-renew-styles.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT

passed=0
failed=0
ok() {
    passed=$((passed + 1))
    echo "ok   $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 40
}

# --- the fixtures ---------------------------------------------------------------------------
mkdir -p "$TMP/fixtures"
if compgen -G "$ROOT/tests/styles/*.pop.yaml" >/dev/null; then
    for f in "$ROOT"/tests/styles/*.pop.yaml; do cp -- "$f" "$TMP/fixtures/styles-$(basename -- "$f")"; done
fi
SOURCES=("$ROOT/examples/pops/a.jansen.pop.yaml" "$ROOT/examples/pops/k.mulder.pop.yaml"
    "$ROOT/tests/edit/fixtures/comments.pop.yaml")
for src in "${SOURCES[@]}"; do
    base=$(basename -- "$src" .pop.yaml)
    cp -- "$src" "$TMP/fixtures/$base-hand.pop.yaml"
    "$PY" - "$src" "$TMP/fixtures/$base" "$HAVE_RUAMEL" <<'EOF' || fail "$base: python could not write the styles"
import datetime, io, json, sys
import yaml
src, out, have_ruamel = sys.argv[1], sys.argv[2], sys.argv[3]
data = yaml.safe_load(open(src, encoding="utf-8"))
def write(name, text):
    with open(f"{out}-{name}.pop.yaml", "w", encoding="utf-8") as f:
        f.write(text)
write("pyyaml-block", yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False))
write("pyyaml-flow", yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=True))
plain = json.loads(json.dumps(data, default=lambda d: d.isoformat()))
write("json", json.dumps(plain, indent=2, ensure_ascii=False) + "\n")
write("json-line", json.dumps(plain, ensure_ascii=False) + "\n")
if have_ruamel:
    from ruamel.yaml import YAML
    buf = io.StringIO()
    YAML().dump(data, buf)
    write("ruamel", buf.getvalue())
EOF
    node -e '
        const fs = require("fs"), YAML = require("yaml");
        const [src, out] = process.argv.slice(1);
        fs.writeFileSync(out + "-npm-yaml.pop.yaml", YAML.stringify(YAML.parse(fs.readFileSync(src, "utf8"))));
    ' "$src" "$TMP/fixtures/$base" || fail "$base: node could not write the npm yaml style"
done

# --- the readers ----------------------------------------------------------------------------
# Each prints the file as canonical JSON (keys in file order, dates as YYYY-MM-DD text).
read_pyyaml() {
    "$PY" -c '
import datetime, json, sys, yaml
def norm(v):
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    if isinstance(v, dict): return {str(k): norm(x) for k, x in v.items()}
    if isinstance(v, list): return [norm(x) for x in v]
    return v
print(json.dumps(norm(yaml.safe_load(open(sys.argv[1], encoding="utf-8"))), ensure_ascii=False))
' "$1"
}
read_yaml12() {
    node -e '
        const fs = require("fs"), YAML = require("yaml");
        const doc = YAML.parseDocument(fs.readFileSync(process.argv[1], "utf8"));
        if (doc.errors.length) { console.error(String(doc.errors[0])); process.exit(1); }
        console.log(JSON.stringify(doc.toJS()));
    ' "$1"
}

# What the new POP must hold, from the old one read by a YAML 1.2 reader: its person, the new
# period, its goals that are not achieved or dropped and do not lie outside the new period, each
# starting no earlier and ending no later than the period, without its done steps and evidence,
# its open steps due outside its new dates without that date; nothing else but format_version.
expected_from_old() {
    "$PY" -c '
import json, re, sys
old = json.loads(sys.argv[1])
start, end = sys.argv[2], sys.argv[3]
new = {"format_version": 1}
if "person" in old: new["person"] = old["person"]
new["period"] = {"start": start, "end": end}
def date(v): return v if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None
goals = []
for g in old.get("goals") or []:
    if not isinstance(g, dict):
        goals.append(g)
        continue
    if g.get("status") in ("achieved", "dropped"): continue
    g_start, g_end = date(g.get("start")), date(g.get("end"))
    if (g_end and g_end < start) or (g_start and g_start > end): continue
    g = dict(g)
    if g_start and g_start < start: g["start"] = start
    if g_end and g_end > end: g["end"] = end
    first, last = max(g_start or start, start), min(g_end or end, end)
    if isinstance(g.get("steps"), list):
        steps = []
        for s in g["steps"]:
            if isinstance(s, dict) and s.get("done") is not None: continue
            if isinstance(s, dict) and date(s.get("due")) and not (first <= s["due"] <= last):
                s = {k: v for k, v in s.items() if k != "due"}
            steps.append(s)
        if steps: g["steps"] = steps
        else: del g["steps"]
    g.pop("evidence", None)
    goals.append(g)
if goals: new["goals"] = goals
print(json.dumps(new, ensure_ascii=False, sort_keys=True))
' "$1" "$2" "$3"
}
sorted_json() { "$PY" -c 'import json, sys; print(json.dumps(json.loads(sys.argv[1]), ensure_ascii=False, sort_keys=True))' "$1"; }

pop_env() { env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 HOME="$TMP" "$POP" --today "$TODAY" "$@"; }

# --- each fixture ---------------------------------------------------------------------------
count=0
for fixture in "$TMP"/fixtures/*.pop.yaml; do
    name=$(basename -- "$fixture" .pop.yaml)
    count=$((count + 1))
    dir=$TMP/run/$name
    mkdir -p -- "$dir/.git"
    cp -- "$fixture" "$dir/old.pop.yaml"
    old_same_before=
    if py_old=$(read_pyyaml "$dir/old.pop.yaml" 2>/dev/null) && js_old=$(read_yaml12 "$dir/old.pop.yaml" 2>/dev/null) &&
        [[ $(sorted_json "$py_old") == "$(sorted_json "$js_old")" ]]; then
        old_same_before=1
    fi
    if ! check_old=$(cd -- "$dir" && pop_env check --format json old.pop.yaml 2>&1) &&
        grep -q '"severity": *"error"' <<<"$check_old"; then
        fail "$name: the fixture itself has errors in pop check" "$check_old"
        continue
    fi
    # Renew from the old period's end, one year long, so that every fixture gets the same period.
    out=$(cd -- "$dir" && pop_env renew --file old.pop.yaml --output new.pop.yaml --start 2027-08-01 --end 2028-07-31 2>&1)
    rc=$?
    if [[ $rc != 0 || ! -f $dir/new.pop.yaml ]]; then
        fail "$name: pop renew exited $rc" "$out"
        continue
    fi
    check_new=$(cd -- "$dir" && pop_env check --format json new.pop.yaml 2>&1)
    if grep -q '"severity": *"error"' <<<"$check_new"; then
        fail "$name: pop check finds an error in the renewed POP" "$check_new"$'\n'"$(cat "$dir/new.pop.yaml")"
        continue
    fi
    if ! py=$(read_pyyaml "$dir/new.pop.yaml" 2>&1); then
        fail "$name: PyYAML cannot read the renewed POP" "$py"
        continue
    fi
    if ! js=$(read_yaml12 "$dir/new.pop.yaml" 2>&1); then
        fail "$name: the npm yaml package cannot read the renewed POP" "$js"
        continue
    fi
    if [[ $(sorted_json "$py") != "$(sorted_json "$js")" ]]; then
        fail "$name: PyYAML and YAML 1.2 read the renewed POP differently" \
            "$(diff <(sorted_json "$py" | "$PY" -m json.tool) <(sorted_json "$js" | "$PY" -m json.tool))"
        continue
    fi
    old_js=$(read_yaml12 "$dir/old.pop.yaml")
    want=$(expected_from_old "$old_js" 2027-08-01 2028-07-31)
    if [[ $(sorted_json "$js") != "$want" ]]; then
        fail "$name: the renewed POP does not hold the old person and open goals" \
            "$(diff <("$PY" -m json.tool <<<"$want") <(sorted_json "$js" | "$PY" -m json.tool))"
        continue
    fi
    # The old file was shortened to end on 2027-07-31 where it ended later: still no error, and
    # still read alike by both readers when it was before.
    check_old_after=$(cd -- "$dir" && pop_env check --format json old.pop.yaml 2>&1)
    if grep -q '"severity": *"error"' <<<"$check_old_after"; then
        fail "$name: pop check finds an error in the old POP after renew" "$check_old_after"
        continue
    fi
    if [[ -n $old_same_before ]] && ! { py_old=$(read_pyyaml "$dir/old.pop.yaml" 2>&1) &&
        js_old=$(read_yaml12 "$dir/old.pop.yaml" 2>&1) &&
        [[ $(sorted_json "$py_old") == "$(sorted_json "$js_old")" ]]; }; then
        fail "$name: after renew, PyYAML and YAML 1.2 read the old POP differently" "$py_old"$'\n'"$js_old"
        continue
    fi
    ok "$name: renewed; pop check finds no error; PyYAML and YAML 1.2 read the same person and open goals"
done
[[ $count -gt 0 ]] || fail "no fixtures"

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
