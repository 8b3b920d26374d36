// Unit tests for the people's states in the team report (none, expired, current, current with
// errors) and for values that fail the structure check: left out of every total, and counted.
#include <doctest/doctest.h>

#include <map>

#include "pop/reports/report.h"
#include "models_from_text.h"
#include "pop/workspace/check_file.h"

using namespace pop;
using pop::test::parse_pop;
using pop::test::parse_roster;

namespace {

const Date kToday{2026, 11, 22};

// A POP of `id` for the period, with one goal whose realistic part and methods are given as written.
std::string pop_text(const std::string& id, const std::string& start, const std::string& end,
                     const std::string& hours, const std::string& budget, const std::string& methods,
                     const std::string& extra = "") {
    return "format_version: 1\nperson:\n  id: " + id + "\n  name: Naam " + id + "\n  team: onderbouw\nperiod:\n  start: " +
           start + "\n  end: " + end + "\ngoals:\n  - id: doel\n    title: Een doel\n    status: active\n" +
           "    realistic:\n      hours: " + hours + "\n      budget: " + budget + "\n    methods: " + methods + "\n" +
           extra;
}

std::map<std::string, PersonRow> rows_of(const TeamReportBuilder& builder) {
    std::map<std::string, PersonRow> rows;
    builder.each([&](const PersonRow& row) { rows[row.id] = row; });
    return rows;
}

}  // namespace

TEST_CASE("pop_state_word: stable English words for JSON") {
    CHECK(pop_state_word(PopState::None) == "none");
    CHECK(pop_state_word(PopState::Expired) == "expired");
    CHECK(pop_state_word(PopState::Current) == "current");
    CHECK(pop_state_word(PopState::CurrentWithErrors) == "current_with_errors");
}

TEST_CASE("TeamReportBuilder: no POP yet, expired on the latest end, current, current with errors") {
    Roster roster = parse_roster("format_version: 1\nstaff:\n"
                              "  - { id: d.nooit, name: Daan Nooit }\n"
                              "  - { id: e.oud, name: Eva Oud }\n"
                              "  - { id: f.goed, name: Fleur Goed }\n"
                              "  - { id: g.fout, name: Gijs Fout }\n"
                              "  - { id: h.later, name: Hans Later }\n");
    Policy policy;
    TeamReportBuilder builder;
    // Two expired POPs of e.oud: the latest end counts.
    builder.add(summarize_for_team(parse_pop(pop_text("e.oud", "2020-08-01", "2022-07-31", "10", "0", "[course]")),
                                   policy, kToday, "e1.pop.yaml"));
    builder.add(summarize_for_team(parse_pop(pop_text("e.oud", "2022-08-01", "2026-07-31", "10", "0", "[course]")),
                                   policy, kToday, "e2.pop.yaml"));
    builder.add(summarize_for_team(parse_pop(pop_text("f.goed", "2025-08-01", "2027-07-31", "10", "0", "[course]")),
                                   policy, kToday, "f.pop.yaml"));
    PersonSummary with_errors =
        summarize_for_team(parse_pop(pop_text("g.fout", "2025-08-01", "2027-07-31", "10", "0", "[course]")), policy,
                           kToday, "g.pop.yaml");
    with_errors.errors = 2;  // set by whoever checked the file
    builder.add(with_errors);
    // A POP that has not started yet is neither current nor expired.
    builder.add(summarize_for_team(parse_pop(pop_text("h.later", "2027-08-01", "2029-07-31", "10", "0", "[course]")),
                                   policy, kToday, "h.pop.yaml"));
    builder.finish(&roster, nullptr, kToday);
    std::map<std::string, PersonRow> rows = rows_of(builder);
    CHECK(rows["d.nooit"].state == PopState::None);
    CHECK_FALSE(rows["d.nooit"].expired_on);
    CHECK(rows["e.oud"].state == PopState::Expired);
    REQUIRE(rows["e.oud"].expired_on);
    CHECK(*rows["e.oud"].expired_on == Date{2026, 7, 31});
    CHECK(rows["f.goed"].state == PopState::Current);
    CHECK(rows["f.goed"].errors == 0);
    CHECK(rows["g.fout"].state == PopState::CurrentWithErrors);
    CHECK(rows["g.fout"].errors == 2);
    CHECK(rows["h.later"].state == PopState::None);
}

