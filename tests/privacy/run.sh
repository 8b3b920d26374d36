#!/usr/bin/env bash
# tests/privacy/run.sh POP_BINARY
#
# "No private field reaches any multi-person output" (docs/format.md, Privacy), tested with
# planted markers. Two rounds, each on a copy of examples/ in a temporary folder:
#   plain  the examples as they are (h.bakker has a private goal; n.visser a private step,
#          evidence and conversation);
#   more   the same, with more marked private in every POP (a goal, a step, an evidence item,
#          the last conversation: see tests/privacy/plant.mjs --mark-more).
# In each round:
#   1. plant.mjs puts a unique marker (PRIVE-<file>-<n>-7f3a) into every text of everything
#      marked private, into every conversation's notes and every goal's reflection (private or
#      not), and into the ids of private goals and steps. `pop check` must report the same
#      errors on the planted copy as on the unplanted one.
#   2. Every multi-person output over the whole copy: `pop report` in all five formats (text in
#      English, Dutch and with colour; csv with `,` and `;`), `pop report` and `pop due` over two
#      named POPs, `pop due` text and json (English and Dutch), and `pop calendar` when this pop
#      has it. None may contain a marker (stdout or stderr); each must name the people who have
#      private items, so an empty or broken output does not pass by saying nothing.
#   3. `pop report` says what it left out: the "Left out for privacy" line (English and Dutch)
#      and the json `left_out` carry the counts plant.mjs found in the files, and they are not 0.
#   4. The test can fail: the single-person outputs `pop status FILE` and `pop due FILE` (and
#      `pop calendar FILE`) of a POP with private items do show markers of that file, and
#      `pop check` over the copy (its diagnostics quote source lines) is caught by the same scan.
#      The scan itself finds a marker that is folded as in iCalendar or written as HTML entities.
# Then tests/privacy/needs.mjs: a person alone in a method, kind of learning, competence area and
# school goal (with its theme) in a team of 8 is not named, counted or quoted by the sections of
# needs of any format, and no total gives their count away; with min_group_size 1 the same checks
# do find them (the test can fail).
# Ends with `N passed, M failed`; exits 1 when something failed.
#
# Needs node and npm. The npm packages ajv@8, ajv-formats@3 and yaml@2 are installed (once) into
# ${POP_NPM_DIR:-$HOME/.cache/pop-test-npm}, outside the source tree, by tests/lib/npm.sh.
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/privacy: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1
unset COLUMNS

# --- npm packages, outside the source tree (sets NPM_DIR) -------------------------------------
source "$ROOT/tests/lib/npm.sh" || exit 1
npm_need tests/privacy ajv@8 ajv-formats@3 yaml@2 || exit 1

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-privacy-test.XXXXXX") || exit 1
trap 'rm -rf -- "$TMP"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
skip() { echo "skip $*"; }

# The markers found in files: `FILE<TAB>MARKER` lines (see scan.mjs).
MARKERS=
scan() { node "$HERE/scan.mjs" "$MARKERS" "$@"; }
# Where a marker was planted ("examples/pops/x.pop.yaml goals[3].title"), for the messages.
where_planted() {
    local m=${1%(cut)}
    awk -F '\t' -v m="$m" '$1 == m { print $2 " " $3; found = 1 } END { if (!found) print "(a shortened marker)" }' "$MARKERS"
}

if "$POP" calendar --help >/dev/null 2>&1; then
    have_calendar=1
else
    have_calendar=
    skip "pop calendar: this pop has no calendar subcommand (pop calendar --help fails); not tested"
fi

# Errors (path and rule) of `pop check --format json`, one per line, sorted.
errors_of() {
    node -e '
        const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const lines = j.findings.filter((f) => f.severity === "error").map((f) => f.path + " " + f.rule);
        console.log(lines.sort().join("\n"));' "$1"
}

