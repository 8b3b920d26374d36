#pragma once
// The placeholders of a catalog template, as the unit tests of the catalog read them:
// "{name}", "{name, plural, =0 {..} one {..} other {..}}" (and the placeholders inside its branches),
// "{name, distance}" and "{name, list}" / "{name, list, or}".

#include <string>
#include <string_view>
#include <vector>

namespace pop::test {

/// One placeholder of a template: its argument's name and its type ("" for a plain {name}).
struct TemplatePlaceholder {
    std::string name;
    std::string type;      ///< "", "plural", "distance" or "list".
    bool in_parentheses;   ///< Written as "({name})": a bare number after a heading.
};

inline std::string_view trimmed_view(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

inline std::size_t closing_brace(std::string_view text, std::size_t open) {
    int level = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '{') ++level;
        else if (text[i] == '}' && --level == 0) return i;
    }
    return std::string_view::npos;
}

/// Every placeholder of the template, nested ones included, in order.
inline void template_placeholders(std::string_view text, std::vector<TemplatePlaceholder>& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        if (text[i] != '{') continue;
        std::size_t end = closing_brace(text, i);
        if (end == std::string_view::npos) return;
        std::string_view inner = text.substr(i + 1, end - i - 1);
        std::size_t comma = inner.find(',');
        bool parenthesised = i > 0 && text[i - 1] == '(' && end + 1 < text.size() && text[end + 1] == ')';
        if (comma == std::string_view::npos || inner.find('{') < comma) {
            out.push_back({std::string(inner), "", parenthesised});
        } else {
            std::string_view rest = inner.substr(comma + 1);
            std::size_t comma2 = rest.find(',');
            std::string type(trimmed_view(rest.substr(0, comma2)));
            out.push_back({std::string(trimmed_view(inner.substr(0, comma))), type, false});
            if (type == "plural" && comma2 != std::string_view::npos) {
                std::string_view branches = rest.substr(comma2 + 1);
                for (std::size_t b = branches.find('{'); b != std::string_view::npos; b = branches.find('{', b)) {
                    std::size_t close = closing_brace(branches, b);
                    if (close == std::string_view::npos) break;
                    template_placeholders(branches.substr(b + 1, close - b - 1), out);
                    b = close + 1;
                }
            }
        }
        i = end;
    }
}

/// The placeholders of a template as a list.
inline std::vector<TemplatePlaceholder> template_placeholders(std::string_view text) {
    std::vector<TemplatePlaceholder> out;
    template_placeholders(text, out);
    return out;
}

}  // namespace pop::test
