#pragma once
/// `pop report`: a coordinator's overview of a whole repository, as values. Each POP is reduced to
/// a small summary with nothing private in it; the summaries are added up into the report; the
/// renderers (src/core/render/report_<format>.cpp) turn it into text, markdown, csv, json or html.
/// Privacy: private goals, steps, evidence and conversations, conversation notes and reflections
/// never enter a summary; the report counts what it left out.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/model/competence.h"
#include "pop/model/model.h"

namespace pop {

struct HoursReport;  // pop/reports/hours.h

/// Which values of a POP failed the structure check; each is left out of the totals it belongs to.
struct InvalidValues {
    bool hours = false;        ///< A goal's `hours` is not a usable number (e.g. `12,5`, negative, not finite).
    bool budget = false;       ///< A goal's `budget` is not a usable number.
    bool methods = false;      ///< A method that is not in the spec (e.g. `intervisie`).
    bool learning = false;     ///< A kind of learning that is not in the spec.
    bool competence = false;   ///< A competence area that is not in the spec.
    /// Whether any value is invalid.
    bool any() const { return hours || budget || methods || learning || competence; }
};

/// What one POP contributes to the team report; built without any private content.
struct PersonSummary {
    std::string path;                        ///< The POP file.
    std::string id;                          ///< person.id.
    std::string name;                        ///< person.name.
    std::string team;                        ///< person.team.
    std::optional<Date> period_start;        ///< Period start.
    std::optional<Date> period_end;          ///< Period end.
    bool current = false;                    ///< The period includes today.
    int goals = 0;                           ///< Goals that are not private.
    int goals_achieved = 0;                  ///< Of those, achieved.
    int steps_done = 0;                      ///< Steps done (not private, of goals not private).
    int steps_total = 0;                     ///< All such steps.
    std::optional<Date> last_conversation;   ///< Last conversation held (not private).
    std::optional<Date> next_conversation;   ///< The next one planned, or when the policy requires it.
    double hours_per_year = 0;               ///< Planned hours of goals not dropped, per year of the period.
    double budget_per_year = 0;              ///< Planned euros of goals not dropped, per year of the period.
    bool ended = false;                      ///< The period ended before today.
    int errors = 0;                          ///< `pop check` errors of the file (set by whoever checked it).
    InvalidValues invalid;                   ///< Values left out of the totals (goals that are not private).
    std::optional<double> hours_allowance;   ///< The policy's hours_per_year (none: no limit).
    std::optional<double> budget_allowance;  ///< The policy's budget_per_year (none: no limit).
    std::vector<std::string> reminder_rules; ///< Ids of the reminders that apply (no messages: they may quote private text).
    /// One goal as counted in the groupings (methods, school goals, themes).
    struct GoalFacts {
        std::string title;                   ///< Title (public).
        std::string learning;                ///< formal, non_formal, informal or empty (also when not in the spec).
        std::string competence;              ///< Competence area or empty (also when not in the spec).
        std::vector<std::string> methods;    ///< Methods of the spec (others are left out).
        std::vector<std::string> school_goals;  ///< Linked school goal ids.
    };
    std::vector<GoalFacts> goal_facts;       ///< Per goal that is not private and a need (running or planned).
    int min_group_size = Policy{}.min_group_size;  ///< Its policy's min_group_size (the report uses the largest).
    /// One area of the latest self-assessment (dated on or before today) that has a level.
    struct AssessedArea {
        std::string area;            ///< Area id of the framework.
        bool below = false;          ///< Lower than the level the person's role requires.
    };
    /// The POP's policy's competence framework (null: none); must outlive TeamReportBuilder::add().
    const CompetenceFramework* framework = nullptr;
    std::vector<AssessedArea> assessed;      ///< Framework order; levels only (also of a private assessment).
    /// What was left out for privacy.
    int private_goals = 0, private_steps = 0, private_evidence = 0, private_conversations = 0, notes = 0,
        reflections = 0;
};

/// Reduces a POP to its summary for the team report. Values that are not in the spec (methods,
/// kinds of learning, competence areas) or not usable numbers (hours, budget) are left out and
/// marked in `invalid`; `errors` is left 0 for the caller, who checked the file.
/// `roster` (may be null) gives the person's role (teacher, starter, support staff), which sets the
/// level the competence framework requires of them.
PersonSummary summarize_for_team(const Pop& pop, const Policy& policy, const Date& today, const std::string& path,
                                 const Roster* roster = nullptr);

/// A person's state in the report: what the coordinator has to do about their POP.
enum class PopState : unsigned char {
    None,              ///< No POP of theirs exists: a first POP is to be written.
    Expired,           ///< Their latest POP's period ended (expired_on): it is to be renewed.
    Current,           ///< A POP whose period includes today, without `pop check` errors.
    CurrentWithErrors  ///< A current POP with `pop check` errors: they are to be fixed.
};

/// The stable English word of a state in JSON: "none", "expired", "current", "current_with_errors".
std::string_view pop_state_word(PopState state);

/// One row of the people table.
struct PersonRow {
    std::string id, name, team;             ///< From the roster, else from the POP.
    std::string path;                       ///< The current POP's file (empty when missing).
    bool on_roster = false;                 ///< Listed (and active) on the roster.
    bool has_current_pop = false;           ///< A POP whose period includes today.
    PopState state = PopState::None;        ///< What is to be done.
    std::optional<Date> expired_on;         ///< Expired: the end of the latest POP's period.
    int errors = 0;                         ///< `pop check` errors of the current POP.
    std::optional<Date> period_end;         ///< Its period end.
    int goals = 0, goals_achieved = 0;      ///< Goals.
    int steps_done = 0, steps_total = 0;    ///< Progress.
    std::optional<Date> last_conversation;  ///< Last conversation.
    std::optional<Date> next_conversation;  ///< Next conversation (planned or required).
    double hours_per_year = 0;              ///< Hours planned per year.
    double budget_per_year = 0;             ///< Euros planned per year.
    InvalidValues invalid;                  ///< Values of the current POP left out (hours, budget: not shown).
    std::vector<std::string> warnings;      ///< Reminder rule ids.
};

/// Totals of one team.
struct TeamRow {
    std::string team;                         ///< Team name ("" for people without one).
    int people = 0, with_current_pop = 0;     ///< Headcount and how many have a current POP.
    int goals = 0, steps_done = 0, steps_total = 0;  ///< Goals and progress.
    double hours_per_year = 0;                ///< Sum of hours planned per year (POPs with valid hours).
    int warnings = 0;                         ///< Reminders.
    double budget_per_year = 0;               ///< Sum of euros planned per year (POPs with valid budgets).
};

/// Why a group's numbers are not shown (docs/reports.md, "Team needs and privacy").
enum class Suppressed : unsigned char {
    No,             ///< Shown.
    SmallGroup,     ///< Fewer people than min_group_size: shown as "fewer than N".
    Complementary,  ///< Hidden so that a small group cannot be worked out from a total.
};

/// How often something is chosen as a need: a method, a kind of learning, a competence area, a
/// theme, a school goal. A suppressed row has goals 0, people 0 and no examples.
struct CountRow {
    std::string key;       ///< The value (e.g. "coaching").
    std::string label;     ///< A title, for school goals.
    int goals = 0;         ///< Goals that have it.
    int people = 0;        ///< Different people with such a goal.
    std::vector<std::string> examples;  ///< A few goal titles (at most 5), for the professionalisation plan.
    Suppressed suppressed = Suppressed::No;  ///< Whether (and why) its numbers are not shown.
};

/// Suppresses the groups of one section (its rows, with their true numbers) that fewer than
/// `min_group_size` people share, then, while a reader who knows the section's total could work
/// out such a group's count, the next-smallest shown group too; suppressed rows get goals 0,
/// people 0 and no examples. Rows keep their order. Rows of no one (0 people) stay shown.
void protect_small_groups(std::vector<CountRow>& rows, int min_group_size);

/// One area of a competence framework in the team report: how many people (current POPs) have a
/// latest self-assessment of it and how many of them are below the level their role requires.
struct AssessmentAreaRow {
    std::string area;                        ///< Area id.
    std::string name_nl, name_en;            ///< The area's names.
    int assessed = 0;                        ///< People whose latest self-assessment gives it a level.
    int below = 0;                           ///< Of those, below the required level.
    /// Whether (and why) the counts are not shown: fewer than min_group_size people assessed it
    /// (both counts hidden), or fewer below (the below count hidden; protect_small_groups).
    Suppressed suppressed = Suppressed::No;
    bool assessed_suppressed = false;        ///< `assessed` is hidden too (fewer assessed than min_group_size).
};

/// The areas of one framework: every area in framework order.
struct AssessmentGroup {
    std::string framework;                   ///< Framework id.
    std::string name_nl, name_en;            ///< The framework's names.
    std::vector<AssessmentAreaRow> areas;    ///< In framework order.
};

/// What the report left out for privacy, added up.
struct LeftOut {
    int private_goals = 0, private_steps = 0, private_evidence = 0, private_conversations = 0, notes = 0,
        reflections = 0;  ///< Counts.
};

/// How many current POPs were left out of each total because a value of theirs failed the
/// structure check (such a POP's other values still count).
struct LeftOutForErrors {
    int hours = 0, budget = 0, methods = 0, learning = 0, competences = 0;  ///< POPs left out of that figure.
    /// Whether any POP was left out of anything.
    bool any() const { return hours || budget || methods || learning || competences; }
};

/// The yearly allowance of the policies of the current POPs.
struct Allowance {
    std::optional<double> hours;   ///< hours_per_year (none: no limit, or varies).
    std::optional<double> budget;  ///< budget_per_year (none: no limit, or varies).
    bool varies = false;           ///< The current POPs' folders have different policies' allowances.
};

/// The whole overview.
struct TeamReport {
    Date today;                         ///< The date it was made for.
    std::vector<PersonRow> people;      ///< Sorted by team, then name, then id.
    std::vector<TeamRow> teams;         ///< Sorted by team name.
    // The needs: running and planned goals of current POPs, grouped; each section protected by
    // protect_small_groups, the suppressed rows after the shown ones (school goals: file order).
    std::vector<CountRow> school_goals; ///< Per school goal (all of them, also unused), in file order.
    std::vector<CountRow> methods;      ///< Per method, most used first.
    std::vector<CountRow> learning;     ///< Per kind of learning.
    std::vector<CountRow> competences;  ///< Per competence area.
    /// The names of the areas in `competences`, from the frameworks of the POPs' policies.
    std::vector<CompetenceArea> competence_areas;
    std::vector<CountRow> themes;       ///< Per theme of the school goals the goals serve.
    /// Self-assessments below the required level, per framework (by framework id; only frameworks
    /// some current POP's latest self-assessment uses) and area.
    std::vector<AssessmentGroup> assessments;
    int min_group_size = Policy{}.min_group_size;  ///< Groups of fewer people are suppressed.
    LeftOut left_out;                   ///< What privacy kept out.
    LeftOutForErrors left_out_for_errors;  ///< Current POPs left out of totals because of invalid values.
    Allowance allowance;                ///< The policy's allowance of hours and budget per year.
    int pops = 0;                       ///< POP files read.
};

/// Adds up summaries (any order) into the report; roster and school goals may be null.
TeamReport build_team_report(const std::vector<PersonSummary>& summaries, const Roster* roster,
                             const SchoolGoals* school_goals, const Date& today);

/// The people table of a report, produced row by row in report order, so that a report of many
/// people need not hold them all as PersonRow at once.
class PeopleRows {
public:
    /// Destroys the rows.
    virtual ~PeopleRows() = default;
    /// Number of rows.
    virtual std::size_t size() const = 0;
    /// Calls `visit` with every row in report order; a row is valid only during its call.
    virtual void each(const std::function<void(const PersonRow&)>& visit) const = 0;
};

/// The rows of a report's `people` vector, as PeopleRows.
class PeopleVector final : public PeopleRows {
public:
    /// Views `rows`, which must outlive this object.
    explicit PeopleVector(const std::vector<PersonRow>& rows) : rows_(rows) {}
    /// Number of rows.
    std::size_t size() const override { return rows_.size(); }
    /// Every row in order.
    void each(const std::function<void(const PersonRow&)>& visit) const override;

private:
    const std::vector<PersonRow>& rows_;
};

/// Adds up POP summaries into a team report as they come, so that nothing per POP has to be kept:
/// a POP that is not current adds only to the counts of what was left out; a current one is kept
/// as a compact row (its people-table numbers, id, name, team, path, reminder ids, and per goal
/// its title and keys) in an arena. The report does not depend on the order of add() calls.
/// Not thread-safe: callers that add from several threads serialise the calls.
class TeamReportBuilder final : public PeopleRows {
public:
    /// An empty builder.
    TeamReportBuilder();
    /// Frees the records.
    ~TeamReportBuilder() override;
    /// Not copyable (the rows point into its arena).
    TeamReportBuilder(const TeamReportBuilder&) = delete;
    /// Not copyable.
    TeamReportBuilder& operator=(const TeamReportBuilder&) = delete;

