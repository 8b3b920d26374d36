#pragma once
/// The commands that show what is due, as use cases over a workspace: `pop due`, `pop calendar`,
/// `pop status` and `pop report`. Each POP is seen with the policy of its own folder, and a POP
/// that a later POP of the same person took over, or whose person left (inactive on the roster),
/// has no reminders and nothing due, exactly as in `pop check --reminders`.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/reports/calendar.h"
#include "pop/reports/report.h"
#include "pop/reports/status.h"
#include "pop/workspace/workspace.h"

namespace pop {

class HoursBuilder;  // pop/reports/hours.h

/// A POP of the workspace, built, with the facts its reminders depend on.
struct PopInContext {
    std::string path;               ///< As found or named.
    Pop pop;                        ///< The model.
    Policy policy;                  ///< The policy of its folder (the defaults when none).
    bool superseded = false;        ///< A later POP of the same person took it over.
    bool inactive = false;          ///< Its person is on the roster as no longer active.
    /// Whether reminders and due items apply (neither superseded nor inactive).
    bool has_reminders() const { return !superseded && !inactive; }
};

/// A file that could not be read, and why.
struct UnreadableFile {
    std::string path;   ///< As found or named.
    std::string error;  ///< Catalog key of input.unreadable.*.
};

/// The POPs of a workspace, read (each file once, however often it was named).
struct LoadedPops {
    std::vector<PopInContext> pops;         ///< The usable POPs, in path order.
    std::vector<UnreadableFile> unreadable; ///< The POPs that could not be read, in path order.
    std::size_t files = 0;                  ///< POP files found (readable or not, usable or not).
};

/// The POP inputs of the workspace, each file once (by absolute path), in order.
std::vector<std::size_t> distinct_pops(const Workspace& workspace);

/// Reads and builds every POP of the workspace (in parallel), with its policy and state.
LoadedPops load_pops(const Workspace& workspace);

/// Everything a multi-person command was given or found that is missing or could not be read: the
/// folders that could not be searched, the repository files that could not be read and the POPs
/// in `pops` (those load_pops or add_to_team_report could not read), in that order.
std::vector<UnreadableFile> missing_inputs(const Workspace& workspace, const std::vector<UnreadableFile>& pops);

/// What a command that shows several people (`report`, `due`, `calendar`) may write: decided once
/// the inputs are found and read, before the first byte (docs/reports.md, "Missing files").
enum class OutputDecision {
    Write,         ///< Everything was read: write the output.
    WritePartial,  ///< Something is missing, --partial was given and some POP was read: write with a notice.
    Refuse,        ///< Something is missing: write nothing (exit 3).
    NoPopFiles,    ///< No POP files at all: write nothing (exit 2, as `pop check`).
};

/// The decision for `pop_files` POP files found, `read` of them read, `missing` inputs missing or
/// unreadable, with or without --partial.
OutputDecision decide_output(std::size_t pop_files, std::size_t read, std::size_t missing, bool partial);

/// What `pop due` lists: the items due within the horizon, sorted by date, then person.
struct DueList {
    std::vector<DueLine> lines;        ///< The items.
    std::size_t private_left_out = 0;  ///< Private items left out because more than one POP is shown.
};

/// The items due on or before `today` + `within_days` (items already overdue included), and those
/// further ahead that the POP's policy already reminds of (`warn: step_due_days` for steps and
/// conversations, `period_end_days` for the end of the period), so that `pop due` never leaves
/// out what `pop check --reminders` warns about. With more than one POP, private items stay out
/// (and are counted).
DueList list_due(const LoadedPops& loaded, const Date& today, int within_days);

/// What `pop calendar` writes: the entries with their UIDs, sorted by date then person.
struct CalendarList {
    std::vector<CalendarEntry> entries;  ///< The entries.
    std::size_t private_left_out = 0;    ///< Private items left out because more than one POP is shown.
    std::string person;                  ///< The one person (id, else name, else path), when one POP is shown.
};

/// Every due item as a calendar entry; with more than one POP, private items stay out (counted).
CalendarList list_calendar(const LoadedPops& loaded, const Date& today);

/// What `pop status` shows of one POP.
struct PopStatus {
    std::optional<FileBytes> unreadable;  ///< Set when the file could not be read.
    StatusView view;                      ///< Progress and reminders.
    std::size_t errors = 0;               ///< Errors of the reader and the structure check.
    std::string successor;                ///< The later POP of the same person in its folder, if any.
    std::string bytes;                    ///< The file's bytes (for source lines).
};

/// The status of the POP at `path`, with the policy and roster of its folder: no reminders when a
/// later POP of the same person in the same folder took it over, or its person left.
PopStatus pop_status(const std::string& path, const FileSource& files, const Date& today);

/// The outcome of adding every POP of a workspace to a team report.
struct TeamReportRun {
    std::vector<UnreadableFile> unreadable;  ///< The POPs that could not be read, in path order.
    std::size_t pops = 0;                    ///< POP files found.
    std::size_t readable = 0;                ///< POP files read (usable or not).
};

/// The roster and school goals of a team report: named in the request, or those of the first
/// path's folder.
PopContext team_context(const Workspace& workspace);

/// Adds every POP of the workspace to `builder` (in parallel), each summarised with the policy of
/// its folder; a POP whose person left adds no reminders, and the builder leaves out those of a POP
/// that a later POP of the same person took over. With `hours`, each POP is also added to it
/// (summarize_hours without details), for the hours section of the HTML report.
TeamReportRun add_to_team_report(const Workspace& workspace, const Date& today, TeamReportBuilder& builder,
                                 HoursBuilder* hours = nullptr);

}  // namespace pop
