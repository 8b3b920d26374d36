#pragma once
/// The message catalog: every user-facing text in English and Dutch, looked up by key; Flemish
/// (nl-BE) is the Dutch text with an overlay where Flemish wording differs.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"

namespace pop {

/// The languages `pop` speaks: English, Dutch as in the Netherlands, and Flemish (Dutch as in Belgium).
enum class Lang : unsigned char { En, Nl, NlBe };

/// True for Dutch and Flemish: every output that has one Dutch form (rule descriptions, Dutch words) uses it for both.
constexpr bool is_dutch(Lang lang) { return lang == Lang::Nl || lang == Lang::NlBe; }

/// The language's tag for machine output: "en", "nl" or "nl-BE" (JSON "lang", HTML lang).
std::string_view lang_tag(Lang lang);

/// One entry of the catalog.
struct CatalogEntry {
    std::string_view key;  ///< Stable key, e.g. "dates.format" or "dates.format.hint".
    std::string_view en;   ///< English text with {name} placeholders.
    std::string_view nl;   ///< Dutch text with the same placeholders.
};

/// One entry of the Flemish overlay: the nl-BE text of a key whose Flemish wording differs from the Dutch.
struct OverlayEntry {
    std::string_view key;   ///< A key of the catalog.
    std::string_view text;  ///< The Flemish text, with the same placeholders as the Dutch.
};

/// All entries of every part of the catalog, sorted by key (for tests and listings; lookups use message_template).
std::vector<CatalogEntry> catalog();

/// The Flemish overlay (src/core/i18n/catalog_nl_be.cpp), sorted by key.
std::span<const OverlayEntry> flemish_overlay();

/// A language tag or locale name: "nl", "nl-NL", "nl_NL.UTF-8" give Dutch; "nl-BE", "nl_BE",
/// "nl_BE.UTF-8", "nl_BE@euro" give Flemish; "en", "en_US" give English (case does not matter);
/// nullopt for anything else ("C", "de", "nlx").
std::optional<Lang> parse_lang(std::string_view text);

/// The language from the environment's values, as gettext decides it. The locale is the first
/// non-empty one of LC_ALL, LC_MESSAGES and LANG; when it is set and not the C locale ("C",
/// "C.UTF-8", "POSIX"), a non-empty LANGUAGE (a priority list such as "nl_BE:nl:en") decides: its
/// first entry pop speaks, or English when it names none. Otherwise the locale decides; the
/// default is English.
Lang lang_from_locale(std::string_view lc_all, std::string_view lc_messages, std::string_view lang,
                      std::string_view language);

/// The template for a key, or nullopt when the catalog has no such key. Flemish takes the overlay's
/// text where it has one, else the Dutch.
std::optional<std::string_view> message_template(std::string_view key, Lang lang);

/// How a message takes in the user's own words (the arguments not marked `translate`).
enum class ArgText : unsigned char {
    Printable,  ///< Through printable_text: no terminal escapes, no line breaks (terminal, JSON, CI output).
    Verbatim,   ///< As they are, for an output that escapes text itself (iCalendar keeps line breaks).
};

/// The text of a key with its placeholders filled in; an unknown key renders as the key itself.
/// A template writes "{name}" for an argument ("{{" and "}}" are literal braces) and, ICU MessageFormat style:
///   "{n, plural, =0 {no errors} one {# error} other {# errors}}"  a branch by number (`#` is the number;
///                                           `=N` matches exactly and wins; `one` is 1; `other` is required),
///   "{days, distance}"                      a day distance from today, as day_distance writes it,
///   "{names, list}" or "{choices, list, or}" the items of a list_arg joined as join_words does.
/// A branch may hold placeholders of its own; a malformed placeholder is written as it stands.
std::string render_message(std::string_view key, Lang lang, std::span<const MessageArg> args = {},
                           ArgText text = ArgText::Printable);

/// A template's text filled in as render_message fills in a catalog template (for tests and tools).
std::string render_template(std::string_view text, Lang lang, std::span<const MessageArg> args = {},
                            ArgText arg_text = ArgText::Printable);

/// "today", "tomorrow", "in 3 days", "yesterday", "3 days ago" (and in Dutch) for a number of days from today.
std::string day_distance(long long days, Lang lang);

/// How the last two items of a list are joined.
enum class Conjunction : unsigned char {
    And,  ///< "A, B and C" / "A, B en C": all of them.
    Or,   ///< "A, B or C" / "A, B of C": a choice.
};

/// The items as a sentence writes them: "A", "A and B", "A, B and C" (no comma before the conjunction).
std::string join_words(std::span<const std::string> items, Lang lang, Conjunction conjunction);

/// Separates the items of a list argument (a control character, never in the user's own words once printable).
inline constexpr char kListSeparator = '\x1f';

/// The value of a list argument for a "{name, list}" placeholder: the items kept apart until the language is known.
std::string list_arg(std::span<const std::string> items);

/// The text of a finding's message.
std::string finding_message(const Finding& finding, Lang lang);

/// The text of a finding's hint, or empty when its message has none.
std::string finding_hint(const Finding& finding, Lang lang);

}  // namespace pop
