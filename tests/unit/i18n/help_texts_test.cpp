#include <doctest/doctest.h>

#include <string_view>

#include "pop/i18n/messages.h"

using namespace pop;

namespace {

bool is_argument_name(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!(c >= 'A' && c <= 'Z')) return false;
    return true;
}

}  // namespace

TEST_CASE("the names of positional arguments are one uppercase word in both languages") {
    // CLI11 takes the name as the argument's name: no spaces, no dash in front; uppercase reads
    // like the type names of the help (and like GOAL in README.md's usage lines).
    int names = 0;
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.starts_with("cli.arg.")) continue;
        CAPTURE(e.key);
        CHECK(is_argument_name(e.en));
        CHECK(is_argument_name(e.nl));
        ++names;
    }
    CHECK(names >= 10);
    CHECK(render_message("cli.arg.goal", Lang::Nl) == "DOEL");
    CHECK(render_message("cli.arg.goal", Lang::En) == "GOAL");
}

TEST_CASE("every command and subcommand has a one-line description in both languages") {
    for (std::string_view key : {"cli.calendar.help", "cli.check.help", "cli.diff.help", "cli.due.help",
                                 "cli.evidence.help", "cli.evidence.add.help", "cli.evidence.remove.help",
                                 "cli.goal.help", "cli.goal.add.help", "cli.goal.set.help", "cli.goal.status.help",
                                 "cli.init.help", "cli.renew.help", "cli.report.help", "cli.schema.help",
                                 "cli.sign.help", "cli.status.help", "cli.step.help", "cli.step.add.help",
                                 "cli.step.done.help", "cli.step.set.help", "cli.step.remove.help", "cli.talk.help",
                                 "cli.talk.add.help"}) {
        CAPTURE(key);
        auto en = message_template(key, Lang::En);
        auto nl = message_template(key, Lang::Nl);
        REQUIRE(en);
        REQUIRE(nl);
        CHECK(*en != *nl);
        CHECK(en->find('\n') == std::string_view::npos);
        CHECK(nl->find('\n') == std::string_view::npos);
    }
}

TEST_CASE("the Dutch help says veld and exitcode, as a teacher does") {
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.starts_with("cli.")) continue;
        CAPTURE(e.key);
        CHECK(e.nl.find("sleutel") == std::string_view::npos);
        CHECK(e.nl.find("exit-code") == std::string_view::npos);
        CHECK(e.nl.find("exit code") == std::string_view::npos);
    }
}
