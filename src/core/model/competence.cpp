#include "pop/model/competence.h"

#include <algorithm>
#include <array>

#include "pop/model/allowance.h"
#include "pop/format/validate.h"
#include "pop/model/model.h"

namespace pop {

const CompetenceArea* CompetenceFramework::find_area(std::string_view area) const {
    for (const CompetenceArea& a : areas)
        if (a.id == area) return &a;
    return nullptr;
}

const CompetenceLevel* CompetenceFramework::find_level(std::string_view level) const {
    for (const CompetenceLevel& l : levels)
        if (l.id == level) return &l;
    return nullptr;
}

int CompetenceFramework::rank(std::string_view level) const {
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i].id == level) return static_cast<int>(i);
    return -1;
}

std::optional<CompetenceFramework> framework_preset(std::string_view id) {
    // The areas, levels and required levels with their sources: docs/format.md, "Competence
    // frameworks" (checked 2026-12).
    if (id == kDutchFrameworkId) {
        CompetenceFramework f;
        f.id = std::string(id);
        f.name_nl = "Bekwaamheidseisen onderwijspersoneel (2017)";
        f.name_en = "Dutch competence requirements for teachers (2017)";
        f.areas = {{"subject_matter", "vakinhoudelijk bekwaam", "subject-matter competence"},
                   {"subject_didactics", "vakdidactisch bekwaam", "subject-didactic competence"},
                   {"pedagogical", "pedagogisch bekwaam", "pedagogical competence"}};
        f.levels = {{"startbekwaam", "startbekwaam", "starting competence"},
                    {"basisbekwaam", "basisbekwaam", "basic competence"},
                    {"vakbekwaam", "vakbekwaam", "full competence"}};
        f.required_teacher = "vakbekwaam";
        f.required_starter = "basisbekwaam";
        return f;
    }
    if (id == kFlemishFrameworkId) {
        CompetenceFramework f;
        f.id = std::string(id);
        f.name_nl = "Basiscompetenties van de leraren (2018)";
        f.name_en = "Flemish basic competences of teachers (2018)";
        f.areas = {{"learning_guide", "begeleider van leer- en ontwikkelingsprocessen",
                    "guide of learning and development processes"},
                   {"educator", "opvoeder", "educator"},
                   {"content_expert", "inhoudelijk expert", "subject expert"},
                   {"organiser", "organisator", "organiser"},
                   {"innovator_researcher", "innovator en onderzoeker", "innovator and researcher"},
                   {"partner_parents", "partner van ouders en verzorgers", "partner of parents and carers"},
                   {"school_team", "lid van een schoolteam", "member of a school team"},
                   {"partner_external", "partner van externen", "partner of external parties"},
                   {"education_community", "lid van de onderwijsgemeenschap", "member of the education community"},
                   {"culture_participant", "cultuurparticipant", "participant in culture"}};
        f.levels = {{"in_ontwikkeling", "in ontwikkeling", "developing"},
                    {"basiscompetent", "basiscompetent", "meets the basic competences"},
                    {"beroepsprofiel", "beroepsprofiel", "meets the professional profile"}};
        f.required_teacher = "beroepsprofiel";
        f.required_starter = "basiscompetent";
        return f;
    }
    return std::nullopt;
}

std::optional<CompetenceFramework> sector_framework(std::string_view sector) {
    if (sector == "po" || sector == "vo" || sector == "mbo") return framework_preset(kDutchFrameworkId);
    if (sector == "vlaanderen") return framework_preset(kFlemishFrameworkId);
    return std::nullopt;
}

const CompetenceFramework& goal_framework(const std::optional<CompetenceFramework>& policy_framework) {
    if (policy_framework) return *policy_framework;
    static const CompetenceFramework dutch = *framework_preset(kDutchFrameworkId);  // a constant table
    return dutch;
}

