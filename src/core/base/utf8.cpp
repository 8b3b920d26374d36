#include "pop/base/utf8.h"

namespace pop::utf8 {

bool is_valid(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = decode(text, i).length;
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    if (count(text) <= max_chars) return std::string(text);
    return std::string(prefix(text, max_chars - 1)) + "…";
}

}  // namespace pop::utf8
