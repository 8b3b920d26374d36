#pragma once
/// `pop lsp` without the wire: a Language Server Protocol 3.17 server that takes one decoded
/// JSON-RPC message at a time and returns the messages to send back (responses and
/// notifications). It holds the open documents (full and incremental sync) and publishes, for
/// every open `*.pop.yaml` and repository file, the findings `pop check` gives on the unsaved
/// text: the open buffers are laid over the file source it is given, and the check runs through
/// the workspace layer as `pop check` does. The CLI (src/cli/cmd_lsp.cpp) does the framing on
/// stdin/stdout and passes the disk, git and today's date.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/workspace/overlay.h"
#include "pop/workspace/sources.h"

namespace pop::lsp {

/// JSON-RPC and LSP error codes the server answers with.
enum ErrorCode : int {
    kParseError = -32700,
    kInvalidRequest = -32600,
    kMethodNotFound = -32601,
    kInvalidParams = -32602,
    kServerNotInitialized = -32002,
};

/// What the server is given by the CLI.
struct ServerSetup {
    Date today;            ///< "Today" for the date rules.
    Lang lang = Lang::En;  ///< The environment's language (a Dutch `initialize` locale wins).
};

/// One language server session.
class Server {
public:
    /// A server reading through `files` (open buffers are laid over it) and `history`; both must
    /// outlive it.
    Server(const FileSource& files, const HistorySource& history, ServerSetup setup);

    /// Handles one message; returns what to send, in order.
    std::vector<nlohmann::json> handle(const nlohmann::json& message);

    /// Handles one message body as it came over the wire (a ParseError response when it is not
    /// JSON); returns the bodies to send.
    std::vector<std::string> handle_body(std::string_view body);

    /// True after the `exit` notification: the CLI stops reading.
    bool exit_requested() const { return exit_requested_; }

    /// The process's exit code after `exit`: 0 when `shutdown` came first, else 1 (the spec's rule).
    int exit_code() const { return shutdown_ ? 0 : 1; }

    /// The text of an open document as the server holds it ("" when it is not open).
    std::string document_text(const std::string& uri) const {
        auto it = documents_.find(uri);
        return it == documents_.end() ? std::string() : it->second.text;
    }

    /// The language messages are written in (after `initialize`).
    Lang lang() const { return lang_; }

private:
    struct Document {
        std::string path;  // absolute path of the file
        std::string text;  // the buffer's UTF-8 text
        long long version = 0;
    };

    nlohmann::json request(const std::string& method, const nlohmann::json& params);
    void notification(const std::string& method, const nlohmann::json& params, std::vector<nlohmann::json>& out);
    nlohmann::json initialize_result(const nlohmann::json& params);
    void open(const nlohmann::json& params, std::vector<nlohmann::json>& out);
    void change(const nlohmann::json& params, std::vector<nlohmann::json>& out);
    void close(const nlohmann::json& params, std::vector<nlohmann::json>& out);
    void changed(const std::string& uri, std::vector<nlohmann::json>& out);
    void recheck_all(std::vector<nlohmann::json>& out);
    nlohmann::json diagnostics_of(const std::string& uri, const Document& doc) const;

    const HistorySource& history_;
    OverlayFileSource files_;
    ServerSetup setup_;
    Lang lang_;
    bool initialized_ = false;
    bool shutdown_ = false;
    bool exit_requested_ = false;
    bool reminders_ = false;
    bool related_information_ = false;
    bool register_watchers_ = false;  // the client registers file watchers when asked
    std::map<std::string, Document> documents_;  // by URI
};

/// The file path of a `file://` URI (percent-decoded); nullopt for any other URI.
std::optional<std::string> path_of_uri(std::string_view uri);

}  // namespace pop::lsp
