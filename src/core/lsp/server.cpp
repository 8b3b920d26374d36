// The language server's protocol and diagnostics (pop/lsp/server.h).
#include "pop/lsp/server.h"

#include <mutex>

#include "pop/base/version.h"
#include "pop/format/spec.h"
#include "pop/lsp/code_actions.h"
#include "pop/lsp/completion.h"
#include "pop/lsp/hover.h"
#include "pop/lsp/text.h"
#include "check_collect.h"
#include "pop/render/render_check.h"
#include "pop/rules/rules.h"
#include "pop/workspace/check_repository.h"

namespace pop::lsp {
namespace {

using json = nlohmann::json;

// The text of a JSON value that should be a string ("" otherwise).
std::string string_at(const json& object, const char* key) {
    if (!object.is_object()) return "";
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// A whole number of a JSON object (0 when absent or not a number).
long long number_at(const json& object, const char* key) {
    if (!object.is_object()) return 0;
    auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

json error_response(const json& id, int code, std::string message) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", std::move(message)}}}};
}

json notification_message(const char* method, json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

Position position_from(const json& value) {
    Position p;
    long long line = number_at(value, "line");
    long long character = number_at(value, "character");
    p.line = line < 0 ? 0 : static_cast<std::uint32_t>(std::min<long long>(line, UINT32_MAX));
    p.character = character < 0 ? 0 : static_cast<std::uint32_t>(std::min<long long>(character, UINT32_MAX));
    return p;
}

json json_of(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }
json json_of(const Range& r) { return {{"start", json_of(r.start)}, {"end", json_of(r.end)}}; }

// The kind of file a path names when pop checks it in an editor: *.pop.yaml or one of the three
// repository files; nullopt for anything else (the server leaves other YAML alone).
std::optional<FileKind> checked_kind(const std::string& path) {
    std::string name = path.substr(path.rfind('/') + 1);
    std::optional<FileKind> kind = kind_from_filename(name);
    if (kind && *kind == FileKind::Pop && !(name.size() > 9 && name.ends_with(".pop.yaml"))) return std::nullopt;
    return kind;
}

// LSP messages nest a few levels deep; a body nested deeper than this is not read (nlohmann/json
// builds and destroys a value recursively: a million '[' would overflow the stack).
constexpr int kMaxNesting = 256;

// True when arrays and objects in `body` nest deeper than kMaxNesting (strings are skipped).
bool nested_too_deep(std::string_view body) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<std::string> path_of_uri(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.size() < scheme.size()) return std::nullopt;
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(uri[i])) != scheme[i]) return std::nullopt;
    std::string_view rest = uri.substr(scheme.size());
    std::size_t slash = rest.find('/');  // leave out an authority ("localhost")
    if (slash == std::string_view::npos) return std::nullopt;
    rest = rest.substr(slash);
    std::string path;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '%' && i + 2 < rest.size() + 0 && hex_value(rest[i + 1]) >= 0 && hex_value(rest[i + 2]) >= 0) {
            path += static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
            i += 2;
        } else if (rest[i] == '?' || rest[i] == '#') {
            break;
        } else {
            path += rest[i];
        }
    }
    if (path.find('\0') != std::string::npos) return std::nullopt;
    return path;
}

Server::Server(const FileSource& files, const HistorySource& history, ServerSetup setup)
    : history_(history), files_(files), setup_(setup), lang_(setup.lang) {}

std::vector<std::string> Server::handle_body(std::string_view body) {
    std::vector<json> replies = receive_body(body);
    for (json& m : publish_pending()) replies.push_back(std::move(m));
    std::vector<std::string> out;
    for (const json& reply : replies) out.push_back(reply.dump(-1, ' ', false, json::error_handler_t::replace));
    return out;
}

std::vector<json> Server::receive_body(std::string_view body) {
    json message = nested_too_deep(body) ? json(json::value_t::discarded) : json::parse(body, nullptr, false);
    if (!message.is_discarded()) return receive(message);
    return {error_response(nullptr, kParseError, render_message("lsp.error.parse", lang_))};
}

