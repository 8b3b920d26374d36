// `pop lsp`: the language server on stdin/stdout. This file does the wire alone (the base
// protocol's headers, Content-Length framing) and hands every message body to the core server
// (pop/lsp/server.h), with the disk, git and today's date. Whatever comes in (a garbage header, a
// huge or missing Content-Length, a body cut off by the end of the input, binary bytes), pop
// neither crashes nor waits for bytes that cannot come: the end of the input ends the session.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli_common.h"
#include "platform/disk_files.h"
#include "pop/lsp/server.h"

namespace pop::cli {
namespace lsp_command {

// Bodies larger than this are read and thrown away (answered with a ParseError): pop reads at
// most a few MB of YAML, and the JSON of such a buffer is well below it.
constexpr std::size_t kMaxBody = 64u << 20;
// A header line longer than this is not a header.
constexpr std::size_t kMaxHeaderLine = 8192;

// What the header of one message said.
struct Header {
    bool eof = false;                   // the input ended before a complete header
    std::optional<std::size_t> length;  // Content-Length, when given and a number
    bool too_large = false;             // Content-Length above kMaxBody (or not representable)
};

// One header line without its line break (a bare "\n" ends it too); nullopt at the end of the input.
std::optional<std::string> header_line(std::FILE* in) {
    std::string line;
    int c;
    while ((c = std::getc(in)) != EOF) {
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (line.size() < kMaxHeaderLine) line += static_cast<char>(c);
    }
    return std::nullopt;
}

// Reads header lines up to the empty line that ends them.
Header read_header(std::FILE* in) {
    Header header;
    bool any = false;
    while (true) {
        std::optional<std::string> line = header_line(in);
        if (!line) {
            header.eof = true;
            return header;
        }
        if (line->empty()) {
            if (any) return header;
            continue;  // blank lines between messages
        }
        any = true;
        constexpr std::string_view name = "content-length:";
        if (line->size() < name.size()) continue;
        bool match = true;
        for (std::size_t i = 0; i < name.size(); ++i)
            if (std::tolower(static_cast<unsigned char>((*line)[i])) != name[i]) match = false;
        if (!match) continue;  // Content-Type and unknown headers
        std::size_t i = name.size();
        while (i < line->size() && (*line)[i] == ' ') ++i;
        std::size_t value = 0;
        bool digits = i < line->size();
        for (; i < line->size(); ++i) {
            char c = (*line)[i];
            if (c == ' ' || c == '\t') continue;
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            if (value > kMaxBody) {
                header.too_large = true;
                continue;
            }
            value = value * 10 + static_cast<std::size_t>(c - '0');
        }
        if (!digits) continue;
        if (value > kMaxBody) header.too_large = true;
        header.length = value;
    }
}

// Sends one message body with its header.
void send(const std::string& body) {
    std::fprintf(stdout, "Content-Length: %zu\r\n\r\n", body.size());
    std::fwrite(body.data(), 1, body.size(), stdout);
    std::fflush(stdout);
}

int run_lsp(const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    DiskFileSource disk(false, globals.lang);
    GitHistory history;
    lsp::Server server(disk, history, lsp::ServerSetup{*today, globals.lang});
    std::FILE* in = stdin;
    while (!server.exit_requested()) {
        Header header = read_header(in);
        if (header.eof) break;
        std::string body;
        if (header.length && !header.too_large) {
            body.resize(*header.length);
            std::size_t got = std::fread(body.data(), 1, body.size(), in);
            if (got < body.size()) break;  // cut off by the end of the input
        } else if (header.too_large) {
            // Read the announced bytes and throw them away, so the next message is found again.
            char buffer[1 << 16];
            bool eof = false;
            for (std::size_t left = header.length.value_or(0); left > 0 && !eof;) {
                std::size_t n = std::fread(buffer, 1, std::min(left, sizeof buffer), in);
                left -= n;
                eof = n == 0;
            }
            if (eof || !header.length) break;  // nothing more can come, or no length to skip by
            body = "\x01";                     // answered as what it is to us: not JSON we read
        } else {
            body = "\x01";  // a header without a Content-Length: answer with a ParseError and read on
        }
        for (const std::string& out : server.handle_body(body)) send(out);
    }
    return server.exit_code();
}

}  // namespace lsp_command

void add_lsp(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("lsp", render_message("cli.lsp.help", globals.lang));
    cmd->callback([&globals, &exit_code] { exit_code = lsp_command::run_lsp(globals); });
}

}  // namespace pop::cli
