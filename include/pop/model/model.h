#pragma once
/// The typed model of the four kinds of files, built from a YAML tree that passed (or partly
/// passed) the structure check. Values that are missing or ill-typed are simply absent here.

#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/model/competence.h"
#include "pop/model/names.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// A value from a file with the position it was written at.
template <class T>
struct Located {
    T value{};     ///< The value.
    Mark at;       ///< Where the value starts in the file.
    std::uint32_t width = 1;  ///< Characters to underline when pointing at it.
};

/// An optional located value: absent when the key is missing or its value is unusable.
template <class T>
using Maybe = std::optional<Located<T>>;

/// Who agreed or signed, and when.
struct Signature {
    Maybe<std::string> name;  ///< The name written.
    Maybe<Date> date;         ///< The date written.
    Mark at;                  ///< Start of the signature mapping.
    bool complete = false;    ///< Both `name` and `date` are written (valid or not: bad values are reported elsewhere).
};

/// One step of a goal.
struct Step {
    Mark at;                   ///< Start of the step's mapping.
    Maybe<std::string> id;     ///< Optional id.
    Maybe<std::string> what;   ///< What the step is.
    Maybe<Date> due;           ///< Due date.
    Maybe<Date> done;          ///< Date done.
    bool is_private = false;   ///< Marked private.
};

/// One piece of evidence.
struct Evidence {
    Mark at;                   ///< Start of the evidence mapping.
    Maybe<Date> date;          ///< When.
    Maybe<std::string> what;   ///< What it shows.
    Maybe<std::string> link;   ///< Optional web address.
    Maybe<std::string> file;   ///< Optional path inside the repository.
    bool is_private = false;   ///< Marked private.
};

/// One entry of a ledger: time and money spent on learning.
struct LogEntry {
    Mark at;                        ///< Start of its mapping.
    Maybe<Date> date;               ///< When.
    Maybe<double> hours;            ///< Clock hours spent.
    Maybe<double> euros;            ///< Euros spent.
    Maybe<std::string> what;        ///< What was done.
    Maybe<std::string> learning;    ///< formal, non_formal, informal (as written).
    Maybe<std::string> method;      ///< A methods value.
    bool is_private = false;        ///< Marked private.
};

/// Which SMARTI keys a goal has written, valid or not (so a bad value is not also called missing).
struct GoalKeysWritten {
    bool specific = false, measurable = false, agreed = false, hours = false, start = false, end = false,
         inspiring = false, budget = false;  ///< One flag per key.
};

/// One development goal (SMARTI).
struct Goal {
    GoalKeysWritten written;              ///< Which SMARTI keys are written at all.
    Mark at;                              ///< Start of the goal's mapping.
    Maybe<std::string> id;                ///< Id, unique in the POP.
    Maybe<std::string> title;             ///< Title.
    Maybe<std::string> specific;          ///< S.
    Maybe<std::string> measurable;        ///< M.
    std::optional<Signature> agreed;      ///< A.
    bool has_realistic = false;           ///< Whether a `realistic` mapping is present.
    Mark realistic_at;                    ///< Where `realistic` starts (or the goal's start).
    Maybe<double> hours;                  ///< R: clock hours.
    Maybe<double> budget;                 ///< R: euros.
    Maybe<std::string> realistic_note;    ///< R: note.
    Maybe<Date> start;                    ///< T: start.
    Maybe<Date> end;                      ///< T: end.
    Maybe<std::string> inspiring;         ///< I.
    Maybe<std::string> learning;          ///< formal, non_formal, informal.
    std::vector<Located<std::string>> methods;       ///< Methods.
    Maybe<std::string> competence;        ///< Competence area.
    std::vector<Located<std::string>> school_goals;  ///< Linked school goal ids.
    GoalStatus status = GoalStatus::Planned;  ///< Status (planned when absent).
    std::vector<Step> steps;              ///< Steps.
    std::vector<Evidence> evidence;       ///< Evidence.
    std::vector<LogEntry> log;            ///< Ledger: time and money spent on the goal.
    Maybe<std::string> reflection;        ///< Reflection.
    bool is_private = false;              ///< Marked private.
};

