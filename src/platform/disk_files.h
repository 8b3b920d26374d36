#pragma once
// The workspace's doors on the real machine: files on disk (what git ignores left out of folder
// searches, unless --no-ignore) and the history in git.

#include <map>
#include <set>
#include <string>

#include "pop/i18n/messages.h"
#include "pop/workspace/sources.h"

namespace pop::cli {

/// The file system, as the workspace layer reads it.
class DiskFileSource : public FileSource {
public:
    /// `no_ignore`: also search what git ignores; `lang`: of the warning when git cannot say.
    explicit DiskFileSource(bool no_ignore = false, Lang lang = Lang::En) : no_ignore_(no_ignore), lang_(lang) {}
    FileBytes read(const std::string& path, std::size_t max_bytes) const override;
    bool exists(const std::string& path) const override;
    bool is_folder(const std::string& path) const override;
    std::optional<std::vector<FolderEntry>> list(const std::string& folder, const std::string& search_root) const override;
    std::string absolute(const std::string& path) const override;
    std::string shown(const std::string& absolute) const override;
    std::map<std::string, std::vector<std::string>> leftover_temp_files(const std::string& folder) const override;
    bool being_edited(const std::string& path) const override;

private:
    const std::set<std::string>* ignored_below(const std::string& search_root) const;
    bool no_ignore_;
    Lang lang_;
    mutable std::map<std::string, const std::set<std::string>*> ignored_of_root_;  // search root -> set or null
    mutable std::map<std::string, std::set<std::string>> ignored_of_work_tree_;    // one git process per work tree
};

/// The history in git (one process per question).
class GitHistory : public HistorySource {
public:
    std::optional<std::string> root_of(const std::string& folder) const override;
    bool is_shallow(const std::string& root) const override;
    std::map<std::string, Date> last_changes(const std::string& root, const Date& today) const override;
    ChangedFiles changed_since(const std::string& root, const std::string& revision) const override;
};

}  // namespace pop::cli
