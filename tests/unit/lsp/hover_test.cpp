// Unit tests for the language server's hover (src/core/lsp/hover.cpp): on a key, an allowed value,
// a school goal id, a competence area or level, a date and a diagnostic, in English and Dutch; null
// past the end of the text, in files pop does not read and where the YAML cannot be read; files in
// memory.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

#include "../workspace/memory_sources.h"
#include "pop/lsp/hover.h"
#include "pop/lsp/server.h"
#include "pop/lsp/text.h"

namespace pop {
namespace {

using json = nlohmann::json;
using lsp::Position;
using test::MemoryFiles;
using test::MemoryHistory;

const Date kToday = *parse_date("2026-11-22").date;
const std::string kPath = "/repo/pops/a.jansen.pop.yaml";
const std::string kUri = "file:///repo/pops/a.jansen.pop.yaml";

const std::string kPop =
    "format_version: 1\n"
    "person:\n  id: a.jansen\n  name: Anna Jansen\n"
    "period:\n  start: 2025-08-01\n  end: 2027-07-31\n"
    "goals:\n"
    "  - id: exit-tickets\n"
    "    title: Exit tickets in havo 2\n"
    "    measurable: In 30 lessen een exit ticket gebruikt.\n"
    "    start: 2026-12-04\n"
    "    end: 2026-11-19\n"
    "    school_goals: [formatief, lezen]\n"
    "    methods:\n      - intervision\n"
    "    status: achieved\n";

const std::string kSchoolGoals =
    "format_version: 1\n"
    "goals:\n"
    "  - id: formatief\n    title: Formatief handelen in elke les\n"
    "  - id: lezen\n    title: Meer lezen in de onderbouw\n";

MemoryFiles repository() {
    MemoryFiles files;
    files.add_repository("/repo");
    files.add("/repo/pop-school-goals.yaml", kSchoolGoals);
    files.add(kPath, kPop);
    return files;
}

// The position of the `nth` occurrence of `needle` in `text`, moved `ahead` bytes on.
Position at(std::string_view text, std::string_view needle, std::size_t ahead = 0, int nth = 1) {
    std::size_t offset = std::string_view::npos;
    for (int i = 0; i < nth; ++i) offset = text.find(needle, offset == std::string_view::npos ? 0 : offset + 1);
    REQUIRE(offset != std::string_view::npos);
    return lsp::position_of(text, offset + ahead);
}

json hover_in(const FileSource& files, const std::string& text, Position p, Lang lang,
              const json& diagnostics = json::array(), const std::string& path = kPath) {
    return lsp::hover({path, text, p, files, kToday, lang, diagnostics});
}

std::string value_of(const json& hover) {
    REQUIRE(hover.is_object());
    CHECK(hover["contents"]["kind"] == "markdown");
    return hover["contents"]["value"].get<std::string>();
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("hover on a key: the Dutch term, the description in the client's language and the SMARTI letter") {
    MemoryFiles files = repository();
    Position p = at(kPop, "measurable", 3);
    std::string en = value_of(hover_in(files, kPop, p, Lang::En));
    CHECK(has(lower(en), "meetbaar"));
    CHECK(has(en, "**M** – Meetbaar"));
    CHECK(has(en, "the success criterion; when is it reached?"));
    std::string nl = value_of(hover_in(files, kPop, p, Lang::Nl));
    CHECK(has(nl, "**M** – Meetbaar"));
    CHECK(has(nl, "het succescriterium: wanneer heb je het doel bereikt?"));
    CHECK_FALSE(has(nl, "success criterion"));
    // The range is the key.
    json h = hover_in(files, kPop, p, Lang::En);
    Position start = at(kPop, "measurable");
    CHECK(h["range"]["start"]["line"] == start.line);
    CHECK(h["range"]["start"]["character"] == start.character);
    CHECK(h["range"]["end"]["character"] == start.character + 10);
    // A key outside SMARTI has no letter; one of another object keeps its own description.
    std::string period = value_of(hover_in(files, kPop, at(kPop, "period"), Lang::Nl));
    CHECK(has(period, "**looptijd**"));
    CHECK(has(period, "De periode waarin het POP loopt."));
    CHECK_FALSE(has(period, "SMARTI"));
    // `start` of a goal is T (Tijdgebonden); `start` of the period is not SMARTI.
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "start", 0, 2), Lang::En)), "**T** – Tijdgebonden"));
    CHECK_FALSE(has(value_of(hover_in(files, kPop, at(kPop, "start", 0, 1), Lang::En)), "SMARTI"));
}

