#pragma once
/// `pop status` and `pop due` as values: a teacher's view of one POP, and the list of what falls
/// due across POPs. Their renderers: pop/render/status.h.

#include <optional>
#include <string>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/model/allowance.h"
#include "pop/model/competence.h"
#include "pop/model/model.h"
#include "pop/rules/reminders.h"

namespace pop {

/// One goal as `pop status` shows it.
struct GoalView {
    std::string id;                        ///< Goal id.
    std::string title;                     ///< Title.
    GoalStatus status = GoalStatus::Planned;  ///< Status.
    int steps_done = 0;                    ///< Steps with a `done` date.
    int steps_total = 0;                   ///< All steps.
    std::optional<long> days_left;         ///< Days until the goal's end (negative: past it).
    std::string next_step;                 ///< The open step due first (or the first open step).
    std::optional<Date> next_step_due;     ///< Its due date.
    std::string latest_evidence;           ///< The most recent evidence.
    std::optional<Date> latest_evidence_date;  ///< Its date.
};

/// A conversation as `pop status` shows it.
struct ConversationView {
    std::string kind;  ///< "start", "progress", "performance", "appraisal" ("?" when not written).
    Date date;         ///< When it was held or is planned.
};

/// A teacher's view of one POP.
struct StatusView {
    std::string name;                  ///< The person's name.
    std::string id;                    ///< The person's id.
    std::optional<Date> start, end;    ///< The period.
    std::optional<long> days_left;     ///< Days until the period ends.
    std::vector<GoalView> goals;       ///< Goals in file order.
    std::optional<ConversationView> last_conversation;  ///< The last one held (today or before).
    std::optional<ConversationView> next_conversation;  ///< The next one planned (after today).
    std::vector<Finding> reminders;    ///< Reminder findings, most urgent first.
    std::optional<double> hours_per_year;   ///< Hours planned per year (none without a valid period).
    std::optional<double> budget_per_year;  ///< Euros planned per year (none without a valid period).
    std::optional<double> hours_allowance;  ///< The policy's hours_per_year (none: no limit).
    std::optional<double> budget_allowance; ///< The policy's budget_per_year (none: no limit).
    YearAccount school_year;                ///< Today's school year: planned, spent, allowance (set by add_school_year).
    /// The policy's competence framework (none: no framework; set by add_school_year).
    std::optional<CompetenceFramework> framework;
    /// The latest self-assessment against `framework` and its change (set by add_school_year).
    AssessmentSummary assessment;
};

/// Fills in `view.school_year`: the account of today's school year from the POP's ledger, with the
/// person's fte, role group and start date from `roster` (may be null); and `view.framework` and
/// `view.assessment`: the latest self-assessment against what the role requires.
void add_school_year(StatusView& view, const Pop& pop, const Policy& policy, const Roster* roster, const Date& today);

/// Builds the status of a POP.
StatusView build_status(const Pop& pop, const Policy& policy, const Date& today);

/// One line of `pop due`: a due item and whose it is.
struct DueLine {
    DueItem item;         ///< What falls due.
    std::string path;     ///< The POP file.
    std::string person;   ///< The person's name (or id).
    std::string person_id;  ///< The person's id (empty when the POP has none).
};

}  // namespace pop
