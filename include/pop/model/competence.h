#pragma once
/// Competence frameworks (bekwaamheidseisen, basiscompetenties) as data, and the summary of a
/// POP's self-assessments against one (issue 18). The presets and their sources: docs/format.md,
/// "Competence frameworks"; worked examples in tests/unit/model/competence_test.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"

namespace pop {

struct Pop;
struct Policy;
struct StaffTerms;

/// One level of a framework, e.g. basisbekwaam.
struct CompetenceLevel {
    std::string id;       ///< What a POP writes as `level`.
    std::string name_nl;  ///< Dutch name.
    std::string name_en;  ///< English name.
    /// Equal when every member is.
    friend bool operator==(const CompetenceLevel&, const CompetenceLevel&) = default;
};

/// One area of a framework, e.g. pedagogisch bekwaam.
struct CompetenceArea {
    std::string id;       ///< What a POP writes as `area` and a goal as `competence`.
    std::string name_nl;  ///< Dutch name.
    std::string name_en;  ///< English name.
    /// Equal when every member is.
    friend bool operator==(const CompetenceArea&, const CompetenceArea&) = default;
};

/// A competence framework: its areas, its levels (low to high) and what each role requires.
struct CompetenceFramework {
    std::string id;                       ///< Preset id, or the school's own id.
    std::string name_nl;                  ///< Dutch name.
    std::string name_en;                  ///< English name.
    std::vector<CompetenceArea> areas;    ///< In the order they are shown.
    std::vector<CompetenceLevel> levels;  ///< Low to high.
    std::string required_teacher;         ///< Level an experienced teacher needs ("" = nothing).
    std::string required_starter;         ///< Level a starter needs ("" = as a teacher).
    std::string required_support;         ///< Level support staff need ("" = nothing).

    /// The area with this id, or nullptr.
    const CompetenceArea* find_area(std::string_view area) const;
    /// The level with this id, or nullptr.
    const CompetenceLevel* find_level(std::string_view level) const;
    /// Position of a level, low = 0; -1 when it is not a level of this framework.
    int rank(std::string_view level) const;
    /// Equal when every member is.
    friend bool operator==(const CompetenceFramework&, const CompetenceFramework&) = default;
};

/// Id of the Dutch preset: Besluit bekwaamheidseisen onderwijspersoneel (Stb. 2017, 148).
inline constexpr std::string_view kDutchFrameworkId = "nl-bekwaamheidseisen-2017";
/// Id of the Flemish preset: Besluit van de Vlaamse Regering betreffende de basiscompetenties van de leraren (2018).
inline constexpr std::string_view kFlemishFrameworkId = "vl-basiscompetenties-2018";

/// The preset framework with this id; none for an unknown id.
std::optional<CompetenceFramework> framework_preset(std::string_view id);

/// The framework a sector preset uses by default ("po", "vo", "mbo": Dutch; "vlaanderen": Flemish); none otherwise.
std::optional<CompetenceFramework> sector_framework(std::string_view sector);

/// The framework whose areas a goal's `competence` names: the policy's, or, when the policy names
/// none, the Dutch bekwaamheidseisen (the three areas `competence` always allowed). The reference
/// lives as long as `policy_framework` (the Dutch one: a constant).
const CompetenceFramework& goal_framework(const std::optional<CompetenceFramework>& policy_framework);

/// The area of `framework` that `written` most likely means: by spelling, or by the area's name in
/// either language or its first word ("pedagogisch": pedagogical); "" when nothing is close.
std::string suggest_area(std::string_view written, const CompetenceFramework& framework);

/// Whose standing is measured: what the role requires depends on it.
struct RoleInfo {
    bool support = false;  ///< Support staff (otherwise a teacher).
    bool starter = false;  ///< A starter on `today` (as the hours count it: year_allowance).
};

/// The role of someone with `terms` on `today`: support or teacher, starter or not (a starter as
/// pop hours decides it: within the policy's starter_years school years of the start date).
RoleInfo role_info(const Policy& policy, const StaffTerms& terms, const Date& today);

/// The level the role requires in this framework ("" = nothing).
std::string required_level(const CompetenceFramework& framework, const RoleInfo& role);

/// One area's standing in the latest self-assessment.
struct AreaStanding {
    std::string area;                     ///< Area id.
    std::string level;                    ///< Latest self-assessed level id ("" = not assessed).
    std::string previous_level;           ///< In the assessment before it ("" = none).
    std::string manager_level;            ///< The manager's view ("" = none).
    std::string required_level;           ///< What the person's role requires ("" = nothing).
    bool below_required = false;          ///< `level` is known and lower than `required_level`.
    std::vector<std::string> goal_ids;    ///< Goals (not dropped) whose `competence` is this area.
    std::string explanation;              ///< Toelichting.
    std::vector<std::string> evidence;    ///< Links and paths.
    bool is_private = false;              ///< The latest assessment is private.
};

/// The latest self-assessment of a POP and the change since the one before.
struct AssessmentSummary {
    std::optional<Date> date;           ///< Date of the latest assessment (none: no assessment).
    std::optional<Date> previous_date;  ///< Date of the one before it.
    std::string manager;                ///< The manager named in the latest assessment.
    bool is_private = false;            ///< The latest assessment is private.
    std::vector<AreaStanding> areas;    ///< Every area of the framework, in framework order.
};

/// The latest self-assessment of a POP (dated on or before `today`; undated ones and those with an
/// invalid date are passed over) against its framework, with the level of the one before it per
/// area. Areas not in the framework are left out; an area written twice counts once (the first).
AssessmentSummary summarize_assessments(const Pop& pop, const CompetenceFramework& framework, const RoleInfo& role,
                                        const Date& today);

}  // namespace pop
