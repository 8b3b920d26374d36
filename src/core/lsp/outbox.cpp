// Outgoing messages of the language server (pop/lsp/outbox.h).
#include "pop/lsp/outbox.h"

namespace pop::lsp {

void Outbox::add(const nlohmann::json& message) {
    std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    Item item{"Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body, ""};
    auto method = message.find("method");
    if (method != message.end() && *method == "textDocument/publishDiagnostics" && !message.contains("id")) {
        auto params = message.find("params");
        if (params != message.end() && params->is_object() && params->contains("uri") && (*params)["uri"].is_string())
            item.uri = (*params)["uri"].get<std::string>();
    }
    if (!item.uri.empty()) {
        auto waiting = latest_.find(item.uri);
        if (waiting != latest_.end() && (waiting->second > first_ || offset_ == 0)) {
            Item& old = items_[waiting->second - first_];
            bytes_ = bytes_ - old.bytes.size() + item.bytes.size();
            old.bytes = std::move(item.bytes);
            ++replaced_;
            return;
        }
    }
    bytes_ += item.bytes.size();
    if (item.uri.empty()) response_bytes_ += item.bytes.size();
    else latest_[item.uri] = first_ + items_.size();
    items_.push_back(std::move(item));
}

std::string_view Outbox::front() const {
    if (items_.empty()) return {};
    return std::string_view(items_.front().bytes).substr(offset_);
}

void Outbox::written(std::size_t n) {
    if (items_.empty()) return;
    offset_ += n;
    Item& item = items_.front();
    if (offset_ < item.bytes.size()) return;
    bytes_ -= item.bytes.size();
    if (item.uri.empty()) {
        response_bytes_ -= item.bytes.size();
    } else if (auto it = latest_.find(item.uri); it != latest_.end() && it->second == first_) {
        latest_.erase(it);
    }
    items_.pop_front();
    ++first_;
    offset_ = 0;
}

void Outbox::clear() {
    first_ += items_.size();
    items_.clear();
    latest_.clear();
    offset_ = bytes_ = response_bytes_ = 0;
}

}  // namespace pop::lsp
