#include "platform/save.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>  // renameat2 (glibc 2.28)
#include <sys/file.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli_common.h"

namespace pop::cli {
namespace {

#ifdef POP_FAULT_INJECTION
// Fault injection for tests (the pop-faults binary only): true when this step should fail;
// pauses here when asked.
bool fault(const char* step) {
    const char* pause = std::getenv("POP_TEST_PAUSE");
    if (pause && std::strcmp(pause, step) == 0) {
        std::fprintf(stderr, "pop: paused at %s\n", step);
        std::fflush(stderr);
        const char* resume = std::getenv("POP_TEST_RESUME");
        if (resume && *resume) {
            while (::access(resume, F_OK) != 0) ::usleep(10000);  // until the test creates this file
        } else {
            ::pause();  // until a signal ends the process
        }
    }
    const char* fail = std::getenv("POP_TEST_FAULT");
    if (fail && std::strcmp(fail, step) == 0) {
        errno = EIO;  // what the step reports, as a real failure would set it
        return true;
    }
    return false;
}
#else
// The product binary: no test hooks, whatever the environment says.
constexpr bool fault(const char*) { return false; }
#endif

constexpr std::string_view kTempMarker = ".pop-tmp-";
constexpr std::size_t kTempRandomChars = 6;  // mkstemp's XXXXXX

bool write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// True when the open file `fd` holds exactly `expected` (read from its start).
bool holds_exactly(int fd, std::string_view expected) {
    std::string buffer(64 * 1024, '\0');
    std::size_t at = 0;
    for (;;) {
        ssize_t n = ::pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(at));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (n == 0) return at == expected.size();
        if (at + static_cast<std::size_t>(n) > expected.size()) return false;
        if (std::string_view(buffer.data(), static_cast<std::size_t>(n)) != expected.substr(at, static_cast<std::size_t>(n)))
            return false;
        at += static_cast<std::size_t>(n);
    }
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

std::string temp_name(const std::string& path) {
    std::filesystem::path p(path);
    return (p.parent_path() / ("." + p.filename().string() + std::string(kTempMarker) + "XXXXXX")).string();
}

std::string folder_of(const std::string& path) {
    std::string dir = std::filesystem::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

// Copies every extended attribute (POSIX ACLs are system.posix_acl_access) of `from` to `to`.
// A file system without them is fine (ENOTSUP); any other failure is returned as false.
bool copy_xattrs(int from, int to, std::string& detail) {
    ssize_t size = ::flistxattr(from, nullptr, 0);
    if (size < 0) return errno == ENOTSUP || errno == EOPNOTSUPP;
    std::string names(static_cast<std::size_t>(size), '\0');
    size = ::flistxattr(from, names.data(), names.size());
    if (size < 0) return errno == ENOTSUP || errno == EOPNOTSUPP;
    names.resize(static_cast<std::size_t>(size));
    for (std::size_t at = 0; at < names.size();) {
        const char* name = names.c_str() + at;
        at += std::strlen(name) + 1;
        ssize_t length = ::fgetxattr(from, name, nullptr, 0);
        if (length < 0) continue;  // gone meanwhile
        std::string value(static_cast<std::size_t>(length), '\0');
        length = ::fgetxattr(from, name, value.data(), value.size());
        if (length < 0) continue;
        if (::fsetxattr(to, name, value.data(), static_cast<std::size_t>(length), 0) == 0) continue;
        // Attributes the system manages (security.*: SELinux labels, capabilities; trusted.*)
        // may be refused to a user: the new file then has what the system gives it.
        bool managed = std::strncmp(name, "security.", 9) == 0 || std::strncmp(name, "trusted.", 8) == 0;
        if (errno != ENOTSUP && errno != EOPNOTSUPP && !(managed && (errno == EPERM || errno == EACCES))) {
            detail = std::string(name) + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

// "owner:group" as names where the system knows them, else as numbers.
std::string owner_text(uid_t uid, gid_t gid) {
    const struct passwd* user = ::getpwuid(uid);
    const struct group* grp = ::getgrgid(gid);
    return (user ? std::string(user->pw_name) : std::to_string(uid)) + ":" +
           (grp ? std::string(grp->gr_name) : std::to_string(gid));
}

bool in_my_groups(gid_t gid) {
    if (gid == ::getegid()) return true;
    int n = ::getgroups(0, nullptr);
    if (n <= 0) return false;
    std::vector<gid_t> groups(static_cast<std::size_t>(n));
    n = ::getgroups(n, groups.data());
    return n > 0 && std::find(groups.begin(), groups.begin() + n, gid) != groups.begin() + n;
}

struct TempFile {
    std::string name;  // empty on failure
    struct stat status {};
};

// The original's attributes a new version must get: extended attributes and ACLs, owner and
// group (fchown clears setuid/setgid, so the mode comes last).
struct Attributes {
    int source_fd = -1;  // the original, for its extended attributes; -1 for a new file
    mode_t mode = 0;
    uid_t owner = static_cast<uid_t>(-1);
    gid_t group = static_cast<gid_t>(-1);
    bool force = false;  // keep going when the owner or group cannot be kept
};

// Writes bytes into a new temporary file beside `path`; returns its name (empty on failure, then
// `error_key` says why).
TempFile write_temp(const std::string& path, std::string_view bytes, const Attributes& attributes, std::string& detail,
                    std::string& error_key) {
    TempFile temp;
    std::string name = temp_name(path);
    int fd = fault("open") ? (errno = EIO, -1) : ::mkstemp(name.data());
    error_key = "save.failed";
    if (fd < 0) {
        detail = std::strerror(errno);
        return temp;
    }
    bool ok = !fault("write") && write_all(fd, bytes);
    if (ok) ok = !fault("fsync") && ::fsync(fd) == 0;
    int err = errno;
    if (ok && attributes.source_fd >= 0 && !copy_xattrs(attributes.source_fd, fd, detail)) {
        ::close(fd);
        ::unlink(name.c_str());
        return temp;
    }
    struct stat mine {};
    if (ok) ok = ::fstat(fd, &mine) == 0;
    bool chown_needed = ok && ((attributes.owner != static_cast<uid_t>(-1) && attributes.owner != mine.st_uid) ||
                               (attributes.group != static_cast<gid_t>(-1) && attributes.group != mine.st_gid));
    if (chown_needed && ::fchown(fd, attributes.owner, attributes.group) != 0) {
        if (!attributes.force) {
            detail = owner_text(attributes.owner, attributes.group);
            error_key = "save.owner";
            ::close(fd);
            ::unlink(name.c_str());
            return temp;
        }
        (void)::fchown(fd, static_cast<uid_t>(-1), attributes.group);  // --force: keep at least the group, where allowed
    }
    if (ok) ok = !fault("chmod") && ::fchmod(fd, attributes.mode) == 0;
    if (ok) ok = ::fsync(fd) == 0 && ::fstat(fd, &temp.status) == 0;  // the attributes, on disk too
    if (!ok) err = errno;
    ::close(fd);
    if (!ok) {
        detail = std::strerror(err ? err : EIO);
        ::unlink(name.c_str());
        return temp;
    }
    temp.name = std::move(name);
    return temp;
}

void sync_dir(const std::string& path) {
    if (fault("fsync-dir")) return;  // the rename is done; a failed directory sync loses nothing now
    int fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// True when the name is `.FILE.pop-tmp-XXXXXX`; sets `file` to FILE.
bool parse_temp_name(std::string_view name, std::string& file) {
    if (name.size() < 1 + kTempMarker.size() + kTempRandomChars + 1 || name.front() != '.') return false;
    std::size_t marker = name.size() - kTempRandomChars - kTempMarker.size();
    if (name.substr(marker, kTempMarker.size()) != kTempMarker) return false;
    file = std::string(name.substr(1, marker - 1));
    return !file.empty();
}

}  // namespace

FileLock::FileLock(FileLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), status_(other.status_), target_(std::move(other.target_)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
        status_ = other.status_;
        target_ = std::move(other.target_);
    }
    return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
    fd_ = -1;
}

std::optional<std::string> FileLock::acquire(const std::string& path, int wait_ms, std::string& detail) {
    release();
    // Edit through a symbolic link: the lock, the temporary file and the rename are at the file it
    // points to; the link stays.
    std::error_code ec;
    target_ = std::filesystem::is_symlink(path, ec) ? std::filesystem::canonical(path, ec).string() : path;
    if (ec) target_ = path;
    constexpr int kPollMilliseconds = 10;
    for (int waited = 0;;) {
        int fd = ::open(target_.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            detail = std::strerror(errno);
            return "save.failed";
        }
        int locked = ::flock(fd, LOCK_EX | LOCK_NB);
        struct stat now {};
        if (locked == 0 && ::fstat(fd, &status_) == 0 && ::stat(target_.c_str(), &now) == 0 && same_file(status_, now)) {
            fd_ = fd;
            if (fault("locked")) {
                release();
                detail = std::to_string(wait_ms / 1000);
                return "save.locked";
            }
            return std::nullopt;
        }
        int err = errno;
        ::close(fd);
        // Locked, but the name now holds a newer file (another pop renamed its version into place
        // while we waited): lock that one instead, without waiting.
        if (locked == 0) continue;
        if (err != EWOULDBLOCK && err != EINTR) {
            detail = std::strerror(err);
            return "save.failed";
        }
        if (waited >= wait_ms) {
            detail = std::to_string((wait_ms + 999) / 1000);
            return "save.locked";
        }
        ::usleep(kPollMilliseconds * 1000);
        waited += kPollMilliseconds;
    }
}

bool FileLock::still_names_locked_file() const {
    struct stat now {};
    return fd_ >= 0 && ::stat(target_.c_str(), &now) == 0 && same_file(status_, now);
}

std::optional<std::string> check_can_save(const FileLock& lock, bool force, std::string& detail) {
    if (force) return std::nullopt;
    const struct stat& st = lock.status();
    if ((st.st_mode & 0222) == 0 || ::access(lock.target().c_str(), W_OK) != 0) return "save.read-only";
    bool root = ::geteuid() == 0;
    if (!root && (st.st_uid != ::geteuid() || !in_my_groups(st.st_gid))) {
        detail = owner_text(st.st_uid, st.st_gid);
        return "save.owner";
    }
    if (st.st_nlink > 1) {
        detail = std::to_string(st.st_nlink);
        return "save.hard-link";
    }
    return std::nullopt;
}

std::map<std::string, std::vector<std::string>> temp_files_in(const std::string& folder) {
    std::map<std::string, std::vector<std::string>> found;
    DIR* dir = ::opendir(folder.empty() ? "." : folder.c_str());
    if (!dir) return found;
    std::string file;
    while (const struct dirent* entry = ::readdir(dir))
        if (entry->d_name[0] == '.' && parse_temp_name(entry->d_name, file)) found[file].push_back(entry->d_name);
    ::closedir(dir);
    for (auto& [name, temps] : found) std::sort(temps.begin(), temps.end());
    return found;
}

int remove_stale_temp_files(const FileLock& lock) {
    if (!lock.held()) return 0;
    std::string folder = folder_of(lock.target());
    auto all = temp_files_in(folder);
    auto mine = all.find(std::filesystem::path(lock.target()).filename().string());
    if (mine == all.end()) return 0;
    int removed = 0;
    for (const std::string& temp : mine->second) {
        // Only regular files: a temp file is never anything else.
        std::string full = (std::filesystem::path(folder) / temp).string();
        struct stat st {};
        if (::lstat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::unlink(full.c_str()) == 0) ++removed;
    }
    return removed;
}

bool is_being_edited(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return false;
    bool busy = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return busy;
}

std::optional<std::string> save_atomically(const std::string& path, std::string_view expected_original,
                                           std::string_view new_bytes, std::string& detail, const FileLock& lock,
                                           bool force) {
    (void)path;  // the lock knows the file (links resolved)
    if (!lock.held()) {
        detail = std::strerror(ENOLCK);
        return "save.failed";
    }
    const std::string& target = lock.target();
    const struct stat& st = lock.status();
    std::string error_key;
    TempFile temp = write_temp(target, new_bytes,
                               Attributes{lock.fd(), static_cast<mode_t>(st.st_mode & 07777), st.st_uid, st.st_gid, force},
                               detail, error_key);
    if (temp.name.empty()) return error_key;
    auto give_up = [&](std::string key) {
        ::unlink(temp.name.c_str());
        return std::optional<std::string>(std::move(key));
    };
    // The last comparison, right before the rename: the file there is still the one locked and
    // read (no editor renamed its own version into place) and still holds the bytes read (no
    // editor wrote into it).
    if (fault("reread") || !lock.still_names_locked_file() || !holds_exactly(lock.fd(), expected_original))
        return give_up("save.changed");
    if (fault("rename")) {
        detail = std::strerror(EIO);
        return give_up("save.failed");
    }
    // Exchange, not replace: the temporary name then holds what was at `target` at the very
    // moment of the exchange, so a version an editor saved after the comparison above is seen,
    // and put back.
    if (::renameat2(AT_FDCWD, temp.name.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
        struct stat previous {};
        bool as_read = ::lstat(temp.name.c_str(), &previous) == 0 && same_file(previous, st) &&
                       holds_exactly(lock.fd(), expected_original);
        if (!as_read) {
            // Put the other writer's version back; ours (then at the temporary name) goes.
            if (::renameat2(AT_FDCWD, temp.name.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
                struct stat ours {};
                if (::lstat(temp.name.c_str(), &ours) == 0 && same_file(ours, temp.status)) ::unlink(temp.name.c_str());
            }
            return "save.changed";
        }
        ::unlink(temp.name.c_str());  // the old version
    } else if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP || errno == EOPNOTSUPP) {
        // No exchange on this file system: a plain rename (the window is then from the comparison
        // above to here).
        if (::rename(temp.name.c_str(), target.c_str()) != 0) {
            detail = std::strerror(errno ? errno : EIO);
            return give_up("save.failed");
        }
    } else {
        detail = std::strerror(errno ? errno : EIO);
        return give_up("save.failed");
    }
    sync_dir(target);
    return std::nullopt;
}

std::optional<std::string> create_new_file(const std::string& path, std::string_view bytes, std::string& detail) {
    mode_t mask = ::umask(0);  // read the umask (there is no call that only reads it) ...
    ::umask(mask);             // ... and put it back: new files get the usual 0666 minus the umask
    std::string error_key;
    Attributes attributes;
    attributes.mode = 0666 & ~mask;
    TempFile temp = write_temp(path, bytes, attributes, detail, error_key);
    if (temp.name.empty()) return error_key;
    // link() fails when the target exists: an existing file is never replaced.
    if (fault("rename") || ::link(temp.name.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.name.c_str());
        struct stat st {};
        if (err == EEXIST || ::lstat(path.c_str(), &st) == 0) return "save.exists";
        detail = std::strerror(err ? err : EIO);
        return "save.failed";
    }
    ::unlink(temp.name.c_str());
    sync_dir(path);
    // A file that did not exist could not be locked; now it exists: remove what a pop killed while
    // creating it left, unless someone is editing it already (then their lock says so).
    FileLock lock;
    std::string ignored;
    if (!lock.acquire(path, 0, ignored)) remove_stale_temp_files(lock);
    return std::nullopt;
}

}  // namespace pop::cli
