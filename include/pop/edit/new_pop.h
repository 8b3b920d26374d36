#pragma once
/// New POP files: the bytes of a file that does not exist yet, built from values (`pop init`) or
/// from an old POP (`pop renew`), in pop's default block style, every scalar through format_scalar
/// so that YAML 1.2 and YAML 1.1 readers read the same values. Touches no files.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pop/base/date.h"
#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"
#include "pop/edit/pop_edit.h"
#include "pop/i18n/messages.h"
#include "pop/model/model.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// Writes a YAML file line by line in block style: two spaces per level, sequences indented under
/// their key, lists of plain values in flow style `[a, b]`, text with line breaks as literal blocks.
class BlockWriter {
public:
    /// A writer whose lines end in `newline` ("\n" or "\r\n").
    explicit BlockWriter(std::string newline = "\n");

    /// A comment line "# text" at `indent` spaces ("#" alone for an empty text).
    void comment(std::string_view text, std::size_t indent = 0);

    /// An empty line.
    void blank_line();

    /// "key: value" (or "key:" and the value's block below it) at `indent` spaces.
    void field(std::string_view key, const NewValue& value, std::size_t indent = 0);

    /// A block sequence item "- value" whose dash is at `indent` spaces; a mapping starts on the dash's line.
    void item(const NewValue& value, std::size_t indent);

    /// Lines taken as they are (a line break is added after the last one).
    void lines(std::string_view text);

    /// What has been written so far.
    const std::string& text() const { return text_; }

private:
    std::string value_text(const NewValue& value, std::size_t indent) const;  // what follows "key:" or "-"
    std::string mapping_text(const NewValue& value, std::size_t indent, bool first_on_line) const;

    std::string newline_;
    std::string text_;
};

/// A plain YAML 1.2 number (int or float) as text that YAML 1.2 and YAML 1.1 (PyYAML) readers read
/// as the same number: integers in decimal without leading zeros or '+' (`020` is 16 to PyYAML,
/// `0o17` text), floats with a point and a signed exponent (`1e5` is text to PyYAML).
std::string portable_number(std::string_view text);

/// The value a node of a document holds, to be written again: collections field by field, plain
/// scalars that YAML 1.2 reads as null or a boolean as they are, numbers through portable_number,
/// all other scalars as text (quoted by format_scalar where needed). Comments, anchors and the
/// style are not kept.
NewValue value_of(const YamlDocument& doc, const YamlNode& node);

/// Whether two nodes hold the same value: the same kinds, keys in the same order, and scalars with
/// the same YAML 1.2 type and the same text (numbers: the same portable_number); style, flow or
/// block, and comments do not count.
bool same_value(const YamlDocument& a_doc, const YamlNode& a, const YamlDocument& b_doc, const YamlNode& b);

/// What `pop init` knows of a new colleague; empty fields are left out of the file.
struct NewPopPerson {
    std::string id, name, role, school, team, manager;  ///< As given.
};

/// A problem when --id or --name is missing, or the id is not valid; else nullopt.
std::optional<UsageProblem> new_person_problem(const NewPopPerson& person);

/// Where `pop init` writes the new POP: `file` when given, else "<id>.pop.yaml".
std::string new_pop_path(const std::string& file, const std::string& id);

/// A problem when the file name of `path` does not end in .pop.yaml (edit.init.bad-name); else nullopt.
std::optional<UsageProblem> pop_name_problem(const std::string& path);

/// The bytes of a new POP as `pop init` writes it: the schema modeline, a comment, the person and
/// the period (comments in `lang`).
std::string initial_pop_text(const NewPopPerson& person, const Date& start, const Date& end, const Date& today,
                             std::string_view schema_reference, Lang lang);

/// The last day of a period that starts on `start` and runs for the policy's renewal_years (4 by
/// default; 1 in Flanders): the day before the same date that many years later.
Date default_period_end(const Date& start, const Policy& policy);

/// A period of a POP.
struct Period {
    Date start;  ///< First day.
    Date end;    ///< Last day.
};

/// The period of the POP that renews `old` (at `path`): from `start_text` (--start), or else the
/// day after the old period ends; to `end_text` (--end), or else default_period_end. A problem
/// when a date given is not one, or when there is no --start and the old POP has no period end.
std::variant<Period, UsageProblem> renewal_period(const Pop& old, const std::string& start_text,
                                                  const std::string& end_text, const Policy& policy,
                                                  const std::string& path);

/// The edit that makes the old POP end the day before the new period starts at `new_start`, when
/// its period ends on or after that day; nullopt when it ends before (or has no end).
std::optional<ValueAt> shortened_period(const Pop& old, const Date& new_start);

/// Whether `pop renew` carries a goal of the old POP into the period from `new_start` to `new_end`:
/// every goal that is not achieved or dropped and does not lie outside the period (ending before
/// it or starting after it); and an item the model could not read as a goal, so that nothing is lost.
bool renew_carries(const Goal* goal, const Date& new_start, const Date& new_end);

