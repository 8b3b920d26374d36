// The competence.* family: self-assessments (self_assessments:) and goals' `competence` against the
// policy's competence framework (pop/model/competence.h), and the warning for an area assessed below
// the level the role requires that no goal addresses. The dates of self-assessments are checked by
// the dates.* family (dates.future here in dates.cpp, dates.format/dates.invalid in the validator).
// Messages: catalog keys competence.* and rule.competence.* (src/core/i18n/catalog_assess.cpp).

#include <set>

#include "pop/model/allowance.h"
#include "pop/model/competence.h"
#include "pop/rules/families.h"

namespace pop {
namespace {

std::string names_of_areas(const CompetenceFramework& f) {
    std::string out;
    for (const CompetenceArea& a : f.areas) out += (out.empty() ? "" : ", ") + a.id;
    return out;
}

std::string names_of_levels(const CompetenceFramework& f) {
    std::string out;
    for (const CompetenceLevel& l : f.levels) out += (out.empty() ? "" : ", ") + l.id;
    return out;
}

// competence.area at a value that is not an area of `f`, with the area it most likely means.
void check_area(PopCheck& check, const CompetenceFramework& f, const Located<std::string>& area) {
    std::vector<MessageArg> args{{"area", area.value}, {"framework", f.id}, {"areas", names_of_areas(f)}};
    std::string meant = suggest_area(area.value, f);
    if (meant.empty()) {
        check.add_at(rule::competence_area, area, "competence.area", std::move(args));
        return;
    }
    args.push_back({"suggestion", meant});
    check.add_at(rule::competence_area, area, "competence.area.suggest", std::move(args));
}

void check_level(PopCheck& check, const CompetenceFramework& f, const Maybe<std::string>& level) {
    if (level && !f.find_level(level->value))
        check.add_at(rule::competence_level, *level, "competence.level",
                     {{"level", level->value}, {"framework", f.id}, {"levels", names_of_levels(f)}});
}

}  // namespace

void check_competence(PopCheck& check) {
    const Pop& pop = check.pop;
    // A goal's area: of the policy's framework, or without one of the bekwaamheidseisen.
    const CompetenceFramework& goal_areas = goal_framework(check.policy.competence_framework);
    for (const Goal& g : pop.goals)
        if (g.competence && !goal_areas.find_area(g.competence->value)) check_area(check, goal_areas, *g.competence);
    if (!check.policy.competence_framework) {
        if (!pop.self_assessments.empty())
            check.add(rule::competence_no_framework, pop.self_assessments.front().at, 1, "competence.no-framework", {});
        return;
    }
    const CompetenceFramework& f = *check.policy.competence_framework;
    for (const SelfAssessment& a : pop.self_assessments) {
        std::set<std::string> seen;
        for (const AreaAssessment& x : a.areas) {
            if (x.area) {
                if (!f.find_area(x.area->value))
                    check_area(check, f, *x.area);
                else if (!seen.insert(x.area->value).second)
                    check.add_at(rule::competence_duplicate_area, *x.area, "competence.duplicate-area",
                                 {{"area", x.area->value}});
            }
            check_level(check, f, x.level);
            check_level(check, f, x.manager_level);
        }
    }
    // competence.below-required: at the area's line in the latest self-assessment.
    RoleInfo role = role_info(check.policy, staff_terms_of(pop, check.context.roster), check.context.today);
    AssessmentSummary summary = summarize_assessments(pop, f, role, check.context.today);
    if (!summary.date) return;
    const SelfAssessment* latest = nullptr;
    for (const SelfAssessment& a : pop.self_assessments)
        if (a.date && a.date->value == *summary.date) latest = &a;  // the last written of that day, as the summary
    if (!latest) return;
    for (const AreaStanding& s : summary.areas) {
        if (!s.below_required || !s.goal_ids.empty()) continue;
        for (const AreaAssessment& x : latest->areas)
            if (x.area && x.area->value == s.area && x.level) {
                check.add_at(rule::competence_below_required, *x.level, "competence.below-required",
                             {{"area", s.area}, {"level", s.level}, {"required", s.required_level}});
                break;
            }
    }
}

}  // namespace pop