std::vector<json> Server::handle(const json& message) {
    std::vector<json> out = receive(message);
    for (json& m : publish_pending()) out.push_back(std::move(m));
    return out;
}

std::vector<json> Server::receive(const json& message) {
    std::vector<json> out = respond(message);
    if (pending_.empty()) {
        deferred_ = 0;
    } else if (++deferred_ >= kMaxDeferred) {
        for (json& m : publish_pending()) out.push_back(std::move(m));
    }
    return out;
}

std::vector<json> Server::publish_pending() {
    std::vector<json> out;
    deferred_ = 0;
    if (shutdown_) pending_.clear();  // the client is going away: nothing more to check
    for (const std::string& uri : pending_) {
        auto it = documents_.find(uri);
        if (it != documents_.end()) out.push_back(diagnostics_of(uri, it->second));
    }
    pending_.clear();
    return out;
}

std::vector<json> Server::respond(const json& message) {
    std::vector<json> out;
    if (!message.is_object()) {
        out.push_back(error_response(nullptr, kInvalidRequest, render_message("lsp.error.invalid-request", lang_)));
        return out;
    }
    auto method_it = message.find("method");
    auto id_it = message.find("id");
    bool has_id = id_it != message.end() && (id_it->is_number_integer() || id_it->is_string());
    if (method_it == message.end() || !method_it->is_string()) {
        if (id_it != message.end() && (message.contains("result") || message.contains("error"))) return out;  // a response to us
        out.push_back(error_response(has_id ? *id_it : json(nullptr), kInvalidRequest,
                                     render_message("lsp.error.invalid-request", lang_)));
        return out;
    }
    std::string method = method_it->get<std::string>();
    json params = message.contains("params") ? message["params"] : json::object();
    if (!has_id) {
        notification(method, params, out);
        return out;
    }
    const json& id = *id_it;
    if (shutdown_) {
        out.push_back(error_response(id, kInvalidRequest, render_message("lsp.error.shut-down", lang_)));
        return out;
    }
    if (!initialized_ && method != "initialize") {
        out.push_back(error_response(id, kServerNotInitialized, render_message("lsp.error.not-initialized", lang_)));
        return out;
    }
    if (method == "initialize") {
        if (!params.is_object()) {
            out.push_back(error_response(id, kInvalidParams, render_message("lsp.error.invalid-params", lang_)));
            return out;
        }
        out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", initialize_result(params)}});
        return out;
    }
    if (method == "shutdown") {
        shutdown_ = true;
        out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", nullptr}});
        return out;
    }
    if (method.starts_with("textDocument/") && !params.is_object()) {
        out.push_back(error_response(id, kInvalidParams, render_message("lsp.error.invalid-params", lang_)));
        return out;
    }
    if (method == "textDocument/codeAction") {
        auto doc = documents_.find(string_at(params.value("textDocument", json::object()), "uri"));
        json result = json::array();
        if (doc != documents_.end() && checked_kind(doc->second.path))
            result = code_actions({doc->first, doc->second.path, doc->second.text, params, setup_.today, lang_}, files_, history_);
        out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
        return out;
    }
    if (method == "textDocument/completion") {
        auto doc = documents_.find(string_at(params.value("textDocument", json::object()), "uri"));
        json result = json::array();
        if (doc != documents_.end() && checked_kind(doc->second.path))
            result = completion({doc->second.path, doc->second.text, position_from(params.value("position", json::object())),
                                 setup_.today, lang_}, files_);
        out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
        return out;
    }
    if (method == "textDocument/hover") {
        auto doc = params.is_object() ? documents_.find(string_at(params.value("textDocument", json::object()), "uri"))
                                      : documents_.end();
        json result = nullptr;
        if (doc != documents_.end()) {
            json diagnostics = diagnostics_of(doc->first, doc->second)["params"]["diagnostics"];
            result = hover({doc->second.path, doc->second.text, position_from(params.value("position", json::object())),
                            files_, setup_.today, lang_, diagnostics});
        }
        out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
        return out;
    }
    std::vector<MessageArg> args{{"method", method}};
    out.push_back(error_response(id, kMethodNotFound, render_message("lsp.error.method-not-found", lang_, args)));
    return out;
}