/// One conversation of the cycle.
struct Conversation {
    Mark at;                                ///< Start of its mapping.
    std::optional<ConversationKind> kind;   ///< Which conversation.
    Maybe<Date> date;                       ///< When.
    Maybe<std::string> with;                ///< With whom.
    Maybe<std::string> agreements;          ///< Agreements.
    Maybe<std::string> notes;               ///< Notes (always private in multi-person output).
    bool is_private = false;                ///< Marked private.
};

/// One area of a self-assessment (zelfevaluatie).
struct AreaAssessment {
    Mark at;                                  ///< Start of its mapping.
    Maybe<std::string> area;                  ///< Area id (bekwaamheidsgebied).
    Maybe<std::string> level;                 ///< Level id (niveau).
    Maybe<std::string> explanation;           ///< Toelichting.
    std::vector<Located<std::string>> evidence;  ///< Links and paths (bewijs).
    Maybe<std::string> manager_level;         ///< The manager's view (oordeel leidinggevende).
};

/// One dated self-assessment against the policy's competence framework.
struct SelfAssessment {
    Mark at;                            ///< Start of its mapping.
    Maybe<Date> date;                   ///< When.
    Maybe<std::string> manager;         ///< Whose view manager_level is.
    bool is_private = false;            ///< Marked private.
    std::vector<AreaAssessment> areas;  ///< One per area assessed.
};

/// The person whose POP it is.
struct Person {
    Maybe<std::string> id, name, role, school, team, manager;  ///< As in the file.
};

/// A whole POP.
struct Pop {
    Person person;                          ///< Whose POP.
    Maybe<Date> period_start;               ///< Period start.
    Maybe<Date> period_end;                 ///< Period end.
    std::optional<Signature> employee_sign; ///< Sign-off by the employee.
    std::optional<Signature> manager_sign;  ///< Sign-off by the manager.
    bool has_goals_key = false;             ///< Whether `goals` is written at all.
    bool goals_written_as_list = true;      ///< False when `goals` is written but is not a list (e.g. empty).
    Mark goals_at;                          ///< Where `goals` starts (or the file start).
    std::vector<Goal> goals;                ///< Goals.
    std::vector<Conversation> conversations;  ///< Conversations.
    Mark sign_off_at;                       ///< Where `sign_off` starts (or the file start).
    Mark conversations_at;                  ///< Where `conversations` starts (or the file start).
    std::vector<LogEntry> log;              ///< Ledger of learning not tied to a goal.
    std::vector<SelfAssessment> self_assessments;  ///< Self-assessments, as written (any order).
};

/// The policy: thresholds for the rules, from a preset and the policy file. A default-made
/// Policy is the plain defaults, the same as policy_preset("").
struct Policy {
    std::string preset;                   ///< "po", "vo", "mbo", "vlaanderen" or empty.
    int renewal_years = 4;                ///< Renew the POP at least this often.
    int conversation_months = 12;         ///< A conversation at least this often.
    std::optional<double> hours_per_year; ///< Yearly allowance of hours; none means no limit.
    std::optional<double> budget_per_year;  ///< Yearly budget in euros; none means no limit.
    int period_end_days = 60;             ///< Warning window before the period ends.
    int step_due_days = 14;               ///< Warning window before a step is due.
    int inactivity_months = 3;            ///< A goal without activity this long gets a warning.
    int min_specific_words = 8;           ///< Least words in `specific`.
    /// Words that alone do not make a goal specific.
    std::vector<std::string> vague_words{"beter", "meer", "verbeteren", "goed", "leuk", "optimaliseren",
                                         "professionaliseren", "ontwikkelen"};
    int max_goal_months = 24;             ///< Longest a goal may run.
    int stale_months = 12;                ///< With --history: a POP unchanged in git this long is "in the drawer".
    int retention_months = 24;            ///< Keep the POPs of someone who left this long (AVG): roster.retention.
    bool require_sign_off = false;        ///< complete.sign-off: a current POP is signed by both.
    bool require_current_goal = false;    ///< complete.goal: a current POP has a goal that runs today.
    bool require_conversation = false;    ///< complete.conversation: a conversation within conversation_months.
    int min_group_size = 5;               ///< Reports show no development needs of a group of fewer people.
    std::optional<double> support_hours_per_year;  ///< Yearly hours of support staff (full-time); none: no personal hours.
    std::optional<double> starter_hours_per_year;  ///< Extra yearly hours of a starter (full-time); none: no extra.
    int starter_years = 0;                ///< School years from start_date that someone is a starter.
    int carry_over_years = 0;             ///< School years that unused hours and budget stay usable (0: none).
    int school_year_start = 8;            ///< Month the school year starts in (on the 1st).
    int hours_plan_margin = 25;           ///< Percent a goal's spent hours may exceed its plan (hours.plan-exceeded).
    int hours_unused_days = 60;           ///< Remind of unused allowance this many days before the school year ends.
    /// The competence framework self-assessments and goals' `competence` use; none: no framework.
    std::optional<CompetenceFramework> competence_framework;

