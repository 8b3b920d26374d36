#!/usr/bin/env bash
# tests/workspace/run.sh POP_BINARY
#
# Every command sees each POP with its own repository context (issue 12). tests/workspace/two-policies/
# is a repository with two team folders under two policies: a/ reminds of a step on the day itself
# and of the period end 30 days ahead; b/ reminds 30 and 90 days ahead and asks for a POP signed by
# both. A roster at the root marks x.weg (in b/) as gone; c.dam (in a/) has a POP and the POP that
# renewed it. On 2026-11-22:
#
#   - `pop check --reminders` gives the reminders of each POP (the reference);
#   - `pop status` of each POP shows exactly those reminders;
#   - `pop report` in every format (json, csv, text, markdown, html) shows them per person;
#   - `pop due` lists every item a reminder is about (also beyond --within), and nothing of the
#     renewed POP or of the person who left;
#   - `pop calendar` has no event of the renewed POP or of the person who left.
#
# Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-workspace.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT
cp -R "$HERE/two-policies/." "$TMP/"
cd "$TMP" || exit 1
git init -q . && git add -A && git -c user.name=t -c user.email=t@t commit -qm fixture || exit 1

TODAY=2026-11-22
run() { "$POP" "$@" --today "$TODAY" --lang en; }
run check --reminders --format json . > check.json
for pop in a/a.bos a/c.dam a/c.dam-2027 b/b.bos b/x.weg; do
    run status --format json "$pop.pop.yaml" > "status-$(basename "$pop").json"
done
for format in json csv text markdown html; do run report --format "$format" . > "report.$format"; done
run due --format json . > due.json
run due --within 5 --format json . > due-5.json
run calendar . > calendar.ics

python3 - "$TMP" <<'PY'
import csv, json, os, re, sys
os.chdir(sys.argv[1])
passed = failed = 0
def expect(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")

check = json.load(open("check.json"))
reminders = {}   # path -> sorted reminder rule ids, from pop check --reminders
for f in check["findings"]:
    if f["rule"].startswith("reminder."):
        reminders.setdefault(f["path"], []).append(f["rule"])
pops = {"a/a.bos.pop.yaml": "a.bos", "a/c.dam.pop.yaml": None, "a/c.dam-2027.pop.yaml": "c.dam",
        "b/b.bos.pop.yaml": "b.bos", "b/x.weg.pop.yaml": "x.weg"}
rules = {p: sorted(reminders.get(p, [])) for p in pops}
# The reference itself: the policies differ, so the same kind of POP differs per folder.
expect("check: a/ (step_due_days 0) has no reminder of a step in 9 days", rules["a/a.bos.pop.yaml"] == [], rules)
expect("check: b/ (30 and 90 days) reminds of the step and the period end",
       rules["b/b.bos.pop.yaml"] == ["reminder.period-ending", "reminder.step-due"], rules)
expect("check: the renewed POP and the POP of someone who left have none",
       rules["a/c.dam.pop.yaml"] == [] and rules["b/x.weg.pop.yaml"] == [], rules)
signed = {f["path"] for f in check["findings"] if f["rule"] == "complete.sign-off"}
expect("check: only b/'s policy asks for a signed POP", signed == {"b/b.bos.pop.yaml", "b/x.weg.pop.yaml"}, signed)

for path in pops:
    status = json.load(open("status-" + os.path.basename(path).replace(".pop.yaml", "") + ".json"))
    got = sorted(r["rule"] for r in status["reminders"])
    expect(f"status {path}: the reminders of pop check", got == rules[path], f"{got} != {rules[path]}")

report = json.load(open("report.json"))
people = {p["id"]: p for p in report["people"]}
current = {"a.bos": "a/a.bos.pop.yaml", "b.bos": "b/b.bos.pop.yaml", "c.dam": "a/c.dam.pop.yaml", "x.weg": "b/x.weg.pop.yaml"}
for pid, path in current.items():
    got = sorted(people[pid]["warnings"])
    expect(f"report json {pid}: the reminders of pop check", got == rules[path], f"{got} != {rules[path]}")
rows = {r["id"]: r for r in csv.DictReader(open("report.csv", newline="", encoding="utf-8"))}
for pid, path in current.items():
    got = sorted(rows[pid]["warning_rules"].split())
    expect(f"report csv {pid}: the reminders of pop check", got == rules[path], f"{got} != {rules[path]}")
    expect(f"report csv {pid}: warnings counts them", rows[pid]["warnings"] == str(len(rules[path])),
           f"{rows[pid]['warnings']} != {len(rules[path])}")
for fmt in ("text", "markdown"):
    for line in open("report." + fmt, encoding="utf-8"):
        for pid, path in current.items():
            if re.search(rf"(^|[ |]){re.escape(pid)}([ |]|$)", line) and "POP overview" not in line:
                count = int(re.findall(r"(\d+)\s*\|?\s*$", line)[0])
                expect(f"report {fmt} {pid}: {len(rules[path])} warnings", count == len(rules[path]), line.strip())
                current_seen = True
html = open("report.html", encoding="utf-8").read()
for pid, path in current.items():
    row = re.search(r'<tr><td class="name">[^<]*<span class="id">' + re.escape(pid) + r"</span>.*?</tr>", html)
    got = sorted(re.findall(r'class="tag" title="([^"]+)"', row.group(0))) if row else None
    expect(f"report html {pid}: the reminders of pop check", got == rules[path], f"{got} != {rules[path]}")

due = json.load(open("due.json"))["items"]
due5 = json.load(open("due-5.json"))["items"]
for items, label in ((due, "due"), (due5, "due --within 5")):
    paths = {i["path"] for i in items}
    expect(f"{label}: nothing of the renewed POP or of someone who left",
           not paths & {"a/c.dam.pop.yaml", "b/x.weg.pop.yaml"}, paths)
    lines = {(i["path"], i["line"]) for i in items}
    missing = [(f["path"], f["line"]) for f in check["findings"]
               if f["rule"] in ("reminder.step-due", "reminder.period-ending") and (f["path"], f["line"]) not in lines]
    expect(f"{label}: every item pop check --reminders reminds of", not missing, missing)
expect("due --within 5: a/'s step in 9 days is not reminded of, so not listed",
       not any(i["path"] == "a/a.bos.pop.yaml" for i in due5), due5)
expect("due: within the default 30 days a/'s step is listed", any(i["path"] == "a/a.bos.pop.yaml" for i in due), due)

ics = open("calendar.ics", encoding="utf-8").read().replace("\r\n ", "")
expect("calendar: no event of the renewed POP or of someone who left",
       "a/c.dam.pop.yaml" not in ics and "b/x.weg.pop.yaml" not in ics)
expect("calendar: events of the others", all(p in ics for p in ("a/a.bos.pop.yaml", "b/b.bos.pop.yaml", "a/c.dam-2027.pop.yaml")))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
