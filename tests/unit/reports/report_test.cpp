// Unit tests for the team report's values (src/core/reports/report.cpp): a POP reduced to its
// summary, and TeamReportBuilder adding summaries up against the roster.
#include <doctest/doctest.h>

#include <map>

#include "pop/reports/report.h"
#include "pop/workspace/check_file.h"

using namespace pop;

namespace {

const Date kToday{2026, 11, 22};

Pop pop_of(const std::string& text) {
    ValidatedFile file = read_and_validate(text, FileKind::Pop);
    REQUIRE(file.usable);
    return build_pop(file.doc);
}

std::string pop_text(const std::string& id, const std::string& team, bool private_goal) {
    std::string text = "format_version: 1\nperson:\n  id: " + id + "\n  name: Naam " + id + "\n  team: " + team +
                       "\nperiod:\n  start: 2025-08-01\n  end: 2027-07-31\ngoals:\n";
    auto goal = [](const std::string& gid, const std::string& status, bool is_private, int hours) {
        return "  - id: " + gid + "\n    title: Titel " + gid + "\n    status: " + status +
               "\n    realistic:\n      hours: " + std::to_string(hours) + "\n    methods: [intervision]\n" +
               (is_private ? "    private: true\n" : "") +
               "    steps:\n      - what: Stap een\n        done: 2026-01-10\n      - what: Stap twee\n";
    };
    text += goal("openbaar", "achieved", false, 40);
    text += goal("geheim", "active", private_goal, 20);
    return text;
}

Roster roster_of(const std::string& text) {
    ValidatedFile file = read_and_validate(text, FileKind::Roster);
    REQUIRE(file.usable);
    return build_roster(file.doc);
}

}  // namespace

TEST_CASE("summarize_for_team counts what may be shown, and keeps private goals out but counted") {
    PersonSummary s = summarize_for_team(pop_of(pop_text("a.bos", "onderbouw", true)), Policy{}, kToday, "a.pop.yaml");
    CHECK(s.id == "a.bos");
    CHECK(s.current);
    CHECK(s.goals == 1);
    CHECK(s.goals_achieved == 1);
    CHECK(s.steps_done == 1);
    CHECK(s.steps_total == 2);
    CHECK(s.private_goals == 1);
    REQUIRE(s.goal_facts.size() == 1);
    CHECK(s.goal_facts[0].title == "Titel openbaar");
}

TEST_CASE("TeamReportBuilder: a row per person on the roster and per current POP, totals per team") {
    Roster roster = roster_of("format_version: 1\nstaff:\n"
                              "  - { id: a.bos, name: Anna Bos, team: onderbouw }\n"
                              "  - { id: b.dam, name: Bas Dam, team: onderbouw }\n"
                              "  - { id: c.weg, name: Cor Weg, team: bovenbouw, active: false }\n");
    TeamReportBuilder builder;
    builder.add(summarize_for_team(pop_of(pop_text("a.bos", "onderbouw", false)), Policy{}, kToday, "a.pop.yaml"));
    builder.add(summarize_for_team(pop_of(pop_text("z.new", "bovenbouw", false)), Policy{}, kToday, "z.pop.yaml"));
    TeamReport report = builder.finish(&roster, nullptr, kToday);
    std::vector<std::string> ids;
    std::map<std::string, PersonRow> rows;
    builder.each([&](const PersonRow& row) {
        ids.push_back(row.id);
        rows[row.id] = row;
    });
    CHECK(builder.size() == 3);  // c.weg left: no row
    CHECK(rows["a.bos"].has_current_pop);
    CHECK(rows["a.bos"].on_roster);
    CHECK(rows["a.bos"].goals == 2);
    CHECK(rows["a.bos"].steps_done == 2);
    CHECK_FALSE(rows["b.dam"].has_current_pop);  // on the roster, no POP
    CHECK(rows["b.dam"].path.empty());
    CHECK_FALSE(rows["z.new"].on_roster);  // a POP of someone not on the roster still counts
    CHECK(rows["z.new"].has_current_pop);
    REQUIRE(report.teams.size() == 2);
    CHECK(report.teams[1].team == "onderbouw");
    CHECK(report.teams[1].people == 2);
    CHECK(report.teams[1].with_current_pop == 1);
    REQUIRE_FALSE(report.methods.empty());
    CHECK(report.methods[0].key == "intervision");
    CHECK(report.methods[0].goals == 4);  // two goals each of two people
    CHECK(report.methods[0].people == 2);
}

TEST_CASE("TeamReportBuilder leaves out the reminders of a POP that a later POP of the same person took over") {
    // Renewed early: the old POP still runs (and is the current one), the new one starts next month.
    PersonSummary old_pop;
    old_pop.id = "a.bos";
    old_pop.path = "a.pop.yaml";
    old_pop.current = true;
    old_pop.period_start = Date{2024, 12, 1};
    old_pop.period_end = Date{2026, 12, 31};
    old_pop.reminder_rules = {"reminder.period-ending"};
    PersonSummary new_pop = old_pop;
    new_pop.path = "a-2027.pop.yaml";
    new_pop.current = false;
    new_pop.period_start = Date{2027, 1, 1};
    new_pop.period_end = Date{2028, 12, 31};
    new_pop.reminder_rules = {};
    PersonSummary other = old_pop;
    other.id = "b.dam";
    other.path = "b.pop.yaml";
    for (bool renewed : {true, false}) {
        TeamReportBuilder builder;
        builder.add(old_pop);
        builder.add(other);
        if (renewed) builder.add(new_pop);
        TeamReport report = builder.finish(nullptr, nullptr, kToday);
        std::map<std::string, std::vector<std::string>> warnings;
        builder.each([&](const PersonRow& row) { warnings[row.id] = row.warnings; });
        CHECK(warnings["a.bos"] == (renewed ? std::vector<std::string>{} : old_pop.reminder_rules));
        CHECK(warnings["b.dam"] == other.reminder_rules);
        REQUIRE(report.teams.size() == 1);
        CHECK(report.teams[0].warnings == (renewed ? 1 : 2));
    }
}