TEST_CASE("hover on an allowed value: what it means, with its Dutch word") {
    MemoryFiles files = repository();
    std::string en = value_of(hover_in(files, kPop, at(kPop, "achieved", 2), Lang::En));
    CHECK(has(en, "`achieved`"));
    CHECK(has(en, "**behaald**"));
    CHECK(has(en, "The goal is reached."));
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "achieved"), Lang::Nl)), "Het doel is bereikt."));
    // An item of a list of allowed values (methods).
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "intervision", 4), Lang::Nl)), "**intervisie**"));
}

TEST_CASE("hover on a school goal id: its title from pop-school-goals.yaml, an unsaved buffer first") {
    MemoryFiles files = repository();
    std::string en = value_of(hover_in(files, kPop, at(kPop, "lezen", 1), Lang::En));
    CHECK(has(en, "School goal `lezen`: **Meer lezen in de onderbouw**"));
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "formatief"), Lang::Nl)),
              "Schooldoel `formatief`: **Formatief handelen in elke les**"));
    // The school goals open in the editor with a new title: the buffer counts, not the disk.
    OverlayFileSource overlay(files);
    overlay.set("/repo/pop-school-goals.yaml",
                "format_version: 1\ngoals:\n  - id: lezen\n    title: Begrijpend *lezen* [onderbouw]\n");
    CHECK(has(value_of(hover_in(overlay, kPop, at(kPop, "lezen"), Lang::En)),
              "**Begrijpend \\*lezen\\* \\[onderbouw\\]**"));  // Markdown of the user's own text escaped
    // An id the school goals do not have: nothing to say (the diagnostic says it).
    CHECK(hover_in(overlay, kPop, at(kPop, "formatief"), Lang::En).is_null());
}

TEST_CASE("hover on a goal's competence: the area's name and the framework's, the Dutch one without a framework") {
    MemoryFiles files = repository();
    std::string text = kPop + "    competence: pedagogical\n";
    Position on = at(text, "pedagogical", 3);
    CHECK(value_of(hover_in(files, text, on, Lang::Nl)) ==
          "`pedagogical` – gebied uit *Bekwaamheidseisen onderwijspersoneel (2017)*: **pedagogisch bekwaam**");
    CHECK(value_of(hover_in(files, text, on, Lang::En)) ==
          "`pedagogical` – area of *Dutch competence requirements for teachers (2017)*: **pedagogical competence**");
    json h = hover_in(files, text, on, Lang::En);
    CHECK(h["range"]["start"]["character"] == 16);
    CHECK(h["range"]["end"]["character"] == 27);
    // A Flemish policy: the basiscompetenties; an area the Dutch list had is not one of them.
    files.add("/repo/pop-policy.yaml", "format_version: 1\npreset: vlaanderen\n");
    CHECK(hover_in(files, text, on, Lang::Nl).is_null());
    std::string flemish = kPop + "    competence: educator\n";
    CHECK(value_of(hover_in(files, flemish, at(flemish, "educator"), Lang::NlBe)) ==
          "`educator` – gebied uit *Basiscompetenties van de leraren (2018)*: **opvoeder**");
    CHECK(value_of(hover_in(files, flemish, at(flemish, "educator"), Lang::En)) ==
          "`educator` – area of *Flemish basic competences of teachers (2018)*: **educator**");
    // A school's own framework: its names are the school's text, escaped for Markdown.
    files.add("/repo/pop-policy.yaml", "format_version: 1\ncompetence_framework:\n  id: oop\n  name: Kader *OOP*\n"
                                       "  areas:\n    - id: educator\n      name: ICT_vaardig\n");
    CHECK(value_of(hover_in(files, flemish, at(flemish, "educator"), Lang::Nl)) ==
          "`educator` – gebied uit *Kader \\*OOP\\**: **ICT\\_vaardig**");
}

