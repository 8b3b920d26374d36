// `pop lsp`: the language server on stdin/stdout. This file does the wire alone (the base
// protocol's headers, Content-Length framing) and hands every message body to the core server
// (pop/lsp/server.h), with the disk, git and today's date. Whatever comes in (a garbage header, a
// huge or missing Content-Length, a body cut off by the end of the input, binary bytes), pop
// neither crashes nor waits for bytes that cannot come: the end of the input ends the session.
//
// Fast and bounded (issue 16, point 5; docs/decisions.md):
// - Coalescing: stdin is read through our own buffer, so we know when more input is waiting (a
//   FILE's buffer would hide it from poll). While input waits, changes are applied but not checked;
//   when none waits, the server checks each changed document once and publishes (its latest version).
// - A client that reads slowly or never: stdout is non-blocking and the messages wait in an
//   Outbox (pop/lsp/outbox.h), where newer diagnostics of a document replace unsent older ones.
//   While more than 4 MB of responses wait, pop reads no more input (it waits until the client
//   reads, without spinning); when the client closes its end, the session ends. At the end of the
//   session pop writes what waits as long as the client keeps reading (it gives up after
//   kDrainPatienceMs without progress).
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli_common.h"
#include "platform/disk_files.h"
#include "pop/lsp/outbox.h"
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

// How long pop keeps writing its last messages to a client that reads none of them.
constexpr int kDrainPatienceMs = 2000;

// stdin and stdout of the session: input through our own buffer, output through an Outbox.
class Wire {
public:
    Wire() {
        out_flags_ = fcntl(kOut, F_GETFL);
        if (out_flags_ != -1) fcntl(kOut, F_SETFL, out_flags_ | O_NONBLOCK);
    }
    ~Wire() {
        if (out_flags_ != -1) fcntl(kOut, F_SETFL, out_flags_);
    }
    Wire(const Wire&) = delete;
    Wire& operator=(const Wire&) = delete;

    // True when input is waiting to be read (or the input has ended): bytes in our buffer or on fd 0.
    bool input_waiting() {
        if (pos_ < end_ || eof_) return true;
        pollfd p{kIn, POLLIN, 0};
        return poll(&p, 1, 0) > 0;
    }

    // The next input byte; EOF at the end of the input.
    int get() {
        if (pos_ == end_ && !fill()) return EOF;
        return static_cast<unsigned char>(buffer_[pos_++]);
    }

    // Reads up to `n` bytes into `to` (fewer only at the end of the input); returns how many.
    std::size_t read(char* to, std::size_t n) {
        std::size_t got = 0;
        while (got < n) {
            if (pos_ == end_ && !fill()) break;
            std::size_t take = std::min(n - got, end_ - pos_);
            std::memcpy(to + got, buffer_.data() + pos_, take);
            pos_ += take;
            got += take;
        }
        return got;
    }

    // Queues a message and writes what the client takes now.
    void send(const nlohmann::json& message) {
        if (broken_) return;
        outbox_.add(message);
        write_some();
    }

    // At the end of the session: writes what waits while the client keeps reading.
    void drain() {
        while (!broken_ && !outbox_.empty()) {
            write_some();
            if (outbox_.empty() || broken_) break;
            pollfd p{kOut, POLLOUT, 0};
            int ready = poll(&p, 1, kDrainPatienceMs);
            if (ready == 0) break;  // the client reads nothing more: give up
            if (ready < 0 && errno != EINTR) break;
        }
    }

    // True when the client closed its end of stdout.
    bool broken() const { return broken_; }

private:
    static constexpr int kIn = 0;
    static constexpr int kOut = 1;

    // Writes from the outbox until it is empty or the client takes no more now.
    void write_some() {
        while (!broken_ && !outbox_.empty()) {
            std::string_view next = outbox_.front();
            ssize_t n = ::write(kOut, next.data(), next.size());
            if (n > 0) {
                outbox_.written(static_cast<std::size_t>(n));
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                return;
            } else {
                broken_ = true;  // EPIPE and the like: nobody reads any more
                outbox_.clear();
            }
        }
    }

