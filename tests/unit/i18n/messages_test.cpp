#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("a language tag or locale name gives Dutch, Flemish or English") {
    CHECK(parse_lang("nl") == Lang::Nl);
    CHECK(parse_lang("nl_NL.UTF-8") == Lang::Nl);
    CHECK(parse_lang("nl-NL") == Lang::Nl);
    CHECK(parse_lang("nl_SR") == Lang::Nl);  // Dutch outside Belgium is Dutch
    CHECK(parse_lang("nl-BE") == Lang::NlBe);
    CHECK(parse_lang("nl_BE") == Lang::NlBe);
    CHECK(parse_lang("nl_BE.UTF-8") == Lang::NlBe);
    CHECK(parse_lang("nl_BE@euro") == Lang::NlBe);
    CHECK(parse_lang("nl-be") == Lang::NlBe);
    CHECK(parse_lang("NL_be.utf8") == Lang::NlBe);
    CHECK(parse_lang("en_US") == Lang::En);
    CHECK(parse_lang("en") == Lang::En);
    CHECK_FALSE(parse_lang("de"));
    CHECK_FALSE(parse_lang("fr_BE"));
    CHECK_FALSE(parse_lang("nlx"));
    CHECK_FALSE(parse_lang("nl_"));
    CHECK_FALSE(parse_lang("C"));
    CHECK_FALSE(parse_lang("C.UTF-8"));
    CHECK_FALSE(parse_lang(""));
}

TEST_CASE("the language comes from the locale, in POSIX order") {
    CHECK(lang_from_locale("", "", "nl_NL.UTF-8", "") == Lang::Nl);
    CHECK(lang_from_locale("", "", "nl_BE.UTF-8", "") == Lang::NlBe);
    CHECK(lang_from_locale("C", "", "nl_NL.UTF-8", "") == Lang::En);  // LC_ALL wins
    CHECK(lang_from_locale("", "nl_BE", "en_GB", "") == Lang::NlBe);  // then LC_MESSAGES
    CHECK(lang_from_locale("", "", "de_DE.UTF-8", "") == Lang::En);   // a language pop does not speak
    CHECK(lang_from_locale("", "", "", "") == Lang::En);
}

TEST_CASE("LANGUAGE decides as in gettext: its first entry pop speaks, unless the locale is C") {
    CHECK(lang_from_locale("", "", "en_US.UTF-8", "nl_BE:nl") == Lang::NlBe);
    CHECK(lang_from_locale("", "", "en_US.UTF-8", "nl") == Lang::Nl);
    CHECK(lang_from_locale("", "", "nl_BE.UTF-8", "nl") == Lang::Nl);  // LANGUAGE beats the locale
    CHECK(lang_from_locale("", "", "nl_NL.UTF-8", "en:nl") == Lang::En);
    CHECK(lang_from_locale("", "", "en_US.UTF-8", "fr_BE:de:nl_BE:en") == Lang::NlBe);  // skips what pop does not speak
    CHECK(lang_from_locale("", "", "en_US.UTF-8", "::nl") == Lang::Nl);                  // and empty entries
    CHECK(lang_from_locale("", "", "nl_NL.UTF-8", "fr:de") == Lang::En);  // none pop speaks: untranslated
    CHECK(lang_from_locale("nl_BE.UTF-8", "C", "C", "nl") == Lang::Nl);    // the locale is LC_ALL's
    // The C locale, whichever variable sets it, makes gettext ignore LANGUAGE.
    CHECK(lang_from_locale("", "", "C", "nl") == Lang::En);
    CHECK(lang_from_locale("", "", "C.UTF-8", "nl_BE") == Lang::En);
    CHECK(lang_from_locale("", "", "POSIX", "nl") == Lang::En);
    CHECK(lang_from_locale("C", "", "nl_NL.UTF-8", "nl") == Lang::En);
    CHECK(lang_from_locale("", "C", "nl_NL.UTF-8", "nl") == Lang::En);
    CHECK(lang_from_locale("", "", "", "nl") == Lang::En);  // no locale at all is C too
    CHECK(lang_from_locale("", "", "nl_BE.UTF-8", "") == Lang::NlBe);  // an empty LANGUAGE is not set
}

TEST_CASE("Flemish and Dutch are both Dutch; the tag names the region") {
    CHECK(is_dutch(Lang::Nl));
    CHECK(is_dutch(Lang::NlBe));
    CHECK_FALSE(is_dutch(Lang::En));
    CHECK(lang_tag(Lang::En) == "en");
    CHECK(lang_tag(Lang::Nl) == "nl");
    CHECK(lang_tag(Lang::NlBe) == "nl-BE");
}

TEST_CASE("the Flemish overlay: catalog keys, the Dutch placeholders, other words than the Dutch") {
    std::vector<CatalogEntry> all = catalog();
    CHECK_FALSE(flemish_overlay().empty());
    std::string_view previous;
    for (const OverlayEntry& o : flemish_overlay()) {
        CAPTURE(o.key);
        CHECK(previous < o.key);  // sorted and unique, so lookups can bisect
        previous = o.key;
        auto base = std::find_if(all.begin(), all.end(), [&](const CatalogEntry& e) { return e.key == o.key; });
        REQUIRE(base != all.end());
        CHECK(placeholders(o.text) == placeholders(base->nl));
        CHECK(o.text != base->nl);
        CHECK(message_template(o.key, Lang::NlBe) == o.text);
        CHECK(message_template(o.key, Lang::Nl) == base->nl);
    }
}

TEST_CASE("Flemish takes the overlay where it has one, and the Dutch text everywhere else") {
    std::vector<MessageArg> kind{{"kind", "conversation.appraisal", true}, {"person", "jan"}};
    CHECK(render_message("calendar.conversation", Lang::Nl, kind) == "Gesprek (gepland): beoordelingsgesprek (jan)");
    CHECK(render_message("calendar.conversation", Lang::NlBe, kind) == "Gesprek (gepland): evaluatiegesprek (jan)");
    CHECK(message_template("edit.ask.role", Lang::NlBe) == "Functie (bijv. leerkracht Engels):");
    CHECK(message_template("ui.severity.error", Lang::NlBe) == "fout");  // not in the overlay: Dutch
    CHECK(message_template("ui.severity.error", Lang::NlBe) == message_template("ui.severity.error", Lang::Nl));
    CHECK_FALSE(message_template("no.such.key", Lang::NlBe));
    CHECK(render_message("no.such.key", Lang::NlBe) == "no.such.key");
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
