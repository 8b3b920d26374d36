#include <doctest/doctest.h>

#include "pop/edit/new_pop.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

Pop pop_of(const char* yaml) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    return build_pop(read.doc);
}

}  // namespace

TEST_CASE("pop init: the person's options, the file name and the default period") {
    CHECK(new_person_problem({"t.test", "Tess", "", "", "", ""}) == std::nullopt);
    auto missing = new_person_problem({});
    REQUIRE(missing);
    CHECK(missing->args[0].value == list_arg(std::vector<std::string>{"--id", "--name"}));
    CHECK(new_person_problem({"", "Tess", "", "", "", ""})->args[0].value == "--id");
    CHECK(new_person_problem({"T Test", "Tess", "", "", "", ""})->key == "edit.bad-argument");
    CHECK(new_pop_path("", "t.test") == "t.test.pop.yaml");
    CHECK(new_pop_path("team/tess.pop.yaml", "t.test") == "team/tess.pop.yaml");
    CHECK_FALSE(pop_name_problem("team/tess.pop.yaml"));
    CHECK(pop_name_problem("team/tess.yaml")->key == "edit.init.bad-name");
    CHECK(pop_name_problem("a.pop.yaml/notes.txt"));
    Policy policy;
    policy.renewal_years = 1;
    CHECK(default_period_end(Date{2026, 8, 1}, policy) == Date{2027, 7, 31});
}

TEST_CASE("renewal_period: --start or the day after the old period, --end or renewal_years later") {
    Pop old = pop_of("period: {start: 2022-08-01, end: 2026-07-31}\n");
    Policy policy;
    policy.renewal_years = 4;
    Period p = std::get<Period>(renewal_period(old, "", "", policy, "old.pop.yaml"));
    CHECK(p.start == Date{2026, 8, 1});
    CHECK(p.end == Date{2030, 7, 31});
    p = std::get<Period>(renewal_period(old, "2026-09-01", "2027-08-31", policy, "old.pop.yaml"));
    CHECK(p.start == Date{2026, 9, 1});
    CHECK(p.end == Date{2027, 8, 31});
    CHECK(std::get<UsageProblem>(renewal_period(old, "1-9-2026", "", policy, "o")).args[0].value == "--start");
    CHECK(std::get<UsageProblem>(renewal_period(old, "", "morgen", policy, "o")).args[0].value == "--end");
    Pop no_period = pop_of("person: {id: t}\n");
    CHECK(std::get<UsageProblem>(renewal_period(no_period, "", "", policy, "o")).key == "edit.renew.no-period");
}

TEST_CASE("shortened_period: the old POP ends the day before the new one starts") {
    Pop old = pop_of("period: {start: 2022-08-01, end: 2026-07-31}\n");
    CHECK_FALSE(shortened_period(old, Date{2026, 8, 1}));
    auto shorter = shortened_period(old, Date{2026, 7, 1});
    REQUIRE(shorter);
    CHECK(shorter->path == NodePath{std::string("period"), std::string("end")});
    CHECK(shorter->value.scalar == "2026-06-30");
    CHECK_FALSE(shortened_period(pop_of("person: {id: t}\n"), Date{2026, 7, 1}));
}

TEST_CASE("group_skipped sorts the POPs renew --all leaves alone for its summary") {
    std::vector<SkippedRenewal> skipped{{"a.pop.yaml", "a", RenewalSkip::Inactive},
                                        {"b.pop.yaml", "", RenewalSkip::NotDue},
                                        {"c.pop.yaml", "c", RenewalSkip::NoPeriod},
                                        {"d.pop.yaml", "d", RenewalSkip::Newer}};
    SkippedPeople people = group_skipped(skipped);
    CHECK(people.inactive == std::vector<std::string>{"a"});
    CHECK(people.not_due == std::vector<std::string>{"b.pop.yaml"});
    CHECK(people.no_period == std::vector<std::string>{"c.pop.yaml"});
}
