#!/usr/bin/env bash
# tests/sheet/run.sh POP_BINARY
#
# `pop sheet`, the conversation sheet of one person's POP:
#   golden   the HTML (nl and en) and the markdown of examples/pops/a.jansen.pop.yaml, copied out
#            of any git repository, with --today 2026-11-25, against tests/sheet/expected/
#            (POP_REGENERATE=1 writes them).
#   agenda   a real git repository in a temporary folder with commits dated by
#            GIT_AUTHOR_DATE/GIT_COMMITTER_DATE before and after the last conversation: exactly
#            the changes after it are listed (as pop diff computes them, the uncommitted ones too),
#            those before are not; the same file outside git lists the items dated after the
#            conversation (the fallback).
#   pdf      three POPs (a starter: a.jansen, an experienced teacher: h.bakker, a Flemish teacher:
#            the fixture tests/sheet/vlaanderen with preset vlaanderen, a private item of every
#            kind with its own marker word and a very long web address) printed with headless
#            Chromium (--print-to-pdf) and rendered with pdftoppm: the page count is in range, every
#            word box of `pdftotext -bbox` lies inside the page minus its margins, the long address is printed whole,
#            the signature heading is on the last page; with --public no marker is left in the
#            HTML or the PDF text (and without it every marker is there, under the banner).
#   areas    the Flemish fixture's goals name areas of the basiscompetenties (competence:
#            learning_guide): pop check accepts them, the sheet names them as the framework does,
#            and `competence: opvoeder` is an error (exit 1) that suggests `educator`.
#   usage    no FILE with two POPs in the folder is a usage error (exit 2); an unknown --format too.
# Output (the PDFs and page images) is kept in $POP_TEST_OUTPUT/sheet-pdf when POP_TEST_OUTPUT is set
# (to look at the pages); otherwise it goes to the temporary folder and is removed.
# Ends with `N passed, M failed`; exits 1 on a failure. Needs chromium and poppler-utils.

set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-25
export LC_ALL=C.UTF-8 NO_COLOR=1
CHROMIUM=${CHROMIUM:-chromium}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pop-sheet-test.XXXXXX") || exit 2
trap 'rm -rf -- "$WORK"' EXIT
OUT=${POP_TEST_OUTPUT:-$WORK}/sheet-pdf
mkdir -p -- "$OUT" || exit 2
OUT=$(cd -- "$OUT" && pwd)
# Keep git away from any repository around the temporary folder and from the user's settings.
export GIT_CEILING_DIRECTORIES=$WORK GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# ---- golden ----------------------------------------------------------------------------------
mkdir -p "$WORK/examples/pops"
cp "$ROOT"/examples/pop-*.yaml "$WORK/examples/"
cp "$ROOT/examples/pops/a.jansen.pop.yaml" "$ROOT/examples/pops/h.bakker.pop.yaml" "$WORK/examples/pops/"
golden() {  # NAME ARGS...
    local name=$1
    shift
    local got="$WORK/$name" rc=0
    (cd "$WORK/examples" && "$POP" --today "$TODAY" sheet "$@" >"$got") || rc=$?
    if [[ $rc -ne 0 ]]; then
        fail "golden $name: exit $rc"
        return
    fi
    if [[ -n ${POP_REGENERATE:-} ]]; then
        cp "$got" "$HERE/expected/$name"
        pass "golden $name (regenerated)"
    elif diff -u "$HERE/expected/$name" "$got" >"$WORK/$name.diff"; then
        pass "golden $name"
    else
        fail "golden $name differs:"
        head -n 40 "$WORK/$name.diff"
    fi
}
golden a.jansen.nl.html --lang nl pops/a.jansen.pop.yaml
golden a.jansen.en.html --lang en pops/a.jansen.pop.yaml
golden a.jansen.nl.md --lang nl --format markdown pops/a.jansen.pop.yaml
golden a.jansen.en.md --lang en --format markdown pops/a.jansen.pop.yaml

