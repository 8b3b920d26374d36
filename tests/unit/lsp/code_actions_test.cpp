// Unit tests for the language server's quick fixes (src/core/lsp/code_actions.cpp): each fix is
// applied to a POP in memory and the file checked again: the finding is gone and nothing else
// changed (the SMARTI skeletons leave one `structure.empty` per field added, on purpose).
#include <doctest/doctest.h>

#include <algorithm>

#include "../workspace/memory_sources.h"
#include "pop/lsp/code_actions.h"
#include "pop/lsp/server.h"
#include "pop/lsp/text.h"

namespace pop {
namespace {

using json = nlohmann::json;
using test::MemoryFiles;
using test::MemoryHistory;

const Date kToday = *parse_date("2026-11-22").date;
const std::string kPath = "/repo/pops/a.jansen.pop.yaml";
const std::string kUri = "file:///repo/pops/a.jansen.pop.yaml";

// The goal's lines, one field a line, in the order the tests remove and change them.
std::string goal_lines() {
    return "  - id: exit-tickets\n"
           "    title: Exit tickets in havo 2\n"
           "    specific: Ik sluit elke les aardrijkskunde in havo 2 af met een exit ticket van drie vragen.\n"
           "    measurable: In 30 lessen een exit ticket gebruikt; de uitkomst bespreek ik de les erna.\n"
           "    realistic:\n      hours: 20\n"
           "    start: 2026-09-01\n    end: 2027-06-30\n"
           "    inspiring: Ik wil sneller zien wat mijn leerlingen nog niet begrijpen.\n"
           "    status: active\n"
           "    evidence:\n"
           "      - date: 2026-10-01\n"
           "        what: De eerste tien exit tickets\n";
}

std::string pop_text(std::string goal = goal_lines()) {
    return "format_version: 1\nperson:\n  id: a.jansen\n  name: Anna Jansen\nperiod:\n  start: 2025-08-01\n"
           "  end: 2027-07-31\n"
           "sign_off:\n  employee: { name: Anna Jansen, date: 2025-10-01 }\n"
           "  manager: { name: Frank Meijer, date: 2025-10-03 }\n"
           "goals:\n" + goal;
}

// `text` with `from` replaced by `to` (which must be there).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

struct Repo {
    MemoryFiles files;
    MemoryHistory history;
    Repo() {
        files.add_repository("/repo");
        files.add("/repo/pop-roster.yaml",
                  "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n  - id: f.meijer\n    name: Frank Meijer\n");
        files.add("/repo/pop-school-goals.yaml",
                  "format_version: 1\ngoals:\n  - id: formatief-evalueren\n    title: Formatief evalueren in elke les\n");
    }
    std::vector<Finding> findings(const std::string& text) {
        files.add(kPath, text);
        return lsp::findings_of_file(kPath, files, history, kToday);
    }
    std::vector<lsp::QuickFix> fixes(const std::string& text, Lang lang = Lang::En) {
        std::vector<Finding> f = findings(text);
        return lsp::quick_fixes(kPath, text, f, files, history, kToday, lang);
    }
};

// What a finding says, without where (an insertion moves the findings after it).
std::string said(const Finding& f) {
    std::string out = std::string(f.rule.text()) + " " + f.message;
    for (const MessageArg& a : f.args) out += " " + a.name + "=" + a.value;
    return out;
}

std::vector<std::string> said(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings) out.push_back(said(f));
    std::sort(out.begin(), out.end());
    return out;
}

std::string applied(const std::string& text, const lsp::QuickFix& fix) {
    return std::string(text).replace(fix.offset, fix.length, fix.text);
}

// The one fix of the finding with message `message` among `fixes`.
const lsp::QuickFix& fix_of(const std::vector<lsp::QuickFix>& fixes, const std::string& message) {
    auto it = std::find_if(fixes.begin(), fixes.end(), [&](const lsp::QuickFix& f) { return f.finding.message == message; });
    REQUIRE_MESSAGE(it != fixes.end(), "no fix for " << message);
    return *it;
}

// Applies the fix of `message` to `text`, checks the result again and compares: the fixed
// finding is gone, `added` findings are new, everything else is as before. Returns the result.
// With `policy`, the repository has that pop-policy.yaml.
std::string fix_and_recheck(const std::string& text, const std::string& message, std::vector<std::string> added = {},
                            Lang lang = Lang::En, std::string* title = nullptr, const std::string& policy = "") {
    Repo repo;
    if (!policy.empty()) repo.files.add("/repo/pop-policy.yaml", policy);
    std::vector<Finding> before = repo.findings(text);
    std::vector<lsp::QuickFix> fixes = repo.fixes(text, lang);
    const lsp::QuickFix& fix = fix_of(fixes, message);
    if (title) *title = fix.title;
    std::string after = applied(text, fix);
    std::vector<std::string> expected = said(before);
    auto gone = std::find(expected.begin(), expected.end(), said(fix.finding));
    REQUIRE(gone != expected.end());
    expected.erase(gone);
    expected.insert(expected.end(), added.begin(), added.end());
    std::sort(expected.begin(), expected.end());
    CHECK(said(repo.findings(after)) == expected);
    return after;
}

TEST_CASE("quick fix: a date written 1-8-2025 becomes 2025-08-01 (day-month-year), and only that changes") {
    std::string text = replaced(pop_text(), "- date: 2026-10-01", "- date: 1-8-2025");
    std::string title;
    std::string after = fix_and_recheck(text, "dates.format.suggest", {}, Lang::Nl, &title);
    CHECK(after == replaced(text, "1-8-2025", "2025-08-01"));
    CHECK(title == "Schrijf de datum als 2025-08-01");
    // the other forms parse_date recognises
    CHECK(fix_and_recheck(replaced(pop_text(), "start: 2026-09-01", "start: 1/9/2026"), "dates.format.suggest") ==
          pop_text());
    CHECK(fix_and_recheck(replaced(pop_text(), "start: 2026-09-01", "start: 01.09.2026"), "dates.format.suggest") ==
          pop_text());
}

TEST_CASE("quick fix: did you mean, for keys (also Dutch words) and enum values") {
    std::string text = replaced(pop_text(), "    measurable: In 30", "    meetbaar: In 30");
    std::string title;
    CHECK(fix_and_recheck(text, "structure.unknown-key.suggest", {}, Lang::Nl, &title) == pop_text());
    CHECK(title == "Verander het veld `meetbaar` in `measurable`");
    CHECK(fix_and_recheck(replaced(pop_text(), "status: active", "status: bezig"), "structure.enum.suggest") == pop_text());
    CHECK(fix_and_recheck(replaced(pop_text(), "status: active", "status: activ"), "structure.enum.suggest") == pop_text());
    // a Dutch word for a value inside a flow list
    std::string methods = replaced(pop_text(), "    status: active\n", "    status: active\n    methods: [intervisie, cursus]\n");
    CHECK(fix_and_recheck(methods, "structure.enum.suggest") ==
          replaced(methods, "[intervisie, cursus]", "[intervision, cursus]"));
}

TEST_CASE("quick fix: a key renamed to one that is already there is not offered") {
    Repo repo;
    std::string text = replaced(pop_text(), "    status: active\n", "    status: active\n    stand: active\n");
    for (const lsp::QuickFix& fix : repo.fixes(text)) CHECK(fix.finding.message != "structure.unknown-key.suggest");
}

TEST_CASE("quick fix: a number where a text belongs goes in quotes") {
    std::string text = replaced(pop_text(), "title: Exit tickets in havo 2", "title: 2024");
    std::string title;
    CHECK(fix_and_recheck(text, "structure.type.text", {}, Lang::Nl, &title) ==
          replaced(text, "title: 2024", "title: \"2024\""));
    CHECK(title == "Zet `2024` tussen aanhalingstekens, dan is het tekst");
    // and a number written the Dutch way becomes the number pop reads
    std::string hours = replaced(pop_text(), "hours: 20", "hours: 12,5");
    CHECK(fix_and_recheck(hours, "structure.type.number.suggest") == replaced(hours, "12,5", "12.5"));
}

TEST_CASE("quick fix: a missing SMARTI field is added without a value, which pop flags until it is filled in") {
    std::string no_measurable = replaced(pop_text(), "    measurable: In 30 lessen een exit ticket gebruikt; de uitkomst bespreek ik de les erna.\n", "");
    std::string title;
    std::string after = fix_and_recheck(no_measurable, "smarti.measurable",
                                        {"structure.empty structure.empty field=measurable"}, Lang::Nl, &title);
    CHECK(after == no_measurable + "    measurable:\n");
    CHECK(title == "Voeg `measurable` (Meetbaar) toe aan doel `exit-tickets`, nog in te vullen");

    std::string no_dates = replaced(pop_text(), "    start: 2026-09-01\n    end: 2027-06-30\n", "");
    after = fix_and_recheck(no_dates, "smarti.time-bound",
                            {"structure.empty structure.empty field=start", "structure.empty structure.empty field=end"});
    CHECK(after == no_dates + "    start:\n    end:\n");

    std::string no_hours = replaced(pop_text(), "    realistic:\n      hours: 20\n", "");
    after = fix_and_recheck(no_hours, "smarti.realistic.hours", {"structure.empty structure.empty field=hours"});
    CHECK(after == no_hours + "    realistic:\n      hours:\n");
    std::string only_budget = replaced(pop_text(), "      hours: 20\n", "      budget: 100\n");
    after = fix_and_recheck(only_budget, "smarti.realistic.hours", {"structure.empty structure.empty field=hours"});
    CHECK(after == replaced(only_budget, "      budget: 100\n", "      budget: 100\n      hours:\n"));

    std::string no_inspiring = replaced(pop_text(), "    inspiring: Ik wil sneller zien wat mijn leerlingen nog niet begrijpen.\n", "");
    fix_and_recheck(no_inspiring, "smarti.inspiring", {"structure.empty structure.empty field=inspiring"});
    std::string no_specific = replaced(pop_text(), "    specific: Ik sluit elke les aardrijkskunde in havo 2 af met een exit ticket van drie vragen.\n", "");
    fix_and_recheck(no_specific, "smarti.specific.missing", {"structure.empty structure.empty field=specific"});
}

TEST_CASE("quick fix: a school goal id and a person id the roster and school goals know by another spelling") {
    std::string text = pop_text(replaced(goal_lines(), "    status: active\n", "    status: active\n    school_goals: [formatief-evalueeren]\n"));
    std::string after = fix_and_recheck(text, "links.school-goal.suggest");
    CHECK(after == replaced(text, "formatief-evalueeren", "formatief-evalueren"));
}

TEST_CASE("quick fix: a goal's competence written as an area's name becomes the area's id") {
    // A Flemish policy: `opvoeder` is the Dutch name of the basiscompetenties' area `educator`.
    std::string text = pop_text(replaced(goal_lines(), "    status: active\n", "    status: active\n    competence: opvoeder\n"));
    std::string title;
    std::string after = fix_and_recheck(text, "competence.area.suggest", {}, Lang::Nl, &title,
                                        "format_version: 1\npreset: vlaanderen\n");
    CHECK(after == replaced(text, "competence: opvoeder", "competence: educator"));
    CHECK(title == "Schrijf `educator` in plaats van `opvoeder`");
    // Without a framework the Dutch areas: `pedagogisch` is pedagogical.
    std::string dutch = replaced(text, "competence: opvoeder", "competence: pedagogisch");
    CHECK(fix_and_recheck(dutch, "competence.area.suggest", {}, Lang::En, &title) ==
          replaced(text, "competence: opvoeder", "competence: pedagogical"));
    CHECK(title == "Write `pedagogical` instead of `pedagogisch`");
    // An area nothing resembles: the finding has no suggestion, so no fix.
    Repo repo;
    std::string unknown = replaced(text, "competence: opvoeder", "competence: sport");
    std::vector<Finding> findings = repo.findings(unknown);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.message == "competence.area"; }));
    for (const lsp::QuickFix& fix : repo.fixes(unknown)) CHECK(fix.finding.message.rfind("competence.", 0) != 0);
}

