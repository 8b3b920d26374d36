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
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/workspace/overlay.h"
#include "pop/workspace/sources.h"
#include "pop/workspace/workspace.h"

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

    /// Handles one message and publishes the diagnostics it made due: receive() then
    /// publish_pending(); returns what to send, in order.
    std::vector<nlohmann::json> handle(const nlohmann::json& message);

    /// Handles one message body as it came over the wire (a ParseError response when it is not
    /// JSON), then publish_pending(); returns the bodies to send.
    std::vector<std::string> handle_body(std::string_view body);

    /// Handles one message without checking: a changed document is only marked as due for a check
    /// (coalescing: the CLI calls publish_pending() when no more input is waiting). Returns the
    /// responses and other messages to send; after kMaxDeferred messages with checks due, also
    /// the diagnostics, so that a client that never pauses still gets them.
    std::vector<nlohmann::json> receive(const nlohmann::json& message);

    /// receive() of a message body as it came over the wire (a ParseError response when it is
    /// not JSON).
    std::vector<nlohmann::json> receive_body(std::string_view body);

    /// Checks every open document marked as due (each once, with its latest text and version,
    /// in URI order) and returns their publishDiagnostics; nothing after `shutdown`.
    std::vector<nlohmann::json> publish_pending();

    /// True when some open document waits for its check.
    bool has_pending() const { return !pending_.empty(); }

    /// Messages received with checks due before they are done anyway (see receive()).
    static constexpr int kMaxDeferred = 500;

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

    std::vector<nlohmann::json> respond(const nlohmann::json& message);
    nlohmann::json request(const std::string& method, const nlohmann::json& params);
    void notification(const std::string& method, const nlohmann::json& params, std::vector<nlohmann::json>& out);
    nlohmann::json initialize_result(const nlohmann::json& params);
    void open(const nlohmann::json& params);
    void change(const nlohmann::json& params);
    void close(const nlohmann::json& params, std::vector<nlohmann::json>& out);
    void changed(const std::string& uri);
    void recheck_all();
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
    mutable RepositoryFileCache repository_cache_;  // repository files, loaded again only when their bytes change
    std::set<std::string> pending_;               // URIs of open documents due for a check
    int deferred_ = 0;                            // messages received since pending_ was last empty
};

/// The file path of a `file://` URI (percent-decoded); nullopt for any other URI.
std::optional<std::string> path_of_uri(std::string_view uri);

}  // namespace pop::lsp