# ---- usage -----------------------------------------------------------------------------------
rc=0
(cd "$WORK/examples/pops" && "$POP" --today "$TODAY" sheet >/dev/null 2>"$WORK/usage.err") || rc=$?
[[ $rc -eq 2 ]] && pass "usage: two POPs and no FILE: exit 2" || fail "usage: two POPs and no FILE: exit $rc (want 2)"
rc=0
"$POP" --today "$TODAY" sheet --format pdf "$WORK/examples/pops/a.jansen.pop.yaml" >/dev/null 2>&1 || rc=$?
[[ $rc -eq 2 ]] && pass "usage: --format pdf: exit 2" || fail "usage: --format pdf: exit $rc (want 2)"
rc=0
"$POP" --today "$TODAY" sheet -o "$WORK/no/such/folder/x.html" "$WORK/examples/pops/a.jansen.pop.yaml" 2>/dev/null || rc=$?
[[ $rc -eq 3 ]] && pass "usage: unwritable --output: exit 3" || fail "usage: unwritable --output: exit $rc (want 3)"
rc=0
"$POP" --today "$TODAY" sheet -o "$WORK/out.html" "$WORK/examples/pops/a.jansen.pop.yaml" || rc=$?
# LC_ALL=C.UTF-8 and no --lang: English, as the golden a.jansen.en.html.
if [[ $rc -eq 0 ]] && cmp -s "$WORK/out.html" "$WORK/a.jansen.en.html"; then
    pass "--output writes the same page as stdout"
else
    fail "--output: exit $rc or a different page"
fi

# ---- agenda on a real git repository ---------------------------------------------------------
REPO=$WORK/repo
mkdir -p "$REPO"
git -C "$REPO" init -q -b main
git -C "$REPO" config user.name Test
git -C "$REPO" config user.email test@example.org
commit() {  # DATE MESSAGE: commits everything with that author and committer date
    git -C "$REPO" add -A
    GIT_AUTHOR_DATE="$1T12:00:00+00:00" GIT_COMMITTER_DATE="$1T12:00:00+00:00" git -C "$REPO" commit -q -m "$2"
}
pop_file() {  # writes the POP: the steps and evidence given as YAML lines after the first step
    cat >"$REPO/t.test.pop.yaml" <<YAML
format_version: 1
person: { id: t.test, name: Tess Test, role: docent, school: School, manager: Mia Manager }
period: { start: 2026-08-01, end: 2028-07-31 }
goals:
  - id: lezen
    title: Lezen
    specific: Ik lees elke week een artikel over leesonderwijs en bespreek het met de sectie.
    measurable: Tien artikelen besproken voor de zomer.
    realistic: { hours: 20 }
    start: 2026-09-01
    end: 2027-06-30
    inspiring: Ik wil beter lesgeven.
    status: active
    steps:
      - what: Eerste artikel STAPBEGIN
        due: 2026-09-10
$1
conversations:
  - kind: start
    date: 2026-09-05
    with: Mia Manager
$2
YAML
}
pop_file "" ""
commit 2026-09-01 "begin"
pop_file "      - what: Voor het gesprek VOORSTAP
        due: 2026-09-30
        done: 2026-09-20" ""
commit 2026-09-20 "step before the conversation"
CONV="  - kind: progress
    date: 2026-10-05
    with: Mia Manager
    agreements: Meer artikelen AFSPRAAKTEKST"
pop_file "      - what: Voor het gesprek VOORSTAP
        due: 2026-09-30
        done: 2026-09-20" "$CONV"
commit 2026-10-05 "the conversation"
AFTER="      - what: Voor het gesprek VOORSTAP
        due: 2026-09-30
        done: 2026-09-20
      - what: Na het gesprek NASTAP
        due: 2026-10-30
    evidence:
      - date: 2026-10-20
        what: Verslag NABEWIJS"
pop_file "$AFTER" "$CONV"
commit 2026-10-21 "after the conversation"
pop_file "$AFTER
      - date: 2026-11-02
        what: Nog niet vastgelegd ONGECOMMIT" "$CONV"