    /// Two policies are equal when every threshold and word is.
    friend bool operator==(const Policy&, const Policy&) = default;
};

/// One member of staff on the roster.
struct StaffMember {
    Located<std::string> id;   ///< Id.
    std::string name;          ///< Name.
    std::string team;          ///< Team.
    bool active = true;        ///< Still employed: `active` is not false and `left` is not given.
    Maybe<Date> left;          ///< The day they left, when given.
    std::optional<double> fte;        ///< Part-time factor (1: full time), when given.
    bool support = false;             ///< `role_group: support` (otherwise a teacher).
    std::optional<Date> start_date;   ///< First working day, when given.
};

/// The roster.
struct Roster {
    std::vector<StaffMember> staff;  ///< Everyone on it.
};

/// One school goal.
struct SchoolGoal {
    Located<std::string> id;  ///< Id.
    std::string title;        ///< Title.
    std::string theme;        ///< Theme.
};

/// The school's goals.
struct SchoolGoals {
    std::vector<SchoolGoal> goals;  ///< All of them.
};

/// What a POP may show in output about more than one person: without private goals, steps,
/// evidence and conversations, and without conversation notes and reflections. Private ledger
/// entries count only as hours: they keep their date, hours and kind of learning, and lose their
/// text, method and euros; the entries of a private goal move to the top-level log that way
/// (their kind of learning resolved from the goal first). Private self-assessments count only as
/// levels: they keep their date and each area's area and level, and lose the rest.
Pop public_view(const Pop& pop);

/// What the repository-wide checks need of each POP: whose it is and when it runs.
struct PopSummary {
    Located<std::string> person_id;  ///< The person's id as written (empty when missing).
    std::optional<Date> start;       ///< Period start, when valid.
    std::optional<Date> end;         ///< Period end, when valid.
};

/// True when the POP's period includes `today`.
bool is_current(const PopSummary& pop, const Date& today);

/// The summary of a POP.
PopSummary summarize(const Pop& pop);

/// The defaults of a sector preset ("po", "vo", "mbo", "vlaanderen"; anything else: the plain defaults, Policy{}).
Policy policy_preset(std::string_view preset);

/// Builds a POP from a tree (ill-typed values are left out).
Pop build_pop(const YamlDocument& doc);

/// Where a conversation on `date` goes in the POP's list of conversations to keep it in date
/// order: before the first one with a later date (so after those of the same day); the end of
/// the list when none is later. Conversations without a valid date are passed over.
std::size_t conversation_position(const Pop& pop, const Date& date);

/// Builds a policy: the preset named in the file, overridden by what the file says.
Policy build_policy(const YamlDocument& doc);

/// Builds a roster.
Roster build_roster(const YamlDocument& doc);

/// Builds the school goals.
SchoolGoals build_school_goals(const YamlDocument& doc);

}  // namespace pop
