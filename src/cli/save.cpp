#include "save.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_common.h"

namespace pop::cli {
namespace {

// Fault injection for tests: true when this step should fail; pauses here when asked.
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

std::string temp_name(const std::string& path) {
    std::filesystem::path p(path);
    return (p.parent_path() / ("." + p.filename().string() + ".pop-tmp-XXXXXX")).string();
}

// Writes bytes into a new temporary file beside `path`; returns its name, or empty on failure.
std::string write_temp(const std::string& path, std::string_view bytes, mode_t mode, std::string& detail,
                       uid_t owner = static_cast<uid_t>(-1), gid_t group = static_cast<gid_t>(-1)) {
    std::string name = temp_name(path);
    int fd = fault("open") ? (errno = EIO, -1) : ::mkstemp(name.data());
    if (fd < 0) {
        detail = std::strerror(errno);
        return {};
    }
    bool ok = !fault("write") && write_all(fd, bytes);
    if (ok) ok = !fault("fsync") && ::fsync(fd) == 0;
    if (ok) ok = !fault("chmod") && ::fchmod(fd, mode) == 0;
    if (ok && owner != static_cast<uid_t>(-1)) (void)::fchown(fd, owner, group);  // keep the owner where allowed
    int err = errno;
    ::close(fd);
    if (!ok) {
        detail = std::strerror(err ? err : EIO);
        ::unlink(name.c_str());
        return {};
    }
    return name;
}

void sync_dir(const std::string& path) {
    if (fault("fsync-dir")) return;  // the rename is done; a failed directory sync loses nothing now
    std::string dir = std::filesystem::path(path).parent_path().string();
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::optional<std::string> save_atomically(const std::string& path, std::string_view expected_original,
                                           std::string_view new_bytes, std::string& detail) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        detail = std::strerror(errno);
        return "save.failed";
    }
    // Edit through a symbolic link: write beside the file it points to, keep the link.
    std::error_code ec;
    std::string target = std::filesystem::is_symlink(path, ec) ? std::filesystem::canonical(path, ec).string() : path;
    if (ec) target = path;
    // Read again right before writing: a file changed by someone else since is not overwritten.
    bool injected = fault("reread");  // before the read: a change made while paused here is seen
    FileBytes now = read_file(target, expected_original.size() + 1);
    if (injected || now.error || now.bytes != expected_original) return "save.changed";
    std::string temp = write_temp(target, new_bytes, st.st_mode & 07777, detail, st.st_uid, st.st_gid);
    if (temp.empty()) return "save.failed";
    if (fault("rename") || ::rename(temp.c_str(), target.c_str()) != 0) {
        detail = std::strerror(errno ? errno : EIO);
        ::unlink(temp.c_str());
        return "save.failed";
    }
    sync_dir(target);
    return std::nullopt;
}

std::optional<std::string> create_new_file(const std::string& path, std::string_view bytes, std::string& detail) {
    mode_t mask = ::umask(0);  // read the umask (there is no call that only reads it) ...
    ::umask(mask);             // ... and put it back: new files get the usual 0666 minus the umask
    std::string temp = write_temp(path, bytes, 0666 & ~mask, detail);
    if (temp.empty()) return "save.failed";
    // link() fails when the target exists: an existing file is never replaced.
    if (fault("rename") || ::link(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        if (err == EEXIST) return "save.exists";
        detail = std::strerror(err ? err : EIO);
        return "save.failed";
    }
    ::unlink(temp.c_str());
    sync_dir(path);
    return std::nullopt;
}

}  // namespace pop::cli