json Server::initialize_result(const json& params) {
    initialized_ = true;
    std::string locale = string_at(params, "locale");
    if (std::optional<Lang> l = parse_lang(locale); l && is_dutch(*l)) lang_ = *l;  // else the environment's
    auto options = params.find("initializationOptions");
    if (options != params.end() && options->is_object()) {
        auto r = options->find("reminders");
        reminders_ = r != options->end() && r->is_boolean() && r->get<bool>();
    }
    const json* capabilities = &params;
    for (const char* key : {"capabilities", "textDocument", "publishDiagnostics"}) {
        auto it = capabilities->is_object() ? capabilities->find(key) : capabilities->end();
        if (it == capabilities->end()) {
            capabilities = nullptr;
            break;
        }
        capabilities = &*it;
    }
    const json* watched = &params;
    for (const char* key : {"capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration"}) {
        auto it = watched->is_object() ? watched->find(key) : watched->end();
        if (it == watched->end()) {
            watched = nullptr;
            break;
        }
        watched = &*it;
    }
    register_watchers_ = watched && watched->is_boolean() && watched->get<bool>();
    if (capabilities && capabilities->is_object()) {
        auto r = capabilities->find("relatedInformation");
        related_information_ = r != capabilities->end() && r->is_boolean() && r->get<bool>();
    }
    json sync = {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
    json completion_options = {{"triggerCharacters", {":", " ", "-", "["}}};
    return {{"capabilities", {{"textDocumentSync", sync}, {"positionEncoding", "utf-16"},
                              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
                              {"completionProvider", completion_options}, {"hoverProvider", true}}},
            {"serverInfo", {{"name", "pop"}, {"version", std::string(kPopVersion)}}}};
}

void Server::notification(const std::string& method, const json& params, std::vector<json>& out) {
    if (method == "exit") {
        exit_requested_ = true;
        return;
    }
    if (!initialized_ || shutdown_ || !params.is_object()) return;  // dropped, as the spec says
    if (method == "initialized" && register_watchers_) {
        // Ask the client to report changes on disk to the repository files and POPs.
        json watchers = json::array();
        for (const char* glob : {"**/pop-policy.yaml", "**/pop-roster.yaml", "**/pop-school-goals.yaml", "**/*.pop.yaml"})
            watchers.push_back({{"globPattern", glob}});
        json registration = {{"id", "pop-watched-files"},
                             {"method", "workspace/didChangeWatchedFiles"},
                             {"registerOptions", {{"watchers", watchers}}}};
        out.push_back({{"jsonrpc", "2.0"},
                       {"id", "pop-register-watchers"},
                       {"method", "client/registerCapability"},
                       {"params", {{"registrations", json::array({registration})}}}});
    } else if (method == "textDocument/didOpen") {
        open(params);
    } else if (method == "textDocument/didChange") {
        change(params);
    } else if (method == "textDocument/didSave") {
        std::string uri = string_at(params.value("textDocument", json::object()), "uri");
        if (documents_.contains(uri)) changed(uri);
    } else if (method == "textDocument/didClose") {
        close(params, out);
    } else if (method == "workspace/didChangeWatchedFiles") {
        recheck_all();
    }
    // initialized, $/cancelRequest, $/setTrace and every other notification: nothing to do
}

void Server::open(const json& params) {
    json item = params.value("textDocument", json::object());
    std::string uri = string_at(item, "uri");
    std::optional<std::string> path = path_of_uri(uri);
    if (!path || !item.is_object() || !item.contains("text") || !item["text"].is_string()) return;
    Document doc{files_.absolute(*path), item["text"].get<std::string>(), number_at(item, "version")};
    files_.set(doc.path, doc.text);
    documents_[uri] = std::move(doc);
    changed(uri);
}

void Server::change(const json& params) {
    std::string uri = string_at(params.value("textDocument", json::object()), "uri");
    auto it = documents_.find(uri);
    if (it == documents_.end()) return;
    Document& doc = it->second;
    auto changes = params.find("contentChanges");
    if (changes == params.end() || !changes->is_array()) return;
    for (const json& c : *changes) {
        if (!c.is_object() || !c.contains("text") || !c["text"].is_string()) continue;
        const std::string& text = c["text"].get_ref<const std::string&>();
        auto range = c.find("range");
        if (range == c.end() || !range->is_object()) {
            doc.text = text;
        } else {
            Range r{position_from(range->value("start", json::object())), position_from(range->value("end", json::object()))};
            apply_change(doc.text, r, text);
        }
    }
    doc.version = number_at(params.value("textDocument", json::object()), "version");
    files_.set(doc.path, doc.text);
    changed(uri);
}

void Server::close(const json& params, std::vector<json>& out) {
    std::string uri = string_at(params.value("textDocument", json::object()), "uri");
    auto it = documents_.find(uri);
    if (it == documents_.end()) return;
    std::string path = it->second.path;
    documents_.erase(it);
    pending_.erase(uri);
    files_.remove(path);
    out.push_back(notification_message("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
    std::optional<FileKind> kind = checked_kind(path);
    if (kind && *kind != FileKind::Pop) recheck_all();  // the file on disk applies again
}

void Server::changed(const std::string& uri) {
    const Document& doc = documents_.at(uri);
    std::optional<FileKind> kind = checked_kind(doc.path);
    if (kind && *kind != FileKind::Pop) {
        recheck_all();  // a roster, policy or school goals: every open POP may change
        return;
    }
    pending_.insert(uri);
}

void Server::recheck_all() {
    for (const auto& [uri, doc] : documents_) pending_.insert(uri);
}

json Server::diagnostics_of(const std::string& uri, const Document& doc) const {
    json diagnostics = json::array();
    if (checked_kind(doc.path)) {
        RepositoryCheckRequest request;
        request.workspace.paths = {doc.path};
        request.workspace.jobs = 1;
        request.workspace.cache = &repository_cache_;  // the roster, policy and school goals built once per text
        request.today = setup_.today;
        request.reminders = reminders_;
        Collector collector;
        Discard discard;
        check_repository(request, files_, history_, collector, discard);
        for (const FileReport& report : collector.take()) {
            if (files_.absolute(report.path) != doc.path) continue;
            for (const Finding& f : report.findings) {
                Range range = range_of(doc.text, f);
                std::string rule(f.rule.text());
                std::string message = finding_message(f, lang_);
                std::string hint = finding_hint(f, lang_);
                json d = {{"range", json_of(range)},
                          {"severity", severity_of(f.rule) == Severity::Error ? 1 : 2},
                          {"source", "pop"},
                          {"code", rule},
                          {"codeDescription", {{"href", std::string(kPopDocsUrl) + "rules.md#" + rule}}}};
                if (!hint.empty() && related_information_)
                    d["relatedInformation"] = json::array({{{"location", {{"uri", uri}, {"range", json_of(range)}}},
                                                            {"message", hint}}});
                else if (!hint.empty())
                    message += "\n" + hint;  // a client that shows no related information still shows the hint
                d["message"] = message;
                diagnostics.push_back(std::move(d));
            }
        }
    }
    return notification_message("textDocument/publishDiagnostics",
                                {{"uri", uri}, {"version", doc.version}, {"diagnostics", std::move(diagnostics)}});
}

}  // namespace pop::lsp