# --- the scan finds what it should ---------------------------------------------------------------
printf 'PRIVE-self-1-7f3a\tself\ttest\nPRIVE-self-2-7f3a\tself\ttest\n' >"$TMP/self.markers"
MARKERS=$TMP/self.markers
printf 'BEGIN:VEVENT\r\nSUMMARY:step: PRIVE-se\r\n lf-1-7f3a Intake\r\nEND:VEVENT\r\n' >"$TMP/self-folded.ics"
printf '<td>&#80;RIVE&#x2d;self-2&#45;7f3a</td>\n' >"$TMP/self-entities.html"
printf '| PRIVE-sel… | 2 |\n' >"$TMP/self-cut.md"
printf 'nothing private here; privé is a word, PRIVE alone too\n' >"$TMP/self-clean.txt"
if [[ $(scan "$TMP/self-folded.ics" | cut -f2) == PRIVE-self-1-7f3a &&
    $(scan "$TMP/self-entities.html" | cut -f2) == PRIVE-self-2-7f3a &&
    $(scan "$TMP/self-cut.md" | cut -f2) == "PRIVE-sel…(cut)" &&
    -z $(scan "$TMP/self-clean.txt") ]]; then
    pass "the scan finds markers folded as in iCalendar, as HTML entities and shortened, and nothing in clean text"
else
    fail "the scan misses a folded, entity-encoded or shortened marker, or finds one in clean text"
fi

