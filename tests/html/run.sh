#!/usr/bin/env bash
# tests/html/run.sh POP_BINARY
#
# `pop report --format html` in a real browser. Renders the report of examples/ (Dutch and
# English, --today 2026-11-22) and opens it in headless Chromium:
#   static   the page is self-contained: no <script>, <link>, <img>, <iframe>, <object>, <embed>,
#            no src= at all, every href an in-page #fragment, no url(), @import, http:, https:
#            or // addresses; rendering twice gives the same bytes.
#   console  loading the page logs nothing on the console. Method: Chromium with
#            --enable-logging=stderr --v=0 writes every console message (console.log/error, and
#            uncaught exceptions as "Uncaught ...") to stderr as a line with ":CONSOLE"; any such
#            line fails. --virtual-time-budget lets timers and late errors run first.
#   network  the page makes no network request. Method: --log-net-log writes Chromium's network
#            log; a request made for the page carries the page's network isolation key, which
#            starts with file:// (Chromium's own background requests carry other keys); any such
#            request fails.
#   dom      --dump-dom (the DOM after loading) has the h1 and the ten section headings, in
#            order and in the page's language, and the people of examples/.
#   pdf      --print-to-pdf writes a non-empty PDF, A4 landscape (from the page's @page rule);
#            report.pdf (see Output below).
#   png      --screenshot writes a PNG of the Dutch page at 1280 px wide, kept as
#            report-screenshot.png (see Output below); look at it.
# Each browser check is also shown to fail: a copy of the page with a deliberate script error,
# one with a console.error call and one with an external image must be caught, or the test fails.
# Output (report.html, report.pdf, report-screenshot.png) is kept in $POP_TEST_OUTPUT when it is
# set (to look at it); otherwise it goes to the temporary folder and is removed. Ends with `N passed, M failed`; exits 1 on failure.
#
# Needs Debian's chromium (set CHROMIUM to use another binary); chromium-driver is not needed.
# Chromium runs with --no-sandbox (containers, root) and a fresh --user-data-dir each time.

set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 POP_BINARY" >&2
    exit 2
fi
POP=$(realpath -- "$1") || exit 2
if [[ ! -x $POP ]]; then
    echo "tests/html: $1 is not an executable" >&2
    exit 2
fi
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
TODAY=2026-11-22
export LC_ALL=C.UTF-8 NO_COLOR=1

CHROMIUM=${CHROMIUM:-chromium}
if ! command -v "$CHROMIUM" >/dev/null 2>&1; then
    echo "tests/html: $CHROMIUM is not installed; install the Debian packages chromium and chromium-driver" >&2
    echo "  (apt-get install chromium chromium-driver), or set CHROMIUM to a Chromium binary" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pop-html-test.XXXXXX") || exit 2
trap 'rm -rf -- "$WORK"' EXIT
OUT=${POP_TEST_OUTPUT:-$WORK/out}
mkdir -p -- "$OUT" || exit 2
OUT=$(cd -- "$OUT" && pwd)

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

FLAGS=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars --mute-audio)

# chromium ARGS...: one headless run with a fresh profile; stdout and stderr as the caller redirects.
chromium() {
    local profile rc
    profile=$(mktemp -d "$WORK/profile.XXXXXX") || return 2
    # watchdog: 120 s of wall time against a hung browser (a headless run takes 1 to 3 s), no time bound.
    timeout 120 "$CHROMIUM" "${FLAGS[@]}" --user-data-dir="$profile" "$@"
    rc=$?
    rm -rf -- "$profile"
    return $rc
}

# --- render ------------------------------------------------------------------------------------
render() {  # LANG FILE
    (cd -- "$ROOT" && "$POP" --lang "$1" report --format html --today "$TODAY" examples/) >"$2" 2>"$2.err"
}
for lang in nl en; do
    if render "$lang" "$WORK/report-$lang.html" && [[ -s $WORK/report-$lang.html ]]; then
        pass "render: pop --lang $lang report --format html --today $TODAY examples/ ($(wc -c <"$WORK/report-$lang.html") bytes)"
    else
        fail "render: pop --lang $lang report --format html exited $? ($(head -c 300 "$WORK/report-$lang.html.err"))"
    fi
done
cp -- "$WORK/report-nl.html" "$OUT/report.html"
if render nl "$WORK/again.html" && cmp -s "$WORK/report-nl.html" "$WORK/again.html"; then
    pass "static: rendering twice gives the same bytes"
else
    fail "static: rendering twice gives different output"
fi

