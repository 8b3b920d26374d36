// Unit tests for the roster rules (src/core/rules/roster.cpp): check_roster, superseded_pops,
// person_inactive, on models built from small files.
#include <doctest/doctest.h>

#include "pop/i18n/messages.h"
#include "pop/rules/roster.h"
#include "pop/rules/rules.h"
#include "models_from_text.h"
#include "pop/workspace/check_file.h"

using namespace pop;
using pop::test::parse_pop;
using pop::test::parse_roster;

namespace {

const Date kToday{2026, 11, 22};

Pop pop_of(const std::string& id, const std::string& start, const std::string& end) {
    std::string text = "format_version: 1\nperson:\n  id: " + id + "\n  name: N\nperiod:\n  start: " + start +
                       "\n  end: " + end + "\ngoals: []\n";
    return parse_pop(text);
}

const char* kRoster =
    "format_version: 1\n"
    "staff:\n"
    "  - { id: a.bos, name: Anna }\n"
    "  - { id: b.dam, name: Bas }\n"
    "  - { id: c.weg, name: Cor, active: false }\n";

}  // namespace

TEST_CASE("check_roster: an active member without a current POP is missing; a second current POP is a duplicate") {
    Roster roster = parse_roster(kRoster);
    std::vector<PopSummary> pops{summarize(pop_of("a.bos", "2025-08-01", "2027-07-31")),
                                 summarize(pop_of("a.bos", "2026-01-01", "2027-12-31")),
                                 summarize(pop_of("b.dam", "2023-08-01", "2025-07-31"))};  // ended: not current
    std::vector<std::string> paths{"a.pop.yaml", "a2.pop.yaml", "b.pop.yaml"};
    std::vector<PlacedFinding> found = check_roster(roster, pops, paths, kToday);
    REQUIRE(found.size() == 2);
    CHECK(found[0].pop == std::optional<std::size_t>{1});  // the second POP of a.bos
    CHECK(found[0].finding.rule == rule::roster_duplicate_pop);
    CHECK(found[0].finding.args.at(1).value == "a.pop.yaml");  // names the first
    CHECK_FALSE(found[1].pop);  // on the roster file
    CHECK(found[1].finding.rule == rule::roster_missing_pop);
    CHECK(found[1].finding.args.at(0).value == "b.dam");  // c.weg left: not missing
}

TEST_CASE("check_roster: everyone with one current POP gives nothing") {
    Roster roster = parse_roster(kRoster);
    std::vector<PopSummary> pops{summarize(pop_of("a.bos", "2025-08-01", "2027-07-31")),
                                 summarize(pop_of("b.dam", "2025-08-01", "2027-07-31"))};
    std::vector<std::string> paths{"a.pop.yaml", "b.pop.yaml"};
    CHECK(check_roster(roster, pops, paths, kToday).empty());
}

TEST_CASE("superseded_pops and person_inactive") {
    std::vector<PopSummary> pops{summarize(pop_of("a.bos", "2025-08-01", "2026-12-31")),
                                 summarize(pop_of("b.dam", "2025-08-01", "2027-07-31")),
                                 summarize(pop_of("a.bos", "2027-01-01", "2028-12-31"))};
    CHECK(superseded_pops(pops) == std::vector<bool>{true, false, false});
    Roster roster = parse_roster(kRoster);
    CHECK(person_inactive(pop_of("c.weg", "2025-08-01", "2027-07-31"), &roster));
    CHECK_FALSE(person_inactive(pop_of("a.bos", "2025-08-01", "2027-07-31"), &roster));
    CHECK_FALSE(person_inactive(pop_of("c.weg", "2025-08-01", "2027-07-31"), nullptr));
}

TEST_CASE("roster.retention: after `left` plus retention_months, the files of that person are named at their entry") {
    Roster roster = parse_roster("format_version: 1\nstaff:\n"
                              "  - { id: a.bos, name: Anna }\n"
                              "  - { id: d.weg, name: Dirk, left: 2024-11-21 }\n"
                              "  - { id: e.weg, name: Eva, left: 2024-11-22 }\n");
    Policy policy;  // retention_months: 24
    CHECK_FALSE(retention_passed(roster.staff[0], policy, kToday));  // never left
    CHECK(retention_passed(roster.staff[1], policy, kToday));        // 2026-11-21 is before today
    CHECK_FALSE(retention_passed(roster.staff[2], policy, kToday));  // 2026-11-22 is today: not yet past
    CHECK(retention_passed(roster.staff[2], policy, Date{2026, 11, 23}));
    policy.retention_months = 12;
    CHECK(retention_passed(roster.staff[2], policy, kToday));
    CHECK_FALSE(roster.staff[1].active);  // someone who left is not active (no roster.missing-pop)
    CHECK(check_roster(roster, {}, {}, kToday).size() == 1);

    std::map<std::string, std::vector<std::string>, std::less<>> files{
        {"d.weg", {"pops/d.weg.pop.yaml", "pops/oud/d.weg-2023.pop.yaml"}}, {"a.bos", {"pops/a.bos.pop.yaml"}}};
    std::vector<Finding> found = check_retention(roster, files);
    REQUIRE(found.size() == 1);  // a.bos never left: passed in by mistake, still no finding
    CHECK(found[0].rule == rule::roster_retention);
    CHECK(severity_of(found[0].rule) == Severity::Warning);
    CHECK(found[0].at.line == 4);
    CHECK(found[0].at.column == 11);
    CHECK(found[0].args[0].value == "d.weg");
    CHECK(found[0].args[2].value == "2024-11-21");
    CHECK(found[0].args[3].value == list_arg(std::vector<std::string>{"pops/d.weg.pop.yaml", "pops/oud/d.weg-2023.pop.yaml"}));
    CHECK(check_retention(roster, {}).empty());
}
