#include <doctest/doctest.h>

#include "pop/edit/arguments.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

const FieldSpec& goal_field(std::string_view key) {
    return *find_field(*find_field(spec_for(FileKind::Pop), "goals")->type.object, key);
}

std::string arg(const UsageProblem& p, std::string_view name, bool detail = true) {
    for (const MessageArg& a : detail ? p.detail_args : p.args)
        if (a.name == name) return a.value;
    return "(none)";
}

}  // namespace

TEST_CASE("date_from_argument: a date, or a problem that names the option and the fix") {
    auto good = date_from_argument("--on", "2026-02-28");
    REQUIRE(std::holds_alternative<Date>(good));
    CHECK(std::get<Date>(good).to_string() == "2026-02-28");

    auto dutch = date_from_argument("--on", "1-8-2025");
    REQUIRE(std::holds_alternative<UsageProblem>(dutch));
    const UsageProblem& p = std::get<UsageProblem>(dutch);
    CHECK(p.key == "edit.bad-argument");
    CHECK(arg(p, "option", false) == "--on");
    CHECK(p.detail_key == "dates.format.suggest");
    CHECK(arg(p, "suggestion") == "2025-08-01");

    auto day = date_from_argument("--on", "2025-02-30");
    REQUIRE(std::holds_alternative<UsageProblem>(day));
    CHECK(std::get<UsageProblem>(day).detail_key == "dates.invalid.day");
    CHECK(arg(std::get<UsageProblem>(day), "days") == "28");
    CHECK(std::get<UsageProblem>(date_from_argument("--on", "2025-13-01")).detail_key == "dates.invalid.month");
    CHECK(std::get<UsageProblem>(date_from_argument("--on", "morgen")).detail_key == "dates.format");
}

TEST_CASE("id, number and choice problems") {
    CHECK_FALSE(id_problem("--id", "lezen-1"));
    CHECK(id_problem("--id", "Lezen 1")->detail_key == "structure.id");
    CHECK_FALSE(number_problem("--hours", "12.5"));
    for (const char* bad : {"", "1.2.3", ".5", "5.", "-3", "tien"})
        CHECK(number_problem("--hours", bad)->detail_key == "structure.type.number");
    std::span<const Choice> statuses = goal_field("status").type.choices;
    CHECK_FALSE(choice_problem("--status", "achieved", statuses));
    auto typo = choice_problem("--status", "achieve", statuses);
    REQUIRE(typo);
    CHECK(typo->detail_key == "structure.enum.suggest");
    CHECK(arg(*typo, "suggestion") == "achieved");
    auto dutch = choice_problem("--status", "behaald", statuses);
    REQUIRE(dutch);
    CHECK(arg(*dutch, "suggestion") == "achieved");
    CHECK(choice_problem("--status", "xyzzy-foo", statuses)->detail_key == "structure.enum");
}

TEST_CASE("choice problems name the English value of a Dutch word, and of a misspelt one") {
    std::span<const Choice> statuses = goal_field("status").type.choices;
    for (auto [written, meant] : {std::pair{"klaar", "achieved"}, std::pair{"Afgerond", "achieved"},
                                  std::pair{"gepland", "planned"}, std::pair{"bezig", "active"},
                                  std::pair{"in uitvoering", "active"}, std::pair{"gestopt", "dropped"},
                                  std::pair{"gepauzeerd", "paused"}, std::pair{"klaarr", "achieved"}}) {
        CAPTURE(written);
        auto p = choice_problem("status", written, statuses);
        REQUIRE(p);
        CHECK(p->detail_key == "structure.enum.suggest");
        CHECK(arg(*p, "suggestion") == meant);
    }
    // A list of methods: every item is checked, and a Dutch one gets its English value.
    auto methods = field_value("methods", goal_field("methods"), "coaching, intervisie");
    REQUIRE(std::holds_alternative<UsageProblem>(methods));
    const UsageProblem& p = std::get<UsageProblem>(methods);
    CHECK(arg(p, "value") == "intervisie");
    CHECK(arg(p, "suggestion") == "intervision");
    CHECK(render_message(p.detail_key + ".hint", Lang::Nl, p.detail_args).starts_with("bedoel je `intervision`? (één van: "));
    CHECK(render_message(p.detail_key + ".hint", Lang::En, p.detail_args).starts_with("did you mean `intervision`? (one of: "));
    auto learning = choice_problem("learning", "informele", goal_field("learning").type.choices);
    REQUIRE(learning);
    CHECK(arg(*learning, "suggestion") == "informal");
    // A goal's competence is an area id of the policy's framework: any id passes here (the edit's
    // check, competence.area, knows the framework), a name with spaces does not.
    CHECK(std::holds_alternative<NewValue>(field_value("--competence", goal_field("competence"), "educator")));
    CHECK(std::holds_alternative<UsageProblem>(field_value("--competence", goal_field("competence"), "pedagogisch bekwaam")));
}

TEST_CASE("split_list and without_leading_zeros") {
    CHECK(split_list("a, b c,,d") == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(split_list(" ").empty());
    CHECK(without_leading_zeros("020") == "20");
    CHECK(without_leading_zeros("0.5") == "0.5");
    CHECK(without_leading_zeros("00.5") == "0.5");
    CHECK(without_leading_zeros("000") == "0");
    CHECK(without_leading_zeros("7") == "7");
}

TEST_CASE("field_value converts command-line text by the field's type") {
    auto date = field_value("--start", goal_field("start"), "2026-01-05");
    REQUIRE(std::holds_alternative<NewValue>(date));
    CHECK(std::get<NewValue>(date).scalar == "2026-01-05");

    const FieldSpec& hours = *find_field(*goal_field("realistic").type.object, "hours");
    auto number = field_value("--hours", hours, "020");
    REQUIRE(std::holds_alternative<NewValue>(number));
    CHECK(std::get<NewValue>(number).scalar == "20");
    CHECK(std::get<NewValue>(number).verbatim);

    auto boolean = field_value("private", goal_field("private"), "yes");
    REQUIRE(std::holds_alternative<UsageProblem>(boolean));
    CHECK(std::get<UsageProblem>(boolean).detail_key == "structure.type.boolean");
    CHECK(std::get<NewValue>(field_value("private", goal_field("private"), "true")).scalar == "true");

    auto methods = field_value("methods", goal_field("methods"), "coaching, training");
    REQUIRE(std::holds_alternative<NewValue>(methods));
    CHECK(std::get<NewValue>(methods).items.size() == 2);

    auto bad_status = field_value("status", goal_field("status"), "klaar");
    CHECK(std::holds_alternative<UsageProblem>(bad_status));
    CHECK(std::get<NewValue>(field_value("title", goal_field("title"), "Lezen")).scalar == "Lezen");
}

TEST_CASE("shown_value keeps a value on one line and short") {
    CHECK(shown_value("twee\nregels  hier ") == "twee regels hier");
    std::string long_text(70, 'a');
    CHECK(shown_value(long_text) == std::string(60, 'a') + "...");
    CHECK(shown_value(std::string(60, 'e') + "é") == std::string(60, 'e') + "...");
}