# --- static: self-contained, no addresses -------------------------------------------------------
# static_problems FILE: prints what would load something from elsewhere.
static_problems() {
    grep -n -o -i -E '<(script|link|img|iframe|object|embed|video|audio|source|base|frame)[[:space:]>/]' "$1"
    grep -n -o -i -E '[[:space:]](src|srcset|action|poster|data)=("[^"]*"|'"'"'[^'"'"']*'"'"'|[^[:space:]>]+)' "$1"
    grep -n -o -i -E '[[:space:]](xlink:)?href=("[^#"][^"]*"|'"'"'[^#'"'"'][^'"'"']*'"'"'|[^#"'"'"'[:space:]>][^[:space:]>]*)' "$1"
    grep -n -o -i -E 'url\(|@import|https?:|="//' "$1"
    return 0
}
for lang in nl en; do
    problems=$(static_problems "$WORK/report-$lang.html")
    if [[ -z $problems ]]; then
        pass "static ($lang): no scripts, no external assets, no addresses (only #fragment links)"
    else
        fail "static ($lang): the page refers to something outside itself: $(head -5 <<<"$problems" | tr '\n' ' ')"
    fi
done
sed 's|</body>|<img src="https://example.invalid/x.png" alt=""><a href="//example.invalid/">x</a>\n</body>|' \
    "$WORK/report-nl.html" >"$WORK/external.html"
if [[ -n $(static_problems "$WORK/external.html") ]]; then
    pass "static: the check catches an external image and link (deliberately broken copy)"
else
    fail "static: the check missed an external image and link in a deliberately broken copy"
fi

# --- console, network and DOM: one load per page -------------------------------------------------
# load NAME: loads $WORK/NAME.html; writes NAME.dom, NAME.log (stderr) and NAME.netlog.
load() {
    chromium --enable-logging=stderr --v=0 --log-net-log="$WORK/$1.netlog" --net-log-capture-mode=Default \
        --virtual-time-budget=2000 --dump-dom "file://$WORK/$1.html" >"$WORK/$1.dom" 2>"$WORK/$1.log"
}
console_lines() { grep -E ':CONSOLE[:(]|Uncaught' "$WORK/$1.log"; return 0; }
page_requests() {
    [[ -f $WORK/$1.netlog ]] || { echo "(no network log written)"; return 0; }
    grep -E '"network_isolation_key":"file://' "$WORK/$1.netlog" | grep -o -E '"url":"[^"]*"' | sort -u
    return 0
}

sed 's|</body>|<script>throw new Error("deliberate-pop-test-error")</script>\n</body>|' "$WORK/report-nl.html" >"$WORK/throws.html"
sed 's|</body>|<script>setTimeout(() => console.error("deliberate-pop-console-error"), 500)</script>\n</body>|' \
    "$WORK/report-nl.html" >"$WORK/logs.html"
sed 's|</body>|<img src="http://example.invalid/pixel.png" alt="">\n</body>|' "$WORK/report-nl.html" >"$WORK/fetches.html"

for name in report-nl report-en throws logs fetches; do
    load "$name" || fail "chromium exited $? loading $name.html: $(grep -v -E 'dbus|bus\.cc|vaapi|sandbox|bluez|unexpected operator' "$WORK/$name.log" | tail -3 | tr '\n' ' ')"
done

for lang in nl en; do
    lines=$(console_lines "report-$lang")
    if [[ -s $WORK/report-$lang.dom && -z $lines ]]; then
        pass "console ($lang): the page loads without console messages or errors"
    else
        fail "console ($lang): ${lines:-no DOM was dumped}"
    fi
    requests=$(page_requests "report-$lang")
    if [[ -z $requests ]]; then
        pass "network ($lang): the page makes no network requests"
    else
        fail "network ($lang): the page requested $(tr '\n' ' ' <<<"$requests")"
    fi
done
if console_lines throws | grep -q 'Uncaught.*deliberate-pop-test-error'; then
    pass "console: the check catches an uncaught script error (deliberately broken copy)"
else
    fail "console: the check missed a deliberate script error: $(console_lines throws | head -2)"
fi
if console_lines logs | grep -q 'deliberate-pop-console-error'; then
    pass "console: the check catches a late console.error (deliberately broken copy)"
else
    fail "console: the check missed a deliberate console.error"
fi
if page_requests fetches | grep -q 'example.invalid/pixel.png'; then
    pass "network: the check catches a request for an external image (deliberately broken copy)"
else
    fail "network: the check missed a request for an external image: $(page_requests fetches | head -2)"
fi

# headings LANG: the h1 and the section headings of the dumped DOM, joined by |.
headings() {
    grep -o -E '<h[12]( id="[a-z-]+-h")?>[^<]*</h[12]>' "$WORK/report-$1.dom" | sed -E 's/<[^>]*>//g' | paste -sd'|'
}
declare -A expected=(
    [nl]="POP-overzicht|Wat te doen|Medewerkers|Per team|Uren en geld|Per schooldoel|Werkvormen|Soorten leren|Bekwaamheidsdomeinen|Zelfevaluaties onder het vereiste niveau|Ontwikkelbehoeften per thema|Weggelaten voor de privacy"
    [en]="POP overview|What to do|People|Per team|Hours and money|Per school goal|Methods|Kinds of learning|Competence areas|Self-assessments below the required level|Development needs by theme|Left out for privacy"
)
for lang in nl en; do
    got=$(headings "$lang")
    if [[ $got == "${expected[$lang]}" ]]; then
        pass "dom ($lang): the h1 and the eleven section headings, in order"
    else
        fail "dom ($lang): headings are '$got', expected '${expected[$lang]}'"
    fi