/// The file name (without a folder) of the POP that renews `old_name`: "<person id>-<start
/// year>.pop.yaml", or the old name's stem when the POP has no usable id.
std::string renewed_file_name(const Pop& old, std::string_view old_name, const Date& start);

/// What `pop renew` needs to build the new POP.
struct RenewalInput {
    std::string_view old_bytes;           ///< The old POP as read.
    const YamlDocument* old_doc = nullptr;  ///< Its tree (from read_yaml on old_bytes).
    std::string old_name;                 ///< The old file's name, as the comments name it.
    Date start;                           ///< The new period's start.
    Date end;                             ///< The new period's end.
    Date today;                           ///< The date the comments give.
    std::string schema_reference;         ///< Where the modeline points (see the CLI's schema_reference).
    Lang lang = Lang::En;                 ///< Language of the comments.
};

/// The new POP that renews an old one.
struct RenewedPop {
    std::string text;                          ///< Its bytes.
    std::vector<std::string> carried_ids;      ///< The ids of the goals carried over (empty text when none).
    std::vector<std::string> cut_ids;          ///< Carried goals that ended after the new period: now at its end.
    std::vector<std::string> undated_ids;      ///< Carried goals with open steps that lost a due date outside the goal.
    std::vector<std::string> left_behind_ids;  ///< Carried goals whose done steps or evidence stayed in the old file.
    std::vector<std::string> ended_ids;        ///< Open goals not carried: they lie outside the new period.
    bool rewritten = false;                    ///< Written from the values (the old file is flow style or JSON).
};

/// The new POP for the next period: the person, the new period, a comment naming the goals that
/// were achieved, stopped or ended before the new period, and the goals still open, each changed
/// to belong to the new period: it starts no earlier than the period and ends no later; its done
/// steps and evidence stay in the old file (a comment above it says so); an open step due outside
/// its new dates loses the date (a goal agreed only through the old POP's two signatures is
/// agreed again when both sign the new one: the checklist asks for that). Parts the old file writes in block style are copied
/// byte for byte (comments included) and then edited with YamlEditor; when the old file is a flow
/// document or JSON (or an edit cannot be made exactly), the whole file is written from the values
/// in the default block style. The result is read again before it is returned: unless it parses
/// and holds the old person, the new period and exactly the planned goals, it is refused
/// (edit.renew.unsupported).
std::variant<RenewedPop, EditError> renew_pop(const RenewalInput& input);

/// A POP that `pop renew --all` looks at, with the repository files that apply to it.
struct RenewalCandidate {
    std::string path;               ///< As shown to the user.
    const Pop* pop = nullptr;       ///< Its model.
    const Policy* policy = nullptr; ///< Its policy (renewal_years, period_end_days); defaults when null.
    const Roster* roster = nullptr; ///< Its roster, when there is one.
};

/// Why `pop renew --all` leaves a POP alone.
enum class RenewalSkip : unsigned char {
    NotDue,    ///< Its period runs on past the warning window (policy period_end_days).
    Inactive,  ///< Its person is inactive on the roster.
    Newer,     ///< The person has a POP with a later period (already renewed).
    NoPeriod,  ///< It has no valid period end to start from.
};

/// A POP to renew and the new period.
struct RenewalPlan {
    std::string path;  ///< The POP to renew.
    Date start;        ///< The day after its period ends.
    Date end;          ///< renewal_years later, minus a day.
};

/// A POP that is not renewed, and why.
struct SkippedRenewal {
    std::string path;   ///< The POP.
    std::string person; ///< Its person's id (or name), for the summary.
    RenewalSkip why;    ///< Why.
};

/// What `pop renew --all` does, in the order of the candidates.
struct RenewalPlans {
    std::vector<RenewalPlan> renew;       ///< The POPs to renew.
    std::vector<SkippedRenewal> skipped;  ///< The others.
};

/// The POPs `pop renew --all` leaves alone, grouped for its summary.
struct SkippedPeople {
    std::vector<std::string> inactive;   ///< People (id, else path) inactive on the roster.
    std::vector<std::string> not_due;    ///< People (id, else path) whose period runs on.
    std::vector<std::string> no_period;  ///< Paths of POPs without a valid period end.
};

/// Groups `skipped` by why (a POP already renewed is in no group).
SkippedPeople group_skipped(const std::vector<SkippedRenewal>& skipped);

/// Decides for every person's latest POP (by period start; people are told apart by id, else by
/// file name without the "-<year>" a renewal adds) whether it is renewed: when its period has ended or ends within the policy's
/// period_end_days of `today`, and the person is not inactive on the roster.
RenewalPlans plan_renewals(const std::vector<RenewalCandidate>& candidates, const Date& today);

}  // namespace pop
