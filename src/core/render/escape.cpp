#include "pop/render/escape.h"

#include <fmt/format.h>

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
        // Keep a valid UTF-8 sequence unless it encodes U+FFFE or U+FFFF; anything else is one '?'.
        std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len > 0 && i + len <= text.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (ok && len == 3) {
            auto c1 = static_cast<unsigned char>(text[i + 1]);
            auto c2 = static_cast<unsigned char>(text[i + 2]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogates
            if (ok && c == 0xEF && c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)) {  // U+FFFE, U+FFFF: not XML
                out.push_back('?');
                i += 3;
                continue;
            }
        }
        if (ok && len == 4) {
            auto c1 = static_cast<unsigned char>(text[i + 1]);
            ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (ok) {
            out.append(text.substr(i, len));
            i += len;
        } else {
            out.push_back('?');
            ++i;
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

}  // namespace pop
