#include "pop/workspace/paths.h"

#include <vector>

namespace pop {

std::string join_path(std::string_view folder, std::string_view name) {
    if (folder.empty() || folder == ".") return std::string(name);
    std::string out(folder);
    if (out.back() != '/') out += '/';
    out += name;
    return out;
}

std::string normal_path(std::string_view path) {
    bool absolute = !path.empty() && path.front() == '/';
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    while (at <= path.size()) {
        std::size_t slash = path.find('/', at);
        if (slash == std::string_view::npos) slash = path.size();
        std::string_view part = path.substr(at, slash - at);
        at = slash + 1;
        if (part.empty() || part == ".") continue;
        if (part == ".." && !parts.empty() && parts.back() != "..") {
            parts.pop_back();
            continue;
        }
        if (part == ".." && absolute) continue;  // above the root is the root
        parts.push_back(part);
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += '/';
        out += parts[i];
    }
    return out.empty() ? "." : out;
}

std::string folder_of_path(std::string_view path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return "";
    std::size_t end = slash;
    while (end > 0 && path[end - 1] == '/') --end;  // "a//b" -> "a"
    return end == 0 ? "/" : std::string(path.substr(0, end));
}

std::string_view file_name_of(std::string_view path) {
    std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string parent_of(std::string_view absolute) {
    std::size_t slash = absolute.rfind('/');
    if (slash == std::string_view::npos || slash == 0) return "/";
    return std::string(absolute.substr(0, slash));
}

}  // namespace pop
