#include <doctest/doctest.h>

#include "pop/base/json.h"
#include "pop/render/render_check.h"

using namespace pop;

namespace {

std::vector<FileReport> sample() {
    Finding f = make_finding(rule::dates_format, Mark{7, 8, 0}, "dates.format.suggest",
                             {{"value", "1-8-2027"}, {"suggestion", "2027-08-01"}});
    f.width = 8;
    f.source_line = "  end: 1-8-2027";
    Finding w = make_finding(rule::smarti_inspiring, Mark{9, 5, 0}, "smarti.inspiring", {{"goal", "g1"}});
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
    Finding f = make_finding(rule::dates_format, Mark{1, 12, 0}, "dates.format", {{"value", "x"}});
    f.source_line = "ééé: € 1, x";
    auto text = render_check_text(std::vector<FileReport>{{"é.pop.yaml", FileKind::Pop, false, {f}}}, {});
    CHECK(text.find("\n  |            ^\n") != std::string::npos);
}

TEST_CASE("the summary in Dutch, and for a clean run") {
    CHECK(render_summary(totals_of(sample()), Lang::Nl) == "2 bestanden gecontroleerd: 1 fout, 1 waarschuwing in 1 bestand");
    CHECK(render_summary(CheckTotals{1, 0, 0, 0, 0}, Lang::En) == "1 file checked: no problems");
    CHECK(render_summary(CheckTotals{3, 1, 0, 1, 1}, Lang::En) ==
          "3 files checked: 1 error, no warnings in 1 file; 1 file could not be read");
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

TEST_CASE("streamed rendering: a file at a time, in two sections and a frame, gives the same bytes") {
    // What pop check does (issue 21): each file's pieces on their own, the frame from counts alone.
    std::vector<FileReport> files = sample();
    files.push_back(FileReport{"c.pop.yaml", FileKind::Pop, true, {make_finding(rule::input_unreadable, Mark{}, "input.unreadable.permission")}});
    CheckRenderOptions options{Lang::Nl, false, Date{2026, 11, 22}, true, "9.9"};
    for (std::string_view format : {"text", "json", "github", "gitlab", "junit", "sarif"}) {
        CAPTURE(format);
        std::unique_ptr<CheckRenderer> renderer = check_renderer(format, options);
        REQUIRE(renderer);
        std::string first, second;
        for (const FileReport& file : files) {
            FilePieces pieces;
            renderer->file(file, pieces);
            if (renderer->comma_lists()) {  // every piece of a list starts with its separator
                if (!pieces.first.empty()) CHECK(pieces.first.front() == ',');
                if (!pieces.second.empty()) CHECK(pieces.second.front() == ',');
            }
            first += pieces.first;
            second += pieces.second;
        }
        bool first_empty = first.empty(), second_empty = second.empty();
        if (renderer->comma_lists()) {
            if (!first_empty) first.erase(0, 1);
            if (!second_empty) second.erase(0, 1);
        }
        CheckFrame frame = renderer->frame(totals_of(files), first_empty, second_empty);
        CHECK(frame.before + first + frame.between + second + frame.after == render_all(*renderer, files));
    }
    CHECK(check_renderer("html", options) == nullptr);
    // The frame of an empty run is the whole output of an empty run.
    CHECK(render_all(*check_renderer("json", options), {}).find("\"files\": [],") != std::string::npos);
}

TEST_CASE("json writer: elements written elsewhere, at depth") {
    JsonWriter piece(true, 2);
    piece.begin_object().key("a").value(std::int64_t{1}).end_object();
    CHECK(piece.str() == ",\n    {\n      \"a\": 1\n    }");
    JsonWriter whole;
    whole.begin_object().key("list").begin_array();
    whole.elements_elsewhere();
    whole.end_array().end_object();
    CHECK(whole.str() == "{\n  \"list\": [\n  ]\n}\n");
}