# The changes section: from its heading to the agreements' heading.
changes_of() { sed -n '/^### Changes since/,/^### Agreements/p' "$1"; }
(cd "$REPO" && "$POP" --today 2026-11-10 --lang en sheet --format markdown >"$WORK/git.md") || fail "agenda: pop sheet in the repository failed"
changes_of "$WORK/git.md" >"$WORK/git.changes"
grep -q 'the last conversation (progress conversation, 5 October 2026)' "$WORK/git.changes" &&
    pass "agenda: the last conversation is the progress conversation of 5 October" ||
    fail "agenda: last conversation not named: $(head -n 1 "$WORK/git.changes")"
grep -q 'From the history (git)' "$WORK/git.changes" && pass "agenda: changes from git" || fail "agenda: not from git"
for word in NASTAP NABEWIJS ONGECOMMIT; do
    grep -q "$word" "$WORK/git.changes" && pass "agenda: $word (after the conversation) listed" ||
        fail "agenda: $word (after the conversation) missing"
done
for word in VOORSTAP STAPBEGIN AFSPRAAKTEKST; do
    grep -q "$word" "$WORK/git.changes" && fail "agenda: $word (before the conversation) listed" ||
        pass "agenda: $word (before the conversation) not listed"
done
[[ $(grep -c '^- ' "$WORK/git.changes") -eq 3 ]] && pass "agenda: exactly 3 changes" ||
    fail "agenda: $(grep -c '^- ' "$WORK/git.changes") changes (want 3): $(cat "$WORK/git.changes")"
grep -q AFSPRAAKTEKST "$WORK/git.md" && pass "agenda: the agreements of the last conversation are shown" ||
    fail "agenda: agreements missing"
# Without git: the same file in a plain folder.
mkdir -p "$WORK/plain"
cp "$REPO/t.test.pop.yaml" "$WORK/plain/"
(cd "$WORK/plain" && "$POP" --today 2026-11-10 --lang en sheet --format markdown >"$WORK/plain.md") || fail "agenda: pop sheet outside git failed"
changes_of "$WORK/plain.md" >"$WORK/plain.changes"
grep -q 'No history from then' "$WORK/plain.changes" && pass "fallback: from the file" || fail "fallback: not from the file"
for word in NABEWIJS ONGECOMMIT; do
    grep -q "$word" "$WORK/plain.changes" && pass "fallback: $word (dated after) listed" || fail "fallback: $word missing"
done
for word in VOORSTAP STAPBEGIN NASTAP; do  # NASTAP has no date of its own: not an item dated after
    grep -q "$word" "$WORK/plain.changes" && fail "fallback: $word listed" || pass "fallback: $word not listed"
done

# ---- a Flemish goal's competence ---------------------------------------------------------------
# The goals of the Flemish fixture name areas of the basiscompetenties (competence: learning_guide);
# the check accepts them, the sheet names them as the framework does, and a Dutch word for an area
# gets the id as suggestion.
AREAS=$WORK/areas
cp -r "$HERE/vlaanderen" "$AREAS"
rc=0
"$POP" --today "$TODAY" --lang en check "$AREAS/pops/l.peeters.pop.yaml" >"$WORK/areas.txt" 2>&1 || rc=$?
[[ $rc -eq 0 ]] && ! grep -Eq 'error\[' "$WORK/areas.txt" && pass "areas: pop check accepts the goals' Flemish areas (exit 0, no error)" ||
    fail "areas: pop check of the Flemish POP (exit $rc): $(cat "$WORK/areas.txt")"
"$POP" --today "$TODAY" sheet --lang nl-BE --format markdown "$AREAS/pops/l.peeters.pop.yaml" >"$WORK/areas.md"
[[ $(grep -c '^- \*\*Competentiedomein\*\*: begeleider van leer- en ontwikkelingsprocessen$' "$WORK/areas.md") -eq 2 ]] &&
    pass "areas: two goals named \"begeleider van leer- en ontwikkelingsprocessen\" on the sheet" ||
    fail "areas: goals' areas not named: $(grep Competentiedomein "$WORK/areas.md")"
