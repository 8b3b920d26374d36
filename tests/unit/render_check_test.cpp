#include <doctest/doctest.h>

#include "pop/render_check.h"

using namespace pop;

namespace {

std::vector<FileReport> sample() {
    Finding f = make_finding("dates.format", Mark{7, 8, 0}, "dates.format.suggest",
                             {{"value", "1-8-2027"}, {"suggestion", "2027-08-01"}});
    f.width = 8;
    f.source_line = "  end: 1-8-2027";
    Finding w = make_finding("smarti.inspiring", Mark{9, 5, 0}, "smarti.inspiring", {{"goal", "g1"}});
    w.source_line = "  - id: g1";
    return {FileReport{"a.pop.yaml", FileKind::Pop, false, {f, w}}, FileReport{"b.pop.yaml", FileKind::Pop, false, {}}};
}

}  // namespace

TEST_CASE("text output: location line, source line with carets, hint, summary") {
    std::string text = render_check_text(sample(), TextOptions{Lang::En, false});
    CHECK(text ==
          "a.pop.yaml:7:8: error[dates.format]: `1-8-2027` is not a date in the form YYYY-MM-DD\n"
          "7 |   end: 1-8-2027\n"
          "  |        ^^^^^^^^\n"
          "  hint: write 2027-08-01\n"
          "a.pop.yaml:9:5: warning[smarti.inspiring]: goal `g1` has no personal motivation `inspiring` (Inspirerend)\n"
          "9 |   - id: g1\n"
          "  |     ^\n"
          "  hint: add `inspiring:` saying why this goal matters to you\n"
          "2 files checked: 1 error, 1 warning in 1 file\n");
}

TEST_CASE("carets count characters, not bytes") {
    Finding f = make_finding("dates.format", Mark{1, 12, 0}, "dates.format", {{"value", "x"}});
    f.source_line = "ééé: € 1, x";
    auto text = render_check_text(std::vector<FileReport>{{"é.pop.yaml", FileKind::Pop, false, {f}}}, {});
    CHECK(text.find("\n  |            ^\n") != std::string::npos);
}

TEST_CASE("the summary in Dutch, and for a clean run") {
    CHECK(render_summary(totals_of(sample()), Lang::Nl) == "2 bestanden gecontroleerd: 1 fout, 1 waarschuwing in 1 bestand");
    CHECK(render_summary(CheckTotals{1, 0, 0, 0, 0}, Lang::En) == "1 file checked: no problems");
    CHECK(render_summary(CheckTotals{3, 1, 0, 1, 1}, Lang::En) ==
          "3 files checked: 1 error, 0 warnings in 1 file; 1 file could not be read");
}

TEST_CASE("exit codes: unreadable beats findings; warnings fail only when strict") {
    CHECK(check_exit_code(CheckTotals{1, 0, 0, 0, 0}, true) == 0);
    CHECK(check_exit_code(CheckTotals{1, 0, 2, 0, 1}, false) == 0);
    CHECK(check_exit_code(CheckTotals{1, 0, 2, 0, 1}, true) == 1);
    CHECK(check_exit_code(CheckTotals{1, 1, 0, 0, 1}, false) == 1);
    CHECK(check_exit_code(CheckTotals{2, 1, 0, 1, 2}, false) == 3);
}

TEST_CASE("json output carries the version, the findings and the summary") {
    std::string json = render_check_json(sample(), Lang::En, Date{2026, 11, 22}, false);
    CHECK(json.find("\"format\": \"pop-check\"") != std::string::npos);
    CHECK(json.find("\"version\": 1") != std::string::npos);
    CHECK(json.find("\"rule\": \"dates.format\"") != std::string::npos);
    CHECK(json.find("\"hint\": \"write 2027-08-01\"") != std::string::npos);
    CHECK(json.find("\"exit_code\": 1") != std::string::npos);
}