TEST_CASE("hover on a self-assessment's area and levels: their names in the policy's framework") {
    MemoryFiles files = repository();
    std::string text = kPop + "self_assessments:\n  - date: 2026-10-01\n    areas:\n"
                              "      - area: educator\n        level: basiscompetent\n        manager_level: beroepsprofiel\n";
    // Without a framework: nothing to name (competence.no-framework says so).
    CHECK(hover_in(files, text, at(text, "educator"), Lang::Nl).is_null());
    CHECK(hover_in(files, text, at(text, "basiscompetent"), Lang::Nl).is_null());
    files.add("/repo/pop-policy.yaml", "format_version: 1\ncompetence_framework: {preset: vl-basiscompetenties-2018}\n");
    CHECK(value_of(hover_in(files, text, at(text, "educator"), Lang::En)) ==
          "`educator` – area of *Flemish basic competences of teachers (2018)*: **educator**");
    CHECK(value_of(hover_in(files, text, at(text, "basiscompetent", 2), Lang::En)) ==
          "`basiscompetent` – level of *Flemish basic competences of teachers (2018)*: **meets the basic competences**");
    CHECK(value_of(hover_in(files, text, at(text, "beroepsprofiel"), Lang::Nl)) ==
          "`beroepsprofiel` – niveau uit *Basiscompetenties van de leraren (2018)*: **beroepsprofiel**");
    // A level where an area belongs and the other way round: not named.
    std::string swapped = kPop + "self_assessments:\n  - date: 2026-10-01\n    areas:\n"
                                 "      - area: basiscompetent\n        level: educator\n";
    CHECK(hover_in(files, swapped, at(swapped, "basiscompetent"), Lang::Nl).is_null());
    CHECK(hover_in(files, swapped, at(swapped, "educator"), Lang::Nl).is_null());
}

TEST_CASE("hover on a date: the weekday and the days from today, in the client's language") {
    MemoryFiles files = repository();
    std::string en = value_of(hover_in(files, kPop, at(kPop, "2026-12-04", 3), Lang::En));
    CHECK(has(en, "Friday 2026-12-04: in 12 days"));
    std::string nl = value_of(hover_in(files, kPop, at(kPop, "2026-12-04"), Lang::Nl));
    CHECK(has(nl, "vrijdag 2026-12-04: over 12 dagen"));
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "2026-11-19"), Lang::En)), "Thursday 2026-11-19: 3 days ago"));
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "2026-11-19"), Lang::NlBe)), "donderdag 2026-11-19: 3 dagen geleden"));
    CHECK(has(value_of(hover_in(files, kPop, at(kPop, "2025-08-01"), Lang::En)), "Friday 2025-08-01: 478 days ago"));
}

TEST_CASE("hover: null on text pop says nothing about, past the end of the text and outside pop's files") {
    MemoryFiles files = repository();
    CHECK(hover_in(files, kPop, at(kPop, "Anna"), Lang::En).is_null());           // a name: plain text
    CHECK(hover_in(files, kPop, Position{200, 0}, Lang::En).is_null());           // past the last line
    CHECK(hover_in(files, kPop, Position{0, 400}, Lang::En).is_null());           // past the end of the line
    CHECK(hover_in(files, kPop, lsp::position_of(kPop, kPop.size()), Lang::En).is_null());  // the very end
    CHECK(hover_in(files, kPop, Position{0, 2}, Lang::En, json::array(), "/repo/notes.yaml").is_null());
    CHECK(hover_in(files, "", Position{0, 0}, Lang::En).is_null());
}

