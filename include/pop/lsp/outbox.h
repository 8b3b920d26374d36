#pragma once
/// The messages `pop lsp` has yet to write, for a client that reads slowly or never: framed bytes
/// in order, where a newer publishDiagnostics for a document takes the place of an older one not
/// yet begun (only the latest diagnostics matter), so what waits is at most one diagnostics
/// message per document plus the responses. Responses are never dropped: the CLI stops reading
/// input while more than kMaxResponseBytes of them wait (src/cli/cmd_lsp.cpp).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace pop::lsp {

/// A queue of outgoing messages (see the top of this header).
class Outbox {
public:
    /// Bytes of waiting messages other than diagnostics above which the server reads no input.
    static constexpr std::size_t kMaxResponseBytes = 4u << 20;

    /// Frames a message (Content-Length header and JSON body) and queues it; a publishDiagnostics
    /// replaces the waiting one for the same URI, unless that one is being written.
    void add(const nlohmann::json& message);
    /// The bytes to write next (empty when nothing waits).
    std::string_view front() const;
    /// The first `n` bytes of front() were written.
    void written(std::size_t n);
    /// Drops everything (the client is gone).
    void clear();
    /// True when nothing waits.
    bool empty() const { return items_.empty(); }
    /// True when more than kMaxResponseBytes of messages other than diagnostics wait.
    bool full() const { return response_bytes_ > kMaxResponseBytes; }
    /// Bytes waiting in all (a partly written message counts whole).
    std::size_t bytes() const { return bytes_; }
    /// Diagnostics messages that were replaced by newer ones before being written.
    std::size_t replaced() const { return replaced_; }

private:
    struct Item {
        std::string bytes;  // header and body
        std::string uri;    // the document of a publishDiagnostics; "" for every other message
    };
    std::deque<Item> items_;
    std::uint64_t first_ = 0;                      // sequence number of items_.front()
    std::map<std::string, std::uint64_t> latest_;  // URI -> sequence number of its waiting diagnostics
    std::size_t offset_ = 0;                       // bytes of the front already written
    std::size_t bytes_ = 0;
    std::size_t response_bytes_ = 0;
    std::size_t replaced_ = 0;
};

}  // namespace pop::lsp
