// Unit tests for the language server's core (src/core/lsp/): the protocol's life cycle, open
// documents with full and incremental changes in UTF-16 positions, and diagnostics from the same
// check as `pop check`, on files and a history in memory.
#include <doctest/doctest.h>

#include "../workspace/memory_sources.h"
#include "pop/lsp/server.h"
#include "pop/lsp/text.h"

namespace pop {
namespace {

using json = nlohmann::json;
using lsp::Position;
using lsp::Range;
using test::MemoryFiles;
using test::MemoryHistory;

const Date kToday = *parse_date("2026-11-22").date;

// A POP with one goal; `start` is written into the goal's start field as given.
std::string pop_text(const std::string& goal_start = "2026-09-01", const std::string& title = "Exit tickets in havo 2") {
    return "format_version: 1\nperson:\n  id: a.jansen\n  name: Anna Jansen\nperiod:\n  start: 2025-08-01\n"
           "  end: 2027-07-31\n"
           "sign_off:\n  employee: { name: Anna Jansen, date: 2025-10-01 }\n"
           "  manager: { name: Frank Meijer, date: 2025-10-03 }\n"
           "goals:\n"
           "  - id: exit-tickets\n"
           "    title: " + title + "\n"
           "    specific: Ik sluit elke les aardrijkskunde in havo 2 af met een exit ticket van drie vragen.\n"
           "    measurable: In 30 lessen een exit ticket gebruikt; de uitkomst bespreek ik de les erna.\n"
           "    realistic:\n      hours: 20\n"
           "    start: " + goal_start + "\n    end: 2027-06-30\n"
           "    inspiring: Ik wil sneller zien wat mijn leerlingen nog niet begrijpen.\n"
           "    status: active\n";
}

json request(int id, const std::string& method, json params = json::object()) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}
json notification(const std::string& method, json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

const std::string kUri = "file:///repo/pops/a.jansen.pop.yaml";

// A server over `files`, initialized (relatedInformation on unless `related` is false).
struct Session {
    MemoryFiles files;
    MemoryHistory history;
    lsp::Server server{files, history, lsp::ServerSetup{kToday, Lang::En}};

    std::vector<json> send(const json& message) { return server.handle(message); }
    void initialize(const std::string& locale = "en", bool related = true) {
        json caps = {{"textDocument", {{"publishDiagnostics", {{"relatedInformation", related}}}}}};
        auto out = send(request(1, "initialize", {{"processId", nullptr}, {"locale", locale}, {"capabilities", caps},
                                                  {"rootUri", "file:///repo"}}));
        REQUIRE(out.size() == 1);
        send(notification("initialized", json::object()));
    }
    std::vector<json> open(const std::string& uri, const std::string& text) {
        return send(notification("textDocument/didOpen",
                                 {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}));
    }
};

// The diagnostics of the one publishDiagnostics for `uri` among `out`.
json diagnostics_for(const std::vector<json>& out, const std::string& uri) {
    for (const json& m : out)
        if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
            return m["params"]["diagnostics"];
    FAIL("no diagnostics published for " << uri);
    return json();
}

// The diagnostic of `rule` among `diagnostics` (null when none).
json with_code(const json& diagnostics, const std::string& rule) {
    for (const json& d : diagnostics)
        if (d.value("code", "") == rule) return d;
    return json();
}

}  // namespace

TEST_CASE("lsp text: UTF-16 positions against UTF-8 bytes") {
    std::string text = "a\xC3\xA9z\n\xF0\x9F\x98\x80x\r\nend";  // "aéz", "😀x" (CRLF), "end"
    CHECK(lsp::byte_offset(text, {0, 0}) == 0);
    CHECK(lsp::byte_offset(text, {0, 2}) == 3);   // after é (2 bytes, 1 unit)
    CHECK(lsp::byte_offset(text, {0, 99}) == 4);  // past the line: its end
    CHECK(lsp::byte_offset(text, {1, 2}) == 9);   // after 😀 (4 bytes, 2 units)
    CHECK(lsp::byte_offset(text, {1, 1}) == 5);   // inside the surrogate pair: its start
    CHECK(lsp::byte_offset(text, {1, 3}) == 10);  // after x, before \r\n
    CHECK(lsp::byte_offset(text, {1, 9}) == 10);
    CHECK(lsp::byte_offset(text, {2, 1}) == 13);
    CHECK(lsp::byte_offset(text, {7, 0}) == text.size());
    Position p = lsp::position_of(text, 10);
    CHECK(p.line == 1);
    CHECK(p.character == 3);
}

TEST_CASE("lsp text: incremental changes, multi-line and around surrogate pairs") {
    std::string text = "een\ntwee \xF0\x9F\x98\x80 drie\nvier\n";
    lsp::apply_change(text, Range{{1, 5}, {1, 7}}, "\xC3\xA9");  // the emoji (2 units) becomes é
    CHECK(text == "een\ntwee \xC3\xA9 drie\nvier\n");
    lsp::apply_change(text, Range{{0, 1}, {2, 2}}, "X");  // across three lines
    CHECK(text == "eXer\n");
    lsp::apply_change(text, Range{{1, 0}, {1, 0}}, "nieuw\n");  // insert at the end
    CHECK(text == "eXer\nnieuw\n");
    lsp::apply_change(text, Range{{0, 0}, {0, 4}}, "");
    CHECK(text == "\nnieuw\n");
}

TEST_CASE("lsp: initialize announces incremental sync and the server; shutdown then exit is 0") {
    Session s;
    auto out = s.send(request(1, "initialize", {{"processId", nullptr}, {"capabilities", json::object()}}));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["id"] == 1);
    const json& sync = out[0]["result"]["capabilities"]["textDocumentSync"];
    CHECK(sync["change"] == 2);
    CHECK(sync["openClose"] == true);
    CHECK(sync["save"].is_object());
    CHECK(out[0]["result"]["serverInfo"]["name"] == "pop");
    CHECK(!out[0]["result"]["serverInfo"]["version"].get<std::string>().empty());
    out = s.send(request(2, "shutdown", nullptr));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["id"] == 2);
    CHECK(out[0].contains("result"));
    CHECK(out[0]["result"].is_null());
    CHECK(!s.server.exit_requested());
    out = s.send(request(3, "textDocument/hover", json::object()));
    CHECK(out[0]["error"]["code"] == lsp::kInvalidRequest);
    s.send(notification("exit", nullptr));
    CHECK(s.server.exit_requested());
    CHECK(s.server.exit_code() == 0);
}

