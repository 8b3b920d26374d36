#include "pop/i18n/messages.h"

#include <algorithm>
#include <array>

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
        default: return help();
    }
}
constexpr std::size_t kParts = 6;

std::string substitute(std::string_view text, Lang lang, std::span<const MessageArg> args, ArgText arg_text) {
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
        if (c == '{') {
            std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = text.substr(i + 1, close - i - 1);
                auto arg = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.name == name; });
                if (arg != args.end()) {
                    if (arg->translate) {
                        auto t = message_template(arg->value, lang);
                        out += t ? *t : std::string_view(arg->value);
                    } else if (arg_text == ArgText::Printable) {
                        out += printable_text(arg->value);  // user text: no terminal escapes, no line breaks
                    } else {
                        out += arg->value;
                    }
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

std::string finding_message(const Finding& finding, Lang lang) {
    return render_message(finding.message, lang, finding.args);
}

std::string finding_hint(const Finding& finding, Lang lang) {
    std::string key = finding.message + ".hint";
    auto t = message_template(key, lang);
    return t ? substitute(*t, lang, finding.args, ArgText::Printable) : std::string();
}

}  // namespace pop
