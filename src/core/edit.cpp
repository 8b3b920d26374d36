#include "pop/edit.h"

#include <algorithm>
#include <fmt/format.h>

namespace pop {
namespace {

bool is_date_text(std::string_view v) {
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (v[i] < '0' || v[i] > '9') return false;
    return true;
}

bool plain_is_safe(std::string_view v) {
    if (v.empty() || v.front() == ' ' || v.back() == ' ' || v.back() == ':') return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v.front()) != std::string_view::npos) return false;
    for (unsigned char c : v)
        if (c < 0x20 || c == 0x7f) return false;
    if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos) return false;
    if (v.find_first_of(",[]{}") != std::string_view::npos) return false;  // safe in flow context too
    if (is_date_text(v)) return true;
    // Whatever a YAML 1.2 reader takes for null, a boolean or a number must be quoted ...
    YamlNode probe;
    probe.value = std::string(v);
    if (resolve_scalar(probe) != ScalarType::String) return false;
    // ... and so must what a YAML 1.1 reader does: yes/no/on/off/y/n, and number-like text.
    std::string lower;
    for (char c : v) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view word : {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
        if (lower == word) return false;
    if ((v.front() >= '0' && v.front() <= '9') || v.front() == '+' || v.front() == '.')
        if (v.find_first_not_of("0123456789_:.+-eExXoObBabcdefABCDEF") == std::string_view::npos) return false;
    return true;
}

std::string double_quoted(std::string_view v) {
    std::string out = "\"";
    for (unsigned char c : v) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7f) out += fmt::format("\\x{:02x}", c);
                else out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

}  // namespace

std::string format_scalar(std::string_view value) { return plain_is_safe(value) ? std::string(value) : double_quoted(value); }

std::string apply_splices(std::string_view bytes, std::vector<Splice> splices) {
    std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.offset < b.offset; });
    std::string out;
    std::size_t at = 0;
    for (const Splice& s : splices) {
        out.append(bytes.substr(at, s.offset - at));
        out += s.text;
        at = s.offset + s.length;
    }
    out.append(bytes.substr(std::min(at, bytes.size())));
    return out;
}

YamlEditor::YamlEditor(std::string_view bytes, const YamlDocument& doc) : bytes_(bytes), doc_(doc) {
    std::size_t nl = bytes.find('\n');
    newline_ = nl != std::string_view::npos && nl > 0 && bytes[nl - 1] == '\r' ? "\r\n" : "\n";
}

const YamlNode* YamlEditor::find(const NodePath& path) const {
    if (doc_.empty()) return nullptr;
    const YamlNode* node = &doc_.root();
    for (const PathStep& step : path) {
        if (const auto* key = std::get_if<std::string>(&step)) {
            if (node->kind != NodeKind::Mapping) return nullptr;
            node = find_key(doc_, *node, *key);
        } else {
            std::size_t index = std::get<std::size_t>(step);
            if (node->kind != NodeKind::Sequence || index >= node->children.size()) return nullptr;
            node = &doc_.node(node->children[index]);
        }
        if (!node) return nullptr;
    }
    return node;
}

std::size_t YamlEditor::line_start(std::size_t offset) const {
    while (offset > 0 && bytes_[offset - 1] != '\n') --offset;
    return offset;
}

std::size_t YamlEditor::line_end(std::size_t offset) const {
    std::size_t nl = bytes_.find('\n', offset);
    if (nl == std::string_view::npos) return bytes_.size();
    return nl > 0 && bytes_[nl - 1] == '\r' ? nl - 1 : nl;
}

// Where a node's own text ends: for block collections and block scalars libyaml's end mark lies
// at the next token, past trailing blank lines and comments; this is the end of the last content.
std::size_t YamlEditor::content_end(const YamlNode& node) const {
    if (node.kind == NodeKind::Scalar) {
        if (node.style != ScalarStyle::Literal && node.style != ScalarStyle::Folded) return node.span.end.offset;
        std::size_t p = std::min<std::size_t>(node.span.end.offset, bytes_.size());
        while (p > node.span.start.offset && std::string_view(" \t\r\n").find(bytes_[p - 1]) != std::string_view::npos) --p;
        return p;
    }
    if (node.flow || node.children.empty()) return node.span.end.offset;
    return content_end(doc_.node(node.children.back()));
}