TEST_CASE("lsp: file watchers for the repository files are registered when the client can") {
    Session s;
    json caps = {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}};
    s.send(request(1, "initialize", {{"processId", nullptr}, {"capabilities", caps}}));
    auto out = s.send(notification("initialized", json::object()));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["method"] == "client/registerCapability");
    const json& registration = out[0]["params"]["registrations"][0];
    CHECK(registration["method"] == "workspace/didChangeWatchedFiles");
    CHECK(registration["registerOptions"]["watchers"].dump().find("**/pop-roster.yaml") != std::string::npos);
    // The client's answer is no request: nothing to say back.
    CHECK(s.send({{"jsonrpc", "2.0"}, {"id", out[0]["id"]}, {"result", nullptr}}).empty());
    Session without;
    without.send(request(1, "initialize", {{"processId", nullptr}, {"capabilities", json::object()}}));
    CHECK(without.send(notification("initialized", json::object())).empty());
}

TEST_CASE("lsp: exit without shutdown is 1; requests before initialize are refused") {
    Session s;
    auto out = s.send(request(7, "shutdown", nullptr));
    CHECK(out[0]["error"]["code"] == lsp::kServerNotInitialized);
    s.send(notification("exit", nullptr));
    CHECK(s.server.exit_requested());
    CHECK(s.server.exit_code() == 1);
}

