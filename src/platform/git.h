#pragma once
// Running git (and other programs) from the CLI layer: one history walk per repository.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/workspace/sources.h"

namespace pop::cli {

/// What a finished program said.
struct ProcessResult {
    int exit_code = -1;   ///< Exit status; -1 when it could not be started or was killed.
    std::string out;      ///< Everything it wrote to stdout.
    std::string err;      ///< Everything it wrote to stderr.
};

/// Runs a program (found on PATH) with arguments in a folder, with no standard input, and waits.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd);

/// The top folder of the git work tree that holds `dir`, absolute; nullopt outside git or without git.
std::optional<std::string> git_toplevel(const std::string& dir);

/// True when the repository is a shallow clone (its history is cut off).
bool git_is_shallow(const std::string& toplevel);

/// Files changed since a revision (one `git diff` and one `git ls-files`): committed since, changed
/// in the work tree, or new and not ignored; on failure, the error is git's own message.
ChangedFiles git_changed_since(const std::string& toplevel, const std::string& rev);

/// The date of the last commit that changed each *.pop.yaml file, from one walk of the history;
/// files with uncommitted changes or not yet committed get `today`. Keys are absolute paths.
std::map<std::string, Date> git_last_changes(const std::string& toplevel, const Date& today);

/// The contents of a file at a revision (`git show REV:./path`); nullopt when it did not exist then.
std::optional<std::string> git_show(const std::string& toplevel, const std::string& rev, const std::string& relative_path);

/// What git ignores in a work tree: untracked files and folders that .gitignore, .git/info/exclude
/// or the global excludes leave out, from one `git ls-files --others --ignored --directory`.
struct IgnoredPaths {
    std::vector<std::string> paths;     ///< Relative to the top folder; folders end in '/'.
    std::optional<std::string> error;   ///< git's message (or why it did not run) when it failed.
};

/// What git ignores in the work tree whose top folder is `toplevel` (one git process).
IgnoredPaths git_ignored(const std::string& toplevel);

/// The last commit on HEAD made on or before a date, as a full hash; nullopt when there is none.
std::optional<std::string> git_commit_before(const std::string& toplevel, const Date& date);

}  // namespace pop::cli
