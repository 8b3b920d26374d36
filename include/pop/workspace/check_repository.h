#pragma once
/// `pop check` of some paths as one use case: every file found is read and checked (POPs in
/// parallel, output in path order whatever the timing), the repository-level rules run
/// (roster.* per roster found in a searched folder, history.stale, input.leftover-temp), and
/// --changed-since leaves out the POPs that did not change. The output goes, file by file, to a
/// CheckOutput that the caller keeps (in memory, or spooled to disk by the CLI).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/render/render_check.h"
#include "pop/workspace/sources.h"
#include "pop/workspace/workspace.h"

namespace pop {

/// Where the rendered files go, in output order, with holes for output that comes later (a
/// roster's own findings are known only once all its POPs are checked).
class CheckOutput {
public:
    virtual ~CheckOutput() = default;
    /// Appends a file's pieces at the end.
    virtual void append(const FilePieces& pieces) = 0;
    /// Keeps a hole at the end for output that comes later; returns its number.
    virtual std::size_t hole() = 0;
    /// Fills hole `n` (each hole exactly once).
    virtual void fill(std::size_t n, const FilePieces& pieces) = 0;
};

/// What `pop check` is asked.
struct RepositoryCheckRequest {
    WorkspaceRequest workspace;  ///< Paths, named repository files, threads, limits.
    Date today;                  ///< "Today".
    bool reminders = false;      ///< Also the reminder.* rules.
    bool history = false;        ///< Also history.stale (needs a repository).
    std::string changed_since;   ///< Only the POPs changed since this revision ("" : all).
};

/// The outcome: the totals of what was written, or a problem that stops the check (a usage error:
/// a catalog key and its arguments), and notices to show on stderr either way.
struct RepositoryCheckResult {
    CheckTotals totals;                       ///< Counts over the files written.
    std::optional<std::string> problem;       ///< Catalog key of a usage error; nothing useful was written.
    std::vector<MessageArg> problem_args;     ///< Its arguments.
    std::vector<std::string> notices;         ///< Catalog keys of warnings (e.g. a shallow clone).
};

/// Checks the files of `request` (see the top of this header); `renderer` renders each file (from
/// several threads), `output` receives them in order. `history` is used for --history and
/// --changed-since only.
RepositoryCheckResult check_repository(const RepositoryCheckRequest& request, const FileSource& files,
                                       const HistorySource& history, const CheckRenderer& renderer,
                                       CheckOutput& output);

}  // namespace pop