std::string YamlEditor::flow(const NewValue& value) const {
    if (!value.is_mapping) return format_scalar(value.scalar);
    std::string out = "{";
    for (std::size_t i = 0; i < value.fields.size(); ++i)
        out += (i ? ", " : "") + value.fields[i].first + ": " + flow(value.fields[i].second);
    return out + "}";
}

// A value in block style. For a scalar: the text after "key: " or "- ". For a mapping: its
// fields, the first one on the current line when it is a sequence item, else on the next line.
std::string YamlEditor::block(const NewValue& value, std::size_t indent, bool as_sequence_item) const {
    if (!value.is_mapping) return format_scalar(value.scalar);
    std::string out;
    std::string pad(indent, ' ');
    for (std::size_t i = 0; i < value.fields.size(); ++i) {
        const auto& [key, v] = value.fields[i];
        if (i > 0 || !as_sequence_item) out += newline_ + pad;
        out += key + ":";
        if (v.is_mapping) out += block(v, indent + 2, false);
        else out += " " + format_scalar(v.scalar);
    }
    return out;
}

std::variant<Splice, EditError> YamlEditor::add_key(const YamlNode& mapping, const std::string& key,
                                                    const NewValue& value) const {
    if (mapping.flow) {
        if (mapping.children.empty()) {  // "{}": write inside the braces
            std::size_t open = bytes_.find('{', mapping.span.start.offset);
            return Splice{open + 1, 0, key + ": " + flow(value)};
        }
        return Splice{content_end(doc_.node(mapping.children.back())), 0, ", " + key + ": " + flow(value)};
    }
    const YamlNode& first_key = doc_.node(mapping.children.front());
    std::size_t indent = first_key.span.start.column - 1;
    std::size_t at = line_end(content_end(mapping));
    std::string text = newline_ + std::string(indent, ' ') + key + ":";
    text += value.is_mapping ? block(value, indent + 2, false) : " " + format_scalar(value.scalar);
    return Splice{at, 0, text};
}

std::variant<Splice, EditError> YamlEditor::set(const NodePath& path, const NewValue& value) const {
    if (path.empty()) return EditError{"edit.no-such-path", {}};
    const YamlNode* node = find(path);
    if (!node) {
        NodePath parent_path(path.begin(), path.end() - 1);
        const YamlNode* parent = find(parent_path);
        const auto* key = std::get_if<std::string>(&path.back());
        if (!parent || !key || parent->kind != NodeKind::Mapping) return EditError{"edit.no-such-path", {}};
        return add_key(*parent, *key, value);
    }
    if (node->alias) return EditError{"edit.alias", {}};
    if (node->kind != NodeKind::Scalar || value.is_mapping) return EditError{"edit.not-a-scalar", {}};
    std::size_t start = node->span.start.offset;
    std::size_t end = content_end(*node);
    if (resolve_scalar(*node) == ScalarType::Null && node->style == ScalarStyle::Plain && start == end) {
        // "key:" with nothing after it: write the value after the colon.
        return Splice{start, 0, (start > 0 && bytes_[start - 1] == ':' ? " " : "") + format_scalar(value.scalar)};
    }
    return Splice{start, end - start, format_scalar(value.scalar)};
}

