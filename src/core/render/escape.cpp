#include "pop/render/escape.h"

#include <fmt/format.h>

#include "pop/base/text.h"
#include "pop/base/utf8.h"

namespace pop {

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += attribute ? "&quot;" : "\""; break;
                case '\'': out += attribute ? "&apos;" : "'"; break;
                // Allowed in XML 1.0, but a parser would turn them into spaces in an attribute,
                // and CR into LF anywhere: character references keep them.
                case '\t': out += attribute ? "&#9;" : "\t"; break;
                case '\n': out += attribute ? "&#10;" : "\n"; break;
                case '\r': out += "&#13;"; break;
                default: out.push_back(c < 0x20 ? '?' : static_cast<char>(c));  // other C0 controls: not XML
            }
            ++i;
            continue;
        }
        // Keep a valid UTF-8 sequence unless it encodes U+FFFE or U+FFFF (not XML); an invalid byte is one '?'.
        utf8::Decoded d = utf8::decode(text, i);
        if (d.length == 0) {
            out.push_back('?');
            ++i;
        } else {
            if (d.code_point == 0xFFFE || d.code_point == 0xFFFF) out.push_back('?');
            else out.append(text.substr(i, d.length));
            i += d.length;
        }
    }
    return out;
}

std::string sarif_uri(std::string_view path) {
    std::string out;
    if (!path.empty() && path.front() == '/') out = "file://";
    for (unsigned char c : path) {
        bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) out.push_back(static_cast<char>(c));
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

std::string html_escape(std::string_view text, bool keep_line_breaks) {
    std::string out;
    std::size_t from = 0;
    while (true) {
        std::size_t nl = keep_line_breaks ? text.find('\n', from) : std::string_view::npos;
        std::string clean = printable_text(text.substr(from, nl == std::string_view::npos ? nl : nl - from));
        for (char c : clean) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                case '\'': out += "&#39;"; break;
                default: out.push_back(c);
            }
        }
        if (nl == std::string_view::npos) break;
        out += '\n';
        from = nl + 1;
    }
    return out;
}

std::string html_code_spans(std::string_view escaped) {
    std::string out;
    bool open = false;
    for (char c : escaped) {
        if (c == '`') {
            out += open ? "</code>" : "<code>";
            open = !open;
        } else {
            out.push_back(c);
        }
    }
    if (open) out += "</code>";
    return out;
}

}  // namespace pop
