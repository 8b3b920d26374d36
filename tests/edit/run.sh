#!/usr/bin/env bash
# tests/edit/run.sh POP_BINARY [CASE...]
#
# Golden DIFF tests of the editing commands (pop init, goal, step, evidence, talk, sign, renew) on
# the fixtures in tests/edit/fixtures/: full of comments, four-space indentation, sequences not
# indented under their key, CRLF line endings, flow-style maps, no final newline.
#
# Each case copies its fixture into a folder of its own (which gets an empty .git, so that the
# repository files are looked for there and nowhere above), runs one pop command there with
# --today 2026-11-22 and stdin from /dev/null (no terminal), and compares
#   - the change to the folder, as `diff -ruN` with a/ and b/ names, with expected/NAME.diff
#     (empty for a refusal: the files must be byte for byte what they were);
#   - the exit code, stdout and stderr with expected/NAME.out;
# and for a case that changes something, runs it again with --dry-run in a fresh copy: that must
# change nothing, and its output, applied with `patch`, must give exactly the bytes of the real run.
# Then a few checks of their own: values that need quoting read back unchanged, prompts on a
# terminal (with script(1)), a folder with two POPs after `pop renew`.
#
# POP_REGENERATE=1 rewrites the expected files. Ends with `N passed, M failed`.
set -uo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 POP_BINARY [CASE...]" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
shift
if [[ ! -x $POP ]]; then
    echo "tests/edit: $POP is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
