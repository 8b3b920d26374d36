#pragma once
// The four file schemas as files in a folder, for editors (yaml-language-server): written by
// `pop schema --write [FOLDER]` and by `pop init` in a repository that has none yet.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace pop::cli {

/// One schema file: its path (the folder given, joined with its name) and whether pop wrote it
/// (false: it held those bytes already, or was left alone).
struct SchemaFileResult {
    std::string path;
    bool written = false;
};

/// The folder `pop schema --write` writes into without one given: schemas/ at the root of the git
/// repository the current folder is in, else schemas/ in the current folder (relative to it).
std::filesystem::path default_schema_folder();

/// The schema files `write_schema_files(folder, false)` would create there, as (path, bytes).
std::vector<std::pair<std::string, std::string>> missing_schema_files(const std::filesystem::path& folder);

/// Why a schema file could not be written: the file, a save.* catalog key and its detail (as the
/// atomic save reports them, platform/save.h); an empty path when nothing failed.
struct SchemaWriteFailure {
    std::string path;
    std::string key;
    std::string detail;
};

/// Writes pop.schema.json, policy.schema.json, roster.schema.json and school-goals.schema.json into
/// `folder` (made when missing), byte for byte what `pop schema KIND` prints. A file that holds
/// those bytes already is left as it is; one that differs is replaced (atomically, under its lock,
/// with the save every edit uses) only when `replace`. Stops at the first failure: `failure`.
std::vector<SchemaFileResult> write_schema_files(const std::filesystem::path& folder, bool replace,
                                                 SchemaWriteFailure& failure);

}  // namespace pop::cli
