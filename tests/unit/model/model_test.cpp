#include <doctest/doctest.h>

#include "pop/model/model.h"
#include "pop/base/text.h"

using namespace pop;

namespace {

YamlDocument parse(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return std::move(r.doc);
}

}  // namespace

TEST_CASE("build_pop reads typed values with their positions and leaves out bad ones") {
    Pop pop = build_pop(parse(
        "format_version: 1\n"
        "person: {id: jan, name: Jan}\n"
        "period: {start: 2025-08-01, end: 2027-07-31}\n"
        "goals:\n"
        "  - id: g1\n"
        "    status: achieved\n"
        "    realistic: {hours: 12.5, budget: veel}\n"
        "    start: 2025-02-30\n"
        "    methods: [coaching, 7]\n"
        "    steps:\n"
        "      - {what: stap, due: 2025-09-01, private: true}\n"
        "      - oeps\n"
        "conversations:\n"
        "  - {kind: start, date: 2025-09-10, notes: geheim}\n"));
    REQUIRE(pop.person.id);
    CHECK(pop.person.id->value == "jan");
    CHECK(pop.person.id->at.line == 2);
    CHECK(pop.person.id->at.column == 14);
    REQUIRE(pop.period_end);
    CHECK(pop.period_end->value == Date{2027, 7, 31});
    REQUIRE(pop.goals.size() == 1);
    const Goal& g = pop.goals[0];
    CHECK(g.status == GoalStatus::Achieved);
    REQUIRE(g.hours);
    CHECK(g.hours->value == doctest::Approx(12.5));
    CHECK_FALSE(g.budget);      // not a number
    CHECK_FALSE(g.start);       // not a calendar date
    CHECK(g.written.start);     // but written, so no "missing start" on top of the date error
    CHECK_FALSE(g.written.end);
    CHECK(g.methods.size() == 1);  // the number 7 is left out
    REQUIRE(g.steps.size() == 1);  // `oeps` is not a step
    CHECK(g.steps[0].is_private);
    REQUIRE(pop.conversations.size() == 1);
    CHECK(pop.conversations[0].kind == ConversationKind::Start);
    CHECK(pop.conversations[0].notes->value == "geheim");
}

TEST_CASE("build_policy starts from the preset and applies what the file says") {
    Policy p = build_policy(parse("format_version: 1\npreset: mbo\nrenewal_years: 2\nsmarti: {vague_words: [vaag]}\n"));
    CHECK(p.preset == "mbo");
    CHECK(p.hours_per_year == 59);
    CHECK(p.renewal_years == 2);
    CHECK(p.vague_words == std::vector<std::string>{"vaag"});
    CHECK(policy_preset("vlaanderen").renewal_years == 1);
    CHECK_FALSE(policy_preset("").hours_per_year);
    CHECK(policy_preset("vo").hours_per_year == 83);
}

TEST_CASE("roster and school goals") {
    Roster r = build_roster(parse("format_version: 1\nstaff:\n  - {id: a, name: A, active: false}\n  - {name: zonder id}\n"));
    REQUIRE(r.staff.size() == 1);
    CHECK_FALSE(r.staff[0].active);
    SchoolGoals s = build_school_goals(parse("format_version: 1\ngoals: [{id: sg, title: T, theme: taal}]\n"));
    REQUIRE(s.goals.size() == 1);
    CHECK(s.goals[0].theme == "taal");
}

TEST_CASE("printable_text and is_blank_text") {
    CHECK(printable_text("a\tb\x1b[31mc\n") == "a b?[31mc?");
    CHECK(printable_text("caf\xe9") == "caf?");
    CHECK(printable_text("één") == "één");
    CHECK(is_blank_text(" \t\n"));
    CHECK(is_blank_text("\xc2\xa0"));        // no-break space
    CHECK(is_blank_text("\xe3\x80\x80"));    // ideographic space
    CHECK_FALSE(is_blank_text("\xe2\x80\x8b"));  // zero-width space is not white space to JSON Schema
    CHECK_FALSE(is_blank_text(" x "));
}

TEST_CASE("a default Policy is the plain defaults of policy_preset(\"\"), vague words included") {
    CHECK(Policy{} == policy_preset(""));
    CHECK(Policy{} == policy_preset("no such preset"));
    CHECK_FALSE(Policy{}.vague_words.empty());
    CHECK(build_policy(YamlDocument{}) == Policy{});
    CHECK_FALSE(policy_preset("vo") == Policy{});
}

TEST_CASE("the model leaves out every number the structure check refuses") {
    for (std::string value : {"-1", "10000.5", "1e400", ".nan", ".inf", "0x10", "12,5"}) {
        CAPTURE(value);
        ReadResult read = read_yaml("format_version: 1\nperson: {id: jan, name: Jan}\nperiod: {start: 2025-08-01, end: 2027-07-31}\n"
                                 "goals:\n  - id: a\n    realistic:\n      hours: " + value + "\n");
        REQUIRE_FALSE(read.fatal);
        Pop pop = build_pop(read.doc);
        REQUIRE(pop.goals.size() == 1);
        CHECK_FALSE(pop.goals[0].hours);
        CHECK(pop.goals[0].written.hours);  // written, so not also "no hours planned"
    }
    ReadResult read = read_yaml("format_version: 1\nhours_per_year: 1e400\nbudget_per_year: -5\n");
    Policy policy = build_policy(read.doc);
    CHECK_FALSE(policy.hours_per_year);
    CHECK_FALSE(policy.budget_per_year);
    read = read_yaml("format_version: 1\nhours_per_year: 10000\nbudget_per_year: 2.450\n");
    policy = build_policy(read.doc);
    CHECK(policy.hours_per_year == 10000);
    CHECK(policy.budget_per_year == doctest::Approx(2.45));  // a warning, not an error: the value counts
}

