#include "pop/i18n/messages.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "catalog_parts.h"
#include "pop/base/strings.h"
#include "pop/base/text.h"

namespace pop {
namespace {

std::span<const CatalogEntry> part(std::size_t i) {
    using namespace catalog_parts;
    switch (i) {
        case 0: return input();
        case 1: return rules();
        case 2: return reports();
        case 3: return edit();
        case 4: return cli();
        case 5: return help();
        case 6: return man();
        case 7: return lsp();
        case 8: return lsp_fix();
        case 9: return fields();
        case 10: return lsp_hover();
        case 11: return ledger();
        case 12: return hours();
        case 13: return sheet();
        default: return assess();
    }
}
constexpr std::size_t kParts = 15;

std::string substitute(std::string_view text, Lang lang, std::span<const MessageArg> args, ArgText arg_text,
                       std::optional<std::string_view> hash = std::nullopt, int depth = 0);

/// The value of an argument as a whole number, or nullopt when it is not one.
std::optional<long long> whole_number(std::string_view value) {
    long long n = 0;
    const char* first = value.data();
    const char* last = value.data() + value.size();
    auto [ptr, ec] = std::from_chars(first, last, n);
    if (ec != std::errc() || ptr != last || value.empty()) return std::nullopt;
    return n;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

/// The end (index of the matching '}') of the placeholder that opens at `open`, counting nested braces.
std::size_t matching_brace(std::string_view text, std::size_t open) {
    int level = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '{') ++level;
        else if (text[i] == '}' && --level == 0) return i;
    }
    return std::string_view::npos;
}

/// The branch of a plural selector's body ("=0 {..} one {..} other {..}") for the number, or nullopt when malformed.
std::optional<std::string_view> plural_branch(std::string_view body, std::optional<long long> n) {
    std::optional<std::string_view> exact, one, other;
    std::size_t i = 0;
    while (true) {
        while (i < body.size() && body[i] == ' ') ++i;
        if (i == body.size()) break;
        std::size_t open = body.find('{', i);
        if (open == std::string_view::npos) return std::nullopt;
        std::string_view selector = trimmed(body.substr(i, open - i));
        std::size_t close = matching_brace(body, open);
        if (close == std::string_view::npos || selector.empty()) return std::nullopt;
        std::string_view branch = body.substr(open + 1, close - open - 1);
        if (selector.front() == '=') {
            auto wanted = whole_number(selector.substr(1));
            if (!wanted) return std::nullopt;
            if (n && *n == *wanted && !exact) exact = branch;
        } else if (selector == "one") {
            one = branch;
        } else if (selector == "other") {
            other = branch;
        } else {
            return std::nullopt;  // English and Dutch have only `one` and `other` (and exact `=N`)
        }
        i = close + 1;
    }
    if (!other) return std::nullopt;
    if (exact) return exact;
    if (n && *n == 1 && one) return one;
    return other;
}

/// Splits a list argument (items separated by kListSeparator) into its items.
std::vector<std::string> list_items(std::string_view value) {
    std::vector<std::string> items;
    if (value.empty()) return items;
    std::size_t start = 0;
    while (true) {
        std::size_t sep = value.find(kListSeparator, start);
        items.emplace_back(value.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
        if (sep == std::string_view::npos) break;
        start = sep + 1;
    }
    return items;
}

/// The text of an argument on its own: a catalog text when marked `translate`, else the user's words.
std::string plain_value(const MessageArg& arg, Lang lang, ArgText arg_text) {
    if (arg.translate) {
        auto t = message_template(arg.value, lang);
        return std::string(t ? *t : std::string_view(arg.value));
    }
    return arg_text == ArgText::Printable ? printable_text(arg.value) : arg.value;  // user text: no escapes, no line breaks
}

/// A formatted placeholder "{name, type, ...}": plural, distance or list. Nullopt when malformed.
std::optional<std::string> formatted(std::string_view inner, Lang lang, std::span<const MessageArg> args, ArgText arg_text,
                                     int depth) {
    std::size_t comma = inner.find(',');
    std::string_view name = trimmed(inner.substr(0, comma));
    std::string_view rest = inner.substr(comma + 1);
    std::size_t comma2 = rest.find(',');
    std::string_view type = trimmed(rest.substr(0, comma2));
    std::string_view style = comma2 == std::string_view::npos ? std::string_view() : rest.substr(comma2 + 1);
    auto arg = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.name == name; });
    if (arg == args.end()) return std::nullopt;
    if (type == "plural") {
        std::string number = plain_value(*arg, lang, arg_text);
        auto branch = plural_branch(style, whole_number(number));
        if (!branch) return std::nullopt;
        return substitute(*branch, lang, args, arg_text, std::string_view(number), depth + 1);
    }
    if (type == "distance" && trimmed(style).empty()) {
        auto days = whole_number(arg->value);
        if (!days) return std::nullopt;
        return day_distance(*days, lang);
    }
    if (type == "list") {
        std::string_view kind = trimmed(style);
        if (kind != "" && kind != "and" && kind != "or") return std::nullopt;
        std::vector<std::string> items = list_items(arg->value);
        if (arg_text == ArgText::Printable)
            for (std::string& item : items) item = printable_text(item);
        return join_words(items, lang, kind == "or" ? Conjunction::Or : Conjunction::And);
    }
    return std::nullopt;
}

