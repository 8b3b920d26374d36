// Competence frameworks (the presets and a school's own) and summarize_assessments, with worked examples.
#include <doctest/doctest.h>

#include <string>

#include "pop/model/allowance.h"
#include "pop/model/competence.h"
#include "pop/model/model.h"
#include "pop/read/yaml_tree.h"
#include "test_support.h"

using namespace pop;

namespace {

YamlDocument doc_of(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return std::move(r.doc);
}

Pop parse(const std::string& yaml) { return build_pop(doc_of(yaml)); }

Date day(const char* text) { return *parse_date(text).date; }

const std::string kPop =
    "format_version: 1\n"
    "person: {id: jan, name: Jan}\n"
    "period: {start: 2025-08-01, end: 2027-07-31}\n"
    "goals:\n"
    "  - {id: feedback, competence: pedagogical}\n"
    "  - {id: oud, competence: subject_matter, status: dropped}\n"
    "self_assessments:\n"
    "  - date: 2026-09-15\n"                       // the latest (written first: order does not matter)
    "    manager: Ilse\n"
    "    areas:\n"
    "      - {area: pedagogical, level: basisbekwaam, manager_level: vakbekwaam, explanation: orde,"
    " evidence: [bewijs/a.pdf]}\n"
    "      - {area: subject_matter, level: basisbekwaam}\n"
    "      - {area: onbekend, level: vakbekwaam}\n"
    "  - date: 2026-03-01\n"
    "    areas:\n"
    "      - {area: pedagogical, level: startbekwaam}\n"
    "      - {area: subject_didactics, level: vakbekwaam}\n"
    "  - date: 2027-01-01\n"                       // after today: not yet counted
    "    areas:\n"
    "      - {area: pedagogical, level: vakbekwaam}\n";

}  // namespace

TEST_CASE("the Dutch preset: three areas, three levels low to high, vakbekwaam required of a teacher") {
    auto f = framework_preset(kDutchFrameworkId);
    REQUIRE(f);
    REQUIRE(f->areas.size() == 3);
    CHECK(f->areas[0].id == "subject_matter");  // the existing values of a goal's competence
    CHECK(f->areas[1].id == "subject_didactics");
    CHECK(f->areas[2].id == "pedagogical");
    CHECK(f->rank("startbekwaam") == 0);
    CHECK(f->rank("basisbekwaam") == 1);
    CHECK(f->rank("vakbekwaam") == 2);
    CHECK(f->rank("expert") == -1);
    CHECK(required_level(*f, RoleInfo{}) == "vakbekwaam");
    CHECK(required_level(*f, RoleInfo{false, true}) == "basisbekwaam");
    CHECK(required_level(*f, RoleInfo{true, false}).empty());  // no national framework for support staff
    for (const char* sector : {"po", "vo", "mbo"}) CHECK(policy_preset(sector).competence_framework == f);
}

TEST_CASE("the Flemish preset: ten functionele gehelen, the vlaanderen sector's default") {
    auto f = framework_preset(kFlemishFrameworkId);
    REQUIRE(f);
    CHECK(f->areas.size() == 10);
    CHECK(f->levels.size() == 3);
    CHECK(f->find_area("educator")->name_nl == "opvoeder");
    CHECK(required_level(*f, RoleInfo{}) == "beroepsprofiel");
    CHECK(policy_preset("vlaanderen").competence_framework == f);
    CHECK_FALSE(policy_preset("").competence_framework);
    CHECK_FALSE(framework_preset("nl-bekwaamheidseisen-2006"));
}

TEST_CASE("summarize_assessments: the latest up to today, its change, what is required, the goals") {
    Pop pop = parse(kPop);
    REQUIRE(pop.self_assessments.size() == 3);
    CHECK(pop.self_assessments[0].areas[0].area->at.line == 11);  // positions kept
    auto f = *framework_preset(kDutchFrameworkId);
    AssessmentSummary s = summarize_assessments(pop, f, RoleInfo{}, day("2026-11-22"));
    REQUIRE(s.date);
    CHECK(*s.date == day("2026-09-15"));
    CHECK(*s.previous_date == day("2026-03-01"));
    CHECK(s.manager == "Ilse");
    REQUIRE(s.areas.size() == 3);  // framework order; the unknown area left out
    const AreaStanding& matter = s.areas[0];
    CHECK(matter.level == "basisbekwaam");
    CHECK(matter.previous_level.empty());  // not in the one before
    CHECK(matter.below_required);
    CHECK(matter.goal_ids.empty());  // the dropped goal does not address it
    const AreaStanding& didactics = s.areas[1];
    CHECK(didactics.level.empty());  // not assessed in the latest
    CHECK_FALSE(didactics.below_required);
    const AreaStanding& ped = s.areas[2];
    CHECK(ped.level == "basisbekwaam");
    CHECK(ped.previous_level == "startbekwaam");
    CHECK(ped.manager_level == "vakbekwaam");
    CHECK(ped.required_level == "vakbekwaam");
    CHECK(ped.below_required);
    CHECK(ped.goal_ids == std::vector<std::string>{"feedback"});
    CHECK(ped.explanation == "orde");
    CHECK(ped.evidence == std::vector<std::string>{"bewijs/a.pdf"});
    // A starter needs basisbekwaam: nothing is below it then.
    AssessmentSummary starter = summarize_assessments(pop, f, RoleInfo{false, true}, day("2026-11-22"));
    CHECK_FALSE(starter.areas[0].below_required);
    CHECK_FALSE(starter.areas[2].below_required);
    // On 2027-01-01 the newest counts, and the change is against 2026-09-15.
    AssessmentSummary later = summarize_assessments(pop, f, RoleInfo{}, day("2027-01-01"));
    CHECK(later.areas[2].level == "vakbekwaam");
    CHECK(later.areas[2].previous_level == "basisbekwaam");
    CHECK_FALSE(later.areas[2].below_required);
    // Before any assessment: nothing.
    CHECK_FALSE(summarize_assessments(pop, f, RoleInfo{}, day("2026-01-01")).date);
}