TEST_CASE("someone with `left` on the roster counts as not active, whatever `active` says") {
    Roster r = build_roster(parse("format_version: 1\nstaff:\n  - {id: a, name: A, left: 2024-07-31}\n"
                                  "  - {id: b, name: B, active: true, left: 2025-01-31}\n  - {id: c, name: C}\n"
                                  "  - {id: d, name: D, left: 31-07-2024}\n"));
    REQUIRE(r.staff.size() == 4);
    CHECK_FALSE(r.staff[0].active);
    REQUIRE(r.staff[0].left);
    CHECK(r.staff[0].left->value == Date{2024, 7, 31});
    CHECK_FALSE(r.staff[1].active);
    CHECK(r.staff[2].active);
    CHECK_FALSE(r.staff[2].left);
    CHECK(r.staff[3].active);  // an unreadable date is left out (the structure check reports it)
    CHECK(build_policy(parse("format_version: 1\n")).retention_months == 24);
    CHECK(build_policy(parse("format_version: 1\nretention_months: 6\n")).retention_months == 6);
    CHECK(build_policy(parse("format_version: 1\nretention_months: 0\n")).retention_months == 24);
}

TEST_CASE("build_pop reads the ledger of a goal and of the POP, leaving out bad values") {
    Pop pop = build_pop(parse(
        "format_version: 1\n"
        "person: {id: jan, name: Jan}\n"
        "period: {start: 2025-08-01, end: 2027-07-31}\n"
        "goals:\n"
        "  - id: g1\n"
        "    learning: formal\n"
        "    log:\n"
        "      - {date: 2025-10-14, hours: 2, euros: 0, what: Intervisie, learning: informal, method: intervision}\n"
        "      - {date: 2025-11-02, hours: 25, euros: -5, what: Cursusdag, method: cursus, private: true}\n"
        "      - oeps\n"
        "log:\n"
        "  - date: 2025-09-30\n"
        "    hours: 1.5\n"
        "    what: Collegiaal lesbezoek\n"));
    REQUIRE(pop.goals.size() == 1);
    const Goal& g = pop.goals[0];
    REQUIRE(g.log.size() == 2);  // `oeps` is not an entry
    const LogEntry& e = g.log[0];
    CHECK(e.date->value == Date{2025, 10, 14});
    CHECK(e.hours->value == doctest::Approx(2));
    CHECK(e.euros->value == doctest::Approx(0));
    CHECK(e.what->value == "Intervisie");
    CHECK(e.learning->value == "informal");
    CHECK(e.method->value == "intervision");
    CHECK(e.at.line == 8);
    CHECK_FALSE(e.is_private);
    const LogEntry& bad = g.log[1];
    CHECK_FALSE(bad.hours);   // over 24
    CHECK_FALSE(bad.euros);   // negative
    CHECK_FALSE(bad.method);  // a Dutch word, not a methods value
    CHECK_FALSE(bad.learning);
    CHECK(bad.is_private);
    REQUIRE(pop.log.size() == 1);
    CHECK(pop.log[0].hours->value == doctest::Approx(1.5));
    CHECK(pop.log[0].what->value == "Collegiaal lesbezoek");
    CHECK(pop.log[0].at.line == 12);
}

TEST_CASE("public_view counts private ledger entries only as hours, also those of a private goal") {
    Pop pop = build_pop(parse(
        "format_version: 1\n"
        "person: {id: jan, name: Jan}\n"
        "period: {start: 2025-08-01, end: 2027-07-31}\n"
        "goals:\n"
        "  - id: open\n"
        "    log:\n"
        "      - {date: 2025-10-14, hours: 2, what: Intervisie, method: intervision}\n"
        "      - {date: 2025-10-21, hours: 3, euros: 80, what: Gesprek met coach, method: coaching, private: true}\n"
        "  - id: geheim\n"
        "    private: true\n"
        "    learning: non_formal\n"
        "    log:\n"
        "      - {date: 2025-11-01, hours: 4, euros: 120, what: Training omgaan met stress}\n"
        "log:\n"
        "  - {date: 2025-09-30, hours: 1, what: Boek over rouw, learning: informal, private: true}\n"));
    Pop view = public_view(pop);
    REQUIRE(view.goals.size() == 1);
    REQUIRE(view.goals[0].log.size() == 2);
    CHECK(view.goals[0].log[0].what->value == "Intervisie");
    const LogEntry& hidden = view.goals[0].log[1];
    CHECK(hidden.hours->value == doctest::Approx(3));
    CHECK(hidden.date->value == Date{2025, 10, 21});
    CHECK_FALSE(hidden.what);
    CHECK_FALSE(hidden.method);
    CHECK_FALSE(hidden.euros);
    REQUIRE(view.log.size() == 2);
    CHECK_FALSE(view.log[0].what);
    CHECK(view.log[0].learning->value == "informal");
    const LogEntry& moved = view.log[1];  // from the private goal
    CHECK(moved.is_private);
    CHECK(moved.hours->value == doctest::Approx(4));
    CHECK(moved.learning->value == "non_formal");
    CHECK_FALSE(moved.what);
    CHECK_FALSE(moved.euros);
}