std::string suggest_area(std::string_view written, const CompetenceFramework& framework) {
    // Per area its names and their first words ("pedagogisch" of "pedagogisch bekwaam") as the
    // words for its id; suggest_name compares them folded and by spelling.
    auto first_word = [](const std::string& name) { return name.substr(0, name.find(' ')); };
    std::vector<std::array<std::string, 4>> words;
    words.reserve(framework.areas.size());  // Synonyms point into it
    std::vector<Synonyms> candidates;
    for (const CompetenceArea& a : framework.areas) {
        words.push_back({a.name_nl, first_word(a.name_nl), a.name_en, first_word(a.name_en)});
        candidates.push_back({a.id, {words.back().begin(), words.back().end()}});
    }
    return std::string(suggest_name(written, candidates));
}

RoleInfo role_info(const Policy& policy, const StaffTerms& terms, const Date& today) {
    RoleInfo role;
    role.support = terms.support;
    role.starter = year_allowance(policy, terms, school_year_of(today, policy.school_year_start)).starter;
    return role;
}

std::string required_level(const CompetenceFramework& framework, const RoleInfo& role) {
    if (role.support) return framework.required_support;
    if (role.starter && !framework.required_starter.empty()) return framework.required_starter;
    return framework.required_teacher;
}

namespace {

// The assessments dated on or before `today`, latest last (stable: the later written wins a tie).
std::vector<const SelfAssessment*> dated_assessments(const Pop& pop, const Date& today) {
    std::vector<const SelfAssessment*> out;
    for (const SelfAssessment& a : pop.self_assessments)
        if (a.date && !(today < a.date->value)) out.push_back(&a);
    std::stable_sort(out.begin(), out.end(),
                     [](const SelfAssessment* a, const SelfAssessment* b) { return a->date->value < b->date->value; });
    return out;
}

const AreaAssessment* area_in(const SelfAssessment& a, std::string_view area) {
    for (const AreaAssessment& x : a.areas)
        if (x.area && x.area->value == area) return &x;
    return nullptr;
}

}  // namespace

AssessmentSummary summarize_assessments(const Pop& pop, const CompetenceFramework& framework, const RoleInfo& role,
                                        const Date& today) {
    AssessmentSummary out;
    std::vector<const SelfAssessment*> dated = dated_assessments(pop, today);
    const SelfAssessment* latest = dated.empty() ? nullptr : dated.back();
    const SelfAssessment* previous = dated.size() < 2 ? nullptr : dated[dated.size() - 2];
    if (latest) {
        out.date = latest->date->value;
        out.is_private = latest->is_private;
        if (latest->manager) out.manager = latest->manager->value;
    }
    if (previous) out.previous_date = previous->date->value;
    std::string required = required_level(framework, role);
    int required_rank = framework.rank(required);
    for (const CompetenceArea& area : framework.areas) {
        AreaStanding s;
        s.area = area.id;
        s.required_level = required;
        s.is_private = out.is_private;
        if (const AreaAssessment* x = latest ? area_in(*latest, area.id) : nullptr) {
            if (x->level && framework.find_level(x->level->value)) s.level = x->level->value;
            if (x->manager_level && framework.find_level(x->manager_level->value)) s.manager_level = x->manager_level->value;
            if (x->explanation) s.explanation = x->explanation->value;
            for (const auto& e : x->evidence) s.evidence.push_back(e.value);
        }
        if (const AreaAssessment* x = previous ? area_in(*previous, area.id) : nullptr)
            if (x->level && framework.find_level(x->level->value)) s.previous_level = x->level->value;
        s.below_required = !s.level.empty() && required_rank >= 0 && framework.rank(s.level) < required_rank;
        for (const Goal& g : pop.goals)
            if (g.competence && g.competence->value == area.id && g.status != GoalStatus::Dropped && g.id)
                s.goal_ids.push_back(g.id->value);
        out.areas.push_back(std::move(s));
    }
    return out;
}

}  // namespace pop
