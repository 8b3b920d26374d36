#include "pop/base/text.h"

#include "pop/base/utf8.h"

namespace pop {

std::string printable_text(std::string_view line) {
    // Valid UTF-8 is kept; invalid bytes and control characters become '?', a tab one space,
    // so that the caret below still lines up (the reader counts a tab as one column).
    std::string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x80) {
            out.push_back(c == '\t' ? ' ' : (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c));
            ++i;
            continue;
        }
        utf8::Decoded d = utf8::decode(line, i);
        if (d.length == 0) {
            out.push_back('?');
            ++i;
        } else if (d.code_point == 0xFEFF) {
            out.push_back('?');  // a stray byte order mark is invisible; show where it is
            i += d.length;
        } else {
            out.append(line.substr(i, d.length));
            i += d.length;
        }
    }
    return out;
}

bool is_blank_text(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ++i;
            continue;
        }
        utf8::Decoded d = utf8::decode(text, i);  // the reader has already checked the encoding
        if (d.length <= 1) return false;
        char32_t cp = d.code_point;
        bool space = cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
                     cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
        if (!space) return false;
        i += d.length;
    }
    return true;
}

}  // namespace pop
