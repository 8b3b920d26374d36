#pragma once
/// Files whose text is not on disk (yet): a buffer from stdin (`pop check --stdin-filename PATH -`)
/// or an editor's unsaved buffer, laid over another file source. Everything else (the folders, the
/// repository files beside it, what git ignores) comes from the source underneath.

#include <map>
#include <string>

#include "pop/workspace/sources.h"

namespace pop {

/// A file source that answers for some paths with texts held in memory and passes every other
/// question to `base` (which must outlive it).
class OverlayFileSource final : public FileSource {
public:
    /// Over `base`, with no texts yet.
    explicit OverlayFileSource(const FileSource& base) : base_(base) {}
    /// From now on `path` reads as `bytes` (and exists, and is listed in its folder).
    void set(const std::string& path, std::string bytes);
    /// `path` reads from the source underneath again.
    void remove(const std::string& path);
    /// True when `path` has a text in memory.
    bool has(const std::string& path) const;

    FileBytes read(const std::string& path, std::size_t max_bytes) const override;
    bool exists(const std::string& path) const override;
    bool is_folder(const std::string& path) const override;
    std::optional<std::vector<FolderEntry>> list(const std::string& folder,
                                                 const std::string& search_root) const override;
    std::string absolute(const std::string& path) const override;
    std::string shown(const std::string& absolute) const override;
    std::map<std::string, std::vector<std::string>> leftover_temp_files(const std::string& folder) const override;
    bool being_edited(const std::string& path) const override;

private:
    const FileSource& base_;
    std::map<std::string, std::string> texts_;  // absolute path -> bytes
};

}  // namespace pop