    // Refills the input buffer, writing output while waiting; false at the end of the input. While
    // the outbox holds too many responses no input is read until the client took some.
    bool fill() {
        if (eof_) return false;
        pos_ = end_ = 0;
        while (true) {
            write_some();
            bool want_out = !broken_ && !outbox_.empty();
            bool may_read = broken_ || !outbox_.full();
            pollfd fds[2];
            nfds_t n = 0;
            if (may_read) fds[n++] = pollfd{kIn, POLLIN, 0};
            if (want_out) fds[n++] = pollfd{kOut, POLLOUT, 0};
            if (may_read && !want_out) {
                // Only input to wait for: read() waits (unless stdin is non-blocking: then poll).
            } else if (poll(fds, n, -1) < 0 && errno != EINTR) {
                eof_ = true;
                return false;
            } else if (!may_read || fds[0].revents == 0) {
                continue;  // stdout took bytes, or a signal: look again
            }
            ssize_t got = ::read(kIn, buffer_.data(), buffer_.size());
            if (got > 0) {
                end_ = static_cast<std::size_t>(got);
                return true;
            }
            if (got < 0 && errno == EINTR) continue;
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                pollfd p{kIn, POLLIN, 0};
                poll(&p, 1, -1);
                continue;
            }
            eof_ = true;
            return false;
        }
    }

    std::vector<char> buffer_ = std::vector<char>(1 << 16);
    std::size_t pos_ = 0, end_ = 0;
    bool eof_ = false;
    lsp::Outbox outbox_;
    bool broken_ = false;
    int out_flags_ = -1;
};

// One header line without its line break (a bare "\n" ends it too); nullopt at the end of the input.
std::optional<std::string> header_line(Wire& in) {
    std::string line;
    int c;
    while ((c = in.get()) != EOF) {
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (line.size() < kMaxHeaderLine) line += static_cast<char>(c);
    }
    return std::nullopt;
}

// Reads header lines up to the empty line that ends them.
Header read_header(Wire& in) {
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

int run_lsp(const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    DiskFileSource disk(false, globals.lang);
    GitHistory history;
    lsp::Server server(disk, history, lsp::ServerSetup{*today, globals.lang});
    std::signal(SIGPIPE, SIG_IGN);  // a client that closed stdout: write() says EPIPE, the session ends
    Wire wire;
    while (!server.exit_requested() && !wire.broken()) {
        // Coalescing: the changed documents are checked once no more input waits.
        if (server.has_pending() && !wire.input_waiting())
            for (const nlohmann::json& m : server.publish_pending()) wire.send(m);
        Header header = read_header(wire);
        if (header.eof) break;
        std::string body;
        if (header.length && !header.too_large) {
            body.resize(*header.length);
            std::size_t got = wire.read(body.data(), body.size());
            if (got < body.size()) break;  // cut off by the end of the input
        } else if (header.too_large) {
            // Read the announced bytes and throw them away, so the next message is found again.
            char buffer[1 << 16];
            bool eof = false;
            for (std::size_t left = header.length.value_or(0); left > 0 && !eof;) {
                std::size_t n = wire.read(buffer, std::min(left, sizeof buffer));
                left -= n;
                eof = n == 0;
            }
            if (eof || !header.length) break;  // nothing more can come, or no length to skip by
            body = "\x01";                     // answered as what it is to us: not JSON we read
        } else {
            body = "\x01";  // a header without a Content-Length: answer with a ParseError and read on
        }
        for (const nlohmann::json& m : server.receive_body(body)) wire.send(m);
    }
    if (!server.exit_requested())  // the input ended: what the last changes found still goes out
        for (const nlohmann::json& m : server.publish_pending()) wire.send(m);
    wire.drain();
    return server.exit_code();
}

}  // namespace lsp_command

void add_lsp(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("lsp", render_message("cli.lsp.help", globals.lang));
    cmd->callback([&globals, &exit_code] { exit_code = lsp_command::run_lsp(globals); });
}

}  // namespace pop::cli
