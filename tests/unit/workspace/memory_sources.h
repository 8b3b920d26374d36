#pragma once
// The workspace's two doors in memory: files in a map (the current folder is /repo) and a history
// that answers from maps. As ninja's VirtualFileSystem, so the repository layer is tested without
// a disk or git.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pop/workspace/paths.h"
#include "pop/workspace/sources.h"

namespace pop::test {

/// Files in memory; folders exist when a file is below them. Paths relative to /repo.
class MemoryFiles : public FileSource {
public:
    /// Adds (or replaces) a file; `path` relative to /repo or absolute.
    void add(const std::string& path, std::string bytes) { files_[absolute(path)] = std::move(bytes); }
    /// Marks a folder as the root of a repository (a .git folder in it).
    void add_repository(const std::string& folder) { add(join_path(folder, ".git/HEAD"), "ref: refs/heads/main\n"); }
    /// Leaves out a file from folder listings, as git does for what it ignores.
    void ignore(const std::string& path) { ignored_.insert(absolute(path)); }
    /// Adds a temporary file of an interrupted edit beside a POP.
    void add_temp(const std::string& folder, const std::string& pop_name, const std::string& temp) {
        temps_[absolute(folder)][pop_name].push_back(temp);
    }

    FileBytes read(const std::string& path, std::size_t max_bytes) const override {
        FileBytes out;
        auto it = files_.find(absolute(path));
        if (it == files_.end()) {
            out.error = is_folder(path) ? "input.unreadable.folder" : "input.unreadable.missing";
            return out;
        }
        out.bytes = it->second.substr(0, max_bytes + 1);
        return out;
    }
    bool exists(const std::string& path) const override { return files_.count(absolute(path)) || is_folder(path); }
    bool is_folder(const std::string& path) const override {
        std::string prefix = absolute(path);
        if (prefix != "/") prefix += '/';
        auto it = files_.lower_bound(prefix);
        return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
    }
    std::optional<std::vector<FolderEntry>> list(const std::string& folder, const std::string&) const override {
        if (!is_folder(folder)) return std::nullopt;
        std::string prefix = absolute(folder);
        if (prefix != "/") prefix += '/';
        std::map<std::string, bool> names;  // name -> is a folder
        for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
            if (ignored_.count(it->first)) continue;
            std::string rest = it->first.substr(prefix.size());
            std::size_t slash = rest.find('/');
            names[rest.substr(0, slash)] = slash != std::string::npos;
        }
        std::vector<FolderEntry> entries;
        for (auto it = names.rbegin(); it != names.rend(); ++it)  // any order: the workspace sorts
            entries.push_back({it->first, it->second, false});
        return entries;
    }
    std::string absolute(const std::string& path) const override {
        return normal_path(!path.empty() && path[0] == '/' ? path : "/repo/" + path);
    }
    std::string shown(const std::string& absolute) const override {
        return absolute.rfind("/repo/", 0) == 0 ? absolute.substr(6) : absolute;
    }
    std::map<std::string, std::vector<std::string>> leftover_temp_files(const std::string& folder) const override {
        auto it = temps_.find(absolute(folder));
        return it == temps_.end() ? std::map<std::string, std::vector<std::string>>{} : it->second;
    }
    bool being_edited(const std::string&) const override { return false; }

private:
    std::map<std::string, std::string> files_;
    std::set<std::string> ignored_;
    std::map<std::string, std::map<std::string, std::vector<std::string>>> temps_;
};

/// A history in memory: one repository at /repo (unless `root` is cleared).
class MemoryHistory : public HistorySource {
public:
    std::optional<std::string> root = "/repo";    ///< The repository of every folder; nullopt: none.
    bool shallow = false;                         ///< A shallow clone.
    std::map<std::string, Date> changes;          ///< Absolute path -> last change.
    ChangedFiles changed;                         ///< What --changed-since gets.
    mutable int walks = 0;                        ///< How often last_changes was asked.

    std::optional<std::string> root_of(const std::string& folder) const override {
        if (!root || folder.rfind(*root, 0) != 0) return std::nullopt;
        return root;
    }
    bool is_shallow(const std::string&) const override { return shallow; }
    std::map<std::string, Date> last_changes(const std::string&, const Date&) const override {
        ++walks;
        return changes;
    }
    ChangedFiles changed_since(const std::string&, const std::string&) const override { return changed; }
};

}  // namespace pop::test