std::string substitute(std::string_view text, Lang lang, std::span<const MessageArg> args, ArgText arg_text,
                       std::optional<std::string_view> hash, int depth) {
    constexpr int kMaxDepth = 8;  // nested selectors deeper than this are left as written
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {  // {{ is a literal brace
            out.push_back('{');
            ++i;
            continue;
        }
        if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            out.push_back('}');
            ++i;
            continue;
        }
        if (c == '#' && hash) {  // the number of the innermost plural selector
            out += *hash;
            continue;
        }
        if (c == '{') {
            std::size_t close = text.find('}', i);
            std::size_t brace = text.find('{', i + 1);
            std::size_t comma = text.find(',', i);
            if (comma < close && comma < brace && depth < kMaxDepth) {  // {name, type, ...}
                std::size_t end = matching_brace(text, i);
                if (end != std::string_view::npos) {
                    auto done = formatted(text.substr(i + 1, end - i - 1), lang, args, arg_text, depth);
                    out += done ? std::string_view(*done) : text.substr(i, end - i + 1);  // malformed: as it stands
                    i = end;
                    continue;
                }
            } else if (close != std::string_view::npos) {
                std::string_view name = text.substr(i + 1, close - i - 1);
                auto arg = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.name == name; });
                if (arg != args.end()) {
                    out += plain_value(*arg, lang, arg_text);
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::vector<CatalogEntry> catalog() {
    std::vector<CatalogEntry> all;
    for (std::size_t i = 0; i < kParts; ++i) all.insert(all.end(), part(i).begin(), part(i).end());
    std::sort(all.begin(), all.end(), [](const CatalogEntry& a, const CatalogEntry& b) { return a.key < b.key; });
    return all;
}

std::string_view lang_tag(Lang lang) {
    switch (lang) {
        case Lang::Nl: return "nl";
        case Lang::NlBe: return "nl-BE";
        case Lang::En: break;
    }
    return "en";
}

std::optional<Lang> parse_lang(std::string_view text) {
    // language [(_|-) region] [.codeset] [@modifier], as in "nl_BE.UTF-8@euro" or "nl-BE"
    std::string name = ascii_lower(text.substr(0, text.find_first_of(".@")));
    std::size_t separator = name.find_first_of("_-");
    std::string_view language = std::string_view(name).substr(0, separator);
    if (separator != std::string::npos && separator + 1 == name.size()) return std::nullopt;  // "nl_"
    if (language == "en") return Lang::En;
    if (language != "nl") return std::nullopt;
    return separator != std::string::npos && name.substr(separator + 1) == "be" ? Lang::NlBe : Lang::Nl;
}

Lang lang_from_locale(std::string_view lc_all, std::string_view lc_messages, std::string_view lang,
                      std::string_view language) {
    std::string_view locale;
    for (std::string_view v : {lc_all, lc_messages, lang}) {
        if (!v.empty()) {
            locale = v;  // the first non-empty one decides, as in POSIX
            break;
        }
    }
    // gettext ignores LANGUAGE in the C locale (also C.UTF-8) and when no locale is set at all.
    bool c_locale = locale.empty() || locale == "POSIX" || locale == "C" || locale.starts_with("C.");
    if (!c_locale && !language.empty()) {
        while (!language.empty()) {
            std::size_t colon = language.find(':');
            if (auto l = parse_lang(language.substr(0, colon))) return *l;
            language = colon == std::string_view::npos ? std::string_view() : language.substr(colon + 1);
        }
        return Lang::En;  // none pop speaks: gettext shows the untranslated (English) text
    }
    return parse_lang(locale).value_or(Lang::En);
}

std::optional<std::string_view> message_template(std::string_view key, Lang lang) {
    for (std::size_t i = 0; i < kParts; ++i) {
        std::span<const CatalogEntry> entries = part(i);
        auto it = std::lower_bound(entries.begin(), entries.end(), key,
                                   [](const CatalogEntry& e, std::string_view k) { return e.key < k; });
        if (it == entries.end() || it->key != key) continue;
        if (lang == Lang::NlBe) {
            std::span<const OverlayEntry> overlay = flemish_overlay();
            auto o = std::lower_bound(overlay.begin(), overlay.end(), key,
                                      [](const OverlayEntry& e, std::string_view k) { return e.key < k; });
            if (o != overlay.end() && o->key == key) return o->text;
        }
        return is_dutch(lang) ? it->nl : it->en;
    }
    return std::nullopt;
}

std::string render_message(std::string_view key, Lang lang, std::span<const MessageArg> args, ArgText text) {
    auto t = message_template(key, lang);
    return t ? substitute(*t, lang, args, text) : std::string(key);
}

std::string render_template(std::string_view text, Lang lang, std::span<const MessageArg> args, ArgText arg_text) {
    return substitute(text, lang, args, arg_text);
}

std::string day_distance(long long days, Lang lang) {
    unsigned long long distance = days < 0 ? 0ULL - static_cast<unsigned long long>(days) : static_cast<unsigned long long>(days);
    MessageArg arg{"days", std::to_string(distance)};
    return render_message(days < 0 ? "days.ago" : "days.ahead", lang, std::span(&arg, 1));
}

std::string join_words(std::span<const std::string> items, Lang lang, Conjunction conjunction) {
    std::string out;
    std::string last = " " + render_message(conjunction == Conjunction::And ? "ui.and" : "ui.or", lang) + " ";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last : std::string(", ");
        out += items[i];
    }
    return out;
}

std::string list_arg(std::span<const std::string> items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += kListSeparator;
        out += items[i];
    }
    return out;
}

std::string finding_message(const Finding& finding, Lang lang) {
    return render_message(finding.message, lang, finding.args);
}

std::string finding_hint(const Finding& finding, Lang lang) {
    std::string key = finding.message + ".hint";
    auto t = message_template(key, lang);
    return t ? substitute(*t, lang, finding.args, ArgText::Printable) : std::string();
}

}  // namespace pop