std::variant<Splice, EditError> YamlEditor::append(const NodePath& path, const NewValue& item) const {
    if (path.empty()) return EditError{"edit.no-such-path", {}};
    const YamlNode* node = find(path);
    if (!node) {
        NodePath parent_path(path.begin(), path.end() - 1);
        const YamlNode* parent = find(parent_path);
        const auto* key = std::get_if<std::string>(&path.back());
        if (!parent || !key || parent->kind != NodeKind::Mapping) return EditError{"edit.no-such-path", {}};
        if (parent->flow) {  // {a: 1} -> {a: 1, key: [item]}
            std::string text = *key + ": [" + flow(item) + "]";
            if (parent->children.empty())
                return Splice{bytes_.find('{', parent->span.start.offset) + 1, 0, text};
            return Splice{content_end(doc_.node(parent->children.back())), 0, ", " + text};
        }
        const YamlNode& first_key = doc_.node(parent->children.front());
        std::size_t indent = first_key.span.start.column - 1;
        std::string text = newline_ + std::string(indent, ' ') + *key + ":" + newline_ + std::string(indent + 2, ' ') +
                           "- " + block(item, indent + 4, true);
        return Splice{line_end(content_end(*parent)), 0, text};
    }
    if (node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null && node->style == ScalarStyle::Plain) {
        // "steps:" with nothing after it: start a block sequence on the next line.
        std::size_t key_column = line_start(node->span.start.offset);
        std::size_t indent = 0;
        while (key_column + indent < bytes_.size() && bytes_[key_column + indent] == ' ') ++indent;
        bool after_dash = bytes_.compare(key_column + indent, 2, "- ") == 0;  // "- steps:" as a first key
        if (after_dash) indent += 2;
        return Splice{node->span.start.offset, 0,
                      newline_ + std::string(indent + 2, ' ') + "- " + block(item, indent + 4, true)};
    }
    if (node->kind != NodeKind::Sequence) return EditError{"edit.not-a-list", {}};
    if (node->flow) {
        if (node->children.empty()) {
            std::size_t open = bytes_.find('[', node->span.start.offset);
            return Splice{open + 1, 0, flow(item)};
        }
        return Splice{content_end(doc_.node(node->children.back())), 0, ", " + flow(item)};
    }
    std::size_t indent = node->span.start.column - 1;  // the column of the first "-"
    return Splice{line_end(content_end(*node)), 0,
                  newline_ + std::string(indent, ' ') + "- " + block(item, indent + 2, true)};
}

std::string unified_diff(std::string_view before, std::string_view after, const std::string& name) {
    if (before == after) return {};
    auto split = [](std::string_view text) {
        std::vector<std::string_view> lines;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t nl = text.find('\n', start);
            std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
            lines.push_back(text.substr(start, end - start));
            start = end;
        }
        return lines;
    };
    std::vector<std::string_view> a = split(before), b = split(after);
    // Edits are local: trim the common head and tail, then compare the middle line by line.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Line {
        char op;
        std::string_view text;
    };
    std::vector<Line> middle;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            middle.push_back({' ', a[head + i]});
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            middle.push_back({'-', a[head + i++]});  // removed lines first, as diff(1) does
        } else {
            middle.push_back({'+', b[head + j++]});
        }
    }
    const std::size_t context = 3;
    std::size_t from = head >= context ? head - context : 0;
    std::size_t to_tail = std::min(tail, context);
    std::vector<Line> hunk;
    for (std::size_t k = from; k < head; ++k) hunk.push_back({' ', a[k]});
    hunk.insert(hunk.end(), middle.begin(), middle.end());
    for (std::size_t k = 0; k < to_tail; ++k) hunk.push_back({' ', a[a.size() - tail + k]});
    std::size_t old_count = 0, new_count = 0;
    for (const Line& l : hunk) {
        if (l.op != '+') ++old_count;
        if (l.op != '-') ++new_count;
    }
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n@@ -{},{} +{},{} @@\n", name, name, old_count ? from + 1 : from,
                                  old_count, new_count ? from + 1 : from, new_count);
    for (const Line& l : hunk) {
        out += l.op;
        out += l.text;
        if (l.text.empty() || l.text.back() != '\n') out += "\n\\ No newline at end of file\n";
    }
    return out;
}

}  // namespace pop