FIXTURES=$HERE/fixtures
EXPECTED=$HERE/expected
TODAY=2026-11-22
REGENERATE=${POP_REGENERATE:-0}
[[ $REGENERATE == 0 ]] && REGENERATE=
ONLY=("$@")

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-edit.XXXXXX") || exit 1
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
    # shellcheck disable=SC2001
    [[ -n ${2:-} ]] && sed 's/^/     /' <<<"$2" | head -n 40
}
selected() {
    [[ ${#ONLY[@]} -eq 0 ]] && return 0
    local n
    for n in "${ONLY[@]}"; do [[ $n == "$1" ]] && return 0; done
    return 1
}

HAVE_PATCH=
command -v patch >/dev/null 2>&1 && HAVE_PATCH=1

# pop in a fixed environment, in folder $1; stdout, stderr and exit code into $2.out, .err, .rc
run_pop() {
    local dir=$1 out=$2
    shift 2
    (cd -- "$dir" && env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 HOME="$TMP" \
        "$POP" --today "$TODAY" "$@" >"$out.out" 2>"$out.err" </dev/null)
    echo $? >"$out.rc"
}

# The folder a case runs in: the fixture (a name in fixtures/, or a path from the repository
# root), an empty .git, and what the setup words ask for.
make_folder() {
    local dir=$1 fixture=$2
    shift 2
    mkdir -p -- "$dir/.git"
    case $fixture in
        -) ;;
        */*) cp -- "$ROOT/$fixture" "$dir/" ;;
        *) cp -- "$FIXTURES/$fixture" "$dir/" ;;
    esac
    local word
    for word in "$@"; do
        case $word in
            school-goals) printf 'format_version: 1\ngoals:\n  - id: sg-kaart\n    title: Kaartvaardigheid\n' >"$dir/pop-school-goals.yaml" ;;
            evidence-file) mkdir -p "$dir/bewijs" && echo "verslag" >"$dir/bewijs/verslag.md" ;;
            schema) mkdir -p "$dir/schemas" "$dir/pops" && echo '{}' >"$dir/schemas/pop.schema.json" ;;
            outside-file) echo "buiten" >"$dir/../buiten.md" ;;
            policy-vlaanderen) printf 'format_version: 1\npreset: vlaanderen\n' >"$dir/pop-policy.yaml" ;;
            policy-complete) printf 'format_version: 1\ncomplete:\n  sign_off: true\n  current_goal: true\n  conversation: true\n' >"$dir/pop-policy.yaml" ;;
            *) echo "tests/edit: unknown setup $word" >&2 ;;
        esac
    done
}

# The change from folder $1 to folder $2 as a unified diff with a/ and b/ names (.git left out).
folder_diff() {
    (cd -- "$(dirname -- "$1")" && LC_ALL=C diff -ruN -x .git -- "$(basename -- "$1")" "$(basename -- "$2")") |
        sed -E -e '/^diff /d' -e 's#^--- [^/]*/([^\t]*)\t.*#--- a/\1#' -e 's#^\+\+\+ [^/]*/([^\t]*)\t.*#+++ b/\1#'
}

# compare NAME KIND ACTUAL: against expected/NAME.KIND (or write it when regenerating).
compare() {
    local name=$1 kind=$2 actual=$3 expected=$EXPECTED/$1.$2
    if [[ -n $REGENERATE ]]; then
        mkdir -p -- "$EXPECTED"
        cp -- "$actual" "$expected"
        return 0
    fi
    if [[ ! -f $expected ]]; then
        echo "no $expected (POP_REGENERATE=1 writes it)"
        return 1
    fi
    diff -u --label "expected $name.$kind" --label "actual $name.$kind" -- "$expected" "$actual"
}

# c NAME FIXTURE EXIT [SETUP...] -- [@SUBDIR] ARGS...
c() {
    local name=$1 fixture=$2 want=$3
    shift 3
    local setup=()
    while [[ $1 != -- ]]; do
        setup+=("$1")
        shift
    done
    shift
    local sub=.
    if [[ ${1:-} == @* ]]; then
        sub=${1#@}
        shift
    fi
    selected "$name" || return 0
    local dir=$TMP/$name/b before=$TMP/$name/a
    mkdir -p -- "$TMP/$name"
    make_folder "$before" "$fixture" "${setup[@]}"
    cp -a -- "$before" "$dir"
    run_pop "$dir/$sub" "$TMP/$name/run" "$@"
    local rc
    rc=$(cat "$TMP/$name/run.rc")
    folder_diff "$before" "$dir" >"$TMP/$name/actual.diff"
    {
        echo "exit $rc"
        echo "--- stdout"
        cat "$TMP/$name/run.out"
        echo "--- stderr"
        cat "$TMP/$name/run.err"
    } | sed "s#$TMP/$name/b#<FOLDER>#g" >"$TMP/$name/actual.out"
    local problems=""
    [[ $rc == "$want" ]] || problems+="exit code $rc, expected $want"$'\n'
    if [[ $want != 0 && -s $TMP/$name/actual.diff ]]; then
        problems+="a refused or failed command changed files:"$'\n'"$(cat "$TMP/$name/actual.diff")"$'\n'
    fi
    problems+=$(compare "$name" diff "$TMP/$name/actual.diff")
    problems+=$(compare "$name" out "$TMP/$name/actual.out")
    # --dry-run: nothing written, and the diff it prints, applied with patch, gives the same bytes.
    if [[ $want == 0 && -s $TMP/$name/actual.diff ]]; then
        local dry=$TMP/$name/dry applied=$TMP/$name/applied
        cp -a -- "$before" "$dry"
        cp -a -- "$before" "$applied"
        run_pop "$dry/$sub" "$TMP/$name/dry" "$@" --dry-run
        if [[ $(cat "$TMP/$name/dry.rc") != 0 ]]; then
            problems+=$'\n'"--dry-run: exit code $(cat "$TMP/$name/dry.rc"): $(cat "$TMP/$name/dry.err")"
        elif [[ -n $(folder_diff "$before" "$dry") ]]; then
            problems+=$'\n'"--dry-run changed files: $(folder_diff "$before" "$dry")"
        elif [[ -n $HAVE_PATCH ]]; then
            # patch refuses a name with ".." in a header; for one file, name it (pop shows the path as given)
            local target=()
            if [[ $(grep -c '^+++ ' "$TMP/$name/dry.out") == 1 ]] && grep -q '^+++ b/\.\./' "$TMP/$name/dry.out"; then
                target=("$(sed -n 's#^+++ b/##p' "$TMP/$name/dry.out")")
            fi
            if ! patch -s -p1 --binary -d "$applied/$sub" "${target[@]}" <"$TMP/$name/dry.out" >"$TMP/$name/patch.log" 2>&1; then
                problems+=$'\n'"--dry-run output does not apply with patch: $(cat "$TMP/$name/patch.log")"
            elif [[ -n $(folder_diff "$dir" "$applied") ]]; then
                problems+=$'\n'"--dry-run output, applied, differs from the real run: $(folder_diff "$dir" "$applied")"
            fi
        fi
    fi
    if [[ -z ${problems//$'\n'/} ]]; then
        ok "$name"
    else
        fail "$name" "$problems"
    fi
}

[[ -z $HAVE_PATCH ]] && echo "note: patch(1) is not installed; --dry-run output is checked but not applied"

# ---- pop init ----
c init-flags - 0 -- init --id e.demir --name "Elif Demir" --role "docent economie" --school "Het Baken" --manager "Marieke de Groot" --start 2026-08-01
c init-nl - 0 -- --lang nl init --id e.demir --name "Elif Demir" --team "4" --start 2026-08-01
c init-schema-found - 0 schema -- @pops init --id e.demir --name "Elif Demir" --start 2026-08-01
c init-policy-one-year - 0 policy-vlaanderen -- init --id l.peeters --name "Lotte Peeters" --start 2026-09-01
c init-file-name - 0 -- init mijn-pop.pop.yaml --id e.demir --name "Elif Demir" --end 2028-07-31
c init-missing-flags - 2 -- init --name "Elif Demir"
c init-exists comments.pop.yaml 1 -- init --id b.dewit --name "Bram de Wit" comments.pop.yaml
c init-exists-default comments.pop.yaml 1 -- init --id comments --name "Bram de Wit"
c init-bad-name - 2 -- init e.demir.yaml --id e.demir --name "Elif Demir"
c init-bad-id - 2 -- init --id "e demir" --name "Elif Demir"
# A school whose policy asks for signatures, a running goal and conversations: starting a POP in a
# period that has begun is not refused; pop prints what the policy still asks, with the commands.
c init-policy-complete - 0 policy-complete -- init --id e.demir --name "Elif Demir" --manager "Marieke de Groot" --start 2026-08-01
c init-policy-complete-nl - 0 policy-complete -- --lang nl init --id e.demir --name "Elif Demir" --start 2026-08-01
c init-bad-date - 2 -- init --id e.demir --name "Elif Demir" --start 1-8-2026
c init-end-before-start - 1 -- init --id e.demir --name "Elif Demir" --start 2026-08-01 --end 2026-01-01

# ---- pop goal add ----
c goal-add-full comments.pop.yaml 0 school-goals -- goal add --id kaartlezen-2 --title "Kaartlezen in klas 2" \
    --specific "In de tweede klassen oefenen leerlingen elke week met een topografische kaart en een kijkwijzer." \
    --measurable "In juni haalt 80% van de leerlingen een voldoende op de kaarttoets." \
    --agreed-by "Marieke de Groot" --agreed-on 2026-11-20 --hours 20 --budget 150 --note "studiedag 14 maart" \
    --start 2027-01-04 --end 2027-07-09 --inspiring "Ik zie leerlingen opleven als ze de wereld herkennen." \
    --learning informal --method coaching --method collegial_visit --competence subject_didactics --school-goal sg-kaart
c goal-add-tricky comments.pop.yaml 0 -- goal add --id lastig --title "yes: later" --specific $'regel 1\nregel 2' \
    --measurable '#1 doel: 3 lessen' --inspiring '"quoted"' --note "- x" --hours 3 --start 2026-01-01 --end 2026-06-30 --private
c goal-add-minimal four-space.pop.yaml 0 -- goal add --id rekenen --title Rekenen --measurable "3 lessen per week" --start 2026-01-05 --end 2026-06-30
c goal-add-compact compact.pop.yaml 0 -- goal add --id spelling --title Spelling --measurable "10 dictees" --start 2026-01-05 --end 2026-06-30 --hours 6
c goal-add-flow flow.pop.yaml 0 -- goal add --id presenteren --title Presenteren --measurable "2 presentaties" --start 2026-01-05 --end 2026-06-30 --method training
c goal-add-crlf crlf.pop.yaml 0 -- goal add --id feedback --title "Feedback geven" --measurable "In 5 lessen" --start 2026-01-05 --end 2026-06-30 --inspiring $'Twee\nregels'
c goal-add-no-newline no-newline.pop.yaml 0 -- goal add --id quiz --title "Quizzen" --measurable "In 5 lessen" --start 2026-01-05 --end 2026-06-30
c goal-add-incomplete comments.pop.yaml 1 -- goal add --id nieuw --title "Nieuw doel" --specific "Iets"
c goal-add-duplicate comments.pop.yaml 2 -- goal add --id kaartvaardigheid --title X --measurable "3" --start 2026-01-01 --end 2026-02-01
c goal-add-unknown-school-goal comments.pop.yaml 1 school-goals -- goal add --id g --title X --measurable "3 keer" --start 2026-01-01 --end 2026-02-01 --school-goal sg-onbekend
c goal-add-bad-method comments.pop.yaml 2 -- goal add --id g --title X --measurable "3 keer" --start 2026-01-01 --end 2026-02-01 --method coachen
# --agreed-by (and --agreed-on) let a script add a goal without the smarti.agreed warning.
c goal-add-agreed four-space.pop.yaml 0 -- goal add --id rekenen --title Rekenen --measurable "3 lessen per week" --start 2026-01-05 --end 2026-06-30 \
    --agreed-by "Hans Dijk" --agreed-on 2025-12-15
# The warnings an edit adds name the pop command that fixes each (issue 13, point 8), in Dutch too.
c goal-add-command-hints-nl comments.pop.yaml 0 -- --lang nl goal add --id lezen --title "Lezen" --specific "Ik wil beter en meer lezen in de klas met leerlingen" \
    --measurable "Leerlingen lezen beter" --start 2026-01-05 --end 2026-06-30
c goal-set-measurable-vague comments.pop.yaml 0 -- goal set kaartvaardigheid measurable "Leerlingen lezen kaarten beter"
c goal-set-end-before-step comments.pop.yaml 0 -- goal set kaartvaardigheid end 2026-03-01

# ---- pop goal set / status ----
c goal-set-title comments.pop.yaml 0 -- goal set kaartvaardigheid title "no"
c goal-set-hours comments.pop.yaml 0 -- goal set kaartvaardigheid hours 32.5
c goal-set-budget comments.pop.yaml 0 -- goal set kaartvaardigheid budget 150
c goal-set-budget-flow comments.pop.yaml 0 -- goal set stemgebruik budget 95
c goal-set-specific-block comments.pop.yaml 0 -- goal set kaartvaardigheid specific $'In 1a en 1b maken leerlingen elke week een kaartopdracht.\nMet een vaste kijkwijzer.\n'
c goal-set-methods comments.pop.yaml 0 -- goal set kaartvaardigheid methods coaching,intervision
c goal-set-agreed-by four-space.pop.yaml 0 -- goal set lezen agreed-by "Hans Dijk"
c goal-set-end-crlf crlf.pop.yaml 0 -- goal set digitaal end 2026-07-10
c goal-set-flow flow.pop.yaml 0 -- goal set debat hours 12
# Moving a goal: one date alone can cross the other (refused: dates.order); both at once are checked together.
c goal-set-start-alone comments.pop.yaml 1 -- goal set kaartvaardigheid start 2027-01-04
c goal-set-dates comments.pop.yaml 0 -- goal set kaartvaardigheid --start 2027-01-04 --end 2027-06-30
c goal-set-dates-crossed comments.pop.yaml 1 -- goal set kaartvaardigheid --start 2027-06-30 --end 2027-01-04
c goal-set-nothing comments.pop.yaml 2 -- goal set kaartvaardigheid
# A goal's competence is an area of the policy's framework: a Flemish area under preset vlaanderen
# is written; its Dutch name is refused with the id as suggestion; a Dutch area under no framework.
c goal-set-competence-flemish comments.pop.yaml 0 policy-vlaanderen -- goal set kaartvaardigheid competence educator
c goal-set-competence-name comments.pop.yaml 1 policy-vlaanderen -- --lang nl goal set kaartvaardigheid competence opvoeder
c goal-set-competence-dutch comments.pop.yaml 0 -- goal set kaartvaardigheid competence pedagogical
c goal-set-number no-newline.pop.yaml 0 -- goal set 1 title "ICT in de les"
c goal-status comments.pop.yaml 0 -- goal status kaartvaardigheid achieved
c goal-status-same comments.pop.yaml 0 -- goal status kaartvaardigheid active
c goal-status-nl comments.pop.yaml 2 -- --lang nl goal status kaartvaardigheid behaald
c goal-set-end-before-start comments.pop.yaml 1 -- goal set kaartvaardigheid end 2025-01-01
c goal-set-empty-title comments.pop.yaml 1 -- goal set kaartvaardigheid title ""
c goal-set-unknown-goal comments.pop.yaml 2 -- goal set kaartvaardighied status achieved
c goal-set-unknown-field comments.pop.yaml 2 -- goal set kaartvaardigheid titel X
c goal-set-bad-number comments.pop.yaml 2 -- goal set kaartvaardigheid hours 12,5
c goal-set-bad-date comments.pop.yaml 2 -- goal set kaartvaardigheid end 18-12-2026
c goal-set-block-list four-space.pop.yaml 0 -- goal set lezen methods training
# Block lists (issue 11, point 4) on the hand-written style fixture: comments of kept items stay.
c goal-set-block-list-append tests/styles/hand.pop.yaml 0 -- goal set bevoegdheid-wiskunde methods course,mentoring,coaching
c goal-set-block-list-drop-first tests/styles/hand.pop.yaml 0 -- goal set instructie-mavo3 methods collegial_visit
c goal-set-block-list-same tests/styles/hand.pop.yaml 0 -- goal set 2 methods coaching,collegial_visit
c goal-set-school-goals-block tests/styles/hand.pop.yaml 0 -- goal set 3 school_goals formatief-evalueren,taalgericht-vakonderwijs
c goal-set-school-goals-pyyaml tests/styles/pyyaml-block.pop.yaml 0 -- goal set 1 school_goals begeleiding-starters,formatief-evalueren
# JSON stays JSON; new values follow the file's double quotes (point 10).
c goal-set-json tests/styles/json.pop.yaml 0 -- goal set 1 school_goals begeleiding-starters,formatief-evalueren
c evidence-add-json tests/styles/json.pop.yaml 0 -- evidence add 2 --what "Kijkwijzer 5" --date 2026-12-01 --link "https://x.example/k?nr=5"
c goal-set-title-json tests/styles/json.pop.yaml 0 -- goal set 3 title "Leesbare opgaven"
# What YAML 1.1 readers (PyYAML) would read differently is quoted (point 8).
c goal-set-hours-leading-zero comments.pop.yaml 0 -- goal set kaartvaardigheid hours 020
c goal-set-title-on comments.pop.yaml 0 -- goal set kaartvaardigheid title On
c evidence-add-link-flow flow.pop.yaml 0 -- evidence add debat --what "Filmpje: debat" --date 2026-01-10 --link "https://x.example/v?id=3"
# Honest refusals (point 9).
c goal-set-bad-utf8 comments.pop.yaml 1 -- goal set kaartvaardigheid title $'caf\xe9'
c goal-set-dash-value comments.pop.yaml 2 -- goal set kaartvaardigheid title -x
c goal-set-dash-value-nl comments.pop.yaml 2 -- --lang nl goal set kaartvaardigheid title -x
c step-add-dash-value comments.pop.yaml 0 -- step add kaartvaardigheid --what=-x --due 2026-05-01

# ---- pop step ----
c step-add comments.pop.yaml 0 -- step add kaartvaardigheid --what "Kaarttoets afnemen" --due 2026-05-01 --id toets
c step-add-four-space four-space.pop.yaml 0 -- step add lezen --what "Toets afnemen" --due 2026-06-01
c step-add-compact compact.pop.yaml 0 -- step add rekenen --what "Toets afnemen"
c step-add-crlf crlf.pop.yaml 0 -- step add digitaal --what "Eerste digitale toets" --due 2025-12-01
c step-add-flow flow.pop.yaml 0 -- step add debat --what "Debat houden" --due 2026-03-01
c step-add-no-newline no-newline.pop.yaml 0 -- step add ict --what "Quiz maken"
c step-add-first comments.pop.yaml 0 -- step add stemgebruik --what "Eerste trainingsavond" --due 2026-02-01 --private
c step-done-number comments.pop.yaml 0 -- step "done" kaartvaardigheid 2 --on 2025-11-14
c step-done-text comments.pop.yaml 0 -- step "done" kaartvaardigheid "met de leerlingen"
c step-done-id-flow flow.pop.yaml 0 -- step "done" debat 1 --on 2025-10-01
c step-done-no-newline no-newline.pop.yaml 0 -- step "done" ict quizprogramma --on 2025-09-30
c step-done-already comments.pop.yaml 0 -- step "done" kaartvaardigheid kijkwijzer
c step-done-ambiguous comments.pop.yaml 2 -- step "done" kaartvaardigheid kijk
c step-done-unknown comments.pop.yaml 2 -- step "done" kaartvaardigheid toets
c step-done-no-steps comments.pop.yaml 2 -- step "done" stemgebruik 1
c step-done-bad-date comments.pop.yaml 2 -- step "done" kaartvaardigheid 2 --on 1-8-2025
c step-add-duplicate-id comments.pop.yaml 2 -- step add kaartvaardigheid --what X --id kijkwijzer
# A number is a step's place or an error, never a part of a text ("Lesbezoeken 2, 3 en 4"; point 2).
c step-done-number-too-big tests/styles/hand.pop.yaml 2 -- step "done" instructie-mavo3 4
c step-done-number-too-big-nl tests/styles/hand.pop.yaml 2 -- --lang nl step "done" instructie-mavo3 4
c step-done-number-zero tests/styles/hand.pop.yaml 2 -- step "done" taalgericht-wiskunde 0
c step-done-number-leading-zero tests/styles/hand.pop.yaml 0 -- step "done" taalgericht-wiskunde 02 --on 2026-11-20
c step-set-due comments.pop.yaml 0 -- step set kaartvaardigheid evaluatie due 2026-07-03
c step-set-what-crlf crlf.pop.yaml 0 -- step set digitaal 1 what "Toetsomgeving Wintoets leren"
c step-set-what-flow flow.pop.yaml 0 -- step set debat 1 what "Debatvormen kiezen met de sectie"
c step-set-undone comments.pop.yaml 0 -- step set kaartvaardigheid kijkwijzer done ""
c step-set-nl comments.pop.yaml 0 -- --lang nl step set kaartvaardigheid 2 id bespreken
c step-set-unknown-field comments.pop.yaml 2 -- step set kaartvaardigheid 2 wanneer 2026-01-01
c step-set-bad-date comments.pop.yaml 2 -- step set kaartvaardigheid 2 due 15-11-2025
c step-set-empty-what comments.pop.yaml 2 -- step set kaartvaardigheid 2 what ""
c step-remove-middle comments.pop.yaml 0 -- step remove kaartvaardigheid bespreken
c step-remove-last comments.pop.yaml 0 -- step remove kaartvaardigheid evaluatie
c step-remove-crlf crlf.pop.yaml 0 -- step remove digitaal 1
c step-remove-only-flow flow.pop.yaml 0 -- step remove debat 1
c step-remove-nl comments.pop.yaml 0 -- --lang nl step remove kaartvaardigheid kijkwijzer
c step-remove-unknown comments.pop.yaml 2 -- step remove kaartvaardigheid toets
c evidence-remove comments.pop.yaml 0 -- evidence remove kaartvaardigheid 1
c evidence-remove-nl comments.pop.yaml 0 -- --lang nl evidence remove kaartvaardigheid 1
c evidence-remove-bad-number comments.pop.yaml 2 -- evidence remove kaartvaardigheid 2
c evidence-remove-none comments.pop.yaml 2 -- evidence remove stemgebruik 1

# ---- pop evidence ----
c evidence-add-link comments.pop.yaml 0 -- evidence add stemgebruik --what "Certificaat training" --date 2026-06-30 --link https://example.org/c
c evidence-add-file comments.pop.yaml 0 evidence-file -- evidence add kaartvaardigheid --what "Verslag lesbezoek" --date 2026-03-12 --file bewijs/verslag.md
c evidence-add-file-from-subfolder comments.pop.yaml 0 evidence-file -- @bewijs evidence add 1 --what "Verslag" --date 2026-03-12 --file verslag.md --pop ../comments.pop.yaml
c evidence-add-compact compact.pop.yaml 0 -- evidence add rekenen --what "Toetsuitslag" --date 2026-06-20
c evidence-add-crlf crlf.pop.yaml 0 -- evidence add digitaal --what "Toets in de toetsomgeving"
c evidence-file-outside comments.pop.yaml 2 outside-file -- evidence add kaartvaardigheid --what X --file ../buiten.md
c evidence-file-missing comments.pop.yaml 2 -- evidence add kaartvaardigheid --what X --file nergens.md
c evidence-future comments.pop.yaml 0 -- evidence add kaartvaardigheid --what "Later" --date 2027-01-01

# ---- pop log ----
# A goal without `log:` yet (the list is created), the POP's own log (created at the end), CRLF,
# flow style, no final line break, and appending to lists that exist (examples/).
c log-goal comments.pop.yaml 0 -- log kaartvaardigheid --hours 2 --what "Intervisie over kaartlezen" --method intervision --date 2026-11-10
c log-goal-nl comments.pop.yaml 0 -- --lang nl log kaartvaardigheid --hours 1.5 --euros 0 --what "Lesbezoek bij Sanne" --method collegial_visit --learning informal
c log-pop comments.pop.yaml 0 -- log --hours 1.5 --euros 34.50 --what "Boek: kaarten in de klas" --method reading
c log-private-goal comments.pop.yaml 0 -- log stemgebruik --hours 1 --what "Oefeningen met de logopedist" --private
c log-euros-only compact.pop.yaml 0 -- log rekenen --euros 395 --what "Cursusgeld rekendidactiek" --method course --learning formal
c log-crlf crlf.pop.yaml 0 -- log digitaal --hours 3 --what "Training toetsomgeving" --date 2026-10-01
c log-pop-crlf crlf.pop.yaml 0 -- log --hours 2 --what "PLG-bijeenkomst"
c log-flow flow.pop.yaml 0 -- log debat --hours 1 --what "Debatwedstrijd bekeken" --date 2026-01-10
c log-pop-flow flow.pop.yaml 0 -- log --hours 2 --what "Studiedag" --date 2026-01-10
c log-no-newline no-newline.pop.yaml 0 -- log --hours 1 --what "Vakliteratuur"
c log-append examples/pops/a.jansen.pop.yaml 0 -- log formatief-engels --hours 1 --what "Exit tickets van unit 3 nagekeken met Els"
c log-append-pop examples/pops/a.jansen.pop.yaml 0 -- log --hours 2 --what "PLG-bijeenkomst onderbouw" --method learning_community
c log-before-period comments.pop.yaml 0 -- log kaartvaardigheid --hours 2 --what "Zomercursus" --date 2025-07-15
c log-too-many-hours comments.pop.yaml 2 -- log kaartvaardigheid --hours 25 --what X
c log-too-many-hours-nl comments.pop.yaml 2 -- --lang nl log kaartvaardigheid --hours 25 --what X
c log-negative-euros comments.pop.yaml 2 -- log --euros=-5 --what X
c log-negative-euros-nl comments.pop.yaml 2 -- --lang nl log --euros=-5 --what X
c log-decimal-comma comments.pop.yaml 2 -- log --hours 1,5 --what X
c log-no-amount comments.pop.yaml 2 -- log --what X
c log-no-amount-nl comments.pop.yaml 2 -- --lang nl log --what X
c log-future comments.pop.yaml 2 -- log --hours 1 --what X --date 2026-12-01
c log-future-nl comments.pop.yaml 2 -- --lang nl log --hours 1 --what X --date 2026-12-01
c log-unknown-goal comments.pop.yaml 2 -- log kaartvaardigheidd --hours 1 --what X
c log-unknown-goal-nl comments.pop.yaml 2 -- --lang nl log kaartvaardigheidd --hours 1 --what X
c log-bad-method comments.pop.yaml 2 -- log --hours 1 --what X --method intervisie

# ---- pop talk ----
c talk-add comments.pop.yaml 0 -- talk add --kind progress --date 2026-11-20 --with "Marieke de Groot" --agreements $'- Evaluatie in juni.\n- Nieuwe kaarttoets.\n'
c talk-add-planned-private compact.pop.yaml 0 -- talk add --kind performance --date 2027-03-01 --notes "Vragen naar de mentorklas" --private
c talk-add-crlf crlf.pop.yaml 0 -- talk add --kind start --date 2025-09-10 --agreements $'regel 1\nregel 2'
c talk-add-flow flow.pop.yaml 0 -- talk add --kind progress --date 2026-01-10 --notes "Gaat goed"
c talk-add-bad-kind comments.pop.yaml 2 -- talk add --kind chat --date 2026-01-01
# In date order: before a planned conversation (and the comment that introduces it), not after it.
c talk-add-before-planned planned.pop.yaml 0 -- talk add --kind progress --date 2026-11-20 --with "Iris Lam"
c talk-add-first flow.pop.yaml 0 -- talk add --kind progress --date 2025-06-01

# ---- pop sign ----
c sign-employee comments.pop.yaml 0 -- sign --employee "Bram de Wit" --on 2025-09-20
c sign-both compact.pop.yaml 0 -- sign --employee "Daan Bos" --manager "Iris Lam"
c sign-manager-flow flow.pop.yaml 0 -- sign --manager "Iris Lam" --on 2025-09-05
c sign-again-flow flow.pop.yaml 0 -- sign --employee "Fleur M. Smits" --on 2025-09-05
c sign-no-newline no-newline.pop.yaml 0 -- sign --employee "Gijs Kok" --on 2025-09-01
c sign-nobody comments.pop.yaml 2 -- sign
c sign-policy-complete comments.pop.yaml 0 policy-complete -- sign --employee "Bram de Wit" --on 2025-09-20

# ---- pop renew ----
c renew-default examples/pops/a.jansen.pop.yaml 0 -- renew
c renew-policy-complete examples/pops/a.jansen.pop.yaml 0 policy-complete -- renew --start 2026-09-01
c renew-early examples/pops/a.jansen.pop.yaml 0 -- renew --start 2027-01-01 --end 2028-12-31
c renew-all-missing-path comments.pop.yaml 3 -- renew --all popz
c renew-all-missing-path-nl comments.pop.yaml 3 -- --lang nl renew --all popz
c renew-all-broken broken.pop.yaml 1 -- renew --all .
c renew-all-with-start comments.pop.yaml 2 -- renew --all --start 2027-01-01
c renew-paths-without-all comments.pop.yaml 2 -- renew pops
c renew-cut-end examples/pops/a.jansen.pop.yaml 0 -- renew --start 2027-01-01 --end 2027-06-30
c renew-cut-end-nl examples/pops/a.jansen.pop.yaml 0 -- --lang nl renew --start 2027-01-01 --end 2027-06-30
c renew-nl-output comments.pop.yaml 0 -- --lang nl renew --output b.dewit-nieuw.pop.yaml
c renew-crlf crlf.pop.yaml 0 -- renew --start 2029-08-01
c renew-exists comments.pop.yaml 1 -- renew --output comments.pop.yaml
# A POP in flow style or JSON: the new one is written from the values in block style (issue 11 point 5).
c renew-flow flow.pop.yaml 0 -- renew --start 2026-12-01
c renew-json renew-json.pop.yaml 0 -- renew
c renew-json-nl renew-json.pop.yaml 0 -- --lang nl renew --start 2027-01-01
# A new POP that would not read back with the old values (the person is an alias) is refused.
c renew-unreadable renew-alias.pop.yaml 1 -- renew
c renew-unreadable-nl renew-alias.pop.yaml 1 -- --lang nl renew

# ---- finding the POP; unreadable files ----
c no-pop-here - 2 -- step add 1 --what X
c missing-file - 3 -- step add 1 --what X --file weg.pop.yaml
c broken-yaml broken.pop.yaml 3 -- step add 1 --what X
# Only POPs are edited (point 3): the other files of pop, and any other file, are refused unread.
c sign-policy examples/pop-policy.yaml 2 -- sign --employee X --pop pop-policy.yaml
c talk-add-roster examples/pop-roster.yaml 2 -- talk add --kind start --date 2026-01-01 --pop pop-roster.yaml
c goal-add-school-goals examples/pop-school-goals.yaml 2 -- --lang nl goal add --id x --measurable y --start 2026-01-01 --end 2026-02-01 --pop pop-school-goals.yaml
c sign-ci-file examples/ci/gitlab-ci.yml 2 -- sign --employee X --pop gitlab-ci.yml

# ---- checks of their own ----

# Values that need quoting read back unchanged (pop status --format json shows the title).
if selected quoting; then
    problems=""
    for title in 'no' 'yes: later' '#1 doel' '"quoted"' '- x' 'a: b #c' '123' 'true' '~' "it's" 'café €5'; do
        dir=$TMP/quoting/$RANDOM$RANDOM
        make_folder "$dir" comments.pop.yaml
        run_pop "$dir" "$dir/set" goal set stemgebruik title "$title"
        run_pop "$dir" "$dir/status" status --format json
        json_title=$(printf '%s' "$title" | sed 's/\\/\\\\/g; s/"/\\"/g')
        if [[ $(cat "$dir/set.rc") != 0 ]] || ! grep -qF "\"title\": \"$json_title\"" "$dir/status.out"; then
            problems+="title [$title] did not read back: $(cat "$dir/set.err") $(grep -F '"title"' "$dir/status.out")"$'\n'
        fi
    done
    if [[ -z $problems ]]; then ok "quoting: 11 tricky titles read back unchanged"; else fail quoting "$problems"; fi
fi

# Two POPs in one folder after pop renew: an edit without --file goes to the one that runs today.
if selected after-renew; then
    dir=$TMP/after-renew
    make_folder "$dir" comments.pop.yaml
    run_pop "$dir" "$dir/renew" renew --start 2027-01-01
    # today 2026-11-22: the old POP runs; from 2027-01-01 the new one does
    (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" --today 2026-11-22 talk add --kind progress --date 2026-11-20 >"$dir/a.out" 2>&1)
    rc_old=$?
    (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" --today 2027-02-01 talk add --kind start --date 2027-01-15 >"$dir/b.out" 2>&1)
    rc_new=$?
    (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" --today 2026-11-22 check . >"$dir/check.out" 2>&1)
    # pop status without a file shows the POP that runs today, as the edit commands choose it
    (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" --today 2026-11-22 status --format json >"$dir/status-old.out" 2>&1)
    rc_status_old=$?
    (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 "$POP" --today 2027-02-01 status --format json >"$dir/status-new.out" 2>&1)
    rc_status_new=$?
    if [[ $(cat "$dir/renew.rc") == 0 && $rc_old == 0 && $rc_new == 0 && $rc_status_old == 0 && $rc_status_new == 0 ]] &&
        grep -q '^comments.pop.yaml: ' "$dir/a.out" &&
        grep -q '^b.dewit-2027.pop.yaml: ' "$dir/b.out" && grep -q 'date: 2027-01-15' "$dir/b.dewit-2027.pop.yaml" &&
        ! grep -q 'date: 2027-01-15' "$dir/comments.pop.yaml" && ! grep -q 'error\[' "$dir/check.out" &&
        grep -q '"path": "comments.pop.yaml"' "$dir/status-old.out" && grep -q '"path": "b.dewit-2027.pop.yaml"' "$dir/status-new.out"; then
        ok "after-renew: the edit and pop status go to the POP that runs today; pop check sees no error"
    else
        fail after-renew "$(cat "$dir/renew.err" "$dir/a.out" "$dir/b.out" "$dir/check.out" "$dir/status-old.out" "$dir/status-new.out")"
    fi
fi

# Prompts on a terminal: pop init and pop goal add ask for what the options do not give (goal add:
# also with whom the goal was agreed and on which date, so that it is saved without smarti.agreed).
if selected prompts; then
    if ! command -v script >/dev/null 2>&1; then
        fail prompts "script(1) (util-linux) is needed to give pop a terminal"
    elif ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
        echo "skip prompts: script(1) cannot open a pseudo-terminal here"
    else
        dir=$TMP/prompts
        make_folder "$dir" -
        printf 'h.smit\nHanna Smit\ndocent Frans\n\n\nMarieke de Groot\n1-8-2026\n2026-08-01\n\n' |
            (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 TERM=dumb script -qec "'$POP' --today 2026-07-01 init" /dev/null >"$dir/init.log" 2>&1)
        # goal add asks with whom the goal was agreed and when (Enter: today), so that it saves no smarti.agreed warning
        printf 'woordenschat\nWoordenschat in klas 1\n\nIn 8 van de 10 lessen oefen ik 10 woorden.\nMarieke de Groot\n30-6-2026\n\n12\n2026-09-01\n2027-06-30\n\n' |
            (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 TERM=dumb script -qec "'$POP' --today 2026-07-01 goal add" /dev/null >"$dir/goal.log" 2>&1)
        expected_pop=$(printf '%s\n' "person:" "  id: h.smit" "  name: Hanna Smit" "  role: docent Frans" "  manager: Marieke de Groot" "" \
            "# The period of this POP (YYYY-MM-DD); before it ends, \`pop renew\` starts the next one." "period:" "  start: 2026-08-01" \
            "  end: 2030-07-31" "goals:" "  - id: woordenschat" "    title: Woordenschat in klas 1" \
            "    measurable: In 8 van de 10 lessen oefen ik 10 woorden." "    agreed:" "      name: Marieke de Groot" \
            "      date: 2026-07-01" "    realistic:" "      hours: 12" "    start: 2026-09-01" \
            "    end: 2027-06-30")
        actual_pop=$(sed -n '/^person:/,$p' "$dir/h.smit.pop.yaml" 2>/dev/null)
        if [[ $actual_pop == "$expected_pop" ]] && grep -q 'write 2026-08-01' "$dir/init.log" && grep -q 'Measurable:' "$dir/goal.log" &&
            grep -q 'with whom did you agree this goal' "$dir/goal.log" && grep -q 'which date was it agreed (YYYY-MM-DD)? \[2026-07-01\]' "$dir/goal.log" &&
            grep -q 'goal `woordenschat` added' "$dir/goal.log" && ! grep -q 'smarti.agreed' "$dir/goal.log"; then
            ok "prompts: init and goal add ask on a terminal (goal add also with whom it was agreed), re-ask after a bad date"
        else
            fail prompts "$(diff <(echo "$expected_pop") <(echo "$actual_pop"); cat "$dir/init.log" "$dir/goal.log")"
        fi
    fi
fi

# The commands the hints name after an edit run as printed (with TEXT and NAME filled in) and take
# the warnings away: afterwards pop check has nothing to say about the goal.
if selected command-hints; then
    dir=$TMP/command-hints
    make_folder "$dir" four-space.pop.yaml
    run_pop "$dir" "$dir/add" goal add --id rekenen --title Rekenen --measurable "3 lessen per week" --start 2026-01-05 --end 2026-06-30
    problems=""
    commands=$(sed -n 's/^  hint: [^`]*`\(pop [^`]*\)`.*/\1/p' "$dir/add.out")
    [[ $(grep -c . <<<"$commands") == 4 ]] || problems+="expected 4 commands in the hints: $(cat "$dir/add.out")"$'\n'
    while IFS= read -r command; do
        [[ -n $command ]] || continue
        command=${command//TEXT/In groep 5 oefenen leerlingen elke week breuken met blokken en een rekenspel.}
        command=${command//NAME/Hans Dijk}
        (cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 NO_COLOR=1 POP="$POP" \
            bash -c 'pop() { "$POP" --today 2026-11-22 "$@"; }; '"$command" >"$dir/fix.out" 2>&1) ||
            problems+="[$command] failed: $(cat "$dir/fix.out")"$'\n'
    done <<<"$commands"
    run_pop "$dir" "$dir/check" check four-space.pop.yaml
    if grep -q 'rekenen' "$dir/check.out"; then problems+="pop check still reports: $(cat "$dir/check.out")"$'\n'; fi
    if [[ -z $problems ]]; then ok "command-hints: the 4 commands printed after goal add run and leave the goal without warnings"; else fail command-hints "$problems"; fi
fi

# Every YAML file the cases wrote reads the same with yaml-cpp (tests/yamlcpp; CMake sets the tool).
if [[ -n ${POP_YAMLCPP_COMPARE:-} ]]; then
    if out=$(find "$TMP" -name '*.yaml' -type f | sort | "$POP_YAMLCPP_COMPARE" --quiet -); then
        ok "yaml-cpp reads the written files alike: ${out##*yamlcpp_compare: }"
    else
        fail yaml-cpp "$out"
    fi
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
