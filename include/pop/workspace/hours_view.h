#pragma once
/// `pop hours` as a use case over a workspace: every POP summarised with the policy of its own
/// folder, added up per person, reconciled with the roster's fte, role group and start date.

#include <optional>

#include "pop/base/date.h"
#include "pop/reports/hours.h"
#include "pop/workspace/views.h"
#include "pop/workspace/workspace.h"

namespace pop {

/// The outcome of `pop hours` over a workspace.
struct HoursRun {
    HoursReport report;                      ///< The report.
    std::vector<UnreadableFile> unreadable;  ///< The POPs that could not be read, in path order.
    std::size_t pops = 0;                    ///< POP files found.
    std::size_t readable = 0;                ///< POP files read (usable or not).
};

/// The school year `today` falls in under the policy of the workspace's first POP (or the defaults).
int default_school_year(const Workspace& workspace, const Date& today);

/// Reads every POP of the workspace (in parallel) and makes the report of school `year`, with the
/// roster of team_context (named, or the first path's folder).
HoursRun hours_report(const Workspace& workspace, int year);

}  // namespace pop
