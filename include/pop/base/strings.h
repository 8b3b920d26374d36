#pragma once
/// Small string helpers: ASCII lower case, and a list joined with commas.

#include <string>
#include <string_view>

namespace pop {

/// `text` with A-Z turned into a-z; every other byte (UTF-8 too) kept as it is.
std::string ascii_lower(std::string_view text);

/// The items joined with `separator` between them ("a, b, c" by default); empty for no items.
/// Items may be anything a std::string_view can be made of (std::string, std::string_view, const char*).
template <class Range>
std::string join(const Range& items, std::string_view separator = ", ") {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += separator;
        out += std::string_view(item);
        first = false;
    }
    return out;
}

}  // namespace pop