done
dom=$WORK/report-nl.dom
if grep -q '<html lang="nl">' "$dom" && grep -q 'Anouk Jansen' "$dom" && grep -q 'Jasmijn Smit' "$dom" &&
    [[ $(grep -o 'class="progress"' "$dom" | wc -l) -ge 10 ]] && [[ $(grep -o '<g class="row"' "$dom" | wc -l) -ge 5 ]]; then
    pass "dom (nl): lang=nl, the people of examples/, progress bars and chart rows"
else
    fail "dom (nl): lang, people, progress bars or chart rows are missing from the rendered DOM"
fi
# The hours section: Anouk Jansen's row with pop hours' figures (0.8 fte, 98.4 allowed, 17 spent,
# 81.4 left) and the school's totals in the footer of the team table.
anouk=$(sed -n '/<section id="hours"/,/<\/section>/p' "$dom" | grep -o '<tr><td class="name">Anouk Jansen<.*</tr>' | head -1)
if grep -q '<section id="hours"' "$dom" &&
    [[ $(sed -E 's/<[^>]*>/|/g; s/\|+/|/g' <<<"$anouk") == "|Anouk Jansen|a.jansen|onderbouw|0.8|98.4|0|65|17|81.4|0|600|" ]] &&
    grep -q '<table class="hours-teams">' "$dom" && grep -q '<tfoot><tr><td>Totaal</td><td class="n">10</td>' "$dom"; then
    pass "dom (nl): the hours section with a person's figures as pop hours gives them, and the school's totals"
else
    fail "dom (nl): the hours section or its figures are missing (Anouk Jansen's row: '$anouk')"
fi

# --- hostile text: a POP whose name, team and goal title are HTML that tries to run script -------
if (cd -- "$ROOT" && "$POP" --lang en report --format html --today "$TODAY" tests/html/hostile/) \
    >"$WORK/hostile.html" 2>"$WORK/hostile.err" && load hostile; then
    dom=$WORK/hostile.dom
    lines=$(console_lines hostile)
    if [[ -s $dom && -z $lines ]] && ! grep -q -i -E '<script|<img|<svg onload|<b>step' "$dom" &&
        grep -q -F "Eve &lt;script&gt;console.error('pop-xss-name')&lt;/script&gt; &amp; \"Co\" 'Q'" "$dom" &&
        grep -q -F "&lt;img src=x onerror=console.error('pop-xss-team')&gt; team" "$dom" &&
        grep -q -F "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;svg onload=console.error('pop-xss-title')&gt;" "$dom"; then
        pass "escaping: hostile names, teams and titles show as text in the browser and run nothing"
    else
        fail "escaping: hostile text was not shown as plain text ($(head -2 <<<"$lines" | tr '\n' ' '))"
    fi
else
    fail "escaping: could not render or load the report of tests/html/hostile/ ($(head -c 300 "$WORK/hostile.err"))"
fi

# --- print to PDF --------------------------------------------------------------------------------
pdf=$OUT/report.pdf
rm -f -- "$pdf"
chromium --no-pdf-header-footer --print-to-pdf="$pdf" "file://$WORK/report-nl.html" >"$WORK/pdf.out" 2>&1
if [[ -s $pdf && $(head -c 5 "$pdf") == "%PDF-" && $(wc -c <"$pdf") -gt 10000 ]]; then
    pages=$(grep -a -o -E '/Count [0-9]+' "$pdf" | head -1 | cut -d' ' -f2)
    pass "pdf: --print-to-pdf wrote $pdf ($(wc -c <"$pdf") bytes, ${pages:-?} pages)"
    box=$(grep -a -o -E '/MediaBox ?\[[^]]*\]' "$pdf" | head -1 | tr -d '[]' | awk '{print $(NF-1), $NF}')
    read -r width height <<<"$box"
    if [[ -n ${width:-} && ${width%.*} -gt ${height%.*} && ${width%.*} -ge 835 && ${width%.*} -le 848 ]]; then
        pass "pdf: the pages are A4 landscape ($width x $height pt)"
    else
        fail "pdf: the pages are not A4 landscape (MediaBox '$box')"
    fi
else
    fail "pdf: --print-to-pdf wrote no PDF ($(grep -v -E 'dbus|bus\.cc|vaapi|unexpected operator' "$WORK/pdf.out" | tail -2 | tr '\n' ' '))"
fi

# --- screenshot ----------------------------------------------------------------------------------
png=$OUT/report-screenshot.png
rm -f -- "$png"
chromium --window-size=1280,4600 --screenshot="$png" "file://$WORK/report-nl.html" >"$WORK/png.out" 2>&1
if [[ -s $png && $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a && $(wc -c <"$png") -gt 20000 ]]; then
    pass "png: --screenshot wrote $png ($(wc -c <"$png") bytes)"
else
    fail "png: --screenshot wrote no PNG ($(grep -v -E 'dbus|bus\.cc|vaapi|unexpected operator' "$WORK/png.out" | tail -2 | tr '\n' ' '))"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
