#pragma once
/// Paths as text, worked out lexically (no file system): joining, the folder part, the name part,
/// and a normal form ("./a/../b" -> "b"). The workspace layer uses these so that a file source in
/// memory and the disk give the same paths.

#include <string>
#include <string_view>

namespace pop {

/// `folder`/`name`; just `name` when the folder is "" or ".".
std::string join_path(std::string_view folder, std::string_view name);

/// The path without "." parts, with ".." resolved where it can be, without repeated or trailing
/// slashes; "." when nothing is left.
std::string normal_path(std::string_view path);

/// The folder part of a path as written: "" for a bare name, "/" for a file in the root.
std::string folder_of_path(std::string_view path);

/// The last part of a path ("" when it ends in a slash).
std::string_view file_name_of(std::string_view path);

/// The folder above an absolute, normal path; "/" stays "/".
std::string parent_of(std::string_view absolute);

}  // namespace pop