TEST_CASE("a starter is who pop hours calls a starter: starter_years school years from start_date") {
    Policy policy = policy_preset("po");  // starter_years 3
    StaffTerms terms;
    terms.start_date = day("2025-08-15");
    CHECK(role_info(policy, terms, day("2026-11-22")).starter);   // school year 2026 is the second
    CHECK_FALSE(role_info(policy, terms, day("2028-09-01")).starter);  // the fourth
    terms.support = true;
    CHECK(role_info(policy, terms, day("2026-11-22")).support);
    CHECK_FALSE(role_info(policy, StaffTerms{}, day("2026-11-22")).starter);  // no start date: not a starter
}

TEST_CASE("the support staff example of docs/format.md: the school's own framework from the policy") {
    std::string doc = test::read_source_file("docs/format.md");
    std::size_t at = doc.find("competence_framework:\n  id: lumen-oop-2026");
    REQUIRE(at != std::string::npos);
    std::string yaml = "format_version: 1\npreset: vo\n" + doc.substr(at, doc.find("```", at) - at);
    Policy p = build_policy(doc_of(yaml));
    REQUIRE(p.competence_framework);
    const CompetenceFramework& f = *p.competence_framework;
    CHECK(f.id == "lumen-oop-2026");
    CHECK(f.name_en == "Competences of support staff");
    REQUIRE(f.areas.size() == 3);  // replaces the preset's areas
    CHECK(f.areas[1].name_nl == "samenwerken");
    CHECK(f.rank("expert") == 2);
    CHECK(required_level(f, RoleInfo{true, false}) == "competent");
    CHECK(f.required_teacher.empty());  // the school's own: nothing from the preset
    Pop pop = parse("self_assessments:\n  - date: 2026-10-01\n    areas:\n      - {area: digital, level: beginner}\n");
    AssessmentSummary s = summarize_assessments(pop, f, RoleInfo{true, false}, day("2026-11-22"));
    CHECK(s.areas[2].below_required);
    CHECK_FALSE(summarize_assessments(pop, f, RoleInfo{}, day("2026-11-22")).areas[2].below_required);
}

TEST_CASE("a preset named in competence_framework, with the school's own required levels") {
    Policy p = build_policy(doc_of("format_version: 1\npreset: vlaanderen\ncompetence_framework:\n"
                                   "  preset: nl-bekwaamheidseisen-2017\n  required: {teacher: basisbekwaam}\n"));
    REQUIRE(p.competence_framework);
    CHECK(p.competence_framework->id == kDutchFrameworkId);
    CHECK(p.competence_framework->areas.size() == 3);
    CHECK(p.competence_framework->required_teacher == "basisbekwaam");
    CHECK(p.competence_framework->required_starter == "basisbekwaam");
}

TEST_CASE("public_view keeps a private self-assessment as levels only") {
    Pop pop = parse(
        "self_assessments:\n  - date: 2026-10-01\n    private: true\n    manager: Ilse\n    areas:\n"
        "      - {area: pedagogical, level: basisbekwaam, explanation: geheim, evidence: [x], manager_level: vakbekwaam}\n");
    Pop pub = public_view(pop);
    REQUIRE(pub.self_assessments.size() == 1);
    const AreaAssessment& a = pub.self_assessments[0].areas[0];
    CHECK(a.level->value == "basisbekwaam");
    CHECK_FALSE(a.explanation);
    CHECK(a.evidence.empty());
    CHECK_FALSE(a.manager_level);
    CHECK_FALSE(pub.self_assessments[0].manager);
}
