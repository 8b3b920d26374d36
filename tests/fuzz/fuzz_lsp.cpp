// libFuzzer target: random JSON-RPC streams into the language server's core (pop/lsp/server.h).
// The input is a session, one message body per line (a line is given to the server as it came over
// the wire: JSON or not); an empty line stands for "no more input waiting", when the server
// publishes the diagnostics it deferred (coalescing). The files are in memory: a repository at
// /repo with a policy, a roster, school goals and one POP (tests/unit/workspace/memory_sources.h).
//
// Checks, besides no crash, leak or undefined behaviour:
// - every message the server sends is a JSON-RPC 2.0 object, and its text is strict JSON;
// - coalescing changes nothing but how often: a second server gets the same lines through
//   handle_body (a check after every message); whenever the first publishes, the diagnostics of
//   each document published equal the second's latest for that document;
// - a publishDiagnostics names an open document, and its ranges lie inside the document's text
//   (start before end, lines that exist);
// - the Outbox (pop/lsp/outbox.h) frames every message so it reads back, whatever the chunks.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/workspace/memory_sources.h"
#include "fuzz_support.h"
#include "pop/lsp/outbox.h"
#include "pop/lsp/server.h"

namespace {

using json = nlohmann::json;

const pop::test::MemoryFiles& repository() {
    static const pop::test::MemoryFiles files = [] {
        pop::test::MemoryFiles f;
        f.add_repository("/repo");
        f.add("/repo/pop-policy.yaml", "format_version: 1\npreset: vo\nrequire_sign_off: true\nvague_words: [beter, meer]\n");
        f.add("/repo/pop-roster.yaml",
              "format_version: 1\nstaff:\n  - {id: j.devries, name: Jan de Vries, team: onderbouw}\n"
              "  - {id: a.el-amrani, name: Aïcha El Amrani, team: bovenbouw}\n"
              "  - {id: p.old, name: Piet Oud, team: onderbouw, active: false}\n");
        f.add("/repo/pop-school-goals.yaml",
              "format_version: 1\ngoals:\n  - {id: sg-lezen, title: Begrijpend lezen, theme: taal}\n");
        f.add("/repo/pops/j.devries.pop.yaml", std::string(pop::fuzz::kFixedPop));
        return f;
    }();
    return files;
}

// The number of lines of a text as the server counts them (pop/lsp/text.h: "\n" ends a line; the
// last line, even empty, counts).
std::size_t line_count(const std::string& text) { return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

void check_message(const json& m, const pop::lsp::Server& server) {
    std::string text = m.dump(-1, ' ', false, json::error_handler_t::replace);
    if (std::string e = pop::fuzz::JsonChecker::check(text); !e.empty()) pop::fuzz::fail("a message is not JSON: " + e, text);
    if (!m.is_object() || m.value("jsonrpc", "") != "2.0") pop::fuzz::fail("not a JSON-RPC 2.0 message", text);
    if (m.value("method", "") != "textDocument/publishDiagnostics") return;
    const json& params = m["params"];
    std::string uri = params.value("uri", "");
    const json& diagnostics = params["diagnostics"];
    if (!diagnostics.is_array()) pop::fuzz::fail("diagnostics are not an array", text);
    if (diagnostics.empty()) return;  // also sent for a document just closed
    std::string doc = server.document_text(uri);
    std::size_t lines = line_count(doc);
    for (const json& d : diagnostics) {
        const json& start = d["range"]["start"];
        const json& end = d["range"]["end"];
        auto line = [](const json& p) { return p["line"].get<std::uint64_t>(); };
        auto character = [](const json& p) { return p["character"].get<std::uint64_t>(); };
        if (line(start) > line(end) || (line(start) == line(end) && character(start) > character(end)))
            pop::fuzz::fail("a range ends before it starts", text);
        if (line(end) >= lines) pop::fuzz::fail("a range beyond the document's lines", text + "\n--- document ---\n" + doc);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    const pop::test::MemoryFiles& files = repository();
    pop::test::MemoryHistory history;
    pop::lsp::ServerSetup setup{pop::fuzz::kToday, pop::Lang::En};
    pop::lsp::Server coalescing(files, history, setup);  // receive_body, publish_pending on an empty line
    pop::lsp::Server eager(files, history, setup);       // handle_body: a check after every message
    std::map<std::string, json> eager_latest;            // URI -> the eager server's latest diagnostics
    pop::lsp::Outbox outbox;
    std::string written;
    std::size_t chunk = 1;

    auto deliver = [&](const std::vector<json>& out) {
        for (const json& m : out) {
            check_message(m, coalescing);
            if (m.value("method", "") == "textDocument/publishDiagnostics") {
                std::string uri = m["params"].value("uri", "");
                auto latest = eager_latest.find(uri);
                if (latest != eager_latest.end() && m["params"]["diagnostics"] != latest->second)
                    pop::fuzz::fail("coalesced diagnostics differ from checking every change",
                                    m.dump() + "\n--- eager ---\n" + latest->second.dump());
            }
            outbox.add(m);
        }
        // Write a few chunks of growing size, as a slow client would take them.
        for (int k = 0; k < 3 && !outbox.empty(); ++k) {
            std::string_view front = outbox.front();
            std::size_t n = std::min(front.size(), chunk);
            written.append(front.substr(0, n));
            outbox.written(n);
            chunk = chunk * 3 % 1021 + 1;
        }
    };

    std::size_t at = 0;
    while (at <= input.size() && !coalescing.exit_requested()) {
        std::size_t end = input.find('\n', at);
        if (end == std::string_view::npos) end = input.size();
        std::string_view line = input.substr(at, end - at);
        at = end + 1;
        if (line.empty()) {
            deliver(coalescing.publish_pending());
            continue;
        }
        for (const std::string& body : eager.handle_body(line)) {
            json m = json::parse(body, nullptr, false);
            if (m.is_discarded()) pop::fuzz::fail("handle_body gave text that is not JSON", body);
            check_message(m, eager);
            if (m.value("method", "") == "textDocument/publishDiagnostics")
                eager_latest[m["params"].value("uri", "")] = m["params"]["diagnostics"];
        }
        deliver(coalescing.receive_body(line));
    }
    if (!coalescing.exit_requested()) deliver(coalescing.publish_pending());
    while (!outbox.empty()) {
        written.append(outbox.front());
        outbox.written(outbox.front().size());
    }
    // Everything written reads back as frames of JSON.
    for (std::size_t p = 0; p < written.size();) {
        constexpr std::string_view kHeader = "Content-Length: ";
        if (written.compare(p, kHeader.size(), kHeader) != 0) pop::fuzz::fail("a frame without its header", written.substr(p));
        std::size_t stop = written.find("\r\n\r\n", p);
        if (stop == std::string::npos) pop::fuzz::fail("a header without its end", written.substr(p));
        std::size_t length = std::stoul(written.substr(p + kHeader.size(), stop - p - kHeader.size()));
        std::string_view body = std::string_view(written).substr(stop + 4, length);
        if (body.size() != length) pop::fuzz::fail("a frame cut off", body);
        if (std::string e = pop::fuzz::JsonChecker::check(body); !e.empty()) pop::fuzz::fail("a frame is not JSON: " + e, body);
        p = stop + 4 + length;
    }
    return 0;
}
