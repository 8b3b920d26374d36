// Unit tests for the team report's self-assessment section (src/core/reports/report.cpp): per
// framework and area, how many people assessed it and how many are below the level their role
// requires, under the small-group rule.
#include <doctest/doctest.h>

#include "models_from_text.h"
#include "pop/reports/report.h"

using namespace pop;
using pop::test::parse_pop;
using pop::test::parse_roster;

namespace {

const Date kToday{2026, 11, 22};

// A current POP of `id` with the self-assessments `assessments` (YAML items, indented by 2).
std::string pop_text(const std::string& id, const std::string& assessments, const std::string& start = "2025-08-01") {
    return "format_version: 1\nperson:\n  id: " + id + "\n  name: Naam " + id + "\n  team: onderbouw\n" +
           "period:\n  start: " + start + "\n  end: 2027-07-31\ngoals:\n  - id: doel\n    title: Doel\n" +
           "    status: active\nself_assessments:\n" + assessments;
}

std::string assessment(const std::string& date, const std::string& areas, bool is_private = false) {
    return "  - date: " + date + "\n" + (is_private ? "    private: true\n" : "") + "    areas:\n" + areas;
}

std::string area(const std::string& id, const std::string& level) {
    return "      - {area: " + id + ", level: " + level + ", explanation: GEHEIME-TOELICHTING}\n";
}

}  // namespace

