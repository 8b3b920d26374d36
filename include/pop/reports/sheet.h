#pragma once
/// `pop sheet`: one person's POP as a sheet for the next conversation (gesprekkencyclus): who and
/// when, the agenda (changes since the last conversation, its agreements and what happened since,
/// what is due, reminders), every goal with its SMARTI parts, steps, evidence and hours, and room
/// for new agreements and signatures. Values only: built from the model, the policy, today and
/// (optionally) the POP as it was at the last conversation; the renderers are pop/render/sheet.h.

#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/allowance.h"
#include "pop/model/competence.h"
#include "pop/model/model.h"
#include "pop/reports/pop_diff.h"
#include "pop/rules/reminders.h"

namespace pop {

/// Where the agenda's changes since the last conversation come from.
enum class ChangeSource : unsigned char {
    NoConversation,  ///< No conversation held yet: nothing to compare with.
    History,         ///< The POP as committed on or before the last conversation, compared with the file (pop diff).
    File,            ///< No history that old: the items in the file dated after the last conversation.
};

/// Something dated in the file after the last conversation (the no-history fallback, and "since then").
struct SheetActivity {
    enum class Kind : unsigned char { StepDone, Evidence, Log } kind = Kind::StepDone;  ///< What it is.
    Date date;                  ///< When.
    std::string goal;           ///< The goal's id (empty for the POP's own log).
    std::string text;           ///< The step, evidence or log entry as written.
    std::optional<double> hours;  ///< For a log entry: its hours.
    bool is_private = false;    ///< Private (itself or its goal).
};

/// A conversation on the sheet.
struct SheetConversation {
    std::string kind;           ///< "start", "progress", "performance", "appraisal" or "?".
    Date date;                  ///< When.
    std::string with;           ///< With whom.
    std::string agreements;     ///< The agreements as written.
    bool is_private = false;    ///< Marked private.
};

/// A step on the sheet.
struct SheetStep {
    std::string what;                ///< The step.
    std::optional<Date> due, done;   ///< Due and done dates.
    bool overdue = false;            ///< Not done and due before today.
    bool is_private = false;         ///< Marked private.
};

/// Evidence on the sheet.
struct SheetEvidence {
    std::optional<Date> date;        ///< When.
    std::string what, link, file;    ///< What it shows; its web address or path.
    bool is_private = false;         ///< Marked private.
};

/// A goal on the sheet.
struct SheetGoal {
    std::string id, title;                     ///< Id and title.
    GoalStatus status = GoalStatus::Planned;   ///< Status.
    std::string specific, measurable, inspiring;  ///< S, M, I as written.
    std::string agreed_by;                     ///< A: who agreed.
    std::optional<Date> agreed_on;             ///< A: when.
    std::string realistic_note;                ///< R: note.
    std::optional<Date> start, end;            ///< T.
    std::string competence;                    ///< Competence area id.
    int steps_done = 0, steps_total = 0;       ///< Progress.
    std::optional<double> hours_planned;       ///< realistic.hours.
    double hours_spent = 0;                    ///< Hours logged on it (every year).
    std::optional<double> budget;              ///< realistic.budget.
    double euros_spent = 0;                    ///< Euros logged on it.
    std::vector<SheetStep> steps;              ///< Steps in file order.
    std::vector<SheetEvidence> evidence;       ///< Evidence in file order.
    bool is_private = false;                   ///< Marked private.
};

/// The whole sheet.
struct Sheet {
    Date today;                                     ///< The day it is made for.
    bool public_only = false;                       ///< --public: every private item left out.
    bool has_private = false;                       ///< Some item shown is private (the banner).
    std::string name, id, role, school, team, manager;  ///< The person.
    std::optional<Date> start, end;                 ///< The period.
    std::optional<long> days_left;                  ///< Days until the period ends.
    std::optional<SheetConversation> last_conversation;  ///< The latest held on or before today.
    std::optional<SheetConversation> next_conversation;  ///< The first planned after today.
    ChangeSource change_source = ChangeSource::NoConversation;  ///< Where `changes`/`activities` come from.
    std::vector<PopChange> changes;                 ///< History: as pop diff computes them.
    std::vector<SheetActivity> activities;          ///< Dated in the file after the last conversation.
    std::vector<DueItem> due;                       ///< Overdue, or due within the policy's step window.
    std::vector<Finding> reminders;                 ///< Reminder findings other than steps (those are in `due`), most urgent first.
    std::vector<SheetGoal> goals;                   ///< In file order.
    YearAccount school_year;                        ///< Today's school year: planned, spent, allowance.
    int school_year_start = 8;                      ///< The policy's first month of a school year (names it).
    std::optional<CompetenceFramework> framework;   ///< The policy's competence framework (none: no section).
    AssessmentSummary assessment;                   ///< The latest self-assessment against it, and its change.
};

/// What the sheet is built from.
struct SheetInput {
    const Pop* pop = nullptr;            ///< The POP now (required).
    const Policy* policy = nullptr;      ///< Its folder's policy (required).
    const Roster* roster = nullptr;      ///< Its folder's roster (may be null).
    const Pop* baseline = nullptr;       ///< The POP as committed on or before the last conversation; null: none.
    bool public_only = false;            ///< Leave out every private item.
};

/// The date of the latest conversation held on or before `today` (nullopt: none).
std::optional<Date> last_conversation_date(const Pop& pop, const Date& today);

/// Builds the sheet.
Sheet build_sheet(const SheetInput& input, const Date& today);

}  // namespace pop
