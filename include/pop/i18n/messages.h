#pragma once
/// The message catalog: every user-facing text in English and Dutch, looked up by key.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"

namespace pop {

/// The languages `pop` speaks.
enum class Lang : unsigned char { En, Nl };

/// One entry of the catalog.
struct CatalogEntry {
    std::string_view key;  ///< Stable key, e.g. "dates.format" or "dates.format.hint".
    std::string_view en;   ///< English text with {name} placeholders.
    std::string_view nl;   ///< Dutch text with the same placeholders.
};

/// All entries of every part of the catalog, sorted by key (for tests and listings; lookups use message_template).
std::vector<CatalogEntry> catalog();

/// "nl" or "en" (also "nl_NL.UTF-8", "nl-BE", "en_US"); nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view text);

/// The language from the environment's values, in POSIX order: LC_ALL, then LC_MESSAGES, then LANG.
/// Empty values are skipped; the default is English.
Lang lang_from_locale(std::string_view lc_all, std::string_view lc_messages, std::string_view lang);

/// The template for a key, or nullopt when the catalog has no such key.
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