# --- the rounds ----------------------------------------------------------------------------------
for round in plain more; do
    repo=$TMP/$round
    out=$TMP/out-$round
    mkdir -p -- "$repo" "$out"
    cp -R -- "$ROOT/examples" "$repo/examples" || exit 1
    MARKERS=$TMP/$round.markers
    counts=$TMP/$round.counts.json
    (cd -- "$repo" && "$POP" check --format json --today "$TODAY" examples) >"$out/check-before.json" 2>/dev/null

    pops=()
    while IFS= read -r -d '' f; do pops+=("${f#"$repo"/}"); done < <(find "$repo/examples" -name '*.pop.yaml' -print0 | sort -z)
    more=()
    [[ $round == more ]] && more=(--mark-more)
    if (cd -- "$repo" && node "$HERE/plant.mjs" --modules "$NPM_DIR" "${more[@]}" \
        --markers "$MARKERS" --counts "$counts" -- "${pops[@]}"); then
        n=$(wc -l <"$MARKERS")
        files=$(cut -f2 "$MARKERS" | sort -u | wc -l)
        if [[ $n -gt 0 ]]; then
            pass "$round: planted $n markers in $files of ${#pops[@]} POPs"
        else
            fail "$round: plant.mjs planted no markers"
        fi
    else
        fail "$round: plant.mjs could not plant the markers"
        continue
    fi

    # 1. The planted copy is as valid as the original.
    (cd -- "$repo" && "$POP" check --format json --today "$TODAY" examples) >"$out/check-after.json" 2>/dev/null
    before=$(errors_of "$out/check-before.json")
    after=$(errors_of "$out/check-after.json")
    if [[ -z $before$after ]] && ! [[ -s $out/check-after.json ]]; then
        fail "$round: pop check --format json gave no output"
    elif [[ $before == "$after" ]]; then
        pass "$round: pop check reports the same $(grep -c . <<<"$before") errors on the planted copy as on the original"
    else
        fail "$round: planting changed the errors pop check reports:"
        diff <(echo "$before") <(echo "$after") | sed 's/^/     /'
    fi

    # 2. Multi-person outputs: no marker, and the people with private items are in them.
    multi() {
        local label=$1
        shift
        local base
        base=$out/${label// /-}
        (cd -- "$repo" && "$POP" --today "$TODAY" "$@") >"$base.out" 2>"$base.err"
        local code=$?
        if [[ $code -ne 0 ]]; then
            fail "$round: pop $* exited with $code: $(head -c 300 "$base.err")"
            return
        fi
        local missing=
        for who in h.bakker n.visser; do
            local name
            [[ $who == h.bakker ]] && name="Hanneke Bakker" || name="Nadia Visser"
            grep -q -e "$who" -e "$name" -- "$base.out" || missing+=" $who"
        done
        if [[ -n $missing ]]; then
            fail "$round: pop $* does not mention$missing: the output proves nothing"
            return
        fi
        local leaks
        leaks=$(scan "$base.out" "$base.err" | cut -f2 | sort -u)
        if [[ -z $leaks ]]; then
            pass "$round: pop $*: no private marker"
        else
            fail "$round: pop $* shows private text:"
            while IFS= read -r m; do echo "     $m  (planted in $(where_planted "$m"))"; done <<<"$leaks"
        fi
    }
    multi "report text" report examples
    multi "report text nl" --lang nl report examples
    multi "report text color" --color always report examples
    multi "report markdown" report --format markdown examples
    multi "report csv" report --format csv examples
    multi "report csv semicolon" report --format csv --separator ';' examples
    multi "report json" report --format json examples
    multi "report html" report --format html examples
    multi "report html nl" --lang nl report --format html examples
    multi "report two files" report examples/pops/h.bakker.pop.yaml examples/pops/n.visser.pop.yaml
    multi "report two files json" report --format json examples/pops/h.bakker.pop.yaml examples/pops/n.visser.pop.yaml
    multi "due text" due --within 99999 examples
    multi "due text nl" --lang nl due --within 99999 examples
    multi "due json" due --within 99999 --format json examples
    multi "due pops folder" due --within 99999 examples/pops
    multi "due two files" due --within 99999 examples/pops/h.bakker.pop.yaml examples/pops/n.visser.pop.yaml
    multi "due two files json" due --within 99999 --format json examples/pops/h.bakker.pop.yaml examples/pops/n.visser.pop.yaml
    if [[ -n $have_calendar ]]; then
        multi "calendar" calendar examples
        multi "calendar nl" --lang nl calendar examples
        multi "calendar two files" calendar examples/pops/h.bakker.pop.yaml examples/pops/n.visser.pop.yaml
    fi

    # 3. What the report left out.
    read -r goals steps evidence conversations notes reflections < <(node -e '
        const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).total;
        console.log([t.private_goals, t.private_steps, t.private_evidence, t.private_conversations,
                     t.conversation_notes, t.reflections].join(" "));' "$counts")
    expected_en="Left out for privacy: private goals $goals, private steps $steps, private evidence $evidence, private conversations $conversations, conversation notes $notes, reflections $reflections."
    expected_nl="Weggelaten voor de privacy: privédoelen $goals, privéstappen $steps, privébewijsstukken $evidence, privégesprekken $conversations, gespreksaantekeningen $notes, reflecties $reflections."
    if [[ $goals -gt 0 && $steps -gt 0 && $evidence -gt 0 && $conversations -gt 0 && $notes -gt 0 && $reflections -gt 0 ]]; then
        pass "$round: the files hold something of every kind the report leaves out ($goals $steps $evidence $conversations $notes $reflections)"
    else
        fail "$round: expected private items of every kind in the copy, found $goals $steps $evidence $conversations $notes $reflections"
    fi
    for lang in en nl; do
        file=$out/report-text.out
        expected=$expected_en
        if [[ $lang == nl ]]; then
            file=$out/report-text-nl.out
            expected=$expected_nl
        fi
        actual=$(grep -e '^Left out for privacy' -e '^Weggelaten voor de privacy' -- "$file" 2>/dev/null)
        if [[ $actual == "$expected" ]]; then
            pass "$round: pop report ($lang) says: $actual"
        else
            fail "$round: pop report ($lang) left-out line is wrong" $'\n'"     expected: $expected" $'\n'"     actual:   ${actual:-(none)}"
        fi
    done
    if node -e '
        const fs = require("fs");
        const t = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).total;
        const l = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).left_out;
        const want = { private_goals: t.private_goals, private_steps: t.private_steps,
                       private_evidence: t.private_evidence, private_conversations: t.private_conversations,
                       conversation_notes: t.conversation_notes, reflections: t.reflections };
        if (JSON.stringify(l) !== JSON.stringify(want)) {
            console.log("expected " + JSON.stringify(want) + ", got " + JSON.stringify(l));
            process.exit(1);
        }' "$counts" "$out/report-json.out" >"$out/left-out-json.txt" 2>&1; then
        pass "$round: pop report --format json has the same left_out counts"
    else
        fail "$round: pop report --format json left_out: $(cat "$out/left-out-json.txt")"
    fi

    # The warnings of a person count only reminders about what the report shows: a reminder whose
    # message names a private goal or quotes a private step (it contains a marker) stays out, as
    # it does in `pop due` over several POPs.
    (cd -- "$repo" && "$POP" --today "$TODAY" check --reminders --format json examples) >"$out/reminders.json" 2>/dev/null
    if node -e '
        const fs = require("fs");
        const markers = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => l.split("\t")[0]);
        const check = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
        const report = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        const want = {};
        for (const f of check.findings) {
            if (!f.rule.startsWith("reminder.")) continue;
            const w = (want[f.path] ??= { public: 0, private: 0 });
            const text = f.message + " " + (f.source_line ?? "");
            if (markers.some((m) => text.includes(m))) w.private++;
            else w.public++;
        }
        let bad = 0;
        for (const p of report.people) {
            if (!p.path) continue;
            const w = want[p.path] ?? { public: 0, private: 0 };
            if (p.warnings.length !== w.public) {
                bad++;
                console.log(`${p.id}: ${p.warnings.length} warnings [${p.warnings.join(" ")}], expected ${w.public}` +
                            ` (pop check --reminders: ${w.public} about public items, ${w.private} about private ones)`);
            }
        }
        process.exit(bad ? 1 : 0);' "$MARKERS" "$out/reminders.json" "$out/report-json.out" >"$out/warnings.txt" 2>&1; then
        pass "$round: pop report warnings count no reminders about private goals or steps"
    else
        fail "$round: pop report warnings count reminders about private items (their existence and state leak):"
        sed 's/^/     /' "$out/warnings.txt"
    fi

    # 4. The test can fail: single-person outputs show private text, and the scan sees it.
    single() {
        local who=$1
        shift
        local file=examples/pops/$who.pop.yaml
        local base
        base=$out/single-$who-$1
        if ! grep -qF "$(printf "\t%s\t" "$file")" "$MARKERS"; then
            return
        fi
        (cd -- "$repo" && "$POP" --today "$TODAY" "$@" "$file") >"$base.out" 2>"$base.err"
        local found
        found=$(scan "$base.out" | cut -f2 | grep -c "^PRIVE-${who//./-}-")
        if [[ $found -gt 0 ]]; then
            pass "$round: pop $* $file (one person) shows $found private markers of that file: the scan sees them"
        else
            fail "$round: pop $* $file (one person) shows no marker of that file; is the planting or the scan broken?"
        fi
    }
    single h.bakker status
    single n.visser status
    single h.bakker due --within 99999
    single n.visser due --within 99999
    if [[ -n $have_calendar ]]; then
        single h.bakker calendar
        single n.visser calendar
    fi
    (cd -- "$repo" && "$POP" --today "$TODAY" check --reminders examples) >"$out/broken-check.out" 2>&1
    found=$(scan "$out/broken-check.out" | wc -l)
    if [[ $found -gt 0 ]]; then
        pass "$round: a run that does show private text (pop check --reminders examples: $found markers) is caught by the scan"
    else
        fail "$round: pop check --reminders examples quotes private steps, yet the scan found no marker in it"
    fi
done

# --- team needs: a person in a group of their own (tests/privacy/needs.mjs) ------------------------
mkdir -p -- "$TMP/needs"
needs_before=$((passed + failed))
while IFS= read -r line; do
    case $line in
        "ok   "*) pass "${line#ok   }" ;;
        "FAIL "*) fail "${line#FAIL }" ;;
        *) echo "     $line" ;;
    esac
done < <(node "$HERE/needs.mjs" "$POP" "$TMP/needs" 2>&1 || echo "FAIL needs.mjs exited with an error")
[[ $((passed + failed - needs_before)) -ge 2 ]] || fail "tests/privacy/needs.mjs reported fewer than its 2 checks"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
