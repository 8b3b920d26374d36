// Unit tests for the language server's bounds (issue 16, point 5): coalescing of changes that come
// faster than checks (Server::receive / publish_pending), the Outbox for a client that reads slowly
// or never, and the cache of repository files that keeps a re-check from building the roster again.
#include <doctest/doctest.h>

#include "../workspace/memory_sources.h"
#include "pop/lsp/outbox.h"
#include "pop/lsp/server.h"
#include "pop/workspace/workspace.h"

namespace pop {
namespace {

using json = nlohmann::json;
using test::MemoryFiles;
using test::MemoryHistory;

const Date kToday = *parse_date("2026-11-22").date;
const std::string kUri = "file:///repo/pops/a.jansen.pop.yaml";
const std::string kRosterUri = "file:///repo/pop-roster.yaml";

std::string pop_text(const std::string& title) {
    return "format_version: 1\nperson:\n  id: a.jansen\n  name: Anna Jansen\nperiod:\n  start: 2025-08-01\n"
           "  end: 2027-07-31\ngoals:\n  - id: exit-tickets\n    title: " + title + "\n    start: 1-9-2026\n"
           "    end: 2027-06-30\n    status: active\n";
}

json message(const std::string& method, json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}
json open_message(const std::string& uri, const std::string& text) {
    return message("textDocument/didOpen",
                   {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}});
}
// Types `letter` at the end of the title line (line 9, after "    title: " and `title_length` characters).
json keystroke(const std::string& uri, long long version, std::size_t at, const std::string& letter) {
    json range = {{"start", {{"line", 9}, {"character", at}}}, {"end", {{"line", 9}, {"character", at}}}};
    return message("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", version}}},
                                              {"contentChanges", json::array({{{"range", range}, {"text", letter}}})}});
}

std::vector<json> published(const std::vector<json>& out) {
    std::vector<json> p;
    for (const json& m : out)
        if (m.value("method", "") == "textDocument/publishDiagnostics") p.push_back(m);
    return p;
}

struct Session {
    MemoryFiles files;
    MemoryHistory history;
    lsp::Server server{files, history, lsp::ServerSetup{kToday, Lang::En}};
    Session() {
        files.add_repository("/repo");
        files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n");
        server.handle({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
    }
};

}  // namespace

TEST_CASE("lsp coalescing: changes received are checked once, at the latest version, when published") {
    Session s;
    CHECK(published(s.server.receive(open_message(kUri, pop_text("Exit")))).empty());
    CHECK(s.server.has_pending());
    std::size_t at = 15;  // "    title: Exit" in UTF-16 units
    for (int k = 0; k < 50; ++k) CHECK(published(s.server.receive(keystroke(kUri, 2 + k, at + k, "s"))).empty());
    std::vector<json> out = s.server.publish_pending();
    REQUIRE(out.size() == 1);
    CHECK(out[0]["params"]["version"] == 51);
    CHECK(!s.server.has_pending());
    CHECK(s.server.publish_pending().empty());  // nothing changed since

    // The same as a session that checks every change, and as opening the final text at once.
    Session eager;
    eager.server.handle(open_message(kUri, pop_text("Exit")));
    std::vector<json> last;
    for (int k = 0; k < 50; ++k) last = eager.server.handle(keystroke(kUri, 2 + k, at + k, "s"));
    REQUIRE(published(last).size() == 1);
    CHECK(published(last)[0] == out[0]);
    Session fresh;
    std::vector<json> opened = fresh.server.handle(open_message(kUri, pop_text("Exit" + std::string(50, 's'))));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0]["params"]["diagnostics"] == out[0]["params"]["diagnostics"]);
    CHECK(!out[0]["params"]["diagnostics"].empty());  // the date 1-9-2026: not a vacuous comparison
}

TEST_CASE("lsp coalescing: a client that never pauses still gets diagnostics every kMaxDeferred messages") {
    Session s;
    s.server.receive(open_message(kUri, pop_text("E")));
    int publishes = 0;
    const int edits = 3 * lsp::Server::kMaxDeferred;
    for (int k = 0; k < edits; ++k) publishes += static_cast<int>(published(s.server.receive(keystroke(kUri, 2 + k, 12 + k, "e"))).size());
    CHECK(publishes == 3);
    // Messages that change nothing do not count towards it.
    Session idle;
    for (int k = 0; k < 2 * lsp::Server::kMaxDeferred; ++k)
        idle.server.receive(message("$/setTrace", {{"value", "off"}}));
    CHECK(!idle.server.has_pending());
}

