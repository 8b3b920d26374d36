#pragma once
/// The two doors through which the workspace layer reaches the outside world: a file source (list
/// a folder, read a file, stat) and a history source (the repository around a folder, last change
/// per file, files changed since a revision). The CLI implements them on the disk and git
/// (src/platform/); the tests with maps in memory (tests/unit/workspace/memory_sources.h), as ninja
/// does with its DiskInterface; the language server will overlay unsaved buffers on the disk.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"

namespace pop {

/// The outcome of reading one file.
struct FileBytes {
    std::string bytes;                 ///< Up to the size limit plus one byte.
    std::optional<std::string> error;  ///< Catalog key of input.unreadable.* when it could not be read.
    int error_code = 0;                ///< errno, for input.unreadable.other.
};

/// A finding for a file that could not be read (rule input.unreadable, the message of its error).
Finding unreadable_finding(const FileBytes& read);

/// One entry of a folder.
struct FolderEntry {
    std::string name;        ///< The entry's name (no folder part).
    bool is_folder = false;  ///< A folder (not a link to one).
    bool is_link = false;    ///< A symbolic link (never followed into).
};

/// Files as the workspace sees them. Paths are as the user wrote or as found ("a/b.pop.yaml");
/// `absolute` turns them into keys for comparing. Methods may be called from several threads at
/// once, except `list`, which the workspace calls from one thread.
class FileSource {
public:
    virtual ~FileSource() = default;
    /// Reads a regular file, at most `max_bytes` + 1 bytes (enough to tell that it is too large).
    virtual FileBytes read(const std::string& path, std::size_t max_bytes) const = 0;
    /// Whether anything exists at `path`.
    virtual bool exists(const std::string& path) const = 0;
    /// Whether `path` is a folder (following links).
    virtual bool is_folder(const std::string& path) const = 0;
    /// The entries of a folder, in any order, leaving out what version control ignores below
    /// `search_root` (the folder the search started at, which is searched even when ignored);
    /// nullopt when the folder cannot be read.
    virtual std::optional<std::vector<FolderEntry>> list(const std::string& folder,
                                                         const std::string& search_root) const = 0;
    /// An absolute, lexically normal form of a path (a key for comparing paths).
    virtual std::string absolute(const std::string& path) const = 0;
    /// How an absolute path is shown to the user (relative to the current folder when possible).
    virtual std::string shown(const std::string& absolute) const = 0;
    /// Temporary files an interrupted pop edit left in `folder`, by the name of the POP they belong to.
    virtual std::map<std::string, std::vector<std::string>> leftover_temp_files(const std::string& folder) const = 0;
    /// True when a pop edit holds the lock of `path` now (its temporary files are in use).
    virtual bool being_edited(const std::string& path) const = 0;
};

/// Absolute paths of files changed since a revision, or the history's own error message.
struct ChangedFiles {
    std::set<std::string> paths;       ///< Absolute, lexically normal.
    std::optional<std::string> error;  ///< The history's message when it failed (e.g. an unknown revision).
};

/// The version history of the files (git in the CLI).
class HistorySource {
public:
    virtual ~HistorySource() = default;
    /// The absolute top folder of the repository that holds `folder`; nullopt outside any.
    virtual std::optional<std::string> root_of(const std::string& folder) const = 0;
    /// True when the repository's history is cut off (a shallow clone).
    virtual bool is_shallow(const std::string& root) const = 0;
    /// The date each POP file of the repository last changed (keys absolute); uncommitted: `today`.
    virtual std::map<std::string, Date> last_changes(const std::string& root, const Date& today) const = 0;
    /// The files changed since `revision`.
    virtual ChangedFiles changed_since(const std::string& root, const std::string& revision) const = 0;
};

}  // namespace pop
