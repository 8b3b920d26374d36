#include <doctest/doctest.h>

#include <set>

#include "i18n/template_parts.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

/// The names of a template's arguments, with the type of each ("goal", "n:plural").
std::set<std::string> placeholders(std::string_view text) {
    std::set<std::string> out;
    for (const test::TemplatePlaceholder& p : test::template_placeholders(text))
        out.insert(p.type.empty() ? p.name : p.name + ":" + p.type);
    return out;
}

}  // namespace

TEST_CASE("every catalog entry has English and Dutch with the same placeholders") {
    std::string_view previous;
    for (const CatalogEntry& e : catalog()) {
        CAPTURE(e.key);
        CHECK_FALSE(e.en.empty());
        CHECK_FALSE(e.nl.empty());
        CHECK(placeholders(e.en) == placeholders(e.nl));
        CHECK(previous < e.key);  // sorted and unique, so lookups can bisect
        previous = e.key;
    }
}

TEST_CASE("every hint belongs to a message") {
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.ends_with(".hint")) continue;
        CAPTURE(e.key);
        CHECK(message_template(e.key.substr(0, e.key.size() - 5), Lang::En));
    }
}

TEST_CASE("rendering substitutes arguments, translates marked ones, and keeps user text as written") {
    std::vector<MessageArg> args{{"field", "title"}, {"value", "{x}"}, {"found", "kind.list", true}};
    CHECK(render_message("structure.type.text", Lang::En, args) == "`title` should be text, but `{x}` is read as a list");
    CHECK(render_message("structure.type.text", Lang::Nl, args) ==
          "`title` moet tekst zijn, maar `{x}` wordt gelezen als een lijst");
    CHECK(render_message("no.such.key", Lang::En, args) == "no.such.key");
    CHECK(render_message("smarti.realistic.hours.hint", Lang::En, {}) ==
          "estimate the clock hours the goal needs, e.g. `realistic: {hours: 20}`");
}

TEST_CASE("finding hints come from the message key plus .hint") {
    Finding f = make_finding(rule::dates_format, Mark{}, "dates.format.suggest", {{"value", "1-8-2025"}, {"suggestion", "2025-08-01"}});
    CHECK(finding_message(f, Lang::Nl) == "`1-8-2025` is geen datum in de vorm JJJJ-MM-DD");
    CHECK(finding_hint(f, Lang::Nl) == "schrijf 2025-08-01");
    Finding no_hint = make_finding(rule::yaml_complex_key, Mark{}, "yaml.complex-key");
    CHECK(finding_hint(no_hint, Lang::En).empty());
}

TEST_CASE("the language comes from --lang or the locale, in POSIX order") {
    CHECK(parse_lang("nl") == Lang::Nl);
    CHECK(parse_lang("nl_BE.UTF-8") == Lang::Nl);
    CHECK(parse_lang("en_US") == Lang::En);
    CHECK_FALSE(parse_lang("de"));
    CHECK_FALSE(parse_lang("nlx"));
    CHECK(lang_from_locale("", "", "nl_NL.UTF-8") == Lang::Nl);
    CHECK(lang_from_locale("C", "", "nl_NL.UTF-8") == Lang::En);  // LC_ALL wins
    CHECK(lang_from_locale("", "nl_BE", "en_GB") == Lang::Nl);
    CHECK(lang_from_locale("", "", "") == Lang::En);
}

TEST_CASE("user text goes into a message printable by default, or verbatim for outputs that escape it themselves") {
    std::vector<MessageArg> args{{"text", "twee\nregels\x1b"}, {"person", "jan"}};
    CHECK(render_message("calendar.step", Lang::En, args) == "Step: twee?regels? (jan)");
    CHECK(render_message("calendar.step", Lang::En, args, ArgText::Verbatim) == "Step: twee\nregels\x1b (jan)");
    std::vector<MessageArg> translated{{"kind", "conversation.start", true}, {"person", "jan"}};
    CHECK(render_message("calendar.conversation", Lang::Nl, translated, ArgText::Verbatim) ==
          "Gesprek (gepland): startgesprek (jan)");
    CHECK(render_message("no.such.key", Lang::En, args, ArgText::Verbatim) == "no.such.key");
}