TEST_CASE("hover on a broken file: what can be read still answers, the rest is null, nothing crashes") {
    MemoryFiles files = repository();
    // A tab where indentation should be (a syntax error) below the goal: the keys above still answer.
    std::string broken = kPop + "\tnotes: oops\n";
    CHECK(has(value_of(hover_in(files, broken, at(broken, "measurable"), Lang::Nl)), "Meetbaar"));
    // An unclosed quote: never a crash, whatever the position.
    std::string unclosed = "format_version: 1\nperson:\n  id: \"a.jansen\n  name: Anna\n";
    for (std::uint32_t line = 0; line < 6; ++line)
        for (std::uint32_t character = 0; character < 20; ++character)
            CHECK_NOTHROW(hover_in(files, unclosed, Position{line, character}, Lang::En));
    // Bytes that are not YAML at all: null.
    std::string binary("\x00\xff\xfe{[:\x01", 7);
    CHECK(hover_in(files, binary, Position{0, 1}, Lang::En).is_null());
    // Malformed diagnostics from the caller are passed over.
    json odd = json::array({1, json::object(), {{"code", 5}}, {{"code", "no.such-rule"}, {"range", {{"start", 1}}}}});
    CHECK(hover_in(files, kPop, at(kPop, "Anna"), Lang::En, odd).is_null());
}

TEST_CASE("pop lsp answers textDocument/hover: the capability, a key, and a diagnostic's rule and description") {
    MemoryFiles files = repository();
    MemoryHistory history;
    lsp::Server server(files, history, lsp::ServerSetup{kToday, Lang::En});
    auto request = [](int id, const std::string& method, json params) {
        return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
    };
    auto init = server.handle(request(1, "initialize", {{"processId", nullptr}, {"locale", "nl"}, {"capabilities", json::object()}}));
    REQUIRE(init.size() == 1);
    CHECK(init[0]["result"]["capabilities"]["hoverProvider"] == true);
    std::string text = kPop;
    text.replace(text.find("start: 2026-12-04"), 17, "start: 4-12-2026");
    server.handle({{"jsonrpc", "2.0"},
                   {"method", "textDocument/didOpen"},
                   {"params", {{"textDocument", {{"uri", kUri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}});
    auto hover_at = [&](int id, Position p) {
        json position = {{"line", p.line}, {"character", p.character}};
        auto out = server.handle(request(id, "textDocument/hover", {{"textDocument", {{"uri", kUri}}}, {"position", position}}));
        REQUIRE(out.size() == 1);
        CHECK(out[0]["id"] == id);
        return out[0]["result"];
    };
    std::string on_date = value_of(hover_at(2, at(text, "4-12-2026", 1)));
    CHECK(has(on_date, "Regel `dates.format`: een datum staat niet in de vorm JJJJ-MM-DD"));
    std::string on_key = value_of(hover_at(3, at(text, "measurable")));
    CHECK(has(on_key, "het succescriterium"));
    // A document that is not open, and parameters that are not an object: null, no error.
    auto closed = server.handle(request(4, "textDocument/hover", {{"textDocument", {{"uri", "file:///repo/x.pop.yaml"}}},
                                                                   {"position", {{"line", 0}, {"character", 0}}}}));
    CHECK(closed[0]["result"].is_null());
    auto odd = server.handle(request(5, "textDocument/hover", json::array({1, 2})));
    CHECK(odd[0]["result"].is_null());
}

TEST_CASE("hover on a diagnostic in English: the rule's id and its one-line description from the registry") {
    MemoryFiles files = repository();
    json diagnostics = json::array({{{"code", "dates.order"},
                                     {"range", {{"start", {{"line", 12}, {"character", 9}}}, {"end", {{"line", 12}, {"character", 19}}}}}}});
    std::string text = value_of(hover_in(files, kPop, Position{12, 11}, Lang::En, diagnostics));
    CHECK(has(text, "Thursday 2026-11-19"));  // the date as well as the rule
    CHECK(has(text, "Rule `dates.order`: "));
    CHECK(hover_in(files, kPop, Position{12, 5}, Lang::En, diagnostics).is_object());  // the key `end`
    CHECK_FALSE(has(value_of(hover_in(files, kPop, Position{12, 5}, Lang::En, diagnostics)), "dates.order"));
}

}  // namespace pop
