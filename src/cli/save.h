#pragma once
// Saving an edited file atomically: the old file or the new one, never a mix.

#include <optional>
#include <string>
#include <string_view>

namespace pop::cli {

/// The steps of a save, in order; a test can make one fail (POP_TEST_FAULT=<step>) or pause the
/// process there (POP_TEST_PAUSE=<step>, to kill it) to show that the original survives.
inline constexpr const char* kSaveSteps[] = {"reread", "open", "write", "fsync", "chmod", "rename", "fsync-dir"};

/// Writes `new_bytes` to `path`: a temporary file in the same folder, written, flushed to disk,
/// given the original's permissions, renamed over the original. Refuses (and writes nothing) when
/// the file on disk no longer holds `expected_original` (someone changed it since it was read).
/// Returns nullopt on success, else a catalog key ("save.changed", "save.failed") and fills `detail`.
std::optional<std::string> save_atomically(const std::string& path, std::string_view expected_original,
                                           std::string_view new_bytes, std::string& detail);

/// Creates a new file with `bytes`, refusing to overwrite anything that exists (same temp + rename
/// discipline, with a link instead of a rename so that an existing file is never replaced).
std::optional<std::string> create_new_file(const std::string& path, std::string_view bytes, std::string& detail);

}  // namespace pop::cli