TEST_CASE("lsp: malformed JSON, invalid requests, unknown methods") {
    Session s;
    s.initialize();
    auto bodies = s.server.handle_body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"meth");
    REQUIRE(bodies.size() == 1);
    json e = json::parse(bodies[0]);
    CHECK(e["id"].is_null());
    CHECK(e["error"]["code"] == lsp::kParseError);
    bodies = s.server.handle_body(std::string("\x00\xff\xfe binary", 10));
    REQUIRE(bodies.size() == 1);
    CHECK(json::parse(bodies[0])["error"]["code"] == lsp::kParseError);
    // Nested a million deep: refused before parsing (the parser's value would overflow the stack).
    std::string deep = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"x\",\"params\":" + std::string(1000000, '[') +
                       std::string(1000000, ']') + "}";
    bodies = s.server.handle_body(deep);
    REQUIRE(bodies.size() == 1);
    CHECK(json::parse(bodies[0])["error"]["code"] == lsp::kParseError);
    // Brackets inside strings do not count.
    bodies = s.server.handle_body("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"x\",\"params\":{\"a\":\"" +
                                  std::string(1000, '[') + "\\\"\"}}");
    CHECK(json::parse(bodies[0])["error"]["code"] == lsp::kMethodNotFound);
    bodies = s.server.handle_body("[1, 2]");
    CHECK(json::parse(bodies[0])["error"]["code"] == lsp::kInvalidRequest);
    auto out = s.send(request(5, "textDocument/frobnicate"));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["id"] == 5);
    CHECK(out[0]["error"]["code"] == lsp::kMethodNotFound);
    CHECK(out[0]["error"]["message"].get<std::string>().find("textDocument/frobnicate") != std::string::npos);
    CHECK(s.send(notification("$/unknownThing", {{"x", 1}})).empty());
    // Wrongly typed parameters of known notifications are ignored, never a crash.
    CHECK(s.send(notification("textDocument/didOpen", {{"textDocument", 5}})).empty());
    CHECK(s.send(notification("textDocument/didChange", {{"textDocument", {{"uri", kUri}}}, {"contentChanges", "x"}})).empty());
    CHECK(s.open("https://example.org/a.pop.yaml", pop_text()).empty());
}

TEST_CASE("lsp: didOpen publishes pop check's findings with 0-based UTF-16 ranges") {
    Session s;
    s.files.add_repository("/repo");
    s.initialize();
    // "é" (1 UTF-16 unit, 2 bytes) and an emoji (2 units, 4 bytes) before the date on its line:
    // pop's column counts characters (35), the LSP range UTF-16 units (0-based: 35 too, one more
    // than the 34 characters before it because of the surrogate pair).
    std::string text = pop_text() + "    evidence:\n      - { what: Verslag \xC3\xA9\xF0\x9F\x98\x80, date: 1-8-2025 }\n";
    auto out = s.open(kUri, text);
    json d = with_code(diagnostics_for(out, kUri), "dates.format");
    REQUIRE(!d.is_null());
    CHECK(d["severity"] == 1);
    CHECK(d["source"] == "pop");
    CHECK(d["codeDescription"]["href"] == "https://git.example.org/pop/pop/blob/main/docs/rules.md#dates.format");
    CHECK(d["range"]["start"]["line"] == 22);
    CHECK(d["range"]["start"]["character"] == 35);
    CHECK(d["range"]["end"]["line"] == 22);
    CHECK(d["range"]["end"]["character"] == 43);
    REQUIRE(d["relatedInformation"].size() == 1);
    CHECK(d["relatedInformation"][0]["location"]["uri"] == kUri);
    CHECK(d["relatedInformation"][0]["message"].get<std::string>().find("2025-08-01") != std::string::npos);
}

TEST_CASE("lsp: messages in the client's Dutch locale; the hint in the message without related information") {
    Session s;
    s.files.add_repository("/repo");
    s.initialize("nl-BE", false);
    CHECK(s.server.lang() == Lang::NlBe);
    auto out = s.open(kUri, pop_text("1-9-2026"));
    json d = with_code(diagnostics_for(out, kUri), "dates.format");
    REQUIRE(!d.is_null());
    CHECK(!d.contains("relatedInformation"));
    std::string message = d["message"];
    CHECK(message.find("2026-09-01") != std::string::npos);  // the hint's rewritten date
    CHECK(message.find("datum") != std::string::npos);
}