TEST_CASE("quick fix: none for findings without a fix, none for a file that does not read") {
    Repo repo;
    CHECK(repo.fixes(replaced(pop_text(), "start: 2026-09-01", "start: 2026-02-30")).empty());  // dates.invalid
    CHECK(repo.fixes(pop_text() + "  - id: [\n").empty());
}

TEST_CASE("textDocument/codeAction through the server: the fix of the diagnostic at the cursor, with it") {
    MemoryFiles files;
    MemoryHistory history;
    files.add_repository("/repo");
    lsp::Server server{files, history, lsp::ServerSetup{kToday, Lang::En}};
    auto first = server.handle({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
                                {"params", {{"processId", nullptr}, {"locale", "nl"}, {"capabilities", json::object()}}}});
    REQUIRE(first.size() == 1);
    CHECK(first[0]["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"] == json::array({"quickfix"}));
    std::string text = replaced(pop_text(), "- date: 2026-10-01", "- date: 1-8-2025");
    json item = {{"uri", kUri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}};
    auto opened = server.handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"}, {"params", {{"textDocument", item}}}});
    REQUIRE(opened.size() == 1);
    json diagnostics = opened[0]["params"]["diagnostics"];
    json date;
    for (const json& d : diagnostics)
        if (d["code"] == "dates.format") date = d;
    REQUIRE(date.is_object());
    // the cursor on the date's line, one character in
    json at = {{"line", date["range"]["start"]["line"]}, {"character", 14}};
    json params = {{"textDocument", {{"uri", kUri}}},
                   {"range", {{"start", at}, {"end", at}}},
                   {"context", {{"diagnostics", diagnostics}}}};
    auto out = server.handle({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "textDocument/codeAction"}, {"params", params}});
    REQUIRE(out.size() == 1);
    json actions = out[0]["result"];
    REQUIRE(actions.size() == 1);
    CHECK(actions[0]["kind"] == "quickfix");
    CHECK(actions[0]["title"] == "Schrijf de datum als 2025-08-01");
    CHECK(actions[0]["diagnostics"] == json::array({date}));
    json edits = actions[0]["edit"]["changes"][kUri];
    REQUIRE(edits.size() == 1);
    std::string fixed = text;
    lsp::Range r{{edits[0]["range"]["start"]["line"], edits[0]["range"]["start"]["character"]},
                 {edits[0]["range"]["end"]["line"], edits[0]["range"]["end"]["character"]}};
    lsp::apply_change(fixed, r, edits[0]["newText"].get<std::string>());
    CHECK(fixed == replaced(text, "1-8-2025", "2025-08-01"));
    // a client that asks only for other kinds of actions gets none
    json only = params;
    only["context"]["only"] = json::array({"refactor"});
    out = server.handle({{"jsonrpc", "2.0"}, {"id", 4}, {"method", "textDocument/codeAction"}, {"params", only}});
    CHECK(out[0]["result"] == json::array());
    // a range elsewhere, with no diagnostics: nothing to fix there
    json top = {{"line", 0}, {"character", 0}};
    params["range"] = {{"start", top}, {"end", top}};
    params["context"]["diagnostics"] = json::array();
    out = server.handle({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "textDocument/codeAction"}, {"params", params}});
    CHECK(out[0]["result"] == json::array());
}

}  // namespace
}  // namespace pop