sed -i 's/^    competence: content_expert$/    competence: opvoeder/' "$AREAS/pops/l.peeters.pop.yaml"
rc=0
"$POP" --today "$TODAY" --lang en check "$AREAS/pops/l.peeters.pop.yaml" >"$WORK/areas.txt" 2>&1 || rc=$?
[[ $rc -eq 1 ]] && grep -q 'error\[competence.area\]: area opvoeder is not in the competence framework vl-basiscompetenties-2018' "$WORK/areas.txt" &&
    grep -q 'did you mean `educator`?' "$WORK/areas.txt" &&
    pass "areas: competence: opvoeder is an error (exit 1) with the suggestion educator" ||
    fail "areas: competence: opvoeder (exit $rc): $(cat "$WORK/areas.txt")"

# ---- PDF ---------------------------------------------------------------------------------------
FLEMISH=$WORK/vlaanderen
cp -r "$HERE/vlaanderen" "$FLEMISH"
LONG_URL=$(sed -n 's/^ *link: \(https:.*leesteksten.*\)$/\1/p' "$FLEMISH/pops/l.peeters.pop.yaml")
MARKERS=(ZZGEHEIMDOEL ZZGEHEIMSTAP ZZGEHEIMBEWIJS ZZGEHEIMLOG ZZGEHEIMGESPREK ZZGEHEIMZELF)
if ! command -v "$CHROMIUM" >/dev/null || ! command -v pdftoppm >/dev/null; then
    fail "pdf: needs chromium and poppler-utils (apt-get install chromium poppler-utils)"
