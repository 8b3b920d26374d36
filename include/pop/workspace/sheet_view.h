#pragma once
/// `pop sheet` as a use case over one POP file: read it with the policy and roster of its folder,
/// find the version of the last conversation in the history, and build the sheet (pop/reports/sheet.h).

#include <optional>
#include <string>

#include "pop/base/date.h"
#include "pop/reports/sheet.h"
#include "pop/workspace/sources.h"

namespace pop {

/// Earlier versions of a POP file (git in the CLI, a map in memory in the tests).
class PopVersions {
public:
    virtual ~PopVersions() = default;
    /// The file's bytes in the last commit made on or before `date`; nullopt when it is not in a
    /// repository, no commit is that old, or the file was not in it then.
    virtual std::optional<std::string> as_of(const std::string& path, const Date& date) const = 0;
};

/// The outcome of `pop sheet` on one file.
struct PopSheet {
    std::optional<FileBytes> unreadable;  ///< Set when the file could not be read.
    Sheet sheet;                          ///< The sheet.
};

/// The sheet of the POP at `path` for `today`; `versions` (may be null) gives the version at the
/// last conversation, for the changes since then as pop diff computes them.
PopSheet pop_sheet(const std::string& path, const FileSource& files, const PopVersions* versions, const Date& today,
                   bool public_only);

}  // namespace pop
