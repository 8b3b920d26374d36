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

TEST_CASE("text output in Dutch and Flemish says fout and waarschuwing; the rule ids stay") {
    for (Lang lang : {Lang::Nl, Lang::NlBe}) {
        CAPTURE(lang_tag(lang));
        std::string text = render_findings_text(sample(), TextOptions{lang, false});
        CHECK(text.starts_with("a.pop.yaml:7:8: fout[dates.format]: `1-8-2027` is geen datum in de vorm JJJJ-MM-DD\n"));
        CHECK(text.find("\na.pop.yaml:9:5: waarschuwing[smarti.inspiring]: doel `g1` heeft geen") != std::string::npos);
        CHECK(text.find("error") == std::string::npos);
        CHECK(text.find("warning") == std::string::npos);
    }
    // The JUnit listing keeps the English words of the machine formats.
    TextOptions junit{.lang = Lang::Nl, .english_severity = true};
    std::string listing = render_findings_text(sample(), junit);
    CHECK(listing.starts_with("a.pop.yaml:7:8: error[dates.format]: `1-8-2027` is geen datum in de vorm JJJJ-MM-DD\n"));
    CHECK(listing.find("\na.pop.yaml:9:5: warning[smarti.inspiring]: doel `g1`") != std::string::npos);
}

TEST_CASE("the rule list: severities in the language, padded to the longer word; JSON keeps error and warning") {
    auto row_start = [](std::string_view severity, std::size_t width) {  // the id and severity columns of dates.format
        return "dates.format" + std::string(28 - 12 + 1, ' ') + std::string(severity) +
               std::string(width - severity.size() + 1, ' ');
    };
    std::string en = render_rule_list(Lang::En);
    CHECK(en.find(row_start("error", 8)) != std::string::npos);  // as before Dutch severities
    CHECK(en.find(" warning ") != std::string::npos);
    for (Lang lang : {Lang::Nl, Lang::NlBe}) {
        CAPTURE(lang_tag(lang));
        std::string nl = render_rule_list(lang);
        CHECK(nl.find(row_start("fout", 13)) != std::string::npos);
        CHECK(nl.find(" waarschuwing ") != std::string::npos);
        CHECK(nl.find("error") == std::string::npos);
        std::string json = render_rule_list_json(lang);
        CHECK(json.find("\"severity\": \"error\"") != std::string::npos);
        CHECK(json.find("\"severity\": \"warning\"") != std::string::npos);
        CHECK(json.find("fout") == std::string::npos);
    }
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

TEST_CASE("json output names the language with its region for Flemish; severities stay English") {
    CHECK(render_check_json(sample(), Lang::En, Date{2026, 11, 22}, false).find("\"lang\": \"en\",") != std::string::npos);
    CHECK(render_check_json(sample(), Lang::Nl, Date{2026, 11, 22}, false).find("\"lang\": \"nl\",") != std::string::npos);
    std::string be = render_check_json(sample(), Lang::NlBe, Date{2026, 11, 22}, false);
    CHECK(be.find("\"lang\": \"nl-BE\",") != std::string::npos);
    CHECK(be.find("\"severity\": \"error\"") != std::string::npos);
    CHECK(be.find("\"severity\": \"warning\"") != std::string::npos);
    CHECK(be.find("\"severity\": \"fout\"") == std::string::npos);
    CHECK(be.find("\"severity\": \"waarschuwing\"") == std::string::npos);
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