TEST_CASE("pop report counts areas below the required level per framework, without small groups") {
    Policy dutch;
    dutch.min_group_size = 3;
    dutch.starter_years = 2;
    dutch.competence_framework = framework_preset(kDutchFrameworkId);
    Policy flemish;
    flemish.min_group_size = 3;
    flemish.competence_framework = framework_preset(kFlemishFrameworkId);
    // s.tart started this school year: a starter, who needs basisbekwaam, not vakbekwaam.
    Roster roster = parse_roster("format_version: 1\nstaff:\n"
                                 "  - { id: s.tart, name: Sam Tart, team: onderbouw, start_date: 2026-08-01 }\n");
    std::vector<std::string> texts{
        // pedagogical below (basisbekwaam < vakbekwaam), subject_matter below, subject_didactics below
        pop_text("a.een", assessment("2026-10-01", area("pedagogical", "basisbekwaam") +
                                                       area("subject_matter", "basisbekwaam") +
                                                       area("subject_didactics", "startbekwaam"))),
        // the latest on or before today counts: the one after today (vakbekwaam) not yet
        pop_text("b.twee", assessment("2026-09-01", area("pedagogical", "basisbekwaam") +
                                                        area("subject_matter", "vakbekwaam") +
                                                        area("subject_didactics", "basisbekwaam")) +
                               assessment("2027-01-10", area("pedagogical", "vakbekwaam"))),
        // an older assessment below, the latest not: not below
        pop_text("c.drie", assessment("2026-01-01", area("pedagogical", "startbekwaam")) +
                               assessment("2026-06-01", area("pedagogical", "vakbekwaam") +
                                                            area("subject_matter", "vakbekwaam"))),
        // a private assessment counts as levels only
        pop_text("d.vier", assessment("2026-10-01", area("pedagogical", "vakbekwaam") +
                                                        area("subject_matter", "vakbekwaam"), true)),
        // far below
        pop_text("e.vijf", assessment("2026-10-01", area("pedagogical", "startbekwaam"))),
        // a starter at basisbekwaam is at the required level
        pop_text("s.tart", assessment("2026-10-01", area("pedagogical", "basisbekwaam")), "2026-08-01"),
    };
    TeamReportBuilder builder;
    for (const std::string& text : texts)
        builder.add(summarize_for_team(parse_pop(text), dutch, kToday, "p.pop.yaml", &roster));
    // An ended POP does not count; a Flemish POP makes a group of its own.
    builder.add(summarize_for_team(
        parse_pop("format_version: 1\nperson:\n  id: o.ud\n  name: Oud\nperiod:\n  start: 2023-08-01\n  end: 2025-07-31\n"
                  "goals: []\nself_assessments:\n" + assessment("2024-10-01", area("pedagogical", "startbekwaam"))),
        dutch, kToday, "oud.pop.yaml", &roster));
    builder.add(summarize_for_team(
        parse_pop(pop_text("v.laams", assessment("2026-10-01", area("educator", "in_ontwikkeling")))), flemish, kToday,
        "vlaams.pop.yaml", &roster));
    TeamReport report = builder.finish(&roster, nullptr, kToday);

    REQUIRE(report.assessments.size() == 2);  // by framework id
    const AssessmentGroup& nl = report.assessments[0];
    CHECK(nl.framework == kDutchFrameworkId);
    REQUIRE(nl.areas.size() == 3);  // framework order
    CHECK(nl.areas[0].area == "subject_matter");
    CHECK(nl.areas[1].area == "subject_didactics");
    CHECK(nl.areas[2].area == "pedagogical");
    // pedagogical: a, b, c, d, e, s assessed it; a, b and e are below (c's latest is not, s is a starter).
    CHECK(nl.areas[2].assessed == 6);
    CHECK(nl.areas[2].below == 3);
    CHECK(nl.areas[2].suppressed == Suppressed::No);
    // subject_matter: a, b, c, d assessed it; only a is below: fewer than 3.
    CHECK(nl.areas[0].assessed == 4);
    CHECK(nl.areas[0].below == 0);
    CHECK(nl.areas[0].suppressed == Suppressed::SmallGroup);
    // subject_didactics: two assessed it: neither count is shown.
    CHECK(nl.areas[1].assessed_suppressed);
    CHECK(nl.areas[1].assessed == 0);
    CHECK(nl.areas[1].below == 0);
    CHECK(nl.areas[1].suppressed == Suppressed::SmallGroup);
    const AssessmentGroup& vl = report.assessments[1];
    CHECK(vl.framework == kFlemishFrameworkId);
    CHECK(vl.areas.size() == 10);
    for (const AssessmentAreaRow& row : vl.areas) CHECK(row.below == 0);

    // With min_group_size 1 (no protection) the true numbers show.
    dutch.min_group_size = 1;
    TeamReportBuilder open;
    for (const std::string& text : texts)
        open.add(summarize_for_team(parse_pop(text), dutch, kToday, "p.pop.yaml", &roster));
    TeamReport shown = open.finish(&roster, nullptr, kToday);
    REQUIRE(shown.assessments.size() == 1);
    const std::vector<AssessmentAreaRow>& areas = shown.assessments[0].areas;
    CHECK(areas[2].assessed == 6);
    CHECK(areas[2].below == 3);
    CHECK(areas[2].suppressed == Suppressed::No);
    CHECK(areas[1].assessed == 2);
    CHECK(areas[1].below == 2);
    CHECK(areas[1].suppressed == Suppressed::No);
    CHECK(areas[0].assessed == 4);
    CHECK(areas[0].below == 1);
    CHECK(areas[0].suppressed == Suppressed::No);

    // Without the roster the starter is taken for an experienced teacher: below vakbekwaam.
    TeamReportBuilder no_roster;
    for (const std::string& text : texts)
        no_roster.add(summarize_for_team(parse_pop(text), dutch, kToday, "p.pop.yaml"));
    CHECK(no_roster.finish(nullptr, nullptr, kToday).assessments[0].areas[2].below == 4);
}

TEST_CASE("a POP's summary for the team report holds the assessed levels, no texts") {
    Policy policy;
    policy.competence_framework = framework_preset(kDutchFrameworkId);
    PersonSummary s = summarize_for_team(
        parse_pop(pop_text("a.een", assessment("2026-10-01", area("pedagogical", "basisbekwaam"), true))), policy,
        kToday, "a.pop.yaml");
    REQUIRE(s.framework);
    REQUIRE(s.assessed.size() == 1);
    CHECK(s.assessed[0].area == "pedagogical");
    CHECK(s.assessed[0].below);
    Policy none;
    CHECK(summarize_for_team(parse_pop(pop_text("a.een", "")), none, kToday, "a.pop.yaml").assessed.empty());
}