TEST_CASE("lsp coalescing: a roster change marks every open document; close and shutdown drop what is due") {
    Session s;
    s.server.receive(open_message(kUri, pop_text("Exit")));
    s.server.publish_pending();
    s.server.receive(open_message(kRosterUri, "format_version: 1\nstaff:\n  - id: b.bakker\n    name: Bram Bakker\n"));
    std::vector<json> out = s.server.publish_pending();
    REQUIRE(out.size() == 2);  // in URI order: the roster, then the POP
    CHECK(out[0]["params"]["uri"] == kRosterUri);
    CHECK(out[1]["params"]["uri"] == kUri);

    s.server.receive(keystroke(kUri, 2, 15, "s"));
    out = s.server.receive(message("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}}));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["params"]["diagnostics"].empty());  // cleared at once
    CHECK(s.server.publish_pending().empty());        // and not checked any more

    s.server.receive(keystroke(kRosterUri, 2, 0, "#"));
    CHECK(s.server.has_pending());
    s.server.receive({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
    CHECK(s.server.publish_pending().empty());
}

TEST_CASE("lsp outbox: newer diagnostics replace unsent ones; responses are kept; framing") {
    lsp::Outbox box;
    auto diagnostics = [](const std::string& uri, int version) {
        return message("textDocument/publishDiagnostics", {{"uri", uri}, {"version", version}, {"diagnostics", json::array()}});
    };
    box.add(diagnostics("file:///a", 1));
    box.add({{"jsonrpc", "2.0"}, {"id", 7}, {"result", nullptr}});
    box.add(diagnostics("file:///b", 1));
    box.add(diagnostics("file:///a", 2));
    box.add(diagnostics("file:///a", 3));
    CHECK(box.replaced() == 2);
    // The first message is A at version 3 (replaced in its place), then the response, then B.
    std::string first(box.front());
    CHECK(first.rfind("Content-Length: ", 0) == 0);
    std::string body = first.substr(first.find("\r\n\r\n") + 4);
    CHECK(std::to_string(body.size()) == first.substr(16, first.find("\r\n") - 16));
    CHECK(json::parse(body)["params"]["version"] == 3);
    // Half written: a newer one for A goes after, not into it.
    box.written(10);
    box.add(diagnostics("file:///a", 4));
    CHECK(box.replaced() == 2);
    std::string rest(box.front());
    CHECK(first.substr(10) == rest);
    box.written(rest.size());
    CHECK(json::parse(std::string(box.front()).substr(box.front().find("\r\n\r\n") + 4))["id"] == 7);
    box.written(box.front().size());
    box.written(box.front().size());  // B
    CHECK(json::parse(std::string(box.front()).substr(box.front().find("\r\n\r\n") + 4))["params"]["version"] == 4);
    box.written(box.front().size());
    CHECK(box.empty());
    CHECK(box.bytes() == 0);

    // Responses are never dropped: past kMaxResponseBytes the outbox is full (the CLI stops reading).
    std::string big(64 * 1024, 'x');
    int n = 0;
    while (!box.full()) {
        box.add({{"jsonrpc", "2.0"}, {"id", n++}, {"result", big}});
        box.add(diagnostics("file:///a", n));  // diagnostics never fill it: one per document
    }
    CHECK(n >= static_cast<int>(lsp::Outbox::kMaxResponseBytes / (big.size() + 100)));
    CHECK(n <= static_cast<int>(lsp::Outbox::kMaxResponseBytes / big.size()) + 1);
    CHECK(box.bytes() < lsp::Outbox::kMaxResponseBytes + 2 * big.size());
    box.clear();
    CHECK(box.empty());
    CHECK(!box.full());
}

TEST_CASE("workspace: the repository file cache builds a roster once per text and sees every change") {
    MemoryFiles files;
    files.add_repository("/repo");
    files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n");
    files.add("pops/a.jansen.pop.yaml", pop_text("Exit"));
    RepositoryFileCache cache;
    WorkspaceRequest request;
    request.paths = {"pops/a.jansen.pop.yaml"};
    request.cache = &cache;
    Workspace first(request, files);
    Workspace second(request, files);
    CHECK(cache.size() == 1);
    REQUIRE(first.roster_of(0) != nullptr);
    CHECK(first.roster_of(0) == second.roster_of(0));  // shared, not built again
    CHECK(first.repository_reports().size() == second.repository_reports().size());

    // Other bytes: built again, and the new roster is what the workspace sees.
    files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: b.bakker\n    name: Bram Bakker\n");
    Workspace third(request, files);
    REQUIRE(third.roster_of(0) != nullptr);
    CHECK(third.roster_of(0) != first.roster_of(0));
    CHECK(third.roster_of(0)->staff.at(0).id.value == "b.bakker");
    CHECK(first.roster_of(0)->staff.at(0).id.value == "a.jansen");  // the first workspace keeps its own

    // A roster with findings: the report comes from the cache with them.
    files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - id: a.jansen\n    nam: Anna Jansen\n");
    Workspace fourth(request, files);
    Workspace fifth(request, files);
    REQUIRE(!fourth.repository_reports().empty());
    CHECK(!fourth.repository_reports()[0].findings.empty());
    CHECK(fifth.repository_reports()[0].findings.size() == fourth.repository_reports()[0].findings.size());
    WorkspaceRequest uncached = request;
    uncached.cache = nullptr;
    Workspace plain(uncached, files);
    CHECK(plain.repository_reports()[0].findings.size() == fifth.repository_reports()[0].findings.size());
}

}  // namespace pop
