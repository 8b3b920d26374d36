// Unit tests for the roster rules (src/core/rules/roster.cpp): check_roster, superseded_pops,
// person_inactive, on models built from small files.
#include <doctest/doctest.h>

#include "pop/rules/roster.h"
#include "pop/workspace/check_file.h"

using namespace pop;

namespace {

const Date kToday{2026, 11, 22};

Roster roster_of(const std::string& text) {
    ValidatedFile file = read_and_validate(text, FileKind::Roster);
    REQUIRE(file.usable);
    return build_roster(file.doc);
}

Pop pop_of(const std::string& id, const std::string& start, const std::string& end) {
    std::string text = "format_version: 1\nperson:\n  id: " + id + "\n  name: N\nperiod:\n  start: " + start +
                       "\n  end: " + end + "\ngoals: []\n";
    ValidatedFile file = read_and_validate(text, FileKind::Pop);
    REQUIRE(file.usable);
    return build_pop(file.doc);
}

const char* kRoster =
    "format_version: 1\n"
    "staff:\n"
    "  - { id: a.bos, name: Anna }\n"
    "  - { id: b.dam, name: Bas }\n"
    "  - { id: c.weg, name: Cor, active: false }\n";

}  // namespace

TEST_CASE("check_roster: an active member without a current POP is missing; a second current POP is a duplicate") {
    Roster roster = roster_of(kRoster);
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
    Roster roster = roster_of(kRoster);
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
    Roster roster = roster_of(kRoster);
    CHECK(person_inactive(pop_of("c.weg", "2025-08-01", "2027-07-31"), &roster));
    CHECK_FALSE(person_inactive(pop_of("a.bos", "2025-08-01", "2027-07-31"), &roster));
    CHECK_FALSE(person_inactive(pop_of("c.weg", "2025-08-01", "2027-07-31"), nullptr));
}