TEST_CASE("lsp: incremental and full changes re-check; didClose clears") {
    Session s;
    s.files.add_repository("/repo");
    s.initialize();
    std::string text = pop_text("1-9-2026");
    auto out = s.open(kUri, text);
    REQUIRE(!with_code(diagnostics_for(out, kUri), "dates.format").is_null());
    // Replace "1-9-2026" (line 17, characters 11..19) by "2026-09-01".
    json change = {{"range", {{"start", {{"line", 17}, {"character", 11}}}, {"end", {{"line", 17}, {"character", 19}}}}},
                   {"text", "2026-09-01"}};
    out = s.send(notification("textDocument/didChange",
                              {{"textDocument", {{"uri", kUri}, {"version", 2}}}, {"contentChanges", json::array({change})}}));
    json diagnostics = diagnostics_for(out, kUri);
    CHECK(with_code(diagnostics, "dates.format").is_null());
    CHECK(out[0]["params"]["version"] == 2);
    // A multi-line incremental change that removes the measurable line and the title line's end.
    json cut = {{"range", {{"start", {{"line", 12}, {"character", 11}}}, {"end", {{"line", 14}, {"character", 200}}}}},
                {"text", "Kort\n    specific: Ik sluit elke les af met een exit ticket van drie vragen in havo 2."}};
    out = s.send(notification("textDocument/didChange",
                              {{"textDocument", {{"uri", kUri}, {"version", 3}}}, {"contentChanges", json::array({cut})}}));
    json cut_diagnostics = diagnostics_for(out, kUri);
    CHECK_MESSAGE(!with_code(cut_diagnostics, "smarti.measurable").is_null(), cut_diagnostics.dump());
    // An edit after an emoji (a surrogate pair: 2 UTF-16 units) on the title line: the title
    // becomes "😀 Exit tickets", then the text after the emoji is replaced in UTF-16 units.
    json emoji = {{"range", {{"start", {{"line", 12}, {"character", 11}}}, {"end", {{"line", 12}, {"character", 15}}}}},
                  {"text", "\xF0\x9F\x98\x80 Ex"}};
    json after = {{"range", {{"start", {{"line", 12}, {"character", 14}}}, {"end", {{"line", 12}, {"character", 16}}}}},
                  {"text", "ex"}};
    out = s.send(notification("textDocument/didChange", {{"textDocument", {{"uri", kUri}, {"version", 4}}},
                                                          {"contentChanges", json::array({emoji, after})}}));
    CHECK(s.server.document_text(kUri).find("    title: \xF0\x9F\x98\x80 ex") != std::string::npos);
    // A full change.
    out = s.send(notification("textDocument/didChange", {{"textDocument", {{"uri", kUri}, {"version", 5}}},
                                                          {"contentChanges", json::array({{{"text", pop_text()}}})}}));
    CHECK(diagnostics_for(out, kUri).empty());
    out = s.send(notification("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}}));
    CHECK(diagnostics_for(out, kUri).empty());
}

TEST_CASE("lsp: a roster change, in a buffer or on disk, re-checks the open POPs") {
    Session s;
    s.files.add_repository("/repo");
    s.files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n");
    s.initialize();
    auto out = s.open(kUri, pop_text());
    std::size_t before = diagnostics_for(out, kUri).size();
    // The roster opened with a.jansen gone: the POP's diagnostics change.
    const std::string roster_uri = "file:///repo/pop-roster.yaml";
    out = s.open(roster_uri, "format_version: 1\nstaff:\n  - id: b.bakker\n    name: Bram Bakker\n");
    json pop_diagnostics = diagnostics_for(out, kUri);
    diagnostics_for(out, roster_uri);
    CHECK(pop_diagnostics.size() != before);
    // Closed again: the roster on disk applies again.
    out = s.send(notification("textDocument/didClose", {{"textDocument", {{"uri", roster_uri}}}}));
    CHECK(diagnostics_for(out, kUri).size() == before);
    // On disk, announced by a watched-file change.
    s.files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: c.claes\n    name: Chris Claes\n");
    out = s.send(notification("workspace/didChangeWatchedFiles",
                              {{"changes", json::array({{{"uri", roster_uri}, {"type", 2}}})}}));
    CHECK(diagnostics_for(out, kUri).size() != before);
}

TEST_CASE("lsp: a POP outside any repository is checked with the defaults") {
    Session s;
    s.history.root = std::nullopt;
    s.initialize();
    const std::string uri = "file:///elders/los%20bestand.pop.yaml";
    auto out = s.open(uri, pop_text("1-9-2026"));
    CHECK(!with_code(diagnostics_for(out, uri), "dates.format").is_null());
    CHECK(lsp::path_of_uri(uri) == "/elders/los bestand.pop.yaml");
}

}  // namespace pop
