#include "pop/edit/edit.h"
#include "pop/edit/pop_edit.h"

#include "pop/base/date.h"
#include "pop/base/strings.h"
#include "pop/base/utf8.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fmt/format.h>
#include <regex>

namespace pop {
namespace {

bool is_date_text(std::string_view v) {
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (v[i] < '0' || v[i] > '9') return false;
    return true;
}

// The code point of the UTF-8 sequence at v[i] and its length; (0xFFFD, 1) for a bad byte.
std::pair<std::uint32_t, std::size_t> decode_utf8(std::string_view v, std::size_t i) {
    auto c = static_cast<unsigned char>(v[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > v.size()) return {0xFFFD, 1};
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        auto cc = static_cast<unsigned char>(v[i + k]);
        if ((cc >> 6) != 2) return {0xFFFD, 1};
        cp = (cp << 6) | (cc & 0x3F);
    }
    return {cp, n};
}

bool value_is_valid_utf8(const NewValue& v) {
    if (!utf8::is_valid(v.scalar)) return false;
    for (const auto& [key, field] : v.fields)
        if (!utf8::is_valid(key) || !value_is_valid_utf8(field)) return false;
    for (const NewValue& item : v.items)
        if (!value_is_valid_utf8(item)) return false;
    return true;
}

// Characters that the reader refuses when written raw (and libyaml may take for line breaks):
// C1 controls, U+2028, U+2029, a byte order mark, U+FFFE and U+FFFF. In quotes they are escaped.
bool must_escape(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

bool has_escaped_character(std::string_view v) {
    for (std::size_t i = 0; i < v.size();) {
        auto [cp, n] = decode_utf8(v, i);
        if (must_escape(cp)) return true;
        i += n;
    }
    return false;
}

// PyYAML's implicit resolvers (YAML 1.1) for what is not a string: the bool, float, int, merge,
// null, timestamp and value patterns of yaml/resolver.py, as ECMAScript regular expressions.
bool yaml11_reads_as_non_string(std::string_view v) {
    static const std::regex patterns(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
        "|<<|~|null|Null|NULL|="
        "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"
        "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?)$");
    return std::regex_match(v.begin(), v.end(), patterns);
}

bool plain_is_safe(std::string_view v) {
    if (v.empty() || v.front() == ' ' || v.back() == ' ' || v.back() == ':') return false;
    if (has_escaped_character(v)) return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(v.front()) != std::string_view::npos) return false;
    for (unsigned char c : v)
        if (c < 0x20 || c == 0x7f) return false;
    if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos) return false;
    // In a flow list libyaml ends a plain scalar at a ':' before most punctuation ("[a:?]"): only a
    // letter, digit or '/' may follow one (web addresses stay plain).
    for (std::size_t c = v.find(':'); c != std::string_view::npos; c = v.find(':', c + 1)) {
        unsigned char next = c + 1 < v.size() ? static_cast<unsigned char>(v[c + 1]) : ' ';
        if (!(std::isalnum(next) || next == '/' || next >= 0x80)) return false;
    }
    // Safe in flow context too, also for PyYAML, which ends a plain scalar in a flow collection at
    // any of ",?[]{}" ("{link: https://x.example/?a=1}" cannot be read by it).
    if (v.find_first_of(",?[]{}") != std::string_view::npos) return false;
    // A date: YYYY-MM-DD reads as a date to pop and to YAML 1.1; one that is no calendar day
    // (2025-13-45) would stop PyYAML (it builds a date from it), so it is quoted.
    if (is_date_text(v)) return parse_date(v).date.has_value();
    if (yaml11_reads_as_non_string(v)) return false;
    // Whatever a YAML 1.2 reader takes for null, a boolean or a number must be quoted ...
    YamlNode probe;
    probe.value = std::string(v);
    if (resolve_scalar(probe) != ScalarType::String) return false;
    // ... and so must what a YAML 1.1 reader does: yes/no/on/off/y/n, and number-like text.
    std::string lower = ascii_lower(v);
    for (std::string_view word : {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
        if (lower == word) return false;
    if ((v.front() >= '0' && v.front() <= '9') || v.front() == '+' || v.front() == '.')
        if (v.find_first_not_of("0123456789_:.+-eExXoObBabcdefABCDEF") == std::string_view::npos) return false;
    return true;
}

std::string double_quoted(std::string_view v) {
    std::string out = "\"";
    for (std::size_t i = 0; i < v.size(); ++i) {
        auto c = static_cast<unsigned char>(v[i]);
        if (c >= 0x80) {
            auto [cp, n] = decode_utf8(v, i);
            if (must_escape(cp)) {
                out += fmt::format("\\u{:04X}", cp);
                i += n - 1;
                continue;
            }
        }
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

// Whether single quotes can hold the text exactly: no line breaks or characters that need escapes.
bool single_quotes_fit(std::string_view v) {
    for (unsigned char c : v)
        if (c < 0x20 || c == 0x7f) return false;
    return !has_escaped_character(v);
}

std::string single_quoted(std::string_view v) {
    std::string out = "'";
    for (char c : v) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

}  // namespace

std::string format_scalar(std::string_view value) { return plain_is_safe(value) ? std::string(value) : double_quoted(value); }

bool plain_reads_the_same(std::string_view value) { return plain_is_safe(value); }

std::string format_scalar(std::string_view value, Quoting quoting) {
    switch (quoting) {
        case Quoting::Double: return double_quoted(value);
        case Quoting::Single: return single_quotes_fit(value) ? single_quoted(value) : double_quoted(value);
        case Quoting::Plain: break;
    }
    return format_scalar(value);
}

namespace {

// A literal block keeps every character but needs: line breaks, no other control characters
// (tabs included: they look like indentation), no escapes, a first line that does not start
// with a space or a break (or the indentation would be guessed from it), at most one final break.
bool fits_literal_block(std::string_view value) {
    bool fits = value.find('\n') != std::string_view::npos && value.front() != ' ' && value.front() != '\n' &&
                !value.ends_with("\n\n") && !has_escaped_character(value) &&
                value.find(" \n") == std::string_view::npos && value.back() != ' ';  // no line ends in a space
    for (unsigned char c : value)
        if ((c < 0x20 && c != '\n') || c == 0x7f) fits = false;
    return fits;
}

}  // namespace

std::string format_block_scalar(std::string_view value, std::size_t block_indent, std::string_view newline) {
    if (!fits_literal_block(value)) return format_scalar(value);
    bool final_break = value.back() == '\n';
    std::string_view body = final_break ? value.substr(0, value.size() - 1) : value;
    std::string out = final_break ? "|" : "|-";
    std::string pad(block_indent, ' ');
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t nl = body.find('\n', start);
        std::string_view line = body.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        out += newline;
        if (!line.empty()) out += pad + std::string(line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return out;
}

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
    for (std::size_t cr = bytes.find('\r'); cr != std::string_view::npos && !lone_cr_; cr = bytes.find('\r', cr + 1))
        lone_cr_ = cr + 1 == bytes.size() || bytes[cr + 1] != '\n';
    learn_indentation();
    learn_quoting();
}

// The quoting most text values of the file have (block scalars and non-strings left out), and
// whether its keys are all double-quoted (a JSON-shaped file).
void YamlEditor::learn_quoting() {
    std::size_t plain = 0, single = 0, dbl = 0, keys = 0, quoted_keys = 0;
    std::vector<bool> is_key(doc_.nodes.size(), false);
    for (const YamlNode& node : doc_.nodes)
        if (node.kind == NodeKind::Mapping)
            for (std::size_t i = 0; i < node.children.size(); i += 2) is_key[node.children[i]] = true;
    for (std::size_t id = 0; id < doc_.nodes.size(); ++id) {
        const YamlNode& n = doc_.nodes[id];
        if (n.kind != NodeKind::Scalar || n.alias) continue;
        if (is_key[id]) {
            ++keys;
            if (n.style == ScalarStyle::DoubleQuoted) ++quoted_keys;
            continue;
        }
        if (n.style == ScalarStyle::Plain && resolve_scalar(n) != ScalarType::String) continue;
        if (n.style == ScalarStyle::Plain) ++plain;
        else if (n.style == ScalarStyle::SingleQuoted) ++single;
        else if (n.style == ScalarStyle::DoubleQuoted) ++dbl;
    }
    quoted_keys_ = keys > 0 && quoted_keys == keys;
    // Block texts: most kept with their final line break ("|", ">") or most stripped ("|-").
    std::size_t clip = 0, strip = 0;
    for (const YamlNode& n : doc_.nodes) {
        if (n.kind != NodeKind::Scalar || (n.style != ScalarStyle::Literal && n.style != ScalarStyle::Folded)) continue;
        std::size_t header = std::min<std::size_t>(n.span.start.offset, bytes_.size());
        std::size_t end = line_end(header);
        std::string_view indicators = bytes_.substr(header, end - header);
        indicators = indicators.substr(0, indicators.find_first_of(" #"));
        ++(indicators.find('-') != std::string_view::npos ? strip : clip);
    }
    final_breaks_ = clip > strip;
    // A style counts from two values on: one quoted value among keys and numbers is no pattern.
    quoting_ = dbl >= 2 && dbl > plain + single      ? Quoting::Double
               : single >= 2 && single > plain + dbl ? Quoting::Single
                                                     : Quoting::Plain;
}

NewValue YamlEditor::following_blocks(NewValue value, const NodePath& at) const {
    if (!final_breaks_ || value.is_list) return value;  // lists are written in flow style
    // In flow style (a flow collection on the way, or a list of flow mappings) no block is written.
    NodePath prefix;
    const YamlNode* node = find(prefix);
    for (std::size_t i = 0; node; ++i) {
        if (node->flow) return value;
        if (i == at.size()) {
            if (node->kind == NodeKind::Sequence && !node->children.empty() && doc_.node(node->children.front()).flow)
                return value;
            break;
        }
        prefix.push_back(at[i]);
        node = find(prefix);
    }
    if (value.is_mapping) {
        for (auto& field : value.fields)
            if (!field.second.is_mapping && !field.second.is_list) field.second = following_blocks(std::move(field.second), {});
    } else if (!value.verbatim && value.scalar.find('\n') != std::string::npos && value.scalar.back() != '\n' &&
               fits_literal_block(value.scalar + '\n')) {
        value.scalar += '\n';
    }
    return value;
}

std::string YamlEditor::text_scalar(std::string_view value) const { return format_scalar(value, quoting_); }

std::string YamlEditor::key_text(const std::string& key) const { return quoted_keys_ ? format_scalar(key, Quoting::Double) : key; }

// The first nested block mapping, block sequence and block sequence item in the file tell how
// it indents; a file without sequences indents them like its mappings.
void YamlEditor::learn_indentation() {
    bool mapping = false, sequence = false, item = false;
    auto column = [](const YamlNode& n) { return static_cast<std::size_t>(n.span.start.column) - 1; };
    for (const YamlNode& node : doc_.nodes) {
        if (node.kind != NodeKind::Mapping || node.flow) continue;
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
            const YamlNode& key = doc_.node(node.children[i]);
            const YamlNode& value = doc_.node(node.children[i + 1]);
            if (value.flow || value.children.empty() || value.alias) continue;
            if (value.kind == NodeKind::Mapping && !mapping) {
                std::size_t c = column(doc_.node(value.children.front()));
                if (c > column(key)) indentation_.mapping = c - column(key), mapping = true;
            } else if (value.kind == NodeKind::Sequence) {
                if (!sequence && column(value) >= column(key))
                    indentation_.sequence = column(value) - column(key), sequence = true;
                const YamlNode& first = doc_.node(value.children.front());
                if (!item && first.span.start.line == value.span.start.line && column(first) > column(value))
                    indentation_.item = column(first) - column(value), item = true;
            }
        }
    }
    if (!sequence) indentation_.sequence = indentation_.mapping;
}

const YamlNode* YamlEditor::find(const NodePath& path) const { return find_node(doc_, path); }

std::size_t YamlEditor::line_end(std::size_t offset) const {
    std::size_t nl = bytes_.find('\n', offset);
    if (nl == std::string_view::npos) return bytes_.size();
    return nl > 0 && bytes_[nl - 1] == '\r' ? nl - 1 : nl;
}

// For block collections and block scalars libyaml's end mark lies at the next token, past
// trailing blank lines and comments; this is the end of the last content.
std::size_t YamlEditor::content_end(const YamlNode& node) const {
    if (node.kind == NodeKind::Scalar) {
        if (node.style != ScalarStyle::Literal && node.style != ScalarStyle::Folded) return node.span.end.offset;
        std::size_t p = std::min<std::size_t>(node.span.end.offset, bytes_.size());
        if (keeps_final_breaks(node)) {
            // "|+": the blank lines after the text are part of it. Its content ends before the
            // line break of its last line, so that what is added after it starts a new line there.
            if (p > node.span.start.offset && bytes_[p - 1] == '\n') --p;
            if (p > node.span.start.offset && bytes_[p - 1] == '\r') --p;
            return p;
        }
        while (p > node.span.start.offset && std::string_view(" \t\r\n").find(bytes_[p - 1]) != std::string_view::npos) --p;
        return p;
    }
    if (node.flow || node.children.empty()) return node.span.end.offset;
    return content_end(doc_.node(node.children.back()));
}

bool YamlEditor::keeps_final_breaks(const YamlNode& node) const {
    // The header of a block scalar ("|+", ">2+", after an anchor or tag) on the node's first line.
    std::size_t from = std::min<std::size_t>(node.span.start.offset, bytes_.size());
    std::size_t indicator = bytes_.find_first_of("|>", from);
    if (indicator == std::string_view::npos || indicator >= line_end(from)) return false;
    for (std::size_t i = indicator + 1; i < bytes_.size(); ++i) {
        if (bytes_[i] == '+') return true;
        if (bytes_[i] != '-' && (bytes_[i] < '0' || bytes_[i] > '9')) return false;
    }
    return false;
}

std::variant<Splice, EditError> YamlEditor::insert_after_content(std::size_t at, std::string text) const {
    if (!open_end(at) || doc_.empty()) return Splice{at, 0, std::move(text)};
    // New lines at the end of a file without a final line break give its last line one. A block
    // scalar ending there ("|" or ">", clip) would gain a final line break: its header becomes
    // "|-" (strip), which keeps its value, and the splice starts in the header. With keep ("|+")
    // its value would change either way.
    const YamlNode* last = &doc_.root();
    while (last->kind != NodeKind::Scalar && !last->flow && !last->alias && !last->children.empty())
        last = &doc_.node(last->children.back());
    if (last->kind != NodeKind::Scalar || (last->style != ScalarStyle::Literal && last->style != ScalarStyle::Folded) ||
        content_end(*last) != at)
        return Splice{at, 0, std::move(text)};
    if (keeps_final_breaks(*last)) return EditError{"edit.unsupported", {}};
    std::size_t from = std::min<std::size_t>(last->span.start.offset, bytes_.size());
    std::size_t indicator = bytes_.find_first_of("|>", from);
    if (indicator == std::string_view::npos || indicator >= line_end(from)) return EditError{"edit.unsupported", {}};
    std::size_t header_end = indicator + 1;
    while (header_end < bytes_.size() && (bytes_[header_end] == '-' || (bytes_[header_end] >= '0' && bytes_[header_end] <= '9')))
        ++header_end;
    std::string_view header = bytes_.substr(indicator + 1, header_end - indicator - 1);
    if (header.find('-') != std::string_view::npos) return Splice{at, 0, std::move(text)};  // strips already
    return Splice{indicator + 1, at - indicator - 1, "-" + std::string(bytes_.substr(indicator + 1, at - indicator - 1)) + text};
}

std::size_t YamlEditor::value_start(const YamlNode& node, std::size_t end) const {
    // Skips anchors ("&a") and the blanks and comments after them; npos at a tag ("!!str"), whose
    // meaning a new value might not keep.
    std::size_t p = std::min<std::size_t>(node.span.start.offset, bytes_.size());
    while (p < end && bytes_[p] == '&') {
        while (p < end && std::string_view(" \t\r\n").find(bytes_[p]) == std::string_view::npos) ++p;
        while (p < end && (std::string_view(" \t\r\n").find(bytes_[p]) != std::string_view::npos || bytes_[p] == '#')) {
            if (bytes_[p] == '#') p = line_end(p);
            else ++p;
        }
    }
    if (p < end && bytes_[p] == '!') return std::string_view::npos;
    return std::min(p, end);
}

bool YamlEditor::open_end(std::size_t offset) const {
    return offset >= bytes_.size() && (bytes_.empty() || bytes_.back() != '\n');
}

// A literal block's final line break is the break after its last line: at the end of a file
// without one there is none, so text ending in a break is quoted there.
std::string YamlEditor::block_text(std::string_view value, std::size_t indent, bool at_end) const {
    if (at_end && !value.empty() && value.back() == '\n') return text_scalar(value);
    if (quoting_ != Quoting::Plain && value.find('\n') == std::string_view::npos) return text_scalar(value);
    return format_block_scalar(value, indent, newline_);
}

std::string YamlEditor::flow(const NewValue& value) const {
    if (value.is_list) {
        std::string out = "[";
        for (std::size_t i = 0; i < value.items.size(); ++i) out += (i ? ", " : "") + flow(value.items[i]);
        return out + "]";
    }
    if (!value.is_mapping) return value.verbatim ? value.scalar : text_scalar(value.scalar);
    std::string out = "{";
    for (std::size_t i = 0; i < value.fields.size(); ++i)
        out += (i ? ", " : "") + key_text(value.fields[i].first) + ": " + flow(value.fields[i].second);
    return out + "}";
}

// A value in block style. For a scalar: the text after "key: " or "- ". For a mapping: its
// fields, the first one on the current line when it is a sequence item, else on the next line.
// Lists are always written in flow style; text with line breaks becomes a literal block.
std::string YamlEditor::block(const NewValue& value, std::size_t indent, bool as_sequence_item, bool at_end) const {
    if (!value.is_mapping) return flow(value);
    if (value.fields.empty()) return as_sequence_item ? "{}" : " {}";  // nothing at all would read as null
    std::string out;
    std::string pad(indent, ' ');
    for (std::size_t i = 0; i < value.fields.size(); ++i) {
        const auto& [key, v] = value.fields[i];
        if (i > 0 || !as_sequence_item) out += newline_ + pad;
        out += key_text(key) + ":";
        bool last = at_end && i + 1 == value.fields.size();
        if (v.is_mapping) out += block(v, indent + indentation_.mapping, false, last);
        else if (v.verbatim && v.scalar.empty()) continue;  // no value: "key:" alone
        else if (v.is_list || v.verbatim) out += " " + flow(v);
        else out += " " + block_text(v.scalar, indent + indentation_.mapping, last);
    }
    return out;
}

// "key:" and a block sequence under it holding one item, the key at key_indent.
std::string YamlEditor::new_sequence(const std::string& key, std::size_t key_indent, const NewValue& item,
                                     bool at_end) const {
    std::size_t dash = key_indent + indentation_.sequence;
    return key_text(key) + ":" + newline_ + std::string(dash, ' ') + "-" + std::string(indentation_.item - 1, ' ') +
           block(item, dash + indentation_.item, true, at_end);
}

std::variant<Splice, EditError> YamlEditor::add_key(const YamlNode& mapping, const std::string& key,
                                                    const NewValue& value) const {
    if (mapping.flow) {
        if (mapping.children.empty()) {  // "{}": write inside the braces
            std::size_t open = bytes_.find('{', mapping.span.start.offset);
            return Splice{open + 1, 0, key_text(key) + ": " + flow(value)};
        }
        return Splice{content_end(doc_.node(mapping.children.back())), 0, flow_separator(mapping) + key_text(key) + ": " + flow(value)};
    }
    const YamlNode& first_key = doc_.node(mapping.children.front());
    std::size_t indent = first_key.span.start.column - 1;
    std::size_t at = line_end(content_end(mapping));
    std::string text = newline_ + std::string(indent, ' ') + key_text(key) + ":";
    if (value.is_mapping) text += block(value, indent + indentation_.mapping, false, open_end(at));
    else if (value.verbatim && value.scalar.empty()) {}  // no value: "key:" alone
    else if (value.is_list || value.verbatim) text += " " + flow(value);
    else text += " " + block_text(value.scalar, indent + indentation_.mapping, open_end(at));
    return insert_after_content(at, std::move(text));
}

const YamlNode* YamlEditor::key_of(const NodePath& path) const {
    if (path.empty() || !std::holds_alternative<std::string>(path.back())) return nullptr;
    const YamlNode* parent = find(NodePath(path.begin(), path.end() - 1));
    const YamlNode* node = find(path);
    if (!parent || !node || parent->kind != NodeKind::Mapping) return nullptr;
    for (std::size_t i = 1; i < parent->children.size(); i += 2)
        if (&doc_.node(parent->children[i]) == node) return &doc_.node(parent->children[i - 1]);
    return nullptr;
}

bool YamlEditor::key_is_in_block_mapping(const NodePath& path) const {
    const YamlNode* parent = path.empty() ? nullptr : find(NodePath(path.begin(), path.end() - 1));
    return parent && parent->kind == NodeKind::Mapping && !parent->flow;
}

std::variant<Splice, EditError> YamlEditor::plan_set(const NodePath& path, const NewValue& value) const {
    if (path.empty()) return EditError{"edit.no-such-path", {}};
    if (lone_cr_) return EditError{"edit.unsupported", {}};  // a CR alone breaks a line too: not planned for
    const YamlNode* node = find(path);
    if (!node) {
        NodePath parent_path(path.begin(), path.end() - 1);
        const YamlNode* parent = find(parent_path);
        const auto* key = std::get_if<std::string>(&path.back());
        if (!parent || !key || parent->kind != NodeKind::Mapping) return EditError{"edit.no-such-path", {}};
        if (!plain_is_safe(*key)) return EditError{"edit.unsupported", {}};  // keys are written as they are
        return add_key(*parent, *key, value);
    }
    if (node->alias) return EditError{"edit.alias", {}};
    if (value.is_mapping && node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null &&
        node->style == ScalarStyle::Plain && node->span.start.offset == node->span.end.offset) {
        // "key:" with nothing after it (but perhaps a comment): the mapping goes on the lines below.
        const YamlNode* key = key_of(path);
        if (!key) return EditError{"edit.not-a-scalar", {}};
        std::size_t at = node->span.start.offset;
        if (!key_is_in_block_mapping(path) || value.fields.empty()) {
            std::size_t mark = at;  // a key without ":" ("{a }") has no place for a value
            while (mark > 0 && (bytes_[mark - 1] == ' ' || bytes_[mark - 1] == '\t')) --mark;
            if (mark == 0 || bytes_[mark - 1] != ':') return EditError{"edit.unsupported", {}};
            return Splice{at, 0, (at > 0 && bytes_[at - 1] == ':' ? " " : "") + flow(value)};
        }
        std::size_t indent = key->span.start.column - 1;
        std::size_t eol = line_end(key->span.start.offset);
        return Splice{eol, 0, block(value, indent + indentation_.mapping, false, open_end(eol))};
    }
    if (value.is_list && node->kind == NodeKind::Sequence && !node->flow) return replace_block_list(path, *node, value);
    if (value.is_list && node->kind == NodeKind::Sequence && node->flow && !node->alias)
        if (auto splice = replace_flow_list_items(*node, value)) return *splice;
    bool replaceable = node->kind == NodeKind::Scalar || (value.is_list && node->kind == NodeKind::Sequence);
    if (!replaceable || value.is_mapping) return EditError{"edit.not-a-scalar", {}};
    std::size_t end = content_end(*node);
    std::size_t start = value_start(*node, end);  // an anchor before the value stays: aliases use it
    if (start == std::string_view::npos) return EditError{"edit.unsupported", {}};
    // Text with line breaks under a key of a block mapping becomes a literal block.
    std::string text = flow(value);
    const YamlNode* key = key_of(path);
    std::string_view rest = bytes_.substr(end, line_end(end) - end);  // a comment after it would join the block
    if (!value.is_list && !value.verbatim && key && key_is_in_block_mapping(path) &&
        rest.find_first_not_of(" \t") == std::string_view::npos)
        text = block_text(value.scalar, key->span.start.column - 1 + indentation_.mapping, open_end(end));
    if (node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null &&
        node->style == ScalarStyle::Plain && start == end) {
        // "key:" or "-" with nothing after it: write the value after it. A key without a colon
        // ("{a}") has no place for a value that would not change the key itself.
        char before = start > 0 ? bytes_[start - 1] : '\n';
        std::size_t mark = start;  // the ":" or "-" before the value, past blanks
        while (mark > 0 && (bytes_[mark - 1] == ' ' || bytes_[mark - 1] == '\t')) --mark;
        char indicator = mark > 0 ? bytes_[mark - 1] : '\n';
        bool dash_alone = indicator == '-' && (mark < 2 || std::string_view(" \t\r\n").find(bytes_[mark - 2]) != std::string_view::npos);
        if (indicator != ':' && !dash_alone) return EditError{"edit.unsupported", {}};
        return Splice{start, 0, (before == ':' || before == '-' ? " " : "") + text};
    }
    return Splice{start, end - start, text};
}

std::size_t YamlEditor::line_start(std::size_t offset) const {
    while (offset > 0 && bytes_[offset - 1] != '\n') --offset;
    return offset;
}

std::size_t YamlEditor::dash_of(const YamlNode& item) const {
    std::size_t p = std::min<std::size_t>(item.span.start.offset, bytes_.size());
    while (p > 0 && (bytes_[p - 1] == ' ' || bytes_[p - 1] == '\t')) --p;
    if (p == 0 || bytes_[p - 1] != '-') return std::string_view::npos;
    std::size_t dash = p - 1;
    for (std::size_t q = line_start(dash); q < dash; ++q)
        if (bytes_[q] != ' ') return std::string_view::npos;
    return dash;
}

// A block list of scalars gets new items: the items both lists start with and end with stay as
// they are, with their comments; the ones between are replaced by lines written like the first
// item (its column, the blanks after its "-").
std::variant<Splice, EditError> YamlEditor::replace_block_list(const NodePath& path, const YamlNode& list,
                                                               const NewValue& value) const {
    std::vector<const YamlNode*> old;
    for (NodeId id : list.children) {
        const YamlNode& item = doc_.node(id);
        if (item.alias || item.kind != NodeKind::Scalar || dash_of(item) == std::string_view::npos)
            return EditError{"edit.block-list", {}};
        if (value_start(item, content_end(item)) != item.span.start.offset) return EditError{"edit.block-list", {}};
        old.push_back(&item);
    }
    for (const NewValue& v : value.items)
        if (v.is_list || v.is_mapping) return EditError{"edit.not-a-scalar", {}};
    auto same = [](const YamlNode& n, const NewValue& v) {
        ScalarType type = resolve_scalar(n);
        return n.value == v.scalar && (v.verbatim ? type != ScalarType::String : type == ScalarType::String);
    };
    std::size_t n = old.size(), m = value.items.size(), prefix = 0, suffix = 0;
    while (prefix < n && prefix < m && same(*old[prefix], value.items[prefix])) ++prefix;
    while (suffix < n - prefix && suffix < m - prefix && same(*old[n - 1 - suffix], value.items[m - 1 - suffix])) ++suffix;
    if (prefix == n && n == m) return Splice{list.span.start.offset, 0, ""};  // the same list: nothing changes
    std::size_t last_line_end = line_end(content_end(*old.back()));
    if (m == 0) {
        // No items left: "key: []" (a block list cannot be empty), when nothing else is on the key's line.
        const YamlNode* key = key_of(path);
        if (!key || !key_is_in_block_mapping(path)) return EditError{"edit.unsupported", {}};
        std::size_t key_end = line_end(key->span.start.offset);
        std::string_view key_line = bytes_.substr(key->span.end.offset, key_end - key->span.end.offset);
        if (key_line.find_first_not_of(" \t:") != std::string_view::npos) return EditError{"edit.unsupported", {}};
        return Splice{key_end, last_line_end - key_end, " []"};
    }
    std::size_t dash = dash_of(*old.front());
    std::size_t indent = dash - line_start(dash);
    std::size_t gap = old.front()->span.start.offset - dash;
    if (gap == 0 || gap > 8) gap = indentation_.item;
    auto line = [&](const NewValue& v) {
        return std::string(indent, ' ') + "-" + std::string(gap - 1, ' ') + (v.verbatim ? v.scalar : text_scalar(v.scalar));
    };
    bool removes = n - suffix > prefix;
    std::string text;
    if (prefix > 0) {
        std::size_t start = line_end(content_end(*old[prefix - 1]));
        std::size_t end = removes ? line_end(content_end(*old[n - suffix - 1])) : start;
        for (std::size_t j = prefix; j < m - suffix; ++j) text += newline_ + line(value.items[j]);
        return Splice{start, end - start, text};
    }
    std::size_t start = line_start(dash);
    if (!removes) {
        for (std::size_t j = 0; j < m - suffix; ++j) text += line(value.items[j]) + newline_;
        return Splice{start, 0, text};
    }
    std::size_t end = line_end(content_end(*old[n - suffix - 1]));
    for (std::size_t j = 0; j < m - suffix; ++j) text += (j ? newline_ : "") + line(value.items[j]);
    if (m == suffix) {  // every new item is one of the old last ones: the lines of the others go,
        // up to and with the line break of the last one (comments above the kept items stay)
        std::size_t past = end < bytes_.size() && bytes_[end] == '\r' ? end + 1 : end;
        if (past < bytes_.size() && bytes_[past] == '\n') ++past;
        return Splice{start, past - start, ""};
    }
    return Splice{start, end - start, text};
}

std::string YamlEditor::flow_separator(const YamlNode& collection) const {
    if (collection.children.empty()) return ", ";
    std::size_t first = doc_.node(collection.children.front()).span.start.offset;
    std::size_t open = std::min<std::size_t>(collection.span.start.offset, first);
    if (bytes_.substr(open, first - open).find('\n') == std::string_view::npos) return ", ";
    return "," + newline_ + std::string(first - line_start(first), ' ');
}

// A flow list of scalars gets new items the same way: the items both lists start and end with
// stay, the others are replaced; items one a line (JSON as tools write it) stay one a line.
std::optional<Splice> YamlEditor::replace_flow_list_items(const YamlNode& list, const NewValue& value) const {
    std::vector<const YamlNode*> old;
    for (NodeId id : list.children) {
        const YamlNode& item = doc_.node(id);
        if (item.alias || item.kind != NodeKind::Scalar || value_start(item, item.span.end.offset) != item.span.start.offset)
            return std::nullopt;
        old.push_back(&item);
    }
    for (const NewValue& v : value.items)
        if (v.is_list || v.is_mapping) return std::nullopt;
    std::size_t n = old.size(), m = value.items.size(), prefix = 0, suffix = 0;
    if (n == 0 || m == 0) return std::nullopt;
    auto same = [](const YamlNode& node, const NewValue& v) {
        ScalarType type = resolve_scalar(node);
        return node.value == v.scalar && (v.verbatim ? type != ScalarType::String : type == ScalarType::String);
    };
    while (prefix < n && prefix < m && same(*old[prefix], value.items[prefix])) ++prefix;
    while (suffix < n - prefix && suffix < m - prefix && same(*old[n - 1 - suffix], value.items[m - 1 - suffix])) ++suffix;
    const YamlNode& first = *old.front();
    std::size_t open = bytes_.rfind('[', first.span.start.offset);
    bool one_a_line = open != std::string_view::npos &&
                      bytes_.substr(open, first.span.start.offset - open).find('\n') != std::string_view::npos;
    std::string separator = one_a_line ? flow_separator(list) : ", ";
    auto text_of = [&](const NewValue& v) { return v.verbatim ? v.scalar : text_scalar(v.scalar); };
    bool removes = n - suffix > prefix;
    std::string text;
    if (prefix > 0) {
        std::size_t start = old[prefix - 1]->span.end.offset;
        std::size_t end = removes ? old[n - suffix - 1]->span.end.offset : start;
        for (std::size_t j = prefix; j < m - suffix; ++j) text += separator + text_of(value.items[j]);
        return Splice{start, end - start, text};
    }
    std::size_t start = first.span.start.offset;
    if (m == suffix) return Splice{start, old[n - suffix]->span.start.offset - start, ""};
    for (std::size_t j = 0; j < m - suffix; ++j) text += (j ? separator : "") + text_of(value.items[j]);
    if (!removes) return Splice{start, 0, text + separator};
    return Splice{start, old[n - suffix - 1]->span.end.offset - start, text};
}

std::variant<Splice, EditError> YamlEditor::plan_append(const NodePath& path, const NewValue& item) const {
    if (path.empty()) return EditError{"edit.no-such-path", {}};
    if (lone_cr_) return EditError{"edit.unsupported", {}};
    const YamlNode* node = find(path);
    if (!node) {
        NodePath parent_path(path.begin(), path.end() - 1);
        const YamlNode* parent = find(parent_path);
        const auto* key = std::get_if<std::string>(&path.back());
        if (!parent || !key || parent->kind != NodeKind::Mapping) return EditError{"edit.no-such-path", {}};
        if (!plain_is_safe(*key)) return EditError{"edit.unsupported", {}};  // keys are written as they are
        if (parent->flow) {  // {a: 1} -> {a: 1, key: [item]}
            std::string text = key_text(*key) + ": [" + flow(item) + "]";
            if (parent->children.empty())
                return Splice{bytes_.find('{', parent->span.start.offset) + 1, 0, text};
            return Splice{content_end(doc_.node(parent->children.back())), 0, flow_separator(*parent) + text};
        }
        if (parent->children.empty()) return EditError{"edit.no-such-path", {}};
        const YamlNode& first_key = doc_.node(parent->children.front());
        std::size_t indent = first_key.span.start.column - 1;
        std::size_t at = line_end(content_end(*parent));
        std::string text = newline_ + std::string(indent, ' ') + new_sequence(*key, indent, item, open_end(at));
        return insert_after_content(at, std::move(text));
    }
    if (node->alias) return EditError{"edit.alias", {}};
    if (node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null && node->style == ScalarStyle::Plain) {
        // "steps:" with nothing after it (but perhaps a comment), or "steps: ~": a block sequence
        // on the next line; a written null ("~", "null") goes, whatever follows it on the line stays.
        const YamlNode* key = key_of(path);
        if (!key || !key_is_in_block_mapping(path)) return EditError{"edit.not-a-list", {}};
        if (node->span.start.line != key->span.start.line) return EditError{"edit.unsupported", {}};
        std::size_t key_indent = key->span.start.column - 1;
        std::size_t dash = key_indent + indentation_.sequence;
        std::size_t end = node->span.end.offset, eol = line_end(key->span.start.offset);
        std::size_t start = value_start(*node, end);  // "steps: &s ~": the anchor stays
        if (start == std::string_view::npos) return EditError{"edit.unsupported", {}};
        while (start > node->span.start.offset && start < end && bytes_[start - 1] == ' ') --start;  // no blank after "&s"
        std::string list = newline_ + std::string(dash, ' ') + "-" + std::string(indentation_.item - 1, ' ') +
                           block(item, dash + indentation_.item, true, open_end(eol));
        if (start == end) return Splice{eol, 0, list};
        return Splice{start, eol - start, std::string(bytes_.substr(end, eol - end)) + list};
    }
    if (node->kind != NodeKind::Sequence) return EditError{"edit.not-a-list", {}};
    if (node->flow) {
        if (node->children.empty()) {
            std::size_t open = bytes_.find('[', node->span.start.offset);
            return Splice{open + 1, 0, flow(item)};
        }
        return Splice{content_end(doc_.node(node->children.back())), 0, flow_separator(*node) + flow(item)};
    }
    // A new item like the first one: its "-" in the same column, its content as far after it,
    // and in flow style when the items are flow mappings ("- {what: a}").
    // The column of the first "-": found from the first item, since the sequence itself may start
    // at an anchor or tag written before it ("steps: &s").
    const YamlNode& first = doc_.node(node->children.front());
    std::size_t indent = 0, gap = 0;
    if (!item_layout(*node, indent, gap)) return EditError{"edit.unsupported", {}};
    std::string text = newline_ + std::string(indent, ' ') + "-" + std::string(gap - 1, ' ');
    // Items all kept apart by blank lines (goals, say): the new one is too.
    bool apart = node->children.size() >= 2;
    for (std::size_t i = 1; apart && i < node->children.size(); ++i) {
        std::size_t start = item_lines_start(doc_.node(node->children[i]));
        apart = start != std::string_view::npos && blank_line_before(start);
    }
    if (apart) text = newline_ + text;
    std::size_t at = line_end(content_end(*node));
    text += item.is_mapping && first.kind == NodeKind::Mapping && first.flow ? flow(item)
                                                                            : block(item, indent + gap, true, open_end(at));
    return insert_after_content(at, std::move(text));
}

std::size_t YamlEditor::item_lines_start(const YamlNode& item) const {
    std::size_t dash = dash_of(item);
    if (dash == std::string_view::npos) return dash;
    return lines_with_comments_above(dash);
}

std::size_t YamlEditor::lines_with_comments_above(std::size_t from) const {
    std::size_t column = from - line_start(from);
    // A comment line no deeper than `from`: deeper ones belong to what is above.
    auto is_comment_line = [&](std::size_t start, std::size_t end) {
        std::size_t p = start;
        while (p < end && (bytes_[p] == ' ' || bytes_[p] == '\t')) ++p;
        return p < end && bytes_[p] == '#' && p - start <= column;
    };
    std::size_t at = line_start(from);
    while (at > 0 && is_comment_line(line_start(at - 1), at)) at = line_start(at - 1);
    return at;
}

bool YamlEditor::blank_line_before(std::size_t at) const {
    if (at == 0) return false;
    std::size_t p = line_start(at - 1);
    while (p < at && (bytes_[p] == ' ' || bytes_[p] == '\t')) ++p;
    return p == at || bytes_[p] == '\r' || bytes_[p] == '\n';
}

bool YamlEditor::item_layout(const YamlNode& sequence, std::size_t& indent, std::size_t& gap) const {
    if (sequence.children.empty()) return false;
    const YamlNode& first = doc_.node(sequence.children.front());
    std::size_t dash_at = first.span.start.offset;
    while (dash_at > 0 && bytes_[dash_at - 1] != '-' && bytes_[dash_at - 1] != '\n') --dash_at;
    if (dash_at == 0 || bytes_[dash_at - 1] != '-') return false;
    --dash_at;
    indent = dash_at - line_start(dash_at);
    gap = first.span.start.offset - dash_at;
    if (first.span.start.line != sequence.span.start.line && first.span.start.line != first.span.end.line && gap == 0)
        gap = indentation_.item;
    if (gap == 0 || gap > 8) gap = indentation_.item;
    return true;
}

std::variant<Splice, EditError> YamlEditor::plan_insert(const NodePath& path, std::size_t index,
                                                        const NewValue& item) const {
    const YamlNode* node = find(path);
    if (!node || node->alias || node->kind != NodeKind::Sequence || index >= node->children.size())
        return plan_append(path, item);
    if (lone_cr_) return EditError{"edit.unsupported", {}};
    const YamlNode& next = doc_.node(node->children[index]);
    if (next.alias) return EditError{"edit.unsupported", {}};
    if (node->flow) return Splice{next.span.start.offset, 0, flow(item) + flow_separator(*node)};
    std::size_t indent = 0, gap = 0;
    std::size_t at = item_lines_start(next);
    if (at == std::string_view::npos || !item_layout(*node, indent, gap)) return EditError{"edit.unsupported", {}};
    bool apart = index > 0 && blank_line_before(at);
    const YamlNode& first = doc_.node(node->children.front());
    std::string text = std::string(indent, ' ') + "-" + std::string(gap - 1, ' ');
    text += item.is_mapping && first.kind == NodeKind::Mapping && first.flow ? flow(item) : block(item, indent + gap, true);
    text += newline_;
    if (apart) text += newline_;
    return Splice{at, 0, std::move(text)};
}

std::variant<Splice, EditError> YamlEditor::plan_remove(const NodePath& path) const {
    const EditError unsupported{"edit.unsupported", {}};
    if (path.empty()) return EditError{"edit.no-such-path", {}};
    if (lone_cr_) return unsupported;
    NodePath parent_path(path.begin(), path.end() - 1);
    const YamlNode* node = find(path);
    const YamlNode* parent = find(parent_path);
    if (!node || !parent) return EditError{"edit.no-such-path", {}};
    if (parent->alias) return EditError{"edit.alias", {}};
    auto past_break = [&](std::size_t end) {
        if (end < bytes_.size() && bytes_[end] == '\r') ++end;
        if (end < bytes_.size() && bytes_[end] == '\n') ++end;
        return end;
    };
    // Whole lines from `from` to the end of the line that ends at `last_end` go, with its line
    // break; at the end of a file without a final line break, the line break before them goes.
    auto whole_lines = [&](std::size_t from, std::size_t last_end) {
        std::size_t to = past_break(last_end);
        if (to == last_end && from > 0) {
            std::size_t before = from - 1;
            if (before > 0 && bytes_[before - 1] == '\r') --before;
            return Splice{before, last_end - before, ""};
        }
        return Splice{from, to - from, ""};
    };
    // Comment lines right after a node's last line and deeper than `column` are part of it.
    auto with_comments_below = [&](std::size_t last_end, std::size_t column) {
        for (std::size_t next = past_break(last_end); next < bytes_.size() && next != last_end;) {
            std::size_t end = line_end(next), p = next;
            while (p < end && bytes_[p] == ' ') ++p;
            if (p == end || bytes_[p] != '#' || p - next <= column) break;
            last_end = end;
            next = past_break(end);
        }
        return last_end;
    };
    if (const auto* index = std::get_if<std::size_t>(&path.back())) {
        if (parent->kind != NodeKind::Sequence) return EditError{"edit.no-such-path", {}};
        std::size_t i = *index, n = parent->children.size();
        const YamlNode& item = *node;
        if (parent->flow) {
            std::size_t start = item.span.start.offset, end = content_end(item);
            Splice splice{start, end - start, ""};
            if (n > 1 && i + 1 < n) splice.length = doc_.node(parent->children[i + 1]).span.start.offset - start;
            else if (n > 1) {
                std::size_t from = content_end(doc_.node(parent->children[i - 1]));
                splice = Splice{from, end - from, ""};
            }
            // A comment between the items belongs to one of them: not taken along, refused.
            if (bytes_.substr(splice.offset, splice.length).find('#') != std::string_view::npos &&
                (item.kind != NodeKind::Scalar || std::string_view(item.value).find('#') == std::string_view::npos))
                return unsupported;
            return splice;
        }
        std::size_t dash = dash_of(item);
        if (dash == std::string_view::npos) return unsupported;
        std::size_t from = lines_with_comments_above(dash);
        std::size_t last_end = with_comments_below(line_end(content_end(item)), dash - line_start(dash));
        if (n == 1) {
            // The last item: "key: []" (a block list cannot be empty), when nothing else is on the key's line.
            const YamlNode* key = key_of(parent_path);
            if (!key || !key_is_in_block_mapping(parent_path)) return unsupported;
            std::size_t key_end = line_end(key->span.start.offset);
            std::string_view key_line = bytes_.substr(key->span.end.offset, key_end - key->span.end.offset);
            if (key_line.find_first_not_of(" \t:") != std::string_view::npos) return unsupported;
            return Splice{key_end, last_end - key_end, " []"};
        }
        bool apart = true;  // items kept apart by blank lines stay so
        for (std::size_t j = 1; apart && j < n; ++j) {
            std::size_t start = item_lines_start(doc_.node(parent->children[j]));
            apart = start != std::string_view::npos && blank_line_before(start);
        }
        Splice splice = whole_lines(from, last_end);
        if ((apart || i + 1 == n) && i > 0 && splice.offset == from && blank_line_before(from)) {
            // the blank line before it goes too (it kept it apart from the item before)
            std::size_t blank = line_start(from - 1);
            splice.length += from - blank;
            splice.offset = blank;
        } else if (apart && i == 0) {  // the blank line right after it, when there is one
            std::size_t next = splice.offset + splice.length;
            std::size_t after = past_break(line_end(next));
            if (after > next && blank_line_before(after)) splice.length = after - splice.offset;
        }
        return splice;
    }
    if (parent->kind != NodeKind::Mapping || parent->flow) return unsupported;
    if (parent->children.size() <= 2) return unsupported;  // a mapping is not left without keys
    const YamlNode* key = key_of(path);
    if (!key) return EditError{"edit.no-such-path", {}};
    std::size_t start = key->span.start.offset;
    for (std::size_t q = line_start(start); q < start; ++q)
        if (bytes_[q] != ' ') return unsupported;  // "- key:": the key shares its line with the "-"
    std::size_t column = start - line_start(start);
    return whole_lines(lines_with_comments_above(start), with_comments_below(line_end(content_end(*node)), column));
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

namespace {

// A path step as text for comparing trees: keys escaped as in a JSON pointer, items as [i].
std::string step_text(const std::string& key) {
    std::string out = "/";
    for (char c : key) out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

using FlatTree = std::vector<std::pair<std::string, std::string>>;  // (path, what is there)

// Every node in document order with its path and what it is: kind, flow or block, and for a
// scalar its style, type and value. Aliases are not entered.
void flatten(const YamlDocument& doc, NodeId id, std::string& path, FlatTree& out) {
    const YamlNode& n = doc.node(id);
    std::string what;
    if (n.alias) what = "*" + n.value;
    else if (n.kind == NodeKind::Mapping) what = n.flow ? "{flow" : "{block";
    else if (n.kind == NodeKind::Sequence) what = n.flow ? "[flow" : "[block";
    else what = fmt::format("{} {}: {}", static_cast<int>(n.style), static_cast<int>(resolve_scalar(n)), n.value);
    out.emplace_back(path, std::move(what));
    if (n.alias) return;
    std::size_t size = path.size();
    if (n.kind == NodeKind::Mapping) {
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            path += step_text(doc.node(n.children[i]).value);
            flatten(doc, n.children[i + 1], path, out);
            path.resize(size);
        }
    } else if (n.kind == NodeKind::Sequence) {
        for (std::size_t i = 0; i < n.children.size(); ++i) {
            path += "/[" + std::to_string(i) + "]";
            flatten(doc, n.children[i], path, out);
            path.resize(size);
        }
    }
}

FlatTree flatten(const YamlDocument& doc) {
    FlatTree out;
    std::string path;
    if (!doc.empty()) flatten(doc, 0, path, out);
    return out;
}

bool is_under(const std::string& path, const std::string& prefix) {
    return path.compare(0, prefix.size(), prefix) == 0 && (path.size() == prefix.size() || path[prefix.size()] == '/');
}

// Whether the two trees are the same apart from what lies at or below `edited`.
bool same_except(const FlatTree& a, const FlatTree& b, const std::string& edited) {
    auto next = [&](const FlatTree& t, std::size_t i) {
        while (i < t.size() && is_under(t[i].first, edited)) ++i;
        return i;
    };
    std::size_t i = next(a, 0), j = next(b, 0);
    for (; i < a.size() && j < b.size(); i = next(a, i + 1), j = next(b, j + 1))
        if (a[i] != b[j]) return false;
    return i == a.size() && j == b.size();
}

// Whether the node holds exactly the value that was written.
bool reads_back(const YamlDocument& doc, const YamlNode* node, const NewValue& v) {
    if (!node || node->alias) return false;
    if (v.is_list) {
        if (node->kind != NodeKind::Sequence || node->children.size() != v.items.size()) return false;
        for (std::size_t i = 0; i < v.items.size(); ++i)
            if (!reads_back(doc, &doc.node(node->children[i]), v.items[i])) return false;
        return true;
    }
    if (v.is_mapping) {
        if (node->kind != NodeKind::Mapping || node->children.size() != 2 * v.fields.size()) return false;
        for (std::size_t i = 0; i < v.fields.size(); ++i)
            if (doc.node(node->children[2 * i]).value != v.fields[i].first ||
                !reads_back(doc, &doc.node(node->children[2 * i + 1]), v.fields[i].second))
                return false;
        return true;
    }
    if (node->kind != NodeKind::Scalar || node->value != v.scalar) return false;
    ScalarType type = resolve_scalar(*node);
    if (v.verbatim) return v.scalar.empty() ? type == ScalarType::Null : type != ScalarType::String && type != ScalarType::Null;
    return type == ScalarType::String;
}

std::vector<std::string> reader_findings(const ReadResult& r) {
    std::vector<std::string> out;
    for (const Finding& f : r.findings) out.push_back(std::string(f.rule.text()) + '\x1f' + f.message);
    std::sort(out.begin(), out.end());
    return out;
}

bool has_bare_lf(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return true;
    return false;
}

// A path as text, the way flatten writes it.
std::string path_text(const NodePath& path) {
    std::string out;
    for (const PathStep& step : path)
        out += std::holds_alternative<std::string>(step) ? step_text(std::get<std::string>(step))
                                                         : "/[" + std::to_string(std::get<std::size_t>(step)) + "]";
    return out;
}

// The tree without the list item at `item` (a path ending in an index): the items after it move
// back one place.
void close_gap(FlatTree& tree, const NodePath& item) {
    std::string item_text = path_text(item);
    std::string list = item_text.substr(0, item_text.rfind("/["));
    std::size_t index = std::get<std::size_t>(item.back());
    FlatTree kept;
    for (auto& [path, what] : tree) {
        if (is_under(path, item_text)) continue;
        // "<list>/[<digits>]...": a key of another mapping may look alike, but never ends in digits and "]"
        std::size_t open = list.size() + 2, close = open;
        while (close < path.size() && close - open < 10 && path[close] >= '0' && path[close] <= '9') ++close;
        if (path.compare(0, open, list + "/[") == 0 && close > open && close < path.size() && path[close] == ']') {
            std::size_t j = std::stoul(path.substr(open, close - open));
            if (j > index) path = list + "/[" + std::to_string(j - 1) + path.substr(close);
        }
        kept.emplace_back(std::move(path), std::move(what));
    }
    tree = std::move(kept);
}

}  // namespace

std::variant<Splice, EditError> YamlEditor::verified(std::variant<Splice, EditError> planned, const NodePath& edited,
                                                     const NewValue& value, bool inserted) const {
    const auto* splice = std::get_if<Splice>(&planned);
    if (!splice) return planned;
    const EditError refuse{"edit.unsupported", {}};
    if (splice->offset > bytes_.size() || splice->length > bytes_.size() - splice->offset) return refuse;
    const std::string after = apply_splices(bytes_, {*splice});
    const std::size_t limit = ReadLimits{}.max_bytes;
    if (after.size() > limit && after.size() > bytes_.size())
        return EditError{"edit.too-large", {std::to_string(limit / 1024)}};
    if ((!bytes_.empty() && bytes_.back() == '\n') != (!after.empty() && after.back() == '\n')) return refuse;
    if (bytes_.find('\r') == std::string_view::npos ? after.find('\r') != std::string::npos
                                                    : !has_bare_lf(bytes_) && has_bare_lf(after))
        return refuse;
    ReadResult before_read = read_yaml(bytes_);
    ReadResult after_read = read_yaml(after);
    if (after_read.fatal || reader_findings(after_read) != reader_findings(before_read)) return refuse;
    std::string edited_text = path_text(edited);
    FlatTree after_flat = flatten(after_read.doc);
    if (inserted) {
        // The new item goes; the items after it move back one place; then every node must match.
        close_gap(after_flat, edited);
        edited_text = std::string(1, '\0');  // nothing is left out of the comparison
    }
    if (!same_except(flatten(before_read.doc), after_flat, edited_text)) return refuse;
    YamlEditor reread(after, after_read.doc);
    if (!reads_back(after_read.doc, reread.find(edited), value)) return refuse;
    return planned;
}

std::optional<std::size_t> YamlEditor::comment_line_near(const NodePath& path) const {
    const YamlNode* node = find(path);
    NodePath at = path;
    while (!node && !at.empty()) {  // a key to be added: the mapping it goes into
        at.pop_back();
        node = find(at);
    }
    if (!node) return std::nullopt;
    const YamlNode* key = key_of(at);
    std::size_t from = line_start(std::min<std::size_t>((key ? key : node)->span.start.offset, bytes_.size()));
    std::size_t to = line_end(content_end(*node));
    if (to < bytes_.size()) to = line_end(to + 1);  // and the line after it, where new lines go
    for (std::size_t hash = bytes_.find('#', from); hash != std::string_view::npos && hash < to;
         hash = bytes_.find('#', hash + 1)) {
        if (hash > 0 && std::string_view(" \t\r\n").find(bytes_[hash - 1]) == std::string_view::npos) continue;
        bool in_scalar = false;
        for (const YamlNode& n : doc_.nodes)
            if (n.kind == NodeKind::Scalar && n.span.start.offset <= hash && hash < n.span.end.offset) in_scalar = true;
        if (in_scalar) continue;
        std::size_t line = 1 + static_cast<std::size_t>(std::count(bytes_.begin(), bytes_.begin() + hash, '\n'));
        return line;
    }
    return std::nullopt;
}

std::variant<Splice, EditError> YamlEditor::explained(std::variant<Splice, EditError> result, const NodePath& path) const {
    auto* error = std::get_if<EditError>(&result);
    if (!error || error->message_key != "edit.unsupported") return result;
    if (auto line = comment_line_near(path)) return EditError{"edit.comment", {std::to_string(*line)}};
    return result;
}

std::variant<Splice, EditError> YamlEditor::set(const NodePath& path, const NewValue& value) const {
    if (!value_is_valid_utf8(value)) return EditError{"edit.bad-utf8", {}};
    if (const YamlNode* node = find(path); node && reads_back(doc_, node, value))
        return Splice{node->span.start.offset, 0, ""};  // it says so already: nothing changes
    return explained(verified(plan_set(path, value), path, value), path);
}

std::variant<Splice, EditError> YamlEditor::append(const NodePath& path, const NewValue& item) const {
    const YamlNode* list = find(path);
    NodePath item_path = path;
    if (list && list->kind == NodeKind::Sequence && !list->alias) item_path.emplace_back(list->children.size());
    NewValue whole;  // a new key holds a list of the one item
    if (item_path.size() == path.size()) {
        whole.is_list = true;
        whole.items = {item};
    }
    if (!value_is_valid_utf8(item)) return EditError{"edit.bad-utf8", {}};
    return explained(verified(plan_append(path, item), item_path, item_path.size() == path.size() ? whole : item), path);
}

std::variant<Splice, EditError> YamlEditor::verified_removal(std::variant<Splice, EditError> planned,
                                                             const NodePath& path) const {
    const auto* splice = std::get_if<Splice>(&planned);
    if (!splice) return planned;
    const EditError refuse{"edit.unsupported", {}};
    if (splice->offset > bytes_.size() || splice->length > bytes_.size() - splice->offset) return refuse;
    const std::string after = apply_splices(bytes_, {*splice});
    if ((!bytes_.empty() && bytes_.back() == '\n') != (!after.empty() && after.back() == '\n')) return refuse;
    if (bytes_.find('\r') == std::string_view::npos ? after.find('\r') != std::string::npos
                                                    : !has_bare_lf(bytes_) && has_bare_lf(after))
        return refuse;
    ReadResult before_read = read_yaml(bytes_);
    ReadResult after_read = read_yaml(after);
    if (after_read.fatal || reader_findings(after_read) != reader_findings(before_read)) return refuse;
    FlatTree expected = flatten(before_read.doc);
    if (std::holds_alternative<std::size_t>(path.back())) {
        close_gap(expected, path);
        // The last item of a block list leaves "key: []".
        std::string list = path_text(NodePath(path.begin(), path.end() - 1));
        const YamlNode* parent = find(NodePath(path.begin(), path.end() - 1));
        if (parent && !parent->flow && parent->children.size() == 1)
            for (auto& [where, what] : expected)
                if (where == list) what = "[flow";
    } else {
        std::string key = path_text(path);
        std::erase_if(expected, [&](const auto& entry) { return is_under(entry.first, key); });
    }
    if (flatten(after_read.doc) != expected) return refuse;
    return planned;
}

std::variant<Splice, EditError> YamlEditor::remove(const NodePath& path) const {
    if (!path.empty() && std::holds_alternative<std::size_t>(path.back())) {
        // The last item of a block list under a key takes the key along, when the key can go.
        NodePath list(path.begin(), path.end() - 1);
        const YamlNode* node = find(list);
        if (node && !list.empty() && std::holds_alternative<std::string>(list.back()) &&
            node->kind == NodeKind::Sequence && !node->flow && node->children.size() == 1)
            if (auto whole = verified_removal(plan_remove(list), list); std::holds_alternative<Splice>(whole))
                return whole;
    }
    return explained(verified_removal(plan_remove(path), path), path);
}

std::variant<Splice, EditError> YamlEditor::insert(const NodePath& path, std::size_t index, const NewValue& item) const {
    const YamlNode* list = find(path);
    if (!list || list->alias || list->kind != NodeKind::Sequence || index >= list->children.size())
        return append(path, item);
    if (!value_is_valid_utf8(item)) return EditError{"edit.bad-utf8", {}};
    NodePath item_path = path;
    item_path.emplace_back(index);
    return explained(verified(plan_insert(path, index, item), item_path, item, true), path);
}

}  // namespace pop