else
    FLAGS=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
           --disable-component-update --disable-sync --no-pdf-header-footer)
    print_pdf() {  # HTML PDF
        local profile
        profile=$(mktemp -d "$WORK/profile.XXXXXX")
        # watchdog: 120 s of wall time against a hung browser (printing takes 1 to 3 s), no time bound.
        timeout 120 "$CHROMIUM" "${FLAGS[@]}" --user-data-dir="$profile" --print-to-pdf="$2" "file://$1" >"$WORK/chromium.log" 2>&1
        local rc=$?
        rm -rf -- "$profile"
        return $rc
    }
    # check_pdf NAME MIN_PAGES MAX_PAGES HTML SIGNATURE_HEADING
    check_pdf() {
        local name=$1 min=$2 max=$3 html=$4 heading=$5 pdf="$OUT/$1.pdf"
        if ! print_pdf "$html" "$pdf" || [[ ! -s $pdf ]]; then
            fail "pdf $name: chromium did not print: $(tail -n 3 "$WORK/chromium.log")"
            return
        fi
        local pages
        pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
        [[ $pages -ge $min && $pages -le $max ]] && pass "pdf $name: $pages pages (expected $min to $max)" ||
            fail "pdf $name: $pages pages (expected $min to $max)"
        rm -f "$OUT/$name"-*.png
        pdftoppm -r 40 -png "$pdf" "$OUT/$name"
        local images
        images=$(find "$OUT" -name "$name-*.png" | wc -l)
        [[ $images -eq $pages ]] && pass "pdf $name: pdftoppm rendered $images pages" ||
            fail "pdf $name: pdftoppm rendered $images of $pages pages"
        # Every word inside the printable area: the page (pdftotext -bbox gives its size and each
        # word's box) minus the sheet's @page margins (18 mm top, 16 mm sides, 20 mm bottom; 1 pt
        # tolerance for glyph boxes). Chromium clips what overflows at about the page's edge, so a
        # word running into the margin is the sign of text that did not wrap.
        if ! pdftotext -bbox "$pdf" "$WORK/$name.bbox.html" || ! grep -q '<word ' "$WORK/$name.bbox.html"; then
            fail "pdf $name: pdftotext -bbox gave no words"
            return
        fi
        local outside
        outside=$(awk -v mm=2.834646 '
            /<page / { match($0, /width="[0-9.]+"/); w = substr($0, RSTART + 7, RLENGTH - 8) + 0
                       match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9) + 0 }
            /<word / { split($0, a, "\""); xmin = a[2] + 0; ymin = a[4] + 0; xmax = a[6] + 0; ymax = a[8] + 0
                       if (xmin < 16 * mm - 1 || ymin < 18 * mm - 1 || xmax > w - 16 * mm + 1 || ymax > h - 20 * mm + 1) {
                           n++; if (n <= 3) print "   outside: " $0 } }
            END { print n + 0 }' "$WORK/$name.bbox.html")
        local count=${outside##*$'\n'}
        [[ $count == 0 ]] && pass "pdf $name: every word inside the printable area" ||
            fail "pdf $name: $count words outside the printable area"$'\n'"${outside%$'\n'*}"
        pdftotext -f "$pages" -l "$pages" "$pdf" "$WORK/$name.last.txt"
        grep -q "$heading" "$WORK/$name.last.txt" && pass "pdf $name: \"$heading\" on the last page ($pages)" ||
            fail "pdf $name: \"$heading\" not on the last page ($pages)"
        pdftotext "$pdf" "$WORK/$name.txt"
    }
    "$POP" --today "$TODAY" sheet --lang nl -o "$WORK/starter.html" "$WORK/examples/pops/a.jansen.pop.yaml"
    check_pdf starter 3 8 "$WORK/starter.html" Handtekeningen
    "$POP" --today "$TODAY" sheet --lang en -o "$WORK/experienced.html" "$WORK/examples/pops/h.bakker.pop.yaml"
    check_pdf experienced 3 8 "$WORK/experienced.html" Signatures
    "$POP" --today "$TODAY" sheet --lang nl-BE -o "$WORK/flemish.html" "$FLEMISH/pops/l.peeters.pop.yaml"
    check_pdf flemish 3 8 "$WORK/flemish.html" Handtekeningen
    "$POP" --today "$TODAY" sheet --lang nl-BE --public -o "$WORK/flemish-public.html" "$FLEMISH/pops/l.peeters.pop.yaml"
    check_pdf flemish-public 2 8 "$WORK/flemish-public.html" Handtekeningen
    # The long address is printed whole (wrapped over lines, nothing cut off).
    # pdftotext joins a word broken after a hyphen without the hyphen: compare without hyphens.
    tr -d ' \n-' <"$WORK/flemish.txt" | grep -qF "${LONG_URL//-/}" && pass "pdf flemish: the long address is printed whole" ||
        fail "pdf flemish: the long address is not printed whole"
    grep -q "Personeelslid" "$WORK/flemish.txt" && pass "pdf flemish: Flemish wording (Personeelslid)" ||
        fail "pdf flemish: no Flemish wording"
    # Private markers: all there without --public (under the banner), none with it.
    for m in "${MARKERS[@]}"; do
        grep -q "$m" "$WORK/flemish.html" && grep -q "$m" "$WORK/flemish.txt" && pass "private: $m shown on the own sheet" ||
            fail "private: $m missing from the own sheet"
        grep -q "$m" "$WORK/flemish-public.html" && fail "public: $m left in the HTML" || pass "public: $m not in the HTML"
        grep -q "$m" "$WORK/flemish-public.txt" && fail "public: $m left in the PDF" || pass "public: $m not in the PDF"
    done
    grep -q "VERTROUWELIJK\|Vertrouwelijk" "$WORK/flemish.txt" && pass "private: the banner is printed" || fail "private: no banner"
    grep -q 'class="banner"' "$WORK/flemish-public.html" && fail "public: banner shown" || pass "public: no banner"
    # Self-contained: no scripts, no external assets.
    if grep -Eiq '<script|<link|<img|<iframe|src=|@import|url\(' "$WORK/starter.html" "$WORK/flemish.html"; then
        fail "html: not self-contained"
    else
        pass "html: self-contained (no scripts, no external assets)"
    fi
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
