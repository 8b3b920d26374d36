// Texts in memory over another file source (pop/workspace/overlay.h).
#include "pop/workspace/overlay.h"

#include <algorithm>

namespace pop {
namespace {

// The folder part of an absolute, lexically normal path ("/a/b" for "/a/b/c.pop.yaml"; "/" for "/c").
std::string folder_of(const std::string& absolute) {
    std::size_t slash = absolute.rfind('/');
    if (slash == std::string::npos) return "";
    return slash == 0 ? "/" : absolute.substr(0, slash);
}

}  // namespace

void OverlayFileSource::set(const std::string& path, std::string bytes) { texts_[absolute(path)] = std::move(bytes); }

void OverlayFileSource::remove(const std::string& path) { texts_.erase(absolute(path)); }

bool OverlayFileSource::has(const std::string& path) const { return texts_.contains(absolute(path)); }

FileBytes OverlayFileSource::read(const std::string& path, std::size_t max_bytes) const {
    auto it = texts_.find(absolute(path));
    if (it == texts_.end()) return base_.read(path, max_bytes);
    FileBytes out;
    out.bytes = it->second.size() > max_bytes ? it->second.substr(0, max_bytes + 1) : it->second;
    return out;
}

bool OverlayFileSource::exists(const std::string& path) const { return has(path) || is_folder(path) || base_.exists(path); }

bool OverlayFileSource::is_folder(const std::string& path) const {
    if (has(path)) return false;
    if (base_.is_folder(path)) return true;
    // A folder that holds a text in memory (an unsaved file in a folder not made yet).
    std::string prefix = absolute(path);
    if (prefix != "/") prefix += '/';
    auto below = texts_.lower_bound(prefix);
    return below != texts_.end() && below->first.compare(0, prefix.size(), prefix) == 0;
}

std::optional<std::vector<FolderEntry>> OverlayFileSource::list(const std::string& folder,
                                                                const std::string& search_root) const {
    std::optional<std::vector<FolderEntry>> entries = base_.list(folder, search_root);
    std::string here = absolute(folder);
    for (const auto& [path, bytes] : texts_) {
        if (folder_of(path) != here) continue;
        std::string name = path.substr(here == "/" ? 1 : here.size() + 1);
        if (!entries) entries.emplace();
        auto same = [&](const FolderEntry& e) { return e.name == name; };
        auto it = std::find_if(entries->begin(), entries->end(), same);
        if (it == entries->end()) entries->push_back(FolderEntry{name, false, false});
        else *it = FolderEntry{name, false, false};  // the text in memory stands for a file, whatever is on disk
    }
    return entries;
}

std::string OverlayFileSource::absolute(const std::string& path) const { return base_.absolute(path); }

std::string OverlayFileSource::shown(const std::string& absolute) const { return base_.shown(absolute); }

std::map<std::string, std::vector<std::string>> OverlayFileSource::leftover_temp_files(const std::string& folder) const {
    return base_.leftover_temp_files(folder);
}

bool OverlayFileSource::being_edited(const std::string& path) const { return base_.being_edited(path); }

}  // namespace pop
