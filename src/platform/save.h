#pragma once
// Saving an edited file atomically: the old file or the new one, never a mix; under an advisory
// lock on the file itself, keeping its owner, group, mode, extended attributes and ACLs.

#include <sys/stat.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pop::cli {

/// The steps of a save, in order. In the test binary `pop-faults` (built with
/// POP_FAULT_INJECTION) a test can make one fail (POP_TEST_FAULT=<step>) or pause the process
/// there (POP_TEST_PAUSE=<step>, until POP_TEST_RESUME names a file that exists, or a signal).
/// "locked" comes right after the lock is taken, before the first read; "reread" is the last
/// comparison with the file on disk, right before the rename. The product binary `pop` has no hooks.
inline constexpr const char* kSaveSteps[] = {"locked", "open", "write", "fsync", "chmod", "reread", "rename", "fsync-dir"};

/// How long a second pop waits for the lock of a POP another pop is editing, in milliseconds.
inline constexpr int kLockWaitMilliseconds = 5000;

/// An exclusive advisory lock (flock) on an existing file, held from the first read to the rename
/// and released when destroyed (or when the process ends, also by a crash or kill -9).
class FileLock {
public:
    FileLock() = default;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    /// Locks the file `path` names (through symbolic links), waiting up to `wait_ms` while another
    /// process holds it; retries when `path` was replaced by a new file (a rename) meanwhile.
    /// nullopt on success; else a catalog key ("save.locked", "save.failed") with `detail` filled.
    std::optional<std::string> acquire(const std::string& path, int wait_ms, std::string& detail);

    bool held() const { return fd_ >= 0; }                ///< True between acquire() and destruction.
    int fd() const { return fd_; }                        ///< The locked file, open for reading.
    const struct stat& status() const { return status_; }  ///< The locked file's status at acquire().
    const std::string& target() const { return target_; }  ///< The locked file's path, links resolved.

    /// True when `target()` still names the locked file (not replaced by a rename).
    bool still_names_locked_file() const;

private:
    void release();
    int fd_ = -1;
    struct stat status_ {};
    std::string target_;
};

/// Refusals before an edit of the locked file: "save.read-only" (no write permission, or none for
/// anybody), "save.owner" (its owner or group cannot be kept: `detail` names them), "save.hard-link"
/// (more than one name: `detail` is the number). nullopt when the edit may go ahead, or with `force`.
std::optional<std::string> check_can_save(const FileLock& lock, bool force, std::string& detail);

/// Removes the temporary files a killed pop left beside the locked file (`.NAME.pop-tmp-XXXXXX`):
/// while the lock is held, no running pop can own one. Returns how many were removed.
int remove_stale_temp_files(const FileLock& lock);

/// The temporary files pop's saves left in `folder`, by the name of the file they belong to
/// (`.a.pop.yaml.pop-tmp-Ab12Cd` -> "a.pop.yaml"); names sorted.
std::map<std::string, std::vector<std::string>> temp_files_in(const std::string& folder);

/// True when a pop holds the lock of `path` now (its temporary files are then in use, not left over).
bool is_being_edited(const std::string& path);

/// Writes `new_bytes` to `path`: a temporary file in the same folder, written, flushed to disk,
/// given the original's extended attributes, owner, group and mode, compared once more with the
/// file on disk, then exchanged with the original (renameat2 RENAME_EXCHANGE where the file system
/// has it, so that a file replaced in the last moment is seen and put back; else rename). Refuses
/// (and writes nothing) when the file on disk no longer holds `expected_original` or is no longer
/// the locked file. `lock` must be held on `path`; `force` saves even when the owner cannot be kept.
/// Returns nullopt on success, else a catalog key ("save.changed", "save.failed", "save.owner")
/// and fills `detail`.
std::optional<std::string> save_atomically(const std::string& path, std::string_view expected_original,
                                           std::string_view new_bytes, std::string& detail, const FileLock& lock,
                                           bool force);

/// Creates a new file with `bytes`, refusing to overwrite anything that exists (same temp + rename
/// discipline, with a link instead of a rename so that an existing file is never replaced). Once
/// the file exists, temporary files a killed pop left for that name are removed under its lock.
std::optional<std::string> create_new_file(const std::string& path, std::string_view bytes, std::string& detail);

}  // namespace pop::cli