    /// Adds one POP's summary.
    void add(const PersonSummary& summary);
    /// Computes the report from what was added: everything but `people`, which stays empty; the
    /// people table is then this builder's rows (PeopleRows). Roster and school goals may be null;
    /// the roster is used by the rows and must outlive this builder. Call once, after the last add().
    TeamReport finish(const Roster* roster, const SchoolGoals* school_goals, const Date& today);
    /// Number of people-table rows (valid after finish()).
    std::size_t size() const override;
    /// Every people-table row in report order (valid after finish()).
    void each(const std::function<void(const PersonRow&)>& visit) const override;

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Options of the renderers.
struct ReportOptions {
    Lang lang = Lang::En;      ///< Language.
    bool color = false;        ///< Text: ANSI colour.
    int width = 100;           ///< Text: width to fit; 0: no limit (full names, for a file or a pipe).
    char csv_separator = ',';  ///< CSV: ',' or ';'.
    bool excel = false;        ///< CSV for Excel: a UTF-8 byte order mark and headers in `lang` (not the keys).
    std::vector<std::string> missing;  ///< Files missing or unreadable (--partial): said at the top of the output.
    const HoursReport* hours = nullptr;  ///< HTML: `pop hours`' overview of the school year, shown as a section; none: no section.
};

/// Text tables that fit `width`.
std::string render_report_text(const TeamReport& report, const ReportOptions& options);
/// Markdown.
std::string render_report_markdown(const TeamReport& report, const ReportOptions& options);
/// CSV of the people table (RFC 4180 quoting), with a header row.
std::string render_report_csv(const TeamReport& report, const ReportOptions& options);
/// JSON ("pop-report", version 1; schemas/report.schema.json).
std::string render_report_json(const TeamReport& report, const ReportOptions& options);
/// One self-contained HTML page (no external assets), with progress bars and charts; prints well.
std::string render_report_html(const TeamReport& report, const ReportOptions& options);

/// Output formats of the report.
enum class ReportFormat { Text, Markdown, Csv, Json, Html };

/// Receives output piece by piece, in order.
using ReportSink = std::function<void(std::string_view)>;

/// Writes the report in `format` to `out` in pieces of bounded size (never the whole output at
/// once); the people table comes from `people`, `report.people` is not read.
void write_report(ReportFormat format, const TeamReport& report, const PeopleRows& people,
                  const ReportOptions& options, const ReportSink& out);

}  // namespace pop
