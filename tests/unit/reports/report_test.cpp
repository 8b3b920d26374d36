// Unit tests for the team report's values (src/core/reports/report.cpp): a POP reduced to its
// summary, and TeamReportBuilder adding summaries up against the roster.
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

}  // namespace

TEST_CASE("summarize_for_team counts what may be shown, and keeps private goals out but counted") {
    PersonSummary s = summarize_for_team(parse_pop(pop_text("a.bos", "onderbouw", true)), Policy{}, kToday, "a.pop.yaml");
    CHECK(s.id == "a.bos");
    CHECK(s.current);
    CHECK(s.goals == 1);
    CHECK(s.goals_achieved == 1);
    CHECK(s.steps_done == 1);
    CHECK(s.steps_total == 2);
    CHECK(s.private_goals == 1);
    CHECK(s.goal_facts.empty());  // the public goal is achieved: no need; the active one is private
    PersonSummary open = summarize_for_team(parse_pop(pop_text("a.bos", "onderbouw", false)), Policy{}, kToday, "a.pop.yaml");
    REQUIRE(open.goal_facts.size() == 1);  // only the active goal is a need
    CHECK(open.goal_facts[0].title == "Titel geheim");
    CHECK(open.min_group_size == 5);
}

TEST_CASE("TeamReportBuilder: a row per person on the roster and per current POP, totals per team") {
    Roster roster = parse_roster("format_version: 1\nstaff:\n"
                              "  - { id: a.bos, name: Anna Bos, team: onderbouw }\n"
                              "  - { id: b.dam, name: Bas Dam, team: onderbouw }\n"
                              "  - { id: c.weg, name: Cor Weg, team: bovenbouw, active: false }\n");
    TeamReportBuilder builder;
    Policy no_limit;
    no_limit.min_group_size = 1;
    builder.add(summarize_for_team(parse_pop(pop_text("a.bos", "onderbouw", false)), no_limit, kToday, "a.pop.yaml"));
    builder.add(summarize_for_team(parse_pop(pop_text("z.new", "bovenbouw", false)), no_limit, kToday, "z.pop.yaml"));
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
    CHECK(report.methods[0].goals == 2);  // the active goal of each of two people (achieved ones are no needs)
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

namespace {

CountRow group(const std::string& key, int people, int goals) {
    CountRow row;
    row.key = key;
    row.people = people;
    row.goals = goals;
    row.examples = {"Titel " + key};
    return row;
}

std::vector<Suppressed> suppression_of(const std::vector<CountRow>& rows) {
    std::vector<Suppressed> out;
    for (const CountRow& r : rows) out.push_back(r.suppressed);
    return out;
}

}  // namespace

TEST_CASE("protect_small_groups: one small group takes the next-smallest with it, which a total cannot then split") {
    std::vector<CountRow> rows{group("course", 9, 12), group("coaching", 6, 6), group("reading", 7, 8),
                               group("job_shadowing", 1, 1)};
    protect_small_groups(rows, 5);
    // Alone, job_shadowing would be the total minus the rest; with coaching (the smallest shown
    // group) hidden too, the 7 people and 7 goals they hold together could be 1 + 6 or 2 + 5.
    CHECK(suppression_of(rows) ==
          std::vector<Suppressed>{Suppressed::No, Suppressed::Complementary, Suppressed::No, Suppressed::SmallGroup});
    for (const CountRow& r : {rows[1], rows[3]}) {
        CHECK(r.people == 0);
        CHECK(r.goals == 0);
        CHECK(r.examples.empty());
    }
    CHECK(rows[0].people == 9);
    CHECK(rows[0].examples.size() == 1);
}

TEST_CASE("protect_small_groups: two small groups protect each other, unless a total splits them") {
    std::vector<CountRow> rows{group("course", 9, 9), group("reading", 2, 3), group("job_shadowing", 1, 1)};
    protect_small_groups(rows, 5);
    // Together 3 people and 4 goals: 1 + 2 or 2 + 1 people; no one count follows.
    CHECK(suppression_of(rows) == std::vector<Suppressed>{Suppressed::No, Suppressed::SmallGroup, Suppressed::SmallGroup});
    // Two groups of one person with one goal each: the total minus the shown gives 2 = 1 + 1, so
    // the next-smallest group goes too.
    std::vector<CountRow> ones{group("course", 9, 9), group("intervision", 6, 6), group("reading", 1, 1),
                               group("job_shadowing", 1, 1)};
    protect_small_groups(ones, 5);
    CHECK(suppression_of(ones) == std::vector<Suppressed>{Suppressed::No, Suppressed::Complementary,
                                                          Suppressed::SmallGroup, Suppressed::SmallGroup});
}

TEST_CASE("protect_small_groups: a total that only the small group and one other make up") {
    // The section total is 6 people: with only one other group, hiding it is all that is left;
    // a group of no one stays shown (it describes nobody), and min_group_size 1 hides nothing.
    std::vector<CountRow> rows{group("unused", 0, 0), group("course", 5, 5), group("job_shadowing", 1, 1)};
    protect_small_groups(rows, 5);
    CHECK(suppression_of(rows) == std::vector<Suppressed>{Suppressed::No, Suppressed::Complementary, Suppressed::SmallGroup});
    std::vector<CountRow> all{group("course", 5, 5), group("job_shadowing", 1, 1)};
    protect_small_groups(all, 1);
    CHECK(suppression_of(all) == std::vector<Suppressed>{Suppressed::No, Suppressed::No});
    CHECK(all[1].people == 1);
}

TEST_CASE("TeamReportBuilder: needs are running and planned goals, small groups suppressed with the largest min_group_size") {
    // Summaries as summarize_for_team makes them: only needs among the goal facts.
    auto person = [](const std::string& id, const std::string& method, int min) {
        PersonSummary s;
        s.id = id;
        s.path = id + ".pop.yaml";
        s.current = true;
        s.min_group_size = min;
        PersonSummary::GoalFacts g;
        g.title = "Doel van " + id;
        g.methods = {method};
        g.learning = "formal";
        s.goal_facts.push_back(g);
        return s;
    };
    TeamReportBuilder builder;
    for (const char* id : {"a", "b", "c", "d", "e", "f"}) builder.add(person(id, "course", 3));
    builder.add(person("z", "job_shadowing", 6));  // a folder whose policy asks for 6
    TeamReport report = builder.finish(nullptr, nullptr, kToday);
    CHECK(report.min_group_size == 6);
    REQUIRE(report.methods.size() == 2);
    CHECK(report.methods[0].key == "course");  // 6 people: not below 6, yet the total would give z away
    CHECK(report.methods[0].suppressed == Suppressed::Complementary);
    CHECK(report.methods[1].key == "job_shadowing");
    CHECK(report.methods[1].suppressed == Suppressed::SmallGroup);
    REQUIRE(report.learning.size() == 1);
    CHECK(report.learning[0].people == 7);
    CHECK(report.learning[0].examples.empty());  // every goal falls in a suppressed method: no titles
}