TEST_CASE("summarize_for_team leaves values out that fail the structure check, and marks them") {
    Policy policy;
    SUBCASE("hours: 12,5 and an unknown method") {
        PersonSummary s = summarize_for_team(
            parse_pop(pop_text("g.fout", "2025-08-01", "2027-07-31", "12,5", "300", "[intervisie, coaching]")), policy,
            kToday, "g.pop.yaml");
        CHECK(s.invalid.hours);
        CHECK(s.hours_per_year == 0);
        CHECK_FALSE(s.invalid.budget);
        CHECK(s.budget_per_year == doctest::Approx(150));  // 300 euros over two years
        CHECK(s.invalid.methods);
        REQUIRE(s.goal_facts.size() == 1);
        CHECK(s.goal_facts[0].methods == std::vector<std::string>{"coaching"});
    }
    SUBCASE("a budget that is text, a kind of learning and a competence area not in the spec") {
        PersonSummary s = summarize_for_team(
            parse_pop(pop_text("g.fout", "2025-08-01", "2027-07-31", "20", "€ 2.450", "[coaching]",
                            "    learning: cursus\n    competence: didactiek\n")),
            policy, kToday, "g.pop.yaml");
        CHECK_FALSE(s.invalid.hours);
        CHECK(s.hours_per_year == doctest::Approx(10));
        CHECK(s.invalid.budget);
        CHECK(s.budget_per_year == 0);
        CHECK(s.invalid.learning);
        CHECK(s.invalid.competence);
        CHECK_FALSE(s.invalid.methods);
        REQUIRE(s.goal_facts.size() == 1);
        CHECK(s.goal_facts[0].learning.empty());
        CHECK(s.goal_facts[0].competence.empty());
    }
    SUBCASE("valid values are kept") {
        PersonSummary s = summarize_for_team(
            parse_pop(pop_text("f.goed", "2025-08-01", "2027-07-31", "25", "450", "[course, intervision]",
                            "    learning: formal\n    competence: subject_didactics\n")),
            policy, kToday, "f.pop.yaml");
        CHECK_FALSE(s.invalid.any());
        CHECK(s.hours_per_year == doctest::Approx(12.5));
        CHECK(s.budget_per_year == doctest::Approx(225));
        CHECK(s.goal_facts[0].methods == std::vector<std::string>{"course", "intervision"});
        CHECK(s.goal_facts[0].learning == "formal");
    }
}

TEST_CASE("TeamReportBuilder: invalid values count in no total, and the totals say how many POPs were left out") {
    Policy policy;
    policy.hours_per_year = 80;
    policy.budget_per_year = 650;
    policy.min_group_size = 1;  // no group is too small here: the counts themselves are tested
    TeamReportBuilder builder;
    builder.add(summarize_for_team(parse_pop(pop_text("f.goed", "2025-08-01", "2027-07-31", "25", "450", "[intervision]")),
                                   policy, kToday, "f.pop.yaml"));
    builder.add(summarize_for_team(
        parse_pop(pop_text("g.fout", "2025-08-01", "2027-07-31", "12,5", "300", "[intervisie]")), policy, kToday,
        "g.pop.yaml"));
    builder.add(summarize_for_team(
        parse_pop(pop_text("h.fout", "2025-08-01", "2027-07-31", "twaalf", "300", "[coaching]")), policy, kToday,
        "h.pop.yaml"));
    // An expired POP with an invalid value is no part of any total.
    builder.add(summarize_for_team(parse_pop(pop_text("i.oud", "2020-08-01", "2022-07-31", "x", "y", "[z]")), policy,
                                   kToday, "i.pop.yaml"));
    TeamReport report = builder.finish(nullptr, nullptr, kToday);
    REQUIRE(report.teams.size() == 1);
    CHECK(report.teams[0].hours_per_year == doctest::Approx(12.5));  // f.goed only
    CHECK(report.teams[0].budget_per_year == doctest::Approx(225 + 150 + 150));
    CHECK(report.left_out_for_errors.hours == 2);
    CHECK(report.left_out_for_errors.budget == 0);
    CHECK(report.left_out_for_errors.methods == 1);
    CHECK(report.left_out_for_errors.learning == 0);
    REQUIRE(report.methods.size() == 2);  // `intervisie` is no row of its own
    CHECK(report.methods[0].key == "coaching");
    CHECK(report.methods[1].key == "intervision");
    CHECK(report.methods[1].goals == 1);
    CHECK(report.allowance.hours == 80);
    CHECK(report.allowance.budget == 650);
    CHECK_FALSE(report.allowance.varies);
    std::map<std::string, PersonRow> rows = rows_of(builder);
    CHECK(rows["g.fout"].invalid.hours);
    CHECK_FALSE(rows["f.goed"].invalid.any());
}

TEST_CASE("TeamReportBuilder: the allowance varies when current POPs have different policies") {
    Policy a, b;
    a.hours_per_year = 80;
    b.hours_per_year = 40;
    TeamReportBuilder builder;
    builder.add(summarize_for_team(parse_pop(pop_text("a.een", "2025-08-01", "2027-07-31", "10", "0", "[course]")), a,
                                   kToday, "a.pop.yaml"));
    builder.add(summarize_for_team(parse_pop(pop_text("b.twee", "2025-08-01", "2027-07-31", "10", "0", "[course]")), b,
                                   kToday, "b.pop.yaml"));
    TeamReport report = builder.finish(nullptr, nullptr, kToday);
    CHECK(report.allowance.varies);
    CHECK_FALSE(report.allowance.hours);
}
