#include "platform/git.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

std::string normal(const fs::path& p) { return p.lexically_normal().string(); }

std::string trim_newline(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

ProcessResult git(const std::string& cwd, std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-c", "core.quotePath=false"});
    return run_process(args, cwd);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd) {
    ProcessResult result;
    int out_pipe[2], err_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) return result;
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
        close(out_pipe[0]);
        close(out_pipe[1]);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc != 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        result.err = std::strerror(rc);
        return result;
    }
    // Read both pipes together so that neither can fill up and block the child.
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_count = 2;
    char buffer[65536];
    while (open_count > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::optional<std::string> git_toplevel(const std::string& dir) {
    ProcessResult r = git(dir, {"rev-parse", "--show-toplevel"});
    if (r.exit_code != 0) return std::nullopt;
    return normal(trim_newline(r.out));
}

IgnoredPaths git_ignored(const std::string& toplevel) {
    IgnoredPaths ignored;
    ProcessResult r = git(toplevel, {"ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"});
    if (r.exit_code != 0) {
        std::string why = trim_newline(r.err.substr(0, r.err.find('\n')));
        ignored.error = why.empty() ? std::string("git ls-files failed") : why;
        return ignored;
    }
    std::size_t start = 0;
    while (start < r.out.size()) {
        std::size_t end = r.out.find('\0', start);
        if (end == std::string::npos) end = r.out.size();
        if (end > start) ignored.paths.push_back(r.out.substr(start, end - start));
        start = end + 1;
    }
    return ignored;
}

bool git_is_shallow(const std::string& toplevel) {
    ProcessResult r = git(toplevel, {"rev-parse", "--is-shallow-repository"});
    return r.exit_code == 0 && trim_newline(r.out) == "true";
}

ChangedFiles git_changed_since(const std::string& toplevel, const std::string& rev) {
    ChangedFiles changed;
    ProcessResult diff = git(toplevel, {"diff", "--name-only", "-z", "--no-renames", rev, "--"});
    if (diff.exit_code != 0) {
        changed.error = trim_newline(diff.err.empty() ? "git diff failed" : diff.err);
        return changed;
    }
    ProcessResult untracked = git(toplevel, {"ls-files", "--others", "--exclude-standard", "-z"});
    for (const std::string* out : {&diff.out, &untracked.out}) {
        std::size_t start = 0;
        while (start < out->size()) {
            std::size_t end = out->find('\0', start);
            if (end == std::string::npos) end = out->size();
            if (end > start) changed.paths.insert(normal(fs::path(toplevel) / out->substr(start, end - start)));
            start = end + 1;
        }
    }
    return changed;
}

std::map<std::string, Date> git_last_changes(const std::string& toplevel, const Date& today) {
    std::map<std::string, Date> last;
    // One walk, newest first: a record separator and the commit date, then the files it changed.
    ProcessResult log = git(toplevel, {"log", "--format=%x1e%cs", "--name-only", "--no-renames", "--", "*.pop.yaml"});
    Date current{};
    bool have_date = false;
    std::size_t start = 0;
    const std::string& out = log.out;
    while (start < out.size()) {
        std::size_t end = out.find('\n', start);
        if (end == std::string::npos) end = out.size();
        std::string_view line(out.data() + start, end - start);
        start = end + 1;
        if (line.empty()) continue;
        if (line.front() == '\x1e') {
            auto parsed = parse_date(line.substr(1));
            have_date = parsed.date.has_value();
            if (have_date) current = *parsed.date;
            continue;
        }
        if (have_date) last.emplace(normal(fs::path(toplevel) / std::string(line)), current);  // keeps the newest
    }
    // Uncommitted changes count as changes made today.
    ProcessResult status = git(toplevel, {"status", "--porcelain=v1", "-z", "--untracked-files=all"});
    std::size_t pos = 0;
    while (pos + 3 < status.out.size()) {
        std::size_t end = status.out.find('\0', pos);
        if (end == std::string::npos) end = status.out.size();
        std::string entry = status.out.substr(pos, end - pos);
        bool rename = entry.size() > 2 && (entry[0] == 'R' || entry[0] == 'C');
        if (entry.size() > 3) last[normal(fs::path(toplevel) / entry.substr(3))] = today;
        pos = end + 1;
        if (rename) pos = status.out.find('\0', pos) + 1;  // skip the old name of a rename
        if (pos == 0) break;
    }
    return last;
}

std::optional<std::string> git_show(const std::string& toplevel, const std::string& rev, const std::string& relative_path) {
    ProcessResult r = git(toplevel, {"show", rev + ":" + relative_path});
    if (r.exit_code != 0) return std::nullopt;
    return r.out;
}

std::optional<std::string> git_commit_before(const std::string& toplevel, const Date& date) {
    ProcessResult r = git(toplevel, {"rev-list", "-1", "--before=" + date.to_string() + "T23:59:59", "HEAD"});
    std::string hash = trim_newline(r.out);
    if (r.exit_code != 0 || hash.empty()) return std::nullopt;
    return hash;
}

}  // namespace pop::cli
